#!/usr/bin/env python3
"""Write mailbot's ninety-fourth, independent development corpus: tests/corpus/dev94/*.eml + expected.toml.

The angle: the user Alex directs research partnerships at a university in Montréal that also
runs a campus in Ottawa. Their LinkedIn world: industry partners who want to fund a PhD or sign
a consortium agreement, program officers at granting agencies announcing free briefings, peer
administrators at other universities asking how they handle joint IP, postdocs and students
asking for advice, predatory journals and conferences (honorary editorial boards, keynote
invitations, then a fee), lab-equipment and lab-furniture vendors asking to quote, student
recruitment agents paid on commission, grant-writing and tax-credit consultants, venture
studios, PR and video shops, and executive search firms with real senior roles.
The writers use Québécois French (tutoiement, 'ben', 'pantoute', 'faque', 'soumission',
anglicisms), Canadian English, European French (vouvoiement, formal letters), and a little
Latin American Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The recipient headline, endorsement skills, job-alert and
newsletter titles, the names and headlines of spoof-only people and PYMK suggestions, the
cities, and the pitches that spoofs carry are swapped for this world in this process only
(make_corpus.py itself is not changed). Spoofs and LinkedIn's other mail use French and
English wording only. Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev94.py              # writes tests/corpus/dev94
    python scripts/make_corpus_dev94.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260994

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ this world (this process only)
RHEADLINE = {
    "en": "Director, Research Partnerships | Université Ville-Marie (Montréal & Ottawa)",
    "fr": "Direction des partenariats de recherche | Université Ville-Marie (Montréal et Ottawa)",
    "de": "Leitung Forschungskooperationen | Université Ville-Marie (Montréal & Ottawa)",
    "es": "Dirección de Alianzas de Investigación | Université Ville-Marie (Montréal y Ottawa)",
    "it": "Direzione Partenariati di Ricerca | Université Ville-Marie (Montréal e Ottawa)",
}
SKILLS = {
    "en": ["Research Administration", "Technology Transfer", "Grant Writing", "Industry Partnerships", "Intellectual Property", "Contract Negotiation"],
    "fr": ["Administration de la recherche", "Transfert technologique", "Rédaction de demandes de subvention", "Partenariats industriels",
           "Propriété intellectuelle", "Négociation de contrats"],
    "de": ["Forschungsmanagement", "Technologietransfer", "Drittmittelakquise", "Industriekooperationen", "Geistiges Eigentum"],
    "es": ["Gestión de la investigación", "Transferencia tecnológica", "Redacción de propuestas", "Vinculación con la industria", "Propiedad intelectual"],
    "it": ["Gestione della ricerca", "Trasferimento tecnologico", "Progettazione di bandi", "Partenariati industriali", "Proprietà intellettuale"],
}
for _l in mc.L:
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
    mc.L[_l]["skills"] = SKILLS[_l]

mc.LANGS[:] = ["fr", "en", "fr", "en", "fr"]          # spoofs and other LinkedIn mail: French and English wording only
mc.CITY["fr"] = ["Montréal", "Québec", "Gatineau", "Sherbrooke", "Trois-Rivières", "Laval", "Longueuil"]
mc.CITY["en"] = ["Ottawa", "Toronto", "Montréal", "Kingston", "Halifax", "Waterloo", "Calgary"]
mc.NAMES["fr"] = (["Maryse", "Yannick", "Nancy", "Éric", "Manon", "Jocelyn", "Lyne", "Dominic", "France", "Kevin", "Mireille", "Luc", "Sonia", "Alexandre"],
                  ["Tardif", "Lapointe", "Ouimet", "Boisvert", "Gingras", "Séguin", "Bédard", "Houle", "Trudel", "Charbonneau", "Vaillancourt", "Rioux"])
mc.NAMES["en"] = (["Brett", "Lindsay", "Curtis", "Ashley", "Trent", "Shannon", "Dustin", "Courtney", "Ravi", "Jenna", "Wade", "Tara"],
                  ["McInnis", "Sawchuk", "Dunphy", "Kaur", "Brodeur", "Friesen", "Gallant", "Chiu", "Pelley", "Hrycak", "MacIsaac", "Thiessen"])
mc.JOBS[:] = [("Directeur·trice, Bureau de la recherche", "Université du Littoral-Nord"), ("Director, Industry Liaison Office", "Fraser Valley Institute of Technology"),
              ("Conseiller·ère principal·e en valorisation", "Polytechnique de l'Outaouais"), ("Associate Vice-President, Research Partnerships", "Lakeshore University"),
              ("Director, Research Services", "Cabot Atlantic University")]
mc.COMPANIES["good"] = ["Université de l'Estrie", "Lakeshore University", "Hydrolift Systèmes", "Prairie Polytechnic University", "Laboratoires Vireo Santé",
                        "Cabot Atlantic University", "Hydro-Boréal", "Canadian Council for Applied Research"]
mc.COMPANIES["sales"] = ["Optika Scientifique", "IPortal", "Northline Instruments", "Global Graduate Fairs", "Cryotech Canada", "LicenseLoop", "SecureRoom VDR"]
mc.HEADLINES["good"] = ["Conseillère en partenariats de recherche | {co}", "Research Facilitator at {co}", "Directeur R-D chez {co}", "Postdoctoral Fellow | {co}",
                        "Associate Director, Research Services at {co}", "Agente de liaison industrielle | {co}"]
mc.HEADLINES["sales"] = ["Account Executive, Higher Ed | {co}", "Représentant des ventes | {co}", "Business Development Manager at {co}",
                         "Founder & CEO at {co}", "Territory Manager, Academic Research | {co}"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question about your labs", "Partnership opportunity", "15 minutes?", "Your research office", "Idea for Ville-Marie"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Petite question", "Occasion de partenariat", "15 minutes ?", "Votre bureau de la recherche", "Une idée pour Ville-Marie"]
retitle_other({
    "en": {"job": ("{n} new jobs for \"research partnerships director\"", "Your job alert for research partnerships director in {city}"),
           "news": "Are federal research budgets keeping up with inflation?",
           "group": "Top conversations in Research Administrators of Canada",
           "newsletter": "The Tech Transfer Memo: what a fair IP clause looks like"},
    "fr": {"job": ("{n} nouvelles offres pour « direction de la recherche »", "Votre alerte emploi pour direction de la recherche à {city}"),
           "news": "Les fonds de recherche suivent-ils l'inflation ?",
           "group": "Conversations principales dans Gestionnaires de la recherche du Québec",
           "newsletter": "Le carnet de la valorisation : négocier la PI sans se brûler"},
})
SPOOF_PITCH = {
    "en": ["Hi {first}, the signed collaboration agreement is ready for your e-signature. Please sign in through the secure link to review it before Friday.",
           "Dear {first}, the disbursement of your partnership grant is on hold pending identity verification. Sign in to confirm your banking details."],
    "fr": ["Bonjour {first}, l'entente de collaboration signée est prête. Connecte-toi avec le lien sécurisé pour la consulter avant vendredi.",
           "Bonjour {first}, le versement de votre subvention de partenariat est suspendu. Veuillez confirmer vos coordonnées bancaires via le lien ci-dessous."],
    "de": ["Hallo {first}, der unterschriebene Kooperationsvertrag liegt zur Freigabe bereit. Bitte über den sicheren Link anmelden.",
           "Guten Tag {first}, die Auszahlung Ihrer Fördermittel ist ausgesetzt. Bitte bestätigen Sie Ihre Bankdaten."],
    "es": ["Hola {first}, el convenio firmado ya está listo. Inicia sesión en el enlace seguro para revisarlo antes del viernes.",
           "Estimado/a {first}, el pago de su subvención está retenido. Confirme sus datos bancarios en el enlace."],
    "it": ["Ciao {first}, l'accordo di collaborazione firmato è pronto. Accedi dal link sicuro per vederlo entro venerdì.",
           "Gentile {first}, l'erogazione del suo finanziamento è sospesa. Confermi i dati bancari dal link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Geneviève Tremblay", "Conseillère principale aux partenariats | Université de l'Estrie", "Sherbrooke",
  ("inv", "Salut Alex! On s'est jasé deux minutes au colloque sur la recherche partenariale. Je monte mon premier accord de consortium avec trois PME "
          "pis je sais pas trop comment gérer la PI conjointe. Vous faites ça comment à Ville-Marie? Un appel de 20 min, ça t'adonnerait?"),
  ("rem",))
P("good_invitation", "en", "Heather MacLeod", "Senior Program Officer, Partnership Programs | Canadian Council for Applied Research", "Ottawa",
  ("inv", "Hi Alex, I've just taken over the Quebec file for partnership grants. We're holding a free briefing for research offices on the new rules "
          "for cash vs in-kind partner contributions, at our Ottawa office with a livestream. Glad to hold a couple of seats for your team."))
P("good_invitation", "fr", "Raphaël Delcourt", "Chargé d'affaires valorisation | Université Grenoble-Isère", "Grenoble",
  ("inv", "Bonjour, la Pr Lacasse, de votre département de génie chimique, m'a conseillé de vous écrire : nous montons avec elle un laboratoire "
          "international associé sur les électrolyseurs et il nous manque un interlocuteur côté contrats. Je serai à Montréal début mars."))
P("good_invitation", "en", "Oluwaseun Adeyemi", "Postdoctoral Fellow, Biomedical Engineering | Université Ville-Marie, Ottawa campus", "Ottawa",
  ("inv", "Hi Alex, postdoc at the Ottawa campus here. My supervisor said you're the person to ask before I approach a medtech firm about an industry "
          "internship: what IP terms should I expect them to push for? Ten minutes of your time would save me a lot of guessing."),
  ("rem",))
P("good_invitation", "en", "Marc-André Bouchard", "Directeur R-D | Hydrolift Systèmes", "Trois-Rivières",
  ("inv", "Bonjour Alex, on conçoit des vannes et des systèmes de levage pour les barrages. On voudrait financer un doctorat en fatigue des soudures "
          "avec un de vos labos, autour de 60 k$ par année en argent. Je cherche juste la bonne porte d'entrée chez vous. Merci!"),
  nl="fr")
P("good_invitation", "en", "Catalina Fuentes", "Directora de Vinculación con la Industria | Universidad del Pacífico Sur", "Valparaíso",
  ("inv", "Hola Alex, ¡qué gusto coincidir en el panel de Guadalajara! Como te conté, armamos un taller gratuito en línea entre oficinas de "
          "transferencia de Chile y Canadá para comparar modelos de spin-off. ¿Te sumas a la mesa? Te mando el programa."),
  nl="es")
P("good_invitation", "fr", "Priya Raman", "Associate Director, Industry Partnerships | Lakeshore University", "Toronto",
  ("inv", "Alex, we just wrapped our benchmark on how Canadian universities set indirect-cost rates on industry contracts. Your office filled in "
          "the survey, so you're owed the full report, not just the public summary. Connect and I'll send it along."),
  nl="en")


# =============================================================== default_invitation
P("default_invitation", "fr", "Sylvain Gauthier", "Représentant technique | Instruments de laboratoire", "Laval", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin O'Donnell", "Business Development Manager | Lab Automation", "Mississauga", ("inv", NONOTE))
P("default_invitation", "fr", "Chantal Fortin", "Coordonnatrice de recherche clinique", "Québec", ("inv", DEFAULT))
P("default_invitation", "en", "Darren Kowalchuk", "Funding Strategist | SR&ED & Grants", "Calgary", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Arjun Mehta", "Director, Institutional Partnerships | EduBridge Global Admissions", "Toronto",
  ("inv", "Hi Alex, EduBridge places pre-screened grad students from India, Nigeria and Vietnam into Canadian master's programs every intake. "
          "Commission-only, 15% of first-year tuition, nothing upfront. Could we get 20 min with you and your international office?"))
P("sales_invitation", "fr", "Patrice Dubé", "Représentant, Est du Canada | Optika Scientifique", "Boucherville",
  ("inv", "Bonjour Alex! Je suis le nouveau rep pour l'Est du Canada chez Optika. Si vous avez des demandes d'infrastructure en préparation, "
          "je peux vous monter une soumission sur nos confocaux avec le rabais académique de 30 %. On se prend un café?"),
  ("rem",))
P("sales_invitation", "en", "Meghan Fraser", "Founder | Fraser Grant Studio - we write winning applications", "Halifax",
  ("inv", "Hi Alex! We write partnership and internship grant applications for faculty, 8 of 10 funded last cycle. Flat fee plus a modest "
          "success bonus. If your office ever needs overflow help before a deadline, I'd love to send our rates."))
P("sales_invitation", "fr", "Laurent Mercier", "Associé | Crédits & Innovation Conseil", "Paris",
  ("inv", "Bonjour, notre cabinet accompagne les universités et leurs partenaires industriels dans l'optimisation des crédits d'impôt "
          "à la recherche, au Canada comme en France. Je serais ravi de vous présenter notre méthode lors d'un rendez-vous de 30 minutes."))
P("sales_invitation", "en", "Jason Whitaker", "Account Executive, Higher Ed | IPortal", "Boston",
  ("inv", "Alex - saw Ville-Marie is hiring a licensing officer. Before you add headcount: IPortal automates invention disclosures, NDAs and "
          "licence tracking for 40+ universities. Worth a 15 min demo next Tuesday or Wednesday?"))
P("sales_invitation", "fr", "Karine Pelletier", "Fondatrice | Passerelle Études Canada - recrutement international", "Montréal",
  ("inv", "Allo Alex, notre agence recrute des étudiant·e·s du Maghreb pis d'Afrique de l'Ouest pour les maîtrises avec mémoire. "
          "On est payés à la commission seulement, 12 % des frais de la 1re année. Ça vaudrait la peine qu'on s'en parle, non?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Dr. Vikram Sethi", "Editor-in-Chief | Global Journal of Innovation & Technology Transfer", "Chennai",
  ("inv", "Dear Alex, we are forming an international advisory circle of research leaders working on university-industry collaboration. "
          "There is no cost involved, only an occasional exchange of views by email. It would be our privilege to count you among the members."),
  ("msg", "Dear Alex, warm greetings! As a member of our advisory circle you are now eligible to serve as Associate Editor of GJITT. "
          "Each associate editor contributes one article per year; the article processing charge is USD 1,250, payable after acceptance. "
          "Kindly confirm so we can list your name on the website.", (3, 10)),
  ("msg", "Respected Alex, gentle reminder. Editors who submit before month end get 40% waiver on the APC. We also accept papers from your "
          "faculty members under your recommendation, same rate.", (8, 20)))
P("bait_and_switch_invitation", "fr", "Maxime Gagnon", "Fondateur | Cercle Innovation Montréal", "Montréal",
  ("inv", "Salut Alex, je rassemble une petite gang de directeurs recherche et innovation à Montréal pour des 5 à 7 informels, une fois par saison. "
          "Zéro vente, juste du monde qui vit les mêmes affaires. T'embarques?"),
  ("msg", "Content de t'avoir dans le groupe! Petite précision que j'aurais dû mettre avant: les membres fondateurs contribuent 1 800 $ par année, "
          "ça inclut notre diagnostic de maturité en innovation pour ton bureau. Je t'envoie le formulaire d'adhésion?", (4, 15)))
P("bait_and_switch_invitation", "en", "Natalie Kovac", "VP Partnerships | Campus Talent Link", "Vancouver",
  ("inv", "Hi Alex, I'm gathering views from research office leaders on how international grad students end up in funded lab positions. "
          "Could I ask you two quick questions? I'll share the anonymized summary with everyone who contributes."),
  ("msg", "Thanks again for your answers! Summary attached. While I have you: we'd love Ville-Marie as a partner institution. We refer "
          "funding-ready students and the university pays 12% of first-year tuition per enrolment. Shall I send the agreement to you or to admissions?"),
  ("msg", "Hi Alex, circling back on the partner agreement. Two other Quebec schools signed this month and I can hold the early-partner rate until Friday.",
   (6, 18)))
P("bait_and_switch_invitation", "fr", "Yasmine Benali", "Chargée de mission | Réseau francophone de la valorisation universitaire", "Lyon",
  ("inv", "Bonjour Alex, nous lançons un groupe d'échange entre responsables de la valorisation en France, en Belgique et au Québec. Première "
          "rencontre en visio en janvier, sans frais. Votre expérience québécoise des partenariats industriels nous serait précieuse."),
  ("msg", "Merci encore pour votre participation à la visio, vos remarques sur les accords de consortium ont beaucoup plu. Pour prolonger, le Réseau "
          "propose aux établissements un accompagnement à la structuration de leur portefeuille de brevets, forfait de 14 500 €. "
          "Puis-je vous adresser une proposition ?", (10, 30)))
P("bait_and_switch_invitation", "en", "Tom Reilly", "Founder | FundingMap Canada", "Kitchener",
  ("inv", "Alex - I keep a one-page sheet of every federal and provincial partnership funding program with next year's deadlines. "
          "Free, no strings. Happy to send it over if we connect."),
  ("msg", "Here you go, the sheet is attached. Quick heads-up: our writing team is booking for the spring partnership-grant deadline at "
          "$6,500 per application. Want me to hold a few slots for your faculty before they're gone?", (1, 5)),
  ("msg", "Hi Alex, only two spring slots left. Shall I pencil in Ville-Marie?", (7, 20)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dr. Helena Markovic", "Organizing Committee Chair | World Summit on Research & Innovation Management", "Lisbon",
  ("inm", "Keynote invitation - WSRIM Lisbon", "Dear Alex Morgan, on behalf of the organizing committee it is my pleasure to invite you as a keynote "
          "speaker at the World Summit on Research & Innovation Management in Lisbon this October. Your work on university-industry partnerships "
          "fits our theme perfectly. Kindly let me know your availability."),
  ("inm", "WSRIM - keynote registration", "Dear Alex, thank you for your kind reply. To confirm your keynote slot, speakers complete the registration "
          "at the reduced speaker rate of EUR 849 (includes lunch, certificate and proceedings). Accommodation can be booked through our partner "
          "agency. Please proceed within 7 days."))
P("bait_and_switch_inmail", "fr", "Jean-François Ouellet", "Président | Grappe technologique de la Rive-Sud", "Longueuil",
  ("inm", "Panel sur les partenariats université-entreprise", "Bonjour Alex, on organise en avril un panel devant nos 80 PME membres sur comment "
          "travailler avec les universités. Ton nom revient souvent. Ça te tenterait d'être panéliste? Une heure, pas de préparation compliquée."),
  ("inm", "Re: Panel sur les partenariats université-entreprise", "Super nouvelle! Petite affaire de logistique: on demande aux panélistes "
          "institutionnels une commandite niveau Argent, 3 500 $, c'est ce qui garde l'événement gratuit pour les PME. Ton logo serait sur toutes "
          "nos affaires. Je t'envoie la facture à quel nom?"))
P("bait_and_switch_inmail", "en", "Sandra Lopes", "Senior Editor | Innovation Leaders Review", "New York",
  ("inm", "Interview request", "Hi Alex, I read your op-ed on how your office cut contract turnaround times in half. We'd love to feature you in "
          "our Leaders in Research Partnerships interview series. Would you have 30 minutes for a conversation?"),
  ("inm", "Next steps - your feature", "Great speaking with you, Alex! Attached is the feature package: profile article, cover placement in the "
          "digital edition and a licensed reprint for your website, USD 2,400. Once you sign off we'll schedule the photo shoot.", (4, 12)))
P("bait_and_switch_inmail", "fr", "Thibault Vasseur", "Directeur | Observatoire européen de la recherche partenariale", "Bruxelles",
  ("inm", "Enquête internationale sur les partenariats de recherche", "Bonjour, l'Observatoire mène une enquête comparative sur les bureaux de "
          "partenariats dans 12 pays. Accepteriez-vous de répondre à un questionnaire de 15 minutes ? Votre établissement figurerait parmi les cas étudiés."),
  ("inm", "Résultats de l'enquête", "Bonjour Alex, merci pour vos réponses. Le rapport complet, avec le positionnement de votre université face "
          "à ses pairs, est disponible sur abonnement annuel à 2 900 € HT. Souhaitez-vous recevoir le bon de commande ?", (20, 45)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Émilie Caron", "Consultante en financement de la recherche | anciennement à Ville-Marie", "Montréal",
  ("end",), ("end",),
  ("msg", "Allo Alex! Je t'ai endossé pour {skill} pis deux-trois autres. Je me lance à mon compte comme consultante, faque si tu pouvais "
          "m'endosser en rédaction de demandes de subvention pis en gestion de projet, ça m'aiderait en titi. Merci!!"))
P("endorse_me_back", "en", "Graham Whitfield", "Licensing Manager | Atlantic Innovation Partners", "Fredericton",
  ("end",),
  ("msg", "Hey Alex, gave you a nod for {skill} last week. Any chance you could return the favour on Licensing and Contract Negotiation? "
          "Polishing the profile before a few interviews. Cheers!"))
P("endorse_me_back", "fr", "Wei Chen", "Postdoctoral Researcher | Materials Chemistry", "Montréal",
  ("end",), ("end",),
  ("msg", "Dear Alex, I have endorsed your skills in {skill}. I would really appreciate if you can endorse me for Project Management and "
          "Grant Writing too, I am applying to research facilitator positions and the recruiters check this. Thank you very much!"),
  nl="en")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Rahul Bhatia", "Managing Director | StudyNorth Education Consultants", "Brampton",
  ("inv", "Hello Alex, we send 400+ students a year to Canadian institutions and are expanding our university partnerships in Quebec. "
          "Can we connect to discuss a recruitment agreement?"),
  ("rem",),
  ("inm", "Disappointing", "Alex, I can see you opened my profile twice and still didn't accept. Universities cry about enrolment caps and "
          "falling numbers, then snub the partners who could fix it. Frankly arrogant. I'll be telling my counterparts which schools are worth our time."))
P("hostility_after_decline", "fr", "Stéphane Cloutier", "Consultant | Stratégie et financement", "Saint-Jérôme",
  ("inv", DEFAULT),
  ("inm", "Sérieux?", "Alex, ça fait trois semaines que je t'ai invité. Un clic, c'est pas compliqué. Je trouve ça ben baveux de la part de "
          "quelqu'un qui est payé avec nos impôts. Reste dans ta tour d'ivoire, d'abord.", (18, 30)))
P("hostility_after_decline", "fr", "Grégoire Lambin", "Président du comité scientifique | Congrès international Sciences & Sociétés", "Bordeaux",
  ("inv", "Cher collègue, au nom du comité scientifique du Congrès international Sciences & Sociétés, j'aurais plaisir à vous compter dans "
          "mon réseau afin de vous associer à nos prochaines éditions."),
  ("rem",),
  ("inm", "Votre silence", "Je constate que vous n'avez pas daigné répondre à ma demande, formulée pourtant avec toute la courtoisie d'usage. "
          "Ce mépris n'honore ni votre fonction ni votre établissement, et je ne manquerai pas de le faire savoir à nos collègues québécois."))
P("hostility_after_decline", "en", "Brandon Tully", "Territory Manager, Life Science Research | Northline Instruments", "Ottawa",
  ("inv", NONOTE),
  ("inm", "Really?", "Hi Alex. I sent you a simple request to connect, nothing more, and you couldn't be bothered. I've supplied half the labs "
          "on your Ottawa campus for eight years. A bit of courtesy goes a long way, clearly not something they teach in research admin."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Sébastien Morin", "Consultant | Montage de budgets de recherche", "Gatineau",
  ("msg", "Salut Alex, ça fait un bout! Je t'écris parce que j'ai monté une offre pour les bureaux de recherche: on s'occupe du montage des "
          "budgets de projets partenariaux de A à Z, 4 500 $ par dossier. Ça te dirait qu'on en jase?"),
  ("msg", "Petit suivi Alex: j'ai de la place pour trois dossiers avant la date limite d'automne. Je t'en réserve un?", (10, 25)),
  ("msg", "Bon ben, j'ai compris, merci pour le « pas intéressé » sec. Après tout ce que j'ai fait pour ton bureau dans le temps, je trouve ça "
          "pas mal méprisant. Bonne continuation.", (3, 12)))
P("hostility_connection", "en", "Colin Harper", "Head of Sales | ResearchOps Cloud", "Toronto",
  ("acc",),
  ("msg", "Thanks for connecting after the research admin conference in Halifax! As promised, here's the two-pager on ResearchOps Cloud, "
          "post-award tracking for partnership grants. Could we demo for your finance team next week?"),
  ("msg", "Got your 'not at this time'. Honestly, for someone who sent ME the connection request, that was a pretty dismissive reply. "
          "No wonder university offices have the reputation they do.", (5, 15)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Jennifer McAllister", "Sponsorship Director | Canadian Innovation Forum", "Toronto",
  ("msg", "Hi Alex, hope the fall is treating you well. The Innovation Forum is opening exhibitor space: a university booth puts you in front of "
          "1,200 industry R&D leads. Gold package is $12,000. Can I send the prospectus?"),
  ("msg", "Following up on the Forum prospectus. Early-bird pricing ends Friday, and I can add a speaking slot to the Gold package."),
  ("msg", "Alex, last call for university exhibitors. We have one corner booth left near the main stage. Shall I hold it for Ville-Marie?"))
P("connection_only_pitches", "en", "Julie Nadeau", "Conseillère aux ventes | Mobilab - mobilier de laboratoire", "Drummondville",
  ("msg", "Bonjour Alex! J'ai vu passer l'annonce du nouveau pavillon des sciences de la vie, félicitations! On fabrique des hottes pis du "
          "mobilier de labo ici au Québec. Je pourrais passer vous montrer nos modèles et préparer une soumission?"),
  ("msg", "Re-bonjour Alex, je me permets un suivi: nos délais de fabrication allongent vite à l'approche de l'été. Si on fixe une rencontre "
          "ce mois-ci, je peux garantir les prix de la liste actuelle."),
  nl="fr")
P("connection_only_pitches", "en", "Derek Lau", "Managing Partner | Launchpad Venture Studio", "Vancouver",
  ("msg", "Hi Alex, our studio runs a 12-week commercialization sprint for faculty startups. Universities buy seats at $18k per team. "
          "Interested in reserving a cohort spot for Ville-Marie?"),
  ("msg", "Alex, following up. We can do 3 seats for $45k if it's signed this quarter."))


# =============================================================== single_pitch
P("single_pitch", "fr", "Olivier Desjardins", "Courtier | Assurances Boréal", "Lévis",
  ("msg", "Salut Alex! Petite question: vos chercheurs qui font de la consultation en dehors de l'université, ont-tu une assurance "
          "responsabilité professionnelle? On a un programme de groupe pour les profs pis les professionnels de recherche. "
          "Je peux te préparer une soumission sans engagement."))
P("single_pitch", "en", "Rachel Goldberg", "Principal | Beacon Science Communications", "Toronto",
  ("msg", "Alex, congrats on the new industrial research chair announcement! If you want it to land beyond the campus newsroom, we package "
          "press outreach, a short video and media training for the chairholder for $9,800. Happy to share a couple of recent examples."))
P("single_pitch", "en", "Aaron Singh", "Sales Lead | SecureRoom VDR", "Ottawa",
  ("msg", "Hey Alex, quick one: when your spin-offs raise their first round, who hosts the data room? We give university-affiliated startups "
          "VDR licences at 40% off. Want me to send pricing for your incubator?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Isabelle Roy", "Conseillère juridique, contrats de recherche | Université Ville-Marie, campus d'Ottawa", "Ottawa",
  ("msg", "Coucou Alex, comme promis je t'envoie le gabarit d'entente de confidentialité bilingue que le contentieux vient de valider. "
          "Il règle enfin la question des connaissances antérieures. Sers-toi en sans gêne."),
  ("msg", "Autre chose: la faculté de génie à Ottawa fait une séance d'info gratuite jeudi sur la nouvelle politique de PI, ouverte à ton équipe. "
          "J'ai mis le lien Teams dans le calendrier partagé."))
P("connection_brings_value", "en", "Nadia Haddad", "Program Manager, Industrial Research Chairs | Ontario Innovation Trust", "Toronto",
  ("end",),
  ("msg", "Hi Alex, heads-up before it's public: the industrial chairs call opens on the 3rd, and eligibility now covers institutions with a "
          "campus in Ontario, so your Ottawa campus qualifies. We're running a free webinar for research offices the week after; I'll make "
          "sure you get the invite."))
P("connection_brings_value", "fr", "Frédéric Poirier", "Directeur scientifique | Laboratoires Vireo Santé", "Laval",
  ("msg", "Salut Alex, on a quatre stages de recherche payés qui se libèrent cet été dans notre labo de formulation, idéalement pour des "
          "étudiants au doctorat en pharmacie ou en chimie. Si tu peux faire circuler ça dans tes réseaux, ce serait super. Je t'envoie la description."))
P("connection_brings_value", "en", "Dr. Samuel Okoro", "Professor of Civil Engineering | Université Ville-Marie", "Montréal",
  ("msg", "Alex, thought you'd like to know: the consortium template your team sent us got the hydro partner to sign in three weeks, not the "
          "usual three months. I've attached our redlined version with their legal team's comments, in case it helps the next group."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Lisa Carmichael", "Partner, Higher Education Practice | Rowan & Hale Executive Search", "Toronto",
  ("inm", "Vice-President, Research & Innovation - confidential", "Hello Alex, I'm leading a confidential search for a Vice-President, "
          "Research & Innovation at a mid-sized comprehensive university in Western Canada. Your track record in industry partnerships is "
          "very close to what the search committee described. Would you be open to a discreet conversation this week? Happy to share the "
          "position profile first."))
P("stranger_inmail_recruiter", "fr", "Annie Thibault", "Associée | Thibault Lachapelle, recherche de cadres", "Québec",
  ("inm", "Direction générale d'un centre de transfert - confidentiel", "Bonjour Alex, je mène la recherche d'une direction générale pour un "
          "centre collégial de transfert de technologie dans la région de Québec (budget de 6 M$, 40 employés). Votre parcours correspond bien "
          "au profil recherché. Auriez-vous 20 minutes pour en discuter, en toute confidentialité?"))
P("stranger_inmail_recruiter", "en", "Dr. Rohan Iyer", "Executive Director, Innovation & Commercialization | Lakeview Hospital Research Institute", "Toronto",
  ("inm", "Director of Partnerships on my team", "Hi Alex, I run the innovation office at our hospital research institute and I'm hiring a "
          "Director of Industry Partnerships who would report to me. Hybrid, Toronto-based, with a strong mandate on clinical trial agreements. "
          "Your name came up twice from people I trust. Would you be open to a call?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Kimberly Shaw", "Event Sales | Global Graduate Fairs", "Dubai",
  ("inm", "Showcase your graduate programs in 8 cities", "Hi Alex, our Global Graduate Fairs tour reaches 30,000 prospective master's and PhD "
          "students across the Gulf and South Asia. Canadian universities reserve booths at CAD 7,900 per city. Shall I send the floor plan "
          "and availability?"))
P("stranger_inmail_sales", "fr", "Clémence Vidal", "Directrice éditoriale | Éditions Hermine Savoirs", "Paris",
  ("inm", "Contribution à un ouvrage collectif", "Bonjour, nous préparons un ouvrage collectif sur les partenariats université-entreprise "
          "dans la francophonie et serions honorés d'y publier un chapitre signé de votre main. Une participation aux frais de publication de "
          "450 € est demandée aux contributeurs. Puis-je vous envoyer la note aux auteurs ?"))
P("stranger_inmail_sales", "en", "Dr. Ahmed Farouk", "Managing Editor | International Journal of Research Management & Policy", "Cairo",
  ("inm", "Call for Papers - Vol. 9", "Dear Esteemed Researcher, IJRMP invites your valuable manuscript for the upcoming issue. Peer review "
          "within 72 hours, publication within 10 days. Publication fee USD 320 only. Indexed in major databases."),
  ("inm", "Final call - Vol. 9 closing", "Dear Alex, Vol. 9 closes this Sunday. Submit now and avail 25% discount on publication fee. "
          "Certificates issued to all authors."))
P("stranger_inmail_sales", "fr", "Benoît Perreault", "Spécialiste produits | Cryotech Canada", "Saint-Laurent",
  ("inm", "Congélateurs -80 °C : programme d'échange", "Bonjour Alex, on lance un programme d'échange pour les vieux congélateurs ultra-basse "
          "température sur les campus: on reprend l'ancien, on vous en installe un neuf qui consomme moitié moins d'énergie, avec un crédit de "
          "4 000 $. Je peux vous envoyer le dépliant pis une soumission?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Mélanie Bergeron", "Consultante en valorisation | 15 ans en transfert technologique", "Québec",
  ("inv", "Salut Alex! Je compile une liste de ressources gratuites pour les bureaux de valorisation: gabarits d'entente, guides de licence, "
          "webinaires. Je la partage avec tous les collègues du réseau, ça te tente de la recevoir?"),
  ("msg", "Tiens, la liste promise! Le guide sur les licences non exclusives vaut vraiment le détour, pis les gabarits sont modifiables. Bonne lecture!"),
  ("msg", "Allo Alex! Je lance officiellement mon service de valorisation à forfait: évaluation de portefeuille de brevets + stratégie de licence, "
          "9 000 $ par mandat. Ton bureau serait un premier client idéal, je te ferais 15 % de rabais. On s'appelle cette semaine?", (15, 40)))
P("good_turns_ugly", "en", "Daniel Okafor", "Research Scientist | former postdoc, Université Ville-Marie", "Ottawa",
  ("inv", "Hi Alex, I was one of the postdocs on the battery-materials partnership your office set up. I'm putting together a list of alumni "
          "postdocs now in industry so current trainees can reach out for advice. Would love to include your office as a contact."),
  ("msg", "Thanks for connecting! The alumni list is live: 38 former postdocs who agreed to informational chats. Feel free to share it with "
          "the graduate office."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill}. Could you do me a favour and endorse me for Electrochemistry and Technical Leadership? "
          "Going for a senior role and it really helps to have a few from people who know my work."))
P("good_turns_ugly", "en", "Caroline Whitmore", "Director, Innovation Programs | Quebec Manufacturers' Alliance", "Montréal",
  ("inv", "Hi Alex, we're running a free half-day workshop for manufacturers on how to approach universities for joint research. It would be "
          "great to have someone from a research office in the room to answer questions. Lunch is on us!"),
  ("msg", "Thank you for joining the workshop, the members loved your Q&A. Slides and the recording are here if you want to reuse them."),
  ("msg", "Alex, following the workshop we're launching a paid matchmaking service between our members and university labs. Universities join "
          "as partner institutions for $4,000/year, which gets you priority introductions. Could I set up a call with you and your VP?", (20, 45)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Trevor Lang", "Regional Sales Manager | Apex BioProcess Equipment", "Burlington",
  ("inm", "Bioreactors for your pilot plant", "Hi Alex, I understand Ville-Marie is outfitting a bioprocessing pilot facility. Our single-use "
          "bioreactors are already on the standing offer with several Canadian universities. Can I come by with a quote and a demo unit?"),
  ("inv", "Alex, saw the ribbon-cutting photos for the new pilot plant. Congrats to you and the team! Would be great to stay connected."))
P("reinvite_known_bad", "fr", "Josée Lavoie", "Directrice commerciale | Solutions Labo Pro", "Québec",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, on s'est croisés au Salon des partenariats à Québec la semaine passée. Au plaisir de garder contact!"))
P("reinvite_known_bad", "fr", "Antoine Ferrand", "Fondateur | TradSciences - traduction scientifique", "Rennes",
  ("inv", "Bonjour, TradSciences traduit demandes de subvention, brevets et articles (FR-EN) avec des traducteurs docteurs. Nous proposons aux "
          "universités québécoises un tarif cadre à 0,14 $ le mot. Puis-je vous faire parvenir notre grille ?"),
  ("inv", "Bonjour Alex, j'ai lu avec intérêt votre entretien sur la recherche partenariale au Québec. Je serais heureux de rester en contact."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Dr. Suresh Pillai", "Chief Editor | Asian Journal of Emerging Research Frontiers", "Kuala Lumpur",
  ("inm", "Editorial Board Invitation", "Dear Professor Alex Morgan, considering your distinguished contribution to research management, the "
          "editorial committee has unanimously selected you as Editorial Board Member. This is honorary position. Kindly send your CV and photograph."),
  ("inm", "Editorial Board - formalities", "Dear Alex, congratulations again. As per journal policy each board member publishes one paper per "
          "year in the journal; processing charge USD 690 with 20% editor concession. Kindly also refer colleagues. Bank details attached."),
  ("inv", "Respected Sir/Madam, I would be highly obliged to add you in my professional network."))
P("reinvite_known_ugly", "fr", "Patrick Lemieux", "Conseiller principal | Subventions Express", "Repentigny",
  ("inv", "Bonjour Alex, on aide les chercheurs à décrocher plus de subventions, avec un taux de succès de 80 %. Ça te dirait qu'on regarde "
          "ensemble comment travailler avec ton bureau?"),
  ("inm", "Pas de réponse?", "Franchement Alex, pas capable de répondre à une simple demande? C'est ça le problème avec les universités: du monde "
          "qui se pense au-dessus de tout le monde. Viens pas brailler quand vos taux de succès vont baisser.", (15, 35)),
  ("inv", "Bonne année Alex! On repart à neuf? J'aimerais ça qu'on soit connectés.", (120, 240)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Brooke Sinclair", "Account Manager, Academic | LabSafe Fume Hoods", "Oakville",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Great chatting at the facilities expo. Since your new life-sciences building is in design, I'd love "
          "to quote the fume hood package before the tender goes out. Could you connect me with your project manager?"))
P("user_invited_pitch_once", "fr", "Catherine Simard", "Chargée de projets | Traductions Boréalis", "Sherbrooke",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex! Comme je te disais au dîner-conférence, on traduit beaucoup de demandes de subvention pis de rapports "
          "aux partenaires. Je pourrais t'offrir un tarif préférentiel pour ton bureau si tu nous envoies vos dossiers d'automne."))
P("user_invited_pitch_once", "en", "Diego Salazar", "Gerente Comercial | ConveniaTech", "Ciudad de México",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Qué bueno conocerte en la feria de Guadalajara. Te cuento rápido: ConveniaTech es una plataforma "
          "para gestionar convenios universidad-empresa de principio a fin, y este trimestre tenemos precio especial para universidades "
          "canadienses. ¿Agendamos una demo?"),
  nl="es")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ryan Mercer", "Founder & CEO | LicenseLoop", "Waterloo",
  ("acc",),
  ("msg", "Thanks for connecting after the pitch night, Alex! LicenseLoop matches university patents with SMEs looking to license. We take "
          "10% of first-year royalties. Could we onboard a batch of your portfolio?"),
  ("msg", "Hi Alex, checking back on onboarding. If we get your list by the 15th, your tech goes out in our spring buyer newsletter."))
P("user_invited_pitch_twice", "fr", "Guillaume Lévesque", "Producteur | Studio Lumen - vidéo corporative", "Montréal",
  ("acc",),
  ("msg", "Merci d'avoir pensé à m'ajouter Alex! Tel que discuté, on fait des capsules vidéo de 2 minutes pour présenter les chaires de "
          "recherche aux partenaires industriels. Forfait de 3 capsules à 7 500 $. Je te prépare une proposition?"),
  ("msg", "Salut Alex, petit suivi pour les capsules. J'ai une fenêtre de tournage libre en novembre, je peux te la bloquer si tu me confirmes "
          "d'ici vendredi."))
P("user_invited_pitch_twice", "fr", "Sophie Marchetti", "Consultante senior Horizon Europe | Eurofonds Conseil", "Bruxelles",
  ("acc",),
  ("msg", "Merci pour votre invitation, ravie de notre échange à Bruxelles. Maintenant que le Canada est associé au pilier II d'Horizon Europe, "
          "nous accompagnons les universités canadiennes dans le montage de leurs candidatures : forfait de 18 000 € par projet. Un rendez-vous ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : l'appel du cluster 5 ferme dans huit semaines, il faudrait lancer le montage maintenant. "
          "Je vous joins notre devis."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Dr. Amira Saleh", "Director, Technology Transfer | Prairie Polytechnic University", "Saskatoon",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, good to put a face to the name after the workshop. Here's the spin-off equity policy we adopted last "
          "year and the board memo explaining the thresholds. Steal whatever's useful."))
P("user_invited_value", "fr", "Simon Bélanger", "Vice-président innovation | Hydro-Boréal", "Montréal",
  ("acc",),
  ("msg", "Merci Alex! Comme promis au dîner, je t'ai mis en contact par courriel avec Nathalie Girard, qui gère notre programme de chaires "
          "industrielles. Je lui ai glissé un bon mot sur ton bureau, elle attend ton appel."))
P("user_invited_value", "fr", "Hélène Rousset", "Vice-présidente Recherche | Université Lyon Confluence", "Lyon",
  ("acc",),
  ("msg", "Merci pour votre invitation. Suite à notre discussion à Montréal, je vous confirme notre invitation à intervenir à notre séminaire "
          "sur la recherche partenariale le 12 mai à Lyon ; nous prenons en charge le voyage et l'hébergement. Vos équipes peuvent aussi "
          "suivre en ligne, gratuitement."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Valérie Boucher", "Doyenne associée à la recherche | Faculté de génie", "Montréal", ("acc",))
P("acceptance_only", "en", "Michael Tanaka", "VP Research | Cascade Medical Devices", "Vancouver", ("acc",))
P("lone_endorsement", "fr", "Audrey Lachance", "Agente de recherche | Université Ville-Marie", "Montréal", ("end",))
P("lone_endorsement", "en", "Kevin Nguyen", "MSc student, Mechanical Engineering | Université Ville-Marie", "Ottawa", ("end",))


# people whose notes only fit the current era keep its layout
ERAS = {"Isabelle Roy": "cur", "Sophie Marchetti": "cur", "Colin Harper": "cur", "Jason Whitaker": "cur", "Karine Pelletier": "cur"}

# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Isabelle Roy", "isabelle.roy@villemarie.example.ca", "Gabarit NDA bilingue - version Word",
     "Salut Alex,\n\nJe t'ai écrit sur LinkedIn, mais voici la version Word du gabarit, plus facile à modifier.\n\nIsa", "fr"),
    ("Bureau des affaires juridiques", "contentieux@villemarie.example.ca", "Projet d'entente Hydrolift Systèmes",
     "Bonjour,\n\nNous avons reçu le projet d'entente de Hydrolift Systèmes. M. Bouchard nous dit vous avoir contacté sur LinkedIn; "
     "merci de nous mettre en copie de vos échanges avec lui.\n\nLe contentieux", "fr"),
    ("WSRIM Secretariat", "secretariat@wsrim-summit.example", "Final reminder: keynote registration",
     "Dear Alex Morgan,\n\nFollowing our LinkedIn correspondence, this is a final reminder to complete your keynote registration (EUR 849).\n\nWSRIM Secretariat", "en"),
    ("Service des communications", "communications@villemarie.example.ca", "Nouvelle signature visuelle : mettez à jour votre profil LinkedIn",
     "Bonjour à toutes et à tous,\n\nLa nouvelle bannière de l'université est prête. Vous pouvez la télécharger pour votre profil LinkedIn "
     "sur l'intranet des communications.", "fr"),
    ("Eventbrite", "noreply@eventbrite.example", "Votre billet : 5 à 7 Innovation Montréal",
     "Présentez ce billet à l'entrée. Suivez-nous sur LinkedIn pour connaître les prochaines dates.", "fr"),
    ("Kevin Nguyen", "kevin.nguyen@etud.villemarie.example.ca", "Thanks for the advice",
     "Hi Alex,\n\nThanks again for your time at the info session on industry internships. I endorsed you on LinkedIn as a small thank-you, "
     "no need to do anything.\n\nKevin", "en"),
    ("Colin Grant", "c.grant@lakeshore.example.ca", "Fwd: I want to connect",
     "Alex, this fellow is hitting up every research office in Ontario on LinkedIn. FYI.\n\n---------- Forwarded message ---------\n"
     "From: Jason Whitaker via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nSaw Lakeshore is hiring a licensing officer...", "en"),
    ("Microsoft Teams", "no-reply@teams.example", "Enregistrement disponible : atelier LinkedIn pour les professeurs",
     "L'enregistrement de la réunion « Atelier LinkedIn pour les professeurs » est maintenant disponible.", "fr"),
    ("Congrès de la recherche partenariale", "info@congres-rp.example.ca", "Programme en ligne - suivez-nous sur LinkedIn",
     "Le programme du congrès est en ligne. Suivez notre page LinkedIn pour les annonces des conférenciers.", "fr"),
    ("Sécurité informatique", "securite@villemarie.example.ca", "Alerte : fausses invitations LinkedIn",
     "Bonjour,\n\nDes courriels imitant LinkedIn circulent présentement et demandent de « confirmer des coordonnées bancaires » pour une subvention. "
     "Ne cliquez sur aucun lien et transférez-les à securite@villemarie.example.ca.", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot ninety-fourth development corpus (dev94). Generated by scripts/make_corpus_dev94.py (seed {SEED}); do not edit by hand.",
          "# Alex as research-partnerships director at a Montréal university with an Ottawa campus: industry partners, granting agencies, "
          "predatory journals and conferences, lab vendors, student recruitment agents, consultants, postdocs, peer administrators. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev94", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
