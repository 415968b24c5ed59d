#!/usr/bin/env python3
"""Write mailbot's forty-second, independent development corpus: tests/corpus/dev42/*.eml + expected.toml.

The angle: a French-speaking inbox. Alex is the group finance director of Example Industries in
Paris, with offices in Brussels and Montréal, and every piece of LinkedIn's own wording is French.
The people write the French of their city: France French (vous, formal "je me permets de vous
solliciter", "Respectueusement", "Bien cordialement"), Belgian French (septante, nonante,
"à tantôt", "une fois", "vous savez" for "vous pouvez", "il y a moyen", dîner at noon, HTVA,
ITAA and IRE), Québécois French (jaser, pantoute, courriel, présentement, pis, faque, ben,
"cédule", "checker", "soumission", FPC hours, REER/CELI, Loi 96), a few English notes from
anglophone Montréal, and writing with typos, lowercase and missing accents. Every scenario of the
taxonomy appears in French, each in its own phrasing: DFCG, ITAA and CPA events, peer questions,
introductions, headhunters with a real mandate, students, against reverse factoring, CIR
consultants, wealth managers, group insurance brokers, payroll and AP outsourcing, expat tax
services, translation for Loi 96, car and bike leasing; bait and switch by invitation and by
InMail ("cercle de DAF", a free guide, a survey, a club des trésoriers, a souper-causerie),
endorse-me-back, hostility after a decline and from connections, re-invites of people known bad
or ugly.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, the cities, the
job-alert titles, some other-mail subjects, the names and headlines of spoof-only people and PYMK
suggestions, the languages of spoofs and other mail, and the pitches that spoofs carry are swapped
for French-speaking ones in this process only (make_corpus.py itself is not changed). Every note
was written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or
the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev42.py              # writes tests/corpus/dev42
    python scripts/make_corpus_dev42.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261142

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ French-speaking world (this process only)
mc.L["fr"]["skills"] = ["Contrôle de gestion", "Consolidation", "IFRS", "Trésorerie", "Fiscalité internationale", "Pilotage de la performance"]
mc.L["fr"]["rheadline"] = "Directeur financier groupe chez Example Industries"
mc.L["en"]["skills"] = ["Consolidation", "IFRS", "Treasury", "International Tax", "Financial Planning"]
mc.LANGS[:] = ["fr", "fr", "fr", "fr", "fr"]          # spoofs and other LinkedIn mail: French wording only
mc.CITY["fr"] = ["Paris", "Bruxelles", "Montréal", "Liège", "Québec", "Lyon", "Namur", "Laval"]
mc.NAMES["fr"] = (["Anthony", "Bénédicte", "Yves", "Roxanne", "Nicolas", "Myriam", "Pascal", "Audrey", "Jérémie", "Sophie", "Grégory", "Manon",
                   "Denis", "Carole", "Alain", "Justine"],
                  ["Vermeulen", "Simard", "Rochette", "Lemieux", "Hautier", "Dufour", "Claessens", "Paquette", "Breton", "Maes", "Archambault",
                   "Guérin", "Deschamps", "Nadeau"])
mc.COMPANIES["good"] = ["Groupe Hervouet", "Brasserie Lambiotte", "Aéro Laurentides", "Vernaud SA", "Caprisol", "Banque Saint-Laurent",
                        "Solvane Benelux", "Desrosiers Ingénierie"]
mc.COMPANIES["sales"] = ["FinaFlux", "Trésoria", "AssurPlus Collective", "Patrimoine Horizon", "LeadsExpress", "Fiduciaire Express",
                         "CloturePro", "Montréal Paie Solutions"]
mc.HEADLINES["good"] = ["Directrice financière chez {co}", "Contrôleur de gestion groupe | {co}", "Trésorier chez {co}", "Responsable consolidation – {co}",
                        "CPA | Vice-président Finances, {co}", "Réviseur d'entreprises | {co}"]
mc.HEADLINES["sales"] = ["Chargé d'affaires chez {co}", "Business Developer | {co}", "Conseiller en gestion de patrimoine – {co}",
                         "Directeur des ventes Québec | {co}", "Fondateur & CEO | {co}", "Account Executive Benelux chez {co}"]
mc.JOBS[:] = [("Directeur administratif et financier (H/F)", "Groupe Hervouet"), ("CFO Benelux", "Brasserie Lambiotte"),
              ("Vice-président Finances", "Aéro Laurentides"), ("Responsable consolidation IFRS", "Vernaud SA"),
              ("Directeur financier filiale (H/F)", "Caprisol")]
mc.OTHER["fr"].update(
    job=("{n} nouvelles offres pour « directeur financier »", "Votre alerte emploi pour directeur financier à {city}", "Voir l'offre"),
    news=("Facturation électronique : les DAF sont-ils prêts ?", "Les actualités du jour de LinkedIn News"),
    group=("Meilleures discussions dans DAF francophones – Paris · Bruxelles · Montréal", "Voici les meilleures discussions de votre groupe cette semaine"),
    newsletter=("La lettre du trésorier : couvrir le dollar canadien en 2025", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné"),
)
SPOOF_PITCH = {
    "fr": ["Bonjour {first}, je vous ai transmis la facture proforma de notre mission via LinkedIn Docs. Merci de vous connecter pour la valider avant vendredi.",
           "Salut {first}! J'ai partagé avec toi notre soumission pour l'assurance collective de ton bureau de Montréal. Clique ici pour la consulter avant qu'elle expire.",
           "Bonjour {first}, nos conseillers vous réservent un placement à rendement garanti de 9 % sur 12 mois. Connectez-vous pour confirmer votre allocation.",
           "Bonjour {first}, suite à notre échange, voici le lien pour signer électroniquement le bon de commande. Bien à vous."],
    "en": ["Hi {first}, I've shared the signed quote for your Montreal office with you. Please sign in to review it before Friday.",
           "Hello {first}, your invoice for the treasury webinar is pending. Log in to settle it and keep your seat."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Sandrine Vautrin", "Déléguée régionale Île-de-France | DFCG", "Paris",
  ("inv", "Bonjour Monsieur Morgan, je me permets de vous solliciter : la DFCG Île-de-France organise le 14 mars une matinée gratuite sur la "
          "facturation électronique, avec trois DAF qui l'ont déjà déployée. Votre retour sur vos filiales belges intéresserait nos membres. Bien cordialement"),
  ("rem",))
P("good_invitation", "fr", "Thierry Dethier", "Président | Cercle des directeurs financiers de Namur", "Namur",
  ("inv", "Bonjour Alex, on a déjà septante inscrits pour notre table ronde du 5 juin à Namur sur la réforme de l'impôt des sociétés. C'est gratuit, "
          "l'ITAA reconnaît les 3 heures en formation permanente et il reste des places pour votre équipe de Bruxelles. À tantôt peut-être !"))
P("good_invitation", "fr", "Marie-Ève Gagnon", "Contrôleuse corporative | Groupe Beaulieu", "Québec",
  ("inv", "Bonjour Alex! J'aimerais jaser avec toi de ta transition IFRS 16 : on est en plein dedans avec 40 baux de succursales pis on patine un peu. "
          "Un café à Montréal quand tu passes? En échange je te montre notre modèle de flux de trésorerie."),
  ("rem",))
P("good_invitation", "fr", "Catherine Lévesque", "Associée | Recherche de cadres en finance | Lévesque Talents", "Montréal",
  ("inv", "Bonjour M. Morgan, je mène la recherche d'un vice-président Finances pour un manufacturier de Laval (900 employés, filiales en France et "
          "en Belgique). Votre parcours colle drôlement bien au mandat. Auriez-vous 20 minutes pour en discuter, en toute confidentialité?"))
P("good_invitation", "fr", "Camille Brossard", "Étudiante M2 Comptabilité-Contrôle-Audit | Université Paris Dauphine", "Paris",
  ("inv", "Bonjour Mr Morgan, je suis etudiante en M2 CCA a Dauphine et je fais mon memoire sur la consolidation des filiales canadiennes de groupes "
          "francais. Est ce que je pourrais vous poser 3 ou 4 questions par telephone ? Je vous enverrai le memoire une fois soutenu. Merci !!"))
P("good_invitation", "fr", "Gaëtan Verhaegen", "Directeur financier | Solvane Benelux", "Bruxelles",
  ("inv", "Alex, c'est Marc Tessier (KPMG) qui m'a conseillé de vous écrire : je reprends la direction financière de Solvane Benelux et nous avons "
          "le même commissaire. Il pense qu'on gagnerait à comparer nos clôtures. Je vous invite à dîner la prochaine fois que vous êtes à Bruxelles ?"))
P("good_invitation", "fr", "Peter Lang", "Président, comité de formation continue | CPA Québec, région de Montréal", "Montréal",
  ("inv", "Hi Alex, Peter from the CPA Québec Montreal committee. We're running a free bilingual session on Pillar Two for Canadian subsidiaries "
          "on Nov 12, it counts for 3 hours of PD. Your Montreal team is welcome, I can hold a few seats if you let me know by Friday."),
  ("rem",), nl="en")


# =============================================================== default_invitation
P("default_invitation", "fr", "Ludivine Gilson", "Assistante administrative chez Fiduciaire Gilson & Fils", "Charleroi",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Maxime Pelletier", "Conseiller | Solutions d'affaires", "Laval",
  ("inv", NONOTE))
P("default_invitation", "fr", "Arnaud Le Goff", "Responsable comptable", "Rennes",
  ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Hugues de Villiers", "Directeur commercial | Fintreso – affacturage inversé", "Paris",
  ("inv", "Monsieur, je me permets de vous solliciter afin de vous présenter notre programme d'affacturage inversé : les groupes de votre taille "
          "libèrent en moyenne 3 M€ de BFR dès le premier trimestre. Seriez-vous disponible 20 minutes pour une démonstration ? Respectueusement"))
P("sales_invitation", "fr", "Olivier Van den Broeck", "Conseiller en assurances | Van den Broeck & Partners", "Bruxelles",
  ("inv", "Bonjour Alex, nous mettons en place des assurances groupe et des EIP pour les dirigeants de filiales étrangères en Belgique, "
          "fiscalement très intéressant. Vous savez me dire quand je peux passer à vos bureaux de l'avenue Louise ? Bien à vous"),
  ("rem",))
P("sales_invitation", "fr", "Jonathan Fortin", "Directeur du développement des affaires | PayPlus Québec", "Montréal",
  ("inv", "Salut Alex! On aide les entreprises québécoises à sauver gros sur leurs frais de cartes de crédit, 27 % en moyenne. Ça te tente qu'on "
          "cédule un call de 15 minutes pour checker ton dernier relevé? C'est gratuit pis sans engagement!"))
P("sales_invitation", "fr", "Patrice Gomez", "Consultant CIR / CII | InnoFisc", "Toulouse",
  ("inv", "Bonjour, consultant en credit d'impot recherche, nous recuperons en moyenne 180 k€ par dossier pour des groupes industriels, "
          "remuneration au succes uniquement. Je serais ravi d'echanger sur vos projets R&D 2024 et 2025. Cordialement, Patrice"))
P("sales_invitation", "fr", "Valérie Dufresne", "Recrutement finance & comptabilité | Dufresne Placement", "Montréal",
  ("inv", "Bonjour Alex, notre agence a présentement 4 contrôleurs bilingues disponibles immédiatement pour vos bureaux de Montréal, "
          "honoraires de 15 % seulement. Je vous envoie les CV par courriel?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Bertrand Auclair", "Fondateur | Cercle des DAF internationaux", "Paris",
  ("inv", "Bonjour Alex, je réunis chaque trimestre une douzaine de DAF de groupes internationaux basés à Paris autour d'un petit-déjeuner, "
          "pour échanger sur nos sujets communs : change, filiales, cash. Votre expérience Belgique-Canada serait précieuse. Au plaisir !"),
  ("msg", "Merci d'avoir accepté, Alex. En toute transparence, à côté du cercle j'exerce comme conseiller en gestion de patrimoine. Beaucoup de DAF "
          "passent à côté d'optimisations simples (SCPI européennes, assurance-vie luxembourgeoise). Je vous propose un bilan patrimonial offert : mardi ou jeudi ?"),
  ("msg", "Alex, je reviens vers vous pour ce bilan patrimonial. Il me reste deux créneaux avant la fin de l'année fiscale, ce serait dommage "
          "de laisser filer la réduction d'impôt. Je vous bloque jeudi 18 h ?"))
P("bait_and_switch_invitation", "fr", "Sébastien Lambotte", "DAF | Filiale belge d'un groupe français", "Bruxelles",
  ("inv", "Bonjour Alex, je suis aussi DAF d'une filiale de groupe français, à Bruxelles. Question de confrère : comment gérez-vous le précompte "
          "professionnel de vos expats français ? On s'arrache les cheveux avec le nouveau régime."),
  ("msg", "Merci pour ta réponse, c'est rassurant de voir qu'on n'est pas les seuls 😅 Je dois t'avouer que depuis janvier j'ai rejoint Expatax : "
          "on gère la fiscalité des expats de A à Z, forfait de nonante euros par collaborateur et par mois. Je te fais une offre pour tes équipes ?"))
P("bait_and_switch_invitation", "fr", "Annie Bergeron", "Animatrice | Communauté Finance Francophone Montréal", "Montréal",
  ("inv", "Bonjour Alex! Je m'occupe d'une communauté de gestionnaires financiers francophones à Montréal : on partage des gabarits, de la veille "
          "fiscale pis des offres d'emploi. C'est gratuit, on est rendus 300 membres. Ça te tente de te joindre à nous?"),
  ("msg", "Allo Alex, merci d'avoir accepté! Faque, pour être franche, la communauté est soutenue par notre cabinet de planification financière. "
          "Pour nos membres on offre une analyse REER/CELI pis une revue de l'assurance collective de ton équipe. On se cédule un 30 minutes?"),
  ("msg", "Petit suivi Alex : j'ai encore trois plages la semaine prochaine pour les analyses. Je t'en réserve une? Ça prend juste ton dernier relevé."))
P("bait_and_switch_invitation", "fr", "Isabelle Courtois", "Experte clôture & consolidation", "Lyon",
  ("inv", "Bonjour Alex, j'ai rédigé un guide de 40 pages sur la clôture à J+5 dans les groupes multi-pays (check-lists, planning type, retours "
          "d'expérience). Je le partage gratuitement avec les DAF de mon réseau : dites-moi simplement si vous le souhaitez."),
  ("msg", "Le voici, Alex ! Et si vous souhaitez aller plus loin, notre logiciel ClosePilot automatise 80 % des étapes décrites dans le guide, "
          "avec des connecteurs pour vos filiales belges et canadiennes. Une démo de 30 minutes la semaine prochaine ?"))
P("bait_and_switch_invitation", "fr", "Fabrice Leroux", "Directeur financier de transition", "Lille",
  ("inv", "Bonjour Alex, entre DAF franco-belges on devrait etre connectés, je pense qu'on a pas mal de choses a partager sur le pilotage "
          "multi-pays. Au plaisir d'echanger"),
  ("rem",),
  ("msg", "Merci pour la connexion Alex. Je me permets de vous presenter notre offre d'externalisation de la comptabilite fournisseurs depuis Porto : "
          "-40% sur vos couts, equipes francophones, demarrage en 6 semaines. Quand seriez vous disponible pour un premier echange ?"),
  ("msg", "Alex, petite relance concernant l'externalisation. Je peux vous envoyer une etude de cas d'un groupe de votre taille ?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Mélanie Ferrand", "Chargée d'études | Observatoire des directions financières", "Paris",
  ("inm", "Enquête DAF 2025 – 10 minutes",
   "Bonjour Monsieur Morgan, nous menons une enquête auprès des directeurs financiers de groupes présents en France, en Belgique et au Canada sur "
   "la gestion du risque de change. Le questionnaire prend 10 minutes et chaque répondant reçoit la synthèse complète. Puis-je compter sur votre "
   "participation ? Bien cordialement, Mélanie Ferrand"),
  ("inm", "Résultats de l'enquête – et une proposition",
   "Bonjour Monsieur Morgan, merci encore pour vos réponses. Premier enseignement : 62 % des groupes sous-estiment leur exposition CAD/EUR. "
   "Notre desk (Ferrand Change Conseil) peut réaliser un audit de votre politique de couverture et vous obtenir des tarifs négociés sur les "
   "contrats à terme. Seriez-vous disponible pour un rendez-vous de 30 minutes ?", (6, 20)))
P("bait_and_switch_inmail", "fr", "Damien Stassart", "Trésorier | Club des trésoriers de Wallonie", "Liège",
  ("inm", "Club des trésoriers – invitation",
   "Bonjour Monsieur Morgan, le Club des trésoriers de Wallonie se réunit un jeudi par mois à Liège pour des échanges entre pairs. On m'a dit "
   "que votre groupe avait une filiale à Bruxelles : vous seriez le bienvenu à la prochaine séance, le 12. Bien à vous, Damien"),
  ("inm", "Suite à notre club",
   "Re-bonjour Alex, je représente aussi la solution de cash pooling TresoLink, que plusieurs membres du club utilisent déjà. Licence annuelle "
   "à partir de 18 000 € HTVA. Je vous envoie une proposition ?"),
  ("inm", "TresoLink – proposition",
   "Bonjour, je me permets de vous relancer avec notre proposition chiffrée en pièce jointe. Il y a moyen de faire un essai d'un mois avant signature."))
P("bait_and_switch_inmail", "fr", "Simon-Pierre Caron", "Fiscaliste | Taxes à la consommation", "Québec",
  ("inm", "Question TPS/TVQ entre collègues",
   "Bonjour Alex, petite question de fiscaliste curieux : votre filiale de Montréal facture-t-elle la TVQ sur les services refacturés par le siège "
   "parisien? On débat de ça au bureau pis j'aimerais avoir l'avis de quelqu'un qui vit ça de l'intérieur."),
  ("inm", "Suite – TPS/TVQ",
   "Merci pour ta réponse Alex! Justement, notre bureau offre un diagnostic complet des taxes à la consommation pour les filiales étrangères, "
   "4 500 $ forfaitaire, avec une récupération moyenne de 60 000 $. Je te prépare une lettre de mandat?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Karine Thibodeau", "Analyste financière | En recherche d'emploi", "Sherbrooke",
  ("end",), ("end",),
  ("msg", "Salut Alex! Je t'ai recommandé pour {skill} pis d'autres 😊 Tu serais ben fin de me valider « Modélisation financière » pis « Power BI » "
          "en retour? Je suis en recherche d'emploi pis ça paraît bien sur le profil. Merci d'avance!"))
P("endorse_me_back", "fr", "Laurence Goffin", "Conseillère fiscale | ITAA", "Mons",
  ("end",),
  ("msg", "Bonjour Alex, vous avez peut-être vu que je vous ai recommandé en {skill}. Si vous pouviez faire de même pour mes compétences en "
          "fiscalité internationale, ce serait chouette. Merci une fois !"))
P("endorse_me_back", "fr", "Guillaume Lherbier", "Directeur administratif et financier | ETI industrielle", "Nantes",
  ("end",), ("end",),
  ("msg", "Cher Alex, j'ai pris le temps de valider vos compétences en {skill}. Me permettrais-je de solliciter la réciproque pour « Négociation "
          "bancaire » et « Gestion de trésorerie » ? Avec mes remerciements anticipés, bien à vous."))
P("endorse_me_back", "fr", "Kevin Vanderschueren", "Comptable | Fan d'Excel", "Bruxelles",
  ("end",),
  ("msg", "hello alex! jtai endorsé sur {skill} hier, tu peux me renvoyer l'ascenseur sur Excel et Power Query stp? merci bcp 👍"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Romain Castagné", "Business Developer | NoteFlash – notes de frais", "Bordeaux",
  ("inv", "Bonjour Alex, NoteFlash dématérialise les notes de frais de bout en bout (OCR, TVA récupérable, export comptable). Nos clients divisent "
          "le temps de traitement par 4. Je serais ravi de vous montrer ça en 20 minutes."),
  ("rem",),
  ("inm", "Sans réponse",
   "Monsieur Morgan, je constate que vous n'avez pas daigné répondre à ma demande, ni à ma relance. Je trouve ce manque de courtoisie assez "
   "regrettable de la part d'un directeur financier, censé donner l'exemple. Bonne continuation."))
P("hostility_after_decline", "fr", "Jean-François Piron", "Consultant en organisation", "Liège",
  ("inv", "Bonjour Alex, je vois qu'on a plusieurs relations communes à Liège et à Bruxelles. Je serais content d'élargir mon réseau avec un DAF "
          "du secteur. Bien à vous"),
  ("inm", "Franchement",
   "Bon. Trois semaines sans réponse à une simple invitation. Chez nous on dit que ça ne coûte rien d'être poli, hein. Je ne vous embêterai plus, "
   "mais ce n'est vraiment pas classe.", (18, 30)))
P("hostility_after_decline", "fr", "Sylvain Gauthier-Roy", "Entrepreneur | Coach d'affaires", "Montréal",
  ("inv", DEFAULT),
  ("inm", "Wow",
   "Sérieusement? T'as ignoré mon invitation? Je voulais juste jaser, pantoute de vente. C'est du monde comme toi qui donne une mauvaise "
   "réputation aux Français à Montréal. Bonne chance avec ton ego."))
P("hostility_after_decline", "fr", "Sylvie Bourdin", "Gestion de patrimoine | Bourdin Conseil", "Paris",
  ("inv", "Bonjour Alex, conseillere en gestion de patrimoine je propose aux cadres dirigeants un bilan retraite et fiscalite gratuit. "
          "Seriez vous interesse par un rdv de 30 min ?"),
  ("inm", "Votre silence",
   "vous vous croyez ou exactement ? ignorer les gens c'est d'une impolitesse rare. pas etonnant que les DAF aient la reputation d'etre froids "
   "et arrogants. je ne vous salue pas."))
P("hostility_after_decline", "fr", "Frédérick Ouellet", "Représentant | Solutions d'impression", "Gatineau",
  ("inv", NONOTE), ("rem",),
  ("inm", "Dernier message",
   "Je vous ai relancé deux fois. Visiblement, quand on dirige les finances d'un groupe international, on n'a plus de temps pour les petits joueurs. "
   "C'est noté, pis croyez-moi, je vais m'en souvenir."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Delphine Carrasco", "Directrice commerciale | PaieExpert Externalisation", "Marseille",
  ("msg", "Bonjour Alex, j'espère que vous allez bien. Nous gérons la paie de 180 entreprises multi-établissements, y compris les salariés "
          "détachés. Auriez-vous un moment pour que je vous présente nos tarifs ?"),
  ("msg", "Alex, je me permets de relancer : notre offre de reprise d'historique gratuite se termine le 31. On cale un point ?"),
  ("msg", "Je vois que mes messages sont lus sans réponse. C'est d'une grossièreté rare. On peut ne pas être intéressé, mais la moindre des choses "
          "est de le dire. Je retire d'ailleurs mon offre."))
P("hostility_connection", "fr", "Étienne Lavoie", "Courtier en assurance collective", "Trois-Rivières",
  ("acc",),
  ("msg", "Merci d'avoir accepté Alex! Je voulais te parler de l'assurance collective de ton bureau de Montréal : j'ai un régime avec une prime "
          "18 % plus basse que la moyenne. Tu serais dispo jeudi?"),
  ("msg", "Franchement Alex, t'as pas le guts de répondre? J'ai pris le temps de monter une soumission pour ton équipe. C'est ben poche comme "
          "attitude, pis ça se sait vite dans le milieu."))
P("hostility_connection", "fr", "Joëlle Renard", "Account Manager | LeaseDrive Belgique", "Wavre",
  ("msg", "Bonjour Alex, avec la déductibilité des voitures de société qui change chaque année, c'est maintenant qu'il faut revoir votre flotte "
          "belge. Je vous fais une simulation électrique vs thermique ?"),
  ("msg", "C'est bien la dernière fois que je vous propose quelque chose. On prend le temps de préparer une simulation, et même pas un merci. "
          "Vous êtes un malpoli, Monsieur."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Anne-Sophie Ménard", "Conseillère entreprises | Mutuelle Horizon Santé", "Paris",
  ("msg", "Bonjour Alex, notre contrat collectif santé-prévoyance pour les cadres est en moyenne 12 % moins cher que ceux du marché, à garanties "
          "égales. Puis-je vous adresser une étude comparative pour votre siège ?"),
  ("msg", "Bonjour Alex, je me permets de revenir vers vous : nos conditions 2025 sont garanties jusqu'au 15 novembre. Un échange de 15 minutes "
          "suffirait."),
  ("msg", "Alex, dernière relance de ma part : je peux passer à vos bureaux de la Défense mardi ou jeudi pour vous présenter le contrat. "
          "Dites-moi ce qui vous arrange."))
P("connection_only_pitches", "fr", "Cédric Dumont", "Fleet consultant | EcoFleet Benelux", "Bruxelles",
  ("msg", "Salut Alex, ça roule ? On vient de lancer une offre de leasing de vélos électriques pour les employeurs belges, entièrement déductible "
          "via le plan cafétéria. Je te montre ça autour d'un café ?"),
  ("msg", "Re-salut ! Je passe à Bruxelles jeudi, il y a moyen de se voir dix minutes ? Je t'amène les tarifs et un vélo d'essai."))
P("connection_only_pitches", "fr", "Geneviève Côté", "Directrice | Traductions Côté – conformité Loi 96", "Montréal",
  ("msg", "Bonjour Alex, avec l'entrée en vigueur de la Loi 96, vos contrats d'adhésion et votre site doivent être disponibles en français au "
          "Québec. Notre équipe traduit et certifie le tout en 10 jours ouvrables. Je vous envoie une soumission?"),
  ("msg", "Bonjour Alex, petit rappel : les amendes de l'OQLF peuvent être salées. Nous avons des disponibilités en janvier pour votre mandat. "
          "On s'appelle?"))
P("connection_only_pitches", "fr", "Yannick Le Bihan", "Formateur Excel & Power BI", "Brest",
  ("msg", "Bonjour Alex, je propose des formations Excel avancé et Power BI en intra pour les equipes financieres, eligibles OPCO. 1200€ HT la "
          "journée pour 8 personnes. Ca vous interesserait pour vos controleurs ?"),
  ("msg", "Re bonjour, j'ai encore des dates en fevrier et mars. je peux vous envoyer le programme detaillé et un devis ?"),
  ("msg", "Alex je me permets une derniere relance, -15% si on signe avant fin janvier"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Patrick Morin", "Représentant | NordPaie", "Montréal",
  ("msg", "Salut Alex, on s'est croisés au 5 à 7 de la Chambre de commerce française. NordPaie gère maintenant la paie multi-provinces; si jamais "
          "ton fournisseur actuel te donne du fil à retordre, fais-moi signe pis je te monte une démo."))
P("single_pitch", "fr", "Margaux Tissier", "Courtière en énergie | Watt Conseil", "Lyon",
  ("msg", "Bonjour Alex, les contrats d'électricité à prix fixe signés en 2022 arrivent à échéance. Nous faisons jouer la concurrence pour vos "
          "sites industriels, sans frais pour vous (nous sommes rémunérés par le fournisseur). Voulez-vous qu'on regarde vos factures ?"))
P("single_pitch", "fr", "Aurore Wauters", "Associée | Fiduciaire Wauters", "Nivelles",
  ("msg", "Bonjour Alex, nous sommes une fiduciaire à taille humaine et nous reprenons volontiers la tenue comptable et les déclarations TVA de "
          "filiales étrangères en Belgique. Si votre prestataire actuel vous déçoit, je serais ravie de vous faire une offre."))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Nathalie Dewaele", "Réviseur d'entreprises | Associée", "Bruxelles",
  ("end",),
  ("msg", "Bonjour Alex, suite à notre discussion de la semaine passée, je vous transmets la note de l'IRE sur les nouvelles obligations de "
          "reporting de durabilité pour les filiales belges. Il y a une section sur les exemptions de groupe qui vous concerne directement. "
          "Bonne lecture et à bientôt !"))
P("connection_brings_value", "fr", "Mathieu Lachance", "CPA | Directeur, Fiscalité | Lachance & Associés", "Montréal",
  ("msg", "Salut Alex, l'Ordre offre un webinaire gratuit jeudi midi sur les nouvelles règles de restriction des dépenses d'intérêts. Ça compte "
          "pour tes heures de FPC pis c'est en français. Je t'envoie le lien si ça te tente."))
P("connection_brings_value", "fr", "Vincent Roques", "DAF | Groupe Roques Industrie", "Toulouse",
  ("msg", "Alex, comme promis au congrès, voici notre benchmark des délais de clôture 2024 : 45 groupes, données anonymisées. Vous êtes dans le "
          "premier quartile, bravo ! Si vous voulez contribuer à l'édition 2025, je vous ajoute à la liste."),
  ("msg", "PS : l'atelier de restitution a lieu le 3 avril à Toulouse, entrée libre. Vous êtes le bienvenu, avec votre contrôleur si ça l'intéresse."))
P("connection_brings_value", "fr", "Sarah Goldberg", "Trésorière | Laurentide Aéro", "Montréal",
  ("msg", "Hey Alex, sharing the deck from Thursday's treasury roundtable as promised. Slide 14 has the CAD hedging matrix we talked about, "
          "feel free to reuse it with your team. Lunch next time you're in Montreal?"), nl="en")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Chantal Boisvert", "Chasseuse de têtes | Finance & Direction générale", "Montréal",
  ("inm", "Poste de VP Finances – Montréal",
   "Bonjour M. Morgan, je vous écris au sujet d'un poste de vice-président Finances pour une firme d'ingénierie montréalaise (1 200 employés, "
   "en croissance en Europe). On cherche justement quelqu'un qui connaît la consolidation franco-canadienne. Seriez-vous ouvert à un appel "
   "confidentiel cette semaine? Chantal Boisvert"))
P("stranger_inmail_recruiter", "fr", "Quentin Delvaux", "Talent Acquisition Lead | Brasseries Delvaux-Meunier", "Bruxelles",
  ("inm", "CFO Benelux – Bruxelles",
   "Bonjour Alex, je recrute pour notre groupe brassicole un CFO Benelux basé à Bruxelles, rattaché au CEO. Voiture de société, télétravail deux "
   "jours par semaine, un vrai projet de croissance externe. Votre profil m'a tout de suite interpellé. Seriez-vous partant pour un premier échange ?"))
P("stranger_inmail_recruiter", "fr", "Émilie Chassagne", "Consultante senior | Cabinet Chassagne RH", "Lyon",
  ("inm", "DAF groupe – ETI familiale lyonnaise",
   "Bonjour Monsieur Morgan, dans le cadre d'une succession, une ETI familiale lyonnaise (CA 450 M€, filiales au Canada) recrute son futur DAF "
   "groupe. Je serais heureuse de vous présenter le poste en toute confidentialité. Bien cordialement, Émilie Chassagne"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Laurent Pichon", "Banquier privé | Banque Ducros & Cie", "Paris",
  ("inm", "Votre trésorerie d'entreprise",
   "Monsieur Morgan, vos excédents de trésorerie rapportent-ils ce qu'ils devraient ? Nos comptes à terme progressifs offrent jusqu'à 3,4 %. "
   "Je serais honoré de vous présenter nos solutions lors d'un déjeuner."),
  ("inm", "Relance – comptes à terme",
   "Monsieur, je me permets de vous relancer : notre taux bonifié est garanti jusqu'au 30 du mois. Puis-je vous appeler demain matin ?"))
P("stranger_inmail_sales", "fr", "Stéphanie Bélanger", "Ventes | AutomatiCompte", "Québec",
  ("inm", "Vos comptes fournisseurs",
   "Bonjour Alex, combien de temps ton équipe passe-t-elle à saisir des factures fournisseurs? AutomatiCompte fait ça tout seul, en français pis "
   "en anglais. Je te montre ça en 15 minutes mardi?"))
P("stranger_inmail_sales", "fr", "Frédéric Lejeune", "Directeur | Lejeune Recouvrement", "Charleroi",
  ("inm", "Vos créances impayées",
   "Bonjour, nous recouvrons les factures impayées de vos clients belges et français, à l'amiable et en justice, avec une commission uniquement "
   "sur les montants récupérés. Je vous envoie nos conditions ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Claire-Marie Dutertre", "Experte CSRD | Associée, Dutertre Durable", "Paris",
  ("inv", "Bonjour Alex, j'anime le 20 février un webinaire gratuit sur la double matérialité pour les groupes qui consolident des filiales "
          "hors UE (cas canadien inclus). Je serais ravie que vous y participiez, vos questions seront les bienvenues."),
  ("msg", "Merci d'avoir participé, Alex ! Voici le support et l'enregistrement. J'ai ajouté en annexe la matrice de matérialité type dont vous "
          "parliez pendant les questions."),
  ("msg", "Bonjour Alex, suite au webinaire, je voulais vous parler de notre plateforme de reporting CSRD : licence à 24 k€ par an, déploiement "
          "en 8 semaines. Quand pourrions-nous organiser une démonstration avec votre équipe ?"))
P("good_turns_ugly", "fr", "Josée Poirier", "Contrôleuse de gestion | Manufacturier", "Drummondville",
  ("inv", "Bonjour Alex! On vit la même affaire que toi : un siège en France pis une filiale au Québec. J'aimerais savoir comment tu gères l'écart "
          "de calendrier de clôture entre les deux. Tu aurais 15 minutes pour jaser?"),
  ("msg", "Merci pour l'appel de mardi Alex, super éclairant! Comme promis je t'envoie notre calendrier de clôture annoté, prends ce qui peut "
          "t'être utile."),
  ("end",),
  ("msg", "Salut Alex! Je t'ai validé pour {skill}, c'était mérité 😉 Petite faveur en retour : tu pourrais me recommander pour « Clôture "
          "mensuelle » pis « Consolidation »? Je postule pour un poste de contrôleuse corporative."))
P("good_turns_ugly", "fr", "Marie-Pierre Hennuy", "Experte TVA | Conseil indirect", "Liège",
  ("inv", "Bonjour Alex, nous montons un petit groupe de travail entre entreprises franco-belges sur la TVA transfrontalière (autoliquidation, "
          "unité TVA). On met nos cas en commun, rien à payer. Ça vous intéresserait d'en être ?"),
  ("msg", "Bonjour Alex, comme promis voici le compte rendu de notre première réunion, avec le tableau des cas d'autoliquidation. Très utile "
          "d'avoir eu votre regard !"),
  ("msg", "Alex, je profite de nos échanges pour vous dire que notre cabinet propose un audit TVA complet des flux intra-groupe, à 6 500 € HTVA. "
          "Au vu de vos cas, je pense que ça vaudrait la peine. On en parle ?"),
  ("msg", "Je reviens vers vous pour l'audit TVA : nous avons une disponibilité en mars. Je vous envoie la lettre de mission ?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Benoît Jacquemart", "Conseiller en investissements | Patrimoine & Pierre", "Namur",
  ("inm", "Placements immobiliers en Belgique",
   "Bonjour Monsieur Morgan, je propose aux dirigeants des investissements en immobilier résidentiel à Namur et à Liège, rendement net de 5,2 %, "
   "gestion clé en main. Je vous envoie notre brochure ?"),
  ("inv", "Bonjour Alex, j'ai lu votre intervention sur le financement des ETI, très juste. Au plaisir d'échanger à l'occasion."))
P("reinvite_known_bad", "fr", "Julien Brossard", "Responsable grands comptes", "Paris",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous nous sommes croisés au congrès de la DFCG à Deauville, j'aimerais rester en contact. Bonne journée !"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Thomas Jouanneau", "Consultant en recrutement | Jouanneau Executive", "Paris",
  ("inv", "Alex, notre cabinet place des DAF de transition en moins de 10 jours. Si vous avez un besoin ponctuel, je vous envoie nos profils "
          "disponibles."),
  ("inm", "Pas de réponse ?",
   "Vous auriez pu au moins avoir la politesse de refuser. Votre attitude en dit long sur votre management, et je ne manquerai pas d'en parler "
   "autour de moi."),
  ("inv", "Bonjour Alex, nouvelle année, nouvelle page : je serais heureux qu'on soit connectés. Belle journée."))
P("reinvite_known_ugly", "fr", "Mélissa Bouchard", "Organisatrice | Rendez-vous des leaders financiers", "Montréal",
  ("inm", "Invitation – souper des leaders financiers",
   "Bonjour Alex, on organise un souper-causerie entre directeurs financiers d'entreprises françaises à Montréal le 21 novembre. Formule "
   "conviviale, une douzaine de convives. On serait ben contents de t'avoir à notre table!"),
  ("inm", "Souper – confirmation",
   "Super que ça te tente! Pour confirmer ta place, le forfait partenaire est de 1 250 $ : il inclut le souper, ton logo sur la présentation pis "
   "10 minutes pour présenter ton entreprise aux autres invités. Je t'envoie la facture?"),
  ("inv", "Allo Alex, ça fait un bout! J'aimerais t'ajouter à mon réseau, au plaisir de se croiser."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Louis-Philippe Giroux", "Courtier immobilier commercial | Giroux Immobilier", "Montréal",
  ("acc",),
  ("msg", "Merci d'avoir accepté, Alex. En passant, le bail de vos bureaux au centre-ville arrive à échéance en 2025, non? On représente les "
          "locataires gratuitement (c'est le propriétaire qui paie la commission). Je peux vous préparer une analyse du marché."))
P("user_invited_pitch_once", "fr", "Pauline Marescaux", "Cheffe de projet événementiel | Séminaires Azur", "Lille",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex ! Je vois que vos équipes sont réparties entre Paris, Bruxelles et Montréal : nous organisons des séminaires "
          "de cohésion clés en main à Lille, à mi-chemin. Je vous envoie notre catalogue 2025 et une proposition tarifaire ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Xavier Mahieu", "Sales Manager | PayBridge Belgium", "Bruxelles",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation ! Puisque vous avez des flux entre l'euro et le dollar canadien, notre plateforme de paiements "
          "internationaux vous ferait gagner 0,6 % par virement. On planifie un call ?"),
  ("msg", "Bonjour Alex, pas de nouvelles ? J'ai préparé une simulation sur 2 M€ de flux annuels : 12 000 € d'économie. Je vous l'envoie ?"))
P("user_invited_pitch_twice", "fr", "Laure-Anne Fourcade", "Associée | Fourcade Transformation Finance", "Paris",
  ("acc",),
  ("msg", "Merci d'avoir pensé à moi, Alex. Je profite de l'occasion : notre cabinet accompagne les directions financières dans la refonte de leur "
          "modèle cible (business partnering, centres de services partagés). Je serais ravie de vous présenter nos références."),
  ("msg", "Alex, je me permets de revenir vers vous avec une proposition : diagnostic de votre fonction finance en 4 semaines, 38 000 € HT. "
          "Seriez-vous disponible pour en parler cette semaine ?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Philippe Desmarais", "CPA | Conseiller technique IFRS", "Montréal",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex! Comme on en a parlé au colloque, je t'envoie notre gabarit de rapprochement IFRS / NCECF avec les notes "
          "explicatives. Prends-le pis adapte-le comme tu veux, c'est fait pour circuler."))
P("user_invited_value", "fr", "Agathe Ferrier", "Directrice financière | Groupe Vernaud", "Paris",
  ("acc",),
  ("msg", "Merci d'avoir repris contact, Alex ! Je pense à quelqu'un pour ton poste de contrôleur à Bruxelles : Claire Delattre, qui a travaillé "
          "trois ans avec moi sur la conso. Excellente, bilingue, et elle veut s'installer en Belgique. Je vous mets en relation ?"))
P("user_invited_value", "fr", "Véronique Collignon", "Chargée de cours | Louvain School of Management", "Louvain-la-Neuve",
  ("acc",),
  ("msg", "Merci pour l'ajout ! Comme évoqué, je serais ravie que vous veniez témoigner dans mon cours de contrôle de gestion en mars (1h30, sur "
          "le pilotage d'une filiale belge dans un groupe français). Les étudiants adorent les retours de terrain, et plusieurs cherchent un stage."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Hélène Brault", "Directrice, Audit interne | Caisse régionale", "Québec", ("acc",))
P("acceptance_only", "fr", "Nicolas Baert", "Head of Tax | Groupe Lambiotte", "Bruxelles", ("acc",))
P("lone_endorsement", "fr", "Corinne Lambert", "Contrôleuse de gestion | Example Industries", "Paris", ("end",))
P("lone_endorsement", "fr", "Luc Bissonnette", "Comptable principal | Example Industries Canada", "Montréal", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Aurélien Stevens", "a.stevens@example.net", "Le post de Jacques",
     "Salut Alex,\n\ntu as vu le post LinkedIn de Jacques sur l'ouverture du bureau de Montréal ? Il y a déjà trente commentaires.\n\nÀ tantôt à la réunion,\nAurélien", "fr"),
    ("DFCG", "contact@dfcg-adherents.example", "Rencontres régionales : rejoignez notre groupe LinkedIn",
     "Chers adhérents,\n\nle programme des rencontres régionales est en ligne. Rejoignez notre groupe LinkedIn pour suivre les annonces et les comptes rendus.", "fr"),
    ("Ressources humaines Montréal", "rh-montreal@example.net", "Mise à jour de votre titre sur LinkedIn",
     "Bonjour à tous,\n\nsuite à la réorganisation, merci de mettre à jour votre titre sur LinkedIn d'ici vendredi. Le gabarit est sur l'intranet.\n\nL'équipe RH", "fr"),
    ("Cabinet Morel & Associés", "p.morel@morel-executive.example", "Suite à notre échange sur LinkedIn",
     "Monsieur,\n\nsuite à notre bref échange sur LinkedIn, je vous confirme l'intérêt de mon client pour votre profil. Seriez-vous disponible mardi pour un appel ?\n\nPierre Morel", "fr"),
    ("Isabelle Marchal", "isabelle.marchal@example.net", "TR: Je souhaite rejoindre votre réseau",
     "Alex, tu connais ce monsieur ? Il m'a aussi invitée sur LinkedIn.\n\n-------- Message transféré --------\nDe : Hugo Vasseur via LinkedIn <invitations@linkedin.com>\nObjet : Je souhaite rejoindre votre réseau\n\nBonjour Isabelle, je vous propose une solution de recouvrement...", "fr"),
    ("Service informatique", "support-it@example.net", "Attention aux fausses invitations LinkedIn",
     "Bonjour,\n\nnous constatons une hausse des fausses invitations LinkedIn (liens vers linkedln.com et autres). Ne vous connectez jamais via ces liens et transférez-les à securite@example.net.", "fr"),
    ("Eventbrite", "noreply@eventbrite.example", "Votre billet : LinkedIn Local Montréal",
     "Bonjour Alex,\n\nvotre billet pour LinkedIn Local Montréal (jeudi 18 h, Vieux-Port) est joint. Présentez-le à l'entrée.", "fr"),
    ("Fnac", "commandes@fnac.example", "Votre commande « LinkedIn pour les Nuls » a été expédiée",
     "Bonjour,\n\nvotre colis est en route et sera livré jeudi.", "fr"),
    ("Marc-André Fréchette", "ma.frechette@soumissions-pro.example", "On s'est connectés sur LinkedIn",
     "Bonjour Alex,\n\non s'est connectés sur LinkedIn il y a quelques semaines. Je fais un suivi par courriel : on aide les entreprises à automatiser leurs comptes payables. 15 minutes la semaine prochaine?\n\nMarc-André", "fr"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))

HEADER = [f"# mailbot forty-second development corpus (dev42). Generated by scripts/make_corpus_dev42.py (seed {SEED}); do not edit by hand.",
          "# A French-speaking inbox: Alex as group finance director in Paris with Brussels and Montréal offices, all LinkedIn wording French; "
          "France, Belgian and Québécois French, a few English notes, typos and missing accents. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev42", SEED, PEOPLE, FOREIGN, spoofs=12, other=10, header=HEADER)
