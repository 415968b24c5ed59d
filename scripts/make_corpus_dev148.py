#!/usr/bin/env python3
"""Write mailbot's dev148 development corpus: tests/corpus/dev148/*.eml + expected.toml.

The angle: the user Alex owns a small specialty-coffee roastery in Turin (Alba Nera Coffee
Roasters) and runs its café in Milan. Their LinkedIn world: green-coffee importers, brokers and
exporters with offer lists; sellers of espresso machines, grinders, roasters, packaging, POS
software, water filters and syrups; cafés, hotels and restaurants that want to buy Alex's coffee
(buyers, so good); baristas applying for the Milan café; barista-championship and coffee-fair
organisers, some free (judging, open cuppings) and some pay-to-exhibit; peer roasters sharing
harvest and auction news; influencers who want free bags or a fee; award and guide publishers
who nominate first and invoice after; rude suppliers. Casual and formal Italian, English, some
Spanish and German.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, LinkedIn News, group and newsletter subjects, the headlines of spoof-only names and PYMK
suggestions, and the pitches that spoofs carry are swapped for coffee ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev148.py              # writes tests/corpus/dev148
    python scripts/make_corpus_dev148.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261480

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ coffee world (this process only)
SKILLS = {
    "en": ["Coffee Roasting", "Specialty Coffee", "Cupping", "Green Coffee Sourcing", "Café Management", "Small Business"],
    "de": ["Kaffeeröstung", "Spezialitätenkaffee", "Kaffeeverkostung", "Rohkaffee-Einkauf", "Gastronomie"],
    "fr": ["Torréfaction", "Café de spécialité", "Dégustation de café", "Achat de café vert", "Gestion de café"],
    "es": ["Tueste de café", "Café de especialidad", "Catación", "Compra de café verde", "Hostelería"],
    "it": ["Tostatura del caffè", "Caffè specialty", "Assaggio del caffè", "Acquisto di caffè verde", "Gestione caffetteria", "Imprenditorialità"],
}
RHEADLINE = {
    "en": "Founder & Head Roaster, Alba Nera Coffee Roasters",
    "de": "Gründer & Head Roaster bei Alba Nera Coffee Roasters",
    "fr": "Fondateur et torréfacteur chez Alba Nera Coffee Roasters",
    "es": "Fundador y tostador jefe en Alba Nera Coffee Roasters",
    "it": "Fondatore e Head Roaster presso Alba Nera Coffee Roasters",
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.JOBS[:] = [("Head Roaster", "Torrefazione Sabauda"), ("Green Coffee Buyer", "Caffè Meridiano S.p.A."),
              ("Qualitätsmanager Kaffee (m/w/d)", "Röstwerk Hamburg"), ("Store Manager – Specialty Café", "Brera Coffee Lab"),
              ("Q Grader / Quality Control", "Andes Green Imports"), ("Barista Trainer", "Caffè Vittoria Group")]
mc.CITY.update({"en": ["Milan", "Turin", "London", "Amsterdam", "Dublin"], "de": ["Zürich", "München", "Wien", "Hamburg", "Bozen"],
                "fr": ["Lyon", "Genève", "Paris", "Annecy"], "es": ["Barcelona", "Madrid", "Valencia", "Bilbao"],
                "it": ["Torino", "Milano", "Genova", "Alba", "Novara", "Bologna"]})
mc.COMPANIES["good"] = ["Torrefazione Sabauda", "Fell & Ridge Coffee", "Hotel Seeblick", "Caffè del Porto", "Brera Coffee Lab",
                        "Molienda Norte", "Nordic Green Traders"]
mc.COMPANIES["sales"] = ["GrindPro Italia", "RoastPilot", "EcoValve Pack", "Brewly POS", "CremaLease", "AquaPure Gastro", "SyrupWorks"]
mc.HEADLINES["good"] = ["Head Roaster at {co}", "Owner | {co}", "Barista at {co}", "Green coffee buyer, {co}", "Q Grader | {co}",
                        "Café manager at {co}"]
mc.HEADLINES["sales"] = ["Sales Manager Italia | {co}", "Account Executive at {co}", "Business Development | {co}",
                         "Helping cafés grow | {co}", "Key Account Horeca at {co}"]
retitle_other({
    "en": {"job": ("{n} new jobs for \"head roaster\"", "Your job alert for head roaster in {city}"),
           "news": "Why your espresso will cost more next year", "group": "Top conversations in Specialty Coffee Roasters Europe",
           "newsletter": "Cupping Notes: what the new Ethiopian grading means for you"},
    "de": {"job": ("{n} neue Jobs für „Röster“", "Ihr Jobalarm für Röster in {city}"),
           "news": "Warum der Espresso teurer wird", "group": "Top-Unterhaltungen in Kaffeeröster Deutschland",
           "newsletter": "Röstnotizen: Ernteausblick Brasilien"},
    "fr": {"job": ("{n} nouvelles offres pour « torréfacteur »", "Votre alerte emploi pour torréfacteur à {city}"),
           "news": "Pourquoi le prix de l'expresso va encore grimper", "group": "Meilleures discussions dans Torréfacteurs indépendants",
           "newsletter": "Carnet de torréfaction : la récolte éthiopienne"},
    "es": {"job": ("{n} empleos nuevos de «tostador de café»", "Tu alerta de empleo de tostador de café en {city}"),
           "news": "Por qué el café será más caro el año que viene", "group": "Conversaciones destacadas en Tostadores de Especialidad",
           "newsletter": "Notas de catación: la cosecha en Huila"},
    "it": {"job": ("{n} nuove offerte per «torrefattore»", "Il tuo avviso di lavoro per torrefattore a {city}"),
           "news": "Perché il caffè al bar costerà di più", "group": "Conversazioni principali in Torrefattori Specialty Italia",
           "newsletter": "Appunti di cupping: cosa cambia con il nuovo raccolto etiope"},
})
SPOOF_PITCH = {
    "en": ["Hi {first}, our new-crop offer list with prices is shared with you in LinkedIn Docs. Sign in to download it before the lots go.",
           "Hello {first}, your café was shortlisted for the European Coffee Awards. Confirm your place and the entry fee through the secure link."],
    "de": ["Hallo {first}, ich habe Ihnen unsere aktuelle Rohkaffee-Preisliste freigegeben. Bitte melden Sie sich an, um sie zu öffnen.",
           "Guten Tag {first}, Ihre Rösterei wurde für den Röster-Award nominiert. Bitte bestätigen Sie die Teilnahme über den Link."],
    "fr": ["Bonjour {first}, je vous ai partagé notre liste de cafés verts et les prix. Connectez-vous pour la télécharger.",
           "Bonjour {first}, votre torréfaction est présélectionnée. Confirmez votre inscription et les frais via le lien sécurisé."],
    "es": ["Hola {first}, te he compartido la lista de lotes y precios de la nueva cosecha. Inicia sesión para descargarla.",
           "Hola {first}, tu cafetería ha sido preseleccionada para los premios. Confirma tu plaza y la cuota en el enlace seguro."],
    "it": ["Ciao {first}, ti ho condiviso il listino del verde del nuovo raccolto. Accedi per scaricarlo prima che finiscano i lotti.",
           "Gentile {first}, la sua torrefazione è stata selezionata per il premio. Confermi la partecipazione e la quota tramite il link sicuro."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Marta Pellegrino", "Titolare · Caffè del Porto, Genova", "Genova",
  ("inv", "Ciao Alex! Abbiamo assaggiato il vostro Guji da un amico a Milano e ce ne siamo innamorati. Ho un bar di specialty a Genova "
          "e cerchiamo una torrefazione per il filtro: mi mandi listino e condizioni per 15-20 kg al mese?"),
  ("rem",))
P("good_invitation", "it", "Ciarán Doherty", "Barista | SCA Barista Skills Intermediate", "Milano",
  ("inv", "Hi Alex, saw your post about the bar position at the Milan café. Three years on bar in Dublin, high volume, comfortable on a "
          "multi-boiler and dialling in every morning. Just moved here, Italian improving. Could I send my CV or do a trial shift?"),
  nl="en")
P("good_invitation", "it", "Federico Landi", "Coordinatore campionati · Associazione Caffè Speciali Piemonte", "Torino",
  ("inv", "Buongiorno Alex, a marzo a Torino c'è la selezione regionale baristi e cerchiamo giudici sensoriali con esperienza. "
          "È volontariato, ma la giornata di calibrazione del giorno prima è gratuita e il pranzo lo offriamo noi. Ci darebbe una mano?"),
  ("rem",))
P("good_invitation", "es", "Lucía Garrido", "Tostadora y cofundadora · Molienda Norte, Bilbao", "Bilbao",
  ("inv", "Hola Alex, tuesto en Bilbao y vi que trabajáis con un tambor de 15 kg como el que estamos mirando. ¿Me contarías qué tal "
          "el consumo de gas y el control del aire? Dudamos entre dos marcas. Cuando pases por aquí, el café corre de mi cuenta."))
P("good_invitation", "de", "Reto Baumgartner", "F&B Manager · Hotel Seeblick Zürich", "Zürich",
  ("inv", "Grüezi Herr Morgan, wir eröffnen im Frühling eine italienische Bar im Hotel und suchen eine kleine Rösterei für Espresso "
          "und Filter. Unser Barista-Trainer hat Sie empfohlen. Dürften wir Musterbohnen und Ihre Preisliste für rund 30 kg im Monat anfragen?"),
  ("rem",))
P("good_invitation", "en", "Imogen Tate", "Freelance food & travel writer", "London",
  ("inv", "Hello Alex, I'm writing a piece on Turin's coffee scene beyond the bicerin for a UK food magazine and two people told me, "
          "separately, to talk to you. Could I have half an hour when I'm in town on the 14th? Happy to come to the roastery."))
P("good_invitation", "it", "Giorgia Vottero", "Barista · latte art e filtro", "Torino",
  ("inv", "ciao Alex!! lavoro da un anno e mezzo in un bar specialty a Torino e ho visto che cercate qualcuno per i weekend a Milano. "
          "ci starei tantissimo, anche solo sabato e domenica. posso mandarti il cv qui?"))


# =============================================================== default_invitation
P("default_invitation", "it", "Simone Ferrero", "Agente di commercio · Attrezzature Horeca", "Alessandria", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Wes Hadley", "Coffee Equipment Sales | EMEA", "Amsterdam", ("inv", NONOTE))
P("default_invitation", "de", "Katrin Lichtenberg", "Einkauf · Wiener Kaffeehausbetriebe", "Wien", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Davide Colombo", "Consulente vendite · GrindPro Italia – macinacaffè professionali", "Monza",
  ("inv", "Ciao Alex, distribuiamo in esclusiva per il Nord Italia una linea di macinadosatori on demand con macine da 98 mm. "
          "Posso passare in caffetteria a Milano e lasciartene uno in prova per una settimana? Poi parliamo anche di noleggio."))
P("sales_invitation", "en", "Tomás Aguirre", "Sales Director Europe · Andes Green Imports", "Hamburg",
  ("inv", "Hi Alex, new crop Colombians land in Genoa in May: washed Huila and two anaerobic lots from Nariño, 84-87 pts, from 1 bag "
          "ex-warehouse. Can I send our offer list and some samples? A 15 min call would help me understand your profile."),
  ("rem",))
P("sales_invitation", "it", "Chiara Valsecchi", "Sales Manager Espositori · CaffèExpo Milano", "Milano",
  ("inv", "Buongiorno Alex, sono aperte le iscrizioni espositori per CaffèExpo. Per le micro torrefazioni c'è un'area dedicata: "
          "stand preallestito da 6 mq a 2.450 € + IVA, prezzo early booking fino al 30/11. Le mando la brochure?"))
P("sales_invitation", "en", "Jade Monroe", "Coffee creator · 112k on TikTok & IG | UGC", "Barcelona",
  ("inv", "hey Alex! ☕ I make coffee content for 112k people who actually buy beans, and I love your bags!! I'd do a reel + 3 stories "
          "on Alba Nera for a bundle of 4-5 coffees plus a small usage-rights fee. media kit on request 💛"))
P("sales_invitation", "de", "Jonas Wendt", "Partnerships · Röstlokal – Marktplatz für Spezialitätenröstereien", "Berlin",
  ("inv", "Hallo Alex, wir würden eure Kaffees gern auf Röstlokal listen, da bestellen über 40.000 Kaffeetrinker in DACH. "
          "Onboarding einmalig 290 €, danach 18 % Provision pro Bestellung. Wollen wir nächste Woche kurz telefonieren?"))
P("sales_invitation", "es", "Rocío Sandoval", "Key Account · EcoValve Pack – bolsas compostables", "Valencia",
  ("inv", "¡Hola Alex! Fabricamos bolsas compostables con válvula para tostadores de especialidad: pedido mínimo 500 unidades y "
          "diseño incluido. Ya trabajamos con varios tostadores italianos. ¿Te envío muestras y tarifas?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Paolo Gribaudo", "Event manager · Rete Torrefattori Indipendenti | fiere e collettive", "Cuneo",
  ("inv", "Ciao Alex, stiamo mettendo insieme un gruppo di piccoli torrefattori piemontesi per confrontarci su fornitori, prezzi del verde "
          "e burocrazia. Niente di formale, una cena al mese a turno da qualcuno. Ti va di unirti?"),
  ("msg", "Grazie di essere entrato! Ti anticipo una cosa: quest'anno organizzo l'isola collettiva dei torrefattori al Salone del Gusto. "
          "La quota per torrefazione è 1.800 € + IVA (stand condiviso, allestimento, due pass) e i posti sono sei. "
          "Posso metterti in lista? Mi servirebbe la conferma entro venerdì.", (4, 15)),
  ("msg", "Alex, ne restano due. Ti giro il modulo d'iscrizione e l'IBAN?", (5, 10)))
P("bait_and_switch_invitation", "en", "Graham Pryce", "Roasting consultant | Host, Small Batch Roasters Circle", "Bristol",
  ("inv", "Alex, I host a small online circle for independent roasters in Europe: monthly calls, roast profiles shared openly, no vendors "
          "allowed. A couple of Italian members suggested you. Fancy joining us?"),
  ("msg", "Great to have you aboard! Separate from the circle: I'm also the European agent for Kestrel roasters, and there's a 12 kg demo "
          "unit available at 20% off this quarter. I can send the spec sheet and book a call, would Thursday suit?", (3, 20)))
P("bait_and_switch_invitation", "de", "Felix Amrein", "Co-Founder RoastLog | ex-Röster", "Basel",
  ("inv", "Hallo Alex, kurze Frage von Röster zu Röster: Wie dokumentiert ihr Röstprofile und Chargen für die Rückverfolgbarkeit? "
          "Bei uns herrscht Excel-Chaos und ich würde gern hören, wie ihr das löst."),
  ("msg", "Danke fürs Annehmen! Ehrlich gesagt haben wir aus genau diesem Chaos RoastLog gebaut: Röstprofile, Chargen, HACCP-Export auf "
          "Knopfdruck. Für kleine Röstereien 49 € im Monat, die ersten 30 Tage gratis. Soll ich dir einen Zugang einrichten?"),
  ("msg", "Hi Alex, hast du meine Nachricht gesehen? Dienstag hätte ich ein Fenster für eine 20-Minuten-Demo, ich schick dir sonst einfach den Link.", (4, 12)))
P("bait_and_switch_invitation", "es", "Andrés Quiroga", "Consultor de cafeterías de especialidad | Autor de «Abre tu cafetería»", "Madrid",
  ("inv", "Hola Alex, he preparado una guía gratuita con los números reales de 30 cafeterías de especialidad en Europa: ticket medio, "
          "merma, coste de personal. Me encantaría enviártela, creo que te sirve para Milán."),
  ("msg", "¡Aquí la tienes! Y ya que estamos: acompaño a tostadores que quieren abrir una segunda cafetería. Mi programa de 12 semanas "
          "son 3.500 €, con estudio de ubicación incluido. ¿Hacemos una llamada de media hora esta semana?", (2, 8)))
P("bait_and_switch_invitation", "it", "Lorenza Bruni", "Formatrice AST SCA · Coach per campionati baristi", "Bologna",
  ("inv", "Ciao Alex! Sto creando un gruppo di allenamento gratuito per i baristi che vogliono preparare il campionato italiano: il lunedì "
          "si prova la routine davanti a giudici veri. Se qualcuno del tuo staff di Milano è interessato, li aspetto!"),
  ("msg", "Grazie per il collegamento! Aggiornamento: il gruppo del lunedì parte a gennaio, ma per entrare serve il percorso Competition Ready, "
          "890 € a barista (6 moduli + certificato). Per due iscritti dalla stessa caffetteria faccio 1.500 in tutto. Li iscrivo?", (6, 25)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Nathan Okoro", "Green coffee trader | East African origins", "London",
  ("inm", "Quick questions for a roasters' report", "Hi Alex, I'm putting together a short, free market report for small roasters on how this "
          "season's export rule changes in Ethiopia are hitting naturals. Could I ask you three quick questions about how your buying went last "
          "year? I'll send you the full report when it's out."),
  ("inm", "Report + something for you", "Thanks Alex, report attached as promised. While I have you: we've got 40 bags of Guji natural G1, "
          "cupping at 88, spot in Trieste at €9.80/kg. I can hold 5 bags for you until Friday against a 10% deposit. Shall I send the contract?", (6, 20)))
P("bait_and_switch_inmail", "it", "Giacomo Serra", "Direttore · Premio Torrefazioni d'Eccellenza", "Roma",
  ("inm", "Candidatura al Premio Torrefazioni d'Eccellenza", "Gentile Alex, la nostra giuria tecnica ha segnalato Alba Nera tra le torrefazioni "
          "emergenti del Nord Ovest. Complimenti! Se le fa piacere essere valutata per l'edizione di quest'anno, mi basta una sua conferma "
          "per procedere."),
  ("inm", "Premio Torrefazioni d'Eccellenza – conferma finalisti", "Gentile Alex, grazie per la conferma. Alba Nera è in finale. "
          "Per i finalisti è prevista una quota di partecipazione di 690 € + IVA, che comprende la targa, la scheda nella guida cartacea e due "
          "posti alla serata di premiazione. Le allego la fattura proforma, da saldare entro dieci giorni."))
P("bait_and_switch_inmail", "de", "Sabine Kortmann", "Redaktion · Röster-Guide DACH & Italien", "Köln",
  ("inm", "Kostenloser Eintrag im Röster-Guide", "Hallo Herr Morgan, für die nächste Ausgabe unseres Röster-Guides stellen wir auch einige "
          "Spezialitätenröstereien aus Norditalien vor. Der redaktionelle Eintrag ist kostenlos, wir bräuchten nur drei Fotos und ein paar Sätze "
          "zu Ihrer Geschichte. Hätten Sie Lust?"),
  ("inm", "Ihr Eintrag – Sichtbarkeit", "Danke für die Fotos, Ihr Porträt ist fertig! Damit es nicht nur im hinteren Teil landet, empfehlen wir "
          "das Premium-Paket: ganzseitiges Porträt, Platzierung im Italien-Kapitel vorne, Backlink. 1.250 € netto. Die Basiseinträge fallen bei "
          "vollen Ausgaben leider oft raus. Darf ich Ihnen das Angebot schicken?", (5, 18)))
P("bait_and_switch_inmail", "es", "Martín Echeverría", "Director · Red Latinoamericana de Cafés Especiales", "Bogotá",
  ("inm", "Invitación como ponente – Encuentro Productores y Tostadores", "Estimado Alex: en noviembre celebramos en línea el Encuentro de "
          "Productores y Tostadores, abierto y gratuito para más de 300 fincas. Nos encantaría que compartiera su experiencia comprando "
          "microlotes directamente. ¿Aceptaría participar como ponente?"),
  ("inm", "Encuentro – confirmación de ponentes", "Estimado Alex, ¡qué alegría que acepte! Para confirmar su espacio, los ponentes "
          "internacionales aportan una cuota de 450 USD que cubre producción, traducción y la difusión de su marca ante los productores. "
          "Le paso los datos para la transferencia."))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Matteo Bonetto", "Barista trainer freelance · Latte art", "Torino",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho messo un paio di conferme, {skill} compresa, te le meriti tutte 😄 Mi faresti lo stesso favore su Latte art e "
          "Formazione baristi? Sto cercando lavori come trainer e un profilo con qualche conferma seria fa la differenza. Grazie mille!"))
P("endorse_me_back", "en", "Ryan Castellano", "Coffee machine technician | espresso equipment service", "Manchester",
  ("end",),
  ("msg", "Alex mate, endorsed you for {skill} earlier. Any chance you could do Espresso Machine Repair and Preventive Maintenance for me? "
          "Trying to get the freelance side going and it all counts. Cheers"))
P("endorse_me_back", "es", "Florencia Ibarra", "Barista · Jueza de latte art", "Milano",
  ("end",), ("end",),
  ("msg", "Holaa Alex! te validé {skill}, te lo merecés. ¿me darías una mano validándome Barismo y Atención al cliente? estoy aplicando "
          "a cafeterías acá en Milán y quiero que el perfil se vea más sólido 🙏"),
  nl="es")
P("endorse_me_back", "de", "Thorsten Eberle", "Kaffeesommelier | Seminare & Verkostungen", "München",
  ("end",),
  ("msg", "Servus Alex, hab dich grad für {skill} bestätigt. Wärst du so nett und bestätigst mich für Kaffeesensorik und Seminarleitung? "
          "Eine Hand wäscht die andere 😉"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Massimo Vercellone", "Titolare · Vercellone Forniture Bar", "Asti",
  ("inv", "Buongiorno, sono il fornitore di macchine espresso di mezzo Piemonte. Vorrei presentarle le nostre offerte per il locale "
          "di Milano, ho prezzi che nessuno le fa."),
  ("rem",),
  ("inm", "Cortesia", "Sig. Morgan, le ho scritto due volte e nemmeno la cortesia di un no. Voi giovani della specialty vi sentite chissà chi "
          "con le vostre bilancine e i vostri V60, io nel caffè ci lavoro da trent'anni. Si ricordi che il mondo è piccolo, e il Piemonte ancora di più."))
P("hostility_after_decline", "en", "Kayla Brent", "Lifestyle & coffee creator | 48k on IG", "Milano",
  ("inv", "hii Alex! obsessed with your café in Milan 😍 would love to feature you in my 'best coffee in Milan' series, let's connect!"),
  ("inm", "wow ok", "so you leave my request on read and then your staff tell me 'we don't do free product'? lol. small brands acting like this "
          "is exactly why nobody's heard of you. not featuring you, and honestly my followers deserve to know how you treat creators."))
P("hostility_after_decline", "it", "Nicolò Careddu", "Barista · latte art e leva", "Milano",
  ("inv", "Ciao Alex, ho letto che cercate un barista part-time per Milano. Ho due anni di esperienza in un locale specialty a Cagliari e so "
          "lavorare sulla leva. Posso passare a lasciarti il CV?"),
  ("inm", "Candidatura", "Ok, ho capito, per te non esisto. Un 'no grazie' a chi si candida si dà, è educazione minima. Tanto si sa come "
          "funziona, assumete gli amici degli amici. Auguri per il locale.", (20, 45)))
P("hostility_after_decline", "es", "Iván Lozano", "Importador de café verde · Cafés Orígenes", "Barcelona",
  ("inv", DEFAULT),
  ("inm", "Muestras", "Alex, veo que no aceptas. Te mandé muestras gratis a la tostaduría en marzo y ni un gracias. En este sector nos "
          "conocemos todos, ¿eh? Qué poca clase."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Roberto Audisio", "Commerciale · Imballaggi Flessibili Langhe", "Alba",
  ("msg", "Ciao Alex, come va? Ti giro il listino 2025 delle buste con valvola: sopra i 3.000 pezzi la stampa è gratis. Dimmi qualcosa "
          "entro fine mese che ti blocco il prezzo."),
  ("msg", "Alex ti ho scritto tre volte, ti ho pure portato i campioni in torrefazione. Rispondere costa poco. Poi non lamentatevi se i fornitori "
          "seri non vi considerano, piccoli come siete.", (10, 30)))
P("hostility_connection", "en", "Derek Whitlow", "Head of Sales · Meridian Green Coffee", "Rotterdam",
  ("acc",),
  ("msg", "Thanks for connecting Alex. Our Brazil pre-shipment list is attached: Cerrado and Mogiana naturals, full container or shared LCL. "
          "Let me know what you need for Q3 and I'll hold it."),
  ("msg", "Honestly Alex, you invited ME to connect at the fair and now you can't manage a yes or a no? Unprofessional. I deal with roasters "
          "three times your size who answer within a day."))
P("hostility_connection", "de", "Sandra Pichler", "Gastro-Leasing · CremaLease – Kaffeemaschinen mieten statt kaufen", "Innsbruck",
  ("msg", "Hallo Alex, für Ihr Café in Mailand: Zweigruppige Siebträger ab 189 € im Monat, Wartung inklusive, nach 36 Monaten gehört sie Ihnen. "
          "Darf ich Ihnen ein Angebot rechnen?"),
  ("msg", "Guten Tag Alex, ich komme nochmal auf das Leasing zurück. Wir hätten bis Monatsende auch eine Mühle gratis dazu."),
  ("msg", "Wissen Sie was, dann eben nicht. Aber dass man auf drei höfliche Nachrichten nicht mit einem einzigen Satz reagiert, sagt "
          "einiges über Ihren Laden. Ich wünsche trotzdem viel Erfolg, den werden Sie brauchen."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Alessio Pautasso", "Area Manager · Distribuzione macchine espresso", "Torino",
  ("msg", "Alex ciao, ti segnalo che abbiamo in pronta consegna la nuova tre gruppi multicaldaia, perfetta per il volume di Milano. "
          "Te la faccio provare in showroom a Grugliasco quando vuoi."),
  ("msg", "Ciao Alex, promo di fine anno: ritiriamo la tua macchina attuale in permuta e il resto in 24 rate a tasso zero. Fissiamo un appuntamento?"),
  ("msg", "Ultima chiamata per la permuta, scade il 31. Ti chiamo domani mattina?", (3, 9)))
P("connection_only_pitches", "en", "Connor Beatty", "Partnerships · Brewly POS for specialty cafés", "Dublin",
  ("msg", "Hi Alex, Brewly now does multi-site, so the roastery webshop and the Milan café can share one stock count. Up for a 20 min demo?"),
  ("msg", "Alex, we're giving 3 months free to cafés that switch before January. Want me to send over the onboarding form?"))
P("connection_only_pitches", "es", "Camilo Restrepo", "Export Manager · Cooperativa Cafetera del Sur", "Medellín",
  ("msg", "Hola Alex, te comparto los lotes disponibles de la cosecha principal: Geisha lavado, Pink Bourbon y Castillo honey, con precios "
          "FOB y puestos en Génova. ¿Cuántos sacos te reservo?"),
  ("msg", "Alex, ¿pudiste mirar la lista? Del Pink Bourbon quedan pocos sacos; si me confirmas esta semana te mantengo el precio."))
P("connection_only_pitches", "it", "Elena Marangoni", "Consulente sicurezza alimentare · HACCP ed etichettatura", "Novara",
  ("msg", "Buongiorno Alex, con le nuove regole sull'etichettatura del caffè tostato molte torrefazioni rischiano sanzioni. Offro una "
          "verifica completa delle etichette e del manuale HACCP a prezzo fisso. Le interessa un preventivo?"),
  ("msg", "Gentile Alex, le ricordo che a febbraio partono i controlli. Posso venire in torrefazione per un sopralluogo, la prima ora è "
          "omaggio. Mi dica lei quando."))


# =============================================================== single_pitch
P("single_pitch", "en", "Owen Fairley", "Founder · CupScore – digital cupping forms", "Edinburgh",
  ("msg", "Alex, quick one: CupScore lets your QC team score cuppings on tablets and syncs the results with green inventory. "
          "Fancy a free trial for the roastery? Plans start at €29/month after that."))
P("single_pitch", "it", "Silvia Cravero", "Consulente finanza agevolata · Bandi per PMI", "Torino",
  ("msg", "Buongiorno Alex, è uscito un bando regionale per l'acquisto di macchinari nelle PMI alimentari, fondo perduto fino al 40%. "
          "Seguiamo la pratica dall'inizio alla fine con un compenso a successo dell'8%. Le va un incontro in settimana?"))
P("single_pitch", "de", "Markus Reinholz", "Vertrieb · AquaPure Gastro Wasserfilter", "Stuttgart",
  ("msg", "Hallo Alex, Kalk ist der Feind jeder Siebträgermaschine, gerade mit dem Mailänder Leitungswasser. Unsere Filterkartusche mit "
          "Bypass-Einstellung spart Ihnen die Hälfte der Entkalkungen. Soll ich Ihnen ein Einführungsangebot schicken?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Caterina Ghiglione", "Torrefattrice · Caffè Ghiglione, Bologna", "Bologna",
  ("msg", "Alex! Tornata ieri dall'Huila. Il raccolto principale è in ritardo di almeno tre settimane per le piogge e i lavati buoni "
          "costeranno di più: se pensavi di aspettare maggio per comprare, io anticiperei. Ti mando le mie note di cupping dei 12 lotti che ho "
          "assaggiato, usale pure."),
  ("msg", "P.S. il produttore di Acevedo che ti era piaciuto tanto quest'anno fa anche un honey. Gli ho dato il tuo contatto diretto, "
          "così non passi da nessuno.", (1, 5)))
P("connection_brings_value", "en", "Tom Fenwick", "Head Roaster · Fell & Ridge Coffee", "Leeds",
  ("end",),
  ("msg", "Alex, heads up from the Kenyan auctions: AA is up about 30% on last year and a lot of the good lots are going pre-auction. "
          "If you still want a Kenya on the menu I'd look at the smaller Kirinyaga societies. I've put the ones we cupped in a shared sheet, "
          "shout and I'll send the link."))
P("connection_brings_value", "de", "Anja Wiesinger", "Wissenschaftliche Mitarbeiterin · Kaffeeforschung, ZHAW", "Wädenswil",
  ("msg", "Hallo Alex, unsere Studie zu Wasserhärte und Extraktion ist jetzt Open Access erschienen. Du hattest beim Workshop in Mailand "
          "nach der Alkalinität gefragt: Seite 14 beantwortet genau das. Im nächsten Monat gibt es dazu ein kostenloses Webinar für Röstereien, "
          "ich setz dich gern auf die Liste."))
P("connection_brings_value", "es", "Paula Medina", "Propietaria · Café Tueste Lento, Málaga", "Málaga",
  ("msg", "¡Hola Alex! El Etiopía que nos mandaste voló en dos semanas, los clientes preguntan por él. ¿Nos mandas otros 12 kg del mismo "
          "y lo que tengas de Colombia para filtro? Pago por transferencia como siempre."),
  ("msg", "Recibido todo, gracias. Te dejé una reseña en Google, que os la merecéis 😊", (8, 20)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Kathrin Sommer", "Talent Acquisition · Hanse Kaffeerösterei", "Hamburg",
  ("inm", "Leitung Rohkaffee-Einkauf – vertraulich", "Guten Tag Herr Morgan, für eine traditionsreiche Hamburger Rösterei mit rund 120 "
          "Mitarbeitenden suche ich eine Leitung für den Rohkaffee-Einkauf mit Specialty-Erfahrung. Etwa sechs Wochen im Jahr Reisen in die "
          "Ursprungsländer, Standort Hamburg, teilweise remote. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "en", "Marcus Ellery", "Director of Food & Beverage · Aurelia Hotels", "Rome",
  ("inm", "Coffee programme lead – Aurelia Hotels (Milan & Rome)", "Dear Alex, we're creating a new role to run the coffee programme across our "
          "six Italian hotels: sourcing, barista training and the breakfast and bar menus. Full-time, based in Milan, reporting to me. "
          "Your café came up more than once in our research. Would you be open to a conversation, even if only to point us to someone?"))
P("stranger_inmail_recruiter", "it", "Ilaria Santangelo", "Executive Search · Food & Beverage", "Milano",
  ("inm", "Direttore qualità caffè – gruppo torrefattore", "Gentile Alex, seguo per un importante gruppo torrefattore del Nord Italia la "
          "ricerca di un Direttore Qualità con esperienza di assaggio e acquisto del verde specialty. Sede a Verona, RAL di rilievo, "
          "ingresso nel primo semestre. Sarebbe disponibile per una telefonata riservata?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Bradley Kwon", "SDR · RoastPilot AI", "Austin",
  ("inm", "Cut roast defects by 40%?", "Hi Alex, roasters using RoastPilot's AI profile assistant cut scorching and underdeveloped batches by "
          "40% in the first month. It plugs into most drum roasters via Artisan. Worth 15 minutes next week?"),
  ("inm", "Re: Cut roast defects by 40%?", "Bumping this up, Alex. Happy to run a free analysis of your last 50 roast logs so you can see the numbers first."))
P("stranger_inmail_sales", "it", "Gianni Rovere", "Consulente energetico · Imprese e artigiani", "Torino",
  ("inm", "Bolletta gas della torrefazione", "Buongiorno Alex, le torrefazioni come la sua consumano molto gas e molte pagano ancora tariffe "
          "vecchie. Analizzo gratuitamente le ultime bollette e le propongo un fornitore più conveniente. Quando ci possiamo sentire?"))
P("stranger_inmail_sales", "es", "Santiago Villalobos", "Exportador · Cafés de Altura Huehuetenango", "Huehuetenango",
  ("inm", "Microlotes de Huehuetenango", "Estimado Alex: le ofrecemos microlotes de Huehuetenango de 86 a 89 puntos, procesos lavado y natural, "
          "desde 5 sacos. Enviamos muestras sin costo con un pedido mínimo confirmado. Quedo atento a su respuesta."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Annika Sørensen", "Quality & Education · Nordic Green Traders", "Copenhagen",
  ("inv", "Hi Alex, we're hosting a free cupping of this year's Ethiopian and Burundi arrivals at a friend's roastery in Milan on 8 April. "
          "Open to any roaster, no obligation to buy anything. Would be great to have you at the table."),
  ("msg", "Thanks for coming yesterday! As promised, here are the scores from the table and the water recipe we used. "
          "The washed Burundi everyone liked was lot 14.", (20, 40)),
  ("msg", "Hi Alex, lot 14 is down to 9 bags. I can do €8.40/kg ex-warehouse Trieste if you confirm 3 bags by Friday. Want me to draft the contract?"))
P("good_turns_ugly", "it", "Luca Giacosa", "Organizzatore · Torino Coffee Days", "Torino",
  ("inv", "Ciao Alex, il 12 ottobre facciamo una giornata di cupping e talk aperta a tutti in un cortile di San Salvario, ingresso libero. "
          "Ci piacerebbe che portassi uno dei tuoi caffè al tavolo dei torrefattori torinesi, senza nessun costo."),
  ("msg", "Grazie ancora per sabato, è venuta una giornata bellissima! Ti mando le foto che ha fatto Elisa, usale pure dove vuoi."),
  ("msg", "Alex, per l'edizione di primavera cambiamo formula: i torrefattori partecipano come partner con un pacchetto da 750 € "
          "(logo, postazione, due pass). Ti tengo il posto? Entro il 20 mi serve una risposta.", (30, 90)))
P("good_turns_ugly", "es", "Mateo Ruiz Calvo", "Head Barista · Cafetería Tercera Ola, Madrid", "Madrid",
  ("inv", "Hola Alex, soy head barista en Madrid. Estamos montando intercambios de staff entre cafeterías europeas: una semana de los "
          "nuestros en Milán y una de los vuestros aquí, sin coste, solo para aprender. ¿Te interesa?"),
  ("msg", "Te paso el documento con las fechas posibles y cómo lo organizamos con Lisboa el año pasado. Lo que no cuadre, lo cambiamos."),
  ("end",),
  ("msg", "Oye Alex, te validé {skill}. ¿Me validas Formación de baristas y Liderazgo de equipos? Estoy optando a un puesto de gerente "
          "y me vendría genial."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Enrico Mussetto", "Commerciale · Bruciatori e ricambi per tostatrici", "Biella",
  ("inm", "Manutenzione bruciatore", "Buongiorno Alex, prima della stagione fredda conviene far controllare il bruciatore della tostatrice. "
          "Facciamo contratti annuali con due interventi e ricambi scontati. Le mando l'offerta?"),
  ("inv", "Ciao Alex, ci siamo visti a Host allo stand delle tostatrici, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "en", "Callum Reid", "Sales · Coffee equipment & spares", "Glasgow",
  ("inv", DEFAULT),
  ("inv", "Alex, we met at World of Coffee in Copenhagen, you were at the Burundi table. Would love to stay in touch!"))
P("reinvite_known_bad", "es", "Marcelo Duarte", "Compraventa de tostadoras de segunda mano", "Sevilla",
  ("inv", "Hola Alex, compro y vendo tostadoras usadas revisadas con garantía. Si piensas cambiar la tuya, te hago tasación gratis y te "
          "enseño lo que tengo en stock."),
  ("inv", "¡Hola Alex! Vi tu charla en el Salone, muy buena. ¿Conectamos?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Walter Pignata", "Agente · Tazzine e accessori personalizzati", "Vercelli",
  ("inv", "Buongiorno, tazzine personalizzate col logo della caffetteria a partire da 200 pezzi. Le invio il catalogo?"),
  ("inm", "Catalogo", "Vedo che non si degna. Peccato, ma con quell'atteggiamento lei e il suo baretto andrete poco lontano."),
  ("inv", "Buon anno Alex! Ripartiamo da zero? Mi farebbe piacere averla nella mia rete."))
P("reinvite_known_ugly", "en", "Darius Holt", "Founder · European Specialty Roasters Collective", "Amsterdam",
  ("inm", "Roundtable on sustainable sourcing", "Hi Alex, I'm hosting a free online roundtable for European roasters on traceability and "
          "fair pricing next month. No sponsors, just peers comparing notes. Would you join as one of the Italian voices?"),
  ("inm", "Roundtable – next steps", "Great to have you! To take part, roasters join the Collective: €1,200 a year, which includes our "
          "Verified Sustainable badge for your bags and website. I'll send the membership form today."),
  ("inv", "Hi Alex, connecting ahead of our Milan meetup. Would be great to have you in my network."))
P("reinvite_known_ugly", "de", "Holger Rademacher", "Verkauf · Röstmaschinen & Nachbrenner", "Bremen",
  ("inv", DEFAULT),
  ("inm", "Ihre Reaktion", "Herr Morgan, ich habe Ihnen eine Anfrage geschickt und Sie halten es nicht einmal für nötig, sie anzunehmen. "
          "So viel Arroganz von einem Kleinröster habe ich selten erlebt."),
  ("inv", "Hallo Alex, wir sind uns auf der Internorga kurz über den Weg gelaufen. Freue mich auf den Kontakt!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Fabio Deambrogio", "Tecnico · Assistenza macchine espresso e macinini", "Chieri",
  ("acc",),
  ("msg", "Grazie dell'invito Alex! Visto che hai una caffetteria a Milano ti propongo il nostro contratto di assistenza: quattro "
          "interventi l'anno e pronto intervento entro 24 ore a 980 € l'anno. Se vuoi ti preparo il preventivo."))
P("user_invited_pitch_once", "en", "Sienna Hartley", "Business Development · CoffeeCloud Subscriptions", "London",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Loved chatting at the festival. We run the subscription back end for 300+ roasters, "
          "and Italian roasters are our fastest-growing group. Could I show you how it would work for Alba Nera? 20 mins is plenty."))
P("user_invited_pitch_once", "de", "Jan Oberholzer", "Key Account · SyrupWorks Barista-Sirupe", "Luzern",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Für euer Café in Mailand hätten wir die neue Reihe ohne Zuckerzusatz, auch in Bio. "
          "Ich kann dir ein Probierpaket schicken und die Händlerpreise dazulegen?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Federica Rinaudo", "Founder · Agenzia social per la ristorazione", "Torino",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Ho dato un'occhiata al profilo Instagram della caffetteria: ottime foto ma pochi reel. "
          "Gestiamo i social di 40 locali, pacchetti da 600 € al mese. Ti va se ne parliamo davanti a un caffè (tuo, ovviamente)?"),
  ("msg", "Ciao Alex, ti lascio il portfolio con i risultati di due caffetterie milanesi, +38% di follower in tre mesi. Se vuoi partiamo già a febbraio."))
P("user_invited_pitch_twice", "en", "Ben Aldridge", "Green coffee broker · Origin Direct", "Bristol",
  ("acc",),
  ("msg", "Cheers for the invite, Alex. I broker for a handful of Rwandan and Burundian washing stations and can get you in before the "
          "big importers. First container shares go out next month, minimum 10 bags. Want the sheet?"),
  ("msg", "Alex, sheet attached. Pricing holds till the 15th, after that I have to open it up to the UK roasters."))
P("user_invited_pitch_twice", "es", "Carolina Vidal", "Key Account Horeca · Avena Barista Ibérica", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Nuestra bebida de avena barista monta igual que la leche y aguanta el latte art. "
          "¿Te envío dos cajas de prueba para la cafetería de Milán y te paso precios de distribución?"),
  ("msg", "Hola Alex, tenemos promo para cafeterías italianas: la tercera caja gratis en pedidos de 10. ¿Te apunto?"))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Sara Dematteis", "Barista · Finalista campionato latte art", "Torino",
  ("acc",),
  ("msg", "Grazie per l'invito Alex! Come mi avevi chiesto alla gara, ti mando il CV e le mie disponibilità: da settembre sono libera tutti "
          "i giorni tranne il lunedì. Se vuoi faccio una prova al banco a Milano quando ti è comodo."))
P("user_invited_value", "en", "Mikkel Dahl", "Roaster · Havnekaffe, Copenhagen", "Copenhagen",
  ("acc",),
  ("msg", "Thanks for the invite after WoC! Here's the roast profile for the Burundi we talked about, with our development-time notes "
          "and the batch size we settled on. Steal whatever's useful, and tell me how yours comes out."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Giorgio Chiabrando", "Pasticcere · Pasticceria Chiabrando", "Torino", ("acc",))
P("acceptance_only", "en", "Hiroko Tanaka", "Coffee buyer · Kissa Imports", "Tokyo", ("acc",))
P("lone_endorsement", "it", "Elisa Roagna", "Fotografa · food e ristorazione", "Torino", ("end",))
P("lone_endorsement", "es", "Pilar Echeverri", "Barista · Cafetería El Grano, Valencia", "Valencia", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Caterina Ghiglione", "caterina@caffeghiglione.example.it", "Note cupping Huila",
     "Ciao Alex,\n\nti allego il foglio con le note di cupping. Te l'ho scritto anche su LinkedIn ma so che lo apri una volta al mese :)\n\nCate", "it"),
    ("Nordic Green Traders", "news@nordicgreen.example", "Arrivals update: Burundi and Ethiopia in Trieste",
     "Dear roaster,\n\nour spring arrivals are in Trieste. Follow us on LinkedIn for cupping dates in Milan and Turin.\n\nThe NGT team", "en"),
    ("Giulia – Alba Nera Milano", "giulia@albanera.example.it", "Candidature barista weekend",
     "Ciao Alex,\n\nsono arrivate altre due candidature per il weekend, una via LinkedIn e una al bancone. Le guardi tu o le sento io?\n\nGiulia", "it"),
    ("SCA Italy Chapter", "chapter@sca-italy.example", "Calendario corsi primavera",
     "Gentili soci,\n\nin allegato il calendario dei corsi di primavera. Gli aggiornamenti sulle selezioni del campionato sono sulla nostra pagina LinkedIn.", "it"),
    ("Andrea Bosio", "andrea@albanera.example.it", "Fwd: Voglio collegarmi",
     "Questo ha scritto anche a me su LinkedIn, lo conosci?\n\n---------- Messaggio inoltrato ----------\nDa: Massimo Vercellone via LinkedIn <invitations@linkedin.com>\n"
     "Oggetto: Voglio collegarmi\n\nBuongiorno, sono il fornitore di macchine espresso di mezzo Piemonte...", "it"),
    ("Brandstätter Röstmaschinen", "vertrieb@brandstaetter.example.de", "Ihr Angebot: Trommelröster 15 kg",
     "Sehr geehrter Herr Morgan,\n\nwie auf LinkedIn angekündigt, anbei unser Angebot für den 15-kg-Röster inklusive Nachbrenner.\n\nMit freundlichen Grüßen", "de"),
    ("Studio Bertola Commercialisti", "studio@bertola.example.it", "Fatture di marzo",
     "Buongiorno,\n\nci manca ancora la ricevuta dell'abbonamento LinkedIn Premium per chiudere la prima nota di marzo. Ce la può girare?\n\nStudio Bertola", "it"),
    ("Finca La Esperanza", "ventas@fincaesperanza.example.co", "Fotos de la cosecha",
     "Hola Alex,\n\nte mandamos las fotos de la cosecha que subimos también a LinkedIn. Este año el lote de Pink Bourbon salió muy limpio.\n\nUn abrazo", "es"),
    ("Shopify", "no-reply@shopify.example", "Il tuo report mensile del negozio online",
     "Ciao Alex, a marzo le visite al negozio Alba Nera sono cresciute del 12%. Fonti principali: Instagram, Google, LinkedIn.", "it"),
]


# ------------------------------------------------------------------------- checks and builder
for _scn, _lang, _name, _head, _loc, _nl, _steps in PEOPLE:
    for _s in _steps:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_name, len(_s[1]))

HEADER = [f"# mailbot development corpus dev148. Generated by scripts/make_corpus_dev148.py (seed {SEED}); do not edit by hand.",
          "# Alex as owner of a specialty-coffee roastery in Turin with a café in Milan: green-coffee importers, equipment sellers, buyers, "
          "baristas applying, championship and fair organisers, peer roasters, influencers, rude suppliers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev148", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
