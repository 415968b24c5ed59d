#!/usr/bin/env python3
"""Write mailbot's seventy-seventh, independent development corpus: tests/corpus/dev77/*.eml + expected.toml.

The angle: the user Alex is co-founder of Kanopay, a B2B cash-flow and payments fintech for
small firms, based in Lyon with a team in Geneva. Their LinkedIn world: seed funds and business
angels (some want the deck, some want a fee to let you pitch), incubators and accelerators (free
public programmes against paid ones), SaaS vendors (KYC, BaaS, CRM, cap tables, payroll),
growth-hacking agencies and lead-gen shops, freelancers selling days, other founders swapping
tips on licences, BSPCE and banks, journalists (and advertorial sold as journalism), job
applicants and candidates, coaches and wealth managers who smell a funding round. Most of it is
French startup speech full of English loanwords ("un call", "le deck", "scaler", "on se cale un
slot"), tutoiement and vouvoiement mixed, with English from investors and vendors, and a Zurich
scout writing German.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, and the pitches that spoofs carry
are swapped for this world in this process only (make_corpus.py itself is not changed). Every
note was written from shared/taxonomy.md alone, without reading mailbot's signals, judge or
wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev77.py              # writes tests/corpus/dev77
    python scripts/make_corpus_dev77.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260777

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ a fintech founder's world (this process only)
SKILLS = {
    "en": ["Fintech", "Fundraising", "Start-ups", "Payments", "Product Strategy", "Go-to-Market Strategy"],
    "fr": ["Fintech", "Levée de fonds", "Entrepreneuriat", "Paiements", "Stratégie produit", "Gestion de trésorerie"],
    "de": ["Fintech", "Kapitalbeschaffung", "Start-ups", "Zahlungsverkehr"],
    "es": ["Fintech", "Captación de fondos", "Emprendimiento", "Pagos"],
    "it": ["Fintech", "Raccolta di capitali", "Imprenditorialità", "Pagamenti"],
}
RHEADLINE = {
    "en": "Co-founder & CEO at Kanopay | Cash-flow and B2B payments for SMEs | Lyon · Geneva",
    "fr": "Cofondateur·rice & CEO chez Kanopay | Trésorerie et paiements B2B pour PME | Lyon · Genève",
    "de": "Mitgründer:in & CEO bei Kanopay | Liquidität und B2B-Zahlungen für KMU | Lyon · Genf",
    "es": "Cofundador/a y CEO en Kanopay | Tesorería y pagos B2B para pymes | Lyon · Ginebra",
    "it": "Co-founder e CEO presso Kanopay | Tesoreria e pagamenti B2B per PMI | Lione · Ginevra",
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.LANGS[:] = ["fr", "en", "fr", "en", "fr"]  # spoofs and other LinkedIn mail: French and English wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:linkedin-mail.co", "nodkim",
                       "untrusted:mx.example.org", "buried", "wrongpass", "noauth", "lookalike:xn--linkedn-dza.com"]
mc.CITY["fr"] = ["Lyon", "Genève", "Paris", "Lausanne", "Grenoble", "Annecy"]
mc.CITY["en"] = ["London", "Geneva", "Zurich", "Berlin", "Amsterdam", "Dublin"]
mc.JOBS[:] = [("Head of Sales B2B (H/F)", "Trezio"), ("Responsable conformité LCB-FT", "Néovia Paiements"),
              ("Senior Backend Engineer – Payments", "Alpstack SA"), ("Product Manager Fintech", "Cashlane"),
              ("Compliance Officer (80-100 %)", "Banque Lémanique")]
mc.COMPANIES["good"] = ["Kanopay", "Saône Ventures", "Alpine Seed", "Incubateur Confluence", "Geneva Fintech Hub", "Cashlane", "Factoly",
                        "Trezio"]
mc.COMPANIES["sales"] = ["ScaleRocket", "LeadPilot", "VeriLynx", "CapLedger", "Openvault", "GrowthMachine Studio", "DeckDoctor",
                         "StaffNest"]
mc.HEADLINES["good"] = ["Co-founder & CTO at {co}", "Investment Associate | {co}", "Program Manager at {co}", "Founder @ {co} | fintech",
                        "Head of Product, {co}", "Business Angel | ex-founder"]
mc.HEADLINES["sales"] = ["Growth Lead @ {co}", "Account Executive | {co}", "Founder & CEO at {co} | on scale votre acquisition",
                         "Business Developer chez {co}", "Partnerships Manager at {co}"]
_OTHER = {
    "en": dict(job=("{n} new jobs for \"head of sales fintech\"", "Your job alert for head of sales fintech in {city}"),
               news="Is the European fintech funding winter finally over?", group="Top conversations in Fintech Founders Europe",
               newsletter="The Seed Memo: what investors asked founders this quarter"),
    "fr": dict(job=("{n} nouvelles offres pour « head of sales fintech »", "Votre alerte emploi pour head of sales fintech à {city}"),
               news="Levées de fonds : les fintechs françaises repartent-elles ?", group="Top conversations dans French Tech Lyon",
               newsletter="La lettre du cash : relancer ses clients sans les perdre"),
}
for _l, _o in _OTHER.items():
    mc.OTHER[_l]["job"] = (_o["job"][0], _o["job"][1], mc.OTHER[_l]["job"][2])
    mc.OTHER[_l]["news"] = (_o["news"], mc.OTHER[_l]["news"][1])
    mc.OTHER[_l]["group"] = (_o["group"], mc.OTHER[_l]["group"][1])
    mc.OTHER[_l]["newsletter"] = (_o["newsletter"], mc.OTHER[_l]["newsletter"][1])
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Term sheet", "Your Demo Day slot", "Quick one", "Investor update"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Term sheet", "Votre place au Demo Day", "Petite question", "Dossier de financement"]
# what the spoofs carry: phishing dressed up as a founder's good news
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the signed term sheet for Kanopay with you via LinkedIn Secure Docs. Please sign in to countersign before Friday.",
           "Congratulations {first}! Kanopay has been shortlisted for our Demo Day. Confirm your slot and settle the €95 file fee here."],
    "fr": ["Bonjour {first}, je vous ai partagé la term sheet signée par notre comité. Connectez-vous pour la contresigner avant vendredi.",
           "Félicitations {first}, Kanopay est présélectionnée pour le Demo Day ! Confirmez votre place et réglez les frais de dossier (95 €) ici."],
    "de": ["Hallo {first}, ich habe Ihnen das Term Sheet über LinkedIn Secure Docs freigegeben. Bitte melden Sie sich zur Gegenzeichnung an."],
    "es": ["Hola {first}, te he compartido la term sheet firmada. Inicia sesión para contrafirmarla antes del viernes."],
    "it": ["Ciao {first}, ti ho condiviso la term sheet firmata. Accedi per controfirmarla entro venerdì."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Camille Roussel", "Chargée d'affaires Innovation | Bpifrance, Direction régionale de Lyon", "Lyon",
  ("inv", "Bonjour Alex, je suis chargée d'affaires innovation à Lyon. Vu votre dossier d'incubation, la Bourse French Tech pourrait coller à votre "
          "stade (subvention, pas de dilution). Je peux vous expliquer le montage en 20 min, c'est gratuit et sans engagement."),
  ("rem",))
P("good_invitation", "en", "Rahul Menon", "Partner at Northlight Ventures | pre-seed & seed B2B fintech", "London",
  ("inv", "Hi Alex, Kanopay came up in two founder calls this month. We lead pre-seed/seed rounds in B2B fintech (€0.5-2M). If you're not raising yet, "
          "fine by me, I'd still like to follow along. Send the deck whenever it's ready."))
P("good_invitation", "fr", "Inès Haddad", "Développeuse back-end Python | APIs de paiement | ouverte aux opportunités", "Genève",
  ("inv", "Bonjour Alex, j'ai postulé hier à votre offre de dev back-end à Genève (via Welcome to the Jungle). 4 ans sur des APIs de paiement, SEPA Inst et "
          "PSD2. Je me permets de vous ajouter pour que mon nom vous dise quelque chose au moment du tri 🙂"),
  ("rem",))
P("good_invitation", "fr", "Théo Marchal", "Cofondateur @ Factoly | affacturage pour TPE", "Lyon",
  ("inv", "Salut Alex, je suis cofondateur de Factoly, on est passés par le même incubateur que vous. On galère sur le dossier d'agrément ACPR et j'ai vu que "
          "vous l'aviez décroché : t'aurais 20 min pour un call ? Je te renvoie l'ascenseur quand tu veux."),
  ("rem",))
P("good_invitation", "fr", "Solène Bertrand", "Journaliste éco | Le Journal des Entreprises Auvergne-Rhône-Alpes", "Lyon",
  ("inv", "Bonjour Alex, je prépare un dossier sur les fintechs lyonnaises qui ouvrent une équipe à Genève, et surtout pourquoi. Votre témoignage m'aiderait : "
          "10 min au téléphone, citations relues avant parution. Un créneau cette semaine ?"))
P("good_invitation", "fr", "Lukas Brunner", "Program Lead | Geneva Fintech Hub", "Genève",
  ("inv", "Hi Alex, I run the Geneva Fintech Hub spring cohort: free, no equity, 10 weeks, with FINMA sandbox office hours and two mentor sessions a week. "
          "Applications close on the 30th and Kanopay looks like a good fit given your team here. Happy to answer questions."),
  ("rem",), nl="en")
P("good_invitation", "en", "Sophie Keller", "Business Angel | SICTIC member | ex-UBS", "Zurich",
  ("inv", "Hello Alex, Marc Dubois from your board suggested I get in touch. I'm an angel in Swiss and French fintech, usually 25-50k tickets. Even if the "
          "timing isn't right for a round, glad to be a sounding board on the Swiss side of things."))


# =============================================================== default_invitation
P("default_invitation", "fr", "Kevin Lambert", "Growth Marketer | SEO · SEA · Automation", "Villeurbanne", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Aaron Whitlock", "Founder | Building something new in payments", "Dublin", ("inv", NONOTE))
P("default_invitation", "fr", "Sandrine Morel", "Consultante financement de l'innovation | CIR · CII · JEI", "Grenoble", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Maxime Bertin", "Fondateur @ ScaleRocket | Growth B2B pour startups", "Paris",
  ("inv", "Hello Alex ! On aide les fintechs B2B à scaler leur acquisition : séquences LinkedIn + cold email, 30 RDV qualifiés/mois garantis. "
          "On se cale un slot de 15 min cette semaine que je te montre le playbook ?"))
P("sales_invitation", "en", "Olivia Brandt", "Account Executive, Fintech | VeriLynx", "Amsterdam",
  ("inv", "Hi Alex, congrats on the licence! Most payment startups we meet burn 2-3 FTEs on manual KYC reviews. VeriLynx automates onboarding checks "
          "at €0.40 per verification. Worth a 20-min demo next week?"),
  ("rem",))
P("sales_invitation", "fr", "Julie Renaud", "Directrice | Angels Pitch Night Lyon", "Lyon",
  ("inv", "Bonjour Alex, le 12 juin on réunit 40 business angels pour une soirée pitch. 8 startups sélectionnées, frais de participation 690 € HT "
          "coaching inclus. Il reste 2 places, je vous envoie le formulaire ?"))
P("sales_invitation", "fr", "Romain Aubry", "Développeur freelance React / Node | 7 ans d'XP dont 3 en fintech", "Lyon",
  ("inv", "Salut Alex, dev freelance React/Node, dispo dès le mois prochain. TJM 600 €, full remote ou sur Lyon. Si vous avez du besoin côté front chez "
          "Kanopay je t'envoie mon profil Malt ?"))
P("sales_invitation", "en", "Daniel Osei", "Admissions Lead | LaunchYard Fintech Accelerator", "Paris",
  ("inv", "Alex, our 12-week fintech accelerator in Paris has 3 spots left for the autumn batch. Programme fee €8,500, no equity, investor demo day "
          "included. Shall I send the brochure and book you a call with admissions?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Antoine Vasseur", "Fondateur | Lyon Fintech Founders", "Lyon",
  ("inv", "Salut Alex ! Je monte un petit groupe de founders fintech lyonnais pour s'échanger les bons plans : banques, ACPR, recrutement. Zéro pitch, "
          "que de l'entraide entre nous. Tu nous rejoins ?"),
  ("msg", "Top de t'avoir dans le réseau ! Petite précision : l'accès au groupe passe maintenant par l'abonnement Founders+ à 149 €/mois (dîners "
          "mensuels, deals partenaires, annuaire des investisseurs). Je t'envoie le lien de paiement ?", (2, 9)))
P("bait_and_switch_invitation", "en", "Gregory Hale", "Fractional CFO for VC-backed start-ups", "London",
  ("inv", "Hi Alex, I put together a Series A financial model template that a dozen founders in my network used for their raise. Happy to pass it on "
          "to you, no strings attached."),
  ("msg", "Thanks for connecting, Alex. Before I send the template over: founders tend to get far more out of it when we build the model together. "
          "My fractional CFO package starts at £3,200 a month for two days a week. Could we book 30 minutes to scope it?", (2, 6)))
P("bait_and_switch_invitation", "fr", "Laurent Chabert", "Associé | Chabert Patrimoine – family office des dirigeants", "Lyon",
  ("inv", "Bonjour Alex, entre entrepreneurs de la tech lyonnaise, je serais ravi d'élargir nos réseaux. J'organise aussi des dîners entre fondateurs, "
          "sans ordre du jour, juste pour échanger."),
  ("msg", "Merci pour la connexion. Avec votre levée récente, la question de la holding, de l'apport-cession et du pacte Dutreil va vite se poser. "
          "Je vous propose un bilan patrimonial de 45 min, offert, qui débouche le plus souvent sur un mandat de gestion. Mardi ou jeudi ?"),
  ("msg", "Je me permets de relancer : les souscriptions à nos FCPI ferment le 31/12, c'est le bon moment pour réduire votre IR. Un créneau rapide "
          "cette semaine ?", (8, 20)))
P("bait_and_switch_invitation", "en", "Chloe Fairbanks", "Host, The Messy Middle podcast | European fintech founders", "Berlin",
  ("inv", "Hey Alex! I host a small podcast where European fintech founders talk about the messy middle of scaling. Would love you as a guest: "
          "30 min, recorded remotely, whenever suits."),
  ("msg", "Amazing, thanks for accepting! Quick heads-up on logistics: guest episodes are part of our Featured Founder package (€1,200), which covers "
          "editing, promo clips and a LinkedIn campaign. Should I send the invoice to you or to your marketing team?", (3, 12)))
P("bait_and_switch_invitation", "fr", "Yannick Dufresne", "Ancien directeur d'agence bancaire | mentor de jeunes dirigeants", "Bourg-en-Bresse",
  ("inv", "Bonjour Alex, j'accompagne bénévolement des jeunes fondateurs sur la relation bancaire, j'ai passé 25 ans de l'autre côté du bureau. "
          "Si un conseil peut vous servir pour votre prochain prêt d'amorçage, n'hésitez pas."),
  ("msg", "Ravi d'être en contact. Pour aller au-delà de quelques conseils, je propose désormais un accompagnement structuré de votre dossier "
          "bancaire : 2 400 € HT au forfait, ou 3 % des fonds obtenus. On en parle au téléphone ?", (5, 18)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Élise Fournier", "Analyste | Observatoire des fintechs régionales", "Clermont-Ferrand",
  ("inm", "Enquête écosystème fintech AURA", "Bonjour Alex, je réalise une étude sur l'écosystème fintech en Auvergne-Rhône-Alpes (financement, recrutement, "
          "régulation). Accepteriez-vous de répondre à 5 questions ? Les résultats seront partagés gratuitement avec tous les participants."),
  ("inm", "Suite à l'enquête", "Merci pour vos réponses ! Au vu de votre situation (série A prévue l'an prochain), je me permets : notre cabinet "
          "accompagne justement les fintechs dans leur levée, retainer de 4 000 €/mois + success fee de 4 %. Un call de 30 min pour voir si on "
          "peut bosser ensemble ?", (4, 12)))
P("bait_and_switch_inmail", "en", "Ethan Clarke", "Community Lead | B2B Founders Roundtable", "Manchester",
  ("inm", "Seat at Thursday's founders roundtable", "Hi Alex, every month we run an online roundtable for B2B SaaS and fintech founders. No sponsors, "
          "no vendors, just ten founders comparing notes on pricing and churn. Next one is Thursday, want a seat?"),
  ("inm", "Before Thursday", "Great to have you in! One thing before Thursday: the roundtable stays free because most members run a RevOps sprint with "
          "us afterwards (€6k, four weeks, we rebuild your pipeline). I've pencilled you in for a scoping call on Monday, does 10am work?", (2, 6)))
P("bait_and_switch_inmail", "en", "Stefan Huber", "Startup Scout | Zürcher Family Office", "Zürich",
  ("inm", "Expansion Schweiz?", "Hallo Alex, ich bin Scout für ein Zürcher Family Office und schaue mir gerade Fintechs an, die in die Schweiz expandieren. "
          "Hätten Sie Lust auf einen unverbindlichen Austausch? Mich interessiert, wie Sie den Genfer Markt einschätzen."),
  ("inm", "Nächster Schritt", "Danke für das Gespräch! Wie angekündigt ein konkreter Vorschlag: Für die Vorstellung bei unserem Investorennetzwerk "
          "berechnen wir eine Pauschale von CHF 5'000 für die Aufbereitung Ihres Dossiers, plus 3 % Erfolgsprovision. Soll ich Ihnen das Mandat schicken?",
   (6, 15)),
  nl="de")


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Mehdi Benaissa", "Freelance Growth & No-code | Webflow · Make · Clay", "Lyon",
  ("end",), ("end",),
  ("msg", "Hello Alex ! Je t'ai recommandé pour {skill}, franchement mérité vu ce que vous faites avec Kanopay 🔥 Si t'as 2 sec tu pourrais me valider "
          "Growth Hacking et Webflow ? Ça m'aide pas mal pour décrocher des missions. Merci !!"))
P("endorse_me_back", "en", "Tasha Grant", "Fractional CMO for B2B start-ups", "London",
  ("end",),
  ("msg", "Hi Alex, I just endorsed you for {skill}, always glad to back founders I admire. Would you mind endorsing me for Go-to-Market Strategy and "
          "Demand Generation in return? Clients look at those before they sign. Thanks a ton!"))
P("endorse_me_back", "fr", "Pauline Garnier", "Coach de dirigeants | ex-DRH de scale-up", "Annecy",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, j'ai pris le temps de valider vos compétences en {skill} et en management. Petite demande en retour : une validation de ma "
          "compétence « Coaching de dirigeants » me serait précieuse. Merci infiniment et belle journée."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Jérémy Castel", "CEO @ LeadPilot | x3 sur vos leads B2B", "Paris",
  ("inv", "Yo Alex, on a aidé 3 fintechs à multiplier leurs leads par 3 en 90 jours. Dispo pour un call rapide ?"),
  ("rem",),
  ("inm", "Toujours rien ?", "Franchement Alex, trois semaines sans réponse… Pour un CEO qui poste sur la culture du feedback, c'est l'hôpital qui se "
          "moque de la charité. Pas étonnant que votre croissance plafonne. Bonne continuation."))
P("hostility_after_decline", "fr", "Yasmine Belkacem", "Product Owner | en recherche active", "Lyon",
  ("inv", "Bonjour Alex, je suis très motivée pour rejoindre Kanopay comme Product Owner. Puis-je vous envoyer ma candidature directement ?"),
  ("inm", "Ma candidature", "Bonjour, j'ai bien compris, pas de réponse. Vous publiez des posts sur l'expérience candidat mais vous n'êtes même pas "
          "fichu de répondre à une candidate. C'est méprisant, et ça en dit long sur votre boîte."))
P("hostility_after_decline", "en", "Bradley Kerr", "Founder @ DeckDoctor | decks that raised €200M+", "Amsterdam",
  ("inv", "Alex, your deck might be what's standing between you and your Series A. I've built decks that raised €200M+. Let me show you what I'd change."),
  ("inm", "wow", "Ignored. Nice. Guess that's why you're still pre-Series A. Founders who can't take outside input don't last long. Good luck, "
          "you'll need it."))
P("hostility_after_decline", "en", "Nicolas Ferreira", "Cofondateur @ Freelo | la néobanque des freelances", "Paris",
  ("inv", "Hello Alex, founder d'une néobanque pour freelances ici. On pourrait s'échanger nos retours sur les PSP et les partenaires bancaires ?"),
  ("rem",),
  ("inm", "Sérieux ?", "Bon, je vois que monsieur est trop occupé pour répondre à un autre fondateur. On était au même demo day l'an dernier, mais "
          "visiblement la levée t'est montée à la tête. Dommage, l'écosystème est petit."),
  nl="fr")


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Benjamin Roche", "Sales @ LeadPilot | prospection LinkedIn automatisée", "Paris",
  ("msg", "Hello Alex, je reviens vers toi : notre outil de prospection LinkedIn automatisée est à -40 % pour les startups ce mois-ci. Je t'active un essai ?"),
  ("msg", "Alex, deux messages, zéro réponse. Je pensais que dans l'écosystème on se serrait les coudes, visiblement pas. C'est assez minable comme "
          "attitude, je m'en souviendrai."))
P("hostility_connection", "en", "Lauren Pike", "Senior Partnerships Manager | Openvault BaaS", "London",
  ("acc",),
  ("msg", "Thanks for connecting after Money20/20, Alex! As promised: Openvault can get your card programme live in 8 weeks on our BaaS stack. "
          "Could we set up a technical call with your CTO in Geneva?"),
  ("msg", "Honestly, I don't get it. YOU added me, I put together a tailored proposal, and then nothing. That's not how you build a reputation in "
          "this industry, Alex."))
P("hostility_connection", "fr", "Olivier Tessier", "Consultant CIR / JEI | rémunération au succès", "Lyon",
  ("msg", "Bonjour Alex, votre statut JEI est-il sécurisé ? Nous récupérons en moyenne 80 k€ de CIR pour des fintechs de votre taille, rémunération "
          "au succès uniquement. On en parle ?"),
  ("msg", "Je me permets de vous relancer, la date limite de dépôt approche."),
  ("msg", "Je constate que vous préférez laisser de l'argent sur la table. Libre à vous, mais ne venez pas pleurer au prochain contrôle fiscal. "
          "Les startups qui méprisent les conseils finissent rarement bien."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Clément Rivaud", "Head of Sales | Pipeflow CRM", "Lyon",
  ("msg", "Salut Alex, vu que vous recrutez des sales à Genève, vous êtes équipés côté CRM ? On branche HubSpot ou Pipedrive avec du scoring IA, "
          "onboarding en 48 h. Une démo ?"),
  ("msg", "Hello, je te partage notre étude de cas avec une néobanque suisse : +27 % de closing en 6 mois. 20 min jeudi ou vendredi ?"))
P("connection_only_pitches", "en", "Rebecca Sandoval", "Head of Partnerships | StaffNest EOR & payroll", "Dublin",
  ("msg", "Hi Alex, hiring across France and Switzerland? StaffNest lets you employ your Geneva people without a Swiss entity, from €499 per employee "
          "per month."),
  ("msg", "Quick follow-up: this quarter we're giving start-ups 3 months free on contractor management. Want me to open your account?"),
  ("msg", "Last nudge from me. Happy to run a payroll cost comparison for your Geneva team if you can spare 15 minutes."))
P("connection_only_pitches", "fr", "Hugo Delmas", "Fondateur | GrowthMachine Studio", "Lyon",
  ("msg", "Alex, j'ai regardé votre funnel d'inscription : 3 frictions qui vous coûtent à vue de nez 30 % de conversions. Je t'envoie l'audit "
          "complet si on se cale un call de 20 min ?"),
  ("msg", "On lance notre Growth Sprint : 6 semaines, 4 900 € HT, 2 places en septembre. Ça te tente ?"))
P("connection_only_pitches", "fr", "Viktor Petrov", "Nearshore engineering for fintechs | Sofia · Lyon", "Sofia",
  ("msg", "Hi Alex, scaling the tech team? Our senior fintech developers in Sofia are €38/hour and can start within two weeks."),
  ("msg", "Hi again Alex, did you get a chance to look at the three profiles I sent? I can jump on a call whenever suits."),
  nl="en")


# =============================================================== single_pitch
P("single_pitch", "fr", "Aurélie Vidal", "Rédactrice en chef | StartupMag Lyon", "Lyon",
  ("msg", "Bonjour Alex, on prépare un numéro spécial « 30 fintechs à suivre ». Kanopay y a toute sa place : portrait de 2 pages + interview vidéo, "
          "pour un forfait partenaire de 1 450 € HT. Je vous envoie le bon de commande ?"))
P("single_pitch", "en", "Tom Becker", "Insurance broker for tech start-ups | D&O · Cyber", "Berlin",
  ("msg", "Alex, now that you've raised, your investors will expect D&O and cyber cover before the next board. We place both for seed-stage fintechs "
          "in under a week. Shall I get you a quote?"))
P("single_pitch", "fr", "Sarah Lemoine", "Recruteuse tech | cabinet TalentForge", "Lyon",
  ("msg", "Hello Alex ! Vu vos 4 offres ouvertes, je te propose nos services : on place des devs fintech en 3 semaines, honoraires de 18 % du brut annuel, "
          "garantie de remplacement 3 mois. On s'appelle ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Mathilde Caron", "Cofondatrice & CEO @ Trezio", "Lyon",
  ("msg", "Hello Alex, comme promis à l'apéro founders : je t'ai mis dans le Drive notre template de BSPCE et la note de notre avocate sur le prix "
          "d'exercice. Garde, adapte, c'est cadeau. Et si tu veux je te présente notre expert-comptable, il maîtrise la JEI."),
  ("msg", "PS : le meetup « lever en 2025 » de jeudi est gratuit, il reste des places, je t'ai mis sur la liste avec ton associé."))
P("connection_brings_value", "en", "James Okafor", "Investment Associate | Alpine Seed", "Geneva",
  ("end",),
  ("msg", "Alex, after our chat at the Geneva fintech breakfast I mentioned Kanopay to Claire at Alpine Ventures. She leads their seed deals and was keen. "
          "Happy to do a double opt-in intro, shall I?"))
P("connection_brings_value", "fr", "Lucie Perrin", "Journaliste | Le Progrès, rubrique économie", "Lyon",
  ("msg", "Bonjour Alex, je boucle un papier sur les délais de paiement des PME. Auriez-vous 15 minutes demain pour un éclairage ? Je peux vous citer "
          "comme cofondateur de Kanopay ou rester en off, comme vous préférez."))
P("connection_brings_value", "fr", "Marta Kowalczyk", "Program Manager | Incubateur Confluence", "Lyon",
  ("msg", "Hi Alex! Reminder that our investor-readiness bootcamp starts on the 14th: three Tuesday evenings, pitch feedback from two seed funds, "
          "no fee and no equity. I kept a seat for you and one for your co-founder in Geneva if you want them."),
  nl="en")
P("connection_brings_value", "fr", "Karim Ziani", "Lead dev @ Cashlane", "Lyon",
  ("msg", "Salut Alex, petit tuyau : mon pote Nathan (5 ans de back-end paiements chez une néobanque) cherche un nouveau poste et il est prêt à bouger à "
          "Genève. Je lui ai parlé de votre offre de lead dev, je vous mets en contact ?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Dunmore", "Partner, Fintech Practice | Harcourt Executive Search", "London",
  ("inm", "COO role – Series B payments scale-up, Geneva", "Hi Alex, I'm retained by a Series B payments company in Geneva to find their COO. They "
          "want someone who has built a regulated fintech from scratch, and your name came up twice in my referencing. Package CHF 240-280k plus "
          "equity. Open to a confidential chat, even if only to point me to someone?"))
P("stranger_inmail_recruiter", "fr", "Bastien Leroy", "Talent Partner | Saône Ventures", "Lyon",
  ("inm", "Entrepreneur in Residence chez Saône Ventures", "Bonjour Alex, on ouvre un poste d'Entrepreneur in Residence : 12 mois salariés pour "
          "construire une nouvelle fintech avec nous, avec un ticket d'amorçage à la clé. On m'a dit que vous pourriez envisager un prochain projet "
          "un jour, ou nous recommander quelqu'un. Un café à Lyon ?"))
P("stranger_inmail_recruiter", "fr", "Nathalie Favre", "Acquisition de talents | Banque Lémanique", "Genève",
  ("inm", "Responsable innovation paiements – Genève", "Bonjour Alex, nous recrutons un·e responsable de l'innovation paiements pour notre direction "
          "digitale à Genève (CDI, 100 %). Votre parcours de cofondateur fintech correspond de près au profil recherché. Seriez-vous ouvert·e à un "
          "premier échange confidentiel ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Kyle Anders", "SDR | CapLedger", "London",
  ("inm", "Cap table chaos?", "Hi Alex, congrats on the seed! Tracking BSPCE grants in spreadsheets gets painful past 15 employees. CapLedger handles "
          "French and Swiss equity plans in one place. 15-minute demo this week?"),
  ("inm", "Re: Cap table chaos?", "Bumping this up, Alex: founder discount of 30% off year one until Friday."))
P("stranger_inmail_sales", "fr", "Manon Giraud", "Business Developer | RDV Factory", "Nantes",
  ("inm", "Partenariat ?", "Bonjour Alex, on génère des rendez-vous qualifiés avec des DAF de PME pour les fintechs B2B, paiement au rendez-vous "
          "(180 € HT). On teste sur 10 RDV ?"))
P("stranger_inmail_sales", "en", "Javier Ortega", "CEO | Crece Growth Agency", "Madrid",
  ("inm", "¿Expansión a España?", "Hola Alex, vi que Kanopay está pensando en abrir mercado en España. Somos una agencia de growth especializada en "
          "fintech B2B: SEO, paid y outbound. ¿Te mando una propuesta con precios para un piloto de 3 meses?"),
  nl="es")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Florian Mercier", "Cofondateur @ Payflo | paiement fractionné B2B", "Lyon",
  ("inv", "Salut Alex, cofondateur de Payflo ici. On a les mêmes galères d'agrément et de partenaires bancaires, ça te dit qu'on se partage nos retex ? "
          "J'ai une liste de contacts BaaS annotée que je peux te filer."),
  ("msg", "Voilà la liste des BaaS avec mes notes : tarifs, délais d'intégration, et surtout qui répond vraiment. Bonne lecture !"),
  ("msg", "Alex, petite nouveauté chez nous : on lance notre module de paiement fractionné en marque blanche. Pour Kanopay ce serait top, 2 500 €/mois "
          "+ commission sur le volume. Je te fais une démo la semaine pro ?", (15, 40)))
P("good_turns_ugly", "en", "Nina Hartmann", "Founder mentor | ex-founder (exit 2021)", "Geneva",
  ("inv", "Hi Alex, I mentor first-time fintech founders for free through the Geneva Fintech Hub. If you ever want a second pair of eyes on your board "
          "deck, ping me."),
  ("msg", "As promised, my board-deck template plus the five slides I wish I'd had before my first board meeting. Enjoy!"),
  ("end",),
  ("msg", "Hi Alex, small favour: I just endorsed you for {skill}. Could you endorse me for Executive Coaching and Startup Mentoring? I'm relaunching "
          "my coaching practice and it really helps."))
P("good_turns_ugly", "fr", "Guillaume Prévost", "DAF à temps partagé | ex-DAF de scale-up", "Lyon",
  ("inv", "Bonjour Alex, ancien DAF de scale-up, j'anime le mois prochain un atelier gratuit à la CCI : « Prévisionnel de trésorerie pour founders ». "
          "Ça pourrait intéresser votre équipe finance."),
  ("msg", "Merci d'être venu à l'atelier ! Voici les slides et le fichier Excel du prévisionnel, servez-vous.", (20, 35)),
  ("msg", "Bonjour Alex, suite à l'atelier : j'accompagne des startups comme DAF externalisé, 2 jours/mois pour 2 800 € HT. Avec votre levée en "
          "préparation, ça aurait du sens. On se cale un créneau ?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Thibault Renard", "Business Developer | Affacturage express pour PME", "Villeurbanne",
  ("inm", "Vos factures clients", "Bonjour Alex, vos clients vous paient à 60 jours ? Notre solution d'affacturage vous finance sous 24 h, sans "
          "engagement de volume. Je vous fais une simulation ?"),
  ("inv", "Bonjour Alex, on s'est croisés au Lyon Startup Day, ravi de garder le contact !"))
P("reinvite_known_bad", "en", "Marcus Fielding", "Sales Director EMEA | payments infrastructure", "London",
  ("inv", DEFAULT), ("rem",),
  ("inv", "Hi Alex, we met at the Money20/20 Europe breakfast. Would be great to stay in touch."))
P("reinvite_known_bad", "fr", "Emma Lefort", "Consultante marque employeur pour startups", "Lyon",
  ("inv", "Bonjour Alex, je suis consultante en marque employeur : on booste vos candidatures entrantes de 40 % en 3 mois. Un call de 20 min ?"),
  ("inv", "Bonjour Alex, j'organise un webinar gratuit sur le recrutement tech à Genève le 3 avril, je serais ravie de vous y voir."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Dylan Moreau", "Freelance growth hacker", "Lyon",
  ("inv", "salut alex, freelance growth, je peux t'aider à doubler tes leads en 2 mois. on en parle ?"),
  ("inm", "ok", "Ok donc on ignore les gens maintenant ? T'es pas Elon Musk hein, redescends un peu."),
  ("inv", "Hello Alex, nouvelle année, nouveau départ 🙂 on se connecte ?"))
P("reinvite_known_ugly", "en", "Preston Cole", "Founder Wellbeing Researcher | Coach", "Bristol",
  ("inm", "Research on founder burnout in fintech", "Hi Alex, I'm researching founder wellbeing in European fintech for a short public report. Would you "
          "share your experience in a 15-minute anonymous survey?"),
  ("inm", "Your results", "Thanks for taking part! Based on your answers you'd benefit from our Founder Resilience programme: 8 coaching sessions, "
          "€2,400. Can I reserve your first session for next week?"),
  ("inv", "Hi Alex, would love to connect and keep sharing ideas on founder wellbeing."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Claire Vautrin", "Expert-comptable associée | cabinet spécialisé startups", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex, ravie d'avoir échangé au salon ! Comme je vous disais, notre cabinet est spécialisé startups (JEI, CIR, "
          "BSPCE). Je peux vous faire une proposition d'honoraires pour la reprise de votre compta ?"))
P("user_invited_pitch_once", "en", "Ryan Kowal", "Head of Growth | Fraudline", "Berlin",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Since you're in payments: our fraud-scoring API cut chargebacks 35% for a Berlin BNPL. Open to a 20-min "
          "walkthrough?"))
P("user_invited_pitch_once", "fr", "Sébastien Roux", "Associé | Levée Conseil – corporate finance pour startups", "Paris",
  ("acc",),
  ("msg", "Merci Alex ! Petite question : vous avez déjà quelqu'un pour votre série A ? On accompagne les levées en fintech, honoraires au succès. "
          "Dispo pour en parler ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Holly Brennan", "Enterprise AE | Openvault", "London",
  ("acc",),
  ("msg", "Great to connect after VivaTech, Alex! As discussed at our booth, Openvault's banking-as-a-service stack would let Kanopay issue virtual "
          "IBANs in 6 weeks. Shall I send over pricing?"),
  ("msg", "Hi Alex, following up with the pricing deck. We can hold the early-adopter rate (€1,900/month) until the end of the month. When can we talk?"))
P("user_invited_pitch_twice", "fr", "Arnaud Giraudet", "Fondateur | Plume – ghostwriting LinkedIn pour CEO", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex ! J'ai une agence de contenu LinkedIn pour CEO : ghostwriting, 3 posts par semaine, 1 200 €/mois. Ça te dirait de "
          "travailler ta marque perso avant la levée ?"),
  ("msg", "Je me permets de relancer : une place se libère en octobre dans notre planning. Tu veux que je te la bloque ?"))
P("user_invited_pitch_twice", "fr", "Fanny Lacroix", "Responsable commerciale | Léman Flex Offices", "Genève",
  ("acc",),
  ("msg", "Merci de m'avoir ajoutée ! Nos bureaux flexibles à Plainpalais ont 6 postes dispo pour votre équipe genevoise, 450 CHF par poste et par mois. "
          "Une visite cette semaine ?"),
  ("msg", "Re-bonjour Alex, offre de lancement : 2 mois offerts pour un engagement de 12 mois. Je vous envoie le contrat ?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Amandine Brun", "Économiste | Observatoire des délais de paiement", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme promis après la table ronde, voici le rapport sur les délais de paiement que je citais, avec les données par "
          "secteur en annexe. Si vous voulez intervenir à notre prochain petit-déjeuner sur la trésorerie des PME (gratuit), je vous présente à l'orga."))
P("user_invited_value", "en", "Ben Achterberg", "Co-founder & CEO | Tally Payments (Amsterdam)", "Amsterdam",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Since you asked at the meetup: here's the intro email we used to get our first three bank partners, and the "
          "name of the person at the cantonal bank who actually answers. Good luck with the Geneva launch."))
P("user_invited_value", "fr", "Salomé Girard", "Développeuse front-end | React · TypeScript", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Oui, je suis toujours intéressée par le poste de lead front à Lyon. Je vous mets mon portfolio en lien, et je "
          "suis dispo mardi ou jeudi pour un entretien."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Jonathan Meyer", "Principal | Alpine Seed", "Zurich", ("acc",))
P("acceptance_only", "fr", "Céline Aubert", "Directrice | Incubateur Confluence", "Lyon", ("acc",))
P("lone_endorsement", "fr", "Bastien Colin", "Ancien stagiaire Kanopay | étudiant à l'EM Lyon", "Écully", ("end",))
P("lone_endorsement", "en", "Aisha Mensah", "Product Designer | fintech", "Geneva", ("end",))


# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

# layout eras: these people have notes that read the same in 2016 and get that layout; everyone else is current
ERA_2016 = {"Kevin Lambert", "Théo Marchal", "Laurent Chabert", "Yannick Dufresne", "Mehdi Benaissa", "Pauline Garnier", "Jérémy Castel",
            "Olivier Tessier", "Hugo Delmas", "Thibault Renard", "Emma Lefort", "Dylan Moreau", "Claire Vautrin", "Sébastien Roux",
            "Céline Aubert", "Bastien Colin", "Tom Becker", "Gregory Hale"}
ERAS = {p[2]: ("2016" if p[2] in ERA_2016 else "cur") for p in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Julien Sauthier", "julien@kanopay.example", "Fwd: I want to connect",
     "Salut Alex,\n\nle même type m'a aussi ajouté sur LinkedIn ce matin, tu le connais ? Ça sent l'agence growth à plein nez.\n\n"
     "---------- Forwarded message ---------\nFrom: Maxime Bertin via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\n"
     "Hello Julien ! On aide les fintechs B2B à scaler leur acquisition...\n\nJulien", "fr"),
    ("Welcome to the Jungle", "no-reply@wttj.example", "Nouvelle candidature : Développeur·se back-end (Genève)",
     "Bonjour Alex,\n\nInès Haddad a postulé à votre offre « Développeur·se back-end (Genève) ». Son profil LinkedIn est joint à la candidature.\n\n"
     "Voir la candidature dans votre espace recruteur.", "fr"),
    ("Rahul Menon", "rahul@northlight.example", "Kanopay deck",
     "Hi Alex,\n\nfollowing up on my LinkedIn note in case email is easier for you. No rush on the deck; if you're in London in the spring, coffee's on me.\n\nRahul", "en"),
    ("Incubateur Confluence", "hello@confluence-incubateur.example", "Demo Day : inscriptions ouvertes",
     "Bonjour à toutes et à tous,\n\nle Demo Day de la promo 7 aura lieu le 18 juin. Partagez l'annonce sur LinkedIn avec #ConfluenceDemoDay !", "fr"),
    ("Lucie Perrin", "lperrin@leprogres.example", "Vos citations à relire",
     "Bonjour Alex,\n\nsuite à notre échange (je vous avais écrit sur LinkedIn), voici vos citations pour relecture. Parution samedi.\n\nLucie Perrin", "fr"),
    ("Banque Néo Pro", "notifications@banqueneo.example", "Votre relevé de compte est disponible",
     "Votre relevé mensuel est disponible dans votre espace.\n\nAstuce : parrainez d'autres entrepreneurs en partageant votre lien sur LinkedIn, 80 € offerts.", "fr"),
    ("Google Agenda", "calendar-notification@google.example", "Invitation : Intro Alpine Ventures (via LinkedIn) @ mar. 10:00",
     "Vous avez été invité(e) à : Intro Alpine Ventures (via LinkedIn)\nQuand : mardi 10:00 – 10:30\nOrganisateur : james.okafor@alpineseed.example", "fr"),
    ("Angel Syndicate Europe", "deals@angelsyndicate.example", "We found your startup on LinkedIn – pitch to 300 investors",
     "Dear founder,\n\nwe came across Kanopay on LinkedIn. List your startup on our investor platform for €299 and reach 300 active angels this month.", "en"),
    ("Geneva Fintech Hub", "info@gvafintechhub.example", "Your application – spring cohort",
     "Dear Alex,\n\nthank you for applying to the spring cohort. Lukas, who contacted you on LinkedIn, will be your point of contact for the interview.", "en"),
    ("Lemlist", "team@lemlist.example", "Your campaign \"Recrutement Genève\" has finished",
     "Campaign finished: 142 prospects, 19 replies. LinkedIn steps: 58 invitations sent, 31 accepted.", "en"),
    ("Équipe Kanopay", "team@kanopay.example", "Rappel : mettez à jour vos profils LinkedIn",
     "Hello la team,\n\navant l'annonce de la levée, pensez à mettre Kanopay en poste actuel sur LinkedIn, et Genève pour ceux du bureau suisse. Merci !", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot seventy-seventh development corpus (dev77). Generated by scripts/make_corpus_dev77.py (seed {SEED}); do not edit by hand.",
          "# Alex as co-founder of a fintech start-up in Lyon with a team in Geneva: investors and business angels, free and paid incubators and "
          "accelerators, SaaS vendors, growth-hacking agencies, freelancers, other founders swapping tips, journalists, job applicants; French "
          "startup slang with English loanwords, and English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev77", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
