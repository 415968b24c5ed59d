#!/usr/bin/env python3
"""Write mailbot's hundred-and-fifth, independent development corpus: tests/corpus/dev105/*.eml + expected.toml.

The angle: the user Alex is director of fundraising at a medical-research charity in London
(the Thornbury Medical Research Foundation) that has opened an office in Dublin. Their
LinkedIn world: donors and would-be donors, trust and foundation grant makers, companies
offering a charity-of-the-year or matched giving, peer fundraisers in the UK, Ireland, Spain
and Italy swapping templates and data, volunteers and supporters running marathons,
researchers whose labs the charity funds, recruiters with real director roles, and the
people who sell to charities: door-to-door and face-to-face agencies, telefundraising
shops, CRM and giving-platform vendors, wealth-screening and donor-data sellers, lottery
operators, free-wills marketers, gala producers, award schemes with an entry fee, and
consultants whose "free" dinner, guide, study, podcast or mentoring hour is the way in.
British and Irish English (understated, polite, and now and then passive-aggressive when
ignored), with some Spanish and Italian writers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
and other LinkedIn titles, the companies and headlines of spoof-only names and PYMK
suggestions, and the pitches that spoofs carry are swapped for this world in this process
only (make_corpus.py itself is not changed). Every note was written for this corpus from
shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev105.py              # writes tests/corpus/dev105
    python scripts/make_corpus_dev105.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261105

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the charity's world (this process only)
SKILLS = {
    "en": ["Fundraising", "Major Gifts", "Donor Stewardship", "Grant Writing", "Corporate Partnerships", "Nonprofit Leadership", "Legacy Giving"],
    "es": ["Captación de fondos", "Grandes donantes", "Alianzas corporativas", "Gestión de ONG", "Legados solidarios"],
    "it": ["Raccolta fondi", "Grandi donatori", "Partnership aziendali", "Gestione non profit", "Lasciti solidali"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Director of Fundraising at Thornbury Medical Research Foundation | London & Dublin",
    "es": "Directora de Captación de Fondos en Thornbury Medical Research Foundation | Londres y Dublín",
    "it": "Direttrice Raccolta Fondi presso Thornbury Medical Research Foundation | Londra e Dublino",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["en", "en", "es", "en", "it"]   # spoofs and other LinkedIn mail: mostly English wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "display:outlook.com", "buried", "lookalike:linkedin-mail.co", "wrongpass"]
mc.CITY["en"] = ["London", "Dublin", "Manchester", "Bristol", "Edinburgh", "Cork"]
mc.JOBS[:] = [("Director of Philanthropy", "Wrexley Cancer Research"), ("Head of Major Gifts", "The Lindenmoor Trust"),
              ("Director of Income & Engagement", "Heartline Ireland"), ("Head of Trusts and Foundations", "Corran Children's Hospital Charity"),
              ("Chief Development Officer", "Aurelian Institute"), ("Head of Fundraising (Ireland)", "Brightwater Hospice Foundation")]
mc.COMPANIES["good"] = ["Wrexley Cancer Research", "The Halvergate Trust", "Heartline Ireland", "Corran Children's Hospital Charity",
                        "Aldermoor Pharma", "University College London", "Brightwater Hospice Foundation", "Harker Hale"]
mc.COMPANIES["sales"] = ["StreetVoice Fundraising", "Callwise", "DonorGraph", "Fundara CRM", "Lotteryline", "Ledgerly Giving",
                         "Brandwell Promotions", "Crowdlift Events"]
mc.HEADLINES["good"] = ["Head of Philanthropy at {co}", "Trusts & Foundations Manager | {co}", "Director of Research at {co}",
                        "Corporate Partnerships Lead, {co}", "Community Fundraising Officer at {co}", "Chief Executive, {co}"]
mc.HEADLINES["sales"] = ["Business Development Manager, Charities | {co}", "Helping charities grow regular giving | {co}",
                         "Account Director – Not-for-profit | {co}", "Founder at {co}", "Partnerships Executive @ {co}"]
SPOOF_PITCH = {
    "en": ["Hi Alex, I've shared the signed grant agreement with you through LinkedIn Documents. Please sign in to countersign before Friday.",
           "Dear Alex, your charity has been selected to receive a donation of GBP 250,000 from our family foundation. Kindly confirm your bank details on the secure portal.",
           "Alex, the donor list you asked for is ready to download. Log in with your work email to open it."],
    "es": ["Hola Alex, te he compartido el convenio de donación firmado. Inicia sesión para verlo y confirmarlo.",
           "Estimado/a Alex, su fundación ha sido seleccionada para recibir una donación de 200.000 €. Confirme los datos bancarios en el portal seguro."],
    "it": ["Ciao Alex, ti ho condiviso l'accordo di donazione firmato. Accedi per vederlo e controfirmarlo.",
           "Gentile Alex, la sua fondazione è stata selezionata per una donazione di 200.000 €. Confermi i dati bancari sul portale sicuro."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"en": ["Grant agreement", "Donation award", "Document shared with you", "Re: your appeal"],
                  "es": ["Convenio de donación", "Donación aprobada", "Documento compartido"],
                  "it": ["Accordo di donazione", "Donazione approvata", "Documento condiviso"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
retitle_other({
    "en": {"job": ("{n} new jobs for \"head of fundraising\"", "Your job alert for head of fundraising in {city}"),
           "news": "Are charity galas still worth the money?",
           "group": "Top conversations in Major Gifts & Philanthropy UK",
           "newsletter": "Notes from the Appeal Desk: why your thank-you letters are too long"},
    "es": {"job": ("{n} empleos nuevos de «responsable de captación de fondos»", "Tu alerta de empleo de captación de fondos en {city}"),
           "news": "¿Siguen funcionando los socios por domiciliación?",
           "group": "Conversaciones destacadas en Fundraising España",
           "newsletter": "Cuaderno de captación: el legado que nadie pide"},
    "it": {"job": ("{n} nuove offerte per «responsabile raccolta fondi»", "Il tuo avviso di lavoro per raccolta fondi a {city}"),
           "news": "Il 5 per mille basta ancora alla ricerca?",
           "group": "Conversazioni principali in Fundraising Italia",
           "newsletter": "Il taccuino del fundraiser: lasciti senza imbarazzo"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Niamh Gallagher", "Head of Individual Giving | Brightwater Hospice Foundation", "Dublin",
  ("inv", "Hi Alex, Niamh here, I look after individual giving at a hospice in Harold's Cross. I gather you're wrestling with the Regulator's donor "
          "consent guidance too. Our DPO finally signed off a consent wording I'm not ashamed of, happy to send it over if it's any use."),
  ("rem",))
P("good_invitation", "en", "Rupert Ellingham", "Programme Manager, Biomedical Grants | The Halvergate Trust", "London",
  ("inv", "Alex, our trustees have opened a small-grants round for early-career researchers in rare paediatric disease (up to £60k, no match "
          "funding). Thornbury's name came up at our last panel. Glad to talk you through eligibility before the March deadline."))
P("good_invitation", "en", "Priyanka Sethi", "Convenor, London Major Gifts Forum (volunteer-run) | Head of Philanthropy", "London",
  ("inv", "Evening Alex. A handful of us run a free peer session for major gifts people every other month, Chatham House rules, and it counts "
          "towards CIoF CPD. Next one is on stewarding six-figure donors after a trial fails. You'd be very welcome."),
  ("rem",))
P("good_invitation", "en", "Lucía Arrieta Beltrán", "Directora de Captación | Fundación Investigación Cardiovascular", "Madrid",
  ("inv", "Hola Alex, te escribo desde Madrid. En el equipo estudiamos vuestra campaña de legados del año pasado. ¿Te apetece que "
          "intercambiemos experiencias? Puedo enseñarte nuestros datos de conversión de testamentos solidarios, sin problema."),
  nl="es")
P("good_invitation", "en", "Graham Oduya", "Retired GP", "Guildford",
  ("inv", "Hello Alex. I retired from general practice last spring, and we lost my sister to motor neurone disease in the autumn. I'd like to "
          "give your supporter care team two days a week as a volunteer, unpaid of course. Could you point me to the right person?"))
P("good_invitation", "it", "Federica Lanzi", "Responsabile Grandi Donatori | Fondazione Ricerca Oncologica Lombarda", "Milano",
  ("inv", "Buongiorno Alex, ci siamo conosciuti a Noordwijk, al tavolo sul major giving. Le avevo promesso le slide della nostra sessione sui "
          "lasciti: gliele mando volentieri, insieme alla griglia che usiamo per valutare i prospect."))
P("good_invitation", "en", "Hamish Lauder", "Partner, Third Sector Practice | Ardgowan Executive Search", "Edinburgh",
  ("inv", "Alex, I'm retained by a national cancer charity to find their next Director of Philanthropy (c.£115k, London/hybrid, reporting "
          "to the CEO). Confidential brief. I'd value 20 minutes, either as a candidate or for a steer on who I should be talking to."),
  ("rem",))
P("good_invitation", "en", "Dr. Hugh Carrow", "Emeritus Professor of Cardiology", "Cambridge",
  ("inv", "Dear Alex, I have supported Thornbury quietly for some years. I should welcome a conversation about a gift in memory of my late "
          "wife, perhaps towards a research fellowship in her name. With kind regards, Hugh Carrow"))


# =============================================================== default_invitation
P("default_invitation", "en", "Declan Furlong", "Business Development | Contact Centre Solutions", "Cork", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Sophie Hardcastle", "Events Coordinator", "Leeds", ("inv", NONOTE))
P("default_invitation", "it", "Ettore Scanavino", "Consulente fundraising e bandi", "Torino", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Gavin Moffatt", "Head of Partnerships | StreetVoice Fundraising – Face-to-Face & Door-to-Door", "Manchester",
  ("inv", "Alex, we're taking on charity partners for the spring door-to-door programme: regular givers at a fixed cost per sign-up, every "
          "fundraiser trained to the Code. I've territory free from April. Could we get a call in before Easter to talk volumes?"),
  ("rem",))
P("sales_invitation", "en", "Orla Brennan", "Client Director | Callwise – Charity Telefundraising", "Dublin",
  ("inv", "Hi Alex, hope you're keeping well. We run warm-call and upgrade campaigns for Irish and UK charities and usually lift regular gift "
          "values by around 18%. Would you be open to a quick chat about a test campaign for the Dublin office?"))
P("sales_invitation", "en", "Tristan Vale", "Account Executive | DonorGraph – wealth screening & prospect data", "London",
  ("inv", "Hello Alex, most research charities we speak to are sitting on major-gift prospects they've never spotted. DonorGraph screens your "
          "database against 40m wealth records in 48 hours. Could I show you a sample report built for Thornbury?"))
P("sales_invitation", "en", "Jorge Villaseñor", "Director Comercial | DonaFácil – pasarela de pagos para ONG", "Barcelona",
  ("inv", "Hola Alex, DonaFácil cobra donaciones con Bizum, Apple Pay y domiciliación SEPA con la comisión más baja del sector (0,9 %). "
          "Vi que tenéis web en español... ¿te hago una demo de 20 minutos esta semana?"),
  nl="es")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Imogen Prescott-Hale", "Founder | The Development Directors' Table", "London",
  ("inv", "Alex, I host a small, invitation-only supper for development directors at medical charities. Four a year, off the record, no "
          "sponsors in the room. Two of your opposite numbers at the big cancer charities come. I'd love you to join us."),
  ("msg", "Lovely to be connected. Before the next supper I ought to mention that the Table is kindly underwritten by my consultancy, and "
          "most members go on to use our campaign-readiness review (from £8,500 + VAT). Shall I pop a proposal across for Thornbury?", (4, 12)))
P("bait_and_switch_invitation", "en", "Colm Devereux", "Fundraising | Dublin", "Dublin",
  ("inv", "Hi Alex, quick one from a fellow fundraiser in Dublin: how are you getting on with the lottery reporting the Charities Regulator "
          "wants? We're tying ourselves in knots here. Would really value your take."),
  ("msg", "Thanks a million for connecting. Full disclosure, I've moved over to Lotteryline, we run weekly charity lotteries end to end, "
          "licence and all. With your Dublin office I think there's a real fit. Any chance of 20 mins next week?", (3, 9)),
  ("msg", "Alex, just floating this back up. We've a launch window in September if you want in. Let me know either way, no bother.", (12, 25)))
P("bait_and_switch_invitation", "en", "Harriet Quenby", "Legacy giving specialist | Author of 'The Quiet Gift'", "Bath",
  ("inv", "Hello Alex, I've written a short, free guide on talking to supporters about gifts in wills without making it morbid. I send it to "
          "fundraising directors who'd like it. Shall I send you a copy?"),
  ("msg", "I do hope the guide was of some use! A few charities have asked me to run it as a workshop for their supporter care teams: "
          "£2,400 for a half day, or £6,000 for the full legacy marketing review. Would either suit Thornbury this year?", (6, 20)))
P("bait_and_switch_invitation", "en", "Alessio Brambilla", "Community Manager | Rete Europea Fundraising Sanitario", "Milano",
  ("inv", "Ciao Alex, stiamo costruendo una rete europea di responsabili fundraising degli enti di ricerca medica, per scambiarci buone "
          "pratiche. Gratuita, niente vendite. Ti andrebbe di farne parte?"),
  ("msg", "Grazie del collegamento! Ti presento la piattaforma di peer-to-peer fundraising che molti membri della rete usano già: licenza "
          "annuale 4.800 €, ma per te c'è lo sconto fondatori del 20%. Ti fisso una demo?", (2, 8)),
  nl="it")
P("bait_and_switch_invitation", "en", "Bryony Kettering", "Passionate about purpose 💜 | Helping good causes grow", "Brighton",
  ("inv", "Hi Alex! Always lovely to connect with fellow fundraisers who care about medical research. My dad was treated at the Marsden so it's "
          "very close to my heart. Let's support each other x"),
  ("msg", "Hey Alex, hope you're having a lovely week! Wanted to share something: we run a Facebook and TikTok challenge model (think 'walk "
          "100k in March') that's raised £2m+ for charities like yours. £12k set-up, then 15% of income. Worth a chat? 😊", (9, 30)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dominic Ashcombe", "Director of Insight | CharityPulse Research", "London",
  ("inm", "Study on donor attrition in medical research charities",
   "Dear Alex, we're running an independent study on donor attrition among UK medical research charities. Everyone who takes part gets "
   "the full benchmark report free of charge. It's a fifteen-minute questionnaire. Would you be willing?"),
  ("inm", "Your benchmark report",
   "Thank you for taking part. Your headline findings are attached. For the full peer comparison and a retention plan tailored to "
   "Thornbury, our advisory package starts at £7,200. Shall I book you in with our lead consultant?", (8, 20)))
P("bait_and_switch_inmail", "en", "Beatriz Soler Campos", "Socia fundadora | Premios Solidarios Europeos", "Valencia",
  ("inm", "Nominación: Premios Solidarios Europeos 2025",
   "Hola Alex: el jurado ha preseleccionado a vuestra fundación en la categoría «Mejor campaña de investigación médica». ¡Enhorabuena! "
   "¿Me confirmas un correo para enviarte los detalles de la gala?"),
  ("inm", "Siguiente paso – inscripción",
   "Gracias por responder. Para confirmar la candidatura hay que abonar la cuota de participación (1.250 €), que incluye dos entradas "
   "a la gala en Madrid y presencia en el dossier de prensa. Te dejo el enlace de pago.", (4, 10)),
  nl="es")
P("bait_and_switch_inmail", "en", "Fergal Hanratty", "Mentor to nonprofit leaders | 30 years in corporate giving", "Galway",
  ("inm", "An hour of my time, if useful",
   "Alex, I mentor nonprofit directors in Ireland on a pro bono basis. Saw that Thornbury has opened in Dublin. If a sounding board on the "
   "Irish donor landscape would help, I'm happy to give you an hour, no charge, no catch."),
  ("inm", "Following on from our call",
   "Good to talk. Having had a look at your Irish set-up, honestly the quickest win is a proper major-donor programme, which is exactly "
   "what my firm builds. We'd do it on a six-month retainer at €4,500 a month. Shall I send a proposal over?", (10, 21)))
P("bait_and_switch_inmail", "en", "Saskia Lowndes", "Host, The Giving Room podcast", "London",
  ("inm", "Guest invitation – The Giving Room",
   "Hi Alex, I host a podcast for charity leaders, about 9k listeners. We'd love to have you on to talk about raising money for medical "
   "research through the cost-of-living squeeze. Would you be up for it?"),
  ("inm", "Re: Guest invitation – The Giving Room",
   "Brilliant, so glad you're keen! Quick bit of housekeeping: guest episodes run under our sponsored-feature package, £1,500, which "
   "covers editing, promotion and a clip pack for your socials. I'll send the booking form over.", (3, 7)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Warren Stubbs", "Corporate Partnerships | Freelance", "Reading",
  ("end",), ("end",),
  ("msg", "Alex, I've endorsed you for {skill} and a couple of others. Would you mind doing the same for me on Corporate Partnerships and "
          "Sponsorship? Gone freelance and every little helps. Ta."))
P("endorse_me_back", "en", "Aoife Keaveney", "Community Fundraising Officer", "Limerick",
  ("end",),
  ("msg", "Hiya Alex! Gave you a wee endorsement for {skill}, well deserved. Would you be able to endorse me back for Event Management? "
          "I'm interviewing for a step up and it'd be class if the profile looked the part."))
P("endorse_me_back", "it", "Serena Montagnani", "Fundraiser freelance | Eventi e corporate", "Bologna",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho segnalato per {skill}, te lo meriti tutto! Se ti va, mi ricambi con una conferma su Corporate fundraising ed "
          "Eventi? In questo periodo mi aiuterebbe parecchio. Grazie mille!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Nigel Sowerby", "Managing Director | Sowerby Direct – Charity Telefundraising", "Leeds",
  ("inv", "Alex, we've helped 40+ charities win back lapsed donors by phone. Can I send over our rate card?"),
  ("rem",),
  ("inm", "Manners",
   "I note you have neither accepted nor had the courtesy to reply. For a sector that lives on goodwill, charity directors can be "
   "remarkably ill-mannered. I shan't trouble you again."))
P("hostility_after_decline", "en", "Cressida Lyle", "Philanthropist | Trustee", "Oxfordshire",
  ("inv", "Alex, I was at your gala at the Guildhall in November. I'd like to stay in touch."),
  ("inm", "Disappointed",
   "I gave rather generously at your gala and assumed a connection request would be welcome. Evidently not. One expects better manners "
   "from a charity that depends on people like me, and I shall think twice before taking a table again.", (20, 40)))
P("hostility_after_decline", "en", "Kieran Mulvey", "Fundraising Consultant", "Dublin",
  ("inv", NONOTE),
  ("inm", "Ignored?",
   "Ah nice one Alex. Sent you a request three weeks ago and nothing. Takes two seconds to click accept. Maybe get down off the high "
   "horse, the Dublin charity scene is small and people talk.", (18, 24)))
P("hostility_after_decline", "en", "Ignacio Bermejo", "Consultor de patrocinio deportivo", "Sevilla",
  ("inv", "Hola Alex, me encantaría conectar con profesionales del tercer sector en Londres. ¡Un saludo!"),
  ("rem",),
  ("inm", "Sin respuesta",
   "Veo que no has aceptado mi invitación. Qué poca educación, la verdad. En España por lo menos contestamos, aunque sea para decir "
   "que no. Así os va."),
  nl="es")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Clive Ratcliffe", "Director | Ratcliffe Events & Gala Production", "London",
  ("msg", "Alex, I see Thornbury's gala has moved to the Guildhall. We produce charity galas end to end: AV, auctioneer, host, the lot. "
          "Could we pitch for next year's? Happy to come in and show you the reel."),
  ("msg", "I wrote a fortnight ago and nothing. I've produced galas for the Royal Academy and two dukes, and you can't manage a one-line "
          "'no thanks'? Frankly that's poor form, and it says something about how your organisation treats people.", (12, 16)))
P("hostility_connection", "en", "Shona Rennie", "Founder | GiveText – SMS donations", "Glasgow",
  ("acc",),
  ("msg", "Thanks for connecting after the Convention, Alex! As promised: GiveText would let you take text donations at events from 2p a "
          "message. Shall I set you up with a trial shortcode?"),
  ("msg", "Wow, OK. You asked to connect with me, I follow up exactly as I said I would, and I get blanked. Don't invite people if you're "
          "going to ignore them. Really unprofessional.", (10, 20)))
P("hostility_connection", "it", "Gianfranco Orsini", "Titolare | Contact center per il non profit", "Palermo",
  ("msg", "Buongiorno Alex, il nostro contact center di Palermo lavora per diverse fondazioni di ricerca. Costi contenuti, operatori "
          "madrelingua inglese per il Regno Unito. Le mando un preventivo?"),
  ("msg", "Vedo che ha letto e non ha risposto. Complimenti per la cortesia. Poi vi lamentate che i donatori vi abbandonano: con questo "
          "atteggiamento non mi stupisce affatto."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Jasper Whitlock", "Senior Partner | Whitlock Legacy Marketing", "London",
  ("msg", "Alex, a quick note: we're running free-wills weeks for charities this autumn. You cover the solicitors' fees, we do the "
          "marketing, and clients typically see 300+ pledges. Fancy a chat?"),
  ("msg", "Hi Alex, circling back on free wills. Two October slots left at last year's pricing (£18k per campaign). Shall I hold one?", (12, 30)),
  ("msg", "Last one from me on this. If the timing isn't right, happy to pencil in January instead. Just say.", (14, 35)))
P("connection_only_pitches", "en", "Mairead Cosgrove", "Sales Lead UK & Ireland | Fundara CRM", "Belfast",
  ("msg", "Morning Alex, hope Dublin's treating you well. Are you still on the old database? Fundara does Gift Aid and Irish CHY3 relief out "
          "of the box. Could I book you in for a demo?"),
  ("msg", "Hi again. We've a migration offer on till the end of the quarter: free data cleansing, worth £6k. Worth a look?", (15, 40)))
P("connection_only_pitches", "es", "Rodrigo Almansa", "Director de Alianzas | Telecaptación Solidaria", "Madrid",
  ("msg", "Hola Alex, ¿qué tal todo? En Telecaptación Solidaria ayudamos a fundaciones a convertir donantes puntuales en socios por teléfono. "
          "¿Te cuento nuestras tarifas?"),
  ("msg", "Alex, te reenvío la propuesta: 14 € por socio captado, mínimo 500 socios. ¿La vemos el jueves?", (8, 20)))
P("connection_only_pitches", "en", "Lewis Farrant", "Promotional Products for Charities | Brandwell", "Nottingham",
  ("msg", "Alex, running events this summer? We do branded wristbands, running vests and collection tins at charity rates. Catalogue attached."),
  ("msg", "Hi Alex, our new recycled range has just landed, 10% off for charities ordering by the 30th. Shall I send samples?", (20, 50)))


# =============================================================== single_pitch
P("single_pitch", "en", "Ollie Thackeray", "Paid Social for Challenge Events", "Bristol",
  ("msg", "Hi Alex, loved the cold-water swim challenge you ran in January. We run Meta lead-gen for challenge events at £4–£6 a sign-up. "
          "Shall I send over a proposal for the summer?"))
P("single_pitch", "en", "Fiona Kerrigan", "Account Manager | Printwise Direct Mail", "Dublin",
  ("msg", "Alex, hope all's well. Your Christmas appeal pack caught my eye. We could print and post the Irish version for about 30% less "
          "than you're paying now, I'd say. Can I quote?"))
P("single_pitch", "it", "Davide Sartori", "Event manager | Cene di gala sul Lago di Como", "Como",
  ("msg", "Ciao Alex, organizziamo cene di gala chiavi in mano sul Lago di Como per fondazioni internazionali. Vi interesserebbe una serata "
          "per i vostri donatori italiani? Le giro il listino."))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Eleanor Pryce", "Director of Development | Corran Children's Hospital Charity", "London",
  ("msg", "Alex, one for you: the Fenton Foundation are quietly reopening their capital fund for lab refurbishments, deadline 14 Feb. Not "
          "advertised yet. I'd rather it went to a research charity than another gallery, so passing it on."),
  ("msg", "Also, our shared-learning morning on research impact reporting is on 6 March at our offices. Free, and your team is welcome.", (5, 20)))
P("connection_brings_value", "en", "Conor Whelan", "CSR Lead | Aldermoor Pharma Ireland", "Dublin",
  ("end",),
  ("msg", "Hi Alex, our staff have voted Thornbury our Charity of the Year for Ireland. That means matched giving on staff fundraising up "
          "to €50k, and two volunteering days for your lab open evenings. Could we get a kick-off call in the diary?"))
P("connection_brings_value", "en", "Dr. Imran Qureshi", "Senior Research Fellow | University College London", "London",
  ("msg", "Alex, the paper from the study your donors funded is out in Nature Communications today. I've written a plain-English summary "
          "for supporters (attached), and I'm glad to speak at the donor evening if that would help."))
P("connection_brings_value", "es", "Marta Echeverría", "Responsable de Filantropía | Fundación Ybarra", "Bilbao",
  ("msg", "Hola Alex, como me pediste en Ámsterdam, te paso el contacto de la responsable de filantropía de la Fundación Ybarra en Londres. "
          "Ya le he hablado de vosotros y está encantada de tomar un café. ¡Ya me contarás!"))
P("connection_brings_value", "en", "Darragh Nolan", "Supporter | Running the Dublin Marathon for Thornbury", "Dublin",
  ("msg", "Hi Alex, just to say I'm running the Dublin Marathon for Thornbury in October in memory of my da. €3,100 raised so far! Could "
          "the Dublin office post me a couple of running vests? And if you want a supporter story for the newsletter, I'm game."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Lorna Mackenzie", "Senior Consultant, Charity Appointments | Harker Hale", "London",
  ("inm", "Director of Income – national medical charity",
   "Hello Alex, I'm recruiting a Director of Income for a national medical research charity (£110–125k, London, three days in the office). "
   "It's a newly created seat on the executive team. Would you be open to a confidential conversation, or know someone who might be?"))
P("stranger_inmail_recruiter", "en", "Eoin Cassidy", "Head of People | Heartline Ireland", "Dublin",
  ("inm", "Head of Philanthropy, Dublin",
   "Alex, we're hiring our first Head of Philanthropy in Dublin: permanent, €95k plus pension, reporting to our CEO. I saw you set up "
   "Thornbury's Irish office and thought you'd either be interested yourself or know exactly who would be. Job pack attached."))
P("stranger_inmail_recruiter", "it", "Valentina Orlandi", "Talent Acquisition | Fondazione Ricerca Biomedica Ambrosiana", "Milano",
  ("inm", "Direttore/Direttrice Raccolta Fondi – Milano",
   "Buongiorno Alex, cerchiamo un Direttore o una Direttrice Raccolta Fondi per la nostra fondazione a Milano, con esperienza "
   "internazionale sui grandi donatori. Tempo indeterminato, RAL 110-130k. Le andrebbe di sentirci in via riservata?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brent Kowalczyk", "Enterprise AE | Philanthra AI", "London",
  ("inm", "AI that drafts your grant applications",
   "Hi Alex, Philanthra drafts trust and foundation applications in minutes, trained on your past bids. Research charities save around 20 "
   "hours per application. Open to a 15-min demo on Thursday?"),
  ("inm", "Re: AI that drafts your grant applications",
   "Bumping this in case it got buried, Alex. Happy to run a paid pilot on three of your live bids at half price."))
P("stranger_inmail_sales", "en", "Tamsin Oakley", "Business Development | Crowdlift Challenge Events", "Cardiff",
  ("inm", "Places for your supporters on the Snowdon Night Trek",
   "Hi Alex, we've 40 charity places left on the Snowdon Night Trek. £95 a place, and your supporters commit to raising £500 minimum. "
   "Want me to reserve you a block?"))
P("stranger_inmail_sales", "en", "Rafael Quintana", "Director | Captación Directa – face to face", "Barcelona",
  ("inm", "Captación presencial en España",
   "Hola Alex, somos una agencia de captación cara a cara con equipos en Madrid y Barcelona. Si Thornbury quiere socios en España, te "
   "presento nuestra propuesta: sin costes fijos, solo pagáis por socio activo. ¿Hablamos?"),
  nl="es")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Philippa Arkwright", "Fundraising Data Lead", "Leeds",
  ("inv", "Hi Alex, I caught your talk on Gift Aid claim rates at the Insight conference. We built a little reconciliation spreadsheet that "
          "recovered £40k of unclaimed Gift Aid for us. Happy to share it, no strings."),
  ("msg", "Here you go: the spreadsheet and a short how-to. Shout if the macros misbehave."),
  ("msg", "Hi Alex, glad it's been useful! I've now set up on my own and I'm offering full Gift Aid audits for charities, on a 20% "
          "contingency of whatever we recover. Would Thornbury be up for one?", (20, 45)))
P("good_turns_ugly", "en", "Saoirse Dunleavy", "Head of Trusts & Foundations | Corran Children's Hospital Charity", "Dublin",
  ("inv", "Alex, I'm pulling together a free, shared directory of Irish trusts that fund medical research, for charities here to use. Would "
          "you like a copy? Any additions from your side would be very welcome."),
  ("msg", "Here's the directory as promised. 62 funders so far, with deadlines and who to ring."),
  ("end",),
  ("msg", "Hi Alex, I gave you an endorsement for {skill} there. Would you return the favour with one for Grant Writing? I'm going for a "
          "Head of Fundraising job and the panel will definitely look."))
P("good_turns_ugly", "es", "Pablo Iturriaga", "Investigador postdoctoral | Oncología", "Madrid",
  ("inv", "Hola Alex, soy investigador en Madrid y colaboro con vuestro grupo de Londres en el ensayo de páncreas. Me gustaría conectar para "
          "coordinar la visita de donantes al laboratorio en mayo."),
  ("msg", "Ya está todo listo para la visita de los donantes: te paso el programa y los nombres del equipo que les recibirá."),
  ("msg", "Alex, aparte del ensayo, he montado con dos socios una consultora de comunicación científica para fundaciones. Hacemos vídeos y "
          "memorias de impacto, desde 9.000 € por proyecto. ¿Te preparo un presupuesto?", (25, 60)))
P("good_turns_ugly", "en", "Morwenna Treloar", "Former Head of Major Gifts | Volunteer", "Truro",
  ("inv", "Alex, I've stepped back from a major gifts role and have time on my hands. I'd love to volunteer a few hours a month helping "
          "your team with prospect research. No fee, I just miss the work."),
  ("msg", "Lovely to speak earlier. I've been through the list you sent and flagged twelve prospects worth a closer look. Notes attached."),
  ("msg", "Alex, a slightly awkward one. I've decided to go freelance after all, so from now on I'd need to charge for the prospect work: "
          "£450 a day, minimum five days a month. Shall I draw up a contract?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Stuart Ingledew", "Head of Charity Partnerships | Doorstep Direct", "Birmingham",
  ("inv", "Alex, Doorstep Direct signed 21,000 regular givers for charities last year. Keen to talk about a door-to-door pilot for Thornbury "
          "across the South East."),
  ("inv", "Hi Alex, great panel at the Fundraising Convention yesterday, especially the bit on attrition. Would be good to be connected."))
P("reinvite_known_bad", "en", "Kerry-Anne Doolan", "Events & Ticketing", "Dublin",
  ("inv", DEFAULT), ("rem",),
  ("inv", "Hi Alex, we met at the Irish fundraising awards in the Mansion House. Would love to connect properly this time!"))
P("reinvite_known_bad", "it", "Raffaele Cusimano", "Business Developer | Lotterie solidali online", "Napoli",
  ("inm", "Lotterie benefiche online",
   "Buongiorno, la nostra piattaforma gestisce lotterie benefiche online in Italia e nel Regno Unito, con licenza. Le interessa una "
   "presentazione di mezz'ora?"),
  ("inv", "Gentile Alex, ho letto con interesse la sua intervista su Vita. Mi farebbe piacere averla tra i miei contatti."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Marcus Delahunt", "Growth | Charity Lottery Marketing", "Manchester",
  ("inv", "Alex, can I show you how we've cut cost per player for charity lotteries by a third?"),
  ("inm", "Bubble",
   "Funny how charity people are all about 'community' until someone outside the bubble tries to talk to them. A bit of humility wouldn't "
   "go amiss, Alex."),
  ("inv", "Hi Alex, let's put that behind us. Would be good to connect."))
P("reinvite_known_ugly", "en", "Henrietta Vokes", "Partner, Charities | Vokes Haddon LLP", "London",
  ("inm", "Free trustee briefing on the new SORP",
   "Dear Alex, we're holding a free briefing for charity trustees and directors on the new SORP, with lunch. Could I reserve you a seat?"),
  ("inm", "After the briefing",
   "So glad you could make it. As mentioned on the day, we offer a full SORP readiness review for £9,500 + VAT. Could I send over the "
   "engagement letter?", (10, 18)),
  ("inv", "Alex, it was lovely meeting you at the briefing. Connecting so we can stay in touch."))
P("reinvite_known_ugly", "en", "Alfonso Carvajal", "Consultor | Patrocinios y RSC", "Málaga",
  ("inv", DEFAULT),
  ("inm", "Tanta soberbia",
   "Alex, no entiendo tanta soberbia. Te invito a conectar y me ignoras. Los de las ONG predicáis solidaridad y luego sois los primeros "
   "en cerrar la puerta."),
  ("inv", "Hola Alex, empecemos de cero. Me encantaría conectar contigo."),
  nl="es")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Bethan Llewellyn", "Partnerships Director | Seren Digital – websites for charities", "Cardiff",
  ("acc",),
  ("msg", "Thanks for the connection, Alex, lovely to meet at the drinks. I had a quick look at your donate page and honestly we could lift "
          "conversion quite a bit; we rebuilt the donation journey for two hospices last year. Fancy a 30-minute walkthrough?"))
P("user_invited_pitch_once", "en", "Rory Tallon", "Director | Tallon Fundraising Consultancy", "Dublin",
  ("acc",),
  ("msg", "Good to connect Alex. We're doing capital appeal feasibility studies for Irish charities at a fixed fee this year. If the Dublin "
          "lab build goes ahead, keep us in mind? I can send a scope and price."))
P("user_invited_pitch_once", "it", "Lorenza Bassi", "Account Manager | Dati Donatori Italia", "Roma",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Come accennato a Roma, possiamo fornirvi liste di potenziali donatori italiani profilate per "
          "interesse sanitario, conformi al GDPR. Le mando un'offerta?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Adrian Tolhurst", "Head of Sales, Nonprofit | Ledgerly Giving", "London",
  ("acc",),
  ("msg", "Cheers for connecting after the NCVO session. As promised: Ledgerly handles regular giving, Gift Aid and donor portals in one "
          "place. 45-minute demo next week?"),
  ("msg", "Alex, we've just launched Irish direct debits too, which I remember was the sore point. Can I get that demo in the diary?", (20, 45)))
P("user_invited_pitch_twice", "en", "Clodagh Ferriter", "Founder | Ferriter Corporate Partnerships", "Dublin",
  ("acc",),
  ("msg", "Delighted to connect. We broker corporate partnerships for charities on a success fee, 12% of year-one value. Keen to represent "
          "Thornbury in Ireland; can I send terms?"),
  ("msg", "Following up on terms, Alex. I've two pharma firms looking for a medical charity right now, so timing is good.", (7, 21)))
P("user_invited_pitch_twice", "es", "Natalia Ruiz de Azúa", "Directora | Eventos Benéficos Ibéricos", "Bilbao",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Organizamos cenas benéficas y subastas para fundaciones internacionales en España. ¿Te mando el "
          "dossier con precios?"),
  ("msg", "Hola Alex, vuelvo a escribirte: si cerramos antes de junio, el subastador va incluido en el precio. ¿Hablamos esta semana?", (10, 30)))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Dr. Helen Okonjo", "Head of Research Impact | Association of medical research charities", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As promised at the members' meeting, here's the impact reporting template we built with three "
          "other charities. Free to adapt, and do shout if you'd like to join the working group."))
P("user_invited_value", "en", "Siobhán Kiely", "Philanthropy Adviser | Community Foundation, Dublin", "Dublin",
  ("acc",),
  ("msg", "Great to connect, Alex. One of our donor-advised fund holders has a family interest in neurodegenerative research and asked me "
          "for recommendations. Would you be happy for me to pass on Thornbury's details and set up a call?"))
P("user_invited_value", "it", "Tommaso Bellandi", "Comunicazione | Istituto Italiano Donatori", "Firenze",
  ("acc",),
  ("msg", "Grazie per aver accettato, Alex! Come promesso, ecco il link alla registrazione del webinar gratuito sui lasciti solidali. Le "
          "slide sono in inglese, quindi può girarle anche al team di Dublino."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Annabel Strachan", "Trustee | Chair of the Fundraising Committee", "London", ("acc",))
P("acceptance_only", "en", "Pádraig Ó Murchú", "Chief Executive | Irish Heart Research Network", "Dublin", ("acc",))
P("lone_endorsement", "en", "Toby Marchbank", "Fundraising Assistant", "London", ("end",))
P("lone_endorsement", "es", "Carmen Albendea", "Voluntaria | Carrera solidaria", "Sevilla", ("end",))


# ------------------------------------------------------------------------- LinkedIn caps invitation notes at 300 characters
for _story in PEOPLE:
    for _step in _story[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_story[2], len(_step[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Niamh Gallagher", "niamh.gallagher@brightwater-hospice.example.ie", "Consent wording",
     "Hi Alex,\n\nI sent you a LinkedIn request as well but sure who checks those. Attached is the consent wording I mentioned. Use away.\n\nNiamh", "en"),
    ("Doorstep Direct", "partners@doorstepdirect.example.co.uk", "Following our LinkedIn conversation",
     "Dear Alex,\n\nFurther to my note on LinkedIn, please find our door-to-door rate card attached. We'd be delighted to discuss a pilot.\n\nStuart Ingledew", "en"),
    ("Fundraising Convention", "hello@fundraisingconvention.example.org.uk", "Your speaker pack – and share on LinkedIn",
     "Dear Alex,\n\nThank you for speaking this year. Your pack is attached. Do share your session on LinkedIn with #FRConvention.", "en"),
    ("Aisling Byrne", "aisling.byrne@thornbury-mrf.example.ie", "That LinkedIn post from Aldermoor",
     "Alex,\n\ndid you see Aldermoor put up a LinkedIn post about choosing us for Charity of the Year? I've shared it from our page. Will we do a joint photo in Dublin?\n\nAisling", "en"),
    ("Board Secretary", "governance@thornbury-mrf.example.org.uk", "Annual report: trustee and director biographies",
     "Dear all,\n\nplease send me a short biography by Friday. Many of you point us to LinkedIn; please could we have a proper paragraph instead.", "en"),
    ("GiveFlow", "notifications@giveflow.example", "Darragh shared his fundraising page on LinkedIn",
     "Good news! Darragh Nolan shared his Dublin Marathon page for Thornbury on LinkedIn. He has now raised €3,100.", "en"),
    ("Supporter Care", "supportercare@thornbury-mrf.example.org.uk", "Fwd: I want to connect",
     "Alex, forwarding in case: this agency tried to connect with half the team on LinkedIn today.\n\n---------- Forwarded message ---------\n"
     "From: Gavin Moffatt via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nWe're taking on charity partners for the spring door-to-door programme...", "en"),
    ("People Team", "people@thornbury-mrf.example.org.uk", "Reminder: social media policy and donors",
     "Hi everyone,\n\na reminder that we never name major donors on LinkedIn or anywhere else without their written consent.", "en"),
    ("Asociación Española de Fundraising", "info@aefundraising.example.es", "Congreso de Fundraising: síguenos en LinkedIn",
     "Hola,\n\nya está publicado el programa del congreso. Síguenos en LinkedIn para conocer a los ponentes.", "es"),
    ("Segreteria Festival del Fundraising", "segreteria@festivalfundraising.example.it", "Festival del Fundraising: il programma",
     "Gentile Alex,\n\nin allegato il programma. Può condividere la sua sessione anche su LinkedIn con l'hashtag del festival.", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-fifth development corpus (dev105). Generated by scripts/make_corpus_dev105.py (seed {SEED}); do not edit by hand.",
          "# Alex as director of fundraising at a London medical-research charity with a Dublin office: donors, grant makers, corporate partners, "
          "peer fundraisers, volunteers, agencies, fundraising software and data vendors, consultants, event organisers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev105", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
