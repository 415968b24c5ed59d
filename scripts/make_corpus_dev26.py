#!/usr/bin/env python3
"""Write mailbot's twenty-sixth, independent development corpus: tests/corpus/dev26/*.eml + expected.toml.

The angle: world English from non-native writers. The user Alex is a director of engineering
at a logistics software company with offices in Amsterdam and Kraków. The people who write come
from India, Nigeria, Pakistan, the Philippines, China, Brazil, Eastern Europe and the Gulf, and
most of them write in the formal, courteous, sometimes flowery English of those places:
greetings of the day, "kindly", "Respected Sir", blessings, long self-introductions. Job
seekers ask for a referral to a named opening, students ask for guidance on a final-year
project, meetup and community organisers ask for a free talk, peers ask a real question or share
a patch, a dataset, a template (good). Beside them: offshore and nearshore development shops,
staff augmentation, SEO and website sellers, virtual-assistant BPOs, OEM factories, business-
setup consultants, GPU resellers, cloud-cost consultants, data-annotation vendors (bad). The bait
and switch speaks the same register: an "invitation-only forum" run by a delivery centre, a
free guide that ends in a GPU quotation, a developer community that shares openings "free of
charge" and then sends a placement agreement, a majlis that sells off-plan property, a survey,
a summit keynote or a mentorship network that asks for a fee. Hostility comes in the register
too: wounded dignity, lectures on courtesy and on culture, blessings turned into reproach.
Both good and bad notes use the same courtesy, so the register itself says nothing.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the names, headlines and companies of spoof-only names and PYMK suggestions, and the
notes that spoofs carry are swapped for this world in this process only (make_corpus.py itself
is not changed). Each person's layout era is fixed (most current, some 2016 for notes that
would fit then). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev26.py              # writes tests/corpus/dev26
    python scripts/make_corpus_dev26.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260826

import make_corpus as mc  # noqa: E402
import corpus_stories as cs  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder  # noqa: E402

# ------------------------------------------------------------------ Alex as a director of engineering (this process only)
SKILLS = {
    "en": ["Software Engineering", "Engineering Management", "Distributed Systems", "Cloud Architecture", "Technical Leadership", "Python"],
    "de": ["Softwareentwicklung", "Engineering Management", "Verteilte Systeme", "Cloud-Architektur", "Technische Führung"],
    "fr": ["Génie logiciel", "Management d'équipes techniques", "Systèmes distribués", "Architecture cloud", "Python"],
    "es": ["Ingeniería de software", "Gestión de equipos de ingeniería", "Sistemas distribuidos", "Arquitectura cloud", "Python"],
    "it": ["Ingegneria del software", "Engineering Management", "Sistemi distribuiti", "Architettura cloud", "Python"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Director of Engineering at Example Industries", "de": "Director of Engineering bei Example Industries",
             "fr": "Directeur de l'ingénierie chez Example Industries", "es": "Director de Ingeniería en Example Industries",
             "it": "Director of Engineering presso Example Industries"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Director of Engineering", "Maersk Digital"), ("VP Engineering (Platform)", "Picnic Technologies"),
              ("Head of Engineering, Logistics", "Zalando"), ("Engineering Director – Payments", "Adyen"),
              ("Senior Engineering Manager", "Booking.com")]
for _l, _kw in {"en": "director of engineering", "de": "Engineering Director", "fr": "directeur technique",
                "es": "director de ingeniería", "it": "direttore tecnico"}.items():
    _subj, _line, _btn = mc.OTHER[_l]["job"]
    mc.OTHER[_l]["job"] = (_subj.replace({"en": "financial controller", "de": "Controller", "fr": "contrôleur de gestion",
                                          "es": "controller financiero", "it": "controller"}[_l], _kw),
                           _line.replace({"en": "financial controller", "de": "Controller", "fr": "contrôleur de gestion",
                                          "es": "controller financiero", "it": "controller"}[_l], _kw), _btn)
mc.OTHER["en"]["group"] = ("Top conversations in Engineering Leaders Network", "Here are the top conversations in your group this week")
mc.OTHER["en"]["newsletter"] = ("Scaling Teams: what we learned hiring across five time zones", "New edition of a newsletter you subscribed to")
mc.OTHER["en"]["news"] = ("Are offshore engineering centres coming back?", "Top stories for you from LinkedIn News")
mc.NAMES["en"] = (["Priya", "Oluwaseun", "Imran", "Mary Grace", "Xiaoming", "Gabriela", "Tomasz", "Noura", "Karan", "Chidi", "Ayesha",
                   "Jun", "Larissa", "Mihai", "Hamza", "Divya"],
                  ["Raghavan", "Okonkwo", "Chaudhry", "Reyes", "Huang", "Lima", "Zając", "Al-Qasimi", "Bhatia", "Nnadi", "Javed",
                   "Sun", "Cavalcanti", "Dumitru", "Sheikh", "Kulkarni"])
mc.COMPANIES["good"] = ["Example Industries", "Thoughtline Labs", "Kestrel Logistics", "Paylink Africa", "Cloudnest", "Route42",
                        "Lagos Backend Devs", "Engineering Leaders Network"]
mc.COMPANIES["sales"] = ["CodeCraft Technologies", "Nimbus Softech", "RankRise SEO", "Hongda Electronics", "Lvivsoft", "Skyward Cloud",
                         "Bytecraft Africa", "TalentLoop"]
mc.HEADLINES["good"] = ["Engineering Manager at {co}", "Staff Engineer | {co}", "Senior Backend Engineer at {co}", "CTO at {co}",
                        "Head of Platform | {co}", "Site Reliability Engineer at {co}"]
mc.HEADLINES["sales"] = ["Business Development Manager at {co}", "Sales Director – Europe | {co}", "Founder & CEO at {co}",
                         "Client Partner | {co}", "Head of Growth @ {co}"]
SPOOF_NOTE = {
    "en": ["Dear Alex, kindly find the project requirement document (RFQ) shared with you. Log in to view the secure file and revert with your quotation.",
           "Hello Alex, greetings. I have shared the signed NDA and the purchase order with you. Please sign in to download both before end of day."],
    "de": ["Hallo Alex, anbei das Lastenheft für unser Projekt als sichere Datei. Bitte melden Sie sich an, um es zu öffnen.",
           "Guten Tag Alex, ich habe Ihnen die unterschriebene NDA freigegeben. Bitte hier anmelden und herunterladen."],
    "fr": ["Bonjour Alex, je vous ai partagé le cahier des charges du projet. Connectez-vous pour ouvrir le fichier sécurisé.",
           "Bonjour Alex, le bon de commande signé est disponible. Merci de vous connecter pour le télécharger aujourd'hui."],
    "es": ["Hola Alex, te he compartido el documento de requisitos del proyecto. Inicia sesión para ver el archivo seguro.",
           "Hola Alex, tienes la orden de compra firmada disponible. Inicia sesión para descargarla antes del viernes."],
    "it": ["Ciao Alex, ti ho condiviso il capitolato del progetto. Accedi per aprire il file protetto.",
           "Buongiorno Alex, l'ordine d'acquisto firmato è disponibile. Acceda per scaricarlo entro oggi."],
}
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "display:outlook.com", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]
for _l, _n in SPOOF_NOTE.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
ERAS: dict[str, str] = {}
_add = adder(PEOPLE)


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None, era: str = "cur") -> None:
    """adder() with a fixed layout era per person, and LinkedIn's 300-character cap on invitation notes checked."""
    for s in steps:
        if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
            assert len(s[1]) <= 300, (name, len(s[1]))
    ERAS[name] = era
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "en", "Ananya Krishnan", "Backend Engineer (Go, Kafka) | Ex-Flipkart | Open to work", "Bengaluru",
  ("inv", "Greetings of the day, Alex! I saw the Senior Backend Engineer (Payments) opening at Example Industries. At Flipkart I built the "
          "ledger reconciliation service, ~40k events/sec on Kafka. Would you consider referring me, or tell me who the hiring manager is?"),
  ("rem",))
