#!/usr/bin/env python3
"""Write mailbot's development corpus dev197: tests/corpus/dev197/*.eml + expected.toml.

The angle: two ordinary months of spring 2016 of the user Alex, head teacher of a primary
school in Brighton, all in the 2016 layout. Edtech and playground-equipment sellers,
supply-teacher agencies, teachers applying for posts, other heads sharing inspection tips,
paid "outstanding school" awards, parents connecting, language assistants and exchange
schools writing in French, Spanish, German and Italian, and a former catering supplier who
turns rude after the contract was not renewed.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py; skills, job-alert titles, spoof pitches and the recipient's
headline are swapped for this world in this process only. Every note was written from
shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev197.py              # writes tests/corpus/dev197
    python scripts/make_corpus_dev197.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20160301197

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ spring 2016 (this process only)
_LO, _HI = datetime(2016, 2, 22, 7, tzinfo=timezone.utc), datetime(2016, 3, 28, 7, tzinfo=timezone.utc)


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, int((_HI - _LO).total_seconds())))


mc.Gen.start_date = _start_date

# ------------------------------------------------------------------ primary-school world (this process only)
SKILLS = {
    "en": ["School Leadership", "Primary Education", "Safeguarding", "Curriculum Development", "Teaching", "Staff Development"],
    "de": ["Schulleitung", "Grundschulpädagogik", "Unterrichtsentwicklung", "Kinderschutz"],
    "fr": ["Direction d'école", "Enseignement primaire", "Pédagogie", "Protection de l'enfance"],
    "es": ["Dirección escolar", "Educación primaria", "Desarrollo curricular", "Docencia"],
    "it": ["Dirigenza scolastica", "Scuola primaria", "Didattica", "Tutela dei minori"],
}
RHEADLINE = {"en": "Headteacher at Saltdean Vale Primary School", "de": "Schulleiterin an der Saltdean Vale Primary School",
             "fr": "Directrice de la Saltdean Vale Primary School", "es": "Directora de Saltdean Vale Primary School",
             "it": "Dirigente scolastica presso Saltdean Vale Primary School"}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.JOBS[:] = [("Headteacher", "Hove Park Federation"), ("Executive Headteacher", "South Downs Learning Trust"),
              ("Deputy Headteacher", "Patcham Infant School"), ("School Improvement Adviser", "Brighton & Hove City Council"),
              ("Head of School", "Lewes Primary Academy")]
mc.COMPANIES["good"] = ["Brighton & Hove City Council", "University of Brighton", "Sussex Primary Heads Association", "Patcham Infant School",
                        "South Downs Learning Trust", "British Council"]
mc.COMPANIES["sales"] = ["ClassPulse", "PlayForge Outdoor", "Tutorline Supply", "EduAward Ltd", "SchoolSafe CCTV", "BrightBoard Interactive"]
mc.HEADLINES["good"] = ["Headteacher at {co}", "Deputy Head | {co}", "Year 6 teacher, {co}", "SENCo at {co}", "Education officer, {co}"]
mc.HEADLINES["sales"] = ["Education Account Manager | {co}", "Business Development, Schools | {co}", "Director at {co}",
                         "Consultant, Primary Sector | {co}"]
mc.CITY["en"] = ["Brighton", "Hove", "Worthing", "Lewes", "Crawley", "London", "Eastbourne"]
SPOOF_PITCH = {
    "en": ["Dear {first}, an Ofsted document has been shared with your school. Sign in with your LinkedIn details to open it before Friday.",
           "Hi {first}, your invoice for the school trip deposit is overdue. Review the attached payment link today."],
    "de": ["Hallo {first}, ein Dokument zu Ihrem Schulaustausch wurde freigegeben. Bitte melden Sie sich an, um es zu öffnen.",
           "Sehr geehrte/r {first}, Ihr Konto wurde eingeschränkt. Bestätigen Sie Ihre Daten innerhalb von 24 Stunden."],
    "fr": ["Bonjour {first}, un document concernant l'échange scolaire vous a été partagé. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre compte sera suspendu. Confirmez vos informations ici."],
    "es": ["Hola {first}, te han compartido los papeles del intercambio escolar. Inicia sesión para descargarlos.",
           "Estimado/a {first}, su cuenta ha sido limitada. Verifique sus datos hoy mismo."],
    "it": ["Ciao {first}, ti ho condiviso il programma dello scambio. Accedi per scaricarlo.",
           "Gentile {first}, il suo account è stato sospeso. Confermi i suoi dati entro 24 ore."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("Executive Headteacher at South Downs Learning Trust", "4 new jobs for \"headteacher\""),
           "news": "Will every school be an academy by 2022?", "group": "New in UK Primary Heads Network: preparing for the new KS2 tests",
           "newsletter": "The Primary Leader: spring term edition"},
    "de": {"job": ("Schulleitung (w/m) bei Stadt Freiburg", "3 neue Jobs für „Schulleitung“"), "news": "Wie gelingt Inklusion an Grundschulen?",
           "group": "Neu in Schulleitung im Austausch: Erfahrungen mit Partnerschulen", "newsletter": "Schule leiten – März"},
    "fr": {"job": ("Directeur d'école chez Lycée français de Londres", "3 nouvelles offres pour « directeur d'école »"),
           "news": "Les échanges scolaires en Europe, toujours utiles ?", "group": "Nouveau dans Enseignants FLE : assistants de langue 2016",
           "newsletter": "L'école en réseau – mars"},
    "es": {"job": ("Director de primaria en Colegio Británico de Valencia", "3 nuevos empleos para «director de colegio»"),
           "news": "¿Funcionan los programas bilingües?", "group": "Novedades en Auxiliares de Conversación: destinos 2016",
           "newsletter": "Escuela abierta – marzo"},
    "it": {"job": ("Insegnante di inglese presso Scuola Europea di Varese", "3 nuove offerte per «dirigente scolastico»"),
           "news": "Gemellaggi scolastici: come partire", "group": "Novità in Erasmus+ Scuola: partenariati 2016",
           "newsletter": "Scuola e Europa – marzo"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Rachel Okonkwo", "Headteacher | Moulsecoomb Community Primary", "Brighton",
  ("inv", "Alex, we had our section 5 last week (good, phew). I typed up everything the lead inspector asked about our Y2 phonics data and the governors' minutes. "
          "Happy to send it over before your turn comes, no strings."),
  ("rem",))
P("good_invitation", "en", "Tom Ashdown", "NQT, KS2 | PGCE University of Sussex", "Brighton",
  ("inv", "Dear Ms Morgan, I've just applied for the Year 4 class teacher post advertised on the council site. I did my second placement in Whitehawk "
          "and would love to visit the school before interviews if that's possible?"))
P("good_invitation", "en", "Priya Nandakumar", "Deputy Head & Maths Lead | Hove Junior", "Hove",
  ("inv", "Hi Alex - I'm running a free twilight on bar modelling for Brighton KS2 teachers on 14 April at our place. Your Y5/6 team would be very welcome. "
          "Tea and biscuits provided, no cost to schools."),
  ("rem",))
P("good_invitation", "en", "Camille Rousseau", "Professeure des écoles | École Jules Ferry, Caen", "Caen",
  ("inv", "Bonjour Alex, notre école cherche une école partenaire anglaise pour un échange de lettres entre CM1 et Year 5, puis peut-être une visite. "
          "Votre collègue Mme Okonkwo m'a donné votre nom. Cela vous intéresserait ?"), nl="fr")
P("good_invitation", "en", "Lucía Márquez Ortega", "Auxiliar de conversación | Graduada en Magisterio", "Granada",
  ("inv", "Hola Alex, me han asignado como auxiliar de lengua española para Brighton el curso que viene. Vi que vuestro colegio enseña español en KS2: "
          "si os hace falta una auxiliar, me encantaría ayudar con los más pequeños."), nl="es")
P("good_invitation", "en", "Gareth Pryce", "Headteacher, Findon Valley Primary | Ofsted Inspector (serving practitioner)", "Worthing",
  ("inv", "Alex, I'm putting together a small, informal group of Sussex heads who swap notes after each inspection. No fee, just a shared doc "
          "and a pint once a term. Fancy joining?"))


# =============================================================== default_invitation
P("default_invitation", "en", "Kerry Blackwood", "Parent Governor | Mum of three", "Saltdean", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Darren Fitch", "Director | Fitch Fencing & Gates", "Newhaven", ("inv", DEFAULT))
P("default_invitation", "en", "Sabine Koch", "Lehrerin | Grundschule am Park, Bremen", "Bremen", ("inv", DEFAULT), ("rem",), nl="de")
P("default_invitation", "en", "Marco Bellini", "Insegnante | Scuola primaria", "Verona", ("inv", DEFAULT), nl="it")


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jordan Pike", "Schools Partnerships | ClassPulse", "London",
  ("inv", "Hi Alex! ClassPulse gives heads a live dashboard of attainment across every class, perfect before Ofsted walk in. "
          "Over 300 primaries signed up this year. Could I book 20 mins to show you?"))
P("sales_invitation", "en", "Stacey Moore", "Recruitment Consultant, Primary | Tutorline Supply", "Crawley",
  ("inv", "Morning Alex, I look after supply for primaries along the coast. All our teachers are DBS-checked and we're £20 a day under the big agencies. "
          "Worth a quick chat before the summer term?"),
  ("rem",))
P("sales_invitation", "en", "Neil Harrow", "Sales Director | PlayForge Outdoor Play", "Chichester",
  ("inv", "Hello, we design and install playground trim trails and MUGAs, with sports premium funding covering most of the cost. "
          "Happy to pop in for a free site survey and quote."))
P("sales_invitation", "en", "Amanda Lowe", "Awards Coordinator | National Primary Excellence Awards", "Manchester",
  ("inv", "Congratulations Alex! Saltdean Vale has been shortlisted for an Outstanding School Award 2016. To confirm your place at the ceremony "
          "the entry fee is £395 + VAT, which includes a trophy and logo for your website."))
P("sales_invitation", "en", "Thomas Weber", "Vertrieb Schulen | LernTafel GmbH", "Köln",
  ("inv", "Hallo Alex, wir liefern interaktive Tafeln an Schulen in ganz Europa, jetzt auch in UK. Darf ich Ihnen ein Angebot für Ihre Klassenräume schicken?"),
  nl="de")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Vanessa Croft", "Founder | Heads Together Sussex", "Horsham",
  ("inv", "Hi Alex, I've started a heads' support circle for Sussex primaries - a safe space to talk about the pressure of the job, "
          "monthly and confidential. Would be lovely to have you."),
  ("msg", "Lovely to connect! As mentioned, the circle runs alongside my executive coaching. Heads usually book the 6-session package "
          "(£1,150, can come from CPD budget). Shall I send the booking form?", (4, 12)))
P("bait_and_switch_invitation", "en", "Dr. Simon Aldous", "Education Consultant | Former HMI", "Reading",
  ("inv", "Alex, I spent 12 years as an HMI and now share what I learned. Happy to send you my free checklist on what inspectors look at in the first hour."),
  ("msg", "Here you go, the checklist is attached. Hope it helps.", (2, 6)),
  ("msg", "Hi Alex, following on from the checklist: I run mock inspections for £850 a day including a written report for governors. "
          "I have dates in May. Want me to pencil you in?", (6, 18)))
P("bait_and_switch_invitation", "en", "Hannah Beckett", "Community Manager | TeachShare UK", "Bristol",
  ("inv", "Hey Alex, we're building an online community where primary heads share policies and templates for free. Would you join and maybe upload one or two?"),
  ("msg", "Thanks for joining! Quick heads up: full access to the policy library is now via TeachShare Premium at £29/month per school. "
          "Want me to set up a trial for Saltdean Vale?", (5, 15)),
  ("msg", "Hi again Alex - our spring offer (3 months free with a 12-month plan) ends Friday. Shall I lock it in for you?", (6, 12)))
P("bait_and_switch_invitation", "en", "Matteo Ricci", "Coordinatore | Rete Europea Scuole Gemellate", "Bologna",
  ("inv", "Buongiorno Alex, coordino una rete di scuole primarie europee che vogliono fare gemellaggi. È gratuito aderire, le piacerebbe far parte della rete?"),
  ("msg", "Grazie per il collegamento! Per abbinarla a una scuola italiana serve l'iscrizione al nostro programma viaggi: 240 sterline ad alunno, "
          "volo e hotel inclusi. Le mando il preventivo per una classe?", (5, 14)), nl="it")
P("bait_and_switch_invitation", "en", "Craig Donnelly", "Headteacher (retired) | School Business Adviser", "Eastbourne",
  ("inv", "Alex, fellow head here (well, ex-head). I'd be glad to connect and share how we balanced the budget after the funding cuts."),
  ("msg", "Good to connect Alex. I now work with Redcliffe Energy helping schools cut utility bills - most primaries save £4-6k a year. "
          "Could I have a look at your last two bills?", (3, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Imogen Clarke", "Research Lead | Primary Futures Institute", "London",
  ("inm", "Short survey on headteacher workload", "Dear Alex, we are surveying heads about workload after the new assessment changes. "
          "The 5-minute survey is anonymous and all participants get the full report free. Would you take part?"),
  ("inm", "Your workload report + next steps", "Thanks Alex. Based on your answers, our Wellbeing Audit (£1,200) would help your team. "
          "Can we schedule a call with your business manager this week?", (4, 12)))
P("bait_and_switch_inmail", "en", "Florence Duval", "Chargée de projets | Échanges Jeunesse Europe", "Lille",
  ("inm", "Projet d'échange gratuit", "Bonjour Alex, nous mettons en relation des écoles primaires françaises et anglaises pour des échanges de correspondants, "
          "sans aucun frais. Puis-je vous proposer une école partenaire près de Lille ?"),
  ("inm", "Votre séjour à Lille", "Bonjour Alex, pour finaliser l'échange, nos séjours organisés coûtent 310 € par élève (transport, hébergement, activités). "
          "Je vous envoie le bon de commande ?", (5, 14)), nl="fr")
P("bait_and_switch_inmail", "en", "Ben Whitaker", "Founder | SchoolWell", "Leeds",
  ("inm", "Free staff wellbeing toolkit", "Hi Alex, we've made a free wellbeing toolkit for primary staff rooms - posters, a 10-minute INSET plan and a survey. "
          "Want a copy?"),
  ("inm", "Re: wellbeing toolkit", "Hi Alex, hope the toolkit landed well. Most schools then move to our SchoolWell platform at £3 per pupil per year. "
          "Can I show you a demo?", (4, 10)),
  ("inm", "Last chance: founding-school price", "Alex, our founding-school price ends this month. Let me know a time for the demo.", (5, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Leanne Tully", "Teaching Assistant | Level 3 HLTA", "Peacehaven",
  ("end",), ("end",),
  ("msg", "Hiya Alex, I've endorsed you for {skill} and a couple more! Would you mind endorsing me for Behaviour Management and Phonics? "
          "I'm applying for HLTA roles and it would really help x"))
P("endorse_me_back", "en", "Oliver Grant", "Director | Grant Educational Supplies", "Lewes",
  ("end",),
  ("msg", "Alex, endorsed you for {skill} earlier. Return the favour? I could do with a few endorsements for Educational Resources and Procurement."))
P("endorse_me_back", "en", "Ana Beatriz Ferreira", "Profesora de español | Colegio Cervantes Londres", "London",
  ("end",), ("end",),
  ("msg", "Hola Alex, te he recomendado en {skill}. ¿Me podrías recomendar tú a mí en Enseñanza de idiomas? Estoy actualizando el perfil para buscar trabajo. ¡Gracias!"),
  nl="es")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Wayne Kirby", "Owner | KidzKlub Sports Coaching", "Brighton",
  ("inv", "Alex, we run PE and after-school clubs using your sports premium. Cheaper than Premier Sport. Let me know a time to pop in."),
  ("rem",),
  ("inm", "Seriously?", "Ignored twice. You heads moan about budgets and then won't even look at a cheaper offer. Says it all really.", (4, 12)))
P("hostility_after_decline", "en", "Julie Marsh", "Parent | Marketing Manager", "Saltdean",
  ("inv", DEFAULT),
  ("inm", "Not impressed", "I don't understand why you wouldn't accept a parent's connection request. Other heads are approachable. "
          "Very unwelcoming and frankly unprofessional. I'll raise it with the governors.", (6, 15)))
P("hostility_after_decline", "en", "Klaus Brenner", "Geschäftsführer | Schulmöbel Brenner", "Stuttgart",
  ("inv", "Guten Tag, wir bieten ergonomische Schulmöbel zu Sonderkonditionen für Grundschulen in England. Hätten Sie Interesse an einem Katalog?"),
  ("inm", "Keine Antwort?", "Sehr geehrte Frau Morgan, es ist schon bemerkenswert, wie unhöflich man sein kann. Eine kurze Absage hätte genügt. "
          "So behandelt man keine Geschäftspartner.", (5, 14)), nl="de")


# =============================================================== hostility_connection (the former supplier)
P("hostility_connection", "en", "Gary Pullen", "Managing Director | Pullen School Catering", "Hove",
  ("msg", "Alex, saw the catering contract is going out to tender. We've fed your kids for six years - happy to hold last year's price per meal if you re-sign now."),
  ("msg", "Just heard you've gone with the council's provider. After everything we did for that school. Six years, never missed a lunch, "
          "and not even the courtesy of a call. Shameful way to treat a small local business. Good luck, you'll need it.", (10, 25)))
P("hostility_connection", "en", "Lorraine Sykes", "Account Director | SchoolSafe CCTV", "Crawley",
  ("msg", "Hi Alex, your CCTV maintenance contract with us is up in April - can I send the renewal at the same rate?"),
  ("msg", "Alex, I'd have appreciated being told you weren't renewing rather than hearing it from your caretaker. Frankly it's rude, "
          "and I'll be telling other heads how you operate.", (8, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Ryan Lister", "Senior Consultant | Tutorline Supply", "Crawley",
  ("msg", "Hi Alex, hope spring term's going well! We've got two experienced KS1 supply teachers free from next week - £165/day. Want me to send CVs?"),
  ("msg", "Alex, just checking in - sickness season, any cover needs? We can have someone with you by 8am.", (7, 15)),
  ("msg", "Last one from me: we're offering 5% off all bookings made before Easter. Let me know!", (7, 15)))
P("connection_only_pitches", "en", "Chloe Fairbanks", "Account Manager | BrightBoard Interactive", "Guildford",
  ("msg", "Hello Alex, our new 65\" interactive panels are in stock - we can swap your old projectors over half term. Shall I quote for 8 classrooms?"),
  ("msg", "Hi Alex, following up on the panels. We have finance options spreading the cost over 3 years. When's good to chat?", (8, 18)))
P("connection_only_pitches", "en", "Javier Ruiz", "Director comercial | Viajes Escolares Sol", "Madrid",
  ("msg", "Hola Alex, organizamos viajes escolares a España para colegios británicos, todo incluido. ¿Te mando precios para un grupo de Year 6?"),
  ("msg", "Alex, te recuerdo que las plazas para junio se agotan. Con una señal de 50 £ por alumno os reservo las fechas.", (6, 14)), nl="es")


# =============================================================== single_pitch
P("single_pitch", "en", "Nadia Hussain", "Business Development | FundFinders Education", "Birmingham",
  ("msg", "Alex, did you know most primaries miss out on £10k+ of grants every year? We write the bids for you on a no-win, no-fee basis (15% of the award). Interested?"))
P("single_pitch", "en", "Pete Quinlan", "Photographer | Quinlan School Photos", "Worthing",
  ("msg", "Hi Alex, we're booking autumn school photos now. Free sibling shots and 25% commission back to the PTA. Can I send you our brochure?"))
P("single_pitch", "en", "Sophie Lang", "Area Manager | Little Readers Book Fairs", "Portsmouth",
  ("msg", "Morning Alex! Fancy hosting a book fair this term? Schools earn up to 60% back in free books. I can get a date in the diary today."))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Helen Marsh-Taylor", "Headteacher | Rottingdean Primary", "Rottingdean",
  ("msg", "Alex, the new interim frameworks for KS2 writing have tripped us all up. Our moderator gave us a marked set of exemplars - I've shared them on Dropbox for you."),
  ("msg", "Also: the LA is running free moderation training on the 12th, there were still places yesterday.", (3, 9)))
P("connection_brings_value", "en", "Jürgen Albrecht", "Schulleiter | Grundschule Kleefeld, Hannover", "Hannover",
  ("msg", "Liebe Alex, unsere Partnerschaft steht! Unsere dritten Klassen haben die Briefe an Ihre Year 4 fertig, ich schicke sie per Post. "
          "Und unsere Fremdsprachenassistentin könnte im Juni zwei Wochen bei Ihnen hospitieren, kostenlos."), nl="de")
P("connection_brings_value", "en", "Dev Mistry", "School Business Manager | Varndean Federation", "Brighton",
  ("msg", "Alex, FYI the DfE has opened the condition improvement fund round. Our application from last year got through - happy to send it as a template."))
P("connection_brings_value", "en", "Elena Moretti", "Maestra | Istituto Comprensivo Mazzini, Firenze", "Firenze",
  ("end",),
  ("msg", "Cara Alex, ti mando il link ai video che i nostri bambini hanno registrato per la vostra classe: canzoni in inglese e in italiano! "
          "Se volete rispondere con un video, lo facciamo vedere a tutta la scuola."), nl="it")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Fiona Drummond", "CEO | South Downs Learning Trust", "Lewes",
  ("inm", "Executive Headteacher - South Downs Learning Trust", "Dear Alex, we're appointing an Executive Head for two of our primaries from September. "
          "Your school's results came up in conversation with the LA. Would you be open to an informal, confidential chat about the role?"))
P("stranger_inmail_recruiter", "en", "Adrian Cole", "Education Recruiter | Harper Search (Headship appointments)", "London",
  ("inm", "Headship in West Sussex", "Hi Alex, I'm retained by the governors of a two-form entry primary in Steyning to find their next head. "
          "Salary L18-L24. If you or anyone you know might be interested, I'd be glad to send the pack."))
P("stranger_inmail_recruiter", "en", "Isabelle Fontaine", "Proviseure adjointe | Lycée Français Charles de Gaulle", "London",
  ("inm", "Poste de directeur/directrice - école primaire", "Bonjour Alex, nous recrutons un(e) directeur/directrice bilingue pour notre école primaire "
          "de South Kensington à la rentrée. Votre profil nous semble très pertinent. Seriez-vous disponible pour en discuter ?"), nl="fr")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Kieran Walsh", "Partnerships | EduAward Ltd", "Manchester",
  ("inm", "Saltdean Vale - award nomination", "Alex, your school has been nominated for our Primary School of the Year. To progress to the judging stage "
          "a £295 registration is required. Winners receive a plaque and press release."),
  ("inm", "Nomination closing Friday", "Hi Alex, just a reminder the nomination lapses Friday unless registration is completed.", (4, 9)))
P("stranger_inmail_sales", "en", "Rebecca Stone", "Head of Sales | Tapestry-style learning journals (LearnLog)", "Norwich",
  ("inm", "EYFS observations in half the time", "Hi Alex, LearnLog lets your Reception team log observations on tablets and share them with parents. "
          "Free 30-day trial, then from £1.50 per child. Can I set you up?"))
P("stranger_inmail_sales", "en", "Carlos Jiménez", "Director | Spanish Academy Online", "Valencia",
  ("inm", "Clases de español para su colegio", "Estimada Alex, ofrecemos clases de español por videoconferencia para primaria con profesores nativos. "
          "Desde 25 £ la sesión. ¿Le envío una propuesta?"), nl="es")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Natalie Reeves", "Headteacher | Southwick Primary", "Shoreham",
  ("inv", "Alex, we're both in the same pyramid for moderation - I've got a spreadsheet tracking our Y6 writing against the new interim framework, "
          "happy to share if it saves you a weekend."),
  ("msg", "Spreadsheet attached, let me know if the formulas misbehave.", (2, 7)),
  ("msg", "Hi Alex, a bit cheeky, but I've started doing school improvement consultancy on the side - £450 a day for a pre-Ofsted review. "
          "Could I come and do one for you? Mates' rates available!", (10, 25)))
P("good_turns_ugly", "en", "Stephen Oyelaran", "Assistant Head | Computing Lead", "Crawley",
  ("inv", "Hi Alex, I run a free Scratch coding club network for Sussex primaries - we share lesson plans and do a joint showcase in July. Want in?"),
  ("msg", "Welcome aboard! Here's the shared folder of 12 lesson plans, and the showcase is on 8 July at Crawley library.", (2, 8)),
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill} - could you endorse me for Computing and Leadership? Going for a deputy head job and every bit helps.", (4, 12)))
P("good_turns_ugly", "en", "Maëlle Girard", "Assistante de langue | Diplômée FLE", "Rennes",
  ("inv", "Bonjour Alex, je suis assistante de langue française dans une école de Hove cette année. Je peux venir faire une séance de français gratuite "
          "avec vos Year 3 si vous voulez !"),
  ("msg", "Merci ! Je peux venir le mercredi 16 après-midi. J'apporte des chansons et un jeu de cartes.", (3, 8)),
  ("msg", "Bonjour Alex, à partir du trimestre prochain je propose des cours de français en club après l'école : 6 £ par enfant et par séance, "
          "facturés aux parents via l'école. On signe pour le trimestre ?", (10, 22)), nl="fr")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Lee Henshaw", "Sales Manager | PlayForge Outdoor Play", "Chichester",
  ("inm", "Sports premium deadline", "Hi Alex, schools need to spend the sports premium by July. Our trim trail packages start at £6,800. Site survey this month?"),
  ("inv", "Hi Alex, read your blog post on outdoor learning - really thoughtful. Would be good to connect.", (20, 35)))
P("reinvite_known_bad", "en", "Marta Kowalczyk", "Consultant | Ready Teachers Agency", "London",
  ("inv", DEFAULT),
  ("inv", "Hello Alex, we met briefly at the Brighton heads' conference. Hope you don't mind me connecting!", (20, 35)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Brian Lyle", "Director | Lyle Minibus Hire", "Brighton",
  ("inv", "Alex, we do school minibus hire, cheaper than the council fleet. Let me know when you next need one."),
  ("inm", "Manners", "I see you can't be bothered to reply. Typical of the education sector - all talk about respect and none shown.", (6, 14)),
  ("inv", "Hi Alex, let's put that behind us - I'd still be glad to connect.", (20, 30)))
P("reinvite_known_ugly", "en", "Dr. Pablo Serrano", "Director | Instituto Internacional de Bilingüismo", "Madrid",
  ("inm", "Colaboración bilingüe", "Estimada Alex, estudiamos escuelas británicas que enseñan español en primaria. ¿Podría responder a unas preguntas? "
          "Le enviaremos gratis nuestro informe."),
  ("inm", "Certificación bilingüe", "Estimada Alex, gracias por su interés. Para obtener el sello 'Colegio Bilingüe Certificado' la cuota es de 1.900 €. "
          "Le adjunto la factura proforma.", (5, 12)),
  ("inv", "Hola Alex, me gustaría añadirla a mi red. Un saludo.", (15, 30)), nl="es")


# =============================================================== user_invited_pitch_once / twice / value
P("user_invited_pitch_once", "en", "Jade Whitmore", "Regional Manager | Kids Camp Holiday Clubs", "Brighton",
  ("acc",),
  ("msg", "Thanks for the add, Alex! We'd love to run our Easter holiday camp on your site - we pay a hire fee and your families get 10% off. Can I send details?"))
P("user_invited_pitch_once", "en", "Owen Parry", "Sales Lead | ClassPulse", "London",
  ("acc",),
  ("msg", "Great to connect after the BETT show, Alex. As promised, I can set up a free 60-day pilot of ClassPulse; after that it's £2.10 per pupil. Shall I?"))
P("user_invited_pitch_twice", "en", "Gemma Hollis", "Director | Coastline Cover Teachers", "Brighton",
  ("acc",),
  ("msg", "Thanks for connecting Alex. We can offer a guaranteed daily supply teacher for long-term sickness cover at £175/day. Can I pop in next week?"),
  ("msg", "Hi Alex, just a nudge on the cover offer - we've a lovely Y2 teacher available from 11 April.", (6, 14)))
P("user_invited_pitch_twice", "en", "Hugo Lefèvre", "Responsable commercial | Séjours Scolaires Côte d'Opale", "Boulogne-sur-Mer",
  ("acc",),
  ("msg", "Merci d'avoir accepté ! Comme évoqué au salon, nous organisons des séjours de 3 jours à Boulogne pour les Year 6. Je vous envoie un devis ?"),
  ("msg", "Bonjour Alex, il nous reste deux dates en juin. Souhaitez-vous que je bloque l'une d'elles avec un acompte ?", (5, 12)), nl="fr")
P("user_invited_value", "en", "Ruth Abernethy", "Primary Adviser | Brighton & Hove City Council", "Brighton",
  ("acc",),
  ("msg", "Thanks Alex. As discussed, here is the link to the LA's new assessment guidance and the dates of the free heads' briefings."))
P("user_invited_value", "en", "Francesca Galli", "Insegnante di inglese | Scuola Primaria Don Milani, Bologna", "Bologna",
  ("acc",),
  ("msg", "Ciao Alex! Grazie per l'invito. Ti mando il progetto eTwinning che abbiamo preparato: se ti va, possiamo iniziare a maggio con le classi quarte."),
  nl="it")
P("user_invited_value", "en", "Dr. Joanna Pell", "Senior Lecturer, Primary ITE | University of Brighton", "Brighton",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting. We're placing PGCE trainees in May and would love Saltdean Vale as a partner school - "
          "trainees come with a bursary for the mentor's release time. Interested?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Mark Denholm", "Chair of Governors | Saltdean Vale Primary", "Saltdean", ("acc",))
P("acceptance_only", "en", "Irene Schultz", "Schulleiterin | Grundschule Kleefeld", "Hannover", ("acc",))
P("lone_endorsement", "en", "Poppy Evans", "Year 1 Teacher | Saltdean Vale Primary", "Brighton", ("end",))
P("lone_endorsement", "en", "Diego Navarro", "Maestro | CEIP Los Olivos", "Sevilla", ("end",))


# =============================================================== more of the angle
P("good_invitation", "en", "Greta Hoffmann", "Fremdsprachenassistentin (PAD) | Lehramtsstudentin", "Leipzig",
  ("inv", "Hallo Alex, ich komme im September als Deutsch-Assistentin nach Brighton und darf mir die Schule aussuchen. Hätten Sie Interesse, "
          "dass ich ein paar Stunden pro Woche an Ihrer Schule mithelfe?"), nl="de")
P("sales_invitation", "en", "Craig Barton-Hale", "Managing Director | Prestige Schools Awards", "London",
  ("inv", "Alex - Saltdean Vale is eligible for our 'Outstanding Primary 2016' accreditation. Packages from £650 include a certificate, banner and PR kit. Shall I send details?"),
  ("rem",))
P("connection_only_pitches", "en", "Bethany Royle", "Account Manager | SafeGuard Training Online", "Southampton",
  ("msg", "Hi Alex, is your whole staff up to date on Level 1 safeguarding? Our online course is £9 per person, certificate included."),
  ("msg", "Alex, we've also launched Prevent duty training - bundle both for £14 per person. Want a quote for your team?", (6, 14)))
P("default_invitation", "en", "Shane O'Rourke", "Caretaker | Site Manager", "Brighton", ("inv", DEFAULT))
P("hostility_after_decline", "en", "Luca Ferri", "Agente | Gite Scolastiche Italia", "Milano",
  ("inv", "Buongiorno, organizziamo gite scolastiche in Italia per scuole inglesi. Posso mandarle il nostro catalogo 2016?"),
  ("inm", "Nessuna risposta", "Gentile Alex, mi sembra davvero scortese ignorare una richiesta di contatto. Un minimo di educazione non guasterebbe.", (6, 14)), nl="it")
P("connection_brings_value", "en", "Ayesha Rahman", "SENCo | Bevendean Primary", "Brighton",
  ("msg", "Alex, our speech and language therapist is running free drop-in sessions for Brighton SENCos on Thursdays after school. Your SENCo would be welcome."))
P("endorse_me_back", "en", "Carl Mitchell", "Director | Mitchell Minibus Training", "Hastings",
  ("end",),
  ("msg", "Morning Alex. Endorsed you for {skill}. Could you do me for Driver Training and Road Safety? Cheers."))
P("user_invited_value", "en", "Nuria Vidal", "Directora | CEIP Mediterrani, Barcelona", "Barcelona",
  ("acc",),
  ("msg", "Hola Alex, ¡gracias por aceptar! Te mando el calendario del intercambio de cartas: nuestros alumnos de 5º enviarán las suyas el 20 de abril. "
          "Si queréis, hacemos una videollamada entre las dos clases."), nl="es")
P("stranger_inmail_recruiter", "en", "Martin Ekwueme", "Head of HR | Kingsmead Academy Trust", "Crawley",
  ("inm", "Deputy CEO (Primary) - Kingsmead Academy Trust", "Hello Alex, we're looking for a Deputy CEO with a primary background to lead school improvement across our 7 schools. "
          "Salary circa £85k. Would you like the recruitment pack?"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Ruth Abernethy", "ruth.abernethy@brighton-hove.example.gov.uk", "Heads' briefing - spring term",
     "Dear colleagues,\n\nThe spring heads' briefing is on 17 March at Hove Town Hall. Slides will be shared on the LA portal, not on LinkedIn.\n\nRuth", "en"),
    ("Saltdean Vale PTA", "pta@saltdeanvale.example.org.uk", "Easter raffle",
     "Hi Alex,\n\nThe raffle prizes are in! We've posted about it on Facebook and LinkedIn to get local businesses to donate.\n\nPTA team", "en"),
    ("Tutorline Supply", "bookings@tutorline.example.co.uk", "Your supply booking confirmation",
     "Dear Alex Morgan,\n\nBooking confirmed: KS1 teacher, 14-18 March. Follow us on LinkedIn for vacancies.", "en"),
    ("Camille Rousseau", "c.rousseau@ecole-julesferry.example.fr", "Échange de lettres",
     "Bonjour Alex,\n\nJe vous ai envoyé une invitation sur LinkedIn, mais voici aussi mon adresse mail. Nos élèves sont impatients !\n\nCamille", "fr"),
    ("Gary Pullen", "gary@pullencatering.example.co.uk", "Final invoice",
     "Alex,\n\nPlease find attached our final invoice for the spring term meals.\n\nGary Pullen", "en"),
    ("Grundschule Kleefeld", "sekretariat@gs-kleefeld.example.de", "Partnerschaft Brighton – Hannover",
     "Liebe Frau Morgan,\n\nanbei der unterschriebene Partnerschaftsvertrag. Herr Albrecht hat Ihnen auch über LinkedIn geschrieben.\n\nMit freundlichen Grüßen", "de"),
    ("British Council Schools", "schools@britishcouncil.example.org", "Language assistants 2016-17: your request",
     "Dear Headteacher,\n\nYour request for a Spanish language assistant has been received. Assistants may contact schools directly, including via LinkedIn.", "en"),
    ("Scuola Don Milani", "segreteria@donmilani.example.it", "Progetto eTwinning",
     "Gentile Dirigente,\n\nle confermiamo la registrazione del partenariato. La maestra Galli le ha scritto anche su LinkedIn.\n\nCordiali saluti", "it"),
]

# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _st in _s[6]:
        if _st[0] == "inv" and _st[1] != DEFAULT:
            assert len(_st[1]) <= 300, (_s[2], len(_st[1]))
assert len({s[2] for s in PEOPLE}) == len(PEOPLE)

ERAS = {s[2]: "2016" for s in PEOPLE}
HEADER = [f"# mailbot development corpus dev197. Generated by scripts/make_corpus_dev197.py (seed {SEED}); do not edit by hand.",
          "# Alex as a Brighton primary head teacher, spring 2016, 2016 layout: edtech, playground and supply-agency sellers, applicants, "
          "peer heads, paid awards, parents, exchange schools, a rude former supplier. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev197", SEED, PEOPLE, FOREIGN, spoofs=10, other=14, header=HEADER, eras=ERAS)
