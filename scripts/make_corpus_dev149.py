#!/usr/bin/env python3
"""Write mailbot's dev149 corpus: tests/corpus/dev149/*.eml + expected.toml.

The angle: Alex is the chief medical officer of a private clinic group with one house in
Zurich (Klinik Limmatblick) and one in Geneva (Clinique du Léman-Rive). Who writes to a CMO on
LinkedIn: medtech reps and AI-diagnostics vendors (radiology triage, pathology, AI scribes),
locum and physician-recruitment agencies, CME providers whose courses carry ISFM/SIWF or
society credits (some free, some sold), physicians applying for posts, peer CMOs and
department heads who share protocols and checklists, insurers selling group cover, journalists
who want a quote, and predatory congresses that turn an "honour" into a registration fee.
Swiss German (Zurich, Bern, Central and Eastern Switzerland), Swiss French (Geneva, Vaud,
Valais), English from abroad and from expats, and some Ticino and Lombard Italian.

Every scenario of the taxonomy is there, weighted to that world. The layout machinery comes from
scripts/make_corpus.py through scripts/corpus_stories.py; skills, the recipient's headline,
job-alert and news subjects, names, cities and headlines of spoof-only senders, and the lures
that spoofs carry are swapped for this world in this process only. The notes were written from
shared/taxonomy.md alone, without reading mailbot's judging code or its data.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev149.py              # writes tests/corpus/dev149
    python scripts/make_corpus_dev149.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260149

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the clinic group's world (this process only)
SKILLS = {
    "de": ["Klinische Governance", "Patientensicherheit", "Spitalmanagement", "Qualitätsmanagement", "Innere Medizin", "Medizinische Führung"],
    "fr": ["Gouvernance clinique", "Sécurité des patients", "Gestion hospitalière", "Qualité des soins", "Médecine interne"],
    "en": ["Clinical Governance", "Patient Safety", "Healthcare Management", "Quality Improvement", "Internal Medicine", "Medical Leadership"],
    "it": ["Governo clinico", "Sicurezza del paziente", "Management sanitario", "Qualità delle cure", "Medicina interna"],
    "es": ["Gestión clínica", "Seguridad del paciente", "Gestión hospitalaria", "Calidad asistencial", "Medicina interna"],
}
RHEADLINE = {
    "de": "Chief Medical Officer bei Lac & Limmat Kliniken, Zürich und Genf",
    "fr": "Directeur médical chez Groupe de cliniques Lac & Limmat, Genève et Zurich",
    "en": "Chief Medical Officer at Lac & Limmat Clinic Group, Zurich & Geneva",
    "it": "Direttore sanitario presso Gruppo cliniche Lac & Limmat, Zurigo e Ginevra",
    "es": "Director médico en Grupo de clínicas Lac & Limmat, Zúrich y Ginebra",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# LinkedIn's own wording for spoofs and other mail: mostly German and French, some English and Italian
mc.LANGS = ["de", "fr", "en", "de", "it"]
mc.SPOOF_METHODS = ["lookalike:xn--linkedn-dza.com", "dkimfail", "display:outlook.com", "lookalike:linkedin.com.secure-notify.example",
                    "untrusted:mx.example.net.relay-gw.example", "nodkim", "lookalike:linkedln.com", "buried", "display:tradeco-supplies.example",
                    "wrongpass", "lookalike:e-linkedin.info", "noauth"]

mc.CITY["de"] = ["Zürich", "Winterthur", "Bern", "Luzern", "St. Gallen", "Baden", "Zug"]
mc.CITY["fr"] = ["Genève", "Lausanne", "Nyon", "Sion", "Fribourg", "Carouge", "Morges"]
mc.CITY["it"] = ["Lugano", "Bellinzona", "Mendrisio", "Locarno", "Como", "Milano"]
mc.CITY["en"] = ["Zurich", "Geneva", "London", "Basel", "Dublin", "Amsterdam"]
mc.NAMES["de"] = (["Beat", "Regula", "Thomas", "Ursula", "Reto", "Simone", "Andreas", "Nicole", "Lukas", "Barbara", "Peter", "Cornelia"],
                  ["Brunner", "Keller", "Schmid", "Huber", "Meier", "Frei", "Gasser", "Bachmann", "Aebischer", "Wenger", "Moser", "Studer"])
mc.NAMES["fr"] = (["Nathalie", "Jean-Marc", "Christelle", "Pierre-Alain", "Sylvie", "Frédéric", "Anouk", "Cédric", "Véronique", "Loïc"],
                  ["Perrin", "Rochat", "Dubois", "Baud", "Chappuis", "Golay", "Pittet", "Monnet", "Rossier", "Vonlanthen"])
mc.NAMES["it"] = (["Fabio", "Manuela", "Claudio", "Monica", "Sergio", "Tiziana", "Mauro", "Daniela"],
                  ["Pedrazzi", "Cattaneo", "Bianchi", "Ferrari", "Fumagalli", "Pelli", "Realini", "Soldati"])
mc.NAMES["en"] = (["Emily", "David", "Rachel", "Simon", "Claire", "Andrew", "Hannah", "Peter"],
                  ["Harper", "Collins", "Walsh", "Hunt", "Bennett", "Fraser", "Dunn", "Maxwell"])
mc.COMPANIES["good"] = ["Klinik Limmatblick", "Clinique du Léman-Rive", "Kantonsspital Baden", "HUG", "Swiss Society of Internal Medicine",
                        "Forum Médical Romand", "EOC Lugano", "ETH Zürich"]
mc.COMPANIES["sales"] = ["Lumora AI", "MediTemp Schweiz", "Orthovision SA", "Scribely", "Alvena Versicherungen", "Locamed Intérim",
                         "Pathovision", "MedAcademy Lugano"]
mc.HEADLINES["good"] = ["Leitender Arzt Innere Medizin bei {co}", "Médecin-chef de service | {co}", "Primario di medicina | {co}",
                        "Chief Medical Officer at {co}", "Head of Quality & Patient Safety, {co}", "Oberärztin Anästhesie | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Kliniken | {co}", "Business Development Manager, DACH | {co}", "Responsable grands comptes santé chez {co}",
                         "Account Executive Healthcare at {co}", "Consulente commerciale sanità | {co}"]
mc.JOBS[:] = [("Chief Medical Officer (80-100 %)", "Spitalregion Mittelland"), ("Directeur·rice médical·e", "Réseau Santé Jura-Lac"),
              ("Medical Director, Clinical Operations", "Novacor Diagnostics"), ("Chefarzt/Chefärztin Innere Medizin", "Kantonsspital Baden"),
              ("Direttore sanitario", "Clinica Montebello")]
for _l, _t in {"de": ["Ihre Notfallstation", "Kurze Frage zur Anästhesie", "Offerte für Lac & Limmat", "Personalengpass Sommer", "Neue Lösung für Ihre Klinik"],
               "fr": ["Vos urgences", "Petite question", "Offre pour vos cliniques", "Remplacements d'été", "Nouveauté pour votre bloc"],
               "en": ["Your radiology backlog", "Quick question", "Proposal for Lac & Limmat", "Locum cover this summer", "AI triage pilot"],
               "it": ["Proposta per la vostra clinica", "Domanda veloce", "Sostituzioni estive", "Il vostro blocco operatorio", "Novità"],
               "es": ["Propuesta para su clínica", "Pregunta rápida", "Cobertura de verano", "Su servicio de urgencias", "Novedad"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _t
retitle_other({
    "de": {"job": ("{n} neue Jobs für „Chief Medical Officer“", "Ihr Jobalarm für Chief Medical Officer in {city}"),
           "news": "TARDOC ist da: Was ändert sich für die Privatkliniken?",
           "group": "Top-Unterhaltungen in Ärztliche Direktorinnen und Direktoren Schweiz",
           "newsletter": "Visite am Montag: Was Kaderärzte von KI wirklich erwarten"},
    "fr": {"job": ("{n} nouvelles offres pour « directeur médical »", "Votre alerte emploi pour directeur médical à {city}"),
           "news": "Cliniques privées romandes : la pénurie d'anesthésistes s'aggrave",
           "group": "Meilleures discussions dans Médecins cadres de Suisse romande",
           "newsletter": "Le billet du chef de clinique : l'IA au lit du patient"},
    "en": {"job": ("{n} new jobs for \"chief medical officer\"", "Your job alert for chief medical officer in {city}"),
           "news": "Are AI scribes actually saving doctors time?",
           "group": "Top conversations in European Physician Executives",
           "newsletter": "Rounds & Ratios: what private hospitals learned from the locum boom"},
    "it": {"job": ("{n} nuove offerte per «direttore sanitario»", "Il tuo avviso di lavoro per direttore sanitario a {city}"),
           "news": "Medici frontalieri: il Ticino cerca nuove regole",
           "group": "Conversazioni principali in Direttori sanitari Svizzera italiana",
           "newsletter": "Il giro visite: governo clinico in pillole"},
    "es": {"job": ("{n} empleos nuevos de «director médico»", "Tu alerta de empleo de director médico en {city}"),
           "news": "¿Quién firma cuando la IA se equivoca en el diagnóstico?",
           "group": "Conversaciones destacadas en Directivos médicos de Europa",
           "newsletter": "Pase de planta: liderazgo clínico para directivos"},
})

# what spoofs in someone's name carry: lures dressed as clinic business
SPOOF_PITCH = {
    "de": ["Grüezi {first}, die unterschriebene Vereinbarung für die Temporärärzte liegt im sicheren Ordner. Bitte melden Sie sich an, um sie gegenzuzeichnen.",
           "Guten Tag {first}, Ihre SIWF-Fortbildungsbestätigung läuft heute ab. Bitte Angaben im Portal bestätigen."],
    "fr": ["Bonjour {first}, le rapport d'incident du bloc opératoire vous a été transmis. Ouvrez le lien sécurisé pour le consulter.",
           "Docteur, votre attestation de crédits de formation continue est prête. Connectez-vous avant ce soir pour la télécharger."],
    "en": ["Hi {first}, I've shared the AI triage validation results with you. Sign in to the secure viewer to open them.",
           "Dear Dr {first}, your speaker honorarium is pending. Please confirm your bank details in the portal to release it."],
    "it": ["Buongiorno {first}, le ho condiviso il contratto per i medici sostituti. Acceda per firmarlo entro oggi.",
           "Gentile dottore, il suo attestato di crediti formativi è disponibile. Confermi i suoi dati al link."],
    "es": ["Hola {first}, le he compartido el informe de auditoría clínica. Inicie sesión para verlo.",
           "Estimado doctor, su certificado de créditos está listo. Acceda para descargarlo hoy."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Dr. med. Regula Amstutz", "Chief Medical Officer | Privatklinik Aarhof", "Bern",
  ("inv", "Grüezi Dr. Morgan. Wir führen im Herbst in unseren drei Häusern Antibiotic Stewardship ein, und ich habe gehört, dass Sie das in Zürich "
          "schon umgesetzt haben. Dürfte ich Sie 20 Min. dazu ausfragen? Unseren Sepsis-Pfad gebe ich gern im Gegenzug. Liebe Grüsse, Regula"),
  ("rem",))
P("good_invitation", "fr", "Sandrine Python", "Coordinatrice formation continue | Forum Médical Romand", "Lausanne",
  ("inv", "Bonjour Docteur, le 14 novembre nous tenons au CHUV une demi-journée gratuite sur l'insuffisance cardiaque en ambulatoire, 4 crédits ISFM, "
          "sans sponsor industriel. Les médecins-chefs et leurs assistants sont bienvenus, j'ai pensé à vous et à vos équipes."))
P("good_invitation", "de", "Dr. med. Jonas Käppeli", "Oberarzt Anästhesiologie | Kantonsspital St. Gallen", "St. Gallen",
  ("inv", "Guten Tag Dr. Morgan, ich habe die Ausschreibung Leitender Arzt Anästhesie in der Klinik Limmatblick gesehen. FMH seit 2019, Schwerpunkt "
          "Regionalanästhesie. Das Dossier ist ans HR unterwegs, ich wollte mich aber kurz persönlich vorstellen. Freundliche Grüsse"))
P("good_invitation", "fr", "Mathilde Rochat", "Journaliste santé | Le Temps", "Genève",
  ("inv", "Bonjour, je prépare un dossier sur l'IA dans le diagnostic au sein des cliniques privées romandes et votre groupe revient souvent. "
          "Accepteriez-vous un entretien de 20 minutes ? Je vous soumets les citations avant publication. Merci d'avance !"),
  ("rem",))
P("good_invitation", "it", "Dott.ssa Chiara Valsecchi", "Medico radiologo | Imaging senologico", "Como",
  ("inv", "Buongiorno Dott. Morgan, sono radiologa a Como, 8 anni di senologia. Ho letto che a Ginevra cercate un/una radiologo/a all'80-100% "
          "e ho già il riconoscimento MEBEKO del titolo. Posso mandarle il CV qui? Grazie e buona giornata"))
P("good_invitation", "en", "Dr. Aoife Brennan", "Senior Research Scientist, Clinical AI | Zurich Digital Health Lab", "Zürich",
  ("inv", "Hi Alex, we're validating open-source chest X-ray triage models across Swiss hospitals, academic, no vendor involved, and private "
          "clinics are missing from our data. Would your radiologists take part? Co-authorship for sites. Happy to send the protocol."))
P("good_invitation", "de", "Charlotte Imhof", "Partner, Healthcare & Life Sciences | Imhof Board Search", "Zürich",
  ("inv", "Dear Dr Morgan, I'm leading the search for the Medical Director of a university-affiliated rehabilitation network in Central "
          "Switzerland, start mid-2026. Your clinical governance work fits the brief closely. Open to a confidential call? Charlotte"),
  ("rem",), nl="en")


# =============================================================== default_invitation
P("default_invitation", "en", "Rahul Menon", "Regional Sales Manager | Diagnostic Imaging", "Basel", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Marco Zürcher", "Praxisinhaber | Allgemeine Innere Medizin FMH", "Winterthur", ("inv", NONOTE))
P("default_invitation", "fr", "Yann Berthoud", "Consultant | Santé & hôpitaux", "Neuchâtel", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Davide Pedrazzini", "Informatore medico-scientifico", "Bellinzona", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Ethan Caldwell", "Enterprise AE, DACH | Lumora AI, radiology triage", "München",
  ("inv", "Hi Alex, Lumora flags intracranial bleeds and PEs on CT in under 2 minutes, CE class IIb. Three Swiss private groups went live this "
          "year. Could I get 20 min with you and your head of radiology to walk through the workflow and the ROI numbers?"))
P("sales_invitation", "de", "Nicole Gerber", "Disposition Ärztinnen & Ärzte | MediTemp Schweiz AG", "Zürich",
  ("inv", "Grüezi Dr. Morgan – Lücken in der Anästhesie oder im Notfall über die Sommerferien? Wir vermitteln geprüfte Ärztinnen und Ärzte "
          "temporär, auch kurzfristig innert 48 h. Darf ich Ihnen unsere Tarifliste 2025 zustellen?"),
  ("rem",))
P("sales_invitation", "fr", "Grégory Pittet", "Key Account Manager Suisse romande | Orthovision SA", "Lausanne",
  ("inv", "Bonjour, nous proposons la navigation robotisée pour prothèses de genou en location à l'acte, sans investissement. Plusieurs cliniques "
          "genevoises l'ont adoptée. D'accord de me recevoir 30 minutes avec votre chef d'orthopédie ?"))
P("sales_invitation", "it", "Roberta Cattaneo", "Event manager | MedAcademy Lugano", "Lugano",
  ("inv", "Buongiorno Dottore, al nostro corso intensivo di ecografia POCUS (3 giorni, 24 crediti) restano 4 posti per i suoi medici: 2.450 CHF a "
          "testa, -15% da 3 iscritti. Le mando programma e modulo d'iscrizione?"))
P("sales_invitation", "de", "Thomas Bühlmann", "Firmenkunden Gesundheitswesen | Alvena Versicherungen", "Luzern",
  ("inv", "Guten Tag Dr. Morgan, unsere Krankentaggeld-Lösung für Spitalgruppen liegt im Schnitt 12 % unter den heutigen Prämien. Gern rechne "
          "ich Ihnen unverbindlich ein Angebot für Ihre rund 600 Mitarbeitenden. Passt ein kurzer Termin?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Patrick Lüthi", "Initiant | CMO-Roundtable Schweizer Privatkliniken", "Zug",
  ("inv", "Grüezi Alex, einmal im Quartal sitzen bei mir ein paar ärztliche Direktoren von Privatkliniken zusammen, ganz informell, ohne Folien. "
          "Nächstes Thema: Fachkräftemangel in der Anästhesie. Hätten Sie Lust, dazuzustossen?"),
  ("msg", "Merci für die Vernetzung! Kurz zum Hintergrund: Die Runde gehört zu unserem Benchmarking-Programm ClinicCompare. Teilnehmende Kliniken "
          "lizenzieren die Plattform für CHF 18'000 pro Jahr und erhalten dafür die Roundtables und die Quartalsberichte. Darf ich Ihnen eine Offerte zustellen?", (4, 15)),
  ("msg", "Hallo Alex, ich hake nochmals wegen der Offerte nach. Bis Ende Monat gilt der Einführungsrabatt von 20 %. Wann hätten Sie 30 Minuten?", (8, 20)))
P("bait_and_switch_invitation", "en", "Dr. Kevin Osterberg", "MD | Chief Medical Officer, Dermaclear AI", "Amsterdam",
  ("inv", "Hi Alex, physician to physician: how do you govern the AI apps your dermatologists already use on their phones? We had a near-miss last "
          "year and I'm trying to learn how other CMOs set the rules. Would value 10 minutes of your thinking."),
  ("msg", "Thanks for connecting, Alex, and for being open to compare notes. Full disclosure: that near-miss is exactly why we built Dermaclear, a "
          "CE-certified lesion triage tool with a full audit trail. I'd love to set up a demo for you and your dermatology lead. Would next Thursday work?"))
P("bait_and_switch_invitation", "fr", "Laetitia Dufaux", "Fondatrice | SafeReport Santé", "Sion",
  ("inv", "Bonjour Docteur Morgan, nous avons rédigé un petit guide gratuit sur la déclaration des événements indésirables (CIRS), adapté aux "
          "cliniques suisses. Je serais heureuse de vous l'envoyer, sans contrepartie."),
  ("msg", "Voici le guide, j'espère qu'il vous servira ! Par ailleurs, notre logiciel SafeReport automatise tout le circuit CIRS qu'il décrit, de la "
          "déclaration à l'analyse des causes. Puis-je vous proposer une démonstration de 30 minutes avec votre responsable qualité ? Tarif dégressif pour les groupes multisites."),
  ("msg", "Bonjour, je me permets de relancer : jusqu'à fin septembre, la licence de la première année est à moitié prix. Seriez-vous disponible mardi ou jeudi ?", (6, 18)))
P("bait_and_switch_invitation", "en", "Dr. Samuel Adeyemi", "Organizing Secretary | Global Summit on Hospital Medicine & Patient Care", "Dubai",
  ("inv", "Dear Dr. Alex Morgan, greetings! Considering your distinguished contribution to clinical leadership, the committee wishes to invite "
          "you to join the Scientific Advisory Committee of our upcoming summit. Kindly accept my request to proceed further."),
  ("msg", "Dear Doctor, thank you for accepting. As Scientific Committee member you are entitled to deliver a plenary talk. The committee member "
          "registration is only USD 1,299 (standard USD 1,799), covering certificate, lunch and abstract publication in our journal supplement. Kindly confirm at the earliest.", (2, 8)),
  ("msg", "Dear Dr. Morgan, gentle reminder that early bird closes this Friday. We can also accommodate two members of your team with group discount. Awaiting your positive reply.", (5, 12)))
P("bait_and_switch_invitation", "it", "Gianluca Rezzonico", "Network builder | Medici dirigenti della Svizzera italiana", "Lugano",
  ("inv", "Ciao Alex, sto mettendo insieme un piccolo gruppo di direttori sanitari tra Ticino, Romandia e Zurigo per scambiarci esperienze su "
          "turni, guardie e burnout. Nessun costo, una call al mese. Ti andrebbe di farne parte?"),
  ("msg", "Grazie di esserti unito! Approfitto per presentarti la mia attività principale: con MedStaff Ticino forniamo medici gettonisti e "
          "infermieri in missione, anche con 48 ore di preavviso. Per il gruppo Lac & Limmat potrei farti condizioni dedicate. Ci sentiamo questa settimana?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Stefan Wyss", "Redaktor | Swiss Health Leaders Magazin", "Zürich",
  ("inm", "Interview-Anfrage: KI in der Diagnostik", "Grüezi Dr. Morgan, für unsere Herbstausgabe porträtieren wir medizinische Direktorinnen und "
          "Direktoren, die KI bereits im Klinikalltag einsetzen. Hätten Sie Zeit für ein Interview von ca. 30 Minuten? Fotos machen wir gern bei Ihnen "
          "vor Ort. Freundliche Grüsse, Stefan Wyss"),
  ("inm", "Interview – nächste Schritte", "Vielen Dank für Ihre Zusage! Noch zur Info vorab: Die Porträts erscheinen als Partnerbeiträge, die "
          "Produktionspauschale beträgt CHF 4'800 exkl. MwSt. (inkl. Fotoshooting und 12 Monate online). Ich sende Ihnen gern den Auftrag zur Unterschrift."))
P("bait_and_switch_inmail", "en", "Prof. Linda Carrow", "Program Director | World Congress on Clinical Innovation", "London",
  ("inm", "Keynote invitation – WCCI 2026, Barcelona", "Dear Dr. Morgan, in recognition of your leadership in private hospital care, our organizing "
          "committee is pleased to invite you as a keynote speaker at WCCI 2026 in Barcelona, 12-14 March. Please let us know your availability and a tentative title."),
  ("inm", "WCCI 2026 – speaker registration", "Dear Dr. Morgan, thank you for your kind acceptance. To secure your keynote slot, please complete the "
          "speaker registration (EUR 990, includes CME certificate and gala dinner) within 7 days. Hotel rooms can be booked through our partner agency at special rates.", (4, 12)))
P("bait_and_switch_inmail", "fr", "Julien Favre", "Doctorant en santé publique | Fondateur de Respire", "Fribourg",
  ("inm", "Enquête sur l'épuisement des médecins-cadres", "Bonjour Docteur, je mène une enquête sur l'épuisement professionnel des médecins-cadres "
          "en Suisse romande. Le questionnaire prend 10 minutes et les résultats anonymisés seront partagés avec tous les participants. Accepteriez-vous "
          "d'y répondre, ou de le transmettre à vos chefs de service ?"),
  ("inm", "Résultats + une proposition", "Merci pour votre participation ! Les premiers résultats montrent un risque élevé chez les chefs de "
          "clinique. C'est précisément ce que traite Respire, notre programme de coaching avec application de suivi, à CHF 39 par médecin et par mois. "
          "Puis-je vous présenter une offre pour votre groupe lors d'un appel de 20 minutes ?", (10, 30)))
P("bait_and_switch_inmail", "it", "Alessia Crivelli", "Responsabile faculty | MedUp Formazione", "Milano",
  ("inm", "Invito nel comitato scientifico", "Gentile Dott. Morgan, stiamo costituendo il comitato scientifico della nostra piattaforma di formazione "
          "continua per medici svizzeri e italiani. Ci farebbe piacere averla tra i membri: nessun impegno economico, solo un parere sui programmi due volte l'anno."),
  ("inm", "Comitato scientifico – attivazione", "Gentile Dottore, grazie per la disponibilità. Per l'inserimento nel comitato sul sito e nei programmi "
          "è prevista una quota di attivazione di 1.200 CHF, che le dà anche diritto a pubblicare i corsi della sua clinica sulla piattaforma con commissione "
          "ridotta. Le invio il contratto?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Dr. med. Reto Hänni", "Facharzt Allgemeine Innere Medizin | freischaffender Spitalarzt", "Aarau",
  ("end",), ("end",),
  ("msg", "Hoi Alex, hab dich grad für {skill} bestätigt, machst du ja wirklich seit Jahren. Kleine Bitte: Könntest du mich für Notfallmedizin "
          "und Sonografie bestätigen? Ich bewerbe mich gerade auf ein paar Kaderstellen, und offenbar schaut man dort drauf. Merci vielmal!"))
P("endorse_me_back", "de", "Bradley Kosta", "Clinical Specialist | Cardiovascular Devices", "Zug",
  ("end",),
  ("msg", "Hey Alex! Just endorsed you for {skill} 👍 If you get a sec, could you endorse me for Medical Devices and Clinical Training? "
          "Would really help my profile. Thanks a ton!"), nl="en")
P("endorse_me_back", "fr", "Céline Maillard", "Physiothérapeute-cheffe | Cabinet Physio du Lac", "Nyon",
  ("end",), ("end",),
  ("msg", "Coucou Alex ! Je t'ai validé pour {skill}, c'est bien mérité. Tu pourrais me rendre la pareille pour « Rééducation orthopédique » "
          "et « Gestion d'équipe » ? Ça m'aiderait pour la reprise du cabinet 🙏"))
P("endorse_me_back", "it", "Sara Induni", "Coordinatrice infermieristica | Medicina interna", "Bellinzona",
  ("end",),
  ("msg", "Ciao Alex, ti ho confermato la competenza in {skill}. Se hai un attimo, mi confermeresti Gestione del personale e Qualità delle cure? "
          "Sto preparando la candidatura per un posto da capo servizio. Grazie di cuore!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Roger Egli", "Geschäftsführer | DocFlex Temporärärzte", "Olten",
  ("inv", "Grüezi Dr. Morgan, wir sind auf Temporärärzte in Anästhesie und Innerer Medizin spezialisiert. Gern würde ich Ihnen unser Modell vorstellen."),
  ("rem",),
  ("inm", "Keine Antwort?", "Guten Tag Dr. Morgan. Drei Anfragen, keine Reaktion. Bemerkenswert, wie gewisse Chefärzte mit Dienstleistern umgehen. "
          "Wenn Ihnen im Sommer die Anästhesisten fehlen, rufen Sie bitte jemand anderen an. Freundliche Grüsse, R. Egli"))
P("hostility_after_decline", "en", "Aaron Whitlock", "Founder & CEO | ClinIQ Copilot, the AI scribe for clinics", "London",
  ("inv", "Alex - we're the AI scribe 40+ European clinics use to halve documentation time. Worth a quick look?"),
  ("inm", "Seriously?", "I've reached out politely twice and you can't even be bothered to reply. For someone whose job is supposedly innovation "
          "in care, that's a remarkably closed mind. Hope your doctors enjoy the paperwork."))
P("hostility_after_decline", "de", "Dr Karim Haddad", "Médecin interniste FMH | en recherche de poste", "Annemasse",
  ("inv", "Bonjour Docteur, interniste FMH avec dix ans d'expérience hospitalière, je souhaiterais rejoindre votre équipe à Genève. Puis-je vous adresser mon dossier ?"),
  ("rem",),
  ("inm", "Votre silence", "Docteur, trois semaines sans réponse à une simple demande de contact. Je pensais qu'entre confrères la courtoisie "
          "allait de soi. Visiblement, dans les cliniques privées, on ne répond qu'aux patients qui paient. Je m'en souviendrai."), nl="fr")
P("hostility_after_decline", "it", "Claudio Beffa", "Consulente | Turismo medico Italia–Svizzera", "Milano",
  ("inv", "Buongiorno, collaboro con strutture private che accolgono pazienti internazionali. Vorrei proporle una collaborazione."),
  ("inm", "Complimenti", "Vedo che non si è degnato di rispondere. Complimenti per la famosa cortesia svizzera. Peccato, i pazienti li porteremo "
          "altrove, e lo diremo anche ai colleghi. Buon lavoro."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Sandra Zbinden", "Area Sales Manager | Sterimed Schweiz", "Bern",
  ("msg", "Hallo Alex, wir haben die neue Generation Dampfsterilisatoren mit rund 30 % kürzeren Zyklen. Für die AEMP in Zürich könnte ich Ihnen eine "
          "Teststellung organisieren. Wann passt Ihnen ein Termin?"),
  ("msg", "Hallo Alex, ich habe Ihnen schon letzten Monat geschrieben, und Ihre Einkäuferin antwortet auch nicht. Ehrlich, so behandelt man "
          "keinen langjährigen Lieferanten. Ich werde das bei Ihrer Geschäftsleitung ansprechen. Wirklich enttäuschend.", (20, 40)))
P("hostility_connection", "fr", "Olivier Cuendet", "Conseiller entreprises | Lémania Assurances", "Lausanne",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Comme évoqué au congrès, je peux vous faire une offre pour l'assurance perte de gain de vos médecins "
          "agréés. 15 minutes cette semaine ?"),
  ("msg", "Bonjour, vous m'invitez sur LinkedIn, puis plus aucune nouvelle quand je vous écris. C'est d'une impolitesse rare. Je ne perdrai plus "
          "mon temps avec votre clinique.", (10, 25)))
P("hostility_connection", "en", "Greg Sutter", "Healthcare Marketing | PatientFlow Digital", "Zurich",
  ("msg", "Hey Alex, your clinics' Google reviews average 3.9. We get private clinics to 4.7 in six months with our reputation package "
          "(CHF 2,900/month). Want to see a case study?"),
  ("msg", "bumping this up"),
  ("msg", "Fine, ignore me. Enjoy your 3.9 stars and the patients you keep losing to the clinic down the road. Some people just can't take honest feedback."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Melanie Frei", "Personalberaterin Ärzte | MedPool Personal AG", "Zürich",
  ("msg", "Hallo Alex, wir haben aktuell drei Fachärztinnen Gynäkologie, die ab Januar eine Festanstellung ab 60 % suchen. Unser Honorar: 18 % "
          "des Jahreslohns. Soll ich Ihnen die anonymisierten Profile schicken?"),
  ("msg", "Guten Tag Alex, kurze Nachfrage zu den Profilen. Neu hätten wir zudem einen Leitenden Arzt Orthopädie im Portfolio. Haben Sie diese "
          "Woche Zeit für ein kurzes Telefonat?"))
P("connection_only_pitches", "fr", "Stéphane Rey", "Ingénieur commercial | Biolab Diagnostics", "Genève",
  ("msg", "Bonjour Alex, nous lançons un analyseur de biochimie compact pour les laboratoires de clinique. Je peux vous faire une offre de reprise "
          "sur votre ancien appareil."),
  ("msg", "Bonjour, petite relance concernant l'analyseur : nous avons une offre de fin d'année intéressante. Un rendez-vous la semaine prochaine ?"),
  ("msg", "Dernier message de ma part : la promotion se termine le 20. Je reste à disposition pour une démonstration sur site."))
P("connection_only_pitches", "en", "Priyanka Rao", "Growth Lead | Scribely AI", "Berlin",
  ("msg", "Hi Alex! Scribely turns consult audio into structured notes in German, French and English, hosted in Switzerland. 14-day free pilot "
          "for two departments?"),
  ("msg", "Hi Alex, quick follow-up: we just finished our FADP assessment, which was the main question from other Swiss CMOs. Can I book 20 min with you?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Daniel Rüegg", "Vorsorgeberater | Sammelstiftung Medica", "Zürich",
  ("msg", "Hallo Alex, viele Belegärztinnen und Belegärzte sind in der 2. Säule schlecht abgesichert. Wir haben eine Sammelstiftung speziell für "
          "Ärzte. Dürfte ich Ihnen und Ihren Belegärzten das Konzept in 20 Minuten vorstellen?"))
P("single_pitch", "fr", "Nadia Bonvin", "Gérante | Tradumed, traduction médicale", "Sion",
  ("msg", "Bonjour Alex, pour vos patients internationaux nous traduisons rapports opératoires et lettres de sortie en 12 langues, sous 24 h, par "
          "des traducteurs médicaux. Puis-je vous envoyer nos tarifs ?"))
P("single_pitch", "en", "Tom Hadley", "Director | MedRep PR, reputation for doctors", "London",
  ("msg", "Alex, congrats on the new Geneva site. We place clinic leaders in the health pages of the big Swiss and UK papers. Packages start at "
          "CHF 6k a quarter. Open to a short call?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Dr. med. Franziska Graf", "CMO | Privatkliniken Ostschweiz", "St. Gallen",
  ("end",),
  ("msg", "Liebe Alex, wie am Treffen besprochen schicke ich dir unseren überarbeiteten Delir-Screening-Pfad samt Schulungsfolien für die Pflege. "
          "Wir haben damit die Fixationen innert eines Jahres halbiert. Nimm, was du brauchen kannst, und melde dich bei Fragen. Herzlich, Franziska"))
P("connection_brings_value", "fr", "Pascale Jaquet", "Responsable FMC | Forum Médical Romand", "Genève",
  ("msg", "Bonjour Alex, notre prochain colloque du jeudi (gratuit, 2 crédits ISFM) porte sur les anticoagulants en périopératoire. Je vous garde "
          "une place ; vos médecins assistants sont bienvenus aussi."),
  ("msg", "Merci d'être venu hier ! Comme promis, voici les diapositives des deux orateurs et l'algorithme simplifié. Bonne semaine."))
P("connection_brings_value", "it", "Dott. Fabio Lepori", "Direttore medico | Clinica Montebello", "Lugano",
  ("msg", "Ciao Alex, ti giro un contatto: la dott.ssa Manuela Ghisletta, cardiologa, lascia il suo posto in Ticino e vorrebbe trasferirsi a "
          "Zurigo. Bravissima, te la raccomando senza riserve. Se ti interessa vi metto in contatto per mail."))
P("connection_brings_value", "en", "Hannah Lowe", "Health correspondent | The Alpine Post", "Geneva",
  ("msg", "Hi Alex, I'm filing a piece on the new outpatient tariff (TARDOC) for Thursday. Could I get two or three sentences from you on what it "
          "means for private clinics? Happy to run quotes past you first, on record or background, your call."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Christoph Merz", "Partner | Merz & Stettler Executive Search", "Zürich",
  ("inm", "Vertraulich: CEO Spitalregion Mittelland", "Grüezi Dr. Morgan, im Auftrag des Verwaltungsrats einer öffentlichen Spitalregion im "
          "Mittelland suche ich eine medizinisch ausgebildete Persönlichkeit als CEO. Ihr Name wurde mir von zwei Seiten genannt. Wären Sie offen für "
          "ein vertrauliches Gespräch in den nächsten Wochen?"))
P("stranger_inmail_recruiter", "fr", "Isabelle Grandjean", "Responsable recrutement des cadres | Réseau Santé Jura-Lac", "Neuchâtel",
  ("inm", "Poste de directeur·rice médical·e", "Bonjour Docteur Morgan, le Réseau Santé Jura-Lac recrute son directeur ou sa directrice médical·e "
          "(100 %, entrée en fonction au printemps 2026), membre de la direction générale. Votre parcours en gouvernance clinique correspond au profil "
          "recherché. Seriez-vous disponible pour un premier échange confidentiel ?"))
P("stranger_inmail_recruiter", "en", "Mei Lin Tan", "Head of Talent, Medical Affairs | Novacor Diagnostics", "Basel",
  ("inm", "Chief Medical Officer – EU (Basel)", "Hi Alex, I'm the hiring lead for a new Chief Medical Officer role at Novacor Diagnostics in Basel, "
          "reporting to the CEO and owning clinical validation and regulatory strategy for our AI pathology line. We'd particularly value someone who "
          "has run clinical operations. Would you be open to a 30-minute exploratory call? Mei Lin"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Connor Blake", "Partnerships | RadiantScan Teleradiology", "Dublin",
  ("inm", "Overnight CT reads for your Geneva site", "Hi Alex, we provide 24/7 teleradiology reporting by Swiss-licensed radiologists, 30-minute "
          "turnaround for urgent CTs, at a flat CHF 45 per read. Could I send you a proposal for overnight cover?"),
  ("inm", "Following up", "Hi Alex, just bumping this. We can start with a no-commitment 4-week trial. Worth a call?"))
P("stranger_inmail_sales", "de", "Martina Wüthrich", "Vertrieb Medizinlaser | Lumenix GmbH", "Konstanz",
  ("inm", "Ästhetik-Angebot für Ihre Klinik?", "Guten Tag Dr. Morgan, viele Privatkliniken erweitern ihr Angebot um ästhetische Laserbehandlungen. "
          "Mit unserem Leasingmodell ab CHF 1'900/Monat sind Sie ohne Investition dabei. Ich stelle Ihnen das gern vor Ort vor."))
P("stranger_inmail_sales", "it", "Mattia Bernasconi", "Business development | Healthy Travel Italia", "Milano",
  ("inm", "Partnership pazienti internazionali", "Buongiorno Dottore, selezioniamo cliniche svizzere per pazienti italiani che cercano interventi "
          "ortopedici in tempi brevi. La nostra commissione è del 12% sul fatturato dei pazienti inviati. Possiamo fissare una call per discutere l'accordo?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Dr. med. Adrian Kälin", "Ehem. Chefarzt Chirurgie | Berater Qualitätsmanagement", "Luzern",
  ("inv", "Grüezi Alex, ich habe für die Fachgesellschaft die neue Checkliste zur perioperativen Antikoagulation mitverfasst. Falls Sie sie für "
          "Ihre Häuser brauchen können, schicke ich sie gern, kostenlos, sie ist zur Verbreitung gedacht."),
  ("msg", "Hier die Checkliste als PDF, dazu die Kurzversion fürs Stationszimmer. Wir haben sie in Luzern in zwei Kliniken getestet, Feedback ist willkommen."),
  ("msg", "Hallo Alex, noch etwas anderes: Ich begleite Kliniken inzwischen auch bei der Vorbereitung auf die ISO-9001-Zertifizierung. Mein "
          "Tagessatz liegt bei CHF 2'400; für Ihre beiden Standorte rechne ich mit etwa 15 Tagen. Wollen wir einen Termin für die Offerte abmachen?", (10, 40)))
P("good_turns_ugly", "fr", "Dr Valérie Jaccard", "Médecin formatrice | Directrice de MedSim Léman", "Genève",
  ("inv", "Bonjour Alex, j'organise un webinaire gratuit sur la simulation en équipe pour les urgences vitales en clinique, reconnu 1,5 crédit ISFM. "
          "Vos équipes seraient les bienvenues !"),
  ("msg", "Merci pour la participation de vos infirmières et médecins hier ! Voici l'enregistrement et le débriefing en PDF, à partager librement."),
  ("msg", "Bonjour Alex, suite au succès du webinaire, je vous propose notre programme de certification en simulation in situ pour vos deux "
          "cliniques : 6 sessions par site, CHF 14 500 au total. Je vous envoie une offre détaillée ?", (15, 45)))
P("good_turns_ugly", "en", "Dr. Eoin Gallagher", "Epidemiologist | Open Sepsis Registry", "Dublin",
  ("inv", "Hi Alex, I maintain an open registry of sepsis outcomes from 40 European hospitals. Saw your Basel talk on early warning scores and "
          "thought the benchmark data could help your quality team. Free to use, no strings."),
  ("msg", "Here's the access link and the data dictionary. Your clinics would sit in the 'private, under 200 beds' stratum. Shout if anything is unclear."),
  ("end",),
  ("msg", "Hi Alex, glad the registry is useful! I endorsed you for {skill} yesterday. Tiny favour: could you endorse me for Epidemiology and "
          "Data Analysis? I'm applying for a faculty post and every bit counts.", (1, 4)))
P("good_turns_ugly", "it", "Dott. Marco Rusconi", "Direttore medico | Clinica Monte Generoso", "Mendrisio",
  ("inv", "Buongiorno Alex, ho letto del vostro progetto di telemonitoraggio post-operatorio a Ginevra. Anche a Mendrisio lavoriamo a un protocollo "
          "simile: ti andrebbe di confrontare gli indicatori? Condivido volentieri i nostri dati."),
  ("msg", "Ecco il nostro protocollo e gli indicatori a 30 giorni, come promesso. Se vuoi ne parliamo a voce."),
  ("msg", "Ciao Alex, ti scrivo in un'altra veste: sono socio fondatore di TeleCura, la piattaforma che usiamo per il telemonitoraggio. Per un "
          "gruppo come il vostro la licenza parte da 38.000 CHF l'anno. Posso organizzarti una demo con il nostro team commerciale?", (12, 35)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Lars Henning", "VP Sales EMEA | Pathovision AI", "Copenhagen",
  ("inm", "AI-assisted pathology for private groups", "Hi Alex, Pathovision cuts histopathology turnaround by 35% with AI-assisted slide triage. "
          "Could I show you a 20-minute demo with your lab lead?"),
  ("inv", "Hello Alex, I enjoyed your contribution to the panel at the Swiss eHealth Forum. Would be glad to stay connected."))
P("reinvite_known_bad", "de", "Monika Schär", "Verkaufsleiterin | OP-Textilien Schär AG", "Sursee",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir haben uns an der IFAS in Zürich kurz am Stand gesehen. Würde mich freuen, in Kontakt zu bleiben!"))
P("reinvite_known_bad", "fr", "Fabrice Dumoulin", "Directeur commercial | Locamed Intérim Médical", "Genève",
  ("inv", "Bonjour, Locamed place des médecins intérimaires dans toute la Suisse romande sous 72 h. Je serais ravi de vous présenter nos conditions."),
  ("rem",),
  ("inv", "Bonjour Alex, je vois que nous avons plusieurs contacts en commun à la Clinique du Léman-Rive. Au plaisir d'échanger !"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Hansjörg Steiner", "Inhaber | Praxisberatung Steiner", "Chur",
  ("inv", "Grüezi, ich optimiere Abrechnung und Tarifierung für Kliniken unter TARDOC. Kurzes Gespräch?"),
  ("inm", "Schade", "Sie lassen meine Anfrage seit Wochen liegen. Typisch Chefetage in Privatkliniken: zu beschäftigt für ein Gespräch, aber "
          "jammern über die Tarife. Das ist schlicht arrogant."),
  ("inv", "Guten Tag Dr. Morgan, neues Jahr, neue Chance? Ich würde mich über eine Vernetzung freuen."))
P("reinvite_known_ugly", "en", "Dr. Farah Qureshi", "Conference Director | International Academy of Clinical Leadership", "Dubai",
  ("inm", "Invitation: Honorary Chair, Patient Safety session", "Dear Dr. Morgan, you have been nominated to chair the patient safety session at "
          "our International Clinical Leadership Forum in Dubai. This is an honorary role recognising your contribution to the field."),
  ("inm", "Session chair confirmation", "Dear Doctor, we are pleased you are considering the role. Session chairs are kindly requested to complete "
          "registration at the chair rate of USD 1,150 and to nominate two speakers from their institution. Kindly remit within 10 days."),
  ("inv", "Dear Dr. Morgan, it would be an honour to have you in my professional network."))
P("reinvite_known_ugly", "it", "Renato Colombo", "Agente | Forniture per sala operatoria", "Como",
  ("inv", "Buongiorno dottore, vorrei presentarle i nostri materiali di consumo per sala operatoria."),
  ("rem",),
  ("inm", "Educazione", "Non ha risposto né alla richiesta né al promemoria. Da noi tra professionisti si usa almeno dire di no. Che arroganza."),
  ("inv", "Buongiorno Alex, ho saputo che state cambiando fornitore di kit procedurali. Colleghiamoci?"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Lukas Ammann", "Product Specialist Endoskopie | Visiomed AG", "Basel",
  ("acc",),
  ("msg", "Danke für die Kontaktanfrage, Alex! Schön, dass wir uns an der Jahrestagung kennengelernt haben. Wie besprochen könnten wir Ihnen unsere "
          "neue 4K-Endoskopieplattform im Frühling zwei Wochen zur Verfügung stellen, danach im Leasing. Soll ich das mit Ihrem Einkauf aufgleisen?"))
P("user_invited_pitch_once", "en", "Rebecca Klein", "Co-founder | Wardwise, AI bed management", "Zurich",
  ("acc",),
  ("msg", "Thanks for connecting after Digital Health Day, Alex! As promised: Wardwise predicts discharges 48h ahead, and our pilot clinics freed "
          "about 6% of bed capacity. Could we do a 30-min demo for you and your COO in January? Pricing is per bed per month."))
P("user_invited_pitch_once", "fr", "Thierry Vuilleumier", "Conseiller | RC professionnelle médicale", "Fribourg",
  ("acc",),
  ("msg", "Merci pour la mise en relation, Alex. Suite à notre échange au forum, je me permets : nous assurons la RC professionnelle de plusieurs "
          "cliniques privées avec des primes revues à la baisse cette année. Je peux vous établir une comparaison sans engagement ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Émilie Borel", "Chargée d'affaires | Intérim Santé Romandie", "Lausanne",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Suite à notre discussion au forum RH santé, voici nos tarifs pour les médecins intérimaires en "
          "anesthésie : dès CHF 165/h. Souhaitez-vous que je vous envoie des profils ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : deux anesthésistes sont disponibles dès le 1er mars. Je peux vous en réserver un jusqu'à vendredi ?"))
P("user_invited_pitch_twice", "de", "Kurt Hofstetter", "Key Account Manager | Labordiagnostik Hofstetter", "Dübendorf",
  ("acc",),
  ("msg", "Hallo Alex, merci für die Einladung! Wie am Kongress besprochen: Unser POCT-Blutgasanalysator wäre ideal für Ihre Notfallstation. "
          "Ich schicke Ihnen gern eine Offerte."),
  ("msg", "Guten Tag Alex, die Offerte ist bereit, inkl. Schulung und Wartungsvertrag über 5 Jahre. Wann darf ich sie Ihnen präsentieren?"))
P("user_invited_pitch_twice", "it", "Valentina Pozzi", "Account manager | SanIT software clinico", "Bellinzona",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Come ti dicevo a Lugano, la nostra cartella clinica elettronica è già integrata con la cartella "
          "informatizzata del paziente svizzera. Ti mando una presentazione?"),
  ("msg", "ciao Alex, hai visto la presentazione? c'è uno sconto per chi firma entro fine anno, ci sentiamo?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Anne-Laure Vuille", "Professeure de médecine interne | Université de Lausanne", "Lausanne",
  ("acc",),
  ("msg", "Merci pour la demande, Alex. Comme promis à Montreux, voici notre protocole de sortie précoce après pneumonie (version 2025), avec les "
          "critères et la fiche patient. Si vos internistes veulent participer à l'étude multicentrique l'an prochain, ils sont les bienvenus."))
P("user_invited_value", "de", "Corinne Studer", "Leitende Ärztin Infektiologie | Kantonsspital Baden", "Baden",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex. Anbei wie besprochen unsere Hausempfehlung zur perioperativen Antibiotikaprophylaxe und die Auswertung "
          "der Verbrauchszahlen. Wenn Ihr Stewardship-Team einmal bei uns hospitieren möchte: sehr gern!"))
P("user_invited_value", "it", "Lorena Gianella", "Primaria di Anestesia | Ospedale regionale", "Bellinzona",
  ("acc",),
  ("msg", "Grazie del collegamento, Alex! Ti mando il materiale del corso di airway management che teniamo ogni mese: è gratuito e dà 4 crediti "
          "della società di anestesia. Se qualcuno dei tuoi anestesisti vuole venire, c'è posto."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Samuel Roth", "Chefarzt Orthopädie | Klinik am See", "Küsnacht", ("acc",))
P("acceptance_only", "fr", "Élise Morand", "Directrice des soins | Clinique des Alpes", "Montreux", ("acc",))
P("lone_endorsement", "en", "Nora Lindgren", "Quality Manager | Private hospital group", "Zug", ("end",))
P("lone_endorsement", "it", "Matteo Ghirlanda", "Medico assistente | Medicina interna", "Lugano", ("end",))


# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("HR Klinik Limmatblick", "hr@limmatblick.example.ch", "Bewerbung Dr. Käppeli – Leitender Arzt Anästhesie",
     "Liebe Alex\n\nim Anhang das Dossier von Dr. Jonas Käppeli. Er hat dich offenbar auch auf LinkedIn angeschrieben. Wir würden ihn gern in der KW 12 einladen.\n\nBeste Grüsse\nHR", "de"),
    ("Mathilde Rochat", "m.rochat@letemps.example.ch", "Entretien IA et diagnostic",
     "Bonjour,\n\nje vous ai aussi écrit sur LinkedIn, mais au cas où : seriez-vous disponible jeudi à 14 h pour l'entretien ? Vingt minutes suffisent.\n\nMathilde Rochat", "fr"),
    ("Lumora AI", "hello@lumora-ai.example", "We connected on LinkedIn – your radiology backlog",
     "Hi Alex,\n\nfollowing up on my LinkedIn note: Lumora triages head CTs in under two minutes. Can we book 20 minutes next week?\n\nEthan", "en"),
    ("IT-Sicherheit Lac & Limmat", "security@lacetlimmat.example.ch", "Warnung: gefälschte LinkedIn-Nachrichten",
     "Liebe Kolleginnen und Kollegen\n\nzurzeit kursieren gefälschte LinkedIn-Mails mit angeblichen Fortbildungszertifikaten. Bitte keine Links anklicken und verdächtige Mails an security@ melden.", "de"),
    ("Congrès Médical Romand", "info@cmr-congres.example.ch", "Programme 2026 en ligne – suivez-nous sur LinkedIn",
     "Le programme du congrès est en ligne : 14 crédits ISFM. Suivez notre page LinkedIn pour les annonces des orateurs.", "fr"),
    ("Fabio Lepori", "f.lepori@montebello.example.ch", "La dott.ssa Ghisletta",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn: ecco il CV della dott.ssa Ghisletta, come promesso. Fammi sapere se vuoi che vi metta in contatto.\n\nFabio", "it"),
    ("International Summit Secretariat", "secretariat@ghm-summit.example", "Final call for speakers – we found you on LinkedIn",
     "Dear Doctor,\n\nwe found your distinguished profile on LinkedIn. Register now as speaker (fee applies) for the Global Summit on Hospital Medicine.", "en"),
    ("Kommunikation Lac & Limmat", "kommunikation@lacetlimmat.example.ch", "Freigabe LinkedIn-Post: neues MRI in Zürich",
     "Hallo Alex\n\nkannst du den Text für den LinkedIn-Post zum neuen 3-Tesla-MRI bis Mittwoch freigeben? Entwurf unten.\n\nGruss, Kommunikation", "de"),
    ("Peter Collins", "peter.collins@example.net", "Fwd: I want to connect",
     "Alex, this locum agency chap also tried to connect with me on LinkedIn. Do you know them? Feels spammy.\n\n---------- Forwarded message ----------\n"
     "From: Roger Egli via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nGrüezi, wir sind auf Temporärärzte spezialisiert...", "en"),
    ("SIWF Fortbildungsplattform", "noreply@siwf-fortbildung.example.ch", "Ihr Fortbildungsnachweis 2025",
     "Guten Tag\n\nIhr Fortbildungsnachweis für 2025 ist vollständig (50 Credits). Teilen Sie Ihr Diplom auf Wunsch auf LinkedIn.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot corpus dev149. Generated by scripts/make_corpus_dev149.py (seed {SEED}); do not edit by hand.",
          "# Alex as chief medical officer of a private clinic group in Zurich and Geneva: medtech and AI-diagnostics vendors, locum agencies, "
          "CME providers, applicants, peer CMOs, insurers, journalists, predatory congresses. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev149", SEED, PEOPLE, FOREIGN, spoofs=12, other=11, header=HEADER)