P("good_invitation", "en", "Chukwuemeka Obi", "Community Lead, Lagos Backend Devs | Senior Engineer", "Lagos",
  ("inv", "Good day Sir. I coordinate a free monthly meetup for about 300 backend engineers in Lagos. Your talk on event-driven design is "
          "still discussed among us. Would you honour us with a 30-minute virtual session some Saturday? No fees either way, only learning."))
P("good_invitation", "en", "Muhammad Usman Tariq", "BS Computer Science (Final Year) | FAST-NUCES Lahore", "Lahore",
  ("inv", "Respected Sir, Assalam o Alaikum. I am a final year CS student and my FYP is on distributed tracing. I have read your observability "
          "blog series three times. If you could spare 15 minutes to guide me on my architecture I will be highly obliged. JazakAllah."),
  ("rem",))
P("good_invitation", "en", "Maria Clara Santos", "Engineering Manager, Platform | Fintech | São Paulo", "São Paulo",
  ("inv", "Olá Alex! I manage a platform team of 14 split between São Paulo and Lisbon and we are struggling with fair on-call across the "
          "time gap. I read you solved something similar. Could I ask you 2-3 questions? Happy to share what we tried too. Abraço"))
P("good_invitation", "en", "Wang Lei", "Maintainer, go-retry | Senior Engineer, Hangzhou", "Hangzhou",
  ("inv", "Hello Alex, I am maintainer of go-retry library, your team's public SDK is using it. The SDK calls an option we remove in v3 next "
          "month, so it will break. I already prepare a patch. Please accept, then I share the PR link and can discuss with your engineers."))
P("good_invitation", "de", "Oleksandr Petrenko", "SRE | Volunteer organiser, Ukrainian SRE Community in Poland", "Kraków",
  ("inv", "Hi Alex, our mutual friend Dmytro (he was in your team) told me you hire SREs for the Kraków office. I run a volunteer community of "
          "~600 Ukrainian SREs in Poland. Glad to post your openings in our channel at no cost, just send me the links."),
  ("rem",), nl="en")
P("good_invitation", "en", "Fatima Al-Mansoori", "Chapter Lead, Women in Tech Gulf | Engineering Manager", "Dubai",
  ("inv", "Dear Alex, warm greetings from Dubai. Women in Tech Gulf hosts a free online roundtable for engineering managers on retaining "
          "senior women engineers. We would be delighted to have you as participant or panellist. Kindly accept and I will share the agenda."))
P("good_invitation", "it", "Bogdan Ionescu", "Staff Engineer | Build & Developer Tooling | Cluj-Napoca", "Cluj-Napoca",
  ("inv", "Hello Alex, I read your post about moving 90 services into one monorepo. We did almost the same at a fintech in Cluj last year, and "
          "I wrote down our build-time numbers and our mistakes (many!). Would be glad to send you the document for your next phase."),
  nl="en", era="2016")


# =============================================================== default_invitation
P("default_invitation", "en", "Rajesh Kumar Sharma", "Senior Software Engineer | Java | J2EE | Noida", "Noida", ("inv", DEFAULT), ("rem",), era="2016")
P("default_invitation", "en", "Abdullahi Musa", "IT Consultant | Networking | Abuja", "Abuja", ("inv", NONOTE))
P("default_invitation", "de", "Irina Volkova", "Project Manager | IT Outsourcing", "Minsk", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Vikram Desai", "Business Development Manager | CodeCraft Technologies – Offshore Software Development", "Pune",
  ("inv", "Hello Alex, hope you are doing great. CodeCraft is a CMMI Level 3 company with 320+ engineers in Pune. We provide dedicated Java, "
          "React and Python developers from USD 19/hour with a 2-week free trial. Can we speak for 15 minutes this week?"),
  ("rem",), era="2016")
