#!/usr/bin/env python3
"""Write mailbot's dev125 corpus: tests/corpus/dev125/*.eml + expected.toml.

The angle: the user Alex is the headteacher (dirigente scolastico) of a state secondary school
in Naples. Their LinkedIn inbox: interactive-panel and edtech vendors spending the Scuola 4.0
money, textbook publishers' reps before the May adoptions, school-trip agencies, training
providers whose courses count as recognised in-service training (S.O.F.I.A.), supply teachers
sending their MAD, former pupils, parents (helpful ones, and a few rude ones), union and RSU
contacts, peer headteachers passing on the regional office's circulars, partner schools abroad,
recruiters for international and private schools. The writing is formal bureaucratic Italian,
casual Italian with Neapolitan turns, and some English.

Every row of the taxonomy is covered. The labels follow shared/taxonomy.md: the scenario of each
story fixes the person's verdict and recommendation (scripts/corpus_stories.py, OUTCOME), and
every note was written to fit its scenario from the taxonomy alone, without reading mailbot's
signals, judge, parser or wording, or the notes of the other generators.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, the recipient's headline, job-alert titles, the other LinkedIn
mail's subjects, the headlines of spoof-only names and the pitches spoofs carry are swapped for
school ones in this process only (make_corpus.py itself is not changed).

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev125.py              # writes tests/corpus/dev125
    python scripts/make_corpus_dev125.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261125

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a Naples school's world (this process only)
SKILLS = {
    "it": ["Leadership educativa", "Gestione scolastica", "Didattica inclusiva", "Progettazione PNRR", "Valutazione", "Orientamento"],
    "en": ["Educational Leadership", "School Management", "Inclusive Education", "Curriculum Development", "Teaching", "Safeguarding"],
    "de": ["Schulleitung", "Schulentwicklung", "Inklusion", "Unterrichtsentwicklung", "Pädagogik"],
    "fr": ["Direction d'établissement", "Pédagogie", "Inclusion scolaire", "Gestion de projet éducatif", "Évaluation"],
    "es": ["Dirección escolar", "Gestión educativa", "Educación inclusiva", "Innovación educativa", "Evaluación"],
}
RHEADLINE = {
    "it": "Dirigente scolastico presso IIS Sebeto, Napoli",
    "en": "Headteacher at IIS Sebeto, Naples",
    "de": "Schulleitung am IIS Sebeto, Neapel",
    "fr": "Chef d'établissement à l'IIS Sebeto, Naples",
    "es": "Director del IIS Sebeto, Nápoles",
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.CITY["it"] = ["Napoli", "Caserta", "Salerno", "Pozzuoli", "Avellino", "Roma"]
mc.JOBS[:] = [("Head of Secondary", "Vesuvius International School"), ("Coordinatore didattico", "Licei Paritari Partenope"),
              ("Principal", "St Anselm's British School, Rome"), ("Docente a contratto – Legislazione scolastica", "Università degli Studi di Salerno"),
              ("Direttore didattico", "Istituto Bilingue Posillipo")]
mc.COMPANIES["good"] = ["IIS Sebeto", "Liceo Statale di Portici", "IC 3 Torre del Greco", "Università Federico II", "USR Campania",
                        "Kingsbridge Academy", "Vesuvius International School"]
mc.COMPANIES["sales"] = ["LumiBoard", "Edizioni Vesuvio Scuola", "GiroScuola Viaggi", "RegistroPiù", "SafeClass", "Tutorly AI", "Scudo Scuola Assicurazioni"]
mc.HEADLINES["good"] = ["Dirigente scolastico presso {co}", "Docente di Lettere | {co}", "Vicepreside at {co}", "DSGA presso {co}",
                        "Head of Languages at {co}", "Funzione strumentale orientamento | {co}"]
mc.HEADLINES["sales"] = ["Area Manager Scuole | {co}", "Account Executive, Education | {co}", "Consulente commerciale presso {co}",
                         "Founder & CEO at {co}", "Partnerships Manager | {co}"]
SPOOF_PITCH = {
    "it": ["Gentile Dirigente, l'Ufficio Scolastico le ha condiviso un documento riservato sull'organico. Acceda con le sue credenziali per visualizzarlo.",
           "Buongiorno, risulta un contributo PNRR assegnato al suo istituto e non ancora riscosso. Confermi i dati di accesso per sbloccare l'erogazione."],
    "en": ["Dear Principal, a confidential staffing document has been shared with you. Sign in with your school account to open it.",
           "Hello, your school is eligible for a 2026 digital classroom grant. Verify your login to claim the funds before Friday."],
    "de": ["Sehr geehrte Schulleitung, Ihnen wurde ein vertrauliches Dokument zur Lehrerversorgung freigegeben. Bitte melden Sie sich an.",
           "Guten Tag, für Ihre Schule liegt eine Förderung für digitale Klassenzimmer bereit. Bestätigen Sie Ihre Zugangsdaten."],
    "fr": ["Madame, Monsieur, un document confidentiel sur les effectifs vous a été partagé. Connectez-vous pour le consulter.",
           "Bonjour, votre établissement peut recevoir une subvention pour l'équipement numérique. Confirmez vos identifiants avant vendredi."],
    "es": ["Estimado director, se le ha compartido un documento confidencial sobre la plantilla docente. Inicie sesión para verlo.",
           "Hola, su centro puede recibir una ayuda para aulas digitales. Verifique su acceso antes del viernes."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "it": {"job": ("{n} nuove offerte per «dirigente scolastico»", "Il tuo avviso di lavoro per dirigente scolastico a {city}"),
           "news": "Stop ai cellulari in classe anche alle superiori: cosa cambia?",
           "group": "Conversazioni principali in Dirigenti Scolastici Italia",
           "newsletter": "Il diario del preside: supplenze, organico e un po' di buon senso"},
    "en": {"job": ("{n} new jobs for \"head of secondary\"", "Your job alert for head of secondary in {city}"),
           "news": "Are phone bans in schools actually working?",
           "group": "Top conversations in European School Leaders Network",
           "newsletter": "The Head's Desk: timetables without tears"},
    "de": {"job": ("{n} neue Jobs für „Schulleitung“", "Ihr Jobalarm für Schulleitung in {city}"),
           "news": "Handyverbot an Schulen: Was bringt es wirklich?",
           "group": "Top-Unterhaltungen in Schulleitung & Schulentwicklung",
           "newsletter": "Aus dem Rektorat: Vertretungspläne ohne Chaos"},
    "fr": {"job": ("{n} nouvelles offres pour « chef d'établissement »", "Votre alerte emploi pour chef d'établissement à {city}"),
           "news": "Téléphones interdits au lycée : premier bilan",
           "group": "Conversations principales dans Personnels de direction",
           "newsletter": "Le carnet du proviseur : emplois du temps et sérénité"},
    "es": {"job": ("{n} nuevos empleos de «director de centro educativo»", "Tu alerta de empleo de director de centro educativo en {city}"),
           "news": "¿Funciona la prohibición del móvil en los institutos?",
           "group": "Conversaciones destacadas en Directores de Centros Educativos",
           "newsletter": "El cuaderno del director: horarios sin dramas"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Rosaria Capuano", "Dirigente scolastica | IC 3 Torre del Greco", "Torre del Greco",
  ("inv", "Caro collega, con altri cinque dirigenti dell'ambito abbiamo messo in una tabella i criteri di formazione classi che usiamo per le prime. "
          "Se ti è utile te la giro, e se vuoi ci aggiungi i vostri. Nessun impegno, solo scambio tra scuole vicine."),
  ("rem",))
P("good_invitation", "it", "Enzo Iaccarino", "Docente di sostegno specializzato (TFA) | MAD provincia di Napoli", "Afragola",
  ("inv", "Buongiorno Dirigente, sono specializzato sul sostegno per le superiori e ho mandato la MAD alla vostra segreteria la settimana scorsa. "
          "Posso chiederle se quest'anno avete ancora ore scoperte sull'ADSS o se conviene ripresentarla a settembre? Grazie."))
P("good_invitation", "it", "Marianna Gargiulo", "Responsabile formazione | Ente accreditato MIM per la formazione del personale scolastico", "Salerno",
  ("inv", "Gentile Dirigente, il 14 novembre teniamo un webinar gratuito sulla nuova valutazione nel secondo ciclo: è su S.O.F.I.A. e vale come ore "
          "di formazione in servizio. Se crede lo giri al collegio, le mando il codice dell'iniziativa."),
  ("rem",))
P("good_invitation", "it", "Gennaro Sorrentino", "Assegnista di ricerca in Fisica | Università Federico II", "Napoli",
  ("inv", "Preside buongiorno! Gennaro, maturità 2014, quello che faceva saltare la corrente nel laboratorio di fisica 😅 Ora faccio ricerca alla Federico II: "
          "se vi serve vengo gratis a fare orientamento alle quinte. Mi farebbe piacere ricambiare."))
P("good_invitation", "en", "Siobhan Kearney", "Principal | St Brendan's Community School, Cork", "Cork",
  ("inv", "Hi Alex, we're looking for an Italian partner school for an Erasmus+ KA2 project on coastal heritage (2026-28). Our Transition Years would love "
          "to work with students from Naples. The grant covers mobilities, so no cost to you. Fancy a chat?"),
  ("rem",))
P("good_invitation", "it", "Antonio Pagano", "Segreteria provinciale | Associazione dirigenti scuole autonome, Napoli", "Napoli",
  ("inv", "Buongiorno Preside, venerdì alle 15 in sede (via Medina) facciamo un incontro aperto sulla contrattazione integrativa e sulla mobilità dei dirigenti. "
          "Ingresso libero anche per chi non è iscritto, c'è il nostro legale per le domande."))


# =============================================================== default_invitation
P("default_invitation", "it", "Carmela Russo", "Impiegata amministrativa | Comune di Napoli", "Napoli", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Ryan Whitaker", "Sales Lead EMEA | ClassPulse AI", "Manchester", ("inv", DEFAULT))
P("default_invitation", "it", "Pasquale Formisano", "Titolare | Formisano Viaggi & Turismo", "Casoria", ("inv", NONOTE))
P("default_invitation", "it", "Lucia De Rosa", "Teacher of English | Cambridge Speaking Examiner", "Caserta", ("inv", DEFAULT), ("rem",), nl="en")


# =============================================================== sales_invitation
P("sales_invitation", "it", "Marco Vitiello", "Area Manager Sud | LumiBoard – monitor interattivi per la scuola", "Napoli",
  ("inv", "Gentile Dirigente, con i fondi Scuola 4.0 molte scuole campane stanno sostituendo le vecchie LIM con i nostri monitor 86\". "
          "Fornitura chiavi in mano su MePA, formazione inclusa. Le fisso una dimostrazione in aula la prossima settimana?"),
  ("rem",))
P("sales_invitation", "it", "Tiziana Amato", "Consulente scolastica Campania | Edizioni Vesuvio Scuola", "Salerno",
  ("inv", "Buongiorno Preside, in vista delle adozioni di maggio vorrei lasciare ai dipartimenti le copie saggio del nostro nuovo corso di storia per il triennio, "
          "piattaforma digitale inclusa. A chi posso rivolgermi per passare a scuola?"))
P("sales_invitation", "en", "Kyle Donovan", "Founder & CEO | Tutorly AI", "Austin, Texas",
  ("inv", "Hey Alex! Tutorly gives every student a 24/7 AI tutor aligned to the Italian curriculum, and pilot schools in Milan saw INVALSI scores jump 18%. "
          "Got 15 min this week for a demo? Happy to run it in Italian."))
P("sales_invitation", "it", "Salvatore Cuomo", "Direttore commerciale | GiroScuola Viaggi d'Istruzione", "Napoli",
  ("inv", "Preside carissimo, per la primavera teniamo Praga e Barcellona a prezzo bloccato: pullman GT, guide, una gratuità ogni 15 ragazzi. "
          "Ditemi quando posso passare a portarvi il preventivo, ci mettiamo d'accordo."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Raffaele Esposito", "Coordinatore | Rete informale dirigenti scolastici campani", "Napoli",
  ("inv", "Caro Dirigente, stiamo mettendo su una rete di presidi campani per scambiarci modelli, circolari e dubbi sul PNRR, senza sigle né quote. "
          "Una chat e un incontro al mese a Napoli. Ti va di farne parte?"),
  ("msg", "Grazie di essere entrato! Ti anticipo una cosa: col mio studio seguiamo la rendicontazione PNRR per una ventina di istituti, a forfait da 3.800 € + IVA "
          "a progetto, e ai colleghi della rete facciamo il 10%. Ti mando la proposta e fissiamo una call col tuo DSGA?", (3, 12)))
P("bait_and_switch_invitation", "it", "Federica Longobardi", "Dirigente scolastica in quiescenza | Formatrice e pubblicista", "Caserta",
  ("inv", "Buongiorno collega, una domanda da ex dirigente: come avete gestito le sostituzioni brevi con l'organico dell'autonomia? "
          "Sto raccogliendo esperienze per un articolo su una rivista di settore. Grazie se avrà due minuti."),
  ("msg", "Grazie per il collegamento e per la risposta! Oltre a scrivere, oggi collaboro con Scudo Scuola Assicurazioni: abbiamo una tutela legale con RC "
          "patrimoniale pensata per i dirigenti, 290 € l'anno. Con i ricorsi che arrivano dalle famiglie, le preparo un preventivo?"),
  ("msg", "Preside, le ricordo che la convenzione chiude il 31. Le mando il modulo di adesione già precompilato con i suoi dati?", (6, 20)))
P("bait_and_switch_invitation", "en", "Daniel Hartley", "Founder | European School Leaders Collective", "London",
  ("inv", "Alex, I host a small peer circle of secondary heads from across Europe: monthly calls, candid talk about leading through change. "
          "No agenda, no fees, just colleagues. It would be great to have a voice from Naples in the room."),
  ("msg", "Great to have you with us! Quick heads-up: the Collective runs a six-month leadership accelerator for heads (€2,450, can come out of the school's "
          "training budget). Most members join the spring cohort. Shall I send over the enrolment pack?"))
P("bait_and_switch_invitation", "it", "Ciro Mazzarella", "Presidente | Associazione Genitori per una Scuola Sicura", "Napoli",
  ("inv", "Gentile Preside, la nostra associazione porta gratis nelle scuole un incontro sul cyberbullismo con un agente della Polizia Postale. "
          "L'abbiamo già fatto in otto istituti del Vomero, ci piacerebbe proporlo anche ai vostri ragazzi."),
  ("msg", "Grazie Preside! Per attivare l'incontro serve che la scuola adotti la nostra app di segnalazione SafeClass: 4 € ad alunno l'anno, con registro dei casi "
          "per il referente bullismo. Le preparo il preventivo per le 38 classi?"),
  ("msg", "Buongiorno, nessuna notizia sul preventivo SafeClass? Senza adesione purtroppo non riusciamo a mettere in calendario l'incontro.", (5, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Martina Scognamiglio", "Laureanda magistrale in Scienze pedagogiche | Università Suor Orsola Benincasa", "Napoli",
  ("inm", "Tesi sulla dirigenza scolastica", "Gentile Dirigente, sto scrivendo la tesi magistrale sul carico burocratico dei presidi in Campania. "
          "Potrei farle quattro domande, anche per iscritto? Bastano dieci minuti e le risposte restano anonime. La ringrazio in anticipo.\n\nMartina Scognamiglio"),
  ("inm", "Re: Tesi sulla dirigenza scolastica", "Grazie mille per le risposte, preziosissime! Le dico anche che lavoro per SegreteriaSmart, il gestionale che "
          "automatizza protocollo, albo online e pratiche del personale: proprio il carico di cui mi ha parlato. Le andrebbe una demo con il nostro commerciale? "
          "Il canone parte da 1.200 € l'anno.", (4, 10)))
P("bait_and_switch_inmail", "en", "Olivia Brandt", "Features Editor | Schools of Tomorrow Magazine", "Amsterdam",
  ("inm", "Feature: schools doing a lot with a little", "Dear Alex, we're preparing a feature on secondary schools in Southern Europe that do remarkable things "
          "with limited means, and a colleague mentioned your robotics lab. Would you be willing to be interviewed for it?"),
  ("inm", "Next steps for your feature", "Thank you so much for saying yes! To confirm your place in the feature we ask participating schools for a contribution "
          "of €1,650 towards production (full-page profile, photo shoot and a digital badge for your website). The invoice can be made out to the school. "
          "Shall I send it across?", (4, 12)))
P("bait_and_switch_inmail", "it", "Luigi Ambrosio", "Private banker | Consulente finanziario", "Napoli",
  ("inm", "Un saluto da un ex alunno", "Preside, buonasera! Non so se si ricorda di me: Luigi Ambrosio, 5ªB, rappresentante d'istituto l'anno dell'occupazione. "
          "Ripenso spesso a quegli anni e volevo solo salutarla e ringraziarla per come ci ha difesi allora."),
  ("inm", "Una proposta per lei", "Che piacere la sua risposta, Preside! Visto che mi ha scritto che tra qualche anno va in pensione, le propongo un incontro per "
          "ragionare sul TFS e su come investirlo: con la mia banca abbiamo soluzioni dedicate ai dirigenti pubblici. Quando le posso offrire un caffè?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Valeria Piscopo", "Docente di Lettere | Funzione strumentale PTOF", "Pozzuoli",
  ("end",),
  ("msg", "Preside, buongiorno! Le ho confermato la competenza in {skill}, se la merita tutta. Una cortesia: mi conferma «Progettazione didattica» e «Valutazione»? "
          "Sto preparando il concorso e vorrei il profilo in ordine. Grazie di cuore!"))
P("endorse_me_back", "en", "Tom Gallagher", "ESL Teacher | CELTA | Looking for roles in Italy", "Galway",
  ("end",), ("end",),
  ("msg", "hey Alex, endorsed you for {skill} and a couple more 🙂 could you return the favour and endorse me for ESL and Classroom Management? "
          "applying to a few international schools in Italy and it'd really help. thanks a mil!"))
P("endorse_me_back", "it", "Ciro Pezzella", "Studente di Ingegneria Informatica | Ex alunno IIS Sebeto", "Napoli",
  ("end",),
  ("msg", "Preside buongiorno! Le ho confermato {skill}, era 'o minimo 😄 Mo' però serve a me 'na mano: mi conferma «Python» e «Lavoro di squadra»? "
          "Sto mandando curriculum pe' 'o tirocinio e fa impressione. Grazie assaje!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Assunta Caputo", "Avvocato | Genitore", "Napoli",
  ("inv", "Buonasera, sono la madre di Federico Caputo (3ªC). Le chiedo il collegamento perché a scuola con lei non si riesce mai a parlare."),
  ("rem",),
  ("inm", "Vergogna", "Vedo che non si degna nemmeno di accettare una richiesta. Complimenti, Preside: una scuola che boccia i ragazzi per antipatia e un dirigente "
          "che si nasconde dietro la segreteria. Si ricordi che faccio l'avvocato. Ci vediamo al TAR.", (8, 20)))
P("hostility_after_decline", "it", "Gaetano Improta", "Commerciante | Genitore", "Napoli",
  ("inv", DEFAULT),
  ("inm", "Preside...", "Preside ma che ci vuole a cliccà accetta? Ve credete chissà chi là dentro. Mio figlio entra alle 8 e 10 per colpa dei pullman e voi ogni "
          "mattina ritardo, ritardo. Siete una vergogna, e a fine anno ne riparliamo."))
P("hostility_after_decline", "it", "Francesco Paolillo", "Docente di Matematica | Supplente", "Marano di Napoli",
  ("inv", "Buongiorno, ho inviato la MAD per la A026 e mi farebbe piacere presentarmi."),
  ("inm", "Grazie tante", "Tre settimane senza un cenno, né alla mail né qui. Poi leggo sul giornale che a Napoli «mancano i docenti di matematica». "
          "Forse mancano i dirigenti educati. Buon lavoro.", (15, 25)))
P("hostility_after_decline", "en", "Brandon Mercer", "Regional Director, Southern Europe | SmartRoom Displays", "London",
  ("inv", "Hi Alex, we've equipped 400+ classrooms in Italy with interactive panels. Open to a quick call?"),
  ("rem",),
  ("inm", "Professional courtesy", "Alex, I've reached out three times now. Ignoring a simple connection request is poor form for someone whose job is teaching "
          "young people how to behave. Expected better from a school leader."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Nunzia Di Maio", "Rappresentante dei genitori | Consiglio d'Istituto IIS Sebeto", "Napoli",
  ("msg", "Preside buongiorno, le scrivo qui che facciamo prima: mia figlia Sofia vorrebbe passare dalla 2ªD alla 2ªA con le amiche. So che le sezioni sono piene, "
          "ma per un'alunna sola un'eccezione si può fare, no? Mi faccia sapere."),
  ("msg", "Ho letto la sua risposta, «non è possibile». Ma si rende conto? Io che mi faccio in quattro per il consiglio d'istituto, e lei mi tratta come l'ultima "
          "arrivata. Arrogante e pure maleducato. Alle prossime elezioni se ne ricorderà.", (3, 9)))
P("hostility_connection", "it", "Vincenzo Carotenuto", "Agente di zona | Nuova Didattica Editrice", "Nola",
  ("acc",),
  ("msg", "Grazie per il collegamento, Preside! Come le accennavo al convegno, le giro la proposta: comodato d'uso dei testi per le prime, sconto del 25% "
          "se adottate il pacchetto completo. Ci vediamo per i dettagli?"),
  ("msg", "Ho capito, mi ha fatto rispondere dalla vicepreside che «non siete interessati». Dopo vent'anni che servo le scuole di questa provincia, un minimo di "
          "rispetto me l'aspettavo. Certa gente fa carriera e si scorda da dove viene."))
P("hostility_connection", "en", "Megan Cross", "Partnerships Manager | BrightPath Study Abroad", "Brighton",
  ("msg", "Hi Alex! Our summer courses in Dublin and Brighton fill up fast: two weeks, host families, 20 hours of lessons, from €1,890 per student. "
          "Could I present them at your next parents' evening?"),
  ("msg", "Just bumping this up :)"),
  ("msg", "Honestly, a two-word \"no thanks\" after I put together a tailored proposal for your school? That's rude. I work with far bigger schools than yours "
          "and they at least have the manners to hear me out."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Rocco Izzo", "Titolare | FotoScuola Izzo – foto di classe e annuari", "Portici",
  ("msg", "Preside bello, buongiorno! Pure quest'anno facciamo foto di classe e annuario delle quinte: 7 € a foto, annuario a 25 €, e alla scuola lasciamo "
          "il 10% per il fondo d'istituto. Quando posso passà per fissà le date?"),
  ("msg", "Preside, ve riscrivo perché a maggio il calendario si riempie. Fatemi sapere, che vi tengo il posto nelle prime due settimane."))
P("connection_only_pitches", "it", "Stefano Rea", "Direttore | Accademia Minerva – corsi e certificazioni per docenti", "Caserta",
  ("msg", "Gentile Dirigente, sono aperte le iscrizioni ai nostri corsi per le certificazioni informatiche e linguistiche valide per le graduatorie (fino a 2 punti), "
          "pagabili con la Carta del docente. Le chiedo di diffonderli al personale: ogni 10 iscritti la scuola riceve un corso in omaggio."),
  ("msg", "Gentile Dirigente, ultimi posti per la sessione d'esame di aprile. Posso inviarle la locandina da pubblicare in bacheca?"),
  ("msg", "Buongiorno, le segnalo la promozione di fine anno: master di I livello a 390 € invece di 590 €. Se mi concede un'ora in aula magna, vengo a presentarlo "
          "io ai docenti."))
P("connection_only_pitches", "en", "Jason Pryor", "Account Manager | SchoolSafe CCTV & Access Control", "Milan",
  ("msg", "Hi Alex, after the break-ins reported at schools in Naples this winter we're offering free site surveys for cameras and access control. "
          "Installation packages start at €6,900. Shall we book yours?"),
  ("msg", "Hi Alex, circling back: we can bundle a five-year maintenance plan at no extra cost if you sign before the end of the quarter. Is there a good time to talk?"))


# =============================================================== single_pitch
P("single_pitch", "it", "Angela Sepe", "Sepe Abbigliamento | Divise e felpe scolastiche", "Nocera Inferiore",
  ("msg", "Buongiorno Preside, mi hanno detto che il consiglio d'istituto sta pensando a una felpa con il logo della scuola. Noi le facciamo ricamate, "
          "14 € al pezzo con un minimo di 200. Le mando un campione?"))
P("single_pitch", "en", "Priya Raman", "Customer Success | Timetabler Pro", "Bristol",
  ("msg", "Hi Alex, September timetables are a nightmare every year, right? Timetabler Pro builds a clash-free timetable for a school your size in under an hour. "
          "I'd love to set up a 20-minute demo with your deputy. Does next Tuesday work?"))
P("single_pitch", "it", "Domenico Fusco", "Broker assicurativo | Polizze infortuni e RC per le scuole", "Napoli",
  ("msg", "Buongiorno Dirigente, a settembre scade la polizza infortuni alunni di molte scuole della zona. Le preparo un preventivo comparativo? "
          "Di solito facciamo risparmiare il 20% a parità di massimali. Mi dice a chi lo mando, a lei o al DSGA?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Teresa Amodio", "Dirigente scolastica | Liceo Statale di Portici", "Portici",
  ("end",),
  ("msg", "Alex, ti giro la nota dell'USR uscita stamattina sui candidati esterni agli esami di Stato: cambiano le scadenze delle domande, occhio che il 30 cade "
          "di domenica. Ti allego anche la nostra circolare per le famiglie, se vuoi adattala pure."),
  ("msg", "Dimenticavo: venerdì la conferenza di servizio è in presenza in via Ponte della Maddalena. Se vuoi scendiamo insieme, passo a prenderti alle 8.30."))
P("connection_brings_value", "it", "Michele Ruocco", "Docente di Chimica | RSU d'istituto", "Napoli",
  ("msg", "Preside, come RSU le anticipo che lunedì alle 14.30 facciamo un incontro informativo sulle pensioni del personale con un consulente del patronato, "
          "aperto a tutti e gratuito. In tanti me lo chiedevano. Se vuole dire due parole all'inizio è il benvenuto."))
P("connection_brings_value", "it", "Patrizia Noviello", "Ingegnera | Presidente del Consiglio d'Istituto IIS Sebeto", "Napoli",
  ("msg", "Buongiorno Alex, l'azienda dove lavoro dismette trenta portatili di due anni fa, ancora in ottimo stato. Li possiamo donare alla scuola per il comodato "
          "ai ragazzi che a casa non hanno un pc: serve solo una delibera di accettazione. Ti mando la lista con le caratteristiche?"))
P("connection_brings_value", "it", "Hannah Lowry", "Head of Languages | Kingsbridge Academy, Bristol", "Bristol",
  ("msg", "Alex, lovely to finally meet on Zoom! As promised, here's the shared folder with our Year 10 pen-pal materials and the safeguarding guidance we use for "
          "video calls. Pinch whatever's useful. Our kids are already asking when the Naples letters will arrive."), nl="en")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Aldridge", "Senior Consultant, Education Leadership | Harrow & Finch Search", "London",
  ("inm", "Head of Secondary - international school, Rome", "Dear Alex, I've been retained by a well-established IB school in Rome to find their next Head of Secondary "
          "(700 students, start August 2026). They want someone who knows the Italian system from the inside. The package is strong and includes housing support. "
          "Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "it", "Alfonso Di Lauro", "Direttore del corso di specializzazione per le attività di sostegno | Università di Salerno", "Fisciano",
  ("inm", "Incarico di docenza – legislazione scolastica", "Gentile Dirigente, per il prossimo ciclo del corso di specializzazione sul sostegno cerchiamo un docente "
          "a contratto per il modulo di legislazione e organizzazione scolastica: 30 ore retribuite, il sabato mattina. Il suo nome ci è stato fatto da due colleghi. "
          "Le interessa ricevere il bando prima della pubblicazione?"))
P("stranger_inmail_recruiter", "it", "Silvia Marrazzo", "HR Manager | Fondazione Licei Paritari Partenope", "Caserta",
  ("inm", "Coordinatore didattico da settembre", "Buongiorno, la nostra fondazione gestisce tre licei paritari tra Napoli e Caserta e cerchiamo un coordinatore "
          "didattico generale da settembre: contratto a tempo indeterminato, RAL intorno ai 55.000 €. Se sta pensando a un cambio, o alla pensione dallo Stato, "
          "possiamo parlarne con calma?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Giuseppe Ianniello", "Responsabile commerciale | Vigilanza Partenope Security", "Napoli",
  ("inm", "Sicurezza agli ingressi", "Gentile Dirigente, proponiamo alle scuole il servizio di portierato e vigilanza all'ingresso con guardia giurata, a tariffa "
          "oraria convenzionata. Le posso lasciare un'offerta o passare per un sopralluogo?"),
  ("inm", "Offerta aggiornata", "Buongiorno, le invio l'offerta aggiornata con lo sconto per il contratto triennale. Resto in attesa di un suo riscontro.\n\nCordiali saluti\nG. Ianniello"))
P("stranger_inmail_sales", "en", "Laura Fenwick", "Director | London Language Journeys", "London",
  ("inm", "Spring trips to London 2026", "Dear Principal, we arrange fully escorted school trips to London: flights from Naples, college accommodation, a West End show "
          "and a guided day in Oxford. €1,140 per student all inclusive, one free place every twelve. Could I send you the brochure and a quote?"))
P("stranger_inmail_sales", "it", "Carla Vitale", "Business Developer | RegistroPiù", "Bari",
  ("inm", "Registro elettronico", "Buongiorno Preside, state ancora con il vecchio registro elettronico? Con RegistroPiù la migrazione dei dati è gratuita e il "
          "primo anno costa la metà. Ha 15 minuti per una demo online?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Paolo Savarese", "Direttore | Forma Sud – ente di formazione accreditato", "Napoli",
  ("inv", "Gentile Dirigente, a dicembre offriamo alle scuole dell'ambito un corso gratuito di 25 ore sulla didattica inclusiva, riconosciuto su S.O.F.I.A. "
          "Posso riservare 10 posti ai suoi docenti?"),
  ("msg", "Come promesso, ecco date e link d'iscrizione per i suoi docenti, con i 10 posti già riservati. Le slide del primo incontro sono nella cartella condivisa."),
  ("msg", "Gentile Dirigente, visto com'è andato il corso, le propongo il pacchetto formazione 2026 per tutto il collegio: quattro moduli, 9.800 €, "
          "finanziabili con i fondi PNRR. Possiamo vederci per firmare l'accordo entro febbraio?", (20, 45)))
P("good_turns_ugly", "en", "Emily Strand", "eTwinning Ambassador | Geography teacher, Gothenburg", "Gothenburg",
  ("inv", "Hi Alex, I'm an eTwinning ambassador looking for a partner class in southern Italy for a climate project with 15-year-olds. "
          "It's free, all online, and students love it. Interested?"),
  ("msg", "Project space is set up! Here's the invite link for your teacher and the kick-off plan. Thanks for saying yes so quickly."),
  ("msg", "Hi Alex, slightly different topic: I also run a small agency that organises Erasmus+ student mobilities. For €380 per student we handle the whole "
          "physical exchange, insurance and paperwork included. Shall I send you a quote for next spring?"))
P("good_turns_ugly", "it", "Carmine Orefice", "Web developer freelance | Ex alunno", "Napoli",
  ("inv", "Preside! Sono Carmine, diplomato nel 2016. Ho visto che il sito della scuola dal cellulare non si legge bene: se volete vi do una mano gratis "
          "a sistemarlo, come ringraziamento alla scuola."),
  ("msg", "Fatto! Ho sistemato il menu e le pagine delle circolari per il mobile, vi mando le credenziali della versione di prova. Fatemi sapere se al DSGA va bene."),
  ("end",),
  ("msg", "Preside, le ho confermato {skill} 😊 Una cortesia in cambio: mi conferma «Sviluppo web» e «WordPress» sul profilo? Sto cercando clienti e "
          "la conferma di un preside fa tutta la differenza."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Biagio Terracciano", "Agente | EduTravel Campania", "Pomigliano d'Arco",
  ("inm", "Viaggi d'istruzione – preventivi", "Gentile Dirigente, le proponiamo i nostri pacchetti per i viaggi d'istruzione: Sicilia, Puglia e Toscana, pullman "
          "e hotel 3 stelle. Richieda un preventivo senza impegno."),
  ("inv", "Buongiorno Preside, ci siamo incrociati alla fiera della scuola alla Mostra d'Oltremare, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "en", "Chloe Barnes", "Partnerships Manager | LinguaPlay", "Leeds",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, I read your interview on student wellbeing in a Naples school - really thoughtful stuff. Would love to connect."))
P("reinvite_known_bad", "it", "Fabio Cennamo", "Key Account | Monitor Interattivi Campania srl", "Nola",
  ("inv", "Dirigente, abbiamo ancora disponibilità di monitor 75\" a prezzo PNRR. Le interessa un'offerta?"),
  ("inv", "Buongiorno, il 3 marzo teniamo un webinar gratuito sulla sicurezza informatica nelle segreterie scolastiche. Ci colleghiamo così le mando il link?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Immacolata Sannino", "Infermiera | Genitore", "Casalnuovo di Napoli",
  ("inv", "Preside buonasera, devo parlarle urgentemente della nota disciplinare a mio figlio."),
  ("inm", "Senza cuore", "Ho capito che non mi vuole rispondere. Lei non è un preside, è un burocrate senza cuore. Mio figlio per colpa vostra non vuole più venire "
          "a scuola. Vergogna!", (6, 14)),
  ("inv", "Buongiorno Preside, a mente fredda le chiedo scusa per i toni dell'altra volta. Possiamo ricominciare?"))
P("reinvite_known_ugly", "en", "Marcus Doyle", "Growth Lead | EduMetrics AI", "Dublin",
  ("inm", "Quick research question", "Hi Alex, I'm researching how European secondary heads use attendance data. Could I ask you three quick questions? "
          "It'll feed into a free report we're publishing for schools."),
  ("inm", "Thanks + something for you", "Thanks so much for your answers, Alex! Based on them I think EduMetrics would save your office hours every week. "
          "Pricing is €2 per student per year. Can I book you in for a demo on Thursday?"),
  ("inv", "Alex, our free report on attendance data is finally out! Connecting so I can send it your way."))
P("reinvite_known_ugly", "it", "Alessio Barra", "Titolare | Barra Arredi Scolastici", "Acerra",
  ("inv", "Salve, forniamo banchi e sedie a norma, anche su MePA. Vorrei presentarle il catalogo."),
  ("inm", "Rispetto", "Mi scusi, ma lei ha idea di come campano le aziende del territorio? Le chiediamo solo un contatto e voi presidi fate i baroni. "
          "Poi non vi lamentate se i banchi ve li portano da Milano."),
  ("inv", DEFAULT))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Giovanna Marotta", "Responsabile commerciale | Mensa Sana Ristorazione", "Napoli",
  ("acc",),
  ("msg", "Grazie per il collegamento, Dirigente! Visto che da voi c'è il rientro pomeridiano il martedì e il giovedì, le propongo il nostro servizio bar interno: "
          "distributori e pasti caldi, con una percentuale alla scuola. Possiamo fissare un sopralluogo?"))
P("user_invited_pitch_once", "it", "Ben Thornley", "Sales Director Italy | PanelWise", "Milan",
  ("acc",),
  ("msg", "Thanks for accepting, Alex - great meeting you at Didacta. As discussed, we can lend your science lab a panel free for a month, then the classroom "
          "bundle is €2,990 per room. When can our Naples partner drop by?"), nl="en")
P("user_invited_pitch_once", "it", "Lorenzo Di Costanzo", "Consulente | Bandi e progetti per la scuola", "Salerno",
  ("acc",),
  ("msg", "Buongiorno Preside, grazie per aver accettato. È uscito il nuovo avviso sulle competenze STEM: noi scriviamo il progetto e gestiamo la piattaforma, "
          "con compenso solo a finanziamento ottenuto (8% dell'importo). Le interessa?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Annalisa Cozzolino", "Funzionaria commerciale | Edizioni Golfo Scuola", "Castellammare di Stabia",
  ("acc",),
  ("msg", "Gentile Preside, grazie del collegamento. Le lascio il link alle nostre novità per il biennio: grammatica, antologia e matematica con libro digitale "
          "incluso. Posso incontrare i coordinatori di dipartimento prima delle adozioni?"),
  ("msg", "Buongiorno, torno a scriverle perché le adozioni si avvicinano: se ci date il biennio di italiano, la formazione dei docenti sulla piattaforma "
          "è in omaggio. Quando posso passare?"))
P("user_invited_pitch_twice", "en", "Scott McBride", "Founder | Vocab Galaxy – gamified English for schools", "Glasgow",
  ("acc",),
  ("msg", "Cheers for connecting, Alex! Vocab Galaxy is used by 120 Italian schools to prep for Cambridge B1/B2. The school licence is €1,500 a year, "
          "unlimited students. Can I set you up with a trial?"),
  ("msg", "Hi Alex, our back-to-school pricing ends Friday: 30% off the first year. Want me to lock that in for you?"))
P("user_invited_pitch_twice", "it", "Rita Mele", "Agenzia Viaggi Mele | Turismo scolastico", "Salerno",
  ("acc",),
  ("msg", "Preside, grazie! Per il campo scuola delle prime vi propongo tre giorni in Cilento con educazione ambientale, 210 € a ragazzo tutto compreso. "
          "Vi mando il programma?"),
  ("msg", "Preside, scusate se insisto: per marzo teniamo ancora l'albergo a Paestum bloccato per voi, ma devo confermare entro venerdì. Ditemi qualcosa, "
          "jamme che facciamo una bella cosa per i ragazzi!"))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Giulia Pennacchio", "Servizi educativi | Museo Archeologico Nazionale di Napoli", "Napoli",
  ("acc",),
  ("msg", "Grazie per il collegamento, Dirigente. Come le accennavo, il museo ha aperto le prenotazioni dei laboratori gratuiti per le superiori su «Pompei e la "
          "vita quotidiana». Le allego il calendario: i primi turni si riempiono in fretta."))
P("user_invited_value", "en", "Aoife Brennan", "Lecturer in Education | University College Cork", "Cork",
  ("acc",),
  ("msg", "Thanks for the connection, Alex. As promised at the conference, here's our open-access toolkit on restorative practice in secondary schools, "
          "which a colleague has translated into Italian. If any of your staff want to join our free online community of practice, just forward them the link."))
P("user_invited_value", "it", "Andrea Capasso", "Dirigente scolastico | IIS di Nola", "Nola",
  ("acc",),
  ("msg", "Ciao Alex, grazie! Ti allego il regolamento sull'uso dei cellulari che abbiamo approvato in consiglio d'istituto dopo la circolare ministeriale, "
          "con il modulo per le famiglie. Se ti serve anche il verbale del collegio, chiedi pure."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Carolina Vollaro", "Funzionaria | Assessorato all'Istruzione, Comune di Napoli", "Napoli", ("acc",))
P("acceptance_only", "en", "Declan Fitzpatrick", "Deputy Principal | Coláiste Mhuire, Limerick", "Limerick", ("acc",))
P("lone_endorsement", "it", "Salvatore Guida", "Studente di Medicina | Ex alunno", "Napoli", ("end",))
P("lone_endorsement", "it", "Rosa Ferrara", "Docente di Scienze | IIS Sebeto", "Napoli", ("end",))


# ------------------------------------------------------------------------- layout eras
# People whose notes name things of recent years (PNRR, Scuola 4.0, AI, S.O.F.I.A., 2026) get the
# current layout; a few timeless stories get the 2016 one.
ERA_2016 = {"Carmela Russo", "Salvatore Cuomo", "Francesco Paolillo", "Rocco Izzo", "Angela Sepe", "Domenico Fusco", "Michele Ruocco",
            "Rita Mele", "Biagio Terracciano", "Vincenzo Carotenuto", "Carolina Vollaro", "Salvatore Guida", "Ciro Pezzella",
            "Tom Gallagher", "Megan Cross"}
ERAS = {p[2]: ("2016" if p[2] in ERA_2016 else "cur") for p in PEOPLE}

for _p in PEOPLE:   # LinkedIn caps invitation notes at 300 characters
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Segreteria IIS Sebeto", "segreteria@iissebeto.example.it", "Genitori che scrivono al personale su LinkedIn",
     "Gentile Dirigente,\n\nle segnaliamo che alcuni genitori contattano i docenti su LinkedIn per questioni disciplinari e di voti. "
     "Proponiamo una circolare che ricordi i canali ufficiali (registro elettronico e PEO istituzionale).\n\nLa segreteria didattica", "it"),
    ("Enzo Iaccarino", "enzo.iaccarino@example.it", "MAD sostegno ADSS – Enzo Iaccarino",
     "Gentile Dirigente,\n\nin allegato la mia messa a disposizione per il sostegno. Trova il profilo completo anche su LinkedIn, dove le ho mandato una "
     "richiesta di collegamento.\n\nCordiali saluti\nEnzo Iaccarino", "it"),
    ("USR Campania – Comunicazione", "comunicazione@usr-campania.example.it", "Notiziario USR: siamo anche su LinkedIn",
     "Ai Dirigenti Scolastici della regione.\n\nIl notiziario di questo mese: calendario delle conferenze di servizio, scadenze PNRR, nuova pagina "
     "LinkedIn dell'Ufficio per le buone pratiche delle scuole.", "it"),
    ("Avv. Assunta Caputo", "avv.caputo@studiocaputo.example.it", "Alunno Federico Caputo – richiesta di accesso agli atti",
     "Egregio Dirigente,\n\nnon avendo avuto riscontro né per le vie ordinarie né su LinkedIn, formalizzo la richiesta di accesso agli atti relativi "
     "allo scrutinio di mio figlio. Attendo copia entro trenta giorni.\n\nAvv. Assunta Caputo", "it"),
    ("Didacta Italia", "news@didacta-news.example", "Il programma dei workshop è online – seguici su LinkedIn",
     "Il programma completo dei workshop per dirigenti e docenti è online. Seguici su LinkedIn e Instagram per gli aggiornamenti in tempo reale.", "it"),
    ("Prof.ssa Anna Landolfi", "vicepresidenza@iissebeto.example.it", "Fwd: Voglio collegarmi",
     "Preside, questo signore ha mandato la stessa richiesta a mezzo collegio. Lo conosce?\n\n---------- Messaggio inoltrato ----------\n"
     "Da: Marco Vitiello via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nGentile Dirigente, con i fondi Scuola 4.0 molte scuole "
     "campane stanno sostituendo le vecchie LIM con i nostri monitor...\n\nAccetta: https://www.linkedin.com/comm/mynetwork/invite-accept/", "it"),
    ("Siobhan Kearney", "s.kearney@stbrendans.example.ie", "Erasmus+ KA2 partnership - Naples?",
     "Dear Alex,\n\nI've sent you a LinkedIn invitation too, but wanted to be sure this reaches you. The KA2 deadline is in March, so if you're interested "
     "we should talk before Christmas.\n\nWarm regards,\nSiobhan", "en"),
    ("Scuola Futura", "noreply@scuolafutura.example.it", "Percorso formativo completato",
     "Complimenti! Hai completato il percorso «Leadership per l'innovazione». Scarica l'attestato e, se vuoi, condividilo sul tuo profilo LinkedIn.", "it"),
    ("Gennaro Sorrentino", "g.sorrentino@fisica.example.it", "Incontro di orientamento per le quinte",
     "Preside buongiorno,\n\nle ho scritto anche su LinkedIn ma forse la mail fa prima. Per l'orientamento sarei libero il 12 o il 19: mi dica lei.\n\nGennaro", "it"),
    ("BrightPath Study Abroad", "info@brightpath.example.co.uk", "Following our LinkedIn chat - summer 2026 brochure",
     "Dear Alex,\n\nfollowing our conversation on LinkedIn, please find attached our summer 2026 brochure. Early-bird prices end on 31 January.\n\nBrightPath team", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot corpus dev125. Generated by scripts/make_corpus_dev125.py (seed {SEED}); do not edit by hand.",
          "# Alex as headteacher of a secondary school in Naples: edtech and panel vendors, publishers, trip agencies, training providers, supply teachers, "
          "former pupils, parents, unions, peer heads. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev125", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER, eras=ERAS)
