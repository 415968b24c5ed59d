#!/usr/bin/env python3
"""Write mailbot's fifty-fifth, independent development corpus: tests/corpus/dev55/*.eml + expected.toml.

The angle: sales-automation templates and their human counterparts. Alex runs operations at a
mid-sized logistics company, so every sequencing tool finds them: Sales Navigator cadences with
merge fields (some left unfilled), AI-personalised openers ("I saw your recent post about ..."),
"quick question" openers, "bumping this to the top of your inbox", breakup emails ("should I close
your file?"). Next to them sit real people who happen to open the same way: a peer who really did
read the post, a former colleague with a genuine quick question, a recruiter with a real role, an
organiser of a free roundtable. Every scenario of the taxonomy is covered, in five languages,
mostly English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job alerts, company names, headlines and the pitches that
spoofs carry are swapped for this world in this process only. Every note was written from
shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev55.py              # writes tests/corpus/dev55
    python scripts/make_corpus_dev55.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260855

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ logistics-operations world (this process only)
SKILLS = {
    "en": ["Supply Chain Management", "Logistics", "Operations Management", "Lean Six Sigma", "Warehouse Management", "Team Leadership"],
    "de": ["Supply Chain Management", "Logistik", "Operations Management", "Lagerverwaltung", "Prozessoptimierung"],
    "fr": ["Gestion de la chaîne logistique", "Logistique", "Gestion des opérations", "Lean management", "Transport"],
    "es": ["Gestión de la cadena de suministro", "Logística", "Gestión de operaciones", "Lean Manufacturing", "Transporte"],
    "it": ["Supply chain management", "Logistica", "Gestione delle operazioni", "Lean management", "Trasporti"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Head of Operations", "Carrow Freight"), ("Director Supply Chain EMEA", "Veltra Foods"),
              ("Leiter Logistik (m/w/d)", "Brenner Spedition"), ("Responsable des opérations entrepôt", "LogiSeine"),
              ("VP Operations", "Quayside Retail Group")]
mc.COMPANIES["good"] = ["Carrow Freight", "Veltra Foods", "Quayside Retail Group", "Brenner Spedition", "CILT", "Cranfield School of Management"]
mc.COMPANIES["sales"] = ["Outreachly", "LaneLogic TMS", "PalletPilot", "SeqForge", "DockFlow", "FreightBid AI"]
mc.HEADLINES["good"] = ["Operations Manager at {co}", "Supply Chain Lead | {co}", "Warehouse Director, {co}",
                        "Logistics Analyst at {co}", "Programme Lead, {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "SDR at {co}", "Founder @ {co} | Helping 3PLs scale",
                         "Growth Partner, {co}", "Enterprise Sales, {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I shared the Q3 carrier rate sheet with you. Sign in to view the document before it expires.",
           "{first}, your account has outstanding connection requests flagged for review. Confirm your details to keep access."],
    "de": ["Hallo {first}, ich habe Ihnen die Frachtratenübersicht freigegeben. Bitte melden Sie sich an, um sie zu öffnen.",
           "Hallo {first}, Ihr Konto wird eingeschränkt. Bitte bestätigen Sie Ihre Daten."],
    "fr": ["Bonjour {first}, je vous ai partagé la grille tarifaire transporteurs. Connectez-vous pour la consulter.",
           "Bonjour {first}, votre compte sera suspendu. Confirmez vos informations ici."],
    "es": ["Hola {first}, te he compartido las tarifas de transportistas. Inicia sesión para verlas.",
           "Hola {first}, tu cuenta tiene actividad inusual. Confirma tus datos aquí."],
    "it": ["Ciao {first}, ti ho condiviso il listino dei vettori. Accedi per vederlo.",
           "Ciao {first}, il tuo account verrà limitato. Conferma i tuoi dati qui."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation (same openers, real reasons)
P("good_invitation", "en", "Priya Raman", "Operations Manager | Veltra Foods", "Leicester",
  ("inv", "Hi Alex, I saw your recent post about cross-docking the chilled lines and we're stuck on exactly that. We host a free ops roundtable in Leicester on the 14th, "
          "six of us from different shippers, no vendors. Would you come and tell us what went wrong first time?"),
  ("rem",))
P("good_invitation", "en", "Tom Hadley", "Warehouse Manager | Quayside Retail Group", "Bristol",
  ("inv", "Quick question, Alex - we worked together at Carrow years ago (I was on nights in Avonmouth). How did you get the union on board with the pick-rate targets? "
          "We're about to try the same thing and I'd rather learn from you than from a grievance."))
P("good_invitation", "en", "Dr. Naomi Fielding", "Programme Director, MSc Logistics | Cranfield", "Cranfield",
  ("inv", "Alex, our part-time MSc students run a live project each spring and one group wants to model yard congestion. Could they use your site as the case? "
          "Free of charge of course, and you'd keep the simulation model at the end."))
P("good_invitation", "de", "Jana Wolters", "Leiterin Arbeitskreis Kontraktlogistik | BVL Regionalgruppe Nord", "Bremen",
  ("inv", "Hallo Alex, kurze Frage: Hätten Sie Lust, im März bei unserem Arbeitskreis (kostenfrei, rund 30 Logistikleiter) zehn Minuten über Ihre Erfahrungen mit "
          "dem Schichtmodell zu erzählen? Ihr Beitrag dazu ging bei uns intern herum."),
  ("rem",))
P("good_invitation", "fr", "Camille Rouvier", "Responsable supply chain | Maison Duclos", "Lille",
  ("inv", "Bonjour Alex, j'ai lu votre post sur la mutualisation des tournées. On organise entre chargeurs du Nord un petit-déjeuner gratuit sur le sujet le 3 avril, "
          "sans prestataires. Une place vous attend si ça vous dit."))
P("good_invitation", "en", "Marcus Obi", "Talent Partner (in-house) | Quayside Retail Group", "London",
  ("inv", "Hi Alex - I'm the internal recruiter at Quayside, not an agency. We're hiring a VP Operations (Leeds, £135k + bonus) reporting to our COO. "
          "Your name came up twice. Open to a short confidential chat?"))
P("good_invitation", "it", "Luca Bernardi", "Responsabile logistica | Pastificio Lanza", "Parma",
  ("inv", "Ciao Alex, ho visto il tuo intervento su LinkedIn sui resi nel food. Sto scrivendo una checklist condivisa tra responsabili logistici per le ispezioni HACCP nei magazzini: "
          "te la giro gratis, e se hai correzioni sono benvenute."))


# =============================================================== default_invitation
P("default_invitation", "en", "Kieran Walsh", "BDR | SeqForge", "Dublin", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Lorena Paredes", "Business Development | Transportes Íbero", "Zaragoza", ("inv", DEFAULT))
P("default_invitation", "en", "Jordan Pike", "Growth @ Outreachly", "Austin", ("inv", NONOTE))


# =============================================================== sales_invitation (templates, merge fields, AI openers)
P("sales_invitation", "en", "Chad Brewster", "Enterprise AE | LaneLogic TMS", "Chicago",
  ("inv", "Hi {{first_name}}, I noticed {{company}} is growing fast in {{industry}}. We help ops leaders cut freight spend by 18%. Open to a quick 15-min call next week?"))
P("sales_invitation", "en", "Ashley Monroe", "SDR | DockFlow", "Denver",
  ("inv", "Hi Alex, I saw your recent post about warehouse efficiency and loved your insights on driving operational excellence! "
          "DockFlow helps leaders like you automate dock scheduling. Worth a quick chat?"),
  ("rem",))
P("sales_invitation", "en", "Ryan Cole", "Founder | PalletPilot", "Manchester",
  ("inv", "Quick question Alex - who looks after pallet tracking at your company? We've helped 40+ 3PLs stop losing £50k a year in pallets. Happy to send a short video."))
P("sales_invitation", "de", "Florian Haas", "Account Executive DACH | FreightBid AI", "Berlin",
  ("inv", "Hallo Alex, ich habe gesehen, dass Sie bei Carrow die Logistik verantworten. Unsere KI verhandelt Spotfrachten automatisch, im Schnitt 11 % günstiger. "
          "Darf ich Ihnen das in 20 Minuten zeigen?"))
P("sales_invitation", "fr", "Julien Marchand", "Business Developer | Optiroute", "Lyon",
  ("inv", "Bonjour Alex, j'ai remarqué votre parcours impressionnant dans la supply chain ! Chez Optiroute, nous aidons les directeurs des opérations à réduire leurs km à vide. "
          "Auriez-vous 15 min pour une démo ?"))
P("sales_invitation", "en", "Megan Tully", "Lead Gen Specialist | B2B appointment setting", "Cardiff",
  ("inv", "Hey Alex! Congrats on the work anniversary 🎉 I book 10-15 qualified meetings a month for logistics service providers, pay per meeting only. Would that be of interest?"))
P("sales_invitation", "es", "Diego Fuentes", "Key Account Manager | Carretillas Norte", "Bilbao",
  ("inv", "Hola Alex, vi tu publicación reciente sobre la seguridad en almacén y me pareció muy acertada. Tenemos un plan de renting de carretillas con mantenimiento incluido, "
          "¿te paso una propuesta sin compromiso?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Brandon Lyle", "Community Lead | Ops Leaders Circle", "Leeds",
  ("inv", "Alex, I run a small private circle for heads of operations in the North - monthly calls, no selling, just swapping notes. Would love you in it."),
  ("msg", "Great to have you in, Alex. Before the first call, I'd love to show you SeqForge, the tool our members use to book carrier reviews on autopilot. 20 mins Thursday?", (3, 10)),
  ("msg", "Hi Alex, just bumping this to the top of your inbox - happy to extend the members' discount (30% off year one) till Friday.", (4, 12)))
P("bait_and_switch_invitation", "en", "Sophie Kendrick", "Fellow ops leader | Strategic Advisor", "Birmingham",
  ("inv", "Hi Alex, let's connect as fellow operations leaders - always good to know peers in the Midlands."),
  ("msg", "Thanks for connecting! I'm a partner with Harbour Wealth and I work with senior ops people on pensions and share options. Could we find 30 minutes for a no-obligation review?", (2, 8)))
P("bait_and_switch_invitation", "de", "Marco Reiter", "Herausgeber | Logistik-Benchmark 2026", "Hamburg",
  ("inv", "Hallo Alex, wir erstellen einen kostenlosen Benchmark zu Lagerkennzahlen (Pick-Rate, Dock-to-Stock). Wenn Sie mitmachen, bekommen Sie den vollständigen Bericht gratis."),
  ("msg", "Danke fürs Vernetzen! Bevor wir den Fragebogen schicken: Unsere WMS-Beratung bietet gerade eine Potenzialanalyse für 2.900 € an. Wann passt ein Termin?", (3, 9)))
P("bait_and_switch_invitation", "en", "Gavin Shore", "Host, The Last Mile podcast", "Glasgow",
  ("inv", "Hi Alex - I host a podcast on last-mile ops and I'd love to have you as a guest. No cost, 30 mins, we just talk about what you've learned."),
  ("msg", "Brilliant, thanks for accepting. Quick one before we record: guests get our sponsorship package at a reduced rate, £1,800 for a featured episode. Shall I send the invoice?", (2, 7)),
  ("msg", "Alex, I haven't heard back on the package - slots are filling up. Let me know by Friday or I'll have to give your episode away.", (5, 14)))
P("bait_and_switch_invitation", "es", "Rocío Gallardo", "Fundadora | Red de Mujeres en Logística", "Madrid",
  ("inv", "Hola Alex, estamos creando una comunidad de responsables de operaciones para compartir buenas prácticas. Es gratuita y nos encantaría contar contigo."),
  ("msg", "¡Gracias por unirte! Te cuento: además de la comunidad, ofrezco mentoring ejecutivo. El programa de 3 meses cuesta 2.400 €. ¿Hacemos una llamada esta semana?", (4, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Tyler Banks", "Research Lead | Freight Ops Survey", "Boston",
  ("inm", "Your view on the 2026 freight market?", "Hi Alex, we're putting together an independent report on how ops leaders plan for carrier capacity. "
          "Could I ask you three quick questions? You'd get the full report free."),
  ("inm", "Re: Your view on the 2026 freight market?", "Thanks Alex! Based on your answers, LaneLogic TMS looks like a strong fit for you. Can I get 20 minutes on your calendar for a demo?"))
P("bait_and_switch_inmail", "en", "Hannah Voss", "Peer Network Host | Supply Chain Roundtable", "Amsterdam",
  ("inm", "Invitation: closed-door supply chain roundtable", "Alex, we're hosting a closed-door roundtable for 12 supply chain directors in London. Free to attend, Chatham House rules. Shall I hold a seat?"),
  ("inm", "Your seat + partner session", "Hi Alex, your seat is held. Part of the day is a 1:1 with our sponsor PalletPilot - I've put you down for 11:30. "
          "They'd like to understand your budget for next year before then."),
  ("inm", "Following up on PalletPilot", "Hi Alex, PalletPilot asked whether you've had a chance to look at their proposal. Can I pass on your number?"))
P("bait_and_switch_inmail", "it", "Stefano Riva", "Coordinatore | Osservatorio Logistica Nord", "Milano",
  ("inm", "Osservatorio sulla logistica: la tua opinione", "Ciao Alex, stiamo raccogliendo pareri di responsabili operations per un osservatorio gratuito. Ti posso fare due domande?"),
  ("inm", "Proposta riservata", "Grazie Alex per le risposte. Ti propongo la nostra consulenza sull'ottimizzazione dei trasporti, pacchetto da 5.000 €. Quando ci sentiamo?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Darren Hughes", "Transport Planner | Freelance", "Sheffield",
  ("end",),
  ("msg", "Hi Alex, I've endorsed you for {skill}. Would you mind returning the favour and endorsing me for Route Planning? Every bit helps while I'm job hunting."))
P("endorse_me_back", "en", "Kelly Ambrose", "Operations Consultant", "Nottingham",
  ("end",), ("end",),
  ("msg", "Hey Alex! Just gave you a couple of endorsements 😊 Could you endorse me for Lean Six Sigma and Process Improvement when you get a sec?"))
P("endorse_me_back", "fr", "Benoît Lacaze", "Chef de quai | Transports Lacaze", "Bordeaux",
  ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill}. Tu pourrais me valider Gestion d'équipe et Transport en retour ? Merci d'avance !"))


# =============================================================== hostility_after_decline (template and human)
P("hostility_after_decline", "en", "Derek Shaw", "Growth Consultant | Shaw Outreach", "Liverpool",
  ("inv", "Hi Alex, I help logistics firms fill their sales pipeline with done-for-you outbound. Worth a chat?"),
  ("rem",),
  ("inm", "Closing the loop", "Alex, I've reached out three times and you haven't had the basic courtesy to reply. People like you are why this industry is stuck in the 90s. "
          "Good luck, you'll need it."))
P("hostility_after_decline", "en", "Nadia Petrov", "Freight Broker", "Rotterdam",
  ("inv", DEFAULT),
  ("inm", "really?", "Ignoring a simple connection request is pretty unprofessional for someone at your level. I won't be trying again."))
P("hostility_after_decline", "de", "Sven Albrecht", "Vertriebsleiter | Regaltechnik Albrecht", "Dortmund",
  ("inv", "Hallo Alex, wir liefern Schwerlastregale mit Montage in 3 Wochen. Darf ich Ihnen ein Angebot schicken?"),
  ("inm", "Ihre Nicht-Antwort", "Hallo Alex, ich finde es ehrlich gesagt respektlos, Anfragen einfach liegen zu lassen. Ein kurzes Nein kostet zehn Sekunden. "
          "So geht man mit Menschen nicht um."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Craig Dunmore", "Sales Director | FreightBid AI", "Leeds",
  ("msg", "Alex, quick question - are you the right person for freight procurement? We're saving shippers 11% on spot loads."),
  ("msg", "Hi Alex, I'll assume from the silence that this isn't a priority. Should I close your file?"),
  ("msg", "Honestly Alex, three messages and not even a 'no thanks'? That's poor form. Don't complain when your costs are up next year."))
P("hostility_connection", "it", "Fabio Lombardi", "Consulente commerciale | Magazzini Smart", "Bologna",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento. Ti propongo una demo del nostro software di gestione magazzino, 20 minuti?"),
  ("msg", "Vedo che hai letto e non rispondi. Complimenti per la maleducazione, bel modo di trattare chi lavora."))


# =============================================================== connection_only_pitches (sequences)
P("connection_only_pitches", "en", "Josh Tanner", "Account Executive | Outreachly", "Atlanta",
  ("msg", "Hi Alex, quick question: how is your team booking carrier meetings today? Outreachly automates the whole sequence. Worth 15 mins?"),
  ("msg", "Hey Alex, floating this back up. Teams like yours book 3x more meetings with us. Does Tuesday or Wednesday work?"),
  ("msg", "Hi Alex, I haven't heard back so I'll assume the timing isn't right. Should I close the loop, or is there someone else I should talk to?"))
P("connection_only_pitches", "en", "Emily Sato", "Customer Success → Sales | LaneLogic TMS", "Seattle",
  ("msg", "Hi Alex, I saw your recent post about {topic} and it really resonated! Curious whether you'd be open to seeing how LaneLogic helps ops leaders like you?"),
  ("msg", "Alex, following up on my last note - we're offering a free freight audit to five companies this month. Want one of the slots?"))
P("connection_only_pitches", "de", "Tobias Brandt", "Key Account Manager | Staplerwelt", "Köln",
  ("msg", "Hallo Alex, danke für die Vernetzung! Haben Sie aktuell Bedarf an Gabelstaplern? Wir haben Vorführgeräte mit 25 % Rabatt."),
  ("msg", "Hallo Alex, ich wollte nochmal nachhaken wegen der Stapler. Das Angebot gilt bis Monatsende – soll ich Ihnen ein PDF schicken?"))
P("connection_only_pitches", "es", "Carla Núñez", "Consultora de ventas | ERP Logístico", "Valencia",
  ("msg", "Hola Alex, una pregunta rápida: ¿qué ERP usáis en almacén? Nuestro módulo de SGA se integra en 2 semanas. ¿Te hago una demo?"),
  ("msg", "Hola de nuevo Alex, te escribo por última vez: si no es buen momento lo entiendo, pero te dejo mi Calendly por si acaso: calendly.com/carla-erp/30min"))


# =============================================================== single_pitch
P("single_pitch", "en", "Liam Porter", "Partnerships | DockFlow", "Newcastle",
  ("msg", "Hi Alex, hope you're well. We're opening our DockFlow beta to a few ops teams in the UK at half price for a year. Want me to add you?"))
P("single_pitch", "fr", "Aurélie Fontaine", "Consultante RSE | Bilan carbone transport", "Nantes",
  ("msg", "Bonjour Alex, je me permets : nous réalisons des bilans carbone du transport pour les chargeurs, à partir de 4 500 €. Un échange de 20 minutes vous tente ?"))
P("single_pitch", "en", "Sam Whitfield", "Sales | Whitfield Workwear", "Hull",
  ("msg", "Alex! Long time. I've started selling hi-vis and safety boots to warehouses, bulk prices well under Arco. Can I send you a quote for your sites?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Rachel Kim", "Head of Logistics | Veltra Foods", "Leeds",
  ("msg", "Quick question, Alex - did you ever find a decent way to measure dwell time at the gate? I've got a spreadsheet that sort of works, happy to share it if you want to compare notes."),
  ("msg", "Here it is. Tab 2 has the formulas. If you improve it, send it back!"))
P("connection_brings_value", "en", "Owen Pritchard", "Ops Director | Carrow Freight", "Bristol",
  ("msg", "Saw your recent post about agency labour costs and thought of the CILT webinar next Tuesday - it's free, and one of the speakers ran the pilot at Tesco. Link's on the CILT events page."))
P("connection_brings_value", "de", "Katrin Seidel", "Leiterin Lager | Brenner Spedition", "Nürnberg",
  ("end",),
  ("msg", "Hallo Alex, wir haben unsere Gefahrstoff-Checkliste für Lagerbegehungen überarbeitet. Ich schicke sie Ihnen gern, frei verwendbar – Feedback willkommen."))
P("connection_brings_value", "it", "Giorgia Sala", "Supply Chain Manager | Ferretti Alimentari", "Verona",
  ("msg", "Ciao Alex, una domanda veloce: vi siete mai trovati con il problema dei bancali EPAL non conformi dai fornitori? Noi abbiamo scritto una procedura di contestazione, te la mando se ti serve."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Helen Marsh", "Executive Search | Marsh Partners", "London",
  ("inm", "VP Operations - Leeds", "Hi Alex, I'm retained by Quayside Retail Group to find their next VP Operations (Leeds, £130-140k + 20% bonus). "
          "Your work on the network consolidation stood out. Would you be open to a confidential call?"))
P("stranger_inmail_recruiter", "de", "Lena Bauer", "Talent Acquisition | Brenner Spedition", "Hamburg",
  ("inm", "Leitung Logistik (m/w/d) – Hamburg", "Hallo Alex, wir suchen eine Leitung Logistik für unser neues Hub in Hamburg (unbefristet, Gehalt ab 110.000 €). "
          "Ihr Profil passt sehr gut. Hätten Sie Interesse an einem ersten Gespräch?"))
P("stranger_inmail_recruiter", "en", "Arjun Mehta", "Hiring Manager, Supply Chain | Veltra Foods", "Manchester",
  ("inm", "Quick question about a role", "Quick question, Alex - would you consider a move to a Director Supply Chain EMEA role? I'm the hiring manager, not a recruiter. "
          "It's hybrid from Manchester, reporting to me. Happy to share the spec."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brittany Cole", "SDR | SeqForge", "Austin",
  ("inm", "Quick question", "Hi Alex, quick question - who on your team owns outbound? SeqForge writes personalised sequences with AI. Worth a look?"),
  ("inm", "Re: Quick question", "Hi Alex, bumping this up in case it got buried. Would a 10-minute walkthrough be useful?"))
P("stranger_inmail_sales", "en", "Nathan Greer", "Account Executive | LaneLogic TMS", "Chicago",
  ("inm", "Carrow Freight + LaneLogic", "Hi Alex, I saw your recent post about peak season and your thoughts on capacity planning were spot on! "
          "LaneLogic helps ops leaders like you stay ahead of peak. Are you free for a 15-min call this week?"),
  ("inm", "Should I close your file?", "Hi Alex, I've tried to reach you a few times. I'll assume it's not a priority right now and close your file. "
          "If that's wrong, just reply 'later' and I'll check back next quarter."))
P("stranger_inmail_sales", "fr", "Élise Moreau", "Chargée d'affaires | Entrepôts Solutions", "Marseille",
  ("inm", "Surface disponible à Fos", "Bonjour Alex, nous avons 12 000 m² d'entrepôt disponibles à Fos-sur-Mer dès juin. Souhaitez-vous recevoir la plaquette et nos tarifs ?"))
P("stranger_inmail_sales", "en", "Kevin Doyle", "Founder | FreightBid AI", "Dublin",
  ("inm", "{{first_name}}, 11% off spot freight", "Hi {{first_name}}, companies like {{company_name}} are saving 11% on spot freight with FreightBid AI. Can I send over a case study?"))
P("stranger_inmail_sales", "es", "Andrés Molina", "Director comercial | Embalajes Molina", "Murcia",
  ("inm", "Pregunta rápida", "Hola Alex, una pregunta rápida: ¿quién se encarga de las compras de embalaje en tu empresa? Te podemos mejorar precio en film y cajas."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Chris Ellison", "Ops Manager | Hartley Distribution", "York",
  ("inv", "Hi Alex, I saw your recent post about slotting and I tried your ABC trick on our ambient site - it worked. Could I share our before/after numbers with you? Might help your next post."),
  ("msg", "As promised, the numbers: travel distance down 22% in six weeks. Use them however you like."),
  ("msg", "Alex, bit of news - I've joined SlotWise as a partner. Could I get 30 minutes to show you the software version of what we did? Special rate for early clients.", (20, 45)))
P("good_turns_ugly", "en", "Grace Holloway", "Logistics Lead | Pennine Foods", "Harrogate",
  ("inv", "Alex - quick question from a fellow food-logistics person: how do you handle temperature excursions on cross-dock? We've had two audits flag it."),
  ("msg", "Thanks so much for the call, that was really helpful. Sending you our excursion log template in return."),
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill} - would you endorse me for Cold Chain and Food Safety? Going for a promotion and it would really help."))
P("good_turns_ugly", "fr", "Thomas Girard", "Directeur des opérations | Girard Transports", "Rouen",
  ("inv", "Bonjour Alex, je monte un club gratuit de directeurs des opérations en Normandie, une réunion par trimestre. Vous seriez le bienvenu."),
  ("msg", "Merci d'avoir rejoint le club ! Voici le compte rendu de la première réunion, avec les contacts des participants."),
  ("msg", "Alex, je me permets : en parallèle du club, je propose un audit de vos flux transport à 3 200 € HT. Je vous envoie un devis ?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Tanya Briggs", "SDR | PalletPilot", "Leeds",
  ("inm", "Pallet losses at Carrow?", "Hi Alex, most 3PLs lose 5-8% of pallets a year. PalletPilot tracks every one. Free trial this month - interested?"),
  ("inv", "Hi Alex, I really enjoyed your recent post about warehouse culture. Would love to connect and follow your content!"))
P("reinvite_known_bad", "it", "Marco Ferri", "Sales | Trasporti Ferri", "Napoli",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ci siamo visti alla fiera di Verona, ti ricordi? Mi farebbe piacere restare in contatto."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Blake Rowan", "Outbound Specialist | Rowan Growth", "Bristol",
  ("inv", "Hi Alex, we set meetings for logistics providers on a pay-per-meeting basis. Interested?"),
  ("inm", "Seriously?", "I sent you a respectful request and you just ignored it. That's arrogant. Your company deserves better leadership."),
  ("inv", "Hi Alex, fresh start? I'd like to connect and follow your posts on operations."))
P("reinvite_known_ugly", "de", "Jens Köhler", "Netzwerker | Logistik-Stammtisch", "Hannover",
  ("inm", "Logistik-Stammtisch", "Hallo Alex, wir haben einen kostenlosen Stammtisch für Logistikleiter in Hannover. Hätten Sie Lust dazuzukommen?"),
  ("inm", "Angebot für Sie", "Schön, dass Sie Interesse haben! Ich bin übrigens Versicherungsmakler und könnte Ihre Flotte günstiger versichern. Wann passt ein Gespräch?"),
  ("inv", "Hallo Alex, lassen Sie uns vernetzen – viele Grüße vom Stammtisch!"))


# =============================================================== user_invited_pitch_once / twice / value
P("user_invited_pitch_once", "en", "Dean Carver", "Regional Sales | RackRight", "Coventry",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Since you're expanding the Coventry site: we do racking inspections and repairs. Can I drop off a quote next week?"))
P("user_invited_pitch_once", "es", "Marta Ruiz", "Account Manager | Telemática Ruiz", "Sevilla",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Ya que hablamos en la feria, te paso nuestra oferta de telemática para flotas: 19 € por vehículo al mes. ¿Te llamo el jueves?"))
P("user_invited_pitch_twice", "en", "Ethan Marsh", "Founder | SlotBook", "Reading",
  ("acc",),
  ("msg", "Thanks for connecting after the expo, Alex! SlotBook cuts dock waiting times by 40%. Could I set up a demo with your site managers?"),
  ("msg", "Hi Alex, circling back - we've got a pilot spot open next month at no setup fee. Shall I pencil you in?"))
P("user_invited_pitch_twice", "de", "Nina Hofer", "Business Development | ScanPro Handscanner", "Wien",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Wir bieten Handscanner im Mietmodell an, ab 29 € pro Gerät und Monat. Darf ich ein Angebot schicken?"),
  ("msg", "Hallo Alex, kurze Erinnerung an unser Angebot – bei Abschluss bis Ende Mai gibt es drei Monate gratis."))
P("user_invited_value", "en", "Fiona Grant", "Head of Transport | Highland Water", "Inverness",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. As promised at the CILT dinner, here's the tender template we used for our haulier review - strip our name out and it's yours."))
P("user_invited_value", "fr", "Hélène Barbier", "Consultante indépendante, ex-directrice logistique", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Comme promis, je vous envoie la liste des transporteurs frigorifiques avec qui j'ai bien travaillé, avec mes commentaires. Aucun lien commercial de mon côté."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Robert Lines", "Site Manager | Carrow Freight", "Avonmouth", ("acc",))
P("lone_endorsement", "it", "Paola Conti", "Responsabile magazzino | Conti Logistica", "Bergamo", ("end",))

# =============================================================== more voices
P("good_invitation", "es", "Irene Calvo", "Jefa de almacén | Conservas Calvo", "Vigo",
  ("inv", "Hola Alex, pregunta rápida de colega: ¿cómo organizáis la preparación de pedidos en picos de campaña sin disparar las horas extra? "
          "Nosotros lo tenemos a medias y te cuento lo que nos funciona a cambio."))
P("sales_invitation", "it", "Davide Moretti", "Sales Development | ShipFlow Italia", "Milano",
  ("inv", "Ciao Alex, ho letto il tuo ultimo post su {topic} e l'ho trovato davvero stimolante! Aiutiamo i responsabili operations come te ad automatizzare le spedizioni. "
          "Ti va una call di 15 minuti?"))
P("connection_only_pitches", "fr", "Maxime Leroy", "Account Executive | TMS Horizon", "Lille",
  ("msg", "Bonjour Alex, petite question : comment pilotez-vous vos transporteurs aujourd'hui ? TMS Horizon centralise tout. 20 minutes pour vous montrer ?"),
  ("msg", "Bonjour Alex, je remonte mon message au cas où il se serait perdu. Jeudi 10h, ça vous irait ?"),
  ("msg", "Bonjour Alex, sans retour de votre part je clôture votre dossier. Si le sujet redevient d'actualité, vous savez où me trouver."))
P("stranger_inmail_sales", "it", "Simona Greco", "Account Manager | Imballi Greco", "Torino",
  ("inm", "Domanda veloce", "Buongiorno Alex, domanda veloce: chi gestisce gli acquisti di imballaggi da voi? Abbiamo un listino nuovo per il 2026, posso mandarlo?"),
  ("inm", "Ultimo messaggio", "Buongiorno Alex, non voglio disturbare oltre: questo è il mio ultimo messaggio. Se interessa il listino, basta una riga."))
P("user_invited_pitch_twice", "en", "Connor Blake", "Head of Sales | YardIQ", "Milton Keynes",
  ("acc",),
  ("msg", "Hi {{sender.first_name}} here - thanks for connecting Alex! YardIQ gives you real-time yard visibility across every site. Open to a 20-min demo?"),
  ("msg", "Alex, last nudge from me: our Q2 pricing ends Friday. Want me to hold it for you?"))
P("hostility_after_decline", "es", "Óscar Benítez", "Consultor de ventas | Benítez Formación", "Málaga",
  ("inv", "Hola Alex, imparto formación en ventas para equipos de logística. ¿Te cuento en una llamada?"),
  ("rem",),
  ("inm", "Sin respuesta", "Hola Alex, veo que ni contestas. Qué poca educación. Así os va a los directivos que os creéis por encima de todo el mundo."))
P("bait_and_switch_invitation", "it", "Riccardo Neri", "Fondatore | Community Operations Italia", "Padova",
  ("inv", "Ciao Alex, sto mettendo insieme un gruppo di responsabili operations per confrontarci una volta al mese, gratis e senza vendite. Ti unisci?"),
  ("msg", "Grazie per esserti unito! Intanto ti presento il nostro software di pianificazione turni: per i membri del gruppo c'è il 20% di sconto. Ti mando una demo?", (3, 10)))
P("acceptance_only", "de", "Uwe Lindner", "Disponent | Brenner Spedition", "Bremen", ("acc",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Josh Tanner", "josh@outreachly.example", "Quick question, Alex",
     "Hi Alex,\n\nI also sent you a note on LinkedIn. Quick question: who owns outbound at Carrow Freight?\n\nJosh", "en"),
    ("Priya Raman", "priya.raman@veltra.example", "Roundtable on the 14th",
     "Hi Alex,\n\nFollowing my LinkedIn request: the roundtable is at our Leicester DC, 9am. Parking is at gate B.\n\nPriya", "en"),
    ("SeqForge", "news@seqforge.example", "Your LinkedIn sequence is ready",
     "Your 5-step LinkedIn + email sequence 'Ops leaders UK' has been scheduled. Step 1 sends tomorrow at 9:00.", "en"),
    ("Personalabteilung", "hr@carrow.example.de", "Richtlinie Social Media",
     "Hallo Alex,\n\nbitte beachten Sie die neue Richtlinie: keine Kundennamen in LinkedIn-Beiträgen.", "de"),
    ("Salon SITL", "contact@sitl.example.fr", "Votre badge pour le salon",
     "Bonjour Alex,\n\nvoici votre badge. Partagez votre venue sur LinkedIn avec #SITL2026.", "fr"),
    ("Feria Logística", "info@logistica.example.es", "Tu acreditación",
     "Hola Alex,\n\nadjuntamos tu acreditación. Síguenos en LinkedIn para novedades.", "es"),
    ("Grace Holloway", "grace.holloway@penninefoods.example", "Sorry about the endorsement ask",
     "Hi Alex,\n\nfeel free to ignore my LinkedIn message about endorsements, HR told us to collect them.\n\nGrace", "en"),
    ("Magazzino Centrale", "magazzino@conti.example.it", "Inventario di fine mese",
     "Ciao Alex,\n\ninventario confermato per venerdì. Paola ti ha scritto anche su LinkedIn.", "it"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

HEADER = [f"# mailbot fifty-fifth development corpus (dev55). Generated by scripts/make_corpus_dev55.py (seed {SEED}); do not edit by hand.",
          "# Sales-automation templates (merge fields, AI openers, quick-question openers, breakup emails) next to genuine notes with the same openers. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev55", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER)
