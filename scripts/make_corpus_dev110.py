#!/usr/bin/env python3
"""Write mailbot's hundred-and-tenth, independent development corpus: tests/corpus/dev110/*.eml + expected.toml.

The angle: the user Alex leads in-house talent acquisition at Tallyfern, a SaaS company in
Dublin that hires engineers from all over Europe. Their LinkedIn world: candidates applying or
asking about roles (Irish, Polish, Indian, Nigerian, Spanish, Italian and German writers, some in
their own language), people asking for a referral or an introduction, recruitment agencies
pushing unsolicited CVs and fee terms, job boards, ATS and HR-tech vendors, employer-branding and
recruitment-marketing agencies, background screening and relocation firms, peer heads of TA who
share templates and invite Alex to breakfasts, university careers offices and bootcamps
(free demo days against paid hiring partnerships), executive-search consultants with a real
role for Alex, "TA leaders' circles" and "independent studies" that turn into a membership fee
or a demo, endorse-me-back, and rejected candidates or ignored agency reps who turn rude.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert and
other LinkedIn titles, the headlines of spoof-only names and PYMK suggestions, and the pitches
that spoofs carry are swapped for talent-acquisition ones in this process only (make_corpus.py
itself is not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev110.py              # writes tests/corpus/dev110
    python scripts/make_corpus_dev110.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261110

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the talent team's world (this process only)
SKILLS = {
    "en": ["Talent Acquisition", "Technical Recruiting", "Employer Branding", "Interviewing", "Sourcing", "Stakeholder Management"],
    "de": ["Talent Acquisition", "Personalbeschaffung", "Employer Branding", "Active Sourcing", "Interviewführung"],
    "es": ["Captación de talento", "Selección de personal", "Employer Branding", "Reclutamiento IT", "Entrevistas"],
    "it": ["Talent Acquisition", "Ricerca e selezione", "Employer Branding", "Recruiting tecnico", "Colloqui di selezione"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Head of Talent Acquisition at Tallyfern | Hiring engineers in Dublin",
    "de": "Head of Talent Acquisition bei Tallyfern | Dublin",
    "es": "Head of Talent Acquisition en Tallyfern | Dublín",
    "it": "Head of Talent Acquisition presso Tallyfern | Dublino",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["en", "en", "es", "en", "de"]   # spoofs and other LinkedIn mail: mostly English wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "untrusted:mx.example.org", "lookalike:linkedin-mail.co",
                       "nodkim", "display:gmail.com", "buried", "lookalike:xn--lnkedin-rfb.com", "wrongpass", "noauth", "lookalike:e-linkedin.info"]
mc.CITY["en"] = ["Dublin", "Cork", "Galway", "Limerick", "London", "Belfast"]
mc.JOBS[:] = [("Head of Talent Acquisition", "Brightcrest Health"), ("Senior Technical Recruiter", "Corrwave Security"),
              ("Talent Acquisition Manager, EMEA", "Lumenreach"), ("Director of Recruiting", "Harbourline Payments"),
              ("Talent Partner - Engineering", "Quillstack"), ("Recruitment Lead", "Ardmore Analytics")]
mc.COMPANIES["good"] = ["Brightcrest Health", "Corrwave Security", "Harbourline Payments", "TU Dublin", "Quillstack", "University of Galway",
                        "Ardmore Analytics", "Lumenreach"]
mc.COMPANIES["sales"] = ["HireLoop", "Apex Tech Recruitment", "Brandlift Studio", "JobsPoint", "ClearCheck Screening", "RecruitGenie",
                         "Talentia Nearshore", "Sourcify"]
mc.HEADLINES["good"] = ["Talent Partner at {co}", "Head of People, {co}", "Engineering Manager | {co}", "Technical Recruiter at {co}",
                        "Careers Adviser, {co}", "Software Engineer at {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Helping TA teams hire faster | {co}", "Director at {co}", "Founder @ {co}",
                         "Business Development Manager, {co}"]
SPOOF_PITCH = {
    "en": ["Hi Alex, I've sent you the candidate shortlist through LinkedIn Talent Share. Sign in with your work account to open the CVs before they expire.",
           "Alex, your Recruiter seat renewal failed. Update your payment details within 24 hours to avoid losing your saved candidates.",
           "Dear Alex, please review the signed offer letter for your new hire and confirm via the secure link."],
    "de": ["Hallo Alex, ich habe Ihnen die Bewerbungsunterlagen über LinkedIn freigegeben. Bitte melden Sie sich an, um sie zu öffnen.",
           "Guten Tag, Ihre Recruiter-Lizenz läuft heute ab. Bitte bestätigen Sie Ihre Zahlungsdaten."],
    "es": ["Hola Alex, te he compartido mi CV completo por LinkedIn. Inicia sesión con tu cuenta de empresa para descargarlo.",
           "Estimado/a Alex, su licencia de Recruiter ha caducado. Confirme sus datos de pago en el enlace seguro."],
    "it": ["Ciao Alex, ti ho condiviso il mio CV e la lettera di presentazione. Accedi con l'account aziendale per vederli.",
           "Gentile Alex, il rinnovo della sua licenza Recruiter non è andato a buon fine. Aggiorni i dati di pagamento entro oggi."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"en": ["Shortlist ready", "Action required: Recruiter seat", "Offer letter to sign", "CVs for your open roles"],
                  "de": ["Bewerbungsunterlagen", "Recruiter-Lizenz", "Dringend: Zahlungsdaten"],
                  "es": ["Mi CV", "Licencia Recruiter caducada", "Documento compartido"],
                  "it": ["Il mio CV", "Licenza Recruiter", "Documento condiviso"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
retitle_other({
    "en": {"job": ("{n} new jobs for \"head of talent acquisition\"", "Your job alert for head of talent acquisition in {city}"),
           "news": "Are take-home tests on the way out?",
           "group": "Top conversations in Irish Talent Acquisition Network",
           "newsletter": "The Sourcing Desk: why your Boolean strings stopped working"},
    "de": {"job": ("{n} neue Jobs für „Head of Talent Acquisition“", "Ihr Jobalarm für Talent Acquisition in {city}"),
           "news": "Verdrängt KI das Erstgespräch im Recruiting?",
           "group": "Top-Unterhaltungen in Recruiting & Employer Branding DACH",
           "newsletter": "Recruiting-Notizen: Gehaltsangaben in Stellenanzeigen"},
    "es": {"job": ("{n} empleos nuevos de «responsable de selección»", "Tu alerta de empleo de talent acquisition en {city}"),
           "news": "¿Tiene sentido seguir pidiendo carta de presentación?",
           "group": "Conversaciones destacadas en Reclutamiento IT España",
           "newsletter": "Diario de un reclutador: el candidato que nunca contesta"},
    "it": {"job": ("{n} nuove offerte per «talent acquisition manager»", "Il tuo avviso di lavoro per talent acquisition a {city}"),
           "news": "Il colloquio in presenza tornerà di moda?",
           "group": "Conversazioni principali in HR & Recruiting Italia",
           "newsletter": "Appunti di selezione: la job description perfetta non esiste"},
})

PEOPLE: list[tuple] = []
_P = adder(PEOPLE)


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None) -> None:
    """adder() with LinkedIn's cap on invitation notes checked."""
    for s in steps:
        if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
            assert len(s[1]) <= 300, (name, len(s[1]))
    _P(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "en", "Aoife Brennan", "Head of Talent | Harbourline Payments", "Dublin",
  ("inv", "Hi Alex, Aoife here, I run TA at a payments company on the docks. A handful of us heads of TA meet for breakfast every couple of months "
          "to compare notes on offer declines and comp bands, no vendors in the room. Next one's in Ranelagh on the 14th, fancy it?"),
  ("rem",))
