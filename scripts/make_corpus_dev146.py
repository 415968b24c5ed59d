#!/usr/bin/env python3
"""Write mailbot's dev146 corpus: tests/corpus/dev146/*.eml + expected.toml.

The angle: an ordinary quarter (April to June 2026) in the LinkedIn inbox of Alex Morgan,
founder and creative director of a five-person design studio in Brighton. Alex reads LinkedIn
in English, so LinkedIn's own wording is English throughout; the people write British English
full of emoji, typos and first names, and a handful of French, Spanish and Italian clients and
sellers write in their own language. The proportions are the everyday ones for a small studio:
a steady drip of invitations with LinkedIn's default text or no note at all; white-label web,
Shopify, UI, 3D and SEO shops, lead-gen and appointment setters, print brokers, AI video and
brand-portal tools, M&A brokers and coaches, all selling; a few real clients (an olive-oil
producer in Puglia, a perfume house in Grasse, a bakery opening in Kemptown, a film festival
commissioning an identity) and peers (a studio down the road in Hove, a lecturer looking for
degree-show judges, a Lyon studio passing on an introduction); and now and then the ugly side:
a founders' circle or a community that turns into a pitch, a podcast or an award that turns out
to cost money, endorse-me-back asks, sulks after an ignored request.

Every scenario of the taxonomy is here. All stories start and end inside the quarter, so the
re-invitations come weeks, not months, after the earlier mail.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The dates, the story gaps, the endorsement skills, the recipient's
headline, the job-alert and digest titles, the headlines of spoof-only names and PYMK
suggestions, and the pitches that spoofs carry are swapped in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev146.py              # writes tests/corpus/dev146
    python scripts/make_corpus_dev146.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260417

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the quarter (this process only)
Q_LO = datetime(2026, 4, 1, 7, 0, tzinfo=timezone.utc)
Q_HI = datetime(2026, 6, 30, 20, 0, tzinfo=timezone.utc)

# gaps between the steps of one story, in days (a story may still name its own gap)
cs.GAPS.update({"rem": (4, 12), "acc": (0, 0), "end": (1, 18), "msg": (2, 20), "inm": (3, 16), "inv": (30, 50)})


def _longest_span(steps) -> float:
    """The longest time, in days, from a story's first mail to its last."""
    hi = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        hi += gap[1] + 40000 / 86400
    return hi


def _start_date(self, era: str) -> datetime:
    """A story starts early enough to end inside the quarter; spoofs, digests and other mail fall anywhere in it."""
    lo, hi = getattr(self, "window", None) or (Q_LO, Q_HI)
    self.window = None
    return lo + timedelta(seconds=self.r.randint(0, int((hi - lo).total_seconds())))


mc.Gen.start_date = _start_date
_story = cs.Stories.story


def _story_in_quarter(self, scenario, lang, name, headline, location, nl, steps):
    hi = Q_HI - timedelta(days=_longest_span(steps))
    assert hi > Q_LO, name
    self.g.window = (Q_LO, hi)
    return _story(self, scenario, lang, name, headline, location, nl, steps)


cs.Stories.story = _story_in_quarter

# ------------------------------------------------------------------ a Brighton design studio's world (this process only)
SKILLS = {
    "en": ["Brand Identity", "Graphic Design", "Creative Direction", "Typography", "Packaging Design", "Art Direction", "Web Design"],
    "de": ["Markenidentität", "Grafikdesign", "Kreativdirektion", "Typografie", "Verpackungsdesign"],
    "fr": ["Identité de marque", "Design graphique", "Direction artistique", "Typographie", "Design packaging"],
    "es": ["Identidad de marca", "Diseño gráfico", "Dirección creativa", "Tipografía", "Diseño de packaging"],
    "it": ["Brand identity", "Progettazione grafica", "Direzione creativa", "Tipografia", "Packaging design"],
}
RHEADLINE = {"en": "Founder & Creative Director at Example Studio | Brand identity & packaging, Brighton",
             "de": "Gründer & Kreativdirektor bei Example Studio", "fr": "Fondateur et directeur de création chez Example Studio",
             "es": "Fundador y director creativo en Example Studio", "it": "Fondatore e direttore creativo presso Example Studio"}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.LANGS[:] = ["en"] * 5        # spoofs and LinkedIn's other mail: Alex reads LinkedIn in English
mc.CITY["en"] = ["Brighton", "Hove", "London", "Lewes", "Worthing", "Bristol"]
mc.JOBS[:] = [("Design Director", "Sealane Foods"), ("Head of Brand", "Kemp Town Distillery"), ("Creative Director (maternity cover)", "Sussex Wildlife Trust"),
              ("Senior Packaging Designer", "Downland Dairy"), ("Lead Brand Designer", "Harbourlight Studio"), ("Associate Creative Director", "Oxbow & Finch")]
retitle_other({
    "en": {"job": ("{n} new jobs for \"creative director\"", "Your job alert for creative director in {city}"),
           "news": "Is AI squeezing out the junior designer?", "group": "Top conversations in Brighton Digital & Creative",
           "newsletter": "The Small Studio: pricing when clients cut budgets"},
})
mc.COMPANIES["good"] = ["Sealane Foods", "Kemp Town Distillery", "Downland Dairy", "Harbourlight Studio", "Oxbow & Finch", "University of Sussex",
                        "Brighton Dome", "Fiveways Collective"]
