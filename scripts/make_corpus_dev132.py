#!/usr/bin/env python3
"""Write mailbot's hundred-and-thirty-second, independent development corpus: tests/corpus/dev132/*.eml + expected.toml.

The angle: the user Alex is a postdoctoral researcher in machine learning at ETH Zürich (uncertainty
and calibration under distribution shift) who is looking at industry jobs. Their LinkedIn world:
tech and quant recruiters and hiring managers with real roles, recruiting agencies and career
coaches who sell, predatory journals and conferences ("editorial board", "keynote", then a fee),
paid bootcamps and certificates, GPU-cloud, annotation and ghost-writing sellers, founders looking
for a research co-founder or an "unpaid advisor" (who then wants a ticket in the round), professors
and peers sharing papers, datasets, code and workshop calls, students asking for thesis
supervision, endorse-me-back from job seekers, hostility after being ignored, and crypto scams
(token presales, a pig-butchering approach). Notes are English from non-native writers (Indian,
Chinese, Polish, Russian, Ukrainian, Turkish, Italian, German), Swiss German (standard with
Helvetisms, and written dialect), and Italian from Ticino and Lombardy.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert,
news, group and newsletter titles, the names, cities and headlines of spoof-only people and PYMK
suggestions, the spoof methods and the pitches that spoofs carry are swapped for this world in
this process only (make_corpus.py itself is not changed). Alex reads LinkedIn mostly in English,
sometimes in German or Italian. Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev132.py              # writes tests/corpus/dev132
    python scripts/make_corpus_dev132.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261322

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ an ML postdoc's world in Zurich (this process only)
SKILLS = {
    "en": ["Machine Learning", "Deep Learning", "PyTorch", "Bayesian Inference", "Python", "Uncertainty Quantification"],
    "de": ["Maschinelles Lernen", "Deep Learning", "PyTorch", "Statistik", "Python"],
    "it": ["Apprendimento automatico", "Deep Learning", "PyTorch", "Statistica", "Python"],
    "fr": ["Apprentissage automatique", "Deep Learning", "PyTorch", "Statistiques"],
    "es": ["Aprendizaje automático", "Deep Learning", "PyTorch", "Estadística"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Postdoctoral Researcher in Machine Learning at ETH Zürich | Uncertainty & distribution shift",
    "de": "Postdoc im Bereich Maschinelles Lernen an der ETH Zürich",
    "it": "Ricercatore postdoc in machine learning presso ETH Zürich",
    "fr": "Chercheur postdoctoral en apprentissage automatique à l'ETH Zürich",
    "es": "Investigador postdoctoral en aprendizaje automático en ETH Zürich",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["en", "de", "it", "en", "de"]   # spoofs and other LinkedIn mail: English, German or Italian wording
mc.CITY.update({"en": ["Zürich", "London", "Cambridge", "Bengaluru", "Amsterdam", "Singapore"],
                "de": ["Zürich", "Basel", "Bern", "Winterthur", "Zug", "St. Gallen"],
                "it": ["Lugano", "Milano", "Bellinzona", "Torino", "Locarno", "Como"]})
mc.NAMES.update({
    "en": (["Aditya", "Xinyi", "Marek", "Olga", "Ahmed", "Kelsey", "Farhan", "Yuki", "Bogdan", "Shreya"],
           ["Sharma", "Zhou", "Novak", "Petrenko", "Haddad", "Morrison", "Rahman", "Nakamura", "Ionescu", "Bhatia"]),
    "de": (["Reto", "Corinne", "Beat", "Nicole", "Urs", "Jasmin", "Pascal", "Seraina"],
           ["Brunner", "Keller", "Widmer", "Huber", "Frei", "Gasser", "Steiner", "Zollinger"]),
    "it": (["Fabio", "Michela", "Mattia", "Noemi", "Damiano", "Giada", "Ivan", "Katia"],
           ["Bernasconi", "Fumagalli", "Lepori", "Sala", "Guidotti", "Induni", "Righetti", "Colombo"]),
})
mc.JOBS[:] = [("Machine Learning Researcher", "Seefeld Trading"), ("Research Scientist – LLM Evaluation", "Alpenlabs AI"),
              ("Quantitative Researcher (m/w/d)", "Limmat Capital"), ("Applied Scientist, Perception", "Rheinwerk Robotics"),
              ("Senior Data Scientist – Risk Models", "Istituto Bancario Ticinese"), ("ML Engineer, Weather Models", "Helix Climate")]
mc.COMPANIES["good"] = ["ETH Zürich", "EPFL", "Universität Zürich", "IDSIA USI-SUPSI", "Seefeld Trading", "Alpenlabs AI", "Helix Climate",
                        "Rheinwerk Robotics"]
mc.COMPANIES["sales"] = ["NeuralPath Academy", "LabelStack", "NordGPU Cloud", "QuantPrep", "PaperPilot", "Apex AI Leadership",
                         "QuantumYield", "ScholarBoost"]
mc.HEADLINES["good"] = ["PhD student in Machine Learning at {co}", "Research Scientist | {co}", "Assistant Professor of Computer Science, {co}",
                        "Quantitative Researcher at {co}", "Postdoc, Statistics | {co}", "ML Engineer at {co}", "Senior Lecturer in AI | {co}"]
mc.HEADLINES["sales"] = ["Business Development Manager | {co}", "Founder & CEO at {co}", "Admissions Advisor | {co}",
                         "Helping PhDs land industry offers | {co}", "Partnerships Lead at {co}", "Account Executive EMEA | {co}"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Your OpenReview decision", "Quant assessment – next step", "Reviewer assignment", "Airdrop for AI researchers", "Quick question"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Ihr Gutachten ist verfügbar", "Nächster Schritt: Online-Assessment", "Kurze Frage", "Stipendium bestätigt"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Esito della revisione", "Prossimo passo: test online", "Domanda veloce", "Borsa confermata"]
retitle_other({
    "en": dict(job=("{n} new jobs for \"machine learning researcher\"", "Your job alert for machine learning researcher in {city}"),
               news="Are AI labs still hiring PhDs straight out of academia?", group="Top conversations in Zurich Machine Learning Meetup",
               newsletter="The Shifted Distribution: why your validation set is lying to you"),
    "de": dict(job=("{n} neue Jobs für „Quantitative Researcher“", "Ihr Jobalarm für Quantitative Researcher in {city}"),
               news="Wie viele KI-Stellen schafft der Standort Zürich wirklich?", group="Top-Unterhaltungen in Data Science Schweiz",
               newsletter="Der Modell-Monitor: Drift erkennen, bevor es der Kunde tut"),
    "it": dict(job=("{n} nuove offerte per \"data scientist\"", "Il tuo avviso di lavoro per data scientist a {city}"),
               news="Il Ticino diventa una piccola valle dell'intelligenza artificiale?", group="Conversazioni principali in Machine Learning Ticino",
               newsletter="Appunti di un ricercatore: dal dottorato all'industria in sei mesi"),
})
mc.SPOOF_METHODS[:] = ["dkimfail", "lookalike:linkedin-mail.co", "display:outlook.com", "untrusted:mx.example.org", "lookalike:xn--lnkedin-rfb.com",
                       "noauth", "buried", "lookalike:e-linkedin.info", "wrongpass", "untrusted:mx.example.net.relay-gw.example", "nodkim"]
SPOOF_PITCH = {
    "en": ["Hi {first}, you have been shortlisted for the Quant Research role. Please download the timed assessment (QR_Assessment_v2.exe) from the link and run it before Friday.",
           "Dear {first}, the reviews for your submission are now available. Sign in through LinkedIn Secure View to read them before the rebuttal window closes.",
           "Hello {first}, as a verified AI researcher you qualify for our token airdrop worth 2,400 USDT. Connect your wallet on the claim page within 24 hours."],
    "de": ["Hallo {first}, Ihre Bewerbung wurde vorausgewählt. Bitte laden Sie die Testaufgabe über den Link herunter und führen Sie sie lokal aus.",
           "Grüezi {first}, das Gutachten zu Ihrem Antrag ist verfügbar. Melden Sie sich über den sicheren LinkedIn-Link an, um es zu öffnen."],
    "it": ["Ciao {first}, sei stato selezionato per il colloquio. Scarica il test tecnico dal link e avvialo sul tuo computer entro domani.",
           "Gentile {first}, la revisione del suo articolo è disponibile. Acceda tramite il link sicuro di LinkedIn per leggerla."],
    "fr": ["Bonjour {first}, les évaluations de votre article sont disponibles. Connectez-vous via le lien sécurisé pour les lire."],
    "es": ["Hola {first}, las revisiones de tu artículo ya están disponibles. Inicia sesión en el enlace seguro para leerlas."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Priyanka Raghunathan", "Senior Technical Recruiter, ML Research | Seefeld Trading", "Zürich",
  ("inv", "Hi Alex, I'm hiring two ML researchers for Seefeld Trading's Zurich desk (alpha research, not infra). Base CHF 180-220k + bonus, "
          "no finance background needed. Your calibration-under-shift work is close to what the team does. Open to a 20 min call this week?"),
  ("rem",))
P("good_invitation", "en", "Reto Baumgartner", "Professor für Statistik | Universität Bern", "Bern",
  ("inv", "Grüezi Herr Morgan, am 14. März machen wir an der Uni Bern einen kleinen Workshop zu Unsicherheit in ML-Modellen, gratis und mit Zmittag. "
          "Hätten Sie Lust, 20 Minuten über Ihr Kalibrierungs-Paper zu erzählen? Die Reisespesen übernehmen wir gerne."), nl="de")
P("good_invitation", "it", "Federico Lanzi", "Studente MSc in Artificial Intelligence | USI Lugano", "Lugano",
  ("inv", "Buongiorno dott. Morgan, sono al secondo anno del master in AI all'USI e vorrei fare la tesi sulla calibrazione sotto distribution shift. "
          "Il mio relatore dice che lei co-supervisiona tesi esterne: avrebbe 15 minuti per una call? Le mando volentieri CV e idea."),
  ("rem",))
P("good_invitation", "en", "Wen-Hsuan Liao", "Assistant Professor, Computer Science | National Taiwan University", "Taipei",
  ("inv", "Dear Alex, we just release a benchmark of 40k chest X-rays with label noise annotations, it extend the shift setting of your NeurIPS paper. "
          "Data and code are open (CC-BY 4.0). Maybe useful for your next work? I am happy to hear your feedback."))
P("good_invitation", "en", "Tomasz Wierzbicki", "Co-founder & CEO | Fieldmind (active learning for agri-robots)", "Warsaw",
  ("inv", "Hi Alex, I'm looking for research co-founder for Fieldmind - active learning for agricultural robots. 1.2M pre-seed is closed, pilots on two farms "
          "running. Real equity and salary from first month, not side project. Could we have a coffee call next week?"))
P("good_invitation", "de", "Andrea Zbinden", "Head of Applied ML | Rheinwerk Robotics AG", "Winterthur",
  ("inv", "Hoi Alex, mir sueched en Applied Scientist für Unsicherheit i de Perception, Büro in Winterthur, Start flexibel. Dis NeurIPS-Paper isch ziemli "
          "genau das, wo mir bruuched. Hesch Luscht uf es Kafi oder en Call? Gruess, Andrea"),
  ("rem",))
P("good_invitation", "en", "Chiara Ostinelli", "Postdoc, Computational Biology | IRB Bellinzona", "Bellinzona",
  ("inv", "Ciao Alex! Con due colleghi dell'IDSIA organizziamo a Lugano il 6 giugno un workshop gratuito su ML e dati biomedici. Call per abstract aperta "
          "fino al 15 aprile, slot per poster e talk brevi. Mi farebbe piacere se mandassi qualcosa sulla calibrazione!"), nl="it")
P("good_invitation", "en", "Dmitri Volkonsky", "Postdoc, Machine Learning | EPFL", "Lausanne",
  ("inv", "Hi Alex, question from one postdoc to another: in your ICML paper you tune temperature on in-distribution val only, or on shifted split too? "
          "I get very different ECE and want to compare fair before I submit. Thank you! Dmitri"))


# =============================================================== default_invitation
P("default_invitation", "en", "Kevin Osterwalder", "Data Science Bootcamp Graduate | Python | SQL | Open to work", "Zürich", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Luca Pedrazzini", "Studente di Ingegneria Informatica | Politecnico di Milano", "Milano", ("inv", DEFAULT))
P("default_invitation", "en", "Ananya Krishnamurthy", "Aspiring Data Scientist | ML | GenAI | Prompt Engineering", "Bengaluru", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jordan Whitlock", "Admissions Advisor | Apex AI Leadership Academy", "London",
  ("inv", "Hi Alex, researchers like you already have the theory. Our Certified AI Leader programme (8 weeks online, CHF 4,900) turns it into the "
          "executive credential hiring managers actually screen for. Next cohort starts 3 March, shall I hold a seat for you?"))
P("sales_invitation", "en", "Sophia Williams", "Editorial Manager | International Journal of Computational Intelligence and Smart Systems", "Hyderabad",
  ("inv", "Dear Dr. Alex, Greetings! We are pleased to invite your esteemed manuscript for our upcoming issue. Rapid peer review within 10 days, APC only "
          "USD 599, indexed in major databases. Kindly submit at the earliest. Warm regards, Sophia"),
  ("rem",))
P("sales_invitation", "it", "Sara Cattaneo", "Career Advisor | DataJump Bootcamp", "Milano",
  ("inv", "Ciao Alex! Ho visto che stai guardando verso l'industria: il nostro bootcamp «Da PhD a Data Scientist» ti prepara in 10 settimane ai colloqui "
          "delle big tech. 3.200 € con colloquio garantito. Ti va una call conoscitiva di 15 minuti?"))
P("sales_invitation", "en", "Elena Vorontsova", "Head of Partnerships | QuantumYield DAO", "Dubai",
  ("inv", "Hello Alex, we look for ML experts to join private presale of our AI trading token. Early contributors receive 40% bonus allocation and the "
          "model makes 3-5% weekly. Can I send you whitepaper and wallet details?"))
P("sales_invitation", "en", "Michael Grantham", "Conference Coordinator | World Summit on AI & Robotics (WSAIR)", "Dubai",
  ("inv", "Dear Alex, on behalf of the organising committee we invite you to present at WSAIR-2025 in Dubai. Early bird registration 749 EUR incl. "
          "certificate, lunch and proceedings. Abstract acceptance within 48 hours! Best, Michael"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Rahul Menon", "Associate Editor | Journal of Emerging Trends in Machine Intelligence", "Chennai",
  ("inv", "Dear Alex, I read your calibration paper with great interest. We are forming an editorial board of young researchers in trustworthy ML - "
          "only reviewing, no fee, good for your CV. Would be glad to have you on board."),
  ("msg", "Dear Alex, thank you for accepting. As new board member we request you to contribute one article to our inaugural issue. The publication "
          "charge is USD 450, board members get 20% concession. Kindly share your manuscript by 30th of this month.", (3, 9)),
  ("msg", "Dear Alex, gentle reminder regarding the inaugural issue. Also please note you can refer colleagues and receive USD 50 for each accepted paper. "
          "Kindly do the needful.", (8, 20)))
P("bait_and_switch_invitation", "de", "Daniel Frischknecht", "Gründer | Zurich ML Career Circle", "Zürich",
  ("inv", "Hoi Alex, ich baue einen kleinen Kreis von Postdocs und Doktorierenden in Zürich auf, die in die Industrie wechseln wollen. Einmal im Monat "
          "Apéro und Erfahrungsaustausch, keine Verkaufsveranstaltung. Wärst du dabei?"),
  ("msg", "Merci fürs Vernetzen! Kurz zum Ablauf: Der Kreis gehört zu meinem Coaching-Programm «Academia to Industry», 6 Sessions für CHF 1'850. "
          "Die ersten fünf Anmeldungen bekommen 20 % Rabatt. Soll ich dir den Link schicken?"))
P("bait_and_switch_invitation", "en", "Giorgio Valsecchi", "Ex postdoc ETH | Mentor per ricercatori", "Como",
  ("inv", "Ciao Alex, anch'io ho fatto il postdoc a Zurigo (D-INFK, 2019-21). Posso farti qualche domanda su come stai vivendo il passaggio verso "
          "l'industria? Sto raccogliendo esperienze di colleghi, niente di formale."),
  ("msg", "Grazie per aver accettato! Ti spiego meglio: oggi aiuto i ricercatori a negoziare le offerte con un percorso di mentoring 1:1 "
          "(1.500 CHF, quattro settimane). Per te potrei fare un prezzo di favore. Ti giro il calendario?", (4, 12)), nl="it")
P("bait_and_switch_invitation", "en", "Megan Oduya", "Founder | QuantPrep | ex-Citadel", "New York",
  ("inv", "Hi Alex, I put together a free 60-page guide on how ML PhDs and postdocs break into quant research: interview questions, probability puzzles, "
          "real comp numbers. No strings, happy to send it over if it's useful."),
  ("msg", "Here's the guide as promised! Quick heads-up while you read it: our 12-week QuantPrep Pro cohort ($2,950) includes mock onsites with "
          "ex-Jane Street and ex-HRT researchers. The spring cohort closes Friday, want me to hold a spot?"),
  ("msg", "Hey Alex, last call on QuantPrep Pro. I can do $2,400 if you sign up by tonight, payment plans available.", (3, 8)))
P("bait_and_switch_invitation", "en", "Jessica Lin", "Data Scientist | Time Series | AI enthusiast", "Hong Kong",
  ("inv", "Hi Alex, I'm also in ML, doing time series forecasting at a fund in HK. Saw your post about calibration, so interesting! Would love to "
          "exchange ideas sometime."),
  ("msg", "Thanks for accepting 😊 How is Zurich? I visited once, the lake is so beautiful. What are you working on these days, still the "
          "uncertainty stuff?", (1, 4)),
  ("msg", "By the way, I have been using an AI arbitrage platform my uncle's team built, it makes 2-3% daily, very stable. You can start with only "
          "500 USDT and I will guide you step by step on WhatsApp. Don't tell many people ok?", (3, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Arjun Malhotra", "Founder & CEO | MedLens AI (pre-seed)", "Bengaluru",
  ("inm", "Scientific advisor for MedLens AI?", "Hi Alex, I'm building MedLens, uncertainty-aware triage for radiology. We'd love you as scientific advisor: "
          "one call a month, 0.25% equity, no cash either way. Your work on shift is exactly the problem our hospital pilots keep hitting. Interested?"),
  ("inm", "Re: Scientific advisor for MedLens AI?", "Great to hear you're open to it! One thing before we formalise: all our advisors join the angel round, "
          "minimum ticket CHF 25k on a SAFE at a 6M cap. It keeps incentives aligned. Shall I send the docs and the wire details?"))
P("bait_and_switch_inmail", "de", "Beatrice Gisler", "Partnerin | Karriereberatung für Forschende", "Zürich",
  ("inm", "Studie: Karrierewege von Postdocs", "Grüezi Herr Morgan, für eine Studie zu Karrierewegen befragen wir Postdocs in Zürich zu ihrem Wechsel in "
          "die Industrie. 15 Minuten am Telefon, die Auswertung erhalten Sie gratis. Hätten Sie nächste Woche Zeit?"),
  ("inm", "Ihre Auswertung und ein Angebot", "Merci vielmal für das Gespräch! Die Auswertung folgt Ende Monat. Aufgrund Ihrer Antworten empfehle ich "
          "Ihnen unser Paket «Industry Ready» (Lebenslauf, LinkedIn-Profil, drei Coachings) für CHF 1'290. Bis Monatsende gibt es 10 % Rabatt.", (6, 14)))
P("bait_and_switch_inmail", "it", "Alessandra Bellini", "Segreteria scientifica | ICISDS – Int. Conference on Intelligent Systems and Data Science", "Roma",
  ("inm", "Invito come keynote speaker – ICISDS", "Gentile dott. Morgan, il comitato scientifico della ICISDS, che si terrà a Roma in autunno, "
          "sarebbe onorato di averla come keynote speaker nella sessione sull'affidabilità dei modelli. Può confermarci la sua disponibilità?"),
  ("inm", "ICISDS – registrazione keynote", "Gentile dott. Morgan, la ringraziamo per la risposta. Per completare l'iscrizione dei keynote è prevista "
          "una quota agevolata di 590 €, che comprende la pubblicazione negli atti e la cena sociale. Le inviamo i dati per il bonifico?"))
P("bait_and_switch_inmail", "en", "Sophie Marlowe", "Product Manager | Curious about AI", "Singapore",
  ("inm", "Your workshop talk", "Hi Alex, I watched the recording of your workshop talk on calibration, the clearest explanation I've found! "
          "I'm a PM trying to learn ML properly. Could I ask you two or three beginner questions?"),
  ("inm", "thank you!!", "Thanks so much for answering, you explain things so well. Honestly someone as smart as you should look at the AI crypto "
          "arbitrage bot I've been using, I'm up 40% since March. Minimum is 1,000 USDT, I can walk you through it on Telegram tonight.", (2, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Vikram Sethuraman", "ML Engineer | Computer Vision | Open to work", "Pune",
  ("end",), ("end",),
  ("msg", "Hello Alex sir, I have endorsed you for {skill} and Python. Kindly endorse me back for Deep Learning and Computer Vision, it will help my "
          "profile for the job search. Thanks in advance!!"))
P("endorse_me_back", "de", "Simon Bärtschi", "Data Scientist | Bahn & Mobilität", "Bern",
  ("end",),
  ("msg", "Hoi Alex, han di grad für {skill} bestätigt 🙂 Chönntsch mir im Gegezug schnell PyTorch und MLOps bestätige? Bin grad am Bewerbe. Merci vielmal!"))
P("endorse_me_back", "it", "Valentina Rusconi", "Data Analyst | Certificata Google Data Analytics", "Como",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho lasciato un paio di conferme, tra cui {skill}. Se ti va di ricambiare su Machine Learning e Statistica mi fai un favore "
          "enorme, sto cercando lavoro in Ticino. Grazie mille!"))
P("endorse_me_back", "en", "Brandon Keele", "Quant Developer | C++ | Python", "London",
  ("end",),
  ("msg", "Alex! endorsed you for {skill}, well deserved. Mind doing the same for C++ and Stochastic Calculus on mine? apparently recruiters "
          "actually look at these. cheers"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Samuel Adeyemi", "Chief Editor | Global Journal of AI Research", "Lagos",
  ("inv", "Dear Alex, I invite you to connect so that we can discuss publication of your valuable research in our indexed journal."),
  ("rem",),
  ("inm", "Regarding my invitation", "Dear Alex, I have sent invitation two times and you did not consider to respond. This is very unprofessional "
          "attitude for a researcher. Young scientists should learn humility, nobody will read your work if you refuse to publish. Regards."))
P("hostility_after_decline", "de", "Roland Schnyder", "Inhaber | Schnyder Personalberatung", "Zug",
  ("inv", "Grüezi Herr Morgan, ich hätte eine interessante Position im Raum Zug für Sie. Vernetzen wir uns?"),
  ("inm", "Schade", "Guten Tag Herr Morgan, drei Wochen keine Reaktion auf meine Anfrage. Offenbar sind Sie sich zu gut für ein kurzes Gespräch. "
          "Mit dieser Einstellung kommen Sie in der Privatwirtschaft nicht weit, das kann ich Ihnen versichern."))
P("hostility_after_decline", "it", "Nicolò Gianella", "Laureando in Informatica | Politecnico di Milano", "Milano",
  ("inv", "Salve, sono uno studente magistrale e mi piacerebbe fare la tesi con lei a Zurigo sui modelli probabilistici. Possiamo collegarci?"),
  ("rem",),
  ("inm", "Grazie lo stesso", "Vedo che non ha nemmeno il tempo di rispondere a uno studente. Complimenti, un bell'esempio di come l'accademia tratta "
          "chi vuole imparare. Spero che a lei nessuno abbia mai risposto così."))
P("hostility_after_decline", "en", "Ross Delahunty", "Director | Quantum Search Partners – Quant & ML", "London",
  ("inv", DEFAULT),
  ("inm", "?", "Alex, ignoring a request from the guy who places half the ML quants in London is a bold move for a postdoc. Good luck getting past "
          "a CV screen without anyone in your corner. You'll learn."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Oleksandr Hrytsenko", "CEO | DataForge Labs – data annotation", "Kyiv",
  ("msg", "Hi Alex, we do data labeling for research labs: 200 annotators in Kharkiv and Manila, bounding boxes from 0.03 USD, segmentation from 0.20. "
          "Your group must have big datasets, can I send price list?"),
  ("msg", "Alex, following my message. We have academic discount until end of month, 15% on first batch."),
  ("msg", "I see you read my messages and not answer. Where I come from this is very rude. You academics think you are above business people, "
          "but who do you think labels your data? Very disappointing.", (2, 6)))
P("hostility_connection", "de", "Fabienne Moser", "LinkedIn-Ghostwriting für Forschende | Personal Branding", "Zürich",
  ("acc",),
  ("msg", "Merci fürs Vernetzen nach dem Meetup! Wie besprochen: Mit unserem Ghostwriting für Forschende (4 Posts pro Monat, CHF 690) wirst du für "
          "Recruiter sichtbar. Wollen wir nächste Woche starten?"),
  ("msg", "Du hast MICH angefragt und jetzt kommt nicht mal ein Nein? Ziemlich daneben, ehrlich gesagt. Viel Glück bei der Jobsuche mit deinem leeren Profil."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Pooja Iyer", "Career Coach for PhDs | Ex-Amazon", "Seattle",
  ("msg", "Hi Alex! Most PhDs undersell themselves in big-tech loops. My 6-week 'Offer Ready' coaching (USD 1,800) got 14 postdocs into FAANG last "
          "year. Want to book a free discovery call?"),
  ("msg", "Hey Alex, only 3 spots left in the January cohort. If you join this week I'll throw in a salary negotiation session for free."))
P("connection_only_pitches", "de", "Thomas Wyss", "Vorsorge- und Finanzberater | Aaretal Finanz", "Bern",
  ("msg", "Hoi Alex, als Postdoc mit befristetem Vertrag vergessen viele die Säule 3a. Ich zeige dir in 30 Minuten, wie du bis CHF 7'056 pro Jahr "
          "steuerbegünstigt einzahlst. Wann passt es dir?"),
  ("msg", "Hallo Alex, kurz nachgehakt: Falls du in die Industrie wechselst, lohnt sich auch ein Blick aufs Freizügigkeitskonto. Kafi nächste Woche?"),
  ("msg", "Letzte Nachricht meinerseits: Bis Ende Dezember muss die Einzahlung drin sein. Ich hätte am Mittwoch noch einen Termin frei."))
P("connection_only_pitches", "en", "Davide Lurati", "Sales | CloudGPU Ticino", "Lugano",
  ("msg", "Ciao Alex, abbiamo appena messo online nuove H100 nel nostro datacenter di Stabio: dati in Svizzera, fatturazione a ore, niente code come "
          "sul cluster dell'università. Ti preparo un'offerta per il tuo gruppo?"),
  ("msg", "Ciao Alex, ti riscrivo perché per i gruppi di ricerca abbiamo un pacchetto da 5.000 ore GPU a prezzo fisso. Vale fino a fine trimestre, "
          "ci sentiamo cinque minuti?"), nl="it")


# =============================================================== single_pitch
P("single_pitch", "en", "Nathan Brooks-Ward", "Founder | PaperPilot – AI for literature reviews", "Cambridge",
  ("msg", "Hey Alex, I built a tool that drafts related-work sections straight from your Zotero library, 30+ labs at ETH and EPFL already use it. "
          "Researcher plan is $19/month, happy to give you three months free if you post an honest review. Want a link?"))
P("single_pitch", "de", "Mirjam Imhof", "Immobilienberaterin | Zürich & Zug", "Zug",
  ("msg", "Liebe/r Alex, falls du mit dem Wechsel in die Industrie auch über Wohneigentum nachdenkst: Ich habe gerade zwei Neubauwohnungen in "
          "Adliswil off-market. Soll ich dir die Dokumentation schicken?"))
P("single_pitch", "it", "Roberto Caldelari", "Traduzioni e revisioni scientifiche | Lugano", "Lugano",
  ("msg", "Ciao Alex, faccio revisione linguistica di paper in inglese a 0,06 CHF a parola, consegna in 72 ore. Se hai qualcosa in uscita per la "
          "prossima deadline, ti preparo un preventivo."))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Elif Kaya", "PhD Student | ETH AI Center", "Zürich",
  ("msg", "Alex, I re-ran the baselines with five seeds, results are in the shared Overleaf, table 3. Two of them flip sign compared to what we have "
          "in the draft, can you look before Friday's sync?"),
  ("msg", "also: rebuttal deadline moved to the 28th, it's on OpenReview now"))
P("connection_brings_value", "de", "Martina Huber", "Professorin für Informatik | Universität Zürich", "Zürich",
  ("end",),
  ("msg", "Lieber Alex, im Zurich Machine Learning Seminar haben wir im Mai noch zwei Slots frei. Honorar gibt es keins, aber gutes Publikum, "
          "auch aus den Industrie-Labs in der Stadt. Hättest du Lust, dein Shift-Paper vorzustellen? Liebe Grüsse, Martina"))
P("connection_brings_value", "it", "Stefano Agustoni", "Data Science Lead | Istituto Bancario Ticinese", "Lugano",
  ("msg", "Ciao Alex, come ti avevo accennato a Lugano: apriamo una posizione da ML researcher nel team rischio, due giorni a settimana da remoto. "
          "Se mi mandi il CV ti faccio io la segnalazione interna, così salti il primo screening. Sotto trovi la descrizione."))
P("connection_brings_value", "en", "Ivan Petrović", "Senior Quant Researcher | Limmat Capital", "Zürich",
  ("msg", "Hey Alex, since you asked about quant interviews: the three books I actually used are below, plus my notes from the onsite. Skip the "
          "brainteasers, it's mostly stats and coding. If you want a mock interview I'm happy to do one on a weekend, no problem."))
P("connection_brings_value", "en", "Naomi Achterberg", "Research Scientist | AI safety lab", "London",
  ("msg", "Hi Alex, we released the corruption benchmark we talked about at ICLR: 19 shift types, severity labels, Apache 2.0. Link and datasheet "
          "below. Would be great to see your calibration methods on it, and happy to add your results to the leaderboard."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Fenwick", "Talent Partner, Research | Halcyon Quant", "London",
  ("inm", "Quantitative Researcher (ML) – London or Zurich", "Hi Alex, I lead research hiring at Halcyon Quant. We're building a small team that works on "
          "forecast uncertainty for our mid-frequency strategies, and your papers came up when our head of research described the profile. "
          "The role is in London or in our new Zurich office, compensation is competitive with the big funds, and no prior finance experience is "
          "needed. Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "de", "Lukas Roth", "HR Business Partner | Alpenlabs AI AG", "Zürich",
  ("inm", "Research Scientist LLM-Evaluation (80–100 %)", "Grüezi Herr Morgan, wir suchen für unser Evaluation-Team in Zürich eine:n Research "
          "Scientist. Schwerpunkt: Unsicherheit und Kalibrierung von Sprachmodellen, Publikationen ausdrücklich erwünscht. Pensum 80–100 %, Lohnband "
          "CHF 150–185k. Falls Sie offen sind, würde ich Ihnen gerne die Stelle und das Team in einem kurzen Telefonat vorstellen."))
P("stranger_inmail_recruiter", "it", "Francesca Gianoli", "Talent Acquisition | Fondazione di ricerca in AI, Milano", "Milano",
  ("inm", "Posizione di Research Scientist a Milano", "Buongiorno Alex, le scrivo per una posizione di Research Scientist nel nostro gruppo di "
          "affidabilità dei modelli. Contratto a tempo indeterminato, possibilità di pubblicare, budget per conferenze. Se le interessa, le mando "
          "la descrizione completa e fissiamo una chiacchierata con la responsabile del gruppo."))
P("stranger_inmail_recruiter", "en", "Rohan Deshpande", "Engineering Manager, ML Platform | Finch Robotics", "Amsterdam",
  ("inm", "ML role in my team", "Hello Alex, I am hiring manager for our ML platform team in Amsterdam. We need somebody who really understands "
          "uncertainty for our grasping models, not only engineering. Remote from Zurich is possible with one week per month onsite. If you are "
          "interested I can skip recruiter step and we talk directly, maybe 30 minutes?"))
P("stranger_inmail_recruiter", "en", "Rachel Oyelaran", "Staff Recruiter | Helix Climate", "Berlin",
  ("inm", "ML Scientist, weather models (remote EU)", "Hi Alex, Helix Climate builds probabilistic weather models for grid operators, and we're "
          "hiring an ML Scientist to own calibration of our ensemble forecasts. Fully remote within the EU and Switzerland, equity plus salary in "
          "the CHF 140-160k range. If that sounds interesting, could we find 20 minutes?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Blake Sanderson", "Enterprise Account Executive | LabelStack", "Austin",
  ("inm", "Annotation budget for next year?", "Hi Alex, teams at ETH and Stanford use LabelStack to cut annotation costs by 40% with model-assisted "
          "labeling. If your lab is planning next year's data budget, I'd love to show you a 15-minute demo. Does Tuesday work?"))
P("stranger_inmail_sales", "en", "Emily Carter", "Managing Editor | Open Access Journal of Advanced Artificial Intelligence", "Delaware",
  ("inm", "Call for Papers – Volume 9", "Dear Dr. Alex Morgan, we are glad to invite you to submit your research to OAJAAI. Publication within 3 weeks "
          "of submission, article processing charge USD 680. Kindly send your manuscript via the link."),
  ("inm", "Final reminder: 40% APC waiver", "Dear Dr. Morgan, this is a final reminder. Submit before Friday and receive a 40% waiver of the "
          "article processing charge."))
P("stranger_inmail_sales", "de", "Claudio Meier", "Schulleiter | Sprachinstitut Limmat", "Zürich",
  ("inm", "Deutsch für Forschende", "Grüezi Herr Morgan, viele internationale Forschende in Zürich merken erst bei der Jobsuche, wie wichtig Deutsch ist. "
          "Unser Intensivkurs «Deutsch für den Berufseinstieg» startet im Februar, CHF 1'480 für 8 Wochen. Darf ich Ihnen die Unterlagen schicken?"))
P("stranger_inmail_sales", "it", "Ilaria Pozzi", "Consulente | Gestione patrimoniale digitale", "Lugano",
  ("inm", "Un'opportunità riservata", "Buongiorno Alex, seguo un piccolo gruppo di professionisti in Ticino che investono in una strategia "
          "di trading algoritmico su criptovalute. Rendimento medio del 9% al mese negli ultimi due anni. Posso spiegarle come entrare con una quota iniziale?"),
  ("inm", "Ultimi posti", "Alex, le riscrivo perché chiudiamo il gruppo venerdì. Con 5.000 CHF si entra ancora alle condizioni attuali."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Kemal Aydın", "Maintainer | OpenEval (open-source LLM evaluation)", "Istanbul",
  ("inv", "Hi Alex, I maintain OpenEval, an open-source harness for LLM calibration metrics. Last week I added your ECE-under-shift metric and credited "
          "the paper. Would you look if I implemented it correctly? Any feedback welcome."),
  ("msg", "Thank you for checking! Your fix is merged and you are listed as contributor now. Release notes are here, your paper is cited in the docs."),
  ("msg", "Hi Alex, we are launching OpenEval Cloud for companies, USD 990 per month. Could you introduce me to ML leads you know at Limmat Capital or "
          "Alpenlabs? I give 20% referral on the first year.", (20, 45)))
P("good_turns_ugly", "de", "Sandra Kälin", "Co-Organisatorin | Women in ML Zürich", "Zürich",
  ("inv", "Hoi Alex, am 12. Juni machen wir ein kostenloses Mentoring-Speed-Dating zwischen Doktorandinnen und Leuten aus der Industrie. Hättest du Lust, "
          "als Mentor:in dabei zu sein? Apéro inklusive 🙂"),
  ("msg", "Merci nochmals fürs Mitmachen! Anbei die Fotos und die Zusammenfassung vom Feedback, die Teilnehmerinnen waren begeistert."),
  ("end",),
  ("msg", "Hoi Alex, ich habe dich für {skill} bestätigt. Könntest du mich im Gegenzug für Community Building und Eventmanagement bestätigen? Ich bewerbe "
          "mich gerade bei ein paar Firmen und das hilft."))
P("good_turns_ugly", "it", "Giacomo Ferrazzini", "Ricercatore | IDSIA", "Lugano",
  ("inv", "Ciao Alex, ti ho sentito al seminario dell'USI. Ho un'implementazione JAX del tuo metodo di ricalibrazione che gira 5 volte più veloce: "
          "se ti serve te la passo, è su GitHub con licenza MIT."),
  ("msg", "Ecco il link al repo, nel README c'è anche il confronto con la tua versione PyTorch. Se trovi bug aprimi pure una issue."),
  ("msg", "Ciao Alex, sto lanciando un corso online su Bayesian Deep Learning (249 CHF). Mi aiuteresti a promuoverlo nel tuo gruppo all'ETH? "
          "Per ogni iscritto che arriva da te ti giro il 30%.", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Ethan Caldwell", "Program Director | NeuralPath Academy", "London",
  ("inm", "Your next step after the postdoc", "Hi Alex, postdocs who add an industry certification get interviews twice as fast. Our Applied AI "
          "Professional Certificate is 12 weeks, fully online, GBP 2,400 with an interest-free instalment plan. Can I book you in for an info call?"),
  ("inv", "Hi Alex, saw your talk at the Zurich ML meetup, really enjoyed the calibration part. Would be great to stay in touch!"))
P("reinvite_known_bad", "de", "Stefan Rüegg", "Business Development | Datenschutz & KI-Compliance", "Basel",
  ("inv", DEFAULT),
  ("inv", "Grüezi Herr Morgan, wir haben uns am Swiss Data Science Day in Bern kurz unterhalten. Ich würde mich freuen, in Kontakt zu bleiben."))
P("reinvite_known_bad", "it", "Elena Quadri", "Account Manager | PhD Career Academy", "Milano",
  ("inv", "Ciao Alex, con il nostro percorso «Academic to Industry» (1.900 €) i ricercatori ottengono un'offerta in media in 4 mesi. Ti mando il programma?"),
  ("inv", "Ciao Alex, mi farebbe piacere restare in contatto, seguo con interesse i tuoi post sull'AI affidabile."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Harish Venkataraman", "Editor-in-Chief | International Journal of Recent Advances in Computing", "Coimbatore",
  ("inv", "Dear Dr. Alex, please accept my request to receive our special call for papers on AI and machine learning."),
  ("inm", "Very surprised", "Sir, I am very surprised that you did not accept my humble request. We are giving opportunity to young researchers and "
          "you are behaving like senior professor. Such arrogance is not good for your career. Please change your attitude."),
  ("inv", "Dear Alex, season's greetings! Let us connect and forget past misunderstanding. Our new issue is open."))
P("reinvite_known_ugly", "de", "Melanie Odermatt", "Gründerin | AI-Act-Compliance für Hochschulen", "Luzern",
  ("inm", "Frage zu Ihrem Paper", "Grüezi Herr Morgan, ich habe Ihr Paper zur Kalibrierung gelesen und hätte eine Verständnisfrage zu Abbildung 4: "
          "ist der Fehler dort über alle Klassen gemittelt? Merci für eine kurze Antwort."),
  ("inm", "Merci – und noch etwas", "Danke für die Erklärung! Übrigens entwickeln wir Software, mit der Hochschulen ihre KI-Modelle AI-Act-konform "
          "dokumentieren. Könnten Sie mich mit Ihrer Professorin verbinden? Für Pilot-Institute haben wir ein Angebot ab CHF 12'000."),
  ("inv", "Hallo Alex, ich würde mich gerne vernetzen, ich verfolge Ihre Arbeit mit grossem Interesse."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Oscar Lindgren", "Founder | Zurich GPU Co-op", "Zürich",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Since you complained about queue times at the meetup: our co-op sells academics A100 time at CHF 1.40/h. "
          "Want me to send the onboarding form and a quote for your group?"))
P("user_invited_pitch_once", "it", "Silvia Brenni", "Fotografa | Ritratti professionali", "Lugano",
  ("acc",),
  ("msg", "Grazie per l'invito! Visto che stai preparando il passaggio all'industria: faccio ritratti professionali per profili LinkedIn, pacchetto "
          "ricercatori a 180 CHF, a Lugano o a Zurigo. Ti interessa?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Hamza Qureshi", "Co-founder | ResumeLab – CVs for researchers", "Manchester",
  ("acc",),
  ("msg", "Cheers for connecting Alex. Academic CVs get binned by industry ATS filters all the time. We rewrite them into a 1-page industry resume "
          "for £249, 5-day turnaround. Fancy a free audit first?"),
  ("msg", "Hi Alex, we've got a 30% off week on the researcher package. Shall I send over the payment link?"))
P("user_invited_pitch_twice", "de", "Nicole Baumann", "Weiterbildung | CAS Data Science & Management", "Zürich",
  ("acc",),
  ("msg", "Danke für die Anfrage! Passend zu deinen Plänen: Unser CAS Data Science & Management (CHF 9'800, berufsbegleitend) bringt dir genau die "
          "Management-Seite, die Firmen bei Forschenden vermissen. Anmeldeschluss ist Ende Monat."),
  ("msg", "Hallo Alex, für Postdocs gibt es jetzt einen Frühbucherrabatt von CHF 1'000. Soll ich dir einen Platz reservieren?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Rachel Abernathy", "Research Lead | Helix Climate", "Oxford",
  ("acc",),
  ("msg", "Thanks for reaching out after the poster session, Alex! Here's the preprint I mentioned on ensemble recalibration, and the code. We also "
          "have an open ML Scientist role, if you're interested I'll pass your name to the hiring manager myself."))
P("user_invited_value", "en", "Lea Fankhauser", "Doktorandin | EPFL", "Lausanne",
  ("acc",),
  ("msg", "Merci für die Anfrage! Wie versprochen der Link zu unserem Code für die Conformal-Experimente. Und unsere Reading Group trifft sich jeden "
          "Donnerstag um 17 Uhr per Zoom, du bist herzlich willkommen."), nl="de")
P("user_invited_value", "it", "Marco Vanetti", "Professore associato di Machine Learning | Politecnico di Milano", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento. Come ti dicevo a Ginevra, a marzo facciamo un seminario di dipartimento sull'incertezza: ti va di "
          "venire a parlare? Ti rimborsiamo treno e albergo, e la sera si cena col gruppo."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Julia Hartmann", "ML Lead | Reinsurance analytics", "Zürich", ("acc",))
P("acceptance_only", "de", "Adrian Wälti", "Quant Analyst | Kantonalbank", "Bern", ("acc",))
P("lone_endorsement", "it", "Alessio Crivelli", "Studente di Informatica | SUPSI", "Lugano", ("end",))
P("lone_endorsement", "en", "Sunil Pradhan", "Research Engineer | Robotics", "Bengaluru", ("end",))


# Layout eras: almost everyone writes in the current layout; a few timeless stories sit in 2016 to 2017.
OLD = {"Samuel Adeyemi", "Roberto Caldelari", "Vikram Sethuraman", "Ross Delahunty", "Stefan Rüegg", "Luca Pedrazzini", "Rahul Menon",
       "Alessio Crivelli"}
ERAS = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}

# LinkedIn caps invitation notes at 300 characters.
for _p in PEOPLE:
    for _st in _p[6]:
        if _st[0] == "inv" and _st[1] not in (DEFAULT, NONOTE):
            assert len(_st[1]) <= 300, (_p[2], len(_st[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Priyanka Raghunathan", "priyanka.r@seefeld-trading.example", "ML Researcher role – following up on my LinkedIn note",
     "Hi Alex,\n\nI sent you a LinkedIn invite last week about the ML researcher opening on our Zurich desk. Email may be easier: would Thursday "
     "or Friday afternoon work for a 20 minute call?\n\nBest,\nPriyanka", "en"),
    ("Sekretariat Institut für Maschinelles Lernen", "sekretariat@inf.ethz.example.ch", "Apéro zum Semesterende",
     "Liebe alle\n\nam Donnerstag ab 17 Uhr gibt es im CAB den Apéro zum Semesterende. Wer ein Poster hat, darf es gerne aufhängen und "
     "danach auch auf LinkedIn teilen.\n\nLiebe Grüsse\nSekretariat", "de"),
    ("IJCISS Editorial Office", "editor@ijciss-journal.example", "Invitation to publish – Vol. 12 (APC USD 599)",
     "Dear Dr. Alex,\n\nWe found your profile on LinkedIn and Google Scholar. We invite you to submit your valuable manuscript. Rapid review, "
     "APC applies after acceptance.", "en"),
    ("Yannick Keller", "yannick.keller@inf.ethz.example.ch", "Fwd: I want to connect",
     "Alex, this one also sent me a LinkedIn invite, is it the 'editorial board' guy you told me about?\n\n---------- Forwarded message ---------\n"
     "From: Rahul Menon via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nDear Yannick, we are forming an editorial board...", "en"),
    ("Workshop on Distribution Shifts", "chairs@dist-shift-workshop.example", "Camera-ready instructions and poster format",
     "Dear authors,\n\nplease upload the camera-ready version by 30 October. Posters are A0 portrait. Feel free to announce your paper on "
     "LinkedIn or X with the workshop hashtag.", "en"),
    ("Jobportal Schweiz", "alert@jobportal.example.ch", "12 neue Stellen für «Machine Learning» in Zürich",
     "Grüezi Alex Morgan\n\nwir haben 12 neue Stellen für Sie gefunden. Tipp: Verknüpfen Sie Ihr Profil mit LinkedIn, um sich mit einem Klick zu bewerben.", "de"),
    ("Giulia Sormani", "giulia.sormani@example.it", "ho visto su LinkedIn",
     "Ciao Alex,\n\nho visto su LinkedIn che stai cercando nell'industria! Da noi a Milano si libera un posto nel team di ricerca, se vuoi ne parliamo "
     "a voce quando passi.\n\nUn abbraccio,\nGiulia", "it"),
    ("ETH Career Center", "careercenter@ethz.example.ch", "CV clinic for postdocs – bring your LinkedIn profile",
     "Dear postdocs,\n\nour next CV clinic is on 4 December. Bring a printed CV and your LinkedIn profile on your laptop. Free of charge, "
     "registration required.", "en"),
    ("Informatikdienste", "it-security@ethz.example.ch", "Warnung: gefälschte Jobangebote über LinkedIn",
     "Liebe Angehörige der ETH\n\nwir beobachten vermehrt gefälschte Jobangebote über LinkedIn, die eine «Testaufgabe» als ausführbare Datei "
     "verschicken. Bitte nichts herunterladen und verdächtige Nachrichten an uns melden.", "de"),
    ("Zoom", "no-reply@zoom.example", "Cloud recording available: Academia to industry – LinkedIn and CV session",
     "The cloud recording of 'Academia to industry – LinkedIn and CV session' is now available for 30 days.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-thirty-second development corpus (dev132). Generated by scripts/make_corpus_dev132.py (seed {SEED}); do not edit by hand.",
          "# Alex as an ML postdoc at ETH Zürich looking at industry jobs: tech and quant recruiters, predatory journals and conferences, paid "
          "bootcamps and certificates, founders after a co-founder or an unpaid advisor, peers sharing papers, datasets and workshop calls, students "
          "asking for supervision, crypto scams; non-native English, Swiss German, Italian. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev132", SEED, PEOPLE, FOREIGN, spoofs=11, other=10, header=HEADER, eras=ERAS)