P("sales_invitation", "en", "Ahmed Raza", "SEO Expert | Google Page 1 Ranking | WordPress & Shopify", "Lahore",
  ("inv", "Dear Sir/Ma'am, I analysed example-industries.com and found 43 technical SEO errors and slow page speed, which is losing you "
          "leads. I can fix everything and bring you on first page of Google in 90 days. Shall I send you the full report with my proposal?"))
P("sales_invitation", "en", "Jenny Zhao", "Sales Manager at Hongda Electronics | Rugged Tablets & Handheld Terminals", "Shenzhen",
  ("inv", "Dear friend, nice day! This is Jenny from Hongda, 15 years OEM factory for rugged tablets and handheld scanners for logistics. "
          "Good quality, best price, MOQ only 50 pcs. May I send you our catalog and price list? Looking forward your reply."),
  era="2016")
P("sales_invitation", "en", "Kristine Mae Villanueva", "Client Success | Virtual Assistants & Customer Support Outsourcing", "Cebu City",
  ("inv", "Hi Alex! Kristine here from Cebu 😊 We help tech companies scale customer support and back office with trained Filipino VAs, "
          "24/7 coverage, starting at $8/hr. Would love to hop on a quick call and see if we're a fit for Example Industries!"))
P("sales_invitation", "en", "Khalid Al-Suwaidi", "Business Setup Consultant | Free Zone & Mainland Licences | Golden Visa", "Dubai",
  ("inv", "Salam Alex, hope business is good. Many European tech firms now open their regional office here: 0% personal tax and a 10-year "
          "Golden Visa. We handle licence, bank account and visas end to end. Allow me to share our package for software companies?"),
  ("rem",))
P("sales_invitation", "de", "Andriy Kovalenko", "Head of Partnerships at Lvivsoft | Nearshore Development Teams", "Lviv",
  ("inv", "Hi Alex. Lvivsoft builds dedicated nearshore teams for DACH and Benelux companies: same time zone, senior engineers, 30-40% below "
          "local hiring cost. 11 teams running through the war, zero missed deliveries. Open to a short intro call?"),
  nl="en")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Dr. Sanjay Mehta", "Founder, Global Engineering Leaders Forum | Mentor | Author", "Mumbai",
  ("inv", "Dear Alex, I am curating an invitation-only forum of engineering leaders across India, Europe and the Gulf to exchange learnings "
          "on scaling teams. No cost, no agenda, only peer learning. Your presence would enrich our circle."),
  ("msg", "Thank you for joining the circle, Alex. As our forum is supported by my firm Mehta Tech Solutions, I would like to introduce our "
          "offshore delivery centre in Mumbai: 150 engineers, ready for the dedicated team model. Can my BD head block 30 minutes in your "
          "calendar next week?", (3, 12)),
  ("msg", "Hello Alex, gentle follow up on the above. For forum members we are offering a special rate of USD 21/hour for the first six "
          "months. Please advise a suitable time.", (6, 15)))
P("bait_and_switch_invitation", "en", "Adebayo Ogunleye", "Engineering leader | Fintech | Lagos ⇄ London", "Lagos",
  ("inv", "Hello Alex, fellow fintech engineering leader here. Would be great to connect and compare notes on running teams across Africa "
          "and Europe, the wins and the wahala. Looking forward to learning from each other."),
  ("msg", "Great connecting, Alex! Quick one: my company TestBridge runs outsourced QA automation for fintechs (Selenium, Appium, JMeter). "
          "We cut regression time by 70% for a UK challenger bank. Could I send you a proposal?"),
  ("msg", "Hi Alex, following up on TestBridge. Capacity opens in Q3 and we can start with a paid pilot at 50% off. Let me know your "
          "availability.", (5, 15)), era="2016")
P("bait_and_switch_invitation", "en", "Hina Qureshi", "Technical Program Manager | Islamabad", "Islamabad",
  ("inv", "Hi Alex, I have a question only someone in your seat can answer: how do you convince leadership to fund tech-debt work without a "
          "hard ROI number? I have been struggling with this for months. Would really value your view, even a few lines."),
  ("msg", "Thanks for accepting! Actually the reason I asked: my company Nexora provides staff augmentation for exactly this kind of "
          "tech-debt cleanup. Senior engineers from Pakistan at a fraction of European rates. Can we set up a discovery call?", (2, 6)))
P("bait_and_switch_invitation", "en", "Liu Yang", "Solutions Architect | AI Infrastructure", "Beijing",
  ("inv", "Hi Alex, I wrote a free 20-page guide on cutting LLM inference cost (quantization, batching, caching) with real benchmark "
          "numbers, no sign-up needed. I think it can help your platform team. May I share it with you?"),
  ("msg", "Here is the guide: https://drive.example.cn/llm-cost-guide.pdf. By the way, our company resells GPU cloud capacity in Singapore "
          "and Frankfurt at 35% below AWS on-demand. If you have GPU workloads I can prepare a quotation for you today."),
  ("msg", "Hello Alex, did you have chance to check our GPU price? This month we have H100 available, quantity is limited. Let me know.", (4, 14)))
