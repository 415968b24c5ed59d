#!/usr/bin/env python3
"""Write mailbot's fifteenth, independent development corpus: tests/corpus/dev15/*.eml + expected.toml.

The angle: the user Alex is a regional sales director (Southern Europe, DACH and export
markets) at an industrial-equipment maker, Vantor Industrial (compressors, vacuum pumps,
air treatment). Many of the people who write are themselves salespeople, and good notes
often talk business too. The taxonomy decides all the same:

- good: a customer's buyer who asks Alex for a quote, a distributor who wants to carry
  Vantor's products, a trade-fair organiser with free visitor passes, a peer sales leader
  swapping notes on CRM adoption, a former customer who recommends Alex, a trade
  association event with free entry, a headhunter with a concrete sales-director role;
- bad: selling TO Alex: sales training, lead lists, CRM tools, sales-intelligence data,
  trade-show booth space, gifts and promotional items, fleet cars, sales-compensation
  consultants, appointment setting;
- ugly: bait and switch (a "sales leaders' circle", a "benchmark of win rates", a peer's
  question, a free guide, then a pitch), endorse-me-back ("Negotiation"), hostility after a
  decline, including salespeople angry at being ignored ("as a sales guy you of all people
  should answer").

Registers: English (US, UK, Indian), German, French, Spanish (Spain and Mexico), Italian;
notes long and short, with and without signatures.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, and the pitches that spoofs
carry are swapped for industrial-sales ones in this process only (make_corpus.py itself is
not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev15.py              # writes tests/corpus/dev15
    python scripts/make_corpus_dev15.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260715

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the industrial-sales world (this process only)
SKILLS = {
    "en": ["Negotiation", "B2B Sales", "Key Account Management", "Industrial Sales", "Sales Management", "Channel Partner Management"],
    "de": ["Verhandlungsführung", "B2B-Vertrieb", "Key Account Management", "Technischer Vertrieb", "Vertriebsleitung"],
    "fr": ["Négociation", "Vente B2B", "Gestion des grands comptes", "Vente industrielle", "Management commercial"],
    "es": ["Negociación", "Ventas B2B", "Gestión de cuentas clave", "Venta industrial", "Dirección comercial"],
    "it": ["Negoziazione", "Vendite B2B", "Key account management", "Vendita tecnica", "Direzione commerciale"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Regional Sales Director at Vantor Industrial", "de": "Regional Sales Director bei Vantor Industrial",
             "fr": "Directeur commercial régional chez Vantor Industrial", "es": "Director Comercial Regional en Vantor Industrial",
             "it": "Direttore Vendite Regionale presso Vantor Industrial"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Sales Director EMEA – Industrial Equipment", "Norbridge"), ("Vertriebsleiter DACH (m/w/d)", "Solvent AG"),
              ("Head of Sales Southern Europe", "Tessaly"), ("Key Account Director – Process Industry", "Meridian Logistics"),
              ("VP Sales, Compressed Air", "Halden Werke")]
mc.COMPANIES["good"] = ["Norbridge", "Halden Werke", "Solvent AG", "Tessaly", "Meridian Logistics", "Orvana Foods", "Arcwise Pharma", "Castello Valvole"]
mc.COMPANIES["sales"] = ["LeadForge", "PipeIQ", "Closewell Academy", "FairStand Expo", "Promoline", "FleetNova", "CompAlign", "IntentGrid"]
mc.COMPANIES["pretext"] = list(mc.COMPANIES["sales"])
mc.HEADLINES["good"] = ["Head of Procurement at {co}", "Sales Director at {co}", "Plant Manager | {co}", "Maintenance Manager at {co}",
                        "Key Account Manager – Process Industry | {co}", "Managing Director at {co}", "Executive Search – Industrial Sales Leaders"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping industrial sales teams hit quota | {co}", "Founder & CEO at {co}",
                         "Business Development | {co}", "Partner at {co} | Sales compensation design"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared our RFQ package for 6 oil-free compressors with you. Log in to view the drawings before Friday.",
           "Hello {first}, your complimentary exhibitor badge for the Industrial Air Expo is ready. Confirm your details here."],
    "de": ["Hallo {first}, ich habe Ihnen unsere Ausschreibungsunterlagen freigegeben. Bitte melden Sie sich an, um sie zu öffnen.",
           "Hallo {first}, Ihr kostenloses Ausstellerticket liegt bereit. Bitte bestätigen Sie jetzt Ihre Daten."],
    "fr": ["Bonjour {first}, je vous ai partagé notre appel d'offres compresseurs. Connectez-vous pour consulter le cahier des charges.",
           "Bonjour {first}, votre badge exposant gratuit est prêt. Confirmez vos informations ici avant vendredi."],
    "es": ["Hola {first}, te he compartido nuestra solicitud de cotización para 6 compresores. Inicia sesión para ver los planos.",
           "Hola {first}, tu acreditación gratuita de expositor está lista. Confirma tus datos aquí."],
    "it": ["Ciao {first}, ti ho condiviso la nostra richiesta d'offerta per 6 compressori. Accedi per scaricare i disegni.",
           "Ciao {first}, il tuo pass espositore gratuito è pronto. Conferma i tuoi dati qui entro venerdì."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Ramesh Iyer", "Sr. Manager – Procurement (Capex) | Deccan Cements Ltd", "Pune",
  ("inv", "Dear Alex sir, we are planning replacement of 4 nos. screw compressors (approx 250 kW each) at our Chittorgarh plant in Q3. "
          "Your distributor in Mumbai gave your name. Kindly share budgetary quotation and delivery lead time for the same, "
          "tender will be floated next month. Request you to please accept so I can send the specs. Regards, Ramesh Iyer"),
  ("rem",))
P("good_invitation", "de", "Sabine Wendler", "Projektleitung Besucherservice | FachMesse Drucklufttechnik Stuttgart", "Stuttgart",
  ("inv", "Guten Tag Herr Morgan, Ihr Unternehmen stellt ja seit Jahren bei uns aus. Für die FachMesse im Oktober können wir Ausstellern zusätzlich "
          "bis zu 50 kostenlose Besuchertickets für ihre Kunden freischalten, ohne Gegenleistung. Wenn Sie mögen, schicke ich Ihnen den Gutscheincode direkt. "
          "Viele Grüße, Sabine Wendler"),
  ("rem",))
P("good_invitation", "fr", "Hélène Marchand", "Directrice commerciale France | robinetterie industrielle", "Lyon",
  ("inv", "Bonjour Alex, on s'est croisés au salon de Lyon l'an dernier. Nous venons de passer 35 commerciaux terrain sur un nouveau CRM "
          "et l'adoption est franchement décevante (saisie des visites à 40 %). Vous avez vécu la même chose chez Vantor il me semble ? "
          "Je serais ravie d'échanger nos retours, je vous montre nos tableaux de bord et nos erreurs sans filtre."),
  ("rem",))
P("good_invitation", "es", "Rodrigo Garza", "Director General | Garza Equipos Industriales (distribuidor)", "Monterrey",
  ("inv", "Hola Alex, buen día. Somos distribuidores de equipo neumático en el norte de México desde hace 22 años, con 14 vendedores técnicos "
          "y taller propio en Monterrey y Saltillo. Varios clientes nos piden sus compresores libres de aceite y no tienen representante en la zona. "
          "Nos interesa mucho ser distribuidor autorizado. ¿Me podría orientar con quién ver el programa de distribuidores? Saludos cordiales."))
P("good_invitation", "it", "Chiara Ferretti", "Segreteria tecnica | Assomeccanica Lombardia", "Milano",
  ("inv", "Buongiorno Alex, il 14 novembre organizziamo a Brescia un convegno sul nuovo Regolamento Macchine UE 2023/1230 e su cosa cambia "
          "per marcatura CE e documentazione tecnica. Ingresso gratuito anche per i non soci, relatori del Ministero e di due organismi notificati. "
          "Abbiamo pensato a lei perché molti vostri clienti sono associati. Le mando il programma se accetta il collegamento."),
  ("rem",))
P("good_invitation", "en", "Gareth Pryce", "Operations Director | Afon Foods", "Wrexham",
  ("inv", "Alex, Gareth here, we bought the vacuum pumps for the Wrexham line off your team back in 2021. I've just moved to Afon Foods as Ops Director "
          "and have already told our procurement lead you're the people to talk to for the new site. Would be good to be connected again."))
P("good_invitation", "de", "Jennifer Walsh", "VP Sales Americas | Kellner Valves", "Chicago",
  ("inv", "Hi Alex, I'm setting up a free roundtable for sales leaders at European industrial OEMs selling into the US, on how everyone is "
          "handling tariff surcharges with distributors. No sponsors, no vendors, Chatham House rules, video call on March 12. "
          "Would really value your view from the export side."),
  nl="en")


# =============================================================== default_invitation
P("default_invitation", "it", "Nicola Bruno", "Agente di commercio | Settore meccanico", "Bergamo", ("inv", NONOTE), ("rem",))
P("default_invitation", "fr", "Sébastien Garnier", "Business Developer | Solutions de financement d'équipements", "Nantes", ("inv", DEFAULT))
P("default_invitation", "es", "Marta Iglesias", "Key Account Manager | Suministros industriales", "Zaragoza", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Tyler Brooks", "Enterprise AE @ LeadForge | 40M+ verified B2B contacts", "Austin",
  ("inv", "Hey Alex! Quick one. We've got verified direct dials for 14,000+ plant managers and maintenance heads across DACH, Italy and Iberia, "
          "refreshed monthly. Happy to pull a free sample of 50 for your territory so you can see the quality. Worth a look?"))
P("sales_invitation", "de", "Ulrich Hense", "Dr. phil. | Vertriebstrainer | Verhandlungsführung im Investitionsgütervertrieb", "Bielefeld",
  ("inv", "Sehr geehrter Herr Morgan,\n\nim technischen Vertrieb entscheidet sich der Deckungsbeitrag in der Preisverhandlung. Mein zweitägiges "
          "Intensivtraining für Vertriebsteams im Maschinenbau hat bei Kunden die Rabatte im Schnitt um 3 Prozentpunkte gesenkt. "
          "Darf ich Ihnen das Konzept in einem 20-minütigen Telefonat vorstellen?\n\nMit freundlichen Grüßen\nDr. Ulrich Hense"),
  ("rem",))
P("sales_invitation", "fr", "Maxime Lefort", "Account Executive | PipeIQ, le CRM des forces de vente terrain", "Paris",
  ("inv", "Bonjour Alex, les directeurs commerciaux industriels nous disent tous la même chose : Salesforce est trop lourd pour les technico-commerciaux. "
          "PipeIQ se remplit tout seul depuis l'agenda et le GPS. 20 min de démo la semaine prochaine ?"))
P("sales_invitation", "es", "Irene Castaño", "Comercial de expositores | Feria BIEMH / Bilbao", "Bilbao",
  ("inv", "Hola Alex, te escribo porque aún quedan los últimos stands de 18 y 24 m² en el pabellón 3, junto a los grandes de automatización. "
          "Si reserváis antes del viernes os aplico un 15 % de descuento y la moqueta va incluida. ¿Te mando el plano?"),
  ("rem",))
P("sales_invitation", "it", "Simona Gatti", "Promoline | Gadget e regali aziendali personalizzati", "Padova",
  ("inv", "Ciao Alex! Per le fiere e per i regali di Natale ai clienti: power bank, agende in pelle, borracce termiche e kit da scrivania "
          "personalizzati col vostro logo, consegna in 10 giorni. Ti mando il catalogo 2026 con i prezzi riservati?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Chad Whitman", "Founder, Industrial Sales Leaders Circle", "Cleveland",
  ("inv", "Hi Alex - I run a small peer circle for regional sales directors at industrial OEMs. One call a month, 8-10 people, no vendors, "
          "just comparing notes on pipeline, pricing and hiring reps. A couple of folks from pump and valve companies are in already. Would love to have you."),
  ("msg", "Great to have you connected, Alex! Full transparency: the circle is run by my firm, CompAlign. We redesign sales comp plans for industrial "
          "manufacturers, and circle members get our comp plan audit at $4,500 instead of $7,500. Can I send over the scope?"),
  ("msg", "Hey Alex, just bumping this. The member rate on the audit ends Friday. 15 min this week?", (4, 9)))
P("bait_and_switch_invitation", "de", "Katharina Vogel", "Research Lead | Vertriebsbenchmark Maschinenbau", "München",
  ("inv", "Hallo Alex, wir erstellen gerade einen anonymen Benchmark zu Win-Rates, Angebotszyklen und Rabatthöhen im Maschinen- und Anlagenbau, "
          "bisher 41 Hersteller. Wer mitmacht, bekommt die komplette Auswertung kostenlos. Hätten Sie Interesse, dass ich Sie aufnehme?"),
  ("msg", "Danke für die Vernetzung! Kurze Vorab-Info aus dem Benchmark: Ihre Branche liegt bei der Win-Rate etwa 6 Punkte unter dem Median. "
          "Genau da setzt unsere Sales-Intelligence-Plattform an, die Kaufsignale Ihrer Zielkunden in Echtzeit zeigt. "
          "Ich würde sie Ihnen gern in einer 30-minütigen Demo zeigen. Passt Dienstag oder Mittwoch?"))
P("bait_and_switch_invitation", "fr", "Olivier Ménard", "Directeur des ventes | ex-équipementier automobile", "Grenoble",
  ("inv", "Bonjour Alex, question de commercial à commercial : comment répercutez-vous la hausse de l'acier et de l'énergie sur vos distributeurs "
          "sans casser la relation ? On a tout essayé chez nous, indexation, surcharges, rien ne passe bien. Votre avis m'intéresse."),
  ("msg", "Merci d'avoir accepté Alex. Pour rebondir sur ma question : c'est justement ce que fait notre logiciel de pricing, il calcule les surcharges "
          "par client et par famille de produits. On l'a déployé chez deux fabricants de compresseurs. Je vous propose une démo ?"),
  ("msg", "Bonjour Alex, je me permets de relancer pour la démo. Je peux aussi vous envoyer une proposition tarifaire directement.", (6, 15)))
P("bait_and_switch_invitation", "es", "Verónica Salinas", "Consultora | Venta industrial a minería", "Hermosillo",
  ("inv", "Hola Alex, qué tal. Armamos una guía gratuita sobre cómo venderle equipo a las mineras en México: quién decide, cómo son las licitaciones, "
          "tiempos de pago reales. Me encantaría compartírtela, sin costo. ¿Conectamos?"),
  ("msg", "Hola Alex! Ya te mandé la guía por aquí arriba. Oye, aprovecho: también vendemos la base de datos completa de compradores y "
          "superintendentes de mantenimiento de las 60 minas más grandes del país, con teléfono directo. Para ti la dejo en 2,800 USD. ¿Te interesa?"))
P("bait_and_switch_invitation", "it", "Massimo Rinaldi", "Direttore Commerciale | Settore automotive e industria", "Torino",
  ("inv", "Ciao Alex, mi farebbe piacere collegarci tra direttori commerciali del settore industriale. Il confronto tra colleghi è sempre utile."),
  ("msg", "Grazie del collegamento! Ti scrivo perché da quest'anno collaboro con FleetNova: noleggio a lungo termine per le reti vendita, "
          "con canone tutto incluso e auto elettriche per gli agenti. Per una flotta di 20 auto posso prepararti un preventivo in due giorni. Ti interessa?"),
  ("msg", "Ciao Alex, ti riscrivo per il preventivo flotta. Questo mese c'è anche l'anticipo zero, fammi sapere.", (7, 20)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Oliver Hastings", "Programme Director | Industrial Sales Summit London", "London",
  ("inm", "Speaker invitation: Industrial Sales Summit", "Dear Alex, I'm putting together the programme for the Industrial Sales Summit in London this May "
          "and would like to invite you onto our panel on selling capital equipment through distributors. 45 minutes, four panellists, a very engaged "
          "audience of around 300 sales leaders. Would you be open to it? Kind regards, Oliver"),
  ("inm", "Re: Speaker invitation", "Thanks so much for coming back to me, Alex, delighted you're up for it. Panellists take our Speaker Partner package, "
          "which is £2,950 + VAT and includes branding on the panel slide and a pre-event lead list of attendees. I'll send the contract over today if that works?"))
P("bait_and_switch_inmail", "de", "Tobias Reuter", "Studienleitung | Vergütung im technischen Vertrieb 2026", "Düsseldorf",
  ("inm", "Studie: Vertriebsvergütung im Mittelstand", "Guten Tag Alex, für eine Studie zur variablen Vergütung im technischen Vertrieb führen wir "
          "15-minütige Interviews mit Vertriebsleitern. Alle Teilnehmer erhalten die Ergebnisse vorab. Wären Sie dabei?"),
  ("inm", "Ihre Provisionsstruktur", "Hallo Alex, vielen Dank für das Gespräch! Ehrlich gesagt ist Ihr Provisionsmodell mit reiner Umsatzbasis "
          "nicht mehr zeitgemäß. Wir beraten Hersteller bei der Umstellung auf deckungsbeitragsbasierte Modelle. Ein Projekt dauert 8 Wochen, "
          "das Angebot schicke ich Ihnen gern."),
  ("inm", "Kurze Nachfrage", "Hallo Alex, haben Sie mein Angebot erhalten? Ich würde mich über eine kurze Rückmeldung freuen."))
P("bait_and_switch_inmail", "es", "Pablo Herrero", "Socio director | Desayunos de Directores Comerciales", "Barcelona",
  ("inm", "Desayuno de directores comerciales en Barcelona", "Hola Alex, organizamos cada trimestre un desayuno de trabajo para directores comerciales "
          "del sector industrial en Barcelona, gratuito y con un máximo de 12 personas. El próximo es el 8 de abril. ¿Te reservo plaza?"),
  ("inm", "Re: Desayuno 8 de abril", "¡Genial que te apuntes! Te cuento: los desayunos los organiza nuestra consultora de formación comercial. "
          "Tenemos un programa de 6 meses para equipos de ventas técnicas que encaja perfecto con lo que hacéis. ¿Te envío la propuesta antes del desayuno?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Sandeep Kulkarni", "Area Sales Manager | Industrial Pumps | Ex-Kirloskar", "Nagpur",
  ("end",), ("end",),
  ("msg", "Hello Alex, good morning. I have endorsed you for {skill} and Key Account Management. Kindly do the needful and endorse me back for "
          "Negotiation and Industrial Sales, it will help my profile a lot as I am looking for change. Thanks in advance."))
P("endorse_me_back", "it", "Giorgio Pellegrini", "Agente plurimandatario | Pneumatica e oleodinamica", "Vicenza",
  ("end",),
  ("msg", "Ciao Alex, ti ho confermato la competenza {skill}! Se ti va di ricambiare con Negoziazione mi fai un favore, grazie mille 🙏"))
P("endorse_me_back", "fr", "Julien Perrin", "Technico-commercial | Air comprimé et vide", "Clermont-Ferrand",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill} et Négociation. Tu pourrais me rendre la pareille ? Ça m'aiderait pour mon profil. Merci !"))
P("endorse_me_back", "es", "Alejandro Treviño", "Ejecutivo de ventas | Equipo industrial", "Guadalajara",
  ("end",),
  ("msg", "¡Qué onda Alex! Te validé en {skill}, ¿me echas la mano validándome en Negociación también? Es que ando buscando chamba y ayuda bastante. ¡Gracias!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brandon Kowalski", "SVP Sales @ IntentGrid | Pipeline generation for industrial OEMs", "Dallas",
  ("inv", "Alex, we help industrial OEMs add 20-30 qualified opps a quarter with intent data. Worth connecting?"),
  ("rem",),
  ("inm", "Seriously?", "Alex, as a sales guy you of all people should answer. You live off people picking up the phone and giving you 2 minutes. "
          "Ignoring a fellow seller is just hypocritical. Hope your own prospects treat you better than you treat people."))
P("hostility_after_decline", "de", "Rainer Stolz", "Geschäftsführer | Vertriebsagentur Maschinenbau", "Chemnitz",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Ihre Nicht-Reaktion", "Sehr geehrter Herr Morgan, dass ein Vertriebsleiter Kontaktanfragen wochenlang unbeantwortet liegen lässt, spricht Bände. "
          "Im Vertrieb lebt man von Beziehungen, das sollten gerade Sie wissen. Ein solches Verhalten ist schlicht unprofessionell. R. Stolz"))
P("hostility_after_decline", "fr", "Damien Roche", "Consultant en développement commercial", "Marseille",
  ("inv", "Bonjour Alex, je travaille avec plusieurs fabricants d'équipements sur leur prospection export. Au plaisir d'échanger."),
  ("inm", "Sans réponse", "Alex, vous n'avez même pas pris la peine de refuser ou de répondre. Pour un directeur commercial, c'est assez ironique. "
          "J'imagine que vos clients n'apprécieraient pas d'être traités ainsi."))
P("hostility_after_decline", "es", "Héctor Villarreal", "Gerente comercial | Refacciones industriales", "Puebla",
  ("inv", "Hola Alex, me gustaría agregarte a mi red, trabajamos en el mismo ramo."),
  ("rem",),
  ("inm", "Qué falta de respeto", "Alex, uno se toma la molestia de escribirte y ni siquiera contestas. Muy mal, la neta. Con esa actitud de "
          "'director' no llegas lejos, en este negocio todos nos conocemos."))
P("hostility_after_decline", "it", "Fabrizio Longo", "Consulente vendite | Formazione reti commerciali", "Bari",
  ("inv", "Ciao Alex, aiuto le aziende industriali a far crescere il fatturato delle reti vendita. Colleghiamoci!"),
  ("rem",),
  ("inm", "Complimenti", "Complimenti Alex, due inviti e nemmeno un no grazie. Poi vi lamentate che i clienti non rispondono alle vostre offerte... "
          "chi semina silenzio raccoglie silenzio. Buon lavoro eh."))
P("hostility_after_decline", "de", "Liam O'Connor", "Business Development | Trade show displays", "Dublin",
  ("inv", NONOTE),
  ("inm", "no reply?", "Not even a 'no thanks'? Poor form Alex. Thought sales people had better manners than that."),
  nl="en")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Vikram Nair", "Salesforce Consultant | CRM implementation for manufacturing", "Bengaluru",
  ("msg", "Hi Alex, hope you are doing well. We are a certified CRM implementation partner and have done 40+ rollouts for manufacturing clients "
          "in Europe at very competitive rates. Can we schedule a 30 min call this week to discuss your requirement?"),
  ("msg", "Hi Alex, just following up on my previous message. Please let me know a suitable time."),
  ("msg", "Alex, I have messaged you three times and not got even one line of reply. This is very unprofessional behaviour from a senior person. "
          "We are also human beings, kindly have some basic courtesy."))
P("hostility_connection", "de", "Sandra Kühn", "Key Account Managerin | Flottenleasing für Außendienste", "Hannover",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Wie viele Fahrzeuge hat Ihr Außendienst? Wir bieten Full-Service-Leasing inkl. Elektro-Dienstwagen "
          "ab 399 € netto im Monat. Ich mache Ihnen gern ein unverbindliches Angebot."),
  ("msg", "Wissen Sie was, Alex, ich verstehe solche Leute nicht. Erst Kontakt annehmen und dann auf keine Nachricht reagieren. "
          "Gerade als Vertriebsleiter sollten Sie wissen, wie sich das anfühlt. Schwach."))
P("hostility_connection", "it", "Roberto Sala", "Partner | Consulenza sistemi di incentivazione vendite", "Milano",
  ("msg", "Buongiorno Alex, seguiamo diverse aziende metalmeccaniche nella revisione dei piani provvigionali degli agenti. "
          "Le andrebbe una call conoscitiva di mezz'ora?"),
  ("msg", "Buongiorno Alex, le riscrivo per la call. Ho anche un breve caso studio su un produttore di compressori."),
  ("msg", "Alex, mi permetta: da un direttore commerciale mi aspettavo un minimo di educazione. Tre messaggi e neanche una riga. "
          "Evidentemente quando si tratta di rispondere ai venditori degli altri il mestiere lo dimentica."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Camille Dufresne", "Growth | Génération de leads B2B industrie", "Lille",
  ("msg", "Bonjour Alex, on remplit l'agenda des commerciaux industriels avec des RDV qualifiés : 15 rendez-vous par mois garantis, "
          "ou on ne facture pas. Je vous explique en 15 min ?"),
  ("msg", "Alex, petite relance : on a un créneau d'onboarding libre en juin pour un nouveau client. Ça vous intéresse ?"),
  ("msg", "Dernier message promis 🙂 Je vous laisse notre plaquette : 3 fabricants d'équipements nous font déjà confiance."))
P("connection_only_pitches", "es", "Nuria Blasco", "Account Manager | CRM para equipos comerciales", "Valencia",
  ("msg", "Hola Alex, ¿cómo lleváis el seguimiento de las ofertas en tu equipo? Nuestro CRM está pensado para venta técnica con ciclos largos "
          "y se integra con vuestro ERP. ¿Te hago una demo de 20 minutos?"),
  ("msg", "Hola de nuevo Alex, este mes tenemos 3 meses gratis para equipos de más de 10 comerciales. ¿Lo vemos?"))
P("connection_only_pitches", "en", "Megan Pierce", "Account Executive | PipeIQ Signals (B2B sales intelligence)", "Boston",
  ("msg", "Hi Alex! Did you know 3 of your biggest accounts are researching compressor replacements right now? Our intent data shows who is in market "
          "before they issue an RFQ. Would you be open to a quick look?"),
  ("msg", "Hey Alex, following up on my note. Happy to send a free sample report for your top 20 accounts if you share the list."))
P("connection_only_pitches", "de", "Markus Thiel", "Vertrieb | Werbemittel & Kundengeschenke", "Nürnberg",
  ("msg", "Hallo Alex, Weihnachten kommt schneller als man denkt! Hochwertige Kundengeschenke mit Ihrem Logo, vom Taschenmesser bis zum Präsentkorb. "
          "Soll ich Ihnen unseren Katalog schicken?"),
  ("msg", "Hallo Alex, kurze Erinnerung: Bestellungen bis 15.10. werden noch rechtzeitig vor Weihnachten geliefert. Ich berate Sie gern."))


# =============================================================== single_pitch
P("single_pitch", "it", "Davide Morelli", "Consulente noleggio lungo termine | Auto aziendali", "Verona",
  ("msg", "Ciao Alex, come gestite le auto degli agenti? Con il noleggio a lungo termine avete manutenzione, gomme e assicurazione in un canone unico. "
          "Ti preparo una simulazione senza impegno?"))
P("single_pitch", "en", "Rupert Ainsley", "Director | Sales compensation advisory", "Oxford",
  ("msg", "Alex, hope all's well. Most sales comp plans in engineering firms reward volume over margin, which I suspect you already know. "
          "We've redesigned plans for a few mid-sized manufacturers. Fancy a coffee and I'll walk you through what we did?"))
P("single_pitch", "es", "Lorena Quiroga", "Ventas | Artículos promocionales y uniformes", "Ciudad de México",
  ("msg", "Hola Alex, ¿cómo estás? Te comparto que hacemos artículos promocionales para expos: plumas, termos, gorras y playeras bordadas con su logo. "
          "Si me dices cuántas piezas necesitan te mando cotización hoy mismo."))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Thomas Rieger", "Vertriebsleiter DACH | Halden Werke", "Ulm",
  ("end",),
  ("msg", "Hallo Alex, wie beim Vertriebsleiter-Stammtisch versprochen: anbei unser Leitfaden, wie wir die CRM-Nutzung im Außendienst von 45 auf 90 % gebracht haben. "
          "Kern war: keine Pflichtfelder mehr, Besuchsbericht per Sprachnotiz, und die Pipeline-Runde nur noch aus dem CRM. Meld dich, wenn du Fragen hast. Thomas"))
P("connection_brings_value", "en", "Dana Whitaker", "Director of Maintenance | Crestline Paper", "Green Bay",
  ("msg", "Hey Alex, heads up: I gave your name to Mark Ellison, the new engineering manager at Riverside Packaging. They're spec'ing a central vacuum "
          "system for two lines. Told him your team saved us a fortune on energy and actually shows up when something breaks. He'll probably reach out."),
  ("msg", "Mark says you two talked, great. Let me know if you need a reference site visit, happy to host."))
P("connection_brings_value", "fr", "Anne-Sophie Blanc", "Responsable visiteurs | Salon Industrie Lyon", "Lyon",
  ("msg", "Bonjour Alex, comme chaque année nous offrons aux exposants des invitations visiteurs gratuites pour leurs clients. "
          "Voici votre code, valable pour 100 badges : il suffit de le transmettre à vos clients. Bon salon !"))
P("connection_brings_value", "es", "Ignacio Mendoza", "Jefe de compras | Cervecera del Norte", "Santander",
  ("msg", "Hola Alex, te escribo por aquí que es más rápido. Vamos a renovar la sala de compresores de la planta de Santander, dos equipos de 90 kW "
          "con secador. ¿Nos podrías enviar oferta antes del 20? Te paso el pliego técnico por correo.\nUn saludo, Ignacio"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Claudia Hartung", "Partnerin | Executive Search Industriegüter", "Frankfurt am Main",
  ("inm", "Vertriebsdirektor DACH (m/w/d) – Antriebstechnik",
   "Guten Tag Alex, ich betreue exklusiv die Besetzung eines Vertriebsdirektors DACH für einen familiengeführten Hersteller von Antriebstechnik "
   "(ca. 1.200 Mitarbeitende, Süddeutschland). Führung von 28 Außendienstlern und 4 Regionalleitern, Berichtslinie an die Geschäftsführung, "
   "Zielgehalt 190–220 T€ plus Dienstwagen. Ihr Profil passt sehr gut. Darf ich Ihnen die Details vertraulich schicken?"))
P("stranger_inmail_recruiter", "it", "Elena Russo", "HR Manager | Castello Valvole S.p.A.", "Brescia",
  ("inm", "Direttore Vendite Sud Europa – Castello Valvole",
   "Buongiorno Alex, sono la responsabile HR di Castello Valvole. Stiamo cercando un Direttore Vendite per Italia, Spagna e Portogallo, "
   "a diretto riporto dell'AD, con un team di 15 persone tra area manager e tecnici. Posso inviarle la descrizione del ruolo? Cordiali saluti, Elena Russo"))
P("stranger_inmail_recruiter", "fr", "Kyle Donovan", "Principal | Industrial & Manufacturing Practice, Ridgeway Search", "Atlanta",
  ("inm", "VP Sales, Americas – pump OEM (retained)",
   "Alex, I'm running a retained search for a VP Sales, Americas at a European pump manufacturer building out its US business. "
   "$240-270K base plus bonus, based in Charlotte, reports to the CEO. Your distributor-building work in Southern Europe is exactly what they want. "
   "Open to a confidential call?"),
  nl="en")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Thibault Caron", "Sales | Données d'intention B2B", "Paris",
  ("inm", "Vos prospects industriels en temps réel", "Bonjour Alex, notre plateforme détecte les entreprises qui recherchent activement des compresseurs "
          "et des pompes à vide en France. Vos commerciaux savent qui appeler, et quand. Puis-je vous montrer cela en 20 minutes ?"),
  ("inm", "Re: vos prospects", "Bonjour Alex, je reviens vers vous : nous offrons un essai de 14 jours ce mois-ci. Intéressé ?"))
P("stranger_inmail_sales", "it", "Valentina Costa", "Sales Manager | Fiere internazionali", "Bologna",
  ("inm", "Ultimi stand disponibili – Padiglione 22", "Ciao Alex, sono rimasti pochi stand nel padiglione dedicato all'aria compressa per la fiera di maggio. "
          "Con la prenotazione entro fine mese c'è lo sconto early bird del 12%. Ti giro planimetria e listino?"))
P("stranger_inmail_sales", "en", "Ankit Sharma", "Business Development Manager | B2B appointment setting", "Noida",
  ("inm", "Qualified meetings for Vantor Industrial", "Dear Alex, Greetings of the day! We are a leading B2B lead generation company providing "
          "appointment setting, email campaigns and data services to industrial manufacturers across Europe. We can deliver 10-12 qualified meetings per month "
          "at very affordable cost. Kindly let me know a convenient time for a short call.\n\nWarm regards,\nAnkit Sharma"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Rachel Dunmore", "Regional Sales Manager | Water & Wastewater", "Leeds",
  ("inv", "Hi Alex, fellow sales manager here, I cover the UK water utilities. Saw you're starting to sell aeration blowers into the sector. "
          "Happy to share what I've learned about the AMP8 framework tenders, it's a maze. Connect?"),
  ("msg", "As promised, here's my cheat sheet on the AMP8 frameworks: which utilities buy through which framework, the usual tender windows, "
          "and the two consultancies that write most of the specs. Hope it helps! Rachel"),
  ("msg", "Hi Alex, bit of news: I've left my role and now coach sales teams on winning public tenders. Given what we discussed, a half-day workshop "
          "for your team would pay for itself on the first bid. £3,200 all in. Shall I pencil in a date?", (30, 60)))
P("good_turns_ugly", "es", "Carmen Ortega", "Coordinadora de jornadas | Asociación de fabricantes de bienes de equipo", "Madrid",
  ("inv", "Hola Alex, desde la asociación organizamos una jornada gratuita sobre exportación a Marruecos y Argelia para fabricantes de bienes de equipo, "
          "el 22 de mayo en Madrid. Creo que te puede interesar mucho. ¿Conectamos y te paso el programa?"),
  ("msg", "Gracias por venir a la jornada, Alex. Te adjunto las presentaciones y los contactos de las cámaras de comercio que intervinieron."),
  ("end",),
  ("msg", "Oye Alex, te he validado en {skill}. ¿Me validas tú en Relaciones institucionales y Organización de eventos? Me haces un favor enorme 😊"))
P("good_turns_ugly", "de", "Martin Seidl", "Ehem. Vertriebsleiter | Berater Vertriebspartnerschaften", "Linz",
  ("inv", "Servus Alex, wir kennen uns vom VDMA-Arbeitskreis Vertrieb. Ich hätte eine Frage zu euren Händlerverträgen in Osteuropa, "
          "vor allem zu Gebietsschutz. Vielleicht kann ich dir im Gegenzug unsere Mustervorlagen schicken?"),
  ("msg", "Danke fürs Telefonat! Wie versprochen die Mustervorlage für den Händlervertrag, anonymisiert. Passt gut auf die Kündigungsfristen auf."),
  ("msg", "Hallo Alex, ich hab mich jetzt selbständig gemacht und baue für Hersteller Händlernetze in Osteuropa auf. Tagessatz 1.400 €, "
          "für euch könnte ich mit Polen und Tschechien starten. Wollen wir einen Termin machen?"),
  ("msg", "Alex? Kurze Rückmeldung wäre nett.", (5, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Luca Fontana", "Business developer | Liste contatti B2B Italia", "Roma",
  ("inm", "Database responsabili acquisti", "Ciao Alex, abbiamo un database aggiornato di 9.000 responsabili acquisti e manutenzione nelle aziende "
          "manifatturiere italiane, con email e telefono. Ti mando un estratto gratuito?"),
  ("inv", "Ciao Alex, seguo i tuoi post sulle fiere di settore, mi piacerebbe averti nella mia rete."))
P("reinvite_known_bad", "de", "Jan Petersen", "Inside Sales | Sales-Enablement-Software", "Hamburg",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, ich lese Ihre Beiträge zum Händlervertrieb sehr gern und würde mich freuen, mich mit Ihnen zu vernetzen."),
  ("rem",))
P("reinvite_known_bad", "es", "Sofía Carrasco", "Ejecutiva comercial | Expo Industrial Querétaro", "Querétaro",
  ("inv", "Hola Alex, todavía tenemos stands disponibles en el área de neumática de la Expo Industrial Querétaro, con 10 % de descuento por pronto pago. "
          "¿Te mando planos y precios?"),
  ("inv", "Hola Alex, vi tu comentario sobre el nearshoring en el Bajío, muy atinado. Me encantaría conectar contigo."),
  ("rem",))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Grégory Lambert", "Directeur commercial | Formation à la négociation", "Toulouse",
  ("inv", "Bonjour Alex, je forme les équipes commerciales à la négociation avec les acheteurs grands comptes. Ravi d'échanger."),
  ("inm", "Dommage", "Alex, je vois que mon invitation est restée lettre morte. Un directeur commercial qui ignore un confrère, c'est un peu "
          "l'arroseur arrosé, non ? Bonne continuation quand même."),
  ("inv", "Bonjour Alex, on repart sur de bonnes bases ? Je serais content de faire partie de votre réseau.", (90, 160)))
P("reinvite_known_ugly", "en", "Jessica Hale", "Head of Research | Industrial Sales Benchmark", "Denver",
  ("inm", "2026 win-rate benchmark (free)", "Hi Alex, we're benchmarking win rates and discounting across 60 industrial OEMs. Participants get the full report free. "
          "It's a 10-minute survey. Can I send the link?"),
  ("inm", "Your benchmark results + next step", "Thanks for taking the survey Alex! Your win rate is in the bottom third for your segment. "
          "Our pipeline analytics tool fixes exactly that. I'd love to give you a 30-minute demo, are you free Thursday?"),
  ("inv", "Hi Alex, would be great to connect properly here."))
P("reinvite_known_ugly", "it", "Stefano Marchi", "Titolare | Agenzia di rappresentanza industriale", "Modena",
  ("inv", "Buongiorno, vorrei entrare in contatto con lei per valutare una collaborazione come agenzia per la vostra gamma in Emilia."),
  ("rem",),
  ("inm", "Nessuna risposta", "Buongiorno Alex. Sono trent'anni che faccio l'agente e non mi era mai capitato di non ricevere nemmeno un cenno. "
          "Si vede che oggi i direttori vendite si sentono arrivati. Peggio per voi."),
  ("inv", "Buongiorno Alex, riprovo: magari la volta scorsa era un periodo pieno. Resto a disposizione.", (120, 200)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Javier Lozano", "Formador de equipos comerciales | Venta consultiva", "Sevilla",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Ya que estamos: hago talleres de venta consultiva para equipos técnicos, dos días in company. "
          "Si te encaja, te paso fechas y precio."))
P("user_invited_pitch_once", "en", "Pooja Menon", "Practice Lead – CRM Customisation | Zentrix Solutions", "Hyderabad",
  ("acc",),
  ("msg", "Thank you for connecting Alex. We are providing CRM customisation and integration services (Salesforce, Dynamics, Zoho) at offshore rates. "
          "Please let me know if we can have a quick discussion on your CRM roadmap."))
P("user_invited_pitch_once", "fr", "Élodie Fabre", "Cadeaux d'affaires & objets publicitaires", "Bordeaux",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Si vous préparez vos cadeaux clients de fin d'année, nous faisons des coffrets gourmands personnalisés "
          "avec votre logo. Je vous envoie notre catalogue ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Kevin Brandt", "Sales Development | B2B-Kontaktdaten Industrie", "Leipzig",
  ("acc",),
  ("msg", "Danke für die Einladung! Übrigens: Wir liefern geprüfte Kontakte von Instandhaltungsleitern und Einkäufern in der DACH-Industrie, "
          "DSGVO-konform. Soll ich Ihnen eine Probeliste für Ihre Region ziehen?"),
  ("msg", "Hallo Alex, ich komme noch einmal auf die Probeliste zurück. Aktuell gibt es 20 % Rabatt auf das Jahrespaket."))
P("user_invited_pitch_twice", "it", "Francesca De Luca", "Account manager | Software per provvigioni e incentivi", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Il calcolo delle provvigioni degli agenti lo fate ancora su Excel? Il nostro software lo automatizza "
          "e si collega al gestionale. Ti va una demo?"),
  ("msg", "Ciao Alex, ti scrivo di nuovo: abbiamo appena chiuso con un produttore di pompe a Vicenza. Possiamo sentirci 15 minuti?", (10, 25)))
P("user_invited_pitch_twice", "es", "Derek Olsen", "Account Manager | Exhibit design & build", "Milwaukee",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Saw Vantor is at IMTS this year. We design and build custom trade show exhibits, "
          "turnkey with shipping and install. Can I send you a couple of concepts and a ballpark?"),
  ("msg", "Hi Alex, checking in. Our production slots for the fall shows are filling up, want me to hold one for you?"),
  nl="en")


# =============================================================== user_invited_value
P("user_invited_value", "it", "Paola Ricci", "Buyer | Acciaierie Valcamonica", "Brescia",
  ("acc",),
  ("msg", "Buongiorno Alex, grazie per il collegamento. Come anticipato al telefono, le inoltro la nostra richiesta d'offerta per 3 compressori "
          "da 160 kW con recupero di calore. Scadenza offerte 15 giugno. Cordiali saluti, Paola Ricci"))
P("user_invited_value", "fr", "Bertrand Giraud", "Délégué général | Syndicat des fabricants d'équipements de process", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Comme convenu, notre journée technique sur la décarbonation des utilités industrielles a lieu le 3 octobre "
          "à la Maison de la Mécanique. Entrée libre, adhérent ou non. Je vous ai inscrit, il suffit de confirmer."))
P("user_invited_value", "en", "Fiona McAllister", "Head of Sales Operations | Tarrant Engineering", "Glasgow",
  ("acc",),
  ("msg", "Cheers for the connect Alex. Re our chat at the BCAS dinner about getting reps to actually use the CRM: what worked for us was killing "
          "the weekly Excel forecast entirely. If it's not in the CRM, it doesn't exist. Adoption went from patchy to 85% in a quarter. "
          "Happy to show you our dashboards over a call, no agenda."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Petra Lindner", "Einkaufsleiterin | Lebensmittelindustrie", "Bremen", ("acc",))
P("acceptance_only", "es", "Raúl Domínguez", "Director de planta | Envases", "Zaragoza", ("acc",))
P("lone_endorsement", "fr", "Nathalie Rousseau", "Acheteuse industrielle | Chimie", "Rouen", ("end",))
P("lone_endorsement", "it", "Steve Mitchell", "Maintenance Supervisor | Automotive", "Birmingham", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Mumbai Distributor Desk", "sales@pneumaserve.example.in", "Lead: Deccan Cements Chittorgarh compressors",
     "Dear Alex,\n\nMr Ramesh Iyer from Deccan Cements will connect with you on LinkedIn for the Chittorgarh compressor replacement. "
     "Genuine enquiry, please support with budgetary offer.\n\nRegards,\nPneumaServe", "en"),
    ("FachMesse Drucklufttechnik", "aussteller@fachmesse-druckluft.example.de", "Ihre Ausstellerunterlagen 2026",
     "Sehr geehrter Herr Morgan,\n\nanbei die Ausstellerunterlagen. Folgen Sie uns auch auf LinkedIn für aktuelle Infos zur Messe.", "de"),
    ("HubSpot", "noreply@hubspot.example", "Your LinkedIn Sales Navigator sync has finished",
     "The sync between LinkedIn Sales Navigator and your CRM finished. 214 contacts updated.", "en"),
    ("Service client Salon Industrie", "contact@salon-industrie.example.fr", "Vos codes d'invitation visiteurs",
     "Bonjour,\n\nvos codes d'invitation sont actifs. Partagez-les par e-mail ou sur LinkedIn avec vos clients.", "fr"),
    ("Ignacio Mendoza", "imendoza@cerveceradelnorte.example.es", "Pliego técnico sala de compresores",
     "Hola Alex,\n\ncomo te dije por LinkedIn, te adjunto el pliego técnico. Ofertas antes del 20.\n\nUn saludo,\nIgnacio", "es"),
    ("Ufficio Marketing Vantor Italia", "marketing.it@vantor.example", "Post LinkedIn per la fiera di maggio",
     "Ciao Alex,\n\nti giro la bozza del post LinkedIn per la fiera. Se va bene lo pubblichiamo lunedì.", "it"),
    ("Giulia Neri", "giulia.neri@vantor.example", "Fwd: invito LinkedIn da agenzia gadget",
     "Ciao Alex,\n\nmi è arrivato su LinkedIn lo stesso invito di quella ditta di gadget, te lo inoltro. Io ho ignorato.\n\nGiulia", "it"),
    ("LeadForge", "hello@leadforge.example", "Alex, 14,000 plant managers in your territory",
     "Hi Alex,\n\nWe found you on LinkedIn. Our verified contact lists cover every plant manager in DACH, Italy and Iberia. Reply YES for a free sample.", "en"),
    ("Personalabteilung", "hr@vantor.example", "Stellenanzeige Vertriebsingenieur online",
     "Hallo Alex,\n\ndie Anzeige für den Vertriebsingenieur Süd ist jetzt auf LinkedIn und StepStone online.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fifteenth development corpus (dev15). Generated by scripts/make_corpus_dev15.py (seed {SEED}); do not edit by hand.",
          "# Alex as a regional sales director at an industrial-equipment maker: buyers asking for quotes, distributors, trade fairs, "
          "peer sales leaders, sales-tool and lead-list vendors, booth space, gifts, fleet cars, comp consultants. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev15", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
