#!/usr/bin/env python3
"""Write mailbot's development corpus dev104: tests/corpus/dev104/*.eml + expected.toml.

The angle: the user Alex is the group HR director (DRH Groupe) of a manufacturing group near
Lyon, with plants in Vénissieux, Saint-Priest and Villefranche-sur-Saône, a newly acquired site
in Piedmont and a German works. Their LinkedIn world: HR-tech, payroll-outsourcing and
assessment vendors; training organisations selling courses "fully funded by your OPCO" or the
skills-development budget; coaches; job seekers and applicants for the group's open roles;
outplacement firms; headhunters who bring a real mandate next to recruitment firms that sell
their fees; peer HR directors sharing agreements, templates and practice; union
representatives and employer federations inviting to joint meetings; insurance brokers,
meal-voucher and employer-branding sellers; bait and switch through "circles of HR
directors", free guides, surveys and peer questions; endorse-me-back from job seekers and
freelancers; hostility from turned-down trainers, coaches and candidates. French in both
registers (formal vouvoiement and casual tutoiement), some English, a little Italian and
German from the group's foreign sites.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles and other LinkedIn subjects, the headlines of spoof-only names and PYMK suggestions,
and the lures that spoofs carry are swapped for HR ones in this process only (make_corpus.py
itself is not changed). Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev104.py              # writes tests/corpus/dev104
    python scripts/make_corpus_dev104.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260104

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ HR world (this process only)
SKILLS = {
    "fr": ["Gestion des ressources humaines", "Relations sociales", "Droit du travail", "Recrutement", "Conduite du changement", "Paie"],
    "en": ["Human Resources (HR)", "Employee Relations", "Labor Law", "Talent Management", "Change Management", "Payroll"],
    "de": ["Personalmanagement", "Arbeitsrecht", "Betriebsverfassung", "Change Management", "Recruiting"],
    "es": ["Recursos humanos", "Relaciones laborales", "Derecho laboral", "Selección de personal", "Gestión del cambio"],
    "it": ["Gestione risorse umane", "Relazioni sindacali", "Diritto del lavoro", "Selezione del personale", "Gestione del cambiamento"],
}
RHEADLINE = {
    "fr": "DRH Groupe chez Example Industries",
    "en": "Group HR Director at Example Industries",
    "de": "Konzernpersonalleitung bei Example Industries",
    "es": "Director de RR. HH. del grupo en Example Industries",
    "it": "Direttore HR di gruppo presso Example Industries",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# LinkedIn's own wording for Alex is French, sometimes English: spoof-only names and other
# LinkedIn mail cycle through these languages instead of all five.
mc.LANGS[:] = ["fr", "en", "fr", "en", "fr"]

mc.CITY["fr"] = ["Lyon", "Villeurbanne", "Vénissieux", "Saint-Priest", "Villefranche-sur-Saône", "Grenoble", "Saint-Étienne", "Bourgoin-Jallieu"]
mc.JOBS[:] = [("DRH Groupe (H/F)", "Orvana Foods"), ("Directeur des relations sociales", "Calder Industrie"), ("HR Director France", "Meridian Logistics"),
              ("Responsable RH de site industriel", "Solvent France"), ("Head of People, Manufacturing", "Veltra")]
mc.COMPANIES["good"] = ["Orvana Foods", "Calder Industrie", "Meridian Logistics", "Solvent France", "Veltra", "Tessaly", "Fonderies du Dauphiné",
                        "Plastiques de l'Ain"]
mc.COMPANIES["sales"] = ["PaieXpert", "Talentry", "FormaPlus Qualiopi", "CoachUp", "Skillpulse", "LogiPaie SIRH", "Transitions & Carrières", "Mutuelle Horizon"]
mc.HEADLINES["good"] = ["DRH | {co}", "Responsable RH de site | {co}", "HR Business Partner | {co}", "Responsable formation | {co}",
                        "Juriste droit social | {co}", "Talent Acquisition Manager | {co}", "Responsable paie et ADP | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Developer | {co}", "Conseiller formation | {co}", "Fondateur | {co} | SIRH nouvelle génération",
                         "Coach certifié ICF | {co}", "Chargé d'affaires entreprises | {co}"]
retitle_other({
    "fr": {"job": ("{n} nouvelles offres pour « DRH »", "Votre alerte emploi pour DRH à {city}"),
           "news": "Semaine de quatre jours : les usines peuvent-elles suivre ?",
           "group": "Meilleures discussions dans DRH Industrie & Relations sociales",
           "newsletter": "Le billet social : ce que la transparence salariale change pour les primes d'équipe"},
    "en": {"job": ("{n} new jobs for \"HR Director\"", "Your job alert for HR Director in {city}"),
           "news": "Can shop floors keep up with the four-day week?",
           "group": "Top conversations in Manufacturing HR Leaders",
           "newsletter": "People & Plants: shift premiums under the EU pay transparency directive"},
})
SPOOF_LURES = {
    "fr": ["Bonjour {first}, un candidat vous a transmis son CV via notre espace cooptation. Connectez-vous pour le consulter avant expiration du lien.",
           "Bonjour {first}, l'attestation de prise en charge OPCO de votre session est prête. Merci de la signer via le lien sécurisé sous 48 h.",
           "Bonjour {first}, je vous partage la grille des minima de branche mise à jour, consultable après identification."],
    "en": ["Hi {first}, a candidate shared a CV with you through LinkedIn Talent Share. Sign in to open it before the link expires.",
           "Hello {first}, your payroll provider sent the year-end file for approval. Please log in to review and sign.",
           "Hi {first}, I shared our salary benchmark for manufacturing HR with you. Access it with your LinkedIn login."],
    "de": ["Hallo {first}, ein Bewerber hat Ihnen seinen Lebenslauf freigegeben. Bitte melden Sie sich an, um ihn zu öffnen.",
           "Guten Tag {first}, die Lohnabrechnungsdatei wartet auf Ihre Freigabe. Bitte hier anmelden."],
    "es": ["Hola {first}, un candidato te ha compartido su CV. Inicia sesión para verlo antes de que caduque el enlace.",
           "Hola {first}, tu proveedor de nóminas te ha enviado el cierre anual para aprobar. Accede aquí."],
    "it": ["Buongiorno {first}, un candidato le ha condiviso il suo CV. Acceda per visualizzarlo prima che il link scada.",
           "Ciao {first}, il file delle buste paga di fine anno attende la tua approvazione. Accedi qui per firmarlo."],
}
for _l, _n in SPOOF_LURES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Document RH à signer", "Votre attestation OPCO", "CV reçu pour votre offre", "Fichier de paie à valider"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["HR document awaiting signature", "Candidate CV shared with you", "Payroll file - action needed"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["CV ricevuto", "Documento da firmare"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Lebenslauf erhalten", "Dokument zur Freigabe"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# Layout era per person: "2016" only where nothing in the notes dates the story
# (no CSE, OPCO, QVCT, DREETS, France Travail, new metallurgy classification, pay transparency, AI).
OLD = {"Ludovic Perrier", "Mark Delaney", "Nathalie Roux-Dumas", "Bertrand Lachaux", "Isabelle Tardy-Moulin", "Romain Dufaud", "Gérard Poncet",
       "Brandon Kessler", "Mickaël Fontanel", "Véronique Allard-Sauzet", "Ethan Brooks", "Agnès Pelletier", "Lucas Whitford", "Nadia Lounès",
       "Olivier Mazet", "Ryan Maddox", "Arjun Kapoor", "Liam Cartwright", "Jacques Perroud", "Patrick Ollier", "Peter Vandersloot", "Julien Morand"}


# =============================================================== good_invitation
P("good_invitation", "fr", "Sandrine Vially", "DRH | Groupe plasturgie Ain-Rhône", "Oyonnax",
  ("inv", "Bonjour Alex, je suis DRH d'un groupe de plasturgie à Oyonnax (900 salariés). Votre index égalité est passé de 79 à 94 en deux ans : "
          "accepteriez-vous d'en parler 30 min ? En échange je vous partage notre méthode sur l'absentéisme, qui a plutôt bien marché."),
  ("rem",))
P("good_invitation", "en", "Tom Ashcroft", "Reward Director EMEA | Carrow Industrial", "Birmingham",
  ("inv", "Hi Alex - I chair a small roundtable of manufacturing reward leads getting ready for the EU pay transparency directive. Free, Chatham House, "
          "no vendors in the room. We're short of a French perspective and Jess at Carrow said you'd be good. Next one is online in 3 weeks."))
P("good_invitation", "fr", "Kévin Ribeiro", "Technicien de maintenance industrielle | Électromécanique", "Villefranche-sur-Saône",
  ("inv", "Bonjour, j'ai postulé hier à l'offre de technicien de maintenance en équipe de nuit sur votre site de Villefranche. 8 ans en électromécanique "
          "chez un équipementier auto, habilitations à jour. Je me permets la demande au cas où il manquerait une info dans mon dossier."))
P("good_invitation", "fr", "Marie-Laure Besson", "Juriste droit social | Chambre patronale de la métallurgie du Rhône", "Lyon",
  ("inv", "Bonjour Alex Morgan, la chambre réunit ses adhérents DRH mardi 14 au matin pour un retour d'expérience sur les premières pesées de postes "
          "de la nouvelle classification. Gratuit, votre site de Vénissieux est concerné. Je vous envoie le programme ?"),
  ("rem",))
P("good_invitation", "fr", "Farid Benslimane", "Délégué syndical | Membre de la CPREF métallurgie Rhône", "Vaulx-en-Velin",
  ("inv", "Bonjour, je siège côté salariés à la commission paritaire emploi-formation de la branche dans le Rhône. Le 3 juin on organise une demi-journée "
          "ouverte sur l'alternance dans l'industrie avec des témoignages d'entreprises. Votre groupe a un bon bilan là-dessus, ce serait bien de vous entendre."))
P("good_invitation", "fr", "Elena Gribaudo", "HR Manager | Stabilimento di Chivasso", "Chivasso",
  ("inv", "Buongiorno Alex, sono la HR manager dello stabilimento di Chivasso appena entrato nel gruppo. Prima di armonizzare i turni vorrei capire come "
          "gestite in Francia gli accordi con i sindacati, così evitiamo passi falsi. Possiamo sentirci? Grazie mille"),
  nl="it")
P("good_invitation", "en", "Nicholas Ferrand", "Associate Professor of HR Analytics | Business school, Écully", "Écully",
  ("inv", "Hi Alex, every spring my MSc students run a pro bono consulting project with a local firm. This year the topic is absenteeism in shift work and "
          "your Saint-Priest plant would be a great case. No cost, NDA signed, you keep the findings. Interested?"))


# =============================================================== default_invitation
P("default_invitation", "fr", "Ludovic Perrier", "Chargé de recrutement | Intérim industriel", "Vénissieux", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Audrey Chaneac", "Gestionnaire de paie | Cabinet d'expertise comptable", "Grenoble", ("inv", NONOTE))
P("default_invitation", "en", "Mark Delaney", "VP Sales EMEA | HR Tech | SaaS", "Dublin", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Grégory Falcoz", "Directeur commercial | Cap Compétences Formation", "Lyon",
  ("inv", "Bonjour Alex, organisme certifié Qualiopi, nous formons les managers de proximité de l'industrie (posture, entretiens annuels, conflits). "
          "Prise en charge possible par l'OPCO 2i. Vingt minutes pour caler une session intra à la rentrée ?"))
P("sales_invitation", "fr", "Nathalie Roux-Dumas", "Business Developer | Externalisation de la paie", "Lyon",
  ("inv", "Bonjour, 1 400 paies sur plusieurs conventions, DSN, régularisations… Notre centre de services reprend tout dès le premier mois, avec un "
          "interlocuteur dédié. Je vous adresse une estimation chiffrée ? Cordialement, Nathalie"))
P("sales_invitation", "en", "Jake Holloway", "Account Executive, Mid-Market | Talentry ATS", "London",
  ("inv", "Hey Alex! Noticed your group is hiring 40+ operators this year. Plants like yours cut time-to-hire by a third with Talentry's high-volume ATS. "
          "Worth a 15-min demo next week? Happy to work around your shifts 🙂"))
P("sales_invitation", "fr", "Bertrand Lachaux", "Associé | Lachaux Search – recrutement de cadres industriels", "Lyon",
  ("inv", "Bonjour Alex, notre cabinet accompagne les industriels de la région sur leurs recrutements d'ingénieurs et de cadres de production, honoraires "
          "uniquement au succès. Je serais heureux de vous présenter notre méthode autour d'un café à la Part-Dieu."))
P("sales_invitation", "fr", "Isabelle Tardy-Moulin", "Coach certifiée | Accompagnement des comités de direction", "Annecy",
  ("inv", "Bonjour Alex, j'accompagne les comités de direction industriels sur la cohésion et la prise de décision collective. Le premier rendez-vous est "
          "offert, sans engagement : on le cale quand ?"))
P("sales_invitation", "fr", "Théo Marquet", "Co-fondateur @ Skillpulse | Recrutement par tests gamifiés", "Villeurbanne",
  ("inv", "Salut Alex ! Chez Skillpulse on a créé des tests gamifiés pour recruter des opérateurs en 10 min chrono, sans CV. Les taux de rétention à 6 mois "
          "sont bluffants. Je te montre ça en visio ? 😉"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Christophe Bellanger", "Fondateur | Cercle des DRH de l'industrie AURA", "Lyon",
  ("inv", "Bonjour Alex, j'anime le Cercle des DRH de l'industrie en Auvergne-Rhône-Alpes : un déjeuner par trimestre entre pairs, sans prestataires, "
          "pour parler NAO, absentéisme, attractivité des métiers. Ce serait un plaisir de vous compter parmi nous."),
  ("msg", "Merci d'avoir accepté, Alex. Pour votre inscription au Cercle : la cotisation annuelle est de 2 400 € HT et, en tant que membre, vous "
          "bénéficiez de 15 % de remise sur notre diagnostic de climat social (mon cabinet le réalise en six semaines). Je vous transmets le bon de commande ?"),
  ("msg", "Bonjour Alex, je me permets de relancer pour le diagnostic : il me reste un créneau d'intervention en avril sur Lyon. On le bloque pour "
          "votre site de Saint-Priest ?"))
P("bait_and_switch_invitation", "en", "Rachel Dunmore", "Community Lead | People Ops Collective", "Manchester",
  ("inv", "Hi Alex, I run People Ops Collective, a free Slack for 600+ people leaders in manufacturing: monthly AMAs, shared policy templates, zero "
          "selling. A couple of people from your Lyon team are already in. Would love you to join us!"),
  ("msg", "Thanks for connecting Alex! Quick one - our partner PulseCheck runs engagement surveys built for shop floors (QR codes, no email needed). "
          "First 3 months free, then €4 per employee per month. Can I book you a 20-min walkthrough this week?"))
P("bait_and_switch_invitation", "fr", "Julien Morand", "Responsable RH | Agroalimentaire", "Bourg-en-Bresse",
  ("inv", "Bonjour Alex, RRH dans l'agroalimentaire à Bourg-en-Bresse. On ouvre la négociation sur le travail de nuit et j'ai vu que vous aviez signé "
          "un accord l'an dernier. Accepteriez-vous de me dire ce qui a coincé avec les syndicats ? Merci d'avance."),
  ("msg", "Merci Alex pour l'acceptation ! Je ne vous l'avais pas dit mais depuis janvier je suis aussi mandataire chez Optimum Prévoyance : on audite "
          "gratuitement les contrats mutuelle et prévoyance des groupes industriels, 12 % d'économies en moyenne. Vous êtes chez qui en ce moment ? "
          "Une visio de 30 min ?"),
  ("msg", "Bonjour Alex, je reviens vers vous pour l'audit mutuelle. Les renouvellements se jouent en fin d'année, c'est le bon moment pour comparer. "
          "Dispo mardi ou jeudi ?"))
P("bait_and_switch_invitation", "fr", "Hélène Vasseur", "Consultante | Transitions professionnelles et reclassement", "Lyon",
  ("inv", "Bonjour, je viens de publier un guide gratuit de 40 pages sur la rupture conventionnelle collective (calendrier, pièges, échanges avec la "
          "DREETS). Je vous l'envoie volontiers si nous sommes en relation."),
  ("msg", "Bonjour Alex, voici le guide promis : https://transitions-rh.example/guide-rcc. Et si une RCC ou un PSE est à l'ordre du jour chez vous, "
          "notre cabinet d'outplacement accompagne les salariés concernés, forfait à partir de 3 900 € par personne, antenne à Lyon. On en parle 20 minutes ?"))
P("bait_and_switch_invitation", "fr", "Mathilde Carron", "Talent Acquisition | Ex-RRH | Inclusion & handicap", "Villeurbanne",
  ("inv", "Hello Alex ! Je monte un petit groupe de praticiens RH sur l'emploi des travailleurs handicapés en usine (OETH, aménagements de postes, "
          "maintien dans l'emploi). On partage nos chiffres et nos galères. Ça te dit ?"),
  ("msg", "Coucou Alex, trop contente que tu nous rejoignes ! Du coup je te présente aussi ma boîte : on place des intérimaires RQTH sur des postes de "
          "production, et ça compte dans ton OETH. Je t'envoie notre grille tarifaire ?"),
  ("msg", "Re Alex ! Petite relance pour la grille, on a des profils caristes dispo dès lundi sur Lyon Est 😊"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Pascal Gerbaud", "Président | Observatoire de la QVCT dans l'industrie", "Paris",
  ("inm", "Enquête nationale QVCT dans l'industrie",
   "Bonjour Alex Morgan,\n\nnous menons une enquête auprès des DRH de l'industrie sur la qualité de vie et des conditions de travail. Dix minutes de "
   "questionnaire, et chaque répondant reçoit gratuitement la synthèse sectorielle. Votre participation nous serait précieuse.\n\nBien cordialement,\nPascal Gerbaud"),
  ("inm", "Votre benchmark personnalisé",
   "Bonjour,\n\nmerci encore pour vos réponses. Le benchmark détaillé de votre groupe face aux 140 entreprises du panel est disponible dans notre offre "
   "Premium à 1 800 € HT, restitution par un consultant incluse. Je vous propose un créneau pour vous le présenter ?\n\nPascal Gerbaud", (6, 20)))
P("bait_and_switch_inmail", "en", "Daniel Okoro", "Founder | HR Leaders Roundtable Europe", "Paris",
  ("inm", "A seat at the table",
   "Hi Alex, I'm curating a closed-door roundtable of twelve HR directors on AI in workforce planning, Paris, late June. Invitation only, no press, no "
   "vendors on stage. Your work on multi-site scheduling would bring a lot. May I count you in?"),
  ("inm", "Confirming your seat",
   "Great news, Alex. To secure your place, HR directors join through our Leadership Pass (€1,450 + VAT), which covers the roundtable, the dinner and a year "
   "of peer sessions. I'll send the invoice to your assistant - who should I address it to?"))
P("bait_and_switch_inmail", "fr", "Anne-Sophie Rambert", "Chargée de mission | Handicap & emploi en entreprise", "Lyon",
  ("inm", "Maintien dans l'emploi : un coup de main ?",
   "Bonjour Alex,\n\nje travaille sur l'emploi des personnes handicapées dans l'industrie du Rhône. Si vous avez des situations de maintien dans l'emploi "
   "compliquées sur vos sites, je peux vous orienter gratuitement vers les bons interlocuteurs (Cap emploi, médecine du travail, aides Agefiph). "
   "N'hésitez pas à m'écrire.\n\nAnne-Sophie"),
  ("inm", "Sensibilisation de vos managers",
   "Bonjour Alex, suite à mon premier message : nous proposons aussi une journée de sensibilisation au handicap pour vos managers, 2 200 € HT la session, "
   "finançable par votre OPCO. Je vous envoie une proposition pour le second semestre ?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Romain Dufaud", "Consultant en recrutement indépendant | Industrie & logistique", "Lyon",
  ("end",), ("end",),
  ("msg", "Hello Alex ! Je t'ai validé sur {skill} et sur deux-trois autres, c'est mérité 😉 Tu pourrais me rendre la pareille sur Sourcing et "
          "Entretien de recrutement ? Ça pèse pas mal quand les clients regardent mon profil. Merci d'avance !"))
P("endorse_me_back", "en", "Samantha Reyes-Walker", "HR Business Partner | Open to work", "Bristol",
  ("end",),
  ("msg", "Hi Alex, hope the plant expansion is going well! I endorsed you for {skill} last week. As I'm between roles right now, would you mind "
          "endorsing me for Employee Relations and HRIS? Recruiters really do look at these. Thank you so much!"))
P("endorse_me_back", "fr", "Gérard Poncet", "Formateur en management | Ancien DRH", "Mâcon",
  ("end",), ("end",),
  ("msg", "Bonjour Alex,\n\nj'ai pris le temps de valider plusieurs de vos compétences, notamment {skill}. Je vous serais reconnaissant d'en faire "
          "autant pour les miennes, Management d'équipe et Formation de formateurs : c'est important pour mon référencement auprès des organismes.\n\n"
          "Avec mes remerciements,\nGérard Poncet"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Sylvain Brunet", "Formateur | Gestes et postures, prévention des TMS", "Saint-Étienne",
  ("inv", "Bonjour Alex, nos formations gestes et postures et prévention des TMS sont éligibles à la prise en charge OPCO. Sessions sur site, en "
          "équipe de nuit si besoin. Je vous envoie un devis ?"),
  ("rem",),
  ("inm", "Sans réponse", "Trois semaines que ma demande attend. Un « non merci » aurait suffi, ça prend deux secondes. C'est ce genre de mépris qui "
          "fait que vos opérateurs partent au bout de six mois, pas les salaires.", (8, 20)))
P("hostility_after_decline", "en", "Brandon Kessler", "Talent Acquisition Consultant | Placing Engineers Across Europe", "Amsterdam",
  ("inv", DEFAULT),
  ("inm", "Seriously?", "Declined. Right. For an HR director you have remarkably poor people skills, Alex. Good luck staffing those plants without "
          "people like me - you'll need it."))
P("hostility_after_decline", "fr", "Mickaël Fontanel", "Cariste CACES 1-3-5 | Disponible immédiatement", "Givors",
  ("inv", "Bonjour je cherche un poste en production ou logistique sur Lyon sud, cariste CACES 1 3 5, 6 ans d'expérience. Je peux vous envoyer mon CV ?"),
  ("inm", "Bravo", "Vous êtes DRH et vous êtes même pas capable de répondre à un candidat. C'est honteux. Après ça on s'étonne que personne veut "
          "bosser dans vos usines."))
P("hostility_after_decline", "fr", "Véronique Allard-Sauzet", "Coach & consultante en leadership | Executive coaching", "Lyon",
  ("inv", "Bonjour Alex, j'accompagne les DRH qui souhaitent faire de leurs managers de véritables leaders. Auriez-vous vingt minutes cette semaine pour "
          "en parler ?"),
  ("inm", "Suite à votre refus", "Bonjour,\n\nje constate que vous avez décliné mon invitation sans un mot. Permettez-moi de vous dire qu'une telle "
          "attitude est bien peu digne d'une fonction censée incarner l'écoute et le respect des personnes. Je vous souhaite malgré tout une bonne "
          "continuation.\n\nVéronique Allard-Sauzet"))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Frédéric Laval", "Directeur commercial | LogiPaie SIRH", "Lyon",
  ("msg", "Bonjour Alex, je vous ai vu intervenir sur la DSN au salon Solutions RH. Notre SIRH gère nativement les conventions de la métallurgie et "
          "de la plasturgie. Une démo de 30 minutes pour vos équipes paie ?"),
  ("msg", "Je me permets de relancer : une démo la semaine prochaine, ça vous irait ? Mardi ou jeudi matin de préférence."),
  ("msg", "Messages lus, aucune réponse. Franchement Alex, c'est d'une impolitesse rare pour quelqu'un qui prétend défendre le dialogue social. "
          "Je m'en souviendrai."))
P("hostility_connection", "en", "Oliver Pratt", "Director | Pratt Career Transition", "London",
  ("acc",),
  ("msg", "Thanks for accepting, Alex. I read about the restructuring at your Saint-Priest plant. We run career transition for affected staff at a fixed "
          "fee per head, in English and French. Shall I send our proposal over?"),
  ("msg", "Not even the courtesy of a reply? Typical HR - all about people until it's your turn to treat one decently."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Cédric Vannier", "Key Account Manager | Titres-restaurant & avantages salariés", "Lyon",
  ("msg", "Bonjour Alex, rapide message : nous lançons une carte titres-restaurant et avantages CSE tout-en-un, sans frais de gestion la première "
          "année. Pour un groupe de votre taille l'économie est réelle. On se cale 20 minutes ?"),
  ("msg", "Bonjour Alex, je reviens vers vous au sujet de la carte tout-en-un. Je peux vous faire une simulation sur vos effectifs, il me faut juste "
          "le nombre de salariés par site."))
P("connection_only_pitches", "fr", "Laetitia Moulin", "Responsable partenariats | Organisme de formation certifié Qualiopi", "Villeurbanne",
  ("msg", "Bonjour Alex, notre catalogue inter-entreprises du second semestre est sorti : management, sécurité, habilitations électriques, bureautique. "
          "Tout est finançable sur votre plan de développement des compétences ou par l'OPCO. Je vous envoie le PDF ?"),
  ("msg", "Bonjour, il reste 3 places sur la session « Manager de proximité » d'octobre à Lyon. Souhaitez-vous que je les pré-réserve pour vos chefs "
          "d'équipe ?"),
  ("msg", "Alex, dernière relance avant clôture des inscriptions : -10 % pour toute inscription de 5 personnes ou plus."))
P("connection_only_pitches", "en", "Ethan Brooks", "Senior Account Executive | Workforce Analytics", "Boston",
  ("msg", "Hi Alex, hope all's well in Lyon! We help multi-site manufacturers predict attrition 90 days out from the HRIS data they already have. Would "
          "you be open to a short demo with your HRIS lead?"),
  ("msg", "Hey Alex, circling back - we just published a case study with a French automotive supplier (turnover down 18%). Happy to walk you through it "
          "on a call, 20 minutes max."))
P("connection_only_pitches", "fr", "Jonathan Sibille", "Fondateur | Studio vidéo marque employeur", "Lyon",
  ("msg", "Salut Alex ! On tourne des vidéos marque employeur directement sur les lignes de prod, ça cartonne pour recruter des opérateurs. Je te "
          "montre notre showreel en visio ?"),
  ("msg", "Hello Alex, une date s'est libérée en mai pour un tournage à Lyon, tarif spécial : 3 500 € le pack de 3 vidéos. Ça te tente ?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Agnès Pelletier", "Directrice d'agence | Intérim industriel", "Vénissieux",
  ("msg", "Bonjour Alex, on s'était croisés au forum emploi de Vénissieux. Nous venons d'ouvrir une agence d'intérim spécialisée caristes, régleurs et "
          "soudeurs à deux pas de votre site. Puis-je passer vous présenter nos conditions et nos coefficients ?"))
P("single_pitch", "en", "Lucas Whitford", "Partner | Employee Benefits Consulting", "London",
  ("msg", "Alex, we advise French subsidiaries of UK groups on harmonising pension and health benefits. With your group's recent acquisitions, a benefits "
          "review might be timely. Could we book 30 minutes in the next fortnight?"))
P("single_pitch", "fr", "Stéphane Giraud", "Consultant | Bilans de compétences finançables CPF", "Bron",
  ("msg", "Bonjour Alex, vos collaborateurs ont des droits CPF qui dorment ! Nous organisons des bilans de compétences sur site, financés par leur CPF, "
          "sans coût pour l'entreprise. Je peux vous envoyer une affiche pour vos panneaux RH et caler une permanence ?"))
P("single_pitch", "fr", "Nadia Lounès", "Psychologue du travail | Assessment centers", "Lyon",
  ("msg", "Bonjour Alex, psychologue du travail, je conçois des assessment centers pour la sélection des chefs d'équipe et des agents de maîtrise. Si "
          "vous avez des promotions internes à venir, je serais ravie de vous présenter mon dispositif et mes tarifs."))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Catherine Roussel", "DRH | Fonderies du Dauphiné", "Voiron",
  ("end",),
  ("msg", "Bonjour Alex, comme promis à la réunion de branche, voici notre accord télétravail pour les fonctions support en site industriel (version "
          "anonymisée) : https://partage.example/accord-tt. Les articles 4 et 7 ont été les plus discutés avec les élus, j'ai laissé nos notes en marge."))
P("connection_brings_value", "fr", "Olivier Mazet", "Délégué syndical central | Secrétaire du comité de groupe", "Saint-Priest",
  ("msg", "Alex, pour préparer la NAO de jeudi je te transmets les résultats de l'enquête que notre section a faite auprès des équipes de nuit : "
          "312 réponses. On les présentera en séance mais je préfère que tu les aies avant, ça évitera de perdre la matinée."),
  ("msg", "Merci pour la réunion d'hier. Le compte rendu intersyndical est prêt, je te l'envoie pour relecture avant affichage. Si tu vois une erreur "
          "de chiffre, dis-le-moi avant vendredi."))
P("connection_brings_value", "en", "Grace Abernethy", "Head of Learning | Tessaly", "Leeds",
  ("msg", "Hi Alex - the apprenticeship onboarding toolkit we built with your Lyon plant last year is now free to download for any manufacturer: "
          "https://tessaly.example/apprentice-toolkit. The updated French version is in there too, your site managers might like it."))
P("connection_brings_value", "fr", "Bruno Chatelard", "Avocat associé | Droit social", "Lyon",
  ("msg", "Alex, la Cour de cassation vient de rendre un arrêt sur le suivi de la charge de travail en forfait jours qui touche directement les accords "
          "du type du vôtre. Référence et commentaire ici : https://chatelard-avocats.example/veille. À regarder avec votre conseil habituel, rien "
          "d'urgent mais à anticiper."))
P("connection_brings_value", "fr", "Jürgen Ostertag", "Personalleiter | Werk Pforzheim", "Pforzheim",
  ("msg", "Hallo Alex, anbei wie besprochen unsere Betriebsvereinbarung zur Schichtplanung und die Folien, die wir dem Betriebsrat gezeigt haben. "
          "Vielleicht hilft euch das für die Verhandlung in Lyon. Bei Fragen ruf einfach an.\n\nViele Grüße\nJürgen"),
  nl="de")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Marianne Goutte", "Associée | Executive search industrie", "Grenoble",
  ("inm", "DRH Groupe – ETI industrielle familiale, Isère",
   "Bonjour Alex Morgan,\n\nje mène en toute confidentialité le recrutement du DRH Groupe d'une ETI familiale de 2 800 salariés (6 sites, dont 2 à "
   "l'étranger), rattaché au Président. Votre parcours en relations sociales correspond à ce que recherche l'actionnaire. Seriez-vous ouvert(e) à un "
   "premier échange, sans engagement ?\n\nBien à vous,\nMarianne Goutte"))
P("stranger_inmail_recruiter", "en", "Peter Vandersloot", "Talent Partner | Norbridge", "Rotterdam",
  ("inm", "Group HR Director - Norbridge France",
   "Hello Alex, I lead talent acquisition at Norbridge. We're hiring a Group HR Director for our French operations (4 plants, around 1,900 people), "
   "reporting to the EMEA COO and based in Lyon. Happy to share the job description and package. Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "fr", "Émilie Chastang", "Talent Acquisition Manager | Chimie de spécialité", "Saint-Fons",
  ("inm", "Directeur·rice des relations sociales – Saint-Fons",
   "Bonjour Alex, je recrute un·e Directeur·rice des relations sociales pour notre plateforme chimique de Saint-Fons (1 100 salariés, 5 organisations "
   "syndicales). Poste en CDI, membre du comité de direction du site. Votre expérience des NAO multi-sites m'a donné envie de vous en parler. "
   "Auriez-vous un moment cette semaine ?"))
P("stranger_inmail_recruiter", "fr", "Gilles Fournier", "Managing Partner | Management de transition RH", "Lyon",
  ("inm", "Mission de transition DRH – 6 mois, Roanne",
   "Bonjour Alex,\n\nun de nos clients, équipementier de 600 personnes près de Roanne, cherche un DRH de transition pour six mois (départ de la "
   "titulaire, NAO et réorganisation à conduire). Démarrage sous un mois, trois jours par semaine sur site. Si la mission vous intéresse, ou si vous "
   "pensez à quelqu'un, je vous en dis plus.\n\nGilles"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Aurélien Pichon", "Sales Development Rep | SIRH cloud", "Paris",
  ("inm", "Vos variables de paie",
   "Bonjour Alex, combien d'heures vos équipes passent-elles chaque mois à ressaisir les variables de paie ? Nos clients industriels ont divisé ce temps "
   "par trois avec notre SIRH. Je vous propose une démo de 30 min, vous me dites quand ?"))
P("stranger_inmail_sales", "en", "Natalie Chen", "Enterprise AE | AI Interview Platform", "Berlin",
  ("inm", "Hiring 40 operators?",
   "Hi Alex, our AI interview assistant screens blue-collar applicants by phone, 24/7, in 12 languages. Plants using it fill shifts twice as fast. "
   "Could I show you in 15 minutes on Thursday?"),
  ("inm", "Re: Hiring 40 operators?", "Bumping this up, Alex - happy to run a free pilot on one site so you can judge the results yourself. Just say the word."))
P("stranger_inmail_sales", "fr", "Thierry Bouvard", "Gérant | Centre de formation CACES", "Corbas",
  ("inm", "CACES – sessions du trimestre",
   "Bonjour,\n\ncentre de formation CACES à Corbas, nous organisons des sessions R489 et R485 chez vous ou dans nos locaux, prise en charge OPCO possible. "
   "Puis-je vous transmettre nos tarifs groupe ?\n\nCordialement,\nThierry Bouvard"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Manon Delorme", "Responsable formation | Réseau des RRH du Nord-Isère", "Bourgoin-Jallieu",
  ("inv", "Bonjour Alex, le réseau des RRH du Nord-Isère organise un atelier gratuit sur le bilan à 6 ans des entretiens professionnels (abondement "
          "CPF, sanctions, outils). Il reste quelques places pour des DRH de l'agglo lyonnaise, ça vous intéresse ?"),
  ("msg", "Merci d'être venu(e) jeudi ! Comme promis, voici la trame d'entretien professionnel construite en atelier, à adapter librement : "
          "https://rrh-nord-isere.example/trame. Bonne semaine !"),
  ("msg", "Bonjour Alex, petite nouvelle : je me lance comme formatrice indépendante ! Je propose un module d'une journée pour former vos managers aux "
          "entretiens professionnels, 1 450 € HT, finançable OPCO. On en parle ?"))
P("good_turns_ugly", "en", "Greg Hollis", "HR Director | Aldwick Packaging", "Leeds",
  ("inv", "Hi Alex, HR Director at a packaging group in Leeds. We're opening our first French site near Mâcon and I'm a bit lost on setting up a CSE. "
          "Could I ask you a couple of questions? Happy to return the favour on anything UK."),
  ("msg", "Alex, thank you so much for the call - the CSE timeline you sketched saved us weeks. As promised, here's our UK TUPE checklist in case your "
          "group ever acquires over here."),
  ("end",),
  ("msg", "Hi Alex, just endorsed you for {skill}! Could you endorse me for Employee Relations and International HR? Trying to build my profile up "
          "before our board review 🙏"))
P("good_turns_ugly", "fr", "Sébastien Aubry", "Sociologue du travail | Université Lyon 2", "Lyon",
  ("inv", "Bonjour Alex, je suis sociologue du travail à Lyon 2 et je mène une recherche sur le travail posté dans la métallurgie. Accepteriez-vous un "
          "entretien d'une heure ? Les résultats seront partagés avec les entreprises participantes."),
  ("msg", "Bonjour Alex, merci encore pour l'entretien. Voici la synthèse intermédiaire de l'étude (anonymisée) : https://recherche.example/travail-poste. "
          "Le chapitre sur les équipes de week-end devrait vous intéresser."),
  ("msg", "Bonjour Alex, j'ai créé avec deux collègues un cabinet qui transforme ces travaux en diagnostics d'entreprise : 12 000 € HT par site, "
          "restitution au CODIR comprise. Vos réponses à l'étude nous donneraient déjà une bonne base. Je vous envoie une proposition ?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Karine Besnard", "Chargée d'affaires entreprises | Mutuelle Horizon", "Lyon",
  ("inm", "Votre contrat collectif santé",
   "Bonjour Alex, nous accompagnons les groupes industriels sur leurs contrats santé et prévoyance collective. Une étude comparative de vos garanties "
   "vous intéresserait-elle ? Je peux vous la remettre en rendez-vous."),
  ("inv", "Bonjour Alex, nous avons plusieurs relations en commun dans les RH lyonnaises, je serais ravie d'échanger avec vous."))
P("reinvite_known_bad", "en", "Ryan Maddox", "Sales Director | Payroll software", "Dublin",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, really enjoyed your panel at the HR conference in Paris. Would be great to stay in touch."))
P("reinvite_known_bad", "fr", "Philippe Vernay", "Responsable grands comptes | Parcours certifiants management", "Lyon",
  ("inv", "Bonjour Alex, notre organisme propose des parcours certifiants en management finançables par l'OPCO. Puis-je vous présenter notre offre ?"),
  ("inv", "Bonjour Alex, je souhaite simplement élargir mon réseau RH sur la région lyonnaise. Au plaisir d'échanger !"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Jean-Marc Tissot", "Consultant en politique de rémunération", "Lyon",
  ("inv", "Bonjour Alex, consultant en rémunération, j'aide les ETI industrielles à bâtir des grilles de salaires conformes à la directive sur la "
          "transparence. Un échange rapide ?"),
  ("inm", "Dommage", "Pas de réponse, je comprends. Mais permettez-moi une remarque : un DRH qui ignore les gens qui lui écrivent, ça en dit long "
          "sur la culture de votre groupe. Bon courage pour la transparence salariale."),
  ("inv", "Bonjour Alex, je reviens vers vous en toute simplicité, au plaisir de faire partie de votre réseau."))
P("reinvite_known_ugly", "en", "Craig Rutherford", "Founder | Manufacturing People Leaders", "Glasgow",
  ("inm", "Question from a fellow HR leader",
   "Hi Alex, I'm an HR director myself and I'm gathering experiences of four-day-week pilots in manufacturing for a panel. Did your group ever test it? "
   "Any insight would help, and I'm happy to share what others told me."),
  ("inm", "Follow-up",
   "Thanks Alex. Since you're looking at working-time models: my firm ShiftCraft designs compressed-week rotas for plants, fixed fee from €9k per site. "
   "Can I send a proposal?"),
  ("inv", "Hi Alex, would be good to connect properly on here."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Coralie Bonnard", "Customer Success | Appli d'onboarding pour l'industrie", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex, ravie de notre échange au salon ! Comme je vous le disais, notre appli d'onboarding est pensée pour les "
          "opérateurs (vidéos, quiz, accueil sécurité sur smartphone). Je vous propose une démo pour vos RRH de site, quelle semaine vous arrange ?"))
P("user_invited_pitch_once", "en", "Arjun Kapoor", "Head of Partnerships | Compliance LMS", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Since you mentioned your safety trainings are still on paper: our LMS handles mandatory modules with an offline "
          "mode for the shop floor. Pricing starts at €3 per learner per month. Open to a quick call?"))
P("user_invited_pitch_once", "fr", "Denis Maréchal", "Directeur | Organisme de formation industrie", "Saint-Étienne",
  ("acc",),
  ("msg", "Bonjour Alex, merci d'avoir accepté. Notre organisme ouvre en janvier une formation « Chef d'équipe en industrie » en inter-entreprises, "
          "1 200 € par participant, éligible OPCO. Je vous réserve des places pour vos futurs agents de maîtrise ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Élise Faucher", "Consultante | Égalité professionnelle et rémunération", "Lyon",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour la mise en relation ! Vu votre index égalité, je pense que notre accompagnement à la directive transparence "
          "salariale (audit des écarts, cotation des postes, information des élus) pourrait vous faire gagner du temps. Un rendez-vous ?"),
  ("msg", "Bonjour Alex, je me permets de relancer. Deux missions se libèrent au printemps, je peux vous adresser une proposition chiffrée cette semaine."))
P("user_invited_pitch_twice", "en", "Liam Cartwright", "Founder | ShiftWise", "Dublin",
  ("acc",),
  ("msg", "Cheers for the add, Alex. ShiftWise builds 3x8 rotas in minutes and handles shift swaps from the phone. We've got French plants live "
          "already. 20-min demo?"),
  ("msg", "Hi Alex, any thoughts on ShiftWise? We're offering 20% off the first year for groups that sign this quarter."))
P("user_invited_pitch_twice", "fr", "Rodolphe Giraudon", "Courtier | Prévoyance et santé collectives", "Villefranche-sur-Saône",
  ("acc",),
  ("msg", "Merci Alex. Courtier en prévoyance collective, je peux vous remettre une étude de votre contrat actuel au regard des nouvelles obligations "
          "de la convention de la métallurgie. Je passe vous voir ?"),
  ("msg", "Alex, je reviens vers vous : les échéances de résiliation approchent, ce serait dommage de rater la fenêtre. Un créneau jeudi ?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Isabelle Chomel", "DRH | Mécanique de précision, vallée de l'Arve", "Cluses",
  ("acc",),
  ("msg", "Merci Alex pour la demande ! Comme évoqué au congrès, voici notre matrice de compétences GEPP pour les métiers de l'usinage, avec les niveaux "
          "et les passerelles. Servez-vous, et si vous l'améliorez je prends la nouvelle version 😉"))
P("user_invited_value", "fr", "Thomas Nguyen", "Conseiller entreprises | France Travail Vénissieux", "Vénissieux",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour la mise en relation. Comme convenu au téléphone, l'agence peut organiser une session de recrutement par simulation "
          "pour vos postes d'opérateurs : pas de CV, on évalue les habiletés. C'est gratuit pour l'entreprise, il me faudra juste une visite de poste."))
P("user_invited_value", "en", "Helen Maclean", "Senior Lecturer in HRM | Business school, Glasgow", "Glasgow",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Here's the working paper I mentioned on shift work and retention in French and Scottish plants: "
          "https://papers.example/shiftwork-retention. If you ever want to join round two, your data would be anonymised, no cost, and you'd get the "
          "full benchmark."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Jacques Perroud", "Directeur industriel | Site de Vénissieux", "Vénissieux", ("acc",))
P("acceptance_only", "en", "Fiona Gallagher", "HR Director Ireland | Meridian Logistics", "Cork", ("acc",))
P("lone_endorsement", "fr", "Léna Bouchet", "Assistante RH en alternance", "Lyon", ("end",))
P("lone_endorsement", "fr", "Patrick Ollier", "Responsable HSE | Industrie", "Saint-Priest", ("end",))


# ------------------------------------------------------------------ invitation notes stay within LinkedIn's 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

ERAS = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Sophie Girin", "sophie.girin@example.net", "Candidature Kévin Ribeiro – technicien maintenance",
     "Bonjour Alex,\n\nle candidat Kévin Ribeiro nous dit t'avoir aussi écrit sur LinkedIn. Son dossier est complet, on le voit mardi en entretien avec "
     "le responsable maintenance.\n\nBonne journée,\nSophie", "fr"),
    ("OPCO – Service entreprises", "entreprises@opco-industrie.example", "Plan de développement des compétences : dates clés du semestre",
     "Madame, Monsieur,\n\nles demandes de prise en charge du second semestre sont à déposer avant le 30 septembre. Retrouvez nos webinaires "
     "d'information sur notre page LinkedIn.\n\nLe service entreprises", "fr"),
    ("Grégory Falcoz", "g.falcoz@capcompetences.example", "Suite à mon invitation LinkedIn",
     "Bonjour Alex,\n\nsuite à mon invitation sur LinkedIn, je vous adresse notre catalogue de formations managériales, finançable OPCO. Je reste "
     "disponible pour un échange.\n\nGrégory Falcoz\nCap Compétences Formation", "fr"),
    ("Association des DRH du Rhône", "contact@drh-rhone.example", "Petit-déjeuner du 12 : inscriptions ouvertes",
     "Chers adhérents,\n\nnotre prochain petit-déjeuner porte sur l'IA dans le recrutement. Inscription sur l'espace membre. Les photos seront publiées "
     "sur notre page LinkedIn, signalez-nous si vous ne souhaitez pas apparaître.", "fr"),
    ("JobBoard Industrie", "noreply@jobboard-industrie.example", "Votre offre « Technicien de maintenance H/F » a reçu 23 candidatures",
     "Bonjour,\n\nvotre offre a reçu 23 candidatures cette semaine. Astuce : partagez-la sur LinkedIn pour doubler sa visibilité.", "fr"),
    ("Julie Castagné", "julie.castagne@example.net", "Profil pour le poste de RRH Saint-Priest",
     "Salut Alex,\n\nje te mets le profil LinkedIn d'une candidate qu'on m'a recommandée : https://www.linkedin.com/in/amandine-verdier-rh\n"
     "Tu me dis si on la voit ?\n\nJulie", "fr"),
    ("Secrétariat du CSE central", "cse.central@example.net", "Ordre du jour du CSE central",
     "Bonjour,\n\nci-joint l'ordre du jour de la prochaine réunion. Point 6 : projet de charte sur l'usage des réseaux sociaux (LinkedIn notamment) "
     "par les salariés.\n\nLe secrétariat", "fr"),
    ("Jess Harland", "jess.harland@carrow.example", "Pay transparency roundtable - joining link",
     "Hi Alex,\n\nTom mentioned he'd sent you a LinkedIn invite. Here's the Teams link for the roundtable on the 18th. No prep needed, just bring "
     "your questions.\n\nBest,\nJess", "en"),
    ("DSI Groupe – Sécurité", "securite.si@example.net", "Alerte : fausses notifications LinkedIn visant les équipes RH",
     "Bonjour à tous,\n\nnous constatons de fausses notifications LinkedIn contenant des « CV » piégés. Ne vous identifiez jamais via un lien reçu par "
     "e-mail et signalez tout message douteux à la DSI.", "fr"),
    ("Eventbrite", "noreply@eventbrite.example", "Votre billet : Rencontres RH & Industrie – Lyon",
     "Bonjour Alex, vous êtes inscrit(e) aux Rencontres RH & Industrie. Présentez ce billet à l'entrée. Suivez l'événement sur LinkedIn avec "
     "#RHIndustrie.", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev104. Generated by scripts/make_corpus_dev104.py (seed {SEED}); do not edit by hand.",
          "# Alex as group HR director of a manufacturing group near Lyon: HR-tech, payroll and assessment vendors, OPCO-funded training sellers, "
          "coaches, applicants, outplacement, headhunters, peer HR directors, unions and employer federations. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev104", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER, eras=ERAS)