mc.COMPANIES["sales"] = ["PixelPort", "LeadLantern", "Brandsurge", "Stacksmith Dev", "Promptly Creative AI", "RankRight", "Clearline Finance"]
mc.HEADLINES["good"] = ["Creative Director at {co}", "Senior Designer | {co}", "Head of Marketing, {co}", "Brand Manager at {co}",
                        "Design Lead | {co}", "Illustrator & lecturer | {co}"]
mc.HEADLINES["sales"] = ["Business Development Manager at {co}", "Partnerships | {co}", "Founder @ {co}", "Helping agencies scale | {co}",
                         "Account Executive | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "noauth",
                       "untrusted:mx.google.com", "display:outlook.com", "buried", "lookalike:linkedin-mail.co", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the signed-off brand guidelines and the final invoice with you. Sign in to view them before Friday.",
           "Alex, a client of ours wants to commission your studio for a £45k rebrand. Please review the NDA and brief through the secure link."],
    "de": ["Hallo {first}, ich habe Ihnen das Briefing für den Relaunch freigegeben. Bitte melden Sie sich an, um es zu öffnen.",
           "Guten Tag, unser Kunde möchte Ihr Studio beauftragen. Bitte bestätigen Sie die Vertraulichkeitsvereinbarung über den Link."],
    "fr": ["Bonjour {first}, je vous ai partagé le cahier des charges de la nouvelle identité. Connectez-vous pour le télécharger.",
           "Bonjour, notre client souhaite confier sa refonte à votre studio. Merci de signer l'accord de confidentialité via le lien."],
    "es": ["Hola {first}, te he compartido el brief y la factura final. Inicia sesión para descargarlos antes del viernes.",
           "Buenas, un cliente nuestro quiere encargar un rebranding a tu estudio. Revisa el acuerdo de confidencialidad en el enlace."],
    "it": ["Ciao {first}, ti ho condiviso il brief definitivo e la fattura. Accedi per scaricarli entro venerdì.",
           "Buongiorno, un nostro cliente vuole affidare il rebranding al suo studio. Firmi l'accordo di riservatezza tramite il link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== default_invitation: the everyday drip
P("default_invitation", "en", "Tom Ridley", "Junior Graphic Designer | Open to work", "Brighton",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Sarah-Jane Pocock", "Practice Manager at Hove Dental Care", "Hove",
  ("inv", NONOTE))
P("default_invitation", "en", "Kieran Blake", "Business Development Executive | Signet Print Solutions", "Crawley",
  ("inv", DEFAULT))
P("default_invitation", "en", "Aditi Rao", "Product Designer at a London fintech", "London",
  ("inv", NONOTE), ("rem",))
P("default_invitation", "en", "Camille Fournier", "Directrice artistique freelance", "Lyon",
  ("inv", DEFAULT), nl="fr")
P("default_invitation", "en", "Gavin Hurst", "Director at Hurst Lettings", "Worthing",
  ("inv", NONOTE))
P("default_invitation", "en", "Beatriz Lozano", "Diseñadora UX/UI | Freelance", "Madrid",
  ("inv", DEFAULT), nl="es")
P("default_invitation", "en", "Jonny Baxter", "Founder | Baxter Strength & Conditioning", "Brighton",
  ("inv", NONOTE))
P("default_invitation", "en", "Mehmet Aydın", "Senior Software Engineer", "Istanbul",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Lucy Entwistle", "Marketing Coordinator at Lewes Brewery Co.", "Lewes",
  ("inv", NONOTE))
P("default_invitation", "en", "Riccardo Sala", "Motion designer | 2D/3D", "Milano",
  ("inv", DEFAULT), nl="it")
P("default_invitation", "en", "Danielle Okoro", "Talent Acquisition Partner | Creative & Digital", "London",
  ("inv", NONOTE), ("rem",))
P("default_invitation", "en", "Chris Tamworth", "Regional Sales Manager | Kestrel Office Interiors", "Gatwick",
  ("inv", DEFAULT))
P("default_invitation", "en", "Nikolai Petrov", "Full Stack Developer (React, Node) | Freelance", "Sofia",
  ("inv", NONOTE))


# =============================================================== sales_invitation: white-label, lead gen, print, tools
P("sales_invitation", "en", "Harshad Mehta", "Co-founder | PixelForge Technologies – White-label web development for agencies", "Ahmedabad",
  ("inv", "Hi Alex, we're a 60-strong white label dev team working with 40+ UK agencies. Figma to WordPress / Webflow / Shopify, you keep the "
          "client and we stay invisible. Happy to do a free test page so you can judge the quality? 🙂"),
  ("rem",))
P("sales_invitation", "en", "Callum Fraser", "Founder @ Pipeline Porter | Booking sales calls for creative agencies", "Edinburgh",
  ("inv", "Alex - quick one. We put 8-12 qualified discovery calls a month into the diaries of branding studios your size, and you only pay "
          "per meeting that actually happens. Worth a chat? I'm free Thurs arvo"))
P("sales_invitation", "en", "Oksana Kovalenko", "Head of Partnerships | Lviv Pixel Studio", "Lviv",
  ("inv", "Hello Alex! Our team in Lviv makes white label UI/UX and front end for design agencies in UK. Rates from £28/h, english speaking "
          "PMs, and GMT+3 so we overlap your working day. May I send you our case studies and the price list?"))
P("sales_invitation", "en", "Zainab Qureshi", "SEO Specialist | White-label SEO for agencies", "Lahore",
  ("inv", "Hi Alex, noticed your studio site has no blog and sits on page 3 for 'branding agency brighton'. We do white-label SEO for "
          "agencies so you resell it at your own margin. Can i send over a free audit?"))
P("sales_invitation", "en", "Matteo Guidi", "Account Manager | Stampa Veloce Group", "Bologna",
  ("inv", "Ciao Alex, stampiamo packaging e cataloghi per studi di design in tutta Europa, consegna nel Regno Unito in 5 giorni lavorativi e "
          "prezzi da tipografia italiana 😉 Posso mandarti il listino e qualche campione di carta?"),
  nl="it")
P("sales_invitation", "en", "Ellie Marsh", "Freelance Motion Designer & Animator", "Brighton",
  ("inv", "Hey Alex! Brighton-based motion designer here 👋 If the studio ever needs an extra pair of hands on animated logos or social "
          "cutdowns, my day rate is £320 and I can usually start within the week. Reel's on my profile!"))
P("sales_invitation", "en", "Piers Ashcombe", "Partner | Ashcombe & Lyle – M&A for creative and digital agencies", "London",
  ("inv", "Alex, we're quietly advising two acquirers who want UK branding studios with £400k-£2m revenue. If an exit or a merger has "
          "ever crossed your mind, an indicative valuation costs nothing at this stage. Open to a confidential call?"))
P("sales_invitation", "en", "Grace Liang", "Growth | Motionary AI – on-brand video in minutes", "Singapore",
  ("inv", "hi Alex 🙌 agencies are using Motionary to turn a brand guideline PDF into on-brand video ads in minutes, cutting production "
          "costs by ~70%. would love to get you on a 15 min demo, I can set you up with a free agency workspace"),
  ("rem",))


# =============================================================== good_invitation: lecturers, peers, clients, free events
P("good_invitation", "en", "Hannah Kwok", "Senior Lecturer, Graphic Design | University of Brighton", "Brighton",
  ("inv", "Hi Alex, I lead the final-year graphic design module at Brighton. Our degree show opens in June and we'd love you as one of the "
          "industry judges for the studio prize. It's one afternoon, lunch included, and you'd get first look at this year's grads."))
P("good_invitation", "en", "Marcus Adeyemi", "Founder & Creative Director | Fold Studio", "Hove",
  ("inv", "Alex, fellow small-studio founder down the road in Hove. We're moving from day rates to retainers and I'm stuck on how to scope "
          "them. Up for a coffee and a moan about it? I'll bring our new SOW template, yours to pinch."),
  ("rem",))
P("good_invitation", "en", "Lucía Ferrer", "Fundadora | Horno Ferrer, obrador artesano", "Brighton",
  ("inv", "Hola Alex, Tom Aldridge me habló de tu estudio. En septiembre abrimos nuestra primera panadería en Kemptown y buscamos a "
          "alguien que nos haga la identidad y el rótulo. ¿Podríamos hablarlo la semana que viene? Un saludo"),
  nl="es")
P("good_invitation", "en", "Ollie Brennan", "Volunteer host | CreativeMornings Brighton", "Brighton",
  ("inv", "Hi Alex! I'm one of the volunteers behind CreativeMornings Brighton. Free breakfast talk next month at the Fiveways hub, "
          "theme is 'Repair'. Thought it'd be up your street, and we're always after studio founders for the Q&A ☕"))
P("good_invitation", "en", "Chiara Benedetti", "Graphic designer | ex stagista Example Studio", "Firenze",
  ("inv", "Ciao Alex! Sono Chiara, la stagista dell'estate 2024 🙂 Lo studio dove lavoro adesso a Firenze cerca un partner inglese per "
          "un progetto museale e ho fatto il tuo nome. Ti posso mettere in contatto con la direttrice?"),
  ("rem",), nl="it")


# =============================================================== bait_and_switch_invitation: circles, communities, free guides
P("bait_and_switch_invitation", "en", "Nigel Pettifer", "Convenor, Sussex Studio Owners' Circle | Fractional FD", "Haywards Heath",
  ("inv", "Hi Alex, I run a small informal circle for Sussex agency founders. Ten of us, first Thursday of the month at the Jolly Brewer: "
          "cashflow, hiring, difficult clients, no pitching. Thought you'd fit right in. Fancy it?"),
  ("msg", "Cheers for connecting Alex. Before the next circle, one thing: I'm also a fractional FD for creative businesses, and most studios "
          "your size are overpaying corp tax and missing R&D credits. I do a fixed-fee review for £1,250. Shall I book us 30 mins next week?"),
  ("msg", "Hi Alex, circling back on the review – I've two slots left before quarter end. Want one?", (6, 14)))
P("bait_and_switch_invitation", "en", "Isabel Navarro", "Community lead | Estudios Creativos Europa", "Valencia",
  ("inv", "¡Hola Alex! Estoy reuniendo una comunidad de estudios de diseño pequeños de toda Europa para pasarnos encargos que nos vienen "
          "grandes y recomendarnos clientes. Sin cuotas ni nada raro. Me encantaría que el tuyo estuviera 🙌"),
  ("msg", "Gracias por aceptar 😊 Te cuento: además de la comunidad tenemos un equipo de desarrollo web en marca blanca aquí en Valencia, "
          "Webflow y WordPress desde 24 €/hora. ¿Te paso las tarifas y hacemos una llamada esta semana?"),
  nl="es")
P("bait_and_switch_invitation", "en", "Dev Malhotra", "Brand strategist | Helping agency owners price with confidence", "Manchester",
  ("inv", "Alex, loved the packaging you did for that Sussex gin, the foil work is gorgeous. I've written a free 22-page guide on pricing "
          "brand projects by value not hours, happy to send it over, no strings. Connect?"),
  ("msg", "Here's the guide as promised 👉 bit.ly/valuepricing-guide. Heads up, it's really chapter one of my Agency Accelerator: 12 weeks, "
          "next cohort starts in three weeks, £2,400. Got 20 mins this week to see if it'd suit the studio?"),
  ("msg", "Hi Alex, doors close Friday for the June cohort and I'd still love to have you in. Shall I hold a place for you?", (5, 10)))
P("bait_and_switch_invitation", "en", "Rachel Oduya", "Founder | Brighton & Hove Founders' Walks", "Brighton",
  ("inv", "Hi Alex, a few of us founders in Brighton & Hove have started doing a monthly walk on the Downs. No agenda, no slides, just "
          "good chat about running a business. Would love you to come on the next one!"),
  ("msg", "So glad you're in! Next walk is Sunday week from Ditchling Beacon car park, 10am. Also, full disclosure, I'm an independent "
          "financial adviser and I do pension and income protection reviews for business owners. Most founders I meet have zero cover. "
          "Can I pop 30 mins in your diary before the walk?"))


# =============================================================== bait_and_switch_inmail: podcasts, awards, research
P("bait_and_switch_inmail", "en", "Freddie Laing", "Host, Founders in Design podcast", "London",
  ("inm", "Guest spot on Founders in Design?",
   "Hi Alex, I host Founders in Design, a weekly podcast talking to people who run small studios. Your rebrand for the Brighton Fringe came "
   "up in our planning call and we'd love to have you on for an episode about building a studio outside London. Interested?"),
  ("inm", "Next steps for your episode",
   "Brilliant, thanks for the quick reply! To lock in your recording slot we run a guest partnership of £495 + VAT, which covers editing, a "
   "promo video and placement across our socials. I'll send the invoice and booking link as soon as you give the nod."))
P("bait_and_switch_inmail", "en", "Giorgia Ferrante", "Coordinatrice | European Design Excellence Awards", "Roma",
  ("inm", "Il suo studio è tra i finalisti",
   "Gentile Alex, la giuria degli European Design Excellence Awards 2026 ha selezionato il suo studio tra i finalisti della categoria Brand "
   "Identity per il progetto della Brighton Fringe. Complimenti! Le scrivo per sapere se desidera accettare la candidatura."),
  ("inm", "Conferma finalista – quota di partecipazione",
   "Gentile Alex, grazie per la conferma. Per completare l'iscrizione come finalista è prevista una quota di 890 € + IVA, che comprende il "
   "trofeo, due ingressi alla cerimonia di Milano e la pubblicazione nell'annuario. Trova qui sotto il link per il pagamento."),
  nl="it")
P("bait_and_switch_inmail", "en", "Jasmine Cole", "Research Associate | Agency Pulse Report", "Bristol",
  ("inm", "UK agency benchmarking – 5 mins?",
   "Hi Alex, we're putting together the 2026 Agency Pulse report on how UK studios with fewer than ten people price, hire and win work. "
   "Would you answer 6 quick questions? Everyone who takes part gets the full report free before it's published."),
  ("inm", "Thanks + your report",
   "Thanks so much for your answers Alex! The report's out in July. In the meantime, you mentioned your pipeline is lumpy: we run a lead "
   "gen programme built for studios, 10 qualified intro calls a month, £1.8k/month, 90-day minimum. Could I walk you through it on Tuesday?"),
  ("inm", "Tuesday?", "Hi Alex, did Tuesday work for the walk-through? Happy to move it to whenever suits.", (3, 8)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kelly Summers", "Freelance Web Designer | Squarespace & Webflow", "Eastbourne",
  ("end",),
  ("msg", "Hiya Alex! Just endorsed you for {skill} 🙌 would you mind returning the favour for Webflow and Web Design? trying to get my "
          "profile looking sharp for a couple of tenders xx"))
P("endorse_me_back", "en", "Antonio Russo", "Art director", "Napoli",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho dato un paio di conferme sulle competenze, te le meritavi tutte 😄 Se ti va di ricambiare su Art Direction e "
          "Illustrazione mi fai un favorone, sto sistemando il profilo perché cerco lavoro a Londra. Grazie mille!"),
  nl="it")
P("endorse_me_back", "en", "Stuart McBride", "Director, McBride Signs & Graphics", "Shoreham-by-Sea",
  ("end",),
  ("msg", "Alex mate, endorsed you for {skill} the other day. Any chance you could do the same for me on Signage and Vehicle Wraps? Apparently "
          "it helps with the algorithm. Cheers!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Wayne Pickering", "Lead Generation Specialist | 7-figure agency growth", "Leeds",
  ("inv", "Alex, I help design agencies add 5-10 retainer clients in 90 days with a done-for-you LinkedIn outbound system. Mind if I show you how?"),
  ("rem",),
  ("inm", "Seriously?",
   "Ignored my request twice. Wow. You'd think an agency owner would at least have the manners to say no thanks. No wonder so many small "
   "studios go under. Good luck mate, you'll need it."))
P("hostility_after_decline", "en", "Margaux Lefèbvre", "Consultante en image de marque", "Paris",
  ("inv", DEFAULT),
  ("inm", "Petite remarque",
   "Bonjour Alex, je constate que vous n'avez toujours pas accepté mon invitation. Pour quelqu'un qui se vante de « créer du lien » avec ses "
   "clients, c'est assez ironique. Un minimum de courtoisie ne coûte rien. Bonne continuation."),
  nl="fr")
P("hostility_after_decline", "en", "Ryan Doherty", "Photographer | Brand & Headshots", "Brighton",
  ("inv", "Hey Alex, Brighton photographer here, shot for a few agencies round the Lanes. Always good to know the local creatives!"),
  ("inm", "Bit poor",
   "Not sure what I did wrong but blanking a local photographer who just wanted to connect is pretty poor form. Thought the Brighton "
   "creative scene was meant to be friendly. Clearly some people think they're above it."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Darren Wilkes", "Founder | ClickRise Digital – Paid ads for agencies", "Southampton",
  ("msg", "Alex, your studio isn't running any paid social at all. We manage Meta and LinkedIn ads for agencies from £750/m, no contract. "
          "Want a free account audit?"),
  ("msg", "Right, I've messaged you twice now and not so much as a 'no thanks'. Honestly it's people like you who give agency owners a bad "
          "name. Left on read by someone who draws logos for a living. Unreal.", (5, 12)))
P("hostility_connection", "en", "Fiona Gallacher", "Business Coach for Creative Founders", "Glasgow",
  ("acc",),
  ("msg", "Lovely to connect Alex! I coach founders of small studios through the 'stuck at five people' stage. My 6-month 1:1 programme is "
          "£3,600. Want to grab a free discovery session?"),
  ("msg", "Alex, I can see you read my message and didn't reply. That's your choice, but honestly it says a lot. Growth needs openness and "
          "you're clearly not there yet. I won't waste any more of my time."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Imran Siddiqui", "CEO | CodeCrate – Shopify Plus white-label partner", "Karachi",
  ("msg", "Hi Alex, hope you're well. We build Shopify themes for UK design agencies under your brand, fixed prices from £2,200 per store. "
          "Can we schedule a quick intro call?"),
  ("msg", "Hello again Alex, following up on my earlier message. We just finished 3 stores for a London agency, happy to share the links. "
          "When are you free this week?"),
  ("msg", "Alex, last one from me - 20% off the first project for new agency partners until the end of the month. Let me know 👍"))
P("connection_only_pitches", "en", "Helen Brightwell", "Account Director | Brightwell Print & Promo", "Horsham",
  ("msg", "Morning Alex! Hope the studio's thriving. Just a nudge that we're doing 15% off foiled business cards and letterpress this month "
          "for design agencies, lovely for client handovers. Shall I send a sample pack?"),
  ("msg", "Hi Alex, our summer price list is out: trade rates on litho, riso and GF Smith stocks. Want me to set you up with a trade account?"))
P("connection_only_pitches", "en", "Álvaro Prieto", "Fundador | Loop Estudio 3D", "Sevilla",
  ("msg", "Hola Alex, hacemos renders 3D de packaging y producto para agencias de branding, en 48 h y desde 90 € por vista. ¿Te mando "
          "portfolio y tarifas?"),
  ("msg", "Hola de nuevo Alex 👋 Esta semana tenemos un hueco en producción: si tienes algún proyecto de packaging, te hacemos la primera "
          "vista gratis. ¿Hablamos?"),
  nl="es")


# =============================================================== single_pitch
P("single_pitch", "en", "Agnieszka Wróbel", "Business Development | Vistula Dev", "Kraków",
  ("msg", "Hi Alex, we are Vistula Dev, 30 developers in Kraków, and we help UK agencies deliver React and headless CMS builds. Could I "
          "book 20 minutes to present our white-label offer?"))
P("single_pitch", "en", "Josh Tennant", "Accessibility Consultant | WCAG audits", "Reading",
  ("msg", "Alex, with the European Accessibility Act in force, agencies are getting asked for WCAG 2.2 reports on every handover. I run "
          "audits for studios at a fixed £450 per site. Want me to quote on your next launch?"))
P("single_pitch", "en", "Nadia Hussain", "Founder | Virtual Studio Support – VAs for creative agencies", "Birmingham",
  ("msg", "hey Alex! 👋 drowning in admin? our UK-trained VAs handle invoicing, scheduling and client onboarding for design studios from "
          "£15/hr. free 2hr trial if you fancy giving it a whirl"))


# =============================================================== connection_brings_value: clients and peers
P("connection_brings_value", "en", "Federica Moretti", "Marketing Manager | Oleificio Moretti", "Bari",
  ("msg", "Ciao Alex! Le nuove etichette sono arrivate dalla tipografia e sono bellissime 😍 Il distributore di Londra ci chiede se possiamo "
          "usare lo stesso stile anche per la linea di aceti: ti mando il brief la settimana prossima, così ci fai un preventivo."),
  ("msg", "Eccolo, il brief per gli aceti! Ti allego anche le foto dello stand al Vinitaly: il nostro commerciale dice che con l'etichetta "
          "nuova si sono fermati un sacco di buyer. Grazie ancora a tutto lo studio."),
  nl="it")
P("connection_brings_value", "en", "Sam Whitlock", "Creative Director | Whitlock & Grey", "Brighton",
  ("end",),
  ("msg", "Alex, heads up: the council's put out a tender for the seafront wayfinding refresh and it's too big for us on our own. Fancy "
          "going in together? We'd lead on signage and fabrication, you on identity. Deadline's in four weeks, I've got the PQQ."))
P("connection_brings_value", "en", "Amandine Roux", "Directrice de la communication | Maison Roux Parfums", "Grasse",
  ("msg", "Bonjour Alex, petit message pour vous annoncer que notre coffret de Noël est retenu aux Pentawards ! Le jury a cité le travail "
          "typographique de votre studio. Je vous envoie le communiqué dès qu'il sort. Et nous aimerions vous confier la refonte du site "
          "l'an prochain, on en reparle en septembre ?"),
  nl="fr")
P("connection_brings_value", "en", "Priya Natarajan", "Design Manager | Sussex Wildlife Trust", "Lewes",
  ("msg", "Hi Alex, not sure if you've seen but D&AD New Blood is looking for studio mentors for the autumn. It's free, four sessions, and "
          "they match you with a grad. Thought of you after your talk at Clarendon 😊 Sign-up is on their site under 'mentors'."))


# =============================================================== stranger_inmail_recruiter: a role and a commission
P("stranger_inmail_recruiter", "en", "Charlotte Vane", "Senior Talent Partner | Ember & Oak Executive Search", "London",
  ("inm", "Design Director – B Corp food brand (in-house)",
   "Hi Alex, I'm retained by a B Corp food brand in Shoreham to find their first Design Director: building a team of six, £110-125k plus "
   "equity, four days a week on site. I appreciate you run your own studio so this may not be for you, but your packaging work is "
   "exactly the brief. Open to a confidential chat?"))
P("stranger_inmail_recruiter", "en", "Tomás Ibarra", "Responsable de marca | Festival de Cine de Donostia", "Donostia / San Sebastián",
  ("inm", "Encargo: identidad visual edición 2027",
   "Hola Alex, soy Tomás, responsable de marca del festival. Buscamos un estudio externo para la identidad visual de la edición 2027: "
   "honorarios de 28.000 €, contrato directo y sin concurso con trabajo especulativo. Vimos vuestro trabajo para la Brighton Fringe y nos "
   "encantó. ¿Os interesaría? Te puedo enviar el brief."),
  nl="es")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Liam Carver", "SDR | Framesmith – client portals for agencies", "Manchester",
  ("inm", "Alex – client feedback loops",
   "Hi Alex, most studios we speak to lose 6+ hours a week chasing client feedback across email and WhatsApp. Framesmith gives your "
   "clients one portal for proofs, approvals and invoices. Worth 15 minutes to see if it fits how Example Studio works?"),
  ("inm", "Bumping this", "Just bumping this to the top of your inbox Alex, happy to send a 2-min Loom instead of a call if that's easier.", (4, 9)))
P("stranger_inmail_sales", "en", "Ayesha Karim", "Partnerships | StockVault Pro", "London",
  ("inm", "Agency licence for your team",
   "Hello Alex, I'm reaching out because we're offering design agencies an unlimited licence to 40M photos, fonts and mockups at £39 per "
   "seat. Can I set up a free 30-day team trial for the studio?"))
P("stranger_inmail_sales", "en", "Gareth Pryce", "Commercial Finance Broker | Agency Funding", "Cardiff",
  ("inm", "Cash flow for Example Studio",
   "Alex, quick one: if you're waiting on 60-90 day client payments we can advance up to 85% of your invoices within 24hrs. Rates from "
   "1.2%. Got 10 mins this week?"))
P("stranger_inmail_sales", "en", "Quentin Morel", "Business developer | Fonderie Morel, typographies indépendantes", "Paris",
  ("inm", "Licence agence pour vos polices",
   "Bonjour Alex, nous éditons des typographies indépendantes utilisées par des studios comme le vôtre. Ce mois-ci, la licence agence "
   "illimitée est à -40 %. Puis-je vous envoyer le catalogue et caler un appel de 15 minutes ?"),
  nl="fr")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Becky Hollis", "Copywriter & brand voice | Brighton", "Brighton",
  ("inv", "Hi Alex, we met briefly at the Brighton Digital Festival! I'm running a free portfolio night for this year's grads later this month "
          "and need a couple more studio folk to give feedback. Would you be up for it? Pizza's on me 🍕"),
  ("msg", "Thanks for saying yes!! Doors 6.30, I'll pair you with four grads (two illustrators, two UI). Here's the running order and their "
          "PDFs so you can have a peek beforehand."),
  ("msg", "Alex, thank you for Thursday, the grads loved you 🙏 Quick one while I've got you: I've started offering LinkedIn ghostwriting "
          "for agency founders, 8 posts a month in your voice for £650. Your feed's a bit quiet... shall I draft you a sample post?"))
P("good_turns_ugly", "en", "Tariq Haddad", "Design Systems Lead | Freelance", "London",
  ("inv", "Alex, quick peer question if you don't mind: did you find the move to Figma variables worth it for a small team? We're four "
          "designers and I'm on the fence. Happy to return the favour on anything dev-handoff related."),
  ("msg", "Cheers for the thoughtful answer! As promised, here's the token naming doc we landed on, might save you a few hours. Steal "
          "whatever's useful."),
  ("end",),
  ("msg", "Endorsed you for {skill} btw! Would you mind endorsing me for Design Systems and Figma? I'm going for a couple of lead contracts "
          "and recruiters seem to look at that stuff. Ta!"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Connor Walsh", "Founder | SnapLeads – appointment setting for agencies", "Bristol",
  ("inm", "Brighton studios",
   "Alex - we've booked 300+ meetings for UK creative agencies this year. Could I show you how it'd work for a studio your size? 15 mins?"),
  ("inv", "Hi Alex, huge fan of the studio's work on the Fringe rebrand. Would love to be connected and follow what you do next!", (35, 50)))
P("reinvite_known_bad", "en", "Holly Prentice", "Account Manager | Nimbus Hosting", "Brighton",
  ("inv", DEFAULT), ("rem",),
  ("inv", "Hi Alex, sorry if my last request was a bit random! I look after a few Brighton agencies and thought it'd be nice to be "
          "connected. Hope the studio's well :)", (30, 45)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Simon Eastwood", "Growth Partner | Apex Agency Systems", "Milton Keynes",
  ("inv", "Alex, want to double your studio's revenue in 12 months without hiring? Done it for 40 agencies. Let's talk."),
  ("inm", "Your loss",
   "Fine, ignore me. I've had a look at your website Alex and honestly, it shows. Studios that won't invest in growth stay tiny. Don't say "
   "nobody offered."),
  ("inv", "Hi Alex, maybe we got off on the wrong foot. Would be good to connect properly and start fresh 👍", (30, 45)))
P("reinvite_known_ugly", "en", "Lorenzo Bassi", "Project manager | Studio Partner Italia", "Milano",
  ("inm", "Collaborazione su un progetto a Londra",
   "Ciao Alex, cerco uno studio inglese con cui collaborare al rebranding di una catena di gelaterie che apre a Londra in autunno. Ti "
   "andrebbe di sentirci per capire se c'è un fit?"),
  ("inm", "Re: collaborazione",
   "Grazie della risposta! Ti spiego meglio: prima di coinvolgere uno studio nei progetti chiediamo di entrare nel network Studio Partner "
   "Italia, quota annuale 1.200 €. Ti mando il contratto da firmare?"),
  ("inv", "Ciao Alex, restiamo in contatto qui, chissà che più avanti non nasca qualcosa 😊", (25, 40)),
  nl="it")


# =============================================================== user_invited_pitch_once / _twice / _value
P("user_invited_pitch_once", "en", "James Whitcombe", "Agency Operations Consultant | ex Studio Manager", "Guildford",
  ("acc",),
  ("msg", "Thanks for the add Alex, good to meet you at the Chamber breakfast. As I mentioned, I help studios set up resourcing and time "
          "tracking properly; the 2-day ops audit is £1,800. If the timing's ever right, give me a shout."))
P("user_invited_pitch_once", "en", "Marta Ruiz", "Comercial | Papeles Ruiz, papel especial", "Barcelona",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por conectar después de la feria de Londres. Como te comenté, distribuimos papel de algodón y de fibras "
          "recicladas para estudios; si quieres te mando un muestrario y la tarifa profesional."),
  nl="es")
P("user_invited_pitch_twice", "en", "Kat Devereux", "Founder | Lumen Web Studio – Webflow development", "London",
  ("acc",),
  ("msg", "Hey Alex, thanks for connecting after the Webflow meetup! We do Webflow builds for design-led agencies, usually £4-8k a site with "
          "a 3-week turnaround. Fancy a chat about your pipeline?"),
  ("msg", "Hi Alex, we've capacity opening up in July. If you've any builds coming we'd love to quote, and I can share our agency partner "
          "rate card."))
P("user_invited_pitch_twice", "en", "Rohan Desai", "Director | Brandbook AI", "London",
  ("acc",),
  ("msg", "Thanks for accepting Alex! Like I said at Design Week, Brandbook AI turns your guidelines into a live, searchable portal for "
          "clients. Agencies resell it at £99/month per client. Can I book you in for a demo?"),
  ("msg", "Hey Alex, following up on the demo. We've just launched an agency partner tier with 30% rev share. 20 mins Thursday?"))
P("user_invited_value", "en", "Juliette Garnier", "Fondatrice | Atelier Garnier, studio de design", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis à Londres, je te mets en lien avec Claire de la Cité de la gastronomie : ils "
          "cherchent un studio britannique pour leur expo sur le thé en 2027. Je lui ai parlé de toi, elle t'écrit la semaine prochaine. "
          "Et si tu passes par Lyon, le café est pour moi ☕"),
  nl="fr")
P("user_invited_value", "en", "Owen Pritchard", "Senior Designer | Freelance", "Brighton",
  ("acc",),
  ("msg", "Thanks for the invite Alex, nice to finally put a face to the name at the type talk. You said you were after a decent freelance "
          "contract template: here's the one I've used for years, checked by a solicitor, free to use, just swap the names. Shout if "
          "anything's unclear."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Abigail Foster", "Head of Marketing | Brighton Dome & Festival", "Brighton", ("acc",))
P("acceptance_only", "en", "Gianluca Orsini", "Titolare | Gelateria Orsini", "Hove", ("acc",), nl="it")
P("lone_endorsement", "en", "Maisie Trent", "Junior Designer | Fiveways Collective", "Brighton", ("end",))
P("lone_endorsement", "en", "Pete Halloran", "Printer | Halloran Letterpress", "Lewes", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Jess Pardoe", "jess@examplestudio.example", "Fringe case study copy",
     "Hi Alex,\n\nDraft case study copy is in the shared folder. Shall I post it on the studio LinkedIn page Thursday or wait for Dan's "
     "photos?\n\nJ x", "en"),
    ("Jess Pardoe", "jess@examplestudio.example", "Fwd: I want to connect",
     "He's sent one to me AND to Dan now. Block-worthy?\n\n---------- Forwarded message ---------\nFrom: Harshad Mehta via LinkedIn "
     "<invitations@linkedin.com>\nSubject: I want to connect\n\nHi Jess, we're a 60-strong white label dev team working with 40+ UK "
     "agencies...", "en"),
    ("Marcus Adeyemi", "marcus@foldstudio.example", "retainers (and coffee)",
     "Alex,\n\nsent you a LinkedIn request but I know you never look at it. Coffee at Small Batch next Weds? I'll bring the SOW.\n\nM", "en"),
    ("Brighton Chamber", "events@brightonchamber.example", "Business Breakfast – 15 May, The Grand",
     "Good morning,\n\nthanks for booking. Breakfast is served from 7.30. Share your photos on LinkedIn with #BrightonBiz and we'll repost "
     "the best ones.", "en"),
    ("The Skiff", "hello@theskiff.example", "Members' lunch + free headshot day",
     "Hello lovely members,\n\nFriday is headshot day: ten minutes with a pro photographer, free, perfect for your LinkedIn profile. "
     "Sign up on the board by the kitchen.", "en"),
    ("Behance", "no-reply@behance.example", "Your project 'Fringe 2026 identity' was featured",
     "Congratulations! Your project was featured in Branding. Share the news on LinkedIn, Instagram or X.", "en"),
    ("Sam Whitlock", "sam@whitlockgrey.example", "PQQ – seafront wayfinding",
     "Here's the PQQ I mentioned on LinkedIn. Sections 4 and 7 are yours, the rest we can share. Pint Friday to carve it up?\n\nSam", "en"),
    ("Tom Aldridge", "tom@aldridgeandco.example", "Pointed a baker your way",
     "Alex,\n\nI've given your name to Lucía, who's opening a bakery in Kemptown. She'll probably find you on LinkedIn. Lovely lady, "
     "sensible budget.\n\nTom", "en"),
    ("Mailchimp", "noreply@mailchimp.example", "Your campaign 'Studio news – spring' has been sent",
     "Your campaign was sent to 412 recipients. Opens: 48%. Clicks on the LinkedIn button: 23.", "en"),
    ("Claire Dumont", "claire.dumont@citegastronomie.example", "Exposition « Thé » 2027 – prise de contact",
     "Bonjour Alex,\n\nJuliette Garnier m'a parlé de votre studio et je viens de voir vos projets sur LinkedIn. Seriez-vous disponible "
     "pour un appel en juin au sujet de la signalétique de l'exposition ?\n\nBien à vous,\nClaire Dumont", "fr"),
    ("Federica Moretti", "federica@oleificiomoretti.example", "Brief aceti in PDF",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn, ma qui trovi il PDF del brief in alta risoluzione.\n\nA presto,\nFederica", "it"),
    ("Horno Ferrer", "hola@hornoferrer.example", "Reunión para la identidad de la tienda",
     "Hola Alex,\n\nte escribí por LinkedIn pero por si acaso: ¿te va bien el jueves a las 10 en el local de St George's Road?\n\nLucía", "es"),
    ("Festival de Cine de Donostia", "marca@festivaldonostia.example", "Brief identidad 2027",
     "Hola Alex,\n\ncomo te comentó Tomás por LinkedIn, te adjunto el brief y el calendario. Cualquier duda, aquí estamos.\n\nUn saludo,\n"
     "Equipo de marca", "es"),
    ("Xero", "messaging-service@post.xero.example", "Invoice INV-0418 has been paid",
     "Good news! Oleificio Moretti paid invoice INV-0418 (£3,200.00) by bank transfer.", "en"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))
assert len({_s[2] for _s in PEOPLE}) == len(PEOPLE)

ERAS = {s[2]: "cur" for s in PEOPLE}
HEADER = [f"# mailbot dev146 corpus. Generated by scripts/make_corpus_dev146.py (seed {SEED}); do not edit by hand.",
          "# An ordinary quarter (April to June 2026) of the founder of a five-person design studio in Brighton: many default-text "
          "invitations, white-label and lead-gen sellers, a few real clients and peers, the odd rude or endorse-me-back message; British "
          "English with emoji and typos, some French, Spanish and Italian. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev146", SEED, PEOPLE, FOREIGN, spoofs=10, other=14, header=HEADER, eras=ERAS)