P("bait_and_switch_invitation", "en", "Marcos Pereira", "Community Builder | Brazilian Developers Abroad | Tech Talent", "Florianópolis",
  ("inv", "Oi Alex! I run a community of 4,000+ Brazilian developers open to remote roles in Europe. If you have openings I am happy to share "
          "them with the group, free of charge. Just want to help our devs find good teams 🇧🇷"),
  ("msg", "Thanks for connecting! To share your roles with the community we work through our placement service: 18% of first-year salary per "
          "hire, with a 90-day replacement guarantee. Shall I send the agreement so we can start this week?"))
P("bait_and_switch_invitation", "en", "Rashid Al-Hammadi", "Convener, Tech Leaders Majlis | Investor", "Abu Dhabi",
  ("inv", "Dear Alex, peace be upon you. I host a small Tech Leaders Majlis, evening gatherings of CTOs and engineering heads visiting the "
          "UAE. Friendly conversation, good coffee, no business. It would be my pleasure to include you."),
  ("msg", "Dear Alex, thank you for accepting. Beyond the Majlis, I advise a select group of tech executives on off-plan property in Dubai "
          "with 8-9% guaranteed rental yield. Shall I send you the current portfolio before prices rise in Q2?", (4, 20)),
  ("msg", "Alex, only two units are left in the Marina project. Reply at your earliest and I will reserve one in your name.", (3, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Priyanka Nair", "Researcher, Developer Experience | Kochi", "Kochi",
  ("inm", "Request: 10-minute survey on developer productivity",
   "Dear Alex, I am researching how engineering teams measure developer productivity beyond the DORA metrics. Would you kindly spare 10 "
   "minutes for a short survey? Every participant receives the consolidated report."),
  ("inm", "Your survey report + a quick idea",
   "Hi Alex, thank you for filling the survey! Based on your answers I think our product DevPulse would be a great fit, it tracks cycle time "
   "and burnout signals automatically. Can I set up a 20-minute demo with our founder? Pricing starts at $12 per developer per month.", (5, 15)))
P("bait_and_switch_inmail", "en", "Emeka Eze", "Programme Director, AfriTech Leaders Summit", "Lagos",
  ("inm", "Speaking invitation – AfriTech Leaders Summit",
   "Dear Alex, on behalf of the organising committee it is my honour to invite you to speak at the AfriTech Leaders Summit in Lagos this "
   "November. You were selected for your work on scalable logistics platforms. May I count on your acceptance?"),
  ("inm", "Speaker confirmation and package",
   "Dear Alex, thanks for your positive response. To confirm your slot, speakers are requested to take up the Speaker Visibility Package "
   "(USD 2,500), which covers branding, the gala dinner and a feature in our magazine. Kindly revert with company details for the invoice."))
P("bait_and_switch_inmail", "en", "Zhang Wei", "Business Development | Data Annotation & AI Training Data", "Chengdu",
  ("inm", "Question about your talk on ML pipelines",
   "Hello Alex, I watched your talk about ML pipelines for ETA prediction. I have one question: how do you handle label drift when the routes "
   "change? We face similar issue. Thank you for sharing knowledge."),
  ("inm", "Re: label drift",
   "Thank you very much for kind reply, very helpful! Actually our company provides data annotation service with 800 annotators, 99% "
   "accuracy, price from $0.02 per label. If your team needs labelling for the ETA model we can do a free pilot of 1,000 samples. Can I send details?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Suresh Babu Pillai", "Java Full Stack Developer | Spring Boot | Microservices | Actively looking", "Chennai",
  ("end",), ("end",),
  ("msg", "Hello Alex Sir, hope you are doing well. I have endorsed you for {skill} as I truly admire your expertise. I request you to kindly "
          "endorse me for Java, Spring Boot and Microservices, it will strengthen my profile in this tough job market. Please do the needful. "
          "Thanks in advance."), era="2016")
P("endorse_me_back", "en", "Olumide Adeyemi", "DevOps Engineer | AWS | Kubernetes", "Ibadan",
  ("end",),
  ("msg", "Hi Alex, trust you are good. Just endorsed you for {skill}, you deserve it boss! Please help me with an endorsement for Kubernetes "
          "and Terraform when you have a minute. Much appreciated!"))
P("endorse_me_back", "en", "Jocelyn Bautista", "QA Analyst | ISTQB certified", "Manila",
  ("end",), ("end",),
  ("msg", "Hello po Sir Alex! I endorsed your skills already 😊 Hoping you can also endorse me for Manual Testing and Selenium. It would mean "
          "a lot since I'm applying abroad. Thank you and God bless po!"))
P("endorse_me_back", "de", "Marek Nowak", "Senior .NET Developer", "Wrocław",
  ("end",),
  ("msg", "Hi Alex. I endorsed you for {skill}. Can you endorse me back for C# and Azure? Thanks."), nl="en")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Deepak Chaurasia", "Software Engineer | PHP | Laravel | Immediate joiner", "Indore",
  ("inv", "Dear Sir, I am having 6 years experience in PHP and Laravel and looking for opportunity in your esteemed organisation. Kindly "
          "accept my request and refer me for a suitable position. I shall be very thankful to you."),
  ("rem",),
  ("inm", "Very disappointed",
   "Sir, I had sent you request with full respect and hope. Two weeks and no response. It is very sad that people who reach high position "
   "forget where they came from. Such arrogance does not suit you. Anyway God is great, I will get job without your help."))
P("hostility_after_decline", "en", "Ifeanyi Okafor", "CEO, Okafor Digital | Web Design | Mobile Apps", "Enugu",
  ("inv", "Hello Alex, we design world class websites and mobile apps for European companies at affordable price. Let us discuss your next project."),
  ("inm", "Unprofessional",
   "Alex, I have seen that you viewed my profile and still refused my invitation. That is very unprofessional for somebody in your position. "
   "You people preach inclusion but you cannot even reply an African business owner. Shameful."))
P("hostility_after_decline", "en", "Asad Mehmood", "Assistant Manager IT | Karachi", "Karachi",
  ("inv", DEFAULT), ("rem",),
  ("inm", "A humble observation",
   "Dear Sir, with due respect I wish to point out that ignoring a connection request from a fellow professional shows a lack of basic "
   "courtesy. In our culture we are taught that seniors should guide juniors, not ignore them. I hope you will reflect on this. Regards, Asad"),
  era="2016")
P("hostility_after_decline", "en", "Chen Jing", "Product Manager | Cross-border Logistics Platform", "Guangzhou",
  ("inv", "Hi Alex, I am product manager at a cross-border logistics platform. We are similar business. Want to connect and exchange industry information."),
  ("inm", "why ignore",
   "Hello Alex. I send invitation very sincere, only want to exchange. You not accept and not reply. This is not polite behaviour for a "
   "director. Maybe you think Chinese company is not good enough. OK, I understand. Bye."), era="2016")
P("hostility_after_decline", "fr", "Sergei Morozov", "CTO-as-a-service | Outsourcing | Belgrade", "Belgrade",
  ("inv", "Alex, we deliver senior backend teams from Serbia. Short call next week?"),
  ("rem",),
  ("inm", "no answer",
   "Fine. No answer is also an answer. Typical manager from Amsterdam, big words about openness in your posts and cannot click one button. "
   "You waste people's time. Good luck with your 'culture'."), nl="en")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Prakash Venkataraman", "Director – Sales | Infosolve Global Services", "Hyderabad",
  ("msg", "Dear Alex, greetings from Infosolve! We are a 20-year-old IT services company with offices in Hyderabad and New Jersey and we are "
          "keen to be your technology partner for product engineering and QA. May I request 20 minutes to present our credentials?"),
  ("msg", "Dear Alex, I am yet to hear from you. I have also written to your company address. Please let me know a convenient time."),
  ("msg", "Alex, it is really surprising that a person holding a Director position cannot extend the courtesy of a one-line reply. I have been "
          "in this industry 22 years and never seen such attitude. I hope your company treats its vendors better than you do."))
P("hostility_connection", "en", "Chidinma Eze", "Founder | Pixelnest Studio – UI/UX & Branding", "Lagos",
  ("acc",),
  ("msg", "Thank you for connecting with me Alex! I noticed your app's onboarding screens can be improved a lot. Pixelnest can redesign the "
          "whole flow in 3 weeks for €4,800. Let me know when we can talk."),
  ("msg", "Alex, you were the one who sent me the connection request, and now you cannot reply a simple message? Then why connect at all? "
          "Please don't waste people's time if you are not serious.", (6, 20)))
P("hostility_connection", "es", "Ricardo Almeida", "Founder | DevLatam – Nearshore Squads from Brazil", "Recife",
  ("msg", "Fala Alex! DevLatam puts full squads of Brazilian engineers into your sprint in 2 weeks. Overlap with CET is 5 hours. Up for a 15-min chat?"),
  ("msg", "Alex, following up here. We just closed a squad for a Dutch scale-up and they are very happy. Want the case study?"),
  ("msg", "Man, three messages and not even a 'no thanks'. This is why nobody in LATAM wants to work with European companies, zero respect. "
          "Enjoy your silence."), nl="en")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Sunil Gupta", "Digital Marketing Expert | SEO | SMO | PPC", "Ghaziabad",
  ("msg", "Hello Alex, wishing you a very happy and prosperous week! I am Sunil, digital marketing expert with 10+ years. Your company blog is "
          "not getting the organic traffic it deserves. I can do complete on-page and off-page SEO at a very reasonable monthly cost. Can I share a plan?"),
  ("msg", "Hi Alex, just checking if you got chance to see my previous message. I am offering 20% festive discount on all SEO packages this month."),
  ("msg", "Dear Alex, last message from my side. If you ever need backlinks, guest posts or website speed optimisation, I am just one message "
          "away. Have a great day."), era="2016")
