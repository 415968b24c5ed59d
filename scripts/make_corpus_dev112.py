#!/usr/bin/env python3
"""Write mailbot's dev112 evaluation corpus: tests/corpus/dev112/*.eml + expected.toml.

The angle: the user Alex Morgan is a dentist who owns a small group of dental practices, three
in Lyon (Croix-Rousse, Part-Dieu, Villeurbanne) and two in Geneva (Eaux-Vives, Carouge). Their
LinkedIn world: implant, equipment and consumables reps; dental labs and lab technicians;
practice-software, phone-answering and analytics vendors; insurers, brokers, French mutuelles
and care networks; factoring, leasing and debt-collection firms; dentists, hygienists and
dental assistants applying for jobs or locum work; continuing-education providers, some free
and credit-bearing, some selling paid courses; peer practice owners in France, Switzerland and
the UK trading protocols and questions; dental schools placing trainees; headhunters with real
roles; marketing agencies selling "patient acquisition"; and a few rude ones. Mostly French
(France and Suisse romande, formal and casual), some English, some German (Swiss and German).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, the recipient's headline, job-alert titles, the names,
companies and headlines of spoof-only people and PYMK suggestions, and the notes that spoofs
carry are swapped for dental ones in this process only (make_corpus.py itself is not changed).
The notes were written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev112.py              # writes tests/corpus/dev112
    python scripts/make_corpus_dev112.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260912

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ dental-group world (this process only)
SKILLS = {
    "fr": ["Dentisterie", "Implantologie", "Gestion de cabinet", "Management d'équipe", "Chirurgie dentaire", "Parodontologie"],
    "en": ["Dentistry", "Dental Implants", "Practice Management", "Healthcare Management", "Team Leadership", "Oral Surgery"],
    "de": ["Zahnmedizin", "Implantologie", "Praxismanagement", "Personalführung", "Oralchirurgie"],
    "es": ["Odontología", "Implantología", "Gestión de clínicas", "Liderazgo de equipos"],
    "it": ["Odontoiatria", "Implantologia", "Gestione dello studio", "Leadership"],
}
RHEADLINE = {
    "fr": "Chirurgien-dentiste, fondateur des Cabinets Dentaires Rhône-Léman | Lyon · Genève",
    "en": "Dentist, founder of Rhône-Léman Dental Practices | Lyon · Geneva",
    "de": "Zahnarzt, Gründer der Zahnarztpraxen Rhône-Léman | Lyon · Genf",
    "es": "Odontólogo, fundador de Clínicas Dentales Rhône-Léman | Lyon · Ginebra",
    "it": "Odontoiatra, fondatore degli Studi Dentistici Rhône-Léman | Lione · Ginevra",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# Alex reads LinkedIn in French most of the time, sometimes in English or German
mc.LANGS[:] = ["fr", "en", "fr", "de", "fr"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.example.org",
                       "nodkim", "lookalike:linkedin.com.secure-notify.example", "buried", "display:outlook.com", "wrongpass", "noauth"]

mc.NAMES["fr"] = (["Audrey", "Florian", "Manon", "Guillaume", "Océane", "Nicolas", "Justine", "Valentin", "Margaux", "Yann", "Sandrine", "Bastien"],
                  ["Chapuis", "Bourgeois", "Lambert", "Maréchal", "Tardy", "Blanc", "Vernet", "Bouvier", "Mottier", "Pellet", "Rochat"])
mc.NAMES["en"] = (["Amy", "Ross", "Leah", "Gavin", "Holly", "Jordan", "Kirsty", "Neil"],
                  ["Barclay", "Finch", "Moffat", "Quinn", "Rowley", "Stanton", "Tully"])
mc.NAMES["de"] = (["Sabrina", "Roland", "Corinne", "Patrik", "Nadja", "Kurt", "Tanja", "Silvan"],
                  ["Egli", "Baumann", "Wüthrich", "Steiner", "Gisler", "Hofer", "Kuster"])
mc.CITY["fr"] = ["Lyon", "Genève", "Lausanne", "Villeurbanne", "Annecy", "Grenoble", "Saint-Étienne", "Nyon"]
mc.CITY["en"] = ["London", "Geneva", "Manchester", "Dublin", "Zurich"]
mc.CITY["de"] = ["Zürich", "Bern", "Basel", "Luzern", "Stuttgart", "Freiburg im Breisgau"]
mc.COMPANIES["good"] = ["Faculté d'odontologie de Lyon", "Cabinet dentaire des Tilleuls", "Centre dentaire du Léman", "Zahnarztpraxis am Rathausplatz",
                        "Riverside Dental Group", "Hôpital universitaire (médecine dentaire)", "Laboratoire Dentaire Arve"]
mc.COMPANIES["sales"] = ["OsteoLine Implants", "Dentimax", "SmileFunnel", "DentaFactoring", "Clic&Sourire", "Romandie Prévoyance", "DentiVoice",
                         "NovaFix Implants"]
mc.HEADLINES["good"] = ["Chirurgien-dentiste chez {co}", "Assistante dentaire | {co}", "Hygiéniste dentaire chez {co}", "Practice Manager at {co}",
                        "Zahnärztin bei {co}", "Prothésiste dentaire | {co}", "Orthodontiste | {co}"]
mc.HEADLINES["sales"] = ["Délégué commercial Rhône-Alpes | {co}", "Account Executive, Dental Groups | {co}", "Key Account Manager Dental | {co}",
                         "Business Developer santé chez {co}", "Founder & CEO at {co}"]
mc.JOBS[:] = [("Directeur·rice médical·e – centres dentaires", "Groupe Dentaire Alpin"), ("Clinical Director, Multi-site Dental", "Aurora Dental Partners"),
              ("Zahnarzt/Zahnärztin Implantologie (80–100 %)", "Zahnzentrum Limmat"), ("Chirurgien-dentiste collaborateur (H/F)", "Centre Dentaire Bellecour"),
              ("Responsable des opérations cabinets dentaires", "DentaSanté Groupe")]
SPOOF_NOTES = {
    "fr": ["Bonjour Docteur, votre cabinet a reçu un avis patient signalé. Connectez-vous pour y répondre avant la suspension de votre fiche.",
           "Bonjour, je vous ai transmis le devis implantaire signé du patient. Merci de vous connecter pour le télécharger."],
    "en": ["Hi Dr {first}, a patient complaint about your practice was forwarded to you. Sign in to view the file before it is escalated.",
           "Hello, the purchase order for your implant kits is ready. Please log in to approve the invoice."],
    "de": ["Guten Tag, eine Patientenbeschwerde zu Ihrer Praxis liegt vor. Bitte melden Sie sich an, um sie einzusehen.",
           "Hallo, die Rechnung für Ihre Bestellung (Implantat-Kits) ist bereit. Bitte hier anmelden und freigeben."],
    "es": ["Hola, le he enviado el presupuesto firmado del paciente. Inicie sesión para descargarlo."],
    "it": ["Buongiorno, le ho inviato il preventivo firmato del paziente. Acceda per scaricarlo."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Avis patient", "Votre devis", "Document partagé", "Urgent – votre cabinet"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Patient complaint", "Invoice pending", "Shared document", "Action needed"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Patientenbeschwerde", "Rechnung offen", "Dokument geteilt"]
retitle_other({
    "fr": dict(job=("{n} nouvelles offres pour « directeur médical dentaire »", "Votre alerte emploi pour directeur médical dentaire à {city}"),
               news="Centres dentaires : la fin de l'âge d'or ?", group="Meilleures discussions dans Dirigeants de cabinets dentaires francophones",
               newsletter="Fauteuil & Gestion : pourquoi les assistantes partent au bout de 18 mois"),
    "en": dict(job=("{n} new jobs for \"dental clinical director\"", "Your job alert for dental clinical director in {city}"),
               news="Is private equity done with dentistry?", group="Top conversations in Multi-Site Dental Owners Europe",
               newsletter="The Chairside Ledger: pricing implants without a race to the bottom"),
    "de": dict(job=("{n} neue Jobs für „Ärztliche Leitung Zahnmedizin“", "Ihr Jobalarm für Ärztliche Leitung Zahnmedizin in {city}"),
               news="Dentalhygiene: Fachkräftemangel trifft die Praxen", group="Top-Unterhaltungen in Zahnarztpraxis-Inhaber Schweiz",
               newsletter="Praxis kompakt: Recall-Quoten, die wirklich halten"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Camille Perrotin", "Assistante dentaire qualifiée | Orthodontie", "Villeurbanne",
  ("inv", "Bonjour Docteur, je suis assistante dentaire diplômée depuis 6 ans, dont 4 en orthodontie. J'ai vu que votre cabinet de la Croix-Rousse "
          "recrutait : je peux vous envoyer mon CV et venir faire une journée d'essai quand vous voulez."),
  ("rem",))
P("good_invitation", "fr", "Raphaël Monnier", "Médecin-dentiste | Président, Cercle des médecins-dentistes de la Côte", "Nyon",
  ("inv", "Salut Alex, jeudi 14 au soir on reçoit au Cercle une conférence sur les péri-implantites, gratuite pour les confrères et reconnue pour "
          "3 heures de formation continue. Il reste des places, je t'envoie le programme ?"))
P("good_invitation", "en", "Hannah Ostrowski", "Senior Lecturer, Restorative Dentistry | Thameside Dental Institute", "London",
  ("inv", "Hi Alex, I'm running a multi-site audit of zirconia crown failures in private dental groups across Europe. Would your practices "
          "contribute anonymised data? Every site that takes part gets the full benchmark report."),
  ("rem",))
P("good_invitation", "de", "Reto Kälin", "Zahnarzt, Praxisinhaber | Zahnarztpraxis am Bahnhof Olten", "Olten",
  ("inv", "Grüezi Herr Morgan, ich habe gehört, dass Sie in Genf auf ein papierloses Röntgenarchiv umgestellt haben. Wir stehen in Olten vor "
          "demselben Schritt. Dürfte ich Ihnen zwei, drei Fragen zur Datenschutzlösung stellen? Merci vielmal!"),
  ("rem",), ("rem",))
P("good_invitation", "fr", "Yasmina Haddad", "Étudiante en 6e année | Faculté d'odontologie de Lyon", "Lyon",
  ("inv", "Bonjour Dr Morgan, je termine ma 6e année et je cherche une collaboration pour la rentrée, si possible avec de l'implanto. "
          "Le Dr Vidal, votre associée, m'a conseillé de vous écrire. Auriez-vous un moment pour en parler ?"),
  ("rem",))
P("good_invitation", "en", "Tom Aldridge", "Owner | Aldridge Dental, four practices in Bristol & Bath", "Bristol",
  ("inv", "Hi Alex, caught your talk on running clinics across two countries. We're opening our first site in Cork and I'd love to ask how "
          "you handled staff contracts and tax. Happy to share our associate-retention numbers in return."))
P("good_invitation", "fr", "Nathalie Bugnon", "Responsable des stages | École supérieure d'hygiène dentaire, Genève", "Genève",
  ("inv", "Bonjour Monsieur Morgan, nous cherchons des cabinets pour accueillir nos hygiénistes de 3e année (8 semaines, encadrement assuré par "
          "l'école, crédits de formation pour les tuteurs). Vos cabinets genevois seraient-ils partants ? Je me réjouis de vous lire."))
P("good_invitation", "fr", "Ana Ferreira", "Assistante dentaire | Português · Français · Español", "Genève",
  ("inv", "Bonjour monsieur, je m appelle Ana, assistante dentaire diplomé au Portugal et 2 ans d'expérience a Genève (Carouge). Je cherche un "
          "poste a 80% dans vos cabinets, je parle aussi portugais et espagnol, beaucoup de patients le parle. Merci beaucoup"))


# =============================================================== default_invitation
P("default_invitation", "fr", "Kevin Da Silva", "Technico-commercial | Fournitures dentaires", "Lyon", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Priya Raman", "Business Development | Dental Tech | SaaS", "London", ("inv", NONOTE))
P("default_invitation", "de", "Sandra Gloor", "Dentalhygienikerin HF", "Bern", ("inv", DEFAULT))
P("default_invitation", "fr", "Jean-Marc Rey", "Chirurgien-dentiste", "Grenoble", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Grégory Maillet", "Délégué régional Rhône-Alpes | OsteoLine Implants", "Lyon",
  ("inv", "Bonjour Docteur, je couvre désormais vos cabinets lyonnais pour OsteoLine. Notre implant conique est à 189 € HT avec le pilier offert "
          "jusqu'à fin juin. Je peux passer mardi vous déposer un kit de démonstration ?"))
P("sales_invitation", "fr", "Sophie Jaquier", "Conseillère prévoyance indépendants | Romandie Prévoyance", "Lausanne",
  ("inv", "Bonjour, près de septante pour cent des médecins-dentistes indépendants sont mal couverts en perte de gain. Je vous propose un bilan "
          "de prévoyance de 30 minutes, au cabinet ou en visio. Quand seriez-vous disponible ?"),
  ("rem",))
P("sales_invitation", "en", "Jake Morrison", "Growth Lead | SmileFunnel – patient acquisition for dental groups", "Austin",
  ("inv", "Alex, we booked 312 implant consults last quarter for a 5-chair group in Lausanne with Meta ads + our AI call-back. Pay per show-up, "
          "no retainer. Worth 15 min to see what we'd do for Lyon?"))
P("sales_invitation", "fr", "Lucie Ferrand", "Account Manager | Dentimax – logiciel de gestion de cabinet", "Paris",
  ("inv", "Bonjour Alex, votre logiciel gère-t-il la télétransmission française et le tarif dentaire suisse dans la même base ? Dentimax le fait, "
          "multi-sites et multi-pays. 20 minutes de démo, ça vous dit ?"))
P("sales_invitation", "de", "Thomas Brunner", "Verkaufsleiter Westschweiz | DentaLux Behandlungseinheiten", "Freiburg im Breisgau",
  ("inv", "Guten Tag Herr Morgan, ab Herbst geben wir Vorführeinheiten unserer neuen Serie bis 22 % unter Liste ab. Für Ihre Genfer Standorte "
          "erstelle ich Ihnen gern ein Angebot. Wann passt Ihnen ein kurzes Telefonat?"))
P("sales_invitation", "fr", "Karim Benali", "Fondateur | Recouvrement santé – cabinets dentaires", "Marseille",
  ("inv", "Bonjour Docteur, combien de devis prothétiques impayés traînent dans vos cabinets ? Nous récupérons en moyenne 71 % des créances, "
          "rémunération au succès uniquement. 10 minutes au téléphone pour voir si ça vaut le coup ?"),
  ("rem",))
P("sales_invitation", "fr", "Élise Faivre", "Directrice | Académie Dentaire Privée – formations DPC", "Lyon",
  ("inv", "Bonjour Docteur, notre cycle d'implantologie (6 week-ends, 42 h validantes DPC) démarre en mars à Lyon. Tarif fondateur 4 900 € au lieu "
          "de 6 200 € jusqu'au 15. Je vous envoie la brochure ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Olivier Despras", "Fondateur | Club des dirigeants de centres dentaires", "Lyon",
  ("inv", "Bonjour Alex, chaque trimestre je réunis une dizaine de propriétaires de centres dentaires de la région pour parler recrutement, "
          "management et rentabilité, entre nous, sans fournisseur à table. Vous venez au prochain dîner ?"),
  ("msg", "Ravi de vous compter parmi nous, Alex. Avant le dîner, une précision : je suis aussi associé chez Praxia Conseil, nous optimisons la "
          "structure juridique et la rémunération des praticiens (SELARL, holding). Je vous propose un diagnostic à 1 500 € HT, déduit si vous "
          "signez la mission. Mardi ou jeudi ?", (3, 12)),
  ("msg", "Alex, je relance pour le diagnostic : il me reste deux créneaux avant le dîner du club, ce serait l'occasion d'arriver avec des chiffres.",
   (6, 15)))
P("bait_and_switch_invitation", "en", "Ryan Castellano", "Community Lead | Dental Growth Collective", "Miami",
  ("inv", "Hey Alex! I host a free Slack of 900+ multi-site dental owners in Europe and the US. No fluff, just owners trading notes on hiring and "
          "ops. Would love to add you 🙌"),
  ("msg", "Welcome aboard Alex! Quick one — a lot of our members run our done-for-you Google Ads package for implant leads ($2.5k/mo, 3-month "
          "minimum). Want a free audit of your Lyon sites this week?", (2, 8)))
P("bait_and_switch_invitation", "fr", "Pascal Vuilleumier", "Médecin-dentiste retraité | Transmission de cabinets", "Neuchâtel",
  ("inv", "Bonjour cher confrère, après 35 ans de pratique à Neuchâtel, je me demande comment les jeunes groupes comme le vôtre préparent la "
          "transmission de patientèle. Accepteriez-vous d'en parler un jour autour d'un café ?"),
  ("msg", "Merci pour ce bon moment au téléphone, cher confrère. Je vous le dis franchement : j'accompagne désormais les cessions de cabinets "
          "(évaluation, recherche de repreneur, négociation), honoraires de 4 % du prix de cession. Puis-je vous faire parvenir ma plaquette ?",
   (10, 25)))
P("bait_and_switch_invitation", "de", "Stefan Ammann", "Gründer | Praxisinhaber-Netzwerk Schweiz", "Luzern",
  ("inv", "Hallo Alex, ich habe einen kostenlosen Leitfaden geschrieben: «Personalplanung in Mehrbehandler-Praxen», 40 Seiten, ohne Werbung. "
          "Gern schicke ich ihn Ihnen, sobald wir vernetzt sind."),
  ("msg", "Schön, dass der Leitfaden angekommen ist. Übrigens: Für Praxisgruppen bieten wir Lohnbuchhaltung und HR-Outsourcing ab CHF 38 pro "
          "Mitarbeitende/Monat an. Darf ich Ihnen eine Offerte schicken?", (4, 14)),
  ("msg", "Grüezi Herr Morgan, kurze Erinnerung an die Offerte – der Einführungsrabatt gilt noch bis Monatsende.", (8, 20)))
P("bait_and_switch_invitation", "fr", "Laetitia Morel", "Consultante RH | Cabinets dentaires et médicaux", "Grenoble",
  ("inv", "Bonjour Alex, je prépare une étude sur le turnover des assistantes dentaires en Auvergne-Rhône-Alpes et j'interroge des titulaires. "
          "15 minutes de votre temps m'aideraient beaucoup, et je vous enverrai les résultats."),
  ("msg", "Merci encore pour vos réponses ! Vu ce que vous m'avez décrit, mon programme de coaching d'équipe (6 séances, 3 200 € par cabinet) "
          "réglerait une bonne partie du problème. On cale un appel pour en parler ?", (5, 18)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dr. Vikram Sethi", "Director | European Implant Study Club", "Geneva",
  ("inm", "Study club invitation", "Dear Dr. Morgan, our study club meets monthly in Geneva to discuss complex implant cases. It is peer-led and "
          "there are no sponsors in the room. We would be glad to welcome you as a guest at the next session."),
  ("inm", "Study club – membership", "Dear Dr. Morgan, further to my invitation: membership of the study club is arranged through our partner "
          "NovaFix Implants and requires a minimum annual order of 60 fixtures at the member price. I can send you the agreement today.", (4, 12)))
P("bait_and_switch_inmail", "fr", "Manon Tissot", "Chargée de communauté | Réseau Jeunes Dirigeants Santé", "Paris",
  ("inm", "Une question sur votre parcours", "Bonjour Alex, je recueille des témoignages de fondateurs de groupes dentaires pour un livre blanc gratuit "
          "sur l'entrepreneuriat en santé. Accepteriez-vous de répondre à cinq questions par écrit ? Ça prend un quart d'heure."),
  ("inm", "Suite de votre témoignage", "Merci Alex ! Pour que votre témoignage ouvre le livre blanc, nous proposons un pack visibilité : portrait, "
          "interview vidéo et diffusion à 12 000 praticiens, 1 900 € HT. Je vous réserve la place ?", (6, 15)))
P("bait_and_switch_inmail", "de", "Martina Zgraggen", "Projektleiterin | Digitale Zahnarztpraxis Schweiz", "Zug",
  ("inm", "Umfrage unter Praxisinhabern", "Guten Tag Herr Morgan, wir machen eine kurze, anonyme Umfrage zur Digitalisierung in Zahnarztpraxen "
          "(5 Minuten). Alle Teilnehmenden erhalten den Ergebnisbericht kostenlos."),
  ("inm", "Ihre Antworten", "Danke für Ihre Antworten! Aufgefallen ist, dass Sie noch mit Papier-Anamnesebögen arbeiten. Unser Tablet-Check-in "
          "löst das für CHF 149 pro Monat und Standort. Soll ich Ihnen einen Testzugang einrichten?", (5, 14)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Mélanie Roux", "Assistante dentaire | Accueil & secrétariat", "Lyon",
  ("end",), ("end",),
  ("msg", "Coucou Alex ! Je t'ai validé en {skill}, j'espère que ça te fait plaisir 😊 Tu pourrais me recommander pour « Accueil patients » et "
          "« Gestion de planning » ? Je cherche un nouveau poste et ça compte vraiment sur mon profil."))
P("endorse_me_back", "en", "Greg Paulson", "Sales Director EMEA | ClearAlign aligners", "Amsterdam",
  ("end",),
  ("msg", "Hey Alex, dropped you an endorsement for {skill}. If you've got 30 seconds, would you mind endorsing me for Key Account Management? "
          "Trying to get my profile in shape before our board review. Cheers"))
P("endorse_me_back", "de", "Urs Hediger", "Zahntechnikermeister | Dentallabor Hediger", "Bern",
  ("end",), ("end",),
  ("msg", "Grüezi Herr Morgan, ich habe Sie für {skill} bestätigt. Wären Sie so freundlich, mir im Gegenzug Zahntechnik und CAD/CAM zu "
          "bestätigen? Das würde mir sehr helfen. Freundliche Grüsse, Urs Hediger"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Fabrice Ollier", "Expert acquisition patients | Dentaboost", "Montpellier",
  ("inv", "Docteur, vos fauteuils tournent-ils à 100 % ? Nous remplissons les agendas implantaires en 30 jours grâce à la publicité ciblée. "
          "Un appel de 10 minutes cette semaine ?"),
  ("rem",),
  ("inm", "Pas même une réponse", "J'ai vu que vous aviez ignoré mon invitation. Franchement, pour un chef d'entreprise, ne pas prendre dix secondes "
          "pour dire non, c'est du mépris. Pas étonnant que vos avis Google soient ce qu'ils sont."))
P("hostility_after_decline", "fr", "Cédric Pasche", "Médecin-dentiste", "Nyon",
  ("inv", "Bonjour cher confrère, installé à Nyon depuis peu, je serais heureux d'échanger avec vous sur la vie de cabinet en Suisse romande."),
  ("inm", "Drôle de mentalité", "Je vois que vous refusez les demandes de vos confrères. Drôle de mentalité à Genève, on se croirait chez les "
          "banquiers. Bonne continuation dans votre tour d'ivoire, cher « confrère »."))
P("hostility_after_decline", "en", "Tyler Brennan", "Dental Equipment Broker | Used CBCT, chairs, lasers", "Rotterdam",
  ("inv", "Alex, I buy and sell used CBCT units and chairs across Europe, best prices guaranteed. Let's connect and talk inventory."),
  ("inm", "Wow", "Declined, huh? Guess Mr. Big Shot Dental Group is too important for the little guys. Don't come crying to me when your sensor "
          "dies on a Friday and you need a replacement by Monday."))
P("hostility_after_decline", "de", "Jürg Streuli", "Berater Praxisübernahmen | Deutschschweiz & Romandie", "Winterthur",
  ("inv", "Grüezi, ich vermittle Zahnarztpraxen in der Deutschschweiz und der Romandie. Falls Sie expandieren möchten: Ich habe aktuell drei "
          "Objekte im Portfolio. Vernetzen wir uns?"),
  ("rem",),
  ("inm", "Ihr Verhalten", "Herr Morgan, ich habe Ihnen zweimal eine höfliche Anfrage geschickt. Dass Sie nicht einmal antworten, finde ich "
          "schlicht unanständig. So geht man unter Geschäftsleuten nicht miteinander um."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Sébastien Lacroix", "Directeur commercial | LaserDent France", "Lyon",
  ("msg", "Bonjour Alex, suite à notre échange à l'ADF, je reviens vers vous pour le laser Er:YAG : nous reprenons votre ancien matériel jusqu'au "
          "30 du mois. Je vous envoie le devis ?"),
  ("msg", "Trois relances, zéro réponse. Je trouve assez lamentable de laisser quelqu'un dans le vide comme ça. On verra si vous faites encore "
          "le malin quand tous vos concurrents seront équipés.", (15, 30)))
P("hostility_connection", "en", "Natasha Kerr", "Founder | PracticePulse dental analytics", "Edinburgh",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! PracticePulse plugs into your PMS and shows chair utilisation per site in real time. Can I book you in "
          "for a 20-min demo?"),
  ("msg", "I get that you're busy, but ghosting someone YOU invited to connect is pretty rude. Remember that next time you need something from "
          "this industry.", (12, 26)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Aurélien Giraud", "Fondateur | Sourire Digital – sites et SEO pour cabinets dentaires", "Lyon",
  ("msg", "Bonjour Alex, nous avons fait les sites de 40 cabinets en France. Le vôtre à la Croix-Rousse ne sort pas sur « dentiste urgence "
          "Lyon 4 ». Je vous fais une proposition de référencement ?"),
  ("msg", "Alex, petite relance : la refonte + SEO local est à -30 % jusqu'à vendredi."),
  ("msg", "Dernier message de ma part : j'ai préparé une maquette de page d'accueil pour vos centres. Je vous l'envoie si vous me bloquez "
          "30 minutes de rendez-vous."))
P("connection_only_pitches", "de", "Daniela Frei", "Kundenberaterin | DentaFactoring AG", "Zürich",
  ("msg", "Guten Tag Herr Morgan, machen Sie die Honorarabrechnung Ihrer Genfer Praxen noch selbst? Mit DentaFactoring haben Sie Ihr Geld innert "
          "48 Stunden, das Ausfallrisiko übernehmen wir. Darf ich Ihnen unsere Konditionen schicken?"),
  ("msg", "Guten Tag Herr Morgan, ich melde mich nochmals: Gruppenpraxen erhalten bei uns 0,4 Prozentpunkte tiefere Gebühren. Hätten Sie "
          "nächste Woche 15 Minuten?"))
P("connection_only_pitches", "en", "Owen Prescott", "Partner | Harbour Wealth – financial planning for dentists", "Geneva",
  ("msg", "Hi Alex, most practice owners I work with have 80% of their net worth tied up in the business. I'd like to show you how we build a "
          "diversified pension alongside it. Coffee next week?"),
  ("msg", "Alex, following up — this month we're running our private-client review for dentists, fixed fee CHF 950. Shall I send you some dates?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Adeline Roche", "Responsable grands comptes | Mutuelle Santé Pro", "Lyon",
  ("msg", "Bonjour Alex, nous proposons aux groupes dentaires une complémentaire santé collective pour leurs salariés, dès 38 € par mois et par "
          "salarié, avec une orthodontie adulte mieux remboursée. Un devis pour vos trois cabinets lyonnais vous intéresserait ?"))
P("single_pitch", "en", "Lars Henriksen", "Area Manager | Scandi Sterilisation Systems", "Copenhagen",
  ("msg", "Hi Alex, hope all's well in Geneva. We've just launched a class B autoclave with a 19-minute cycle. I can bring one for a two-week "
          "trial at Eaux-Vives and we talk pricing after — interested?"))
P("single_pitch", "fr", "Isabelle Cuénod", "Associée | Cuénod & Associés, fiduciaire santé", "Lausanne",
  ("msg", "Bonjour Monsieur Morgan, notre fiduciaire est spécialisée dans les cabinets médicaux et dentaires. Nous proposons un forfait comptabilité "
          "et fiscalité à CHF 6'800 par an et par société. Puis-je vous transmettre notre offre détaillée ? Meilleures salutations"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Hélène Mathieu", "Chirurgien-dentiste | Présidente, association des praticiens de Lyon Est", "Bron",
  ("msg", "Alex, la soirée sur la nouvelle convention dentaire, c'est jeudi 19 h à la fac. Entrée libre pour les praticiens et validante DPC. "
          "Je t'ai inscrit avec ton associée, dis-moi si ça ne vous va pas."),
  ("msg", "Comme promis, le support de la soirée et le tableau des nouveaux plafonds prothétiques. Fais-le tourner dans tes cabinets."))
P("connection_brings_value", "de", "Beat Zurbuchen", "Zahnarzt | Mitglied der kantonalen Qualitätskommission", "Biel/Bienne",
  ("end",),
  ("msg", "Lieber Alex, wie besprochen schicke ich Ihnen unsere Checkliste für die kantonale Hygieneinspektion. Die Prüfer schauen neu sehr genau "
          "auf die Validierung der Sterilisation, das hat uns einen halben Tag gekostet. Vielleicht erspart es Ihnen etwas Arbeit."))
P("connection_brings_value", "en", "Sarah Okonjo", "Practice Manager | nine-practice dental group, Manchester", "Manchester",
  ("msg", "Hi Alex! Following our chat on retention, here's our career ladder for dental nurses and the exit-interview form we use. Steal whatever "
          "helps. We took turnover from 34% to 19% in eighteen months."))
P("connection_brings_value", "fr", "Thibaut Cordier", "Prothésiste dentaire | Formateur au CFA de Villeurbanne", "Villeurbanne",
  ("msg", "Bonjour Alex, samedi matin je fais au CFA une séance gratuite pour les assistantes sur l'empreinte optique, sur modèles, sans démo de "
          "marque. Si certaines des vôtres veulent venir, dites-le-moi, il reste 6 places."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Florence Dind", "Associée | Dind Executive Search", "Lausanne",
  ("inm", "Direction médicale – réseau de cliniques dentaires", "Bonjour Monsieur Morgan, je mène une recherche confidentielle pour un réseau de "
          "14 cliniques dentaires en Suisse romande : directeur·rice médical·e, CDI, 80 à 100 %, rattaché·e au CEO. Votre double parcours de "
          "praticien et de fondateur correspond très bien au profil. Seriez-vous ouvert à un échange confidentiel ?"))
P("stranger_inmail_recruiter", "en", "Michael Tan", "Talent Acquisition Partner | Aurora Dental Partners", "London",
  ("inm", "Regional Clinical Director – France & Switzerland", "Hi Alex, I'm hiring a Regional Clinical Director to oversee 22 practices across "
          "France and Switzerland. Permanent role with a real equity component. Your background running multi-site groups stood out. Would you "
          "be open to a 20-minute exploratory call?"))
P("stranger_inmail_recruiter", "de", "Andrea Keller", "Leiterin Personal | Zahnmedizinisches Zentrum Rheinknie", "Basel",
  ("inm", "Leitende/r Zahnärztin/Zahnarzt Implantologie (80–100 %)", "Guten Tag Herr Morgan, für unser Zentrum in Basel suchen wir eine leitende "
          "Zahnärztin oder einen leitenden Zahnarzt für die Implantologie. Ich bin die Personalleiterin und schreibe Ihnen direkt, ohne Agentur. "
          "Hätten Sie Interesse an einem unverbindlichen Gespräch?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Marc-Antoine Lenoir", "Responsable réseau | Santéplus, réseau de soins", "Paris",
  ("inm", "Conventionnement de vos centres", "Bonjour Docteur, notre réseau de soins compte 2,4 millions d'assurés. En adhérant, vos cabinets "
          "apparaissent en tête de notre annuaire, en contrepartie de plafonds tarifaires sur la prothèse. Je vous propose un rendez-vous pour "
          "vous présenter la convention."))
P("stranger_inmail_sales", "en", "Chloe Hartley", "Partnerships | DentiVoice – AI receptionist", "London",
  ("inm", "Missed calls = missed implants", "Hi Alex, dental groups miss roughly 28% of inbound calls. DentiVoice answers 24/7 in French, German "
          "and English and books straight into your PMS. €390 per site per month. Open to a 15-min demo?"),
  ("inm", "Quick bump", "Bumping this, Alex — happy to set up a free 7-day trial on one of your lines."))
P("stranger_inmail_sales", "fr", "Romain Besson", "Courtier | RC pro des professions de santé", "Lyon",
  ("inm", "Votre RC professionnelle", "Bonjour Docteur Morgan, je suis courtier spécialisé dans l'assurance des chirurgiens-dentistes. Nous faisons "
          "en moyenne 18 % d'économie sur la RC professionnelle. Pouvez-vous m'indiquer votre date d'échéance pour que je vous prépare une étude "
          "comparative gratuite ?"))
P("stranger_inmail_sales", "de", "Nicole Baumgartner", "Verkauf | Dentaldepot Direkt", "St. Gallen",
  ("inm", "Ihr Verbrauchsmaterial", "Guten Tag Herr Morgan, wir beliefern Zahnarztpraxen in der ganzen Schweiz mit Verbrauchsmaterial, im Schnitt "
          "15–20 % günstiger als der Fachhandel. Gern sende ich Ihnen unsere aktuelle Preisliste für Komposite und Handschuhe."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Julien Marchetti", "Chirurgien-dentiste | Fondateur de 4 centres à Marseille", "Marseille",
  ("inv", "Salut Alex, on vient d'ouvrir notre 4e centre à Marseille et on galère à recruter des assistantes. Il paraît que tu as monté une "
          "formation interne : tu m'expliquerais ? En échange je te passe nos process de stérilisation."),
  ("msg", "Merci pour l'appel, c'était top. Voici notre protocole de stérilisation complet et la check-list d'ouverture de salle, à jour de la "
          "dernière inspection de l'ARS."),
  ("msg", "Alex, je me lance dans le conseil : j'accompagne les groupes dentaires sur leur rentabilité (audit + plan d'action), forfait 9 000 € HT. "
          "Comme on se connaît, je te fais -20 %. Ça te tente ?", (20, 45)))
P("good_turns_ugly", "en", "Emily Sandoval", "Dentist | Organiser, Geneva International Dental Journal Club", "Geneva",
  ("inv", "Hi Alex, I coordinate a free monthly journal club for English-speaking dentists in Geneva (2 CPD hours each time). Next one is on short "
          "implants. Would you like to join us?"),
  ("msg", "Great to have you on the list! Papers for Thursday are attached, plus the Zoom link in case you can't make it in person."),
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill} last week. Would you mind returning the favour for Dental Education and Public Speaking? I'm "
          "putting together a teaching portfolio."))
P("good_turns_ugly", "de", "Lukas Imhof", "Medizinphysiker | Strahlenschutz in Zahnarztpraxen", "Bern",
  ("inv", "Hallo Alex, ich organisiere einen kostenlosen Praxisabend zur revidierten Strahlenschutzverordnung, anerkannt für 2 Fortbildungsstunden. "
          "Es spricht ein Experte vom Kanton. Hätten Sie Lust?"),
  ("msg", "Danke fürs Kommen am Donnerstag! Anbei die Folien und unsere Musterdokumentation für die Konstanzprüfung."),
  ("msg", "Hallo Alex, kurz in eigener Sache: Wir übernehmen für Praxen die ganze Strahlenschutz-Dokumentation inklusive Konstanzprüfungen, "
          "pauschal CHF 1'200 pro Gerät und Jahr. Soll ich Ihnen eine Offerte für Ihre Standorte machen?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Vanessa Collet", "Chargée d'affaires | Dentalease, financement d'équipements", "Lyon",
  ("inm", "Financement de vos équipements", "Bonjour Docteur, nous finançons fauteuils, cone beam et caméras intra-orales en location évolutive, sans "
          "apport, avec option d'achat. Je vous fais une simulation ?"),
  ("inv", "Bonjour Alex, j'ai beaucoup aimé votre intervention sur la gestion multi-sites au congrès de Lyon. Ravie de rejoindre votre réseau."))
P("reinvite_known_bad", "en", "Scott Whelan", "Regional Sales Manager | Dental imaging", "Manchester",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met briefly at the IDS booth in Cologne. Would be great to stay in touch!"))
P("reinvite_known_bad", "fr", "Gaëlle Perrenoud", "Gérante | Hygiène & Maintenance des unités dentaires", "Genève",
  ("inv", "Bonjour, je propose aux cabinets dentaires l'entretien et la désinfection des unités par contrat annuel, certificat de conformité "
          "compris. Puis-je vous faire parvenir nos tarifs ?"),
  ("inv", "Bonjour, je vois que nous avons plusieurs contacts en commun à Genève. Au plaisir d'échanger !"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Anthony Brunet", "Développeur de centres dentaires | Franchise", "Saint-Étienne",
  ("inv", "Bonjour Docteur, je développe un réseau de centres dentaires en franchise et je cherche des praticiens investisseurs. Intéressé ?"),
  ("inm", "Sans réponse", "Je vois que vous êtes de ceux qui snobent. Les centres comme les miens vont vous manger tout cru de toute façon, et ce "
          "jour-là vous ferez moins le fier."),
  ("inv", "Bonjour Alex, on est sans doute mal partis tous les deux. Je serais content de vous compter dans mon réseau, sans arrière-pensée."))
P("reinvite_known_ugly", "en", "Derek Voss", "Head of Insights | DentalMetrics Europe", "Dublin",
  ("inm", "Free benchmarking report", "Hi Dr. Morgan, we publish a free annual benchmark of dental group performance in Europe (chair utilisation, "
          "hygiene recall, case acceptance). Would you like a copy? Happy to send it over."),
  ("inm", "Your benchmark + next steps", "Here's the headline data. The site-by-site comparison for your group is available through our Insights "
          "subscription (€4,800/yr). Shall I send the order form?", (5, 15)),
  ("inv", "Alex, would be great to connect here and keep the conversation going."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Stéphanie Arnaud", "Responsable régionale | Biolabo Prothèse", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Puisqu'on s'est croisés au salon, je me permets de vous présenter nos tarifs : couronne zircone "
          "monolithique à 79 € HT, 5 jours ouvrés, enlèvement gratuit dans vos trois cabinets. Je vous ouvre un compte ?"))
P("user_invited_pitch_once", "en", "Ben Kowalczyk", "Account Executive | CloudChart dental PMS", "Dublin",
  ("acc",),
  ("msg", "Thanks for the connect, Alex. Since we chatted at the booth, here's what multi-country licensing looks like for us: €210 per chair per "
          "month, migration included. Want me to set up a sandbox with a copy of your data?"))
P("user_invited_pitch_once", "de", "Simone Wyss", "Gebietsleiterin | Orthodent Schweiz", "Bern",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Herr Morgan! Wie am Kongress in Bern angesprochen: Für Ihre Genfer Praxen könnten wir Aligner-Fälle zu "
          "Gruppenkonditionen abrechnen. Ich würde Ihnen gern ein Angebot vorbeibringen."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Maxime Delorme", "Directeur d'agence | Clic&Sourire – marketing santé", "Villeurbanne",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Voici notre grille : campagne Google Ads implantologie à 1 200 €/mois + 15 % du budget média. "
          "On démarre le mois prochain ?"),
  ("msg", "Bonjour Alex, pas de retour de votre côté. Je peux aussi vous proposer un pack vidéos « patients témoins » à 2 400 € pour vos centres. "
          "Dites-moi ce qui vous parle le plus."))
P("user_invited_pitch_twice", "en", "Ivy Grant", "Director | DentalStaff Europe – locums & permanent", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! We can place locum dentists and hygienists in Geneva within 72 hours. Fee is 18% of first-year salary "
          "for permanent hires, or an hourly margin for locums. Shall I send our terms?"),
  ("msg", "Hi Alex, circling back: we have two French-speaking hygienists free from next month. Want me to hold them for you? Terms attached."))
P("user_invited_pitch_twice", "de", "Marco Bernasconi", "Verkauf Schweiz | DentaDigital 3D-Druck", "Lugano",
  ("acc",),
  ("msg", "Vielen Dank für die Einladung, Alex! Wie an der Dental Bern erwähnt: Unser 3D-Drucker für Schienen und Modelle kostet CHF 12'900 "
          "inklusive Schulung. Möchten Sie ein Gerät zur Probe?"),
  ("msg", "Hallo Alex, nur kurz: Die Messekonditionen (–10 %) gelten noch bis Ende Monat. Soll ich Ihnen eins reservieren?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Agnès Favre", "Professeure associée, parodontologie | Faculté de médecine dentaire", "Genève",
  ("acc",),
  ("msg", "Merci pour l'invitation, cher confrère. Comme promis à la journée de Lausanne, voici notre protocole de maintenance parodontale chez "
          "les patients implantés, et l'invitation à notre séminaire du vendredi (gratuit, 2 h de formation continue reconnues). Vos "
          "collaborateurs sont les bienvenus aussi."))
P("user_invited_value", "en", "Rachel Ferris", "Features editor | The Practice Owner magazine", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. I'm writing a feature on cross-border dental groups and would love to include how you run things between "
          "Lyon and Geneva. It's a 20-minute phone interview and you'd see your quotes before print. Any time next week?"))
P("user_invited_value", "fr", "Quentin Royer", "Chirurgien-dentiste | Remplaçant, endodontie", "Lyon",
  ("acc",),
  ("msg", "Bonjour Alex, merci d'avoir pensé à moi. Comme on en a parlé au congrès, je suis disponible pour des remplacements dès septembre, "
          "deux à trois jours par semaine, surtout en endo. Je vous joins mon CV et mes dispos."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Corinne Blanchard", "Directrice | Centre de formation des assistants dentaires", "Lyon", ("acc",))
P("acceptance_only", "en", "Paul Whitaker", "Clinical Director | Riverside Dental Group", "Zurich", ("acc",))
P("lone_endorsement", "fr", "Léo Fournier", "Assistant dentaire en formation | Alternance", "Villeurbanne", ("end",))
P("lone_endorsement", "de", "Heidi Gasser", "Dentalassistentin EFZ", "Genf", ("end",))


# people whose notes would fit 2016 to 2017; everyone else is in the current layout
ERAS_2016 = {"Kevin Da Silva", "Sandra Gloor", "Grégory Maillet", "Sophie Jaquier", "Karim Benali", "Cédric Pasche", "Jürg Streuli",
             "Owen Prescott", "Daniela Frei", "Isabelle Cuénod", "Beat Zurbuchen", "Romain Besson", "Nicole Baumgartner", "Scott Whelan",
             "Gaëlle Perrenoud", "Urs Hediger", "Raphaël Monnier", "Nathalie Bugnon", "Stéphanie Arnaud", "Simone Wyss", "Pascal Vuilleumier",
             "Florence Dind"}
ERAS = {p[2]: ("2016" if p[2] in ERAS_2016 else "cur") for p in PEOPLE}
assert ERAS_2016 <= set(ERAS), ERAS_2016 - set(ERAS)
assert len(ERAS) == len(PEOPLE), "a name is used twice"
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Sandrine Mottet", "accueil.croixrousse@cabinets-rhone-leman.example", "Candidatures assistantes",
     "Bonjour Alex,\n\ncette semaine on a reçu quatre candidatures d'assistantes, dont deux qui disent t'avoir aussi écrit sur LinkedIn. "
     "Je les ai mises dans le dossier RH. Tu veux que je cale des entretiens mardi ?\n\nSandrine", "fr"),
    ("Claire Vidal", "c.vidal@cabinets-rhone-leman.example", "Fwd: I want to connect",
     "Tu connais ce monsieur ? Il m'a invitée sur LinkedIn et me propose des implants « à prix cassé ». Je n'ai pas répondu.\n\n"
     "---------- Message transféré ---------\nDe : Grégory Maillet via LinkedIn <invitations@linkedin.com>\nObjet : I want to connect\n\n"
     "Bonjour Docteur, je couvre désormais vos cabinets lyonnais...", "fr"),
    ("Congrès Dentaire Rhône-Alpes", "info@congres-dentaire-ra.example", "Programme en ligne – suivez-nous sur LinkedIn",
     "Le programme scientifique du congrès est en ligne. Suivez notre page LinkedIn pour les annonces des conférenciers et les inscriptions "
     "aux ateliers pratiques.", "fr"),
    ("Fiduciaire Léman", "compta@fiduciaire-leman.example", "Pièces manquantes T3",
     "Bonjour Monsieur Morgan,\n\npour la clôture du trimestre, il nous manque la facture de l'abonnement LinkedIn Premium et celle de "
     "l'annonce d'emploi pour l'hygiéniste. Pourriez-vous nous les transmettre d'ici au 15 ?\n\nMeilleures salutations", "fr"),
    ("Zahnärzte-Gesellschaft Sektion Bern", "sekretariat@zahnaerzte-bern.example", "Mitteilungen der Sektion",
     "Liebe Mitglieder\n\nunsere Sektion ist neu auch auf LinkedIn. Die Unterlagen zum Tarif und zur Röntgenverordnung finden Sie wie gewohnt "
     "im Mitgliederbereich.\n\nFreundliche Grüsse", "de"),
    ("Léa Bonvin", "lea.bonvin@mailbox.example", "Merci pour les soins",
     "Bonjour Docteur,\n\nje voulais vous remercier pour la pose de mon implant, tout s'est très bien passé. Je vous ai trouvé grâce à "
     "l'article partagé sur LinkedIn par ma collègue.\n\nBelle journée,\nLéa Bonvin", "fr"),
    ("Romain Gaudin", "romain@patientsplus-agence.example", "Suite à ma demande sur LinkedIn",
     "Bonjour Alex,\n\nje vous ai envoyé une invitation LinkedIn la semaine dernière, je me permets de vous écrire ici : nous générons des "
     "rendez-vous implantaires qualifiés pour les centres dentaires. 15 minutes pour en parler ?\n\nRomain", "fr"),
    ("jobportal Romandie", "noreply@jobportal-romandie.example", "Votre annonce « Hygiéniste dentaire 80 % » est en ligne",
     "Votre annonce est publiée pour 30 jours. Astuce : partagez-la aussi sur LinkedIn pour toucher davantage de candidates.", "fr"),
    ("Laboratoire Dentaire Arve", "cas@labo-arve.example", "Case photos – Mrs D., upper bridge",
     "Hi Alex,\n\nas I mentioned on LinkedIn, here are the shade photos for Mrs D.'s bridge. Could you confirm A2 or A3 before Thursday?\n\n"
     "Best,\nMarc", "en"),
    ("Agenda cabinets", "agenda@cabinets-rhone-leman.example", "Invitation : atelier LinkedIn pour l'équipe accueil",
     "Quand : mercredi 14:00 – 15:30\nOù : cabinet Part-Dieu, salle de pause\nObjet : mettre à jour les profils LinkedIn de l'équipe et de la "
     "page des cabinets.", "fr"),
    ("Banque Cantonale – Sécurité", "securite@banque-cantonale.example", "Attention aux fausses offres d'emploi sur LinkedIn",
     "Des escrocs utilisent de fausses offres d'emploi sur LinkedIn pour recruter des « agents de paiement ». Ne transférez jamais d'argent "
     "pour le compte d'un inconnu.", "fr"),
    ("Dental Practice Owners Summit", "hello@dpo-summit.example", "Early-bird ends Friday",
     "Speakers announced for the Geneva edition! Follow us on LinkedIn for the full line-up. Early-bird tickets end Friday.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev112. Generated by scripts/make_corpus_dev112.py (seed {SEED}); do not edit by hand.",
          "# Alex as a dentist who owns a group of dental practices in Lyon and Geneva: implant, equipment and lab suppliers, practice-software "
          "vendors, insurers and mutuelles, dentists and assistants applying, continuing education free and paid, peer practice owners, "
          "patient-acquisition agencies, rude ones; French (France and Suisse romande), English, German. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev112", SEED, PEOPLE, FOREIGN, spoofs=11, other=14, header=HEADER, eras=ERAS)
