#!/usr/bin/env python3
"""Write mailbot's twenty-eighth, independent development corpus: tests/corpus/dev28/*.eml + expected.toml.

The angle: the user Alex is the CTO and co-founder of Quillstack, a 60-person B2B SaaS startup in
Berlin. Their LinkedIn world: investors and VCs (real introductions, scouts, "let's stay in touch",
free CTO communities) against venture-debt and investor-matching sellers; devtools, observability,
security and cloud vendors; engineering recruiters who bring a real role against staffing agencies
that sell CVs at a fee; open-source maintainers asking for a review; conference call-for-papers
(free community events) against pay-to-speak "speaker partner" packages and pay-to-play podcasts;
first-time founders asking for advice; ex-colleagues; nearshore dev shops; and AI-tool founders who
ask for "honest feedback, not a pitch" and then send a price. Mostly English with some German and
French, written the way people type on LinkedIn: lowercase, tech slang, emoji.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert titles,
other LinkedIn mail, the headlines of spoof-only names and PYMK suggestions, and the pitches that
spoofs carry are swapped for this startup world in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's signals,
judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev28.py              # writes tests/corpus/dev28
    python scripts/make_corpus_dev28.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260828

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ startup world (this process only)
SKILLS = {
    "en": ["Software Architecture", "Kubernetes", "Distributed Systems", "Engineering Leadership", "Python", "Amazon Web Services (AWS)"],
    "de": ["Softwarearchitektur", "Kubernetes", "Verteilte Systeme", "Technische Führung", "Python"],
    "fr": ["Architecture logicielle", "Kubernetes", "Systèmes distribués", "Leadership technique", "Python"],
    "es": ["Arquitectura de software", "Kubernetes", "Sistemas distribuidos", "Liderazgo técnico", "Python"],
    "it": ["Architettura software", "Kubernetes", "Sistemi distribuiti", "Leadership tecnica", "Python"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "CTO & Co-founder at Quillstack", "de": "CTO & Mitgründer:in bei Quillstack", "fr": "CTO et cofondateur·rice chez Quillstack",
             "es": "CTO y cofundador/a en Quillstack", "it": "CTO e co-founder presso Quillstack"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
# LinkedIn's wording in this inbox is English, German or French
mc.LANGS[:] = ["en", "de", "fr", "en", "en"]
mc.JOBS[:] = [("VP Engineering", "Ledgerline"), ("Head of Platform (m/w/d)", "Fernwerk GmbH"), ("Staff Backend Engineer", "Parcelry"),
              ("Engineering Manager, Infrastructure", "Tallyhq"), ("CTO – Series A", "Northbeam Labs")]
mc.COMPANIES["good"] = ["Ledgerline", "Fernwerk", "Parcelry", "Tallyhq", "Northbeam Labs", "Kubly", "Mediloop", "Brightwater Capital"]
mc.COMPANIES["sales"] = ["Observa", "Crestline Dev", "Vaultline", "Streamforge", "DevBridge Staffing", "Lintwise", "Meshline", "CloudTrim"]
mc.HEADLINES["good"] = ["Staff Engineer at {co}", "CTO at {co}", "Engineering Manager | {co}", "Head of Platform at {co}", "Principal SRE at {co}",
                        "Investor at {co}", "Open-source maintainer | {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping SaaS teams ship faster | {co}", "Founder & CEO at {co}", "Business Development | {co}",
                         "Partnerships Lead at {co}", "Senior Tech Recruiter | {co}"]
for _l, _subj in {"en": ["quick q", "Your AWS bill", "Idea for Quillstack", "15 min?", "Re: your platform team"],
                  "de": ["Kurze Frage", "Eure Cloud-Kosten", "Idee für Quillstack", "15 Minuten?"],
                  "fr": ["Petite question", "Vos coûts cloud", "Une idée pour Quillstack", "15 minutes ?"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
SPOOF_PITCH = {
    "en": ["Hi {first}, I shared the architecture review deck with you via LinkedIn Secure Docs. Sign in to open it before it expires.",
           "Hey {first}, your team's cloud account was flagged in our partner audit. Log in here to see the findings and book the remediation call."],
    "de": ["Hallo {first}, ich habe dir die Unterlagen zum Architektur-Review über LinkedIn Secure Docs freigegeben. Bitte anmelden, um sie zu öffnen.",
           "Hallo {first}, euer Cloud-Konto ist in unserem Partner-Audit aufgefallen. Hier anmelden und Ergebnisse ansehen."],
    "fr": ["Bonjour {first}, je vous ai partagé le dossier de revue d'architecture via LinkedIn Secure Docs. Connectez-vous pour l'ouvrir.",
           "Bonjour {first}, votre compte cloud a été signalé lors de notre audit partenaire. Connectez-vous pour voir le rapport."],
    "es": ["Hola {first}, te he compartido el informe de arquitectura por LinkedIn Secure Docs. Inicia sesión para abrirlo."],
    "it": ["Ciao {first}, ti ho condiviso il documento di revisione architetturale tramite LinkedIn Secure Docs. Accedi per aprirlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.OTHER["en"].update(
    job=("{n} new jobs for \"vp engineering\"", "Your job alert for vp engineering in {city}", "View job"),
    news=("Are AI coding agents quietly replacing junior hires?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Startup CTOs Europe", "Here are the top conversations in your group this week"),
    newsletter=("The On-Call Diaries: why your pager fires at 3am", "New edition of a newsletter you subscribed to"))
mc.OTHER["de"].update(
    job=("{n} neue Jobs für „CTO“", "Ihr Jobalarm für CTO in {city}", "Job anzeigen"),
    news=("Wie viel Cloud braucht ein Mittelständler wirklich?", "Top-Meldungen von LinkedIn News für Sie"),
    group=("Top-Unterhaltungen in Engineering Leadership DACH", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
    newsletter=("Plattform-Notizen: Monorepo ohne Schmerzen", "Neue Ausgabe eines Newsletters, den Sie abonniert haben"))
mc.OTHER["fr"].update(
    job=("{n} nouvelles offres pour « directeur technique »", "Votre alerte emploi pour directeur technique à {city}", "Voir l'offre"),
    news=("La French Tech recrute-t-elle encore des développeurs ?", "Les actualités du jour de LinkedIn News"),
    group=("Meilleures discussions dans CTO & Tech Leads France", "Voici les meilleures discussions de votre groupe cette semaine"),
    newsletter=("Carnet d'astreinte : ce que vos alertes ne disent pas", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# everyone is pinned to a layout era: the 2020s layout unless named here (notes with nothing of the 2020s in them)
OLD = {"Kevin Stratton", "Ludovic Perrin", "Chris Donnelly", "Sebastian Kraus", "Antoine Mercier", "Heather Quinn", "Jake Morrison",
       "Grégoire Fontaine", "Gavin Royce", "Julien Barbier", "Hiroshi Tanaka", "Elena Popescu", "Holger Brandt"}


# =============================================================== good_invitation
P("good_invitation", "en", "Maya Lindqvist", "Maintainer of pgqueue-lite | Backend engineer", "Stockholm",
  ("inv", "hey Alex 👋 i maintain pgqueue-lite (the small postgres job queue). your eng blog says you run it at ~2k jobs/s. we're cutting 1.0 and "
          "i'd love 20 min of brutally honest feedback on the new retry API before we freeze it. happy to return the favour anytime"),
  ("rem",))
P("good_invitation", "de", "Jonas Brettschneider", "Programmkomitee Berlin Infra Days | SRE bei Parcelry", "Berlin",
  ("inv", "Hallo Alex, ich sitze im Programmkomitee der Berlin Infra Days (Community-Konferenz, Eintritt frei). Dein Blogpost über den Abschied "
          "von Kafka wäre perfekt für unseren Track „Lessons learned“. CFP läuft bis 15.3. – magst du was einreichen? Reisekosten übernehmen wir."))
P("good_invitation", "en", "Priyanka Raghunathan", "Co-founder & CEO at Stackwise (pre-seed)", "London",
  ("inv", "Hi Alex, Lena Vogt from your seed round suggested I reach out. Non-technical founder here, about to hire my first engineer and scared "
          "of getting it wrong. Could I ask you 20 min of questions on how you'd run the tech interview? Coffee's on me next time I'm in Berlin."),
  ("rem",))
P("good_invitation", "fr", "Thibault Marchand", "Staff Engineer chez Mediloop | co-orga SRE Lyon", "Lyon",
  ("inv", "Salut Alex ! Thibault, on bossait ensemble chez Kubly en 2019 (l'équipe paiements 🙃). Je relance un petit meetup SRE à Lyon, gratuit, "
          "une fois par trimestre. Si tu passes dans le coin, viens raconter votre migration vers Nomad, ça intéresserait plein de monde."),
  ("rem",))
P("good_invitation", "en", "Hannah Okonkwo", "Partner at Northlight Ventures", "London",
  ("inv", "Alex, hi. I'm on the board of Ferrix; you met their CTO Daniel at KubeCon Paris. He's about to untangle the same multi-tenant Postgres "
          "mess you wrote about and asked me to introduce you two. OK to connect so I can make a proper intro by email?"))
P("good_invitation", "en", "Ruth Abernathy", "Executive Search – CTO & VP Engineering, Series B–D", "Amsterdam",
  ("inv", "Hi Alex, I'm retained by a climate-tech scale-up in Amsterdam (Series C, ~400 people) to find their next CTO. Confidential, but I can "
          "share the full brief. Completely understand if you're not looking; a pointer to someone great would be just as welcome."))
P("good_invitation", "de", "Wojciech Kaminski", "Engineering Manager at Tallyhq | ex-Zalando", "Berlin",
  ("inv", "Hi Alex, we're both in the Berlin CTO dinner group but never actually talked. I'm weighing Temporal vs. SQS + step functions and saw you "
          "went with Temporal. Would you tell me what hurt in year one? I'll send our load-test numbers in return."),
  nl="en")
P("good_invitation", "en", "Grace Adeyemi", "Community Lead, Women in Platform Engineering Berlin", "Berlin",
  ("inv", "Hi Alex! We're hosting a free evening on incident reviews at c-base on 12 Nov: 3 short talks, pizza, zero vendors. A few of your SREs "
          "came last time 🙂 We'd love you on the closing panel on blameless postmortems from a CTO's chair. Interested?"),
  ("rem",))
P("good_invitation", "en", "Tom Achterberg", "Principal at Brightwater Capital | Seed & Series A", "Berlin",
  ("inv", "Hi Alex, no agenda on a round, promise. We run a free, invite-only Slack of ~200 startup CTOs (portfolio or not) for hiring, on-call "
          "and vendor notes. Happy to add you there, and I'd like to stay in touch; your write-up on per-tenant rate limits was great."))
P("good_invitation", "en", "Leonie Brandt", "Ex-Engineering Lead | doing customer discovery on on-call tooling", "Munich",
  ("inv", "hi Alex, honest disclosure: i'm pre-product and doing discovery on on-call handovers, nothing to sell. would you do a 20 min interview? "
          "everyone who joins gets the anonymised write-up of all 30 interviews."))


# =============================================================== default_invitation
P("default_invitation", "en", "Kevin Stratton", "Growth | SaaS | Founder mindset", "Dublin", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Dirk Vogelsang", "IT-Consultant | Cloud | SAP", "Düsseldorf", ("inv", NONOTE))
P("default_invitation", "fr", "Ludovic Perrin", "Business Developer | Nearshore", "Bordeaux", ("inv", DEFAULT))
P("default_invitation", "en", "Arjun Malhotra", "Software Engineer | Java | Spring Boot | Microservices", "Pune", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Tyler Brennan", "Enterprise AE @ Observa | Observability for modern teams", "Austin",
  ("inv", "Alex, saw Quillstack is hiring SREs, which usually means the pager is loud 😅 Observa cuts alert noise ~60% for teams your size. "
          "Worth a 20 min walkthrough next week? I can bring a sandbox preloaded with your stack."))
P("sales_invitation", "en", "Svetlana Morozova", "Director of Partnerships | Crestline Dev – nearshore squads from Kraków", "Kraków",
  ("inv", "Hi Alex, we build dedicated Python/React squads for Berlin SaaS startups. Senior devs from €42/h, ready in 2 weeks. "
          "I can send over 3 CVs that match your open roles today, no strings attached."),
  ("rem",))
P("sales_invitation", "de", "Markus Feldhaus", "Key Account Manager | Managed Kubernetes aus deutschen Rechenzentren", "Nürnberg",
  ("inv", "Hallo Herr Morgan, wir betreiben Managed-Kubernetes-Cluster in deutschen Rechenzentren, DSGVO-konform und rund 40 % günstiger als "
          "AWS. Darf ich Ihnen in 15 Minuten eine Kostenrechnung für Quillstack vorstellen?"))
P("sales_invitation", "fr", "Océane Lambert", "Talent Acquisition Partner @ DevBridge Staffing", "Paris",
  ("inv", "Bonjour Alex, cabinet de recrutement 100 % tech : on place des devs seniors en freelance ou CDI, 18 % du brut annuel, garantie 3 mois. "
          "J'ai deux profils Go/K8s dispo tout de suite, je vous les envoie ?"))
P("sales_invitation", "en", "Brandon Keyes", "Co-founder @ ShipPilot | autonomous coding agents", "San Francisco",
  ("inv", "hey Alex, congrats on the series A 🎉 we help CTOs ship 3x faster with coding agents that open PRs overnight. teams like Pitchly "
          "and Fieldnote saw a 40% drop in cycle time. open to a quick demo thursday?"))
P("sales_invitation", "en", "Nadia Faulkner", "Venture Debt | Helping SaaS founders extend runway", "London",
  ("inv", "Hi Alex, most Series A CTOs I speak with want more runway without more dilution. We provide venture debt facilities of €1–5M next "
          "to your existing investors. Could we set up a call with you and your CFO?"))
P("sales_invitation", "de", "Benedikt Sauer", "Founder @ RaiseMatch | Investor-Matching für Tech-Startups", "München",
  ("inv", "Hi Alex, wir matchen Startups mit über 1.800 aktiven VCs und Business Angels. Für die Series B übernehmen wir Deck-Review, Outreach und "
          "Termine. Retainer ab 3.000 €/Monat plus Erfolgsfee. Lust auf ein kurzes Kennenlernen?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Ethan Caldwell", "Founder @ Reviewbird | solo founder, building in public", "Toronto",
  ("inv", "hi Alex, not selling anything: solo founder building an AI code-review bot and i'd genuinely value 15 min of a CTO's honest "
          "feedback on whether it's useful or just noise. your posts on review culture are why i'm asking 🙏"),
  ("msg", "thanks so much for connecting!! quick update: we've opened the paid beta, €29/seat/month, and since you were an early supporter i can "
          "lock in 40% off for all of Quillstack's engineers if you sign before friday. want me to send the order form?"),
  ("msg", "bumping this one, the founder discount ends tomorrow night. should i loop in your eng managers for onboarding?", (3, 6)))
P("bait_and_switch_invitation", "de", "Florian Wendt", "Gründer CTO-Stammtisch München | Engineering-Coach", "München",
  ("inv", "Servus Alex, ich organisiere einen kleinen CTO-Stammtisch (max. 12 Leute, alle Series A/B, keine Vendoren). Das nächste Treffen ist "
          "im Oktober in Berlin. Hättest du Lust dazuzukommen?"),
  ("msg", "Hi Alex, freut mich, dass es geklappt hat! Kurz zur Info: Neben dem Stammtisch begleite ich Startups beim Aufbau ihrer Engineering-Teams, "
          "Tagessatz 1.400 €, meistens reichen 5–6 Tage. Sollen wir nächste Woche telefonieren? Dann schicke ich dir direkt ein Angebot."))
P("bait_and_switch_invitation", "en", "Olivia Marsh", "Building the CTO Guild – a peer circle for startup tech leaders", "Manchester",
  ("inv", "Alex, we run a private peer circle of ~40 startup CTOs across Europe: monthly calls, anonymised salary benchmarks, no sales. "
          "Two members said you'd add a lot to it. Shall I send you the details?"),
  ("msg", "Great to have you in my network, Alex! Here's the info: Guild membership is €2,400/yr, billed annually, and includes the benchmark "
          "and two in-person retreats. Q1 spots are nearly gone, so here's the application link if you want to lock yours in."),
  ("msg", "Hi Alex, just checking you saw the Guild application. Happy to hop on a quick call and walk through the pricing options?"))
P("bait_and_switch_invitation", "fr", "Baptiste Leclerc", "CTO & cofondateur @ Kodea", "Nantes",
  ("inv", "Bonjour Alex, je suis CTO d'une jeune boîte à Nantes et on hésite entre monorepo et polyrepo maintenant qu'on est 30 devs. "
          "Vous avez écrit là-dessus l'an dernier : je peux vous poser deux ou trois questions ?"),
  ("msg", "Merci d'avoir accepté ! En fait, chez Kodea on a développé un outil qui génère les tests unitaires à partir du code existant. "
          "Je peux vous faire une démo de 20 min ? On a une offre de lancement à -50 % jusqu'à la fin du mois."))
P("bait_and_switch_invitation", "en", "Sam Whitaker", "Community Lead | Berlin Tech Talent Network", "Berlin",
  ("inv", "Hey Alex, we put together a free 2025 salary report for Berlin engineering roles (1,200 data points, no email gate). Glad to share "
          "it with you and your leadership team; connecting so I can send the PDF over."),
  ("msg", "here you go: berlintechtalent.example/report-2025 📊 btw we're also a recruitment partner for several Berlin scale-ups: 20% fee, "
          "replacement guarantee, first CVs within 5 days. any roles you're struggling to fill? would love to help"),
  ("msg", "Hi Alex, circling back: a senior SRE with 8 yrs of k8s just came on the market. Want an intro? Same fee terms as above."))
P("bait_and_switch_invitation", "de", "Rahul Menon", "Developer Advocate | Writing about event-driven systems", "Berlin",
  ("inv", "hey! I'm writing a book chapter on event-driven systems in small teams and would love to quote a couple of points from your "
          "Berlin Buzzwords talk (credited, of course). ok if I send you a few questions?"),
  ("msg", "Thanks for connecting, Alex. Full disclosure: my day job is at Streamforge, a managed Kafka alternative at about half the cost. "
          "Since you're re-architecting anyway, I'd love to set up a 30-min technical deep-dive with our solutions team. Does Tuesday work?"),
  nl="en")

P("bait_and_switch_invitation", "en", "Connor Blake", "ex-AWS Solutions Architect | office hours for startup CTOs", "Dublin",
  ("inv", "Hi Alex, I give free 30-min architecture office hours to Series A CTOs, my way of giving back after 9 years at AWS. "
          "Happy to look at your multi-tenancy setup with you, no slides, just a whiteboard."),
  ("msg", "Great session yesterday, Alex! As a next step I'd suggest our two-week architecture assessment: fixed price €9,500, written report "
          "and a roadmap your team can execute. I can start on the 3rd, shall I send the SOW?", (3, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Lucas Ferreira", "Founder @ Postmortem.ai", "Lisbon",
  ("inm", "Would love your take (not a pitch)", "Hi Alex, I'm building an LLM tool that drafts incident postmortems from Slack threads. I'm not "
          "selling anything, just looking for 5 experienced CTOs to tell me if this is dumb. 15 min? As a thank-you I'll donate €50 to an open-source "
          "project of your choice."),
  ("inm", "Re: your take", "Hi Alex, thanks again for looking at the mockups! Good news, we're live. Quillstack would sit on our Growth plan "
          "(€890/month) and I can do the first 3 months at 50% if you sign this week. Shall I send the contract?", (6, 20)))
P("bait_and_switch_inmail", "de", "Katrin Albers", "Gründerin | Feature-Flags made in Germany", "Hamburg",
  ("inm", "Kurze Bitte um Feedback", "Hallo Alex, ich baue gerade ein Tool für Feature-Flags mit Fokus auf DSGVO. Bevor wir weitermachen, "
          "will ich von erfahrenen CTOs hören, ob das Problem überhaupt real ist. Hättest du 15 Minuten für ein ehrliches Gespräch? Ganz ohne Verkaufsabsicht."),
  ("inm", "Nächste Schritte", "Hallo Alex, danke nochmal für deine Zeit! Wir starten nächste Woche mit zahlenden Kunden. Für Quillstack kann ich "
          "dir einen Pilotpreis von 490 €/Monat anbieten. Soll ich das Angebot schicken und einen Onboarding-Termin einplanen?"))
P("bait_and_switch_inmail", "en", "Daniel Osei", "Host, The Scaling Engineering Podcast", "Accra",
  ("inm", "Podcast invite 🎙️", "Hey Alex, I host a podcast for engineering leaders (~8k listeners per episode). Loved your thread on killing "
          "microservices. Would you come on as a guest and tell that story?"),
  ("inm", "Guest slot: next steps", "Awesome that you're in! Quick note on logistics: guest episodes run through our partner programme. $1,200 "
          "covers editing, promotion and a dedicated LinkedIn campaign. Once it's paid I'll send the booking link."))
P("bait_and_switch_inmail", "fr", "Sophie Renaud", "Organisatrice | Sommet Tech Leaders Paris", "Paris",
  ("inm", "Invitation à intervenir", "Bonjour Alex, nous organisons le Sommet Tech Leaders à Paris en mars et votre retour d'expérience sur la "
          "croissance de l'équipe tech de Quillstack nous intéresserait beaucoup. Seriez-vous disponible pour une table ronde ?"),
  ("inm", "Table ronde : modalités", "Bonjour Alex, ravie de votre intérêt ! Pour confirmer votre place d'intervenant, le pack « Speaker Partner » "
          "est à 3 900 € HT (stand, logo sur le site, 2 pass VIP). Je vous envoie le bon de commande ?"),
  ("inm", "Relance : Sommet Tech Leaders", "Bonjour Alex, il ne reste que deux places d'intervenant sur la table ronde. Souhaitez-vous que je bloque "
          "la vôtre en attendant le règlement ?", (4, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Chris Donnelly", "Senior DevOps Engineer | Terraform | Team Lead", "Belfast",
  ("end",), ("end",),
  ("msg", "yo Alex! endorsed you for {skill} and a couple of others 💪 would you mind endorsing me for Terraform and Team Leadership? "
          "going through a promo cycle and every bit helps. cheers mate"))
P("endorse_me_back", "de", "Sebastian Kraus", "Cloud Architect | Freelancer", "Leipzig",
  ("end",),
  ("msg", "Hi Alex, hab dich gerade für {skill} bestätigt. Wärst du so nett und bestätigst mir im Gegenzug „Cloud-Architektur“? "
          "Bin gerade auf Projektsuche, da zählt sowas leider."))
P("endorse_me_back", "fr", "Inès Haddad", "Ingénieure DevOps freelance | AWS | GitLab CI", "Marseille",
  ("end",), ("end",),
  ("msg", "Coucou Alex 🙂 je t'ai mis une recommandation pour {skill}. Si tu as deux secondes, une petite recommandation « DevOps » de ta part "
          "m'aiderait beaucoup pour mon profil freelance. Merci d'avance !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Jake Morrison", "CEO | Lisbon dev agency | MVPs in 8 weeks", "Lisbon",
  ("inv", "Hi Alex, we're a 120-person dev agency in Lisbon helping startups ship MVPs fast. Would love to connect and explore synergies."),
  ("rem",),
  ("inm", "seriously?", "Two invites and not even a no? I've been in this business 15 years. CTOs who ignore vendors end up calling us at 2am "
          "when their one senior dev quits. Good luck with that attitude."))
P("hostility_after_decline", "de", "Patrick Hölzl", "IT-Recruiter | Senior-Entwickler aus meinem Netzwerk", "Wien",
  ("inv", "Hallo Alex, ich vermittle Senior-Entwickler:innen aus meinem persönlichen Netzwerk an Startups. Lass uns vernetzen!"),
  ("inm", "Ignoriert?", "Interessant, dass Sie meine Anfrage einfach liegen lassen. Als CTO sollte man wissen, dass man sich im Leben immer "
          "zweimal sieht. Ich merke mir das."))
P("hostility_after_decline", "en", "Marcus Lindgren", "First-time founder | ex-product at Klarna", "Stockholm",
  ("inv", "hi alex, first-time founder here, would love to pick your brain about hiring a founding engineer 🙏"),
  ("rem",),
  ("inm", "wow", "guess 'giving back to the ecosystem' only counts when there's a stage and a mic. you posted about mentoring founders three "
          "times this month but can't click accept. classy."))
P("hostility_after_decline", "fr", "Grégoire Fontaine", "Directeur commercial | Centre de services offshore", "Lille",
  ("inv", DEFAULT),
  ("inm", "Votre silence", "Bonjour, je constate que vous n'avez pas daigné répondre à ma demande de mise en relation. C'est d'une grande "
          "impolitesse. On voit tout de suite quel genre de dirigeant vous êtes."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Derek Vaughn", "Compliance Partner | SOC 2 & ISO 27001 in weeks", "Leeds",
  ("msg", "Hey Alex, saw your post about the SOC 2 audit. We do SOC 2 readiness in 6 weeks flat, fixed fee €18k. Want me to send over the scope doc?"),
  ("msg", "Haven't heard back. Honestly Alex, this is why startups fail audits: CTOs who think they know better than people who do this for a "
          "living. Don't come crying when your enterprise deal falls through."))
P("hostility_connection", "de", "Tobias Engel", "Geschäftsführer | Pentests für SaaS-Startups", "Köln",
  ("acc",),
  ("msg", "Danke fürs Vernetzen! Wir machen Pentests für SaaS-Startups, Festpreis ab 6.900 €, Bericht in zwei Wochen. Hast du nächste Woche "
          "Zeit für einen kurzen Call?"),
  ("msg", "Schon klar, keine Antwort ist auch eine Antwort. Aber dass sich ein CTO nicht mal für Sicherheit interessiert, ist schon peinlich. "
          "Viel Glück beim nächsten Datenleck."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Ashley Carver", "Cloud Savings Advisor | CloudTrim", "Denver",
  ("msg", "Hi Alex, hope Q3 is treating you well! We've been helping Series A SaaS teams cut their AWS bills by 30–45% with zero code changes. "
          "Open to a free savings assessment?"),
  ("msg", "Alex, circling back. Companies at your stage see about €11k/month in savings on average. 20 min Thursday or Friday?"),
  ("msg", "Last nudge from me 🙂 our Q4 onboarding slots are filling up. Want me to hold one for Quillstack?"))
P("connection_only_pitches", "fr", "Antoine Mercier", "Fondateur | Studio mobile à Tunis", "Tunis",
  ("msg", "Bonjour Alex, je me permets : notre studio à Tunis développe des apps mobiles pour des startups européennes, 35 €/h, équipe "
          "francophone. Besoin de renfort sur votre roadmap mobile ?"),
  ("msg", "Re-bonjour Alex, on vient de livrer une app de paiement en 10 semaines pour un client parisien, je peux vous montrer le cas client. "
          "Un créneau cette semaine ?"))
P("connection_only_pitches", "en", "Heather Quinn", "Director | Quinn Technical Recruitment", "Bristol",
  ("msg", "Alex! Hope all is well. We've got 4 pre-vetted senior Go engineers available from next month, ex-Google and ex-Amazon, contract or "
          "perm. Want their profiles?"),
  ("msg", "Hi again, one of the Go engineers just got a second offer, so if you're interested I'd need to hear by Wednesday. Our standard 18% fee applies."),
  ("msg", "Last one from me on this: we're doing 15% for new clients this quarter if that helps."))


# =============================================================== single_pitch
P("single_pitch", "en", "Ben Hartley", "Regional Sales Lead DACH @ Driftwood API Security", "Berlin",
  ("msg", "Hey Alex, long time no see! I've joined Driftwood (API security) as sales lead for DACH. If you're reviewing your API gateway setup "
          "this year I'd love to give you a demo, I genuinely think it fits how you've built things."))
P("single_pitch", "de", "Sandra Kühn", "Vertrieb | Cloud-Telefonie für Startups", "Frankfurt am Main",
  ("msg", "Hallo Alex, kurze Frage: Wie löst ihr gerade die Support-Hotline? Wir haben eine Cloud-Telefonanlage speziell für SaaS-Startups, "
          "der erste Monat ist gratis. Soll ich dir einen Testzugang einrichten?"))
P("single_pitch", "en", "Omar Siddiqui", "Founder at Lintwise | AI linting that learns your style", "Toronto",
  ("msg", "alex quick one, we just launched Lintwise, an AI linter that learns your team's conventions. plans start at $12/dev/month. "
          "here's a 30-day trial code for quillstack: QUILL30 🚀 lmk what you think!"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Rebecca Tan", "Staff Engineer at Ledgerline | ex-Kubly", "Singapore",
  ("end",),
  ("msg", "Alex!! remember the postgres vacuum saga at Kubly? 😂 I finally wrote it up and credited you for the fix. also my team is "
          "open-sourcing our schema-migration linter next week; if you have 10 min, would you kick the tyres before launch? repo invite incoming"))
P("connection_brings_value", "fr", "Julien Barbier", "Développeur backend | comité de programme DevFest Nantes", "Nantes",
  ("msg", "Salut Alex, le CFP du DevFest Nantes ferme dimanche. Je suis dans le comité cette année et ton retour d'expérience sur l'astreinte "
          "dans une équipe de 60 aurait vraiment sa place. Si tu veux, je relis ton abstract avant que tu le soumettes."))
P("connection_brings_value", "de", "Anja Weber", "Associate | Frühphasen-VC Berlin", "Berlin",
  ("msg", "Hi Alex, wie beim Dinner versprochen: hier die anonymisierte Gehaltsübersicht aus unserem Portfolio (Engineering, 48 Firmen, DACH). "
          "Ist kostenlos und nur für Gründer:innen gedacht. Nächsten Monat machen wir außerdem einen CTO-Roundtable zur Rufbereitschaftsvergütung, "
          "Einladung kommt separat."))
P("connection_brings_value", "en", "Kwame Asante", "Maintainer, tracing-lite | Observability nerd", "Accra",
  ("msg", "hey Alex, you filed that great issue on tracing-lite about sampler drift last year. we've redesigned the sampler around it. would "
          "you take a look at the RFC before we merge? github.example/tracing-lite/rfcs/pull/41"),
  ("msg", "thanks a ton for the review, those two comments on tail sampling saved us from a nasty bug. merged, and you're in the release notes 🙌"))

P("connection_brings_value", "fr", "Aurélie Bonnet", "Engineering Manager | ex-Kubly | Lyon", "Lyon",
  ("msg", "Coucou Alex ! Une de mes anciennes devs backend (Go, 6 ans, super solide en astreinte) s'installe à Berlin en janvier et cherche "
          "une boîte à taille humaine. J'ai pensé à Quillstack direct. Je vous mets en contact par mail ? Elle est au courant 🙂"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Claire Donovan", "Principal, Technology Practice | Hartwell Search", "London",
  ("inm", "CTO – Series B fintech, Amsterdam (confidential)", "Hi Alex, I'm leading a confidential CTO search for a Series B fintech in "
          "Amsterdam (€45M raised, 90 engineers). Your background scaling Quillstack's platform is close to what the board has asked for. "
          "Competitive package with meaningful equity. Open to a 20-minute confidential chat? Happy to send the brief first."))
P("stranger_inmail_recruiter", "de", "Stefanie Roth", "Head of Talent bei Fernwerk", "Hamburg",
  ("inm", "VP Engineering bei Fernwerk (remote DACH)", "Hallo Alex, ich bin Head of Talent bei Fernwerk (Software für Energieversorger, 220 "
          "Mitarbeitende). Wir suchen eine:n VP Engineering, der/die das Team von 40 auf 80 Leute bringt, direkt an unseren CEO berichtend. "
          "Dein Weg bei Quillstack passt sehr gut. Hättest du Lust auf ein unverbindliches Gespräch?"))
P("stranger_inmail_recruiter", "fr", "Mathilde Garnier", "Head of People @ Vinorama", "Bordeaux",
  ("inm", "Poste de Head of Engineering à Bordeaux", "Bonjour Alex, je recrute notre futur·e Head of Engineering (CDI, équipe de 25, "
          "hybride à Bordeaux, BSPCE). On sort d'une levée de série A et on cherche quelqu'un qui a déjà vécu la croissance de 20 à 60. "
          "Votre parcours colle vraiment. Un échange de 30 minutes vous tenterait ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jordan Pike", "SDR at Vaultline | secrets management", "Boston",
  ("inm", "quick question re: secrets at Quillstack", "Hi Alex, are your engineers still sharing .env files over Slack? 🙈 Vaultline rotates "
          "secrets automatically across AWS and k8s. 15 min to show you how teams like yours set it up in a day?"),
  ("inm", "Re: quick question re: secrets at Quillstack", "Hey Alex, bumping this in case it got buried. Happy to send a 2-min Loom instead of a call."))
P("stranger_inmail_sales", "de", "Holger Brandt", "Account Manager | IT-Personaldienstleistung", "Stuttgart",
  ("inm", "Entwicklerkapazitäten ab sofort", "Guten Tag Herr Morgan, wir stellen Ihnen kurzfristig erfahrene Java- und PHP-Entwickler "
          "in Arbeitnehmerüberlassung zur Verfügung, Stundensätze ab 68 €. Darf ich Ihnen unverbindlich drei Profile zusenden?"))
P("stranger_inmail_sales", "en", "Priya Desai", "Managing Partner | Apex AI Engineering", "Bangalore",
  ("inm", "Your AI roadmap", "Hi Alex, we're an AI engineering consultancy that has shipped 60+ LLM features for B2B SaaS. Fixed-price "
          "proof of concept in 4 weeks for €24k, including evaluation harness. Could we book 30 min to scope something for Quillstack?"))

P("stranger_inmail_sales", "fr", "Yassine Belkacem", "CEO | Studio de développement offshore", "Casablanca",
  ("inm", "Renfort tech pour Quillstack", "Bonjour Alex, nous sommes un studio de 80 développeurs à Casablanca (Node, React, Python). Nous "
          "travaillons avec plusieurs SaaS allemands, TJM à partir de 280 €. Puis-je vous présenter nos références lors d'un appel de 20 minutes ?"),
  ("inm", "Re: Renfort tech pour Quillstack", "Bonjour Alex, je me permets de relancer. Nous pouvons démarrer avec une équipe pilote de deux "
          "développeurs sans engagement la première semaine. Intéressé ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Nina Petrovic", "SRE | ex-Kubly infra | workshops on reliability", "Belgrade",
  ("inv", "Alex! Nina from the Kubly infra team 👋 I'm putting together a free 'SRE for small teams' workshop with two ex-Kubly folks and would "
          "love your input on the agenda."),
  ("msg", "thanks for the agenda comments, super useful! workshop is on the 14th, free, here's the signup link for your team: "
          "sre-small-teams.example/signup"),
  ("msg", "hey Alex, unrelated to the workshop: I've gone independent as a fractional SRE lead. €1,100/day, min 10 days. Quillstack looks "
          "like a perfect fit, shall we set up a call to scope it?"))
P("good_turns_ugly", "de", "Lukas Hartmann", "Scout bei einem Frühphasen-Fonds | ex-CTO", "Berlin",
  ("inv", "Hallo Alex, ich bin Scout für einen Frühphasen-Fonds und baue eine kleine Runde technischer Gründer:innen auf, die sich zu "
          "Architekturentscheidungen austauscht. Kein Pitch, nur Austausch. Bist du dabei?"),
  ("msg", "Danke fürs Dabeisein beim ersten Call! Anbei die Notizen und Janas Folien zu Multi-Region-Setups: drive.example/mr-setups"),
  ("end",),
  ("msg", "Hey Alex, hab dich für {skill} bestätigt 🙂 Kannst du mich im Gegenzug für „Venture Capital“ und „Startups“ bestätigen? Das hilft "
          "mir gerade beim Fonds-Launch."))
P("good_turns_ugly", "fr", "Élise Moreau", "Fondatrice @ Codéo | documentation technique", "Paris",
  ("inv", "Bonjour Alex, je mène une étude sur la documentation technique dans les startups de 30 à 100 personnes. Les participants reçoivent "
          "le rapport complet gratuitement. 20 minutes d'entretien, ça vous dirait ?"),
  ("msg", "Merci pour l'entretien ! Comme promis, voici le rapport complet en PDF : votre témoignage sur les ADR est page 12, anonymisé."),
  ("msg", "Bonjour Alex, suite à l'étude nous lançons Codéo, qui génère et maintient la doc à partir du code. Vu vos réponses, vous êtes "
          "exactement notre client cible : une démo et 3 mois à moitié prix, ça vous irait ?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Gavin Royce", "Platform Engineering | Berlin meetup host", "Berlin",
  ("inm", "Cut your CI bill in half", "Hi Alex, our build cache makes CI pipelines twice as fast and half the price. Free trial for 30 days, "
          "and I can get you a custom quote by Friday. Worth a look?"),
  ("inv", "Hi Alex, I've moved on from sales and now run the Berlin Platform Engineering meetup (free, monthly). Would be great to have you in the network!"))
P("reinvite_known_bad", "de", "Melanie Straub", "Gründerin | IT-Freelancer-Vermittlung | Women in Tech Hamburg", "Hamburg",
  ("inv", "Hallo Alex, wir vermitteln geprüfte IT-Freelancer innerhalb von 48 Stunden, 12 % Provision auf den Stundensatz. Sollen wir mal sprechen?"),
  ("inv", "Hallo Alex, ich organisiere jetzt einen kostenlosen Women-in-Tech-Abend in Hamburg mit Talks zu Plattform-Teams. "
          "Würde mich freuen, wenn du vorbeikommst!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Victor Hale", "Researcher | Engineering Hiring Insights", "Manchester",
  ("inm", "Quick favour: research on eng hiring", "Hi Alex, I'm researching how startup CTOs run technical interviews after the AI-assistant wave. "
          "Would you answer 6 short questions? I'll share the final report with all participants."),
  ("inm", "Thanks + something for Quillstack", "Thanks for answering, Alex. Based on what you said, our take-home assessment platform would "
          "fix most of your pain points. €6k/year for up to 50 candidates a month. Can I book you for a demo?"),
  ("inv", "Hi Alex, let's connect! We're both in the European startup scene and I'd love to stay in touch."))
P("reinvite_known_ugly", "fr", "Clément Aubry", "Consultant | Transformation agile", "Genève",
  ("inv", DEFAULT),
  ("inm", "Sans réponse", "Bonjour Alex. Aucune réponse à ma demande, même pas un refus poli. Pour quelqu'un qui parle de culture d'équipe "
          "sur LinkedIn à longueur de journée, c'est franchement minable."),
  ("inv", "Bonjour Alex, j'ai lu votre article sur les rétrospectives, très juste. Au plaisir d'échanger."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Laura Chen", "Solutions Engineer at Meshline | service mesh", "Berlin",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Great chatting at the booth. As promised, here's our pricing deck. Teams your size usually start on "
          "the Scale tier (€2.4k/month) and I can spin up a trial cluster whenever you're ready."))
P("user_invited_pitch_once", "de", "Jan-Philipp Vogt", "Observability-Berater | Grafana & Prometheus", "Hannover",
  ("acc",),
  ("msg", "Danke für die Einladung! Übrigens bauen wir gerade unser Beratungsangebot für Observability aus. Falls ihr Unterstützung bei "
          "Grafana und Prometheus braucht, mache ich euch gern ein Angebot."),
  nl="de")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ryan Mitchell", "Account Director | DataHarbor managed databases", "Dublin",
  ("acc",),
  ("msg", "Hey Alex, thanks for connecting after the AWS Summit! Quick one: we migrate Postgres to fully managed clusters with zero downtime. "
          "Could I put 30 min in your calendar to walk through pricing?"),
  ("msg", "Alex, following up: we've got a migration promo this month (first 3 months free on the Pro tier). Shall I send the order form?"))
P("user_invited_pitch_twice", "fr", "Camille Girard", "Business Developer | Agence QA & tests automatisés", "Lille",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Pour info, notre agence prend en charge toute la QA des startups SaaS : tests E2E, non-régression, "
          "à partir de 4 500 €/mois. On se cale un appel ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : on a une équipe QA libre dès le mois prochain. Je vous envoie une proposition chiffrée ?"),
  nl="fr")


# =============================================================== user_invited_value
P("user_invited_value", "en", "Hiroshi Tanaka", "Core maintainer, pgbouncer-rs", "Osaka",
  ("acc",),
  ("msg", "Thanks for reaching out Alex! Yes, happy to help with the connection pool issue. I pushed a branch with the fix you suggested; could "
          "your team test it against your staging load? If it holds I'll cut a patch release."))
P("user_invited_value", "de", "Miriam Schulte", "Staff Engineer | Plattform-Team bei Parcelry", "Berlin",
  ("acc",),
  ("msg", "Danke für die Einladung! Wie besprochen schicke ich dir die Slides von unserem Talk über Zero-Downtime-Migrationen und das "
          "Terraform-Modul, das wir dafür gebaut haben (MIT-Lizenz): git.example/parcelry/zdm"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Elena Popescu", "Engineering Manager | Payments | Bucharest", "Bucharest", ("acc",))
P("lone_endorsement", "fr", "Hugo Lemaire", "Développeur Python | ancien stagiaire Quillstack", "Lyon", ("end",))


ERAS: dict[str, str] = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Maya Lindqvist", "maya@pgqueue-lite.example", "pgqueue-lite 1.0 retry API: your feedback?",
     "Hi Alex,\n\nI also sent a LinkedIn request, but email is probably easier: the RFC for the new retry API is at pgqueue-lite.example/rfc/7. "
     "Any comments before the 20th would be gold.\n\nMaya", "en"),
    ("GitHub", "notifications@github.example", "[quillstack/infra] PR #812: add LinkedIn link to careers page footer",
     "jkowalski opened a pull request: add the LinkedIn company link to the careers page footer and fix the broken Glassdoor badge.", "en"),
    ("Lena Vogt", "lena@seedfund.example", "Intro: Priyanka (Stackwise) <> Alex",
     "Hi Alex,\n\nas promised: Priyanka is building Stackwise and is about to hire her first engineer. She'll ping you on LinkedIn too. "
     "Would be great if you could share your interview loop.\n\nLena", "en"),
    ("Personio", "noreply@personio.example", "Reminder: update your LinkedIn headline after the reorg",
     "Hi Alex, the People team asks all leads to update their LinkedIn titles to the new team names by Friday.", "en"),
    ("Berlin Infra Days", "cfp@infradays.example", "CFP closes in 3 days",
     "Hallo zusammen,\n\nder Call for Papers schließt am Sonntag. Folgt uns auf LinkedIn für Speaker-Ankündigungen.", "de"),
    ("Jonathan Weiss", "jonathan@quillstack.example", "Fwd: wants to connect",
     "Alex, this guy hit me up on LinkedIn too with the exact same dev-shop pitch. Do we know him?\n\n--- forwarded ---\n"
     "From: Jake Morrison via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nHi Jonathan, we're a 120-person dev agency...", "en"),
    ("Hartwell Search", "c.donovan@hartwell.example", "Following up on my LinkedIn message",
     "Dear Alex,\n\nin case LinkedIn messages are not your thing: I'd be glad to send the confidential brief for the Amsterdam CTO role by email.\n\nClaire", "en"),
    ("DevFest Nantes", "contact@devfest.example", "Appel à orateurs : dernière semaine",
     "Bonjour,\n\nil reste une semaine pour soumettre votre talk. Suivez-nous sur LinkedIn et Mastodon pour le programme.", "fr"),
    ("Slack", "feedback@slack.example", "New messages in #eng-leads",
     "Sara: has anyone else been getting those 'not a pitch, just feedback' LinkedIn messages from AI tool founders? third one this week lol", "en"),
]


# ------------------------------------------------------------------------- checks and builder
def _check() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique; pinned eras name real people."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    assert OLD <= set(names), OLD - set(names)


HEADER = [f"# mailbot twenty-eighth development corpus (dev28). Generated by scripts/make_corpus_dev28.py (seed {SEED}); do not edit by hand.",
          "# Alex as the CTO of a 60-person startup: VCs and scouts, devtools and cloud vendors, engineering recruiters and staffing agencies, "
          "open-source maintainers, CFPs, founders asking for advice, ex-colleagues, dev shops, AI-tool founders whose 'feedback' turns into a sale. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    _check()
    main(__doc__, "dev28", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
