#!/usr/bin/env python3
"""Write mailbot's 108th, independent development corpus: tests/corpus/dev108/*.eml + expected.toml.

The angle: the user Alex is a partner in an accounting and tax firm in Turin ("Studio Morgan
Gribaudo & Associati") with a second office in Bologna. Their LinkedIn world: vendors of
practice software, e-invoicing, archiving and AI bookkeeping; small businesses looking for an
accountant (a bakery, a ceramics maker, a foreign group opening a branch); trainees looking
for the 18-month traineeship, students and young accountants; the professional order
(ODCEC) and its training credits (FPC), free evenings against paid accredited courses; peer
accountants, auditors and notaries asking questions, sharing circulars, referring clients;
banks (a free event on regional grants, a private banker, POS and invoice financing); lead
sellers and "client acquisition" consultants; tax-credit brokers; and scammers (a fake client
who wants a fee up front, spoofed LinkedIn mail with fake F24 and invoice lures). Formal
Italian (Lei, "Egregio Dottore", "Gentile collega"), casual Piedmontese- and Emilian-flavoured
Italian ("neh", "cerea", "mo' va là", "sòccia"), and a little English from UK, Irish and
offshore writers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert and
news titles, the names, cities and headlines of spoof-only people and PYMK suggestions, the
pitches and phishing lines that spoofs carry, and LinkedIn's wording languages (Italian and
English only) are swapped for this world in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev108.py              # writes tests/corpus/dev108
    python scripts/make_corpus_dev108.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261108

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the firm's world (this process only)
mc.L["it"]["skills"] = ["Consulenza fiscale", "Bilancio", "Revisione legale", "Diritto tributario", "Operazioni straordinarie", "Crisi d'impresa"]
mc.L["en"]["skills"] = ["Tax Advisory", "Financial Statements", "Statutory Audit", "Italian Tax Law", "M&A Tax", "Corporate Restructuring"]
mc.L["it"]["rheadline"] = "Socio presso Studio Morgan Gribaudo & Associati – Dottori Commercialisti, Torino e Bologna"
mc.L["en"]["rheadline"] = "Partner at Studio Morgan Gribaudo & Associati – Chartered Accountants, Turin and Bologna"
# Alex reads LinkedIn in Italian, sometimes in English: spoofs and LinkedIn's other mail use those two.
mc.LANGS[:] = ["it", "en", "it", "it", "en"]

mc.NAMES["it"] = (["Marco", "Elisa", "Giorgio", "Cristina", "Luca", "Paola", "Franco", "Monica", "Davide", "Silvia", "Piero", "Laura", "Mauro", "Barbara", "Gabriele", "Nadia"],
                  ["Bertola", "Canavese", "Rosso", "Fassino", "Allasia", "Bonetto", "Cerutti", "Gamba", "Barbero", "Rinaldi", "Zambelli", "Lugli", "Orlandini", "Bellentani"])
mc.NAMES["en"] = (["Oliver", "Grace", "Niamh", "Callum", "Ruth", "Declan", "Amelia", "Rory", "Harriet", "Sean"],
                  ["Hollis", "Keane", "Marsden", "Quigley", "Ashby", "Turnbull", "Farrell", "Pryor", "Lowe", "Dempsey"])
mc.CITY["it"] = ["Torino", "Bologna", "Cuneo", "Asti", "Modena", "Alessandria", "Novara", "Reggio Emilia"]
mc.CITY["en"] = ["London", "Dublin", "Milan", "Turin", "Manchester", "Cork"]
mc.COMPANIES["good"] = ["ODCEC Torino", "Università di Torino", "Studio Bongiovanni", "Alpenwerk Italia", "Montanari Ceramiche", "Banca Langhe e Roero",
                        "Whitaker & Co", "Camera di Commercio di Bologna"]
mc.COMPANIES["sales"] = ["ContaPiù", "Fiscalia Suite", "DocuFisco", "Teknofisco", "ClientiPerStudi.it", "LeadPilot B2B", "Numero AI", "CreditiPronti"]
mc.HEADLINES["good"] = ["Dottore commercialista presso {co}", "Revisore legale | {co}", "Praticante commercialista presso {co}", "Responsabile amministrativa presso {co}",
                        "Tax Manager at {co}", "Consigliere dell'Ordine | {co}"]
mc.HEADLINES["sales"] = ["Area Manager studi professionali | {co}", "Business Developer presso {co}", "Account Executive at {co}", "Founder | {co}",
                         "Partnership Manager | {co}", "Consulente commerciale presso {co}"]
mc.JOBS[:] = [("Responsabile fiscale", "Alpenwerk Italia"), ("Revisore legale senior", "Auditmont Revisione"), ("Tax Manager (M&A)", "Collina & Partners"),
              ("Responsabile amministrativo e finanziario", "Pastificio Valle Belbo"), ("Dottore commercialista – sede di Bologna", "Studio Righi Montanari")]
retitle_other({
    "it": dict(job=("{n} nuove offerte per «commercialista»", "Il tuo avviso di lavoro per commercialista a {city}"),
               news="Concordato biennale: quanti hanno aderito davvero?",
               group="Conversazioni principali in Commercialisti Piemonte & Emilia",
               newsletter="Fisco in tre minuti: le scadenze di giugno"),
    "en": dict(job=("{n} new jobs for \"tax manager\"", "Your job alert for tax manager in {city}"),
               news="Are small accounting firms being bought out by private equity?",
               group="Top conversations in Italian Tax & Accounting Professionals",
               newsletter="Cross-Border VAT Notes: the June round-up"),
})

SPOOF_PITCH = {
    "it": ["Gentile {first}, è disponibile una comunicazione dell'Agenzia delle Entrate-Riscossione relativa a un suo cliente. Acceda con le credenziali LinkedIn per scaricare il PDF.",
           "Ciao {first}, ti ho condiviso il bilancio d'esercizio della srl da rivedere prima del deposito. Accedi per aprire il file.",
           "Buongiorno {first}, il pagamento della sua parcella di 4.870 € è stato sospeso. Confermi i dati bancari entro oggi per sbloccarlo."],
    "en": ["Hi {first}, I've shared the signed engagement letter with you via secure document share. Sign in to view and countersign.",
           "Dear {first}, a payment of EUR 4,870 against your invoice is on hold. Please confirm your bank details to release it.",
           "Hello {first}, our firm would like to appoint you for an urgent tax filing. Review the mandate through the link below."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.PHISH_NOTES["it"] = ["Buongiorno, le inoltro la fattura elettronica scartata dallo SdI per un suo cliente: la controlli tramite il link sicuro.",
                        "Egregio Dottore, ho urgente bisogno di un parere su un avviso di accertamento. Le ho mandato i documenti con LinkedIn Secure Share, acceda per vederli."]
mc.PHISH_NOTES["en"] = ["Hello, please find the outstanding invoice attached and confirm receipt through the secure portal.",
                        "Dear Sir, I have an urgent tax matter for your firm. The documents are on LinkedIn Secure Share, log in to review them."]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Martina Cravero", "Praticante dottore commercialista | LM Professione contabile, Università di Torino", "Torino",
  ("inv", "Buongiorno Dott. Morgan, mi sono laureata a luglio e cerco uno studio per i 18 mesi di tirocinio. So che seguite molte PMI del Canavese, "
          "che è proprio il lavoro che vorrei imparare. Posso mandarle il CV? Anche solo dieci minuti di colloquio."),
  ("rem",))
P("good_invitation", "it", "Davide Malaguti", "Dottore commercialista e revisore legale | Studio Malaguti, Modena", "Modena",
  ("inv", "Ciao Alex, ci siamo incrociati a Bologna al convegno sul concordato biennale. Ho un dubbio su come avete gestito l'adesione per i soci "
          "delle società in trasparenza: posso farti una domanda secca? Sulla composizione negoziata ricambio volentieri."))
P("good_invitation", "it", "Elena Bertolotto", "Consigliera ODCEC Torino | Commissione formazione professionale continua", "Torino",
  ("inv", "Gentile collega, il 14 marzo la Commissione formazione dell'Ordine tiene un pomeriggio gratuito sulla riforma delle sanzioni tributarie, "
          "4 crediti FPC. Cerchiamo anche un relatore che lavori sul territorio: le andrebbe di intervenire per venti minuti?"),
  ("rem",))
P("good_invitation", "it", "Gianni Zanichelli", "Titolare | Forno Zanichelli dal 1962", "Bologna",
  ("inv", "Buongiorno dottore, mo guardi, il rag. Pancaldi va in pensione a dicembre e mi ha fatto il suo nome. Ho un forno in via San Vitale con "
          "sei dipendenti e cerco chi mi tenga contabilità e paghe dall'anno prossimo. Riceve anche a Bologna?"))
P("good_invitation", "en", "Fiona Gallagher", "Tax Manager, Private Clients | Dublin", "Dublin",
  ("inv", "Hi Alex, a client of mine is moving from Dublin to Turin and wants to use the Italian impatriate regime. I'd like to refer him to someone "
          "local who knows it well, and compare notes on the Irish exit side. Would you be open to that?"),
  ("rem",))
P("good_invitation", "it", "Luca Audisio", "Responsabile Corporate, filiale di Alba | Banca Langhe e Roero", "Alba",
  ("inv", "Buongiorno Dott. Morgan, il 9 ottobre nella nostra sede di Alba un funzionario di Finpiemonte spiega ai commercialisti i nuovi bandi "
          "regionali per la transizione 5.0. Ingresso libero, accreditato dall'Ordine di Cuneo per 3 crediti. Ci farebbe piacere averla."))
P("good_invitation", "it", "Sara Ghione", "Ricercatrice in Economia aziendale | Università di Torino", "Torino",
  ("inv", "Buongiorno Dott. Morgan, con il dipartimento studiamo il passaggio generazionale negli studi professionali piemontesi. Le chiederei "
          "un'intervista anonima di quindici minuti; a chi partecipa mandiamo il rapporto finale. Mi darebbe una mano?"))


# =============================================================== default_invitation
P("default_invitation", "it", "Roberto Chiapello", "Consulente | Finanza agevolata e bandi", "Cuneo", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Claudia Righi", "Impiegata amministrativa", "Reggio Emilia", ("inv", NONOTE))
P("default_invitation", "en", "Tom Hadley", "Partner Success Manager | LedgerLoop", "London", ("inv", DEFAULT))
P("default_invitation", "it", "Fabio Operti", "Agente di commercio | Cancelleria e forniture per uffici", "Asti", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Marco Tagliavini", "Area Manager Nord-Ovest | ContaPiù – gestionali per studi professionali", "Milano",
  ("inv", "Buongiorno Dott. Morgan, seguo gli studi di Torino e provincia per ContaPiù. Con la conservazione sostitutiva integrata i collaboratori "
          "risparmiano in media sei ore a settimana. Le va se passo in studio per una demo di mezz'ora?"))
P("sales_invitation", "it", "Ivana Calabrò", "Broker assicurativo | RC professionale per commercialisti e revisori", "Torino",
  ("inv", "Salve Dottore, la sua RC professionale scade a fine anno? Con la convenzione per gli iscritti all'Ordine abbassiamo il premio anche del "
          "25% a parità di massimale. Mi giri la polizza attuale e le preparo un confronto."),
  ("rem",))
P("sales_invitation", "it", "Ryan Kowalczyk", "Head of Partnerships EMEA | Numero AI – autonomous bookkeeping", "Berlin",
  ("inv", "Hi Alex – practices like yours use Numero AI to auto-code 90% of purchase invoices straight from SdI, Italian e-invoicing out of the box. "
          "Worth a 20 min look next week? Happy to show what a 12-person firm in Milan saved."),
  nl="en")
P("sales_invitation", "it", "Stefano Gandolfi", "Fondatore | ClientiPerStudi.it – nuovi clienti per commercialisti", "Bologna",
  ("inv", "Ciao Alex! Ogni mese passiamo agli studi di Bologna e Torino 15-20 contatti di partite IVA e srl che cercano un commercialista, già "
          "qualificati al telefono. Paghi solo i contatti che ricevi. Ti spiego in una call come funziona?"))
P("sales_invitation", "en", "Valeria Gallesio", "Private Banker | Subalpina Private Banking", "Torino",
  ("inv", "Gentile Dottore, affianco i liberi professionisti nella gestione del patrimonio e nella previdenza complementare oltre la Cassa. "
          "Le offrirei volentieri un check-up gratuito del portafoglio davanti a un caffè in centro."),
  nl="it")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Paolo Borgna", "Commercialista | Promotore del gruppo Studi Under 45 Piemonte", "Torino",
  ("inv", "Cerea Alex! Sto mettendo su un gruppo di commercialisti under 45 tra Torino e Cuneo: una cena al mese, si parla di casi, praticanti, "
          "software, niente di formale neh. Per ora siamo in dodici, ti va di unirti?"),
  ("msg", "Grazie Alex, benvenuto! Ti spiego meglio: il gruppo è promosso da Fiscalia Suite, il gestionale in cloud che uso in studio. Per chi entra "
          "c'è il canone scontato del 30% il primo anno se migra entro marzo. Ti fisso una demo con il loro tecnico, così alla prossima cena ne parliamo?", (4, 12)),
  ("msg", "Alex, ci sei? La promo per i membri scade venerdì, poi si torna a listino. Se vuoi ti giro il modulo di adesione già compilato, devi solo firmare.", (6, 14)))
P("bait_and_switch_invitation", "it", "Cinzia Golinelli", "Coordinatrice | Rete Professionisti Bologna Centro", "Bologna",
  ("inv", "Buongiorno Dottore, coordino un gruppo di professionisti bolognesi, avvocati, notai, commercialisti, che si scambiano segnalazioni. "
          "Ci troviamo il primo giovedì del mese in via Indipendenza: le andrebbe di venire a conoscerci?"),
  ("msg", "Grazie per il collegamento! Colgo l'occasione: oltre al gruppo mi occupo di pianificazione patrimoniale e successoria per imprenditori, con "
          "polizze unit linked molto efficienti nel passaggio generazionale. Potremmo fare un accordo di segnalazione reciproca sui suoi clienti, "
          "le riconosco una retrocessione sulle commissioni. Quando ci vediamo per parlarne?", (10, 25)))
P("bait_and_switch_invitation", "en", "Gareth Pryce", "Founder | Cross-Border Accountants Circle", "Manchester",
  ("inv", "Alex, I run a small circle of accountants from 11 countries who swap notes on cross-border VAT and pass clients to each other. No fees, "
          "just a monthly call. We have no one in Italy yet – would you like to join?"),
  ("msg", "Welcome aboard! Quick heads-up on the next step: members are listed in our partner directory, which is £190 a month, and we route every "
          "Italian enquiry to you. Onboarding form attached – shall I put you down for the Italy slot before someone in Milan grabs it?"),
  ("msg", "Hi Alex, just checking you saw the form. I can hold the Italy listing until Friday, after that it goes to the next firm on the list.", (3, 9)))
P("bait_and_switch_invitation", "it", "Simone Trucco", "Esperto contabile | Formazione per collaboratori di studio", "Pinerolo",
  ("inv", "Buongiorno collega, sto impazzendo su un forfettario che a metà anno ha superato gli 85mila: esce subito o dall'anno dopo? Lei come lo "
          "gestisce con i clienti? Mi scusi la domanda a bruciapelo."),
  ("msg", "Grazie mille, chiarissimo, mi ha tolto un peso. Approfitto: ho lanciato un corso online per collaboratori di studio su forfettario e 730, "
          "12 ore, 149 € a testa, e se dallo stesso studio si iscrivono in più di tre c'è il 20% di sconto. Le mando il link per i suoi ragazzi?", (2, 8)))
P("bait_and_switch_invitation", "it", "Alessia Vignudelli", "Advisor crisi d'impresa | Autrice di guide per collegi sindacali", "Bologna",
  ("inv", "Buongiorno Dott. Morgan, ho scritto una guida pratica sugli adeguati assetti organizzativi dopo il Codice della crisi, pensata per i "
          "collegi sindacali. La regalo ai colleghi che la chiedono: se ci colleghiamo gliela mando."),
  ("msg", "Ecco la guida, spero le torni utile. Già che ci sono: con il mio team offriamo agli studi il monitoraggio in outsourcing degli indicatori "
          "di crisi dei loro clienti, 90 € al mese per azienda. Le farebbe comodo per le sue srl? Possiamo sentirci giovedì."),
  ("msg", "Dott. Morgan, le riscrivo perché abbiamo aperto cinque posti a tariffa di lancio per gli studi di Bologna. Gliene tengo uno?", (6, 14)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Enrico Bosio", "Partner | Studio Bosio Revisori", "Alessandria",
  ("inm", "Parere su una revisione", "Buongiorno collega, avrei bisogno di un parere informale su un incarico di revisione in una cooperativa sociale. "
          "Mi servirebbe qualcuno che conosca bene il terzo settore e mi dicono che lei ne segue parecchie. Posso chiamarla dieci minuti in settimana?"),
  ("inm", "Grazie, e una cosa in più", "Grazie ancora per la telefonata, mi è stata utile. Le scrivo anche per un'altra cosa: sono agente per il "
          "Piemonte di RevisioPro, il software per le carte di lavoro della revisione. Per chi ha incarichi nei collegi sindacali la licenza è a "
          "690 € l'anno invece di 1.100. Le attivo la prova gratuita?", (5, 15)))
P("bait_and_switch_inmail", "en", "Daniel Ashcroft", "Director of Finance | Hartwell Resources (UK) Ltd", "London",
  ("inm", "Accountant needed for our Turin branch", "Dear Mr Morgan, our group is opening a small branch office in Turin and we need a local accountant "
          "for bookkeeping, payroll and the annual return. Your firm came up as a good fit. Could you send us your engagement terms?"),
  ("inm", "Re: Accountant needed for our Turin branch", "Dear Mr Morgan, thank you, your terms are acceptable. Before we sign the engagement letter "
          "our compliance team requires every new supplier to be onboarded through our registered agent, a one-off due diligence fee of EUR 480 "
          "payable by bank transfer today. Once it clears we will pay the first quarter's retainer in advance.", (3, 8)))
P("bait_and_switch_inmail", "it", "Francesca Minelli", "Community Manager | Donne Commercialiste Emilia", "Bologna",
  ("inm", "Invito a una tavola rotonda", "Gentile Dott. Morgan, il 22 maggio a Bologna organizziamo una tavola rotonda gratuita sulla parità di genere "
          "negli studi professionali, e tra i relatori vorremmo un socio di studio che abbia fatto esperienza di part-time e congedi. "
          "Avrebbe piacere di partecipare?"),
  ("inm", "Tavola rotonda del 22 maggio – dettagli", "Grazie per la disponibilità! Per i relatori è prevista una quota di 350 € + IVA, che comprende "
          "il logo dello studio su tutti i materiali e un articolo sponsorizzato nella nostra newsletter. Le mando la proforma?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Nicola Perotti", "Consulente del lavoro | Torino", "Torino",
  ("end",), ("end",),
  ("msg", "Ciao Alex! ti ho confermato {skill} e un paio d'altre, te le meriti tutte 😄 mi faresti la cortesia di ricambiare su Paghe e contributi e "
          "Diritto del lavoro? Sto sistemando il profilo per lo studio nuovo, neh. Il caffè al prossimo convegno lo offro io!"))
P("endorse_me_back", "it", "Raffaella Casadio", "Revisore legale | Sindaco di società", "Rimini",
  ("end",),
  ("msg", "Egregio Dottore, mi sono permessa di confermare la sua competenza in {skill}. Se non le reca disturbo, le sarei grata se potesse "
          "fare altrettanto per Revisione legale e Collegio sindacale: sto cercando nuovi incarichi e il profilo conta. Cordiali saluti."))
P("endorse_me_back", "it", "Mark Feeney", "ACCA | Senior Accountant | Milano", "Milano",
  ("end",), ("end",),
  ("msg", "Alex mate, endorsed you for {skill} 👍 any chance you'd hit me back on IFRS and Consolidation? Applying for a Big Four role and apparently "
          "the recruiters actually look at this stuff."),
  nl="en")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Gianluca Marengo", "Consulente | Acquisizione clienti per professionisti", "Torino",
  ("inv", "Dott. Morgan, lavoro con diversi studi torinesi che vogliono crescere senza fare marketing. Ha un quarto d'ora questa settimana?"),
  ("rem",),
  ("inm", "Nessuna risposta", "Tre settimane e nemmeno un \"no grazie\". Poi vi lamentate che i giovani non vogliono più fare i commercialisti: "
          "con questa educazione si capisce il perché. Buon lavoro, dottore."))
P("hostility_after_decline", "it", "Marisa Pancaldi", "Amministrazione | Pancaldi Costruzioni srl", "Bologna",
  ("inv", DEFAULT),
  ("inm", "Ma come si permette", "Dottore, le ho chiesto il collegamento perché mio fratello è vostro cliente a Bologna e lei non si degna neanche "
          "di accettare. Ma chi si crede di essere? Mo' va là, siete tutti uguali voi commercialisti, buoni solo a mandare parcelle. "
          "Glielo dico io a mio fratello come tratta la gente."))
P("hostility_after_decline", "en", "Brad Thompson", "Growth Lead | TaxFlow AI", "Austin",
  ("inv", "Alex, quick q – how many hours does your team burn on F24 reconciliations every month? We've built something for exactly that."),
  ("inm", "wow", "Guess you're too important to answer. Fine. Enjoy doing reconciliations by hand like it's 1995, Alex. Some people just "
          "don't want to be helped."))
P("hostility_after_decline", "it", "Matteo Aimar", "Studente | Economia aziendale, Università di Torino", "Torino",
  ("inv", "Buonasera, sono uno studente del terzo anno e vorrei chiederle un consiglio sul percorso per diventare commercialista."),
  ("rem",),
  ("inm", "ok", "ok ho capito che per gli studenti non ha tempo. però sul sito del vostro studio c'è scritto \"crediamo nei giovani\". "
          "bella coerenza, complimenti davvero"))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Daniele Rabino", "Consulente assicurativo | Tutela legale e infortuni per professionisti", "Asti",
  ("msg", "Ciao Alex, ti scrivo da compagno di liceo (Alfieri, sezione B, te la ricordi la prof di latino?): adesso mi occupo di polizze per "
          "professionisti, tutela legale e infortuni. Ti preparo un preventivo senza impegno per te e i tuoi soci?"),
  ("msg", "Alex, ti ho mandato il preventivo per mail, gli hai dato un'occhiata? Lo sconto professionisti vale fino a fine mese."),
  ("msg", "Va bene, ho capito. Non rispondi nemmeno a uno che conosci da trent'anni. Ti tolgo dai contatti, bel modo di trattare la gente. "
          "Non ti facevo così, sinceramente.", (8, 20)))
P("hostility_connection", "it", "Loredana Viberti", "Responsabile commerciale | DocuFisco – archiviazione digitale per studi", "Novara",
  ("acc",),
  ("msg", "Grazie del collegamento, Dottore! Come le accennavo allo stand, DocuFisco porta in cloud tutto l'archivio cartaceo dello studio, "
          "scansione compresa, da 0,04 € a pagina. Le preparo un'offerta per le due sedi?"),
  ("msg", "Dottore, il contatto me l'ha chiesto lei in fiera e poi sparisce. Sinceramente la trovo una mancanza di rispetto verso chi lavora. "
          "Così non si fa.", (10, 25)))
P("hostility_connection", "en", "Kevin Marsh", "Director | Offshore Accounting Solutions (Cluj & Manila)", "Leeds",
  ("msg", "Hi Alex, Italian practices are moving their bookkeeping to our Cluj team at €12 an hour, Italian-speaking staff, GDPR compliant. "
          "Happy to run a free trial month for your Bologna office?"),
  ("msg", "Alex, you said no thanks – fair enough – but you could at least have heard me out. That attitude is exactly why Italian firms are stuck "
          "in the past. Good luck finding staff."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Roberta Manassero", "Consulente | Finanza agevolata, bandi e crediti d'imposta", "Cuneo",
  ("msg", "Buongiorno Dottore, sul nuovo bando regionale per la digitalizzazione ci sono ancora fondi: prepariamo noi la pratica per i suoi clienti "
          "e allo studio riconosciamo il 10% del success fee. Ne parliamo?"),
  ("msg", "Dottore, le ricordo che lo sportello chiude il 30. Mi manda l'elenco dei clienti che potrebbero essere interessati?"),
  ("msg", "Ultimo promemoria: abbiamo aperto anche il credito d'imposta formazione, stesse condizioni per lo studio. Quando possiamo sentirci?"))
P("connection_only_pitches", "it", "Alberto Guidetti", "Key Account | Teknofisco – fatturazione elettronica e conservazione", "Parma",
  ("msg", "Ciao Alex, ho visto che per l'invio allo SdI vi appoggiate ancora a un intermediario esterno: con la nostra piattaforma lo fai in casa "
          "a 0,09 € a fattura. Ti va una prova?"),
  ("msg", "Alex ti giro il listino 2025 per studi fino a 500 clienti. Se firmi entro il mese la migrazione è gratis."))
P("connection_only_pitches", "it", "Sophie Lang", "Partnerships | PayrollHub Europe", "Amsterdam",
  ("msg", "Hi Alex, hope Turin is treating you well! PayrollHub now covers Italian payroll end to end, CU and 770 included. Could we set up a partner "
          "call about reselling it to your clients?"),
  ("msg", "Alex, just bumping this – our partner margin is 20% recurring for the life of the client. Worth 15 minutes?"),
  nl="en")
P("connection_only_pitches", "it", "Giorgio Quaglia", "Agente immobiliare | Uffici e negozi Torino centro", "Torino",
  ("msg", "Egregio Dottore, ho in esclusiva un ufficio di 180 mq in via Pietro Micca, piano nobile, perfetto per uno studio professionale. "
          "Le interessa una visita?"),
  ("msg", "Dottore, se l'ufficio non fa per lei, magari qualche suo cliente cerca un investimento: ho due negozi a San Salvario affittati al 6%. "
          "Se me li segnala le riconosco una provvigione."))


# =============================================================== single_pitch
P("single_pitch", "it", "Cristina Olivero", "Formatrice | Corsi accreditati per commercialisti", "Torino",
  ("msg", "Buongiorno Dott. Morgan, a gennaio parte il nostro master in sei moduli sulla riforma fiscale, accreditato per 24 crediti FPC. "
          "La quota è di 690 € e per gli studi che iscrivono due persone la terza è gratuita. Le mando il programma?"))
P("single_pitch", "it", "Andrea Zucchini", "Consulente IT | Sicurezza informatica per studi professionali", "Bologna",
  ("msg", "Ciao Alex, dopo il ransomware allo studio di Imola, sòccia, ci stanno chiamando in tanti per un audit. Te lo facciamo in una mattina, "
          "450 € tutto compreso, con la relazione per il GDPR. Ti interessa?"))
P("single_pitch", "en", "Priya Raman", "Senior Associate | Offshore Tax Prep Services", "Bengaluru",
  ("msg", "Hello Alex, We are providing tax return preparation support to accounting firms in Europe at very competitive rates, with dedicated "
          "staff trained on Italian forms. Kindly let me know a suitable time to discuss."))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Valentina Bongiovanni", "Dottore commercialista | Studio Bongiovanni, Mondovì", "Mondovì",
  ("msg", "Alex, ti giro la circolare che ho preparato per i clienti sul concordato preventivo biennale, con il foglio di calcolo per la convenienza. "
          "Usala pure, cambi il logo e via. Se trovi errori dimmelo che la sistemo anche per me."),
  ("msg", "Ah, dimenticavo: giovedì all'Ordine c'è la serata gratuita sulle nuove sanzioni, vale 3 crediti. Io ci vado, ci vediamo lì?"))
P("connection_brings_value", "it", "Pietro Revelli", "Commissione formazione | ODCEC di Torino", "Torino",
  ("end",),
  ("msg", "Ciao Alex, ricordati che il triennio formativo chiude a dicembre. Se ti mancano i crediti di deontologia, l'Ordine ha aperto il webinar "
          "gratuito del 12 novembre sull'ordinamento professionale, che copre proprio quelli. Il link è nell'area riservata, sezione eventi."))
P("connection_brings_value", "it", "Silvia Montanari", "Responsabile amministrativa | Montanari Ceramiche spa", "Sassuolo",
  ("msg", "Buongiorno Dottore, come stabilito al telefono le ho caricato sul portale i mastrini e le fatture di ottobre. Il nostro CFO chiede se a dicembre "
          "potete seguire voi anche il bilancio della controllata slovena: sarebbe un incarico in più per lo studio, se vi interessa."))
P("connection_brings_value", "en", "James Whitaker", "Partner | Whitaker & Co Chartered Accountants", "Bristol",
  ("msg", "Alex, one of our clients – a family engineering business in Somerset – is buying a small company near Bologna and needs a local adviser for the tax due "
          "diligence. I told them you're the person. OK if I pass on your details? Fees would be between you and them, of course."))
P("connection_brings_value", "it", "Irene Cuppini", "Dottoressa commercialista | ex praticante a Bologna", "Bologna",
  ("msg", "Ciao Alex! Ho passato l'esame di Stato, seconda prova compresa 🎉 Senza i mesi allo studio di Bologna non ce l'avrei fatta. Se nel periodo "
          "dei bilanci vi serve una mano posso darvi qualche sabato, e intanto ti giro gli appunti che ho fatto per l'orale, magari servono ai nuovi praticanti."),
  ("msg", "Eccoli, sono nella cartella condivisa: schemi su revisione, deontologia e crisi d'impresa. Dimmi se il link non ti si apre."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Lorenzo Cavallero", "Partner | Executive search Finance & Tax", "Milano",
  ("inm", "CFO gruppo alimentare piemontese – riservato", "Buongiorno Dott. Morgan, un gruppo alimentare di Alba (140 milioni di "
          "fatturato) mi ha affidato la ricerca del nuovo CFO, con ingresso nel consiglio di amministrazione. L'azionista preferisce un profilo che venga dalla "
          "libera professione e conosca il territorio. Sarebbe disponibile per una conversazione riservata?"))
P("stranger_inmail_recruiter", "it", "Anna Fantuzzi", "Direttrice del Master in Diritto tributario | Università di Bologna", "Bologna",
  ("inm", "Incarico di docenza a contratto", "Gentile Dottore, per il prossimo anno accademico cerchiamo un professionista che tenga il modulo sulla "
          "fiscalità delle operazioni straordinarie, 24 ore da febbraio, con il compenso previsto dal bando di ateneo. Il suo nome ce l'ha suggerito "
          "il prof. Lodi. Le interesserebbe?"))
P("stranger_inmail_recruiter", "en", "Hannah Price", "Head of Tax Recruitment | Kingsbridge Search", "London",
  ("inm", "Head of Tax Italy – listed medtech", "Dear Alex, I'm recruiting a Head of Tax Italy for a listed US medtech group, based in Turin next to "
          "its plant. The role reports to the EMEA tax director, package around €160k plus LTI. Your mix of practice and corporate tax looks right. "
          "Open to a confidential chat?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Massimo Scagliarini", "Broker | Compravendita crediti d'imposta", "Ferrara",
  ("inm", "Crediti fiscali disponibili", "Buongiorno, abbiamo crediti d'imposta da bonus edilizi già caricati in piattaforma, ceduti all'82% del "
          "nominale. Ideali per chi, tra i clienti, ha molti F24 da compensare. Le mando la scheda?"),
  ("inm", "Ultime tranche", "Dottore, ultime tranche a 80,5. Se mi indica gli importi blocco i crediti entro domani."))
P("stranger_inmail_sales", "en", "Chloe Bennett", "Account Executive | LeadPilot B2B", "Dublin",
  ("inm", "40 meetings a quarter?", "Hi Alex, we build automated outreach campaigns for accounting firms: 40+ qualified meetings with SME owners "
          "every quarter, guaranteed. Would a 15-minute call on Thursday work?"))
P("stranger_inmail_sales", "it", "Ugo Ferraris", "Consulente | Aggregazioni e cessioni di studi professionali", "Vercelli",
  ("inm", "Quanto vale il suo studio?", "Gentile Dottore, rappresentiamo un gruppo nazionale che acquista studi e pacchetti clienti in Piemonte ed "
          "Emilia. Le facciamo una valutazione riservata del suo studio in 48 ore, a 390 € scalabili dalla commissione in caso di cessione. "
          "Le interessa sapere quanto vale?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Federico Borghi", "Dottore commercialista | Coordinatore gruppo di studio Terzo settore, ODCEC Bologna", "Bologna",
  ("inv", "Ciao Alex, coordino il gruppo di studio sul terzo settore all'Ordine di Bologna. Raccogliamo casi pratici sul RUNTS per un documento "
          "aperto a tutti i colleghi: segui diverse ODV, ti andrebbe di contribuire con un paio di esempi anonimi?"),
  ("msg", "Grazie per i casi, utilissimi! Ti allego la bozza del documento, lo studio è citato tra chi ha contribuito. Lo presentiamo il 20 in "
          "Ordine, ingresso gratuito e 3 crediti."),
  ("msg", "Alex, ti scrivo per una cosa diversa: con due soci abbiamo aperto una società che tiene la contabilità in outsourcing agli enti del "
          "terzo settore. Ci passeresti le tue ODV più piccole? A te andrebbe il 15% del fatturato per tre anni. Ne parliamo davanti "
          "a una crescentina?", (15, 40)))
P("good_turns_ugly", "it", "Chiara Arneodo", "Revisore legale | Sindaco effettivo", "Saluzzo",
  ("inv", "Buongiorno Dott. Morgan, da aprile siamo nello stesso collegio sindacale della cooperativa di Valle Varaita e non ci siamo mai presentati. "
          "Mi collego così ci scambiamo i verbali più in fretta."),
  ("msg", "Le ho messo nella cartella condivisa la bozza della relazione del collegio e la check-list sulla continuità aziendale. Mi dica se vuole "
          "cambiare qualcosa prima dell'assemblea."),
  ("end",),
  ("msg", "Dottore, l'ho confermata per {skill}. Mi farebbe la cortesia di confermare anche a me Revisione legale e Diritto societario? Partecipo "
          "a una selezione per il collegio sindacale di una banca e il profilo lo guardano.", (1, 5)))
P("good_turns_ugly", "en", "Hugh Collins", "Host | Expat Tax Forum Italy (free community)", "Milan",
  ("inv", "Hi Alex, I host a free monthly Zoom for English-speaking expats in Italy where an accountant answers questions on tax residency. "
          "Would you be our guest expert in March? Friendly crowd, no slides needed."),
  ("msg", "Thanks again for last night, 140 people stayed to the end! Here's the recording and the Q&A sheet in case you want to reuse any of it."),
  ("msg", "Alex, now you've seen the audience: we're opening 'Featured Accountant' slots on the forum, €250 a month, and every Turin enquiry "
          "would come straight to you. Shall I send the sign-up link?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Walter Dutto", "Consulente | Software gestionale per studi professionali", "Torino",
  ("inv", "Dottore, il suo studio usa ancora il gestionale installato in locale? Migriamo tutto in cloud in un weekend, archivi compresi. "
          "Fissiamo una presentazione?"),
  ("inv", "Buongiorno Dottore, ci siamo visti al convegno dell'Ordine al Lingotto, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "en", "Jason Clarke", "Business Development | Ledgerly", "Manchester",
  ("inm", "Your practice", "Hi Alex, Ledgerly lets firms your size bill clients on fixed monthly fees and chase payments automatically. "
          "Can I book you in for a 20-minute demo this week?"),
  ("inv", "Hi Alex, really liked your comment on the e-invoicing thread. Would be great to connect!"))
P("reinvite_known_bad", "it", "Lucia Ghidoni", "Consulente assicurativa | Wealth planning", "Piacenza",
  ("inv", DEFAULT),
  ("rem",),
  ("inv", "Buongiorno Dott. Morgan, venerdì organizziamo un aperitivo tra professionisti a Piacenza, ingresso libero. Sarebbe un piacere vederla."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Sergio Pastore", "Consulente commerciale | Recupero crediti", "Torino",
  ("inv", "Dott. Morgan, recuperiamo i crediti insoluti dei clienti dei suoi clienti, pagamento solo a successo. Ne parliamo?"),
  ("inm", "Due parole", "Visto che non si degna nemmeno di rispondere, gliela dico io una cosa: i commercialisti come lei sono il motivo per cui "
          "le PMI affondano. Arroganti e fermi agli anni Ottanta."),
  ("inv", "Buongiorno, riproviamo? Magari è stato un malinteso. Buon anno!"))
P("reinvite_known_ugly", "it", "Beppe Tosello", "Consulente previdenziale | Professionisti e partite IVA", "Biella",
  ("inm", "Una domanda sulla Cassa", "Buongiorno dottore, una domanda veloce da uno che ci sta sbattendo la testa: il riscatto degli anni di laurea "
          "alla Cassa conviene ancora dopo i cinquant'anni? Lei come lo consiglia ai colleghi?"),
  ("inm", "Grazie, e a proposito di previdenza", "Grazie della risposta, molto chiara. A proposito di previdenza: seguo i fondi pensione integrativi "
          "per professionisti, con una polizza che copre il buco lasciato dalla Cassa. Le va un'analisi gratuita della sua posizione, così le "
          "faccio vedere i numeri?", (4, 12)),
  ("inv", "Buongiorno Dottore, le chiedo il collegamento per restare aggiornati sui temi previdenziali."))
P("reinvite_known_ugly", "en", "Derek Shaw", "Growth Consultant | Accounting Practice Accelerator", "Leeds",
  ("inv", "Alex, I help accountants double their fees without taking on more clients. Open to a chat?"),
  ("rem",),
  ("inm", "Noted", "Ignoring people is a choice, Alex. A lazy one. No wonder your firm's LinkedIn page looks dead."),
  ("inv", "Hi Alex – fresh start? I'm running a free masterclass next week for European accountants and thought of you."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Ermanno Viglione", "Direttore commerciale | Fiscalia Suite", "Torino",
  ("acc",),
  ("msg", "Piacere di averla tra i contatti, Dottore! Dopo la chiacchierata al Forum del commercialista le propongo di provare Fiscalia Suite per 60 giorni "
          "sulla sede di Bologna, poi decidiamo insieme il canone. Quando passo a installarla?"))
P("user_invited_pitch_once", "it", "Sonia Guerzoni", "Relationship Manager Small Business | Banca Emiliana", "Modena",
  ("acc",),
  ("msg", "Che piacere ritrovarla qui, Dottore! Come le dicevo in filiale, per i clienti del suo studio abbiamo una convenzione su POS e anticipo fatture "
          "a tassi agevolati: se me li presenta, apro le pratiche in settimana."))
P("user_invited_pitch_once", "en", "Emma Ross", "Sales Director Southern Europe | ClearBooks Cloud", "Lisbon",
  ("acc",),
  ("msg", "Thanks for connecting after the webinar, Alex! Since you asked about multi-entity: our Enterprise tier handles it, €89 per user per month. "
          "Want me to set up a trial for your Turin team?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Diego Esposito", "Business developer | Rimborsi IVA esteri per le imprese", "Torino",
  ("acc",),
  ("msg", "Grazie Alex per l'invito! Come ti dicevo al congresso: recuperiamo l'IVA pagata all'estero dai clienti del tuo studio, commissione del 15% "
          "solo su quanto incassato. Mi passi qualche nominativo?"),
  ("msg", "Alex, ti mando la brochure aggiornata. Se mi presenti tre clienti entro fine mese, per loro la commissione scende al 12%."))
P("user_invited_pitch_twice", "it", "Rita Bergonzini", "Marketing per studi professionali | Siti, LinkedIn, newsletter", "Bologna",
  ("acc",),
  ("msg", "Grazie del collegamento! Come promesso: con un sito nuovo e tre post a settimana, gli studi che seguiamo prendono in media quattro "
          "clienti nuovi al mese. Il pacchetto base è 390 € al mese. Te lo presento?"),
  ("msg", "Alex, ho preparato una bozza di piano editoriale per la sede di Bologna: se mi dai l'ok partiamo a novembre, primo mese a metà prezzo."))
P("user_invited_pitch_twice", "en", "Lukas Brandt", "Channel Manager Italy | DataSafe Backup", "Munich",
  ("acc",),
  ("msg", "Great meeting you at the Bologna fair, Alex. As promised: our encrypted backup for professional firms is GDPR certified and costs €29 a month "
          "per workstation. Shall I send a quote for both offices?"),
  ("msg", "Hi Alex, following up on the quote – we can lock this year's price if you sign before 31 December."))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Margherita Sola", "Notaio in Torino", "Torino",
  ("acc",),
  ("msg", "Grazie per l'invito, Dott. Morgan. Come d'accordo le mando il testo aggiornato dello statuto della Ferraris srl con le modifiche alla "
          "clausola di prelazione: se ha osservazioni dal punto di vista fiscale, me le faccia avere prima dell'atto del 18."))
P("user_invited_value", "it", "Tommaso Zanetti", "Funzionario | Registro imprese, Camera di Commercio di Bologna", "Bologna",
  ("acc",),
  ("msg", "Grazie del collegamento. Le allego come promesso la guida al deposito dei bilanci in XBRL con gli errori che vediamo più spesso agli "
          "sportelli. Se i suoi collaboratori hanno dubbi possono scrivermi direttamente."))
P("user_invited_value", "en", "Sarah Fenwick", "Partner | Fenwick Tax Ltd", "Oxford",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As promised at the IFA meeting, here's our memo on the UK–Italy treaty tie-breaker cases we've seen this year. "
          "Happy to swap more notes, and if you ever need a UK counterpart for a client, just call."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Giovanna Tallone", "Direttrice amministrativa | Consorzio vini del Roero", "Canale", ("acc",))
P("acceptance_only", "en", "Mike Donovan", "CFO | Alpine Robotics", "Turin", ("acc",))
P("lone_endorsement", "it", "Irene Borello", "Collaboratrice di studio | Contabilità e bilanci", "Torino", ("end",))
P("lone_endorsement", "it", "Stefano Bellei", "Ragioniere commercialista | Carpi", "Carpi", ("end",))


# ------------------------------------------------------------------------- layout eras
# Most stories mention things of the 2020s (concordato biennale, RUNTS, AI, transizione 5.0); only
# timeless ones may fall in the 2016 layout.
SIXTEEN = {"Tom Hadley", "Fabio Operti", "Ivana Calabrò", "Valeria Gallesio", "Gianluca Marengo", "Giorgio Quaglia", "Priya Raman",
           "James Whitaker", "Lorenzo Cavallero", "Walter Dutto", "Sergio Pastore", "Margherita Sola", "Mike Donovan", "Irene Borello",
           "Raffaella Casadio", "Hannah Price", "Daniele Rabino"}
ERAS = {p[2]: ("2016" if p[2] in SIXTEEN else "cur") for p in PEOPLE}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Segreteria ODCEC Torino", "formazione@odcec-torino.example", "Evento FPC 14 marzo: programma e iscrizioni",
     "Gentili iscritti,\n\nè online il programma del pomeriggio sulla riforma delle sanzioni tributarie (4 crediti). Iscrizioni dall'area riservata. "
     "Gli aggiornamenti sono anche sulla pagina LinkedIn dell'Ordine.", "it"),
    ("Elena Bertolotto", "e.bertolotto@studiobertolotto.example", "Relatore per il 14 marzo",
     "Caro Alex,\n\nti ho scritto anche su LinkedIn ma non so se lo guardi: ci daresti venti minuti sul contenzioso dopo la riforma? Ti chiamo domani.\n\nElena", "it"),
    ("Carlo Gribaudo", "c.gribaudo@morgangribaudo.example", "Fwd: richiesta di collegamento strana",
     "Alex, guarda questa: mi arriva una richiesta su LinkedIn da un 'Director of Finance' inglese che vuole un commercialista a Torino e chiede subito le "
     "nostre condizioni. Mi puzza. L'hai ricevuta anche tu?\n\n---------- Messaggio inoltrato ----------\nDa: LinkedIn\nOggetto: Voglio collegarmi\n\nCarlo", "it"),
    ("Banca Langhe e Roero", "comunicazioni@bancalangheroero.example", "Attenzione ai falsi profili dei nostri funzionari",
     "Gentile cliente,\n\nci sono stati segnalati profili LinkedIn falsi che usano il nome di nostri dipendenti per proporre finanziamenti. "
     "La banca non chiede mai pagamenti anticipati tramite messaggi sui social.", "it"),
    ("Martina Cravero", "martina.cravero@example.net", "Candidatura per il tirocinio – CV",
     "Buongiorno Dott. Morgan,\n\nle avevo scritto su LinkedIn: le allego CV e certificato di laurea per il tirocinio. Grazie per l'attenzione.\n\nMartina Cravero", "it"),
    ("Fiona Gallagher", "fiona.gallagher@corkhilltax.example", "Referral – client moving to Turin",
     "Hi Alex,\n\nI've sent you a LinkedIn request too, but email is probably quicker. My client arrives in Turin in September; could we have a call next week?\n\nFiona", "en"),
    ("ContaPiù", "newsletter@contapiu.example", "Novità di giugno: F24 e conservazione",
     "Tutte le novità del gestionale per lo studio. Seguici su LinkedIn per i webinar del mese.\n\nPer non ricevere più questa newsletter clicca qui.", "it"),
    ("Google Calendar", "calendar-notification@google.example", "Invito: sistemare pagina LinkedIn dello studio – gio 15:00",
     "Sei stato invitato a: sistemare pagina LinkedIn dello studio (foto soci, sede di Bologna)\nQuando: giovedì 15:00 – 15:45\nOrganizzatore: segreteria@morgangribaudo.example", "it"),
    ("Cassa Dottori Commercialisti", "comunicazioni@cassa-commercialisti.example", "Newsletter iscritti: scadenze contributive",
     "Gentile iscritto,\n\nricordiamo la scadenza del versamento dei contributi minimi. Segui la Cassa anche su LinkedIn per gli aggiornamenti.", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev108. Generated by scripts/make_corpus_dev108.py (seed {SEED}); do not edit by hand.",
          "# Alex as a partner in an accounting and tax firm in Turin with a Bologna office: software vendors, clients, trainees, the Order's "
          "training credits, peer accountants, banks, lead sellers, scammers; formal and casual Italian, some English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev108", SEED, PEOPLE, FOREIGN, spoofs=12, other=10, header=HEADER, eras=ERAS)
