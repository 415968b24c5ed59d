#!/usr/bin/env python3
"""Write mailbot's dev194 corpus: tests/corpus/dev194/*.eml + expected.toml.

The angle: two ordinary months of 2021 (March and April) of the user Alex, a civil engineer
at a consulting firm in Turin that bids for public works (roads, bridges, school retrofits,
PNRR-funded tenders). Their LinkedIn world: sellers of surveying drones, laser scanners and
BIM software; subcontractors and other firms proposing joint bids (real partnerships, no
price attached); young graduates applying; peers passing on tender news and clarifications;
paid "certification" courses (BIM manager, CFP credits) that start as a free webinar and end
as a sales funnel; a geologist subcontractor who turns rude after being dropped from a bid;
endorse-me-back; bait and switch by invitation and by InMail. Italian first, then English,
French, some German and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Dates, endorsement skills, job-alert titles, spoof pitches and
the headlines of spoof-only names are swapped for this world in this process only. Every
note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev194.py              # writes tests/corpus/dev194
    python scripts/make_corpus_dev194.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20210301194

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the firm's world (this process only)
_LO, _HI = datetime(2021, 3, 1, 6, tzinfo=timezone.utc), datetime(2021, 4, 20, 18, tzinfo=timezone.utc)
_orig_start = mc.Gen.start_date


def _start_date(self, era: str) -> datetime:
    if era == "2016":
        return _orig_start(self, era)
    return _LO + timedelta(seconds=self.r.randint(0, int((_HI - _LO).total_seconds())))


mc.Gen.start_date = _start_date

SKILLS = {
    "en": ["Civil Engineering", "Structural Engineering", "BIM", "Tendering", "Project Management", "AutoCAD"],
    "de": ["Bauingenieurwesen", "Tragwerksplanung", "BIM", "Ausschreibungen", "Projektmanagement"],
    "fr": ["Génie civil", "Calcul de structures", "BIM", "Appels d'offres", "Gestion de projet"],
    "es": ["Ingeniería civil", "Cálculo de estructuras", "BIM", "Licitaciones", "Gestión de proyectos"],
    "it": ["Ingegneria civile", "Progettazione strutturale", "BIM", "Gare d'appalto", "Direzione lavori", "AutoCAD"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Ingegnere strutturista senior", "Studio Ferrero Ingegneria"), ("BIM Coordinator", "Arcadis Italia"),
              ("Project Engineer – Infrastructure", "Webuild"), ("Responsabile ufficio gare", "Società Alpina Costruzioni"),
              ("Ingénieur ouvrages d'art", "Egis")]
mc.COMPANIES["good"] = ["Politecnico di Torino", "Ordine Ingegneri Torino", "Studio Ferrero Ingegneria", "SCR Piemonte", "Società Alpina Costruzioni",
                        "Geotecnica Valsusa", "ANAS"]
mc.COMPANIES["sales"] = ["SkyMetrix Droni", "BIMforge", "ScanLine 3D", "GaraFacile", "FormaIng Academy", "TopoCloud", "CertiBIM Institute"]
mc.HEADLINES["good"] = ["Ingegnere strutturista presso {co}", "Project Manager | {co}", "Ricercatore, {co}", "BIM Specialist at {co}",
                        "Responsabile gare e appalti | {co}", "Direttore tecnico, {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Area Manager Nord Ovest @ {co}", "Founder & CEO at {co}",
                         "Helping engineering firms win more tenders | {co}", "Sales Director Southern Europe | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, the clarification answers for the bridge tender are in the shared folder. Sign in to download them before the deadline.",
           "Dear {first}, your account on the e-procurement portal will be suspended. Verify your credentials to keep access."],
    "de": ["Hallo {first}, die Antworten auf die Bieterfragen liegen im geteilten Ordner. Bitte melden Sie sich an, um sie herunterzuladen.",
           "Guten Tag {first}, Ihr Zugang zur Vergabeplattform wird gesperrt. Bitte bestätigen Sie Ihre Zugangsdaten."],
    "fr": ["Bonjour {first}, les réponses aux questions de l'appel d'offres sont en ligne. Connectez-vous pour les télécharger avant la clôture.",
           "Bonjour {first}, votre compte sur la plateforme des marchés publics va être suspendu. Vérifiez vos identifiants."],
    "es": ["Hola {first}, las respuestas a las aclaraciones del pliego están en la carpeta compartida. Inicia sesión para descargarlas.",
           "Estimado {first}, su cuenta en la plataforma de contratación será suspendida. Verifique sus credenciales."],
    "it": ["Ciao {first}, i chiarimenti della stazione appaltante sono nella cartella condivisa. Accedi per scaricarli prima della scadenza.",
           "Gentile {first}, il suo account sulla piattaforma di e-procurement sarà sospeso. Verifichi le credenziali per non perdere l'accesso."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "it": dict(job=("{n} nuove offerte per «ingegnere civile»", "Il tuo avviso di lavoro per ingegnere civile a {city}"),
               news="Recovery Plan: le stazioni appaltanti sono pronte?", group="Conversazioni principali in Ingegneri Strutturisti Italiani",
               newsletter="Cantiere aperto: il nuovo correttivo al Codice appalti spiegato semplice"),
    "en": dict(job=("{n} new jobs for \"civil engineer\"", "Your job alert for civil engineer in {city}"),
               news="Will Europe's recovery funds actually reach the building sites?", group="Top conversations in BIM Professionals Europe",
               newsletter="The Tender Desk: reading award criteria like an evaluator"),
    "fr": dict(job=("{n} nouvelles offres pour « ingénieur génie civil »", "Votre alerte emploi pour ingénieur génie civil à {city}"),
               news="Plan de relance : les chantiers publics vont-ils suivre ?", group="Meilleures discussions dans Ingénieurs Ouvrages d'Art",
               newsletter="Carnet de chantier : le BIM dans les marchés publics, mode d'emploi"),
    "es": dict(job=("{n} empleos nuevos de «ingeniero civil»", "Tu alerta de empleo de ingeniero civil en {city}"),
               news="¿Llegarán los fondos europeos a la obra pública?", group="Conversaciones destacadas en Ingeniería Civil y BIM",
               newsletter="Diario de obra: cómo leer un pliego sin perderse"),
    "de": dict(job=("{n} neue Jobs für „Bauingenieur“", "Ihr Jobalarm für Bauingenieur in {city}"),
               news="Brückensanierung: Wer plant das alles?", group="Top-Unterhaltungen in BIM im Infrastrukturbau",
               newsletter="Baustellennotizen: Nachträge richtig kalkulieren"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Federica Bosio", "Ingegnere civile neolaureata | Politecnico di Torino", "Torino",
  ("inv", "Buongiorno ing. Morgan, mi sono laureata a febbraio al Poli con una tesi sul consolidamento di ponti in muratura. Ho inviato il CV al vostro studio "
          "per la posizione di junior in ufficio gare: posso collegarmi qui per restare aggiornata?"),
  ("rem",))
P("good_invitation", "it", "Paolo Cravero", "Direttore tecnico | Cravero Costruzioni Generali srl", "Cuneo",
  ("inv", "Ciao Alex, esce a fine mese la gara della Provincia per la manutenzione dei ponti sulla SP 422. A noi manca la progettazione esecutiva, a voi "
          "l'impresa: ragioniamo su un RTI? Ti giro i requisiti quando vuoi."))
P("good_invitation", "fr", "Camille Roussel", "Ingénieure ouvrages d'art | Bureau d'études, Chambéry", "Chambéry",
  ("inv", "Bonjour Alex, on s'est croisés à la réunion transfrontalière sur le tunnel du Fréjus. Je monte un groupe informel d'ingénieurs franco-italiens "
          "qui échangent sur les DCE de part et d'autre : gratuit, juste un fil de discussion. Partant ?"),
  ("rem",))
P("good_invitation", "en", "Daniel Okafor", "MSc Civil Engineering student | TU Delft", "Delft",
  ("inv", "Hi Alex, I'm finishing my MSc at Delft on life-cycle costing of bridge retrofits and I'm moving to Turin in June. Would your firm take an "
          "intern or a junior on infrastructure bids? Happy to send my CV and thesis summary."))
P("good_invitation", "it", "Marta Giacosa", "Consigliera | Commissione Lavori Pubblici, Ordine Ingegneri Torino", "Torino",
  ("inv", "Alex buongiorno, il 15 aprile la Commissione fa un seminario online gratuito sul decreto Semplificazioni e le nuove soglie: 3 CFP riconosciuti. "
          "Ti mando il link di iscrizione se ti interessa."))
P("good_invitation", "es", "Lucía Arrieta", "Ingeniera de caminos | Oficina de licitaciones internacionales", "Madrid",
  ("inv", "Hola Alex, vi tu comentario sobre la licitación del BEI para carreteras en Albania. Nosotros también la estamos mirando y buscamos un socio "
          "italiano para el diseño. ¿Te parece que lo hablemos sin compromiso?"),
  ("rem",), nl="es")


# =============================================================== default_invitation
P("default_invitation", "it", "Gianni Viotti", "Commerciale | Attrezzature da cantiere", "Asti", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Rakesh Menon", "Business Development | Engineering Outsourcing", "Pune", ("inv", NONOTE))
P("default_invitation", "fr", "Bertrand Salvi", "Chargé d'affaires | Travaux publics", "Grenoble", ("inv", DEFAULT))
P("default_invitation", "de", "Uwe Brenninger", "Vertriebsleiter | Vermessungstechnik", "Rosenheim", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Davide Ollino", "Area Manager Nord Ovest | SkyMetrix Droni", "Novara",
  ("inv", "Salve Alex, con i nostri droni RTK fate il rilievo di un viadotto in mezza giornata invece di tre. Abbiamo un pacchetto noleggio + software "
          "per studi di progettazione: posso passare in studio per una demo?"))
P("sales_invitation", "en", "Hannah Levitt", "Account Executive, Infrastructure | BIMforge", "London",
  ("inv", "Hi Alex, Italian firms bidding on PNRR work now need BIM deliverables. BIMforge gets your team from CAD to IFC in 4 weeks, training included. "
          "Worth a 20-min call to see pricing?"),
  ("rem",))
P("sales_invitation", "it", "Roberta Sanna", "Responsabile commerciale | GaraFacile – bandi e gare", "Cagliari",
  ("inv", "Buongiorno, ricevete ancora i bandi a mano? Con GaraFacile ogni mattina avete le gare di progettazione filtrate per CPV e importo. "
          "Prova di 14 giorni, poi 89 €/mese. Le attivo l'accesso?"))
P("sales_invitation", "fr", "Julien Marchetti", "Directeur commercial | ScanLine 3D", "Lyon",
  ("inv", "Bonjour Alex, nos scanners laser 3D sont utilisés par les bureaux d'études pour les relevés d'ouvrages avant travaux. Je serai à Turin "
          "le 23 : un créneau pour vous montrer le matériel ?"))
P("sales_invitation", "it", "Simona Pautasso", "Consulente finanza agevolata", "Torino",
  ("inv", "Gentile ingegnere, aiutiamo gli studi tecnici a ottenere il credito d'imposta 4.0 su software e strumenti. Compenso solo a successo (15%). "
          "Possiamo sentirci per una verifica gratuita?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Stefano Rinaudo", "BIM Manager certificato | Docente FormaIng Academy", "Alessandria",
  ("inv", "Ciao Alex, giovedì tengo un webinar gratuito sulla UNI 11337 e sul capitolato informativo nelle gare: un'ora, niente slide commerciali. "
          "Ti aggiungo alla lista?"),
  ("msg", "Grazie per esserti collegato! Se il webinar ti è servito, il passo successivo è il percorso \"BIM Manager certificato\": 120 ore, esame "
          "incluso, 2.450 € + IVA. Entro venerdì c'è il 20% di sconto per chi era presente. Ti mando il modulo?", (4, 12)),
  ("msg", "Alex, ultimi 3 posti per l'edizione di maggio. Ti blocco il posto con un acconto di 500 €?", (6, 15)))
P("bait_and_switch_invitation", "en", "Gareth Pryce", "Founder | Infrastructure Bid Leaders Circle", "Bristol",
  ("inv", "Alex, I run a small peer circle of bid managers from engineering consultancies across Europe. We swap lessons learned on lost tenders, "
          "monthly call, no vendors. Would you like to join?"),
  ("msg", "Great to have you. Quick note before the first call: the circle is run through my bid-writing consultancy, so members get our "
          "win-rate audit at a reduced fee (£1,900 instead of £3,500). Shall I book yours?", (3, 9)))
P("bait_and_switch_invitation", "fr", "Amandine Verdier", "Responsable communauté | Réseau Ingénieurs Alpes", "Annecy",
  ("inv", "Bonjour Alex, je vous invite à rejoindre notre réseau d'ingénieurs des deux côtés des Alpes : partage d'appels d'offres, retours "
          "d'expérience, apéros techniques. C'est ouvert et gratuit."),
  ("msg", "Bienvenue ! Pour accéder à la base des appels d'offres partagés, il faut passer membre Premium du réseau : 390 € HT par an, "
          "facture possible au nom du cabinet. Je vous envoie le lien de paiement ?", (5, 14)))
P("bait_and_switch_invitation", "it", "Lorenzo Bertola", "Geometra | Appassionato di droni e fotogrammetria", "Biella",
  ("inv", "Ciao Alex, ho letto il tuo post sui rilievi dei muri di sostegno. Ho una domanda tecnica sulla precisione dei GCP in zone boscose, "
          "mi daresti un parere tra colleghi?"),
  ("msg", "Grazie mille del consiglio! Ti dico anche che ora lavoro con SkyMetrix: se vi serve un drone RTK vi faccio il prezzo agenti, "
          "7.900 € invece di 9.400. Te lo porto in prova?", (2, 8)),
  ("msg", "Alex, l'offerta sul drone scade il 30. Ti preparo il preventivo intestato allo studio?", (7, 16)))
P("bait_and_switch_invitation", "es", "Jorge Calvete", "Presidente | Foro Iberoamericano de Contratación Pública", "Sevilla",
  ("inv", "Hola Alex, desde el Foro preparamos una guía gratuita sobre cómo se evalúan las ofertas técnicas en Italia y España. ¿Te la envío? "
          "Encantado de conectar."),
  ("msg", "Aquí tienes el enlace a la guía. Por cierto, ofrecemos redacción de memorias técnicas llave en mano para licitaciones: desde 3.200 € "
          "por oferta. ¿Te preparo presupuesto para la próxima?", (3, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Massimo Ghigo", "Presidente | Associazione Giovani Progettisti Piemontesi", "Pinerolo",
  ("inm", "Invito al tavolo tecnico", "Buongiorno ingegnere, stiamo formando un tavolo tecnico di progettisti per dare un parere al Comune sulle "
          "linee guida per le gare di progettazione. Le andrebbe di partecipare? Nessun impegno economico."),
  ("inm", "Tavolo tecnico – adesione", "Grazie del riscontro. Per partecipare al tavolo bisogna iscriversi all'associazione come socio sostenitore "
          "(650 € annui) e frequentare il nostro corso \"Esperto gare\" a 980 €. Le invio il bonifico?", (4, 12)))
P("bait_and_switch_inmail", "en", "Vanessa Crowe", "Research Lead | Global Infrastructure Survey", "Singapore",
  ("inm", "Your input for our 2021 survey", "Hi Alex, we're surveying 200 engineering consultancies about how they price tenders post-COVID. "
          "Ten questions, and you get the full report for free. Could I send you the link?"),
  ("inm", "Report + a proposal", "Thanks for taking part! Before the report goes out: we also run a paid benchmarking service that compares your fees "
          "to 40 peers, €2,800 per year. Can I schedule a 15-min demo?", (6, 14)),
  ("inm", "Benchmarking slot", "Hi Alex, checking in again about the benchmarking. We can start this week if you confirm.", (5, 12)))
P("bait_and_switch_inmail", "de", "Klaus Vierlinger", "Leiter | Arbeitskreis Tunnelbau Alpenraum", "Innsbruck",
  ("inm", "Arbeitskreis Tunnelbau", "Grüß Gott Herr Morgan, wir laden Fachleute aus Italien zu unserem Arbeitskreis zum Brenner-Basistunnel ein. "
          "Ein Erfahrungsaustausch, online, zweimal im Jahr. Hätten Sie Interesse?"),
  ("inm", "Arbeitskreis – Teilnahme", "Vielen Dank für Ihr Interesse. Die Teilnahme ist an unser Zertifikat \"Tunnelbau-Experte\" gebunden "
          "(1.750 € zzgl. MwSt.). Darf ich Ihnen die Anmeldung schicken?", (5, 15)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Chiara Musso", "Ingegnere idraulico | Libera professionista", "Savigliano",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho confermato un po' di competenze, tra cui {skill}. Se ti va di ricambiare con Idraulica e Modellazione HEC-RAS "
          "mi fai un favore, sto aggiornando il profilo per le candidature 😊"))
P("endorse_me_back", "en", "Tariq Haddad", "Structural Engineer | Steel & Composite Bridges", "Dubai",
  ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} earlier this week. Would you mind returning the favour on Bridge Design and Eurocodes? "
          "Every bit counts with recruiters out here. Cheers"))
P("endorse_me_back", "fr", "Olivier Pasquier", "Ingénieur travaux | Terrassement et VRD", "Modane",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill}, ça me semblait mérité. En retour, tu pourrais me valider Gestion de chantier et VRD ? "
          "Merci d'avance, bonne journée"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Renato Lusso", "Titolare | Lusso Scavi e Movimento Terra", "Chivasso",
  ("inv", "Buongiorno, siamo un'impresa di movimento terra con SOA OG3. Cerchiamo studi che ci mettano nelle loro gare come subappaltatori. "
          "Possiamo sentirci?"),
  ("rem",),
  ("inm", "Nessuna risposta?", "Vedo che non ha tempo di rispondere a chi lavora davvero. Voi ingegneri da scrivania vi credete chissà chi, "
          "poi in cantiere chiamate noi. Complimenti per l'educazione.", (3, 10)))
P("hostility_after_decline", "en", "Brent Kowalski", "CEO | DroneSight Inspections", "Warsaw",
  ("inv", DEFAULT),
  ("inm", "Really?", "Alex, I sent you an invitation weeks ago and got nothing back. Ignoring people is just unprofessional. Hope your clients get better manners "
          "from you than I did.", (6, 15)))
P("hostility_after_decline", "fr", "Serge Lambertin", "Formateur | Préparation aux certifications BIM", "Marseille",
  ("inv", "Bonjour Alex, je prépare les ingénieurs à la certification BIM Manager, taux de réussite 92 %. Je vous présente le programme ?"),
  ("rem",),
  ("inm", "Sans réponse", "Alex, aucune réponse après deux relances. C'est assez méprisant envers quelqu'un qui vous proposait de progresser. "
          "Ne vous étonnez pas de perdre des marchés avec une telle attitude.", (4, 12)))
P("hostility_after_decline", "it", "Ivana Petrucci", "Agente | Software di computo metrico", "Genova",
  ("inv", NONOTE),
  ("inm", "Certo che…", "Buonasera, ma come si fa a ignorare una richiesta di collegamento? Siete tutti così voi dei grandi studi, "
          "arroganti finché non vi serve qualcosa. Cordiali saluti (si fa per dire).", (5, 14)))


# =============================================================== hostility_connection (the dropped subcontractor)
P("hostility_connection", "it", "Sergio Barbero", "Geologo | Studio Geologico Barbero", "Susa",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento. Per la gara della scuola di Bussoleno vi confermo la relazione geologica e le prove "
          "penetrometriche a 6.800 € più IVA. Se vi sta bene firmo subito la lettera d'impegno per l'RTP."),
  ("msg", "Ho saputo che per Bussoleno avete preso un altro geologo. Dopo tutte le ore che vi ho regalato sui sopralluoghi è una scorrettezza "
          "che non dimentico. Siete dei dilettanti e lo dirò a chiunque mi chieda di voi.", (10, 20)))
P("hostility_connection", "es", "Ramiro Quintana", "Gerente | Quintana Topografía y Drones", "Valladolid",
  ("msg", "Hola Alex, te paso tarifa para el levantamiento con dron del tramo de Cuneo: 4.200 € todo incluido. Necesito respuesta esta semana."),
  ("msg", "Alex, ¿otra vez sin contestar? Os hice precio de amigo y ni un correo. Muy poco serio por tu parte, de verdad. Ya me acordaré "
          "cuando me pidáis algo.", (8, 16)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Michela Ferrua", "Key Account Manager | TopoCloud", "Milano",
  ("msg", "Ciao Alex, TopoCloud carica le nuvole di punti del drone e in un'ora hai sezioni e volumi. Per gli studi sotto i 20 dipendenti "
          "abbiamo il piano Pro a 149 €/mese. Ti attivo la prova?"),
  ("msg", "Alex, ti riscrivo: questo mese il piano annuale ha due mesi in omaggio. Ti mando il contratto?"))
P("connection_only_pitches", "en", "Owen Fairbanks", "Partner | Tender Writing Solutions", "Dublin",
  ("msg", "Hi Alex, we write the technical proposals for engineering consultancies bidding in Italy and the UK. Fixed fee per bid, 35% average "
          "win rate. Shall we set up a call?"),
  ("msg", "Following up, Alex. We've got capacity for two more bids in May. Happy to send a quote."),
  ("msg", "Last try: 10% off the first bid if you book before Friday."))
P("connection_only_pitches", "it", "Alberto Casetta", "Consulente | Certificazioni ISO per studi tecnici", "Torino",
  ("msg", "Buongiorno Alex, per partecipare alle gare sopra soglia la ISO 9001 fa punteggio. Vi seguiamo dalla documentazione all'audit, "
          "a partire da 2.900 €. Le interessa un preventivo?"),
  ("msg", "Salve, le ricordo la nostra proposta per la ISO 9001. Abbiamo uno slot di audit libero a giugno."))


# =============================================================== single_pitch
P("single_pitch", "it", "Elena Ravera", "Commerciale | Stampa plotter e rilegature tecniche", "Torino",
  ("msg", "Ciao Alex, se avete consegne di gara in cartaceo facciamo stampa e rilegatura degli elaborati in giornata, ritiro in studio incluso. "
          "Vuoi il listino?"))
P("single_pitch", "fr", "Nathalie Cordier", "Consultante | Traduction technique et juridique", "Nice",
  ("msg", "Bonjour Alex, pour vos réponses aux appels d'offres en France, je traduis mémoires techniques et DCE italien-français. "
          "0,11 € le mot, délai 48 h. Je vous envoie une offre ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Giorgio Allasia", "Responsabile ufficio gare | Società Alpina Costruzioni", "Torino",
  ("msg", "Alex, ti segnalo che SCR Piemonte ha pubblicato ieri i chiarimenti sulla gara delle palestre scolastiche: hanno corretto il requisito "
          "di fatturato specifico, ora rientrate anche voi. Il link è sul portale, sezione avvisi."),
  ("msg", "Per Bussoleno: se vi serve un'impresa mandataria ci siamo. Nessuna fretta, guardate i numeri e ne parliamo con calma.", (10, 20)))
P("connection_brings_value", "fr", "Hélène Dufaure", "Ingénieure géotechnicienne | Bureau d'études Savoie", "Chambéry",
  ("end",),
  ("msg", "Bonjour Alex, comme promis je te passe nos retours d'essais pressiométriques sur le versant de Modane (2019). Ça pourrait t'éviter "
          "une campagne complète pour ton avant-projet. Bon courage pour la remise !"))
P("connection_brings_value", "en", "Priya Venkataraman", "Senior Engineer, Asset Management | Network Rail", "York",
  ("msg", "Hi Alex, following our chat about bridge inspection regimes: here's the public version of our examination standard and the risk "
          "matrix we use. Free to reuse, just cite the source. Shout if anything is unclear."))
P("connection_brings_value", "it", "Valentina Gribaudo", "Ricercatrice | Dipartimento di Ingegneria Strutturale, Politecnico di Torino", "Torino",
  ("msg", "Ciao Alex, stiamo cercando studi che ci diano qualche caso reale di verifica sismica di scuole per un progetto di ricerca. "
          "In cambio condividiamo i risultati e il nostro foglio di calcolo per le curve di fragilità. Ti andrebbe?"),
  ("msg", "Grazie per i dati! Come promesso ecco il foglio di calcolo e la bozza del report. Ti ho citato nei ringraziamenti.", (12, 25)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Cristina Ambrosio", "Talent Acquisition | Webuild", "Milano",
  ("inm", "Posizione Bid Engineer – infrastrutture", "Buongiorno Alex, cerchiamo un Bid Engineer senior per il team gare infrastrutturali "
          "di Milano. Il suo profilo sulle gare di progettazione è molto in linea. Le andrebbe una chiacchierata conoscitiva la prossima settimana?"))
P("stranger_inmail_recruiter", "fr", "Thomas Reynaud", "Responsable recrutement | Egis Ouvrages d'Art", "Lyon",
  ("inm", "Poste d'ingénieur ouvrages d'art – Lyon", "Bonjour Alex, nous recrutons un ingénieur confirmé pour la rénovation des viaducs "
          "alpins. Votre expérience italienne et le français sont un vrai plus. Seriez-vous ouvert à en discuter ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Fabio Perotti", "Sales Manager | CertiBIM Institute", "Bologna",
  ("inm", "Certificazione BIM: bando in scadenza", "Gentile ingegnere, dal 2022 le gare chiederanno figure BIM certificate. Il nostro corso "
          "con esame costa 1.890 €, ma con il voucher regionale paga solo il 30%. Le riservo un posto?"),
  ("inm", "Ultimi posti", "Ingegnere, restano 4 posti con voucher. Mi conferma entro domani?", (4, 10)))
P("stranger_inmail_sales", "en", "Kevin Yoon", "Growth | SiteSnap AI", "San Francisco",
  ("inm", "Cut site survey time by 70%", "Hi Alex, SiteSnap turns phone video into a measured 3D model of your site. Firms in Milan already "
          "use it for tender surveys. Free pilot, then $299/seat. Open to a quick demo?"))
P("stranger_inmail_sales", "es", "Nuria Prats", "Directora comercial | PliegoPro", "Barcelona",
  ("inm", "Software para ofertas técnicas", "Hola Alex, PliegoPro genera la memoria técnica a partir del pliego en minutos. Ya trabajamos con "
          "ingenierías italianas. ¿Te reservo una demo de 20 minutos esta semana?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Andrea Gallizio", "Ingegnere | Consulente sicurezza cantieri (CSP/CSE)", "Ivrea",
  ("inv", "Ciao Alex, ci siamo conosciuti al corso di aggiornamento CSE di gennaio. Ti giro volentieri il modello di PSC per cantieri stradali "
          "che usiamo, già aggiornato alle norme COVID."),
  ("msg", "Eccolo, è in Word così lo adatti. Se hai dubbi sull'allegato sul rischio interferenze scrivimi pure."),
  ("msg", "Alex, ora faccio anche il coordinamento sicurezza in outsourcing per gli studi: 1,2% dell'importo lavori, pacchetto completo. "
          "Per le vostre prossime gare ti faccio un'offerta?", (10, 25)))
P("good_turns_ugly", "en", "Ingrid Solberg", "Bridge Engineer | Consultant", "Oslo",
  ("inv", "Hi Alex, I read your paper on timber footbridge decks in the ICE proceedings. We're building a similar one in Norway; could I ask "
          "two questions about your moisture monitoring?"),
  ("msg", "Thanks so much for the detailed answers, they saved us a redesign. Attached our own sensor layout in case it's of use."),
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill} - could you endorse me for Timber Engineering and Bridge Design? Applying for chartership and "
          "it would really help.", (3, 10)))
P("good_turns_ugly", "fr", "Romain Achard", "Responsable formation | Institut Génie Civil Rhône-Alpes", "Grenoble",
  ("inv", "Bonjour Alex, nous organisons une matinée gratuite sur l'Eurocode 8 pour les ingénieurs italiens et français le 12 avril, "
          "en visio. Je peux vous envoyer l'invitation ?"),
  ("msg", "Merci d'avoir participé ! Voici les supports de la matinée et l'enregistrement."),
  ("msg", "Alex, suite à la matinée, nous proposons le cycle certifiant \"Expert Eurocode 8\" : 6 modules, 2 900 € HT, prise en charge possible. "
          "Je vous inscris pour la session de juin ?", (7, 20)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Luca Marengo", "Agente | Software BIM e calcolo strutturale", "Vercelli",
  ("inm", "Software di calcolo in promozione", "Buongiorno ingegnere, questo mese la licenza del nostro software strutturale ha il 35% "
          "di sconto con il modulo BIM incluso. Posso prenotarle una demo?"),
  ("inv", "Ciao Alex, ti seguo da un po' e mi piacciono i tuoi post sui ponti: colleghiamoci!", (15, 30)))
P("reinvite_known_bad", "en", "Derek Ashworth", "Consultant | Public Procurement", "Leeds",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met at the Transport Infrastructure webinar in March. Would be good to stay in touch.", (20, 40)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Franco Nebiolo", "Titolare | Nebiolo Prove Materiali", "Moncalieri",
  ("inv", "Salve, laboratorio prove su calcestruzzi e acciai. Vi facciamo il 20% di sconto sulle prove di accettazione. Ci sentiamo?"),
  ("inm", "Vergognoso", "Non rispondete neanche a un laboratorio del territorio. Questa è la vostra etica professionale? Siete degli "
          "arroganti, ve lo dico da quarant'anni di mestiere.", (5, 12)),
  ("inv", "Buongiorno ingegnere, riproviamo a collegarci? Ci tengo a lavorare con gli studi torinesi.", (20, 35)))
P("reinvite_known_ugly", "de", "Helmut Pramstaller", "Geschäftsführer | Netzwerk Infrastrukturplaner Tirol", "Bozen",
  ("inm", "Einladung Planerforum", "Sehr geehrter Herr Morgan, wir laden Sie zu unserem Planerforum ein: Austausch zwischen Südtiroler und "
          "Piemonteser Ingenieuren zu öffentlichen Aufträgen. Dürfen wir Sie vormerken?"),
  ("inm", "Planerforum – Gebühr", "Besten Dank für die Rückmeldung. Die Teilnahmegebühr beträgt 690 € zuzüglich MwSt., inklusive "
          "Zertifikat. Ich sende Ihnen die Rechnung zu.", (5, 12)),
  ("inv", "Guten Tag Herr Morgan, gern würde ich mich mit Ihnen vernetzen.", (20, 35)), nl="de")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Silvia Cerutti", "Business Developer | Studio di fotogrammetria aerea", "Torino",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Visto che ci siamo visti al Geo-Day, ti lascio la nostra offerta per i rilievi aerofotogrammetrici "
          "di tratte stradali: 380 € al chilometro con ortofoto. Se ti serve un preventivo chiedi pure."))
P("user_invited_pitch_once", "en", "Hamid Rahimi", "Regional Manager | Bentley-certified reseller", "Istanbul",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Since your firm does a lot of bridges, you might want OpenBridge: we can do a 3-year licence with "
          "onboarding at a good rate. Let me know."))
P("user_invited_pitch_once", "fr", "Agathe Morel", "Cheffe de projet | Agence de communication BTP", "Lyon",
  ("acc",),
  ("msg", "Merci d'avoir accepté ! Nous créons les visuels 3D et les vidéos de présentation pour les concours de maîtrise d'œuvre. "
          "Je vous envoie notre book et nos tarifs ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Matteo Bruno", "Area Manager | BIMforge Italia", "Torino",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito dopo la fiera! Come ti dicevo, con BIMforge passate dal DWG all'IFC in un mese. Per voi prezzo lancio "
          "a 1.150 € a postazione. Ti mando l'offerta?"),
  ("msg", "Alex, ti ricordo che il prezzo lancio vale fino al 30 aprile. Facciamo una call con il tuo socio?", (6, 15)))
P("user_invited_pitch_twice", "de", "Katrin Ebner", "Key Account | Laserscanning-Systeme", "Graz",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Herr Morgan! Für Ihre Bestandsaufnahmen von Brücken empfehle ich unseren neuen Scanner. "
          "Ich kann Ihnen ein Mietkaufangebot machen."),
  ("msg", "Guten Tag, kurze Nachfrage zu meinem Angebot: Sollen wir einen Vorführtermin in Turin vereinbaren?", (7, 14)))
P("user_invited_pitch_twice", "es", "Adrián Robles", "Socio | Consultoría de licitaciones europeas", "Madrid",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Ayudamos a ingenierías a entrar en licitaciones en España: te buscamos socio local y redactamos la oferta. "
          "Honorarios desde 2.500 €. ¿Lo vemos en una llamada?"),
  ("msg", "Alex, te reenvío nuestra propuesta. Si firmas este mes, la primera licitación va con un 15% de descuento.", (8, 18)))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Elisa Cavallero", "RUP | Settore Lavori Pubblici, Comune di Pinerolo", "Pinerolo",
  ("acc",),
  ("msg", "Buongiorno ing. Morgan, grazie del collegamento. Come anticipato all'incontro, le segnalo che a maggio uscirà l'avviso per "
          "l'elenco dei professionisti per incarichi sotto i 139.000 €. Vi conviene iscrivervi per tempo."))
P("user_invited_value", "en", "Tom Henderson", "Associate Director | Arup Bridges", "London",
  ("acc",),
  ("msg", "Good to connect, Alex. As promised at the conference, here's the link to our open guidance note on bridge load testing "
          "and a contact at the Highways team who reviews these. Happy to look at your test plan if useful."))
P("user_invited_value", "fr", "Mathilde Garnier", "Ingénieure travaux | Génie civil ferroviaire", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Je t'envoie le retour d'expérience de notre chantier de confortement de tunnel à Modane, avec les "
          "coûts réels : ça devrait t'aider pour chiffrer ton offre."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Roberto Audisio", "Dirigente | Area Infrastrutture, Città Metropolitana di Torino", "Torino", ("acc",))
P("acceptance_only", "en", "Laura Mitchell", "Bid Manager | Mott MacDonald", "Manchester", ("acc",))
P("lone_endorsement", "it", "Simone Actis", "Geometra | Ufficio tecnico comunale", "Bra", ("end",))
P("lone_endorsement", "es", "Pilar Echeverría", "Ingeniera de estructuras | Bilbao", "Bilbao", ("end",))


# =============================================================== more voices (the angle, weighted)
P("good_invitation", "it", "Tommaso Bergese", "Ingegnere edile | Praticante abilitato", "Asti",
  ("inv", "Salve Alex, sono Tommaso, abilitato da poco. Ho visto che il vostro studio cerca un junior per le verifiche sismiche delle scuole: "
          "ho fatto la tesi proprio su quello. Le posso mandare il portfolio?"))
P("connection_brings_value", "de", "Markus Oberhofer", "Projektleiter Brückenbau | Ingenieurbüro Oberhofer", "Innsbruck",
  ("msg", "Hallo Alex, die Autobahn Tirol hat die Vorinformation für die Sanierung der Sillbrücke veröffentlicht. Eure Erfahrung mit "
          "Spannbeton würde passen – sollen wir eine Arbeitsgemeinschaft prüfen? Unterlagen schicke ich gern."))
P("connection_only_pitches", "it", "Barbara Moine", "Formazione professionale | FormaIng Academy", "Torino",
  ("msg", "Ciao Alex, sono aperte le iscrizioni al master online \"Project Manager nelle opere pubbliche\": 40 CFP, 1.600 €. "
          "Per chi si iscrive entro il 15 c'è il modulo gare omaggio."),
  ("msg", "Alex, ti riscrivo per il master: possiamo fatturarlo allo studio e rateizzare in 6 mesi. Ti tengo il posto?"))
P("bait_and_switch_invitation", "it", "Ilaria Chiesa", "Community manager | Donne Ingegnere Piemonte", "Torino",
  ("inv", "Ciao Alex, organizziamo un gruppo di mentoring per ingegnere e ingegneri under 30 che lavorano sulle gare: cerchiamo mentor "
          "con esperienza. Un'ora al mese, volontario. Ti va?"),
  ("msg", "Grazie per aver aderito! Il percorso mentor prevede una certificazione da \"Mentor qualificato\" erogata dal nostro partner: "
          "480 € a persona, anche con fattura allo studio. Te la attivo?", (5, 14)))
P("user_invited_pitch_twice", "it", "Nicola Ferrero", "Titolare | Noleggio droni e piattaforme aeree", "Chieri",
  ("acc",),
  ("msg", "Grazie Alex! Per le ispezioni dei viadotti noleggiamo drone con pilota certificato ENAC a 650 € al giorno. Fammi sapere le date."),
  ("msg", "Ciao Alex, ad aprile ho ancora giornate libere per le ispezioni. Ti blocco una settimana a prezzo scontato?", (5, 12)))
P("hostility_after_decline", "es", "Esteban Morcillo", "Director | Academia BIM Online", "Málaga",
  ("inv", "Hola Alex, tenemos un máster BIM con titulación oficial, 100% online. ¿Te envío el temario y los precios?"),
  ("inm", "Sin respuesta", "Alex, la verdad es que ignorar a la gente así dice muy poco de ti. Luego os quejáis de que no hay profesionales "
          "formados. En fin.", (6, 14)))
P("stranger_inmail_recruiter", "es", "Marina Solís", "Técnica de selección | Acciona Ingeniería", "Madrid",
  ("inm", "Ingeniero/a de licitaciones – proyectos en Italia", "Hola Alex, buscamos un ingeniero de licitaciones con base en Turín para "
          "nuestros proyectos de infraestructura en Italia. Buen salario y contrato indefinido. ¿Hablamos esta semana?"))
P("good_invitation", "de", "Anna Leitner", "Bauingenieurin | Ausschreibungen ÖBB-Infrastruktur", "Wien",
  ("inv", "Hallo Alex, ich betreue Ausschreibungen für Planungsleistungen im Grenzraum. Nächsten Monat gibt es eine offene Bieterinfo (online, "
          "kostenlos) zum Los Brenner-Zulauf. Soll ich Ihnen den Termin schicken?"), nl="de")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Paolo Cravero", "p.cravero@cravero-costruzioni.example.it", "RTI SP 422 – requisiti",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn. In allegato i requisiti del bando della Provincia, vediamo se ci stiamo con i servizi di punta.\n\nPaolo", "it"),
    ("Segreteria Ordine Ingegneri", "segreteria@ordineingegneri.example.it", "Crediti formativi 2021 – promemoria",
     "Gentile iscritto,\n\nle ricordiamo di verificare i CFP sulla piattaforma. Attenzione a corsi \"certificati\" promossi via LinkedIn: "
     "solo quelli in elenco danno crediti validi.", "it"),
    ("Portale Gare SCR", "noreply@gare-scr.example.it", "Pubblicazione chiarimenti – procedura 12/2021",
     "Si comunica che sono stati pubblicati i chiarimenti. Questo messaggio è generato automaticamente. Seguite SCR anche su LinkedIn.", "it"),
    ("Sergio Barbero", "sergio@geologobarbero.example.it", "Re: Bussoleno",
     "Alex,\n\nvisto che su LinkedIn non rispondi, te lo scrivo qui: aspetto ancora il pagamento dei sopralluoghi di febbraio.\n\nSergio", "it"),
    ("Webinar BIMforge", "events@bimforge.example.com", "Your webinar recording",
     "Hi Alex,\n\nthanks for attending. Watch the recording and connect with our speakers on LinkedIn!", "en"),
    ("Camille Roussel", "camille.roussel@be-savoie.example.fr", "DCE tunnel – liens",
     "Bonjour Alex,\n\nje t'ai invité sur LinkedIn pour le groupe, mais voici déjà les liens vers les DCE en cours côté français.\n\nCamille", "fr"),
    ("Amministrazione", "amministrazione@studio-morgan.example.it", "Fatture aprile",
     "Alex, ci servono le note spese del sopralluogo a Susa. P.S. il socio chiede di non accettare su LinkedIn i venditori di droni, abbiamo già il contratto.", "it"),
    ("Xing", "noreply@xing.example.com", "Neue Kontaktanfragen",
     "Hallo Alex, Sie haben 2 neue Kontaktanfragen auf XING. Importieren Sie Ihre LinkedIn-Kontakte mit einem Klick.", "de"),
]

# every person in the current layout: the stories happen in 2021
ERAS = {p[2]: "cur" for p in PEOPLE}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev194 corpus. Generated by scripts/make_corpus_dev194.py (seed {SEED}); do not edit by hand.",
          "# Alex as a civil engineer at a Turin consulting firm bidding for public works, March-April 2021: drone and BIM sellers, joint-bid partners, "
          "graduates applying, peers with tender news, paid certification funnels, a rude subcontractor dropped from a bid. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev194", SEED, PEOPLE, FOREIGN, spoofs=9, other=12, header=HEADER, eras=ERAS)
