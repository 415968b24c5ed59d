#!/usr/bin/env python3
"""Write mailbot's dev195 corpus: tests/corpus/dev195/*.eml + expected.toml.

The angle: two ordinary months of 2026 (February and March) of Alex, co-founder and CEO of
Cadran, a Paris start-up that sells scheduling software for maintenance technicians to
facility-management firms, while Alex raises a seed round. Their LinkedIn world: real
investors (associates, partners, angels) and fake "investor networks" or clubs that charge a
fee to pitch; customers who ask for a demo or a quote (buyers, who are not selling);
growth-hacking agencies, outsourced-SDR teams, offshore dev shops and fundraising advisers
with retainers; developers applying for the backend job; other founders sharing decks and
introductions; endorse-back requests from founders about to raise; a rude angel after being
ignored; French, English, some German, Spanish and Italian.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, and the text that spoofs
carry are swapped for this world in this process only (make_corpus.py itself is not changed).
Every story starts so that its last mail lands in February-March 2026. Every note was written
from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the
notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev195.py              # writes tests/corpus/dev195
    python scripts/make_corpus_dev195.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260195

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2026, 2, 2, 7, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2026, 3, 30, 20, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (4, 9), "acc": (0, 0), "end": (1, 8), "msg": (2, 12), "inm": (2, 10), "inv": (20, 32)})


def _span(steps) -> tuple[float, float]:
    lo = hi = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        lo += gap[0] + 600 / 86400
        hi += gap[1] + 40000 / 86400
    return lo, hi


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail lands inside the two months."""
    lo_span, hi_span = _span(steps)
    lo = WIN_LO
    hi = WIN_HI - timedelta(days=hi_span)
    if hi <= lo:
        lo = WIN_LO - timedelta(days=lo_span) / 2
        hi = lo + timedelta(hours=12)
    return lo, hi


def _start_date(self, era: str) -> datetime:
    lo, hi = getattr(self, "window", None) or (WIN_LO, WIN_HI)
    self.window = None
    return lo + timedelta(seconds=self.r.randint(0, int((hi - lo).total_seconds())))


mc.Gen.start_date = _start_date
_story = cs.Stories.story


def _story_in_window(self, scenario, lang, name, headline, location, nl, steps):
    self.g.window = _window(steps)
    return _story(self, scenario, lang, name, headline, location, nl, steps)


cs.Stories.story = _story_in_window

# ------------------------------------------------------------------ a seed-stage founder's world (this process only)
SKILLS = {
    "en": ["Fundraising", "B2B SaaS", "Go-to-Market Strategy", "Product Management", "Start-ups", "Enterprise Sales"],
    "de": ["Fundraising", "B2B-SaaS", "Go-to-Market-Strategie", "Produktmanagement", "Unternehmensgründung"],
    "fr": ["Levée de fonds", "SaaS B2B", "Stratégie go-to-market", "Gestion de produit", "Entrepreneuriat"],
    "es": ["Captación de fondos", "SaaS B2B", "Estrategia de salida al mercado", "Gestión de productos", "Emprendimiento"],
    "it": ["Raccolta fondi", "SaaS B2B", "Strategia go-to-market", "Product management", "Imprenditorialità"],
}
RHEADLINE = {"en": "Co-founder & CEO at Cadran | Scheduling for field maintenance teams",
             "de": "Mitgründer:in & CEO bei Cadran | Einsatzplanung für Wartungsteams",
             "fr": "Co-fondateur·rice & CEO chez Cadran | Planification des équipes de maintenance",
             "es": "Cofundador/a y CEO en Cadran | Planificación para equipos de mantenimiento",
             "it": "Co-founder & CEO presso Cadran | Pianificazione per squadre di manutenzione"}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.JOBS[:] = [("Founding Account Executive", "Tessella Software"), ("Head of Sales France", "Korvo"),
              ("Responsable commercial grands comptes SaaS", "Groupe Altair"), ("Account Executive (m/w/d)", "Nordwerk Robotics"),
              ("Customer Success Manager", "Plenio"), ("VP Sales Europe", "Hallfield Systems")]
retitle_other({
    "en": {"job": ("{n} new jobs for \"account executive saas\"", "Your job alert for account executive saas in {city}"),
           "news": "Is the European seed market finally thawing?", "group": "Top conversations in SaaS Founders Europe",
           "newsletter": "The Seed Memo: what a lead investor actually checks"},
    "de": {"job": ("{n} neue Jobs für „Account Executive SaaS“", "Ihr Jobalarm für Account Executive SaaS in {city}"),
           "news": "Seed-Finanzierung: Warum Runden länger dauern", "group": "Top-Unterhaltungen in B2B-SaaS Gründer DACH",
           "newsletter": "Runde zu: Notizen aus dem Fundraising"},
    "fr": {"job": ("{n} nouvelles offres pour « account executive saas »", "Votre alerte emploi pour account executive saas à {city}"),
           "news": "Levées de fonds : les seeds reprennent-elles en France ?", "group": "Meilleures discussions dans Fondateurs SaaS B2B France",
           "newsletter": "Le Brief Seed : ce que regarde vraiment un fonds"},
    "es": {"job": ("{n} empleos nuevos para «account executive saas»", "Tu alerta de empleo para account executive saas en {city}"),
           "news": "¿Vuelve la financiación semilla a Europa?", "group": "Conversaciones destacadas en Fundadores SaaS España",
           "newsletter": "Ronda Semilla: lo que mira un inversor líder"},
    "it": {"job": ("{n} nuove offerte per «account executive saas»", "La tua segnalazione di offerte per account executive saas a {city}"),
           "news": "Round seed in Europa: il peggio è passato?", "group": "Conversazioni principali in Founder SaaS Italia",
           "newsletter": "Il round: appunti di un founder sul seed"},
})
mc.COMPANIES["good"] = ["Serac Ventures", "Ardent Capital", "Northlight Ventures", "Trellis Ops", "Obrafy", "Klinikverbund Rhein-Neckar",
                        "Station F", "Kestrel Seed"]
