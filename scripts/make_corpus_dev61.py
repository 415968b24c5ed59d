#!/usr/bin/env python3
"""Write mailbot's sixty-first, independent development corpus: tests/corpus/dev61/*.eml + expected.toml.

The angle: the user Alex is a university professor of materials science in Germany, with
collaborators in France and Switzerland. Their LinkedIn world: predatory journals, book
"chapters" and conferences ("Dear Esteemed Professor", article-processing charges, "honorable
speaker" slots that come with a registration fee, vanity awards and paid "feature" interviews),
lab-equipment vendors (electron microscopes, furnaces, powders, consumables, test rigs) and
software vendors (electronic lab notebooks, refinement and simulation tools), PhD and postdoc
applicants from many countries, collaborators proposing joint grant proposals (ANR-DFG, SNSF,
DFG collaborative centres), industry partners with funded projects, science journalists, and
editors of real journals asking for reviews. English from India, Nigeria, Iran, China, Brazil,
the UK and the US; formal academic German (with Swiss turns); French from France and Romandy.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, the InMail subjects and the
pitches that spoofs carry are swapped for this world in this process only (make_corpus.py
itself is not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev61.py              # writes tests/corpus/dev61
    python scripts/make_corpus_dev61.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260861

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ a materials-science chair in Germany (this process only)
RHEADLINE = {"en": "Professor of Materials Science, Technische Universität Kaiserau",
             "de": "Professor:in für Werkstoffwissenschaft an der TU Kaiserau",
             "fr": "Professeur de science des matériaux, TU Kaiserau",
             "es": "Catedrático de Ciencia de Materiales, TU Kaiserau",
             "it": "Professore di Scienza dei Materiali, TU Kaiserau"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
SKILLS = {
    "en": ["Materials Science", "Electron Microscopy", "Thin Films", "X-ray Diffraction", "High-Temperature Corrosion", "Ceramics"],
    "de": ["Werkstoffwissenschaft", "Elektronenmikroskopie", "Dünnschichttechnik", "Röntgenbeugung", "Hochtemperaturkorrosion", "Keramik"],
    "fr": ["Science des matériaux", "Microscopie électronique", "Couches minces", "Diffraction des rayons X", "Corrosion haute température"],
    "es": ["Ciencia de materiales", "Microscopía electrónica", "Capas finas", "Difracción de rayos X"],
    "it": ["Scienza dei materiali", "Microscopia elettronica", "Film sottili", "Diffrazione a raggi X"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.LANGS[:] = ["en", "de", "fr", "de", "en"]
mc.CITY.update({"en": ["Cambridge", "Manchester", "Bengaluru", "Boston", "Sheffield", "Singapore"],
                "de": ["Aachen", "Dresden", "Zürich", "Stuttgart", "Erlangen", "Leoben"],
                "fr": ["Grenoble", "Lausanne", "Nancy", "Toulouse", "Genève", "Lyon"]})
mc.JOBS[:] = [("W3-Professur Werkstoffmechanik (m/w/d)", "Technische Universität Dresden"),
              ("Full Professor of Materials Engineering", "Delft University of Technology"),
              ("Head of Materials Characterisation", "Voltera Cells GmbH"),
              ("Directeur·rice de laboratoire – Matériaux pour l'énergie", "CNRS Grenoble"),
              ("Senior Scientist Thin Film Coatings", "Empa Dübendorf")]
mc.COMPANIES["good"] = ["Empa", "EPFL", "Institut Jean Lamour", "RWTH Aachen", "Tohoku University", "Delft University of Technology",
                        "Max-Planck-Institut für Eisenforschung", "Tata Steel Europe"]
mc.COMPANIES["sales"] = ["Nordlicht Instruments", "LabOS ELN", "CrystalForge", "Thermoglut Öfen", "SciEdit Pro", "Global Research Conferences",
                         "LabSupply Direct", "PowderLine Metals"]
mc.HEADLINES["good"] = ["Professor of Physical Metallurgy at {co}", "Postdoctoral Researcher | Thin Films | {co}", "PhD candidate, Ceramics, {co}",
                        "Group Leader Corrosion at {co}", "Senior Scientist at {co}", "Maître de conférences | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Academia | {co}", "Sales Engineer, Electron Optics | {co}", "Founder & CEO at {co}",
                         "Helping labs go paperless | {co}", "Conference Manager | {co}"]
INMAIL_SALES = {"en": ["Invitation to publish", "Your lab's microscope", "Speaker slot", "15 minutes?"],
                "de": ["Kurze Frage zu Ihrem Labor", "Angebot REM-Service", "15 Minuten?", "Publikationsmöglichkeit"],
                "fr": ["Petite question", "Votre laboratoire", "Invitation à publier", "15 minutes ?"]}
for _l, _s in INMAIL_SALES.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _s
SPOOF_PITCH = {
    "en": ["Dear Professor, your manuscript MAT-2291 has been accepted with minor changes. Log in to approve the proof and settle the publication charge.",
           "Hello Alex, the reviewer comments on your proposal were shared with you in a secure folder. Please sign in to view them."],
    "de": ["Sehr geehrte:r Prof. Morgan, Ihr Antrag wurde begutachtet. Die Gutachten liegen im gesicherten Bereich bereit – bitte melden Sie sich an.",
           "Guten Tag, die Rechnung für Ihre Tagungsteilnahme ist offen. Bitte bestätigen Sie die Zahlung über den folgenden Link."],
    "fr": ["Bonjour Alex, je vous ai partagé les rapports d'évaluation de notre projet commun. Connectez-vous pour les lire avant vendredi.",
           "Bonjour, votre article est accepté pour le numéro spécial. Merci de vous connecter pour régler les frais de publication."],
    "es": ["Estimado profesor, su artículo ha sido aceptado. Inicie sesión para confirmar y abonar la tasa.",
           "Hola Alex, te he compartido los informes de los revisores. Inicia sesión para verlos."],
    "it": ["Gentile professore, il suo articolo è stato accettato. Acceda per confermare e pagare la quota.",
           "Ciao Alex, ti ho condiviso i report dei revisori. Accedi per leggerli."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Meera Raghunathan", "Associate Editor, Acta Materialia | Professor, IISc Bangalore", "Bengaluru",
  ("inv", "Dear Prof. Morgan, a manuscript on sluggish diffusion in CoCrFeMnNi just reached my desk and it leans heavily on your tracer "
          "measurements from 2021. Would you be willing to referee it? Invitation via the editorial system follows; connecting here in case it lands in spam."),
  ("rem",))
P("good_invitation", "de", "Jonas Pfeiffer", "M.Sc. Materialwissenschaft | KIT", "Karlsruhe",
  ("inv", "Sehr geehrte:r Prof. Morgan, ich schließe im März meinen Master am KIT ab (Arbeit zur Wasserstoffversprödung von Duplexstählen) "
          "und würde mich gern auf eine Promotionsstelle an Ihrem Lehrstuhl bewerben. Dürfte ich Ihnen meine Unterlagen zusenden?"))
P("good_invitation", "fr", "Claire Vasseur", "Chargée de recherche CNRS | SIMaP Grenoble", "Grenoble",
  ("inv", "Bonjour Alex, l'appel franco-allemand ANR-DFG ouvre en janvier et je cherche un partenaire côté allemand pour un projet sur la "
          "corrosion sous contrainte des gaines en zirconium. Ton groupe serait idéal. On en parle à Euromat ?"),
  ("rem",))
P("good_invitation", "en", "Tom Ashcroft", "Freelance science journalist | energy, materials, climate", "London",
  ("inv", "Hi Alex, I'm writing a magazine feature on why sodium-ion cells keep losing to lithium, and your group's work on layered "
          "cathodes keeps coming up. Could I ask you a few questions by phone next week? Happy to run any quotes past you first."))
P("good_invitation", "de", "Regula Baumgartner", "Senior Scientist Hochleistungskeramik | Empa", "Dübendorf",
  ("inv", "Grüezi Alex, uns bleiben im Mai zwei Schichten Strahlzeit an der SLS, die wir mit einer Partnergruppe teilen können. Deine "
          "in-situ-Oxidationsproben würden gut passen. Kein Haken, nur gemeinsame Auswertung und Co-Autorschaft, falls etwas rauskommt."))
P("good_invitation", "de", "Oluwaseun Adeyemi", "PhD candidate, Materials Engineering | University of Lagos", "Lagos",
  ("inv", "Good day Prof. Morgan. I defend my PhD on plant-derived corrosion inhibitors for mild steel in June and I am preparing a "
          "Humboldt postdoctoral application. Kindly, would you consider being my host? My papers are listed on my profile. Thank you."),
  ("rem",), nl="en")
P("good_invitation", "fr", "Julien Rochat", "Responsable R&D matériaux | Manufacture Jurassienne SA", "Le Sentier",
  ("inv", "Bonjour Monsieur Morgan, nous voyons des fissures au polissage sur nos nouveaux boîtiers en titane grade 5. Nous serions prêts "
          "à financer un projet de master, voire une thèse, avec votre chaire pour comprendre le problème. Seriez-vous ouvert à en discuter ?"))


# =============================================================== default_invitation
P("default_invitation", "en", "Rahul Verma", "Research Scholar | Nanomaterials | Open to opportunities", "Pune", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Markus Ebner", "Vertrieb Labortechnik Süddeutschland", "Augsburg", ("inv", NONOTE))
P("default_invitation", "fr", "Sandrine Lemoine", "Responsable grands comptes | Instrumentation scientifique", "Lyon", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Linda Morris", "Managing Editor | Journal of Material Sciences & Engineering Innovations", "Hyderabad",
  ("inv", "Dear Esteemed Professor, Greetings of the day! Impressed by your eminent publications, we invite your valuable manuscript for "
          "our upcoming issue. Fast peer review within 7 days. Article processing charge only 699 USD. Kindly revert at the earliest."))
P("sales_invitation", "de", "Florian Brandl", "Key Account Manager Elektronenmikroskopie | Nordlicht Instruments", "München",
  ("inv", "Guten Tag Herr Prof. Morgan, ist an Ihrem Institut noch das REM von 2009 im Einsatz? Unser neues Tisch-REM mit EDX schafft "
          "vergleichbare Auflösung zu einem Bruchteil der Kosten. Gern führe ich es Ihnen vor Ort vor – wann würde es passen?"),
  ("rem",))
P("sales_invitation", "en", "Kevin Tan", "Program Director | World Congress on Nanomaterials & Smart Coatings", "Singapore",
  ("inv", "Honorable Prof. Alex Morgan, on behalf of the organizing committee we are delighted to offer you a Speaker slot at NanoSmart-2025, "
          "Dubai. Speaker registration is 749 EUR incl. lunch, certificate and publication in proceedings. Limited slots, please confirm soon."))
P("sales_invitation", "fr", "Aurélien Maréchal", "Fondateur | SciEdit Pro – relecture et traduction scientifique", "Bordeaux",
  ("inv", "Bonjour Professeur, nous relisons et traduisons les manuscrits des laboratoires de matériaux avant soumission. Ce trimestre, "
          "-15 % sur le premier article de votre équipe. Puis-je vous envoyer notre grille tarifaire ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Farhan Qureshi", "Editor-in-Chief | International Journal of Emerging Materials & Nanotechnology", "Islamabad",
  ("inv", "Respected Prof. Morgan, given your standing in the field, our editorial committee would be honoured to welcome you as an "
          "Honorary Editorial Board Member. It is an honorary role, there is no fee, and it needs only occasional advice on the scope."),
  ("msg", "Dear Prof. Morgan, heartiest congratulations on joining our Editorial Board! As per journal policy every board member contributes "
          "at least one article per year. For members a special 40% reduction applies, so the APC is only USD 420. Kindly share your manuscript "
          "and the invoice will be issued accordingly."),
  ("msg", "Respected Sir/Madam, gentle reminder regarding your annual contribution and the discounted APC. The Volume 9 issue closes on the 30th. "
          "Kindly do the needful.", (6, 20)))
P("bait_and_switch_invitation", "de", "Henrik Sommer", "Application Scientist Additive Fertigung | PowderLine Metals", "Bremen",
  ("inv", "Hallo Herr Morgan, eine Frage unter Kollegen: Sie haben zur Porosität in LPBF-Ti6Al4V publiziert. Haben Sie die CT-Werte damals "
          "mit der Archimedes-Dichte abgeglichen? Bei uns klaffen die beiden um fast ein Prozent auseinander."),
  ("msg", "Danke fürs Vernetzen! Kleiner Hinweis, da Sie ja mit Ti64 arbeiten: Wir haben unser gasverdüstes Pulver (15–45 µm) gerade für "
          "Hochschulen im Preis gesenkt. Ich würde Ihnen gern ein Angebot über 10 kg schicken, Lieferung innerhalb von zwei Wochen. "
          "Wer ist bei Ihnen für die Bestellung zuständig?"))
P("bait_and_switch_invitation", "fr", "Mathilde Carrère", "Animatrice | Réseau Matériaux Bas Carbone", "Toulouse",
  ("inv", "Bonjour Alex, je coordonne un réseau de 1 200 chercheurs et industriels qui travaillent sur les matériaux bas carbone. "
          "Webinaires mensuels, annuaire, offres de thèse partagées. Rejoignez-nous, l'inscription est gratuite !"),
  ("msg", "Ravie de vous compter parmi nous ! Pour les laboratoires, l'accès complet (annuaire, replays, mise en avant de vos offres) passe "
          "par l'adhésion Premium à 290 € HT par an. Je vous envoie le bon de commande pour votre service achats ?"),
  ("msg", "Bonjour Alex, je reviens vers vous au sujet de l'adhésion Premium : le tarif de lancement s'arrête fin juin. Un mot de votre part "
          "et je prépare le devis.", (10, 25)))
P("bait_and_switch_invitation", "en", "Brandon Liu", "Scientific Software Consultant | Crystallography & Diffraction", "San Diego",
  ("inv", "Hi Alex, I wrote a free Python notebook that batch-runs Rietveld refinements through GSAS-II, for people with hundreds of in-situ "
          "XRD patterns. I share it with diffraction folks I meet here. Want the link?"),
  ("msg", "Hey Alex, hope the notebook saved you a few evenings. The reason I built it: I work with CrystalForge, and our Enterprise "
          "platform does all of this with a GUI, automatic phase ID and cloud storage. Academic license is $4,800 a year. Could I set up a "
          "30-minute demo with you and your students?"))
P("bait_and_switch_invitation", "de", "Sebastian Kühl", "Alumni-Stammtisch Max-Planck NRW | Finanzplanung für Wissenschaftler", "Düsseldorf",
  ("inv", "Hallo Herr Morgan, ich baue einen Stammtisch für ehemalige Max-Planck-Leute in NRW auf, ganz locker, einmal im Quartal in "
          "Düsseldorf oder Köln. Sie waren doch am MPIE? Hätten Sie Lust dazuzukommen?"),
  ("msg", "Schön, dass es geklappt hat! Eine Frage nebenbei, bevor wir uns beim Stammtisch sehen: Als verbeamteter Professor haben Sie sich "
          "sicher schon mit Dienstunfähigkeit und Beihilfe-Ergänzung beschäftigt? Ich berate seit Jahren Wissenschaftler genau dazu. "
          "30 Minuten per Zoom, unverbindlich?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Rebecca Hartley", "Features Editor | Research Leaders Review", "London",
  ("inm", "Interview request: Europe's leading materials researchers",
   "Dear Professor Morgan,\n\nWe are preparing our spring feature on the researchers shaping materials science in Europe, and your work on "
   "thermal barrier coatings was recommended by our advisory panel. Would you be available for a 20-minute interview with one of our writers?\n\n"
   "Kind regards,\nRebecca Hartley"),
  ("inm", "Your feature – next steps",
   "Dear Professor Morgan,\n\nThank you for agreeing to take part. To confirm your two-page profile in the spring edition, the participation "
   "fee is £2,950 + VAT, covering editorial, design and distribution to 40,000 decision-makers in industry and government. I attach the "
   "booking form; once it is signed our writer will be in touch.\n\nBest wishes,\nRebecca", (4, 12)))
P("bait_and_switch_inmail", "de", "Wolfgang Albrecht", "Geschäftsführer | Innovationsforum Werkstoffe e.V.", "Stuttgart",
  ("inm", "Einladung in unseren Expertenbeirat",
   "Sehr geehrte:r Prof. Morgan,\n\nder Vorstand des Innovationsforums Werkstoffe möchte Sie in seinen Expertenbeirat berufen. Der Beirat "
   "berät uns zweimal im Jahr bei der Themenauswahl unserer Fachtagung; die Tätigkeit ist ehrenamtlich. Wir würden uns über Ihre Zusage sehr freuen.\n\n"
   "Mit freundlichen Grüßen\nDr. Wolfgang Albrecht"),
  ("inm", "Expertenbeirat – Formalitäten",
   "Sehr geehrte:r Prof. Morgan,\n\nherzlichen Dank für Ihr Interesse. Für Beiratsmitglieder fällt ein Jahresbeitrag von 1.150 € zzgl. MwSt. an; "
   "darin enthalten sind ein Ausstellungsplatz für Ihren Lehrstuhl auf der Fachtagung und die Nennung im Tagungsband. Die Beitrittserklärung "
   "finden Sie im Anhang.\n\nMit freundlichen Grüßen\nW. Albrecht"))
P("bait_and_switch_inmail", "en", "Grace Mitchell", "Research Lead | LabSafe Insights", "Manchester",
  ("inm", "8 minutes: safety culture in university labs",
   "Hi Alex, I'm running a short study on how university materials labs handle safety inductions for new PhD students (furnaces, HF, "
   "powders). It takes about 8 minutes and every participant gets the full benchmarking report free of charge. Would you take part?"),
  ("inm", "Your lab's results + a suggestion",
   "Hi Alex, thanks so much for filling in the survey! Based on your answers, your group would be a great fit for our LabSafe Certified "
   "programme: three days on site, certificates for up to 15 people, 6,400 EUR all in. I can hold a slot in the autumn if you let me know this week."),
  ("inm", "Autumn slots", "Hi Alex, just checking back about the LabSafe Certified dates. Two autumn slots left in Germany. Shall I pencil you in?", (5, 15)))
P("bait_and_switch_inmail", "fr", "Karim Benali", "Directeur scientifique | Académie Internationale des Sciences des Matériaux", "Casablanca",
  ("inm", "Votre nomination – Prix d'excellence 2025",
   "Monsieur le Professeur,\n\nJ'ai l'honneur de vous informer que notre comité vous a retenu parmi les nominés du Prix d'excellence 2025 en "
   "science des matériaux, pour l'ensemble de vos travaux sur les revêtements. Pourriez-vous me confirmer votre accord pour figurer sur la liste ?\n\n"
   "Respectueusement,\nPr Karim Benali"),
  ("inm", "Prix d'excellence – confirmation et cérémonie",
   "Monsieur le Professeur,\n\nFélicitations, votre nomination est confirmée ! Pour finaliser votre dossier, les frais d'inscription et de "
   "cérémonie (trophée, dîner de gala, certificat encadré) s'élèvent à 850 €. Le règlement est attendu avant le 15 du mois prochain.\n\n"
   "Respectueusement,\nK. Benali", (6, 18)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Chen Yufei", "Former postdoc, TU Kaiserau | Looking for roles in battery R&D", "Munich",
  ("end",), ("end",),
  ("msg", "Hi Alex, hope the group is doing well! I endorsed you for {skill} and a couple of other things. I'm applying to cell "
          "manufacturers at the moment and recruiters seem to look at endorsements, could you endorse me for Electrochemistry and Python? "
          "Would help a lot. Thanks!!"))
P("endorse_me_back", "de", "Patrick Hollenstein", "Vertriebsingenieur Härteprüfung | Swiss Testing AG", "Winterthur",
  ("end",),
  ("msg", "Hoi Alex, hab dich grad für {skill} bestätigt 👍 Wärst du so lieb und bestätigst mich für Werkstoffprüfung und Technischer Vertrieb? "
          "Merci vielmal!"))
P("endorse_me_back", "fr", "Élise Fontaine", "Ingénieure matériaux | Consultante indépendante", "Nancy",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, je me suis permis de vous recommander pour {skill}. Si vous aviez deux minutes pour me rendre la pareille sur "
          "« Métallurgie » et « Gestion de projet », ce serait adorable. Belle journée à vous !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Sunil Pathak", "Publishing Manager | Frontiers in Smart Materials (edited book series)", "Chennai",
  ("inv", "Dear Esteemed Professor, we cordially invite you to contribute a chapter to our edited volume 'Frontiers in Smart Materials'. "
          "A nominal publication fee is applicable. Kindly accept my request so that we can discuss further."),
  ("rem",),
  ("inm", "Regarding my invitation",
   "Respected Professor, I have sent you the invitation and two reminders and you did not find it worthy to give even one line reply. "
   "Such arrogance is not expected from a senior academician. We invite only eminent people and this is how you treat us. Very disappointing."))
P("hostility_after_decline", "de", "Dieter Kranz", "Inhaber | Kranz Laborbedarf", "Pforzheim",
  ("inv", DEFAULT),
  ("inm", "Ernsthaft?",
   "Herr Professor, ich wollte mich lediglich vernetzen, und Sie halten es nicht einmal für nötig, zu reagieren. Diese Arroganz aus dem "
   "Elfenbeinturm kenne ich zur Genüge. Ihr Gehalt zahle übrigens auch ich mit meinen Steuern."))
P("hostility_after_decline", "de", "Amir Hosseini", "M.Sc. Materials Engineering | Seeking PhD position", "Tehran",
  ("inv", "Dear Professor Morgan, I am a materials engineering graduate from Amirkabir University with a thesis on TiAl intermetallics. "
          "I am very interested to do my PhD in your group. Could you tell me if you have open positions? I will send CV. Best regards, Amir"),
  ("inm", "PhD position",
   "Professor, I sent you invitation and four emails and you did not answer even once. I think this is very disrespectful, especially to "
   "students from my country. A professor must be a role model and not ignore people who want to learn. I am very disappointed from you.", (10, 30)),
  nl="en")
P("hostility_after_decline", "fr", "Bertrand Guillot", "Consultant en financement de la recherche | Horizon Europe, ERC", "Strasbourg",
  ("inv", "Bonjour Professeur, nous accompagnons les chercheurs pour leurs candidatures ERC et Horizon Europe (taux de succès de nos clients : 38 %). "
          "Forfait rédaction et relecture à partir de 4 500 €. Un échange de 20 minutes ?"),
  ("rem",),
  ("inm", "Sans réponse",
   "Je constate que vous ignorez ma demande. C'est d'une impolitesse rare. Je vous proposais simplement de vous aider à décrocher un ERC, "
   "mais visiblement vous n'en avez pas besoin. Permettez-moi de vous dire que ce n'est pas digne d'un professeur d'université."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Gareth Powell", "Regional Sales Manager | Vacuum & Thin Film Systems", "Cardiff",
  ("msg", "Alex, good to be connected. Your magnetron sputter system is coming up to eight years now, and that's usually when the "
          "turbopumps start costing real money. We offer a full-service contract incl. targets and pump overhaul for a fixed annual fee. "
          "Worth a call?"),
  ("msg", "Following up on the service contract. I can also do a trade-in on the old chamber if you're thinking about a new system next year. "
          "Let me know a good time."),
  ("msg", "Alex, three messages now, and you've read every one of them. A one-line 'no thanks' would have been the professional thing to do. "
          "Frankly, I expected better manners from a professor.", (8, 20)))
P("hostility_connection", "de", "Nicole Bauer", "Account Executive Forschung & Lehre | LabOS ELN", "Berlin",
  ("acc",),
  ("msg", "Vielen Dank für die Vernetzung, Herr Morgan! Wie auf der Werkstoffwoche besprochen: Mit LabOS ersetzen Sie Papierlaborbücher "
          "am ganzen Lehrstuhl, DSGVO-konform und mit DFG-tauglicher Datenhaltung. Ich würde Ihnen gern ein Angebot für 25 Lizenzen machen "
          "und eine Online-Demo für Ihr Team ansetzen."),
  ("msg", "Herr Morgan, Ihre Antwort „kein Bedarf“ nach all unseren Gesprächen finde ich, ehrlich gesagt, unverschämt. Ich habe Ihnen "
          "viel Zeit geschenkt. So geht man mit Menschen nicht um, auch nicht als Professor.", (14, 40)))
P("hostility_connection", "fr", "Olivier Marchand", "Coach en prise de parole pour chercheurs | Ancien comédien", "Lausanne",
  ("msg", "Bonjour Alex, j'accompagne les enseignants-chercheurs qui veulent rendre leurs conférences plus vivantes (TEDx, keynotes, soutenances). "
          "Mon programme en 4 séances coûte 1 200 CHF. Cela pourrait-il vous intéresser, ou vos doctorants ?"),
  ("msg", "Vous m'avez répondu « pas intéressé » sans même regarder le programme. Quel mépris. Je pensais qu'un universitaire aurait un minimum "
          "de curiosité. Visiblement je me suis trompé sur vous.", (3, 10)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Jessica Moreno", "Account Manager | LabSupply Direct – consumables & glassware", "Leeds",
  ("msg", "Hi Alex! Spring promo for university labs: 20% off SiC grinding papers, diamond suspensions and polishing cloths, free shipping "
          "to Germany over €300. Want me to send the price list?"),
  ("msg", "Hi Alex, quick one – we now stock crucibles and alumina boats too. I can set up an academic framework agreement so your students "
          "can order directly. Shall I draft it?"),
  ("msg", "Hello again! Last days of the spring promo. Just reply 'yes' and I'll send the quote for your usual metallography consumables."))
P("connection_only_pitches", "de", "Thorsten Wendt", "Business Development | FEM-Simulation für Werkstoffe", "Darmstadt",
  ("msg", "Guten Tag Herr Prof. Morgan, unsere Software simuliert Kriechen und Oxidation von Hochtemperaturlegierungen in einem Modell. "
          "Für Lehrstühle gibt es eine Campuslizenz zum Sonderpreis. Darf ich Ihnen die Preisliste zuschicken?"),
  ("msg", "Herr Prof. Morgan, ich wollte nochmal wegen der Campuslizenz nachfragen. Wir hätten noch Schulungsplätze im Herbst frei, "
          "die bei Lizenzkauf bis Ende Juni inklusive wären."))
P("connection_only_pitches", "fr", "Vikram Joshi", "Director | Global Research Conferences", "Mumbai",
  ("msg", "Dear Prof. Morgan, Global Research Conferences is organising Advanced Materials Week in Paris this October. We would be delighted "
          "to have your institute as Silver Sponsor (EUR 3,500) with an exhibition table and a 15-minute talk. Kindly let me know."),
  ("msg", "Dear Professor, we still have two plenary speaker slots for Advanced Materials Week. Speaker registration is EUR 690 and includes "
          "Scopus-indexed proceedings. Shall I reserve one for you?"),
  nl="en")


# =============================================================== single_pitch
P("single_pitch", "de", "Lea Brunner", "Co-Founder | InertBox GmbH – Gloveboxen für die Forschung", "Dresden",
  ("msg", "Hallo Alex! Lange nichts gehört, ich hoffe, am Lehrstuhl ist alles gut. Wir haben mit InertBox jetzt unsere erste Serien-Glovebox "
          "fertig und geben Hochschulen 15 % Rabatt. Falls ihr für die Batteriegruppe etwas braucht, mache ich dir gern ein Angebot."))
P("single_pitch", "en", "Mark Ellison", "European Patent Attorney | IP for universities and spin-offs", "Munich",
  ("msg", "Hi Alex, saw your group's new paper on self-healing coatings. Before the next one goes out, have you thought about patenting "
          "first? We offer fixed-fee patentability opinions for academics, from EUR 1,800. Happy to have a chat."))
P("single_pitch", "fr", "Hélène Roussel", "Productrice | Vidéos de vulgarisation pour projets européens", "Genève",
  ("msg", "Bonjour Alex, nous réalisons les vidéos de dissémination des projets Horizon Europe : trois minutes, tournage au labo, sous-titres "
          "en cinq langues, forfait 3 500 €. Votre projet sur les revêtements s'y prêterait bien. On en parle ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Antoine Lefort", "Maître de conférences | Institut Jean Lamour, Nancy", "Nancy",
  ("msg", "Salut Alex, l'école thématique CNRS sur la microscopie in situ aura lieu à Porquerolles en septembre. Les frais sont pris en "
          "charge pour les doctorants, il reste des places. Tu peux faire passer à tes thésards ? Le lien d'inscription est sur le site du GDR."),
  ("msg", "Comme promis, voici ma partie du pré-projet ANR-DFG (WP2 et budget), en version modifiable. Ajoute tes remarques directement "
          "dans le document, je consolide vendredi."))
P("connection_brings_value", "de", "Martina Zollinger", "Leiterin Technologietransfer | ETH Zürich", "Zürich",
  ("msg", "Lieber Alex, ein Turbinenhersteller aus dem Aargau sucht eine Gruppe mit Erfahrung in Wärmedämmschichten für ein zweijähriges, "
          "voll finanziertes Projekt. Ich habe an dich gedacht. Darf ich dich mit dem Entwicklungsleiter bekannt machen?"))
P("connection_brings_value", "en", "Kenji Watanabe", "Professor | Institute for Materials Research, Tohoku University", "Sendai",
  ("end",),
  ("msg", "Dear Alex, the JSPS short-term fellowship call is open until 5 March. If one of your PhD students would like to spend three months "
          "in Sendai on the HAADF-STEM work, I would be glad to host and write the invitation letter. Best regards, Kenji"))
P("connection_brings_value", "en", "Aisha Rahman", "Senior Scientist Corrosion | Tata Steel Europe", "IJmuiden",
  ("msg", "Hi Alex, we have two paid internships in our corrosion lab this summer (3–6 months, accommodation support). If any of your "
          "master students are interested, they can send their CV straight to me. Would be great to have someone from Kaiserau again."))
P("connection_brings_value", "de", "Sophie Ménard", "Handling Editor | Journal of the European Ceramic Society", "Limoges",
  ("msg", "Dear Alex, many thanks for your careful report on the zirconia paper last month. The authors have addressed most of your points; "
          "would you be willing to look at the revised version? Two weeks would be fine. Best, Sophie"),
  nl="en")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Katrin Vogel", "Partnerin | Executive Search Wissenschaft & Forschung", "Frankfurt am Main",
  ("inm", "Institutsleitung Werkstoffforschung – vertraulich",
   "Sehr geehrte:r Prof. Morgan,\n\nim Auftrag einer außeruniversitären Forschungseinrichtung suche ich eine Institutsleitung für den "
   "Bereich Werkstoffe und Oberflächen (ca. 250 Mitarbeitende), verbunden mit einer W3-Professur an der Partneruniversität. Ihr Profil "
   "passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch?\n\nMit freundlichen Grüßen\nKatrin Vogel"))
P("stranger_inmail_recruiter", "en", "Daniel Brooks", "Director of R&D Recruitment | Voltera Cells", "Berlin",
  ("inm", "VP Materials Research – Berlin R&D centre",
   "Hi Alex, I lead R&D hiring at Voltera Cells. We're building a materials research centre next to our Brandenburg plant and are looking "
   "for a VP Materials Research to head 60 scientists. Part-time arrangements alongside a professorship are possible. Open to a first chat?"))
P("stranger_inmail_recruiter", "fr", "Nathalie Girard", "Présidente du comité de recrutement | Institut des matériaux, EPFL", "Lausanne",
  ("inm", "Chaire en science des matériaux – appel à candidatures",
   "Cher Professeur Morgan,\n\nnous ouvrons une chaire de professeur ordinaire en matériaux pour l'énergie. Plusieurs collègues m'ont cité "
   "votre nom et je me permets de vous encourager à candidater ; la date limite est le 31 janvier. Je reste à votre disposition pour toute "
   "question sur le poste.\n\nBien cordialement,\nNathalie Girard"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Grant", "Account Executive, Academic | LabOS ELN", "Boston",
  ("inm", "Paper lab notebooks in 2025?",
   "Hi Alex, most materials groups we talk to still have half their data in paper notebooks and half on USB sticks. LabOS ELN fixes that "
   "in a week. Could I get 20 minutes on your calendar to show you how Delft rolled it out?"),
  ("inm", "Re: Paper lab notebooks in 2025?", "Hi Alex, bumping this up in case it got buried. Happy to do a quick demo for your lab manager instead."))
P("stranger_inmail_sales", "de", "Sabine Fuchs", "Vertrieb Hochtemperaturöfen | Thermoglut", "Hanau",
  ("inm", "Ihr Ofen-Upgrade",
   "Guten Tag Herr Professor Morgan, für Rohröfen bis 1.700 °C haben wir aktuell eine Hochschulaktion mit 12 % Nachlass und kostenloser "
   "Aufstellung. Soll ich Ihnen ein unverbindliches Angebot erstellen?"))
P("stranger_inmail_sales", "en", "Robert Collins", "Organizing Secretary | International Materials Science Summit", "Rome",
  ("inm", "Invitation as Honorable Speaker – IMSS 2025 Rome",
   "Dear Dr. Alex Morgan,\n\nWith great pleasure we invite you as Honorable Speaker at the International Materials Science Summit, 14–16 "
   "October, Rome. Your abstract will be published in our indexed supplement. Speaker registration: EUR 799 (early bird). Kindly confirm your "
   "participation at the earliest.\n\nWarm regards,\nRobert Collins"),
  ("inm", "Last reminder: early bird registration",
   "Dear Dr. Morgan, this is the final reminder that the early bird speaker registration (EUR 799) closes on Friday. After that the fee is EUR 999. "
   "Kindly revert with your abstract."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Damien Perrot", "Postdoc CEMES Toulouse | Cofondateur NanoCoat", "Toulouse",
  ("inv", "Bonjour Alex, j'ai refait des images HAADF sur les échantillons NiAl que votre doctorante nous avait envoyés l'an dernier. "
          "Elles montrent très bien l'interface. Je peux vous les partager pour votre papier si cela vous est utile."),
  ("msg", "Voilà le lien vers les images brutes et les spectres EELS. Si vous voulez, je peux aussi relire la partie microscopie du manuscrit. "
          "Pas besoin de m'ajouter comme auteur, un remerciement suffit."),
  ("msg", "Bonjour Alex, j'espère que le papier avance ! Petite nouvelle : nous lançons NanoCoat, une prestation de dépôt ALD à façon pour les "
          "labos. Tarif académique : 1 900 € la série de 20 échantillons. Voulez-vous que je vous fasse un devis pour vos prochaines campagnes ?",
   (20, 50)))
P("good_turns_ugly", "en", "Rachel Kim", "Lab Manager, Nanofabrication Facility | University of Toronto", "Toronto",
  ("inv", "Hi Alex, quick question from one FIB user to another: how do you avoid Ga implantation on your TEM lamellae of oxide scales? "
          "We keep getting amorphous layers. I'd happily swap our cryo-FIB protocol in return."),
  ("msg", "Thanks so much, the low-kV cleaning tip worked! As promised, here's our cryo-FIB protocol as a PDF. Let me know if anything is unclear."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill} 😊 I'm putting together my profile for a facility-director job, could you endorse me for "
          "Focused Ion Beam and Lab Management? Would mean a lot!"))
P("good_turns_ugly", "de", "Stefan Oberholzer", "Dozent Kunststofftechnik | OST Rapperswil", "Rapperswil",
  ("inv", "Grüezi Herr Morgan, am 12. November ist unser Werkstofftag in Rapperswil, Eintritt frei für alle. Wir würden Sie sehr gern als "
          "Referenten zu Hochtemperaturschichten gewinnen, Reise und Hotel übernehmen wir selbstverständlich."),
  ("msg", "Vielen Dank für Ihre Zusage! Anbei das Programm und die Hotelreservierung. Ihr Vortrag ist am Vormittag, 30 Minuten plus Fragen."),
  ("msg", "Lieber Herr Morgan, nochmals herzlichen Dank für den tollen Vortrag! Noch etwas anderes: Ich bin nebenbei Partner bei einer "
          "Beratung, die Führungstrainings für Lehrstuhlinhaber anbietet (zwei Tage, 2.400 CHF). Hätten Sie Interesse, dass ich Ihnen das Programm schicke?",
   (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Jason Meyers", "Sales Director EMEA | Atomic Force Microscopy", "Cambridge",
  ("inm", "AFM trade-in offer for TU Kaiserau",
   "Hi Alex, we're offering a generous trade-in on any AFM older than 10 years when you upgrade to our new high-speed system. "
   "Could we schedule a 30-minute call with you and your lab manager?"),
  ("inv", "Hi Alex, I'd love to connect with leading researchers in thin films and learn more about your work. Looking forward to following your group!"))
P("reinvite_known_bad", "de", "Carina Lechner", "Vertrieb Analytik | Röntgendiffraktometrie", "Leoben",
  ("inv", DEFAULT),
  ("inv", "Sehr geehrte:r Prof. Morgan, ich würde mich freuen, Sie auf dem Werkstoffkongress in Leoben persönlich kennenzulernen. Beste Grüße, Carina Lechner"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Ahmed Farouk", "Managing Editor | Global Journal of Materials Innovation", "Cairo",
  ("inv", "Dear Esteemed Professor, our journal is indexed in many databases. We invite your next paper; APC is only 350 USD for invited authors."),
  ("inm", "Your silence",
   "Dear Professor, I have waited one month for the acceptance of my request. Ignoring people is not the behaviour of a true scientist. "
   "I hope you will learn humility one day."),
  ("inv", "Dear Professor Morgan, let us forget the past misunderstanding and connect as colleagues in science. Best wishes, Ahmed"))
P("reinvite_known_ugly", "fr", "Gilles Moreau", "Consultant | Stratégie de financement de la recherche", "Paris",
  ("inm", "Enquête : financement de la recherche en matériaux",
   "Bonjour Monsieur Morgan, je mène une petite enquête sur la façon dont les laboratoires de matériaux en Europe financent leurs doctorants "
   "depuis 2020. Dix minutes au téléphone me seraient précieuses, et je vous enverrai la synthèse."),
  ("inm", "Suite à notre échange",
   "Merci encore pour votre temps ! Au vu de ce que vous m'avez dit sur vos difficultés avec les appels ERC, je vous propose notre "
   "accompagnement complet (stratégie, rédaction, préparation à l'oral) : 6 800 € HT. Je peux vous envoyer une proposition détaillée ?"),
  ("inv", "Bonjour Alex, ravi d'avoir échangé l'an dernier. Je serais heureux de rester en contact ici. Bien à vous, Gilles"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Jan Kowalczyk", "Vertriebsingenieur Materialprüfmaschinen | Süddeutschland", "Ulm",
  ("acc",),
  ("msg", "Hallo Herr Morgan, danke für die Einladung, schön Sie auf der Hannover Messe getroffen zu haben! Wie besprochen schicke ich "
          "Ihnen gern ein Angebot für die 100-kN-Universalprüfmaschine mit Hochtemperaturofen. Passt ein Telefonat nächste Woche?"))
P("user_invited_pitch_once", "en", "Emily Carter", "Product Specialist, In-situ TEM | HeatStage Systems", "Eindhoven",
  ("acc",),
  ("msg", "Thanks for connecting, Alex, and for stopping by our booth at the MRS Fall Meeting! Attached is the quote for the MEMS heating "
          "holder we discussed, valid until the end of the quarter. Would you like an on-site demo on your microscope?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Marco Bellini", "Area Manager DACH | Furnaces & Thermal Processing", "Bergamo",
  ("acc",),
  ("msg", "Hello Alex, thank you for accepting! Nice to meet you at the Euromat booth. Our vacuum brazing furnaces are now available with a "
          "university discount of 10%. Can I send you a budget offer for your new lab?"),
  ("msg", "Hi Alex, I write again for the vacuum furnace offer. We can also propose a leasing solution if budget is a problem this year. "
          "When can we have a short call?"),
  nl="en")
P("user_invited_pitch_twice", "fr", "Sophie Lambert", "Consultante | Coaching et formation des doctorants", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Suite à notre discussion à Grenoble : je propose aux écoles doctorales des ateliers « Finir sa "
          "thèse à temps » (2 jours, 2 800 € pour 12 doctorants). Voulez-vous que je vous transmette la plaquette ?"),
  ("msg", "Bonjour Alex, je me permets de revenir vers vous pour les ateliers doctorants. J'ai encore deux dates au premier trimestre. "
          "Souhaitez-vous un devis ?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Ulrike Hahn", "Univ.-Prof. Dr.-Ing. | Lehrstuhl für Korrosion und Oberflächentechnik, RWTH Aachen", "Aachen",
  ("acc",),
  ("msg", "Lieber Herr Morgan, danke für die Vernetzung. Wie in Bochum angesprochen: Wir bereiten einen SFB-Antrag zu Wasserstoff in "
          "Hochtemperaturwerkstoffen vor und hätten Ihren Lehrstuhl gern als Teilprojektleitung dabei. Die Skizze ist im Entwurf; "
          "ich schicke sie Ihnen, wenn Sie grundsätzlich Interesse haben."))
P("user_invited_value", "en", "Samuel Osei", "Lecturer, Materials Engineering | KNUST Kumasi", "Kumasi",
  ("acc",),
  ("msg", "Thank you for the invitation, Prof. Morgan. As we discussed at the conference, I have prepared 30 laterite clay samples from "
          "three regions for the sintering study. I can ship them next month. We could also apply together for the DAAD partnership programme."))
P("user_invited_value", "fr", "Léa Perrin", "Journaliste scientifique indépendante | radio et presse écrite", "Genève",
  ("acc",),
  ("msg", "Merci d'avoir accepté ! Je prépare un reportage radio sur l'acier et l'hydrogène pour une émission scientifique. Accepteriez-vous "
          "une interview de 20 minutes, par téléphone ou dans votre labo ? Je vous ferai écouter le montage avant diffusion."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Bernd Hartmann", "Dekan der Fakultät für Maschinenbau | TU Kaiserau", "Kaiserau", ("acc",))
P("lone_endorsement", "en", "Yusuf Demir", "M.Sc. student Materials Science | TU Kaiserau", "Kaiserau", ("end",))
P("lone_endorsement", "fr", "Manon Lefebvre", "Doctorante | Céramiques techniques, Limoges", "Limoges", ("end",))


# =============================================================== more voices
P("good_invitation", "en", "Wang Haoran", "Associate Professor | School of Materials Science, Shanghai Jiao Tong University", "Shanghai",
  ("inv", "Dear Prof. Morgan, I enjoyed your talk at TMS. We have atom probe data on Re clustering in second-generation superalloys that "
          "fits your creep model well. Would you like to compare results? We could write a joint paper."))
P("sales_invitation", "de", "Tanja Seidl", "Inhaberin | Drittmittel-Coaching für Lehrstühle", "Wien",
  ("inv", "Guten Tag Herr Professor, ich unterstütze Lehrstühle bei DFG-, ERC- und EU-Anträgen – von der Idee bis zur Einreichung. "
          "Erstgespräch kostenfrei, danach Tagessatz 950 €. Darf ich Ihnen meine Referenzen schicken?"), ("rem",))
P("bait_and_switch_inmail", "en", "Emmanuel Okafor", "Coordinator | Africa-Europe Materials Research Network", "Abuja",
  ("inm", "Invitation to join the Africa-Europe Materials Research Network",
   "Dear Prof. Morgan, our network connects materials researchers across Africa and Europe for student exchange and joint proposals. "
   "We would be honoured to list you as a founding European partner. There is no obligation."),
  ("inm", "Founding partner registration",
   "Dear Prof. Morgan, thank you for your kind reply. To complete your registration as founding partner, a one-time institutional fee of "
   "USD 1,500 is required, which also covers your listing on our website and certificate. Kindly find attached the payment details."))
P("connection_only_pitches", "de", "Ralf Stoll", "Gebietsleiter | Laborgase & Gasversorgung", "Mannheim",
  ("msg", "Guten Tag Herr Morgan, wir stellen gerade viele Hochschulen auf Flaschenbündel mit Telemetrie um. Spart Nachbestellungen und Miete. "
          "Darf ich Ihnen ein Angebot für Argon 5.0 und Formiergas machen?"),
  ("msg", "Herr Morgan, kurze Erinnerung an unser Angebot. Bis Monatsende gibt es die Telemetrie-Module kostenlos dazu."),
  ("msg", "Guten Tag, haben Sie schon eine Entscheidung zu den Flaschenbündeln getroffen? Ich könnte nächste Woche bei Ihnen vorbeischauen."))
P("good_invitation", "fr", "Isabelle Moret", "Professeure ordinaire | Laboratoire de métallurgie mécanique, EPFL", "Lausanne",
  ("inv", "Cher Alex, je monte un projet Sinergia (FNS) sur la fatigue des alliages imprimés avec deux groupes suisses et il nous manque une "
          "équipe allemande pour la caractérisation à haute température. Cela te tenterait ? Je t'envoie la note de cadrage."),
  ("rem",), nl="fr")


# ------------------------------------------------------------------------- checks on the notes
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Claire Vasseur", "claire.vasseur@simap.example.fr", "ANR-DFG : le texte de l'appel",
     "Salut Alex,\n\nje t'ai envoyé une invitation sur LinkedIn, mais au cas où : voici le texte de l'appel ANR-DFG. On s'appelle jeudi ?\n\nClaire", "fr"),
    ("Journal of Advanced Materials Letters", "editorial@jamlett-journal.example", "Invitation to publish – Vol. 12 (APC USD 590)",
     "Dear Esteemed Professor,\n\nWe came across your profile on LinkedIn and ResearchGate. We invite you to submit your manuscript. "
     "Peer review in 5 days. APC applies after acceptance.\n\nRegards\nEditorial Office", "en"),
    ("Pressestelle TU Kaiserau", "presse@tu-kaiserau.example.de", "Pressemitteilung: neue Hochtemperaturschichten",
     "Liebe:r Prof. Morgan,\n\ndie Pressemitteilung zu Ihrem Paper ist online. Gern können Sie sie auch auf LinkedIn teilen – bitte den "
     "Universitätsaccount verlinken.\n\nViele Grüße\nPressestelle", "de"),
    ("Nordlicht Service", "service@nordlicht-instruments.example", "Servicebericht REM – Wartung abgeschlossen",
     "Sehr geehrte Damen und Herren,\n\nanbei der Servicebericht zur Wartung Ihres Rasterelektronenmikroskops. Folgen Sie uns auf LinkedIn "
     "für Anwendungstipps.\n\nIhr Serviceteam", "de"),
    ("IT-Sicherheit TU Kaiserau", "it-sicherheit@tu-kaiserau.example.de", "Warnung: gefälschte LinkedIn- und Journal-Einladungen",
     "Liebe Kolleginnen und Kollegen,\n\nderzeit kursieren gefälschte LinkedIn-Benachrichtigungen und Mails angeblicher Fachzeitschriften, "
     "die zur Zahlung von Publikationsgebühren auffordern. Bitte keine Links anklicken.", "de"),
    ("Lukas Brenner", "lukas.brenner@tu-kaiserau.example.de", "Fwd: I want to connect",
     "Hi Alex,\n\nder hat mich auch angeschrieben, kennst du den?\n\n---------- Forwarded message ---------\n"
     "From: Kevin Tan via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nHonorable Prof., we are delighted to offer you a Speaker slot...", "de"),
    ("MatSci Europe 2025", "info@matsci-europe.example", "Plenary speakers announced – follow us on LinkedIn",
     "The full programme of MatSci Europe 2025 is online. Follow our LinkedIn page for updates on the poster prizes.\n"
     "https://www.linkedin.com/company/matsci-europe", "en"),
    ("ResearchGate", "no-reply@researchgate.example", "Your paper reached 500 reads",
     "Congratulations, Alex! Your article reached 500 reads. Share the milestone on LinkedIn or X.", "en"),
    ("Oluwaseun Adeyemi", "o.adeyemi@unilag.example.edu.ng", "Humboldt postdoctoral application – request for hosting",
     "Dear Prof. Morgan,\n\nI also sent a LinkedIn invitation. Please find attached my CV and a two-page research proposal.\n\n"
     "Yours faithfully,\nOluwaseun Adeyemi", "en"),
    ("Secrétariat SF2M", "secretariat@sf2m.example.fr", "Journées annuelles : programme",
     "Bonjour,\n\nle programme des Journées annuelles est en ligne. Suivez la SF2M sur LinkedIn pour les annonces de dernière minute.", "fr"),
]


# people whose notes name a recent year keep the current layout
ERAS = {name: "cur" for name in ("Meera Raghunathan", "Kevin Tan", "Karim Benali", "Robert Collins", "Tyler Grant", "Gilles Moreau")}


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot sixty-first development corpus (dev61). Generated by scripts/make_corpus_dev61.py (seed {SEED}); do not edit by hand.",
          "# Alex as a professor of materials science in Germany with French and Swiss collaborators: predatory journals and conferences, "
          "lab-equipment and software vendors, PhD and postdoc applicants, joint grant proposals, industry partners, journalists, "
          "journal editors asking for reviews. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev61", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
