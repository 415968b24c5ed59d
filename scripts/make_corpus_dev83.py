#!/usr/bin/env python3
"""Write mailbot's eighty-third, independent development corpus: tests/corpus/dev83/*.eml + expected.toml.

The angle: the user Alex is the procurement manager (Responsabile UOC Acquisti) of a public
hospital trust in Lombardy, the fictional ASST della Brughiera. Their LinkedIn world: suppliers
who try to get around the tender (a "trattativa diretta sotto soglia", splitting a contract into
lots small enough to skip the EU procedure, "prices better than the Consip or ARIA framework"),
medical-device reps and key account managers, facility-services firms (cleaning, laundry, catering,
security, global service), consultants who sell tender-writing help, outsourced RUP support and
paid courses on the Codice dei contratti, peer buyers from other trusts who share specifications,
evaluation grids and aggregated tenders, regional officials (ARIA, DG Welfare) with free training
and circulars, universities and researchers, young graduates asking about a job opening in the
office, headhunters with real roles, and the ugly side: peer circles, free price benchmarks, free
guides, podcasts and "honorary" councils that turn into a sale, endorse-me-back, suppliers who
lecture or threaten the "bureaucrats" once they are told the rules. Bureaucratic formal Italian
(Egregio, Spett.le, in riferimento a, Vs. cortese riscontro), casual Milanese Italian (ué, il
Giorgio, ci beviamo un caffè), and some English from international reps, researchers and peers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert,
news, group and newsletter wording, the headlines of spoof-only names and PYMK suggestions, the
cities, and the pitches that spoofs carry are swapped for procurement ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev83.py              # writes tests/corpus/dev83
    python scripts/make_corpus_dev83.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260883

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ hospital procurement world (this process only)
SKILLS = {
    "en": ["Public Procurement", "Tender Management", "Negotiation", "Supplier Management", "Healthcare Procurement", "Contract Management"],
    "it": ["Appalti pubblici", "Approvvigionamenti", "Negoziazione", "Codice dei contratti pubblici", "Gestione fornitori", "E-procurement"],
    "de": ["Öffentliche Beschaffung", "Ausschreibungsmanagement", "Verhandlungsführung", "Lieferantenmanagement"],
    "fr": ["Marchés publics", "Achats hospitaliers", "Négociation", "Gestion des fournisseurs"],
    "es": ["Contratación pública", "Compras hospitalarias", "Negociación", "Gestión de proveedores"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Head of Procurement at ASST della Brughiera",
    "it": "Responsabile UOC Acquisti presso ASST della Brughiera",
    "de": "Leitung Einkauf bei ASST della Brughiera",
    "fr": "Responsable des achats chez ASST della Brughiera",
    "es": "Responsable de Compras en ASST della Brughiera",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
# Alex reads LinkedIn in Italian or English: other mail and spoofs come in those two.
mc.LANGS[:] = ["it", "en", "it", "en", "it"]
mc.CITY["it"] = ["Milano", "Bergamo", "Brescia", "Monza", "Varese", "Como", "Lodi"]
mc.CITY["en"] = ["Milan", "London", "Amsterdam", "Geneva", "Dublin"]
mc.JOBS[:] = [("Direttore UOC Provveditorato-Economato", "ASST della Valtenesi"), ("Category Manager Dispositivi Medici", "Gruppo Sanitario Ambrosiano"),
              ("Buyer Servizi Ospedalieri (facility)", "Ospedali Riuniti dell'Insubria"), ("Public Procurement Specialist", "Fondazione Policlinico Lariano"),
              ("Head of Procurement – Healthcare", "Medisana Group")]
mc.COMPANIES["good"] = ["ASST Spedali Civili di Brescia", "ASST Papa Giovanni XXIII", "ASST Lariana", "ARIA S.p.A.", "Regione Lombardia",
                        "Politecnico di Milano", "LIUC Università Cattaneo", "ASST Rhodense"]
mc.COMPANIES["sales"] = ["Suturex Italia", "Clean&Care Facility Services", "GareSmart", "Vitalmed Dispositivi", "Brianza Lavanolo", "TenderLab",
                         "Securitas Lombarda", "OrthoLine Medical"]
mc.HEADLINES["good"] = ["Provveditore presso {co}", "Buyer sanitario | {co}", "RUP – Ufficio Gare, {co}", "Responsabile Economato presso {co}",
                        "Ingegnere clinico | {co}", "Ricercatrice in Management sanitario, {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Ospedaliero | {co}", "Area Manager Lombardia presso {co}", "Business Development | {co}",
                         "Sales Director Healthcare at {co}", "Titolare presso {co}"]
OTHER_IT = dict(mc.OTHER["it"])
OTHER_IT.update(job=("{n} nuove offerte per «buyer sanitario»", "Il tuo avviso di lavoro per buyer sanitario a {city}", "Visualizza offerta"),
                news=("Dispositivi medici: le carenze pesano ancora sugli ospedali?", "Le notizie principali di LinkedIn Notizie"),
                group=("Conversazioni principali in Procurement Sanità Italia", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
                newsletter=("Appalti in corsia: la qualificazione delle stazioni appaltanti, un anno dopo", "Nuova edizione di una newsletter a cui sei iscritto"))
OTHER_EN = dict(mc.OTHER["en"])
OTHER_EN.update(job=("{n} new jobs for \"procurement manager\"", "Your job alert for procurement manager in {city}", "View job"),
                news=("Are hospital supply chains ready for the next shortage?", "Top stories for you from LinkedIn News"),
                group=("Top conversations in Healthcare Procurement Europe", "Here are the top conversations in your group this week"),
                newsletter=("The Tender Desk: buying devices under the MDR", "New edition of a newsletter you subscribed to"))
mc.OTHER["it"], mc.OTHER["en"] = OTHER_IT, OTHER_EN
SPOOF_PITCH = {
    "it": ["Gentile {first}, la Sua stazione appaltante risulta non qualificata sulla piattaforma. Acceda entro 48 ore per regolarizzare la posizione.",
           "Buongiorno {first}, le ho condiviso la documentazione di gara tramite LinkedIn Secure Share. Acceda per scaricare il capitolato.",
           "Offerta riservata alle ASST: guanti e siringhe sotto il prezzo di convenzione. Confermi l'ordine dal link entro oggi."],
    "en": ["Dear {first}, a supplier has filed a complaint about your tender. Sign in to review the documents before the deadline.",
           "Hi {first}, I've shared the bid documents with you via LinkedIn Secure Share. Log in to download them.",
           "Exclusive stock of nitrile gloves below framework price for hospitals. Confirm your order through the secure link today."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# the layout era of people whose notes name things of a given time
ERAS: dict[str, str] = {}


# =============================================================== good_invitation
P("good_invitation", "it", "Chiara Bonfanti", "Provveditore | UOC Acquisti, ASST Spedali Civili di Brescia", "Brescia",
  ("inv", "Buongiorno Alex, sto scrivendo il capitolato per la gara delle suturatrici meccaniche e so che voi l'avete aggiudicata l'anno scorso. "
          "Le andrebbe di confrontarci sui criteri di qualità? In cambio le giro volentieri la nostra bozza."),
  ("rem",))
P("good_invitation", "it", "Davide Colombo", "Funzionario, Direzione Acquisti Sanità | ARIA S.p.A.", "Milano",
  ("inv", "Egregio Dott. Morgan, il 12 marzo ARIA tiene una giornata formativa gratuita per i RUP delle ASST sulle novità di Sintel e sul fascicolo "
          "virtuale dell'operatore economico. Le mando il programma e, se crede, le riservo un posto."))
ERAS["Davide Colombo"] = "cur"
P("good_invitation", "en", "Rebecca Thornbury", "Research Fellow, Health Procurement | University of Manchester", "Manchester",
  ("inv", "Hi Alex, I'm comparing how European hospitals buy implantable devices, centrally vs trust by trust. Your trust came up in a Politecnico paper. "
          "Could I interview you for 30 min? Anonymised, and every participant gets the full report."))
P("good_invitation", "it", "Matteo Villa", "Neolaureato in Economia e Management Sanitario | LIUC", "Castellanza",
  ("inv", "Buonasera, mi sono laureato a luglio con una tesi sugli accordi quadro per i dispositivi medici e ho visto l'avviso per collaboratore "
          "amministrativo nella vostra UOC Acquisti. Posso farle due domande su come si lavora da voi prima di candidarmi?"),
  ("rem",))
P("good_invitation", "en", "Giorgio Brambilla", "Buyer | ASST Grande Ospedale Metropolitano Niguarda", "Milano",
  ("inv", "Ciao Alex! Sono il Giorgio, ci siamo visti al convegno di Bergamo, quello che si lamentava del caffè 😄 Ti aggiungo così ti mando "
          "l'Excel con lo storico prezzi dei guanti che ti dicevo. Ci sentiamo!"),
  nl="it")
P("good_invitation", "en", "Pieter Verhoeven", "Coordinator | European Hospital Buyers' Roundtable", "Utrecht",
  ("inv", "Dear Alex, our network of hospital buyers holds a free monthly online roundtable on joint procurement; the next one is on MDR transition and "
          "shortages. Buyers only, no vendors in the room. You'd be most welcome, I can send the link."),
  ("rem",))
P("good_invitation", "it", "Laura Cattaneo", "Avvocato amministrativista | Docente a contratto, Università Statale di Milano", "Milano",
  ("inv", "Buongiorno, il 3 ottobre teniamo in Statale un seminario gratuito per RUP e funzionari sul contenzioso in materia di appalti, valido "
          "per i crediti formativi. Mi permetto di invitarla: posti limitati, iscrizione con l'email istituzionale."))

P("good_invitation", "it", "Federica Galli", "Ricercatrice | Osservatorio Sanità Digitale, Politecnico di Milano", "Milano",
  ("inv", "Buongiorno Alex, per la ricerca di quest'anno studiamo come le aziende sanitarie usano le piattaforme di e-procurement. Le andrebbe di "
          "rispondere a un questionario di un quarto d'ora? I risultati li presentiamo a febbraio, ingresso libero: le riservo un invito."))


# =============================================================== default_invitation
P("default_invitation", "it", "Roberto Galbiati", "Area Manager Lombardia | Servizi di sanificazione ospedaliera", "Lecco", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin Marsh", "Sales Director EMEA | Orthopaedic Implants", "Dublin", ("inv", NONOTE))
P("default_invitation", "it", "Simona Ferrario", "Ufficio Gare | Cooperativa sociale di servizi", "Saronno", ("inv", DEFAULT))
P("default_invitation", "it", "Andrea Pozzi", "Consulente appalti pubblici | Partecipazione a gare", "Cremona", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Fabio Mariani", "Key Account Manager Ospedaliero | Suturex Italia", "Monza",
  ("inv", "Buongiorno Dott. Morgan, so che la gara regionale delle suture uscirà tra qualche mese: nel frattempo potremmo darvi le nostre suturatrici "
          "in conto deposito con una trattativa diretta sotto soglia. Le va un incontro in ospedale per vederle?"))
P("sales_invitation", "it", "Stefania Lucchini", "Business Development | Clean&Care Facility Services", "Bergamo",
  ("inv", "Alla c.a. del Dott. Morgan: gestiamo pulizie e sanificazione in 14 strutture sanitarie lombarde. Il vostro contratto scade a fine anno: ci "
          "permetta di presentarle un'offerta migliorativa prima di un'eventuale proroga. Quando possiamo vederci?"),
  ("rem",))
P("sales_invitation", "en", "Jason Whitlock", "Account Executive, Healthcare | SpendVision Analytics", "London",
  ("inv", "Hi Alex - public hospitals typically leak 6-9% of spend off-contract. SpendVision maps every PO against your framework agreements and flags "
          "maverick buying in real time. Can I show you a 20-minute demo on data from a trust like yours?"))
P("sales_invitation", "it", "Massimo Radaelli", "Titolare | Radaelli Forniture Ospedaliere", "Sesto San Giovanni",
  ("inv", "Ciao Alex, sono il Massimo di Radaelli Forniture, quelli dei carrelli e degli arredi per i reparti. Ci terremmo un sacco a essere invitati "
          "alla prossima procedura negoziata: ti porto il catalogo in ufficio e ci beviamo un caffè?"))
P("sales_invitation", "it", "Elena Gatti", "Partner | GareSmart – supporto al RUP e redazione capitolati", "Pavia",
  ("inv", "Egregio Dottore, in riferimento alle note carenze di organico degli uffici acquisti, GareSmart offre supporto al RUP in outsourcing: atti "
          "di gara, commissioni, verifiche sui requisiti. Resto a disposizione per illustrarle la nostra proposta economica."),
  ("rem",))
P("sales_invitation", "en", "Hannes Berger", "Regional Sales Manager Southern Europe | MedLink Monitoring GmbH", "München",
  ("inv", "Hello Alex, our wireless patient monitoring just got its MDR certificate. Several Italian hospitals bought it outside Consip with a simple "
          "RDO on MEPA. Shall we have a quick call so I can explain how that works for you?"))
ERAS["Hannes Berger"] = "cur"


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Cristina Pagani", "Fondatrice | Community Buyer Sanità Lombardia", "Milano",
  ("inv", "Ciao Alex, ho messo in piedi un gruppo di confronto tra buyer delle ASST lombarde: capitolati, prezzi di aggiudicazione, dubbi sul Codice. "
          "Niente fornitori, solo colleghi. Ti va di entrare?"),
  ("msg", "Benvenuto nel gruppo! Una cosa pratica: la community è sostenuta da TenderLab, la piattaforma di analisi prezzi che ho fondato. Per le ASST "
          "che aderiscono c'è un abbonamento agevolato a 6.900 € l'anno, che si può prendere anche con affidamento diretto. Ti preparo il preventivo?", (3, 12)),
  ("msg", "Alex, ti ricordo che l'agevolazione vale fino a fine mese. Se vuoi ti mando già la bozza di determina, così fai prima.", (6, 15)))
P("bait_and_switch_invitation", "en", "Oliver Prentice", "Host, The Public Buyer Podcast | Procurement storyteller", "Bristol",
  ("inv", "Alex, I host a small podcast on public-sector buying and would love you as a guest: 30 minutes on how Italian trusts coped with device "
          "shortages. No prep needed, I'll send the questions beforehand."),
  ("msg", "Thanks for accepting! Before we book the recording: guests come on through our Sponsor Spotlight package (€2,400), which covers editing, "
          "promotion and a branded clip for your trust's channels. Shall I invoice the trust or you personally?", (2, 9)))
ERAS["Oliver Prentice"] = "cur"
P("bait_and_switch_invitation", "it", "Luca Sangalli", "Ex provveditore IRCCS | Senior Advisor presso ProcureNext", "Varese",
  ("inv", "Buongiorno Alex, ho fatto per anni il provveditore in un IRCCS. Una domanda da collega: come gestite la programmazione biennale degli acquisti "
          "con i reparti che chiedono tutto all'ultimo? Da noi era un incubo."),
  ("msg", "Grazie della risposta, molto utile davvero. Ti spiego perché te lo chiedevo: con ProcureNext abbiamo un modulo che automatizza proprio la "
          "programmazione biennale, già in uso in tre ASST. Ti posso far vedere una demo giovedì?", (4, 14)))
P("bait_and_switch_invitation", "it", "Ilaria Crippa", "Consulente appalti sanitari | Autrice di guide sul nuovo Codice", "Como",
  ("inv", "Buongiorno Dott. Morgan, abbiamo preparato una guida gratuita di 40 pagine sull'applicazione del D.Lgs. 36/2023 agli acquisti sanitari, con "
          "schemi di determina. Posso inviargliela? È un omaggio ai responsabili acquisti lombardi."),
  ("msg", "Le ho mandato la guida, spero le torni utile. Molti colleghi ci hanno chiesto di più: il nostro percorso di affiancamento per l'ufficio "
          "acquisti costa 12.000 € + IVA ed è affidabile direttamente. Fissiamo una call per parlarne?", (5, 20)))
ERAS["Ilaria Crippa"] = "cur"
P("bait_and_switch_invitation", "en", "Dr. Amit Khanna", "Founder, Global Health Supply Chain Forum", "Dubai",
  ("inv", "Dear Alex, we are forming an advisory council of hospital procurement leads from 12 countries to shape our annual report on medical supply "
          "resilience. Honorary role, two calls a year. Would you join us?"),
  ("msg", "Welcome to the council! As a member you qualify for our Premier Partner listing, which puts your trust in front of 300 suppliers at the "
          "Dubai summit. The listing is USD 3,500 - shall I reserve it for you?", (3, 10)),
  ("msg", "Hi Alex, gentle nudge: Premier Partner slots close on Friday. I can also bundle two summit passes at 40% off if you confirm this week.", (5, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Federico Longoni", "Analista | Osservatorio Prezzi Dispositivi", "Milano",
  ("inm", "Benchmark prezzi dispositivi – invito", "Buongiorno Dott. Morgan, stiamo raccogliendo i prezzi di aggiudicazione di 200 dispositivi di largo "
          "consumo in 30 aziende sanitarie. Chi partecipa riceve gratis il report comparativo completo. Le interessa aderire?"),
  ("inm", "Report prezzi – accesso completo", "Grazie per i dati! Il report base è pronto. Per consultare la banca dati con il dettaglio per singola ASST "
          "e gli aggiornamenti trimestrali l'abbonamento è di 4.800 € annui. Le mando l'offerta da allegare alla determina?", (6, 20)))
P("bait_and_switch_inmail", "en", "Samantha Kerr", "Research Lead | CareSource Insights", "Amsterdam",
  ("inm", "10-minute survey on tender timelines", "Hi Alex, we're running a short survey of European hospital buyers on how long tenders really take, from "
          "clinical need to signed contract. Every respondent gets the findings before publication. Would you take part?"),
  ("inm", "Your results + a next step", "Thanks so much for taking part, Alex! Your trust's timelines sit well above the median, which is exactly what our "
          "TenderFlow platform fixes. We have a pilot offer for Italian hospitals this quarter - can I book 30 minutes with you and your IT lead?", (4, 15)))
P("bait_and_switch_inmail", "it", "Paola Airoldi", "Segreteria organizzativa | Forum Acquisti Sanità Milano", "Milano",
  ("inm", "Invito a intervenire come relatore", "Egregio Dottore, il comitato scientifico del Forum Acquisti Sanità la invita a intervenire nella sessione "
          "sui dispositivi medici del prossimo maggio. Sarebbe un onore averla tra i relatori."),
  ("inm", "Conferma partecipazione relatori", "Gentile Dott. Morgan, grazie per la disponibilità. Le ricordiamo che l'intervento come relatore prevede la "
          "quota di visibilità di 1.500 € + IVA, comprensiva di desk espositivo e inserimento nel catalogo. Attendiamo conferma d'ordine entro venerdì.", (5, 14)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Marta Redaelli", "Junior Buyer | Gruppo ospedaliero privato · ex tirocinante UOC Acquisti", "Monza",
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill}, te lo meritavi tutto dopo sei mesi a sopportarmi 😅 Posso chiederti un favore? Sto cercando un posto "
          "nuovo e se mi confermassi Negoziazione e Gestione fornitori il profilo farebbe tutta un'altra figura. Grazie mille!"))
P("endorse_me_back", "en", "Derek Holt", "Independent Procurement Consultant | MCIPS", "Leeds",
  ("end",), ("end",),
  ("msg", "Alex, I've endorsed you for {skill} and a couple more - well earned. Would you mind doing the same for me on Category Management and "
          "Strategic Sourcing? I'm building the profile up ahead of a few bids. Cheers."))
P("endorse_me_back", "it", "Walter Sala", "Agente di commercio | Dispositivi medici monouso", "Lodi",
  ("end",),
  ("msg", "Buongiorno Alex, le ho lasciato una conferma su {skill}. Se ha un attimo, mi farebbe la cortesia di ricambiare con una conferma su Vendite "
          "e Sanità? Nel nostro mestiere queste cose contano. Grazie e buon lavoro."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Gianluca Brivio", "Direttore Commerciale | Brianza Lavanolo", "Seregno",
  ("inv", "Buongiorno, le scrivo per presentarle il nostro servizio di lavanolo per le aziende sanitarie. Possiamo fissare un incontro?"),
  ("rem",),
  ("inm", "Nessuna risposta", "Egregio Dott. Morgan, prendo atto che non si degna di rispondere. Poi però leggo sui giornali che le gare del lavanolo "
          "vanno deserte. Forse se voi burocrati degli acquisti ascoltaste chi il mestiere lo fa davvero, la sanità pubblica funzionerebbe meglio. "
          "Distinti saluti."))
P("hostility_after_decline", "it", "Brad Kessler", "VP Sales International | NovaSterile", "Chicago",
  ("inv", "Alex, quick intro - we make single-use sterile kits that cut OR turnover time by 18%. Worth a chat?"),
  ("rem",),
  ("inm", "Seriously?", "Three times I've reached out now. Ignoring vendors is exactly why Italian hospitals overpay for everything. Enjoy your paperwork."),
  nl="en")
P("hostility_after_decline", "it", "Pietro Cazzaniga", "Libero professionista | Verifiche di sicurezza elettromedicali", "Desio",
  ("inv", "Ciao Alex, faccio collaudi e verifiche di sicurezza elettrica sulle apparecchiature. Se ti serve qualcuno fuori dal contratto di "
          "manutenzione chiamami che ti faccio un buon prezzo."),
  ("rem",),
  ("inm", "ma dai", "Ué Alex, ti ho scritto tre volte e niente. Tipico del pubblico: stipendio fisso e zero voglia di rispondere alla gente. "
          "Complimenti davvero, bella figura."))
P("hostility_after_decline", "it", "Avv. Claudio Barzaghi", "Avvocato | Contenzioso appalti pubblici", "Milano",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Sua mancata risposta", "Gentilissimo Dott. Morgan, constato con rammarico che la mia richiesta di collegamento è rimasta inevasa. Mi permetto di "
          "farle notare che un funzionario pubblico dovrebbe tenere un contegno più cortese verso i professionisti. Ne terrò conto la prossima volta "
          "che i miei clienti impugneranno una vostra aggiudicazione."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Sergio Fumagalli", "Titolare | Fumagalli Ristorazione Collettiva", "Legnano",
  ("msg", "Ciao Alex, come va? Senti, per la mensa dei vostri presidi vi farei un prezzo a pasto che la convenzione ARIA se lo sogna. Se dividete "
          "l'appalto in lotti piccoli possiamo lavorare in diretta, senza tante storie. Ne parliamo?"),
  ("msg", "Ho capito, \"ci sono le regole\". Voi vi nascondete sempre dietro le regole per non fare niente. Poi i pazienti mangiano schifezze e la "
          "colpa è dei fornitori. Che tristezza la gente come te.", (3, 10)))
P("hostility_connection", "en", "Natalie Cross", "Account Director | SecureGuard Facilities Italia", "Milan",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Since you met our team at the expo: our integrated security and reception service already runs in two Milan "
          "hospitals. Could I present a proposal ahead of your next tender?"),
  ("msg", "I see you turned down our meeting \"because of the ongoing procedure\". Frankly, that's a cop-out. You invited ME to connect and now you "
          "hide behind paperwork. Very unprofessional - I'll be raising it with your Direttore Generale.", (4, 12)))
P("hostility_connection", "it", "Paolo Rigamonti", "Sales Manager | Impianti e manutenzione ospedaliera", "Bergamo",
  ("msg", "Buongiorno Alex, le allego la nostra proposta per la manutenzione degli impianti di climatizzazione delle sale operatorie, con canone "
          "fisso e reperibilità h24. Possiamo parlarne di persona?"),
  ("msg", "Alex, le ho inviato anche una seconda proposta con un canone ridotto del 10% se firmiamo entro l'anno. Attendo sue notizie."),
  ("msg", "Dott. Morgan, dalla sua segreteria mi sento rispondere che \"si procede con gara\". Come si permette di liquidare così un'azienda lombarda "
          "che lavora nel settore da trent'anni? Una vergogna, e lo farò presente in Regione.", (5, 15)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Alessia Vergani", "Product Specialist | Vitalmed Dispositivi", "Milano",
  ("msg", "Buongiorno Alex, volevo segnalarle il nostro nuovo set per accessi vascolari ecoguidati: le Anestesie di due ASST lombarde lo stanno già "
          "usando in prova. Possiamo organizzare una dimostrazione per i vostri clinici e per lei?"),
  ("msg", "Alex, le lascio anche il listino aggiornato con lo sconto riservato alle aziende sanitarie che ordinano entro il trimestre. Mi dica lei "
          "quando posso passare."))
P("connection_only_pitches", "en", "Ryan Doherty", "Partner | Hawthorne Procurement Advisory", "London",
  ("msg", "Alex, public trusts we work with save around 12% of facilities spend in year one through our category reviews. Fancy a 30-min discovery call?"),
  ("msg", "Following up - we're running a fixed-fee offer for Italian public hospitals this quarter (€24k all in). Could I send you a proposal?"),
  ("msg", "Last nudge from me: we'd do the first diagnostic at cost if you can introduce me to your CFO."))
P("connection_only_pitches", "it", "Roberta Motta", "Formazione per buyer pubblici | Corsi RUP", "Brescia",
  ("msg", "Gentile Alex, le segnalo il nostro corso \"RUP 4.0\": sei moduli sul Codice dei contratti, 1.290 € a partecipante, con sconti per le "
          "iscrizioni multiple dallo stesso ufficio. Le invio la brochure?"),
  ("msg", "Buongiorno, restano 4 posti per l'edizione di novembre. Vuole che blocchi l'iscrizione per lei e per i suoi collaboratori?"))
P("connection_only_pitches", "it", "Beppe Mauri", "Commerciale | Global service ospedaliero", "Milano",
  ("msg", "Oh Alex, tutto bene? Ti volevo dire che col global service facciamo tutto noi: manutenzioni, pulizie, portierato, un contratto solo e ti "
          "togli un sacco di rogne. Facciamo un pirla in zona Porta Romana una di queste sere e ti spiego?"),
  ("msg", "Alex, ci ho pensato su: se fate l'affidamento in due pezzi sotto soglia non serve neanche la gara europea. Dimmi tu quando ci vediamo."))


# =============================================================== single_pitch
P("single_pitch", "it", "Francesca Arosio", "Area Manager | Dispositivi per emodinamica", "Varese",
  ("msg", "Buongiorno Alex, tra un mese scade la vostra fornitura di cateteri per emodinamica. Avremmo una soluzione con un costo a procedura più basso "
          "del 15%: potrei passare a presentarla a lei e al primario?"))
P("single_pitch", "en", "Tom Everett", "Business Development | PharmaBot automated dispensing", "Manchester",
  ("msg", "Hi Alex, hospital pharmacies in Italy are stretched with staff shortages. Our automated dispensing cabinet pays for itself in about 20 months. "
          "Any chance of a short call to see whether it fits your next budget cycle?"))
P("single_pitch", "it", "Daniela Zanetti", "Ufficio commerciale | Editoria giuridica, banche dati appalti", "Milano",
  ("msg", "Gentile Alex, le propongo un mese di prova gratuita della nostra banca dati su appalti e giurisprudenza; dopo, l'abbonamento annuale per "
          "l'ufficio è di 890 €. Vuole che le attivi la prova?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Anna Bertolotti", "Provveditore | ASST Papa Giovanni XXIII", "Bergamo",
  ("msg", "Ciao Alex, come promesso ti giro disciplinare e capitolato tecnico della nostra gara aggregata per i dispositivi per stomia. Ci sono anche i "
          "verbali della commissione sui criteri qualitativi: se ti servono come base per la vostra, usali pure."),
  ("msg", "P.S. se volete aggregarvi alla prossima tornata, riapriamo la convenzione a marzo: dimmelo e ti metto in copia col nostro RUP."))
P("connection_brings_value", "it", "Renato Sormani", "Dirigente | Regione Lombardia, DG Welfare – Acquisti e investimenti", "Milano",
  ("msg", "Buongiorno Alex, la informo che è uscita la nota regionale sulla programmazione degli acquisti 2026: gliela allego con le tabelle da compilare. "
          "Se ha dubbi sui codici CND mi chiami pure, la scadenza è il 20."))
ERAS["Renato Sormani"] = "cur"
P("connection_brings_value", "it", "Sofia Lindgren", "Senior Buyer | Karolinska University Hospital", "Stockholm",
  ("msg", "Hi Alex, as promised after the Lisbon meeting: attached is our evaluation grid for the infusion pumps tender, including how we scored "
          "usability with the nurses. Reuse anything you like. I'd love to hear how you weighted price against quality."),
  nl="en")
P("connection_brings_value", "it", "Prof.ssa Giovanna Ratti", "Docente di Management sanitario | Università Bocconi", "Milano",
  ("end",),
  ("msg", "Gentile Alex, grazie ancora per la testimonianza in aula. Il 14 novembre abbiamo un workshop gratuito con ANAC sulle varianti in corso "
          "d'esecuzione, riservato ai funzionari pubblici: se le interessa le tengo due posti, anche per un suo collaboratore."))

P("connection_brings_value", "it", "Marco Viganò", "Buyer servizi | ASST Rhodense", "Garbagnate Milanese",
  ("msg", "Ciao Alex, domanda secca da collega: nella gara degli ausili per incontinenza avete chiesto la campionatura obbligatoria o vi siete "
          "fidati delle schede tecniche? Noi stiamo decidendo adesso e non vorrei ritrovarmi con 40 scatoloni in corridoio."),
  ("msg", "Grazie mille, chiarissimo. Ti mando in cambio il nostro schema di verbale per la valutazione dei campioni, magari ti torna comodo."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Elisabetta Rovelli", "Senior Consultant | Healthcare & Life Sciences Executive Search", "Milano",
  ("inm", "Direzione Acquisti – gruppo ospedaliero privato", "Buongiorno Dott. Morgan, per un gruppo ospedaliero privato lombardo (12 strutture) sto "
          "seguendo la ricerca del nuovo Direttore Acquisti e Logistica. Cercano proprio un profilo con esperienza di gare pubbliche e dispositivi. "
          "Retribuzione di rilievo, sede Milano. Sarebbe disponibile per una chiacchierata riservata?"))
P("stranger_inmail_recruiter", "en", "Hugh Barrington", "Recruitment Lead, Supply | Médecins Sans Frontières", "Amsterdam",
  ("inm", "Medical Procurement Coordinator - Amsterdam", "Dear Alex, MSF's supply centre is hiring a Medical Procurement Coordinator to run tenders "
          "for medical devices across 40 missions. Your background in public hospital tenders is a strong match. I've attached the salary band and "
          "the job description - would you be open to a call next week?"))
P("stranger_inmail_recruiter", "it", "Dott.ssa Manuela Pirovano", "Direttore Amministrativo | ASST Valle Olona", "Busto Arsizio",
  ("inm", "Incarico di Direttore UOC Provveditorato", "Gentile Dott. Morgan, nella nostra ASST sta per uscire l'avviso per l'incarico di Direttore della "
          "UOC Provveditorato-Economato. Conoscendo il suo lavoro sulle gare aggregate, mi permetto di segnalarglielo di persona: la scadenza è il 30. "
          "Resto a disposizione per qualsiasi chiarimento."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Chad Morrison", "Founder | BidWinner AI", "Austin",
  ("inm", "Win more public tenders", "Hi Alex, noticed you work in public procurement. BidWinner AI writes compliant tender responses in minutes and has "
          "helped suppliers win €200M in public contracts. Want a free trial for your bid team?"))
ERAS["Chad Morrison"] = "cur"
P("stranger_inmail_sales", "it", "Sabrina Colnaghi", "Responsabile commerciale | Securitas Lombarda vigilanza", "Monza",
  ("inm", "Servizio di vigilanza armata e portierato", "Spett.le ASST, alla c.a. del Responsabile Acquisti. Con la presente siamo a proporre i nostri "
          "servizi di vigilanza armata e portierato, con tariffe inferiori alla convenzione in essere. Restiamo in attesa di un Vs. cortese riscontro "
          "per un incontro conoscitivo."),
  ("inm", "Sollecito – proposta vigilanza", "Facciamo seguito alla nostra del mese scorso per sollecitare un Vs. riscontro in merito alla proposta "
          "inviata. Distinti saluti.", (20, 35)))
P("stranger_inmail_sales", "it", "Marco Perego", "Account Manager | Tracciabilità RFID per la sanità", "Como",
  ("inm", "Tracciabilità degli impiantabili", "Buongiorno Alex, mi occupo di soluzioni RFID per la tracciabilità dei dispositivi impiantabili. Le ASST "
          "che ci hanno scelto hanno ridotto del 30% le scorte in reparto. Posso chiederle 20 minuti per una presentazione online?"))
P("stranger_inmail_sales", "en", "Priyanka Desai", "Business Development | Offshore back-office for public buyers", "Pune",
  ("inm", "Outsource your tender paperwork", "Dear Sir/Madam, we provide low-cost back-office support for public procurement departments: document "
          "preparation, CIG requests, supplier checks. Our team works in Italian. Rates from €18/hour. Can we schedule a call?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Valentina Mapelli", "Buyer | ASST Lariana", "Como",
  ("inv", "Ciao Alex, ti scrivo da collega: stiamo preparando il capitolato dei dispositivi per incontinenza e vorremmo allinearci alle vostre "
          "specifiche per fare massa critica alla prossima gara aggregata. Ti va di sentirci?"),
  ("msg", "Ecco il file con le nostre specifiche e le quantità annue, così vedi se si incastrano con le vostre. Grazie della disponibilità!"),
  ("msg", "Ciao Alex! Novità: da questo mese lavoro per Igea Care come Key Account. Visto che i nostri prodotti li conosci già dalle specifiche, ti va "
          "se passo a presentarti la linea completa? Abbiamo un listino speciale per le ASST che non aspettano la gara.", (40, 90)))
P("good_turns_ugly", "en", "Stuart Fairley", "Category Lead, Wound Care | NHS Supply Chain", "Leeds",
  ("inv", "Alex, good to meet you at the conference in Lisbon. I promised you our category strategy for wound care - connecting so I can send it over."),
  ("msg", "Here's the wound care category strategy pack, plus our supplier scorecard template. Shout if anything's unclear."),
  ("end",),
  ("msg", "Alex, small favour: I've endorsed you for {skill}. I'm going independent as a consultant next month - could you endorse me for Category "
          "Management and Negotiation? Would really help.", (3, 20)))
P("good_turns_ugly", "it", "Dott. Stefano Tagliabue", "Formatore | Scuola di formazione appalti pubblici", "Monza",
  ("inv", "Gentile Dott. Morgan, organizziamo un webinar gratuito di due ore sulla qualificazione delle stazioni appaltanti. Mi farebbe piacere averla "
          "tra i partecipanti, anche per uno scambio di esperienze."),
  ("msg", "Grazie per aver partecipato! In allegato slide e registrazione, che può girare liberamente al suo ufficio."),
  ("msg", "Dott. Morgan, visto l'interesse, le propongo il nostro master online per RUP: 2.400 € a partecipante, oppure la formula \"ufficio\" per 5 "
          "persone a 9.500 €. Posso inviarle il preventivo da protocollare?", (10, 30)))
ERAS["Dott. Stefano Tagliabue"] = "cur"


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Emanuele Corti", "Key Account | Forniture elettromedicali", "Brescia",
  ("inm", "Ecografi portatili", "Buongiorno, siamo distributori di ecografi portatili con prezzi molto competitivi rispetto alla convenzione Consip. "
          "Possiamo fissare un incontro?"),
  ("inv", "Buongiorno Alex, ci siamo incrociati al Forum Risk Management di Arezzo, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "en", "Lisa Brandt", "Sales | HealthPay supplier invoice financing", "Frankfurt",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, I saw your talk on late payments to suppliers in Italian healthcare - great points. Would be glad to connect."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Franco Meroni", "Titolare | Meroni Materiale Sanitario", "Cantù",
  ("inv", "Buongiorno, siamo grossisti di materiale sanitario da quarant'anni, posso mandarle il listino?"),
  ("inm", "Ma che gente", "Dott. Morgan, non mi risponde nemmeno dopo che ci avete esclusi dalla procedura per un documento mancante. Vergognatevi, "
          "siete dei passacarte incompetenti e lo sapete."),
  ("inv", "Buongiorno Dott. Morgan, acqua passata: ripartiamo da zero? Vorrei collegarmi per restare aggiornato sulle vostre gare."))
P("reinvite_known_ugly", "en", "Gareth Pryce", "Director | MedSupply Partners Network", "Cardiff",
  ("inm", "Invitation: buyers' circle", "Hi Alex, I run an invitation-only circle of European hospital buyers who swap supplier intel. No vendors, no "
          "fees. Would you like a seat?"),
  ("inm", "Circle membership - next step", "Great to have your interest! Members get access to our preferred-supplier marketplace, where we negotiate "
          "on your behalf for a 4% success fee. Can I get your signature on the framework agreement this week?"),
  ("inv", "Alex, connecting here too - hope to see you at the next circle meetup."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Elena Sironi", "Sales Manager | Teknosan Diagnostica", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Dopo la chiacchierata allo stand ci tenevo a mandarle la presentazione dei nostri analizzatori POCT, con "
          "le condizioni di noleggio. Possiamo vederci in ospedale il mese prossimo?"))
P("user_invited_pitch_once", "en", "Daniel Okoro", "Head of Sales Italy | CleanAir Hospital Systems", "Milan",
  ("acc",),
  ("msg", "Thanks for connecting after the Exposanità panel, Alex. Our UV-C disinfection robots: we can offer a 3-month trial under a simple "
          "purchase order. Could we set up a site visit?"))
ERAS["Daniel Okoro"] = "cur"


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Nicola Besana", "Business Developer | Software gestione contratti e gare", "Bergamo",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Come ti accennavo al convegno, il nostro gestionale contratti si integra con Sintel e MEPA e genera le "
          "determine in automatico. Ti organizzo una demo?"),
  ("msg", "Alex, ti riscrivo perché fino a dicembre c'è una promozione per le ASST lombarde: licenza triennale scontata del 25%. Quando ti andrebbe "
          "una call?"))
P("user_invited_pitch_twice", "en", "Claire Dunmore", "Partner | Dunmore & Webb procurement outsourcing", "London",
  ("acc",),
  ("msg", "Lovely to connect, Alex. Given the staffing pressure you mentioned, we run procurement-as-a-service for public hospitals: tender prep and "
          "evaluation support. Could I send a proposal?"),
  ("msg", "Hi Alex - following up with our rate card and two case studies from Spanish hospitals. Happy to jump on a call whenever suits."))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Tiziana Bossi", "Ingegneria Clinica | ASST Grande Ospedale Metropolitano Niguarda", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Come promesso ti mando la matrice HTA che usiamo in commissione per valutare le apparecchiature ad alta "
          "tecnologia. Se vuoi la adattiamo insieme per la vostra gara della TAC."))
P("user_invited_value", "en", "Ingrid Vos", "Assistant Professor, Operations Management | Erasmus University Rotterdam", "Rotterdam",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Here's the working paper on framework agreements and prices I mentioned, with the anonymised dataset. If you "
          "like, I can present the results to your team online - no charge, of course."))
P("user_invited_value", "it", "Riccardo Longhi", "RUP | Comune di Milano, Area Gare", "Milano",
  ("acc",),
  ("msg", "Grande Alex, grazie dell'invito! Ti giro il modello di DUVRI che usiamo per gli appalti di servizi, quello aggiornato di cui parlavamo. Se ti "
          "serve una mano con le commissioni giudicatrici ho un paio di nomi bravi. Ci becchiamo al prossimo incontro ITACA!"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Marina Cereda", "Responsabile Ufficio Gare | ASST Melegnano e della Martesana", "Vizzolo Predabissi", ("acc",))
P("acceptance_only", "en", "Thomas Grady", "Procurement Officer | UNICEF Supply Division", "Copenhagen", ("acc",))
P("lone_endorsement", "it", "Giacomo Ferri", "Magazzino economale | Logistica ospedaliera", "Gallarate", ("end",))
P("lone_endorsement", "it", "Lucia Valsecchi", "Assistente amministrativa | UOC Acquisti", "Saronno", ("end",))


for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Chiara Bonfanti", "c.bonfanti@asst-spedalicivili.example.it", "Capitolato suturatrici – bozza",
     "Ciao Alex,\n\nti ho mandato anche una richiesta su LinkedIn, ma per sicurezza ti scrivo qui: in allegato la bozza del capitolato. "
     "Dimmi se i criteri di qualità ti tornano.\n\nChiara", "it"),
    ("RPCT – Prevenzione della Corruzione", "rpct@asst-brughiera.example.it", "Promemoria: contatti con gli operatori economici durante le procedure",
     "Gentili colleghi,\n\nsi ricorda che durante lo svolgimento delle procedure di gara ogni contatto con gli operatori economici, anche tramite "
     "social network come LinkedIn, va evitato e, se ricevuto, segnalato al RUP.\n\nCordiali saluti\nIl Responsabile della Prevenzione della Corruzione", "it"),
    ("ARIA Informa", "newsletter@aria-informa.example.it", "Nuove convenzioni attive: guanti, siringhe e aghi",
     "Gentile utente,\n\nsono attive le nuove convenzioni per guanti, siringhe e aghi. Seguici anche sulla nostra pagina LinkedIn per gli aggiornamenti.", "it"),
    ("Fumagalli Ristorazione", "commerciale@fumagalli-ristorazione.example.it", "Proposta servizio mensa",
     "Spett.le ASST,\n\nfacendo seguito ai messaggi inviati al Vostro Responsabile Acquisti via LinkedIn, trasmettiamo in allegato la nostra migliore "
     "offerta per il servizio di ristorazione.\n\nDistinti saluti", "it"),
    ("UOC Risorse Umane", "risorse.umane@asst-brughiera.example.it", "Avviso collaboratori amministrativi – pubblicazione",
     "Ciao Alex,\n\nl'avviso per i due collaboratori amministrativi della tua UOC esce lunedì all'Albo e lo rilanciamo anche sulla pagina LinkedIn "
     "aziendale. Ci mandi entro venerdì i nomi per la commissione?\n\nGrazie,\nSilvia", "it"),
    ("Roundtable Secretariat", "secretariat@hospital-buyers.example.eu", "Annual meeting: programme and members' group",
     "Dear Alex,\n\nplease find the programme for the annual meeting attached. Slides will be shared in our members-only LinkedIn group after the "
     "event.\n\nKind regards", "en"),
    ("Matteo Villa", "matteo.villa94@mail.example.com", "Candidatura – collaboratore amministrativo UOC Acquisti",
     "Buongiorno Dott. Morgan,\n\nle ho scritto anche su LinkedIn; le invio qui il mio curriculum in vista dell'avviso. La ringrazio per "
     "l'attenzione.\n\nMatteo Villa", "it"),
    ("URP ASST della Brughiera", "urp@asst-brughiera.example.it", "Fwd: invito LinkedIn da un fornitore",
     "Alex,\n\nti inoltro un invito a collegarsi su LinkedIn che è arrivato alla casella dell'URP per te, da un fornitore di arredi. Vedi tu.\n\n"
     "---------- Messaggio inoltrato ----------\nDa: Massimo Radaelli via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\n"
     "Ciao Alex, sono il Massimo di Radaelli Forniture, quelli dei carrelli e degli arredi per i reparti.", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot eighty-third development corpus (dev83). Generated by scripts/make_corpus_dev83.py (seed {SEED}); do not edit by hand.",
          "# Alex as procurement manager of a public hospital trust in Lombardy: suppliers working around tenders, device reps, facility services, "
          "tender consultants, peer buyers, regional officials, universities, job applicants. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev83", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
