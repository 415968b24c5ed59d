#!/usr/bin/env python3
"""Write mailbot's dev175 corpus: tests/corpus/dev175/*.eml + expected.toml.

The angle: January to March 2019 of the user Alex, head teacher (dirigente scolastico) of a
state secondary school in Naples. Their LinkedIn world in those weeks: online enrolment for
2019/20, the new state exam with its oral "buste", PON and PNSD money, school trips and
language stays, textbook adoptions in May. Textbook publishers' agents, edtech and
school-trip sellers, teachers and trainee teachers applying or asking for a placement,
other head teachers sharing circulars and templates, training bodies (free for the
"ambito", or paid), parents who turn rude when they get no answer. Formal and casual
Italian with some Neapolitan turns, English, a little Spanish and French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job-alert titles, headlines of spoof-only names and the
pitches that spoofs carry are swapped for this world in this process only. Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording,
or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev175.py              # writes tests/corpus/dev175
    python scripts/make_corpus_dev175.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20190114

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2019, 1, 14, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2019, 3, 15, 19, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 11), "acc": (0, 0), "end": (1, 8), "msg": (2, 11), "inm": (3, 10), "inv": (22, 30)})


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months."""
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a head teacher in Naples (this process only)
RHEADLINE = "Dirigente scolastico | Liceo Scientifico e Linguistico Statale \"Mergellina\", Napoli"
SKILLS = {
    "en": ["School Leadership", "Educational Management", "Curriculum Development", "Teacher Training", "Erasmus+"],
    "de": ["Schulleitung", "Bildungsmanagement", "Lehrerfortbildung", "Schulentwicklung"],
    "fr": ["Direction d'établissement", "Pédagogie", "Formation des enseignants", "Gestion scolaire"],
    "es": ["Dirección escolar", "Gestión educativa", "Formación del profesorado", "Erasmus+"],
    "it": ["Dirigenza scolastica", "Didattica", "Gestione delle risorse umane", "Inclusione scolastica", "Progettazione PON", "Valutazione"],
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE
mc.JOBS[:] = [("Docente di Matematica e Fisica (A027)", "Istituto Paritario San Filippo"), ("Head of Secondary", "Southbank International School"),
              ("Coordinatore didattico", "Fondazione Scuole Vesuviane"), ("Preside scuola italiana all'estero", "Scuola Italiana di Barcellona"),
              ("Education Programme Manager", "British Council Italia")]
mc.COMPANIES["good"] = ["Liceo Classico Partenope", "IC Sanità-Stella", "Università Federico II", "USR Campania", "Suor Orsola Benincasa",
                        "IIS Flegreo", "Scuola polo Ambito NA-12", "Indire"]
mc.COMPANIES["sales"] = ["RegistroPiù", "Zanetti Scuola", "Cuomo Viaggi", "Smartboard Pro", "LinguaTrips", "Campus Copy", "Aula 3.0 Arredi"]
mc.HEADLINES["good"] = ["Dirigente scolastico presso {co}", "Docente di Lettere | {co}", "Animatore digitale presso {co}",
                        "Funzione strumentale orientamento | {co}", "Ricercatrice in Pedagogia, {co}", "DSGA presso {co}"]
mc.HEADLINES["sales"] = ["Agente di zona | {co}", "Account Manager Scuole presso {co}", "Titolare | {co}",
                         "Aiutiamo le scuole a innovare | {co}", "Business Development Italia | {co}"]
SPOOF_PITCH = {
    "en": ["Dear {first}, a parent has sent you a formal complaint through LinkedIn. Sign in within 48 hours to read and reply.",
           "Hi {first}, your school's Erasmus+ mobility grant is awaiting confirmation. Log in to verify the bank details."],
    "de": ["Guten Tag {first}, Ihnen wurde ein Dokument zur Schulpartnerschaft freigegeben. Bitte melden Sie sich an, um es zu öffnen.",
           "Hallo {first}, Ihr Konto wird wegen ungewöhnlicher Aktivität eingeschränkt. Bestätigen Sie Ihre Identität."],
    "fr": ["Bonjour {first}, un parent d'élève vous a adressé une réclamation. Connectez-vous pour la consulter.",
           "Bonjour {first}, votre subvention Erasmus+ attend une confirmation. Vérifiez vos coordonnées bancaires."],
    "es": ["Hola {first}, una familia te ha enviado una queja formal. Inicia sesión para leerla antes de 48 horas.",
           "Estimado/a {first}, su beca Erasmus+ está pendiente de confirmación. Verifique sus datos bancarios."],
    "it": ["Gentile {first}, un genitore le ha inviato un reclamo formale tramite LinkedIn. Acceda entro 48 ore per leggerlo e rispondere.",
           "Ciao {first}, ti è stato condiviso il verbale del consiglio di classe. Accedi per scaricare il PDF prima che scada.",
           "Gentile Dirigente, il finanziamento PON della sua scuola è in attesa di conferma. Verifichi i dati bancari dell'istituto."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "it": {"job": ("{n} nuove offerte per \"dirigente scolastico\"", "Il tuo avviso di lavoro per coordinatore didattico a {city}"),
           "news": "Maturità 2019: come funzioneranno le buste all'orale", "group": "Conversazioni principali in Dirigenti Scolastici Italiani",
           "newsletter": "Scuola che cambia: la legge di bilancio e i nuovi PCTO"},
    "en": {"job": ("{n} new jobs for \"head of school\"", "Your job alert for head teacher in {city}"),
           "news": "Why Europe's teachers are leaving the profession", "group": "Top conversations in eTwinning School Leaders",
           "newsletter": "The School Leader's Notebook: phones in class, one year on"},
    "es": {"job": ("{n} nuevos empleos para \"director de centro educativo\"", "Tu alerta de empleo para director de colegio en {city}"),
           "news": "El debate sobre los deberes vuelve a las aulas", "group": "Conversaciones destacadas en Directores de Centros Educativos",
           "newsletter": "Escuela abierta: cómo organizar un intercambio Erasmus+"},
    "fr": {"job": ("{n} nouvelles offres pour « chef d'établissement »", "Votre alerte emploi pour proviseur à {city}"),
           "news": "Réforme du lycée : ce qui change pour le bac 2021", "group": "Discussions populaires dans Chefs d'établissement francophones",
           "newsletter": "Vie scolaire : le harcèlement en ligne au collège et au lycée"},
    "de": {"job": ("{n} neue Jobs für „Schulleitung“", "Ihr Jobalarm für Schulleiter in {city}"),
           "news": "Digitalpakt Schule: Wann kommt das Geld an?", "group": "Top-Unterhaltungen in Schulleitung Europa",
           "newsletter": "Schule gestalten: Austauschprogramme mit Italien"},
})

# nine spoofs, one of each family: look-alike domains, a "LinkedIn" display name, failed or missing DKIM, an untrusted pass
mc.SPOOF_METHODS[:] = ["lookalike:linkedin-mail.co", "display:outlook.com", "dkimfail", "lookalike:linkedln.com", "untrusted:mx.example.org",
                       "nodkim", "lookalike:e-linkedin.info", "buried", "wrongpass"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Rosaria Esposito", "Dirigente scolastica | IC Sanità-Stella, Napoli", "Napoli",
  ("inv", "Caro collega, ho messo in ordine la nota sulle iscrizioni 2019/20 con uno schema delle scadenze e un fac-simile di delibera sui criteri di precedenza. "
          "Te lo giro volentieri, e se avete già i vostri criteri ci scambiamo i file."),
  ("rem",))
P("good_invitation", "it", "Gennaro Iovine", "Docente di Matematica | Abilitato A026 | Disponibile per supplenze", "Casoria",
  ("inv", "Buongiorno Preside, sono inserito nella vostra graduatoria d'istituto di terza fascia per matematica. Ho saputo che cercate un supplente "
          "per il corso B fino a giugno: sono libero da subito. Posso mandarle il curriculum?"))
P("good_invitation", "it", "Martina Russo", "Tirocinante TFA Sostegno | Università Suor Orsola Benincasa", "Napoli",
  ("inv", "Gentile Dirigente, frequento il TFA sostegno e devo svolgere il tirocinio diretto in un liceo. La mia tutor mi ha parlato molto bene "
          "del vostro gruppo per l'inclusione: sarebbe possibile accogliermi da marzo? La convenzione con l'università la prepariamo noi."),
  ("rem",))
P("good_invitation", "it", "Siobhan Kearney", "Erasmus+ Coordinator | St. Brigid's Community College, Cork", "Cork",
  ("inv", "Hi Alex, I coordinate Erasmus+ in a secondary school in Cork. We're putting together a KA229 exchange on sustainability with a school in Porto "
          "and we'd love a third partner in southern Italy. Costs are covered by the grant. Fancy a chat before the 21 March deadline?"), nl="en")
P("good_invitation", "it", "Antonio De Luca", "Formatore | Scuola polo per la formazione, Ambito NA-12", "Napoli",
  ("inv", "Salve Preside, per l'ambito 12 partiamo con un corso gratuito di 25 ore, riconosciuto su SOFIA, sulla nuova prova orale dell'esame di Stato. "
          "I posti sono riservati ai docenti delle quinte. Le mando la locandina da girare al collegio?"))
P("good_invitation", "it", "Lucía Montero", "Jefa de estudios | IES Ciudad de Ronda", "Ronda",
  ("inv", "Hola Alex, soy jefa de estudios en un instituto de Málaga. Vi tu intervención en el foro de eTwinning sobre los móviles en clase: "
          "¿me contarías cómo lo habéis pactado con las familias? Aquí estamos en pleno debate y no sabemos por dónde tirar."), nl="es")
P("good_invitation", "it", "Claire Dubosc", "Proviseure adjointe | Lycée Jean-Moulin, Marseille", "Marseille",
  ("inv", "Bonjour Alex, notre lycée a une section italienne et nous cherchons un établissement napolitain pour un échange de correspondants en 2019-2020. "
          "Les familles hébergent, rien à payer de votre côté. Ça vous dirait d'en parler ?"),
  ("rem",), nl="fr")


# =============================================================== default_invitation
P("default_invitation", "it", "Ciro Scognamiglio", "Commerciante | Ingrosso casalinghi", "Napoli", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Federica Amato", "Docente di Lettere", "Pozzuoli", ("inv", DEFAULT))
P("default_invitation", "en", "Mark Whitfield", "Sales | Educational Travel", "London", ("inv", NONOTE))
P("default_invitation", "it", "Ilaria Capuano", "Studentessa", "Napoli", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Luca Ferrante", "Agente di zona Napoli e Caserta | Zanetti Scuola", "Caserta",
  ("inv", "Buongiorno Preside, sono il nuovo agente di Zanetti per Napoli e Caserta. In vista delle adozioni di maggio vorrei presentarle le novità "
          "di matematica e fisica, con la piattaforma digitale inclusa. Quando posso passare in presidenza?"))
P("sales_invitation", "it", "Valentina Sorrentino", "Account Manager Scuole | RegistroPiù", "Salerno",
  ("inv", "Salve Dirigente! Siete ancora col vecchio registro elettronico? Con RegistroPiù la migrazione è gratuita entro settembre e avete "
          "assistenza telefonica dedicata. Mi concede 20 minuti per una demo online?"))
P("sales_invitation", "it", "Raffaele Cuomo", "Titolare | Cuomo Viaggi – gite scolastiche e stage linguistici dal 1994", "Napoli",
  ("inv", "Preside buonasera, Praga 4 giorni a 229 € tutto compreso, una gratuità ogni 15 paganti. Le mando il catalogo 2019 e un preventivo per le quarte?"),
  ("rem",))
P("sales_invitation", "en", "Oliver Grant", "EdTech Partnerships | Smartboard Pro Europe", "Dublin",
  ("inv", "Hi Alex, schools across Campania are putting their PON money into our 75\" interactive displays and we handle the whole MePA order. "
          "Worth 15 minutes this week to see if you qualify?"))
P("sales_invitation", "it", "Daniela Piccolo", "Consulente privacy | DPO esterno per istituti scolastici", "Avellino",
  ("inv", "Gentile Dirigente, col GDPR anche le scuole devono avere un DPO. Offriamo il servizio in outsourcing a un canone annuo contenuto, "
          "formazione del personale ATA compresa. Posso inviarle un preventivo senza impegno?"))
P("sales_invitation", "it", "Javier Ortega", "Director comercial | Idiomas Sin Fronteras – estancias lingüísticas", "Salamanca",
  ("inv", "Hola Alex, organizamos estancias de inmersión en Salamanca para alumnos italianos: clases, familia y excursiones desde 490 € la semana. "
          "¿Te paso la propuesta para tus grupos de español?"), nl="es")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Salvatore Mennella", "Fondatore | Rete Dirigenti del Sud", "Napoli",
  ("inv", "Caro Preside, sto riunendo un gruppo di dirigenti campani per confrontarci senza filtri su reggenze, organici e rapporti con l'USR. "
          "Niente sindacato, niente politica, solo colleghi. Ti unisci?"),
  ("msg", "Grazie per aver accettato! Ti presento intanto la piattaforma che usiamo nella rete, SegreteriaFacile: protocollo, albo e conservazione a norma. "
          "Per le scuole della rete c'è il 20% di sconto sul canone. Ti fisso una demo col nostro commerciale?", (3, 9)),
  ("msg", "Ciao Preside, ti ricordo che lo sconto rete scade a fine mese. Mi basta il codice meccanografico per prepararti l'offerta."))
P("bait_and_switch_invitation", "it", "Alessia Marino", "Psicologa scolastica | Formatrice su bullismo e cyberbullismo", "Salerno",
  ("inv", "Buongiorno, sto condividendo con i dirigenti della Campania una guida operativa gratuita sul protocollo anti-cyberbullismo "
          "della legge 71/2017, con i modelli già pronti. Se le fa piacere gliela mando."),
  ("msg", "Eccola, spero le torni utile. Colgo l'occasione: il nostro sportello d'ascolto a scuola costa 1.800 € per l'anno scolastico, "
          "due ore a settimana. Le invio il progetto da portare in consiglio d'istituto?", (2, 6)))
P("bait_and_switch_invitation", "en", "Brian McAllister", "Head of Partnerships | Global Classroom Exchange", "Edinburgh",
  ("inv", "Hi Alex, I'm pulling together a small circle of European school leaders to swap ideas on student wellbeing. A monthly video call, "
          "no cost, no agenda. It'd be great to have a voice from Naples."),
  ("msg", "Great to have you on board! Quick one: our summer leadership camps in the Highlands for 15-17 year olds have a partner-school rate, "
          "£1,450 per student. Could you pass the brochure on to families? I'll email it over.", (4, 10)),
  ("msg", "Hi Alex, circling back - we need numbers by 15 March to hold that rate. Shall I set up a call with whoever handles trips at your school?"))
P("bait_and_switch_invitation", "it", "Enzo Palumbo", "Docente di Informatica | Animatore digitale", "Torre del Greco",
  ("inv", "Preside, sono animatore digitale in un tecnico di Torre del Greco. Come avete speso i fondi PNSD per gli ambienti innovativi? "
          "Noi siamo fermi col bando da mesi. Ha due minuti per un consiglio?"),
  ("msg", "Grazie mille della disponibilità. Le dico anche che con un socio ho aperto una ditta che allestisce proprio le aule 3.0: arredi modulari, "
          "tablet e carrello di ricarica chiavi in mano. Le faccio un sopralluogo gratuito e un preventivo?"))
P("bait_and_switch_invitation", "it", "Tiziana Greco", "Orientamento universitario | ScegliFuturo", "Bari",
  ("inv", "Buonasera, organizziamo incontri di orientamento gratuiti per le quinte con studenti universitari di medicina, ingegneria e giurisprudenza. "
          "Se le interessa le spiego come funziona."),
  ("msg", "Grazie per il collegamento! L'incontro è gratuito; a fine incontro presentiamo ai ragazzi il nostro corso di preparazione ai test "
          "di medicina (690 €), con uno sconto se la scuola raccoglie le iscrizioni. Quando ci sentiamo per organizzare?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Kevin O'Rourke", "Research Lead | European School Wellbeing Survey", "Galway",
  ("inm", "Survey on teacher burnout in southern Europe", "Dear Alex, we're running an independent survey of secondary heads on staff burnout in Italy, "
          "Spain and Greece. It takes eight minutes and every school that takes part gets the full anonymised report, free. Would you join in?"),
  ("inm", "Your school's results and a next step", "Hi Alex, thanks for taking part! Your staff come out in the top quartile for burnout risk. "
          "Our six-week resilience programme for teachers is €3,900 per school. Can we book a call with you and your deputy to go through it?"))
P("bait_and_switch_inmail", "it", "Mercedes Vidal", "Coordinadora de proyectos internacionales | Colegio Mar Azul, Valencia", "Valencia",
  ("inm", "Socio Erasmus+ para el curso que viene", "Hola Alex, somos un colegio de Valencia y buscamos un instituto italiano para un proyecto Erasmus+ "
          "sobre patrimonio mediterráneo. ¿Os apetecería ser socios? Te mando el borrador si te interesa."),
  ("inm", "Erasmus+: logística", "Hola de nuevo. Para simplificar, los vuelos, el alojamiento y las actividades los lleva nuestra agencia colaboradora: "
          "640 € por alumno, aparte de la beca. ¿Me pasas el contacto de vuestra administración para enviaros la proforma?"), nl="es")
P("bait_and_switch_inmail", "it", "Ferdinando Caputo", "Presidente | Accademia Europea della Didattica", "Roma",
  ("inm", "Premio Eccellenza Scolastica 2019", "Egregio Dirigente, il suo liceo è stato selezionato tra le scuole candidabili al Premio Eccellenza "
          "Scolastica 2019 per i risultati INVALSI. La candidatura è gratuita: mi conferma il nominativo di un referente?"),
  ("inm", "Premio Eccellenza – cerimonia di consegna", "Gentile Preside, congratulazioni: il liceo è tra i premiati! Per la targa, la pubblicazione "
          "nell'annuario e due posti alla cerimonia di Roma è prevista una quota di 390 €. Le invio i dati per il bonifico?", (4, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Anna Formisano", "Docente di Inglese | Preparazione certificazioni Cambridge", "Portici",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho confermato un po' di competenze 😊 Mi faresti la cortesia di segnalarmi per Didattica e Lingua inglese? "
          "Partecipo a una selezione come esperta PON e il profilo conta. Grazie di cuore!"))
P("endorse_me_back", "it", "Marco Vitiello", "Collaboratore del DS | Docente di Fisica", "Napoli",
  ("end",),
  ("msg", "Preside, avevi zero conferme su {skill} e ho rimediato io 😉 Ricambi? Se mi confermi Leadership e Gestione del personale mi fai "
          "un piacere, sto preparando gli orali del concorso DS."))
P("endorse_me_back", "it", "Sophie Laurent", "Professeure de FLE | Formatrice", "Lyon",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé pour {skill}. En retour, pourriez-vous valider mes compétences en didactique du FLE ? "
          "Je me lance comme formatrice indépendante et chaque validation m'aide."), nl="fr")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Vincenzo Carotenuto", "Imprenditore edile", "Napoli",
  ("inv", "Buongiorno Preside, sono il papà di Gennaro della 2ªC. Vorrei parlarle con calma della sospensione di mio figlio, che secondo me "
          "è stata un'ingiustizia. Mi aggiunga così ci sentiamo in privato."),
  ("rem",),
  ("inm", "Ma che modi sono?", "Preside, sono tre settimane che aspetto. Non risponde al telefono e nemmeno qua. Voi dirigenti vi sentite tutti padreterni, "
          "ma lo stipendio ve lo paghiamo noi. Una maleducazione così non l'ho mai vista. Ci vediamo all'Ufficio Scolastico."))
P("hostility_after_decline", "it", "Teresa Di Marzo", "Avvocato | Diritto di famiglia", "Napoli",
  ("inv", DEFAULT),
  ("inm", "La sua mancanza di rispetto", "Egregio Dirigente, prendo atto che ha ritenuto di ignorare la mia richiesta di collegamento. Da una figura "
          "istituzionale mi aspettavo ben altra educazione. Evidentemente i genitori per lei sono un fastidio. Ne terrò conto al prossimo consiglio d'istituto."))
P("hostility_after_decline", "it", "Gaetano Abbate", "Consulente finanziario | Famiglie e risparmio", "Napoli",
  ("inv", "Preside carissimo, aiuto i docenti a far rendere il TFR e a proteggere i risparmi di famiglia. Ci prendiamo un caffè e ne parliamo?"),
  ("inm", "Complimenti", "Nemmeno un \"no grazie\". Jamme, preside, 'a crianza nun costa niente. Poi vi lamentate che la scuola pubblica va a rotoli: "
          "con dirigenti così arroganti, per forza."))
P("hostility_after_decline", "en", "Greg Hollis", "CEO | ClassPulse Analytics", "Austin",
  ("inv", "Alex, our dashboard tells principals which teachers are struggling before the parents do. 20 min call next week?"),
  ("rem",),
  ("inm", "Really?", "Ignoring a perfectly reasonable request. Typical public sector. No wonder Italian schools sit where they do in PISA. "
          "Good luck with that attitude."))
P("hostility_after_decline", "it", "Assunta Cozzolino", "Rappresentante dei genitori | 4ªA", "Napoli",
  ("inv", "Salve preside, sono la rappresentante dei genitori della 4A. Devo segnalarle alcune cose sul viaggio a Barcellona, mi accetti così le scrivo."),
  ("inm", "Ma chi si crede di essere", "Preside, lei è proprio un cafone. Una rappresentante dei genitori non merita nemmeno una risposta? "
          "Stateve bbuono, ma alla prossima assemblea lo dico davanti a tutti quanto è scostumato."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Umberto Sannino", "Agente assicurativo | Polizze scuola, infortuni e RC", "Napoli",
  ("msg", "Ciao Alex, come sai a settembre scade la polizza infortuni e RC degli alunni. Ti preparo io l'offerta: 5,50 € ad alunno con massimali "
          "più alti di quelli attuali. Mi mandi il numero degli iscritti?"),
  ("msg", "Alex, ti ho scritto due volte e niente. Avete rinnovato con quelli di prima, eh? Sei un ingrato, dopo quello che ho fatto per l'istituto "
          "quando si allagò la palestra. Gente così non la voglio nemmeno tra i contatti."))
P("hostility_connection", "it", "Fabio Langella", "Titolare | Langella Bus – noleggio pullman GT", "Pomigliano d'Arco",
  ("acc",),
  ("msg", "Grazie per il collegamento, preside! Per le uscite di primavera le faccio 350 € a giornata con autista, pullman da 54 posti. "
          "Mi fa sapere date e mete?"),
  ("msg", "Preside, ho saputo che le uscite le avete date a un'altra ditta senza manco chiedermi un preventivo. Bella trasparenza, complimenti. "
          "È così che si lavora nella pubblica amministrazione? Vergogna."))
P("hostility_connection", "it", "Nadia Ferri", "Fondatrice | Doposcuola Il Gabbiano", "Napoli",
  ("msg", "Buongiorno Alex, noi del Gabbiano vorremmo lasciare i volantini delle ripetizioni all'ingresso e presentarci nelle prime, "
          "con uno sconto per gli studenti del liceo. Posso passare giovedì?"),
  ("msg", "Ho saputo dalla segreteria che non se ne fa niente. Sa che le dico? Fate i moralisti sulle ripetizioni a pagamento e poi i vostri docenti "
          "le fanno in nero. Ipocriti, e lei per primo."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Carmine Iannone", "Area Manager Campania | Edizioni Partenope Scuola", "Napoli",
  ("msg", "Buongiorno Preside, il nostro nuovo corso di storia per il triennio ha il volume CLIL già incluso. Posso lasciarle dieci copie saggio "
          "per il dipartimento di lettere?"),
  ("msg", "Preside, per le adozioni aggiungiamo 30 licenze digitali in omaggio alla scuola. Mi concede un quarto d'ora con i coordinatori di dipartimento?"))
P("connection_only_pitches", "it", "Stefania Bruno", "Sales Executive | Campus Copy – noleggio multifunzione", "Napoli",
  ("msg", "Ciao Alex! Le fotocopiatrici della segreteria hanno ancora il contratto con la vecchia ditta? Noi facciamo noleggio all-inclusive con toner "
          "e assistenza in 8 ore, su MePA. Ti preparo un confronto costi?"),
  ("msg", "Ciao, ti giro la nostra promo di febbraio: due multifunzione al prezzo di una per i primi sei mesi. Fammi sapere entro venerdì."))
P("connection_only_pitches", "en", "Tom Baxter", "Regional Manager Italy | LinguaTrips UK", "Brighton",
  ("msg", "Hi Alex, hope the new term's treating you well! We still have a few Easter weeks in Brighton for Italian groups: host families, "
          "15 hours of lessons and a London day trip, €780 all in. Shall I hold a week for your third years?"),
  ("msg", "Hi again, Alex - just two Easter slots left now. If you confirm numbers by Friday I can throw in a free place for a second teacher."),
  ("msg", "Alex, last chance for Easter! Otherwise we've got June dates at the same price. Let me know and I'll send the booking form."))
P("connection_only_pitches", "it", "Mariarosaria Vollaro", "Formatrice | Ente accreditato | Corsi 24 CFU e certificazioni informatiche", "Napoli",
  ("msg", "Buonasera Dirigente, ai suoi docenti precari mancano i 24 CFU? Il nostro percorso online costa 450 €, con esami in sede a Napoli. "
          "Possiamo fare una presentazione in aula magna dopo il collegio?"),
  ("msg", "Dirigente, le scrivo per la convenzione: per ogni docente della sua scuola che si iscrive applichiamo 50 € di sconto. "
          "Posso lasciare i moduli in segreteria?"))


# =============================================================== single_pitch
P("single_pitch", "it", "Luigi Del Prete", "Responsabile commerciale | Mensa & Bar Scolastici srl", "Napoli",
  ("msg", "Salve Alex, so che a giugno scade la concessione del bar interno. Noi gestiamo undici bar scolastici in provincia con prodotti "
          "a km zero e prezzi calmierati per gli studenti. Posso venire a presentarle la nostra proposta?"))
P("single_pitch", "it", "Chiara Pagano", "Agenzia Viaggi Sirena | Viaggi d'istruzione", "Sorrento",
  ("msg", "Ciao Alex! Per le terze vi proponiamo la Sicilia barocca, cinque giorni in nave e bus a 310 € a studente. Ti mando il programma dettagliato?"))
P("single_pitch", "it", "Andrea Buonocore", "Consulente | Formazione sicurezza sul lavoro D.Lgs. 81/08", "Caserta",
  ("msg", "Buongiorno, le ricordo che la formazione sicurezza del personale ATA va aggiornata ogni cinque anni. Facciamo corsi in sede a 35 € a persona, "
          "attestati inclusi. Le interessa un preventivo?"))
P("single_pitch", "en", "Rachel Stone", "Partnerships Manager | StudyNest", "London",
  ("msg", "Hi Alex! StudyNest lets your teachers set flashcard homework and track progress per class. Italian schools get a 30% launch discount this spring. "
          "Could I show you the teacher dashboard?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Giovanna Maione", "Dirigente scolastica | Liceo Classico Partenope", "Napoli",
  ("msg", "Alex, ti giro la circolare dell'USR sulle commissioni e il nostro vademecum per il colloquio con le buste. Usatelo pure, "
          "e se lo migliorate rimandatemelo 😊"),
  ("msg", "Dimenticavo: giovedì 21 all'aula magna della Federico II c'è un seminario gratuito sulla nuova maturità con l'ispettore. Ti tengo un posto?"))
P("connection_brings_value", "it", "Michele Santoro", "Docente di Filosofia | Collaboratore del Dirigente", "Napoli",
  ("end",),
  ("msg", "Preside, ho unito le griglie di valutazione del colloquio dei tre dipartimenti in un unico file. Te lo condivido su Drive, "
          "così arriviamo al collegio del 26 con tutto pronto."))
P("connection_brings_value", "it", "Paola Romano", "Dirigente tecnico | USR Campania", "Napoli",
  ("msg", "Gentile Dirigente, sono uscite le indicazioni sulla prova orale: le trova sul sito dell'USR. Per i dirigenti della provincia "
          "facciamo un incontro tecnico il 5 marzo, gratuito, iscrizione con il modulo che le ho mandato via PEO."))
P("connection_brings_value", "en", "James Whitaker", "Head Teacher | Hillcrest Academy, Leeds", "Leeds",
  ("msg", "Alex, as promised at the eTwinning conference, here's our phone policy and the letter we sent home to parents. Pinch whatever's useful. "
          "Happy to jump on a video call with your staff if they want to hear how the first term went."))
P("connection_brings_value", "it", "Francesco Amitrano", "Avvocato | Diritto amministrativo e scolastico", "Napoli",
  ("msg", "Ciao Alex, dopo la chiacchierata sulle foto di classe ti ho preparato due righe con i riferimenti del Garante e un modello di liberatoria "
          "per le famiglie. Nessuna parcella, ci mancherebbe: siamo stati compagni di banco al Sannazaro!"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Hannah Lindqvist", "Talent Acquisition Partner | Meridian International Schools", "Milan",
  ("inm", "Head of Secondary - Milan campus, September 2019", "Hi Alex, I'm recruiting a Head of Secondary for our Milan campus (IB, 620 students) "
          "from September. Your experience leading a bilingual liceo stood out. Salary range and job pack attached; would you be open to a confidential chat?"))
P("stranger_inmail_recruiter", "it", "Raffaella Conte", "Risorse umane | Fondazione Scuole Vesuviane", "Roma",
  ("inm", "Coordinatore didattico – scuola paritaria, Napoli", "Gentile Dirigente, la Fondazione cerca un coordinatore didattico per il nuovo liceo "
          "paritario di Posillipo, avvio a settembre 2019. Contratto a tempo indeterminato, CCNL AGIDAE. Se fosse interessato, potremmo sentirci "
          "in via riservata la prossima settimana?"))
P("stranger_inmail_recruiter", "it", "Pilar Navarro", "Directora de Recursos Humanos | Scuola Statale Italiana di Madrid", "Madrid",
  ("inm", "Dirección de secundaria – escuela italiana en Madrid", "Estimado Alex: buscamos director o directora para la secundaria de nuestra escuela "
          "italiana en Madrid a partir de septiembre. Es imprescindible la experiencia como dirigente en Italia. ¿Le puedo enviar la convocatoria?"), nl="es")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Roberto Galli", "Business Developer | SmartAttendance", "Milano",
  ("inm", "Ritardi e uscite anticipate sotto controllo", "Buongiorno Dirigente, con i nostri totem a badge gli ingressi degli studenti finiscono "
          "direttamente nel registro e le famiglie ricevono un SMS. Possiamo sentirci per una demo di 20 minuti?"))
P("stranger_inmail_sales", "en", "Emily Carter", "Account Executive | ExamGuard", "Manchester",
  ("inm", "Stopping phones in exams", "Hi Alex, ExamGuard's signal-detection units flag hidden phones during tests and mock exams. "
          "With the new state exam this June, is this a good moment to talk?"),
  ("inm", "Re: Stopping phones in exams", "Hi Alex, following up on my note. We're offering Italian schools a free trial unit until Easter if they "
          "order before the end of March. 15 minutes on Thursday?"))
P("stranger_inmail_sales", "it", "Gianluca Orefice", "Progettista fondi europei | PON e POR Campania", "Caserta",
  ("inm", "Avviso PON: vi scriviamo noi il progetto", "Gentile Dirigente, è uscito il nuovo avviso PON sulle competenze di base. Scriviamo il progetto "
          "e curiamo la piattaforma GPU, con compenso solo a finanziamento ottenuto. Ne parliamo?"),
  ("inm", "Scadenza avviso PON", "Dirigente, mancano dieci giorni alla chiusura. Se mi conferma oggi, le preparo la bozza entro lunedì."))
P("stranger_inmail_sales", "it", "Mathieu Girard", "Responsable commercial | Séjours Linguistiques Provence", "Aix-en-Provence",
  ("inm", "Séjours linguistiques 2019 pour vos élèves de français", "Bonjour Alex, nous accueillons des groupes de lycéens italiens à Aix : "
          "cours le matin, activités l'après-midi, hébergement en famille, à partir de 520 € la semaine. Puis-je vous envoyer notre brochure et un devis ?"), nl="fr")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Lucia Cerasuolo", "Già dirigente scolastica | Formatrice", "Napoli",
  ("inv", "Caro Alex, da preside in pensione offro gratis ai dirigenti nuovi un paio d'ore di affiancamento sul contratto integrativo, "
          "prima della firma con le RSU. Lo faccio per passione: se ti serve, scrivimi."),
  ("msg", "Ecco il modello di contratto integrativo che usavo io, con le note sui punti dove le RSU di solito puntano i piedi."),
  ("msg", "Alex, con la mia società organizziamo \"Dirigere con serenità\", quattro incontri a 480 € a persona. Lo giri ai colleghi del tuo ambito? "
          "Per ogni iscritto che mi porti ti faccio uno sconto sulla tua quota."))
P("good_turns_ugly", "it", "Daniele Capasso", "Docente di Scienze | Divulgatore scientifico", "Ercolano",
  ("inv", "Salve Preside, porto nelle scuole un laboratorio gratuito sul Vesuvio e il rischio vulcanico, con materiali dell'Osservatorio. "
          "Se le interessa per le seconde, lo facciamo in una mattinata."),
  ("msg", "Ecco le date libere a marzo e la scheda per le famiglie. Gratis, come detto: servono solo l'aula con la LIM e un'ora e mezza."),
  ("end",),
  ("msg", "Preside, coi ragazzi è stato bellissimo! Ti ho confermato {skill}: mi segnaleresti anche tu per Divulgazione scientifica e Didattica "
          "laboratoriale? Mi serve per il punteggio di un bando."))
P("good_turns_ugly", "en", "Kate Morrison", "Teacher Trainer | Bridge English Training", "Bristol",
  ("inv", "Hi Alex, I run free online CLIL workshops for Italian secondary teachers on Thursday afternoons. The March one is on lab vocabulary, "
          "your science department might enjoy it. Happy to send the link."),
  ("msg", "Here's the link for Thursday, plus the slides and worksheets from last time. Share them with your staff as you like."),
  ("msg", "Hi Alex, glad the workshop went down well! Our full CLIL certification course is now open, €650 per teacher, 20 places. "
          "Could we have a slot at your next staff meeting to present it and take enrolments?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Diego Marrazzo", "Agente | Forniture arredi scolastici", "Nola",
  ("inm", "Banchi monoposto su MePA", "Buongiorno Preside, abbiamo banchi monoposto e sedie ergonomiche già a catalogo MePA, consegna in 15 giorni. "
          "Le mando il listino per l'ordine di primavera?"),
  ("inv", "Buongiorno Preside, seguo con piacere le iniziative del suo liceo sul territorio. Restiamo in contatto!"))
P("reinvite_known_bad", "it", "Ornella Vitale", "Docente | Formatrice", "Afragola",
  ("inv", DEFAULT),
  ("inv", "Preside, ci siamo conosciute alla conferenza di servizio all'USR. Le scrivo per restare in contatto, mi farebbe piacere."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Rocco Giordano", "Geometra | Padre di due studenti", "Napoli",
  ("inv", "Buonasera, sono il padre di Ciro Giordano, 3ªB. Le scrivo per la nota disciplinare di venerdì. Accetti, per favore."),
  ("inm", "Risposta?", "Preside, niente risposta ancora. Si vede che a voi dei ragazzi non ve ne importa niente, siete solo burocrati col timbro. "
          "Si vergogni, ma lei come si permette di trattare così una famiglia?"),
  ("inv", "Preside, ricominciamo? Mi scuso per i toni dell'altra volta, ero arrabbiato. Vorrei solo parlare di mio figlio."))
P("reinvite_known_ugly", "en", "Darren Cole", "Founder | School Leaders Collective", "Manchester",
  ("inm", "A peer group for heads across Europe", "Hi Alex, I host a peer group of 40 heads from 9 countries. We share policies, "
          "inspection tips and the odd war story. Free to join, would you like an invite?"),
  ("inm", "Welcome - and our leadership coaching", "Alex, great you're keen! Members also get our 1:1 leadership coaching at £220 a session, "
          "most heads take a block of six. Shall I pencil in your first one?", (3, 6)),
  ("inv", "Hi Alex, let's make it official and connect here too."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Sabrina Manzo", "Referente scuole | Teatro Nuovo Partenope", "Napoli",
  ("acc",),
  ("msg", "Grazie per aver accettato! Le propongo le nostre matinée per le scuole: biglietto a 9 €, spettacoli anche in inglese. "
          "Blocchiamo qualche data per le terze?"))
P("user_invited_pitch_once", "en", "Stephen Price", "Sales Director EMEA | LabBox Science Kits", "Cambridge",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Since we met at Didacta in Florence: our physics kits are now on the Italian public procurement platform, "
          "and we can quote for the whole lab. Want me to send prices?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Arturo Sepe", "Titolare | Sepe Informatica – reti e assistenza per scuole", "Napoli",
  ("acc",),
  ("msg", "Buongiorno Preside, grazie del collegamento. Per il cablaggio dei laboratori vi faccio un contratto di assistenza annuale a 2.400 €, "
          "interventi entro 24 ore. Le mando la proposta?"),
  ("msg", "Preside, le rimando l'offerta: se firmiamo entro marzo includo il firewall e la rete Wi-Fi per l'aula magna."))
P("user_invited_pitch_twice", "it", "Laura Bianchi", "Consulente | Bandi e finanziamenti per la scuola", "Benevento",
  ("acc",),
  ("msg", "Grazie di avermi aggiunta! Come le accennavo al convegno, seguiamo le scuole su PON, Erasmus+ e bandi regionali. "
          "Il nostro pacchetto annuale parte da 1.500 €. Ci sentiamo?"),
  ("msg", "Dirigente, le ricordo la nostra proposta: a febbraio ci sono due avvisi aperti che fanno al caso vostro. Se ci incarica, partiamo subito."))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Immacolata Guida", "Professoressa associata di Pedagogia | Università Federico II", "Napoli",
  ("acc",),
  ("msg", "Grazie per l'invito, Alex. Come ti dicevo, stiamo cercando scuole per la ricerca sulla valutazione formativa: ai docenti coinvolti "
          "diamo formazione gratuita e restituiamo i dati della vostra scuola. Se vi va, ti mando il protocollo."))
P("user_invited_value", "it", "Andrés Molina", "Director | IES Luis Vives, Valencia", "Valencia",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Como te prometí en Bruselas, te mando nuestro plan de convivencia y el reglamento del móvil, "
          "traducidos al italiano por nuestra profe de italiano. Úsalos como quieras."), nl="es")
P("user_invited_value", "it", "Giorgio Ascione", "Commissario | Polizia Locale di Napoli – Educazione stradale", "Napoli",
  ("acc",),
  ("msg", "Buongiorno Preside, grazie del contatto. Per le classi prime possiamo fare due ore di educazione stradale sull'uso del motorino e del casco, "
          "in aula o in cortile, senza costi per la scuola. Mi indichi lei le date."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Roberta Della Corte", "Dirigente scolastica | IC Bagnoli", "Napoli", ("acc",))
P("acceptance_only", "en", "Helen Parry", "Programme Officer | British Council Italy", "Rome", ("acc",))
P("lone_endorsement", "it", "Salvatore Pane", "Docente di Latino e Greco", "Napoli", ("end",))
P("lone_endorsement", "it", "Noemi Scarpa", "Ex studentessa | Ingegneria Gestionale, Federico II", "Napoli", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Segreteria Didattica", "segreteria@liceomergellina.example.it", "Iscrizioni 2019/20: situazione al 25 gennaio",
     "Gentile Dirigente,\n\nle iscrizioni alle prime sono 212. Alcuni genitori chiedono di essere contattati: uno ci dice di averle scritto anche su LinkedIn. "
     "Se crede, li richiamiamo noi.\n\nCordiali saluti", "it"),
    ("Ufficio Scolastico Regionale", "direzione@usr-campania.example.it", "Conferenza di servizio dirigenti – 5 marzo",
     "Ai Dirigenti Scolastici\n\nSi comunica che la conferenza di servizio sulla nuova prova orale si terrà il 5 marzo alle ore 10. "
     "Le informazioni sono pubblicate sul sito istituzionale e sulla pagina LinkedIn dell'Ufficio.", "it"),
    ("Giovanna Maione", "giovanna.maione@liceopartenope.example.it", "vademecum colloquio",
     "Alex,\n\nti ho mandato il vademecum anche su LinkedIn ma non so se lo leggi, quindi eccolo pure qui in allegato.\n\nUn abbraccio,\nGiovanna", "it"),
    ("Cuomo Viaggi", "info@cuomoviaggi.example.it", "Catalogo viaggi d'istruzione 2019",
     "Gentile Dirigente,\n\nin allegato il nostro catalogo. Ci segua anche su Facebook e LinkedIn per le offerte last minute.\n\nCuomo Viaggi", "it"),
    ("eTwinning Italia", "newsletter@etwinning.example.eu", "Newsletter eTwinning – febbraio 2019",
     "Care e cari eTwinner,\n\nsono aperte le iscrizioni ai seminari regionali. Condividete i vostri progetti premiati anche su LinkedIn con l'hashtag #eTwinning.", "it"),
    ("Siobhan Kearney", "s.kearney@stbrigids.example.ie", "Erasmus+ KA229 - partner school",
     "Hi Alex,\n\nI sent you a LinkedIn request too, but in case it got buried: could we talk about the KA229 partnership before the deadline?\n\nSiobhan", "en"),
    ("Papà di Ciro", "rocco.giordano@mail.example.it", "richiesta colloquio",
     "Egregio Preside,\n\nle chiedo un colloquio per la nota disciplinare di mio figlio. Le ho scritto anche su LinkedIn.\n\nRocco Giordano", "it"),
]


# ------------------------------------------------------------------------- layouts: mostly the 2016 one
CURRENT_LAYOUT = {"Siobhan Kearney", "Claire Dubosc", "Oliver Grant", "Brian McAllister", "Kevin O'Rourke", "Greg Hollis", "Tom Baxter",
                  "Rachel Stone", "James Whitaker", "Hannah Lindqvist", "Emily Carter", "Kate Morrison", "Darren Cole", "Stephen Price",
                  "Valentina Sorrentino", "Alessia Marino", "Marco Vitiello", "Assunta Cozzolino", "Stefania Bruno", "Paola Romano",
                  "Daniele Capasso", "Laura Bianchi", "Helen Parry", "Noemi Scarpa", "Lucía Montero", "Mercedes Vidal"}
ERAS = {s[2]: ("cur" if s[2] in CURRENT_LAYOUT else "2016") for s in PEOPLE}

HEADER = [f"# mailbot dev175 corpus. Generated by scripts/make_corpus_dev175.py (seed {SEED}); do not edit by hand.",
          "# January to March 2019 of a head teacher of a state secondary school in Naples, mostly the 2016 layout: textbook agents, edtech and "
          "school-trip sellers, teachers and trainees applying, other head teachers sharing circulars, free and paid training, parents turning rude; "
          "formal and casual Italian with Neapolitan turns, English, some Spanish and French. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li175(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2019), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories175(cs.EraStories):
    """Stories inside January to March 2019: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li175(self.g, self.b)
        self.window: tuple[datetime, datetime] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = corpus.window or (WIN_LO, WIN_HI)
            corpus.window = None
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = _window(steps)
        return super().story(scenario, lang, name, headline, location, nl, steps)


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate person"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev175")
    args = ap.parse_args()
    check_notes()
    c = Stories175(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(9)
    c.make_other(11)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
