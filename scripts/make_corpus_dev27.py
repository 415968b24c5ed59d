#!/usr/bin/env python3
"""Write mailbot's twenty-seventh, independent development corpus: tests/corpus/dev27/*.eml + expected.toml.

The angle: conversation mail and strangers' InMail. Alex is the CFO of an industrial company
with a bit of a public profile (talks at conferences, gets quoted now and then). The corpus is
weighted to:
- message notifications that carry a reply in an ongoing thread: the person answers something
  Alex wrote, sometimes quoting Alex's lines, sometimes just picking up the thread;
- long InMails from strangers that bring value (conference speaker invitations with travel paid,
  journalists, independent podcast hosts who charge nothing, researchers asking for an interview,
  an investor offering an advisory seat, headhunters with a named role and its terms), often
  followed by a "Re:" InMail once Alex has answered;
- InMails that sell: paid podcast guest slots, pay-to-play awards and "shortlists", sponsored
  speaking, vanity publishing and advertorial "interviews", paid directories, an angel syndicate;
  some state the price at once (bad), some open with the honour and name the fee only after
  Alex said yes (bait and switch by InMail: ugly);
- existing connections moving from small talk to an ask, which is sometimes a peer question
  and sometimes a pitch.
The other rows of the taxonomy are covered too, more thinly.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Alex's headline, the endorsement skills, the job-alert titles, the
headlines of spoof-only names and PYMK suggestions, and the notes that spoofs carry are swapped in
this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of the
other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev27.py              # writes tests/corpus/dev27
    python scripts/make_corpus_dev27.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260827

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ Alex as a CFO with a public profile (this process only)
SKILLS = {
    "en": ["Financial Strategy", "Treasury", "IFRS", "FP&A", "M&A", "Working Capital Management"],
    "de": ["Finanzstrategie", "Treasury", "IFRS", "Controlling", "M&A"],
    "fr": ["Stratégie financière", "Trésorerie", "IFRS", "Contrôle de gestion", "Fusions-acquisitions"],
    "es": ["Estrategia financiera", "Tesorería", "NIIF", "Planificación financiera", "Fusiones y adquisiciones"],
    "it": ["Strategia finanziaria", "Tesoreria", "IFRS", "Pianificazione finanziaria", "M&A"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "CFO at Example Industries", "de": "CFO bei Example Industries", "fr": "Directeur financier chez Example Industries",
             "es": "Director financiero en Example Industries", "it": "CFO presso Example Industries"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Chief Financial Officer", "Norbridge Components"), ("Group CFO (m/w/d)", "Solvent AG"), ("VP Finance, Industrial Division", "Veltra"),
              ("Finance Director – Manufacturing", "Calder & Finch"), ("Directeur administratif et financier", "Tessaly")]
mc.COMPANIES["good"] = ["Norbridge Components", "Veltra", "Calder & Finch", "Solvent AG", "Tessaly", "Arcwise Engineering", "Hallmark Search", "Kestrel Partners"]
mc.COMPANIES["sales"] = ["VoiceBoost Media", "LeaderSpotlight Awards", "Summit Partners Live", "Crown Author Press", "ExecRegistry", "Ledgerly", "Brightwell Talent"]
mc.COMPANIES["pretext"] = ["VoiceBoost Media", "LeaderSpotlight Awards", "Crown Author Press", "Ledgerly"]
mc.HEADLINES["good"] = ["CFO at {co}", "Group Treasurer | {co}", "Finance Director at {co}", "Head of FP&A | {co}", "Partner, CFO Practice | {co}",
                        "Business reporter", "Conference programme lead | {co}"]
mc.HEADLINES["sales"] = ["Booking Producer at {co}", "Awards Director | {co}", "Founder & CEO at {co}", "Partnerships Manager at {co}",
                         "Publishing Consultant | {co}", "Account Executive at {co}"]
mc.HEADLINES["pretext"] = ["Podcast host | Finance leaders | {co}", "Founder, CFO Roundtable", "Connecting finance executives | {co}"]
SPOOF_NOTE = {
    "en": ["Hi {first}, your speaker agreement for the summit is ready for signature. Please sign in to review it before Friday.",
           "Hello {first}, I've sent over the recording release for our podcast episode. Log in to approve it so we can publish."],
    "de": ["Hallo {first}, Ihr Referentenvertrag für den Kongress liegt zur Unterschrift bereit. Bitte melden Sie sich zur Freigabe an.",
           "Hallo {first}, ich habe Ihnen die Freigabe für das Interview geschickt. Bitte hier anmelden und bestätigen."],
    "fr": ["Bonjour {first}, votre contrat d'intervenant est prêt. Connectez-vous pour le signer avant vendredi.",
           "Bonjour {first}, je vous ai envoyé l'autorisation de diffusion de l'épisode. Connectez-vous pour la valider."],
    "es": ["Hola {first}, tu contrato de ponente está listo para firmar. Inicia sesión para revisarlo antes del viernes.",
           "Hola {first}, te he enviado la autorización de emisión del episodio. Entra para aprobarla."],
    "it": ["Ciao {first}, il tuo contratto da relatore è pronto per la firma. Accedi per esaminarlo entro venerdì.",
           "Buongiorno {first}, le ho inviato la liberatoria per l'episodio del podcast. Acceda per approvarla."],
}
for _l, _n in SPOOF_NOTE.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Priya Raman", "Host, The Balance Sheet Hour (independent podcast)", "London",
  ("inv", "Hi Alex, I host The Balance Sheet Hour, a small interview podcast for finance people. No ads, no guest fees, ever. "
          "Your working-capital talk at the ACT conference was the best 20 minutes of that day. Fancy an episode this spring?"),
  ("rem",))
P("good_invitation", "en", "Gareth Llewellyn", "Programme Chair, Treasury & Finance Forum Cymru", "Cardiff",
  ("inv", "Alex, I put together the programme for our autumn treasury forum in Cardiff and we'd love you on the closing panel "
          "(FX hedging for mid-caps). Travel and a hotel night are on us. Could we connect so I can send the brief?"))
P("good_invitation", "de", "Dr. Miriam Aldinger", "Wissenschaftliche Mitarbeiterin, Lehrstuhl für Controlling | Universität Stuttgart", "Stuttgart",
  ("inv", "Hallo Alex, ich forsche dazu, wie Finanzvorstände KI im Reporting einführen, und suche Gesprächspartner für ein "
          "45-minütiges Interview, anonymisiert. Die Ergebnisse bekommen alle Teilnehmenden vorab. Hätten Sie Zeit?"),
  ("rem",))
P("good_invitation", "fr", "Bastien Royer", "Journaliste finance d'entreprise | L'Agefi Hebdo", "Paris",
  ("inv", "Bonjour Alex, je prépare une enquête sur le coût du crédit pour les ETI industrielles et le témoignage d'un DAF "
          "m'aiderait beaucoup, même en off. Auriez-vous 20 minutes la semaine prochaine ?"),
  ("rem",))
P("good_invitation", "it", "Cristina Vallone", "Presidente sezione Lombardia | Associazione Direttori Finanziari", "Milano",
  ("inv", "Buongiorno Alex, il 14 novembre a Milano teniamo un incontro gratuito tra CFO sull'IFRS 18, con crediti formativi "
          "riconosciuti. Siamo una trentina, niente sponsor in sala. Mi farebbe piacere averla con noi."))


# =============================================================== default_invitation
P("default_invitation", "en", "Trent Maddox", "Founder | Podcast Growth Partners", "Austin", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Holger Brandstätter", "CFO | Interim Manager | Restrukturierung", "Hannover", ("inv", NONOTE))
P("default_invitation", "it", "Simona Pace", "Consulente | Finanza agevolata", "Bari", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Brandon Kessler", "Booking Producer | CFO Spotlight Radio", "Phoenix",
  ("inv", "Hi Alex! We feature top finance execs on CFO Spotlight Radio, syndicated to 40+ stations. Guest spots are open this "
          "quarter; the media package starts at $2,400 and includes clips for your LinkedIn. Worth a quick chat?"))
P("sales_invitation", "en", "Dana Whitlock", "Director, Business Excellence Awards", "Reading",
  ("inv", "Alex, Example Industries made our longlist for Manufacturing Finance Team of the Year. Finalists confirm their place "
          "through the awards package (£1,850 + VAT, two gala seats included). Shall I send the form?"),
  ("rem",))
P("sales_invitation", "fr", "Quentin Marais", "Éditeur | Collection Portraits de Dirigeants", "Lyon",
  ("inv", "Bonjour Alex, nous retenons 40 directeurs financiers pour l'ouvrage « Les CFO qui transforment l'industrie ». "
          "Participation aux frais d'édition : 2 900 € HT, 20 exemplaires inclus. Je vous envoie le dossier ?"))
P("sales_invitation", "es", "Mauricio Lelo", "Director comercial | Anuario de Líderes Financieros", "Madrid",
  ("inv", "Hola Alex, tu perfil está preseleccionado para el Anuario de Líderes Financieros 2026. La ficha destacada cuesta "
          "490 € al año e incluye un sello verificado para tu web. ¿Te reservo la plaza?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Caleb Thornbury", "Host, The Finance Forward Show", "Toronto",
  ("inv", "Hey Alex, loved your post on rolling forecasts. I host a weekly show for finance leaders and I think you'd be a "
          "brilliant guest. No prep, just a relaxed conversation. Open to it?"),
  ("msg", "Thanks for connecting, so glad you're up for it! Quick bit of housekeeping before we book: guests on Finance Forward go out "
          "through our premium distribution tier ($1,750). That covers editing, audiogram clips and promotion to our 60k list. "
          "As soon as that's sorted I'll send the Calendly link 🎙️", (1, 6)),
  ("msg", "Hi Alex, bumping this so your slot doesn't go to the waitlist. We can split the $1,750 over two months if that's easier on budgets."))
P("bait_and_switch_invitation", "en", "Nadia Farouk", "Finance Research Lead | Ledgerly", "Manchester",
  ("inv", "Hi Alex, I'm researching how mid-market CFOs run the month-end close and interviewing 25 of them. "
          "20 minutes, anonymous, and everyone who takes part gets the final report. Would you be up for it?"),
  ("msg", "Thanks again for the chat on Tuesday, really candid. One thing I kept thinking about afterwards: the intercompany "
          "reconciliation pain you described is exactly what Ledgerly automates. Could I get 30 minutes with you and your group "
          "controller for a demo? I've put together indicative pricing for a business your size.", (6, 15)))
P("bait_and_switch_invitation", "de", "Torsten Weigand", "Initiator | CFO-Kamingespräche Rhein-Main", "Frankfurt am Main",
  ("inv", "Hallo Alex, wir sind ein kleiner Kreis von Finanzchefs aus dem Mittelstand und treffen uns viermal im Jahr zum "
          "offenen Austausch am Kamin, ohne Vorträge. Hätten Sie Lust, beim nächsten Mal dabei zu sein?"),
  ("msg", "Schön, dass es passt! Zur Info vorab: Die Teilnahme läuft über unsere Jahresmitgliedschaft (3.600 € zzgl. MwSt.), "
          "darin sind auch zwei Einzelcoachings enthalten. Ich schicke Ihnen gleich den Aufnahmeantrag."),
  ("msg", "Hallo Alex, kurze Nachfrage zum Aufnahmeantrag: Der Frühbucherpreis gilt nur noch bis Freitag. Soll ich ihn für Sie reservieren?"))
P("bait_and_switch_invitation", "it", "Giorgio Malaspina", "Direttore | CFO Italia Magazine", "Roma",
  ("inv", "Buongiorno Alex, stiamo preparando una serie di ritratti di direttori finanziari dell'industria per il numero di "
          "primavera. Le andrebbe di essere intervistato?"),
  ("msg", "Grazie per il collegamento! Le giro subito le condizioni: il ritratto di due pagine con servizio fotografico rientra nel "
          "nostro pacchetto redazionale da 2.200 € + IVA. Appena mi conferma fissiamo data e ora dell'intervista."))
P("bait_and_switch_invitation", "es", "Rodrigo Salcedo", "CFO | Asesor patrimonial en Banca Privada Altamar", "Valencia",
  ("inv", "Hola Alex, también vengo del mundo industrial. ¿Cómo estáis cubriendo este año el riesgo de tipo de cambio con el "
          "dólar? Me vendría bien contrastarlo con otro financiero."),
  ("msg", "Gracias por aceptar, Alex. Te cuento: además de mi trabajo como CFO, ahora ayudo a directivos a ordenar su patrimonio "
          "personal con Banca Privada Altamar. ¿Te parece si te presento en 30 minutos nuestra planificación fiscal para "
          "directivos? Muchos colegas tuyos ya están con nosotros."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Vanessa Holt", "Head of Nominations | Global Finance Leadership Awards", "London",
  ("inm", "Your nomination – Global Finance Leadership Awards",
   "Dear Alex,\n\nI'm delighted to let you know that our research team has nominated you for CFO of the Year (Industrial) in this year's "
   "Global Finance Leadership Awards. Nominees are reviewed by an independent panel of past winners and senior practitioners.\n\n"
   "Could you confirm that you're happy to remain in consideration? A one-line reply is enough.\n\nWarm regards,\nVanessa"),
  ("inm", "Re: Your nomination – Global Finance Leadership Awards",
   "Thank you for confirming, Alex, and congratulations again!\n\nTo move to the judging stage, each nominee completes the finalist "
   "registration (USD 2,450). It covers the winners' dinner in London, the trophy, and a profile in our annual report. I've attached "
   "the invoice; payment within 7 days keeps your place in the category.\n\nVanessa", (1, 5)))
P("bait_and_switch_inmail", "en", "Jordan Pike", "Executive Producer | Boardroom Voices Podcast", "Chicago",
  ("inm", "Podcast invite: Boardroom Voices",
   "Hi Alex,\n\nI produce Boardroom Voices, where CFOs and CEOs talk about the calls that shaped their careers. I came across your piece "
   "on moving a family business to monthly reporting and thought it would make a great conversation.\n\nWould you be up for a 40-minute "
   "remote recording next month?\n\nJordan"),
  ("inm", "Re: Podcast invite: Boardroom Voices",
   "Brilliant, thanks for the quick yes! Before I put you in the calendar, a quick note on how we work: guests take the Visibility "
   "Package ($1,200), which funds production, a full transcript and paid promotion of the episode. Want me to send the card link?", (1, 4)),
  ("inm", "Re: Podcast invite: Boardroom Voices",
   "Hi Alex, just circling back on the Visibility Package. We have two recording slots left in June and I'd hate for you to miss out."))
P("bait_and_switch_inmail", "en", "Dr. Harold Mensah", "Conference Director | International Summit on Corporate Finance & Accounting", "Lisbon",
  ("inm", "Invitation to speak – ISCFA 2026 Lisbon",
   "Dear Alex Morgan,\n\nOn behalf of the Organizing Committee it is our great honour to invite you as a Distinguished Speaker at the "
   "International Summit on Corporate Finance & Accounting (ISCFA 2026) in Lisbon. Your experience in industrial finance would be "
   "highly valued by our delegates.\n\nKindly send a short biography and a proposed title.\n\nWith best regards,\nDr. Harold Mensah"),
  ("inm", "ISCFA 2026 – speaker confirmation",
   "Dear Distinguished Speaker,\n\nThank you for your biography and title. To confirm your speaking slot, kindly complete the speaker "
   "registration of EUR 799 (accommodation not included) through the link below. Early payment secures a plenary slot.\n\nISCFA Secretariat", (3, 9)))
P("bait_and_switch_inmail", "de", "Sabrina Kolb", "Redaktion | Mittelstand Finanzen Magazin", "Köln",
  ("inm", "Interviewanfrage: CFO im Gespräch",
   "Hallo Alex,\n\nfür unsere Rubrik „CFO im Gespräch“ suchen wir Finanzchefs aus der Industrie, die offen über Transformation sprechen. "
   "Ihr Vortrag in Düsseldorf ist uns positiv aufgefallen. Hätten Sie Lust auf ein Interview von etwa einer Stunde?\n\nViele Grüße\nSabrina Kolb"),
  ("inm", "AW: Interviewanfrage: CFO im Gespräch",
   "Danke für Ihre schnelle Zusage! Das Interview erscheint im Rahmen unseres Partnerformats. Für Redaktion, Layout und Online-Verbreitung "
   "fallen 1.690 € netto an. Soll ich Ihnen das Angebot schicken, damit wir den Termin festmachen können?", (1, 6)))
P("bait_and_switch_inmail", "fr", "Margaux Delorme", "Chargée d'études | Observatoire de la Fonction Finance", "Nantes",
  ("inm", "Étude 2026 sur la fonction finance",
   "Bonjour Alex,\n\nnous menons une étude auprès de 200 directeurs financiers sur l'automatisation des processus comptables. Le "
   "questionnaire prend dix minutes et chaque participant reçoit la synthèse complète.\n\nPuis-je compter sur vous ?\n\nMargaux Delorme"),
  ("inm", "Re: Étude 2026 sur la fonction finance",
   "Merci pour vos réponses ! D'après votre score de maturité, notre cabinet pourrait vous accompagner sur un diagnostic de vos "
   "processus de clôture (forfait de 6 500 € HT). Je vous propose un créneau mardi ou jeudi pour en parler ?", (4, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kieran Boyd", "Financial Controller | Treasury & FP&A", "Glasgow",
  ("end",), ("end",),
  ("msg", "Hey Alex, hope all's good at Example! Endorsed you for {skill} and a couple of others the other day. Would you mind "
          "returning the favour on Treasury Management and FP&A? Tidying up my profile before I start looking around. Cheers"))
P("endorse_me_back", "de", "Jens Rotermund", "Leiter Konzernrechnungswesen | Maschinenbau", "Bielefeld",
  ("end",),
  ("msg", "Hallo Alex, danke noch für die Nachricht nach dem Kongress! Übrigens habe ich Sie für {skill} bestätigt. Wenn Sie mögen, "
          "bestätigen Sie mich doch auch für Konzernrechnungslegung und HGB, das wäre prima."))
P("endorse_me_back", "en", "Shauna Devlin", "FP&A Manager | Excel nerd", "Belfast",
  ("end",),
  ("msg", "> Thanks for the endorsement Shauna, very kind of you!\n\nHa, you deserve it! While you're on my profile, would you endorse me "
          "back for Financial Modelling and Excel? It'd really help, I'm applying for a couple of senior roles 🙏"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Marcus Vane", "Founder | Executive Voices Network", "Leeds",
  ("inv", "Alex, our network places finance leaders as guests on top business podcasts. Guaranteed bookings, done-for-you prep. "
          "Let's connect and I'll show you the list of shows."),
  ("rem",),
  ("inm", "Re: my invitation",
   "Alex, I sent you a personal invitation and a reminder and you can't even click accept or ignore? I was offering exposure most CFOs "
   "would kill for. Bit arrogant for someone running the numbers at a company nobody has heard of."))
P("hostility_after_decline", "en", "Liam Ferris", "ACCA | Finance Manager", "Bristol",
  ("inv", "Hi Alex, fellow ACCA member here. Would be great to connect and swap notes on how you're preparing for IFRS 18."),
  ("inm", "Wow",
   "Ignored by someone I reached out to as a peer. Hope you remember this the next time you need a favour from the profession. Not a good look, Alex."))
P("hostility_after_decline", "es", "Ernesto Valdivia", "Consultor | Financiación pública", "Sevilla",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Qué poca educación",
   "Alex, te invité hace un mes y ni una respuesta. Ignorar así a la gente es de muy mala educación. Ya veo que algunos CFO os creéis "
   "por encima de todos."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Derek Stroud", "Managing Director | Ashgrove AP Outsourcing", "Sheffield",
  ("msg", "Alex! Saw the photos from the plant opening, looks like a great day. How are you finding the new role?"),
  ("msg", "Also, since we're catching up: we now run the whole purchase-to-pay cycle for three manufacturers your size. Typically "
          "30% cheaper than in-house. Could I send you a proposal?"),
  ("msg", "> Thanks Derek, but we've just signed with another provider.\n\nReally? You could have said so before I spent an hour scoping "
          "a proposal for you. Honestly, that's poor form, Alex. I'll remember it.", (2, 6)))
P("hostility_connection", "it", "Ivano Ruggeri", "Area Manager | Leasing strumentale", "Brescia",
  ("acc",),
  ("msg", "Grazie per l'invito Alex! Visto che rinnovate il parco macchine, le preparo volentieri un'offerta di leasing su misura: "
          "tassi bloccati fino a fine anno. Quando possiamo sentirci?"),
  ("msg", "Mi ha scritto \"non ci interessa, grazie\" dopo che le ho preparato un'offerta personalizzata. Ma si rende conto? "
          "Che modo di lavorare è questo? Poca serietà, davvero.", (3, 10)))
P("hostility_connection", "de", "Frank Lüders", "Versicherungsmakler | D&O und Firmenkunden", "Bremen",
  ("msg", "Hallo Alex, wie besprochen auf dem Sommerfest: Ich würde mir gern Ihre D&O-Police ansehen. In 80 % der Fälle finden wir "
          "eine bessere Deckung zu gleichen Kosten. Passt Ihnen nächste Woche ein Termin?"),
  ("msg", "> Danke, aktuell kein Bedarf.\n\nKein Bedarf? Sie haben sich mein Angebot nicht einmal angesehen. Mit der Haltung zahlt Ihre "
          "Firma beim nächsten Schaden teuer. Ziemlich respektlos, wie Sie mit Leuten umgehen.", (2, 8)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Ashley Brennan", "Enterprise Account Director | Planwise FP&A", "Bristol",
  ("msg", "Happy new year Alex! How did the year-end close go this time? Hope the auditors were kind."),
  ("msg", "Quick one while budgets are fresh: Planwise is helping manufacturers move off spreadsheet budgeting in 8 weeks. "
          "Would you be open to a 25-minute demo with your FP&A lead?"),
  ("msg", "Hi Alex, following up on the demo. We've got a Q1 incentive for new customers that ends on the 31st, happy to hold it for you."))
P("connection_only_pitches", "en", "Victor Okonkwo", "Partner | R&D Tax Relief Specialists", "Birmingham",
  ("msg", "Hi Alex, most manufacturers leave six figures of R&D tax relief unclaimed. We work on a success fee, no win no fee. "
          "Worth a 15-minute call to see what Example Industries could recover?"),
  ("msg", "> Not right now Victor, maybe Q3.\n\nWell, it's Q3! 😊 The claim window for last year closes soon, so it would be good to "
          "get our specialists in front of your tax manager. Does Thursday work?", (60, 120)))
P("connection_only_pitches", "fr", "Clément Vasseur", "Chargé d'affaires | Affacturage et financement court terme", "Lille",
  ("msg", "Bonjour Alex, j'espère que la rentrée se passe bien chez vous ! Toujours autant de monde au salon de Villepinte ?"),
  ("msg", "Je me permets de revenir vers vous : avec la hausse des délais de paiement, beaucoup d'industriels passent à l'affacturage "
          "confidentiel. Je peux vous faire une simulation gratuite sur votre poste clients, on se cale un rendez-vous ?"),
  ("msg", "Bonjour Alex, je relance pour la simulation. Nos conditions actuelles ne sont valables que jusqu'à fin octobre."))


# =============================================================== single_pitch
P("single_pitch", "en", "Rachel Dunmore", "Head of Partnerships | Spendline", "London",
  ("msg", "Alex! Long time. I saw you moved to Example Industries, congratulations, that's a big job. How's the first 100 days?"),
  ("msg", "Random one, but you came to mind: we've launched a spend-management card for mid-size manufacturers. Would you be open to "
          "a 20-minute demo with our founder? I genuinely think it would save your AP team hours every week.", (3, 12)))
P("single_pitch", "en", "Owen Fairbairn", "Sales Director UK | Stackwise Consolidation", "Reading",
  ("msg", "> How's life at Stackwise these days?\n\nGood, busy! Funny you ask: we're pushing hard on our consolidation module this "
          "quarter, and Example Industries would be a perfect fit. Can I put 30 minutes in your diary with our solutions lead?"))
P("single_pitch", "es", "Lucía Arregui", "Key Account Manager | Renting de flotas", "Zaragoza",
  ("msg", "¡Hola Alex! ¿Qué tal el verano? Vi que estuviste en el foro de Bilbao, ¡qué envidia!"),
  ("msg", "Oye, te escribo también por trabajo: estamos ofreciendo renting de flota comercial con mantenimiento incluido y cuotas "
          "fijas a tres años. ¿Te paso una propuesta para vuestros comerciales?", (2, 9)))
P("single_pitch", "it", "Paolo Benvenuti", "Business Developer | Recupero crediti B2B", "Padova",
  ("msg", "Ciao Alex, com'è andata la chiusura di giugno? Da voi ancora tutti in ufficio fino a tardi? 😄 Ti scrivo anche perché adesso "
          "lavoro in una società di recupero crediti B2B: lavoriamo a percentuale sul recuperato. Ti va se ti mando la nostra presentazione?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Hannah Cole", "CFO | Arcwise Engineering", "Coventry",
  ("msg", "> Any regrets about the consolidation tool you picked? We're about to sit through three demos and pricing calls.\n\n"
          "Ha, the demo circus. Honestly: the licence was fine, the implementation took twice as long as the partner quoted. Ask each "
          "vendor for a reference customer your size and push for a fixed-price implementation. I can send you our RFP scoring sheet "
          "if that's useful."),
  ("msg", "Here's the scoring sheet. Strip our name off and reuse it however you like. And call me before you sign anything, "
          "happy to tell you what I'd do differently.", (1, 5)))
P("connection_brings_value", "en", "Tom Ashdown", "Finance Director | Calder & Finch", "Nottingham",
  ("msg", "Good to see you at the ACT dinner, Alex, and sorry I dashed off before dessert!"),
  ("msg", "Quick question from one FD to another: how are you handling the tender for CSRD assurance? We've had quotes that vary by a "
          "factor of three and I've no idea what's reasonable. No worries at all if you'd rather not share numbers.", (4, 14)))
P("connection_brings_value", "de", "Katrin Fehrmann", "Head of Group Finance | Solvent AG", "Mannheim",
  ("msg", "Hallo Alex, Sie hatten beim letzten Treffen gefragt, ob ich von spannenden Rollen höre: Bei uns wird die Position CFO "
          "Division Industrietechnik frei, Berichtslinie an den Vorstand, Gehaltsband um die 190 k€ plus Bonus. Soll ich Sie beim "
          "Aufsichtsratsvorsitzenden ins Gespräch bringen?"),
  ("msg", "Anbei wie versprochen die Stellenbeschreibung. Ganz unverbindlich, ich halte Sie auf dem Laufenden, wenn es weitergeht.", (1, 4)))
P("connection_brings_value", "fr", "Hélène Jacquet", "Directrice financière | Groupe Tessaly", "Grenoble",
  ("msg", "> Vous auriez vos slides sur le BFR ? Je voudrais les montrer à mon équipe.\n\nBien sûr ! Les voici, avec le fichier Excel "
          "du modèle de prévision de trésorerie à 13 semaines. Utilisez-les comme vous voulez, c'est fait pour circuler."))
P("connection_brings_value", "it", "Marta Colombo", "Group Treasurer | Veltra Italia", "Torino",
  ("msg", "Ciao Alex, rispondo alla tua domanda sulle coperture: noi usiamo collar a costo zero sul dollaro e ci troviamo bene, ti "
          "mando volentieri la nostra policy anonimizzata. E il 3 ottobre facciamo una sessione gratuita tra tesorieri a Torino, "
          "senza banche in sala: sei il benvenuto."))


# =============================================================== stranger_inmail_recruiter (strangers who bring value)
P("stranger_inmail_recruiter", "en", "Fiona Gallacher", "Partner, Board & CFO Practice | Harcourt Search", "Edinburgh",
  ("inm", "Group CFO – PE-backed engineering group (confidential)",
   "Hi Alex,\n\nI'm leading a Group CFO search for a private-equity-backed engineering group (about £400m revenue, six sites in the UK "
   "and two in Poland). The role reports to the Chair and the CEO and sits on the board. The sponsor is planning a refinancing next year "
   "and a sale in four to five years, so they want someone who has run a lender process and built a monthly board pack from scratch, which "
   "is why your name came up.\n\nPackage: £220–250k base, 50% bonus, and a meaningful management equity stake. Based in the West Midlands, "
   "three days on site.\n\nWould you be open to a confidential 20-minute call this week?\n\nBest,\nFiona Gallacher"),
  ("inm", "Re: Group CFO – PE-backed engineering group (confidential)",
   "Thanks for coming back so quickly, Alex. To your questions: yes, there is relocation support; the sponsor is a mid-market fund with a "
   "good record of backing management; and the equity vests over four years with the usual good-leaver terms. The Chair would like a first "
   "coffee on the 14th or 16th, would either work?", (2, 6)))
P("stranger_inmail_recruiter", "en", "Dr. Amara Osei", "Programme Director | European Treasury Summit", "Amsterdam",
  ("inm", "Speaking invitation – European Treasury Summit, Amsterdam",
   "Dear Alex,\n\nI'm putting together the programme for this year's European Treasury Summit in Amsterdam (14-15 May). Several of our "
   "advisory board members mentioned your session on cash pooling in a mid-cap group, and we'd be delighted to have you on the panel "
   "\"Liquidity when rates won't sit still\".\n\nWe cover return flights, two nights at the conference hotel and a full delegate pass. "
   "There is no fee for speakers, now or later. If you're interested I'll send the panel brief and the other names.\n\nKind regards,\nAmara"))
P("stranger_inmail_recruiter", "en", "Eleanor Whitby", "Reporter, Companies desk | The Daily Ledger", "London",
  ("inm", "Request for comment: supply-chain finance",
   "Hi Alex,\n\nI'm writing a piece for Thursday's paper on how industrial companies use supply-chain finance now that rates are higher, "
   "and whether suppliers are paying the price. I'd value a CFO's view. Could we speak for 15 minutes, on or off the record, whichever "
   "you prefer?\n\nThanks,\nEleanor Whitby"),
  ("inm", "Re: Request for comment: supply-chain finance",
   "Thanks so much for your time yesterday and for explaining payable days so clearly. I've used two of your lines, attributed as agreed. "
   "The piece is live now. Do tell me if anything reads wrong and I'll get it corrected.", (2, 5)))
P("stranger_inmail_recruiter", "en", "Marcus Adeyemi", "Host, Numbers People (independent podcast)", "Leeds",
  ("inm", "Would you come on Numbers People?",
   "Hi Alex,\n\nI run Numbers People, an independent podcast (about 8k listeners) where I talk to finance folk about the turning points in "
   "their careers. I fund it myself, so there's no fee and no sponsorship ask, just an hour of chat that I edit lightly.\n\nYour move from "
   "audit into an industrial CFO role is exactly the kind of story our listeners (a lot of them trainees) want to hear. Would you be up "
   "for it sometime in the next two months?\n\nMarcus"),
  ("inm", "Re: Would you come on Numbers People?",
   "Amazing, thank you! I've pencilled in the 22nd at 10am. I'll send a short prep doc with the themes, and you'll get the edit to "
   "approve before anything goes out.", (1, 4)))
P("stranger_inmail_recruiter", "en", "Lena Horvath", "PhD researcher, Corporate Finance | University of Warwick", "Coventry",
  ("inm", "Research interview request: treasury decisions under rate volatility",
   "Dear Alex,\n\nI'm a PhD researcher at Warwick Business School studying how non-financial companies changed their hedging and funding "
   "decisions after 2022. I'm interviewing around 20 CFOs and treasurers. The interview takes about 45 minutes, is fully anonymised, and "
   "has ethics approval from the university.\n\nEvery participant receives the summary of findings before publication, which some have "
   "found useful for benchmarking. Would you be willing to take part?\n\nWith thanks,\nLena Horvath"))
P("stranger_inmail_recruiter", "en", "Ravi Anand", "Operating Partner | Castleford Growth Equity", "London",
  ("inm", "Advisory role with one of our portfolio companies",
   "Hi Alex,\n\nI'm an operating partner at Castleford. One of our portfolio companies, a £60m precision-parts manufacturer, has a "
   "first-time CFO who is very good but would benefit from a seasoned sounding board as they prepare for a bank refinancing.\n\n"
   "We'd like to offer you a paid advisory role: roughly one day a month, a retainer of £2,000 a month plus a small option grant, for an "
   "initial 12 months. Happy to introduce you to the CEO first so you can judge the fit.\n\nBest,\nRavi"))
P("stranger_inmail_recruiter", "de", "Bernd Kästner", "Partner | Kästner Interim Management", "Stuttgart",
  ("inm", "Interim-CFO-Mandat, Automotive-Zulieferer (6 Monate)",
   "Guten Tag Alex,\n\nfür einen familiengeführten Automotive-Zulieferer (ca. 280 Mio. € Umsatz) suche ich ab März einen Interim-CFO für "
   "sechs Monate, mit Option auf Verlängerung. Schwerpunkte: Liquiditätsplanung, Bankengespräche und die Vorbereitung eines "
   "Refinanzierungspakets.\n\nTagessatz 1.600 bis 1.900 €, vier Tage pro Woche vor Ort in Heilbronn. Hätten Sie grundsätzlich Interesse? "
   "Dann rufe ich Sie gern an.\n\nBeste Grüße\nBernd Kästner"))
P("stranger_inmail_recruiter", "es", "Álvaro Ceballos", "Periodista de empresas | Diario Económico", "Madrid",
  ("inm", "Petición de entrevista: aranceles y cadena de suministro",
   "Hola Alex:\n\nestoy preparando un reportaje sobre cómo están reaccionando los fabricantes europeos a los nuevos aranceles y me gustaría "
   "contar con la visión de un director financiero. Serían 20 minutos por teléfono, y puedes decidir si quieres aparecer con nombre o "
   "como fuente anónima.\n\n¿Te vendría bien esta semana?\n\nUn saludo,\nÁlvaro"),
  ("inm", "Re: Petición de entrevista: aranceles y cadena de suministro",
   "Gracias por la conversación de ayer, muy clara. Te paso antes de publicar las dos citas que he usado para que las revises. "
   "Si quieres cambiar algo, dímelo antes del jueves.", (1, 3)))
P("stranger_inmail_recruiter", "fr", "Anaïs Perret", "Productrice | Podcast « Les Chiffres et les Lettres »", "Bordeaux",
  ("inm", "Invitation podcast « Les Chiffres et les Lettres »",
   "Bonjour Alex,\n\nje produis « Les Chiffres et les Lettres », un podcast indépendant où des directeurs financiers racontent une décision "
   "difficile. Pas de publicité, pas de participation demandée aux invités : on enregistre une heure, je monte, vous validez.\n\nVotre "
   "passage d'un groupe coté à une ETI familiale intéresserait beaucoup nos auditeurs. Seriez-vous partant(e) ?\n\nAnaïs"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Chad Morrow", "Founder | CFO Success Stories Podcast", "Miami",
  ("inm", "Guest spot on CFO Success Stories",
   "Hi Alex,\n\nOur team picked you as a potential guest for CFO Success Stories, the #1 podcast for finance executives (top 2% globally). "
   "Guest features are a one-time $1,500, which includes professional editing, a branded video clip package and a feature on our "
   "newsletter to 35,000 executives.\n\nWe only take 4 guests a month. Shall I send the booking page?\n\nChad"))
P("stranger_inmail_sales", "en", "Priscilla Vaughn", "Awards Director | Industry Leaders Honours", "Manchester",
  ("inm", "Congratulations – you've been shortlisted!",
   "Dear Alex,\n\nCongratulations! You have been shortlisted for Finance Leader of the Year at the Industry Leaders Honours 2026. To accept "
   "your shortlisting, please complete the participation agreement (£2,100 + VAT), which includes your entry to the ceremony, the "
   "finalist logo pack and a winners' feature.\n\nPlaces are confirmed on a first-come basis.\n\nPriscilla Vaughn"))
P("stranger_inmail_sales", "en", "Graham Hollis", "Partnerships Director | Future of Finance Live", "London",
  ("inm", "Speaking opportunity at Future of Finance Live",
   "Hi Alex,\n\nWe're finalising the agenda for Future of Finance Live (1,200 finance leaders at ExCeL). A few thought-leadership speaking "
   "slots remain through our partner programme: a 20-minute keynote with a branded stand starts at £6,500, a roundtable host slot at £3,200.\n\n"
   "Would Example Industries like to be part of it? Happy to send the media kit.\n\nGraham"))
P("stranger_inmail_sales", "en", "Delia Marchbank", "Publishing Consultant | Crown Author Press", "Nashville",
  ("inm", "Become a co-author of The Modern CFO Playbook",
   "Hi Alex,\n\nWe are inviting 20 finance leaders to co-author The Modern CFO Playbook, a hardcover book released on Amazon with a launch "
   "campaign aimed at bestseller status. You write one chapter (we provide a ghostwriter if you prefer) and become a published author.\n\n"
   "The author investment is $4,995 and covers editing, design, distribution and 50 copies. Would you like the details?\n\nDelia"),
  ("inm", "Re: The Modern CFO Playbook",
   "Hi Alex, following up: two co-author places are left, and we can split the author investment into three instalments. Shall I hold one for you?"))
P("stranger_inmail_sales", "en", "Victor Hale", "Director | International Registry of Finance Executives", "New York",
  ("inm", "Your inclusion in the 2026 Registry",
   "Dear Alex Morgan,\n\nBased on your career achievements you have been selected for inclusion in the International Registry of Finance "
   "Executives. A lifetime listing with verified profile, engraved plaque and digital badge is available for a one-time fee of $795.\n\n"
   "Please reply to reserve your listing.\n\nVictor Hale"))
P("stranger_inmail_sales", "fr", "Ophélie Carrel", "Directrice de clientèle | Agence RP Signature", "Paris",
  ("inm", "Être cité dans la presse économique",
   "Bonjour Alex,\n\nnous aidons les dirigeants financiers à apparaître dans la presse économique (Les Échos, Forbes France, Challenges). "
   "Nos formules démarrent à 3 500 € par mois, avec au moins deux parutions garanties par trimestre.\n\nJe peux vous présenter nos "
   "références lors d'un appel de 20 minutes ?\n\nOphélie Carrel"))
P("stranger_inmail_sales", "es", "Nathan Price", "Managing Partner | Meridian Angels Syndicate", "Barcelona",
  ("inm", "Co-invest with senior operators",
   "Hi Alex,\n\nI run an angel syndicate of 140 senior operators backing B2B industrial tech. We'd love to have a CFO of your calibre "
   "among our members. Tickets start at €25,000 per deal, with a 2% annual fee and 20% carry. Our next deal closes in three weeks.\n\n"
   "Could we set up a call so I can walk you through it?\n\nNathan"), nl="en")
P("stranger_inmail_sales", "it", "Gianni Ferrante", "Executive Career Coach | CFO Next", "Milano",
  ("inm", "Il suo prossimo ruolo da CFO",
   "Buongiorno Alex,\n\nseguo manager della finanza che vogliono fare il salto verso ruoli di gruppo. Il mio programma CFO Next (tre mesi, "
   "3.500 € + IVA) comprende revisione del profilo, simulazioni di colloquio e accesso alla mia rete di head hunter.\n\nLe va di "
   "parlarne in una call conoscitiva gratuita?\n\nGianni Ferrante"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Imogen Blake", "Host, Ledger & Lunch podcast", "Brighton",
  ("inv", "Hi Alex, I host Ledger & Lunch, a free podcast where finance leaders talk through one decision over lunch. "
          "Would love to have you on, no cost and no catch. Shall we connect?"),
  ("msg", "Episode's live! Here's the link, and I've attached the raw audio and three short clips you're free to use however you like. "
          "Thanks again, it was a lovely chat.", (20, 40)),
  ("msg", "Hi Alex, now the episode's out, a lot of guests ask how to get more reach from it. Our Amplify package ($890/month) runs paid "
          "promotion of your episode and ghostwrites three LinkedIn posts a week in your voice. Want me to set it up?", (5, 15)))
P("good_turns_ugly", "en", "Declan Moss", "Group Treasurer | Norbridge Components", "Derby",
  ("inv", "Hi Alex, we're about to move our cash pooling to a new bank and I saw you did the same last year. Could I ask you a few "
          "questions about how the migration went? Happy to return the favour any time."),
  ("msg", "Thanks so much for the call, really useful. As promised, here's our bank RFP template and the scoring matrix we used. Use freely."),
  ("end",),
  ("msg", "> Glad it helped, Declan. Good luck with the migration!\n\nThanks! By the way I endorsed you for {skill} the other day. "
          "Could you do the same for me for Cash Management and Treasury? I'm up for promotion and it all helps."))
P("good_turns_ugly", "de", "Prof. Ute Sandvoss", "Professorin für Finanzmanagement | Hochschule Pforzheim", "Pforzheim",
  ("inv", "Hallo Alex, ich untersuche, wie mittelständische Industrieunternehmen ihre Liquiditätsplanung organisieren. "
          "Darf ich Sie für ein kurzes Interview gewinnen? Die Auswertung schicke ich Ihnen selbstverständlich."),
  ("msg", "Vielen Dank für das offene Gespräch! Wie versprochen anbei die Auswertung über alle 18 Unternehmen, gern zur internen Verwendung."),
  ("msg", "Hallo Alex, im Anschluss an die Studie bieten wir jetzt gemeinsam mit einer Beratung das Programm „Treasury Excellence“ an "
          "(Inhouse-Workshop plus Review, 4.900 € netto). Soll ich Ihnen ein Angebot für Ihr Team schicken?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Logan Pryce", "Founder | Executive Podcast Placements", "San Diego",
  ("inm", "Get featured on 10 top business podcasts",
   "Hi Alex, we book finance executives onto top-rated business podcasts. Our CFO package guarantees 10 interviews in 90 days for $3,900. "
   "Interested in the list of shows?"),
  ("inv", "Hi Alex, I really enjoyed your comments on the ACT panel about cash conversion. Would be great to be connected."))
P("reinvite_known_bad", "fr", "Armelle Guyot", "Consultante | Stratégie financière", "Toulouse",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous nous sommes croisés à la conférence de la DFCG à Lyon. Ravie de garder le contact."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Wesley Craddock", "Chairman | CFO Excellence Awards", "Dubai",
  ("inm", "You have been nominated",
   "Dear Alex, it is my pleasure to inform you that you have been nominated for the CFO Excellence Awards, Manufacturing category. "
   "Kindly confirm your acceptance of the nomination."),
  ("inm", "Re: You have been nominated",
   "Dear Alex, thank you for accepting. Kindly complete the nominee registration of USD 1,850 so the jury can evaluate your submission. "
   "The gala dinner seat is included.", (2, 6)),
  ("inv", "Dear Alex, it would be an honour to have you in my professional network."))
P("reinvite_known_ugly", "es", "Fabián Oyarzun", "Consultor | Subvenciones y fondos europeos", "Málaga",
  ("inv", "Hola Alex, tramitamos subvenciones para la industria a éxito. ¿Te interesa una revisión gratuita de vuestras posibilidades?"),
  ("inm", "Sin respuesta",
   "Alex, ni aceptar ni rechazar. Con esa actitud no me extraña que la industria vaya como va. Falta de respeto total."),
  ("inv", "Hola Alex, empecemos de cero: me gustaría tenerte en mi red."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Gemma Radcliffe", "Speaker | Author | Founder, Finance Futures Academy", "Oxford",
  ("acc",),
  ("msg", "Thanks for the connect after the summit, Alex! Since you liked my talk: the Finance Futures leadership programme opens a new "
          "cohort in March (6 weeks, £2,950 per person). It would be a great fit for your controllers. Can I send the brochure?"))
P("user_invited_pitch_once", "de", "Kai Petersen", "Vertrieb Mittelstand | Factoring-Lösungen", "Kiel",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wie kurz angesprochen: Wir finanzieren Ihre Forderungen innerhalb von 48 Stunden vor, auch "
          "still. Wann passt Ihnen ein Termin, um Ihre Zahlen durchzugehen?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Spencer Vail", "Host, The CFO Edge | Partnerships", "Denver",
  ("acc",),
  ("msg", "Thanks for connecting Alex! Glad you've been listening. We're opening a few sponsored guest spots on The CFO Edge: $2,000 "
          "gets you a full episode plus a spotlight in our newsletter. Want in?"),
  ("msg", "Hey Alex, circling back on the sponsored episode. Two slots left for Q2, and I can knock 10% off if we lock it this week."))
P("user_invited_pitch_twice", "it", "Rocco Santangelo", "Consulente doganale | Export extra-UE", "Genova",
  ("acc",),
  ("msg", "Grazie per avermi aggiunto, Alex! Con i nuovi dazi molte aziende pagano più del dovuto: facciamo un check gratuito delle "
          "vostre classificazioni e poi lavoriamo a success fee. Ti va una call?"),
  ("msg", "Ciao Alex, ti riscrivo per il check doganale: questo mese abbiamo ancora due slot. Ti mando la proposta?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Charlotte Nyberg", "Business correspondent | Northern Post", "Newcastle",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As promised after the panel, here are the three paragraphs where I quote you, so you can check "
          "I've got the numbers right before Friday. Happy to change anything that's off."))
P("user_invited_value", "es", "Irene Calvo", "Tesorera del grupo | Norte Aceros", "Oviedo",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Como te dije en el foro, aquí tienes nuestra plantilla de previsión de tesorería a 13 "
          "semanas con las macros. Si te surge alguna duda al adaptarla, llámame sin problema."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Aurélien Costes", "Directeur financier | Groupe Sarrazin", "Clermont-Ferrand", ("acc",))
P("lone_endorsement", "it", "Beatrice Sala", "Controller | Ex collega", "Bergamo", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Marcus Adeyemi", "marcus@numberspeople.example", "Numbers People – prep notes for the 22nd",
     "Hi Alex,\n\nas promised on LinkedIn, here are the prep notes. Nothing to pay, nothing to sign, just turn up with a decent mic.\n\nMarcus", "en"),
    ("Global Finance Leadership Awards", "billing@gfla-awards.example", "Invoice GFLA-2026-0412: finalist registration",
     "Dear Alex,\n\nPlease find attached your finalist registration invoice (USD 2,450). Share your nomination badge on LinkedIn!", "en"),
    ("Eleanor Whitby", "e.whitby@dailyledger.example", "Piece is live",
     "Hi Alex,\n\nin case LinkedIn messages get lost: the supply-chain finance piece is online now. Thanks again.\n\nEleanor", "en"),
    ("Corporate Communications", "comms@example.net", "Please share: our results announcement on LinkedIn",
     "Dear all,\n\nthe half-year results go out at 7am tomorrow. Please reshare the company post on LinkedIn once it is live.", "en"),
    ("Kongressbüro Finanzforum", "info@finanzforum.example.de", "Ihr Referentenausweis",
     "Hallo Alex,\n\nanbei Ihr Referentenausweis für das Finanzforum. Gern dürfen Sie Ihre Teilnahme auch auf LinkedIn teilen.", "de"),
    ("Bastien Royer", "b.royer@agefi.example.fr", "Suite à ma demande LinkedIn",
     "Bonjour Alex,\n\nje vous ai envoyé une invitation sur LinkedIn, mais l'e-mail sera peut-être plus simple. Êtes-vous disponible jeudi ?\n\nBastien", "fr"),
    ("Asociación de Tesoreros", "eventos@tesoreros.example.es", "Jornada de tesorería: programa",
     "Hola Alex,\n\nya está disponible el programa de la jornada. Síguenos en LinkedIn para las novedades.", "es"),
    ("Tom Ashdown", "tom.ashdown@calderfinch.example", "CSRD assurance quotes",
     "Alex,\n\nsent you a note on LinkedIn too, but here are the three quotes (anonymised) if easier to compare over email.\n\nTom", "en"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _step in _p[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_p[2], len(_step[1]))
assert len({_p[2] for _p in PEOPLE}) == len(PEOPLE)

HEADER = [f"# mailbot twenty-seventh development corpus (dev27). Generated by scripts/make_corpus_dev27.py (seed {SEED}); do not edit by hand.",
          "# Conversation mail and strangers' InMail: replies in ongoing threads, value InMails (speakers, journalists, free podcasts, "
          "researchers, investors, headhunters) against paid podcasts, pay-to-play awards, sponsored speaking, vanity publishing and paid "
          "directories; connections moving from small talk to an ask. Alex as a CFO. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev27", SEED, PEOPLE, FOREIGN, spoofs=12, other=10, header=HEADER)
