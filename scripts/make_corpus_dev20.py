#!/usr/bin/env python3
"""Write mailbot's twentieth, independent development corpus: tests/corpus/dev20/*.eml + expected.toml.

The angle: the user Alex is the marketing director of a consumer-goods brand (snacks,
drinks, personal care). Their LinkedIn world: creative, media, performance and influencer
agencies pitching; martech and data vendors (CDP, retail media, attribution, panel data);
influencers and creators asking for paid collaborations (a transaction: bad); award
organisers who invite Alex to enter (paid entry fees: a sale) or to judge (free: good);
podcast hosts (free guest spot: good; pay-to-appear: a sale); brand-marketing peers
swapping notes; trade-association events with free passes; students asking for advice;
recruiters with CMO roles; market-research firms asking for a survey (free results: good;
a sold report afterwards: bait and switch). Hostility after being ignored in many
registers (influencer drama, sarcasm, passive-aggressive, cold, formal lecture),
endorse-me-back for "Brand Strategy" and "Digital Marketing", and bait and switch
("a marketing leaders' community", "a free brand audit", "your campaign is on our award
shortlist", "a survey with free results") followed by a sales ask.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, and the pitches that
spoofs carry are swapped for marketing ones in this process only (make_corpus.py itself is
not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev20.py              # writes tests/corpus/dev20
    python scripts/make_corpus_dev20.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260620

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the brand-marketing world (this process only)
SKILLS = {
    "en": ["Brand Strategy", "Digital Marketing", "Brand Management", "Consumer Insights", "Integrated Marketing", "FMCG"],
    "de": ["Markenstrategie", "Digital Marketing", "Markenführung", "Consumer Insights", "Konsumgüter"],
    "fr": ["Stratégie de marque", "Marketing digital", "Gestion de marque", "Insights consommateurs", "Grande consommation"],
    "es": ["Estrategia de marca", "Marketing digital", "Gestión de marca", "Insights del consumidor", "Consumo masivo"],
    "it": ["Brand Strategy", "Marketing digitale", "Brand management", "Consumer insight", "Largo consumo"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Marketing Director at Example Brands", "de": "Marketingdirektor bei Example Brands",
             "fr": "Directeur marketing chez Example Brands", "es": "Director de marketing en Example Brands",
             "it": "Direttore marketing presso Example Brands"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Chief Marketing Officer", "Orvana Foods"), ("Marketingdirektor (m/w/d)", "Solvent AG"), ("VP Brand & Communications", "Veltra"),
              ("Directeur marketing groupe", "Maison Tessaly"), ("Head of Brand, Beverages", "Meridian Drinks")]
mc.COMPANIES["good"] = ["Orvana Foods", "Veltra", "Solvent AG", "Maison Tessaly", "Meridian Drinks", "Halden Snacks", "Calder Home Care", "Norbridge Beauty"]
mc.COMPANIES["sales"] = ["Segmently", "ShelfPulse Retail Media", "Loudhouse Creative", "Creatorly", "AttribuIQ", "Panelix Data", "BrightBox Packaging"]
mc.COMPANIES["pretext"] = ["Creatorly", "Loudhouse Creative", "Panelix Data", "AttribuIQ"]
mc.HEADLINES["good"] = ["Brand Director at {co}", "Head of Consumer Insights | {co}", "CMO at {co}", "Senior Brand Manager | {co}",
                        "Marketing student | Brand management", "Executive Recruiter, Marketing & Brand", "Head of Media at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping CPG brands grow share | {co}", "Founder & CEO at {co}",
                         "New Business Director | {co}", "Creator partnerships | {co}"]
mc.HEADLINES["pretext"] = ["Community Lead | Marketing Leaders Network", "Founder, CMO Circle", "Connecting brand leaders | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your brand was shortlisted for the Global Shelf Awards. Confirm your entry and pay the fee here before Friday.",
           "Hello {first}, I shared the influencer audit of your brand with you. Log in to view the results."],
    "de": ["Hallo {first}, ich habe Ihnen den Media-Audit Ihrer Marke freigegeben. Bitte melden Sie sich an, um ihn zu öffnen.",
           "Hallo {first}, Ihre Kampagne wurde für einen Award nominiert. Jetzt Teilnahme bestätigen."],
    "fr": ["Bonjour {first}, je vous ai partagé l'audit de votre marque sur les réseaux sociaux. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre campagne est finaliste. Validez votre inscription avant vendredi."],
    "es": ["Hola {first}, te he compartido el informe de influencers de tu marca. Inicia sesión para verlo.",
           "Hola {first}, tu marca fue seleccionada para una auditoría gratuita de medios. Confirma aquí."],
    "it": ["Ciao {first}, ti ho condiviso il report sulla reputazione del tuo brand. Accedi per vederlo.",
           "Ciao {first}, la tua campagna è in shortlist. Conferma la candidatura entro venerdì."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Hannah Ashby", "Programme Director, The Shelf Awards (FMCG marketing)", "London",
  ("inv", "Hi Alex - I run the judging side of The Shelf Awards. We're putting together this year's jury for the Brand Relaunch category and your name came up "
          "twice from previous judges. It's two evenings of reading entries plus one in-person session in May. Judges don't pay anything and we cover travel. "
          "Would you be open to it?"),
  ("rem",))
P("good_invitation", "de", "Reto Brunner", "Geschäftsführer | Forum Markenführung Schweiz", "Zürich",
  ("inv", "Grüezi Alex. Am 12. März findet in Zürich unser Markentag statt, dieses Jahr zum Thema Eigenmarken vs. Markenartikel im Detailhandel. "
          "Für Marketingverantwortliche aus der Konsumgüterbranche haben wir einige Gratis-Tickets reserviert, ich würde Ihnen gerne eines zustellen. "
          "Keine Verpflichtung, einfach vorbeikommen. Freundliche Grüsse, Reto Brunner"),
  ("rem",))
P("good_invitation", "fr", "Inès Belkacem", "Étudiante en Master 2 Marketing & Communication", "Bordeaux",
  ("inv", "Bonjour Alex, je suis en dernière année de master marketing et j'hésite entre deux stages : chef de produit junior chez un industriel de la grande conso "
          "ou planning stratégique en agence. J'ai lu votre interview sur votre parcours (vous avez fait les deux !). Auriez-vous un conseil à me donner ? "
          "Même trois lignes m'aideraient énormément. Merci d'avance"))
P("good_invitation", "es", "Valentina Ríos", "Brand Director | Snacks & Bebidas | CDMX", "Ciudad de México",
  ("inv", "Hola Alex, qué tal. Soy directora de marca en una empresa de botanas acá en México. Estamos discutiendo internamente cómo repartir el presupuesto "
          "entre marca y performance (hoy vamos 30/70 y creo que nos está comiendo la marca). Vi que en tu charla hablaste de un 60/40. "
          "¿Te puedo hacer un par de preguntas sobre cómo lo defendiste con finanzas? Con gusto te comparto lo que nos ha funcionado con retail media."),
  ("rem",))
P("good_invitation", "it", "Federica Marchetti", "Research Director | Osservatorio Largo Consumo, Università di Parma", "Parma",
  ("inv", "Buongiorno Alex, con l'Osservatorio dell'Università stiamo facendo l'indagine annuale sui budget marketing nel largo consumo. "
          "Il questionario richiede circa 12 minuti, è anonimo e i risultati completi vengono inviati gratuitamente a tutti i partecipanti (niente a pagamento, "
          "è un progetto accademico). Le farebbe piacere partecipare? Le mando il link appena collegati."))
P("good_invitation", "de", "Lisa Gruber", "Host „Markenfunk“ – der Podcast über Marken aus Österreich", "Wien",
  ("inv", "Hallo Alex! Ich mache seit drei Jahren den Podcast Markenfunk, da reden Marketingleute aus dem DACH-Raum über eine Kampagne, auf die sie stolz sind "
          "(oder die so richtig daneben ging 😅). Ihr Relaunch letzten Herbst wäre eine super Folge. Aufnahme remote, ca. 40 Minuten, kostet Sie nichts außer Zeit. "
          "Hätten Sie Lust?"))


P("good_invitation", "fr", "Noémie Faure", "Responsable marketing | co-organisatrice du Petit-déj des marketeurs romands", "Genève",
  ("inv", "Bonjour Alex,\n\navec deux collègues on organise un petit-déjeuner tous les deux mois à Genève entre responsables marketing de marques "
          "(pas d'agences, pas de prestataires, chacun paie son croissant 🥐). Prochain thème : comment travailler avec les influenceurs sans se ruiner. "
          "Vous seriez le ou la bienvenue, c'est le 6 février.\n\nNoémie"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Kayden Brooks", "Lifestyle Creator | 85K on TikTok | DM for collabs", "Manchester", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Lucas Perrin", "Traffic manager freelance | Meta Ads | Google Ads", "Lille", ("inv", NONOTE))
P("default_invitation", "it", "Martina Galli", "Brand Manager | Beverage", "Verona", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Camila Duarte", "Creadora de contenido | Lifestyle & Fitness | 340K en Instagram", "Bogotá",
  ("inv", "Holaa Alex!! 💕 Me encanta tu marca, la uso desde hace años jaja. Te escribo porque estoy armando mi calendario de colaboraciones del próximo trimestre "
          "y me encantaría trabajar con ustedes. Mi paquete incluye 1 reel + 3 stories + link en bio por USD 2.800, y tengo un engagement del 6,2%. "
          "¿Te mando mi media kit? 🙌"),
  ("rem",))
P("sales_invitation", "it", "Simone Ferraresi", "Head of Partnerships | Premio Marca dell'Anno", "Milano",
  ("inv", "Gentile Alex, le iscrizioni al Premio Marca dell'Anno sono aperte fino al 30 aprile. Con il lancio della vostra nuova linea avreste ottime chance nella "
          "categoria Innovazione di Prodotto. Quota di iscrizione 890 € + IVA per categoria, con il pacchetto visibilità (tavolo alla serata di gala) a 3.500 €. "
          "Posso inviarle il modulo?"))
P("sales_invitation", "de", "Florian Aigner", "Geschäftsführer | Aigner Performance – Paid Social & Amazon Ads", "Wien",
  ("inv", "Servus Alex, wir betreuen mehrere Lebensmittelmarken im Bereich Paid Social und Amazon Ads und holen im Schnitt 35 % mehr ROAS raus. "
          "Ich hab mir Ihre Anzeigen in der Meta-Bibliothek angeschaut, da ist einiges drin. Wann passt ein 20-minütiger Call?"),
  ("rem",))
P("sales_invitation", "en", "Tyler Brennan", "Enterprise AE @ Segmently | Customer Data Platform for CPG", "Chicago",
  ("inv", "Alex, CPG brands are sitting on first-party data they never activate. Segmently unifies loyalty, DTC and retail media data in one place. "
          "Brands like yours see 20%+ lift on retention campaigns. Open to a quick demo next Tuesday or Wednesday?"))
P("sales_invitation", "fr", "Baptiste Rolland", "Fondateur & directeur de création | Maison Oblique (agence)", "Paris",
  ("inv", "Bonjour Alex,\n\nj'ai vu que votre marque cherchait un nouveau souffle créatif (votre dernière campagne est très propre, mais un peu sage, non ?). "
          "Chez Maison Oblique on fait justement des plateformes de marque pour des marques grande conso. "
          "J'adorerais vous présenter notre book autour d'un café, la semaine prochaine ?\n\nBaptiste"),
  ("rem",))


P("sales_invitation", "es", "Héctor Villalobos", "Host | Podcast «Marcas que Venden» | +500 episodios", "Santiago de Chile",
  ("inv", "Alex, ¡hola! Te vengo siguiendo y creo que tu historia encajaría perfecto en Marcas que Venden. Trabajamos con un formato de episodio patrocinado: "
          "entrevista de 45 min, distribución en Spotify y YouTube y 4 cápsulas para redes, todo por USD 900. ¿Te reservo fecha para marzo?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Olivia Marsh", "Founder, The Brand Room | a community for consumer marketing leaders", "London",
  ("inv", "Hi Alex, I host The Brand Room - around 250 marketing directors and CMOs from food, drink and beauty. Monthly off-the-record dinners, "
          "a WhatsApp group, zero vendors. We'd really value your voice in there. Fancy joining?"),
  ("msg", "So glad you're in, Alex! Now that we're connected - alongside the community I run a small brand consultancy, and we're helping two members "
          "rebuild their brand architecture right now. Given your portfolio I think there's a real fit. Could we get 30 mins in the diary to walk you through how we work?"),
  ("msg", "Hi Alex, circling back on this. We have space for one more engagement this quarter at the community rate (15% off). Shall I send the proposal over?", (6, 12)))
P("bait_and_switch_invitation", "de", "Nadia Keller", "Markenberaterin | Brand Audits für Konsumgüter", "Basel",
  ("inv", "Hallo Alex, ich mache dieses Quartal fünf kostenlose Marken-Audits für Schweizer und deutsche Konsumgütermarken: Positionierung, Packaging, "
          "Share of Search. Ohne Haken, ich brauche die Fallbeispiele für mein Buch. Wäre Ihre Marke dabei?"),
  ("msg", "Hallo Alex, danke für die Vernetzung! Ich habe mir Ihre Marke schon einmal angesehen und sehe viel Potenzial. Die ausführliche Auswertung mit "
          "Massnahmenplan gibt es im Rahmen meines Mandats: 3 Monate Begleitung für CHF 18'000. Soll ich Ihnen die Offerte schicken?"))
P("bait_and_switch_invitation", "fr", "Clémence Arnaud", "Directrice générale | Trophées de la Marque Responsable", "Paris",
  ("inv", "Bonjour Alex, bonne nouvelle : votre campagne sur la recharge de flacons fait partie de notre présélection pour les Trophées de la Marque Responsable. "
          "J'aimerais vous compter dans notre réseau pour vous tenir informé de la suite."),
  ("msg", "Merci d'avoir accepté ! Pour que votre campagne passe devant le jury, il faut maintenant valider le dossier (frais de participation 1 450 € HT). "
          "Je vous conseille aussi notre pack lauréat avec table à la cérémonie et diffusion presse, à 4 900 € HT. Je vous envoie le bon de commande ?"),
  ("msg", "Bonjour Alex, dernier rappel : la clôture des validations est vendredi. Sans règlement, la présélection ne pourra pas être maintenue.", (4, 8)))
P("bait_and_switch_invitation", "es", "Sebastián Castro", "Research Manager | Insight Andino | Estudios de consumidor", "Santiago de Chile",
  ("inv", "Hola Alex, estamos haciendo un estudio sobre cómo las marcas de consumo masivo están midiendo el retorno de sus inversiones en influencers en "
          "Latinoamérica y Europa. Son 10 minutos y todos los participantes reciben los resultados sin costo. ¿Te animas?"),
  ("msg", "¡Gracias por responder la encuesta, Alex! Ya tenemos los primeros resultados y hay hallazgos muy interesantes para tu categoría. "
          "El informe completo con benchmarks por país tiene un valor de USD 2.400, pero a los participantes les hacemos un 30% de descuento. "
          "¿Te envío la propuesta para que lo gestiones con compras?"))
P("bait_and_switch_invitation", "it", "Alessia Moretti", "Brand Manager | Cosmetica naturale", "Bologna",
  ("inv", "Ciao Alex, domanda da collega a collega: come gestite voi i contratti con gli influencer? Noi abbiamo avuto un paio di brutte esperienze con "
          "l'esclusiva di categoria e vorrei capire come fanno altri brand. Grazie mille!"),
  ("msg", "Grazie per la risposta super utile! Ti confesso che oltre a lavorare nel brand collaboro con Creatorly, una piattaforma che gestisce contratti, "
          "pagamenti e performance degli influencer in un unico posto. Sarebbe perfetta per voi: ti va una demo di 20 minuti giovedì?"),
  ("msg", "Ciao Alex, ti giro il link per prenotare la demo, così scegli tu l'orario 😊 creatorly.example/demo", (3, 7)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Jordan Pike", "Editor, CPG Marketing Roundtable", "New York",
  ("inm", "Roundtable on retail media, off the record", "Hi Alex, we're gathering eight brand leaders for a closed-door roundtable on retail media networks "
          "next month. No press, no vendors, just practitioners. Would you be up for joining the discussion?"),
  ("inm", "Roundtable - next steps", "Thanks for your interest, Alex. To secure a seat at the table, participants take one of our partner packages: "
          "the Thought Leader package is $6,500 and includes the roundtable seat, a sponsored article and a logo on the report. Shall I send the contract?"))
P("bait_and_switch_inmail", "de", "Markus Pichler", "Studienleiter | Markenvertrauen Österreich", "Graz",
  ("inm", "Studie Markenvertrauen 2026", "Sehr geehrte/r Alex, wir führen die Studie Markenvertrauen 2026 durch und würden Sie gerne als Expertin bzw. Experte "
          "interviewen (20 Minuten telefonisch). Als Dankeschön erhalten Sie die Kurzfassung der Ergebnisse."),
  ("inm", "Ihre Marke im Markenvertrauens-Ranking", "Sehr geehrte/r Alex, Ihre Marke ist im Ranking vertreten. Die Detailauswertung mit Wettbewerbsvergleich "
          "sowie die Nutzungsrechte am Siegel „Vertrauensmarke 2026“ können Sie ab 7.900 € lizenzieren. Ich rufe Sie gerne an, um die Optionen zu besprechen."),
  ("inm", "Siegel-Lizenz – Frist", "Guten Tag, kurze Erinnerung: die Siegel-Lizenzen werden nur bis Monatsende vergeben. Melden Sie sich gerne."))
P("bait_and_switch_inmail", "it", "Giorgio Santini", "Retail Media Evangelist", "Roma",
  ("inm", "Webinar gratuito: retail media nel largo consumo", "Ciao Alex, giovedì prossimo tengo un webinar gratuito su come misurare l'incrementalità "
          "delle campagne retail media. Niente vendita, solo casi reali. Ti riservo un posto?"),
  ("inm", "Dopo il webinar", "Ciao Alex, spero il webinar ti sia stato utile! Come avrai visto, ShelfPulse fa esattamente questo per i brand del largo consumo. "
          "Posso organizzare una demo con il nostro team commerciale la prossima settimana?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Thomas Girard", "Consultant Social Media & Brand Content", "Nantes",
  ("end",), ("end",),
  ("msg", "Hello Alex ! Je t'ai recommandé pour {skill}, amplement mérité 😉 Tu pourrais me rendre la pareille sur Brand Strategy "
          "et Content Marketing ? Ça m'aiderait vraiment pour mes recherches de missions. Merci !!"))
P("endorse_me_back", "es", "Lucas Benítez", "Digital Marketing Manager | E-commerce | Buenos Aires", "Buenos Aires",
  ("end",),
  ("msg", "Alex, ¿cómo va? Te validé {skill} hace unos días. ¿Me darías una mano validándome Marketing digital y Estrategia de marca? "
          "Estoy postulando a un par de posiciones y suma un montón. ¡Gracias, genio!"))
P("endorse_me_back", "de", "Sabrina Wyss", "Digital Marketing Specialist | E-Commerce", "Bern",
  ("end",),
  ("msg", "Hoi Alex, ich habe Sie für {skill} bestätigt. Wenn Sie mich im Gegenzug für Digital Marketing bestätigen könnten, wäre das mega nett. "
          "Ich bin gerade auf Stellensuche. Liebe Grüsse, Sabrina"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Kayla Monroe", "Content Creator | Beauty & Wellness | 210K | Brand partnerships open", "Los Angeles",
  ("inv", "hey Alex!! obsessed with your new skincare line 😍 would LOVE to create for you, I do UGC + posting packages, rates in my media kit!"),
  ("rem",),
  ("inm", "wow.", "ok so I've reached out THREE times now and nothing. not even a no?? this is exactly the problem with big brands. you love creators when "
                  "it's free exposure but the second we want to get paid for our work we're invisible. honestly I'm thinking of making a video about how brands "
                  "like yours treat small creators. you should do better. 🙃"))
P("hostility_after_decline", "de", "Sandra Hofer", "Senior Account Manager | Mediaagentur", "Linz",
  ("inv", DEFAULT),
  ("inm", "Schade", "Hallo Alex, ich sehe, meine Kontaktanfrage ist immer noch offen. Ist ja auch verständlich, Marketingdirektoren haben natürlich Wichtigeres zu tun, "
                    "als sich mit uns kleinen Agenturleuten abzugeben. Ich wünsche Ihnen trotzdem alles Gute, auch wenn ich mir von jemandem in Ihrer Position "
                    "ehrlich gesagt etwas mehr Stil erwartet hätte. LG Sandra"))
P("hostility_after_decline", "fr", "Philippe Vasseur", "Directeur associé | Agence de marketing d'influence", "Lyon",
  ("inv", "Bonjour Alex, je dirige une agence d'influence qui travaille avec plusieurs marques beauté. Un échange rapide ?"),
  ("rem",),
  ("inm", "Votre silence", "Monsieur, je prends acte de votre absence de réponse. Ignorer un professionnel qui prend le temps de vous écrire en dit long sur "
                           "la culture de votre entreprise. Je ne manquerai pas de le garder en mémoire. Cordialement, P. Vasseur"))
P("hostility_after_decline", "es", "Rodrigo Salinas", "Growth Marketer | Fundador de agencia | Monterrey", "Monterrey",
  ("inv", NONOTE), ("rem",),
  ("inm", "Felicidades", "Alex, felicidades, de verdad. Debe ser increíble ser tan importante que no puedes ni aceptar una invitación de LinkedIn. "
                         "Seguro que tu marca se construye sola y no necesita a nadie. Saludos desde el mundo de los simples mortales 👋"))
P("hostility_after_decline", "it", "Massimo Gatti", "Consulente packaging e design | 25 anni di esperienza", "Torino",
  ("inv", "Buongiorno, mi occupo di restyling del packaging per aziende alimentari. Le propongo un incontro conoscitivo."),
  ("inm", "Una questione di educazione", "Gentile Alex, le ho scritto con garbo e non ho ricevuto alcun riscontro. Ai miei tempi rispondere era una "
                                         "questione di educazione elementare, a prescindere dall'interesse. Mi permetto di farglielo notare, "
                                         "visto che evidentemente nessuno in azienda lo fa. Distinti saluti."))


P("hostility_after_decline", "it", "Giada Ferri", "Content creator | Food & Lifestyle | 95K su Instagram", "Firenze",
  ("inv", "Ciaooo Alex! Adoro i vostri snack, li porto sempre sul set 🥰 Mi piacerebbe tantissimo fare una collab retribuita con voi, ti giro il mio media kit?"),
  ("rem",),
  ("inm", "Davvero deludente", "Alex, ti ho scritto con tutto il cuore e nemmeno una risposta. Sai cosa? È proprio per questo che noi creator parliamo tra di noi "
                                "dei brand che ci trattano come fantasmi. Pensavo foste un'azienda diversa, e invece. Non ti preoccupare, non ti disturbo più 💔"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Gemma Holt", "New Business Director | Loudhouse Creative", "Bristol",
  ("acc",),
  ("msg", "Thanks for accepting, Alex! Loudhouse has just rebranded two challenger drinks brands and I'd love to show you the work. 30 mins next week for a creds session?"),
  ("msg", "Hi Alex, just floating this back to the top. Happy to come to you, coffee's on me."),
  ("msg", "Right. Three messages, zero replies. I get that you're busy, but a 'not now' takes five seconds. It's pretty poor form to connect with people "
          "and then blank them, and it's not a great look for a marketing director who talks about 'human brands' on stage."))
P("hostility_connection", "es", "Andrés Vargas", "CEO | Agencia de Influencer Marketing | Medellín", "Medellín",
  ("msg", "Hola Alex! Gracias por conectar. Tenemos una red de más de 2.000 micro-influencers en Colombia, México y España. "
          "Para marcas como la tuya armamos campañas llave en mano desde 15.000 €. ¿Agendamos una llamada?"),
  ("msg", "Alex, ¿pudiste ver mi mensaje? Te puedo mandar casos de éxito de otras marcas de alimentos."),
  ("msg", "Bueno, veo que no. La verdad es una falta de respeto conectar con la gente y después dejarla en visto. Así no se hacen negocios, Alex. Suerte."))
P("hostility_connection", "it", "Roberta Lanza", "Sales Manager | Sampling e promozioni nella GDO", "Napoli",
  ("msg", "Ciao Alex, grazie del collegamento! Organizziamo sampling e promozioni in punto vendita in 400 supermercati in Italia. Ti va una call per parlarne?"),
  ("msg", "Ok Alex, ho capito l'antifona 🙄 Peccato, pensavo fossi una persona più seria. Evidentemente il titolo di direttore marketing non insegna le buone maniere."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Dominik Brandstätter", "Key Account Manager | ShelfPulse Retail Media DACH", "Salzburg",
  ("msg", "Hallo Alex, schön, dass wir vernetzt sind. Mit ShelfPulse schalten Sie Ihre Kampagnen direkt in den Onlineshops der großen Händler und messen den "
          "Abverkauf in Echtzeit. Darf ich Ihnen das in einer kurzen Demo zeigen?"),
  ("msg", "Hallo Alex, kleiner Nachtrag: Für Neukunden übernehmen wir im ersten Quartal die Setup-Gebühr. Haben Sie nächste Woche 20 Minuten?"),
  ("msg", "Guten Morgen Alex, ich melde mich ein letztes Mal wegen der Demo. Gerne schicke ich vorab ein Case Study einer Getränkemarke."))
P("connection_only_pitches", "fr", "Élodie Fontaine", "Business Developer | AttribuIQ – Marketing Mix Modeling", "Paris",
  ("msg", "Bonjour Alex, merci pour la connexion ! AttribuIQ aide les marques grande conso à savoir quel euro média génère des ventes (MMM en continu). "
          "Seriez-vous disponible pour une démo de 30 minutes ?"),
  ("msg", "Bonjour Alex, je me permets de revenir vers vous. Nous proposons un pilote sur une marque pendant 3 mois, à tarif réduit. Intéressé ?"))
P("connection_only_pitches", "en", "Nathan Cole", "Partner | BrightBox Packaging – sustainable packaging at scale", "Leeds",
  ("msg", "Alex, good to connect. We help FMCG brands move to recyclable mono-material packs without a line change. Can I send over a quote for your snack range?"),
  ("msg", "Hi Alex, following up. We've got a slot in our design studio next month - could do a free mock-up if you commit to a pilot run."),
  ("msg", "Alex, one more try: our Q3 pricing expires on the 30th. Worth a 15-minute call?"))


# =============================================================== single_pitch
P("single_pitch", "it", "Daniele Ruggiero", "Host | podcast «Brand Talk Italia» | Top 10 Marketing su Spotify", "Milano",
  ("msg", "Ciao Alex! Ci piacerebbe averti ospite a Brand Talk Italia. L'episodio sponsorizzato include intervista, 5 clip per i social e un articolo sul "
          "nostro blog: 1.200 € + IVA. Ho ancora due slot a giugno, te ne tengo uno?"))
P("single_pitch", "es", "Daniela Ortiz", "Founder | Estudio UGC | Contenido para marcas", "Lima",
  ("msg", "Hola Alex 👋 gracias por aceptar. Hacemos contenido UGC para marcas de consumo: 10 videos verticales con creadores reales por USD 1.500. "
          "¿Te paso ejemplos y tarifas?"))
P("single_pitch", "de", "Patrick Zangger", "Sales Director | Connected-TV-Werbung Schweiz", "Zürich",
  ("msg", "Grüezi Alex, danke fürs Vernetzen. Wir bringen Markenartikler auf Smart-TVs in 1,8 Mio. Schweizer Haushalten, mit Targeting wie im Digitalen. "
          "Darf ich Ihnen unser Angebot für Q4 zukommen lassen?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Priya Kapoor", "Head of Marketing Effectiveness | Halden Snacks", "London",
  ("msg", "Alex - after our chat at the ISBA session I dug out the deck we used to get our MMM results past the CFO. It's anonymised, feel free to steal "
          "the structure (slide 7 on long-term brand effects is the one that did it). Shout if anything's unclear."),
  ("msg", "Also, the IPA has put the full effectiveness report online for free this year, link's on their site. Worth 20 minutes."))
P("connection_brings_value", "fr", "Aurélie Chevalier", "Déléguée générale | Association des Marques de Grande Consommation", "Paris",
  ("msg", "Bonjour Alex, notre assemblée annuelle a lieu le 3 juin à Paris. Comme l'an dernier, les directeurs marketing des marques adhérentes sont invités "
          "gratuitement, et vous pouvez venir avec une personne de votre équipe. Je vous mets sur la liste ?"))
P("connection_brings_value", "de", "Urs Baumann", "Head of Brand | Calder Home Care Schweiz", "Luzern",
  ("end",),
  ("msg", "Hoi Alex, wie versprochen unser Agentur-Briefing-Template als PDF. Wir haben damit die Pitch-Runden von sechs auf drei Wochen verkürzt. "
          "Gerne auch an Ihr Team weitergeben. Gruss Urs"))


P("connection_brings_value", "es", "Rocío Peña", "Directora de Marketing | Halden Snacks Iberia", "Madrid",
  ("msg", "Hola Alex! Lo que comentamos en el congreso de anunciantes: te paso el estudio de la asociación sobre eficacia de la publicidad exterior, "
          "es gratuito para socios y tú lo eres. Y si quieres, te presento a nuestra responsable de medios, que lleva dos años midiendo DOOH con geolift."),
  ("msg", "Por cierto, ya le escribí a Marta, te contactará esta semana 👍"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Fiona Galloway", "Partner, Consumer Practice | Galloway Executive Search", "London",
  ("inm", "CMO - challenger beverages brand (confidential)", "Dear Alex, I'm retained by a PE-backed challenger beverages business (c. £300m revenue) to find their "
          "first Chief Marketing Officer. Reporting to the CEO, board seat, London-based with 2 days in the office. Your track record in brand relaunches is exactly "
          "what the chair described. Would you be open to a confidential conversation? Happy to share the full brief first."))
P("stranger_inmail_recruiter", "de", "Corinne Frei", "Executive Search | Konsumgüter & Retail", "Zürich",
  ("inm", "CMO-Position bei einem Schweizer Lebensmittelhersteller", "Guten Tag Alex, im Auftrag eines familiengeführten Schweizer Lebensmittelherstellers "
          "suche ich eine/n Chief Marketing Officer (Mitglied der Geschäftsleitung, Standort Bern). Ihr Profil passt sehr gut. Darf ich Ihnen die Unterlagen "
          "vertraulich zukommen lassen? Freundliche Grüsse, Corinne Frei"))
P("stranger_inmail_recruiter", "es", "Martín Acosta", "Talent Acquisition Lead | Orvana Foods LatAm", "Buenos Aires",
  ("inm", "Directora/Director de Marketing Regional – Orvana Foods", "Hola Alex, soy responsable de selección en Orvana Foods. Buscamos Director/a de Marketing "
          "Regional para el Cono Sur, con base en Buenos Aires o Madrid, reportando al VP global. Paquete competitivo y relocation. "
          "¿Te interesaría conversar? Te comparto la descripción del puesto."))


P("stranger_inmail_recruiter", "it", "Tommaso Bruno", "Partner | Executive search Consumer & Retail", "Milano",
  ("inm", "Posizione CMO – gruppo alimentare italiano", "Buongiorno Alex, sto seguendo per un gruppo alimentare italiano (fatturato circa 600 milioni) la ricerca "
          "del nuovo Chief Marketing Officer, a riporto dell'AD e membro del comitato di direzione. Sede Parma, ibrido. Avrebbe 20 minuti per una "
          "chiacchierata riservata? Le anticipo volentieri il profilo per email."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Grégoire Lemaître", "Directeur commercial | Panelix Data – données consommateurs", "Lyon",
  ("inm", "Vos parts de marché en temps réel", "Bonjour Alex, Panelix suit les achats de 40 000 foyers français chaque semaine. Vos concurrents l'utilisent déjà "
          "pour piloter leurs promotions. Puis-je vous proposer une présentation de 30 minutes ?"))
P("stranger_inmail_sales", "it", "Ilaria Caruso", "Account Director | Agenzia di influencer marketing", "Milano",
  ("inm", "Campagna influencer per il lancio estivo", "Ciao Alex, abbiamo visto il lancio della vostra nuova bibita. Con il nostro roster di 150 creator food "
          "possiamo garantirvi 5 milioni di impression in 4 settimane. Ti mando una proposta?"),
  ("inm", "Re: Campagna influencer", "Ciao Alex, ti riscrivo perché i posti per luglio stanno finendo. Ti allego il listino aggiornato?"))
P("stranger_inmail_sales", "en", "Chris Darnell", "Founder | AI creative testing for CPG", "Austin",
  ("inm", "Predict which ad wins before you spend", "Alex, our AI scores your creative against 2M past ads and predicts performance before launch. "
          "Three of the top 10 CPG brands use it. 15 minutes this week?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Chiara Lombardi", "Presidente | Club dei Direttori Marketing del Nord-Est", "Padova",
  ("inv", "Ciao Alex, organizzo gli incontri del Club dei Direttori Marketing del Nord-Est: una colazione al mese, a invito, gratuita, per confrontarsi tra pari. "
          "Il prossimo tema è il rapporto con la GDO. Ci farebbe piacere averti."),
  ("msg", "Grazie per essere venuto! Ti giro le slide del professore sul potere contrattuale delle insegne, come promesso."),
  ("msg", "Ciao Alex, ti scrivo anche per un'altra cosa: con la mia agenzia stiamo lanciando un servizio di trade marketing per i brand del club. "
          "Ti preparo un preventivo per la prossima stagione? Ai soci facciamo un prezzo dedicato."))
P("good_turns_ugly", "en", "Ben Whitaker", "Brand Director | Meridian Drinks", "Dublin",
  ("inv", "Hi Alex, fellow brand director here (Meridian Drinks). We both went through a sugar-tax reformulation - would you be up for swapping notes "
          "on how you handled the packaging messaging? I'll happily share our consumer research in return."),
  ("msg", "Cheers for the call, Alex. As promised, here's our reformulation research summary (n=2,400). Feel free to share with your insights team."),
  ("end",),
  ("msg", "Hey Alex, I've just endorsed you for {skill}. Would you mind endorsing me for Brand Strategy and Digital Marketing? I'm up for a promotion "
          "and the board apparently looks at this stuff. Cheers!"))
P("good_turns_ugly", "de", "Katrin Eder", "Jurymanagerin | Österreichischer Markenpreis", "Wien",
  ("inv", "Hallo Alex, wir suchen für den Österreichischen Markenpreis noch eine Jurorin oder einen Juror aus der Konsumgüterindustrie. "
          "Die Jurytätigkeit ist ehrenamtlich, wir laden Sie zur Jurysitzung und zur Gala ein. Hätten Sie Interesse?"),
  ("msg", "Vielen Dank für Ihre Zusage! Anbei die Unterlagen zur Jurysitzung am 14. Mai und die Bewertungskriterien."),
  ("msg", "Liebe/r Alex, noch eine Idee: Ihre eigene Kampagne hätte beim Markenpreis gute Chancen. Die Einreichgebühr beträgt 1.200 € pro Kategorie, "
          "für Jurymitglieder-Unternehmen gibt es ein Paket mit drei Einreichungen für 3.000 €. Soll ich Ihnen das Formular schicken?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Ximena Torres", "Directora Comercial | Agencia de Medios Digitales", "Ciudad de México",
  ("inm", "Plan de medios 2026", "Hola Alex, somos una agencia de medios independiente con oficinas en CDMX y Madrid. Podemos bajar tu CPM un 25% "
          "frente a tu agencia actual. ¿Me regalas 20 minutos para mostrarte una propuesta?"),
  ("inv", "Hola Alex! Te escribí hace unos meses. Me encantaría que estemos conectados, siempre es bueno conocer a gente del sector 😊"))
P("reinvite_known_bad", "fr", "Loïc Bonnet", "Chef de projet marketing", "Rennes",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, je me permets de renouveler ma demande : j'organise un petit afterwork gratuit entre gens du marketing à Rennes le mois prochain, "
          "vous seriez le bienvenu."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Dylan Harte", "Growth consultant | DTC brands", "Leeds",
  ("inv", "Alex, I help DTC brands scale paid social profitably. Let's connect."),
  ("inm", "Seriously?", "Not even the courtesy of a reply. Says a lot about you and your 'brand-led' nonsense. Enjoy your declining market share."),
  ("inv", "Hi Alex, new year, fresh start! I've moved into a brand role myself and would love to connect and learn from you."))
P("reinvite_known_ugly", "de", "Jana Kofler", "Community Managerin | Marketing Circle Austria", "Innsbruck",
  ("inm", "Einladung: Marketing Circle Austria", "Hallo Alex, ich lade Sie herzlich in den Marketing Circle Austria ein: ein kostenloser Austausch von "
          "Marketingverantwortlichen, einmal im Quartal, ohne Verkauf."),
  ("inm", "Ihr Einstieg in den Circle", "Hallo Alex, schön, dass Sie Interesse haben! Für die volle Mitgliedschaft inkl. Workshops und Agentur-Matching "
          "fällt eine Jahresgebühr von 2.400 € an. Darf ich Ihnen das Anmeldeformular senden?"),
  ("inv", "Hallo Alex, ich würde mich freuen, wenn wir uns vernetzen. Liebe Grüße aus Innsbruck, Jana"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Stéphane Marchand", "Fondateur | agence de social media", "Marseille",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Au passage, si vous cherchez une agence pour reprendre vos réseaux sociaux, on a des disponibilités dès septembre. "
          "Je peux vous envoyer nos tarifs ?"))
P("user_invited_pitch_once", "es", "Paula Medina", "Head of Sales | Plataforma de escucha social", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Aprovecho: nuestra herramienta de social listening mide el sentimiento de marca en tiempo real. "
          "¿Te hago una demo rápida la semana que viene?"))
P("user_invited_pitch_once", "it", "Fabrizio Costa", "Regista e produttore | spot TV e branded content", "Roma",
  ("acc",),
  ("msg", "Grazie Alex per l'invito! Se state pensando al prossimo spot, la nostra casa di produzione ha appena vinto due premi per un brand alimentare. "
          "Posso mandarti il nostro showreel e un preventivo indicativo?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Megan Sinclair", "Partnerships Lead | Creator marketplace", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! We match CPG brands with vetted micro-creators and handle contracts end to end. Can I set up a 20-min call to walk you through it?"),
  ("msg", "Hi Alex, quick nudge - we're running a launch offer for new brands: first campaign management fee waived. Interested?"))
P("user_invited_pitch_twice", "de", "Thomas Huber", "Vertriebsleiter | Marktforschung & Panel", "München",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wir bieten Marken-Trackings mit monatlichen Wellen ab 4.500 € an. Darf ich Ihnen ein Angebot machen?"),
  ("msg", "Hallo Alex, ich wollte noch einmal nachhaken, ob ein Tracking für Ihre Marke interessant wäre. Gerne stelle ich es in 15 Minuten vor."))


P("user_invited_pitch_twice", "fr", "Mathieu Rivière", "Directeur conseil | agence de relations presse lifestyle", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Je dirige une agence RP spécialisée lifestyle et food, on obtient en moyenne 40 retombées presse par lancement. "
          "Je vous envoie une proposition pour votre lancement de rentrée ?"),
  ("msg", "Bonjour Alex, je reviens vers vous avec notre offre lancement : 3 mois de RP + un événement presse pour 12 000 € HT. On en parle 15 minutes ?", (7, 20)))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Beatrice Rinaldi", "Head of Insights | Halden Snacks Italia", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Ti mando come promesso il questionario che abbiamo usato per il test dei nuovi gusti, magari ti serve come base. "
          "E se vuoi confrontarci sui risultati, volentieri."))
P("user_invited_value", "es", "Javier Ortega", "Profesor de Marketing | Universidad de los Andes", "Bogotá",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te comparto el caso que escribimos sobre reposicionamiento de marcas de consumo en Colombia, es de libre acceso. "
          "Si algún día quieres venir a conversar con mis estudiantes de maestría, serías muy bienvenido."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Laura Pemberton", "CMO | Norbridge Beauty", "London", ("acc",))
P("acceptance_only", "fr", "Hélène Duchêne", "Directrice marketing | Maison Tessaly", "Paris", ("acc",))
P("lone_endorsement", "it", "Sara Mariani", "Trade Marketing Manager | Bevande", "Bergamo", ("end",))
P("lone_endorsement", "es", "Núria Serrano", "Brand Manager | Cosmética", "Barcelona", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Tom Reilly", "tom.reilly@example.com", "Shelf Awards jury",
     "Hi Alex,\n\nHannah from The Shelf Awards will probably reach out on LinkedIn about judging. I did it last year, it's a good crowd and no cost.\n\nTom", "en"),
    ("Loudhouse Creative", "newbiz@loudhouse.example", "Alex, a fresh idea for your brand",
     "Hi Alex,\n\nWe found you on LinkedIn and loved your latest campaign. Our creative team has three fresh routes for your brand. Reply to book a creds session.", "en"),
    ("Personalabteilung", "hr@examplebrands.example", "Stelle Senior Brand Manager auf LinkedIn veröffentlicht",
     "Hallo Alex,\n\ndie Stelle Senior Brand Manager ist jetzt auf LinkedIn online. Bewerbungen leiten wir dir jeden Freitag weiter.\n\nViele Grüsse, HR", "de"),
    ("Social Reports", "reports@socialpanel.example", "Rapport hebdomadaire : votre page LinkedIn et Instagram",
     "Bonjour Alex,\n\nVotre page LinkedIn a gagné 312 abonnés cette semaine. Le taux d'engagement sur Instagram est stable.", "fr"),
    ("Camila Duarte Management", "booking@camiladuarte.example", "Media kit Camila Duarte 2026",
     "Hola Alex,\n\nte escribimos de parte de Camila, que te contactó por LinkedIn. Adjuntamos su media kit y tarifas 2026.", "es"),
    ("Osservatorio Largo Consumo", "osservatorio@unipr.example.it", "Questionario budget marketing 2026",
     "Gentile Alex,\n\ncome anticipato su LinkedIn, ecco il link al questionario. I risultati saranno inviati a tutti i partecipanti.", "it"),
    ("Eventos Marca", "info@eventosmarca.example.mx", "Tu pase para el Foro de Marcas 2026",
     "Hola Alex,\n\ntu registro está confirmado. Comparte en LinkedIn que vas a asistir con el hashtag del foro.", "es"),
    ("Markenfunk", "redaktion@markenfunk.example.at", "Aufnahmetermin Markenfunk",
     "Hallo Alex,\n\nwie auf LinkedIn besprochen: Aufnahme am Dienstag um 10 Uhr, Link folgt. Kostet nichts, versprochen.\n\nLisa", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot twentieth development corpus (dev20). Generated by scripts/make_corpus_dev20.py (seed {SEED}); do not edit by hand.",
          "# Alex as marketing director of a consumer-goods brand: agencies, martech and data vendors, influencers, awards, podcasts, brand peers, "
          "trade associations, students, CMO recruiters, market research. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev20", SEED, PEOPLE, FOREIGN, spoofs=8, other=8, header=HEADER)
