#!/usr/bin/env python3
"""Write mailbot's thirty-seventh, independent development corpus: tests/corpus/dev37/*.eml + expected.toml.

The angle: an Italian inbox. The user Alex works in Milan as head of administration, finance
and control (CFO) of a mid-sized manufacturer, Example Industries S.p.A., and reads LinkedIn in
Italian: every LinkedIn mail here carries Italian wording. The people write formal Italian
('Lei', 'Gentile dottore', 'Cordiali saluti', 'Distinti saluti'), casual Italian, Neapolitan and
Roman turns of phrase ('uè', 'guagliò', 'assaje', 'aò', 'daje', 'mo''), the English loanwords of
Italian offices ('call', 'meeting', 'feedback', 'follow-up', 'deadline', 'webinar'), and typos
and missing accents ('perche', 'e' for 'è', 'pò', 'cosi'); a few write in English. Their world:
ANDAF and the Ordine dei Commercialisti with free events worth training credits, alumni, peer
controllers and treasurers, headhunters with real CFO roles, and the sellers a Milanese CFO
meets: treasury and ERP software, tax-credit and subsidised-finance consultants, private
bankers and insurance agents, factoring, debt collection, energy and photovoltaic offers,
coworking, translation agencies, lead generation and coaching.

Every scenario of the taxonomy appears, with many phrasings.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles and other LinkedIn mail wording, the headlines of spoof-only names and PYMK
suggestions, the sales InMail subjects of spoofs and the pitches that spoofs carry are swapped
for Italian CFO ones in this process only (make_corpus.py itself is not changed), and the
languages that spoofs and other LinkedIn mail rotate through are all Italian. People whose notes
name things of the 2020s are pinned to the current layout era. Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev37.py              # writes tests/corpus/dev37
    python scripts/make_corpus_dev37.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260737

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ Italian CFO world (this process only)
SKILLS = {
    "en": ["Financial Reporting", "Treasury Management", "Management Control", "Budgeting", "IFRS", "Consolidation"],
    "it": ["Controllo di gestione", "Bilancio consolidato", "Tesoreria", "Budgeting", "IFRS", "Reporting finanziario", "Principi contabili OIC"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.L["it"]["rheadline"] = "Direttore Amministrazione, Finanza e Controllo presso Example Industries S.p.A."
mc.L["en"]["rheadline"] = "CFO at Example Industries S.p.A."
# spoofs and other LinkedIn mail: Italian wording only
mc.LANGS[:] = ["it", "it", "it", "it", "it"]
mc.CITY["it"] = ["Milano", "Monza", "Bergamo", "Brescia", "Torino", "Roma", "Napoli", "Bologna"]
mc.JOBS[:] = [("Chief Financial Officer", "Gruppo Meccanico Brianzolo"), ("Direttore Amministrativo e Finanziario", "Tessitura Valseriana S.p.A."),
              ("Group Treasurer", "Alpi Farmaceutici"), ("Head of Controlling", "Cantieri del Golfo"), ("Finance Director Italia", "Northgate Foods Italia")]
mc.COMPANIES["good"] = ["Gruppo Meccanico Brianzolo", "Alpi Farmaceutici", "Tessitura Valseriana", "Cantieri del Golfo", "Politecnico di Milano",
                        "Università Bocconi", "ANDAF", "Assolombarda"]
mc.COMPANIES["sales"] = ["TesoriaCloud", "GestioNext ERP", "Bonus&Crediti Consulting", "FactorPiù", "LeadForge Italia", "Energia Chiara", "RecuperaSubito"]
mc.HEADLINES["good"] = ["CFO presso {co}", "Controller di gruppo | {co}", "Tesoriere presso {co}", "Responsabile Amministrazione | {co}",
                        "Dottore commercialista e revisore legale", "Head of FP&A at {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Developer presso {co}", "Consulente senior presso {co}", "Founder & CEO | {co}",
                         "Aiuto le PMI a crescere | {co}"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Domanda veloce", "Un'idea per Example Industries", "15 minuti?", "Proposta riservata", "Collaborazione"]
mc.OTHER["it"] = dict(
    job=("{n} nuove offerte per «direttore finanziario»", "Il tuo avviso di lavoro per direttore finanziario a {city}", "Visualizza offerta"),
    search=("{first}, sei comparso in {n} ricerche questa settimana", "Sei comparso in {n} ricerche questa settimana. Scopri chi ti cerca."),
    views=("{first}, scopri chi ha visitato il tuo profilo", "{n} persone hanno visitato il tuo profilo negli ultimi 90 giorni."),
    pin=("{first}, ecco il tuo codice PIN", "Inserisci questo codice di verifica per completare l'accesso: {pin}"),
    signin=("Nuovo accesso al tuo account LinkedIn", "Abbiamo rilevato un nuovo accesso da Safari su Mac a {city}. Se eri tu, non devi fare nulla."),
    pymk=("{first}, aggiungi {pname} - {phead}", "Persone che potresti conoscere"),
    news=("Tassi in calo: le PMI tornano a chiedere credito?", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in CFO Italia – Finanza d'impresa", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    premium=("{first}, prova Premium gratis per 1 mese", "Scopri chi ha visitato il tuo profilo e fatti notare dai recruiter con Premium."),
    newsletter=("Il taccuino del CFO: la tesoreria dopo il caro-tassi", "Nuova edizione di una newsletter a cui sei iscritto"),
)
SPOOF_PITCH = {
    "it": ["Gentile {first}, Le abbiamo inviato la fattura elettronica n. 4471 tramite LinkedIn Documenti. Acceda per scaricarla entro oggi.",
           "Ciao {first}, ti ho condiviso il prospetto del nuovo fondo a capitale garantito. Accedi qui per vederlo prima della chiusura del collocamento.",
           "Buongiorno {first}, il suo profilo è stato selezionato per il premio CFO dell'anno. Per confermare la candidatura versi la quota di iscrizione al link."],
    "en": ["Hi {first}, I shared the signed NDA with you through LinkedIn Documents. Please sign in to countersign it today.",
           "Dear {first}, your CFO of the Year nomination is confirmed. Please complete the registration fee payment via the secure link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# layout era: people whose notes name things of the 2020s are pinned to "cur"; a few timeless ones to "2016"
ERAS: dict[str, str] = {}


def cur(*names: str) -> None:
    for n in names:
        ERAS[n] = "cur"


def old(*names: str) -> None:
    for n in names:
        ERAS[n] = "2016"


# =============================================================== good_invitation
P("good_invitation", "it", "Federica Colombo", "Responsabile Formazione | ANDAF Lombardia", "Milano",
  ("inv", "Gentile dott. Morgan, il 14 novembre in Assolombarda teniamo un incontro gratuito per direttori finanziari sugli adeguati assetti "
          "e la riforma della crisi d'impresa. Vale 3 crediti formativi per commercialisti e revisori. Sarebbe un piacere averLa con noi. Cordiali saluti"),
  ("rem",))
P("good_invitation", "it", "Gennaro Esposito", "Controller | Cantieri del Golfo S.p.A.", "Castellammare di Stabia",
  ("inv", "Uè Alex, so' Gennaro, controller a Castellammare. Stiamo migrando a SAP S/4 e ho letto che voi ci siete passati l'anno scorso: "
          "come avete rifatto i centri di costo? Un consiglio di chi l'ha già fatto vale oro. Grazie assaje!"))
P("good_invitation", "it", "Martina Ricci", "Talent Acquisition Lead | Alpi Farmaceutici", "Verona",
  ("inv", "Buongiorno Alex, cerchiamo il nuovo Group CFO (gruppo farmaceutico, 1,2 mld di fatturato, quotazione prevista nel 2026, sede a Verona). "
          "Il suo percorso è molto in linea con quello che il CdA chiede. Possiamo sentirci in via riservata?"),
  ("rem",))
P("good_invitation", "it", "Lorenzo De Santis", "Alumni Relations Officer | Università Bocconi", "Milano",
  ("inv", "Ciao Alex! Sto organizzando la rimpatriata per i 20 anni dalla laurea del nostro corso di Finanza: cena il 6 giugno in zona Sarpi, "
          "offre l'associazione alumni. Ti aggiungo cosi ti giro i dettagli, dimmi se ci sei!"))
P("good_invitation", "it", "Chiara Mancini", "Tesoriere di gruppo | Tessitura Valseriana S.p.A.", "Bergamo",
  ("inv", "Buonasera Alex, Davide Ferri mi ha detto che avete appena avviato un cash pooling internazionale e mi ha suggerito di scriverle. "
          "Noi partiamo a gennaio con le filiali in Polonia e Romania: avrebbe mezz'ora per raccontarmi gli errori da evitare?"))
P("good_invitation", "it", "Simone Russo", "Transfer Pricing Manager | Studio Tributario Russo & Valle", "Roma",
  ("inv", "Daje Alex, ci siamo conosciuti al convegno AIDEA, ero quello della domanda sul transfer pricing. Come promesso ti mando le slide "
          "del mio intervento con i casi della Cassazione, girale pure al tuo team. A presto!"),
  ("rem",))
P("good_invitation", "it", "Matthew Holt", "Head of FP&A EMEA | Northgate Foods Italia", "Milano",
  ("inv", "Hi Alex, fellow finance expat in Milan here. A handful of us CFOs and FP&A heads meet for an aperitivo on the first Thursday of the month "
          "near Porta Nuova, no agenda, just comparing notes on Italian payroll, tax audits and banks. You'd be very welcome."),
  nl="en")
P("good_invitation", "it", "Arianna Pozzi", "Dottoranda in Economia Aziendale | Università degli Studi di Milano", "Milano",
  ("inv", "Gentile dottore, sono una dottoranda e studio come le medie imprese lombarde hanno gestito il caro-energia nei budget 2023-2024. "
          "Mi permetterebbe un'intervista di 30 minuti? Le invierò la tesi completa appena discussa. Grazie per l'attenzione."),
  ("rem",))
cur("Gennaro Esposito", "Martina Ricci", "Arianna Pozzi", "Federica Colombo")
old("Lorenzo De Santis")


# =============================================================== default_invitation
P("default_invitation", "it", "Davide Longo", "Consulente | Finanza agevolata e bandi", "Bari", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Stefania Grasso", "Impiegata amministrativa", "Lodi", ("inv", NONOTE))
P("default_invitation", "it", "Antonio Caruso", "Agente di commercio | Forniture industriali", "Salerno", ("inv", DEFAULT))
P("default_invitation", "it", "Ilaria Fontana", "Sales Specialist | Noleggio a lungo termine", "Padova", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Roberto Galli", "Account Executive | TesoriaCloud – la cassa in tempo reale", "Milano",
  ("inv", "Buongiorno dott. Morgan, aiutiamo i CFO delle aziende manifatturiere a vedere la liquidità di tutte le banche in un'unica dashboard, "
          "aggiornata ogni ora. Le andrebbe una demo di 20 minuti la prossima settimana? Cordiali saluti"))
P("sales_invitation", "it", "Vincenzo Amato", "Consulente senior | Bonus&Crediti Consulting", "Caserta",
  ("inv", "Salve Alex, mi occupo di crediti d'imposta per ricerca e sviluppo e transizione 5.0: rispetto ai consulenti tradizionali recuperiamo "
          "in media il 30% in piu e ci paghiamo solo a successo. Ci facciamo una call conoscitiva?"),
  ("rem",))
P("sales_invitation", "it", "Giorgia Marchi", "Private Banker | Banca Meridiana Private", "Roma",
  ("inv", "Buongiorno Alex, seguo dirigenti del settore industriale nella pianificazione patrimoniale e nel passaggio generazionale. "
          "Sarebbe disponibile per un caffè conoscitivo quando passo da Milano?"),
  ("rem",))
P("sales_invitation", "it", "Tommaso Bellini", "Growth Manager | LeadForge Italia", "Torino",
  ("inv", "ciao alex, generiamo lead B2B qualificati per aziende manifatturiere: 30 appuntamenti al mese garantiti o non paghi. "
          "ti mando un case study? e gratis"))
P("sales_invitation", "it", "Paola Testa", "Executive Coach | Da tecnico a leader", "Firenze",
  ("inv", "Gentile Alex, accompagno i direttori finanziari nel passaggio da ruolo tecnico a ruolo di leadership. Il mio percorso in sei sessioni "
          "ha già aiutato oltre 40 CFO. La prima sessione esplorativa è in omaggio: quando avrebbe mezz'ora?"))
cur("Vincenzo Amato", "Tommaso Bellini")
old("Giorgia Marchi")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Marco Ferretti", "Fondatore | CFO Circle Lombardia", "Milano",
  ("inv", "Alex, sto mettendo in piedi un gruppo ristretto di direttori finanziari lombardi: una colazione al mese, confronto tra pari, zero slide. "
          "Mi farebbe piacere averti tra noi."),
  ("msg", "Grazie per aver accettato! Ti racconto meglio chi sono: oltre al Circle, con il mio studio affianchiamo soci e dirigenti nella gestione "
          "del patrimonio personale e nella previdenza integrativa. Ti andrebbe un incontro per farti vedere come lavoriamo? Posso passare io da te in ufficio.", (3, 12)),
  ("msg", "Alex, ti ricontatto per quell'appuntamento: giovedì o venerdì mattina ti torna meglio? Ti porto anche una simulazione sul tuo TFR.", (6, 15)))
P("bait_and_switch_invitation", "it", "Salvatore Cuomo", "Dottore commercialista | Formatore OIC", "Napoli",
  ("inv", "Buonasera Alex, a Napoli teniamo un piccolo gruppo di studio gratuito sul nuovo OIC 34 sui ricavi: ci si vede online il martedì sera "
          "e si condividono casi veri. Vuoi unirti anche tu? Siamo una dozzina, tutti del mestiere."),
  ("msg", "Caro Alex, che piacere averti nel gruppo! Ti scrivo perché con la mia società distribuiamo un software che automatizza proprio la "
          "contabilizzazione dei ricavi secondo l'OIC 34, abbonamento annuale da 6.000 euro. Ci organizziamo una call la prossima settimana per la demo?"))
P("bait_and_switch_invitation", "it", "Elena Barbieri", "Community Manager | Finance Leaders Hub Italia", "Bologna",
  ("inv", "Buongiorno Alex, abbiamo scritto con 12 CFO italiani una guida gratuita su come chiudere il bilancio mensile in 5 giorni lavorativi. "
          "Se le interessa gliela mando volentieri in pdf, senza registrazioni."),
  ("msg", "Ecco la guida promessa! E se volesse applicare il metodo in azienda, il nostro team propone un affiancamento di tre mesi "
          "a 9.500 euro + IVA. Posso prepararle un preventivo su misura per Example Industries?", (2, 8)),
  ("msg", "Buongiorno Alex, le riscrivo per il preventivo: a dicembre abbiamo ancora uno slot libero per l'avvio. Mi fa sapere entro venerdì?"))
P("bait_and_switch_invitation", "it", "Andrea Pellegrini", "Finance Manager | Appassionato di capitale circolante", "Roma",
  ("inv", "Ciao Alex, da collega a collega: sto raccogliendo opinioni tra CFO su come state gestendo il circolante con i tassi ancora alti. "
          "Mi daresti 10 minuti per un parere? In cambio ti giro i risultati del sondaggio."),
  ("msg", "Grazie mille per le risposte, preziosissime! Te la dico papale papale: lavoro per una società di factoring e con un portafoglio crediti "
          "come il vostro potremmo liberarvi parecchia cassa. Ti mando una proposta?"),
  ("msg", "Aò Alex, hai visto la proposta? Guarda che le condizioni valgono fino a fine mese, poi la banca le rivede.", (4, 10)))
P("bait_and_switch_invitation", "it", "Hannah Price", "Partner | Alpine Wealth Partners, Lugano", "Lugano",
  ("inv", "Hi Alex, let's connect as fellow finance leaders on the Milan-Lugano corridor. I host a small quarterly roundtable for CFOs on cross-border "
          "topics and I'm always glad to add thoughtful people to it."),
  ("msg", "Thanks for connecting, Alex. Beyond the roundtable, my day job is helping senior executives structure their wealth between Italy and "
          "Switzerland, and many CFOs overlook what the new residence rules could mean for them. Would you be open to a confidential 30-minute call?"),
  nl="en")
cur("Salvatore Cuomo", "Andrea Pellegrini", "Hannah Price")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Fabio Marini", "Ricercatore | Osservatorio Finanza PMI", "Milano",
  ("inm", "Questionario sull'accesso al credito", "Gentile dottore, stiamo conducendo una ricerca sull'accesso al credito delle medie imprese lombarde. "
          "Le chiederei dieci minuti per un breve questionario; in cambio Le invieremo il rapporto finale in anteprima. Cordiali saluti, Fabio Marini"),
  ("inm", "Rapporto e una proposta", "Gentile dott. Morgan, grazie per aver compilato il questionario. Dalle Sue risposte emergono margini per migliorare "
          "il rating bancario dell'azienda: il nostro servizio di advisory sul merito creditizio costa 4.800 euro l'anno. Posso fissarLe un incontro con un nostro consulente?"))
P("bait_and_switch_inmail", "it", "Carmela Iovine", "Controller | Settore aerospaziale", "Pomigliano d'Arco",
  ("inm", "Un dubbio sul consolidato", "Ciao Alex, scusa se ti scrivo senza conoscerti, faccio la controller in un'azienda di Pomigliano. "
          "Ho un dubbio su come trattare i contributi 4.0 nel consolidato: tu come li hai gestiti? Mi faresti un favore enorme."),
  ("inm", "Grazie!", "Grazie mille, spiegazione chiarissima! Ti dico la verità: da qualche mese collaboro anche con una compagnia assicurativa "
          "e seguo le polizze key man e D&O per dirigenti. Facciamo un check delle tue coperture? Ci vuole mezz'ora, anche su Teams."),
  ("inm", "Ti riscrivo", "Alex, ti avevo scritto per il check delle polizze. Questo mese la compagnia regala la prima annualità della tutela legale, "
          "fammi sapere che ti preparo il preventivo."))
P("bait_and_switch_inmail", "it", "Riccardo Serra", "Head of Events | ConsoliData", "Torino",
  ("inm", "Webinar gratuito: chiusure trimestrali IFRS", "Buongiorno Alex, giovedì 18 alle 17 teniamo un webinar gratuito sulle chiusure trimestrali "
          "IFRS con due CFO di società quotate, che porteranno i loro calendari di chiusura. Le riservo un posto?"),
  ("inm", "Dopo il webinar", "Grazie per aver partecipato! Come anticipato in chiusura, il nostro software di consolidato è in promozione fino a fine trimestre: "
          "licenza a -25% per chi ha seguito il webinar. Posso mandarle il preventivo?"))
cur("Carmela Iovine", "Riccardo Serra")


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Giuseppe Romano", "Analista finanziario | In cerca di nuove sfide", "Roma",
  ("end",), ("end",),
  ("msg", "Aò Alex, t'ho confermato {skill} e pure un paio d'altre, te le meriti tutte. Me ricambi er favore su 'Analisi di bilancio' e 'Due diligence'? "
          "Sto a cambià lavoro e fa comodo. Grazie, daje!"))
P("endorse_me_back", "it", "Alessia Moretti", "Revisore legale | Senior Auditor", "Brescia",
  ("end",),
  ("msg", "Gentile Alex, ho avuto il piacere di confermare le Sue competenze in {skill}. Le sarei molto grata se volesse fare altrettanto per me "
          "su 'Revisione legale' e 'Principi contabili OIC': sto aggiornando il profilo in vista di una selezione. La ringrazio anticipatamente. Cordiali saluti"))
P("endorse_me_back", "it", "Ciro Albanese", "Addetto contabilità | Cerco lavoro a Milano", "Napoli",
  ("end",), ("end",),
  ("msg", "Uè Alex! T'aggio dato 'na conferma su {skill}, te la meriti proprio. Mo' però fammi 'nu piacere tu: mi confermi 'Contabilità generale' e 'Excel'? "
          "Stongo cercando lavoro su Milano e ogni conferma aiuta. Grazie assaje, guagliò!"))
P("endorse_me_back", "it", "Laura Gentile", "Junior Controller", "Monza",
  ("end",),
  ("msg", "ciao alex ti ho confermato per {skill}!! se ti va ricambi su budgeting e reporting? cosi mi sale un pò il profilo, grazie mille e buon lavoro"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Luca Ferrara", "Energy Manager | Energia Chiara", "Bergamo",
  ("inv", "Buongiorno Alex, aiuto le aziende energivore a ridurre la bolletta fino al 25% con contratti di fornitura su misura. Confrontiamoci?"),
  ("rem",),
  ("inm", "Nessuna risposta", "Alex, vedo che ha ignorato la mia richiesta. Le dico solo una cosa: la maleducazione non fa curriculum. "
          "Un minimo di rispetto per chi lavora non costa niente. Saluti."))
P("hostility_after_decline", "it", "Massimo Coppola", "Imprenditore | Import-export", "Roma",
  ("inv", DEFAULT),
  ("inm", "Ma dai", "Aò, manco 'n clic per accettà? Ma chi te credi d'esse, er presidente della Consob? Ste arie da milanese so' proprio ridicole. Statte bene."))
P("hostility_after_decline", "it", "Dott.ssa Patrizia Valli", "Dottore commercialista | Operazioni straordinarie", "Brescia",
  ("inv", "Gentile dott. Morgan, sono commercialista a Brescia e mi occupo di operazioni straordinarie. Sarei lieta di inserirLa nella mia rete professionale."),
  ("rem",),
  ("inm", "Il Suo silenzio", "Egregio dott. Morgan, prendo atto che non ha ritenuto di rispondere alla mia richiesta di collegamento, nonostante i "
          "numerosi contatti in comune. Trovo il Suo comportamento poco professionale e, mi permetta, scortese nei confronti di una collega. Distinti saluti."))
P("hostility_after_decline", "it", "Pasquale D'Angelo", "Titolare | Trasporti D'Angelo", "Nola",
  ("inv", "Alex buongiorno, mi piacerebbe collegarmi con te, lavoro nella logistica e magari un domani facciamo qualcosa insieme."),
  ("inm", "???", "Ma scusa, ti ho chiesto solo 'nu collegamento, mica 'e sorde. Sta superbia nun 'a capisco proprio. Vergognati, che figura."))
P("hostility_after_decline", "it", "Enrico Bassi", "Credit Manager", "Varese",
  ("inv", "Ciao Alex, ci siamo visti al meeting ANDAF di marzo, ti aggiungo volentieri"),
  ("rem",),
  ("inm", "grazie tante", "visto che non accetti te lo dico: sei proprio un arrogante. ci siamo stretti la mano e adesso fai finta di non conoscermi?? "
          "complimenti perche di gente cosi ne ho vista tanta, poi il mondo e piccolo"))
old("Luca Ferrara")


# =============================================================== hostility_connection
P("hostility_connection", "it", "Daniele Fabbri", "Business Developer | RecuperaSubito – recupero crediti B2B", "Rimini",
  ("msg", "Ciao Alex, come va? Ti scrivo per il nuovo servizio di recupero crediti che abbiamo lanciato: fee solo sul recuperato, tempi medi 60 giorni. "
          "Ti mando la brochure?"),
  ("msg", "Alex? Ti ho scritto tre settimane fa e nemmeno un 'no grazie'. Poi vi lamentate che i fornitori non vi rispettano. "
          "Tipico dei manager che si sentono arrivati. Buona giornata.", (18, 30)))
P("hostility_connection", "it", "Nicoletta Rizzi", "Sales Manager | Payroll in outsourcing", "Milano",
  ("acc",),
  ("msg", "Grazie per avermi aggiunta, Alex! Visto che ci siamo conosciuti al salone, ti ripropongo il nostro servizio di elaborazione paghe in outsourcing "
          "per aziende sopra i 200 dipendenti. Fissiamo un meeting a ottobre?"),
  ("msg", "Alex, mi hai invitato tu e poi sparisci dopo la prima proposta? Sinceramente lo trovo poco serio. Un riscontro si dà, per educazione. "
          "Ti tolgo dai contatti, non ti preoccupare."))
P("hostility_connection", "it", "Gianluca Orlando", "Consulente flotte aziendali | Noleggio a lungo termine", "Roma",
  ("msg", "Alex ciao, c'ho un'offerta sul noleggio a lungo termine per le flotte aziendali che te la raccomando: 20% sotto listino sulle ibride. Se te va ne parlamo."),
  ("msg", "Te riscrivo perché l'offerta scade venerdì, poi i prezzi tornano su."),
  ("msg", "Allora? Manco 'na risposta. Guarda che a fa' i fenomeni so' capaci tutti. Te saluto, va'."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Serena Costa", "Consulente assicurativa | Rischi aziendali e D&O", "Monza",
  ("msg", "Buongiorno Alex, ti segnalo la nostra nuova polizza D&O pensata per amministratori e CFO: copre anche le responsabilità fiscali personali. "
          "Ti preparo un preventivo senza impegno?"),
  ("msg", "Ciao Alex, ti ricontatto per la D&O: mi restano due slot per un check-up gratuito delle coperture aziendali questo mese."),
  ("msg", "Ultimo messaggio, promesso: se vuoi ti mando una simulazione del premio per Example Industries, mi basta il fatturato."))
P("connection_only_pitches", "it", "Matteo Sartori", "Sales Engineer | GestioNext ERP", "Reggio Emilia",
  ("msg", "Alex buongiorno! E uscita la nuova release del nostro gestionale in cloud: chiusure mensili in 3 giorni e integrazione diretta con lo SDI "
          "per la fatturazione elettronica. Ti organizzo una demo con il nostro pre-sales?"),
  ("msg", "Ciao Alex, ti lascio il link al webinar di presentazione della release. Dopo, se vuoi, ti preparo un'offerta dedicata con la migrazione inclusa."))
P("connection_only_pitches", "it", "Kevin Walsh", "Partner Development | TransAtlantic Leads", "Boston",
  ("msg", "Hi Alex, we help Italian manufacturers land US distributors: 12 qualified meetings in 90 days or you don't pay. Open to a quick call?"),
  ("msg", "Alex, bumping this up. Happy to share how we did it for a valve maker near Brescia."),
  nl="en")
cur("Matteo Sartori")


# =============================================================== single_pitch
P("single_pitch", "it", "Elisa Ferri", "Community Lead | Spazio Porta Romana Coworking", "Milano",
  ("msg", "Ciao Alex! Abbiamo aperto un nuovo coworking in Porta Romana con sale meeting fino a 40 persone. Per le aziende della nostra rete c'è "
          "il 15% di sconto sul primo anno: passi a fare un giro?"))
P("single_pitch", "it", "Dott. Ugo Marchetti", "Partner | Marchetti Tax & Legal", "Milano",
  ("msg", "Gentile dott. Morgan, mi permetto di scriverLe per presentarLe i servizi del nostro studio in materia di transfer pricing e documentazione "
          "nazionale. Saremmo lieti di formulare un'offerta per Example Industries. Resto a disposizione per un incontro. Cordiali saluti."))
P("single_pitch", "it", "Rosa Cirillo", "Event Manager | Costiera Eventi", "Sorrento",
  ("msg", "Alex buongiorno! Con la nostra agenzia organizziamo convention ed eventi aziendali, anche in Costiera. Se state pensando alla convention "
          "di fine anno ti faccio un preventivo in 48 ore 😊"))
old("Dott. Ugo Marchetti")


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Stefano Greco", "CFO | Gruppo Meccanico Brianzolo", "Lecco",
  ("msg", "Alex, ti giro il file che usavamo in Meccanotecnica per il rolling forecast: l'ho ripulito e aggiornato con le macro nuove. Usalo come vuoi, "
          "magari ti risparmia qualche serata sul budget."),
  ("msg", "ps: c'e un errore nel foglio cambi, ho caricato la versione corretta nella stessa cartella. scusa!", (1, 4)))
P("connection_brings_value", "it", "Valentina Conti", "Dottore commercialista | Commissione bilancio ODCEC Milano", "Milano",
  ("end",),
  ("msg", "Ciao Alex, l'Ordine organizza un corso gratuito sulla rendicontazione di sostenibilità per le PMI: quattro incontri online, validi per la "
          "formazione continua. Mi avevi detto che dovevate cominciare a ragionarci, ecco il link per iscriversi."))
P("connection_brings_value", "it", "Antonella Vitale", "Responsabile Tesoreria | Porto di Napoli Servizi", "Napoli",
  ("msg", "Alex, t'aggio trovato chi ti può aiutare con il cash pooling della filiale in Tunisia: è Mario Esposito, tesoriere in un gruppo ferroviario, "
          "l'ha fatto due anni fa con le stesse banche. Gli ho già parlato di te, ti scrive lui in settimana. Fammi sapere com'è andata!"))
P("connection_brings_value", "it", "Paolo Bianchi", "Partner | Studio Bianchi Revisori", "Roma",
  ("msg", "Ahò Alex, quella domanda sull'IFRS 16 che m'hai fatto a pranzo: ho sentito il nostro technical partner e t'ho messo tutto in due paginette, "
          "te le mando per mail. In sintesi: la proroga la tratti come modifica del contratto, non come contratto nuovo. Daje!"),
  ("msg", "Dimenticavo: il 3 ottobre in studio c'è la colazione gratuita sulle novità IFRS, aperta a tutti, mica solo ai clienti. Se vuoi venire ti metto in lista, er caffè lo offro io."))
cur("Valentina Conti")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Carlo Rinaldi", "Partner | Rinaldi & Associati Executive Search", "Milano",
  ("inm", "Ricerca riservata – CFO gruppo alimentare", "Gentile dott. Morgan, seguiamo per conto di un gruppo alimentare familiare del Nord-Est "
          "(circa 600 milioni di fatturato) la ricerca del nuovo Chief Financial Officer, a riporto dell'amministratore delegato. Il Suo nominativo "
          "ci è stato indicato da un contatto comune. Sarebbe disponibile per un primo colloquio, anche telefonico? Cordiali saluti, Carlo Rinaldi"))
P("stranger_inmail_recruiter", "it", "Sara Monti", "HR Business Partner | Gruppo Ottico Dolomiti", "Belluno",
  ("inm", "Finance Director divisione retail", "Ciao Alex, cerco un Finance Director per la nostra divisione retail, sede a Milano, ibrido con tre giorni "
          "in ufficio. Team di 15 persone, focus forte su controllo di gestione e pianificazione. Ti andrebbe una prima chiacchierata senza impegno?"))
P("stranger_inmail_recruiter", "it", "Rebecca Hill", "Senior Recruiter | Northgate Talent Partners", "London",
  ("inm", "Interim CFO – Lombardy, 9 months", "Hi Alex, I'm hiring an interim CFO for a UK-owned industrial business in Lombardy while they search for a "
          "permanent lead. Nine-month assignment, competitive day rate, start in January. Your Italian GAAP to IFRS conversion experience is exactly "
          "what the board asked for. Could we speak this week?"),
  nl="en")
cur("Sara Monti")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Giacomo Rossetti", "Analista costi bancari | Revisione Condizioni Bancarie", "Treviso",
  ("inm", "Commissioni bancarie non dovute", "Gentile dottore, analizziamo estratti conto e condizioni bancarie delle aziende e in media troviamo "
          "il 18% di commissioni non dovute. Il nostro compenso è una percentuale di quanto recuperato. Posso chiamarLa martedì mattina?"),
  ("inm", "Le riscrivo", "Gentile dott. Morgan, mi permetto di ricontattarLa: l'analisi preliminare è gratuita e richiede 15 giorni. Resto in attesa di un Suo cenno."))
P("stranger_inmail_sales", "it", "Debora Lanza", "Project Manager | Traduzioni Finanziarie Lanza", "Genova",
  ("inm", "info", "salve, siamo un'agenzia di traduzioni tecniche e finanziarie, traduciamo bilanci e relazioni in 24 lingue a prezzi super competitivi. "
          "posso mandarle il listino? grazie e buona giornata"))
P("stranger_inmail_sales", "it", "Luigi Marras", "Commerciale | Sole Sardo Energia", "Cagliari",
  ("inm", "Il vostro tetto a Lodi", "Alex buongiorno, ho visto che Example Industries ha uno stabilimento a Lodi con parecchia superficie di copertura. "
          "Installiamo impianti fotovoltaici in formula PPA, zero investimento iniziale e prezzo dell'energia bloccato per 15 anni. Ci sentiamo un quarto d'ora?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Francesca Leone", "Partner | Boutique ESG Advisory", "Milano",
  ("inv", "Ciao Alex, coordino un gruppo di lettura tra CFO milanesi: ogni mese prendiamo un bilancio vero e lo smontiamo insieme. Il prossimo è "
          "un bilancio di sostenibilità. Vieni? Gratis, basta presentarsi."),
  ("msg", "Bellissima serata ieri, grazie per il tuo intervento sulla doppia materialità! Ti allego il verbale e le slide del caso, girale pure al tuo team."),
  ("msg", "Alex, ti scrivo per una cosa diversa: con la boutique seguiamo la prima rendicontazione CSRD di diverse aziende come la vostra. "
          "Vi preparo un'offerta per la gap analysis? Chiavi in mano sono 12.000 euro, e per chi viene al gruppo facciamo uno sconto.", (15, 40)))
P("good_turns_ugly", "it", "Gabriele Fumagalli", "Controller di gruppo | Metalmeccanica Lariana", "Lecco",
  ("inv", "Buonasera Alex, sono il controller di un gruppo metalmeccanico di Lecco. Avrei un dubbio su come contabilizzate i certificati bianchi: "
          "posso farti una domanda veloce?"),
  ("msg", "Grazie davvero per la risposta dettagliata, ci hai tolto un bel problema col revisore. Se ti serve un contatto in Confindustria Lecco chiedi pure."),
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato su {skill}. Una cortesia: mi confermeresti anche tu 'Bilancio consolidato' e 'Controllo di gestione'? "
          "Sto preparando il profilo per una posizione da CFO e mi darebbe una bella spinta."))
P("good_turns_ugly", "it", "Roberta Villa", "Segretaria generale | Associazione Revisori Brianza", "Monza",
  ("inv", "Gentile Alex, il 21 marzo la nostra associazione tiene a Monza un seminario gratuito sul codice della crisi d'impresa, accreditato per la "
          "formazione dei revisori legali. Se le fa piacere le riservo un posto in prima fila."),
  ("msg", "Grazie per la partecipazione di ieri! Come promesso le mando le slide dei relatori e il link alla registrazione."),
  ("msg", "Buongiorno Alex, approfitto del contatto: il nostro studio offre un servizio di monitoraggio degli indicatori di crisi con un canone di "
          "350 euro al mese. Posso mostrarle una simulazione sui vostri dati di bilancio?", (10, 30)))
cur("Francesca Leone", "Roberta Villa")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Emanuele Guerra", "Key Account | SpeseSmart – note spese digitali", "Torino",
  ("inm", "Note spese in 5 minuti", "Buongiorno Alex, il nostro software per le note spese fa risparmiare all'amministrazione in media 20 ore al mese. "
          "Le interesserebbe una prova gratuita di 30 giorni?"),
  ("inv", "Ciao Alex, ho letto il tuo post sull'aumento dei costi logistici e mi è piaciuto molto. Mi farebbe piacere essere in contatto."))
P("reinvite_known_bad", "it", "Noemi Pace", "Relationship Manager | Pagamenti digitali", "Milano",
  ("inv", DEFAULT),
  ("inv", "Salve Alex, ci siamo incrociati al Salone dei Pagamenti: restiamo in contatto?"))
P("reinvite_known_bad", "it", "Cristian Mele", "Consulente | Finanza agevolata Sud", "Lecce",
  ("inv", "Buongiorno Alex, le propongo un check gratuito dei bandi regionali a cui Example Industries può accedere: noi curiamo la domanda "
          "e la rendicontazione, compenso a successo. Le mando la brochure?"),
  ("inv", "Ciao Alex! Ho visto che sei stato relatore al convegno ANDAF di Bologna, complimenti per l'intervento. Colleghiamoci?"))
old("Noemi Pace")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Alberto Marino", "Fleet Consultant | Mobilità aziendale", "Milano",
  ("inv", "Alex, ti propongo un'analisi gratuita del vostro parco auto aziendale: di solito troviamo un 15% di risparmio sul costo totale."),
  ("inm", "Grazie per niente", "Va be', ho capito. Chi non risponde ai fornitori poi si lamenta dei prezzi. Certa gente non cambia mai, complimenti per lo stile."),
  ("inv", "Buon anno Alex! Ripartiamo da zero? Mi farebbe piacere averti tra i contatti."))
P("reinvite_known_ugly", "it", "Dario Ruggiero", "Dottorando in Finanza aziendale | Consulente finanziario", "Caserta",
  ("inm", "Ricerca sul cash management", "Buongiorno, sono un dottorando in finanza aziendale e sto scrivendo un lavoro sul cash management nelle medie "
          "imprese. Potrei farle tre o quattro domande? Bastano 15 minuti."),
  ("inm", "Grazie!", "Grazie davvero per le risposte. Le confesso che lavoro anche come consulente finanziario: avrei un'idea per investire "
          "la liquidità in eccesso dell'azienda con rendimenti migliori del conto deposito. Ne parliamo a voce?"),
  ("inv", "Gentile Alex, vorrei aggiungerla alla mia rete, magari ci confrontiamo ogni tanto sui temi di tesoreria."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Irene Castelli", "Sales Director | FactorPiù Supply Chain Finance", "Milano",
  ("acc",),
  ("msg", "Grazie del collegamento, Alex! Visto che ci siamo conosciuti al Forum della Finanza, ti segnalo che la nostra piattaforma di reverse factoring "
          "ora è aperta anche ai fornitori sotto il milione. La vediamo in una call da 20 minuti?"))
P("user_invited_pitch_once", "it", "Michele Basile", "Partner | Outsourcing contabile internazionale", "Roma",
  ("acc",),
  ("msg", "Ciao Alex, grazie pe' l'invito, è stato un piacere conoscerte a Roma. Già che ce semo: facciamo la contabilità in outsourcing per gruppi "
          "con filiali estere. Se te serve te preparo n'offerta."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Valerio Santoro", "Formatore | Excel e Power BI per l'amministrazione", "Bologna",
  ("acc",),
  ("msg", "Grazie per l'invito, Alex! Ti lascio il catalogo dei nostri corsi di Excel avanzato e Power BI per team amministrativi, con uno sconto "
          "riservato alle aziende della mia rete."),
  ("msg", "Ciao Alex, hai avuto modo di sfogliare il catalogo? Per gruppi da 8 persone in su facciamo anche formazione in azienda: fissiamo una call per il preventivo?"))
P("user_invited_pitch_twice", "it", "Camilla Ferraro", "Account Manager | Cybersecurity per PMI", "Padova",
  ("acc",),
  ("msg", "Ciao Alex, piacere di esserci collegati! Lavoro per una società di cybersecurity: facciamo penetration test e formazione anti-phishing per "
          "gli uffici amministrativi, i più colpiti dalle truffe del finto CEO. Ti interessa un incontro?"),
  ("msg", "Buongiorno Alex, ti ricontatto per il pacchetto anti-frode: a novembre c'è una promozione per le aziende lombarde. Ci aggiorniamo con una call?"))
cur("Camilla Ferraro")


# =============================================================== user_invited_value
P("user_invited_value", "it", "Giovanni Fiore", "CFO | Gruppo Logistico Padano", "Piacenza",
  ("acc",),
  ("msg", "Grazie per l'invito! Come ti dicevo al convegno, ti allego il nostro modello per il test trimestrale dei covenant: l'abbiamo costruito "
          "con la banca agente e funziona benissimo. Prendilo pure, e se qualcosa non torna chiamami."))
P("user_invited_value", "it", "Marta Gallo", "Ricercatrice | Osservatorio Fintech, Politecnico di Milano", "Milano",
  ("acc",),
  ("msg", "Buongiorno Alex e grazie per il collegamento! Ecco il link alla registrazione del workshop dell'Osservatorio sui pagamenti B2B di cui "
          "parlavamo, accesso libero. In fondo alla pagina trova anche il report completo in pdf."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Beatrice Lombardi", "Direttrice Finanziaria | Lanificio Biellese", "Biella", ("acc",))
P("acceptance_only", "it", "Ivan Pagano", "Senior Manager, Audit | Big Four", "Milano", ("acc",))
P("lone_endorsement", "it", "Sofia De Luca", "Ex collega | Accounts Payable Specialist", "Milano", ("end",))
P("lone_endorsement", "it", "Nicola Parisi", "Controller | Gruppo Alberghiero Adriatico", "Pescara", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Stefano Greco", "stefano.greco@gmb-lecco.example", "Il file del forecast",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn, ma per sicurezza il file te lo allego qui. La password è quella solita del vecchio team.\n\nStefano", "it"),
    ("Ufficio Personale", "hr@exampleindustries.example", "Aggiornamento profili LinkedIn aziendali",
     "Gentili colleghi,\n\ncon il nuovo logo vi chiediamo di aggiornare l'immagine di copertina del vostro profilo LinkedIn entro fine mese. "
     "Trovate i file nella intranet.\n\nUfficio Personale", "it"),
    ("IT Helpdesk", "helpdesk@exampleindustries.example", "Attenzione: finti inviti LinkedIn",
     "Buongiorno a tutti,\n\ncircolano email che imitano gli inviti di LinkedIn e rimandano a pagine di login false. Non inserite le credenziali "
     "e inoltrate i messaggi sospetti a sicurezza@exampleindustries.example.\n\nGrazie,\nIT Helpdesk", "it"),
    ("ANDAF Segreteria", "segreteria@andaf.example", "Convegno nazionale: programma e iscrizioni",
     "Gentile socio,\n\nè online il programma del convegno nazionale di Bologna. Seguiteci sulla pagina LinkedIn dell'associazione per gli aggiornamenti in diretta.", "it"),
    ("Marco Villa", "m.villa@talentbridge.example", "Il Suo profilo LinkedIn – posizione CFO",
     "Gentile dott. Morgan,\n\nho trovato il Suo profilo su LinkedIn e vorrei sottoporLe in via riservata una posizione di CFO in un gruppo della "
     "meccanica strumentale. Mi farebbe sapere quando possiamo sentirci?\n\nCordiali saluti\nMarco Villa", "it"),
    ("Amazon.it", "conferma-spedizione@amazon.example", "Il tuo ordine è stato spedito: «LinkedIn per professionisti»",
     "Ciao Alex, il tuo pacco è in viaggio e arriverà giovedì.", "it"),
    ("Federica Colombo", "f.colombo@andaf.example", "Incontro del 14 novembre – modulo di iscrizione",
     "Gentile dott. Morgan,\n\nLe ho scritto anche su LinkedIn; Le inoltro qui il modulo per l'incontro gratuito del 14 novembre in Assolombarda.\n\n"
     "Cordiali saluti\nFederica Colombo", "it"),
    ("Giulio Brambilla", "giulio.brambilla@example.net", "Fwd: Voglio collegarmi",
     "Alex, 'sto tizio ha scritto anche a te? A me sembra il solito venditore di polizze travestito.\n\n---------- Messaggio inoltrato ---------\n"
     "Da: Marco Ferretti via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nGiulio, sto mettendo in piedi un gruppo ristretto di direttori finanziari...", "it"),
    ("Calendario Outlook", "calendar@exampleindustries.example", "Invito: revisione profilo LinkedIn con Comunicazione @ mer 15:00",
     "Sei stato invitato a: revisione profilo LinkedIn con Comunicazione\nQuando: mercoledì 15:00 – 15:30\nOrganizzatore: comunicazione@exampleindustries.example", "it"),
    ("ODCEC Milano – Formazione", "formazione@odcec-milano.example", "Nuovi eventi formativi gratuiti",
     "Gentile iscritto,\n\nsono aperte le iscrizioni ai nuovi eventi gratuiti validi per la formazione professionale continua. "
     "Segui la pagina LinkedIn dell'Ordine per restare aggiornato.", "it"),
    ("Paolo Bianchi", "p.bianchi@studiobianchi.example", "IFRS 16 – le due paginette",
     "Ahò Alex,\n\neccole qua, le due paginette di cui t'ho scritto su LinkedIn. Se qualcosa non torna chiamami pure.\n\nPaolo", "it"),
    ("Banca Meridiana", "avvisi@bancameridiana.example", "Avviso di sicurezza: false offerte di lavoro su LinkedIn",
     "Gentile cliente,\n\ntruffatori usano false offerte di lavoro su LinkedIn per reclutare prestanome. Non accetti mai di ricevere o trasferire denaro per conto di sconosciuti.", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot thirty-seventh development corpus (dev37). Generated by scripts/make_corpus_dev37.py (seed {SEED}); do not edit by hand.",
          "# An Italian inbox: Alex as CFO of a Milanese manufacturer; all LinkedIn wording Italian; notes in formal and casual Italian, "
          "Neapolitan and Roman turns of phrase, English loanwords, typos and missing accents, a few in English. Same format as tests/corpus/dev."]


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    assert set(ERAS) <= set(names), set(ERAS) - set(names)


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev37", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
