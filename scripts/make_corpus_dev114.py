#!/usr/bin/env python3
"""Write mailbot's hundred-and-fourteenth, independent development corpus: tests/corpus/dev114/*.eml + expected.toml.

The angle: the user Alex is a freelance UX/UI designer who works between Bologna and Rome.
Their LinkedIn world: clients and agencies with a real project (buyers, so good), in-house
design leads and recruiters with a real role, design-tool and plugin vendors, course,
bootcamp, mentorship and "freelance coaching" sellers, tax and insurance services for
people with a partita IVA, offshore studios selling white-label hours, print shops and
photographers selling through the designer, fellow designers sharing kits, research and
referrals, meetup and book-club organisers, a public-sector design office, fake clients
(overpayment cheques, "vendor accreditation" fees), endorse-me-back from web designers and
job hunters, and rude replies after being left on read. Casual and formal Italian (tu and
Lei, a Roman "aò" and "daje", a Neapolitan proverb), international English, and English
written by Italians with Italian turns of phrase ("a young and dynamic reality", "I write
you for", "since long time").

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, job-alert and
other titles, cities, the headlines of spoof-only names and PYMK suggestions, the pitches
that spoofs carry, the order of the spoof methods and the wording languages of the other
LinkedIn mail (Italian and English, as for this user) are swapped in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md
alone, without reading mailbot's signals, judge or wording, or the notes of the other
generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev114.py              # writes tests/corpus/dev114
    python scripts/make_corpus_dev114.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261114

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a freelance designer's world (this process only)
SKILLS = {
    "en": ["UX Design", "User Interface Design", "Figma", "User Research", "Design Systems", "Prototyping", "Interaction Design"],
    "it": ["UX design", "Progettazione di interfacce", "Figma", "Ricerca sugli utenti", "Design system", "Prototipazione", "Usabilità"],
    "de": ["UX-Design", "UI-Design", "Figma", "Nutzerforschung", "Prototyping"],
    "fr": ["Design UX", "Design d'interface", "Figma", "Recherche utilisateur", "Prototypage"],
    "es": ["Diseño UX", "Diseño de interfaces", "Figma", "Investigación de usuarios", "Prototipado"],
}
RHEADLINE = {
    "en": "Freelance UX/UI Designer | Bologna & Rome",
    "it": "UX/UI Designer freelance · Bologna e Roma",
    "de": "Freiberuflicher UX/UI-Designer | Bologna & Rom",
    "fr": "Designer UX/UI indépendant | Bologne et Rome",
    "es": "Diseñador UX/UI freelance | Bolonia y Roma",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# the user's LinkedIn is set to Italian, some years to English: other LinkedIn mail and spoofs follow
mc.LANGS[:] = ["it", "en", "it", "en", "it"]
mc.CITY["it"] = ["Bologna", "Roma", "Milano", "Firenze", "Modena", "Ferrara"]
mc.CITY["en"] = ["Bologna", "Rome", "Milan", "Remote", "London", "Amsterdam"]
mc.JOBS[:] = [("Senior Product Designer", "Lumenwork"), ("UX/UI Designer (full remote)", "Emilbanca Digital"),
              ("Service Designer – PA", "Openpolis Lab"), ("Lead UX Researcher", "Tidewater Health"), ("UI Designer freelance – 6 mesi", "Gruppo Viaggi Aurora")]
mc.COMPANIES["good"] = ["Lumenwork", "Emilbanca Digital", "Tidewater Health", "Comune di Bologna", "Slow Design Lab", "Nordlys Mobility",
                        "ISIA Roma", "Designers Italia"]
mc.COMPANIES["sales"] = ["Framewise", "PixelBridge", "FolioNest", "Versionly", "StockVisuals Italia", "Protoflow", "InvoiceKit", "UX Accelerator Academy"]
mc.HEADLINES["good"] = ["Product Designer presso {co}", "Senior UX Designer at {co}", "Design Lead | {co}", "UX Researcher, {co}",
                        "Service Designer at {co}", "Head of Design at {co}", "Frontend developer | {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Growth @ {co}", "Business Development Manager | {co}", "Founder & CEO at {co}",
                         "Partnerships | {co}", "Helping designers earn more | {co}"]
retitle_other({
    "it": {"job": ("{n} nuove offerte per «UX designer»", "Il tuo avviso di lavoro per UX designer a {city}"),
           "news": "Le agenzie tagliano, i freelance del design reggono?",
           "group": "Conversazioni principali in UX Italia – designer e ricercatori",
           "newsletter": "Pixel e pane: alzare la tariffa giornaliera senza perdere clienti"},
    "en": {"job": ("{n} new jobs for \"product designer\"", "Your job alert for product designer in {city}"),
           "news": "Are AI design tools shrinking the junior market?",
           "group": "Top conversations in UX Designers Europe",
           "newsletter": "The Freelance Designer's Brief: how to price discovery work"},
    "de": {"job": ("{n} neue Jobs für „UX Designer“", "Ihr Jobalarm für UX Designer in {city}"),
           "news": "Wie verändern KI-Tools die Designbranche?", "group": "Top-Unterhaltungen in UX Design Deutschland",
           "newsletter": "Designbrief: Stundensätze für Freelancer"},
    "fr": {"job": ("{n} nouvelles offres pour « designer UX »", "Votre alerte emploi pour designer UX à {city}"),
           "news": "L'IA va-t-elle remplacer les designers juniors ?", "group": "Meilleures discussions dans UX France",
           "newsletter": "La lettre du designer indépendant : fixer ses tarifs"},
    "es": {"job": ("{n} empleos nuevos de «diseñador UX»", "Tu alerta de empleo de diseñador UX en {city}"),
           "news": "¿La IA está reduciendo el mercado junior de diseño?", "group": "Conversaciones destacadas en UX en Español",
           "newsletter": "El boletín del diseñador freelance: cómo cobrar el discovery"},
})
SPOOF_PITCH = {
    "en": ["Hi {first}, we'd like to commission a full redesign of our booking app. The brief and the NDA are in a secure document: sign in to read it and confirm your rate.",
           "Hello {first}, your portfolio was shortlisted for the European Interface Awards. Log in to complete your entry before Friday (entry fee applies)."],
    "it": ["Ciao {first}, vorremmo affidarti il redesign completo della nostra app. Brief e NDA sono in un documento protetto: accedi per leggerli e confermare il preventivo.",
           "Gentile {first}, il suo portfolio è stato selezionato per il Premio Interfacce Italiane. Acceda per completare la candidatura (quota di iscrizione richiesta)."],
    "de": ["Hallo {first}, wir möchten Ihnen das Redesign unserer App übertragen. Briefing und NDA liegen in einem geschützten Dokument: bitte anmelden."],
    "fr": ["Bonjour {first}, nous souhaitons vous confier la refonte de notre application. Le brief est dans un document sécurisé : connectez-vous pour le lire."],
    "es": ["Hola {first}, queremos encargarte el rediseño de nuestra app. El brief está en un documento seguro: inicia sesión para verlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
# ten spoofs: look-alike domains, display-name spoofs and failed or untrusted authentication, mixed
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "dkimfail", "display:gmail.com", "untrusted:mx.google.com", "lookalike:xn--lnkedin-rfb.com",
                       "nodkim", "buried", "display:outlook.com", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# layout era fixed for people whose notes name something recent (Figma variables, WCAG 2.2, PNRR, AI tools)
ERAS: dict[str, str] = {}


def cur(*names: str) -> None:
    for n in names:
        ERAS[n] = "cur"


# =============================================================== good_invitation
P("good_invitation", "it", "Federica Lanzoni", "Referente progetti digitali | Cooperativa Sociale Il Ponte", "Bologna",
  ("inv", "Buongiorno Alex, siamo una cooperativa di Bologna e dobbiamo rifare l'app per prenotare l'assistenza domiciliare: "
          "gli anziani non riescono a usarla. Abbiamo i fondi di un bando regionale e cerchiamo un designer freelance. Le andrebbe di sentirci?"),
  ("rem",))
P("good_invitation", "en", "Tomasz Wójcik", "Design Lead @ Nordlys Mobility", "Kraków",
  ("inv", "Hi Alex, we need a freelance UI designer for ~3 months to rework the booking flow of our B2B app for tram operators. "
          "Remote is fine, paid in EUR. Your mobility case study is pretty much what we have in mind. Open to a chat?"))
P("good_invitation", "it", "Giacomo Venturi", "Organizzatore | UX Book Club Bologna", "Bologna",
  ("inv", "Ciao Alex! giovedì 14 al Dynamo c'è il UX Book Club, si parla di Continuous Discovery Habits. Ingresso libero, birra alla romana 🍺 "
          "Se ti va di venire, o anche di portare un tuo caso, ci fa piacere!"),
  ("rem",))
P("good_invitation", "it", "Daniele Russo", "UX Researcher | Pubblica Amministrazione", "Roma",
  ("inv", "Hi Alex, I follow your posts on accessibility audits since long time. I'm preparing one for a regional website and I have a doubt "
          "on how you score the WCAG 2.2 criteria for the PA. Can I ask you some advice? Thank you in advance"),
  nl="en")
P("good_invitation", "en", "Sophie Marlowe", "Senior Product Designer | Kite & Kettle", "London",
  ("inv", "Hi Alex, I put together a free Figma kit for Italian public-sector forms (built on the Designers Italia one, updated tokens). "
          "MIT licence, nothing to buy. Given your PA work I thought it might save you a few evenings. Feedback very welcome!"),
  ("rem",))
P("good_invitation", "it", "Prof.ssa Silvia Cattaneo", "Docente di Interaction Design | ISIA Roma", "Roma",
  ("inv", "Gentile Alex, coordino il corso di Interaction Design all'ISIA di Roma. Sarebbe disponibile a giugno a far parte della commissione "
          "di revisione dei progetti finali? È previsto un compenso e il rimborso del viaggio. Resto a disposizione per i dettagli."))
P("good_invitation", "en", "Priya Raman", "Talent Partner, Design | Lumenwork", "Berlin",
  ("inv", "Hi Alex, I'm hiring a Senior Product Designer for our payments team: full-time, remote within the EU, €75–85k. "
          "Saw your energy app redesign. If you'd ever consider going in-house, I'd love to send you the brief."))
P("good_invitation", "es", "Lucía Ferrer", "Diseñadora UX freelance | Barcelona", "Barcelona",
  ("inv", "Hola Alex! Soy diseñadora freelance en Barcelona. Con otras tres compañeras nos pasamos los proyectos que no podemos coger "
          "(España e Italia sobre todo). Sin cuotas, solo buena fe. ¿Te apetece estar en el grupo?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "it", "Roberto Sassi", "Web developer freelance | PHP | Laravel", "Modena", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kyle Brennan", "Growth | Automation | SaaS", "Austin", ("inv", NONOTE))
P("default_invitation", "it", "Noemi Pace", "Studentessa di Design della Comunicazione", "Milano", ("inv", NONOTE))
P("default_invitation", "en", "Ahmed Farouk", "Graphic Designer | Branding | Motion", "Cairo", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jake Morrison", "Account Executive, SMB EMEA | Framewise", "Dublin",
  ("inv", "Hi Alex, noticed you freelance across several clients. Framewise bundles Figma handoff, auto-specs and client sign-off in one link. "
          "There's a freelancer plan at €12/mo. Worth a 15-min walkthrough next week?"))
P("sales_invitation", "it", "Valeria Monti", "Consulente fiscale per freelance | Partita IVA Facile", "Milano",
  ("inv", "Ciao Alex! Sei in forfettario? Con la nostra app apri, gestisci e chiudi la partita IVA, commercialista dedicato a 29€/mese. "
          "Chi si iscrive entro fine mese ha il primo trimestre gratis. Ti giro il link?"))
P("sales_invitation", "it", "Gianluca Ferro", "Mentor UX | Fondatore di UX Accelerator Academy", "Verona",
  ("inv", "Ciao Alex, hai mai pensato di passare da freelance che rincorre i clienti a designer che se li sceglie? Nel mio percorso 1:1 di 12 settimane "
          "i mentee raddoppiano la tariffa. Facciamo una call conoscitiva?"),
  ("rem",))
P("sales_invitation", "en", "Rahul Mehta", "Founder | PixelBridge – design & dev studio", "Pune",
  ("inv", "Hello Alex, we are 40 designers and developers in Pune. We can take your overflow UI work white-label at $18/hour, NDA signed. "
          "May I share our portfolio and rate card?"))
P("sales_invitation", "en", "Chloe Winters", "Partnerships | FolioNest – portfolio sites for creatives", "Bristol",
  ("inv", "Hey Alex! Your Behance looks great, but is it bringing you work? FolioNest builds portfolio sites that book discovery calls for you. "
          "Happy to send a free audit of your site plus our pricing 🙂"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Stefano Lucchini", "Community Lead | Designer Freelance Italiani", "Reggio Emilia",
  ("inv", "Ciao Alex, sto mettendo in piedi un gruppo di designer freelance tra Emilia e Lazio per passarci lavori e confrontarci sulle tariffe. "
          "Niente di commerciale, solo gente del mestiere. Ti va di entrare?"),
  ("msg", "Grazie per il collegamento! Allora, il gruppo parte a settembre: l'accesso è riservato a chi segue il programma Freelance Pro "
          "(497€, oppure 3 rate da 179€). Dentro trovi i modelli di contratto e la bacheca lavori. Ti tengo un posto?", (2, 9)),
  ("msg", "Alex, restano 3 posti a prezzo early bird, da lunedì si passa a 697€. Fammi sapere entro domenica!", (6, 15)))
P("bait_and_switch_invitation", "en", "Brandon Kessler", "UI designer | Founder @ UIStack", "Toronto",
  ("inv", "Hey Alex, fellow UI nerd here 👋 loved your dark-mode case study. Always good to know designers who sweat the details. Let's connect!"),
  ("msg", "Thanks for accepting! Quick one: we just launched UIStack Pro, 4,000+ components synced to Figma. Since you're a fellow designer "
          "I can do 40% off lifetime ($149 instead of $249). Want the code?"))
P("bait_and_switch_invitation", "it", "Matteo Sarti", "Responsabile progetti digitali | Sarti Immobiliare", "Roma",
  ("inv", "Buonasera Alex, cerchiamo un designer per il nuovo portale della nostra agenzia immobiliare, una quarantina di schermate. "
          "Ho visto i suoi lavori e vorrei coinvolgerla. Posso scriverle qui?"),
  ("msg", "Gentile Alex, per procedere il nostro ufficio acquisti chiede che i fornitori siano accreditati sulla piattaforma VendorPass "
          "(quota di accreditamento 85€). Appena fatto le giro il brief e l'anticipo del 30%. Le mando il link per il pagamento?", (1, 4)),
  ("msg", "Alex, il progetto parte lunedì e mi serve la conferma dell'accreditamento entro domani, altrimenti devo passare al secondo candidato.", (1, 3)))
P("bait_and_switch_invitation", "it", "Francesca Orlando", "UX Researcher | Mentor", "Torino",
  ("inv", "Hi Alex, I'm doing a small research on how freelance designers in Italy manage the feedback of clients. Can I ask you 3 questions? "
          "It would help me a lot and I will share the results with everyone who participates."),
  ("msg", "Thank you for the answers Alex, very precious! From the research came out that many freelancers struggle with pricing, so I created "
          "the masterclass 'Price like a Pro' (€89, live on 12 March). Since you participated I reserve you 20% off, let me know!"),
  nl="en")
P("bait_and_switch_invitation", "en", "Ryan Caldwell", "Helping freelance designers land clients", "Denver",
  ("inv", "Hi Alex, I made a free Notion onboarding template for freelance designers (contract checklist, kickoff questions, invoice tracker). "
          "Happy to send it over, no strings. Connect?"),
  ("msg", "Glad we connected! The template lives inside my Client Magnet program, together with 6 modules on outbound for designers: "
          "$297, or 3 x $109. Want the checkout link? Doors close Friday."),
  ("msg", "Hey Alex, last call on Client Magnet. Two designers from Milan joined this week 🚀"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Daniel Whitaker", "Project Manager | Brightlane Ventures", "Houston",
  ("inm", "New app project – UI designer needed", "Hello Alex, I came across your profile and I am impressed by your portfolio. We have a mobile app "
          "project for a fitness startup, 25 screens, budget $6,500. Are you available to take on this project? Kindly get back to me with your availability."),
  ("inm", "Project onboarding", "Thanks for your reply. The client has approved you. We will send you a check of $4,800 covering the upfront payment "
          "and the software licenses: you pay the licenses to our approved vendor from this amount and keep the rest. Kindly send full name, "
          "address and phone number so we can process the check.", (2, 6)))
P("bait_and_switch_inmail", "it", "Chiara Bellini", "Orientamento e community | Accademia Digitale Pixel", "Milano",
  ("inm", "Borsa di studio per designer", "Ciao Alex, abbiamo selezionato il tuo profilo per una delle 10 borse di studio del nostro Master in UX/UI Design. "
          "Ti va di fare un colloquio conoscitivo gratuito con la nostra coordinatrice?"),
  ("inm", "Il tuo posto nel Master", "Ciao Alex! Ottime notizie: la borsa copre il 40% della retta, quindi il tuo investimento è di soli 2.340€ "
          "(anche a rate con Scalapay). Per bloccare il posto serve un acconto di 300€ entro venerdì."))
P("bait_and_switch_inmail", "en", "Liam Forsyth", "Design Director | Open Design Collective", "Edinburgh",
  ("inm", "Quick question about your Figma workflow", "Hi Alex, I'm writing up how independent designers handle versioning in Figma, "
          "for a public post. Would you tell me how you do it? Happy to credit you, of course."),
  ("inm", "Thanks + something for you", "Thanks Alex, really useful. Based on what you described you'd be a great fit for Versionly, our branching "
          "tool for Figma. I can set you up on the Studio plan at €29/seat/month with the first month free. Shall I send the invite?"),
  ("inm", "Re: Versionly", "Hi Alex, just checking you saw this. The free month offer is only open until the 30th."))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Luca Ferretti", "Web Designer | WordPress | SEO", "Rimini",
  ("end",), ("end",),
  ("msg", "Ciao Alex! ti ho confermato {skill} e un paio di altre 😉 se ti avanza un minuto mi confermi WordPress e SEO? grazie mille, io ricambio sempre!"))
P("endorse_me_back", "en", "Natalie Brooks", "Product Designer | Open to work", "Manchester",
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill}, well deserved. I'm job hunting at the moment, so if you could endorse me for Design Systems "
          "and User Research it would honestly mean a lot. Thank you!!"))
P("endorse_me_back", "it", "Dott.ssa Patrizia Valli", "Consulente di comunicazione | Docente a contratto", "Roma",
  ("end",), ("end",),
  ("msg", "Gentile Alex, ho avuto il piacere di segnalare la sua competenza in {skill}. Le sarei grata se potesse fare altrettanto con le mie, "
          "in particolare Comunicazione istituzionale. Cordiali saluti."))
P("endorse_me_back", "it", "Simone Ricci", "Motion Designer | After Effects | 3D", "Roma",
  ("end",),
  ("msg", "Ciao Alex, I gave you some endorsement, you are a top designer. Can you do the same for me on After Effects and Motion Graphics? "
          "We help each other, no? Thanks bro"),
  nl="en")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Massimo Bertolini", "Imprenditore | E-commerce | Startup", "Roma",
  ("inv", "Ciao Alex, ho un'idea per un'app che rivoluzionerà il delivery a Roma. Cerco un designer che ci creda e lavori per equity. Sentiamoci!"),
  ("rem",),
  ("inm", "Ma sul serio?", "Alex ti ho scritto due volte e neanche una risposta. Poi vi lamentate che non c'è lavoro. Con questa spocchia non vai da nessuna parte, fidati."))
P("hostility_after_decline", "en", "Greg Dalton", "CEO | Scalify Growth Agency", "Austin",
  ("inv", "Hi Alex, we help freelance designers add $10k/mo in retainers with a done-for-you outbound system. Worth a chat?"),
  ("inm", "Wow", "Ignored, huh? I take the time to personally reach out and you can't even hit decline like an adult. Frankly, that's unprofessional. "
          "Good luck with your little freelance career."))
P("hostility_after_decline", "it", "Arch. Renato Colombo", "Architetto | Studio Colombo & Partners", "Bologna",
  ("inv", "Gentile Alex, gradirei inserirla nella mia rete di contatti professionali."),
  ("rem",),
  ("inm", "Cortesia", "Gentile Alex, noto che non ha ritenuto di accettare il mio invito. Ai miei tempi si rispondeva per educazione, anche solo con un no. "
          "Evidentemente la buona creanza è passata di moda. Distinti saluti."))
P("hostility_after_decline", "it", "Sara Moretti", "UX/UI Designer junior | In cerca di lavoro", "Napoli",
  ("inv", "Hi Alex, I'm junior designer and I would love a feedback on my portfolio, can you give me 10 minutes? thank you!!"),
  ("rem",),
  ("inm", "ok...", "ok I understand, you are too important to answer a junior. I will remember it when I will be senior. Shame on you, really."),
  nl="en")


# =============================================================== hostility_connection
P("hostility_connection", "it", "Fabio Zanetti", "Titolare | Zanetti Web Agency", "Ferrara",
  ("msg", "Ciao Alex, ti propongo un accordo: tu mi passi i clienti che ti chiedono anche lo sviluppo e io ti riconosco il 10%. "
          "Abbiamo più di 50 siti all'attivo, lavoro pulito. Ci stai?"),
  ("msg", "Allora Alex, ci hai pensato? Ti mando il listino da girare ai tuoi clienti."),
  ("msg", "Vabbè, vedo che leggi e non rispondi. Poi non lamentarti se i clienti ti scappano, con questa professionalità. Cancellami pure."))
P("hostility_connection", "en", "Derek Shaw", "Founder | DesignOps Consulting", "Dublin",
  ("acc",),
  ("msg", "Thanks for connecting Alex. We run DesignOps audits for small teams and freelancers, €1,200 flat. Would a call on Thursday work?"),
  ("msg", "Not even a 'no thanks'? You're the one who sent ME the request. Bizarre way to treat people, honestly. Best of luck."))
P("hostility_connection", "en", "Vincenzo Esposito", "CEO | Esposito Digital Solutions", "Napoli",
  ("msg", "Good morning Alex, we are a young and dynamic reality from Naples. We propose you to become our partner for UX consulting: "
          "you pay a small entry fee (€350) and we pass you the clients. Let me know!"),
  ("msg", "Dear Alex, I wrote you in a kind way and you didn't even answer. In Naples we say that education is free. "
          "Very disappointed of your behaviour."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Olivia Hart", "Customer Success | Protoflow", "London",
  ("msg", "Hi Alex! Hope freelance life is treating you well. Protoflow just shipped AI-generated user flows from a single prompt. "
          "Up for a 20-minute demo?"),
  ("msg", "Following up on the demo! We also run a partner programme where freelancers earn 20% recurring on their clients' seats. Interested?"))
P("connection_only_pitches", "it", "Andrea Pellegrini", "Consulente assicurativo | RC professionale per creativi", "Bologna",
  ("msg", "Ciao Alex, lo sai che se un cliente contesta un tuo lavoro rischi di pagare di tasca tua? Con la nostra RC professionale per designer "
          "si parte da 180€ l'anno. Ti preparo un preventivo?"),
  ("msg", "Ti riscrivo per quel preventivo RC: fino al 30 c'è lo sconto del 15% per i liberi professionisti."),
  ("msg", "Alex, ultima chiamata per la promo, poi torna prezzo pieno!"))
P("connection_only_pitches", "en", "Lorenzo Galli", "Sales Manager | StockVisuals Italia", "Firenze",
  ("msg", "Hello Alex, I take the occasion to present you our new library of Italian-made stock photos and icons, perfect for your projects. "
          "With the code ALEX20 you have 20% of discount on the annual plan."),
  ("msg", "Hello again Alex, I remind you that the code ALEX20 expires on Sunday. Don't lose it!"))
P("connection_only_pitches", "it", "Elisa Fabbri", "Formatrice | Corsi Figma avanzati", "Bologna",
  ("msg", "Ciao Alex! A marzo riparte il mio corso 'Figma Variables e prototipazione avanzata': 6 serate in presenza a Bologna, 390€. "
          "Per chi è già nella mia rete c'è il 15% di sconto. Ti interessa?"),
  ("msg", "Ciao Alex, ti scrivo perché sono rimasti 2 posti. Se vuoi te ne blocco uno 😊"))
cur("Olivia Hart", "Elisa Fabbri")


# =============================================================== single_pitch
P("single_pitch", "it", "Tommaso Neri", "Community & Sales | Spazio Dora Coworking", "Roma",
  ("msg", "Ciao Alex, ho visto che fai avanti e indietro tra Bologna e Roma: da noi a San Lorenzo c'è la formula nomade, 10 giorni al mese a 120€. "
          "Passa quando vuoi, ti faccio fare una giornata di prova."))
P("single_pitch", "en", "Ben Holloway", "Founder | InvoiceKit for creatives", "Leeds",
  ("msg", "Alex, quick one. Chasing late invoices? InvoiceKit sends the polite reminders for you and adds late fees automatically. "
          "Free for 3 clients, €9/mo after that. Want early access?"))
P("single_pitch", "it", "Claudio Marchi", "Tipografia Marchi | Stampa digitale e offset", "Imola",
  ("msg", "Buongiorno Alex, se ai suoi clienti servono biglietti da visita, brochure o packaging, stampiamo in 48 ore con spedizione gratuita "
          "sopra i 100€. Le mando il listino riservato ai grafici?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Valentina Orsi", "Senior UX Designer freelance", "Roma",
  ("msg", "Alex! Mi è arrivata una richiesta per un design system di una municipalizzata ma sono piena fino a giugno. Ho fatto il tuo nome, "
          "ti scrive la referente, Laura. Poi mi racconti com'è andata!"),
  ("msg", "Aggiornamento: mi hanno confermato che ti contattano lunedì. Ti giro anche il documento dei requisiti che avevano mandato a me, "
          "così arrivi preparato. In bocca al lupo!"))
P("connection_brings_value", "en", "Jonas Berg", "Design Systems Lead | Oslo", "Oslo",
  ("end",),
  ("msg", "Hey Alex, we just open-sourced our accessibility annotation kit for Figma. Figured you'd get use out of it after your talk in Bologna. "
          "No sign-up, just the file. Shout if anything looks off."))
P("connection_brings_value", "it", "Daniele Proietti", "Organizzatore | Roma UX Meetup", "Roma",
  ("msg", "Aò Alex, a fine mese rifacciamo il meetup all'Ostiense, tema design per la PA. Gratis come sempre, vengono pure quelli di Designers Italia. "
          "Se vuoi fare un talk da 15 minuti lo slot te lo tengo io. Daje!"))
P("connection_brings_value", "it", "Martina Gallo", "UX Writer freelance", "Bologna",
  ("msg", "Hi Alex, I share with you the microcopy guidelines I wrote for the hospital booking project, maybe useful for your next health app. "
          "Feel free to use them, they are in Italian and English."),
  nl="en")
P("connection_brings_value", "es", "Pablo Ortiz", "Product Designer | Madrid", "Madrid",
  ("msg", "¡Hola Alex! Te paso el enlace a las grabaciones del Interaction Madrid de este año, gratis hasta final de mes. La charla de Sara sobre "
          "investigación con personas mayores te va a encantar, se parece mucho a lo que contaste en Bolonia."))
cur("Daniele Proietti")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Laura Bianchini", "Talent Acquisition | Emilbanca Digital", "Bologna",
  ("inm", "Senior UX Designer – tempo indeterminato, Bologna", "Buongiorno Alex, cerchiamo un/una Senior UX Designer per il team dell'app di mobile banking. "
          "RAL 45-52k, ibrido con 2 giorni in sede a Bologna. Le andrebbe di fare due chiacchiere per capire se può interessarle?"))
P("stranger_inmail_recruiter", "en", "Emma Sullivan", "Head of Design | Tidewater Health", "Cork",
  ("inm", "Contract role on my team (6 months)", "Hi Alex, I lead design at Tidewater and I need a contractor to help redesign patient onboarding: "
          "6 months, 3 days a week, remote from Italy is fine, day rate around €450. Your healthcare case studies are spot on. Could we talk this week?"))
P("stranger_inmail_recruiter", "it", "Kevin Mancuso", "Consultant | TalentBridge Italia", "Roma",
  ("inm", "UI Designer – Roma, progetto PNRR", "Hi Alex, I am recruiter for a consulting company in Rome that needs a UI Designer for a 12 months "
          "project on PNRR digital services. Full remote possible, compensation to discuss based on your experience. Are you open to talk?"),
  nl="en")
cur("Kevin Mancuso")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Aditya Sharma", "Business Development | CodeCrafters Technologies", "Noida",
  ("inm", "Development partner for your designs", "Hi Alex, you design, we develop! We are a 150-people team doing React Native and Flutter at $22/hr. "
          "Many European designers use us to deliver end-to-end. Can we schedule a call?"),
  ("inm", "Re: Development partner", "Hi Alex, just bumping this up. We're also offering a free first sprint to new partners this month."))
P("stranger_inmail_sales", "it", "Fabrizio Longo", "Consulente | Bandi e finanziamenti per professionisti", "Pescara",
  ("inm", "Contributi a fondo perduto per la tua attività", "Buongiorno Alex, con il nuovo bando regionale puoi ottenere fino a 15.000€ a fondo perduto "
          "per hardware e software. Pensiamo a tutto noi, il nostro compenso è a successo (12%). Possiamo sentirci?"))
P("stranger_inmail_sales", "en", "Megan Clarke", "Sales | Designbase", "San Francisco",
  ("inm", "Get in front of 2M buyers", "Hi Alex! Designbase Pro puts your portfolio in front of 2M+ buyers, and Pro members get 3x more project leads. "
          "Upgrade today for $8/month, first month on us."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Nicolò Fantini", "UX Lead | Fondatore di Slow Design Lab", "Bologna",
  ("inv", "Ciao Alex, ho visto il tuo intervento sulla ricerca con utenti anziani. Facciamo un ciclo di incontri gratuiti sul design accessibile "
          "in Salaborsa: ti andrebbe di partecipare o di intervenire?"),
  ("msg", "Ciao Alex, ecco slide e registrazione dell'incontro, grazie ancora per le domande. Il prossimo è il 12, sempre in Salaborsa."),
  ("msg", "Ciao Alex, volevo dirti che Slow Design Lab lancia la certificazione 'Accessibility Designer' (1.200€ + IVA). Visto che sei già della "
          "community ti faccio entrare nel primo gruppo a 900€. Ti mando il modulo?"))
P("good_turns_ugly", "en", "Amelia Grant", "Senior Product Designer | Mentor on ADPList", "Amsterdam",
  ("inv", "Hi Alex! I mentor on ADPList and we seem to overlap a lot (design systems, public sector). Would be lovely to swap notes, "
          "and I'm happy to share the token naming guide we use at work."),
  ("msg", "As promised, the token naming guide! It's a Google Doc, copy away. Curious how you name your semantic colours, by the way."),
  ("end",),
  ("msg", "Hey Alex, small favour: I endorsed you for {skill} the other day. Would you mind endorsing me for Design Systems and Mentoring? "
          "I'm applying for a Staff role and recruiters do look at that stuff."))
P("good_turns_ugly", "it", "Giulio Amato", "Product Designer", "Roma",
  ("inv", "Ciao Alex, sono un designer romano, il tuo articolo sui form della PA mi è servito un sacco. Se ti servono ho i risultati dei test "
          "di usabilità che abbiamo fatto sul login SPID, te li giro volentieri."),
  ("msg", "Eccoli, report in PDF, 18 partecipanti. Citalo pure se ti serve."),
  ("msg", "Alex, ho aperto la mia agenzia! Facciamo test di usabilità in outsourcing a 2.500€ a round. Se hai clienti che ne hanno bisogno "
          "me li presenti? Ovviamente ti riconosco una commissione."))
cur("Amelia Grant")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Connor Hayes", "Growth | Webflow Studio Partner", "Manchester",
  ("inm", "Quick idea for your site", "Hey Alex, I rebuilt your portfolio homepage in Webflow as a quick mockup and it converts way better. "
          "Our studio does this for €1,900 fixed. Want me to send the link?"),
  ("inv", "Hi Alex, fellow design enthusiast here, would love to connect and follow your work!"))
P("reinvite_known_bad", "it", "Roberta Silvestri", "Social Media Manager | Content Creator", "Pescara",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ti seguo da un po', bellissimi i tuoi case study! Collegarsi tra creativi fa sempre bene 😊"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Curtis Boyd", "Founder | LaunchLoop Studio", "Phoenix",
  ("inv", "Alex, we partner with freelance designers to white-label their work for US clients. Got 5 min this week?"),
  ("inm", "Seriously?", "Declined without a word. Classy. This is exactly why freelancers stay broke."),
  ("inv", "Hi Alex, let's bury the hatchet, would love to connect as fellow creatives."))
P("reinvite_known_ugly", "it", "Ilenia Marras", "Career coach per creativi", "Cagliari",
  ("inm", "Una domanda sul tuo percorso", "Ciao Alex, sto scrivendo un articolo su come i designer italiani sono passati dal lavoro dipendente "
          "alla libera professione. Ti andrebbe di raccontarmi la tua storia in 10 minuti?"),
  ("inm", "Grazie! E una proposta", "Grazie Alex, storia bellissima! Proprio per chi è nella tua fase ho creato il coaching 'Freelance Sostenibile': "
          "6 sessioni a 540€. Hai tempo giovedì per una call gratuita di orientamento?"),
  ("inv", "Ciao Alex! Mi farebbe piacere averti nella mia rete, condivido spesso risorse gratuite per freelance."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Alessandra Greco", "Account Executive | Creativa Software, rivenditore autorizzato", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Visto che lavori tanto con la grafica, come rivenditore autorizzato possiamo darti le licenze "
          "Creative Cloud al 25% in meno per il primo anno. Ti preparo un'offerta?"))
P("user_invited_pitch_once", "en", "Sam Patel", "Co-founder | PanelPal – research participants on demand", "London",
  ("acc",),
  ("msg", "Thanks for the add, Alex! Since you run a lot of research for clients: PanelPal recruits 5 Italian-speaking participants in 48h, "
          "from €39 each. Want me to set up a trial project?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Oscar Lindholm", "Partner Manager | Depthkit 3D", "Stockholm",
  ("acc",),
  ("msg", "Hey Alex, thanks for connecting after Config! Depthkit lets you build 3D web scenes without code, and the team plan is 30% off "
          "for freelancers this quarter. Demo?"),
  ("msg", "Hi Alex, circling back: the freelancer discount ends Friday. Can I grab 15 minutes on your calendar?"))
P("user_invited_pitch_twice", "it", "Carlo Mazza", "Fotografo | Mazza Studio", "Parma",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'accettazione! Come ti dicevo in fiera, se ai tuoi clienti servono foto prodotto o ritratti per i siti "
          "faccio prezzi speciali ai designer: pacchetto 20 scatti a 350€."),
  ("msg", "Ciao Alex, ti giro il listino aggiornato con il pacchetto e-commerce. Se hai qualcuno a cui passarlo, fammi sapere!"))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Elena Rinaldi", "Design Manager | Comune di Bologna, Ufficio Innovazione", "Bologna",
  ("acc",),
  ("msg", "Grazie Alex per il collegamento. Come le accennavo al convegno, a febbraio pubblichiamo una manifestazione di interesse per servizi "
          "di UX research sul portale dei servizi comunali: le mando il link appena esce. Intanto le giro le nostre linee guida interne, "
          "così vede come lavoriamo."))
P("user_invited_value", "en", "Marcus Lee", "Staff Designer | Figma Community contributor", "Amsterdam",
  ("acc",),
  ("msg", "Hey Alex, great chatting at the meetup. Here's the plugin I mentioned that checks contrast across all variants, free and open source. "
          "And if you ever want a second pair of eyes on a design system audit, just ping me."))
P("user_invited_value", "fr", "Camille Dubois", "Directrice artistique | Studio Lumière", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis, je vous mets en relation avec Hugo, notre CTO : ils cherchent un designer UX freelance "
          "pour leur application de réservation, projet de 4 mois. Je lui ai déjà transmis votre portfolio."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Federico Marini", "Art Director | Roma", "Roma", ("acc",))
P("acceptance_only", "en", "Grace Okoye", "Service Designer | Lisbon", "Lisbon", ("acc",))
P("lone_endorsement", "it", "Beatrice Costa", "UI Designer | ex compagna di corso IED", "Roma", ("end",))
P("lone_endorsement", "en", "Tom Reilly", "Frontend Developer | Bologna", "Bologna", ("end",))

cur("Daniele Russo", "Sophie Marlowe", "Chiara Bellini", "Liam Forsyth")

# every invitation note fits LinkedIn's 300-character cap
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Federica Lanzoni", "f.lanzoni@coopilponte.example.it", "App assistenza domiciliare – possiamo vederci?",
     "Buongiorno Alex,\n\nle avevo scritto anche su LinkedIn, ma per sicurezza le mando due righe qui. Saremmo liberi martedì o giovedì mattina "
     "in via Irnerio.\n\nUn caro saluto,\nFederica", "it"),
    ("Dribbble", "no-reply@dribbble.example", "Your shot is getting attention",
     "Hi Alex,\n\nyour shot 'Booking flow – dark mode' got 120 likes this week. Share it on LinkedIn to reach more clients.", "en"),
    ("Studio Neri Commercialisti", "studio@neri-commercialisti.example.it", "Scadenze di giugno e fatture estere",
     "Ciao Alex,\n\nho visto su LinkedIn che lavori con un cliente di Cracovia: ricordati che la fattura va senza IVA con la dicitura per l'inversione contabile. "
     "Ti ricordo anche il saldo del forfettario entro il 30.\n\nMarta", "it"),
    ("Roma UX Meetup", "info@meetup.example.com", "Nuovo evento: design per la PA – Ostiense",
     "Ciao Alex,\n\nil gruppo Roma UX Meetup ha pubblicato un nuovo evento. Condividilo su LinkedIn e porta un collega!", "it"),
    ("Brightlane Ventures", "projects@brightlane-ventures.example", "Check dispatched – UI project",
     "Dear Alex,\n\nas discussed on LinkedIn, the check has been dispatched by courier. Please deposit it and send the license fee to our vendor today.\n\nDaniel", "en"),
    ("Figma", "no-reply@figma.example.com", "Your Professional plan renews on the 3rd",
     "Hi Alex,\n\nyour Figma Professional plan renews soon. Tip: link your Community profile to LinkedIn so clients can find your files.", "en"),
    ("Valentina Orsi", "vale.orsi@gmail.example", "Contatto Laura – municipalizzata",
     "Ciao Alex,\n\nti ho scritto su LinkedIn ma ti giro anche qui il numero di Laura: 051 000 0000. Chiamala pure, ti aspetta.\n\nVale", "it"),
    ("Giacomo Venturi", "giacomo.venturi@example.net", "Fwd: Voglio collegarmi",
     "Alex, questo tizio ha scritto pure a me su LinkedIn, lo conosci? Mi sembra il solito corso a pagamento.\n\n---------- Messaggio inoltrato ---------\n"
     "Da: Gianluca Ferro via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nCiao Giacomo, hai mai pensato di passare da freelance...", "it"),
    ("IED Roma", "eventi@ied.example.it", "Open day Master in UX Design",
     "Gentile Alex,\n\nti aspettiamo all'open day del Master in UX Design. Seguici su LinkedIn per le testimonianze degli ex studenti.", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-fourteenth development corpus (dev114). Generated by scripts/make_corpus_dev114.py (seed {SEED}); do not edit by hand.",
          "# Alex as a freelance UX/UI designer between Bologna and Rome: clients and agencies, design-tool vendors, course and mentorship sellers, "
          "fellow designers, meetup organisers, fake clients, recruiters. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev114", SEED, PEOPLE, FOREIGN, spoofs=10, other=11, header=HEADER, eras=ERAS)
