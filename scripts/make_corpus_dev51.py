#!/usr/bin/env python3
"""Write mailbot's dev51 corpus: tests/corpus/dev51/*.eml + expected.toml.

The angle: an ordinary month of an ordinary user. Alex is the finance controller of a
mid-sized packaging manufacturer (Example Industries) with a UK head office and small
sites in Germany, France, Spain and Italy. Nobody famous, nothing special: the month is
mostly invitations with LinkedIn's default text or with no note at all, and short sales
notes (AP automation, energy brokers, wealth planners, offshore bookkeeping, invoice
finance, recruitment agencies, coaches, grant consultants, forklift renting); a few
templated recruiter and vendor notes with generic openers ("I came across your
profile"), short mobile-typed notes with lowercase and emoji; only a handful of genuine
peers (a fellow controller's question, a free CPD breakfast, a real introduction, an
in-house recruiter with a real job, a shared template); and now and then the ugly side:
a peer group that turns into a pension pitch, a "guide" that turns into a demo, a survey
that turns into a sale, one endorse-me-back, two people who take a non-answer badly.
English dominates; German, French, Spanish and Italian come from the group's other sites.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The job-alert titles, the headlines of spoof-only names and
PYMK suggestions, the pitches and phish that spoofs carry, the spoof methods' order and
the start-date window (one month, so the mail reads like one month of an inbox; stories
that need months still run on) are swapped in this process only (make_corpus.py itself
is not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev51.py              # writes tests/corpus/dev51
    python scripts/make_corpus_dev51.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20251051

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ an ordinary month (this process only)


def _one_month(self, era: str) -> datetime:
    """Every story, spoof and digest starts within one month (October 2025; October 2016 for the old layout)."""
    if era == "2016":
        lo, hi = datetime(2016, 10, 3, tzinfo=timezone.utc), datetime(2016, 11, 2, tzinfo=timezone.utc)
    else:
        lo, hi = datetime(2025, 10, 1, tzinfo=timezone.utc), datetime(2025, 10, 31, tzinfo=timezone.utc)
    span = int((hi - lo).total_seconds())
    return lo + timedelta(seconds=self.r.randint(0, span))


mc.Gen.start_date = _one_month

mc.JOBS[:] = [("Financial Controller", "Brackley Foods"), ("Head of Finance – Manufacturing", "Tolland Plastics"),
              ("Senior Management Accountant", "Pennine Foods"), ("Plant Controller (m/w/d)", "Weser Verpackung GmbH"),
              ("Finance Business Partner – Operations", "Caledonia Distillers")]
mc.COMPANIES["good"] = ["Tolland Plastics", "Brackley Foods", "Pennine Foods", "Lowther Engineering", "Caledonia Distillers", "Ribble Valley Engineering",
                        "Weser Verpackung", "Envases Cantábrico"]
mc.COMPANIES["sales"] = ["Ledgerly", "Voltedge", "Tallybridge", "Ironbridge Invoice Finance", "Spendwise", "Closewise", "FX Bridge"]
mc.HEADLINES["good"] = ["Management Accountant at {co}", "Financial Controller | {co}", "Finance Director, {co}", "Plant Accountant at {co}",
                        "Credit Controller | {co}", "Purchasing Manager at {co}"]
mc.HEADLINES["sales"] = ["Business Development Rep | {co}", "Account Executive at {co}", "Head of Partnerships @ {co}", "Founder | {co}",
                         "Helping manufacturers save money | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "display:outlook.com", "untrusted:mx.google.com", "lookalike:linkedin.com.secure-notify.example", "buried", "wrongpass",
                       "noauth", "lookalike:e-linkedin.info"]
SPOOF_PITCH = {
    "en": ["Hi Alex, we cut supplier payment runs from days to minutes. I've put a short deck for your team in the link below, can you have a look?",
           "Alex, following up - the quote for your packaging line insurance is ready. Open it here before Friday, the price is only held for 48h."],
    "de": ["Hallo Alex, Ihr Angebot für die Lieferantenfinanzierung liegt bereit. Bitte hier öffnen und bis Freitag bestätigen.",
           "Guten Tag, ich habe Ihnen unsere Preisliste für 2026 hinterlegt. Einfach mit Ihrem LinkedIn-Konto anmelden."],
    "fr": ["Bonjour Alex, votre devis pour l'affacturage est disponible. Ouvrez-le ici avant vendredi.",
           "Bonjour, je vous ai déposé notre grille tarifaire 2026. Connectez-vous avec votre compte pour la consulter."],
    "es": ["Hola Alex, tu presupuesto de renting ya está listo. Ábrelo en este enlace antes del viernes.",
           "Buenas, te he dejado nuestras tarifas para 2026. Entra con tu cuenta de LinkedIn para descargarlas."],
    "it": ["Buongiorno Alex, il preventivo per il noleggio è pronto. Lo apra da questo link entro venerdì.",
           "Ciao, ti ho caricato il listino 2026. Accedi con il tuo account per scaricarlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
SPOOF_PHISH = {
    "en": ["Hi Alex, sharing the October remittance advice with you. It's in a protected file, sign in with LinkedIn to open.",
           "Alex, is this you in the video? Someone posted it in a group, have a look"],
    "de": ["Hallo Alex, anbei die Zahlungsavise für Oktober. Die Datei ist geschützt, bitte mit LinkedIn anmelden."],
    "fr": ["Bonjour Alex, je vous transmets l'avis de paiement d'octobre. Fichier protégé : connectez-vous pour l'ouvrir."],
    "es": ["Hola Alex, te paso el aviso de pago de octubre. Está protegido, inicia sesión para abrirlo."],
    "it": ["Ciao Alex, ti inoltro l'avviso di pagamento di ottobre. È protetto, accedi per aprirlo."],
}
for _l, _n in SPOOF_PHISH.items():
    mc.PHISH_NOTES[_l] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== default_invitation (the bulk of the month)
P("default_invitation", "en", "Craig Dobson", "Operations Manager at Halden Freight", "Leeds", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Priyanka Sethi", "Accounts Assistant | AAT Level 3 | Purchase Ledger", "Birmingham", ("inv", NONOTE))
P("default_invitation", "en", "Tom Feeney", "Sales Director UK&I at Coreline Software", "London", ("inv", DEFAULT), ("rem",), ("rem",))
P("default_invitation", "en", "Rebecca Lyle", "Talent Acquisition Partner | Early Careers", "Bristol", ("inv", NONOTE), ("rem",))
P("default_invitation", "en", "Jamal Osei", "BSc Accounting & Finance student | University of Salford", "Salford", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Gareth Pryce", "Owner, Pryce Fabrications Ltd", "Cardiff",
  ("inv", "Hi Alex, came across your profile and thought it would be good to connect."))
P("default_invitation", "en", "Shannon Kerr", "Customer Success Manager @ Paylink", "Glasgow", ("inv", NONOTE), ("rem",))
P("default_invitation", "de", "Dennis Vogelsang", "Leiter Einkauf | Kunststofftechnik", "Bielefeld", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Yannick Perrot", "Responsable logistique | Transports Vallée de Seine", "Rouen", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Marcos Valverde", "Analista financiero | Grupo Aranda", "Zaragoza", ("inv", NONOTE), ("rem",))
P("default_invitation", "it", "Roberta Sangalli", "Impiegata amministrativa presso Sangalli Imballaggi", "Brescia", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Nikhil Rao", "Data Analyst | Power BI | SQL | Excel", "Manchester", ("inv", "hey alex hope ur well, lets connect 👍"))
P("default_invitation", "en", "Laura Whitlock", "HR Business Partner at Marlow Brands", "Nottingham", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation (short sales notes)
P("sales_invitation", "en", "Jake Morrow", "SDR @ Ledgerly | Accounts payable automation", "London",
  ("inv", "Hi Alex, I came across your profile and noticed you run finance at Example Industries. We help manufacturers get rid of manual "
          "3-way matching on supplier invoices. Worth a quick chat next week?"),
  ("rem",))
P("sales_invitation", "en", "Ben Hartley", "Chartered Financial Planner | Hartley Wealth Management", "Stockport",
  ("inv", "Alex - do you know what your pension will actually pay out? I look after a lot of finance professionals round Stockport "
          "and Manchester. Free initial review, no obligation."),
  ("rem",))
P("sales_invitation", "en", "Chloe Danvers", "Area Account Manager | Brightmark Print & Office", "Preston",
  ("inv", "hi alex we do printer leases and office consumables for manufacturers in lancs, can i pop a price comparison over? usually save 20%+"),
  ("rem",))
P("sales_invitation", "en", "Samir Qureshi", "Founder | Tallybridge Outsourcing | 40 ACCA-qualified accountants", "Lahore",
  ("inv", "Hello Alex, we provide offshore bookkeeping, AP/AR and month-end support to UK companies at roughly a third of local cost. "
          "Could we schedule a short call to understand your requirements?"),
  ("rem",))
P("sales_invitation", "en", "Holly Jennings", "Senior Consultant | Accountancy & Finance | Sterling Hart Recruitment", "Manchester",
  ("inv", "Hi Alex! I recruit finance staff (temp, interim and perm) across Greater Manchester and Cheshire. If you've any hiring "
          "coming up for year end I'd love to be your first call 😊"),
  ("rem",))
P("sales_invitation", "en", "Marcus Tate", "Energy Procurement Consultant | Voltedge", "Derby",
  ("inv", "Alex, are you the person who signs off energy contracts at Example? We've been getting manufacturing sites 18-22% off "
          "their gas and electric renewals. Can I grab 10 mins?"))
P("sales_invitation", "en", "Aaron Fielding", "Executive Coach | Helping finance leaders get a seat at the table", "Leeds",
  ("inv", "Hi Alex 🙌 most finance managers I talk to are stuck in the weeds doing reports nobody reads. My 12-week programme fixes that. "
          "Reply READY and I'll send the details!"))
P("sales_invitation", "de", "Sandra Pohl", "Vertriebsleiterin | DocuScan GmbH – Eingangsrechnungen digital", "Hannover",
  ("inv", "Hallo Herr Morgan, wie viele Eingangsrechnungen tippen Ihre Kolleginnen und Kollegen noch ab? Unsere Lösung liest sie aus und "
          "bucht vor, ab 290 € im Monat. Ich zeige sie Ihnen gern kurz online."),
  ("rem",))
P("sales_invitation", "fr", "Julien Marchetti", "Conseiller en gestion de patrimoine | PER, SCPI, défiscalisation", "Lille",
  ("inv", "Bonjour Alex, j'accompagne les cadres de la finance qui paient trop d'impôts. PER, SCPI... on regarde ensemble ? "
          "Premier rdv offert, 30 min par téléphone."))
P("sales_invitation", "es", "Lorena Gil", "Key Account Manager | Renting de carretillas y flotas", "Valencia",
  ("inv", "Hola Alex! Trabajamos con muchas empresas industriales en renting de carretillas elevadoras y furgonetas. "
          "¿Te mando una propuesta sin compromiso para la planta de Valencia? Un saludo"))
P("sales_invitation", "it", "Fabio Colombo", "Consulente finanza agevolata | Bandi e crediti d'imposta", "Bergamo",
  ("inv", "Buongiorno Alex, la vostra sede italiana potrebbe avere diritto al credito d'imposta Transizione 5.0. Gestiamo noi la pratica "
          "e pagate solo a risultato. Ci sentiamo 10 minuti?"),
  ("rem",))
P("sales_invitation", "en", "Kyle Benton", "Partnerships @ Spendwise | Corporate cards & expenses", "London",
  ("inv", "Hey Alex 👋 saw you're at Example Industries. Spendwise gives every employee a smart card so nobody fills in an expense "
          "report ever again. Can I show you? takes 15 mins tops"),
  ("rem",))


# =============================================================== good_invitation (the few good notes)
P("good_invitation", "en", "Sophie Ingram", "Finance Manager at Tolland Plastics", "Warrington",
  ("inv", "Hi Alex, fellow injection moulder down the M62 here. We're moving resin from standard to actual costing and I saw your "
          "comment on the ICAEW forum about variances. Could I ask you a couple of questions on how you set it up?"),
  ("rem",))
P("good_invitation", "en", "Dan Whitaker", "Finance Manager | Organiser, Manchester Finance Breakfast Club", "Manchester",
  ("inv", "Hi Alex, I organise a free breakfast for finance managers in Manchester every quarter. Next one is 14 Nov at Spinningfields, "
          "short talk on the new lease rules, counts as CPD. Would be good to see you there."),
  ("rem",))
P("good_invitation", "en", "Rachel Moss", "In-house Recruiter | Brackley Foods", "Preston",
  ("inv", "Hi Alex, I'm the in-house recruiter at Brackley Foods. We're hiring a Head of Financial Control for our Preston site "
          "(£85-95k + car, hybrid) and your background looks a close fit. Open to a confidential chat?"),
  ("rem",))
P("good_invitation", "de", "Martin Eckert", "Konzerncontroller | Example Industries GmbH", "Düsseldorf",
  ("inv", "Hallo Alex, Petra Lang aus unserem Treasury meinte, ich soll mich mal bei dir melden: Wir stellen in Düsseldorf nächstes "
          "Jahr auf das neue ERP um, ihr in UK habt das ja schon hinter euch. Hättest du Zeit für ein paar Fragen?"))
P("good_invitation", "en", "Ainhoa Etxeberria", "Controller de planta | Envases Cantábrico", "Bilbao",
  ("inv", "Hola Alex, soy controller en una planta de envases en Bilbao. El jueves 23 el Colegio de Economistas da un webinar gratis "
          "sobre factura electrónica y Verifactu, con horas de formación. Como tenéis planta en Valencia, te paso el enlace si quieres."),
  nl="es")
P("good_invitation", "it", "Paola Zanetti", "Responsabile amministrazione | Zanetti Stampi", "Vicenza",
  ("inv", "Ciao Alex, ho letto il tuo post sulla chiusura mensile in 5 giorni. Anche noi siamo una media azienda manifatturiera e ci "
          "mettiamo ancora 12 giorni. Posso farti due domande su come avete organizzato le riconciliazioni intercompany?"),
  ("rem",))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Natalie Brooks", "Executive Recruiter | Finance & Accounting | Mason Grey Search", "London",
  ("inm", "Financial Controller – Cheshire – c.£80k",
   "Hi Alex,\n\nI'm retained by a family-owned food manufacturer near Crewe to find their next Financial Controller: reporting to the FD, "
   "team of six, c.£80k + 10% bonus, three days on site. There's a real FD succession plan behind it.\n\nYour time at Example Industries "
   "looks very relevant. Would you be open to a call this week? Happy to send the full brief first.\n\nBest,\nNatalie"))
P("stranger_inmail_recruiter", "fr", "Claire Vasseur", "Talent Acquisition Manager chez Lumière Cosmétiques", "Lyon",
  ("inm", "Contrôleur de gestion industriel – CDI Lyon",
   "Bonjour Alex,\n\nNous recrutons un(e) contrôleur(se) de gestion industriel(le) pour notre usine de Saint-Priest : CDI, 55-62 k€, "
   "un jour de télétravail par semaine. Votre expérience des coûts de production dans l'emballage nous intéresse beaucoup.\n\n"
   "Je vous envoie la fiche de poste si vous êtes ouvert à un échange ?\n\nClaire"))
P("stranger_inmail_recruiter", "en", "Hamish Duncan", "Head of FP&A | Caledonia Distillers", "Edinburgh",
  ("inm", "FP&A lead on my team",
   "Hi Alex - I'm hiring an FP&A lead into my own team (I'm the hiring manager, not an agency). Permanent, Edinburgh or hybrid, around £70k. "
   "The main job is building out a driver-based forecast, which judging by your profile you've done before. Fancy a call to hear more? Hamish"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Taylor Quinn", "Account Executive | Closewise", "London",
  ("inm", "Month-end in 3 days?",
   "Hi Alex, most controllers we speak to are still closing in 8-10 days on spreadsheets. Closewise automates the reconciliations and gets "
   "teams down to three. Are you free Thursday or Friday for a 20-minute demo?"),
  ("inm", "Bumping this up", "Hi Alex, just bringing this back to the top of your inbox. Would a short recorded walkthrough be easier than a call?"))
P("stranger_inmail_sales", "en", "Ryan Whitmore", "Director, Treasury Solutions | FX Bridge", "London",
  ("inm", "Your EUR payables",
   "Alex, I noticed Example Industries buys from a lot of eurozone suppliers. Banks usually mark FX up by 1-2%, we do it for 0.3% and can set "
   "up forwards too. Shall I run a comparison on last quarter's payments?"))
P("stranger_inmail_sales", "de", "Oliver Brandt", "Senior Sales Manager | TravelDesk Reisekosten", "München",
  ("inm", "Reisekosten in 2 Minuten abrechnen",
   "Guten Tag Herr Morgan,\n\nIhre Außendienstler rechnen Reisekosten vermutlich noch mit Excel und Papierbelegen ab? Mit TravelDesk "
   "fotografieren sie den Beleg, der Rest läuft automatisch bis in die Buchhaltung.\n\nDarf ich Ihnen einen Testzugang einrichten und die "
   "Preise für 200 Nutzer schicken?\n\nViele Grüße\nOliver Brandt"))
P("stranger_inmail_sales", "es", "Patricia Lozano", "Business Development | Recobro de impagados B2B", "Madrid",
  ("inm", "Facturas impagadas",
   "Hola Alex, ¿tenéis facturas de clientes españoles con más de 90 días de retraso? Nos encargamos del recobro amistoso y judicial, "
   "y solo cobramos comisión sobre lo recuperado. ¿Hablamos esta semana?"),
  ("inm", "Re: Facturas impagadas", "Alex, te vuelvo a escribir por si se perdió el mensaje. Este mes hacemos el estudio de cartera gratis. ¿Te lo preparo?"))
P("stranger_inmail_sales", "it", "Stefano Riva", "Consulente assicurativo | Polizze D&O e RC professionale", "Milano",
  ("inm", "Polizza D&O per i dirigenti",
   "Buongiorno Dott. Morgan, molti direttori finanziari non sanno di rispondere con il proprio patrimonio per gli errori di gestione. "
   "Abbiamo una polizza D&O dedicata alle PMI industriali a condizioni molto competitive. Posso inviarle un preventivo personalizzato?"))


# =============================================================== single_pitch (one pitch from a connection)
P("single_pitch", "en", "Lee Harrison", "Director | Harrison Commercial Insurance Brokers", "Bolton",
  ("msg", "Hi Alex, hope all's well your end. With renewal season coming round, if you fancy a second quote on your commercial combined "
          "or D&O cover I'd be happy to run the numbers, no obligation. Cheers, Lee"))
P("single_pitch", "en", "Gemma Lowe", "Fractional FD | Founder, Numbers & Co", "Sheffield",
  ("msg", "Morning Alex! Just launched my fractional FD service for SMEs, £1.5k a month for two days. If Example ever needs cover, "
          "or you know someone who would, give me a shout 🙂 Gemma"))
P("single_pitch", "de", "Kai Neumann", "Founder | Datawerk BI", "Berlin",
  ("msg", "Hi Alex, quick one: we just launched a Power BI template pack for controllers (P&L, cash, working capital). 30% off for my "
          "network this week at datawerk.example/controller. Happy to do a walkthrough!"),
  nl="en")
P("single_pitch", "fr", "Amandine Roux", "Consultante RSE | Bilan carbone pour PME", "Nantes",
  ("msg", "Bonjour Alex, avec la CSRD qui arrive, beaucoup de PME industrielles nous sollicitent pour leur bilan carbone. Nous avons une "
          "offre forfaitaire à 6 900 € HT pour un site comme celui de Lyon. Voulez-vous que je vous envoie une proposition ?"))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Stuart Fenwick", "Business Development Manager | Ironbridge Invoice Finance", "Newcastle",
  ("msg", "Alex, hope you're well. Are your customers on 60 or 90 day terms? We release up to 90% of invoice value within 24 hours. "
          "Happy to put some indicative numbers together for you."),
  ("msg", "Hi Alex, following up on the invoice finance - rates have come down this quarter so it could be a good time to look. Shall I send terms?"),
  ("msg", "Last nudge from me Alex! If cash flow isn't a priority right now, no problem, but if it is I can turn a quote round the same day."))
P("connection_only_pitches", "en", "Vikram Desai", "Director | Nimbus ERP – SAP Business One partner", "Reading",
  ("msg", "Hi Alex, are you still on Sage 200? We're running a fixed-price migration to SAP Business One for manufacturers until December. "
          "Can I send you the brochure?"),
  ("msg", "Alex, we have two implementation slots left before year end at this year's day rate. Would you be up for a 30-min discovery session?"),
  ("msg", "Hi Alex, one more from me: we're hosting a Business One open day in Reading on the 27th with a live demo and pricing Q&A. Want me to add your name to the list?"))
P("connection_only_pitches", "it", "Davide Pellegrini", "Agente | Noleggio a lungo termine per aziende", "Padova",
  ("msg", "Ciao Alex! Per le auto dei vostri commerciali in Italia avete già un noleggio a lungo termine? Ho offerte molto buone su "
          "ibride ed elettriche, ti preparo un preventivo?"),
  ("msg", "Ciao Alex, ti riscrivo perché le promo di fine anno scadono il 30. Mi bastano marca, km annui e durata e ti mando tutto."))


# =============================================================== user_invited_pitch_once / twice
P("user_invited_pitch_once", "en", "Connor Walsh", "Account Manager | Fortis Payroll Bureau", "Liverpool",
  ("acc",),
  ("msg", "Cheers for the add Alex, good to meet you at the CIMA dinner. Just so you know, we run payroll for a lot of manufacturers "
          "round Merseyside, so if you ever want a quote to outsource yours, I'm your man."))
P("user_invited_pitch_once", "es", "Elena Navarro", "Consultora SAP FI/CO | Freelance", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Por cierto, ahora trabajo como freelance en proyectos SAP FI/CO. Si en Valencia necesitáis "
          "apoyo con el cierre o con la migración a S/4, te paso mis tarifas."))
P("user_invited_pitch_twice", "en", "Harriet Cole", "Partner | Cole Reid Chartered Accountants | R&D tax", "Chester",
  ("acc",),
  ("msg", "Thanks for connecting Alex, lovely to chat at the Chamber event. As I said, most manufacturers we meet under-claim R&D tax relief. "
          "We work no win no fee at 20% of the claim. Fancy a free eligibility check?"),
  ("msg", "Hi Alex, the deadline for last year's claim is coming up fast. Let me know if you'd like us to take a look before it lapses."))
P("user_invited_pitch_twice", "de", "Jens Hartmann", "Account Executive | Kassenwerk Treasury-Software", "Frankfurt am Main",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wie auf der Messe besprochen: Unsere Liquiditätsplanung läuft direkt auf Ihren Bankdaten. "
          "Ich schicke Ihnen gern ein Angebot für die deutsche Gesellschaft."),
  ("msg", "Hallo Alex, kurze Nachfrage zum Angebot: Bis Ende November gibt es noch 15 % Einführungsrabatt. Sollen wir einen Termin machen?"))


# =============================================================== user_invited_value / connection_brings_value
P("user_invited_value", "en", "Tariq Mahmood", "Finance Director | Pennine Foods", "Huddersfield",
  ("acc",),
  ("msg", "Good to meet you at the MMA conference Alex. As promised, here's the 13-week cash flow template we use, with the working capital "
          "tabs. Rip it apart and use whatever helps. Tariq"))
P("user_invited_value", "it", "Chiara Longo", "Controller | Longo Meccanica", "Modena",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Come ti dicevo al convegno ANDAF, ti giro il file con la nostra matrice di allocazione dei costi "
          "indiretti per centro di lavoro. Se ti serve una mano a leggerlo, chiamami pure."))
P("connection_brings_value", "en", "Karen Blythe", "Management Accountant at Lowther Engineering", "Carlisle",
  ("msg", "Hiya Alex, not sure if you saw but CIMA are doing a free webinar on the IFRS 18 presentation changes next Tuesday lunchtime, "
          "counts towards CPD. Thought of you after our chat about the P&L layout. Link's on their events page. K"))
P("connection_brings_value", "en", "Paul Jessop", "Financial Controller | Ribble Valley Engineering", "Clitheroe",
  ("end",),
  ("msg", "Alex - my old boss at Sefton Glass is after an interim controller for six months from January, decent day rate. I mentioned "
          "you and he'd be glad to talk. Want me to put you in touch by email?"))
P("connection_brings_value", "fr", "Nathalie Brun", "Contrôleuse de gestion | Groupe Verdier", "Grenoble",
  ("msg", "Salut Alex, comme promis je t'envoie notre modèle de reporting mensuel pour les filiales (le fichier Excel + la note de méthode). "
          "Ça devrait t'aider pour le site de Lyon. Bonne journée !"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Graham Ellis", "Connecting finance professionals across the North West", "Knutsford",
  ("inv", "Alex, I host a small peer group for finance managers in Cheshire and South Manchester. Monthly Zoom, swap notes on what's "
          "working, no fees. Would love to have you in it."),
  ("msg", "Thanks for connecting Alex, good to have you. Quick one while I've got you: alongside the group I'm a partner with Ashcombe "
          "Private Wealth. We help senior finance people make the most of pensions and share schemes. Fancy a coffee to run through your position?", (3, 10)),
  ("msg", "Hi Alex, circling back on that coffee. There are a few pension allowance changes landing in April, worth getting ahead of. "
          "Free for a call next week?", (7, 20)))
P("bait_and_switch_invitation", "en", "Sunita Kapoor", "Finance transformation | Author | Speaker", "Birmingham",
  ("inv", "Hi Alex, I'm writing a short practical guide on month-end close for mid-sized manufacturers and would really value a "
          "practitioner's view. Happy to send you the finished copy free when it's out."),
  ("msg", "Thanks Alex! Full disclosure, the guide is part of the launch of CloseKit, our close management platform. I'd love to show you "
          "a demo - founding customers get 40% off year one. Does Wednesday work?"))
P("bait_and_switch_invitation", "de", "Thomas Richter", "Controller | Berater für Kostenrechnung", "Köln",
  ("inv", "Hallo Alex, unter Controllern: Darf ich dir eine Frage zu eurer Kostenstellenstruktur stellen? Wir sind auch "
          "Kunststoffverarbeiter und ich komme gerade nicht weiter."),
  ("msg", "Danke fürs Annehmen! Ehrlich gesagt berate ich Mittelständler bei der Neuaufstellung der Kostenrechnung, Tagessatz 1.200 €. "
          "Wollen wir mal 30 Minuten telefonieren? Dann mache ich dir ein Angebot."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Megan Thorpe", "Research Lead | Forecastly", "London",
  ("inm", "3 questions for a finance leader",
   "Hi Alex, I'm running a short study on how mid-sized manufacturers forecast cash. Three questions, five minutes, and everyone who "
   "takes part gets the full benchmark report. Would you be up for it?"),
  ("inm", "Your benchmark + next steps",
   "Thanks again Alex. Based on your answers Example Industries is a great fit for Forecastly - our customers cut forecast prep from three "
   "days to three hours. I've held a demo slot for you on Tuesday at 10, shall I send the invite? Licences start at £900 a month."))
P("bait_and_switch_inmail", "it", "Alessio Marchi", "Founder | CFO Roundtable Italia", "Milano",
  ("inm", "Tavola rotonda CFO – invito",
   "Buongiorno Alex, il 20 novembre a Milano organizziamo una tavola rotonda a porte chiuse tra responsabili finanziari del manifatturiero. "
   "Dodici posti, nessun costo. Le farebbe piacere partecipare?"),
  ("inm", "Dopo la tavola rotonda",
   "Gentile Alex, grazie per l'interesse. Per dare continuità al confronto le propongo il nostro programma di advisory per la direzione "
   "finanziaria: quattro incontri individuali a 3.500 € + IVA. Posso mandarle la proposta?", (5, 15)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Darren Holt", "Payroll & Bookkeeping | Holt Accounts", "Wigan",
  ("end",),
  ("msg", "Alright Alex, hope you're good mate. I've endorsed you for {skill} - any chance you could return the favour on Payroll and Xero? "
          "Much appreciated 👍"))
P("endorse_me_back", "es", "Raquel Soto", "Técnica contable | Auditoría interna", "Sevilla",
  ("end",), ("end",),
  ("msg", "¡Hola Alex! Te he validado un par de aptitudes esta semana. ¿Me harías el favor de validarme Contabilidad y Excel? Estoy "
          "buscando trabajo y me vendría genial. ¡Mil gracias!"))


# =============================================================== hostility
P("hostility_after_decline", "en", "Lewis Carrick", "Managed IT & Cyber Security | Carrick Systems", "Wigan",
  ("inv", "Hi Alex, we look after IT and cyber security for manufacturers round Bolton and Wigan. Happy to run a free vulnerability scan "
          "on your network if that's useful?"),
  ("rem",),
  ("inm", "Manners cost nothing",
   "Alex, I sent you a connection request weeks ago. Seen it, ignored it. I wasn't asking for much, just a conversation. It's people like you "
   "who make this platform what it is. Good luck when ransomware hits, you'll wish you'd replied."))
P("hostility_after_decline", "de", "Uwe Sommer", "Geschäftsführer | Sommer Industrieservice", "Gütersloh",
  ("inv", DEFAULT),
  ("inm", "Ihr Schweigen",
   "Herr Morgan, dass Sie meine Kontaktanfrage einfach liegen lassen, sagt eigentlich alles über Sie. Ein knappes „kein Interesse“ hätte "
   "gereicht. Ganz schwacher Stil."))
P("hostility_connection", "en", "Brandon Keyes", "SEO & Google Ads for B2B manufacturers | Keyes Digital", "Manchester",
  ("msg", "Hi Alex, had a look at your website and you're not ranking for any of your main product terms. We fix that for manufacturers, "
          "usually page 1 in 90 days. Want me to send over a free audit?"),
  ("msg", "Alex? Did you get my last message? The audit's ready to go, just need a yes."),
  ("msg", "Honestly mate, you accepted my connection, read both messages and can't even type 'no thanks'? That's just rude. "
          "No wonder your website's a mess."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Fiona Gallacher", "Audit Partner | Gallacher & Rowe", "Preston",
  ("inv", "Hi Alex, we're hosting a free CPD evening on the UK GAAP changes on 6 Nov at our Preston office, drinks after. Finance teams "
          "from a few local manufacturers are coming. Shall I save you a seat?"),
  ("msg", "Thanks for coming along last week Alex! As promised, the slides and our FRS 102 transition checklist are attached here. "
          "Shout if anything's unclear.", (8, 14)),
  ("msg", "Hi Alex, hope the checklist helped. We're pitching for a few audit tenders this spring and would love to quote for Example "
          "Industries - our fees usually come in 15-20% under the big firms. Could we set up a meeting with you and your FD?", (20, 40)))


# =============================================================== re-invites
P("reinvite_known_bad", "en", "Scott Mercer", "Regional Sales Manager | Packright Machinery", "Telford",
  ("inm", "Upgrade your line?",
   "Hi Alex, we supply case packers and palletisers to food and consumer goods manufacturers. We've got an ex-demo machine at 30% off "
   "this month. Could I send you specs and a quote?"),
  ("inv", "Hi Alex, good to meet you on the stand at PPMA last week. Would be great to stay in touch."))
P("reinvite_known_bad", "fr", "Mathilde Caron", "Chargée de recrutement | Intérim industriel", "Amiens",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous avons croisé votre équipe au salon de Lille, j'aimerais beaucoup faire partie de votre réseau."))
P("reinvite_known_ugly", "en", "Wayne Doherty", "Director | Doherty Pallets & Packaging", "St Helens",
  ("inv", "Alex, we make timber pallets and could beat whatever you're paying now. Give us a chance to quote?"),
  ("inm", "Suit yourself",
   "Not even a no thanks. Been in business 25 years and never been treated like that by a buyer. Your loss pal, and I'll be telling people "
   "what Example Industries is like to deal with."),
  ("inv", "Hi Alex, water under the bridge I hope. Shall we connect properly this time?"))
P("reinvite_known_ugly", "it", "Gianni Russo", "Business Angel | Network Imprenditori del Nord", "Verona",
  ("inm", "Aperitivo del network",
   "Ciao Alex, ti invito all'aperitivo del nostro network di imprenditori e manager a Verona, giovedì prossimo. Niente quote, solo persone "
   "interessanti. Ci sei?"),
  ("inm", "Opportunità riservata",
   "Ciao Alex, piacere di averti conosciuto. Ti scrivo perché ho un'opportunità riservata ai membri del network: un fondo immobiliare con "
   "rendimento del 9% annuo, ingresso minimo 50.000 €. Ti chiamo domani?"),
  ("inv", "Ciao Alex, aggiungiamoci così restiamo in contatto!"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Emily Shaw", "Category Buyer at Hartwell Foods", "Leeds", ("acc",))
P("acceptance_only", "de", "Katrin Weber", "Leiterin Rechnungswesen | Weber Gruppe", "Nürnberg", ("acc",))
P("lone_endorsement", "en", "Stephen Carr", "Credit Controller | Example Industries", "Manchester", ("end",))
P("lone_endorsement", "it", "Luca Ferrante", "Revisore legale | Studio Ferrante", "Torino", ("end",))


for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Karen Blythe", "karen.blythe@lowther-eng.example", "that IFRS 18 webinar",
     "Hi Alex,\n\nsent you the link on LinkedIn too but in case you never look at it: CIMA webinar Tuesday 12:30. Worth the hour.\n\nKaren", "en"),
    ("Holly Jennings", "holly.jennings@sterlinghart.example", "Finance salary guide 2026",
     "Hi Alex,\n\nfollowing my LinkedIn request, here's our 2026 salary guide for finance roles in the North West. Let me know if you need temps "
     "for year end.\n\nHolly Jennings\nSterling Hart Recruitment", "en"),
    ("IT Helpdesk", "it-helpdesk@example.net", "Phishing alert: fake LinkedIn emails",
     "Hi all,\n\nwe've had several fake 'LinkedIn' emails this week asking people to sign in to read a remittance advice. Don't click. "
     "Forward anything suspicious to the helpdesk.\n\nIT", "en"),
    ("Marketing", "marketing@example.net", "Please like and share: new recyclable tray launch",
     "Morning everyone,\n\nour post about the new recyclable tray range is live on the company LinkedIn page. A like or a share from your own "
     "profile really helps the reach.\n\nThanks!\nMarketing", "en"),
    ("Martin Eckert", "martin.eckert@example-industries.example", "ERP-Umstellung – kurze Frage",
     "Hallo Alex,\n\nich habe dir auch über LinkedIn geschrieben, Petra hat mir deine Adresse gegeben. Hast du nächste Woche 20 Minuten?\n\n"
     "Viele Grüße\nMartin", "de"),
    ("Manchester Finance Breakfast Club", "hello@mfbc.example", "Your place: breakfast on 14 November",
     "Hi Alex,\n\nyour place is booked. 7:45 for 8:00, Spinningfields. Follow us on LinkedIn for the slides afterwards.\n\nDan", "en"),
    ("HR", "hr@example.net", "Updated social media policy",
     "Dear colleagues,\n\nplease read the updated social media policy. In short: don't post customer names or prices on LinkedIn, and check "
     "with marketing before posting about the company.\n\nHR", "en"),
    ("Nathalie Brun", "nathalie.brun@groupe-verdier.example", "Modèle de reporting",
     "Salut Alex,\n\nje te l'ai envoyé sur LinkedIn mais les pièces jointes passent mal, donc le voici en direct.\n\nNathalie", "fr"),
    ("Administración Valencia", "administracion.valencia@example.net", "Cierre de octubre",
     "Hola Alex,\n\nte mandamos el cierre de octubre de la planta. Por cierto, una comercial de renting nos está escribiendo a todos por "
     "LinkedIn, ¿le decimos algo?\n\nUn saludo\nAdministración", "es"),
    ("Segreteria ANDAF", "segreteria@andaf-mail.example", "Atti del convegno di ottobre",
     "Gentile socio,\n\nin allegato gli atti del convegno. Se le fa piacere, condivida le foto dell'evento su LinkedIn citando l'associazione.", "it"),
    ("Mike Morgan", "mike.morgan@example.org", "saw you on linkedin!",
     "Hi love,\n\nAuntie Jean says she saw your photo on that LinkedIn thing. Very smart. Sunday dinner still on?\n\nDad x", "en"),
    ("Weber Gruppe", "rechnungswesen@weber-gruppe.example", "Danke für das Gespräch",
     "Hallo Herr Morgan,\n\nschön, dass wir uns jetzt auch auf LinkedIn vernetzt haben. Die Unterlagen zum Intercompany-Abgleich schicke ich "
     "Ihnen nächste Woche.\n\nKatrin Weber", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev51 corpus. Generated by scripts/make_corpus_dev51.py (seed {SEED}); do not edit by hand.",
          "# An ordinary month of an ordinary user (a finance controller): mostly default-text invitations and short sales notes, "
          "a few good notes, the occasional ugly. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev51", SEED, PEOPLE, FOREIGN, spoofs=12, other=14, header=HEADER)
