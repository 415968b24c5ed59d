#!/usr/bin/env python3
"""Write mailbot's dev153 corpus: tests/corpus/dev153/*.eml + expected.toml.

The angle: two ordinary months (March and April 2019) in the LinkedIn inbox of Alex Morgan,
a senior manager in strategy and operations consulting in Paris who left the firm (Arvelle
Conseil) in a restructuring at the start of the year and is now between jobs. The proportions
are those of such an inbox: a lot of recruiter InMail and headhunters with real mandates, a lot
of coaches, outplacement firms, CV and profile writers, portage and franchise sellers who have
noticed the "looking for new challenges" headline, a few real peers and former colleagues who
pass on leads, introductions and free workshops, "consulting missions" and "interim pools"
that turn out to charge a fee, and now and then something ugly: an endorse-back ask, a sulk
after an ignored request, a "peer circle" or a "free guide" that turns into a sale. The writers
use formal and casual French (vous and tu), English from London, Dublin and Manchester, and
some German (Sie and du); LinkedIn's own wording is mostly French, some English and German.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The dates (all mail falls between 1 March and 30 April 2019), the
story gaps, the footer year of the older layout, the endorsement skills, the recipient's
headline, the job-alert and digest titles, the headlines of spoof-only names and PYMK
suggestions, the order of the spoofing methods and the pitches that spoofs carry are swapped in
this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev153.py              # writes tests/corpus/dev153
    python scripts/make_corpus_dev153.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20190301

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2019, 3, 1, 6, 45, tzinfo=timezone.utc)
WIN_HI = datetime(2019, 4, 30, 20, 30, tzinfo=timezone.utc)

# gaps between the steps of one story, in days; a step may still name its own gap
cs.GAPS.update({"rem": (5, 12), "acc": (0, 0), "end": (1, 9), "msg": (2, 12), "inm": (3, 12), "inv": (24, 38)})


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months."""
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a consultant between jobs (this process only)
RHEADLINE = "Senior Manager Stratégie & Opérations | ex-Arvelle Conseil | Transformation, intégration post-fusion"
SKILLS = {
    "en": ["Management Consulting", "Strategy", "Change Management", "Business Transformation", "Post-Merger Integration", "Operational Excellence"],
    "de": ["Unternehmensberatung", "Strategie", "Change Management", "Post-Merger-Integration", "Prozessoptimierung"],
    "fr": ["Conseil en management", "Stratégie d'entreprise", "Conduite du changement", "Transformation d'entreprise", "Gestion de projet",
           "Excellence opérationnelle"],
    "es": ["Consultoría de gestión", "Estrategia empresarial", "Gestión del cambio", "Transformación empresarial"],
    "it": ["Consulenza direzionale", "Strategia aziendale", "Gestione del cambiamento", "Trasformazione aziendale"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE

mc.LANGS[:] = ["fr", "en", "fr", "de", "en"]
mc.CITY["fr"] = ["Paris", "Boulogne-Billancourt", "Neuilly-sur-Seine", "Levallois-Perret", "Lyon", "Nanterre"]
mc.JOBS[:] = [("Directeur de la stratégie (H/F)", "Groupe Séverin"), ("Head of Transformation", "Norvell Bank"),
              ("Senior Manager Opérations", "Altaïr Partners"), ("Strategy & Operations Director, Southern Europe", "Brightmoor"),
              ("Leiter Konzernstrategie (m/w/d)", "Hallberg Industrie AG"), ("Chief of Staff du Président (H/F)", "Groupe Lanvaux")]
mc.COMPANIES["good"] = ["Groupe Séverin", "Norvell Bank", "Hallberg Industrie AG", "Brightmoor", "Groupe Lanvaux", "Vernay", "Altaïr Partners", "Fleurance"]
mc.COMPANIES["sales"] = ["Rebond Cadres", "Axiome Portage", "Lumenor Coaching", "TalentBoost", "Kairos Outplacement", "Patrimoine & Sérénité",
                         "CVdeCadre", "ExpertsNow"]
mc.HEADLINES["good"] = ["Directeur de la stratégie chez {co}", "Senior Manager | Strategy & Operations | {co}", "Chasseur de têtes – Conseil & Industrie",
                        "Head of Transformation at {co}", "Consultant senior chez {co}", "Chief of Staff | {co}", "DRH chez {co}",
                        "Talent Acquisition Lead at {co}"]
mc.HEADLINES["sales"] = ["Coach certifié | Transitions de carrière | {co}", "Outplacement & repositionnement de cadres | {co}",
                         "Executive CV & LinkedIn profile writer", "Conseiller en gestion de patrimoine chez {co}",
                         "Business Developer portage salarial @ {co}", "Founder @ {co} | Career acceleration for consultants",
                         "Franchise Development Manager at {co}", "Account Executive at {co}"]
# spoofs: look-alikes first, then display names, failing and forged authentication
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.example.org",
                       "nodkim", "buried", "display:outlook.com", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a recruiter has shared a confidential job offer with you. Sign in to open the PDF before it expires.",
           "Dear {first}, your application has been shortlisted. Please confirm your details on our secure candidate portal to book the interview."],
    "de": ["Hallo {first}, ein Personalberater hat Ihnen ein vertrauliches Stellenangebot freigegeben. Bitte melden Sie sich an, um es zu öffnen.",
           "Guten Tag {first}, Ihre Bewerbung ist in der engeren Auswahl. Bitte bestätigen Sie Ihre Angaben im sicheren Bewerberportal."],
    "fr": ["Bonjour {first}, un cabinet de recrutement vous a transmis une offre confidentielle. Connectez-vous pour consulter le document.",
           "Bonjour {first}, votre candidature a été présélectionnée. Merci de confirmer votre identité sur notre portail sécurisé pour fixer l'entretien."],
    "es": ["Hola {first}, un reclutador ha compartido contigo una oferta confidencial. Inicia sesión para abrir el PDF.",
           "Estimado/a {first}, su candidatura ha sido preseleccionada. Confirme sus datos en nuestro portal seguro."],
    "it": ["Ciao {first}, un recruiter ha condiviso con te un'offerta riservata. Accedi per aprire il PDF.",
           "Gentile {first}, la sua candidatura è stata preselezionata. Confermi i suoi dati sul nostro portale sicuro."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "fr": {"job": ("{n} nouvelles offres pour « directeur stratégie »", "Votre alerte emploi pour directeur stratégie à {city}"),
           "news": "Les cabinets de conseil recrutent-ils encore des seniors ?", "group": "Discussions à la une dans Anciens consultants – Paris",
           "newsletter": "Transitions : passer du conseil à l'entreprise sans perdre son âme"},
    "en": {"job": ("{n} new jobs for \"transformation director\"", "Your job alert for transformation director in {city}"),
           "news": "Why so many consultants are moving into industry", "group": "Top conversations in Strategy & Operations Leaders Europe",
           "newsletter": "The Exit Memo: your first 100 days outside consulting"},
    "de": {"job": ("{n} neue Jobs für „Leiter Strategie“", "Ihr Jobalarm für Leiter Strategie in {city}"),
           "news": "Warum Berater jetzt in die Industrie wechseln", "group": "Top-Unterhaltungen in Strategie & Transformation DACH",
           "newsletter": "Beraterleben: Der Ausstieg als Neuanfang"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Claire Vasseur", "Associée | Practice Industrie & Services | Eiffel Search Partners", "Paris",
  ("inv", "Bonjour Alex, je mène en ce moment la recherche d'un Directeur Transformation pour un groupe industriel (2 Md€ de CA, siège à La Défense). "
          "Votre parcours chez Arvelle correspond bien à ce que le client attend. Seriez-vous disponible pour un premier échange confidentiel ?"),
  ("rem",))
P("good_invitation", "fr", "Graham Ostrowski", "Managing Director, Interim & Transformation | Beckford Interim Partners", "London",
  ("inv", "Hi Alex - a PE-backed client of ours with its HQ in Paris needs an interim Chief Transformation Officer for 9 months from May. "
          "A former Arvelle colleague of yours gave me your name. Worth a 20-min call this week?"),
  nl="en")
P("good_invitation", "fr", "Baptiste Renaudin", "Manager Stratégie & Opérations | Kessler Conseil", "Paris",
  ("inv", "Salut Alex, Nadia m'a dit que tu avais piloté le PMO de la fusion Doria/Castelbrun. Je démarre une mission du même genre lundi, "
          "je peux te poser deux-trois questions sur la gouvernance que vous aviez montée ? Je t'offre le café 🙂"))
P("good_invitation", "fr", "Sandrine Achour", "Chargée des relations diplômés | Club Conseil des anciens ESCP", "Paris",
  ("inv", "Bonjour Alex, le Club Conseil des diplômés organise le mois prochain un atelier gratuit « Rebondir après le conseil » avec trois alumni "
          "passés en entreprise, suivi d'un verre. Réservé aux diplômés : je vous envoie le lien d'inscription ?"),
  ("rem",))
P("good_invitation", "fr", "Dr. Henrike Vollmer", "Partnerin | Board & Executive Search | Falkenried Partners", "München",
  ("inv", "Guten Tag, für einen deutsch-französischen Mittelständler besetzen wir die Position Leitung Strategie & M&A mit Sitz in Paris. "
          "Ihr Profil passt sehr gut zum Anforderungsprofil. Hätten Sie Interesse an einem vertraulichen Gespräch? Beste Grüße, Henrike Vollmer"),
  nl="de")
P("good_invitation", "en", "Deborah Kingsley", "Non-Executive Director | Retail & Consumer", "London",
  ("inv", "Alex, Mathilde Cros asked me to get in touch - she says you're looking at operations roles in retail, and I sit on two boards in the sector. "
          "Happy to make a couple of introductions if useful. Accept and drop me a line."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Grégory Lasserre", "Consultant indépendant | Transformation & Lean", "Lyon", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kunal Mehta", "Business Development Executive at Trivanta Solutions", "Pune", ("inv", NONOTE))
P("default_invitation", "fr", "Nathalie Brochard", "Coach certifiée | Bilans de compétences", "Versailles", ("inv", NONOTE))
P("default_invitation", "de", "Uwe Steinbach", "Vertrieb | Personalberatung Rhein-Main", "Frankfurt am Main", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Jean-Marc Pellerin", "Fondateur | Rebond Cadres – outplacement et repositionnement", "Paris",
  ("inv", "Bonjour Alex, je vois que vous êtes en transition. Notre programme de 12 semaines (bilan, marché caché, entraînement aux entretiens) "
          "est souvent financé par l'ancien employeur. Je vous propose un rendez-vous découverte, sans engagement."),
  ("rem",))
P("sales_invitation", "en", "Samantha Reeve", "Executive CV & LinkedIn Profile Writer", "Manchester",
  ("inv", "Hi Alex! Noticed you're on the market. Recruiters give a profile about 6 seconds - mine get clients 3x more InMails. "
          "Executive profile + CV package is €590 this month. Shall I send you a before/after?"))
P("sales_invitation", "fr", "Karine Dufresne", "Conseillère en gestion de patrimoine | Patrimoine & Sérénité", "Neuilly-sur-Seine",
  ("inv", "Bonjour Alex, une indemnité de départ bien placée change beaucoup de choses sur le plan fiscal. J'accompagne des cadres en transition "
          "précisément sur ce sujet. Auriez-vous 30 minutes pour un premier rendez-vous ?"))
P("sales_invitation", "fr", "Mehdi Benyahia", "Business Developer | Axiome Portage", "Paris",
  ("inv", "Hello Alex, tu envisages le freelance ? Avec le portage tu restes salarié (chômage, retraite) et on prend 5 % de frais de gestion. "
          "Je te fais une simulation de ton net en 10 min, dispo cette semaine ?"))
P("sales_invitation", "de", "Kai Dressler", "Franchise Development | Lumenor Business Coaching", "Köln",
  ("inv", "Hallo Alex, als ehemalige Beraterin oder ehemaliger Berater wären Sie ideal als Franchisepartner für Business-Coaching in Frankreich. "
          "Einstieg ab 45.000 €, wir begleiten Sie. Darf ich Ihnen die Unterlagen schicken?"),
  ("rem",), nl="de")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Olivier Castagné", "Fondateur | Cercle des Consultants Indépendants", "Paris",
  ("inv", "Bonjour Alex, j'anime un cercle d'une trentaine de consultants indépendants (ex-cabinets de stratégie et Big Four). On se retrouve un jeudi "
          "par mois pour partager missions et retours d'expérience, entre pairs. Ça vous dirait de passer ?"),
  ("msg", "Ravi de vous compter parmi nous, Alex ! Une précision pratique : l'adhésion au Cercle est de 1 200 € HT par an, elle ouvre l'accès à la bourse "
          "de missions et à notre accompagnement commercial. Je vous envoie le bulletin ?", (4, 10)),
  ("msg", "Alex, les adhésions de printemps se clôturent vendredi. Je peux encore vous faire le tarif fondateur à 900 € si vous signez cette semaine.", (5, 12)))
P("bait_and_switch_invitation", "en", "Jared Coulson", "Founder | The Independent Consultant Playbook", "Manchester",
  ("inv", "Hi Alex, I've written a free 40-page guide on going independent after a big consulting firm: pricing, first clients, setting up in France or the UK. "
          "Happy to send it over, no strings."),
  ("msg", "Great to be connected! Quick heads-up: the guide is really module 1 of my 8-week Go Independent accelerator ($2,400, next cohort "
          "starts in three weeks). Can I book you in for a discovery call on Thursday?", (2, 8)))
P("bait_and_switch_invitation", "fr", "Romain Teixeira", "Ex-consultant | Fondateur @ MissionMatch", "Bordeaux",
  ("inv", "Hello Alex ! Ancien d'Arvelle moi aussi (2012-2016). Si tu veux je te mets en contact avec 2-3 anciens passés en entreprise, "
          "ça m'avait bien aidé à l'époque quand j'ai quitté le cabinet."),
  ("msg", "Top, content qu'on soit connectés ! Sinon pour ta recherche, sur MissionMatch on a pas mal de missions freelance qualifiées. L'accès premium "
          "c'est 79 €/mois, je te fais le premier mois à 39 €. Je t'ouvre un compte ?", (3, 9)),
  ("msg", "Alex t'as pu regarder ? le mois à 39 € c'est jusqu'à dimanche", (4, 10)))
P("bait_and_switch_invitation", "de", "Bernd Lautenschläger", "Gründer | Netzwerk Interim-Manager DACH–Frankreich", "Frankfurt am Main",
  ("inv", "Hallo Alex, ich vernetze mich gern mit erfahrenen Beratern, die zwischen Frankreich und Deutschland unterwegs sind. Wir tauschen uns in einer "
          "kleinen Runde über Interim-Mandate aus. Würde mich freuen!"),
  ("msg", "Danke für die Vernetzung. Für die Aufnahme in unseren Interim-Pool berechnen wir eine einmalige Profilgebühr von 650 € zzgl. MwSt., danach "
          "bekommen Sie passende Mandate direkt vorgeschlagen. Soll ich Ihnen die Rechnung zuschicken?", (3, 10)),
  nl="de")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Thierry Bouvard", "Directeur associé | Optimae Consulting Group", "Paris",
  ("inm", "Mission de 6 mois – grand compte CAC 40", "Bonjour Alex, nous recherchons pour un client du CAC 40 un consultant senior en transformation "
          "opérationnelle : mission de 6 mois à démarrer en mai, TJM 950 €. Votre profil a retenu toute notre attention. Êtes-vous disponible ?"),
  ("inm", "Mission CAC 40 – votre dossier de référencement", "Merci pour votre retour rapide ! Pour vous présenter au client, nous devons constituer votre "
          "dossier de référencement (vérifications, RC Pro groupée, formation à nos méthodes). Les frais s'élèvent à 480 € TTC, remboursés après le premier "
          "mois de mission. Je vous transmets notre RIB ?", (2, 6)))
P("bait_and_switch_inmail", "en", "Priyanka Rao", "Research Lead | Consulting Careers Survey 2019", "London",
  ("inm", "Survey: life after Big Consulting", "Hi Alex, we're running a short study on senior consultants moving into industry - ten questions, and every "
          "participant receives the full anonymised report on salaries and how long the move took. Would you take part?"),
  ("inm", "Your personalised report + next steps", "Thanks so much for taking part! Based on your answers you'd be a strong fit for our Executive "
          "Transition Programme: six 1:1 coaching sessions, £1,850. Could I set up 15 minutes to walk you through it?", (4, 10)))
P("bait_and_switch_inmail", "de", "Ingrid Pahlke", "Geschäftsführerin | Pahlke Interim Solutions", "Hamburg",
  ("inm", "Interim-Mandat Paris – Restrukturierung", "Guten Tag, für ein Restrukturierungsprojekt bei einem Automobilzulieferer im Großraum Paris suchen "
          "wir kurzfristig eine interimistische Projektleitung (6–9 Monate, Tagessatz 1.100 €). Hätten Sie Interesse?"),
  ("inm", "Interim-Mandat – nächste Schritte", "Vielen Dank für Ihre positive Rückmeldung! Bevor wir Sie dem Kunden vorstellen können, ist die Teilnahme an "
          "unserem Zertifizierungs-Assessment erforderlich (Gebühr 890 € netto). Den Link zur Anmeldung und die Rechnung finden Sie anbei.", (3, 8)),
  nl="de")
P("bait_and_switch_inmail", "fr", "Hugo Marchal", "Responsable partenariats | Club Décideurs en Transition", "Paris",
  ("inm", "Invitation – petit-déjeuner des décideurs en transition", "Bonjour Alex, nous réunissons chaque mois dans le 8e des dirigeants et cadres "
          "dirigeants en transition pour échanger sur le marché caché et les pistes de chacun. Vous êtes notre invité(e) pour le prochain petit-déjeuner."),
  ("inm", "Suite au petit-déjeuner", "Bonjour Alex, pour continuer à participer à nos rencontres, nous proposons l'adhésion annuelle au Club "
          "(2 400 € HT, déductible si vous créez votre structure). Puis-je vous adresser le bulletin d'adhésion ?", (8, 15)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Julien Mercadier", "Consultant SI freelance | SAP | Pilotage de projets", "Nantes",
  ("end",), ("end",),
  ("msg", "Hello Alex, je t'ai validé sur {skill} et deux autres, mérité ! Tu pourrais me rendre la pareille sur « Pilotage de projet » et « SAP » ? "
          "Je relance ma recherche de missions et il paraît que ça joue 😉"))
P("endorse_me_back", "en", "Nina Okonkwo", "Agile Coach | Scrum Master | Looking for my next challenge", "Dublin",
  ("end",),
  ("msg", "Hi Alex, hope the search is going well! I've endorsed you for {skill} - would you be able to endorse me for Agile Coaching and "
          "Stakeholder Management when you get a sec? Every little bit helps right now. Thanks!!"))
P("endorse_me_back", "de", "Rainer Fichtel", "Senior Berater Prozessoptimierung | Lean Six Sigma Black Belt", "Stuttgart",
  ("end",), ("end",),
  ("msg", "Hallo Alex, ich habe Sie gerade mehrfach bestätigt, unter anderem für {skill}. Es wäre nett, wenn Sie sich revanchieren – Lean Management "
          "und Six Sigma wären mir wichtig. Vielen Dank und viel Erfolg bei der Suche!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Patrice Guénard", "Coach de dirigeants | Auteur de « Oser le rebond »", "Versailles",
  ("inv", "Bonjour Alex, je vois que vous êtes en transition. J'accompagne des cadres dans votre situation depuis quinze ans, échangeons."),
  ("rem",),
  ("inm", "Sans nouvelles", "Bonjour, trois semaines sans réponse à une simple invitation. Permettez-moi un conseil gratuit, puisque vous ne voulez pas "
          "des autres : quand on cherche un poste, on ne snobe pas ceux qui tendent la main. Cette attitude se voit, et elle vous coûtera des opportunités.",
   (6, 14)))
P("hostility_after_decline", "en", "Colin Mayhew", "Founder | ExecLaunch Careers", "Bristol",
  ("inv", "Alex, got a minute? I help senior consultants land $200k+ roles in 90 days."),
  ("inm", "Seriously?", "Wow. I reach out with something that could actually change your career and you can't even hit accept or decline? "
          "No wonder you're still between jobs. Good luck with that attitude.", (8, 20)))
P("hostility_after_decline", "fr", "Yannick Belmonte", "Commercial | Assurances pro & prévoyance des indépendants", "Marseille",
  ("inv", DEFAULT),
  ("inm", "??", "franchement laisser une demande de connexion sans réponse c'est d'un niveau... on est sur LinkedIn pour réseauter non ? "
          "t'inquiète je retiens", (9, 18)))
P("hostility_after_decline", "de", "Holger Brandauer", "Key Account Manager | Karriereberatung für Führungskräfte", "Düsseldorf",
  ("inv", "Guten Tag, gern würde ich Sie über unser Karriere-Coaching für Führungskräfte in der Neuorientierung informieren."),
  ("rem",),
  ("inm", "Ihre Reaktion", "Sehr geehrte/r Alex, ich finde es bemerkenswert unhöflich, eine freundliche Kontaktanfrage wochenlang liegen zu lassen. "
          "Als Berater sollten Sie wissen, dass man sich im Leben immer zweimal sieht.", (5, 12)),
  nl="de")


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Arnaud Pelissier", "Directeur commercial | CVdeCadre – CV et profils LinkedIn", "Paris",
  ("msg", "Bonjour Alex, suite à notre mise en relation : votre profil est sous-exploité pour un Senior Manager. Refonte complète profil + CV + lettre, "
          "390 € au lieu de 540 € jusqu'à dimanche. On cale 15 minutes ?"),
  ("msg", "Je constate que vous avez lu mon message sans y répondre. Quand on est sans poste depuis trois mois, on pourrait se montrer un peu moins fier. "
          "Bon courage, vous en aurez besoin.", (4, 10)))
P("hostility_connection", "en", "Trevor Lanning", "Franchise Director | ClearPath Consulting Franchise", "Leeds",
  ("acc",),
  ("msg", "Thanks for the connect Alex! Since you're between roles, ever thought about running your own practice under our brand? "
          "Entry is £18k and we bring the leads. Can I send over the prospectus?"),
  ("msg", "Not even a 'no thanks'? I took time out of my day to help you. Pretty poor form for someone who wants to be hired as a leader.", (5, 12)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Valérie Tessier", "Consultante en outplacement | Transitions & Carrières", "Paris",
  ("msg", "Bonjour Alex, j'ai appris votre départ d'Arvelle. Notre cabinet accompagne les cadres supérieurs en transition : six mois de suivi "
          "individuel, souvent pris en charge dans la négociation de départ. Souhaitez-vous que nous en parlions ?"),
  ("msg", "Bonjour Alex, je me permets de revenir vers vous : il reste deux places dans notre cycle d'ateliers « Réseau et marché caché » de mai "
          "(1 450 € HT). Je vous en réserve une ?", (6, 14)))
P("connection_only_pitches", "en", "Duncan Farrow", "Career Coach for Consultants | ex-Big Four", "Edinburgh",
  ("msg", "Alex, saw the new headline. I've coached 60+ ex-consultants into industry roles - happy to do a 20-min diagnostic call to see if my "
          "programme fits."),
  ("msg", "Following up: my April cohort kicks off next week and there are 4 spots left. $1,500 for six sessions. Want one?", (4, 9)),
  ("msg", "Last nudge from me - early-bird pricing ends tonight.", (3, 7)))
P("connection_only_pitches", "fr", "Anthony Gasnier", "Courtier | Mutuelle & prévoyance pour freelances", "Lille",
  ("msg", "Salut Alex, si tu passes freelance pense à ta protection sociale : je te fais un devis mutuelle + prévoyance TNS en 24h, c'est gratuit."),
  ("msg", "Re Alex, je t'envoie la grille ? Mes clients ex-consultants économisent souvent 40 % par rapport au contrat Madelin de leur banque.", (5, 12)))
P("connection_only_pitches", "de", "Volker Timm", "Business Development | KarriereClip – Bewerbungsvideos", "Berlin",
  ("msg", "Hallo Alex, mit einem professionellen Bewerbungsvideo fallen Sie bei Headhuntern auf. Wir drehen auch in Paris, Paketpreis 690 €. Interesse?"),
  ("msg", "Hallo Alex, kurze Erinnerung an unser Frühlingsangebot: 20 % Rabatt bis Monatsende. Wann passt Ihnen ein kurzes Telefonat?", (6, 13)),
  nl="de")


# =============================================================== single_pitch
P("single_pitch", "fr", "Corinne Vidalenc", "Formatrice | Prise de parole et leadership", "Paris",
  ("msg", "Bonjour Alex, j'ouvre une session « Réussir ses entretiens de direction » en petit groupe : quatre participants, deux jours, 1 200 €, "
          "finançable par le CPF. Je vous envoie le programme ?"))
P("single_pitch", "en", "Ravi Subramaniam", "Founder | Sharpline Analytics – BI for the mid-market", "London",
  ("msg", "Hey Alex, congrats on the next chapter! If you end up going independent, we white-label our dashboards for consultants with a 30% rev share. "
          "Keen to show you a demo next week?"))
P("single_pitch", "fr", "Isabelle Fournier", "Agent immobilier | Paris 15e-16e", "Paris",
  ("msg", "Bonjour Alex, en période de changement professionnel, certains de mes clients choisissent de vendre ou de mettre en location. "
          "Je vous propose une estimation gratuite de votre appartement, sans engagement de votre part."))
P("single_pitch", "de", "Tobias Reimers", "Vertrieb | Coworking Spaces Europe", "Berlin",
  ("msg", "Hallo Alex, falls Sie sich selbstständig machen: Unsere Coworking-Flächen in Paris-Opéra gibt es als Flex-Desk ab 290 € im Monat. "
          "Soll ich Ihnen einen Probetag reservieren?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Marion Cadiot", "Directrice de projet | Groupe Vernay | ex-Arvelle", "Paris",
  ("msg", "Coucou Alex ! Ça va depuis le départ ? Chez Vernay ils ouvrent un poste de directeur·rice de la performance opérationnelle, rattaché au DG, "
          "pas encore publié. Je peux passer ton CV directement au DRH si tu veux, dis-moi."),
  ("msg", "Je t'ai mis en copie du mail à Stéphane (le DRH), il attend ton CV. Fonce !", (1, 4)))
P("connection_brings_value", "en", "Oliver Pryce", "Partner | Arvelle Conseil", "London",
  ("msg", "Alex, sorry about how the restructuring played out. For what it's worth, I'm very happy to be a reference - just give headhunters my mobile. "
          "Also, Hargreaves Capital are building a portfolio operations team and I've sent their COO your name."))
P("connection_brings_value", "fr", "Françoise Teyssier", "Consultante Apec | Accompagnement des cadres", "Paris",
  ("msg", "Bonjour Alex, suite à notre rendez-vous, je vous confirme votre inscription à l'atelier « Pitch et réseau » (gratuit, dans le cadre de votre "
          "accompagnement). Comme promis, les cabinets de chasse qui suivent les profils conseil : Eiffel Search Partners, Valmy, Altaïr Recrutement "
          "et Falkenried pour l'Allemagne. N'hésitez pas à me citer."))
P("connection_brings_value", "fr", "Katrin Seidl", "Director Strategy | Hallberg Industrie AG", "München",
  ("end",),
  ("msg", "Hallo Alex, ich habe gehört, dass Sie Arvelle verlassen haben – schade für die, gut für den Markt! Unser Vorstand sucht eine Leitung "
          "Konzernstrategie, und nach unserem gemeinsamen Projekt würde ich Sie gern vorschlagen. Schicken Sie mir Ihren Lebenslauf?"),
  nl="de")
P("connection_brings_value", "en", "Maya Lindgren", "Strategy Manager | Nordlys Energy | ex-Arvelle", "Oslo",
  ("msg", "Hey Alex! During my own search last year I kept a spreadsheet of every strategy/transformation role I came across: 60-odd companies, contacts, "
          "pay bands. It's yours: https://docs.google.com/spreadsheets/d/1Qm7rT0xVbW/edit - happy to do a mock case interview with you too."),
  ("msg", "Also - the Paris ops-strategy meetup is next Tuesday at Station F, free entry. I'll be over for it, come say hi.", (2, 6)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Aurélie Castel", "Talent Acquisition Manager | Groupe Séverin", "Paris",
  ("inm", "Directeur·rice Stratégie & Transformation – Groupe Séverin", "Bonjour Alex, je recrute pour notre comité exécutif un·e Directeur·rice "
          "Stratégie & Transformation (CDI, Paris 8e, package 160-180 k€). Votre expérience en transformation industrielle nous intéresse beaucoup. "
          "Seriez-vous ouvert·e à un échange téléphonique cette semaine ?"))
P("stranger_inmail_recruiter", "en", "Ben Achterberg", "Senior Recruiter, Strategy & Corp Dev | Halden Partners", "London",
  ("inm", "Corp Dev Director - FMCG - Paris", "Hi Alex, hope this finds you well. I'm running a Corporate Development Director search for a European "
          "FMCG group, based in Paris and reporting to the CFO. They want real M&A integration experience, which your Arvelle work seems to cover. "
          "Open to a confidential chat this week?"))
P("stranger_inmail_recruiter", "fr", "Nicolas Fabre", "Consultant recrutement Conseil & Management | Altaïr Recrutement", "Paris",
  ("inm", "Retour en cabinet ? Senior Manager / Principal Opérations", "Bonjour Alex, un de nos clients, cabinet de conseil en stratégie de taille "
          "moyenne, cherche un Senior Manager ou Principal pour sa practice Opérations. Si un retour en cabinet vous tente, je vous en dis plus "
          "volontiers (fourchette 140-165 k€ + variable)."))
P("stranger_inmail_recruiter", "de", "Dr. Miriam Oberholz", "Partnerin | Oberholz Executive Search", "Frankfurt am Main",
  ("inm", "Leitung Strategie Westeuropa (m/w/d) – Paris", "Sehr geehrte/r Alex Morgan, im Auftrag eines börsennotierten Industriekonzerns besetzen "
          "wir die Position Leitung Strategie Westeuropa mit Sitz in Paris und regelmäßigen Reisen nach Frankfurt. Ihr Profil wurde uns empfohlen. "
          "Dürfen wir Sie zu einem vertraulichen Gespräch einladen?"),
  nl="de")
P("stranger_inmail_recruiter", "en", "Marcus Webb", "Head of Talent | Brightmoor", "London",
  ("inm", "Head of Strategy & Ops - Paris office", "Alex - I'm Head of Talent at Brightmoor (logistics SaaS, Series B). We've just opened in Paris and "
          "need someone to own strategy and bizops for Southern Europe. Hiring manager is our COO, ex-Arvelle as it happens. €130-150k plus equity. "
          "Up for a chat?"))
P("stranger_inmail_recruiter", "fr", "Pauline Herbelin", "Chargée de recherche | Valmy Executive Search", "Rennes",
  ("inm", "Poste de DGA – ETI familiale agroalimentaire", "Bonjour Alex, dans le cadre d'une mission de recherche d'un Directeur Général Adjoint pour "
          "une ETI familiale de l'agroalimentaire (Bretagne, 600 M€ de CA), je me permets de vous contacter. Le poste suppose une installation à Rennes. "
          "Seriez-vous ouvert(e) à en discuter ?"))
P("stranger_inmail_recruiter", "fr", "Rahul Menon", "Head of Transformation Office | Norvell Bank", "Paris",
  ("inm", "Transformation Lead - Norvell Bank Paris", "Hello Alex, I lead the Transformation Office at Norvell Bank in Paris and I'm hiring a "
          "Transformation Lead for my team (permanent role, English-speaking environment). Your PMO experience on large mergers is exactly what we need. "
          "Could we grab a coffee near La Défense next week?"),
  nl="en")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Cédric Lagarde", "Directeur commercial | Executive Pro Services", "Paris",
  ("inm", "Consultants seniors : rejoignez notre vivier", "Bonjour Alex, notre plateforme met en relation des consultants seniors indépendants avec des "
          "grands comptes. L'inscription au vivier premium coûte 290 € HT par an et vous garantit une visibilité prioritaire auprès de nos clients. "
          "Je vous envoie le lien d'inscription ?"))
P("stranger_inmail_sales", "en", "Jason Mulvey", "Account Executive | TalentBoost Executive Job Search", "Dublin",
  ("inm", "Get in front of 2,000+ headhunters", "Hi Alex, our service sends your CV straight to more than 2,000 executive search firms across Europe. "
          "87% of our clients land interviews within 30 days. The package is €349 - want the details?"),
  ("inm", "20% off ends Friday", "Alex, just so you know, our spring discount (20% off the executive package) closes on Friday. Happy to hold it for you.",
   (5, 11)))
P("stranger_inmail_sales", "fr", "Sylvie Roussel", "Conseillère formation | Institut Horizon Management", "Lyon",
  ("inm", "Certification de coach professionnel – financement CPF", "Bonjour Alex, pourquoi ne pas profiter de votre période de transition pour "
          "vous certifier coach professionnel (titre RNCP niveau 6, finançable à 100 % par le CPF) ? Prochaine rentrée dans trois semaines. "
          "Puis-je vous appeler ?"))
P("stranger_inmail_sales", "fr", "Dennis Hartwig", "Trainer | Gehaltsverhandlung für Führungskräfte", "Hannover",
  ("inm", "Mehr Gehalt beim Wechsel in die Industrie", "Hallo Alex, für Berater, die in die Industrie wechseln, bieten wir ein Online-Training zur "
          "Gehaltsverhandlung an: drei Module, 390 €. Unsere Teilnehmer verhandeln im Schnitt 14 % mehr heraus. Soll ich Ihnen die Unterlagen schicken?"),
  nl="de")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Rémi Sabatier", "Ex-directeur des opérations | Mentor bénévole de cadres en transition", "Paris",
  ("inv", "Bonjour Alex, j'ai moi-même quitté le conseil après quinze ans et j'aide bénévolement quelques anciens consultants à s'y retrouver. "
          "Si un regard extérieur sur votre pitch peut vous être utile, ce sera avec plaisir."),
  ("msg", "Merci pour notre échange d'hier. J'ai relu votre pitch, mes annotations sont dans le document partagé. Travaillez surtout la première phrase, "
          "le reste tient très bien la route.", (6, 12)),
  ("msg", "Bonjour Alex, au passage : je lance avec deux associés un programme structuré de retour à l'emploi pour cadres dirigeants (huit semaines, "
          "2 900 € HT). Vu nos échanges, je pense qu'il vous ferait gagner des mois. Je vous réserve une place ?", (7, 14)))
P("good_turns_ugly", "en", "Gemma Hollis", "Operations Director | Corvant Logistics | ex-Arvelle", "London",
  ("inv", "Alex! Remember the Lyon warehouse project? Heard about the restructuring at Arvelle. Connecting so I can pass on anything I hear. Chin up x"),
  ("msg", "There's a Head of Network Strategy role coming up at Corvant, not posted yet. The HRD is a friend and I've forwarded your name.", (2, 8)),
  ("end",),
  ("msg", "Hey you, endorsed you for {skill}! Mind doing me for Supply Chain Management and Leadership? I've got my promotion review next month "
          "and HR actually look at this stuff, ha.", (2, 7)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Ludovic Carrière", "Conseiller | Bilans de compétences & VAE", "Paris",
  ("inm", "Votre bilan de compétences financé", "Bonjour Alex, saviez-vous que votre CPF peut financer intégralement un bilan de compétences ? "
          "Nous avons encore des créneaux ce printemps dans nos locaux de Paris 9e. Je vous réserve un premier entretien ?"),
  ("inv", "Bonjour Alex, j'ai beaucoup apprécié votre dernier post sur la conduite du changement. Ravi d'échanger avec vous.", (26, 36)))
P("reinvite_known_bad", "en", "Kieran Moss", "Sales Director | Prospectr Lead Generation", "Dublin",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met briefly at the ESCP alumni drinks - would be good to stay in touch.", (25, 35)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Gilles Aubertin", "Consultant en reconversion | Créateur de « Cadres en Rebond »", "Paris",
  ("inv", "Bonjour Alex, mon programme « Cadres en Rebond » a aidé plus de 300 cadres à retrouver un poste en moins de 4 mois. Parlons-en ?"),
  ("inm", "Dommage", "Alex, je vous ai proposé mon aide et vous ne daignez même pas répondre. C'est exactement ce genre d'arrogance qui fait qu'on reste "
          "sur la touche. Je n'insisterai pas.", (6, 12)),
  ("inv", "Bonjour Alex, on repart sur de bonnes bases ? Je serais ravi de vous compter dans mon réseau.", (24, 32)))
P("reinvite_known_ugly", "en", "Shane Coughlan", "Director | Meridian Interim Network", "Dublin",
  ("inm", "Quick question from a fellow ex-Arvelle", "Hi Alex, ex-Arvelle here too (Dublin office, 2010-2015). Could I pick your brain on how the "
          "Paris office ran its operations practice? I'm writing a piece on it."),
  ("inm", "Re: Quick question", "Thanks Alex, really helpful. By the way, I run Meridian Interim Network - we place ex-consultants in interim roles. "
          "Membership is €750 a year and pays for itself with the first assignment. Shall I sign you up?", (3, 7)),
  ("inv", "Alex, would be good to be properly connected!", (24, 30)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Agathe Rivoire", "Fondatrice | Studio Rivoire – image et personal branding des dirigeants", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex, ravie d'avoir échangé au salon ! Comme évoqué, je peux vous proposer un shooting portrait et la refonte de "
          "votre profil LinkedIn pour 450 €. Vous me dites ?"))
P("user_invited_pitch_once", "en", "Warren Achebe", "Partner | Stonebridge Advisory – Interim Management", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. We run an interim-manager network: placement itself is free, but there's a €300 onboarding fee for the vetting "
          "interview and psychometrics. Shall I send the forms over?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Frédéric Monnier", "Directeur associé | Kairos Outplacement", "Paris",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour votre invitation. Comme je vous le disais au forum, Kairos accompagne les cadres dirigeants en transition avec un taux "
          "de repositionnement de 92 %. Voulez-vous que je vous adresse notre proposition ?"),
  ("msg", "Bonjour Alex, je vous renvoie notre proposition : forfait six mois, 4 800 € HT, souvent négociable avec l'ancien employeur. Un créneau mardi "
          "ou jeudi pour en parler ?", (5, 12)))
P("user_invited_pitch_twice", "de", "Moritz Hagedorn", "Gründer | ConsultBase – Software für Einzelberater", "Berlin",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Falls Sie sich selbstständig machen: ConsultBase erledigt Angebote, Zeiterfassung und Rechnungen für "
          "Einzelberater, 29 € im Monat. Soll ich Ihnen einen Demo-Zugang einrichten?"),
  ("msg", "Hallo Alex, ich hake kurz nach: Bis Ende April gibt es drei Monate gratis. Wann hätten Sie 15 Minuten für eine Demo?", (4, 10)),
  nl="de")


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Bérénice Halimi", "DRH | Groupe Lanvaux", "Paris",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour votre invitation et votre message. Nous ne recrutons pas sur votre périmètre en ce moment, mais je connais bien "
          "Pierre Arnoux, DG d'une de nos filiales, qui monte une cellule transformation. Je vous mets en relation par mail cette semaine."))