mc.COMPANIES["sales"] = ["Scalr", "OutboundOps", "PipeForge", "ReplyRocket", "FundList", "Codeforge Technologies", "Leadzilla"]
mc.HEADLINES["good"] = ["Associate at {co}", "Partner | {co}", "Founder & CEO at {co}", "Head of Facilities at {co}",
                        "Backend engineer | ex-{co}", "Principal, {co}"]
mc.HEADLINES["sales"] = ["Growth Hacker | {co}", "Founder @ {co} | Outbound that books meetings", "Business Development | {co}",
                         "Partnerships Manager at {co}", "Helping founders raise faster | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "noauth",
                       "display:outlook.com", "untrusted:mx.google.com", "lookalike:linkedin-mail.co", "buried", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the signed term sheet with you. Sign in with your LinkedIn account to open it before 5pm.",
           "Alex, your deck got 14 investor views this week. Log in to see which funds opened it."],
    "de": ["Hallo {first}, ich habe Ihnen das unterschriebene Term Sheet freigegeben. Bitte melden Sie sich an, um es zu öffnen.",
           "Hallo Alex, 9 Investoren haben Ihr Pitchdeck angesehen. Melden Sie sich an, um die Liste zu sehen."],
    "fr": ["Bonjour {first}, je vous ai partagé la lettre d'intention signée. Connectez-vous pour la consulter avant ce soir.",
           "Alex, les coordonnées bancaires pour le closing du BSA AIR ont changé. Merci de valider via le lien."],
    "es": ["Hola {first}, te he compartido la carta de intenciones firmada. Inicia sesión para verla hoy.",
           "Alex, 11 inversores han visto tu presentación. Entra para ver qué fondos la abrieron."],
    "it": ["Ciao {first}, ti ho condiviso il term sheet firmato. Accedi per aprirlo entro oggi.",
           "Alex, le coordinate bancarie per il closing sono cambiate. Conferma tramite il link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation: investors, a buyer, an applicant, founders
P("good_invitation", "fr", "Claire Vasseur", "Associate | Serac Ventures – seed B2B", "Paris",
  ("inv", "Bonjour Alex, j'ai vu passer Cadran dans la newsletter de Station F. On investit en seed dans le SaaS vertical et la maintenance terrain "
          "nous intéresse vraiment. Un café la semaine prochaine pour que je comprenne ce que vous construisez ? Pas besoin de deck."),
  ("rem",))
P("good_invitation", "fr", "Graham Oduya", "Former COO, Hollister Facilities | Angel investor", "London",
  ("inv", "Alex - I ran field ops for 1,800 engineers for a decade and scheduling was the bane of my life. Heard you're raising. I write small cheques "
          "and, more usefully, know most of the FM buyers in the UK. Happy to make intros either way."), nl="en")
P("good_invitation", "de", "Sabine Kästner", "Leiterin Technisches Gebäudemanagement | Klinikverbund Rhein-Neckar", "Heidelberg",
  ("inv", "Hallo Alex, wir planen 45 Haustechniker an vier Standorten noch mit Excel. Ein Kollege aus Lyon hat uns Cadran empfohlen. "
          "Könnten Sie uns das Tool einmal vorführen und uns ein Angebot für dieses Jahr machen?"),
  ("rem",))
P("good_invitation", "fr", "Yanis Haddad", "Développeur backend Go / PostgreSQL", "Montreuil",
  ("inv", "Salut Alex, j'ai vu l'offre backend de Cadran sur Welcome to the Jungle. 5 ans de Go, dont 2 sur de l'optimisation de tournées "
          "(le voyageur de commerce me hante). Mon GitHub est sur mon profil, dispo pour le test technique quand vous voulez."))
P("good_invitation", "es", "Lucía Bermejo", "Cofundadora & CEO | Obrafy (software para constructoras)", "Madrid",
  ("inv", "¡Hola Alex! Nos cruzamos en el demo day de Kima. Cerramos la seed hace dos meses con un fondo que está mirando Francia; "
          "si te sirve te paso nuestro deck y te presento al partner. Entre founders hay que echarse un cable 🙂"),
  ("rem",))
P("good_invitation", "it", "Davide Parisi", "Program manager | Officina Startup Milano", "Milano",
  ("inv", "Ciao Alex, giovedì prossimo facciamo una serata di pitch per startup B2B a Milano: sei fondi in sala, nessuna quota di partecipazione, "
          "aperitivo offerto. Se ti va di presentare Cadran ti tengo uno slot."))
P("good_invitation", "en", "Priyanka Raman", "Founder, Shiftboard | hiring tools for shift workers", "Berlin",
  ("inv", "hey Alex, founder question if you have 2 min: when you set up your BSPCE pool did you size it for 18 months of hires or the whole seed? "
          "our Paris lawyer and our German one completely disagree lol"))


# =============================================================== default_invitation
P("default_invitation", "fr", "Kevin Morel", "Business Developer | Solutions digitales", "Lyon", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Stuart Pennock", "Growth | SaaS | Automation | Coffee", "Manchester", ("inv", NONOTE))
P("default_invitation", "de", "Jens Albrecht", "Vertrieb | IT-Dienstleistungen für den Mittelstand", "Köln", ("inv", DEFAULT))
P("default_invitation", "it", "Serena Galli", "Consulente | Finanza agevolata e bandi", "Bergamo", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Diego Salvatierra", "Emprendedor | Inversor | Speaker", "Sevilla", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Maxime Tessier", "Growth Hacker 🚀 J'automatise votre prospection | Scalr", "Paris",
  ("inv", "Hello Alex ! On a aidé 40 SaaS B2B à générer 30 à 50 RDV qualifiés par mois avec des séquences LinkedIn + email automatisées. "
          "Je vous montre comment en 20 min ? Premier mois offert pour les boîtes en seed."))
P("sales_invitation", "fr", "Ryan Whitlock", "Founder | OutboundOps – outsourced SDR teams for seed-stage SaaS", "Austin",
  ("inv", "Alex - saw Cadran is hiring sales. Before you burn 6 months recruiting SDRs: we plug in a trained team in 2 weeks and you pay per "
          "meeting booked. Worth 15 min?"),
  ("rem",), nl="en")
P("sales_invitation", "fr", "Bertrand de Castelnau", "Président | Cercle Angels Rive Gauche", "Paris",
  ("inv", "Bonjour Alex, notre cercle réunit 120 business angels. Les startups retenues pitchent chaque mois devant nos membres "
          "(frais de dossier 690 € HT, relecture du deck incluse). Souhaitez-vous candidater pour la session d'avril ?"))
P("sales_invitation", "de", "Oliver Brandstetter", "Managing Partner | Kapitalbrücke Advisory – Fundraising für Start-ups", "München",
  ("inv", "Hallo Alex, wir begleiten Seed-Runden von A bis Z: Investorenliste, Deck, Verhandlung. Retainer 4.000 €/Monat plus 5 % Success Fee. "
          "Lust auf ein kurzes Kennenlernen?"))
P("sales_invitation", "en", "Arjun Mehta", "Business Development | Codeforge Technologies – dedicated dev teams", "Pune",
  ("inv", "Hi Alex, hope you are doing well. We provide dedicated React/Node developers at $22/hour for European startups with 2 weeks free trial. "
          "Can I share some profiles and case studies? Kindly let me know suitable time."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Julien Carrasco", "Fondateur | SaaS Founders Paris", "Paris",
  ("inv", "Salut Alex, je monte un petit cercle de fondateurs SaaS B2B à Paris : un dîner par mois, on partage nos galères de levée et de "
          "recrutement, zéro slide. Ça te dirait d'en être ?"),
  ("msg", "Top que tu nous rejoignes ! Petite précision : le cercle fonctionne avec notre programme Investor Ready (2 900 € HT), qui donne accès "
          "à nos 80 fonds partenaires et à du coaching pitch. Je t'envoie le bon de commande ?", (3, 9)),
  ("msg", "Je relance pour Investor Ready : il reste trois places dans la prochaine cohorte, après le tarif passe à 3 400 €.", (5, 12)))
P("bait_and_switch_invitation", "en", "Nathan Greaves", "Founder | ex-Head of Sales | building in public", "Bristol",
  ("inv", "Hi Alex, fellow founder here. Genuine question: how did you hire your first AE? We're about to and I'm terrified of getting it wrong. "
          "Would love to compare notes."),
  ("msg", "Thanks for accepting! Should have said - we actually solved this for ourselves by building PipeForge, an outsourced SDR pod. "
          "12 meetings a month guaranteed or you don't pay. Could I walk you through it on Thursday?", (2, 8)))
P("bait_and_switch_invitation", "fr", "Aurore Delacroix", "Conseil en levée de fonds | ex-VC", "Lyon",
  ("inv", "Bonjour Alex, j'ai rédigé un guide gratuit « Préparer sa data room de seed » (checklist + modèles). Je serais ravie de vous l'envoyer, "
          "une trentaine de fondateurs s'en sont servi."),
  ("msg", "Voici le guide promis. Et si vous voulez gagner du temps, je peux monter votre data room et relire votre BP : forfait seed à 3 500 € HT. "
          "Je vous fais une proposition ?", (2, 6)))
P("bait_and_switch_invitation", "en", "Khalid Al-Mansouri", "Partner | Global Angel Syndicate Network", "Dubai",
  ("inv", "Dear Alex, we are building a global community of founders and angel investors to share deal flow and learnings. Membership is by "
          "invitation only. Would be honoured to connect."),
  ("msg", "Dear Alex, welcome aboard. To present Cadran to our 400+ accredited angels, startups complete due diligence onboarding "
          "(EUR 2,500, refundable against success fee). Shall I send the payment link?", (2, 7)),
  ("msg", "Hi Alex, following up on the onboarding. Our next investor showcase is on the 28th and slots are almost gone.", (4, 10)))
P("bait_and_switch_invitation", "fr", "Federica Santini", "Community lead | Italian Founders in Paris", "Paris",
  ("inv", "Ciao Alex! Sto mettendo insieme una community di founder italiani e francesi a Parigi: aperitivi una volta al mese e un gruppo "
          "WhatsApp per scambiarsi contatti. Ti va di unirti?"),
  ("msg", "Grazie per aver accettato! Intanto ti presento la mia agenzia: facciamo growth hacking e cold emailing per SaaS, pacchetto starter "
          "a 1.800 €/mese. Ti mando una proposta?", (3, 10)), nl="it")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Laurent Bisset", "Rédacteur en chef | French Tech Insider", "Paris",
  ("inm", "Cadran dans notre classement 2026", "Bonjour Alex, nous préparons notre classement des 50 startups B2B françaises à suivre en 2026 "
          "et Cadran a retenu l'attention du jury. Pourriez-vous nous envoyer deux ou trois éléments sur votre activité et votre levée ?"),
  ("inm", "Classement 2026 : votre fiche", "Merci Alex pour vos réponses ! Pour figurer dans le classement, nous proposons un pack visibilité "
          "(portrait, interview, logo) à 1 200 € HT. Je vous envoie le devis ?"))
P("bait_and_switch_inmail", "en", "Hanneke de Vries", "Investor Relations | AngelMatch Europe", "Amsterdam",
  ("inm", "Curated deal flow – Cadran", "Hi Alex, our team hand-picks 15 startups a month for a network of 600 European angels, and Cadran came up "
          "in our screening. There's no cost to be considered. Could you share your deck?"),
  ("inm", "Next step: your AngelMatch listing", "Great deck, Alex, you've been shortlisted! The listing and investor-matching programme is "
          "EUR 3,900 for six months. Can we jump on a call to get you onboarded before our next showcase?"))
P("bait_and_switch_inmail", "de", "Florian Weiß", "Host | Gründergeflüster – der B2B-Podcast", "Berlin",
  ("inm", "Interview für Gründergeflüster?", "Hallo Alex, ich mache einen Podcast über europäische B2B-Gründer:innen und würde dich gern zu "
          "deiner Seed-Runde interviewen. 30 Minuten, ganz locker, per Zoom."),
  ("inm", "Dein Podcast-Termin", "Super, dass du dabei bist! Für Schnitt, Promo und Social-Clips berechnen wir eine Produktionspauschale von "
          "690 €. Sobald die Zahlung da ist, buchen wir die Aufnahme."))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Thomas Girardot", "Co-fondateur | Flotteo", "Nantes",
  ("end",), ("end",),
  ("msg", "Hello Alex, je t'ai recommandé pour {skill} et deux trois autres trucs 😉 tu pourrais me rendre la pareille sur Recrutement et "
          "Growth marketing ? On part en levée et les fonds regardent nos profils..."))
P("endorse_me_back", "en", "Kayleigh Brennan", "Growth Marketing Lead | B2B SaaS", "Dublin",
  ("end",),
  ("msg", "Hey Alex! Just endorsed you for {skill} 🙌 would you mind returning the favour for Growth Marketing and Demand Gen? Sprucing up "
          "the profile before I start looking. Cheers!"))
P("endorse_me_back", "es", "Andrés Villalobos", "Fundador | Reparo – mantenimiento industrial", "Valencia",
  ("end",), ("end",),
  ("msg", "¡Qué tal Alex! Te he validado {skill}, que te lo has ganado. ¿Me devuelves el favor con Ventas B2B y Liderazgo? Mil gracias, crack."))


# =============================================================== hostility_after_decline (the rude angel among them)
P("hostility_after_decline", "fr", "Gérard Moulinier", "Business Angel | Ex-fondateur (exit 2019)", "Neuilly-sur-Seine",
  ("inv", "Bonjour Alex, j'ai vu que Cadran levait. Je peux mettre un ticket de 50 k€ à une valorisation raisonnable et je connais bien les "
          "directeurs techniques de l'industrie. Échangeons vite."),
  ("rem",),
  ("inm", "Votre levée", "Alex, je vous ai proposé 50 000 € et vous n'avez même pas eu la courtoisie de répondre. Vous, les jeunes fondateurs, "
          "vous croyez que l'argent tombe du ciel. Ce manque de savoir-vivre vous coûtera cher, Paris est un petit milieu, croyez-moi."))
P("hostility_after_decline", "en", "Derek Stroud", "Partner | VentureBridge Investor Network", "London",
  ("inv", "Alex, we connect promising founders with our investor network. Let's talk about getting Cadran in front of the right people."),
  ("inm", "Disappointed", "Funny how founders who are 'raising' can't find five minutes to reply. I've seen a hundred like you, arrogant "
          "right up until the money runs out. Good luck, you'll need it."))
P("hostility_after_decline", "de", "Dirk Steinhauer", "Inhaber | LeadMotor – B2B-Leadgenerierung", "Stuttgart",
  ("inv", "Hallo Alex, wir füllen Vertriebskalender von SaaS-Firmen mit qualifizierten Terminen. Kurzer Austausch diese Woche?"),
  ("rem",),
  ("inm", "Kein Interesse? Schade.", "Hallo Alex, ich habe Ihnen zweimal geschrieben. Dass man als Gründer nicht einmal ein kurzes „Nein danke“ "
          "hinbekommt, ist schlicht unprofessionell. So wird das nichts mit Ihrem Vertrieb."))
P("hostility_after_decline", "it", "Marco Ferraresi", "Angel investor | Advisor per startup", "Torino",
  ("inv", DEFAULT),
  ("inm", "Davvero?", "Alex, ti ho chiesto il collegamento dopo il tuo pitch a Torino e mi ignori? Con questa arroganza non vai lontano. "
          "Consiglio gratis: l'umiltà è la prima qualità di un founder, e a te manca."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Sébastien Roux", "Fondateur | Hyperscale – agence growth B2B", "Paris",
  ("msg", "Hello Alex, on booste l'acquisition des SaaS B2B (growth hacking + ads LinkedIn). Trois clients ont triplé leurs demandes de démo en "
          "60 jours. Je te montre ?"),
  ("msg", "Je relance : notre offre startup à 1 500 €/mois s'arrête vendredi."),
  ("msg", "Sérieusement Alex ? Deux messages sans réponse. C'est pas pro du tout, et franchement ça en dit long sur la façon dont tu gères ta boîte."))
P("hostility_connection", "en", "Craig Mallory", "Managing Director | Seedline Capital Partners", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. We run a fundraising accelerator: EUR 4,500 gets you warm intros to 50 seed funds across Europe. Interested?"),
  ("msg", "No reply? Honestly, founders like you are why half of Paris's startups die. Too proud to take help. Your loss, mate."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Pauline Marchetti", "Fondatrice | Prospekto – SDR externalisés", "Lille",
  ("msg", "Bonjour Alex, vous recrutez vos premiers commerciaux ? Chez Prospekto on met à disposition des SDR formés au SaaS, opérationnels "
          "en 10 jours. Un échange de 20 minutes cette semaine ?"),
  ("msg", "Alex, je me permets de revenir vers vous : on a une place qui se libère le mois prochain pour une équipe de deux SDR (à partir de 3 900 €/mois)."),
  ("msg", "Dernière relance de ma part : je vous envoie notre étude de cas avec un SaaS de la maintenance ? Ça pourrait vous parler."))
P("connection_only_pitches", "en", "Josh Kerrigan", "CEO | InvestorBase – the CRM for fundraising", "New York",
  ("msg", "Alex! Congrats on kicking off the raise. Most founders track VCs in a spreadsheet and lose deals. InvestorBase has 12k seed investors "
          "with thesis filters, $79/month. Want a free week?"),
  ("msg", "Quick bump - founders in your cohort closed 30% faster using our pipeline view. Happy to set you up today."))
P("connection_only_pitches", "fr", "Hugo Ferrand", "Consultant CIR / CII | Innov'Financement", "Paris",
  ("msg", "Bonjour Alex, avez-vous déjà valorisé votre R&D au titre du Crédit d'Impôt Recherche ? Nous montons le dossier de A à Z, "
          "rémunération au succès (25 %)."),
  ("msg", "Je reviens vers vous, la campagne CIR 2025 se prépare maintenant. Un appel de 15 min pour estimer votre éligibilité ?"))
P("connection_only_pitches", "es", "Raquel Montoya", "Head of Partnerships | Leadzilla", "Barcelona",
  ("msg", "Hola Alex! En Leadzilla generamos listas de leads verificados de empresas de mantenimiento en toda Europa. ¿Te paso una muestra "
          "gratuita de 50 contactos?"),
  ("msg", "Alex, te escribo de nuevo: este mes tenemos un 30 % de descuento en el paquete de 5.000 leads. ¿Lo vemos en una llamada?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Camille Berthier", "Avocate | Startups & levées de fonds", "Paris",
  ("msg", "Bonjour Alex, félicitations pour la levée qui se prépare ! Notre cabinet propose un forfait seed (pacte, BSA AIR, AG) à 6 900 € HT. "
          "Je vous envoie la plaquette ?"))
P("single_pitch", "fr", "Owen Pritchard", "Sales | DeskHive flexible offices", "Paris",
  ("msg", "Hi Alex, congrats on the growth! We've just opened a 40-desk floor in Sentier; founders get two months free on a 12-month contract. "
          "Fancy a tour next week?"), nl="en")
P("single_pitch", "de", "Katharina Vogl", "Recruiting Partner | TechTalent Agentur", "Berlin",
  ("msg", "Hallo Alex, ihr sucht Backend-Entwickler:innen? Wir hätten drei vorgeprüfte Kandidaten, Honorar 20 % vom Jahresgehalt. "
          "Soll ich dir die Profile schicken?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Isabelle Chaumont", "Partner | Ardent Capital", "Paris",
  ("msg", "Alex, suite à notre call : je te présente Marc Duval, DSI de Veltia Services, ils cherchent justement à remplacer leur outil de "
          "planning. Je vous mets en copie par mail ce soir. Et sur le deck, slide 7 : mets la rétention avant le marché."),
  ("msg", "Le comité a bien aimé. On revient vers toi jeudi avec une proposition de term sheet. Prépare ton cap table à jour.", (6, 14)))
P("connection_brings_value", "en", "Sam Okonkwo", "Founder & CEO | Trellis Ops", "London",
  ("end",),
  ("msg", "Alex, saw you're raising. Our lead at Kestrel Seed mentioned they're looking at field-service software in France. "
          "Want me to do a double opt-in intro? Also happy to share our seed SPA, it saved us weeks with the lawyers."))
P("connection_brings_value", "fr", "Nadia Benali", "Chargée d'affaires Innovation | Bpifrance", "Paris",
  ("msg", "Bonjour Alex, pour info la Bourse French Tech ouvre une nouvelle vague dans trois semaines (jusqu'à 30 k€ de subvention). Votre dossier coche "
          "les cases ; je peux le relire avant le dépôt si vous voulez."))
P("connection_brings_value", "it", "Lorenzo Bellini", "Partner | Ventura Seed", "Milano",
  ("msg", "Ciao Alex, ho girato il vostro deck a due colleghi di un fondo di Lione che co-investe in seed: sono interessati e ti scrivono "
          "entro la settimana. Intanto ti allego il nostro benchmark sulle valutazioni seed 2025 in Europa, gratis, usalo pure."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Rebecca Lyle", "Partner, Executive Search | Harrow & Finch", "London",
  ("inm", "CEO – Series B field-service SaaS (Amsterdam)", "Hi Alex, I'm retained by a Series B field-service software company in Amsterdam "
          "to find their next CEO. I realise you're mid-raise at Cadran, so this may well be a no, but your background fits unusually well. "
          "Package is base plus meaningful equity. Open to a confidential 20-minute chat?"))
P("stranger_inmail_recruiter", "fr", "Mathilde Roy", "Talent Partner | Lumière Capital", "Paris",
  ("inm", "Venture Partner à temps partiel", "Bonjour Alex, nous recrutons un·e Venture Partner à temps partiel (un jour par semaine) pour "
          "notre fonds seed B2B, en parallèle de votre rôle de fondateur. Rémunération fixe plus carried. Seriez-vous ouvert·e à en parler ?"))
P("stranger_inmail_recruiter", "de", "Markus Eberl", "Head of Talent | Nordwerk Robotics", "München",
  ("inm", "VP Product (m/w/d) – Nordwerk Robotics", "Hallo Alex, wir suchen eine:n VP Product mit B2B-SaaS-Erfahrung für unsere Flottensoftware. "
          "Gehaltsband 140–160 k€ plus ESOP, remote aus Paris möglich. Falls das gerade nicht passt, freue ich mich auch über eine Empfehlung."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brandon Tilley", "SDR Manager | ReplyRocket", "Denver",
  ("inm", "40 demos a month for Cadran?", "Hi Alex, we book 30-40 qualified demos a month for vertical SaaS companies using AI-personalised outbound. "
          "Pricing is per meeting. Worth a quick call?"),
  ("inm", "Re: 40 demos a month for Cadran?", "Bumping this up, Alex - we have room for one more client this month."))
P("stranger_inmail_sales", "fr", "Chloé Varenne", "Business Developer | FundList – base de données investisseurs", "Paris",
  ("inm", "2 400 fonds seed qualifiés", "Bonjour Alex, FundList recense 2 400 fonds et business angels actifs en seed, avec thèses et tickets. "
          "Abonnement à 149 €/mois, sans engagement. Je vous ouvre un accès démo ?"))
P("stranger_inmail_sales", "es", "Mateo Quiroga", "Director Comercial | Nearshore Devs LATAM", "Bogotá",
  ("inm", "Desarrolladores senior desde 35 USD/h", "Hola Alex, ayudamos a startups europeas a escalar su equipo técnico con desarrolladores "
          "senior en Colombia y México, en tu zona horaria casi. ¿Agendamos 20 minutos para mostrarte perfiles?"))
P("stranger_inmail_sales", "de", "Anja Fiedler", "Partnerschaften | Pitchdeck-Profis", "Hamburg",
  ("inm", "Ihr Pitchdeck – bereit für Investoren?", "Hallo Alex, wir gestalten Pitchdecks, die Investoren wirklich lesen. Paket Seed: 2.490 €, "
          "Lieferung in 10 Tagen. Darf ich Ihnen Beispiele schicken?"),
  ("inm", "Kurze Nachfrage", "Hallo Alex, haben Sie meine Nachricht gesehen? Diesen Monat gibt es 15 % Rabatt auf das Seed-Paket."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Antoine Lacoste", "Fondateur | Boussole (fintech B2B) – seed 2025", "Paris",
  ("inv", "Salut Alex, on a levé notre seed l'an dernier avec un profil assez proche du tien. Si ça peut t'aider, je te partage notre deck et "
          "notre modèle de mail aux VC, sans contrepartie."),
  ("msg", "Voilà le deck et le template de mail. Mon conseil : envoie par vagues de 10 fonds, pas 50 d'un coup.", (1, 5)),
  ("msg", "Au fait, je lance une activité de conseil en levée pour founders : 5 000 € le forfait + 2 % au succès. Vu qu'on se connaît, je te "
          "fais -20 %. Ça te tente ?", (8, 18)))
P("good_turns_ugly", "en", "Elena Marković", "Angel investor & mentor | ex-enterprise sales", "Amsterdam",
  ("inv", "Alex, I mentor first-time founders on enterprise sales, unpaid, I just enjoy it. Saw your post on your first 10 customers; if you want "
          "a second pair of eyes on your pricing page, happy to help."),
  ("msg", "Had a look. I'd drop the per-technician tier under 10 seats, it confuses buyers. My notes are in the doc I shared.", (2, 6)),
  ("end",),
  ("msg", "Hi Alex! I've endorsed you for {skill} - would you mind endorsing me for Sales Coaching and Mentoring? I'm launching a cohort "
          "and a bit of social proof helps.", (2, 6)))
P("good_turns_ugly", "es", "Paula Echeverría", "Directora de programa | Lanzadera B2B", "Madrid",
  ("inv", "Hola Alex, a finales de mes hacemos un taller gratuito online sobre cómo vender SaaS a grandes cuentas en España. Si pensáis "
          "entrar en el mercado español, te reservo plaza."),
  ("msg", "¡Gracias por venir al taller! Te dejo la grabación y las plantillas de propuesta comercial que compartimos.", (3, 8)),
  ("msg", "Alex, te cuento: nuestro programa de aterrizaje en España cuesta 8.000 € por trimestre e incluye agenda de reuniones con clientes. "
          "¿Te paso el dossier?", (6, 14)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Gavin Royce", "Founder | ColdStack – outbound as a service", "Leeds",
  ("inm", "Book 40 demos/month", "Alex, quick one. We run done-for-you outbound for seed SaaS, 40 booked demos a month or we work for free. "
          "Can I send you pricing?"),
  ("inv", "Hi Alex, think we crossed paths at the SaaStr Europa after-party? Would be great to stay connected!", (18, 28)))
P("reinvite_known_bad", "fr", "Arnaud Pellerin", "Développeur d'affaires | Agence Lumio", "Paris",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, je suis moi aussi passé par Station F, ravi de rejoindre votre réseau.", (18, 28)))
P("reinvite_known_bad", "it", "Simona Guerra", "Sales Director | Finanza Startup Srl", "Milano",
  ("inv", "Buongiorno Alex, aiutiamo le startup a ottenere finanziamenti agevolati e bandi europei, con fee solo a successo (8 %). Le va una call?"),
  ("inv", "Ciao Alex, ho letto il tuo post sulla seed e mi è piaciuto molto, mi farebbe piacere seguirti!", (18, 28)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Philippe Arnaud", "Président | Club des Investisseurs Privés de l'Ouest", "Rennes",
  ("inv", "Bonjour Alex, notre club cherche des dossiers SaaS pour son prochain comité. Souhaitez-vous nous présenter Cadran ?"),
  ("inm", "Sans réponse", "Je constate que vous ne répondez pas. Les fondateurs qui snobent les investisseurs de région finissent toujours "
          "par revenir nous supplier. Je m'en souviendrai.", (6, 12)),
  ("inv", "Bonjour Alex, nouvelle saison pour notre club, restons en contact.", (15, 22)))
P("reinvite_known_ugly", "en", "Vikram Sethi", "Founder | StartupBoost Global", "Singapore",
  ("inm", "Free feature in our founder newsletter", "Hi Alex, we're profiling 20 European founders in our 80k-reader newsletter, completely free. "
          "Could you answer five quick questions about Cadran?"),
  ("inm", "Your StartupBoost profile", "Thanks Alex, lovely answers! To publish your profile there is a small editorial fee of USD 750, "
          "payable by card. Shall I send the link?", (2, 6)),
  ("inv", "Hi Alex, would love to connect and keep in touch!", (15, 22)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Guillaume Lenoir", "Associé | Ascend Fundraising Partners", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Puisque vous levez : nous accompagnons les seeds au succès (4 %) avec un retainer mensuel modeste. "
          "On en parle ?"))
P("user_invited_pitch_once", "en", "Lena Schultz", "Head of Growth | Loopwise", "Berlin",
  ("acc",),
  ("msg", "Thanks for the add, Alex! Great chatting at the VivaTech pre-event. We're rolling Loopwise (AI outbound personalisation) out to "
          "seed startups at 50% off - want a trial seat?"))
P("user_invited_pitch_once", "de", "Tobias Engel", "Geschäftsführer | Engel Fördermittelberatung", "Frankfurt am Main",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Für Ihren Markteintritt in Deutschland beantragen wir Fördermittel für Sie, Erfolgshonorar 12 %. "
          "Soll ich Ihnen unsere Unterlagen schicken?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Margaux Delorme", "CEO | Tracto Growth – growth marketing B2B", "Bordeaux",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex ! Vu votre stade, notre offre « Seed to A » peut vous intéresser : SEO, ads et outbound pilotés par nous, "
          "2 200 €/mois. Je vous montre un cas client ?"),
  ("msg", "Petite relance Alex : je peux vous faire un audit d'acquisition offert si on signe avant la fin du mois."))
P("user_invited_pitch_twice", "en", "Darren Fitch", "Partner | Horizon Investor Access", "London",
  ("acc",),
  ("msg", "Cheers for connecting, Alex. We run a quarterly investor evening in London: ten founders pitch to 60 angels. Founder places are "
          "£1,200. Shall I hold one for Cadran?"),
  ("msg", "Alex, last couple of founder places for the next evening. Let me know by Friday and I'll pop you on the list."))
P("user_invited_pitch_twice", "es", "Sofía Castaño", "Socia | Talento Tech Recruiting", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Vi que buscáis backend. Tenemos perfiles senior de Go listos para entrevistar; nuestra tarifa es el "
          "18 % del salario bruto. ¿Te envío tres CV?"),
  ("msg", "Hola Alex, vuelvo a escribirte: uno de los candidatos tiene otra oferta, si quieres verle esta semana te organizo la entrevista."))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Étienne Marchal", "Directeur des opérations | Sodexa Maintenance", "Lyon",
  ("acc",),
  ("msg", "Merci Alex pour l'invitation. Suite au salon, on aimerait tester Cadran sur notre agence de Villeurbanne (60 techniciens). "
          "Vous pouvez nous faire une démo et une proposition tarifaire ?"))
P("user_invited_value", "en", "Olivia Brandt", "Principal | Northlight Ventures", "London",
  ("acc",),
  ("msg", "Thanks for reaching out, Alex. We're not leading seeds in France this year, but I'd happily follow. Two funds I'd talk to are "
          "Kestrel Seed and Haldane Partners; I've pinged both partners with your one-pager."))
P("user_invited_value", "it", "Giorgio Venturi", "CTO | Manutenza", "Bologna",
  ("acc",),
  ("msg", "Grazie per il collegamento! Come ti dicevo a Station F, ti giro il nostro connettore per SAP PM, è open source su GitHub. "
          "Se vi serve una mano per integrarlo, chiedi pure."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Sandrine Poulain", "Partner | Cap Horn Ventures", "Paris", ("acc",))
P("acceptance_only", "en", "Liam Prescott", "Head of Operations | BrightFM", "Birmingham", ("acc",))
P("lone_endorsement", "fr", "Bastien Lemoine", "Product Manager | Qonfort", "Paris", ("end",))
P("lone_endorsement", "de", "Nina Hartmann", "Werkstudentin Customer Success | Cadran", "Berlin", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Isabelle Chaumont", "isabelle@ardent-capital.example", "Intro : Alex (Cadran) <> Marc (Veltia Services)",
     "Marc, Alex,\n\ncomme promis sur LinkedIn, je vous mets en relation. Marc cherche un outil de planning pour ses 300 techniciens, "
     "Alex en a construit un très bon. Je vous laisse caler un créneau.\n\nIsabelle", "fr"),
    ("Welcome to the Jungle", "notifications@wttj.example", "Nouvelle candidature : Développeur·se Backend Go",
     "Bonjour,\n\nYanis Haddad a postulé à votre offre « Développeur·se Backend Go ». Son CV et son profil LinkedIn sont joints à la candidature.", "fr"),
    ("Qonto", "no-reply@qonto.example", "Votre relevé de février est disponible",
     "Bonjour Alex,\n\nvotre relevé de compte est disponible dans l'application. Suivez nos actualités sur LinkedIn et X.", "fr"),
    ("Graham Oduya", "graham.oduya@hollister-angels.example", "Following up on my LinkedIn note",
     "Hi Alex,\n\nsent you a note on LinkedIn but I know those get buried. Happy to intro you to three FM buyers in the UK whenever suits.\n\nGraham", "en"),
    ("Station F", "hello@stationf.example", "This week at the campus: investor office hours",
     "Hi founders,\n\nOffice hours with seed investors are open for booking. Add the event to your LinkedIn profile if you speak at one.", "en"),
    ("Inès (Cadran)", "ines@cadran.example", "Re: spam LinkedIn",
     "Alex,\n\nj'ai reçu la même relance du type du « cercle de fondateurs » sur LinkedIn. On devrait faire une liste des gens à ignorer pendant la levée.\n\nInès", "fr"),
    ("Calendly", "notifications@calendly.example", "New event: Demo Cadran – Klinikverbund Rhein-Neckar",
     "A new event has been scheduled.\n\nInvitee: Sabine Kästner\nEvent: Cadran demo (45 min)\nNote: found you via LinkedIn.", "en"),
    ("Lucía Bermejo", "lucia@obrafy.example", "Deck + intro",
     "¡Hola Alex!\n\nTe paso el deck que te comenté por LinkedIn y te presento a Jaime, partner del fondo. Suerte con la ronda.\n\nLucía", "es"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))
assert len({_s[2] for _s in PEOPLE}) == len(PEOPLE)

ERAS = {s[2]: "cur" for s in PEOPLE}
HEADER = [f"# mailbot dev195 corpus. Generated by scripts/make_corpus_dev195.py (seed {SEED}); do not edit by hand.",
          "# Two months of 2026 of a Paris founder raising a seed round who also sells a B2B product: investors, paid investor networks, "
          "buyers asking for demos, growth and SDR sellers, applicants, founders sharing intros, a rude angel. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev195", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
