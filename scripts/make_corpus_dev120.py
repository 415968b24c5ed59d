#!/usr/bin/env python3
"""Write mailbot's hundred-and-twentieth, independent development corpus: tests/corpus/dev120/*.eml + expected.toml.

The angle: the user Alex is the headteacher of a state secondary school in Manchester. Their
LinkedIn world: ed-tech and MIS vendors, supply-teacher agencies, trainers and consultants
selling CPD, INSET days and mock inspections, catering, uniform, minibus, CCTV and solar
suppliers, teachers applying for advertised posts, parents (some of them angry) and governors,
charities and maths hubs offering funded programmes, universities recruiting schools for
research or PGCE placements, journalists asking for comment, peer heads asking for advice,
headhunters and multi-academy trusts with real roles, awards that turn out to cost a gala
table, and French and Spanish language assistants writing in their own language. The register
is British: polite, indirect, sometimes passive-aggressive.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The recipient's headline, the endorsement skills, the job-alert
titles, the spoof-only names and headlines, the PYMK suggestions and the pitches that spoofs
carry are swapped for a school world in this process only (make_corpus.py itself is not
changed). LinkedIn's own wording is English throughout (a user in Manchester); a few people
write in French or Spanish under it. Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev120.py              # writes tests/corpus/dev120
    python scripts/make_corpus_dev120.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260120

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ school world (this process only)
mc.LANGS[:] = ["en"] * 5          # the user's LinkedIn is set to English: other mail and spoofs too
RHEADLINE = "Headteacher at Brackley Moss High School"
SKILLS = {
    "en": ["School Leadership", "Safeguarding", "Curriculum Development", "Educational Leadership", "Teaching", "Staff Development"],
    "fr": ["Direction d'établissement", "Enseignement", "Pédagogie"],
    "es": ["Liderazgo educativo", "Docencia", "Gestión de centros educativos"],
    "de": ["Schulleitung", "Pädagogik", "Unterricht"],
    "it": ["Dirigenza scolastica", "Didattica", "Insegnamento"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE
mc.CITY["en"] = ["Manchester", "Salford", "Stockport", "Oldham", "Bolton", "Trafford"]
mc.NAMES["en"] = (["Shannon", "Lee", "Kirsty", "Jamie", "Nadia", "Craig", "Tanya", "Adam", "Jodie", "Stuart", "Hollie", "Bilal"],
                  ["Entwistle", "Kershaw", "Ramsbottom", "Haworth", "Ormerod", "Pilkington", "Greenhalgh", "Schofield", "Duckworth", "Hussain"])
mc.JOBS[:] = [("Headteacher", "Pennine Learning Trust"), ("Executive Headteacher", "Irwell Valley Academies"),
              ("Deputy Headteacher (Curriculum)", "St Wilfrid's RC High School"), ("Director of Education", "Mersey Valley Learning Trust"),
              ("Head of School – Secondary", "Tameside Schools Partnership")]
mc.COMPANIES["good"] = ["Manchester City Council", "University of Salford", "Manchester Metropolitan University", "Pennine Learning Trust",
                        "Stockport Grammar Partnership", "North West Maths Hub", "Irwell Valley Academies"]
mc.COMPANIES["sales"] = ["EduTrack MIS", "Prime Supply Education", "ClassPulse", "SafeNet Filtering", "FreshPlate School Meals",
                         "BrightBoard Interactive", "Stitch & Crest Uniforms", "Apex Solar Schools"]
mc.HEADLINES["good"] = ["Headteacher at {co}", "Deputy Headteacher | {co}", "School Improvement Adviser, {co}", "Head of English at {co}",
                        "Trust CEO | {co}", "Lecturer in Education, {co}", "SENCo at {co}"]
mc.HEADLINES["sales"] = ["Account Manager – Secondary Schools | {co}", "Business Development Manager at {co}", "Education Sales Lead @ {co}",
                         "Helping schools save time and money | {co}", "Regional Director, Schools | {co}"]
retitle_other({
    "en": {"job": ("{n} new jobs for \"headteacher\"", "Your job alert for headteacher in {city}"),
           "news": "Are four-day timetables coming to secondary schools?",
           "group": "Top conversations in UK Secondary School Leaders",
           "newsletter": "The Staffroom Brief: what the new report cards mean for you"},
})
SPOOF_PITCH = {
    "en": ["Dear Alex, your draft inspection report has been uploaded to the secure portal. Please sign in within 48 hours to check it for factual accuracy.",
           "Hi Alex, invoice 88412 for supply cover in the autumn term is overdue. View and settle it here to avoid a late fee."],
    "fr": ["Bonjour Alex, votre attestation de stage est disponible. Connectez-vous pour la télécharger et la signer.",
           "Bonjour, je vous ai envoyé mes documents d'assistante via un partage sécurisé, merci de vous connecter pour les ouvrir."],
    "es": ["Hola Alex, te he compartido mi contrato de auxiliar de conversación. Inicia sesión para verlo y firmarlo.",
           "Estimado/a Alex, tiene una factura pendiente de su viaje escolar. Acceda aquí para abonarla."],
    "de": ["Hallo Alex, Ihr Prüfbericht liegt im sicheren Portal bereit. Bitte melden Sie sich an."],
    "it": ["Gentile Alex, il suo documento è disponibile nel portale sicuro. Acceda per scaricarlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Niamh Corrigan", "Senior Lecturer in Education, University of Salford", "Salford",
  ("inv", "Hi Alex, we're recruiting 12 Greater Manchester secondaries for a funded study on Year 7 reading catch-up. Schools get free training "
          "for two TAs and £1,500 towards cover. Ethics approved and no cost to you. Would you be open to a short chat with our team?"),
  ("rem",))
P("good_invitation", "en", "Farah Qureshi", "Education Correspondent | Manchester Evening Post", "Manchester",
  ("inv", "Hello Alex, I'm writing a piece on how Manchester schools are coping with mid-year arrivals who speak little English. "
          "Your name came up at the heads' forum. Would you be willing to speak to me, on or off the record? I'm happy to fit round the school day."))
P("good_invitation", "en", "Graham Pennington", "Chair of Governors, St Anselm's CE Primary | Retired auditor", "Manchester",
  ("inv", "Alex, I chair the governors at St Anselm's, one of your feeder primaries. We're holding a joint transition evening for Year 6 parents "
          "in June and it would mean a great deal if you could say a few words. Tea and biscuits on us!"))
P("good_invitation", "en", "Chloé Marchand", "Assistante de langue française | British Council", "Manchester",
  ("inv", "Bonjour Alex, je suis l'assistante de français qui arrive dans votre lycée en septembre. Je voulais me présenter et vous demander "
          "si je peux lancer un petit club de conversation le midi pour les élèves de GCSE. Merci beaucoup et à bientôt !"),
  ("rem",), nl="fr")
P("good_invitation", "en", "Owen Rhys-Davies", "Head of Mathematics at Moorside Academy", "Oldham",
  ("inv", "Hi Alex, I've seen the Assistant Head (Curriculum) post on TES and intend to apply. Would it be possible to visit beforehand and see "
          "the school in action? I've led maths at Moorside for four years and would value hearing how you see the role developing."))
P("good_invitation", "en", "Helen Ashcroft", "Headteacher | Hazel Grove Community High", "Stockport",
  ("inv", "Alex - we've not met, but Priya at the LA tells me you turned Year 9 attendance round after lockdown. We're stuck with the same "
          "cohort problem. Could I pick your brains for twenty minutes some time? I'll gladly share our behaviour curriculum in return."))
P("good_invitation", "en", "Sam Okonkwo", "Programme Manager | Forward Futures Foundation (registered charity)", "Manchester",
  ("inv", "Dear Alex, our charity pairs Year 10 pupils with volunteer mentors from Manchester's tech firms for a year. It's fully funded by our "
          "donors, so there's nothing for schools to pay. We have room for two more schools from January. May I send you the details?"))
P("good_invitation", "en", "Bernadette Kiely", "Secondary Lead, North West Maths Hub", "Bolton",
  ("inv", "Hi Alex, the Hub has funded places on next year's Teaching for Mastery programme for secondaries, with supply cover paid from the grant. "
          "Two of your maths team came to our taster day and loved it. Shall I send the sign-up info to you directly?"),
  ("rem",))
P("good_invitation", "en", "Tom Feeney", "Secondary PGCE Partnership Lead | Manchester Metropolitan University", "Manchester",
  ("inv", "Hi Alex, I coordinate secondary PGCE placements. We'd love Brackley Moss to become a partner school for science and MFL trainees: "
          "mentors get free training and the school receives a placement payment. Could we connect and find a time to speak with your ITT lead?"))
P("good_invitation", "en", "Jordan Ellis", "Structural Engineer | Halcrow Tate | Brackley Moss alumnus", "Manchester",
  ("inv", "Hi Alex, I left Brackley Moss in 2014 and I'm now a structural engineer. Mr Hussain in DT said you're keen on getting old pupils back in. "
          "I'd be chuffed to talk to Year 10 about engineering apprenticeships and degrees, no charge of course."))


# =============================================================== default_invitation
P("default_invitation", "en", "Kieran Walsh", "Supply Teacher | PE & School Sport", "Bolton", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Lorraine Heap", "Business Development | Education Recruitment", "Warrington", ("inv", NONOTE))
P("default_invitation", "en", "Dean Tattersall", "Director at Tattersall Facilities Ltd", "Rochdale", ("inv", DEFAULT))
P("default_invitation", "en", "Margaret Oyelaran", "Parent Governor, Brackley Moss High School | Pharmacist", "Manchester", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jack Fairclough", "Account Manager – Secondary Schools | EduTrack MIS", "Leeds",
  ("inv", "Hi Alex, loads of Greater Manchester secondaries are switching MIS before the summer. EduTrack migrates your data free and cuts office "
          "admin by a third. Have you got 15 minutes next week for a walk-through? I'll bring pricing for a school of your size."))
P("sales_invitation", "en", "Stacey Brennan", "Branch Manager | Prime Supply Education", "Manchester",
  ("inv", "Morning Alex! We've just opened a Manchester branch with vetted cover supervisors and QTS teachers available from tomorrow. Day rates "
          "from £165 and no temp-to-perm fee after 12 weeks. Could I pop in with our rate card this week?"))
P("sales_invitation", "en", "Rupert Hallam", "Founder | Inspire Leadership CPD", "Harrogate",
  ("inv", "Dear Alex, our INSET day 'Resilient Classrooms' has been delivered to 140 schools this year. Two autumn dates remain and we're offering "
          "15% off if booked before half-term. Would a short call with your CPD lead be worthwhile?"))
P("sales_invitation", "en", "Daniela Ruiz", "Directora comercial | Sol y Idioma Viajes Escolares", "Salamanca",
  ("inv", "Hola Alex, organizamos viajes de inmersión a Salamanca para alumnos de GCSE: familias de acogida, clases y excursiones, todo incluido "
          "desde 689 £ por alumno. ¿Le puedo enviar un presupuesto para su departamento de idiomas?"), nl="es")
P("sales_invitation", "en", "Nathan Greaves", "Senior Consultant | SafeNet Filtering for Schools", "Preston",
  ("inv", "Alex, quick question: after the latest KCSIE update, is your web filtering actually compliant? We're doing free filtering checks for "
          "Manchester secondaries this term, with a quote if we find gaps. 20 mins on Teams?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Gareth Bamford", "Founder, Northern Heads Network", "Bury",
  ("inv", "Alex, I run an informal group of about 40 secondary heads across the North West, swapping notes on inspections, budgets and staffing. "
          "No agenda, just heads helping heads. Fancy joining? Connect and I'll add you."),
  ("msg", "Good to have you with us, Alex. While I've got you: alongside the network I run Bamford Leadership Coaching, and quite a few of the heads "
          "see me one-to-one at £350 a session. I've two slots free in March - shall I pencil you in?", (3, 10)),
  ("msg", "Hi Alex, circling back on the coaching. I can do the network rate of £1,200 for a block of four if you confirm by Friday. Let me know."))
P("bait_and_switch_invitation", "en", "Priyanka Desai", "Former Deputy Head | Passionate about staff wellbeing", "Altrincham",
  ("inv", "Hi Alex, as an ex-deputy I know how lonely the top job can get. I've pulled together a free wellbeing toolkit for school leaders "
          "and I'm happy to send you a copy, no strings attached. Would love to connect."),
  ("msg", "Thanks for connecting Alex! Here's the toolkit I promised. I should say it's built around ClassPulse, the staff wellbeing platform I now "
          "work for - schools your size pay £2.40 per staff member per month. Could I book you in for a 20-minute demo?"))
P("bait_and_switch_invitation", "en", "Martin Crossley", "Deputy Headteacher | Curriculum & Assessment", "Wigan",
  ("inv", "Hello Alex, fellow school leader over in Wigan. I've been asked to overhaul our KS4 options process and I'd be grateful to hear how you "
          "run yours. Would you be open to comparing notes?"),
  ("msg", "Cheers for accepting, Alex. In the interests of transparency, I've recently gone part-time as a consultant for OptionsPlanner, which "
          "automates the whole options process from preference forms to blocking. It would save your timetabler weeks. Could I show you it before Easter?"),
  ("msg", "Morning Alex, I know how busy spring term is. OptionsPlanner is £1,450 a year for a school your size, with setup free if you sign "
          "before 31 March. Would Thursday after school suit for a quick demo?"))
P("bait_and_switch_invitation", "en", "Joanne Whitworth", "Bringing Manchester's school leaders together", "Manchester",
  ("inv", "Hi Alex, I'm starting a free, informal breakfast series for women and allies in Manchester school leadership - good coffee, honest "
          "conversation, no sponsors. It would be lovely to have you along. Connect and I'll send the dates!"),
  ("msg", "Lovely to connect, Alex! Before the first breakfast, I wanted to mention that by day I'm an independent financial adviser and I help "
          "heads make the most of their Teachers' Pension and lump sum. I offer a full retirement plan for a fixed fee of £750. Shall we book a call?"))
P("bait_and_switch_invitation", "en", "Callum Dewhurst", "Governor | Chartered Accountant", "Rochdale",
  ("inv", "Alex, I'm a governor at a standalone academy in Rochdale and we're weighing up whether to join a MAT. I'd really value an honest view "
          "from a serving head. Would you be up for a brief chat at some point?"),
  ("msg", "Thanks for connecting. I should mention that I also lead the schools team at Dewhurst & Lowe, and we handle trust mergers and academy "
          "conversions on a fixed fee from £6,500. If Brackley Moss is considering its options, shall I send our brochure?", (4, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Vanessa Lloyd", "Awards Director | National Education Excellence Awards", "London",
  ("inm", "Congratulations - you've been shortlisted", "Dear Alex, I'm delighted to tell you that Brackley Moss High School has been shortlisted for "
          "Inclusive Secondary School of the Year. The judges were struck by your work with newly arrived families. Well done to you and your team!"),
  ("inm", "Confirming your finalist place", "Dear Alex, to confirm your place as a finalist, shortlisted schools are asked to reserve a table at the "
          "awards gala in Birmingham (tables of ten from £2,950 + VAT). Individual seats are not available. Please return the booking form by the 14th.", (4, 12)))
P("bait_and_switch_inmail", "en", "Dr Lewis Garside", "Research Lead | EdInsight Analytics", "Sheffield",
  ("inm", "Headteacher workload study - 10 minutes", "Hello Alex, we're running an independent study of headteachers' administrative workload across "
          "the North. The survey takes about ten minutes and every participating school receives the full findings free of charge. Would you take part?"),
  ("inm", "Your workload benchmark", "Hi Alex, thank you for taking part. Your school sits in the bottom quartile for admin time, which is exactly "
          "what our AI office assistant addresses. Licences start at £4,800 a year. Could I set up a call with our schools team next week?"))
P("bait_and_switch_inmail", "en", "Rachel Dunmore", "Schools Engagement | The Careers Collective", "Leeds",
  ("inm", "Free careers fair for your Year 11s", "Hi Alex, we're bringing 60 employers, colleges and apprenticeship providers to Manchester Central "
          "in March and we'd love your Year 11s to come. It's designed around the Gatsby benchmarks. Can I reserve a slot for Brackley Moss?"),
  ("inm", "Your school's place at the fair", "Hi Alex, great news, we've pencilled you in. To secure the booking there's a school participation "
          "package of £495 + VAT, which covers your pupils' entry and a branded stand for your sixth-form partner. Invoice to follow - could you confirm the PO number?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Tariq Mahmood", "Assistant Headteacher | Aspiring Head", "Oldham",
  ("end",), ("end",),
  ("msg", "Hi Alex, hope the term's treating you kindly. I've endorsed you for {skill} and a couple of others, all well deserved! Would you mind "
          "doing the same for me for Curriculum Development and Leadership? I'm going for headship interviews and every bit helps. Cheers!"))
P("endorse_me_back", "en", "Denise Holroyd", "Independent SEND Consultant", "Huddersfield",
  ("end",),
  ("msg", "Alex, I realised I'd never endorsed you, so I've added {skill} - hope that's all right. If you get a spare minute I'd be ever so "
          "grateful if you'd endorse me for SEND and Safeguarding in return. I'm rebuilding my profile since going freelance."))
P("endorse_me_back", "en", "Lucía Fernández", "Auxiliar de conversación de español | Brackley Moss High School", "Manchester",
  ("end",), ("end",),
  ("msg", "¡Hola Alex! Te he validado un par de aptitudes, que te lo mereces 😊 ¿Me harías el favor de validarme tú «Enseñanza de idiomas» "
          "y «Español»? Estoy buscando trabajo para el curso que viene y me vendría genial. ¡Mil gracias!"), nl="es")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Carl Birtwistle", "Managing Director | Birtwistle Coach & Minibus Hire", "Bolton",
  ("inv", "Alex, we supply minibuses and drivers to schools across Greater Manchester on flexible contracts. Can I send you a quote for next "
          "year's trips and fixtures?"),
  ("rem",),
  ("inm", "Courtesy", "Alex, I've sent a request and a reminder and not had the courtesy of a reply. Your business manager was happy to take our "
          "quote last year and then go with someone cheaper. Frankly it's no way to treat a local firm, and I'll be saying as much to the other heads I deal with."))
P("hostility_after_decline", "en", "Mark Lomax", "Parent | Operations Manager", "Manchester",
  ("inv", "Hello, I'm the father of a Year 9 pupil at Brackley Moss and I'd like to discuss the detention policy with you directly rather than "
          "through the office."),
  ("inm", "Ignored again", "So ignoring parents is school policy now as well. I asked politely to connect and got nothing back. You people wonder why "
          "parents lose faith. Arrogant doesn't begin to cover it. I'll be taking this to the governors and to Ofsted, see if they can get a reply out of you."))
P("hostility_after_decline", "en", "Bethany Crook", "English Teacher | QTS 2021", "Stockport",
  ("inv", "Hi Alex, I interviewed for the English post on Tuesday and really enjoyed meeting the department. I'd like to stay in touch whatever "
          "the outcome. Thank you for the tour!"),
  ("inm", "Just so you know", "I see you haven't accepted my request. I'd have thought a headteacher could manage basic manners. I lost a day's pay "
          "to come to that interview and got a two-line rejection by email. Very poor show. Good luck finding someone to put up with your SLT."))
P("hostility_after_decline", "en", "Felicity Armitage", "Behaviour Specialist | Keynote Speaker | Author", "Chester",
  ("inv", "Alex, I deliver whole-staff behaviour training that one inspector called 'transformational'. May I send you my brochure and autumn availability?"),
  ("inm", "A gentle observation", "Dear Alex, I do find it rather telling when a headteacher cannot spare ten seconds to accept a connection from "
          "someone trying to help their staff. Perhaps it says something about the culture at Brackley Moss. I do hope your pupils are better served "
          "than your inbox. Kind regards, Felicity"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Gary Nuttall", "Director | Nuttall Supply Partners", "Salford",
  ("msg", "Alex, hope all's well your end. I've got a cracking, very experienced chemistry teacher free for long-term cover from after half term. "
          "£210 a day and she can start Monday. Shall I send her CV over?"),
  ("msg", "Well, that's charming. Eight years we've supplied your school and the minute a new head arrives we're dropped for some national outfit. "
          "Don't come crying to me in February when you've three staff off and nobody picks up the phone. Unbelievable.", (4, 14)))
P("hostility_connection", "en", "Andrea Clegg", "Sales Director | BrightBoard Interactive Displays", "Warrington",
  ("acc",),
  ("msg", "Thanks for connecting at the Bett stand, Alex! As discussed, I can do twelve 75-inch panels at £1,890 each, installed over the Easter "
          "holidays, with the old projectors taken away free. Shall I send the order form?"),
  ("msg", "Alex, I've chased four times now. I appreciate heads are busy, but stringing a supplier along for six weeks and then telling me by "
          "email that you've 'gone another way' is unprofessional, frankly. I expected a lot better from you.", (20, 45)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Rebecca Thorne", "Education Consultant | Inspection Readiness", "Knutsford",
  ("msg", "Morning Alex, with the new report cards landing, I'm running mock deep dives for secondaries at £895 a day, written feedback included. "
          "Would you like me to hold a date in the summer term?"),
  ("msg", "Hi again Alex, just a nudge on the mock deep dives. I've only three dates left before July and they tend to go quickly."),
  ("msg", "Alex, last one from me on this! I can now bundle two days plus a governor briefing for £1,950. Happy to send an outline if it helps."))
P("connection_only_pitches", "en", "Wayne Hesketh", "Contracts Manager | FreshPlate School Meals", "Blackburn",
  ("msg", "Hi Alex, your catering contract is up for renewal next year, I believe. FreshPlate could cut your meal cost by around 18p a head and "
          "we'd run free tasting sessions for parents. Any chance of a chat with your business manager?"),
  ("msg", "Alex, following up on my note about catering. We've just won the contract at two schools in Trafford, so I can offer very sharp "
          "pricing. Free for a quick call on Wednesday?"))
P("connection_only_pitches", "en", "Yusuf Khan", "Partner | Apex Solar Schools", "Leeds",
  ("msg", "Hello Alex, we fit solar panels on school roofs at zero upfront cost under a 20-year power purchase agreement. A roof like yours "
          "could save around £14k a year. Could I arrange a free site survey?"),
  ("msg", "Hi Alex, a quick update: government match funding for school solar closes in June, so it's worth moving now. Shall I get the survey booked in?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Lindsay McAllister", "Uniform Account Manager | Stitch & Crest", "Trafford",
  ("msg", "Hi Alex, hope the new term's off to a good start. We've just taken over uniform supply for three schools in Trafford, with lower "
          "prices for families and free embroidery on blazers. Would you be open to a conversation before your contract comes up?"))
P("single_pitch", "en", "Aaron Sheldrake", "Founder | RevisionRocket", "Manchester",
  ("msg", "Alex! Quick one. RevisionRocket is a GCSE revision app that adapts to each pupil's weak spots. A whole-school licence for Years 10 and 11 "
          "is £3 a pupil this year. Can I get 15 minutes in your diary to show you?"))
P("single_pitch", "en", "Harriet Bowden", "Fundraising Consultant for Schools", "Macclesfield",
  ("msg", "Dear Alex, many heads tell me they'd love a new sports hall but there's no capital. I help schools raise £50k-£250k through grants "
          "and alumni giving, on a monthly retainer. Might it be worth a conversation with you and your business manager?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Priya Raman", "School Improvement Adviser, Manchester City Council", "Manchester",
  ("msg", "Hi Alex, just a heads-up that we're running a free briefing for secondary heads on the new attendance guidance on the 12th, 4-5.30 at "
          "the Town Hall extension. I've saved you a place - bring your attendance lead if you like. Slides will go out afterwards too."))
P("connection_brings_value", "en", "Sergio Castaño", "Auxiliar de conversación | Profesor de español", "Manchester",
  ("end",),
  ("msg", "¡Hola Alex! Ya he terminado el banco de preguntas para el oral de GCSE de español, unas 200 preguntas con audio grabado por mí. Lo he "
          "dejado en la carpeta compartida del departamento para quien lo quiera usar. Y si a la profe de Year 11 le viene bien, me quedo los jueves "
          "para hacer simulacros del examen."), nl="es")
P("connection_brings_value", "en", "Colin Ashworth", "Retired Headteacher | NPQH Facilitator", "Bolton",
  ("msg", "Alex, lovely to see your new deputy start last week. If it's any use, I'd be glad to mentor her through her first year, an hour a "
          "month, no charge; I miss the job and like to keep my hand in. Have a think and let me know."),
  ("msg", "Forgot to say: I've dropped off my old folder of SLT timetabling templates with your PA. Use whatever's helpful, bin the rest."))
P("connection_brings_value", "en", "Dr Ruth Abimbola", "Reader in Educational Psychology, Manchester Institute of Education", "Manchester",
  ("msg", "Dear Alex, thank you again for letting us work with your Year 8s last spring. The summary of findings is attached for your staff, and "
          "you're warmly invited to the free dissemination afternoon on 3 July, where two of your pupils' projects are featured."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Simon Pryce", "Partner, Education Practice | Halden Search", "London",
  ("inm", "Executive Headteacher - Pennine Learning Trust (confidential)", "Dear Alex, I'm retained by Pennine Learning Trust to find an Executive "
          "Headteacher for two of their secondaries in Rochdale and Oldham. The package is L35-L39 plus a car allowance. Your name was suggested by two "
          "people I respect. Would you be open to a confidential conversation? Best wishes, Simon"))
P("stranger_inmail_recruiter", "en", "Joanna Kerr", "CEO | Mersey Valley Learning Trust", "Warrington",
  ("inm", "Director of Secondary Education - an informal chat?", "Hello Alex, we're creating a Director of Secondary Education post across our "
          "five high schools and I'd like to speak to serving heads before we advertise. No obligation at all, but if you're curious I'd be glad "
          "to buy you a coffee and talk through the role. Joanna"))
P("stranger_inmail_recruiter", "en", "Louise Barraclough", "Examiner Recruitment Manager | Northern Assessment Board", "Manchester",
  ("inm", "Team Leader examiner role - GCSE English Language", "Dear Alex, we're looking for experienced senior leaders to join our GCSE English "
          "Language marking team as Team Leaders this summer. It's paid per script plus a standardisation fee and can be done from home. Could I send "
          "you the role profile?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tom Hargreaves", "Sales Manager | CloudLock Visitor Management", "Birmingham",
  ("inm", "Is your signing-in book GDPR-compliant?", "Hi Alex, most schools we visit are still using a paper signing-in book at reception, which is a "
          "safeguarding and GDPR headache. CloudLock does DBS checks, badges and fire rolls from one tablet. £59 a month. Could I book you a demo?"))
P("stranger_inmail_sales", "en", "Kelly Ng", "Business Development | ExamReady Invigilation Staffing", "Liverpool",
  ("inm", "Invigilators for the summer series", "Hello Alex, are you fully staffed with invigilators for May and June? We provide trained, DBS-checked "
          "invigilators from £14.50 an hour, with no minimum booking. Happy to send a quote over."),
  ("inm", "Summer exams - still time", "Hi Alex, following up on invigilation. We still have capacity for the summer series and can hold rates if you book this month."))
P("stranger_inmail_sales", "en", "Ricky Doyle", "Senior Energy Broker | Schools & Academies", "Stockport",
  ("inm", "Your school's energy contract", "Alex, energy prices for schools have dropped since last winter but most contracts are still locked in at "
          "the old rate. I can run a free comparison and get you a better deal, usually saving 20-30%. Can I take 10 minutes on Friday?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Andrew Sinclair", "Former HMI | School Improvement", "Cheshire",
  ("inv", "Alex, I sat on the panel at the Greater Manchester heads' conference and liked your question on attendance. I've written a short free "
          "guide to the new inspection framework for secondary heads and would gladly send it if useful."),
  ("msg", "As promised, here's the guide. Page 6 on personal development is the bit most heads find helpful. Shout if anything's unclear."),
  ("msg", "Alex, several heads who read the guide have asked me in to do a two-day pre-inspection review (£2,400 plus expenses). I have a window "
          "in late April. Shall I hold it for Brackley Moss?", (10, 40)))
P("good_turns_ugly", "en", "Ellie Marsden", "Head of Year 11 | Science Teacher", "Salford",
  ("inv", "Hi Alex, we were in the same group on the NPQSL residential in Buxton! I'd love to stay in touch and share the Year 11 revision "
          "programme we built, in case it's useful for your team."),
  ("msg", "Here it is as promised: the full timetable, the parent letters and the intervention tracker. Steal away!"),
  ("end",),
  ("msg", "Hi Alex! I've just endorsed you for {skill}. Any chance you could endorse me back for Pastoral Care and Leadership? I'm applying for "
          "assistant head posts and it would really help my profile. Thanks so much x"))
P("good_turns_ugly", "en", "Dominic Fairbairn", "Trustee | Ancoats Youth Music (charity)", "Manchester",
  ("inv", "Hello Alex, Ancoats Youth Music runs free samba and songwriting workshops for Year 7 in inner-city schools, funded by the Arts "
          "Council. We'd love to bring them to Brackley Moss this year. Could we connect?"),
  ("msg", "Thanks Alex. The workshops run on Tuesday afternoons for six weeks from 14 January, all kit provided. Just let me know which form groups."),
  ("msg", "Hi Alex, now the workshops are under way, I wanted to tell you about our new instrumental tuition service for schools: weekly small-group "
          "lessons at £38 per pupil per term, invoiced to the school. Shall I send a contract for September?", (20, 50)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Leanne Forshaw", "Senior Consultant | TeachForce Recruitment", "Manchester",
  ("inm", "Cover for the autumn term", "Hi Alex, we've got a strong pool of cover supervisors and long-term supply for the autumn term, all with "
          "enhanced DBS. Our day rates are among the most competitive in Greater Manchester. Could I send our rate card?"),
  ("inv", "Hi Alex, I think we met at the Manchester schools careers fair. It would be good to connect!"))
P("reinvite_known_bad", "en", "Robert Thwaite", "Director | Thwaite Grounds Maintenance", "Stockport",
  ("inv", DEFAULT),
  ("inv", "Hello Alex, congratulations to your under-14s on the county cup, my lad plays for the other side and they were well beaten! "
          "Thought I'd send a request."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Trevor Hulme", "Director | Northpoint Security Systems", "Oldham",
  ("inv", "Alex, we install CCTV and access control in schools across the North West. I'd like to quote for an upgrade of your system."),
  ("inm", "Suit yourself", "No reply then. Typical public sector, can't be bothered until something goes wrong. When you've got a break-in over "
          "the summer, don't say nobody warned you."),
  ("inv", "Alex, new year, fresh start? Would be good to be connected."))
P("reinvite_known_ugly", "en", "Gemma Pickering", "DSL Support Lead | SafeGuardPro", "Lancaster",
  ("inm", "Free DSL update webinar", "Hi Alex, we're hosting a free 45-minute update for designated safeguarding leads on this year's KCSIE changes, "
          "led by a former LADO. Would you or your DSL like a place?"),
  ("inm", "After the webinar", "Hi Alex, hope the session was useful. Many schools that attended are moving their safeguarding records over to "
          "SafeGuardPro, which starts at £3,200 a year. Could we book you a walkthrough?"),
  ("inv", "Hi Alex, I'd love to add you to my network of school leaders."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Natalie Birch", "Partnerships Manager | ScholarPath Tutoring", "Manchester",
  ("acc",),
  ("msg", "Thanks for accepting, Alex, lovely to meet you at the ASCL conference. Now the school-led tutoring money has gone, we're offering a "
          "subsidised £32 an hour for small-group maths tutoring. Could we set up a call with your deputy?"))
P("user_invited_pitch_once", "en", "Hugo Whitehead", "Account Director | Kestrel Print & Prospectus", "Bradford",
  ("acc",),
  ("msg", "Alex, great to be connected. Your open evening is coming up - we design and print prospectuses for secondaries, 2,000 copies from "
          "£1,150 with photography included. Want me to send over a few samples and a price?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ian Rigby", "Business Manager | LearnLoop Homework Platform", "Sheffield",
  ("acc",),
  ("msg", "Cheers for the connection, Alex. As I mentioned at the trust event, LearnLoop sets and marks homework automatically and parents love "
          "the app. It's £2.10 a pupil per year. Shall I set up a free trial for your Year 7s?"),
  ("msg", "Hi Alex, just checking in on LearnLoop. I can lock in this year's price until the end of the month. Would a quick call help?"))
P("user_invited_pitch_twice", "en", "Mel Sutcliffe", "Director | Sutcliffe Educational Tours", "Harrogate",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting! I saw your history department runs a Berlin trip. We do fully managed tours with ABTA protection, "
          "from £649 per pupil. Can I send an itinerary and price?"),
  ("msg", "Alex, we've had a cancellation on our WW1 battlefields tour in October: 45 places at £529 each. First come, first served. Interested?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Dr Aoife Gallagher", "Lecturer in Science Education, University of Manchester", "Manchester",
  ("acc",),
  ("msg", "Thanks for the connection, Alex. As promised at the STEM breakfast, our lending library of practical kits (microscopes, data loggers, "
          "a few bits of physics kit) is free for Manchester schools for a half-term at a time. Just have your science tech email me."))
P("user_invited_value", "en", "Marc Dupuis", "Professeur d'anglais | Collège Jean Moulin, Lyon", "Lyon",
  ("acc",),
  ("msg", "Merci d'avoir accepté ! Comme je vous le disais, mes élèves de 4e aimeraient correspondre avec vos élèves de Year 9 cette année, par "
          "lettres puis par visio. Je peux envoyer une liste de prénoms et de centres d'intérêt dès la semaine prochaine. Qu'en pensez-vous ?"), nl="fr")
P("user_invited_value", "en", "PC Jodie Halliwell", "Schools Liaison Officer, Greater Manchester Police", "Manchester",
  ("acc",),
  ("msg", "Hi Alex, good to connect. We can deliver the knife crime awareness assembly to Years 9 and 10 any Monday or Wednesday next half "
          "term, free of charge. Let me know a date and I'll bring the youth worker along too."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Stephen Ogden", "Headteacher | Cheadle Grange School", "Cheadle", ("acc",))
P("acceptance_only", "en", "Aisha Begum", "Chief Financial Officer | Irwell Valley Academies", "Bury", ("acc",))
P("lone_endorsement", "en", "Ruby Hamer", "Medical Student, University of Leeds | Brackley Moss class of 2019", "Leeds", ("end",))
P("lone_endorsement", "en", "Philip Crompton", "Retired Deputy Headteacher", "Bolton", ("end",))



# =============================================================== a few more voices
P("connection_brings_value", "en", "Yvonne Gradwell", "Clerk to Governors | Governance Professional", "Tameside",
  ("msg", "Morning Alex. I've updated the governor induction pack with the new DfE governance guide and tidied the scheme of delegation "
          "template, both attached for your chair. The LA's free new-governor training is on 5 and 12 March if you've anyone who needs it."))
P("connection_only_pitches", "en", "Liam Sharples", "Account Executive | Staff Absence Cover Insurance for Schools", "Preston",
  ("msg", "Hi Alex, with sickness absence up again, more heads are insuring against supply costs rather than paying out of budget. Our policy "
          "pays from day 3 at up to £230 a day. Could I send a quote based on last year's absence figures?"),
  ("msg", "Afternoon Alex, I'm finalising renewals for April. If you want a quote in time for budget-setting, I'll need your headcount by the 20th."))
P("hostility_after_decline", "en", "Karen Ainsworth", "Parent | Customer Service Team Leader", "Manchester",
  ("inv", DEFAULT),
  ("inm", "Noted.", "Noted that you've ignored my request. Funny how the school is all about 'partnership with parents' in the newsletter, but "
          "not when it's actually a parent asking. Don't worry, I won't bother again. Shameful really."))
P("sales_invitation", "en", "Ollie Brandwood", "Founder | PupilPix School Photography", "Bury",
  ("inv", "Hi Alex! PupilPix does school photos with no upfront cost to the school and 20% commission back to your PTA. Could I pop in with our "
          "new Year 7 and prom packages before you rebook for next year?"))
P("single_pitch", "en", "Steve Marsh", "Owner | Marsh IT Solutions", "Manchester",
  ("msg", "Hi Alex, Steve here, Ethan's dad in Year 8. We do managed IT support and network upgrades for schools and I'd happily do Brackley Moss "
          "a parent discount. Fancy a coffee so I can show you what we do?"))

# ------------------------------------------------------------------------- layout eras
# Stories with nothing dated in them may appear in the 2016/2017 layout; the rest are current.
OLD = {"Graham Pennington", "Kieran Walsh", "Dean Tattersall", "Rupert Hallam", "Gareth Bamford", "Tariq Mahmood", "Mark Lomax",
       "Wayne Hesketh", "Colin Ashworth", "Robert Thwaite", "Hugo Whitehead", "Stephen Ogden", "Philip Crompton", "Trevor Hulme",
       "Simon Pryce", "Felicity Armitage"}
ERAS = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Mark Lomax", "mark.lomax76@gmail.example", "Complaint - detention policy",
     "Dear Headteacher,\n\nI tried to contact you through LinkedIn and got no response, so I am writing formally. I expect a reply within five "
     "working days.\n\nMark Lomax", "en"),
    ("Niamh Corrigan", "n.corrigan@salford.example.ac.uk", "Year 7 reading study - information sheet",
     "Dear Alex,\n\nI sent you a LinkedIn request as well, but in case it got lost: the information sheet and consent forms are attached. "
     "Happy to come in and talk to your English lead.\n\nBest wishes,\nNiamh", "en"),
    ("Chloé Marchand", "chloe.marchand@laposte.example", "Assistante de français - présentation",
     "Bonjour,\n\nJe vous ai aussi écrit sur LinkedIn. Je serai à Manchester à partir du 28 septembre. Pouvez-vous me dire à quelle heure "
     "je dois me présenter le premier jour ?\n\nMerci,\nChloé", "fr"),
    ("Sharon Whittle (Business Manager)", "s.whittle@brackleymoss.example.sch.uk", "Catering tender - shortlist",
     "Alex,\n\nShortlist for the catering tender attached. FreshPlate have been messaging you on LinkedIn too - I'd rather they went through "
     "the tender portal like everyone else.\n\nSharon", "en"),
    ("National Association of School Leaders", "news@nasl.example.org.uk", "Members' bulletin: beware fake LinkedIn messages",
     "Dear member,\n\nSeveral heads have reported fake LinkedIn messages claiming to carry draft inspection reports. Inspection reports are "
     "never sent via social media. Do not click the links.", "en"),
    ("TES Jobs", "alerts@tesjobs.example", "Your advert: Assistant Headteacher (Curriculum) - 14 applications",
     "Your vacancy has received 14 applications. Share your advert on LinkedIn and X to reach more candidates.", "en"),
    ("Google Calendar", "calendar-notification@google.example", "Invitation: Call with Helen Ashcroft (via LinkedIn) @ Thu 4pm",
     "Helen Ashcroft has invited you to: Call with Helen Ashcroft (via LinkedIn)\nThursday 4pm - 4.20pm\nJoining info: Teams link", "en"),
    ("Lucía Fernández", "lucia.fdez@correo.example.es", "Carta de recomendación",
     "Hola Alex:\n\nPerdona que te escriba también por aquí después del mensaje de LinkedIn. ¿Podrías escribirme una carta de recomendación "
     "para el programa de auxiliares del año que viene? ¡Muchas gracias!\n\nLucía", "es"),
    ("Mersey Valley Learning Trust - HR", "recruitment@merseyvalley.example.org.uk", "Director of Secondary Education - role pack",
     "Dear Alex,\n\nJoanna Kerr asked me to send you the draft role pack she mentioned in her LinkedIn message. It is confidential at this "
     "stage; please don't share it.\n\nKind regards,\nHR team", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev120. Generated by scripts/make_corpus_dev120.py (seed {SEED}); do not edit by hand.",
          "# Alex as a secondary headteacher in Manchester: ed-tech, supply agencies, CPD sellers, applicants, parents and governors, "
          "charities, universities, journalists, recruiters; British English with some French and Spanish. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev120", SEED, PEOPLE, FOREIGN, spoofs=15, other=14, header=HEADER, eras=ERAS)