P("user_invited_value", "en", "Imran Siddiqui", "Principal | Meridian Strategy Partners", "London",
  ("acc",),
  ("msg", "Thanks for reaching out Alex. Happy to tell you how the Principal track works at our place. No open role today, but our Paris office lead "
          "is hiring in Q3 and I'll flag you to her. Coffee when I'm over on the 23rd?"))
P("user_invited_value", "fr", "Quentin Delorme", "Head of Strategy | Fleurance", "Paris",
  ("acc",),
  ("msg", "Hello Alex, merci pour l'invit ! Oui on recrute un·e Strategy & Ops Lead, je t'envoie la fiche de poste sur ton mail perso. "
          "Si tu veux un avis franc sur la boîte avant de postuler, appelle-moi, je te dirai tout."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Hélène Crozat", "Directrice de la transformation | Banque Dauphine", "Paris", ("acc",))
P("acceptance_only", "en", "Lorna Fitzgerald", "Chief Operating Officer | Halcyon Logistics", "Dublin", ("acc",))
P("lone_endorsement", "fr", "Thibaut Lamarre", "Consultant senior | Arvelle Conseil", "Paris", ("end",))
P("lone_endorsement", "de", "Anke Rosendahl", "Projektleiterin | Hallberg Industrie AG", "München", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Apec Paris", "ne-pas-repondre@apec.example.fr", "Votre atelier « Optimiser son profil LinkedIn » est confirmé",
     "Bonjour Alex,\n\nvotre inscription à l'atelier « Optimiser son profil LinkedIn » est confirmée. Pensez à apporter votre ordinateur portable.\n\n"
     "L'équipe Apec Paris", "fr"),
    ("Marion Cadiot", "marion.cadiot@vernay.example.fr", "Re: poste perf op",
     "Alex,\n\nje t'ai aussi écrit sur LinkedIn mais au cas où : Stéphane attend ton CV avant vendredi. Mets-moi en copie.\n\nBises\nMarion", "fr"),
    ("Welcome to the Jungle", "alertes@wttj.example", "5 nouvelles offres : Stratégie & Transformation",
     "Bonjour Alex,\n\n5 nouvelles offres correspondent à votre recherche. Astuce : connectez votre profil LinkedIn pour postuler en un clic.", "fr"),
    ("Cadremploi", "alerte@cadremploi.example.fr", "Directeur de la transformation H/F – Île-de-France",
     "Nouvelle offre correspondant à votre alerte : Directeur de la transformation H/F, groupe de services, Paris.\n\n"
     "Un recruteur a consulté votre CV. Importez votre profil LinkedIn pour le compléter.", "fr"),
    ("Pôle emploi", "info@pole-emploi.example.fr", "Votre actualisation mensuelle",
     "Bonjour,\n\nnous vous rappelons de procéder à votre actualisation avant le 15 du mois.\n\n"
     "Webinaire gratuit pour les cadres : « Valoriser son réseau LinkedIn », inscription dans votre espace personnel.", "fr"),
    ("Graham Ostrowski", "graham@beckford-interim.example.co.uk", "Interim CTO role - brief attached",
     "Hi Alex,\n\nfollowing my note on LinkedIn, here's the anonymised brief for the interim Chief Transformation Officer role. "
     "Let me know a good time to talk.\n\nBest\nGraham", "en"),
    ("Malt", "hello@malt.example", "Importez votre profil LinkedIn et trouvez vos premières missions",
     "Bonjour Alex,\n\nvotre profil freelance est presque prêt : importez votre expérience depuis LinkedIn en un clic et fixez votre TJM.", "fr"),
    ("Google Agenda", "calendar-notification@google.example", "Invitation : Café avec Oliver Pryce @ mar. 10:00",
     "Vous avez été invité(e) à : Café avec Oliver Pryce (suite message LinkedIn)\nLieu : Palais-Royal\n"
     "Organisateur : oliver.pryce@arvelle.example.com", "fr"),
    ("Thomas Lenoir", "thomas.lenoir@mail.example.fr", "Fwd: Mission de 6 mois – grand compte CAC 40",
     "Alex,\n\nj'ai reçu exactement le même InMail LinkedIn que toi de ce type d'Optimae, et à moi aussi ils ont demandé 480 € de « frais de référencement ». "
     "Arnaque à mon avis, fais gaffe.\n\nThomas", "fr"),
    ("XING", "mailrobot@mail.xing.example", "Neue Nachricht von Jochen Baumeister",
     "Hallo Alex Morgan,\n\nJochen Baumeister hat Ihnen eine Nachricht geschickt: „Sind Sie auch auf LinkedIn? Dort bin ich aktiver.“", "de"),
    ("Arvelle Conseil – RH", "rh@arvelle.example.com", "Votre attestation employeur",
     "Bonjour Alex,\n\nvous trouverez ci-joint votre attestation employeur. Petit rappel : votre profil LinkedIn vous présente encore comme "
     "collaborateur d'Arvelle, merci de le mettre à jour.\n\nLe service RH", "fr"),
    ("Club Conseil ESCP Alumni", "club-conseil@alumni.example.org", "Club Conseil : retour sur l'atelier « Rebondir après le conseil »",
     "Chers alumni,\n\nmerci aux quarante participants ! Les slides sont disponibles dans notre groupe LinkedIn. Prochain rendez-vous en juin.", "fr"),
    ("Consulting Exits Weekly", "news@consultingexits.example", "How to write a LinkedIn headline when you're between jobs",
     "This week: five headline formulas recruiters actually search for, and what ex-consultants earn in their first industry role.\n\n"
     "Unsubscribe: https://consultingexits.example/u", "en"),
]

# the older (2016) layout for about one person in five; the rest in the newer one
OLD_LAYOUT = {"Claire Vasseur", "Grégory Lasserre", "Karine Dufresne", "Olivier Castagné", "Thierry Bouvard", "Julien Mercadier", "Patrice Guénard",
              "Valérie Tessier", "Corinne Vidalenc", "Oliver Pryce", "Aurélie Castel", "Rémi Sabatier", "Ludovic Carrière", "Frédéric Monnier",
              "Hélène Crozat"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}

HEADER = [f"# mailbot dev153 corpus. Generated by scripts/make_corpus_dev153.py (seed {SEED}); do not edit by hand.",
          "# March and April 2019 of a Paris management consultant between jobs: recruiter InMail and headhunters, coaches and outplacement sellers, "
          "fee-charging 'missions', a few real peers; formal and casual French, English, some German. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li153(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2019), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories153(cs.EraStories):
    """Stories inside March and April 2019: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li153(self.g, self.b)
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
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev153")
    args = ap.parse_args()
    check_notes()
    c = Stories153(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(9)
    c.make_other(14)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