P("connection_only_pitches", "en", "Grace Adeola", "Cloud Cost Optimisation Consultant | FinOps | AWS Partner", "Lagos",
  ("msg", "Compliments of the day, Alex. Companies your size typically overspend 25-35% on AWS. We run a FinOps assessment and only charge a "
          "percentage of the savings. Would you be open to a 20-minute call?"),
  ("msg", "Hello again Alex, sharing a quick win: we saved a Berlin logistics firm €18k per month in 6 weeks. Happy to do the same for "
          "Example Industries, just say the word."))
P("connection_only_pitches", "en", "Li Ming", "Overseas Sales Director | Cloud & CDN Services", "Shenzhen",
  ("msg", "Dear Alex, good day to you. We are leading cloud and CDN provider in Asia with nodes in 60 countries. If your company has users in "
          "China we can help solve ICP licence and slow access problems. Can I send you our price?"),
  ("msg", "Hi Alex, our company now has special offer for new European customer: 3 months free CDN traffic. Please contact me for detail."),
  era="2016")
P("connection_only_pitches", "it", "Viktor Horváth", "Managing Director | QA Lab Budapest – Software Testing Services", "Budapest",
  ("msg", "Dear Alex, greetings from Budapest. QA Lab offers manual and automated testing with ISTQB-certified testers at Central European "
          "prices. We can start small with one regression suite. Would you like to receive our offer?"),
  ("msg", "Dear Alex, may I kindly remind you of my previous message? We still have testers available from next month."), nl="en")


# =============================================================== single_pitch
P("single_pitch", "en", "Nadeem Akhtar", "Mobile App Developer | Flutter | React Native | Top Rated Freelancer", "Faisalabad",
  ("msg", "AoA Alex bhai, hope you are fine. I am a top rated freelancer on Upwork with 150+ apps delivered. If you need any mobile app or "
          "admin panel I can build it at very low cost with fast delivery. Please consider me for your next project 🙏"))