P("good_invitation", "en", "Tomasz Wiśniewski", "Senior Backend Engineer | Go, Kafka, Postgres", "Dublin",
  ("inv", "Hello Alex, I saw the Platform Engineer opening at Tallyfern. I built the billing event pipeline at my current company (Go, Kafka). "
          "Before I apply: is the role hybrid or fully onsite? I have Stamp 4, so no sponsorship needed. Thank you!"))
P("good_invitation", "en", "Lucía Ferrándiz", "Ingeniera de datos | Python · dbt · Airflow", "Valencia",
  ("inv", "Hola Alex, soy ingeniera de datos y me mudo a Dublín en septiembre. He visto que buscáis un Analytics Engineer: ¿te puedo mandar el CV "
          "directamente o mejor aplico por la web? Hablo inglés sin problema, te escribo en español por si acaso 🙂"),
  ("rem",), nl="es")
P("good_invitation", "en", "Ciarán Moynihan", "Employer Engagement Manager, School of Computing | TU Dublin", "Dublin",
  ("inv", "Alex, I look after employer engagement in Computing at TU Dublin. We're running a mock-interview evening for final years on 22 Nov "
          "and need a few real hiring people on the panels. Two hours, pizza provided, costs Tallyfern nothing. Any chance?"))
P("good_invitation", "en", "Martina Colombo", "Product Designer | B2B SaaS | Figma, user research", "Milano",
  ("inv", "Ciao Alex! Sono una product designer di Milano, 5 anni in SaaS B2B. Ho letto il post sul nuovo team design a Dublino: "
          "cercate anche profili mid? Il portfolio è nel profilo. Grazie mille per il tempo!"), nl="it")
P("good_invitation", "en", "Sandeep Ramaswamy", "Talent Acquisition Lead | Medtech | Cork", "Cork",
  ("inv", "Hi Alex, question from a fellow TA lead: you moved to structured interviews last year, yeah? We're about to and our eng managers "
          "are digging their heels in. Would you have 20 mins to tell me what worked? Coffee's on me next time you're in Cork."))
P("good_invitation", "en", "Orla Nyhan", "Employer Partnerships | CodeHarbour Bootcamp", "Dublin",
  ("inv", "Hi Alex, our spring cohort (24 junior devs) demo their final projects on 9 May at Dogpatch Labs. Hiring managers come as guests, "
          "it's free, and there's no placement fee if you end up hiring anyone. Would you like an invite for you and a colleague?"))
