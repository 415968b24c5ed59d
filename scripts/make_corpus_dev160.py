#!/usr/bin/env python3
"""Write mailbot's dev160 corpus: tests/corpus/dev160/*.eml + expected.toml.

The angle: two ordinary months (March and April 2024) of the user Alex as head hospital
pharmacist at a university hospital in Bologna. Drug and device reps, automated dispensing
cabinet and robot vendors, CME (ECM) providers both free and paid, hospital pharmacists and
pharmacy students asking for a placement or a residency, peers sharing protocols and stability
data, predatory journals and congresses, patients' relatives whose complaints turn rude.
Formal and casual Italian, English, some German and Spanish.

The layout machinery comes from scripts/make_corpus.py through scripts/corpus_stories.py;
skills, headlines, job titles and spoof pitches are swapped in this process only. Every note
was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev160.py              # writes tests/corpus/dev160
    python scripts/make_corpus_dev160.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20240316

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2024, 3, 1, 7, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2024, 4, 30, 19, 30, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 11), "inm": (3, 10), "inv": (22, 32)})


def _window(steps) -> tuple[datetime, datetime]:
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a hospital pharmacy in Bologna (this process only)
RHEADLINE = {
    "it": "Direttore UOC Farmacia Clinica | Policlinico Universitario di Bologna",
    "en": "Head of Hospital Pharmacy | University Hospital of Bologna",
    "de": "Leitung Krankenhausapotheke | Universitätsklinikum Bologna",
    "es": "Jefe de Farmacia Hospitalaria | Hospital Universitario de Bolonia",
    "fr": "Pharmacien chef de service | CHU de Bologne",
}
SKILLS = {
    "it": ["Farmacia ospedaliera", "Farmacovigilanza", "Galenica clinica", "HTA", "Gestione del rischio clinico", "Nutrizione parenterale"],
    "en": ["Hospital Pharmacy", "Clinical Pharmacy", "Pharmacovigilance", "Aseptic Compounding", "Antimicrobial Stewardship", "Health Technology Assessment"],
    "de": ["Krankenhauspharmazie", "Klinische Pharmazie", "Arzneimittelsicherheit", "Zytostatikaherstellung"],
    "es": ["Farmacia hospitalaria", "Farmacia clínica", "Farmacovigilancia", "Nutrición parenteral"],
    "fr": ["Pharmacie hospitalière", "Pharmacie clinique", "Pharmacovigilance", "Stérilisation"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.LANGS[:] = ["it", "en", "it", "de", "es"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.example.org",
                       "nodkim", "display:outlook.com", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]
mc.JOBS[:] = [("Dirigente Farmacista – Farmacia Ospedaliera", "AUSL della Romagna"), ("Head of Pharmacy Services", "Ospedale San Raffaele"),
              ("Leitung Zentralapotheke (m/w/d)", "Kantonsspital Graubünden"), ("Clinical Pharmacy Lead – Oncology", "Humanitas"),
              ("Farmacéutico adjunto", "Hospital Clínic de Barcelona")]
mc.COMPANIES["good"] = ["AOU Parma", "Università di Bologna", "SIFO", "Ospedale Maggiore", "IRCCS Rizzoli", "Careggi", "Hospital La Paz", "Charité"]
mc.COMPANIES["sales"] = ["Dispensa Robotics", "MediCab Systems", "FormaECM Srl", "Aurelia Pharma", "InfuTech Medical", "PharmaLeads Italia"]
mc.HEADLINES["good"] = ["Farmacista dirigente presso {co}", "Clinical pharmacist at {co}", "Specializzanda in Farmacia Ospedaliera, {co}",
                        "Responsabile galenica | {co}", "Hospital pharmacist, {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Ospedaliero | {co}", "Area Manager at {co}", "Business Development | {co}",
                         "Sales Director Hospital | {co}", "Informatore scientifico | {co}"]
SPOOF_PITCH = {
    "it": ["Gentile {first}, il suo attestato ECM è pronto. Acceda per scaricarlo e confermare il pagamento della quota.",
           "Ciao {first}, ti ho condiviso il protocollo sulle sacche di nutrizione. Accedi per aprirlo."],
    "en": ["Dear {first}, your abstract has been accepted for oral presentation. Log in to confirm and pay the registration.",
           "Hi {first}, I shared the stability study with you. Sign in to view the document."],
    "de": ["Hallo {first}, ich habe Ihnen die SOP zur Zytostatika-Herstellung freigegeben. Bitte hier anmelden.",
           "Sehr geehrte/r {first}, Ihr Fortbildungszertifikat liegt bereit. Anmelden, um es herunterzuladen."],
    "es": ["Hola {first}, te he compartido el protocolo de nutrición parenteral. Inicia sesión para verlo.",
           "Estimado/a {first}, su comunicación ha sido aceptada. Inicie sesión para abonar la inscripción."],
    "fr": ["Bonjour {first}, je vous ai partagé le protocole. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre attestation de formation est prête. Connectez-vous pour la télécharger."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "it": dict(job=("{n} nuove offerte per «farmacista ospedaliero»", "Dirigente farmacista – {n} nuove offerte"),
               news="Carenza di farmaci: cosa cambia con il nuovo piano AIFA", group="Conversazioni principali in Farmacisti Ospedalieri Italiani",
               newsletter="Galenica oggi: sacche pronte o allestite in reparto?"),
    "en": dict(job=("{n} new jobs for \"hospital pharmacist\"", "Head of Pharmacy – {n} new jobs"),
               news="Why drug shortages are here to stay", group="Top conversations in Hospital Pharmacy Europe",
               newsletter="The Stewardship Brief: 48-hour antibiotic time-outs"),
    "de": dict(job=("{n} neue Jobs für „Krankenhausapotheker“", "Leitung Apotheke – {n} neue Jobs"),
               news="Lieferengpässe: Was Kliniken jetzt tun", group="Top-Unterhaltungen in Krankenhauspharmazie DACH",
               newsletter="Apotheke & Station: Die Woche in der Klinik"),
    "es": dict(job=("{n} empleos nuevos de «farmacéutico hospitalario»", "Jefe de Farmacia – {n} empleos nuevos"),
               news="Desabastecimiento de medicamentos: qué hacen los hospitales", group="Conversaciones destacadas en Farmacia Hospitalaria",
               newsletter="Boletín de farmacia clínica: conciliación al alta"),
    "fr": dict(job=("{n} nouvelles offres pour « pharmacien hospitalier »", "Pharmacien chef – {n} nouvelles offres"),
               news="Pénuries de médicaments : ce qui change", group="Meilleures discussions dans Pharmacie hospitalière",
               newsletter="La lettre de la PUI : automatisation et traçabilité"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Federica Lanzoni", "Farmacista dirigente | UFA oncologica, AOU Parma", "Parma",
  ("inv", "Ciao Alex, ci siamo sentiti al congresso SIFO di Roma. Abbiamo appena chiuso la validazione della stabilità di pembrolizumab in sacca a 14 giorni: "
          "se vi serve per la vostra UFA vi giro il report completo, gratis ovviamente. Scambio volentieri anche le vostre schede."),
  ("rem",))
P("good_invitation", "it", "Tommaso Rinaldi", "Specializzando in Farmacia Ospedaliera | Università di Ferrara", "Ferrara",
  ("inv", "Buongiorno dott. Morgan, sono al secondo anno di specializzazione e vorrei chiederle se il suo reparto accoglie tirocinanti per il semestre "
          "autunnale. Mi interesserebbe molto la parte di farmacovigilanza. Posso mandarle il CV? Grazie per l'attenzione."))
P("good_invitation", "en", "Hanna Lindgren", "Clinical Pharmacist, Antimicrobial Stewardship | Karolinska University Hospital", "Stockholm",
  ("inv", "Hi Alex, I'm pulling together a small group of European hospital pharmacists who run stewardship rounds, to compare IV-to-oral switch criteria. "
          "No fee, no sponsor, just a shared spreadsheet and a call every other month. Would you join us?"))
P("good_invitation", "it", "Sara Bortolotti", "Studentessa CTF | Università di Bologna", "Bologna",
  ("inv", "Salve! Sono una laureanda in CTF qui a Bologna, sto scrivendo la tesi sulle interazioni dei DOAC negli anziani politrattati. Il mio relatore mi ha "
          "detto che lei ha dei dati di riconciliazione terapeutica: potrei farle due domande?"),
  ("rem",))
P("good_invitation", "de", "Jonas Aichinger", "Stationsapotheker | Universitätsklinikum Innsbruck", "Innsbruck",
  ("inv", "Servus Alex, danke für Ihren Vortrag in Wien über die Unit-Dose-Umstellung! Wir stehen gerade am Anfang. Darf ich Ihnen ein paar Fragen zur "
          "Personalplanung schicken? Im Gegenzug teile ich gern unsere Checklisten."))
P("good_invitation", "it", "Marina Caputo", "Provider ECM | Segreteria scientifica SIFO Emilia-Romagna", "Bologna",
  ("inv", "Gentile collega, il 18 aprile organizziamo un corso residenziale gratuito sull'allestimento dei farmaci antiblastici (8 crediti ECM), "
          "aperto ai farmacisti della regione. Mi farebbe piacere averla tra i docenti o almeno tra i partecipanti."))
P("good_invitation", "es", "Lucía Esteban Ortega", "FEA Farmacia Hospitalaria | Hospital Universitario La Paz", "Madrid",
  ("inv", "Hola Alex, leí vuestro póster sobre conciliación al alta en el EAHP. En La Paz estamos con algo parecido en geriatría, ¿compartimos protocolos? "
          "Te puedo pasar el nuestro tal cual."), nl="es")


# =============================================================== default_invitation
P("default_invitation", "it", "Gianluca Pasini", "Area Manager Emilia | Aurelia Pharma", "Modena", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Rohan Mehta", "Regional Sales | InfuTech Medical", "London", ("inv", NONOTE))
P("default_invitation", "it", "Ilaria Venturi", "Farmacista | Farmacia comunale", "Imola", ("inv", DEFAULT))
P("default_invitation", "de", "Kevin Hartwig", "Vertrieb Klinikmarkt | MediCab Systems", "Stuttgart", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Davide Orlandini", "Key Account Ospedaliero | Dispensa Robotics", "Milano",
  ("inv", "Buongiorno Dott. Morgan, molte farmacie ospedaliere stanno passando agli armadi automatizzati di reparto per ridurre gli errori di prelievo. "
          "Posso presentarle in 20 minuti la nostra soluzione e un caso reale di un'AOU lombarda?"))
P("sales_invitation", "en", "Chloe Whitaker", "Enterprise Account Executive | MediCab Systems", "Manchester",
  ("inv", "Hi Alex - quick one. We've cut narcotics discrepancies by 90% for three NHS trusts with our smart cabinets. Worth a 15 min chat to see if "
          "Bologna would fit our EU pilot pricing? Happy to work around your schedule."),
  ("rem",))
P("sales_invitation", "it", "Beatrice Zaccaria", "Formazione ECM | FormaECM Srl", "Roma",
  ("inv", "Salve, offriamo pacchetti FAD da 50 crediti ECM a 89€ per farmacista, con sconti per i reparti che iscrivono tutto il personale. "
          "Le mando il listino 2024?"))
P("sales_invitation", "it", "Nicola Ferrante", "Informatore Scientifico del Farmaco | Aurelia Pharma", "Bologna",
  ("inv", "Buongiorno dottore, sono il nuovo ISF di zona per l'area ospedaliera. Vorrei fissare un incontro per presentarle il nostro biosimilare di "
          "adalimumab e le condizioni per la prossima gara regionale."))
P("sales_invitation", "es", "Álvaro Requena", "Business Development Manager | PharmaLeads", "Barcelona",
  ("inv", "Hola Alex! Ayudamos a proveedores hospitalarios a llegar a jefes de farmacia como tú... y también al revés: te conseguimos ofertas de 5 "
          "distribuidores en 48h. ¿Te llamo el martes?"))
P("sales_invitation", "de", "Sabine Vogler", "Senior Sales Manager | Pharma-Logistik Süd", "München",
  ("inv", "Guten Tag Herr Morgan, wir übernehmen für Klinikapotheken die komplette Kühlkettenlogistik inklusive Monitoring. Hätten Sie nächste Woche "
          "Zeit für ein kurzes Telefonat zu Ihren aktuellen Kosten?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Dr. Priya Nair", "Editor-in-Chief | Global Journal of Pharmacy Practice & Research", "Chennai",
  ("inv", "Dear Respected Dr. Alex, we are forming an international network of senior hospital pharmacists to exchange best practices and review "
          "manuscripts together. Kindly accept my request to be part of this community."),
  ("msg", "Dear Dr. Alex, warm greetings! Based on your remarkable profile we invite you to publish your research in our journal. Publication in 10 days, "
          "article processing fee USD 749 only. Please submit at the earliest.", (3, 9)),
  ("msg", "Respected Doctor, kindly note our Special Issue deadline is next week. We are offering 40% waiver on APC for editorial network members.", (8, 14)))
P("bait_and_switch_invitation", "it", "Lorenzo Baraldi", "Founder | Rete Farmacisti Ospedalieri Innovatori", "Reggio Emilia",
  ("inv", "Ciao Alex, sto mettendo in piedi un gruppo informale di direttori di farmacia ospedaliera del Nord per confrontarci su gare e carenze. "
          "Niente sponsor, solo una chat e una cena ogni tanto. Ci stai?"),
  ("msg", "Grazie dell'adesione! Ti anticipo una cosa: con la mia società di consulenza aiutiamo le farmacie a rinegoziare i capitolati di gara. "
          "Per i membri del gruppo c'è un'analisi iniziale a 2.500€ invece di 4.000. Ti va se ne parliamo giovedì?", (4, 10)))
P("bait_and_switch_invitation", "it", "Elena Marchi", "Clinical Specialist | InfuTech Medical", "Padova",
  ("inv", "Buongiorno Alex, sto preparando una revisione sull'uso delle pompe smart in oncologia e cerco farmacisti che vogliano commentare la bozza. "
          "Nessun interesse commerciale, solo un confronto tra colleghi."),
  ("msg", "Ciao Alex, grazie per aver accettato. In realtà ti scrivo anche per un altro motivo: InfuTech ha una nuova pompa con libreria farmaci integrata, "
          "ti andrebbe una demo in reparto con il vostro ingegnere clinico?", (3, 8)),
  ("msg", "Alex, riprovo: la demo dura 30 minuti e possiamo lasciarvi due pompe in prova. Mi dici una data?", (6, 12)))
P("bait_and_switch_invitation", "de", "Florian Reiter", "Apotheker | Gründer Klinikpharmazie-Netzwerk DACH", "Graz",
  ("inv", "Hallo Alex, ich lade Kolleginnen und Kollegen aus Klinikapotheken zu einem kostenlosen Online-Austausch über Lieferengpässe ein, einmal im Monat. "
          "Hätten Sie Lust, dabei zu sein?"),
  ("msg", "Schön, dass Sie dabei sind! Übrigens: unsere Engpass-Software \"ShortageRadar\" kostet für Kliniken Ihrer Größe nur 6.900 € im Jahr. "
          "Ich schicke Ihnen gern ein Angebot – passt Ihnen Dienstag für einen Termin?", (3, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Prof. Samuel Okafor", "Scientific Committee | World Summit on Clinical Pharmacy 2024", "Dubai",
  ("inm", "Invitation: keynote speaker, Clinical Pharmacy Summit", "Dear Dr. Morgan, considering your outstanding contribution to hospital pharmacy, "
          "the committee would like to invite you as keynote speaker at our summit in Dubai this October."),
  ("inm", "Speaker registration – action needed", "Dear Dr. Morgan, thank you for your kind acceptance. To secure your keynote slot please complete the "
          "speaker registration (EUR 999, includes certificate and gala dinner) within 7 days.", (4, 9)))
P("bait_and_switch_inmail", "it", "Roberta Galli", "Consulente | Qualità e accreditamento in sanità", "Verona",
  ("inm", "Questionario sulle carenze dei farmaci", "Gentile dottore, sto raccogliendo dati per un'indagine nazionale sulle carenze nelle farmacie ospedaliere. "
          "Le va di rispondere a 10 domande? In cambio le invio i risultati aggregati."),
  ("inm", "Grazie + una proposta", "Grazie per la disponibilità! Dai dati emerge che molte strutture sono impreparate all'accreditamento. Noi offriamo un audit "
          "pre-accreditamento a 3.800€: posso chiamarla per spiegarle come funziona?", (4, 9)))
P("bait_and_switch_inmail", "es", "Martín Salazar", "Director | Congreso Iberoamericano de Farmacia Clínica", "Lima",
  ("inm", "Invitación como ponente", "Estimado colega: nos honraría contar con usted como ponente invitado en nuestra mesa sobre seguridad del paciente. "
          "Sería una gran aportación."),
  ("inm", "Confirmación de ponencia", "Estimado Dr. Morgan, para confirmar su ponencia debe abonar la cuota de ponente de 650 USD antes del viernes. "
          "Adjunto los datos bancarios.", (3, 8)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Valentina Ruggeri", "Farmacista territoriale | AUSL Bologna", "Bologna",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho confermato un paio di competenze 😊 Se hai un minuto mi confermeresti Farmacovigilanza e Distribuzione diretta? "
          "Sto partecipando a un concorso e il profilo aggiornato aiuta."))
P("endorse_me_back", "en", "Marco DeLuca", "Pharmacy Operations Manager | HealthTrust Europe", "Birmingham",
  ("end",),
  ("msg", "Hey Alex, just endorsed you for {skill}, well deserved. Would you mind returning the favour on Supply Chain Management and Lean? "
          "Trying to beef up my profile before a few interviews. Cheers!"))
P("endorse_me_back", "it", "Carlo Pizzirani", "Farmacista | Responsabile acquisti, Casa di Cura Villa Laura", "Bologna",
  ("end",), ("end",),
  ("msg", "Buongiorno dottore, le ho segnalato alcune competenze sul profilo. Le chiederei, se non le dispiace, di fare altrettanto per me: "
          "Gestione magazzino e Gare d'appalto. La ringrazio molto."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Giorgio Mazzacurati", "Pensionato", "Casalecchio di Reno",
  ("inv", "Buongiorno, mia moglie è ricoverata da voi e da tre giorni manca un farmaco che prende da anni. Vorrei parlare con il responsabile della farmacia."),
  ("rem",),
  ("inm", "Vergogna", "Lei non si degna nemmeno di rispondere. Siete dei burocrati senza cuore, mia moglie sta male e voi vi nascondete dietro le scrivanie. "
          "Scriverò al Resto del Carlino e farò il suo nome. Complimenti per la professionalità."))
P("hostility_after_decline", "en", "Trent Dawson", "Founder & CEO | RxFlow AI", "Austin",
  ("inv", "Alex, we built an AI that forecasts drug shortages 6 weeks out. Looking for a lighthouse hospital in Italy. 15 mins?"),
  ("inm", "Seriously?", "Ignored twice. Honestly this is exactly why European hospitals are 10 years behind. Gatekeepers who can't be bothered to spend "
          "15 minutes on something that could save lives. Good luck with your spreadsheets."))
P("hostility_after_decline", "it", "Manuela Sgarbi", "Figlia di una paziente | Insegnante", "Bologna",
  ("inv", "Gentile dottor Morgan, mi scusi se la contatto qui. Mia madre è in dimissione e non riusciamo a capire come ritirare il farmaco in "
          "distribuzione diretta. Può aiutarci?"),
  ("inm", "Nessuna risposta", "Ho scritto educatamente e lei mi ignora. Che maleducato. Chi lavora nel pubblico dovrebbe ricordarsi chi gli paga lo stipendio. "
          "Farò reclamo formale all'URP, e non finisce qui."))
P("hostility_after_decline", "de", "Dieter Kalb", "Geschäftsführer | Kalb Medizintechnik", "Nürnberg",
  ("inv", "Guten Tag, wir liefern Sterilgutcontainer zu Top-Preisen. Gespräch?"),
  ("rem",),
  ("inm", "Unprofessionell", "Herr Morgan, zwei Anfragen, keine Reaktion. Das ist schlicht unhöflich. Von jemandem in Ihrer Position hätte ich mehr "
          "Anstand erwartet. Wir streichen Ihr Haus von unserer Liste."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Fabio Stanzani", "Direttore commerciale | MediCab Systems Italia", "Bologna",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento. Come ti dicevo al convegno, i nostri armadi di reparto sono già in uso a Modena: ti mando l'offerta?"),
  ("msg", "Alex, ti ho scritto tre volte e mi hai risposto solo con \"ci sentiamo\". Sinceramente un comportamento poco serio per un direttore. "
          "Se non vi interessa ditelo, invece di far perdere tempo alla gente."))
P("hostility_connection", "en", "Brandon Kyle", "VP Sales EMEA | Dispensa Robotics", "Dublin",
  ("msg", "Alex, following up on the robot quote. Q2 pricing expires on the 30th, let's get a call in."),
  ("msg", "Not even a reply? Wow. Real professional. Don't come crying to me when your techs are still counting pills by hand in 2030."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Simona Pellacani", "Account Manager Ospedaliero | Aurelia Pharma", "Modena",
  ("msg", "Buongiorno Alex, volevo segnalarti che la nostra enoxaparina è ora disponibile anche in siringa da 6000 UI. Posso passare in farmacia a presentartela?"),
  ("msg", "Ciao Alex, ti allego le condizioni economiche riservate alla vostra AOU per il secondo semestre. Quando ti posso chiamare?"),
  ("msg", "Alex, ultimo promemoria: entro aprile possiamo bloccare il prezzo. Fammi sapere!"))
P("connection_only_pitches", "en", "Jeremy Novak", "Partner | HealthReach Consulting", "Zurich",
  ("msg", "Hi Alex, we help hospital pharmacies reduce inventory by 20% in 90 days. Happy to share a case study over a call?"),
  ("msg", "Alex - circling back. We have two slots left for our Q2 pharmacy efficiency assessment. Shall I book you in?"))
P("connection_only_pitches", "it", "Paolo Guidetti", "Titolare | Guidetti Forniture Sanitarie", "Carpi",
  ("msg", "Buonasera dottore, abbiamo disponibilità immediata di guanti nitrile e camici sterili a prezzi ottimi, visto il periodo. Le mando il listino?"),
  ("msg", "Dottore, le rigiro l'offerta con un ulteriore 8% di sconto per ordini entro venerdì. Resto in attesa."))


# =============================================================== single_pitch
P("single_pitch", "it", "Andrea Montanari", "Product Specialist Nutrizione Clinica | Nutrimed", "Bologna",
  ("msg", "Ciao Alex, ti scrivo perché è uscita la nuova sacca tricamerale a basso volume per la pediatria. Ti andrebbe di vederla in una breve presentazione?"))
P("single_pitch", "en", "Olivia Brennan", "Senior Consultant | PharmaTalent Partners", "London",
  ("msg", "Hi Alex, hope all's well in Bologna! We place interim pharmacy managers across Europe. If you ever have a gap in your team, our fees start "
          "at 18% of salary. Shall I send our brochure?"))
P("single_pitch", "es", "Jordi Casals", "Director comercial | MedSterile", "Barcelona",
  ("msg", "Hola Alex, ¿qué tal? Te escribo porque ahora distribuimos en Italia nuestras campanas de flujo laminar. ¿Te interesaría un presupuesto?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Chiara Malaguti", "Farmacista dirigente | Ospedale Maggiore", "Bologna",
  ("msg", "Ciao Alex, ti giro la procedura aggiornata che abbiamo fatto per la gestione degli stupefacenti in reparto, dopo l'ispezione NAS. "
          "Usala pure come base, se ti serve la versione Word te la mando."),
  ("msg", "Ah, dimenticavo: la Regione ha pubblicato la nuova nota sulle carenze di amoxicillina, te la allego. Buona giornata!"))
P("connection_brings_value", "en", "Dr. Aisha Rahman", "Consultant Pharmacist, Critical Care | Guy's and St Thomas'", "London",
  ("end",),
  ("msg", "Hi Alex, lovely to meet you in Lisbon. As promised, here's our vancomycin AUC dosing tool and the validation paper. Feel free to adapt it, "
          "and shout if you want to join our monthly ICU pharmacy journal club - it's free and online."))
P("connection_brings_value", "it", "Stefano Albertini", "Presidente sezione regionale | SIFO Emilia-Romagna", "Reggio Emilia",
  ("msg", "Caro Alex, ti segnalo che sono aperte le iscrizioni gratuite alla giornata regionale sulla farmacia clinica del 20 aprile (accreditata ECM). "
          "Ci farebbe piacere se moderassi la sessione sul risk management."))
P("connection_brings_value", "de", "Katharina Moser", "Leiterin Krankenhausapotheke | LKH Bozen", "Bozen",
  ("msg", "Lieber Alex, wie besprochen schicke ich Ihnen unsere Stabilitätstabelle für parenterale Zytostatika, zweisprachig deutsch/italienisch. "
          "Verwenden Sie sie gern im Haus."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Laura Cattaneo", "Talent Acquisition | Gruppo San Donato", "Milano",
  ("inm", "Direzione farmacia – Ospedale San Raffaele", "Buongiorno dott. Morgan, stiamo cercando un Direttore di Farmacia per uno dei nostri IRCCS milanesi. "
          "Il suo profilo corrisponde molto bene. Sarebbe disponibile per una conversazione riservata la prossima settimana?"))
P("stranger_inmail_recruiter", "en", "Thomas Whitfield", "Executive Search, Life Sciences | Heidrick Partners", "Geneva",
  ("inm", "Head of Pharmacy role – international hospital group", "Dear Alex, I'm leading a search for a Head of Pharmacy Services at a private hospital "
          "group in Switzerland (German/Italian-speaking). Strong package, relocation support. Would you be open to a confidential chat?"))
P("stranger_inmail_recruiter", "de", "Julia Brandstätter", "HR Business Partner | Kantonsspital Graubünden", "Chur",
  ("inm", "Leitung Zentralapotheke", "Sehr geehrter Herr Morgan, für unsere Zentralapotheke suchen wir eine neue Leitung. Italienischkenntnisse sind ein "
          "Plus für unser Tessiner Einzugsgebiet. Hätten Sie Interesse an einem unverbindlichen Gespräch?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Riccardo Bellini", "Sales Manager | PharmaLeads Italia", "Roma",
  ("inm", "Database contatti farmacie ospedaliere", "Salve, vendiamo database aggiornati dei referenti di farmacia di tutte le ASL e AO italiane. "
          "Le interessa un preventivo?"))
P("stranger_inmail_sales", "en", "Dr. Kevin Osei", "Conference Director | International Pharmacy Congress 2024", "Dubai",
  ("inm", "Call for abstracts – early bird ends soon", "Dear Dr. Morgan, we invite you to submit an abstract to the 12th International Pharmacy Congress. "
          "Early-bird registration USD 690, accepted abstracts published in our indexed proceedings."),
  ("inm", "Final reminder: abstract deadline", "Dear Dr. Morgan, only 5 days left. Register now and get a free poster printing service."))
P("stranger_inmail_sales", "it", "Marta Siviero", "Consulente formazione | FormaECM Srl", "Padova",
  ("inm", "Crediti ECM mancanti per il triennio?", "Gentile dottore, il triennio si chiude a fine anno: con il nostro pacchetto FAD il suo reparto "
          "recupera tutti i crediti mancanti in un mese. Prezzo riservato per gruppi."))
P("stranger_inmail_sales", "es", "Ana Beltrán", "Account Executive | CabiSafe", "Valencia",
  ("inm", "Armarios automatizados para planta", "Hola Alex, los armarios CabiSafe ya están en 40 hospitales de España. ¿Te puedo enseñar una demo online de 20 minutos?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Massimo Tedeschi", "Farmacista | Formatore ECM", "Modena",
  ("inv", "Ciao Alex, tengo un corso online gratuito sulla farmacovigilanza attiva per i giovani farmacisti ospedalieri, il prossimo parte il 10 aprile. "
          "Se pensi possa servire ai tuoi specializzandi, ti mando il link."),
  ("msg", "Ecco il link per gli specializzandi, iscrizione libera. Grazie per la diffusione!"),
  ("msg", "Ciao Alex, visto il successo del corso gratuito abbiamo creato il master avanzato (1.200€ a persona, 50 ECM). Se iscrivi il reparto "
          "in blocco ti faccio il 15% di sconto. Ne parliamo?"))
P("good_turns_ugly", "en", "Daniel Whelan", "Clinical Pharmacist | Dublin Hospital Group", "Dublin",
  ("inv", "Hi Alex, saw your team's paper on parenteral nutrition errors. We had nearly the same issue in Dublin; happy to share our audit tool if useful."),
  ("msg", "Here's the audit tool and the form we use on the wards. Shout if anything's unclear!"),
  ("end",),
  ("msg", "Glad it helped! I've endorsed you for {skill} - would you mind endorsing me for Clinical Pharmacy and Medication Safety? Applying for a lead role."))
P("good_turns_ugly", "it", "Irene Fabbri", "Referente scientifica | Associazione Galenisti Italiani", "Firenze",
  ("inv", "Buongiorno Alex, come associazione stiamo raccogliendo le procedure di allestimento delle sacche NPT per un documento di consenso aperto. "
          "Ti andrebbe di contribuire? Sarà pubblicato gratuitamente."),
  ("msg", "Grazie mille per la procedura! Ti allego la bozza del documento, i contributori sono citati."),
  ("msg", "Alex, un'altra cosa: l'associazione ha un accordo con un fornitore di cappe e software di tracciabilità, per i soci c'è uno sconto. "
          "Ti faccio chiamare dal loro commerciale?", (5, 10)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Emanuele Corradi", "Business Developer | Dispensa Robotics", "Milano",
  ("inm", "Robot di dispensazione – demo", "Buongiorno dottore, le propongo una visita a un ospedale che usa il nostro robot. Organizziamo noi il trasferimento."),
  ("inv", "Ciao Alex, ci siamo incrociati al convegno di Rimini, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "en", "Megan Cho", "Account Executive | InfuTech Medical", "Amsterdam",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, I'm organising a free webinar on infusion safety in April - would love to have you in the network first!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Ottavio Lenzi", "Consulente | Logistica del farmaco", "Ferrara",
  ("inv", "Buongiorno, aiuto le farmacie ospedaliere a esternalizzare il magazzino. Le va un incontro?"),
  ("inm", "Ma davvero?", "Dottore, quanta superbia. Non rispondere nemmeno è roba da ufficio statale degli anni '80. Poi vi lamentate dei tagli."),
  ("inv", "Buongiorno Alex, ripartiamo col piede giusto? Mi farebbe piacere collegarmi."))
P("reinvite_known_ugly", "en", "Dr. Haruto Sato", "Chief Editor | Asian Journal of Pharmaceutical Innovation", "Osaka",
  ("inm", "Editorial board invitation", "Dear Dr. Morgan, we are pleased to invite you to join our editorial board as associate editor, recognising your expertise."),
  ("inm", "Editorial board – membership fee", "Dear Dr. Morgan, to finalise your appointment please pay the editorial membership fee of USD 300 and "
          "submit one article per year (APC applies)."),
  ("inv", "Dear Dr. Morgan, I would like to add you to my professional network."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Giacomo Serra", "Market Access Manager | Aurelia Pharma", "Roma",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Visto che siete in commissione terapeutica, ti mando il dossier HTA del nostro nuovo anticoagulante. "
          "Posso chiedere un incontro per discuterne l'inserimento in prontuario?"))
P("user_invited_pitch_once", "en", "Natasha Ivanova", "Regional Director | MediCab Systems", "Vienna",
  ("acc",),
  ("msg", "Thanks for connecting after EAHP, Alex! As mentioned, we'd love to quote for your new surgical block. Could I send a proposal this week?"))
P("user_invited_pitch_once", "de", "Matthias Brenner", "Vertriebsleiter | SteriPack GmbH", "Freiburg",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Ich schicke Ihnen gern ein Angebot für unsere Einmal-Sterilbarrieresysteme, falls Sie Ihren Lieferanten wechseln möchten."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Luca Benassi", "Amministratore | Benassi Informatica Sanitaria", "Bologna",
  ("acc",),
  ("msg", "Ciao Alex, grazie! Come anticipato, il nostro gestionale per la tracciabilità delle terapie oncologiche si integra con il vostro software. "
          "Ti va una demo?"),
  ("msg", "Alex, ti ricontatto per la demo. Abbiamo anche una formula a canone che evita la gara sopra soglia. Quando possiamo sentirci?"))
P("user_invited_pitch_twice", "en", "Grace O'Leary", "Business Development Director | PharmaTemp Solutions", "Cork",
  ("acc",),
  ("msg", "Thanks Alex! Great to connect. We supply locum hospital pharmacists across Italy and Ireland at short notice. Can I send our rates?"),
  ("msg", "Hi Alex, just checking you got our rate card? Happy to offer a 10% discount on your first booking."))
P("user_invited_pitch_twice", "es", "Sergio Navarro", "Director de ventas Europa | Kemfarma Robotics", "Zaragoza",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex. Como te comenté en Madrid, nuestro robot de reenvasado cabe en 4 m². ¿Te preparo una propuesta?"),
  ("msg", "Alex, te adjunto la propuesta con financiación a 5 años. ¿La vemos por Teams esta semana?"))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Francesca Gardini", "Farmacista clinica | Reparto di Ematologia, IRCCS Rizzoli", "Bologna",
  ("acc",),
  ("msg", "Grazie per l'invito Alex! Ti mando subito la scheda di monitoraggio dei TKI orali che usiamo con i pazienti, e se vuoi possiamo fare un "
          "confronto tra i nostri due gruppi a maggio."))
P("user_invited_value", "en", "Dr. Michael Becker", "Senior Lecturer, Pharmacy Practice | University of Bath", "Bath",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. Our MPharm students have an elective placement slot in September; if your department could host one, we cover "
          "all costs and I'll send you our supervision guide."))
P("user_invited_value", "it", "Elisa Tondelli", "Giornalista | Sanità24", "Milano",
  ("acc",),
  ("msg", "Grazie del collegamento! Sto scrivendo un pezzo sulle carenze di farmaci negli ospedali emiliani: potrei intervistarla per 15 minuti? "
          "Le mando le domande prima."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Roberto Sacchetti", "Direttore Sanitario | Policlinico di Modena", "Modena", ("acc",))
P("acceptance_only", "en", "Sophie Laurent", "Board Member | European Association of Hospital Pharmacists", "Brussels", ("acc",))
P("lone_endorsement", "it", "Alessia Grandi", "Tecnico di farmacia | Policlinico Universitario di Bologna", "Bologna", ("end",))
P("lone_endorsement", "es", "Pablo Ibarra", "Residente FIR | Hospital Clínic", "Barcelona", ("end",))


# =============================================================== more voices
P("good_invitation", "it", "Nicoletta Lorusso", "Dirigente farmacista | Policlinico di Bari", "Bari",
  ("inv", "Ciao Alex! Da noi stanno per arrivare gli armadi automatizzati in tre reparti e so che voi li usate da due anni. Mi racconteresti cosa rifaresti "
          "diversamente? Anche solo 10 minuti al telefono, te ne sarei grata 🙏"),
  ("rem",))
P("good_invitation", "en", "Emma Kowalczyk", "MPharm student | Erasmus+ at Università di Bologna", "Bologna",
  ("inv", "Dear Dr Morgan, I'm a 4th-year pharmacy student from Kraków on Erasmus in Bologna until July. Could I shadow your clinical pharmacy team for a "
          "few days? I speak basic Italian and I'm happy to help with any audit work."))
P("connection_brings_value", "es", "Raquel Fuentes", "Farmacéutica especialista | Hospital Universitario Virgen del Rocío", "Sevilla",
  ("end",),
  ("msg", "¡Hola Alex! Te mando, como quedamos en Lisboa, nuestro protocolo de desensibilización a platinos y la hoja de cálculo de diluciones. "
          "Si lo adaptáis, me encantaría saber cómo os va."))
P("sales_invitation", "it", "Federico Manfredi", "Responsabile sponsorizzazioni | MedEvents Congressi", "Rimini",
  ("inv", "Gentile Direttore, stiamo chiudendo gli spazi espositivi e i simposi satellite del congresso di ottobre. Pensavo a lei come moderatore "
          "sponsorizzato da un'azienda partner: le posso inviare il pacchetto con i costi?"))
P("bait_and_switch_invitation", "en", "Ryan Callahan", "Healthcare Automation Advisor | MediCab Systems", "Boston",
  ("inv", "Hi Alex, we've put together a free benchmark report on automated dispensing in 60 European hospitals. Happy to send you a copy, no strings."),
  ("msg", "Thanks for connecting! Here's the thing - the full report comes with a 30-min ROI session with our team, where we model MediCab's cabinets "
          "on your wards. When works for you?", (2, 7)),
  ("msg", "Hi Alex, our Q2 pricing window closes soon. Shall I book the ROI session for next week?", (5, 10)))
P("endorse_me_back", "de", "Sebastian Pichler", "Apotheker | Krankenhausapotheke Salzburg", "Salzburg",
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Wären Sie so nett und bestätigen mich auch, z. B. für Klinische Pharmazie? Danke und liebe Grüße!"))
P("hostility_after_decline", "es", "Diego Paredes", "Farmacéutico | Busco nuevas oportunidades", "Valencia",
  ("inv", "Hola Alex, soy farmacéutico con 3 años de experiencia en hospital y me gustaría trabajar en Italia. ¿Tenéis alguna vacante en tu servicio?"),
  ("rem",),
  ("inm", "Gracias por nada", "Veo que ni te molestas en contestar. Muy bonito el perfil de \"jefe cercano\" pero luego pasas de la gente. "
          "Eres un prepotente, que lo sepas."))
P("stranger_inmail_recruiter", "it", "Davide Cerioli", "Head of Clinical Operations | Meridia CRO", "Milano",
  ("inm", "Ruolo: Clinical Trial Pharmacist Lead", "Buongiorno Alex, in Meridia stiamo aprendo una posizione di Clinical Trial Pharmacist Lead con base a "
          "Bologna, part-time compatibile con incarichi ospedalieri. Ti andrebbe di parlarne con me?"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Ufficio Relazioni con il Pubblico", "urp@aou-bologna.example.it", "Reclamo n. 2024/311 – richiesta riscontro",
     "Gentile Direttore,\n\nle inoltriamo il reclamo della sig.ra Sgarbi, che dichiara di averla contattata anche tramite LinkedIn. Si prega di fornire riscontro entro 15 giorni.", "it"),
    ("Segreteria SIFO", "segreteria@sifo.example.it", "Congresso regionale – conferma moderazione",
     "Caro Alex,\n\nti confermiamo la moderazione della sessione. Se vuoi, condividi il programma anche su LinkedIn.", "it"),
    ("Global Journal of Pharmacy Practice", "editor@gjppr-journal.example", "Invitation to submit – APC waiver",
     "Dear Respected Doctor,\n\nwe came across your esteemed profile on LinkedIn. Submit your manuscript and enjoy 50% APC waiver.", "en"),
    ("Chiara Malaguti", "chiara.malaguti@ospedalemaggiore.example.it", "Procedura stupefacenti – versione Word",
     "Ciao Alex,\n\nti avevo scritto su LinkedIn, qui trovi la versione modificabile.\n\nChiara", "it"),
    ("Dispensa Robotics", "marketing@dispensa-robotics.example", "Webinar: the ward of the future",
     "Dear Alex,\n\njoin our webinar on automated ward cabinets. Follow us on LinkedIn for updates.", "en"),
    ("Krankenhausapotheke LKH Bozen", "apotheke@lkh-bozen.example.it", "Stabilitätstabelle – Excel",
     "Lieber Alex,\n\nanbei die Tabelle auch als Excel, die PDF-Version hatte ich Ihnen über LinkedIn geschickt.\n\nKatharina", "de"),
    ("Ufficio Formazione", "formazione@aou-bologna.example.it", "Dossier formativo ECM 2024",
     "Gentili Direttori,\n\nricordiamo di aggiornare il dossier formativo. Non inserite nei CV offerte ECM ricevute tramite LinkedIn da provider non accreditati.", "it"),
    ("Congreso SEFH", "secretaria@sefh-congreso.example.es", "Inscripción confirmada",
     "Estimado Dr. Morgan,\n\nsu inscripción al congreso está confirmada. Comparta su asistencia en LinkedIn con #SEFH2024.", "es"),
]

ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot development corpus dev160. Generated by scripts/make_corpus_dev160.py (seed {SEED}); do not edit by hand.",
          "# Alex as head hospital pharmacist at a university hospital in Bologna, March and April 2024: reps, cabinet vendors, CME providers, "
          "students, peers, predatory journals and congresses, patients' relatives. Same format as tests/corpus/dev."]


class Stories160(cs.EraStories):
    """Stories inside March and April 2024: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
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
    assert len(names) == len(set(names)), "duplicate names"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev160")
    args = ap.parse_args()
    check_notes()
    c = Stories160(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
    c.make_other(12)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