P("single_pitch", "en", "Andrei Popescu", "Founder | DataForge – Data Engineering Consultancy", "Bucharest",
  ("msg", "Hello Alex, hope all is good in Amsterdam. DataForge is a 25-people data engineering shop from Bucharest (Spark, Kafka, Airflow) "
          "and we are looking for one or two long-term clients in Benelux. Would you be open to a short call to see if there's a fit?"),
  era="2016")


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Kavitha Ramasamy", "Engineering Manager | Search & Relevance | Chennai", "Chennai",
  ("msg", "Dear Alex, I hope this finds you in the pink of health. One of my best engineers, Karthik, is moving to Amsterdam with his wife in "
          "June and asked me about good teams there. He led our search relevance work for four years and is very solid. Sharing his CV in case "
          "you have an opening. No agency, no fee, I only want him to land well."))
P("connection_brings_value", "en", "Babajide Oladipo", "Engineering Lead | Programme Committee, Africa Cloud Conference", "Abeokuta",
  ("end",),
  ("msg", "Good afternoon Alex. The Africa Cloud Conference has set aside two complimentary virtual passes for our speakers' network and I "
          "thought of you and your team. Sessions on Kubernetes at scale and payments reliability. Send me two names and I will register "
          "them, it costs nothing."))
P("connection_brings_value", "en", "Zhou Min", "Senior Researcher | Logistics Optimisation Lab | Shanghai", "Shanghai",
  ("msg", "Hi Alex, long time no see. Our lab just published a dataset of 2 million anonymised delivery routes from Shanghai, open for "
          "research and commercial use. I remember your team working on the ETA model, maybe it is useful for testing. Link and paper here: "
          "https://data.example.cn/routes2m. Best wishes."))
P("connection_brings_value", "de", "Petra Nováková", "Engineering Manager | Organiser, Brno Engineering Leaders", "Brno",
  ("end",),
  ("msg", "Hey Alex, thanks again for the chat at the Brno meetup. As promised, here are the slides and the spreadsheet template we use for "
          "our engineering career ladder. Feel free to adapt it, no attribution needed. Cheers, Petra"), nl="en")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Sameer Al-Khatib", "Talent Acquisition Lead | National Logistics Programme", "Riyadh",
  ("inm", "Head of Engineering – national logistics platform, Riyadh",
   "Dear Alex, greetings from Riyadh. I am leading the search for a Head of Engineering to build a national logistics platform (greenfield, "
   "team of 60). The package is tax-free with housing and schooling. Your experience at Example Industries is very relevant. Would you be "
   "open to a confidential conversation?"))
P("stranger_inmail_recruiter", "en", "Nisha Menon", "Senior Talent Partner | Global Capability Centres", "Bengaluru",
  ("inm", "Senior Director Engineering – new capability centre",
   "Hi Alex, hope this finds you well. A European logistics group is setting up a 400-engineer capability centre in Bengaluru and needs a "
   "Senior Director to run it for two years, based in Amsterdam with regular India travel. Salary band EUR 190-220k. Could we speak this week?"))
P("stranger_inmail_recruiter", "en", "Funmilayo Adebayo", "CTO at Lumen Pay | Hiring a VP Engineering", "Lagos",
  ("inm", "VP Engineering at Lumen Pay",
   "Hello Alex, I'm the CTO of Lumen Pay, a Series B payments company live in 7 African markets. I'm hiring a VP Engineering to own "
   "reliability and scale, remote from Europe is fine. Your writing on event sourcing is exactly what we need. Could I tell you more over a call?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Arjun Malhotra", "AVP – Sales | Nimbus Softech", "Gurugram",
  ("inm", "Dedicated development team for Example Industries",
   "Hi Alex, I hope you're doing good. Nimbus Softech helps logistics SaaS firms speed up roadmaps with dedicated offshore teams (Node, React, "
   "Python). 140+ clients, 4.9 on Clutch. Could we connect for 15 minutes this Thursday or Friday?"),
  ("inm", "Following up – dedicated team", "Hi Alex, bumping this up. We can deploy 3 developers within 10 days. Any interest?"))
P("stranger_inmail_sales", "en", "Xu Fang", "Sales | Thermal Label Printers & Barcode Scanners", "Xiamen",
  ("inm", "Dear Purchasing Manager",
   "Dear Purchasing Manager, Hope this email find you well. We are professional manufacturer of thermal label printers and barcode scanners "
   "for warehouse and logistics, CE and FCC certified. Free sample available. Could you tell me your demand quantity?"), era="2016")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Ramesh Iyer", "Principal Engineer | Speaker | Bengaluru", "Bengaluru",
  ("inv", "Hello Alex, I run a free reading group for engineering leaders: one paper a month (Dynamo, Spanner, Raft...) discussed over video, "
          "about 25 people from 8 countries. Would you like to join? Free, nobody sells anything, we just read and argue."),
  ("msg", "Welcome to the group, Alex! Here are the notes from last month's session on Spanner and the calendar invite for the next one (the Raft paper)."),
  ("msg", "Hi Alex, a small business matter. Apart from the reading group I am co-founder of Kalpa Labs, we build dedicated engineering pods "
          "for European SaaS companies. Given your growth, may I present our capabilities to you and your VP? 30 minutes would be enough.", (15, 40)))
