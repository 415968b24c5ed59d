#!/usr/bin/env python3
"""Write mailbot's seventy-first, independent development corpus: tests/corpus/dev71/*.eml + expected.toml.

The angle: the user Alex is a senior software engineer at a Berlin logistics-software company
(Kontor Systems) and maintains a popular open-source library, ferrule (an async HTTP client for
Rust with Python bindings). Their LinkedIn world: companies that want to pay for support or to
sponsor the project (good), developer-relations recruiters and hiring managers with real roles,
conference CFPs (free community conferences against pay-to-speak "speaker packages"), security
researchers (responsible disclosure against beg bounties), "crypto grants" and token airdrops,
sellers of paid newsletter placements and GitHub-growth services, offshore staffing, CI and
observability vendors, peers asking technical questions or offering a code review, contributors
thanking Alex with a patch or a write-up, endorse-me-back from job hunters, hostility after an
ignored invitation, and bait and switch (a peer question, a maintainers' circle, a free guide,
a grant, a podcast or newsletter feature, a speaker invitation) followed by a fee or a sale.
Writers use terse developer English from many countries (with code words: PR, repro, CVE,
GIL, keepalive) and German (du and Sie, Berlin Denglisch).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, LinkedIn's editorial subjects, the headlines of spoof-only names and PYMK
suggestions, and the pitches that spoofs carry are swapped for a developer's in this process
only (make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md
alone, without reading mailbot's signals, judge or wording, or the notes of the other
generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev71.py              # writes tests/corpus/dev71
    python scripts/make_corpus_dev71.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260771

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ a developer's world (this process only)
SKILLS = {
    "en": ["Rust", "Python", "Distributed Systems", "Open Source", "HTTP", "Code Review"],
    "de": ["Rust", "Python", "Verteilte Systeme", "Open Source", "Softwareentwicklung"],
    "fr": ["Rust", "Python", "Systèmes distribués", "Open source"],
    "es": ["Rust", "Python", "Sistemas distribuidos", "Código abierto"],
    "it": ["Rust", "Python", "Sistemi distribuiti", "Open source"],
}
RHEADLINE = {
    "en": "Senior Software Engineer at Kontor Systems | Maintainer of ferrule",
    "de": "Senior Software Engineer bei Kontor Systems | Maintainer von ferrule",
    "fr": "Senior Software Engineer chez Kontor Systems | Mainteneur de ferrule",
    "es": "Senior Software Engineer en Kontor Systems | Mantenedor de ferrule",
    "it": "Senior Software Engineer presso Kontor Systems | Maintainer di ferrule",
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.LANGS[:] = ["en", "de", "en", "de", "en"]  # spoofs and other LinkedIn mail: English and German wording
# ten spoofs: spread them over the kinds of forgery (look-alike domain, display name, failed or missing DKIM, a pass from an
# untrusted or buried header, a pass for the wrong domain) rather than the first ten look-alikes
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "buried", "wrongpass", "noauth", "lookalike:linkedin.com.secure-notify.example"]
mc.CITY["en"] = ["Berlin", "London", "Amsterdam", "Dublin", "Lisbon"]
mc.CITY["de"] = ["Berlin", "Hamburg", "München", "Leipzig", "Köln"]
mc.JOBS[:] = [("Senior Rust Engineer", "Edgewise"), ("Staff Backend Engineer (m/w/d)", "Schienennetz Digital"),
              ("Developer Advocate, Rust SDKs", "Quarry Data"), ("Principal Engineer, Networking", "Parcelwerk"),
              ("Senior Software Engineer – Python/Rust", "Lumenhaus")]
mc.COMPANIES["good"] = ["Kontor Systems", "Edgewise", "Quarry Data", "Sternwerk Mobility", "Frachtwerk", "Lumenhaus", "Parcelwerk", "Kudi Pay"]
mc.COMPANIES["sales"] = ["Spanlight", "Sentrylane", "StackStars", "CodeBridge Technologies", "Buildcache.io", "Cloudyard", "DevRelify", "ShipFast"]
mc.HEADLINES["good"] = ["Senior Software Engineer at {co}", "Staff Engineer | {co}", "Engineering Manager at {co}", "Rust developer · OSS contributor",
                        "SRE at {co}", "Developer Advocate | {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Founder & CEO | {co}", "Partnerships @ {co}", "Growth | {co}",
                         "Business Development Manager at {co}"]
_OTHER = {
    "en": dict(job=("{n} new jobs for \"rust engineer\"", "Your job alert for rust engineer in {city}"),
               news="Are AI coding agents changing how teams review code?", group="Top conversations in Rust Developers",
               newsletter="Async Rust field notes: cancelling futures without tears"),
    "de": dict(job=("{n} neue Jobs für „Rust Entwickler“", "Ihr Jobalarm für Rust Entwickler in {city}"),
               news="Kommt die Vier-Tage-Woche in die Softwareentwicklung?", group="Top-Unterhaltungen in Rust Deutschland",
               newsletter="Backend-Notizen: Connection Pools richtig dimensionieren"),
}
for _l, _o in _OTHER.items():
    mc.OTHER[_l]["job"] = (_o["job"][0], _o["job"][1], mc.OTHER[_l]["job"][2])
    mc.OTHER[_l]["news"] = (_o["news"], mc.OTHER[_l]["news"][1])
    mc.OTHER[_l]["group"] = (_o["group"], mc.OTHER[_l]["group"][1])
    mc.OTHER[_l]["newsletter"] = (_o["newsletter"], mc.OTHER[_l]["newsletter"][1])
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Your repository", "Maintainer Fund payout", "Security advisory for ferrule", "Quick question"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Ihr Repository", "Auszahlung Maintainer-Fonds", "Sicherheitshinweis zu ferrule", "Kurze Frage"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your repository ferrule was named in a DMCA complaint. Sign in to review the claim before the repository is disabled.",
           "Congrats {first}! ferrule was selected for this year's Maintainer Fund. Log in to confirm your payout details and claim $5,000.",
           "Hi {first}, I shared a private security advisory about your project with you. Sign in with LinkedIn to read it."],
    "de": ["Hallo {first}, gegen Ihr Repository ferrule liegt eine Urheberrechtsbeschwerde vor. Bitte melden Sie sich an, um den Vorgang zu prüfen.",
           "Glückwunsch {first}! ferrule wurde für den Maintainer-Fonds ausgewählt. Melde dich an, um deine Auszahlungsdaten zu bestätigen.",
           "Hallo {first}, ich habe dir einen vertraulichen Security-Bericht zu deinem Projekt freigegeben. Hier anmelden, um ihn zu lesen."],
    "fr": ["Bonjour {first}, votre dépôt ferrule fait l'objet d'une réclamation DMCA. Connectez-vous pour la consulter."],
    "es": ["Hola {first}, tu repositorio ferrule ha recibido una reclamación DMCA. Inicia sesión para revisarla."],
    "it": ["Ciao {first}, il tuo repository ferrule ha ricevuto un reclamo DMCA. Accedi per controllarlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Oluwaseun Adeyemi", "Backend Engineer | Rust · Postgres · gRPC", "Lagos",
  ("inv", "Hi Alex, quick q on ferrule: pooled conns stay open past keepalive when the upstream sits behind an AWS NLB (350s idle cutoff), "
          "so we get resets. Should pool_idle_timeout win over the server's keepalive? Got a 30-line repro if it helps."),
  ("rem",))
P("good_invitation", "de", "Friederike Stahl", "Platform Engineer | Orga Rust Meetup Berlin", "Berlin",
  ("inv", "Hi Alex, ich orga das Rust-Meetup Berlin. Im März sind wir bei uns im Büro in Kreuzberg und suchen noch einen 20-Minuten-Talk – "
          "ferrule-Interna wären perfekt. Eintritt frei, Pizza und Mate gibt's auch. Lust?"))
P("good_invitation", "en", "Dmytro Kovalenko", "Security Researcher | Fuzzing, HTTP parsers | 14 CVEs", "Kyiv",
  ("inv", "Hello Alex. I believe ferrule forwards CRLF from a Location header into the next request on redirect (header injection). "
          "Did not want to open a public issue. Is there a security contact, or should I file a GitHub private advisory? No bounty expected."),
  ("rem",))
P("good_invitation", "de", "Priyanka Raghavan", "Engineering Manager, Open Source Program Office | Sternwerk Mobility", "München",
  ("inv", "Hi Alex, our OSPO picked ferrule for this year's OSS fund: we'd like to sponsor you with €500/month through GitHub Sponsors. "
          "No strings, no logo placement needed. Could we connect so I can sort out the paperwork with you?"),
  nl="en")
P("good_invitation", "de", "Henning Vosskamp", "CTO | Frachtwerk GmbH", "Hamburg",
  ("inv", "Guten Tag Herr Morgan, ferrule läuft bei uns produktiv in der Sendungsverfolgung. Wir würden gern einen bezahlten Supportvertrag "
          "mit Ihnen abschließen (Reaktionszeiten, ggf. kleine Features). Hätten Sie grundsätzlich Interesse?"),
  ("rem",))
P("good_invitation", "en", "Camila Duarte", "Staff Engineer | Program co-chair, Rust Lisboa", "Lisbon",
  ("inv", "Hey Alex! I co-chair the program at Rust Lisboa. CFP closes 14 Feb and we'd love a talk on ferrule's connection pool. "
          "Speakers get travel + hotel covered and a free ticket for a colleague. Connecting so I can send you the link 🙂"))


# =============================================================== default_invitation
P("default_invitation", "en", "Vikram Sethuraman", "Software Developer | Java | Spring Boot | Microservices | AWS", "Pune", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Lars Kettner", "IT-Recruiter | Festanstellungen in Berlin", "Berlin", ("inv", NONOTE))
P("default_invitation", "de", "Svenja Ohlendorf", "Freelance Frontend-Entwicklerin | Vue · TypeScript", "Leipzig", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Ethan Kowalczyk", "Partnerships @ DevStack Weekly | 120k backend devs", "Austin",
  ("inv", "Alex - ferrule would be a great fit for DevStack Weekly's primary sponsor slot. 120k backend devs, 48% open rate. "
          "Slots from $1,250/issue or 3 for $3k. Want me to send the media kit?"))
P("sales_invitation", "en", "Anil Bhardwaj", "Co-founder | CodeBridge Technologies | Dedicated Rust, Go & Python teams", "Bengaluru",
  ("inv", "Hi Alex, we provide dedicated Rust / Go developers from $22 per hour, 2 week free trial, NDA signed upfront. "
          "Many Berlin startups scale with us. Can I share few profiles for your team?"),
  ("rem",))
P("sales_invitation", "de", "Jana Brenninkmeyer", "Event Managerin | Cloud Native Leaders Summit", "Berlin",
  ("inv", "Hallo Alex, für den Cloud Native Leaders Summit im Juni sind noch zwei Speaker-Slots frei. Das Speaker-Paket (25 Min. Bühne, "
          "Logo im Programm, Leadliste) liegt bei 3.900 € netto. Darf ich dir die Unterlagen schicken?"))
P("sales_invitation", "en", "Marek Zieliński", "Growth | ChainForge Ecosystem | Web3 builder grants", "Warsaw",
  ("inv", "gm Alex 🚀 ChainForge is airdropping $FORGE to top GitHub maintainers and ferrule made the list. Claim at forge-drop.xyz before Friday, "
          "just connect your wallet. Early claimers get a 3x multiplier. LFG"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Tobias Lindgren", "Staff Engineer | Observability, tracing, perf", "Stockholm",
  ("inv", "Hi Alex, been reading ferrule's tracing integration. How do you keep span overhead down on the hot path? "
          "We measure ~8% with tracing + OTLP export and I'm out of ideas. Would love to compare notes."),
  ("msg", "Thanks for accepting! Full disclosure on why I asked: we built Spanlight, eBPF-based tracing with under 1% overhead and no code changes. "
          "I can spin up a 14-day trial on Kontor's cluster. 20 min on Thursday?", (3, 10)),
  ("msg", "Bumping this one, Alex. Our startup tier is 40% off annual until the end of the month, happy to send a quote for ~30 nodes.", (5, 14)))
P("bait_and_switch_invitation", "de", "Konstantin Reuter", "Gründer | Berliner Maintainer-Runde", "Berlin",
  ("inv", "Moin Alex, ich hab einen kleinen Kreis von OSS-Maintainern in Berlin aufgebaut. Einmal im Monat, Bier, Austausch über Burnout, "
          "Funding und Issue-Triage. Ganz informell, keine Agenda. Magst du dazukommen?"),
  ("msg", "Schön, dass du dabei bist! Kurze Info vorab: Ab diesem Quartal läuft die Runde über unsere Plattform MaintainerHub Pro, 29 €/Monat, "
          "dafür gibt's Coaching-Calls und Sponsor-Matching. Anmelden kannst du dich unter maintainerhub.pro/join – Rabattcode BERLIN10 gilt bis Sonntag."))
P("bait_and_switch_invitation", "en", "Sai Krishna Vemula", "Bug Bounty Hunter | Top 100 HackerOne | Ethical Hacker", "Hyderabad",
  ("inv", "Hi Alex, I am doing free security review of popular Rust crates as community service. Found some interesting things in ferrule "
          "which I want to share privately. Please connect."),
  ("msg", "Thank you for connect. I found 3 issues, 1 is critical (SSRF via redirect). For full report with PoC kindly pay 400 USD bounty "
          "by PayPal or USDT TRC20. After payment I will send within 24 hours.", (1, 5)),
  ("msg", "Sir any update?? If no bounty is paid I will have to disclose publicly after 7 days as per standard practise.", (3, 8)))
P("bait_and_switch_invitation", "en", "Arjun Nair", "Ecosystem Lead | Nimbus Foundation Grants", "Dubai",
  ("inv", "Hi Alex, Nimbus Foundation runs a no-strings grant program for open-source infra maintainers (up to $25k). ferrule came up "
          "in our last review round. Happy to walk you through the application if you connect."),
  ("msg", "Great to connect! Next step is quick: grants are paid out in $NMB, and to qualify recipients stake 2,000 USDT in the Nimbus validator pool "
          "for 90 days (fully refundable, plus 14% APY on top). Staking portal: nimbus-grants.io/stake. Ping me once done and I'll fast-track your file."))
P("bait_and_switch_invitation", "de", "Melanie Graf", "Community Lead | KubeKreis DevRel", "München",
  ("inv", "Hallo Alex, wir haben einen kostenlosen Leitfaden „OSS-Projekte nachhaltig finanzieren“ geschrieben, mit Beispielen aus der DACH-Szene. "
          "Ich schick ihn dir gern, vielleicht ist für ferrule was dabei."),
  ("msg", "Hier der Leitfaden als PDF 🙂 Übrigens: Wir nehmen Maintainer:innen das ganze Drumherum ab – Social Media, Doku-Relaunch, Sponsorensuche – "
          "für 1.800 €/Monat. Wär das was für ferrule? Lass uns gern nächste Woche telefonieren."),
  ("msg", "Hi Alex, kurze Nachfrage zu meinem Angebot: Im Mai hätten wir noch Kapazität für ein neues Projekt.", (6, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Hamza Qureshi", "Independent Security Researcher | Bug Hunter", "Lahore",
  ("inm", "Vulnerability report: ferrule.dev", "Hi, I found some vulnerabilities on ferrule.dev: no DMARC record, SPF softfail, and the docs can be "
          "loaded in an iframe (clickjacking). I am reporting responsibly so you can fix them before someone abuses. Regards, Hamza"),
  ("inm", "Re: Vulnerability report: ferrule.dev", "Hello again, I hope you have fixed the issues. As per responsible disclosure, researchers are "
          "rewarded for their time. Kindly tell me the bounty amount, minimum 150 USD via PayPal. I have more findings to share after payment."))
P("bait_and_switch_inmail", "en", "Jessica Tran", "Host, The Maintainer's Log podcast", "San Francisco",
  ("inm", "Podcast invite – The Maintainer's Log", "Hi Alex! I host The Maintainer's Log, long-form chats with the people keeping critical OSS running. "
          "Would love to have you on to talk ferrule and the story behind the pyo3 bindings. 45 min, remote, whenever suits you."),
  ("inm", "Re: Podcast invite – The Maintainer's Log", "So glad you're in! Before we book: the show is guest-supported, so featured guests cover "
          "a $750 production fee (editing, show notes, promo on 4 channels). Invoice link is below, and once it's paid I'll send the Calendly."))
P("bait_and_switch_inmail", "de", "Dr. Rüdiger Hallmann", "Programmkomitee | DevSummit DACH", "Frankfurt am Main",
  ("inm", "Einladung als Sprecher – DevSummit DACH", "Sehr geehrter Herr Morgan, das Programmkomitee des DevSummit DACH hat Sie als Sprecher zum Thema "
          "„Rust in Produktion“ ausgewählt. Wir würden uns sehr über Ihre Zusage freuen. Mit freundlichen Grüßen, Dr. Rüdiger Hallmann"),
  ("inm", "DevSummit DACH – nächste Schritte", "Sehr geehrter Herr Morgan, vielen Dank für Ihre Zusage! Für Sprecher gilt die reduzierte Teilnahmegebühr "
          "von 1.190 € zzgl. MwSt. (regulär 1.890 €). Optional bieten wir ein Partnerpaket mit Ausstellerfläche ab 4.500 € an. "
          "Die Rechnung geht Ihnen separat zu.", (4, 12)))
P("bait_and_switch_inmail", "en", "Paulina Wróbel", "Editor | Backend Bytes newsletter", "Warsaw",
  ("inm", "Featuring ferrule in Backend Bytes?", "hey Alex, editor of Backend Bytes here (~60k subs). we'd like to put ferrule in our "
          "'tools worth knowing' section next month. could you send 2-3 lines and a short code sample?"),
  ("inm", "Backend Bytes – your slot", "thanks for the blurb, it reads great! one thing I should've said upfront: featured spots are $600, "
          "or $400 each if you book two. can invoice Kontor or you directly, whatever's easier."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Chukwuemeka Obi", "Full-stack Developer | React · Node · learning Rust", "Abuja",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} 🙌 you're a legend in the Rust space fr. Mind endorsing me for Rust and Node.js? "
          "Job hunting rn and recruiters actually look at that stuff. Thanks bro"))
P("endorse_me_back", "de", "Sabrina Kühnel", "Junior DevOps Engineerin | AWS · Terraform", "Dresden",
  ("end",),
  ("msg", "Hey Alex, hab dich grad für {skill} bestätigt :) Magst du mir im Gegenzug Terraform und Kubernetes bestätigen? "
          "Bin mitten in Bewerbungen. Danke dir!!"))
P("endorse_me_back", "en", "Rafael Monteiro", "Senior Software Engineer | Go · Distributed Systems", "São Paulo",
  ("end",), ("end",),
  ("msg", "Alex, left you a couple of endorsements ({skill} among them). Would appreciate the same on Go and System Design, "
          "we did review each other's PRs on the tower-compat thing after all. Cheers"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Derek Vance", "Founder @ ShipFast | ex-Google | CI for Rust monorepos", "Austin",
  ("inv", "Alex, we make CI 4x faster for Rust monorepos. Worth 15 min to see if ferrule's pipeline could go from 18 to 4 minutes?"),
  ("rem",),
  ("inm", "?", "Sent you an invite two weeks ago plus a reminder. Not even a 'no thanks'? You maintainers love complaining nobody helps you, "
               "then ignore the people who actually try. Arrogant much?"))
P("hostility_after_decline", "de", "Ingo Pfeffer", "Senior Java-Entwickler | Clean Code", "Köln",
  ("inv", DEFAULT),
  ("inm", "Ignoriert?", "Hallo Herr Morgan, ich sehe, Sie haben meine Kontaktanfrage ignoriert. Für jemanden, der Open Source predigt, ganz schön "
                        "verschlossen. Ich hab mir übrigens Ihren Code angesehen – bei der Einstellung wundert mich die Qualität nicht."))
P("hostility_after_decline", "en", "Karthik Subramaniam", "Aspiring Rust Developer | Open to work", "Chennai",
  ("inv", "Hi Alex sir, I am learning Rust and want to contribute to ferrule. Can you please guide me to some good first issues? Please accept my request."),
  ("rem",),
  ("inm", "Very disappointed", "Sir I requested you 3 times. You seniors never help freshers. Very bad attitude, this is why open source community "
                               "is toxic. I will not use ferrule anymore and will tell my friends also."))
P("hostility_after_decline", "de", "Mitchell Grayson", "VP Sales EMEA | Cloudyard", "London",
  ("inv", "Hi Alex - quick intro, Cloudyard helps platform teams cut Kubernetes spend by 30-50%. Open to a chat with our Berlin team?"),
  ("inm", "Closing the loop", "Guess you're too busy to be polite. For the record, ignoring people isn't a 'boundary', it's just rude. "
                              "Good luck with your little library."),
  nl="en")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Gavin Pryce", "Director of Partnerships | DevRelify – developer marketing", "Manchester",
  ("msg", "Alex, DevRelify does developer marketing for OSS-backed startups: content, conference booths, Discord community management. "
          "We'd love to pitch a retainer for the commercial side of ferrule. Who's the right person?"),
  ("msg", "Following up on the above. We can do a first pilot month at 50% off."),
  ("msg", "Wow, read and ignored twice. For someone whose whole project runs on community goodwill that's a pretty poor look. "
          "Don't be surprised when nobody shows up for you either."))
P("hostility_connection", "de", "Patrick Sommerfeld", "Account Manager | Hetzblitz Cloud", "Nürnberg",
  ("acc",),
  ("msg", "Hi Alex, danke für die Vernetzung nach dem Meetup! Für die ferrule-CI könnte ich dir unsere dedizierten ARM-Runner anbieten, "
          "rund 40 % günstiger als GitHub-hosted. Telefonieren wir nächste Woche kurz?"),
  ("msg", "Hallo Alex, erst einladen und dann nicht mal antworten? Echt schwacher Stil. Ich hatte dich für einen von den Guten gehalten."))
P("hostility_connection", "en", "Sunil Varghese", "CEO | TalentGrid – pre-vetted remote engineers", "Kochi",
  ("msg", "Hello Alex, hope you are doing well. TalentGrid places pre-vetted Rust engineers in Berlin teams within 10 days, zero fee until hire. "
          "Shall I share 3 CVs for Kontor?"),
  ("msg", "No response even after I shared CVs free of cost. This is very unprofessional behaviour from a so called senior engineer. "
          "I will remember this."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Brittany Coles", "Account Executive | Sentrylane AppSec", "Denver",
  ("msg", "Hi Alex! Saw ferrule crossed 9k stars, congrats 🎉 Teams your size use Sentrylane to catch vulnerable crates in CI before release. "
          "Free scan of your repo plus a 20-min walkthrough?"),
  ("msg", "Hey Alex, circling back. We just shipped SBOM export for Cargo workspaces, handy with the Cyber Resilience Act coming. "
          "Can I grab 15 minutes next week?"),
  ("msg", "Last try from me: I can extend a 30% maintainer discount on the Team plan if we talk before the end of the quarter."))
P("connection_only_pitches", "de", "Thorsten Wehling", "Finanzberater für Entwickler:innen und IT-Freelancer", "Berlin",
  ("msg", "Hallo Alex, als Senior Engineer verdienst du gut – aber nutzt du auch die betriebliche Altersvorsorge optimal? Ich betreue viele "
          "Entwickler:innen in Berlin. 30 Minuten kostenlose Erstberatung, digital oder bei mir in Mitte?"),
  ("msg", "Hi Alex, kurze Erinnerung: Bis Jahresende kannst du mit einer Rürup-Rente noch ordentlich Steuern sparen. Soll ich dir einen Termin blocken?"))
P("connection_only_pitches", "en", "Nadia Farouk", "Growth | StackStars – GitHub growth for open source", "Cairo",
  ("msg", "Hi Alex, want ferrule trending on GitHub? We run organic star campaigns plus HN and Reddit launches for OSS projects. Packages from $299."),
  ("msg", "Alex!! Black Friday deal: 2,000 stars + a Product Hunt launch for $499. Only 5 spots left this month."))


# =============================================================== single_pitch
P("single_pitch", "en", "Owen Gallagher", "Sales Engineer | Buildcache.io", "Dublin",
  ("msg", "Hey Alex, noticed ferrule's CI runs take ~20 min. Buildcache does distributed Rust compile caching, usually 60-70% faster. "
          "Free for OSS, paid for teams like Kontor's. Could I show you a quick demo on your repo?"))
P("single_pitch", "de", "Melina Roth", "Sales | TechTalents Expo", "Hamburg",
  ("msg", "Hi Alex, für die TechTalents Expo im Herbst gibt's noch Ausstellerflächen für Arbeitgeber. Kontor könnte sich dort Rust-Talenten "
          "präsentieren, Standpaket ab 2.400 €. Darf ich dir das Exposé schicken?"))
P("single_pitch", "en", "Chen Jiahao", "Founder | Pyrite Labs – AI code review", "Shenzhen",
  ("msg", "hi alex. built an AI reviewer that leaves PR comments on Rust code. 2-week trial, then $19/seat/month. would it help ferrule's "
          "review backlog? can set it up for you in 5 min"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Mateusz Nowicki", "Rust developer | ferrule contributor", "Wrocław",
  ("msg", "Alex, PR #1482 is up: fixes the HTTP/2 flow-control stall we talked about. Added a regression test that reproduces it in ~2s. "
          "No rush on review, CI is green except the flaky macOS job (unrelated, fails on main too)."),
  ("msg", "fyi I wrote up the whole debugging story on my blog and credited you for the WINDOW_UPDATE hint: mnowicki.dev/posts/h2-stall"))
P("connection_brings_value", "en", "Anke Bellmann", "Staff Engineer | Kotlin & Rust", "Berlin",
  ("end",),
  ("msg", "Hey Alex, du hattest beim Meetup erzählt, dass den neuen Retry-Layer außer dir noch niemand angeschaut hat. Ich hab nächste Woche "
          "etwas Luft und würde mir den Branch gern ansehen – zweites Paar Augen, ganz ohne Gegenleistung. Schick einfach den Link."),
  nl="de")
P("connection_brings_value", "en", "Ifeoma Nwosu", "Software Engineer | Payments infrastructure @ Kudi Pay", "Lagos",
  ("msg", "Hi Alex, just wanted to say thank you. We replaced our hand-rolled HTTP client with ferrule last quarter and p99 on payouts went "
          "from 900ms to 210ms. Our team is sponsoring you on GitHub from this month. If you ever want real production traces for a benchmark, "
          "I can share anonymised ones."))
P("connection_brings_value", "de", "Sebastian Ulbrich", "Maintainer hyperlane-rs | Senior SRE", "Freiburg",
  ("msg", "Servus Alex, wir haben in hyperlane dieselbe Baustelle wie ihr mit dem Connection-Reuse nach GOAWAY. Ich hab meine Notizen und einen "
          "Fuzz-Harness in ein Gist gepackt, spart dir vielleicht ein Wochenende. Und falls du Lust hast: Wir könnten die Test-Fixtures "
          "in ein gemeinsames Crate auslagern, dann pflegen wir sie zu zweit."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Rachel Goldstein", "Head of Developer Relations | Quarry Data", "New York",
  ("inm", "Developer Advocate (Rust/Python) – remote EU", "Hi Alex, I lead DevRel at Quarry Data. We're hiring a Senior Developer Advocate for our "
          "Rust and Python SDKs: fully remote in the EU, €95-115k plus equity, and 20% of your time reserved for your own open source. "
          "ferrule is honestly the reason I thought of you. Open to a 30-minute chat?"))
P("stranger_inmail_recruiter", "de", "Miriam Achterberg", "Talent Acquisition | Schienennetz Digital", "Berlin",
  ("inm", "Staff Engineer Plattform (w/m/d) – Berlin", "Hallo Alex, für unser Plattformteam in Friedrichshain suchen wir eine:n Staff Engineer mit "
          "Rust-Erfahrung (Fahrgastinformation in Echtzeit). Gehaltsband 98–118 k€, 4-Tage-Woche möglich. Deine Arbeit an ferrule passt "
          "sehr gut dazu. Hättest du Lust auf ein unverbindliches Gespräch mit der Teamleitung?"))
P("stranger_inmail_recruiter", "en", "Kwame Mensah", "Engineering Manager, Proxy team | Edgewise", "London",
  ("inm", "Your HTTP/2 work – a role on my team", "Alex – I manage the proxy team at Edgewise. Short version: hiring a senior engineer for our Rust "
          "HTTP stack, London or Berlin office, relocation covered. I've read your ferrule flow-control PRs and it's very much the same work, "
          "just at 40M req/s. Fancy a chat? No recruiter in the loop, just me."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Aaron Whitlock", "Head of Sponsorships | GlobalDevConf", "Las Vegas",
  ("inm", "Speaking opportunity at GlobalDevConf", "Hi Alex, we'd like to offer you a Featured Speaker slot at GlobalDevConf (8,000+ attendees). "
          "The Featured Speaker package is $4,950 and includes a 30-min session, a booth and the attendee list. Interested?"),
  ("inm", "Speaker package – 2 days left", "Alex, the early rate ends Friday. Shall I hold the slot for you?", (3, 8)))
P("stranger_inmail_sales", "en", "Mila Petrović", "Partnerships @ Web3 Builders Fund", "Belgrade",
  ("inm", "Airdrop allocation for ferrule", "Hey Alex! ferrule qualifies for the Builders Airdrop: 15,000 $BLD reserved for its maintainer. "
          "To claim, verify your GitHub through our dApp and pay the 0.02 ETH registration fee. Window closes in 72h ⏳"))
P("stranger_inmail_sales", "de", "Fabian Schoeller", "Key Account | DevJobs Newsletter DACH", "Berlin",
  ("inm", "Stellenanzeige im DevJobs-Newsletter?", "Hallo Alex, Kontor sucht doch gerade Backend-Leute, oder? Im DevJobs-Newsletter (38.000 "
          "Entwickler:innen in DACH) kostet eine hervorgehobene Anzeige 790 €, drei Ausgaben 1.900 €. Soll ich dir die Mediadaten schicken?"))
P("stranger_inmail_sales", "en", "Rohan Kapoor", "Director | Nexaforge Software Services | ISO 27001", "Noida",
  ("inm", "Rust development partner", "Dear Alex, Greetings from Nexaforge! We are a 400+ member team delivering Rust, Go and Python projects "
          "for European clients. We can augment your team at very competitive rates. Kindly share a suitable time for a call."),
  ("inm", "Following up: Rust development partner", "Dear Alex, Just following up on my previous mail. Please let me know if you have any "
          "requirements. Looking forward to hear from you."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Ben Hargreaves", "Principal Engineer | Author | Rust & WASM", "Bristol",
  ("inv", "Alex, I'm writing a chapter on HTTP clients for a Rust book and want to use ferrule as the worked example. Could I run a few questions "
          "past you so I get the pooling bits right? Happy to share the draft."),
  ("msg", "Draft chapter is in this Google Doc, you're credited in the acknowledgements. Comments welcome right in the doc, "
          "especially on section 4 (the pool eviction diagram)."),
  ("msg", "Alex, separate thing: I've started a consultancy doing Rust performance audits and Kontor looks like a great fit. "
          "Two-week audit, fixed price €14k. Could you intro me to your CTO?", (10, 30)))
P("good_turns_ugly", "de", "Clara Weinreich", "Organisatorin | Women in Rust Berlin", "Berlin",
  ("inv", "Hallo Alex, wir machen mit Women in Rust Berlin einen kostenlosen Review-Abend: Leute bringen ihre erste PR mit, erfahrene "
          "Maintainer:innen geben Feedback. Hättest du Lust, als Mentor dabei zu sein?"),
  ("msg", "Danke, dass du beim Review-Abend warst! Hier die Fotos und das Feedback der Teilnehmer:innen – drei PRs sind schon gemergt 🎉"),
  ("end",),
  ("msg", "Hey Alex, ich hab dich für {skill} bestätigt. Kleine Bitte: Könntest du mich für Community-Arbeit und Mentoring bestätigen? "
          "Ich bewerbe mich gerade auf DevRel-Stellen und das hilft echt."))
P("good_turns_ugly", "en", "Vivek Raman", "SRE | Kubernetes | ferrule user", "Singapore",
  ("inv", "Hi Alex - found a memory leak in ferrule 0.14 under HTTP/2 with lots of short streams. Have heaptrack output + a 40-line repro, "
          "happy to open an issue or send privately first, your call."),
  ("msg", "Opened #1391 with the repro and the heaptrack screenshot. Also bisected it: the regression came in with the stream-reset change."),
  ("msg", "Hi Alex, glad the fix landed! btw I also run a small side business, K8sOptima, that tunes clusters for cost. We could look at "
          "Kontor's setup, we usually save 35%. The 1h discovery call is €250, credited towards the engagement. Interested?", (15, 40)))
P("good_turns_ugly", "de", "Jörn Kessler", "Mitgründer | RustSchule – Trainings", "Hannover",
  ("inv", "Hi Alex, ich baue einen kostenlosen Rust-Kurs für Azubis an Berufsschulen (CC BY-SA). Magst du mal drüberschauen, "
          "ob die Kapitel zu async/await fachlich stimmen?"),
  ("msg", "Danke für die Korrekturen! Hab alles eingearbeitet, du stehst in den Credits."),
  ("msg", "Hallo Alex, wir bieten jetzt auch Inhouse-Schulungen für Firmen an: drei Tage Async-Rust für 6.900 €. Bei Kontor gibt's doch sicher "
          "Bedarf? Kannst du mich an eure Teamleitung vermitteln?", (20, 45)),
  ("msg", "Kurzes Follow-up: Im Juni hätten wir noch zwei Termine frei."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Stacey Lund", "Partnerships | LaunchLoop newsletter (80k devs)", "Seattle",
  ("inm", "Sponsor slot for ferrule?", "Hi Alex, LaunchLoop sponsor slots for dev tools start at $900 per issue, 52% open rate. "
          "Want to grab the March slot before it goes?"),
  ("inv", "Hi Alex, love what you're doing with ferrule, would be great to stay connected!"))
P("reinvite_known_bad", "de", "Kevin Matuschek", "IT-Recruiter | TechHunt Personalvermittlung", "Düsseldorf",
  ("inv", "Hallo Alex, wir vermitteln Senior-Entwickler:innen an Tech-Firmen. Für Kontor hätten wir sofort verfügbare Rust-Profile, Provision "
          "erst bei Einstellung. Kurzer Call diese Woche?"),
  ("inv", "Hi Alex, hab deinen Talk beim Rust-Meetup gesehen, war echt stark. Würde mich freuen, in Kontakt zu bleiben!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Dwayne Pritchard", "Founder | HireRust.io", "Toronto",
  ("inv", "Alex, HireRust places senior Rust devs at a 15% fee. Want a shortlist for Kontor?"),
  ("inm", "Wow", "Ignoring a simple connection request. Real classy, Alex. No wonder your project's issue tracker is a graveyard."),
  ("inv", "Hey Alex, fresh start? Would be good to connect, I'm running a Rust job board now."))
P("reinvite_known_ugly", "en", "Liam O'Rourke", "Community Manager | OpenGrants Collective", "Cork",
  ("inm", "Grants for open-source maintainers", "Hi Alex, OpenGrants Collective funds maintainers of critical infrastructure, and ferrule was "
          "nominated by our community. Could I send you the application?"),
  ("inm", "Your application – one more step", "Thanks Alex! To finalise, applicants take our Grant Readiness workshop ($349) so their reports "
          "meet donor standards. Once that's done you're eligible for up to $10k."),
  ("inv", "Hi Alex, we've relaunched OpenGrants with a new team. Would be great to connect and tell you about round 2."))
P("reinvite_known_ugly", "de", "Dirk Haselhorst", "Geschäftsführer | Haselhorst IT-Beratung", "Bielefeld",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Ihre Reaktion", "Herr Morgan, auf eine einfache Kontaktanfrage gar nicht zu reagieren, ist schlicht arrogant. Aber gut, "
                           "man sieht sich immer zweimal im Leben."),
  ("inv", "Hallo Herr Morgan, ich würde mich trotz allem gern mit Ihnen vernetzen – wir suchen Rust-Expertise für ein Bahnprojekt."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Jake Morrison", "DevRel Consultant | Helping OSS projects grow", "Brighton",
  ("acc",),
  ("msg", "Thanks for the connect after FOSDEM, Alex! Since ferrule is growing fast: I offer a Docs & DX audit for OSS libraries, "
          "€2,200 flat, two weeks. Interested?"))
P("user_invited_pitch_once", "de", "Nicole Hartwig", "Account Executive | CodeTresor – Secrets Management", "München",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Annehmen! Wie managt ihr bei Kontor eure Secrets in der CI? CodeTresor hat ein natives Rust-SDK – "
          "ich würde dir gern in 20 Minuten eine Demo zeigen."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Elliot Brandt", "Co-founder | Rustacean Academy – corporate Rust training", "Amsterdam",
  ("acc",),
  ("msg", "Hey Alex, thanks for connecting after EuroRust! We run 4-day Rust bootcamps for teams. If Kontor is moving services over from Go, "
          "we'd tailor one for you, €3,800 per seat."),
  ("msg", "Hi Alex, bumping this. Group rate kicks in at 6+ engineers, and we can run it at your Berlin office in Q3."))
P("user_invited_pitch_twice", "en", "Dennis Kowalski", "Vertrieb | Cloudhafen – Managed Kubernetes aus Deutschland", "Frankfurt am Main",
  ("acc",),
  ("msg", "Hi Alex, danke fürs Annehmen! Ihr hostet bei Kontor noch auf AWS, oder? Mit Cloudhafen seid ihr DSGVO-seitig auf der sicheren Seite "
          "und spart bis zu 40 %. 30-Minuten-Call?"),
  ("msg", "Hallo Alex, ich hake nochmal nach: Wir hätten ein Migrationspaket zum Festpreis, gültig bis Monatsende."),
  nl="de")
P("user_invited_pitch_twice", "en", "Tariq Haddad", "Sponsorship Manager | DevSands Summit", "Dubai",
  ("acc",),
  ("msg", "Hi Alex, thanks for accepting! Would Kontor like to come on as Gold sponsor at DevSands Summit? $12k, includes booth and a talk slot."),
  ("msg", "Alex, just one Gold package left. Silver is $6k if budget's tight this year."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Anjali Deshpande", "Maintainer, pyo3 async bindings | Python core sprint regular", "Bengaluru",
  ("acc",),
  ("msg", "Thanks for the add, Alex! Re the GIL deadlock in ferrule-py's callback path: I hit exactly that in our bindings. Fix was to release the "
          "GIL before blocking on the runtime handle. Here's the 12-line patch we used, feel free to lift it as-is."))
P("user_invited_value", "de", "Lukas Pietsch", "Software Engineer | ferrule contributor | TU Berlin", "Berlin",
  ("acc",),
  ("msg", "Danke fürs Vernetzen! Wollte mich nochmal bedanken, dass du dir so viel Zeit für meinen ersten PR genommen hast. Daraus ist meine "
          "Bachelorarbeit zu HTTP/3-Clients geworden – wenn sie fertig ist, schick ich sie dir, die Benchmarks könnten für ferrule spannend sein."))
P("user_invited_value", "en", "Hiroshi Tanaka", "Staff Engineer | Fuzzing & supply-chain security", "Tokyo",
  ("acc",),
  ("msg", "Good to connect, Alex. As promised at KubeCon: I ran ferrule through our fuzzing setup over the weekend. Two panics in the header "
          "parser, both on malformed chunked encoding. Sending the details via a GitHub private advisory now. No rush, happy to test the fix."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Sarah Blumenthal", "Engineering Director | Kontor Systems", "Berlin", ("acc",))
P("acceptance_only", "de", "Ömer Yıldız", "Backend-Entwickler | Go & Rust", "Berlin", ("acc",))
P("lone_endorsement", "en", "Nikolai Sorokin", "Software Engineer | Distributed databases", "Tallinn", ("end",))
P("lone_endorsement", "de", "Franziska Heil", "Frontend Engineer bei Kontor Systems", "Berlin", ("end",))


# LinkedIn capped invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

# layout eras: these people have timeless notes and get the 2016 layout; everyone else is current
ERA_2016 = {"Vikram Sethuraman", "Svenja Ohlendorf", "Anil Bhardwaj", "Rohan Kapoor", "Ingo Pfeffer", "Dirk Haselhorst", "Thorsten Wehling",
            "Chukwuemeka Obi", "Sabrina Kühnel", "Hamza Qureshi", "Dwayne Pritchard", "Stacey Lund", "Friederike Stahl", "Mateusz Nowicki",
            "Gavin Pryce", "Sarah Blumenthal", "Nikolai Sorokin", "Kevin Matuschek"}
ERAS = {p[2]: ("2016" if p[2] in ERA_2016 else "cur") for p in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Dmytro Kovalenko", "d.kovalenko@proton.example", "ferrule: redirect CRLF details (encrypted)",
     "Hi Alex,\n\nas mentioned in my LinkedIn note, here are the details of the redirect issue. The attachment is encrypted to the key in your "
     "SECURITY.md.\n\nI will wait for your fix before any write-up.\n\nDmytro", "en"),
    ("Open Collective", "no-reply@opencollective.example", "New financial contributor: Sternwerk Mobility",
     "Sternwerk Mobility is now backing ferrule with EUR 500/month.\n\nTip: thank your sponsors publicly on LinkedIn, Mastodon or in your README.", "en"),
    ("Rust Berlin", "info@rust-berlin.example", "Neues Event: Rust Meetup im März – Talks gesucht",
     "Hallo zusammen,\n\ndas März-Meetup findet in Kreuzberg statt. Talks könnt ihr wie immer über das Formular einreichen. "
     "Ankündigungen gibt's jetzt auch auf LinkedIn und Mastodon.", "de"),
    ("Ethan Kowalczyk", "ethan@devstackweekly.example", "Following up from LinkedIn – DevStack Weekly sponsor slots",
     "Hi Alex,\n\nI also sent you a note on LinkedIn. Quick recap: primary sponsor slots from $1,250, 120k backend devs. Want the media kit?\n\nEthan", "en"),
    ("Sarah Blumenthal", "sarah.blumenthal@kontor.example", "1:1 Thursday",
     "Hi Alex,\n\nsaw you finally accepted on LinkedIn, ha. For Thursday: can we talk about how much Kontor time goes into ferrule? "
     "I'd like to make it official.\n\nSarah", "en"),
    ("Kontor Systems People Team", "people@kontor.example", "Employer Branding: eure LinkedIn-Profile",
     "Liebe Kolleg:innen,\n\nim Rahmen der Recruiting-Kampagne bitten wir euch, Kontor Systems als aktuellen Arbeitgeber auf LinkedIn "
     "einzutragen. Danke!", "de"),
    ("Sessionize", "noreply@sessionize.example", "Rust Lisboa: your session was accepted",
     "Congratulations! Your session \"Inside ferrule's connection pool\" was accepted. Feel free to share the news on LinkedIn with #RustLisboa.", "en"),
    ("ChainForge Airdrop", "claim@forge-drop.example", "Last chance: your $FORGE allocation (we tried LinkedIn too)",
     "gm! We tried reaching you on LinkedIn. Your maintainer allocation of 15,000 $FORGE expires in 24h. Connect your wallet to claim.", "en"),
    ("Jonas Eberle", "jonas.eberle@posteo.example", "Fwd: I want to connect",
     "Moin Alex,\n\nder hier hat mich auch auf LinkedIn angeschrieben, kostenloses Security-Review und so. Kennst du den? Klingt für mich nach "
     "Beg Bounty.\n\n---------- Forwarded message ---------\nFrom: Sai Krishna Vemula via LinkedIn <invitations@linkedin.com>\n"
     "Subject: I want to connect\n\nHi Jonas, I am doing free security review of popular Rust crates as community service...", "de"),
    ("GitHub", "noreply@github.example", "[GitHub] Kudi Pay is now sponsoring you",
     "Kudi Pay is now sponsoring you for $200/month.\n\nShare your Sponsors profile on LinkedIn or X to thank them.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot seventy-first development corpus (dev71). Generated by scripts/make_corpus_dev71.py (seed {SEED}); do not edit by hand.",
          "# Alex as a senior software engineer in Berlin who maintains an open-source library: paid support and sponsoring, DevRel recruiters, "
          "free and pay-to-speak CFPs, security researchers and beg bounties, crypto grants and airdrops, paid newsletter placements, peers and "
          "contributors; English and German. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev71", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
