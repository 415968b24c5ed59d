#!/usr/bin/env python3
"""Write mailbot's sixth, independent development corpus: tests/corpus/dev6/*.eml + expected.toml.

The MIME and layout machinery (headers, the 2016 and current layouts, encodings,
LinkedIn's own wording per language, spoof authentication, other LinkedIn mail) is
imported from scripts/make_corpus.py through scripts/corpus_stories.py. Everything people
write here is new and was written from the taxonomy alone, without reading mailbot's
signals or judge, nor the notes of the earlier generators. Angle: industries and roles not
used before (logistics, pharma, public sector, NGOs, agriculture, construction, hospitality,
software, retail, banking), new products (fleet fuel cards, cloud cost optimisation,
e-invoicing, procurement outsourcing, BI dashboards, workplace pensions, tax software,
background checks, relocation, coworking, print, energy brokering, debt collection, audit
tools), new values (mentoring circles, volunteering, hackathons, book clubs, case
competitions, trade-fair tickets, shared job ads, alumni fundraising, standards
committees) and new voices (terse executive, chatty junior, non-native writers,
formal bureaucratic, emoji-heavy).

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev6.py              # writes tests/corpus/dev6
    python scripts/make_corpus_dev6.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus as mc  # noqa: E402,F401  (layout machinery and LinkedIn's own wording only)

SEED = 20260406

from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

PEOPLE: list[tuple] = []


P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Morag Lindsay", "Head of Finance, Clyde Freight Logistics | Mentor, ICAS Women in Finance", "Glasgow",
  ("inv", "Alex - I run a small mentoring circle for finance leads in logistics and 3PL: six of us, one evening a month, "
          "no fees, no sponsors. A seat just opened up and your posts on landed-cost allocation made me think of you. Interested?"),
  ("rem",))
P("good_invitation", "de", "Benedikt Aigner", "Referent Haushalt & Controlling, Landratsamt Rosenheim", "Rosenheim",
  ("inv", "Sehr geehrter Herr Alex, im Rahmen des Arbeitskreises 'Doppik in Kommunen' des Bayerischen Kommunalen Prüfungsverbands "
          "suchen wir Praktiker aus der Privatwirtschaft für einen Erfahrungsaustausch am 14.05. (ganztägig, kostenfrei, "
          "Fortbildungsnachweis wird ausgestellt). Über eine Vernetzung würde ich mich freuen. Mit freundlichen Grüßen, B. Aigner"))
P("good_invitation", "fr", "Inès Bouaziz", "Étudiante M2 Contrôle de gestion, IAE Lille | Organisatrice Case Competition", "Lille",
  ("inv", "Bonjour Alex !! Je suis en M2 à l'IAE et on organise notre case competition annuelle (cas réel d'un groupe agroalimentaire) "
          "le 22 mars. On cherche 3 jurés professionnels, c'est une demi-journée, repas offert 🙂 Ça vous dirait ? "
          "Ce serait vraiment top pour les étudiants !"),
  ("rem",))
P("good_invitation", "es", "Ricardo Montalbán Pérez", "Director Financiero, Cooperativa Agrícola del Segura", "Murcia",
  ("inv", "Alex, buenas. Soy DAF de una cooperativa de cítricos. Una pregunta de colega a colega: ¿cómo tratáis en tu empresa "
          "las subvenciones PAC en el presupuesto de tesorería? Estoy montando el modelo y no encuentro a nadie que lo haya resuelto bien."))
P("good_invitation", "it", "Chiara Benedetti", "Segretaria tecnica, Commissione UNI Contabilità e Bilancio", "Milano",
  ("inv", "Gentile Alex, la commissione tecnica UNI sul reporting di sostenibilità per le PMI cerca esperti per il gruppo di lavoro "
          "sulla nuova norma. La partecipazione è gratuita e su base volontaria, riunioni online mensili. "
          "Il suo nome ci è stato suggerito dal prof. Ruggeri. Cordiali saluti"))
P("good_invitation", "de", "Tobias Wendt", "Engineering Manager, Fjordlight Software | Organiser, FinOps Hack Berlin", "Berlin",
  ("inv", "hey Alex! we're running a 48h hackathon on open-source finance tooling (month-end close automation mostly) 🚀 "
          "free tickets, free pizza, zero sales people allowed 😅 we'd love a real controller as a mentor on the Saturday. "
          "no pressure at all, just thought you'd be perfect 🙌"),
  nl="en")

# =============================================================== default_invitation
P("default_invitation", "en", "Gareth Pryce", "Site Manager, Dyfed Construction Group", "Swansea", ("inv", DEFAULT))
P("default_invitation", "de", "Svenja Marquardt", "Filialleiterin, Drogeriemarkt | Retail", "Bielefeld", ("inv", NONOTE), ("rem",))
P("default_invitation", "fr", "Aurélien Castagné", "Chef de réception, Hôtel des Remparts", "Carcassonne", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Lucía Ferrándiz", "Técnica de Cooperación Internacional, ONG Manos Abiertas", "Alicante", ("inv", DEFAULT))
P("default_invitation", "it", "Matteo Zanardi", "Key Account Pharma, Laboratori Farmaceutici Zanardi", "Bologna", ("inv", NONOTE))

# =============================================================== sales_invitation
P("sales_invitation", "en", "Dwayne Okafor", "Fleet Solutions Manager | Fuel Cards & Telematics", "Birmingham",
  ("inv", "Hi Alex, with diesel where it is, most logistics CFOs I speak to are leaving 6-9p a litre on the table. Our fleet fuel card "
          "gets you pump-price discounts at 3,000+ sites plus HMRC-ready VAT reports. Worth a 15 min call to run your numbers?"))
P("sales_invitation", "de", "Florian Stöckl", "Senior Account Executive DACH | Cloud Cost Optimisation", "München",
  ("inv", "Hallo Alex, kurze Frage: Wissen Sie, wie viel Ihrer AWS-Rechnung ungenutzte Reserved Instances sind? Unsere Kunden sparen "
          "im Schnitt 31 %. Ich zeige Ihnen das gern in einer 20-minütigen Demo – passt Ihnen Donnerstag?"))
P("sales_invitation", "fr", "Sandrine Lefebvre-Roux", "Business Developer | Dématérialisation & Facture électronique", "Nantes",
  ("inv", "Bonjour Alex, la facturation électronique devient obligatoire et beaucoup d'entreprises ne sont pas prêtes. "
          "Notre plateforme PDP immatriculée vous met en conformité en 6 semaines. Je vous propose un échange de 30 min pour "
          "un chiffrage personnalisé ?"))
P("sales_invitation", "es", "Óscar Villaverde", "Partner | Externalización de Compras (BPO Procurement)", "Madrid",
  ("inv", "Hola Alex!! Ayudo a empresas como la tuya a reducir un 12-18% el gasto indirecto externalizando compras 💼📉 "
          "¿Te mando un caso de éxito y agendamos una llamada esta semana? 📅"))
P("sales_invitation", "it", "Valentina Greco", "Consulente Welfare & Previdenza Aziendale", "Torino",
  ("inv", "Buongiorno Alex, mi occupo di fondi pensione aziendali e piani welfare per PMI. Posso farle avere un preventivo "
          "gratuito e senza impegno per i suoi dipendenti? Bastano 10 minuti al telefono."))
P("sales_invitation", "en", "Rahul Mehta", "Head of Partnerships | Employment Screening & Background Checks", "London",
  ("inv", "Alex, quick one. Bad hires cost finance teams 3x salary. We run DBS, credit and reference checks in 48h, "
          "fully GDPR-compliant. Can I send over our pricing sheet? Happy to set up a trial account for your HR team."))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Colin Featherstone", "Founder, Logistics Finance Leaders Network", "Manchester",
  ("inv", "Hi Alex, I host a peer group for finance leaders in logistics and supply chain. No agenda, just honest conversations "
          "about margins, fuel and working capital. Would be great to have you in it."),
  ("msg", "Thanks for connecting Alex. Before our next session, I wanted to mention that my day job is at Meridian Energy Brokers. "
          "We've cut energy costs for several of the members' warehouses by 20%+. Could we book 30 minutes so I can review your contracts?"),
  ("msg", "Hi Alex, following up on energy. Our fixed-rate window closes Friday. Shall I pencil in a call for Thursday at 10?", (4, 9)))
P("bait_and_switch_invitation", "de", "Harald Pfeiffer", "Ehrenamtlicher Koordinator | Finanzer helfen Tafeln e.V.", "Hannover",
  ("inv", "Moin Alex, wir sind eine Gruppe von Controllern, die ehrenamtlich gemeinnützigen Tafeln bei der Buchhaltung helfen. "
          "Vielleicht haben Sie Lust, sich das mal anzuschauen? Jede Stunde zählt."),
  ("msg", "Hallo Alex, danke für die Vernetzung! Ich wollte Ihnen noch erzählen: Beruflich bin ich bei einem Anbieter für "
          "Inkasso-Dienstleistungen. Gerade bei offenen Forderungen im Mittelstand erzielen wir Quoten von über 70 %. "
          "Hätten Sie nächste Woche 20 Minuten für ein unverbindliches Gespräch?"))
P("bait_and_switch_invitation", "fr", "Jean-Baptiste Morel", "Animateur, Club de lecture des DAF | Finance & Philosophie", "Bordeaux",
  ("inv", "Bonjour Alex, je lance un petit club de lecture entre directeurs financiers : un livre par trimestre, une soirée pour en "
          "parler. Le premier sera « Thinking, Fast and Slow ». Cela vous tenterait ?"),
  ("msg", "Merci d'avoir accepté Alex ! Petite parenthèse avant le club : je suis associé chez un éditeur de logiciels d'audit "
          "interne. Notre outil automatise les tests de contrôles SOX/ISA. Puis-je vous faire une démo de 30 minutes la semaine prochaine ?"),
  ("msg", "Bonjour Alex, je me permets de relancer pour la démo. J'ai aussi une offre de lancement à -25 % jusqu'à fin du mois.", (6, 15)))
P("bait_and_switch_invitation", "es", "Marisol Ibarra", "Coordinadora, Red de Mujeres en Finanzas del Sector Público", "Sevilla",
  ("inv", "Hola Alex, ¿conectamos como colegas de finanzas? Estoy reuniendo a gente que trabaja con presupuestos públicos y "
          "contratos con la administración para compartir experiencias. Sin compromiso."),
  ("msg", "Gracias por aceptar, Alex. Te cuento: además de la red, trabajo con una consultora que prepara licitaciones públicas "
          "llave en mano. Si tu empresa se presenta a concursos, te puedo pasar tarifas. ¿Hablamos el martes?"))
P("bait_and_switch_invitation", "it", "Lorenzo Fabbri", "Alumni Relations Volunteer, Università Bocconi | Private Banker", "Milano",
  ("inv", "Ciao Alex, sto ricontattando gli ex-alunni del corso di Finanza per la raccolta fondi delle borse di studio 2026. "
          "Mi piacerebbe collegarmi e tenerti aggiornato sulle iniziative."),
  ("msg", "Grazie del collegamento Alex! Approfitto per dirti che seguo la gestione patrimoniale di diversi manager. "
          "Se vuoi, ti preparo un check-up gratuito del portafoglio: ci prendiamo un caffè e ti presento le nostre gestioni?"),
  ("msg", "Ciao Alex, ti riscrivo per il check-up: ho posto giovedì pomeriggio. Fammi sapere!", (3, 10)))
P("bait_and_switch_invitation", "en", "Priyanka Desai", "Community Lead, Retail CFO Roundtable", "Leicester",
  ("inv", "Hi Alex! 👋 We put together a free benchmarking pack on shrinkage and stock provisions across 40 UK retailers. "
          "Happy to send it over once we're connected 📊"),
  ("msg", "Here you go Alex 📎 hope it's useful! Also, full transparency, the roundtable is sponsored by our BI platform. "
          "We build board-ready dashboards on top of your ERP in 10 days. Fancy a quick demo? 😊", (1, 4)))
P("bait_and_switch_invitation", "de", "Jörg Brandstetter", "Vorstand, Arbeitskreis Digitale Steuerfunktion", "Frankfurt am Main",
  ("inv", "Hallo Alex, ich hätte eine Frage unter Kollegen: Wie haben Sie bei Ihnen das Tax Compliance Management System "
          "dokumentiert? Wir stehen gerade vor dem Thema und ich suche Erfahrungswerte."),
  ("msg", "Danke fürs Annehmen! Ehrlich gesagt: Wir haben dafür eine eigene Steuersoftware entwickelt, die das TCMS vollständig "
          "abbildet. Lizenz ab 890 € im Monat. Darf ich Ihnen einen Testzugang einrichten und das kurz vorführen?"),
  ("msg", "Hallo Alex, ich melde mich noch einmal wegen des Testzugangs. Wann passt es Ihnen?", (10, 25)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Simone Achterberg", "Research Lead, Future of Finance Survey 2026", "Amsterdam",
  ("inm", "Your view on finance automation", "Hello Alex, we are doing a short independent survey among finance directors about "
          "automation in accounts payable. Only 5 questions, and all participants receive the full report free. Could you answer?"),
  ("inm", "Re: Your view on finance automation", "Thanks Alex. Based on the answers so far, I think our e-invoicing and AP automation "
          "suite could really help you. Could we set up a demo for next week? I can also send you a proposal."),
  nl="en")
P("bait_and_switch_inmail", "de", "Wolfgang Reisinger", "Leiter, Netzwerk Mittelstandsfinanzen Süd", "Stuttgart",
  ("inm", "Einladung: Kamingespräch Finanzvorstände", "Guten Tag Alex, ich lade ausgewählte Finanzverantwortliche zu einem "
          "vertraulichen Kamingespräch nach Stuttgart ein. Kein Vortrag, nur Austausch unter Gleichgesinnten. Darf ich Sie auf die Liste setzen?"),
  ("inm", "Kamingespräch – kurze Info vorab", "Hallo Alex, vorab zur Info: Das Kamingespräch wird von unserer Energieberatung "
          "ausgerichtet. Wir vermitteln Strom- und Gasverträge für Gewerbekunden. Ich würde gern vorher 15 Minuten telefonieren "
          "und Ihre aktuellen Konditionen prüfen."),
  ("inm", "Ihre Energiekosten 2026", "Alex, noch eine Erinnerung: Die Preise für 2027 steigen. Sichern Sie sich jetzt ein Angebot."))
P("bait_and_switch_inmail", "fr", "Nadia Benali", "Responsable Programme Mentorat, Femmes & Finance", "Marseille",
  ("inm", "Devenir mentor(e) ?", "Bonjour Alex, notre association recherche des mentors pour accompagner de jeunes diplômées en "
          "finance. Une heure par mois. Seriez-vous intéressé(e) ?"),
  ("inm", "Suite à notre échange", "Bonjour Alex, en parallèle de l'association, je suis conseillère en relocation pour cadres "
          "internationaux. Si votre entreprise recrute à l'étranger, nos forfaits d'installation clés en main démarrent à 2 900 €. "
          "Je peux vous envoyer une brochure et caler un rendez-vous ?"))
P("bait_and_switch_inmail", "es", "Gonzalo Echeverría", "Editor, Guía Práctica del Controller", "Bilbao",
  ("inm", "Te regalo nuestra guía", "Hola Alex, hemos publicado una guía gratuita de 60 páginas sobre cierre contable en 5 días. "
          "¿Te la envío? Sin coste, solo quiero saber qué te parece."),
  ("inm", "¿Qué te pareció la guía?", "Hola de nuevo Alex. Espero que te haya servido. La guía la hemos hecho desde nuestra "
          "consultora de outsourcing contable: llevamos el cierre mensual de pymes por una cuota fija. ¿Te preparo presupuesto?"))
P("bait_and_switch_inmail", "it", "Federica Pagano", "Coordinatrice volontari, Fondazione Banco Alimentare (volontaria)", "Bari",
  ("inm", "Volontariato di competenza", "Ciao Alex, cerchiamo professionisti della finanza che donino qualche ora per aiutare "
          "piccole associazioni con il bilancio. Ti andrebbe di saperne di più?"),
  ("inm", "Una proposta per la tua azienda", "Ciao Alex, grazie ancora. Ti scrivo anche per lavoro: sono agente per un servizio "
          "di stampa e gadget aziendali. Per le aziende amiche dell'associazione facciamo il 15% di sconto. Ti mando il catalogo "
          "e fissiamo una chiamata?"))

# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kevin Brannigan", "Procurement Manager, Ardmore Construction", "Belfast",
  ("end",),
  ("msg", "Alex, endorsed you for {skill}. Return the favour? Need a few on my profile before my review. Cheers"))
P("endorse_me_back", "de", "Anja Klostermann", "Apothekerin & Controllerin, Pharmagroßhandel", "Köln",
  ("end",), ("end",),
  ("msg", "Hallo Alex, ich habe Sie jetzt zweimal empfohlen 😊 Würden Sie mich im Gegenzug auch für Pharma-Controlling und "
          "SAP CO bestätigen? Das wäre sehr nett, ich bewerbe mich gerade intern."))
P("endorse_me_back", "fr", "Thierry Vasseur", "Directeur d'agence, Banque régionale", "Rouen",
  ("end",),
  ("msg", "Bonjour Alex, je me suis permis de valider vos compétences en {skill}. Si vous pouviez faire de même pour moi "
          "en « Crédit aux entreprises », je vous en serais reconnaissant. Un partout, balle au centre !"))
P("endorse_me_back", "es", "Alejandro Pardo", "Jefe de Almacén | Logística & Supply Chain", "Zaragoza",
  ("end",),
  ("msg", "Ey Alex que tal!! te he validado lo de {skill} 👍👍 me validas tu a mi lo de logistica y gestion de inventarios?? "
          "porfa que tengo el perfil muy vacio jaja 🙏"))
P("endorse_me_back", "it", "Gianluca Orsini", "Restaurant Manager | Hospitality", "Roma",
  ("end",),
  ("msg", "Salve Alex, la ho segnalata per {skill}, se non è un disturbo mi può segnalare per \"Food & Beverage Cost Control\"? "
          "Io sono di Roma ma lavoro in Inghilterra e scrivo poco italiano ormai, scusi. Grazie mille!"))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Bradley Kincaid", "CEO, Kincaid Coworking Spaces", "Leeds",
  ("inv", "Alex, our coworking floors in Leeds have flexible desks from £149/month. Let's connect and I'll get you a tour."),
  ("rem",),
  ("inm", "Seriously?", "Ignored twice. Noted. People like you are why this platform is dying. Good luck with your little spreadsheets."))
P("hostility_after_decline", "de", "Dr. Manfred Kessler", "Amtsleiter a.D. | Berater öffentliche Verwaltung", "Kassel",
  ("inv", DEFAULT),
  ("inm", "Ihre Umgangsformen", "Sehr geehrter Herr Alex, ich stelle mit Befremden fest, dass Sie meine Kontaktanfrage bis heute "
          "unbeantwortet gelassen haben. In meinen 35 Dienstjahren ist mir ein derartiges Verhalten nicht begegnet. "
          "Ich erwarte nichts mehr von Ihnen. Hochachtungsvoll, Dr. M. Kessler"))
P("hostility_after_decline", "fr", "Cédric Plantier", "Courtier en énergie | Gaz & Électricité Pro", "Lyon",
  ("inv", "Bonjour Alex, je peux faire baisser votre facture d'électricité de 20 %. On se connecte ?"),
  ("rem",),
  ("inm", "Dommage", "Vous refusez ma demande ? Franchement, c'est d'un manque de courtoisie rare. Vous vous croyez au-dessus "
          "des autres ? On verra bien qui rira le dernier."))
P("hostility_after_decline", "es", "Esteban Quiroga", "Comercial | Software de Nóminas", "Valencia",
  ("inv", NONOTE),
  ("inm", "???", "Oye Alex, me has rechazado la invitación. Muy poco profesional por tu parte 😡😡 "
          "luego os quejáis de que nadie os ayuda. Vaya educación."))
P("hostility_after_decline", "it", "Roberta Santangelo", "Titolare, Agenzia di Recupero Crediti", "Napoli",
  ("inv", "Buongiorno, recuperiamo i crediti insoluti della sua azienda a costo zero in caso di mancato incasso. Colleghiamoci."),
  ("inm", "Maleducazione", "Ma come si permette di ignorare la mia richiesta? Che arroganza. Si vergogni, con questo atteggiamento "
          "non andrà da nessuna parte."))
P("hostility_after_decline", "en", "Stefan Nowakowski", "Warehouse Operations Lead | Logistics", "Coventry",
  ("inv", "hi alex im also from finance side in logistics, would like to connect and learn from you"),
  ("inm", "why", "I only wanted to learn. You declined me. This is very arrogant and I think not professional for someone "
          "in your position. Shame on you, really."))

# =============================================================== hostility_connection
P("hostility_connection", "en", "Craig Mulholland", "Sales Director, PrintWorks Managed Print Services", "Leeds",
  ("msg", "Alex, your printer fleet is probably costing you 40% more than it should. Managed print from 0.4p a page. Call Tuesday?"),
  ("msg", "Alex, still waiting on a reply. Tuesday or Wednesday for the print review?"),
  ("msg", "Three messages and not even a 'no thanks'. Honestly, that's just rude. I thought finance people had manners."))
P("hostility_connection", "de", "Yvonne Bartsch", "Vertrieb | Steuersoftware für den Mittelstand", "Leipzig",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Vernetzen! Darf ich Ihnen unsere Steuersoftware kurz vorstellen? Demo dauert 20 Minuten."),
  ("msg", "Sie haben mich selbst eingeladen und antworten dann nicht? Das ist wirklich das Letzte. "
          "So einen unprofessionellen Umgang habe ich selten erlebt."))
P("hostility_connection", "it", "Massimo De Luca", "Broker Energia | Luce e Gas per le Imprese", "Catania",
  ("msg", "Ciao Alex, posso farti risparmiare sulle bollette dell'azienda. Mi mandi una fattura e ti faccio un'offerta?"),
  ("msg", "Ti ho scritto e non rispondi. Complimenti per la maleducazione. Gente come te rovina LinkedIn. "
          "Ti rimuovo, ciao."))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Heather Lomax", "Regional Director | Workplace Pensions & Auto-Enrolment", "Bristol",
  ("msg", "Hi Alex, is your workplace pension scheme still fit for purpose? We review schemes for free and often find lower fees. "
          "Could we book 30 minutes?"),
  ("msg", "Hi Alex, following up: happy to send a no-obligation comparison of your current provider against our master trust."),
  ("msg", "Alex, last note from me for now. Our review slots for Q2 are filling up. Shall I reserve one?"))
P("connection_only_pitches", "fr", "Pascal Gimenez", "Directeur commercial | Espaces de coworking Grand Sud", "Montpellier",
  ("msg", "Bonjour Alex, votre équipe finance a-t-elle besoin de bureaux flexibles ? Nos espaces de coworking à Montpellier "
          "proposent des postes dès 190 €/mois. Je vous organise une visite ?"),
  ("msg", "Re-bonjour Alex, nouvelle offre : le premier mois offert pour toute signature avant le 30. Je vous envoie le devis ?"))
P("connection_only_pitches", "es", "Marta Llorente", "Key Account | Recobro de deudas y gestión de impagados", "Barcelona",
  ("msg", "Hola Alex. Desde nuestro despacho recuperamos deudas comerciales sin coste inicial, solo cobramos a éxito. "
          "¿Te envío una propuesta?"),
  ("msg", "Buenos días Alex, ¿pudiste ver mi mensaje? Tenemos tarifas especiales para empresas de distribución este trimestre."))
P("connection_only_pitches", "it", "Davide Ferraresi", "Sales Engineer | Business Intelligence & Cruscotti Direzionali", "Padova",
  ("msg", "Ciao Alex, i tuoi report mensili richiedono ancora giorni di Excel? Il nostro BI crea cruscotti direzionali in tempo reale. "
          "Ti faccio vedere una demo di 20 minuti?"),
  ("msg", "Ciao Alex, ti ricontatto per la demo. Posso anche prepararti un preventivo per 10 utenti."),
  ("msg", "Alex, ultimo messaggio: fino a venerdì abbiamo il 20% di sconto sulle licenze annuali."))
P("connection_only_pitches", "de", "Piotr Zieliński", "Business Development DACH | Mitarbeiter-Screening & Background Checks", "Düsseldorf",
  ("msg", "Hallo Alex, wie Sie prüfen aktuell die Bewerber für Finanz-Positionen? Wir machen Background Check mit Schufa und "
          "Referenzen in 72 Stunden. Darf ich Ihnen ein Angebot schicken? Entschuldigung für mein Deutsch."),
  ("msg", "Guten Tag Alex, ich möchte noch einmal nachfragen – unser Einführungspreis ist nur gültig bis Monatsende. "
          "Wann Sie haben Zeit für ein Telefonat?"))

# =============================================================== single_pitch
P("single_pitch", "en", "Aisha Karimi", "Account Executive | Cloud FinOps Platform", "Dublin",
  ("msg", "Hi Alex, hope you're well! Saw your company is scaling on Azure. We help finance teams get visibility over cloud spend "
          "and usually cut 25% in the first quarter. Open to a 20-min walkthrough?"))
P("single_pitch", "de", "Ralf Hinterseer", "Geschäftsführer | Druckerei Hinterseer – Geschäftsberichte & Print", "Passau",
  ("msg", "Servus Alex, falls Ihr Geschäftsbericht heuer wieder gedruckt wird: Wir machen Ihnen gern ein Angebot, "
          "FSC-Papier, klimaneutral, Lieferung in 5 Tagen. Kurze Rückmeldung genügt."))
P("single_pitch", "fr", "Dmitri Volkov", "Consultant | Cartes carburant pour flottes d'entreprise", "Strasbourg",
  ("msg", "Bonjour Alex, votre commerciaux ils roulent beaucoup ? Avec notre carte carburant vous avez remise de 5 cts par litre "
          "et la récupération de TVA est automatique. Je peux vous envoyer une simulation de prix ? Merci et bonne journée"))
P("single_pitch", "es", "Carolina Basterra", "Asesora | Software fiscal y SII", "San Sebastián",
  ("msg", "Hola Alex, ¿sigues presentando el SII a mano? Tenemos un software fiscal que lo automatiza y se integra con tu ERP. "
          "Me encantaría enseñártelo en una demo rápida."))
P("single_pitch", "it", "Elisa Marchetti", "Relocation Consultant | Trasferimenti internazionali di dirigenti", "Milano",
  ("msg", "Buongiorno Alex, se la vostra azienda trasferisce personale all'estero, offriamo pacchetti di relocation completi "
          "(casa, scuole, pratiche). Posso inviarle il nostro listino?"))

# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Declan Moriarty", "Finance Director, Irish Red Cross", "Dublin",
  ("msg", "Alex, we've two spare exhibitor passes for Accountex London next month, can't use them. Yours if you want them, "
          "just tell me the names. No catch."))
P("connection_brings_value", "de", "Katrin Wolfsberger", "Leiterin Rechnungswesen, Bauunternehmung Wolfsberger GmbH", "Graz",
  ("end",),
  ("msg", "Hallo Alex, wir suchen eine:n Bilanzbuchhalter:in in Graz und ich dachte, Sie kennen vielleicht jemanden. "
          "Die Stellenanzeige hänge ich an, gern weiterleiten. Und falls Sie selbst mal so eine Anzeige teilen wollen, "
          "poste ich sie in unserem Alumni-Verteiler mit."))
P("connection_brings_value", "fr", "Émilie Carpentier", "Responsable formation, Ordre des experts-comptables", "Paris",
  ("msg", "Bonjour Alex, pour info, l'Ordre organise un webinaire gratuit sur la réforme de la facture électronique le 3 avril, "
          "validé pour 2h de formation continue. Le lien d'inscription est sur notre page. Au plaisir !"),
  ("msg", "Re-bonjour, les supports du webinaire sont en ligne, je vous les transmets si vous n'avez pas pu venir."))
P("connection_brings_value", "es", "Jorge Anaya", "CFO, Grupo Hotelero Costa Brava", "Girona",
  ("msg", "Alex, te paso el contacto de Inés, la directora de auditoría interna de la cadena: me comentaste que buscabas a "
          "alguien con experiencia en hoteles para tu comité. Ya le he hablado de ti. Un abrazo"))
P("connection_brings_value", "it", "Sara Colombo", "Volunteer Lead, Hackathon 'Codice per il Bene' | Software Developer", "Torino",
  ("msg", "Ciao Alex!! 🎉 Il nostro hackathon per le ONG ha finito: il team che hai seguito come mentor ha vinto il premio della giuria 🏆 "
          "Ti mando le foto e il report finale. Grazie di cuore per il tempo che ci hai dedicato 💛"))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Olivia Harcourt", "Talent Partner, NHS Shared Business Services", "Leeds",
  ("inm", "Head of Financial Control - NHS SBS", "Dear Alex, I'm recruiting a Head of Financial Control (Band 9, permanent, Leeds/hybrid) "
          "to lead our month-end and statutory reporting for 40 trusts. Your background looks a strong match. "
          "Would you be open to a confidential conversation? Full JD attached."))
P("stranger_inmail_recruiter", "de", "Dirk Hagemann", "Head of Talent Acquisition, Hanse Logistik AG", "Hamburg",
  ("inm", "Position: Kaufmännische Leitung (m/w/d)", "Guten Tag Alex, wir besetzen bei Hanse Logistik die kaufmännische Leitung "
          "für unsere Kontraktlogistik (ca. 900 MA, direkte Berichtslinie an den CFO). Ich würde Ihnen die Position gern "
          "in einem vertraulichen Telefonat vorstellen. Beste Grüße, Dirk Hagemann"))
P("stranger_inmail_recruiter", "fr", "Camille Desrosiers", "Chargée de recrutement, Médecins du Monde", "Paris",
  ("inm", "Poste de Responsable administratif et financier", "Bonjour Alex, Médecins du Monde recrute un·e RAF pour sa mission "
          "au siège (CDI, Paris). Votre expérience du contrôle de gestion nous intéresse beaucoup. Seriez-vous disponible "
          "pour un premier échange ?"))
P("stranger_inmail_recruiter", "it", "Paolo Ricci", "HR Business Partner, Farmaceutica Lombarda S.p.A.", "Monza",
  ("inm", "Opportunità: Finance Manager", "Buongiorno Alex, stiamo cercando un Finance Manager per il nostro stabilimento di Monza "
          "(contratto chimico-farmaceutico, RAL 75-85k). Il suo profilo è molto in linea. Le va di sentirci per dieci minuti?"))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Nathan Greaves", "SDR | Audit Analytics Software", "Reading",
  ("inm", "Audit prep in half the time", "Hi Alex, audit season is coming. Our audit analytics tool pulls your GL, flags anomalies "
          "and builds the PBC list automatically. Could I get 15 minutes on your calendar to show you?"))
P("stranger_inmail_sales", "de", "Melanie Rauch", "Key Account Managerin | E-Rechnung & Eingangsrechnungsverarbeitung", "Nürnberg",
  ("inm", "E-Rechnungspflicht 2025 – sind Sie bereit?", "Sehr geehrter Herr Alex, ab 2025 müssen Sie E-Rechnungen empfangen können. "
          "Unsere Lösung ist in zwei Wochen startklar. Ich sende Ihnen gern ein individuelles Angebot."),
  ("inm", "Nachfrage: E-Rechnung", "Guten Tag, ich wollte kurz nachfassen, ob Sie Interesse an einem Angebot haben. "
          "Mit freundlichen Grüßen, M. Rauch"))
P("stranger_inmail_sales", "es", "Ignacio Robles", "Director Comercial | Espacios de Coworking", "Madrid",
  ("inm", "Oficinas flexibles para tu equipo", "Hola Alex, ¿tu equipo financiero necesita espacio en Madrid? Tenemos puestos "
          "flexibles y despachos privados desde 250€/mes. Te invito a una visita y te preparo una oferta."))
P("stranger_inmail_sales", "fr", "Hélène Dumont", "Chargée d'affaires | Courtage en énergie", "Lille",
  ("inm", "Votre contrat d'électricité", "Bonjour Alex, votre contrat d'électricité arrive peut-être à échéance. En tant que courtier, "
          "je compare 15 fournisseurs pour vous. Puis-je vous appeler cette semaine ?"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Fiona MacAllister", "Chair, Scottish Agri-Finance Forum", "Perth",
  ("inv", "Alex, we run a free quarterly forum for finance people in farming and food. Next one is on subsidy accounting. Join us?"),
  ("msg", "Good to connect. Slides from the last forum attached, and the next date is 9 May. Hope you can make it."),
  ("msg", "Alex, a business note: I've also joined an agri-insurance brokerage. Crop and livestock cover for your suppliers at "
          "group rates. Can we book a call to go through a quote?"))
P("good_turns_ugly", "de", "Thomas Reuter", "Steuerberater | Mitglied DIN-Normenausschuss Rechnungswesen", "Bonn",
  ("inv", "Hallo Alex, wir suchen für den DIN-Arbeitsausschuss zur E-Rechnung noch Anwender aus der Industrie. "
          "Ehrenamtlich, 4 Sitzungen im Jahr. Hätten Sie Interesse?"),
  ("msg", "Danke für die Vernetzung! Anbei die Unterlagen zur nächsten Sitzung. Wir freuen uns auf Ihren Input."),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Könnten Sie mich im Gegenzug für 'Umsatzsteuer' und 'E-Invoicing' "
          "empfehlen? Das hilft mir bei Mandantenakquise."))
P("good_turns_ugly", "fr", "Laure Besnard", "Bénévole, Mentorat Solidaire | DAF à temps partagé", "Toulouse",
  ("inv", "Bonjour Alex, je coordonne un cercle de mentorat pour créateurs d'entreprise en quartiers prioritaires. "
          "On cherche des financiers pour 1h par mois. Intéressé ?"),
  ("msg", "Merci Alex ! Voici la fiche du porteur de projet qu'on vous propose, une boulangerie bio. Vraiment merci pour votre aide."),
  ("msg", "Alex, autre sujet : en tant que DAF à temps partagé, je peux aussi accompagner votre entreprise. Mes forfaits démarrent "
          "à 1 500 €/mois. Un rendez-vous pour en parler ?"))
P("good_turns_ugly", "es", "Beatriz Solano", "Responsable de Voluntariado Corporativo, Fundación Banca Social", "Madrid",
  ("inv", "Hola Alex, buscamos profesionales de finanzas para talleres de educación financiera en institutos. "
          "Dos horas, totalmente voluntario. ¿Te animas?"),
  ("msg", "¡Gracias por apuntarte Alex! Te paso el calendario de talleres y el material."),
  ("msg", "Alex, además del voluntariado trabajo en banca privada. ¿Te gustaría que revisáramos tus inversiones y tu plan de "
          "pensiones? Te puedo preparar una propuesta sin compromiso."))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Gavin Thorne", "Business Development | Fleet Fuel & EV Charging Cards", "Nottingham",
  ("inm", "Cut your fleet fuel costs", "Hi Alex, we save logistics firms up to 8p/litre with our fuel card. Can I send a quote?"),
  ("inv", "Hi Alex, I'm organising a free fleet-finance breakfast in Nottingham next month, thought you might enjoy it. Let's connect!"))
P("reinvite_known_bad", "it", "Alessia Romano", "Consulente | Software Fatturazione Elettronica", "Verona",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ho visto il tuo intervento al convegno ANDAF, davvero interessante. Mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "fr", "Frédéric Alvarez", "Account Manager | Outils BI & Reporting", "Grenoble",
  ("inv", "Bonjour Alex, nos tableaux de bord BI font gagner 3 jours de clôture par mois. Une démo ?"),
  ("inv", "Bonjour Alex, je monte un groupe d'échange entre contrôleurs de gestion de la région. Vous seriez le bienvenu !"))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Sebastian Krol", "Vertriebsleiter | Cloud-Kostenoptimierung", "Berlin",
  ("inv", "Hallo Alex, wir senken Ihre Cloud-Kosten um 30 %. Vernetzen?"),
  ("inm", "Keine Antwort?", "Sie halten es nicht einmal für nötig, zu antworten. Arrogant und unprofessionell. Typisch Controller."),
  ("inv", "Hallo Alex, neues Jahr, neuer Anfang 🙂 Ich würde mich trotzdem gern mit Ihnen vernetzen."))
P("reinvite_known_ugly", "es", "Paula Cifuentes", "Embajadora, Comunidad de Directores Financieros LATAM-España", "Madrid",
  ("inm", "Comunidad de CFOs", "Hola Alex, te invito a nuestra comunidad privada de CFOs: mesas redondas, benchmarks, todo gratis."),
  ("inm", "Una cosa más", "Alex, la comunidad está patrocinada por nuestra gestora de patrimonio. ¿Quedamos para presentarte "
          "nuestros fondos y un plan de inversión personalizado?"),
  ("inv", "Hola Alex, me encantaría conectar contigo, sigo tus publicaciones desde hace tiempo."))
P("reinvite_known_ugly", "en", "Marcus Hale", "Partner, Hale Debt Recovery", "Liverpool",
  ("inv", "Alex, we recover B2B debts on a no-win-no-fee basis. Worth connecting."),
  ("rem",),
  ("inm", "Your manners", "Two weeks and no acceptance. For a 'finance leader' you've got no idea how business works. Pathetic."),
  ("inv", DEFAULT))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Helen Achebe", "Director, Achebe Relocation Partners", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Since you asked what I do: we handle corporate relocations end to end. If your company "
          "ever moves staff to London, I'd be happy to quote. Here's our brochure."))
P("user_invited_pitch_once", "de", "Markus Albrecht", "Sales | BI-Dashboards für Einzelhandel", "Essen",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Falls Sie im Filialreporting noch mit Excel arbeiten: Unser Dashboard "
          "zeigt Umsatz und Marge pro Filiale live. Hätten Sie Lust auf eine kurze Demo?"))
P("user_invited_pitch_once", "es", "Giulia Conti", "Comercial España | Planes de Pensiones de Empleo", "Valencia",
  ("acc",),
  ("msg", "Hola Alex! Grazie, perdón, gracias por conectar. Aprovecho para decirte que nosotros gestionamos los planes de pensiones "
          "de empleo por pymes, con ventajas fiscales. ¿Te interesaría un encuentro para verlo juntos?"))
P("user_invited_pitch_once", "it", "Fabio Lombardi", "Agente | Carte Carburante per Flotte Aziendali", "Brescia",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito. Visto che hai una flotta di furgoni, posso proporti le nostre carte carburante con "
          "sconto alla pompa? Ti mando un'offerta."))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Olivier Marchand", "Directeur commercial | Logiciel de recouvrement", "Lyon",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation ! Notre logiciel de recouvrement réduit le DSO de 15 jours en moyenne. Une démo ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : nous avons une offre de lancement ce trimestre. Quand seriez-vous disponible ?"))
P("user_invited_pitch_twice", "en", "Rebecca Stroud", "Account Director | Print & Marketing Collateral", "Leeds",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting! If you need annual report printing, we're 20% below most London printers. Quote?"),
  ("msg", "Hi Alex, just bumping this. We've got press capacity in June if you want to lock in a price."))
P("user_invited_pitch_twice", "it", "Nicola Bianchi", "Commerciale | Outsourcing Acquisti Indiretti", "Firenze",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Gestiamo in outsourcing gli acquisti indiretti con risparmi del 15%. Ne parliamo?"),
  ("msg", "Ciao Alex, ti scrivo di nuovo: posso mandarti una proposta per l'analisi della spesa gratuita e poi il preventivo?"))
P("user_invited_pitch_twice", "de", "Carina Eggers", "Account Managerin | Prüfungssoftware & Audit-Tools", "Bremen",
  ("acc",),
  ("msg", "Hallo Alex, vielen Dank für die Einladung! Kurz zu uns: Unsere Audit-Software verkürzt die Jahresabschlussprüfung "
          "um ein Drittel. Darf ich Ihnen eine Demo zeigen?"),
  ("msg", "Hallo Alex, ich hake noch einmal nach. Für Neukunden gibt es aktuell drei Monate kostenlos. Interesse?"))

# =============================================================== user_invited_value
P("user_invited_value", "es", "Andrés Villalobos", "Profesor de Contabilidad, Universidad de Salamanca | Club de lectura financiera", "Salamanca",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Como hablamos en el congreso, te paso el enlace a nuestro club de lectura online "
          "(gratuito) y el artículo sobre provisiones que te comenté. Nos vemos el jueves si te animas."))
P("user_invited_value", "fr", "Sophie Lemaire", "Trésorière, Banque Alimentaire du Nord (bénévole) | Contrôleuse de gestion", "Lille",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis, voici le modèle de budget de trésorerie qu'on utilise à la Banque "
          "Alimentaire, libre à vous de le réutiliser. Et si vous voulez donner un coup de main un samedi, vous êtes le bienvenu."))
P("user_invited_value", "en", "Anil Chaudhry", "Supply Chain Finance Lead, Pharmavia | Trade Fair Committee", "Cambridge",
  ("acc",),
  ("msg", "Thanks for the invite Alex. I've got a free visitor ticket for CPhI next month that our team won't use, happy to "
          "send it your way. Also the job ad for our FP&A analyst role if you know anyone."))

# =============================================================== acceptance_only
P("acceptance_only", "it", "Giorgia Ferretti", "Responsabile Amministrazione, Cooperativa Sociale Il Ponte", "Modena", ("acc",))
P("acceptance_only", "de", "Lukas Brenner", "Bauleiter, Hochtief Infrastructure", "Essen", ("acc",))

# =============================================================== lone_endorsement
P("lone_endorsement", "fr", "Mathilde Roussel", "Analyste crédit, Crédit Agricole", "Angers", ("end",))
P("lone_endorsement", "es", "Iker Goikoetxea", "Jefe de Producción, Conservas del Cantábrico", "Santander", ("end",))


# ------------------------------------------------------------------------- foreign (non-LinkedIn) mail
FOREIGN = [
    ("Hanna Petersen", "h.petersen@example.com", "Mentoring-Kreis: Termin im Mai",
     "Hallo Alex,\n\nder nächste Mentoring-Kreis ist am 8. Mai. Ich habe den Link auch in der LinkedIn-Gruppe gepostet.\n\nViele Grüße\nHanna", "de"),
    ("Print Express", "orders@example.net", "Your order #44812 has shipped",
     "Your business cards have shipped. Share your new look on LinkedIn!", "en"),
    ("Comité d'organisation Hackathon", "hackathon@example.org", "Confirmation de votre inscription comme mentor",
     "Merci Alex, votre inscription comme mentor est confirmée. Suivez-nous sur LinkedIn pour les nouvelles.", "fr"),
    ("Recursos Humanos", "rrhh@example.com", "Oferta interna: Analista FP&A",
     "Hola a todos,\n\nadjuntamos la oferta interna de Analista FP&A. También la publicaremos en LinkedIn el lunes.", "es"),
    ("Fiera Milano Biglietteria", "biglietti@example.org", "I tuoi biglietti per la fiera",
     "Gentile Alex, in allegato i tuoi biglietti omaggio. Condividi la tua partecipazione su LinkedIn con #fiera2026.", "it"),
    ("XING", "mailrobot@example.com", "Sie haben 2 neue Kontaktanfragen",
     "Hallo Alex, Sie haben 2 neue Kontaktanfragen auf XING.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot sixth development corpus (dev6). Generated by scripts/make_corpus_dev6.py (seed {SEED}); do not edit by hand.",
          "# Per-person notes written from the taxonomy alone, without reading mailbot's signals or judge or earlier notes. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev6", SEED, PEOPLE, FOREIGN, spoofs=8, other=6, header=HEADER)