P("good_turns_ugly", "en", "Ngozi Chukwu", "Senior Engineering Manager | Volunteer mentor, Women Who Code Lagos", "Lagos",
  ("inv", "Hi Alex! I lead volunteer mentoring for women engineers in Lagos. Some of our mentees are strong backend devs looking for internships "
          "in Europe. Would you be open to telling me how your intern programme works? Happy to point good candidates your way."),
  ("msg", "Thank you so much for the details on your intern programme! I shared them with our mentees, and here are the CVs of three who fit "
          "the brief. Nothing expected in return."),
  ("end",),
  ("msg", "Hello Alex, hope you're well. I just endorsed you for {skill}. Would you kindly return the gesture and endorse me for Engineering "
          "Management and Mentoring? I'm up for promotion and it would really help. Thanks!"))
P("good_turns_ugly", "en", "Paulo Henrique Silva", "Senior Backend Engineer | Kotlin | Porto Alegre", "Porto Alegre",
  ("inv", "Hi Alex, I read your article on idempotency keys in payment APIs. We hit a nasty double-charge bug your approach would have caught, "
          "so I wrote a small MIT-licensed Kotlin library inspired by it. Want to share it with you, maybe useful for your team."),
  ("msg", "Here it is: https://github.example/phsilva/idem-kt. Feedback very welcome, and feel free to use it anywhere."),
  ("msg", "Hi Alex, I saw Example Industries has a Senior Backend opening. Could you refer me? Glad to go through the normal process, of course."),
  ("msg", "I asked you one small favour after sharing my work for free, and not even a reply. Honestly I expected more from you. I see now that "
          "networking here is one-way only. Disappointing.", (10, 25)))
