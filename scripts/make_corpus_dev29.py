#!/usr/bin/env python3
"""Write mailbot's twenty-ninth, independent development corpus: tests/corpus/dev29/*.eml + expected.toml.

The angle: the user Alex is director of procurement and supply chain at Verholt Industries,
a maker of industrial pumps and compressors with plants in Leeds, Chemnitz, Lyon, Zaragoza and
Brescia. Their LinkedIn world: an endless queue of suppliers pitching (corrugated and wooden
packaging, stretch film, road freight and groupage, steel, polymers, MRO and PPE, lubricants,
energy brokers, e-sourcing and AI procurement software), unsolicited quotes pushed at Alex,
sellers who want to be put on the next RFQ, paid exhibitor packages and pay-to-enter awards,
sustainability consultants and rating platforms; against them, the legitimate side: current
suppliers' account managers who give a heads-up on allocation or force majeure, peer buyers who
share rate trackers, RFQ templates and audit checklists, ask a colleague's question or propose
to pool volumes, procurement associations (CIPS branches, BME, CDAF, AERCE, ADACI style) with
free evenings, plant visits and CPD hours, trade fairs giving free visitor passes, students and
professors, and executive recruiters. The ugly side: "vendor-free roundtables", free guides,
benchmark surveys, MBA questionnaires, newsletters and panels that turn into a sale; endorse-me-
back; suppliers and brokers who turn nasty when ignored.

All five languages of LinkedIn's wording appear, and some people write in another language
than the wording.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles and other LinkedIn mail wording, the headlines of spoof-only names and PYMK suggestions,
the sales InMail subjects and the pitches or phishes that spoofs carry, and the order of spoof
methods are swapped for procurement ones in this process only (make_corpus.py itself is not
changed). People whose notes name things of the 2020s are pinned to the current layout era.
Every note was written from shared/taxonomy.md alone, without reading mailbot's signals, judge
or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev29.py              # writes tests/corpus/dev29
    python scripts/make_corpus_dev29.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260729

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ procurement world (this process only)
SKILLS = {
    "en": ["Strategic Sourcing", "Procurement", "Supply Chain Management", "Supplier Negotiation", "Category Management",
           "Supplier Relationship Management"],
    "de": ["Strategischer Einkauf", "Beschaffung", "Supply Chain Management", "Lieferantenmanagement", "Verhandlungsführung"],
    "fr": ["Achats stratégiques", "Approvisionnement", "Gestion de la chaîne logistique", "Négociation fournisseurs", "Gestion des catégories d'achats"],
    "es": ["Compras estratégicas", "Aprovisionamiento", "Gestión de la cadena de suministro", "Negociación con proveedores", "Gestión de categorías"],
    "it": ["Acquisti strategici", "Approvvigionamento", "Supply chain management", "Negoziazione con i fornitori", "Gestione fornitori"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Director of Procurement & Supply Chain at Verholt Industries", "de": "Director Einkauf & Supply Chain bei Verholt Industries",
             "fr": "Directeur achats et supply chain chez Verholt Industries", "es": "Director de Compras y Cadena de Suministro en Verholt Industries",
             "it": "Direttore Acquisti e Supply Chain presso Verholt Industries"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Chief Procurement Officer", "Harrowgate Engineering"), ("Leiter Einkauf (m/w/d)", "Sauer Antriebstechnik GmbH"),
              ("Directeur achats industriels", "Groupe Fermat"), ("Director de Compras y Aprovisionamiento", "Talleres Ebro"),
              ("Direttore Acquisti di Stabilimento", "Officine Valtrompia"), ("Head of Supply Chain, Europe", "Calder Pumps")]
_JOB = {"en": ("{n} new jobs for \"procurement director\"", "Your job alert for procurement director in {city}"),
        "de": ("{n} neue Jobs für „Leiter Einkauf“", "Ihr Jobalarm für Leiter Einkauf in {city}"),
        "fr": ("{n} nouvelles offres pour « directeur achats »", "Votre alerte emploi pour directeur achats à {city}"),
        "es": ("{n} empleos nuevos de «director de compras»", "Tu alerta de empleo de director de compras en {city}"),
        "it": ("{n} nuove offerte per «direttore acquisti»", "Il tuo avviso di lavoro per direttore acquisti a {city}")}
for _l, (_s, _line) in _JOB.items():
    mc.OTHER[_l]["job"] = (_s, _line, mc.OTHER[_l]["job"][2])
_NEWS = {"en": "Will steel surcharges ease before the summer?", "de": "Sinken die Legierungszuschläge noch vor dem Sommer?",
         "fr": "Le fret maritime va-t-il encore flamber ?", "es": "¿Vuelve a subir el precio del cartón?",
         "it": "Nearshoring: l'Italia torna a produrre componenti?"}
_GROUP = {"en": "Top conversations in Procurement & Supply Chain Professionals", "de": "Top-Unterhaltungen in Einkauf & Beschaffung DACH",
          "fr": "Meilleures discussions dans Acheteurs Industriels de France", "es": "Conversaciones destacadas en Compras y Aprovisionamiento",
          "it": "Conversazioni principali in Buyer e Acquisti Industriali"}
_NEWSLETTER = {"en": "Should-cost Sundays: pricing a casting from scratch", "de": "Einkauf kompakt: Preisgleitklauseln richtig formulieren",
               "fr": "La lettre de l'acheteur : sécuriser une double source", "es": "Compras sin humo: cómo leer una oferta de transporte",
               "it": "Il buyer curioso: come si legge un listino MRO"}
for _l in mc.OTHER:
    mc.OTHER[_l]["news"] = (_NEWS[_l], mc.OTHER[_l]["news"][1])
    mc.OTHER[_l]["group"] = (_GROUP[_l], mc.OTHER[_l]["group"][1])
    mc.OTHER[_l]["newsletter"] = (_NEWSLETTER[_l], mc.OTHER[_l]["newsletter"][1])
mc.COMPANIES["good"] = ["Harrowgate Engineering", "Sauer Antriebstechnik", "Groupe Fermat", "Talleres Ebro", "Officine Valtrompia", "Calder Pumps",
                        "Brampton Foods", "Kinnear Valves"]
mc.COMPANIES["sales"] = ["Corrupak", "TransEuropa Cargo", "SpendLens", "Procurly", "GreenLedger Assess", "Fixmate MRO", "WattBroker", "FilmPro Packaging"]
mc.COMPANIES["pretext"] = ["CPO Roundtable", "Buyers' Circle", "Procurement Leaders Forum", "SpendLens"]
mc.HEADLINES["good"] = ["Category Manager, Direct Materials at {co}", "Head of Procurement | {co}", "Supplier Quality Engineer at {co}",
                        "Senior Buyer – Castings & Forgings | {co}", "Supply Chain Planner at {co}", "MCIPS | Procurement Lead at {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Business Development Manager at {co}", "Sales Director Europe | {co}",
                         "Founder & CEO at {co}", "Helping manufacturers cut spend | {co}"]
mc.HEADLINES["pretext"] = ["Connecting procurement leaders | {co}", "Host, {co}", "Community builder for buyers"]
SALES_SUBJECTS = {
    "en": ["Your packaging spend", "Quick question on your freight", "15 minutes?", "Supplier onboarding", "Idea for Verholt"],
    "de": ["Ihre Frachtkosten", "Kurze Frage", "15 Minuten?", "Angebot für Verholt", "Lieferantenaufnahme"],
    "fr": ["Vos achats d'emballage", "Petite question", "15 minutes ?", "Une idée pour Verholt", "Référencement"],
    "es": ["Vuestros portes", "Pregunta rápida", "¿15 minutos?", "Una idea para Verholt", "Homologación"],
    "it": ["I vostri imballi", "Domanda veloce", "15 minuti?", "Un'idea per Verholt", "Qualifica fornitore"],
}
for _l, _s in SALES_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _s
# what a spoof carries: procurement fraud (changed bank details, shared POs, supplier portals)
SPOOF_PITCH = {
    "en": ["Hi {first}, please note our remittance details have changed. The updated bank letter is in the shared folder, sign in to view it before the next payment run.",
           "Hello {first}, I've shared purchase order PO-48817 and the signed RFQ response with you. Log in to download."],
    "de": ["Hallo {first}, unsere Bankverbindung hat sich geändert. Das neue Schreiben liegt im freigegebenen Ordner, bitte vor dem nächsten Zahllauf anmelden.",
           "Guten Tag {first}, ich habe Ihnen die Bestellung 4500177 und unser Angebot zur Ausschreibung freigegeben. Bitte anmelden, um sie zu öffnen."],
    "fr": ["Bonjour {first}, nos coordonnées bancaires ont changé. Le nouveau RIB est dans le dossier partagé, connectez-vous avant la prochaine échéance.",
           "Bonjour {first}, je vous ai partagé le bon de commande et notre réponse à l'appel d'offres. Identifiez-vous pour les télécharger."],
    "es": ["Hola {first}, hemos cambiado de cuenta bancaria. El certificado nuevo está en la carpeta compartida, inicia sesión antes de la próxima remesa.",
           "Hola {first}, te he compartido el pedido y nuestra oferta a vuestra licitación. Inicia sesión para descargarlos."],
    "it": ["Gentile {first}, le nostre coordinate bancarie sono cambiate. La nuova lettera è nella cartella condivisa, acceda prima del prossimo pagamento.",
           "Ciao {first}, ti ho condiviso l'ordine e la nostra offerta alla gara. Accedi per scaricarli."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "display:verholt-lieferanten.example", "nodkim", "lookalike:linkedin.com.secure-notify.example", "buried", "wrongpass",
                       "noauth", "lookalike:e-linkedin.info"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# people whose notes name things of the 2020s: pinned to the current layout era
ERAS: dict[str, str] = {}


def cur(*names: str) -> None:
    for n in names:
        ERAS[n] = "cur"


# =============================================================== good_invitation
P("good_invitation", "en", "Fiona Dunleavy", "Chair, CIPS Yorkshire & Humber branch | Category Manager, Indirects at Ardent Foods", "Leeds",
  ("inv", "Hi Alex, I chair the local CIPS branch. Next month we're at the Royal Armouries for an evening on should-cost modelling - free for "
          "members and non-members, and it counts towards CPD. You're just down the road at Verholt so I thought I'd ask you directly."),
  ("rem",))
P("good_invitation", "de", "Ulrich Pfannenstiel", "Einkaufsleiter | Lindner Fluidtechnik GmbH", "Chemnitz",
  ("inv", "Hallo Herr Morgan, wir hängen offenbar beide am selben Dichtungshersteller in Zwickau und haben dieselben Lieferverzüge. "
          "Hätten Sie Lust auf 20 Minuten Austausch, wie Sie das mit Sicherheitsbestand und Abrufen lösen? Reines Kollegengespräch."))
P("good_invitation", "fr", "Claire Vasseur", "Responsable achats matières | Fonderies du Forez", "Saint-Étienne",
  ("inv", "Bonjour Alex, question d'acheteuse à acheteur : vos contrats de pièces moulées, vous les indexez sur le LME seul ou sur un panier "
          "métal + énergie ? Nous renégocions avec notre fondeur et j'aimerais l'avis d'un pair plutôt que celui d'un cabinet."),
  ("rem",))
P("good_invitation", "es", "Lucía Ferrando", "Estudiante del Máster en Dirección de Operaciones | Universidad de Zaragoza", "Zaragoza",
  ("inv", "Hola Alex, hago mi TFM sobre el nearshoring de proveedores en la industria aragonesa y la planta de Verholt en Plaza aparece en "
          "todos mis mapas. ¿Me concederías una entrevista de media hora? Te paso los resultados agregados cuando lo termine."))
P("good_invitation", "it", "Davide Scarpellini", "Key Account Manager | Fonderia Valseriana S.p.A.", "Bergamo",
  ("inv", "Buongiorno Alex, da lunedì seguo io il vostro conto di Brescia al posto di Sergio, che è andato in pensione. Mi collego solo per "
          "lasciarle un contatto diretto se un lotto di getti arriva in ritardo o con problemi. Nessuna offerta in arrivo, promesso."),
  ("rem",))
P("good_invitation", "en", "Graham Okonjo", "Head of Indirect Procurement | Pellham Aerostructures", "Derby",
  ("inv", "Alex - Priya Raman at Hollis Engineering said we should talk. We both buy industrial gases in the Midlands and both contracts end in "
          "spring. Pooled, our volumes would give us real leverage with the suppliers. Fancy a coffee to compare notes?"))
P("good_invitation", "de", "Sabine Ortlepp", "Projektleiterin Einkäuferprogramm | Zuliefertag Süd", "Stuttgart",
  ("inv", "Guten Tag Herr Morgan, zum Zuliefertag Süd im März laden wir Einkaufsleiter als Gäste ein: Besucherticket gratis, Einkäuferlounge, "
          "Vorträge zu Lieferkettengesetz und Energiepreisen. Den Ticketcode schicke ich Ihnen gern, sobald wir verbunden sind."),
  ("rem",))
P("good_invitation", "es", "Javier Ocaña", "Coordinador del Club de Compras Sostenibles | Cámara de Comercio de Zaragoza", "Zaragoza",
  ("inv", "Buenas Alex. Desde el club de compras de la Cámara montamos un taller gratuito sobre cómo pedir a los proveedores los datos que exige "
          "la CSRD, con dos directores de compras de la zona contando su caso. Es el 14, por la mañana. ¿Te guardo plaza?"))
cur("Lucía Ferrando", "Sabine Ortlepp", "Javier Ocaña")


# =============================================================== default_invitation
P("default_invitation", "fr", "Yannick Le Goff", "Commercial | Emballages carton ondulé", "Rennes", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Roberta Cazzaniga", "Agente di commercio | Utensileria e forniture industriali", "Monza", ("inv", NONOTE))
P("default_invitation", "en", "Mark Tillotson", "Freight Broker | Road & Intermodal | UK-EU", "Warrington", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Bradley Keane", "Packaging Solutions Consultant | Corrupak UK", "Nottingham",
  ("inv", "Alex - we supply corrugated and moulded pulp to three of the UK's biggest pump makers. Most of them cut outer packaging cost 8-14% "
          "with our right-sized boxes. Could I send a sample pack to Leeds and grab 15 mins with you next week?"))
P("sales_invitation", "de", "Kerstin Mahlow", "Key Account Managerin | TransEuropa Cargo", "Leipzig",
  ("inv", "Hallo Herr Morgan, wir fahren täglich Teilladungen Chemnitz–Lyon–Zaragoza und haben ab KW 12 freie Kapazitäten. Gern schicke ich "
          "Ihnen ein unverbindliches Angebot für Ihre Werksverkehre. Passt ein kurzes Telefonat?"),
  ("rem",))
P("sales_invitation", "es", "Rodrigo Almansa", "Trading Manager | Aceros y Aleaciones del Norte", "Bilbao",
  ("inv", "Buenos días Alex. Tenemos stock inmediato de inoxidable 316L en barra y chapa, por debajo de mercado este mes. Si me pasas vuestro "
          "consumo anual te preparo oferta en 24 h, sin compromiso."))
P("sales_invitation", "it", "Manuela Ricciardi", "Responsabile commerciale MRO | Ferramenta Industriale Lombarda", "Brescia",
  ("inv", "Gentile Alex, vedo che Verholt ha uno stabilimento a Brescia. Forniamo cuscinetti, utensili e DPI in conto deposito con consegna in "
          "4 ore. Posso passare a presentarle il nostro servizio di distributori automatici in reparto?"))
P("sales_invitation", "fr", "Grégory Montagne", "Directeur commercial exposants | Salon Industrie Rhône-Alpes", "Lyon",
  ("inv", "Bonjour Alex, il nous reste quelques stands dans le hall des équipementiers pour l'édition d'avril. Packs exposant à partir de "
          "6 900 € HT, fiche dans le guide acheteurs incluse. Je vous envoie la plaquette ?"),
  ("rem",))
P("sales_invitation", "en", "Nadia Kowalczyk", "Sustainability Ratings Advisor | GreenLedger Assess", "Warsaw",
  ("inv", "Hi Alex, OEMs are starting to demand a third-party sustainability scorecard from every supplier. We run the assessments across "
          "your supply base end to end, from £390 per supplier. Open to a short call on a 20-supplier pilot?"))
P("sales_invitation", "en", "Philipp Rauscher", "Account Executive DACH | Sourcify AI", "Berlin",
  ("inv", "Hi Alex, Einkaufsteams wie Ihres vergleichen Angebote immer noch in Excel. Unsere KI wertet RFQs automatisch aus und schlägt "
          "Verhandlungsziele vor. 20 Minuten Demo nächste Woche?"),
  nl="de")
cur("Nadia Kowalczyk", "Philipp Rauscher")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Toby Rennard", "Founder | The CPO Roundtable", "London",
  ("inv", "Alex, I host a small vendor-free roundtable for heads of procurement in manufacturing. Eight people, Chatham House, we meet "
          "quarterly to swap notes on supplier risk and energy contracts. Would you like a seat at the next one?"),
  ("msg", "Great to have you in the network! Before the next roundtable: a few members asked how to get spend visibility without a huge ERP "
          "project. That's exactly what my other company, SpendLens, does. I'd love to run a 30-min demo on your AP data - when suits?", (3, 12)),
  ("msg", "Hi Alex, circling back on SpendLens. We have onboarding capacity for two more manufacturers this quarter at the founding-member rate "
          "(£1,450/month). Shall I hold one for Verholt?", (7, 20)))
P("bait_and_switch_invitation", "de", "Andreas Möllendorf", "Einkaufsleiter a.D. | Interim Manager | Fachautor", "Düsseldorf",
  ("inv", "Hallo Herr Morgan, eine Frage unter Einkäufern: Wie gehen Sie bei Verholt mit den Legierungszuschlägen um, die jetzt quartalsweise "
          "kommen? Ich schreibe einen Fachbeitrag und würde Ihre Sicht gern anonym einfließen lassen."),
  ("msg", "Danke fürs Annehmen! Ganz offen: Ich übernehme für Unternehmen wie Ihres Rohstoff-Hedging-Mandate, erfolgsabhängig mit 25 % der "
          "erzielten Einsparung. Hätten Sie nächste Woche 30 Minuten für ein Erstgespräch?"))
P("bait_and_switch_invitation", "fr", "Margaux Delacroix", "Consultante RSE | Achats responsables & Scope 3", "Paris",
  ("inv", "Bonjour Alex, j'ai rédigé un guide gratuit pour embarquer ses fournisseurs dans le bilan carbone Scope 3 (questionnaire type + "
          "grille de priorisation). Je vous le partage volontiers, sans contrepartie."),
  ("msg", "Voici le lien vers le guide, bonne lecture ! Au passage, beaucoup de lecteurs me demandent de l'aide pour le déployer : nous "
          "proposons un accompagnement clé en main de 12 semaines, à partir de 28 000 € HT. Un créneau jeudi pour en parler ?"),
  ("msg", "Alex, je me permets de relancer au sujet de l'accompagnement Scope 3. Il nous reste une place en mai. Souhaitez-vous une "
          "proposition chiffrée ?", (10, 25)))
P("bait_and_switch_invitation", "es", "Íñigo Larrañaga", "Dinamizador | Foro de Directores de Compras del Norte", "San Sebastián",
  ("inv", "Hola Alex, hemos montado un foro de directores de compras industriales del norte (Euskadi, Navarra, Aragón). Comidas trimestrales, "
          "sin proveedores, para compartir contactos y experiencias. ¿Te sumas?"),
  ("msg", "¡Bienvenido! Te cuento que, además del foro, dirijo una consultora que externaliza las compras no estratégicas (tail spend). "
          "Cobramos una cuota mensual y garantizamos un 7 % de ahorro. ¿Te encaja una reunión en Zaragoza la semana que viene?"))
P("bait_and_switch_invitation", "it", "Federico Manzoni", "Organizzatore | Supply Chain Days Milano", "Milano",
  ("inv", "Ciao Alex, prepariamo il panel dei direttori acquisti per i Supply Chain Days di novembre e cerchiamo una voce della meccanica. "
          "Ti andrebbe di intervenire? Ingresso gratuito per relatori e pubblico."),
  ("msg", "Grazie per aver accettato! Ti mando il format: per i relatori del panel c'è un pacchetto visibilità (logo, intervista video, tavolo "
          "espositivo) a 3.200 € + IVA, di solito lo copre l'azienda. Ti giro il modulo d'ordine?"),
  ("msg", "Alex, ci serve la conferma entro venerdì per stampare il programma. Procedo con il pacchetto?", (4, 10)))
cur("Margaux Delacroix")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Chloe Abernethy", "MBA candidate, Cranfield | Supply chain risk", "Bedford",
  ("inm", "Six questions for my MBA dissertation", "Hi Alex, I'm researching how mid-size manufacturers map their tier-2 supplier risk. "
          "Would you answer six short questions? Fully anonymous, and I'll send you the summary report once it's written up."),
  ("inm", "Thank you + an idea", "Thank you so much for your answers! Full disclosure: alongside the MBA I work for RiskRadar, a tier-N supplier "
          "monitoring platform, and from what you told me you'd get a lot out of a 30-minute walkthrough. Could I book you in for Tuesday?", (5, 15)))
P("bait_and_switch_inmail", "de", "Dr. Henning Scholl", "Geschäftsführer | PackBench Kostenvergleich GmbH", "Bielefeld",
  ("inm", "Anonymer Verpackungskosten-Vergleich", "Sehr geehrter Herr Morgan, wir erstellen einen anonymen Branchenvergleich der "
          "Verpackungskosten im Maschinenbau. Teilnehmer erhalten die Auswertung kostenfrei. Wären Sie dabei? Es braucht nur drei Kennzahlen."),
  ("inm", "Ihre Auswertung", "Vielen Dank für Ihre Zahlen. Ihre Verpackungskosten liegen 18 % über dem Median. Dieses Potenzial heben wir gern "
          "für Sie – unser Honorar beträgt 35 % der Einsparung im ersten Jahr. Wann dürfen wir Ihnen das Vorgehen vorstellen?"))
P("bait_and_switch_inmail", "fr", "Sandrine Poulain", "Déléguée générale | Trophées de l'Achat Industriel", "Paris",
  ("inm", "Votre nomination aux Trophées", "Bonjour Alex, le jury des Trophées de l'Achat Industriel a retenu Verholt parmi les nommés de la "
          "catégorie « Relation fournisseurs ». Félicitations ! Pouvons-nous vous envoyer le dossier ?"),
  ("inm", "Trophées – finalisation de votre dossier", "Merci pour votre retour. Pour valider la candidature, les frais de dossier sont de "
          "1 950 € HT, deux places au dîner de gala comprises. Le bon de commande est en pièce jointe, merci de le retourner sous huit jours.", (4, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Wayne Pritchard", "Purchasing Manager | Castings & Forgings", "Sheffield",
  ("end",), ("end",),
  ("msg", "Alex mate, stuck a couple of endorsements on your profile, {skill} being one. I'm going for a senior buyer job at a big plant "
          "and my profile looks a bit bare. Any chance you could endorse me for Negotiation and Supplier Development? Cheers"))
P("endorse_me_back", "de", "Martina Wohlgemuth", "Disponentin | Einkauf Elektronikbauteile", "Nürnberg",
  ("end",),
  ("msg", "Hallo Alex, ich habe Ihre Kenntnisse in {skill} bestätigt – ich kenne Sie ja aus dem BME-Regionalkreis. Darf ich um einen kleinen "
          "Gefallen bitten? Eine Bestätigung für „Disposition“ und „SAP MM“ würde meiner Bewerbung sehr helfen."))
P("endorse_me_back", "it", "Gianni Sartori", "Buyer senior | Componenti oleodinamici", "Vicenza",
  ("end",),
  ("msg", "ciao Alex! ti ho segnalato per {skill} 👍 se hai un attimo mi confermi anche tu negoziazione e acquisti? così siamo pari 😄"))
P("endorse_me_back", "es", "Marisa Calvo", "Compradora técnica | Automoción", "Vigo",
  ("end",), ("end",),
  ("msg", "Alex, te he validado {skill} porque te lo mereces. Una cosita: ¿me validarías Compras técnicas y Negociación? Estoy poniendo "
          "el perfil al día para cambiar de sector y me vendría genial."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Olivier Berthelot", "Directeur commercial | Palettes et caisses bois Berthelot", "Orléans",
  ("inv", "Bonjour Alex, nous fabriquons des palettes sur mesure et des caisses maritimes pour l'industrie. Je serais ravi de vous faire une offre."),
  ("inm", "Sans réponse", "Je vois que vous n'avez pas jugé utile de répondre. Dans l'industrie on se parle, Monsieur. Les acheteurs qui se "
          "croient au-dessus des fournisseurs finissent toujours par nous rappeler quand ça coince. Je m'en souviendrai."))
P("hostility_after_decline", "es", "Enrique Valdivia", "Agente de aduanas | Transitario", "Valencia",
  ("inv", DEFAULT), ("rem",),
  ("inm", "...", "Vaya, veo que no aceptas. Muy de director de compras eso de creerse importante. Yo solo quería presentarme. Que te vaya bonito."))
P("hostility_after_decline", "de", "Thorsten Bleck", "Vertrieb | Industriebedarf & Arbeitsschutz", "Dortmund",
  ("inv", "Moin Herr Morgan, kurze Vorstellung: Wir liefern Arbeitsschutz und Verbrauchsmaterial an Produktionswerke. Gern vernetzen!"),
  ("rem",),
  ("inm", "Letzte Nachricht", "Herr Morgan, ich habe Ihnen jetzt zweimal eine Anfrage geschickt. Keine Reaktion ist auch eine Reaktion, "
          "nur eben eine ziemlich arrogante. Wundern Sie sich nicht, wenn Ihre Lieferanten Sie als Letzte beliefern, sobald es eng wird."))
P("hostility_after_decline", "en", "Curtis Flynn", "Logistics entrepreneur | Ocean & Air", "Liverpool",
  ("inv", "Hey Alex, building a network of shippers in the North West. Would be good to have you in it."),
  ("inm", "Noted", "Saw you looked at my profile and still didn't accept. Classic corporate procurement, treating people like invoices "
          "in a queue. Don't worry, I won't waste my time on you again."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Darren Whitlock", "Director | Midlands Industrial Fasteners", "Wolverhampton",
  ("msg", "Alex, we met briefly at the MACH show. We're 11% under your current fastener supplier on the C-parts list from your last RFQ. "
          "Can I get on the next tender?"),
  ("msg", "Alex, that's three messages now and I know you've read them. Your buyers hide behind the portal and you hide behind silence. "
          "Might be time someone told your MD how Verholt treats British suppliers.", (12, 30)))
P("hostility_connection", "it", "Sonia Ferretti", "Titolare | Imballaggi Ferretti s.r.l.", "Modena",
  ("acc",),
  ("msg", "Grazie del collegamento Alex! Ti mando il listino aggiornato dei nostri imballi in legno e in cartone triplo; se vuoi ti preparo "
          "un'offerta sulle casse per l'export."),
  ("msg", "Alex, il collegamento l'hai chiesto tu e poi sparisci. Non si fa così, è proprio da maleducati. Mi hai fatto perdere mezza giornata "
          "sul preventivo.", (10, 25)))
P("hostility_connection", "es", "Fernando Quesada", "CEO | Quesada Energía – Consultoría y bróker energético", "Madrid",
  ("msg", "Hola Alex, con la luz como está, una planta como la vuestra en Plaza puede ahorrar un 15-20 % revisando la tarifa. Te hago el "
          "estudio gratis y después hablamos de la gestión del contrato."),
  ("msg", "¿Alex? Te escribí hace dos semanas."),
  ("msg", "Bueno, ya veo. Los de compras sois todos iguales: mucho hablar de ahorro y luego ni contestáis. Tú sabrás, pero no vengas llorando "
          "cuando os llegue la factura de invierno."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Alberto Guidetti", "Area Manager | Distribuzione MRO e trasmissioni di potenza", "Parma",
  ("msg", "Ciao Alex, abbiamo appena preso la distribuzione ufficiale di un grande marchio svedese di cuscinetti per la Lombardia est. "
          "Posso farti avere un'offerta per i ricambi di Brescia?"),
  ("msg", "Alex, promo di fine trimestre: -12% su tutto il catalogo trasmissioni fino al 30. Ti preparo un carrello con i codici che usate?"),
  ("msg", "Ultima cosa: installiamo distributori automatici di DPI nei reparti, in comodato gratuito con contratto di fornitura triennale. Ne parliamo?"))
P("connection_only_pitches", "en", "Shaun Mercer", "Business Development | Northline Freight Brokers", "Hull",
  ("msg", "Morning Alex, got 3 trailers coming back empty from Zaragoza to Leeds next week. Can do you a very sharp rate if you've got anything moving."),
  ("msg", "Hi Alex, we've just launched a twice-weekly UK-Spain groupage service. Happy to quote against your current forwarder, just send over your lanes."))
P("connection_only_pitches", "es", "Paula Rincón", "Gerente comercial | Envases y Embalajes Ebro", "Zaragoza",
  ("msg", "Hola Alex, ¡somos vecinos de polígono! 😊 Fabricamos caja de cartón ondulado a medida con entrega en el día. ¿Te paso tarifas?"),
  ("msg", "Alex, te adjunto nuestra oferta para las cajas de los compresores pequeños, calculada con las medidas que vimos en vuestra web. "
          "Validez 15 días."))


# =============================================================== single_pitch
P("single_pitch", "de", "Jan-Henrik Struve", "Partner | Struve & Kollegen Einkaufsberatung", "Hamburg",
  ("msg", "Hallo Alex, wir führen gerade bei mehreren Maschinenbauern Nachverhandlungen mit Lieferanten auf Erfolgsbasis durch. "
          "Hätten Sie Interesse an einer kurzen Potenzialanalyse Ihres Einkaufsvolumens?"))
P("single_pitch", "fr", "Laurent Chassagne", "Trader | Polymères et résines techniques", "Marseille",
  ("msg", "Bonjour Alex, nous avons un lot de PA66 chargé verre disponible à Fos, prix spot intéressant cette semaine. "
          "Je vous fais une cotation pour vos carters ?"))
P("single_pitch", "en", "Megan Oduya", "Account Director | CarbonTrack", "Bristol",
  ("msg", "Hi Alex, with CBAM reporting now live, most importers of steel and aluminium parts are scrambling for supplier emissions data. "
          "CarbonTrack automates the whole collection. Could I show you a 20-minute demo this week?"))
cur("Megan Oduya")


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Bernd Kühlwein", "Key Account Manager Industrie | Nordstahl Handel GmbH", "Duisburg",
  ("msg", "Hallo Herr Morgan, kurze Vorwarnung, bevor es offiziell wird: Unser Walzwerk fährt wegen der Gaspreise ab Monatsende eine Schicht "
          "weniger. Planen Sie für Abrufe im zweiten Quartal lieber drei Wochen mehr Vorlauf ein – nach allem, was ich höre, gilt das für die "
          "ganze Region, nicht nur für uns."),
  ("msg", "Anbei noch der Marktbericht unseres Analysten zu Warmbreitband, gern zur internen Verwendung. Bei Fragen einfach melden."))
P("connection_brings_value", "en", "Harriet Collingwood", "Senior Category Manager, Logistics | Brampton Foods", "York",
  ("end",),
  ("msg", "Alex, as promised at the branch dinner: here's the container rate tracker my team keeps (Asia to North Europe, weekly since January). "
          "Feel free to share it with your logistics lead. If you want to compare notes before your ocean tender, I'm around."))
P("connection_brings_value", "fr", "Jean-Baptiste Roux", "Secrétaire de délégation | CDAF Rhône-Alpes", "Lyon",
  ("msg", "Bonjour Alex, la délégation organise le 12 la visite d'une usine de robinetterie à Vienne, suivie d'un échange sur la double "
          "source. Gratuit pour les adhérents et leurs invités, 20 places. Je vous en garde une ?"))
P("connection_brings_value", "es", "Carmen Aliaga", "Directora de Operaciones | Hidráulica Moncayo", "Zaragoza",
  ("msg", "¡Alex! ¿Sigues buscando segundo proveedor de juntas tóricas? Mi antiguo jefe de calidad está ahora en una empresa de Huesca que "
          "las fabrica y me dice que tienen capacidad. Te paso su contacto directo, dile que vas de mi parte."),
  ("msg", "Por cierto, gracias por la referencia que diste de mí. ¡Me han cogido! 😊"))
cur("Bernd Kühlwein")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Imogen Pascoe", "Principal Consultant, Procurement & Supply Chain | Caldwell Harte Search", "London",
  ("inm", "Group CPO - PE-backed industrial group", "Dear Alex, I'm retained on a Group Chief Procurement Officer search for a private-equity "
          "backed industrial group (four plants, roughly €900m of spend). They want someone who has run direct and indirect procurement across "
          "several countries, which your background suggests. The package is strong and includes co-investment. Open to a confidential chat?"))
P("stranger_inmail_recruiter", "it", "Lorenza Bassi", "Senior Manager | Executive Search Industria", "Milano",
  ("inm", "Direttore Acquisti di gruppo – riservato", "Gentile Alex, seguo per un gruppo meccanico bresciano la ricerca del nuovo Direttore "
          "Acquisti di gruppo, a riporto dell'AD. Cercano esperienza negli acquisti diretti su più paesi e nella gestione di fornitori "
          "strategici. Le andrebbe una telefonata riservata per capire se la cosa può interessarle?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Mateo Barrientos", "Director comercial | Transportes Barrientos", "Murcia",
  ("inm", "Tarifas Zaragoza–Leeds", "Buenas Alex, hacemos grupaje España–Reino Unido con salida diaria. Te adjunto nuestras tarifas por palé, "
          "normalmente un 10 % por debajo de los transitarios grandes. ¿Me dices con quién hablo en tráfico?"))
P("stranger_inmail_sales", "de", "Ramona Fischbach", "Vertriebsinnendienst | Wellpappe Fischbach GmbH", "Kassel",
  ("inm", "Ihr Angebot Faltkartons", "Sehr geehrter Herr Morgan, anbei unser Angebot über 20.000 Faltkartons 600x400x400, zweiwellig, "
          "1,38 €/Stk. frei Haus Chemnitz, gültig bis Freitag. Wir freuen uns auf Ihre Bestellung."),
  ("inm", "Nachfrage zu unserem Angebot", "Guten Tag Herr Morgan, ist unser Angebot angekommen? Bei Bestellung bis Monatsende gewähren wir "
          "zusätzlich 3 % Skonto."))
P("stranger_inmail_sales", "fr", "Hugo Ferrand", "Courtier en énergie | Watt&Co", "Lyon",
  ("inm", "Vos contrats gaz", "Bonjour Alex, vos contrats gaz du site de Lyon arrivent sans doute à échéance en fin d'année. Nous mettons "
          "14 fournisseurs en concurrence et vous présentons les trois meilleures offres. Vingt minutes de rendez-vous ?"))
P("stranger_inmail_sales", "en", "Vikram Sethi", "Co-founder | Procurly, AI sourcing agent", "London",
  ("inm", "Your RFQs on autopilot", "Alex, our AI agent drafts RFQs, chases suppliers and compares the quotes so your buyers don't have to. "
          "Teams like yours get back ~40% of sourcing time. Worth 15 minutes?"),
  ("inm", "Re: Your RFQs on autopilot", "Bumping this in case it got buried. Happy to run a free pilot on one live RFQ so you can see it work."))
cur("Vikram Sethi")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Beatriz Solano", "Analista de materias primas | Independiente", "Madrid",
  ("inv", "Hola Alex, cada lunes mando un resumen gratuito de precios de acero, aluminio y cobre para compradores industriales. Si te sirve, "
          "acepta y te lo hago llegar por aquí."),
  ("msg", "¡Aquí tienes el de esta semana! Ojo al cobre: los stocks en la LME están en mínimos y huele a subida."),
  ("msg", "Alex, novedad: lanzamos el servicio premium con previsiones a seis meses y alertas de compra personalizadas, 390 € al mes. Como "
          "lector te dejo el primer mes a mitad de precio. ¿Te doy de alta?", (15, 40)))
P("good_turns_ugly", "en", "Rachel Imrie", "MCIPS | Procurement tutor | Study group lead", "Glasgow",
  ("inv", "Hi Alex, I run a free online study group for people sitting their CIPS Level 6 exams. A few members are buyers in engineering and "
          "would love an experienced director to drop in for one Q&A evening. Any interest?"),
  ("msg", "Thank you for last night's Q&A, the group loved your dual-sourcing horror story. Here's the recording and the notes to keep."),
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill} :) Could you return the favour with Procurement and Training? I'm building up my tutor profile "
          "for a new role."))
P("good_turns_ugly", "de", "Katrin Oberholz", "Account Managerin | Elektronikkomponenten Distribution", "München",
  ("inv", "Hallo Herr Morgan, ich verfolge für unsere Kunden die Allokationslage bei Halbleitern und verschicke monatlich eine kurze, neutrale "
          "Lageübersicht. Wenn Sie mögen, nehme ich Sie auf – kostet nichts."),
  ("msg", "Hier die Übersicht für diesen Monat: Lieferzeiten für Mikrocontroller wieder unter 20 Wochen, Leistungshalbleiter weiterhin knapp."),
  ("msg", "Hallo Herr Morgan, Sie sehen ja, dass Leistungshalbleiter knapp bleiben: Wir haben 8.000 Stück des IGBT-Moduls, das Sie verbauen, "
          "ab Lager. Soll ich Ihnen ein Angebot machen, bevor sie weg sind?", (10, 25)))
cur("Katrin Oberholz")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Holger Stiebitz", "Vertriebsleiter | Industrieverpackungen Stiebitz", "Zwickau",
  ("inm", "Verpackung für Ihre Pumpen", "Sehr geehrter Herr Morgan, wir sind spezialisiert auf VCI-Korrosionsschutz und Seeverpackung. "
          "Gern würde ich Ihnen unsere Lösungen vor Ort in Chemnitz präsentieren. Wann passt es Ihnen?"),
  ("inv", "Hallo Herr Morgan, Ihr Beitrag zum Lieferkettengesetz war sehr treffend. Würde mich freuen, in Kontakt zu bleiben."))
P("reinvite_known_bad", "it", "Paolo Zanin", "Sales Manager | Logistica Conto Terzi Verona", "Verona",
  ("inv", "Buongiorno Alex, offriamo magazzino conto terzi a Verona con servizio di kitting per l'industria. Le andrebbe un incontro per "
          "valutare l'esternalizzazione?"),
  ("inv", "Ciao Alex, ci siamo incrociati alla fiera di Bologna, mi fa piacere collegarmi."))
cur("Holger Stiebitz")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Gavin Stroud", "Sales Director | Apex Industrial Supplies", "Birmingham",
  ("inv", "Alex, Apex supplies PPE, cutting tools and consumables to 200+ UK plants. Let's connect and I'll show you how we'd cut your MRO spend."),
  ("inm", "Really?", "Ignored, again. You procurement lot are all the same: happy to eat suppliers' lunches at trade shows but can't be bothered "
          "to click accept. Pathetic, honestly."),
  ("inv", "Hi Alex, fresh start? I've moved into a new role and would genuinely like to connect."))
P("reinvite_known_ugly", "es", "Alicia Montoro", "Consultora de compras sostenibles", "Huesca",
  ("inm", "Cinco preguntas sobre compras sostenibles", "Hola Alex, preparo un informe para la Cámara sobre cómo evalúan las industrias "
          "aragonesas la sostenibilidad de sus proveedores. ¿Me respondes cinco preguntas? Te mando el informe final."),
  ("inm", "Gracias + una propuesta", "¡Mil gracias por tus respuestas! Viendo lo que me cuentas, nuestra plataforma de homologación de "
          "proveedores os vendría genial. Oferta de lanzamiento: 6.000 € el primer año. ¿Agendamos una demo?", (4, 14)),
  ("inv", "Hola Alex, me encantaría tenerte en mi red para seguir compartiendo contenido sobre compras sostenibles."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Thibaut Mallet", "Ingénieur commercial | Robinetterie industrielle", "Saint-Étienne",
  ("acc",),
  ("msg", "Merci pour l'invitation après le salon ! Comme promis, voici notre catalogue de vannes et la grille tarifaire 2025, avec 18 % de "
          "remise sur la première commande. Quand pouvons-nous nous voir pour le référencement ?"))
P("user_invited_pitch_once", "en", "Oliver Brandt", "Regional Sales Manager | Hexagon Packaging Films", "Leicester",
  ("acc",),
  ("msg", "Cheers for the connect, Alex. Since you're reviewing your stretch film supply, we'd love to be included in the RFQ. I can have a "
          "quote with you by Friday if you send me volumes."))
cur("Thibaut Mallet")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Sebastian Ahlgrimm", "Sales Manager | Schmierstoffe & Instandhaltung", "Bremen",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Herr Morgan! Wie auf der Messe besprochen: Unser Ölanalyse-Service erspart Ihnen ungeplante Stillstände. "
          "Darf ich Ihnen ein Angebot für die drei Werke machen?"),
  ("msg", "Hallo Herr Morgan, ich hake noch einmal nach: Bis Quartalsende können wir den Rahmenvertrag zu Vorjahrespreisen anbieten. "
          "Kurzer Termin nächste Woche?"))
P("user_invited_pitch_twice", "es", "Cristina Larrea", "Key Account | Plataforma de e-sourcing", "Barcelona",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Después de la charla en el congreso, te propongo una demo de nuestra herramienta de e-sourcing: "
          "subastas inversas, homologación y contratos en un solo sitio."),
  ("msg", "Hola Alex, ¿pudiste echarle un ojo? Este mes hay un 20 % de descuento en la licencia anual para clientes nuevos. ¿Te reservo el jueves?"))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Tom Halloran", "Head of Procurement | Kinnear Valves", "Glasgow",
  ("acc",),
  ("msg", "Good to connect properly after the panel, Alex. Here's the RFQ template and scoring matrix we use for castings, with our numbers "
          "stripped out. Steal whatever helps, and if you ever want a second pair of eyes on a tender, shout."),
  nl="en")
P("user_invited_value", "it", "Elena Bortolotti", "Responsabile Qualità Fornitori | Meccanica Garda", "Brescia",
  ("acc",),
  ("msg", "Grazie per il collegamento! Come dicevamo al tavolo ADACI, ti giro la checklist che usiamo per gli audit di processo sui fornitori "
          "di lavorazioni meccaniche: adattala pure come vuoi. Se ti va, la prossima volta che passo da Brescia ti faccio vedere come la usiamo sul campo."))
P("user_invited_value", "de", "Prof. Dr. Marion Esch", "Professorin für Beschaffungsmanagement | TU Chemnitz", "Chemnitz",
  ("acc",),
  ("msg", "Vielen Dank für die Vernetzung, Herr Morgan. Wie besprochen: Unsere Masterstudierenden suchen im Sommersemester ein Praxisprojekt "
          "zur Lieferantenbewertung. Für Sie kostenfrei, betreut von meinem Lehrstuhl. Wenn Sie ein Thema haben, melden Sie sich gern."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Nuria Gaspar", "Directora de Compras | Componentes Navarra", "Pamplona", ("acc",))
P("lone_endorsement", "fr", "Sylvain Rigaud", "Acheteur projets | Équipements industriels", "Grenoble", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Davide Scarpellini", "d.scarpellini@fonderia-valseriana.example.it", "Lotto 2231 – consegna spostata a venerdì",
     "Buongiorno Alex,\n\nle scrivo anche qui oltre che su LinkedIn: il lotto 2231 di corpi pompa esce venerdì invece di mercoledì, "
     "il certificato materiale arriva con la merce.\n\nCordiali saluti,\nDavide", "it"),
    ("BME Region Sachsen", "region-sachsen@bme-verband.example.de", "Einladung Regionalkreis: Energieeinkauf 2026",
     "Liebe Mitglieder,\n\nunser nächster Regionalkreis findet in Chemnitz statt. Die Anmeldung läuft über das Portal, Fotos posten wir wie immer "
     "auf LinkedIn.", "de"),
    ("Salon Industrie Rhône-Alpes", "billetterie@salon-industrie.example.fr", "Votre badge visiteur",
     "Bonjour,\n\nvotre badge visiteur gratuit est en pièce jointe. Suivez la page LinkedIn du salon pour le programme des conférences.", "fr"),
    ("Pilar Esteban", "pilar.esteban@verholt.example.com", "El de las cajas otra vez",
     "Alex,\n\nel comercial de cartón que te escribe por LinkedIn me ha llamado tres veces a la planta. Le he dicho que las ofertas van por el "
     "portal de proveedores y punto.\n\nPilar", "es"),
    ("Nordline Pallets", "sales@nordline-pallets.example", "Found you on LinkedIn – pallet prices",
     "Dear Alex,\n\nwe found your profile on LinkedIn. We manufacture EPAL pallets and heat-treated crates at competitive prices. "
     "Please send us your annual volumes for a quote.\n\nRegards,\nSales team", "en"),
    ("Verholt Sourcing Portal", "noreply@sourcing.verholt.example.com", "RFQ-2291 Castings Lot 4: closes Friday 17:00",
     "Reminder: RFQ-2291 closes on Friday at 17:00 CET. Suppliers must submit through the portal. Quotes sent by e-mail or LinkedIn message "
     "will not be evaluated.", "en"),
    ("Risorse Umane Verholt", "hr.brescia@verholt.example.com", "Licenze LinkedIn Learning per il team acquisti",
     "Ciao Alex,\n\nabbiamo attivato 6 licenze LinkedIn Learning per il tuo team. Il corso su negoziazione e contratti è già assegnato.", "it"),
    ("Claire Vasseur", "c.vasseur@fonderies-forez.example.fr", "Indexation – suite",
     "Bonjour Alex,\n\nmerci pour notre échange après ma demande sur LinkedIn. Voici la formule d'indexation dont je vous parlais, "
     "avec le poids énergie à 30 %.\n\nClaire", "fr"),
    ("Tom Halloran", "tom.halloran@kinnearvalves.example", "Castings RFQ template (the xlsx)",
     "Alex,\n\nLinkedIn mangled the attachment so here's the scoring matrix as a proper file.\n\nTom", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot twenty-ninth development corpus (dev29). Generated by scripts/make_corpus_dev29.py (seed {SEED}); do not edit by hand.",
          "# Alex as director of procurement and supply chain at a pump and compressor manufacturer: suppliers pitching packaging, freight, "
          "raw materials, MRO, energy and software, pushed quotes and paid exhibitor packages, against account managers' heads-ups, peer "
          "buyers' market intelligence, associations' free events and free visitor passes. Same format as tests/corpus/dev."]


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique; pinned names exist."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    assert set(ERAS) <= set(names), set(ERAS) - set(names)


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev29", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