P("good_invitation", "en", "Kwame Asante", "Site Reliability Engineer | Kubernetes, Terraform", "Dublin",
  ("inv", "Hi Alex, Dara Kenny on your infra team (we worked together at my last place) suggested I get in touch. He's happy to refer me for "
          "the SRE role but said you'd know whether senior hiring is unfrozen yet. Worth me applying now or after Q1?"))
P("good_invitation", "de", "Jana Hoffmeister", "Masterstudentin Personalmanagement | TU München", "München",
  ("inv", "Hallo Alex, ich schreibe meine Masterarbeit über Candidate Experience in europäischen SaaS-Firmen und suche 4 TA-Leads für ein "
          "Interview (30 Min., anonym). Die Ergebnisse schicke ich allen Teilnehmenden. Hätten Sie Lust?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Declan Furlong", "Recruitment Consultant | Tech & Digital | Sterling Talent", "Dublin", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Priya Venkataraman", "Software Engineer at Infoway Systems", "Bengaluru", ("inv", NONOTE))
P("default_invitation", "it", "Alessio Brambilla", "Sviluppatore Java | Spring", "Bergamo", ("inv", DEFAULT))
P("default_invitation", "en", "Hendrik Vogel", "Senior Recruiter | IT-Personalberatung", "Düsseldorf", ("inv", DEFAULT), ("rem",), nl="de")


# =============================================================== sales_invitation
P("sales_invitation", "en", "Gavin Tully", "Director | Apex Tech Recruitment | Placing top engineering talent", "Dublin",
  ("inv", "Alex, I've a senior React dev (ex-Intercom, 7 yrs) on the market this week and she won't last. Fee is 18% of base with a "
          "12-week rebate. Want me to send the CV over?"),
  ("rem",))
P("sales_invitation", "en", "Bronwyn Castle", "Account Executive, EMEA | HireLoop ATS", "London",
  ("inv", "Hi Alex! Saw Tallyfern has 30+ engineering roles open. Teams on Greenhouse are moving to HireLoop for AI screening that cuts "
          "time-to-hire by a third. Open to a 20-min demo next week?"))
P("sales_invitation", "en", "Fergal Dunphy", "Founder | Brandlift Studio | Employer branding that converts", "Dublin",
  ("inv", "Hey Alex, had a look at your careers page, reads a bit corporate for engineers to be honest. We shoot employee-story videos for "
          "SaaS firms from €6k. Can I send the showreel and grab 15 mins?"))
P("sales_invitation", "es", "Rafael Ortega Prieto", "Consultor de negocio | Talentia Nearshore – desarrolladores en Málaga", "Málaga",
  ("inv", "Hola Alex, en Talentia tenemos 40 desarrolladores en Málaga listos para incorporarse a tu equipo en staff augmentation, "
          "desde 38 €/hora. ¿Te cuadra una llamada esta semana?"))
P("sales_invitation", "en", "Melissa Grant", "Partnerships Manager | JobsPoint Ireland", "Dublin",
  ("inv", "Hi Alex, heads up: our Q4 bundle of 10 featured tech listings plus 2 newsletter slots is €1,950 (usually €2,800) until Friday. "
          "Worth a quick chat?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Shane Costigan", "Founder | TA Leaders Collective Ireland", "Dublin",
  ("inv", "Alex, I'm getting a small invite-only circle of in-house TA heads in Dublin going. A group chat, a dinner every quarter, no selling. "
          "Would be great to have someone from Tallyfern in it."),
  ("msg", "Good to be connected Alex. So the Collective runs on a membership model, €1,200 a year per company, which covers the dinners and "
          "our salary benchmarking pack. I can send the invoice to whoever looks after that, or we can hop on a call first?", (4, 15)),
  ("msg", "Hi Alex, just checking you saw the above? We've three seats left for the spring intake and I'd hate for Tallyfern to miss out.", (6, 20)))
P("bait_and_switch_invitation", "en", "Rhiannon Vaughan", "Employer Brand Strategist | Speaker | EVP nerd", "London",
  ("inv", "Hi Alex, I'm writing a free guide on how Irish SaaS companies handle candidate rejections and I'd love to quote you in it. "
          "Happy to send you the finished PDF as well."),
  ("msg", "Thanks so much for connecting! While I have you: my agency runs an 8-week Employer Value Proposition sprint for scale-ups "
          "(€14,500, fixed). From what I can see of your careers site I think you'd get a lot from it. Could I book you in for a discovery call?"))
P("bait_and_switch_invitation", "en", "Vikram Nair", "Community Lead | People Ops Guild (3,000+ HR & TA practitioners)", "London",
  ("inv", "Hello Alex, we run a free online community for HR and TA folks: weekly AMAs, a template library, job-swap threads. "
          "Would love you to join and maybe host an AMA on tech hiring sometime."),
  ("msg", "Hi Alex, welcome aboard! Our partner TalentPulse is giving Guild members a discounted annual licence for interview scorecards, "
          "just €7 per employee per month. Shall I set up a demo for you and your hiring managers?"),
  ("msg", "Bumping this one Alex, the Guild discount closes at the end of the month. Can I pencil you in for Thursday at 3?"))
P("bait_and_switch_invitation", "de", "Florian Reischl", "Recruiter | IT & Engineering | DACH", "Wien",
  ("inv", "Hallo Alex, ich bin selbst Recruiter und finde spannend, wie ihr in Dublin Entwickler aus dem DACH-Raum gewinnt. Darf ich Ihnen "
          "dazu eine Frage stellen? Tausche mich gern auch aus."),
  ("msg", "Danke für die Vernetzung! Ganz offen: Wir sind eine Personalberatung für deutschsprachige Entwickler und könnten Ihnen sofort "
          "drei Kandidaten vorstellen. Unser Honorar liegt bei 22 % des Jahresgehalts. Wann passt ein kurzes Telefonat?", (3, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Kieran Boyle", "Research Lead | Hiring Insights Lab", "Dublin",
  ("inm", "Quick survey for TA leaders", "Hi Alex, we're running an independent study on time-to-hire in Irish tech: six questions, fully anonymised, "
          "and everyone who takes part gets the full benchmark report for free. Would you be up for it?"),
  ("inm", "Your benchmark (and a thought)", "Thanks Alex, really appreciate it. Your benchmark is at the link below. Based on your answers, Tallyfern "
          "sits about 11 days above the median time-to-hire, which is exactly the gap our sourcing automation closes. "
          "Could I walk you through a 20-minute demo on Tuesday?", (4, 12)))
P("bait_and_switch_inmail", "en", "Chiara Galli", "Responsabile selezione | scale-up fintech", "Torino",
  ("inm", "Domanda da una collega", "Ciao Alex, mi occupo di selezione in una scale-up di Torino e stiamo aprendo un hub a Dublino. "
          "Posso chiederti due consigli su come funziona il mercato lì (stipendi, tempi, canali)? Te ne sarei davvero grata."),
  ("inm", "Una proposta", "Grazie ancora della disponibilità! Ti dico la verità: oltre al lavoro in azienda faccio anche consulenza di "
          "recruiting freelance. Potrei gestire io le vostre ricerche per profili italiani, 4.000 € a posizione. Ne parliamo in una call?"), nl="it")
P("bait_and_switch_inmail", "en", "Brendan Hurley", "Partnerships | RecruitGenie | AI sourcing", "Galway",
  ("inm", "Spare pass for the Talent Tech Summit", "Alex, I've a complimentary pass for the Talent Tech Summit at the RDS next month. "
          "It's yours if you want it, no strings attached. Just reply and I'll send the code."),
  ("inm", "Re: the Summit", "Great that you're coming! One thing: we've kept a 15-minute slot at our stand for you to see RecruitGenie's AI "
          "sourcing live, and there's 30% off an annual seat for Summit attendees only. I'll put you down for 11:15?", (5, 14)),
  ("inm", "Summit pricing ends Friday", "Hi Alex, missed you at the stand! The Summit discount runs until Friday. Happy to do the demo over "
          "Zoom instead, what suits?", (6, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Sinéad Lawlor", "Recruitment Consultant | Finance & Tech | Lawlor Search", "Dublin",
  ("end",), ("end",),
  ("msg", "Hiya Alex, endorsed you for {skill} there 🙂 would you do us a favour and endorse me for Candidate Sourcing and Headhunting? "
          "Building the profile back up since I went out on my own. Thanks a million!"))
P("endorse_me_back", "en", "Rohan Deshpande", "Java Developer | Spring Boot | Microservices", "Pune",
  ("end",),
  ("msg", "Dear Alex, I have endorsed your skill of {skill}. Kindly reciprocate by endorsing me for Java and Spring Boot, it will improve "
          "my profile visibility with recruiters. Thanks in advance."))
P("endorse_me_back", "es", "Adrián Quiroga", "Técnico de selección IT | En búsqueda activa", "A Coruña",
  ("end",), ("end",),
  ("msg", "¡Buenas Alex! Te he validado {skill}, que te lo mereces. Si tienes un minuto, ¿me validarías Reclutamiento IT y Entrevistas "
          "por competencias? Me vendría genial ahora que estoy buscando. ¡Mil gracias!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Conor Hegarty", "Full Stack Developer | React, Node", "Limerick",
  ("inv", "Hi Alex, I applied for the Senior Full Stack role last week, would be great to connect."),
  ("rem",),
  ("inm", "Seriously?", "Three weeks, a take-home that ate my whole weekend, and then a two-line automated rejection. And you can't even "
          "accept a connection request. The way you treat candidates is a joke, Alex. I'll be putting all of it on Glassdoor."))
P("hostility_after_decline", "it", "Federico Russo", "DevOps Engineer | AWS, Ansible", "Bari",
  ("inv", "Buongiorno Alex, mi sono candidato come DevOps Engineer. Possiamo collegarci?"),
  ("inm", "Complimenti", "Ignorare la richiesta di collegamento di un candidato è proprio poco professionale. Ho dodici anni di esperienza e "
          "non merito di essere trattato come un numero. Si capisce benissimo che tipo di azienda siete."))
P("hostility_after_decline", "en", "Bartek Nowicki", "QA Automation Engineer | Selenium, Java", "Dublin",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Your reply", "You declined my invite and my application on the same day. Funny how HR people preach 'candidate experience' on "
          "this site and then act like gatekeepers. Enjoy the power trip."))
P("hostility_after_decline", "en", "Ingrid Bauer", "Product Manager | Mobility & SaaS", "Köln",
  ("inv", "Hallo Alex, ich habe mich als Product Manager bei Tallyfern beworben und würde mich gern vernetzen. Viele Grüße aus Köln"),
  ("inm", "Stil", "Sie halten es nicht einmal für nötig, auf eine Kontaktanfrage zu reagieren? Für jemanden, der beruflich mit Menschen "
          "arbeitet, ist das ein Armutszeugnis. Ich werde Ihre Firma niemandem empfehlen."), nl="de")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Ronan Geraghty", "Backend Engineer | Python, Django", "Dublin",
  ("msg", "Hey Alex, thanks for the chat at the Dublin Tech Job Fair. As promised, my GitHub is on my profile, the payments-reconciler repo "
          "is the one I mentioned. Really keen on the backend role."),
  ("msg", "Got the rejection email. Not even a phone call after four rounds. Honestly you should be ashamed of how you run that process. "
          "Recruiters like you are the reason people hate recruiters.", (15, 40)))
P("hostility_connection", "en", "Lee Bradshaw", "Senior Consultant | Cloud & DevOps | Northpoint Recruitment", "Belfast",
  ("msg", "Alex, got a cracking DevOps lead available: 8 years AWS, can start in 4 weeks. Standard 20% fee. Want the CV?"),
  ("msg", "Sent you three CVs now and not even the courtesy of a reply. Bit rude to be honest. In-house lot always think they're above "
          "agencies until they're desperate. Good luck filling those roles."))
P("hostility_connection", "es", "Paola Serrano", "Directora | Serrano Talent – headhunting tecnológico", "Madrid",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex. Como te comenté en la feria, desde Serrano Talent te cubrimos las vacantes de desarrollo en tres "
          "semanas con un fee del 15 %. ¿Hablamos el jueves?"),
  ("msg", "Veo que has leído mi mensaje y ni contestas. Qué falta de educación, de verdad. Luego os quejáis de que nadie quiere trabajar con vosotros."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Jason Whelan", "Business Development | Vetted Talent Solutions", "Dublin",
  ("msg", "Morning Alex, hope all's well. We've just placed five engineers with a SaaS company round the corner from you. Shall I send "
          "through a few profiles for your open roles? Our terms are 17%."),
  ("msg", "Hi Alex, following up on the below. Happy to do your first hire at 15% as a trial?"),
  ("msg", "Last one from me, Alex: for Q1 we're doing a fixed fee of €9k per hire. Let me know if that changes anything."))
P("connection_only_pitches", "en", "Natasha Ivers", "Client Success | ClearCheck Screening", "Dublin",
  ("msg", "Hi Alex, are your background checks still taking 10+ days? ClearCheck turns around employment verification and Garda vetting "
          "in 48 hours. Could I send you pricing?"),
  ("msg", "Hi again Alex, we've just launched a pay-per-check plan from €29. Fancy a trial on your next five hires?"))
P("connection_only_pitches", "it", "Stefano Longhi", "Sales Manager | PsicoTest Pro – assessment per il recruiting", "Padova",
  ("msg", "Ciao Alex, ti scrivo perché offriamo assessment psicometrici in italiano e inglese per le selezioni tech, validati scientificamente. "
          "Posso mandarti il listino?"),
  ("msg", "Ciao Alex, ti riscrivo: a gennaio abbiamo il 25% di sconto sui pacchetti da 50 test. Fammi sapere se ti interessa!"))


# =============================================================== single_pitch
P("single_pitch", "en", "Paddy Clancy", "Founder | MoveRight Relocation", "Dublin",
  ("msg", "Alex, since you're bringing in engineers from abroad: we do relocation end to end, flat hunting in Dublin, PPS numbers, bank "
          "accounts, the lot. From €1,800 per hire. Worth a call?"))
P("single_pitch", "en", "Laura Fitzsimons", "Sales Lead | Programmatic Recruitment Advertising", "London",
  ("msg", "Hi Alex, we run programmatic job ad campaigns across Indeed, Glassdoor and Stack Overflow and usually halve cost per applicant. "
          "15 mins next week to show you the numbers?"))
P("single_pitch", "de", "Maximilian Ertl", "Event Manager | DevJobs Days München & Berlin", "München",
  ("msg", "Hallo Alex, wir organisieren Tech-Recruiting-Events in München und Berlin, Messestand ab 2.900 €. Ideal für Firmen in Dublin, "
          "die deutschsprachige Entwickler suchen. Interesse? Ich schicke gern die Mediadaten."))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Emer Kinsella", "Head of Talent | Insurtech | Dublin", "Dublin",
  ("msg", "Alex, as promised at the meetup: our scorecard template for engineering interviews, plus the rubric we hand hiring managers. "
          "Take whatever's useful, it's all in the shared folder."),
  ("end",),
  ("msg", "Also, heads up: the CIPD Ireland pay survey results land Thursday and they're free to download for members this year. "
          "Thought you'd want them before budget season."))
P("connection_brings_value", "en", "Yusuf Adeyemi", "Engineering Manager, Payments | Tallyfern", "Dublin",
  ("msg", "Alex, I've an ex-colleague who'd be a great fit for the staff engineer role, Margaret Cullen. She's not actively looking but "
          "said she's open to a chat. Want me to introduce you both over email?"))
P("connection_brings_value", "en", "Carmen Vidal", "People Partner | LATAM & Europe", "Ciudad de México",
  ("msg", "¡Hola Alex! Te paso la guía que hicimos sobre entrevistas con candidatos de Latinoamérica que llegan con el permiso Critical "
          "Skills (trámites, tiempos, dudas típicas). Es gratis y sin registro, por si te sirve con los perfiles que estás viendo."), nl="es")
P("connection_brings_value", "en", "Liam Corrigan", "Organiser | Dublin Talent Meetup", "Dublin",
  ("end",),
  ("msg", "Hi Alex, Dublin Talent Meetup is back on 3 Oct at the Guinness Enterprise Centre. Free, about 60 people, and an employment "
          "solicitor is talking through the pay transparency rules. Want me to stick your name on the list?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Harriet Quinlan", "Partner, People & Talent Practice | Quinlan Wray Executive Search", "Dublin",
  ("inm", "Director of Talent Acquisition, EMEA – confidential", "Hi Alex, I'm running a retained search for a Director of Talent Acquisition "
          "(EMEA) at a Series D cybersecurity company headquartered in Dublin. Team of 14, reporting to the CPO, base €140-160k plus equity. "
          "The way you've scaled engineering hiring at Tallyfern is very relevant. Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "it", "Lorenzo Vitali", "Chief People Officer | Quillstack", "Milano",
  ("inm", "Head of Talent Acquisition – Milano", "Buongiorno Alex, sono il Chief People Officer di Quillstack, scale-up SaaS milanese "
          "di 180 persone. Cerchiamo un Head of Talent Acquisition con esperienza internazionale: ibrido, due giorni in ufficio, RAL 90-105k. "
          "Assumo direttamente, nessuna agenzia. Ti andrebbe una chiacchierata?"))
P("stranger_inmail_recruiter", "en", "Olumide Bankole", "VP People | Brightcrest Health", "Galway",
  ("inm", "Senior Talent Partner on my team", "Hi Alex, I lead People at Brightcrest Health in Galway and I'm hiring a Senior Talent Partner "
          "to build our engineering pipeline. Permanent, on my team, not via an agency, remote-first with a day a month in Galway. "
          "Would you be interested, or know someone who might be?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Chad Kessler", "SVP Sales | Hirebot.ai", "Austin",
  ("inm", "Tallyfern's 31 open roles", "Hi Alex, Tallyfern's 31 open roles caught my eye. Our AI recruiter agent screens, schedules and sends "
          "rejections 24/7, so your team only talks to the top 10%. Open to a 15-minute call this week?"),
  ("inm", "Re: Tallyfern's 31 open roles", "Alex, circling back on this. I'll assume it's a timing thing. Shall I check in next quarter, "
          "or is someone else on your team the better person to talk to?"))
P("stranger_inmail_sales", "en", "Ivana Petrović", "Account Executive | Clipview async interviews", "Zagreb",
  ("inm", "Phone screens?", "Hi Alex, have you thought about swapping first-round phone screens for async video? Teams your size save "
          "about 8 hours per hire. Can I send you a 2-minute Loom showing how it works?"))
P("stranger_inmail_sales", "es", "Gonzalo Fuentes", "Head of Sales Europe | Contrata LATAM", "Bogotá",
  ("inm", "Desarrolladores en LATAM", "Hola Alex, ¿te has planteado contratar desarrolladores en Latinoamérica como contractors? Nosotros "
          "gestionamos nómina y cumplimiento en 12 países por 499 USD al mes por persona. ¿Te enseño cómo funciona en 20 minutos?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Gráinne Moloney", "Talent Acquisition Consultant | Tech & Life Sciences", "Dublin",
  ("inv", "Hi Alex, we met briefly at the CIPD thing in the Aviva. I'm pulling together a list of free Irish resources on pay transparency "
          "for TA people, happy to share it when it's done if you'd like."),
  ("msg", "Here it is as promised: the list, plus the salary-range wording our solicitor signed off for job ads. Hope it's handy!"),
  ("msg", "Hi Alex, hope the list was useful! Quick one: I've just launched my own RPO consultancy and I'd love to pitch for some of "
          "Tallyfern's engineering hiring. Rates from €3,500 per hire. Could we grab 30 mins next week?"))
P("good_turns_ugly", "en", "Nikhil Bhatt", "Data Scientist | Weekend mentor for career changers", "Dublin",
  ("inv", "Hi Alex, I mentor career-changers into tech for free at weekends. A few of mine are ready for junior roles, so if you ever "
          "have grad openings I can send their GitHubs. No fee, I'm not an agency."),
  ("msg", "As promised, three mentees who've finished their portfolios, all on Stamp 1G. Links below, no strings at all."),
  ("end",),
  ("msg", "Hey Alex, glad the profiles helped! I endorsed you for {skill}, would you mind endorsing me for Machine Learning and Mentoring? "
          "It really helps with visibility."))
P("good_turns_ugly", "en", "Katrin Sommer", "Recruiterin | International Hiring & Relocation", "Hamburg",
  ("inv", "Hallo Alex, ich organisiere ehrenamtlich ein monatliches Online-Treffen für Recruiter, die international einstellen (Visa, "
          "Relocation, Gehaltsbänder). Kostenlos, ohne Verkauf. Haben Sie Lust, dabei zu sein?"),
  ("msg", "Danke, dass Sie dabei waren! Anbei die Folien und unsere Checkliste zu Work Permits in Irland und der Blue Card in Deutschland."),
  ("msg", "Hallo Alex, kurze Info in eigener Sache: Ich biete jetzt auch Relocation-Beratung für Firmen an, 1.500 € pro Kandidat. "
          "Darf ich Ihnen ein Angebot schicken?"), nl="de")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Barry Cunniffe", "Managing Director | Cunniffe Recruitment", "Dublin",
  ("inm", "Java devs available now", "Alex, we've six pre-vetted Java devs available immediately, all with Stamp 4. 18% fee. Want the shortlist?"),
  ("inv", "Hi Alex, fellow Dub in recruitment here, would be great to be connected and swap notes sometime!"))
P("reinvite_known_bad", "it", "Aurora Salvi", "Talent Acquisition Specialist | Consulenza HR", "Roma",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ho seguito il tuo intervento al TA Summit di Londra, davvero interessante! Mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "en", "Desmond Achebe", "Business Development | Lagos QA Hub", "Lagos",
  ("inv", "Hi Alex, we supply remote QA engineers from Lagos at 40% of Irish costs. Can I share our rate card?"),
  ("inv", "Hi Alex, I've moved over to a people-ops role recently and I'm keen to connect with TA folk in Dublin. Hope you're keeping well."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Ger Mulcahy", "Founder | SourceSub – subscription sourcing", "Cork",
  ("inv", "Alex, I help companies cut agency spend with a monthly sourcing subscription. 10 mins?"),
  ("inm", "Wow", "Ignoring people is a choice, Alex. For a so-called people person you've shocking manners. Enjoy paying agency fees."),
  ("inv", "Hi Alex, new year, clean slate? Would be good to connect."))
P("reinvite_known_ugly", "en", "Valentina Greco", "HR Analyst | Diversity & Inclusion", "Bologna",
  ("inm", "Tre domande per la mia ricerca", "Ciao Alex, sto scrivendo un report sulla diversity nei team tech in Irlanda. Posso farti tre "
          "domande veloci? I risultati li condivido con chi partecipa."),
  ("inm", "Grazie!", "Grazie per le risposte! Ti dico anche che lavoro per DiversaHire: la nostra piattaforma di sourcing inclusivo costa "
          "900 € al mese. Ti organizzo una demo con il mio responsabile?"),
  ("inv", "Ciao Alex, mi piacerebbe entrare nella tua rete!"), nl="it")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Hugh Tierney", "Partner | Tierney Employment Law", "Dublin",
  ("acc",),
  ("msg", "Thanks for connecting after the IBEC panel, Alex. With gender pay gap reporting tightening up, we're offering HR teams a "
          "fixed-fee compliance review (€4,500). Would you like me to send over a proposal?"))
P("user_invited_pitch_once", "en", "Sofia Lindgren", "Awards Director | Best Tech Employers Europe", "Stockholm",
  ("acc",),
  ("msg", "Hi Alex, thanks for accepting! As I mentioned at the conference, Tallyfern would be a great fit for our Best Places to Work "
          "for Engineers award. Entry is €1,250 and includes the winner's badge pack. Can I send you the form?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Neil Garvey", "Founder | Sourcify", "Dublin",
  ("acc",),
  ("msg", "Cheers for the add Alex! Sourcify pulls GitHub and Stack Overflow activity into one candidate profile. Want a free 7-day trial? "
          "After that it's €299 a seat a month."),
  ("msg", "Hey Alex, the trial link's still live. Any chance of 20 mins with your sourcers this week to get them set up?"))
P("user_invited_pitch_twice", "es", "Marina Castells", "Directora creativa | Agencia Marcaempleo", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Como te conté en el congreso, hacemos campañas de employer branding para empresas SaaS que "
          "contratan en España. Te preparo una propuesta para la oficina que vais a abrir en Madrid?"),
  ("msg", "Alex, te reenvío la propuesta: campaña de 3 meses con vídeo y redes por 8.000 € + IVA. ¿Cuándo te viene bien revisarla juntos?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Dr. Maeve Lenihan", "Organisational Psychologist | Lecturer, UCD", "Dublin",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. As I said at the panel, our research group has a validated structured-interview question bank "
          "for software roles, free to use. Link below. We'd only ask that you tell us how it goes."))
P("user_invited_value", "en", "Rahul Iyer", "Staff Engineer | Distributed Systems", "Dublin",
  ("acc",),
  ("msg", "Thanks for reaching out Alex. I'm not looking to move myself, but two former teammates of mine are, both strong Go engineers. "
          "Happy to introduce you by email if that's useful."))
P("user_invited_value", "it", "Francesca Bassi", "HR Business Partner | Relocation Italia-Irlanda", "Dublino",
  ("acc",),
  ("msg", "Grazie per il collegamento! Ti giro la checklist che usiamo per chi si trasferisce dall'Italia all'Irlanda: PPS, conto, "
          "medico di base, patente. Gratis, usala pure con i tuoi candidati."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Eoin Fahy", "Engineering Manager | Data Platform", "Dublin", ("acc",))
P("acceptance_only", "en", "Sarah Okonkwo", "Talent Partner | Corrwave Security", "Cork", ("acc",))
P("lone_endorsement", "en", "Dervla McNamara", "People Operations Coordinator", "Limerick", ("end",))
P("lone_endorsement", "es", "Javier Sarmiento", "Desarrollador backend | antiguo candidato", "Sevilla", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Hirebridge ATS", "no-reply@hirebridge.example", "New application: Senior Backend Engineer (source: LinkedIn)",
     "A new candidate applied to Senior Backend Engineer - Dublin.\n\nSource: LinkedIn Jobs\nStage: Application Review\n\nLog in to Hirebridge to review.", "en"),
    ("Yusuf Adeyemi", "yusuf.adeyemi@tallyfern.example", "Re: staff engineer intro",
     "Alex,\n\ncc'ing Margaret here as promised. Margaret, Alex runs our hiring - I sent the LinkedIn message but email's easier.\n\nYusuf", "en"),
    ("Gavin Tully", "gavin@apextech.example", "CV: Senior React Developer (as per my LinkedIn note)",
     "Hi Alex,\n\nfollowing up on LinkedIn, CV attached. Terms: 18% of base salary, 12-week rebate.\n\nGavin", "en"),
    ("Dublin Talent Meetup", "hello@dublintalentmeetup.example", "You're on the list: 3 October",
     "Hi Alex,\n\nyou're registered for the October meetup. Doors 6pm. We'll post photos on LinkedIn afterwards, shout if you'd rather not be in them.", "en"),
    ("Lucía Ferrándiz", "lucia.ferrandiz@correo.example", "CV – Analytics Engineer",
     "Hola Alex:\n\nte escribí también por LinkedIn, pero por si no lo ves te adjunto mi CV. Llego a Dublín el 2 de septiembre.\n\nUn saludo,\nLucía", "es"),
    ("People Ops", "peopleops@tallyfern.example", "Reminder: salary bands in job posts",
     "Hi all,\n\nplease don't publish salary bands on LinkedIn or anywhere else until Legal has approved the new ranges. Thanks!", "en"),
    ("Emer Kinsella", "emer.kinsella@covermint.example", "Fwd: I want to connect",
     "Alex, this lad is hitting every TA lead in Dublin on LinkedIn today, FYI.\n\n---------- Forwarded message ---------\n"
     "From: Jason Whelan via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nWe've just placed five engineers with a SaaS company...", "en"),
    ("JobsPoint Ireland", "billing@jobspoint.example", "Invoice JP-20931",
     "Dear customer,\n\nplease find your invoice attached. Tip: connect your account to LinkedIn to share every listing automatically.", "en"),
    ("Calendar", "calendar@tallyfern.example", "Invitation: Debrief - Platform Engineer (Tomasz W.)",
     "Debrief for the Platform Engineer candidate. Candidate profile: see LinkedIn link in the Hirebridge card.", "en"),
    ("Jana Hoffmeister", "jana.hoffmeister@tum.example.de", "Interview für meine Masterarbeit",
     "Hallo Alex,\n\nich hatte Ihnen über LinkedIn geschrieben. Falls E-Mail lieber ist: Hier ist der Link zur Terminauswahl.\n\nViele Grüße\nJana", "de"),
    ("Career Day Politecnico", "careerday@polimi.example.it", "Career Day: conferma stand",
     "Gentile Alex,\n\nconfermiamo la vostra presenza al Career Day. Vi chiediamo di condividere l'evento anche sulla pagina LinkedIn aziendale.", "it"),
    ("Feria de Empleo Tech", "info@feriaempleotech.example.es", "Tu acreditación",
     "Hola Alex:\n\nadjuntamos tu acreditación. Los candidatos podrán escanear tu código para conectar contigo en LinkedIn.", "es"),
]


# people whose notes belong to the 2020s (pay transparency rules, Stamp 1G, Critical Skills permits, AI screening) keep the current layout
ERAS = {name: "cur" for name in ("Gráinne Moloney", "Nikhil Bhatt", "Bronwyn Castle", "Chad Kessler", "Brendan Hurley", "Hugh Tierney",
                                 "Liam Corrigan", "Carmen Vidal", "Kieran Boyle")}


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-tenth development corpus (dev110). Generated by scripts/make_corpus_dev110.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of talent acquisition at a Dublin SaaS company: candidates, referrals, agencies and their fees, job boards, "
          "HR-tech and employer-branding vendors, peer recruiters, bootcamps, rude rejected candidates. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev110", SEED, PEOPLE, FOREIGN, spoofs=12, other=13, header=HEADER, eras=ERAS)