P("good_turns_ugly", "en", "Aleksandra Kowalczyk", "Talent Brand Lead | Warsaw", "Warsaw",
  ("inv", "Hi Alex, I compiled a free report on what senior engineers in Poland look for when they change jobs: 1,200 survey answers, salary "
          "bands included. Happy to send it over, nothing in return. Thought it may help your Kraków hiring."),
  ("msg", "As promised, here is the report (PDF). Page 14 has the remote vs hybrid numbers, quite surprising."),
  ("msg", "Hi Alex, glad you liked it! Our agency actually runs employer-branding campaigns to attract exactly these engineers, from 6,000 PLN "
          "a month. Could we schedule a call with your HR team?", (7, 20)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Manoj Tiwari", "Business Head – Europe | Quadrant IT Services", "Noida",
  ("inm", "Partnership proposal – Quadrant IT",
   "Dear Alex, season's greetings from Noida. Quadrant IT Services is an ISO certified software development company with 12 years of "
   "experience. We would be glad to become your extended development team. Please let me know a convenient time for a call."),
  ("inv", "Hi Alex, I follow your posts on engineering culture and would love to learn from your journey. Would be glad to be part of your network."))
P("reinvite_known_bad", "en", "Sandeep Yadav", "Freelance WordPress Developer", "Jaipur",
  ("inv", DEFAULT),
  ("inv", "Sir, I humbly request you to accept my request. I want to grow my network with senior leaders like you."), era="2016")
P("reinvite_known_bad", "en", "Olga Shevchenko", "Account Director | Nearshore Development in Ukraine & Poland", "Warsaw",
  ("inv", "Hi Alex, we build dedicated engineering teams in Ukraine and Poland for logistics companies. Cost-effective, EU-compliant, quick "
          "start. Would you be open to a call?"),
  ("inv", "Alex, so nice to meet you at Web Summit in Lisbon! Let's stay in touch."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Farhan Siddiqui", "Digital Marketing Strategist | B2B Lead Generation", "Karachi",
  ("inv", "Hi Alex, I help tech companies generate qualified B2B leads through LinkedIn automation. Can I show you how?"),
  ("inm", "Regarding my invitation",
   "Alex, it has been three weeks. I must say I find your attitude quite insulting. I approached you professionally and you could not even "
   "decline politely. People like you are the reason LinkedIn has become a place of egos."),
  ("inv", "Hi Alex, let bygones be bygones. Maybe I was harsh earlier. Hope we can connect and start fresh."))
P("reinvite_known_ugly", "en", "Musa Ibrahim", "Founder | Sahel Tech Mentors Network", "Kano",
  ("inm", "Mentorship network for African developers",
   "Dear Alex, Sannu! I run a mentorship network pairing young African developers with experienced engineering leaders abroad. One hour a "
   "month, fully volunteer. Would you consider mentoring one developer?"),
  ("inm", "Next step: mentor onboarding",
   "Thank you for your interest Alex! To onboard as a mentor we ask a contribution of USD 300 for the mentor certification and platform "
   "access. Or your company can sponsor a full cohort from USD 5,000. Please find the payment link below."),
  ("inv", "Dear Alex, please add me so we can continue our discussion on the mentorship programme."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Harpreet Singh", "Cloud Architect | Founder, Skyward Cloud Consulting", "Mohali",
  ("acc",),
  ("msg", "Sat Sri Akal Alex, thanks a lot for the invite, it was a pleasure meeting you at KubeCon. As I mentioned briefly, Skyward does AWS to "
          "GCP migrations at fixed price. If you are planning anything this year, I would be glad to send a proposal."))
P("user_invited_pitch_once", "fr", "Ivan Petrov", "CEO | Balkan Code Factory", "Sofia",
  ("acc",),
  ("msg", "Hi Alex, thanks for adding me. In case it's useful: Balkan Code Factory has two senior Java engineers free from next month, they can "
          "plug into your team on T&M basis. Rates on request."), nl="en", era="2016")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Gaurav Saxena", "Co-founder | TalentLoop – Tech Hiring Platform", "Bengaluru",
  ("acc",),
  ("msg", "Thanks for connecting Alex! TalentLoop gives you pre-assessed engineers from India in 72 hours, and we only charge when you hire. "
          "Can I give you a 15-minute walkthrough?"),
  ("msg", "Hi Alex, we just launched a pay-per-interview plan for European clients, €300 per shortlisted candidate. Shall I activate a trial "
          "account for you?"))
P("user_invited_pitch_twice", "en", "Thiago Ferreira", "Partner | Ferreira Digital – Growth Marketing for SaaS", "São Paulo",
  ("acc",),
  ("msg", "E aí Alex, thanks for the add! Saw your careers page, honestly it undersells the company. We do employer branding and paid social "
          "for SaaS, packages from €2k/month. Want me to send some examples?"),
  ("msg", "Alex, quick follow-up: we have a slot opening next month for one new client. Shall we lock it in with a kickoff call?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Lakshmi Subramanian", "Head of SRE | Chennai", "Chennai",
  ("acc",),
  ("msg", "Thank you for the invite, Alex, lovely meeting you at SREcon. Sharing the incident review template and the severity matrix I "
          "mentioned, we have refined them over five years. Use them freely. If your team ever wants a joint session with mine, happy to arrange."))
P("user_invited_value", "en", "Chen Xiaoyu", "Associate Professor, Computer Science | Zhejiang University", "Hangzhou",
  ("acc",),
  ("msg", "Dear Alex, thank you for connecting. As we discussed at the workshop, here is our preprint on graph-based route prediction together "
          "with the code. We welcome any comment from the industry side, and if your team wants to co-supervise a master thesis, it is possible too."))
P("user_invited_value", "en", "Rodrigo Barbosa", "Engineering Director | Programme Committee, QCon São Paulo", "São Paulo",
  ("acc",),
  ("msg", "Valeu pelo convite, Alex! The call for papers for our conference opens next week, and your talk on moving to event sourcing would "
          "be a strong fit. Travel and hotel are covered for speakers. Want me to send you the link?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Yousef Al-Amiri", "VP Technology | Muscat", "Muscat", ("acc",), era="2016")
P("acceptance_only", "en", "Anjali Deshpande", "Engineering Manager | Pune", "Pune", ("acc",))
P("lone_endorsement", "en", "Emmanuel Asante", "Software Engineer | Accra", "Accra", ("end",), era="2016")
P("lone_endorsement", "en", "Rosalie Mendoza", "Scrum Master | Quezon City", "Quezon City", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Ananya Krishnan", "ananya.krishnan@mail.example.in", "Referral request – Senior Backend Engineer (Payments)",
     "Dear Alex,\n\nI have also sent you a request on LinkedIn, but I thought email may be easier. My resume is attached, and the job ID is "
     "BE-2291.\n\nThank you for your time,\nAnanya", "en"),
    ("CodeCraft Technologies", "bd@codecraft-tech.example", "Re: our LinkedIn conversation – dedicated developers",
     "Hi Alex,\n\nFurther to our conversation on LinkedIn, please find attached our rate card for dedicated developers. Looking forward to your "
     "positive response.\n\nRegards,\nBD Team", "en"),
    ("People Team", "people@example-industries.example", "Referral bonus – how to refer candidates",
     "Hi all,\n\nMany of you get referral requests from job seekers on LinkedIn. Please only refer people you know, through Greenhouse, so the "
     "bonus is paid correctly.\n\nPeople Team", "en"),
    ("Chukwuemeka Obi", "emeka.obi@lagosbackend.example", "Lagos Backend Devs – a virtual session?",
     "Dear Alex,\n\nI sent you an invitation on LinkedIn as well, in case email is easier: we meet online on Saturdays, 11:00 Lagos "
     "time, and any date in June or July works for us. Attendance is free for everyone.\n\nWarm regards,\nEmeka", "en"),
    ("RankRise SEO", "offers@rankrise.example", "Alex, we found you on LinkedIn",
     "Hello Alex,\n\nWe found your profile on LinkedIn and checked your company website. 37 issues are blocking your Google ranking. Reply YES "
     "for a free audit.", "en"),
    ("AfriTech Leaders Summit", "finance@afritechsummit.example", "Proforma invoice: Speaker Visibility Package",
     "Dear Alex,\n\nFurther to our LinkedIn correspondence, please find the proforma invoice for USD 2,500. Kindly remit within 7 days to "
     "keep your slot.", "en"),
    ("Wang Lei", "wanglei@gomail.example.cn", "go-retry v3 and your SDK",
     "Hi Alex,\n\nI wrote on LinkedIn too. The patch is here: https://github.example/wanglei/go-retry/pull/412. Your engineers can merge it "
     "any time before v3 release.\n\nWang Lei", "en"),
    ("Marloes de Vries", "marloes.devries@example-industries.example", "Fwd: Rashid Al-Hammadi wants to connect",
     "Hi Alex,\n\nDo you know this man? He sent LinkedIn invitations to half of the leadership team this week, something about a 'majlis'. "
     "Forwarding in case.\n\n---------- Forwarded message ----------\nFrom: Rashid Al-Hammadi via LinkedIn\nSubject: I want to connect\n\n"
     "Dear Marloes, peace be upon you.\n\nMarloes", "en"),
    ("Hirist Jobs", "alerts@hirist.example", "12 recruiters viewed your profile",
     "Hi Alex,\n\n12 recruiters viewed your profile this week. Import your LinkedIn profile to get matched to leadership roles in Bengaluru "
     "and Dubai.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot twenty-sixth development corpus (dev26). Generated by scripts/make_corpus_dev26.py (seed {SEED}); do not edit by hand.",
          "# World English from non-native writers (India, Nigeria, Pakistan, the Philippines, China, Brazil, Eastern Europe, the Gulf): "
          "formal and flowery courtesy in good and bad notes alike. Alex as a director of engineering. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    cs.main(__doc__, "dev26", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
