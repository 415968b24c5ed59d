#!/usr/bin/env python3
"""Write mailbot's 119th, independent development corpus: tests/corpus/dev119/*.eml + expected.toml.

The angle: the user Alex Morgan founded Mirtò, a small certified-organic skincare brand made in
Barcelona with a second office and warehouse in Milan. Her LinkedIn world: retail buyers and
distributors who want to stock the range (herbalists, pharmacy groups, a department store,
independent perfumeries), packaging, label and ingredient suppliers, contract manufacturers,
influencers, creators and affiliate networks, marketing, PR, SEO and Amazon agencies, investors,
angels and accelerators, trade-fair stand sellers and award organisers who charge for the prize,
regulatory consultants, peer founders of other small brands, cosmetic chemists and university
labs, journalists, job applicants, headhunters, and the ones who turn rude when nobody answers.
People write in the Spanish of Spain (with Catalan and Basque turns), in Italian (formal Lei and
Milanese casual), in English and in some French. LinkedIn's wording is mostly Spanish or Italian,
some English and a little French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert,
news, group and newsletter titles, the names, cities, companies and headlines of spoof-only
people and PYMK suggestions, the pitches and phishing lines that spoofs carry, and the wording
languages of spoofs and of LinkedIn's other mail are swapped for this world in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev119.py              # writes tests/corpus/dev119
    python scripts/make_corpus_dev119.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261119

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the brand's world (this process only)
mc.L["es"]["skills"] = ["Cosmética natural", "Emprendimiento", "Desarrollo de producto", "Marketing de marca", "Comercio electrónico", "Formulación cosmética"]
mc.L["it"]["skills"] = ["Cosmetica naturale", "Imprenditorialità", "Sviluppo prodotto", "Brand management", "E-commerce", "Retail"]
mc.L["en"]["skills"] = ["Natural Cosmetics", "Entrepreneurship", "Product Development", "Brand Strategy", "E-commerce", "Retail Distribution"]
mc.L["fr"]["skills"] = ["Cosmétique naturelle", "Entrepreneuriat", "Développement produit", "Stratégie de marque", "E-commerce"]
mc.L["es"]["rheadline"] = "Fundadora y CEO de Mirtò Cosmética Natural | Barcelona · Milán"
mc.L["it"]["rheadline"] = "Fondatrice e CEO di Mirtò Cosmetica Naturale | Barcellona · Milano"
mc.L["en"]["rheadline"] = "Founder & CEO at Mirtò Organic Skincare | Barcelona · Milan"
mc.L["fr"]["rheadline"] = "Fondatrice et CEO de Mirtò Cosmétique naturelle | Barcelone · Milan"
# Alex reads LinkedIn in Spanish or Italian, now and then in English: spoofs and LinkedIn's other mail use those.
mc.LANGS[:] = ["es", "it", "en", "es", "it"]

mc.NAMES["es"] = (["Jordi", "Montse", "Pau", "Laia", "Xavier", "Rocío", "Carlos", "Maite", "Iván", "Ainhoa", "Guillem", "Sonia"],
                  ["Puig", "Vidal", "Soler", "Casals", "Roca", "Batlle", "Ortiz", "Navarro", "Gallego", "Prats", "Mas", "Serrano"])
mc.NAMES["it"] = (["Federico", "Silvia", "Gianmarco", "Noemi", "Stefania", "Ludovica", "Pietro", "Camilla", "Emanuele", "Irene"],
                  ["Brambilla", "Colombo", "Sironi", "Galbiati", "Cattaneo", "Villa", "Pozzi", "Fumagalli", "Longoni", "Mauri"])
mc.NAMES["en"] = (["Hollie", "Jake", "Priyanka", "Tom", "Naomi", "Euan", "Freya", "Dev"],
                  ["Ashdown", "Mercer", "Kapoor", "Lyle", "Okonjo", "Fairbairn", "Quinn", "Sharma"])
mc.CITY["es"] = ["Barcelona", "Madrid", "Valencia", "Sabadell", "Girona", "Sevilla", "Bilbao"]
mc.CITY["it"] = ["Milano", "Monza", "Bergamo", "Torino", "Bologna", "Firenze", "Como"]
mc.CITY["en"] = ["London", "Manchester", "Dublin", "Amsterdam", "Bristol", "New York"]
mc.CITY["fr"] = ["Paris", "Lyon", "Grasse", "Marseille", "Bordeaux", "Genève"]
mc.COMPANIES["good"] = ["Herbolari Ribes", "Farmacia Brera", "Beauty Cluster Barcelona", "Universitat de Barcelona", "Profumeria Sironi",
                        "Verde Botánica", "Laboratorios Estela", "Bottega delle Erbe"]
mc.COMPANIES["sales"] = ["PackLuxe", "GlowReach", "MarketBoost EU", "EcoLabel Express", "LeadNova", "Green Beauty Expo", "FactorPlus",
                         "ShelfUp Agency", "Stampa&Etichetta"]
mc.HEADLINES["good"] = ["Compradora de cosmética en {co}", "Buyer beauty & wellness presso {co}", "Fundadora de {co}", "Responsable de I+D en {co}",
                        "Farmacista titolare | {co}", "Head of Category – Skincare at {co}", "Cosmetic chemist | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Business Developer en {co}", "Growth Partner @ {co}", "Responsable comercial en {co}",
                         "Sales Manager presso {co}", "Founder & CEO | {co}"]
mc.JOBS[:] = [("Responsable de Marketing Digital – Cosmética natural", "Verde Botánica"), ("Brand Manager Skincare", "Profumeria Sironi"),
              ("E-commerce Manager (Beauty)", "Herbolari Ribes"), ("Head of Sales Italia – Cosmesi bio", "Bottega delle Erbe"),
              ("Regulatory Affairs Specialist – Cosmetics", "Laboratorios Estela")]
retitle_other({
    "es": dict(job=("{n} empleos nuevos para «marketing cosmética»", "Tu alerta de empleo para marketing cosmética en {city}"),
               news="¿Se está desinflando la cosmética «clean»?",
               group="Conversaciones destacadas en Emprendedoras de la Cosmética Natural",
               newsletter="Notas de laboratorio: lo que cambia con la nueva lista de alérgenos de la UE"),
    "it": dict(job=("{n} nuove offerte per \"brand manager cosmetica\"", "La tua segnalazione di offerte per brand manager cosmetica a {city}"),
               news="La skincare coreana sta rubando quote alla cosmesi bio?",
               group="Conversazioni principali in Cosmesi Naturale & Bio Italia",
               newsletter="Beauty Retail Italia: come si tratta con le catene di profumerie"),
    "en": dict(job=("{n} new jobs for \"beauty brand manager\"", "Your job alert for beauty brand manager in {city}"),
               news="Why indie beauty brands are pulling out of Amazon",
               group="Top conversations in Indie Beauty Founders Europe",
               newsletter="The Formulator's Bench: preservatives without the scaremongering"),
    "fr": dict(job=("{n} nouvelles offres pour « chef de produit cosmétique »", "Votre alerte emploi pour chef de produit cosmétique à {city}"),
               news="La cosmétique solide a-t-elle déjà atteint son plafond ?",
               group="Discussions à la une dans Marques de cosmétique indépendantes",
               newsletter="Carnet de formulation : les conservateurs sans la peur"),
})

SPOOF_PITCH = {
    "es": ["Hola {first}, te he enviado el pedido de reposición de nuestras tiendas a través de LinkedIn Documentos. Inicia sesión para descargarlo y confirmar los precios.",
           "Hola {first}, tu notificación en el portal CPNP ha sido rechazada por un error de etiquetado. Revisa el expediente aquí antes de 48 horas.",
           "Estimada {first}, consta una factura pendiente de tu stand en la feria. Actualiza los datos bancarios hoy para evitar la cancelación del espacio."],
    "it": ["Ciao {first}, ti ho condiviso l'ordine per le profumerie del gruppo tramite LinkedIn Documenti: accedi per visualizzarlo.",
           "Gentile {first}, il suo account venditore è stato sospeso per una segnalazione su un prodotto. Acceda per presentare ricorso entro 24 ore.",
           "Buongiorno {first}, le giro la fattura proforma dei flaconi, da saldare oggi stesso sul nuovo IBAN che trova nel link."],
    "en": ["Hi {first}, I've shared our purchase order for the spring range with you through secure file share. Sign in to view it.",
           "Dear {first}, your brand was shortlisted for the Clean Beauty Awards. Confirm your entry and settle the listing fee here.",
           "Hello {first}, a customer has filed a safety complaint about one of your products. Log in to respond within 24 hours."],
    "fr": ["Bonjour {first}, je vous ai transmis notre bon de commande via LinkedIn Documents. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre dossier DIP comporte une anomalie bloquante. Merci de vous connecter pour la corriger sous 48 heures."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.PHISH_NOTES["es"] = ["Hola, adjunto la propuesta de distribución para Cataluña. Confirma la recepción en el enlace seguro, por favor.",
                        "Buenas, te he compartido las fotos del producto dañado en el transporte. Inicia sesión para verlas."]
mc.PHISH_NOTES["it"] = ["Buongiorno, in allegato il contratto di distribuzione aggiornato. Confermi la ricezione dal link sicuro.",
                        "Ciao, ti ho mandato il report del controllo qualità sul lotto 24B, accedi per aprirlo."]
mc.PHISH_NOTES["en"] = ["Hello, please review the attached distribution agreement and confirm receipt through the secure portal.",
                        "Hi, I sent you the lab test results for batch 24B through LinkedIn Documents, log in to view them."]
mc.PHISH_NOTES["fr"] = ["Bonjour, merci de consulter l'accord de distribution ci-joint et de confirmer via le lien sécurisé."]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Montserrat Vilaró", "Compradora de cosmética e higiene | Herbolari Ribes (12 tiendas)", "Barcelona",
  ("inv", "Hola Alex, probé vuestro sérum de rosa mosqueta en BioCultura y desde entonces varias clientas me lo piden. Llevo las compras de cosmética "
          "de nuestras 12 tiendas: ¿me pasas condiciones para tienda y me dices si tenéis distribuidor en Cataluña?"),
  ("rem",))
P("good_invitation", "it", "Ilaria Pezzoli", "Farmacista titolare | Farmacia Pezzoli, Bergamo", "Bergamo",
  ("inv", "Buongiorno Alex, ci siamo parlate al Cosmoprof davanti al vostro stand. Come le dicevo, con altre quattro farmacie della bergamasca facciamo "
          "un ordine unico sulle linee bio e vorrei inserirvi nel prossimo giro. Ci sentiamo?"))
P("good_invitation", "en", "Farah Qureshi", "PhD, cosmetic science | Lecturer, London College of Fashion", "London",
  ("inv", "Hi Alex - I run a free evening session for indie beauty founders on the EU's expanded fragrance allergen list. Next month, online, just Q&A with "
          "a safety assessor, nothing to buy. Might save you a headache when you reprint labels. Shall I send the link?"),
  ("rem",))
P("good_invitation", "es", "Nerea Olabarria", "Fundadora de Itsasbela – jabones y champús sólidos", "Donostia",
  ("inv", "Kaixo Alex! Somos otra marca pequeña, de cosmética sólida. Estamos pasando de maquilador a fabricar nosotras y vi que vosotros lo hicisteis. "
          "¿Te puedo hacer un par de preguntas sobre la certificación COSMOS? Si pasas por Donosti el café corre de mi cuenta"))
P("good_invitation", "it", "Martina Degli Esposti", "Laureata in CTF | Tesi sui sistemi conservanti naturali", "Bologna",
  ("inv", "Buonasera, ho visto che cercate una persona per il laboratorio di Milano. Mi sono laureata a marzo in CTF con una tesi sui conservanti "
          "per formule senza parabeni e ho fatto 6 mesi di tirocinio da un terzista di Lodi. Posso mandarle il CV?"))
P("good_invitation", "fr", "Camille Rostand", "Associée | Verdane Capital – biens de consommation", "Paris",
  ("inv", "Bonjour Alex, Julien Marty, acheteur chez un réseau de magasins bio, m'a parlé de Mirtò au salon. Il cherche des marques espagnoles et "
          "italiennes et m'a demandé de faire le lien. Si vous acceptez, je vous mets en copie d'un mail avec lui."))


# =============================================================== default_invitation
P("default_invitation", "es", "Raúl Benítez", "Distribuidor | Parafarmacia y cosmética", "Málaga", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Gianluca Ferri", "Key account GDO | Beauty & personal care", "Torino", ("inv", NONOTE))
P("default_invitation", "en", "Becky Sutton", "Influencer Marketing Manager | Beauty & Lifestyle", "Manchester", ("inv", DEFAULT))
P("default_invitation", "fr", "Aurélien Bastide", "Commercial | Flaconnage verre et pompes airless", "Lyon", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Sergi Montané", "Key Account Manager | PackLuxe – envases sostenibles", "Sabadell",
  ("inv", "Hola Alex, en PackLuxe fabricamos tarros de vidrio ámbar y tapas de bambú con pedido mínimo desde 3.000 uds. Varias marcas naturales "
          "ya han dejado su proveedor chino por nosotros. ¿Te preparo presupuesto para la gama facial?"))
P("sales_invitation", "it", "Davide Sala", "Growth Partner @ GlowReach | Influencer marketing beauty", "Milano",
  ("inv", "Ciao Alex! Abbiamo 1.200 micro-influencer beauty tra Italia e Spagna, campagne chiavi in mano da 2.500 € con report vendite. "
          "15 minuti per farti vedere i numeri di brand simili a Mirtò?"))
P("sales_invitation", "en", "Kieran Walsh", "EU Marketplace Strategist | MarketBoost EU", "Dublin",
  ("inv", "Alex, noticed Mirtò isn't on Amazon ES or IT yet. We launch clean beauty brands on 7 EU marketplaces in 60 days, PPC managed, "
          "retainer plus performance fee. Worth a quick chat?"),
  ("rem",))
P("sales_invitation", "es", "Lorena Cuesta", "Comercial | Green Beauty Expo Madrid", "Madrid",
  ("inv", "Buenos días Alex, quedan 4 stands en el pabellón Green Beauty de la próxima edición. Para marcas emergentes el módulo de 9 m² sale "
          "a 2.900 €. Si te cuadra te reservo uno antes de que se publique el plano."))
P("sales_invitation", "fr", "Grégory Lamarque", "Consultant réglementaire | DIP, évaluation de sécurité, CPNP", "Grasse",
  ("inv", "Bonjour Alex, votre gamme arrive en France ? On monte DIP, rapport de sécurité et notification CPNP en 10 jours ouvrés, forfait "
          "1 450 € HT par référence. Je vous envoie la grille tarifaire ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Jaume Riera", "Fundador | Club de Fundadores Beauty BCN", "Barcelona",
  ("inv", "Alex, estoy juntando a un grupo pequeño de fundadores de marcas de cosmética de Barcelona para vernos una vez al mes, compartir "
          "proveedores y contarnos lo que no se cuenta en los eventos. Sin cuotas ni rollos. ¿Te apuntas?"),
  ("msg", "¡Gracias por aceptar, Alex! Te cuento: aparte del grupo, acompaño a marcas como la tuya a prepararse para levantar ronda. Son 8 semanas, "
          "pitch deck y data room incluidos, 3.500 € + IVA. Esta semana tengo hueco para una llamada, ¿martes o jueves?", (3, 10)),
  ("msg", "Alex, te recuerdo lo del programa: cierro plazas el día 15 y me queda una. Si te va mejor lo fraccionamos en tres pagos.", (7, 20)))
P("bait_and_switch_invitation", "it", "Chiara Bonomi", "Community manager | Donne della Cosmesi Bio", "Monza",
  ("inv", "Ciao Alex, stiamo mettendo su una community di imprenditrici della cosmesi bio in Lombardia: un gruppo WhatsApp, un aperitivo al mese, "
          "tante domande e risposte tra di noi. Ci farebbe piacere averti dentro!"),
  ("msg", "Che bello averti tra i contatti! Ti giro la proposta che facciamo ai brand della community: pacchetto visibilità con articolo sul blog, "
          "3 post sponsorizzati e un tavolo al mercatino di Natale, 890 € + IVA. Ti mando il modulo di adesione?", (5, 15)))
P("bait_and_switch_invitation", "en", "Marcus Feeney", "Packaging engineer | ex-L'Oréal", "Amsterdam",
  ("inv", "Hi Alex, question from one packaging nerd to another: how did you get PCR PET to pass stability with your oil serums? We keep seeing "
          "panelling after 8 weeks at 40°C. Any pointers much appreciated."),
  ("msg", "Thanks for accepting! Turns out we cracked it with a new resin supplier, which I now represent in Southern Europe. Could I send you "
          "samples and a price sheet for your 30 and 50 ml bottles? MOQ is only 5k units.", (2, 10)))
P("bait_and_switch_invitation", "es", "Hélène Garcin", "Consultante réglementaire cosmétique | Allégations & étiquetage", "Grasse",
  ("inv", "Bonjour Alex, j'ai rédigé un petit guide gratuit (en espagnol et en français) sur les allégations « naturel » et « bio » depuis les "
          "nouvelles règles européennes. Je vous l'envoie volontiers si on se connecte."),
  ("msg", "Merci pour la connexion ! Suite au guide : beaucoup de marques découvrent que leurs étiquettes ne passent plus. Je propose un audit "
          "complet de vos allégations et de vos DIP, 690 € par produit ou forfait gamme. On cale 20 minutes cette semaine ?", (4, 14)),
  nl="fr")
P("bait_and_switch_invitation", "it", "Riccardo Fumagalli", "Business angel | Mentor per startup consumer", "Milano",
  ("inv", "Buongiorno Alex, seguo da un po' Mirtò. Faccio da mentor, gratis, a qualche founder del beauty: se ti serve un confronto su prezzi "
          "o distribuzione in Italia, volentieri. Nessun impegno."),
  ("msg", "Grazie del collegamento. Per trasparenza: il mentoring avviene dentro il nostro acceleratore, che prevede una quota di 6.000 € "
          "più il 3% di equity. Ti mando la presentazione?", (3, 12)),
  ("msg", "Alex, sei riuscita a guardare la presentazione? La call di ottobre si chiude venerdì e mi dispiacerebbe lasciarti fuori.", (6, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Álvaro Quintanilla", "Periodista freelance | Belleza y sostenibilidad", "Madrid",
  ("inm", "Reportaje sobre cosmética natural hecha en España", "Hola Alex, estoy preparando un reportaje sobre marcas de cosmética natural "
          "hechas aquí para una revista de tendencias y me encantaría incluir a Mirtò. ¿Te puedo mandar unas preguntas por email esta semana?"),
  ("inm", "Tu marca en el reportaje", "¡Gracias por las respuestas, están genial! Para asegurar que salgáis con foto de producto y enlace, "
          "la revista trabaja con formato de contenido patrocinado: 1.200 € la página. Si me lo confirmas antes del viernes os mantengo en el "
          "número de primavera.", (5, 15)))
P("bait_and_switch_inmail", "it", "Sabrina Colnaghi", "Talent scout | Startup Beauty Awards", "Milano",
  ("inm", "Mirtò tra i finalisti", "Gentile Alex, il comitato ha selezionato Mirtò tra i 30 brand emergenti premiati nell'edizione di quest'anno. "
          "Le chiedo solo di confermarmi ragione sociale e referente."),
  ("inm", "Prossimi passi – Awards", "Grazie per la conferma! La partecipazione alla serata di premiazione e l'uso del logo «Winner» prevedono "
          "una quota di 1.750 € + IVA. Le allego il contratto da restituire firmato entro lunedì.", (4, 12)))
P("bait_and_switch_inmail", "en", "Jasmine Okafor", "Lifestyle creator | 240k on TikTok", "London",
  ("inm", "obsessed with your rosehip serum", "Hey Alex! Picked up your rosehip serum in a little shop in Barcelona and honestly my skin has never "
          "looked this good. Just wanted to say it, you've got a fan 💛"),
  ("inm", "collab?", "So glad you replied!! Here's my media kit: one TikTok + 3 stories is £1,800, usage rights extra. Happy to knock 10% off "
          "if we lock it in this month x", (3, 10)))
P("bait_and_switch_inmail", "fr", "Bertrand Oury", "Pharmacien | Lyon 6e", "Lyon",
  ("inm", "Question sur votre certification", "Bonjour, je suis pharmacien à Lyon et j'essaie de comprendre comment une petite marque vit la "
          "certification bio au quotidien (audits, surcoût des matières). Auriez-vous cinq minutes pour me raconter votre expérience ?"),
  ("inm", "Suite à votre réponse", "Merci beaucoup pour ce retour très complet. En fait je développe aussi une plateforme de mise en relation "
          "entre marques et officines : l'abonnement est à 249 € par mois et donne accès à 800 pharmacies. Je vous montre ça jeudi ?", (4, 14)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Carla Mestres", "Maquilladora y formadora | Maquillaje natural", "Girona",
  ("end",), ("end",),
  ("msg", "Holaaa Alex! Te he validado {skill} y un par más, que te lo mereces 💚 Una cosita: estoy poniendo el perfil al día para dar "
          "formaciones en escuelas de estética, ¿me validarías Maquillaje y Formación? Un besazo"))
P("endorse_me_back", "it", "Lorenzo Pagani", "Agente di commercio | Profumerie ed erboristerie Nord Italia", "Brescia",
  ("end",),
  ("msg", "Buongiorno Alex, le ho confermato {skill}. Se non le dispiace, mi farebbe comodo una conferma su Vendita al dettaglio e "
          "Negoziazione: sto cercando nuovi mandati e i profili con più conferme pesano. La ringrazio!"))
P("endorse_me_back", "en", "Ollie Bramwell", "Growth marketer | DTC beauty", "Bristol",
  ("end",), ("end",),
  ("msg", "alex! endorsed you for {skill} + a couple more. mind doing the same for me on paid social and shopify? recruiter season 🙃 ta"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Iván Carrasco", "CEO | LeadNova – captación B2B para marcas", "Valencia",
  ("inv", "Alex, conseguimos a marcas de cosmética 20 reuniones al mes con farmacias y herbolarios. ¿Hablamos 10 min?"),
  ("rem",),
  ("inm", "Sin respuesta", "Ya veo que no contestas. Luego las marcas pequeñas os quejáis de que no vendéis. Con esa actitud Mirtò dura dos "
          "telediarios. Suerte."))
P("hostility_after_decline", "it", "Marco Lissoni", "Fotografo still life | Cosmetica e profumeria", "Milano",
  ("inv", "Ciao Alex, lavoro con diversi brand beauty per still life e packshot. Mi farebbe piacere restare in contatto per collaborazioni future."),
  ("inm", "Peccato", "Vedo che hai ignorato il mio invito. Sinceramente da una che fa cosmetica «etica» mi aspettavo un minimo di educazione. "
          "Ma tanto siete tutti uguali: foto carine e zero rispetto per chi lavora."))
P("hostility_after_decline", "en", "Graham Pettit", "Investor | Consumer brands", "London",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Noted", "I sent you a connection request three weeks ago. I back consumer brands and would have been a useful person to know. "
          "Ignoring people is a poor way to run a company that will need investors. I won't be looking at Mirtò again."))
P("hostility_after_decline", "fr", "Nathalie Vérany", "Agent commercial | Parfumeries indépendantes du Sud-Est", "Nice",
  ("inv", "Bonjour Alex, je représente des marques naturelles auprès des parfumeries du Sud-Est et votre gamme m'intéresse pour ma carte. Échangeons ?"),
  ("inm", "Sans réponse", "Madame, je constate que vous ne prenez même pas la peine de répondre. Je vous proposais d'ouvrir 40 points de vente. "
          "Ce manque de savoir-vivre en dit long sur votre marque. Bonne continuation."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Borja Salcedo", "Director comercial | FactorPlus – financiación de circulante", "Madrid",
  ("msg", "Alex, ¿cómo lleváis los pagos a 90 días de las cadenas? En FactorPlus adelantamos tus facturas en 24 h con un coste desde el 1,2 %. "
          "¿Te paso una simulación con tus cifras?"),
  ("msg", "Te escribí hace dos semanas y ni un «no me interesa». Así va el emprendimiento en este país: mucho postureo en LinkedIn y cero "
          "profesionalidad. No te molesto más.", (10, 20)))
P("hostility_connection", "it", "Elena Rota", "Consulente export | Beauty in Corea e Giappone", "Bergamo",
  ("acc",),
  ("msg", "Grazie per avermi aggiunta, Alex! Come accennato al Cosmoprof, accompagno i brand in Corea e Giappone: registrazione prodotti, "
          "distributore e fiera. Il pacchetto d'ingresso parte da 7.500 €. Quando ci sentiamo?"),
  ("msg", "Alex, mi hai invitata tu a collegarci e poi sparisci appena ti faccio una proposta seria. Non è un comportamento professionale, "
          "te lo dico chiaro. Trovati pure qualcun altro.", (8, 20)))
P("hostility_connection", "en", "Darren Whitlock", "Founder | ShelfUp Agency – retail placement", "Leeds",
  ("msg", "Hi Alex, we get indie beauty brands listed in Boots and Holland & Barrett. Fee is £4k plus 5% of first-year listings. Interested?"),
  ("msg", "Bumping this, Alex - there's a range review window in March and slots go fast."),
  ("msg", "Wow. Seen and ignored twice. Honestly this is why so many 'founders' fail - you think you're too good to talk to people who could "
          "actually help. Good luck, you'll need it."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Simone Brivio", "Account manager | Stampa&Etichetta – etichette per cosmetica", "Monza",
  ("msg", "Ciao Alex, questo mese abbiamo la promo sulle etichette in carta d'erba con stampa a caldo: -15% sopra le 10.000 copie. "
          "Ti faccio un preventivo per la linea viso?"),
  ("msg", "Ciao Alex, ti ricordo la promo, scade venerdì. Se vuoi ti preparo un'offerta anche per i cofanetti di Natale."))
P("connection_only_pitches", "es", "Patricia Lloret", "Consultora SEO y Shopify para marcas de belleza", "Valencia",
  ("msg", "Hola Alex! He mirado la web de Mirtò y hay tres cosas que te están frenando las ventas (velocidad, fichas de producto y reseñas). "
          "Te hago una auditoría completa por 390 €, ¿te interesa?"),
  ("msg", "Alex, esta semana abro hueco para 2 auditorías con un 20% de descuento. ¿Te reservo una?"),
  ("msg", "Último mensaje, prometido 😊 ¿Te mando el caso de una marca de jabones que duplicó la conversión con nosotros?"))
P("connection_only_pitches", "en", "Hannah Prescott", "Partnerships | EcoLabel Express – certification made easy", "Amsterdam",
  ("msg", "Hi Alex, getting COSMOS or Vegan Society certified can drag on for a year. We get brands through in 12 weeks with a done-for-you "
          "dossier, from €2,400. Open to a call?"),
  ("msg", "Hi again Alex, for Q1 we're bundling COSMOS plus Leaping Bunny prep at €3,900. Shall I send over the scope?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Eduard Bosch", "Gestor de patrimonios | Banca privada", "Barcelona",
  ("msg", "Hola Alex, enhorabuena por cómo está creciendo Mirtò. Muchos fundadores no tienen tiempo de ocuparse de su patrimonio personal; "
          "si te parece, en un café te explico cómo lo organizamos para otros emprendedores del sector. Sin compromiso."))
P("single_pitch", "it", "Valentina Origgi", "Digital agency | E-commerce per brand beauty", "Como",
  ("msg", "Ciao Alex, ho visto che il vostro shop gira ancora su un tema standard. Realizziamo e-commerce su misura per brand cosmetici, "
          "anche con il configuratore di routine skincare. Posso mandarti qualche lavoro e un preventivo di massima?"))
P("single_pitch", "en", "Louis Perret", "Courtier en assurances | RC produits cosmétiques", "Genève",
  ("msg", "Bonjour Alex, une question : votre RC produits couvre-t-elle les réactions allergiques dans tous les pays où vous vendez ? "
          "Je peux vous faire un devis comparatif gratuit en 48 h."),
  nl="fr")


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Anna Roig", "Responsable de I+D | Laboratorios Estela (fabricación a terceros)", "Terrassa",
  ("msg", "Alex, te paso el informe de estabilidad del lote 2 del bálsamo: todo dentro de especificación salvo la viscosidad a 45 °C, que sube "
          "un poco. No es grave, pero si quieres lo vemos el lunes con la química antes de aprobar la producción."),
  ("msg", "Por cierto, el jueves el clúster hace una jornada gratuita sobre la restricción de microplásticos. Yo voy; si te animas te guardo sitio.", (2, 8)))
P("connection_brings_value", "it", "Paolo Cerri", "Buyer beauty | Grandi magazzini, Milano", "Milano",
  ("end",),
  ("msg", "Ciao Alex, ti anticipo che in primavera apriamo un corner clean beauty al piano terra e ho fatto il vostro nome al category. "
          "Ci serve una scheda con prezzi, margini e disponibilità entro fine mese: te la mando io vuota da compilare."))
P("connection_brings_value", "en", "Sofia Lindgren", "Partner | Nordic Green Ventures", "Stockholm",
  ("msg", "Alex, following our chat in Milan: we don't lead rounds this early, but I mentioned Mirtò to two angels in our network who know beauty. "
          "One of them, Karin, will email you this week. I've also attached the data-room checklist we give our own founders, use it freely."))
P("connection_brings_value", "fr", "Lucie Fabre", "Fondatrice | Savonnerie du Luberon", "Apt",
  ("msg", "Coucou Alex, comme promis voilà le contact de notre transporteur pour l'Italie : il fait des palettes groupées pour les petites marques, "
          "c'est bien moins cher que ce qu'on payait avant. Dis-lui que tu viens de ma part !"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Rebecca Thornbury", "Executive Search – Consumer & Beauty | Hawthorn Partners", "London",
  ("inm", "General Manager, Southern Europe – natural skincare group", "Hello Alex, I'm retained by a B Corp skincare group (around €120m "
          "revenue) to appoint a General Manager for Spain and Italy, based in Barcelona or Milan. Building a certified organic brand across both "
          "markets is exactly what the board described. Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "it", "Stefano Moroni", "Head hunter | Beauty & Luxury", "Milano",
  ("inm", "Direttore Marketing – cosmesi naturale, Milano", "Buongiorno Alex, seguo per un gruppo cosmetico italiano la ricerca di un Direttore "
          "Marketing con esperienza diretta su brand bio. Sede Milano, RAL 110-130k più bonus. So che ha la sua azienda, ma se le venisse in mente "
          "qualcuno della sua rete, anche solo un nome, mi sarebbe prezioso."))
P("stranger_inmail_recruiter", "es", "Lucía Fernández-Arroyo", "Talent Partner | Fondo de inversión consumer", "Madrid",
  ("inm", "Consejera independiente – marca de cuidado capilar", "Hola Alex, desde el área de talento de un fondo con participadas en cosmética "
          "buscamos una consejera independiente para una marca de cuidado capilar: cuatro reuniones al año, remunerado. Tu nombre salió en varias "
          "conversaciones. ¿Te apetece que hablemos?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Fabio Cremonesi", "Business developer | Laboratorio conto terzi COSMOS", "Lodi",
  ("inm", "Produzione conto terzi da 500 pezzi", "Gentile Alex, siamo un laboratorio conto terzi certificato COSMOS con lotti minimi da 500 pezzi. "
          "Se sta valutando un secondo fornitore in Italia le mando listino e campionatura. Le andrebbe una visita in laboratorio?"))
P("stranger_inmail_sales", "es", "Rubén Aranda", "Sales Development | Tiendy – TPV para retail", "Madrid",
  ("inm", "Tus ventas en ferias", "Hola Alex, ¿vendes también en ferias y pop-ups? Tiendy sincroniza el stock de la tienda online con el TPV "
          "en tiempo real. Te regalo el primer mes si hacemos una demo esta semana."),
  ("inm", "¿Lo viste?", "Alex, te escribo otra vez por si se perdió el mensaje. Lo del mes gratis acaba el 30, ¿te va bien el miércoles a las 11?", (5, 12)))
P("stranger_inmail_sales", "en", "Chloe Marsden", "Account Executive | ShelfSight retail data", "London",
  ("inm", "Sell-out data for indie beauty", "Hi Alex, we track sell-out data from 3,000 pharmacies across Spain and Italy. Brands your size use it "
          "to negotiate listings. Plans start at €490/month. Could I show you in a 20-minute demo?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Marina Solà", "Organizadora | Beauty Makers Meetup BCN", "Barcelona",
  ("inv", "Hola Alex, organizo un meetup gratuito para gente que crea marcas de cosmética en Barcelona; el próximo va de costes de envase. "
          "Me encantaría que vinieras, y si te apetece contar cómo hicisteis el cambio a vidrio, mejor aún."),
  ("msg", "¡Gracias por venir y por la charla! Te paso las diapositivas de todos los ponentes y la lista de proveedores que salió en el debate."),
  ("msg", "Alex, otra cosa: he empezado a ofrecer consultoría de marca para marcas que quieren escalar. Como ya nos conocemos te hago precio, "
          "1.800 € el diagnóstico completo. ¿Te lo preparo?", (10, 30)))
P("good_turns_ugly", "it", "Giorgio Bellandi", "Chimico cosmetologo | Consulente formulazioni", "Parma",
  ("inv", "Ciao Alex, sono un chimico cosmetologo e tengo una serie di webinar gratuiti sui conservanti naturali per i piccoli brand. "
          "Se vuoi ti aggiungo alla lista, il prossimo è giovedì."),
  ("msg", "Ecco la registrazione del webinar e le slide, come promesso. C'è anche la tabella dei challenge test che avevi chiesto."),
  ("end",),
  ("msg", "Ciao Alex, ti ho confermato {skill}. Mi ricambieresti con Formulazione cosmetica e Affari regolatori? Sto rilanciando la consulenza "
          "e mi serve un po' di credibilità sul profilo."))
P("good_turns_ugly", "en", "Priya Raman", "Sustainability lead | ex-Unilever | Beauty packaging", "London",
  ("inv", "Hi Alex, I'm putting together a free, open spreadsheet comparing refill systems for cosmetics (costs, MOQs, suppliers) with input "
          "from a dozen indie brands. Would love your numbers, and everyone who contributes gets the full file."),
  ("msg", "Here's the full comparison as promised. 14 brands took part and your glass figures were really useful, thank you."),
  ("msg", "Hi Alex, hope the file helped! I've just joined RefillCo as Head of Partnerships and, going by your numbers, we could cut your refill "
          "cost by about 30%. Could we book a call to walk through a proposal?", (10, 25)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Hugo Prieto", "Director comercial | Expositores PLV para farmacia", "Zaragoza",
  ("inv", "Hola Alex, fabricamos expositores de cartón y madera para punto de venta, ideales para farmacia y herbolario. ¿Te mando catálogo y precios?"),
  ("inv", "Alex, coincidimos en Natural Products en Madrid, en la charla de packaging. Me gustaría seguir en contacto."))
P("reinvite_known_bad", "it", "Roberta Caimi", "Consulente finanza agevolata | Bandi per PMI", "Milano",
  ("inm", "Contributi per la sua azienda", "Buongiorno Alex, la sua azienda potrebbe accedere a contributi a fondo perduto fino al 50% per "
          "macchinari e certificazioni. Lavoriamo a success fee del 12%. Fissiamo una call conoscitiva?"),
  ("inv", "Ciao Alex, ho letto il tuo post sul passaggio al vetro riciclato, molto interessante. Mi piacerebbe restare in contatto."))
P("reinvite_known_bad", "en", "Toby Ainsworth", "Brand consultant | Beauty & wellness", "Bristol",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we were on the same sustainability panel at in-cosmetics - would be good to stay in touch."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Óscar Llamas", "Especialista Google Ads | Ecommerce de belleza", "Sevilla",
  ("inv", "Hola Alex, llevo campañas de Google Ads para tiendas online de belleza. ¿Te interesa mejorar tu ROAS?"),
  ("inm", "Vaya", "Ni contestar. Con ese nivel de educación no me extraña que la tienda online os vaya como os va. Que os vaya bonito."),
  ("inv", "Hola Alex, empecemos de cero, ¿no? Me gustaría conectar con fundadoras del sector."))
P("reinvite_known_ugly", "it", "Massimo Zanetti", "Fondatore | Erbe di Valpolicella", "Verona",
  ("inm", "Domanda da un collega", "Ciao Alex, anch'io ho un piccolo marchio di cosmetici a Verona e volevo chiederti come hai gestito la "
          "notifica CPNP da sola. Mi daresti due dritte?"),
  ("inm", "Una proposta", "Grazie mille dei consigli! A proposito: oltre al marchio ho una società di servizi e-commerce e posso gestirti "
          "logistica e customer care a 3,90 € a ordine. Ne parliamo?", (4, 12)),
  ("inv", "Ciao Alex, colleghiamoci anche qui, così restiamo in contatto tra imprenditori del settore."))
P("reinvite_known_ugly", "en", "Nadine Crowe", "Beauty PR | Founder", "Manchester",
  ("inv", DEFAULT),
  ("inm", "Seriously?", "Three weeks and no response to a simple connection request. It takes one click, Alex. Not a great look for a founder "
          "who posts about 'community' every other day."),
  ("inv", "Hi Alex, let's try this again - I'm in Barcelona for a beauty trade show next month and would love to connect."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Marc Sunyer", "Director | Agencia de PR de belleza", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Ya que estás preparando el lanzamiento de la línea corporal: en la agencia llevamos PR de producto "
          "con envíos a 80 redactoras de belleza. Fee mensual de 1.500 €, mínimo tres meses. ¿Te paso propuesta?"))
P("user_invited_pitch_once", "it", "Beatrice Nava", "Sales | Green Beauty Expo", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Come promesso al telefono: gli spazi nella Green Area del prossimo anno partono da 3.200 € per "
          "12 mq, con una postazione nel percorso buyer. Ti blocco un'opzione fino a fine mese?"))
P("user_invited_pitch_once", "en", "Antoine Delcourt", "Agent commercial | Grands magasins France & Benelux", "Bruxelles",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex. Je représente une dizaine de marques auprès des grands magasins : commission de 12 % sur les ventes plus "
          "un fixe de 800 € par mois. Si vous voulez entrer en grand magasin l'an prochain, parlons-en."),
  nl="fr")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Callum Reid", "Founder | Unboxed Studio – packaging design", "Glasgow",
  ("acc",),
  ("msg", "Thanks for connecting after Cosmoprof, Alex! With your relaunch coming up: we do full packaging redesigns for indie skincare, from "
          "strategy to print-ready files, starting at €9k. Want our deck?"),
  ("msg", "Hi Alex, following up with the deck attached. We have a slot opening in February if you want to move fast.", (7, 20)))
P("user_invited_pitch_twice", "es", "Irene Cabanillas", "Asesora fiscal para startups", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Por lo que me contaste en el evento de ENISA, apuesto a que estáis pagando más IVA del necesario "
          "con las ventas a Italia. Te hago una revisión fiscal por 600 € y, si no encuentro ahorro, no te la cobro."),
  ("msg", "Hola Alex, ¿lo pudiste pensar? Este trimestre tengo hueco para dos clientes más."))
P("user_invited_pitch_twice", "it", "Federico Longhi", "Export manager | Distribuzione beauty Medio Oriente", "Milano",
  ("acc",),
  ("msg", "Grazie Alex! Il mercato degli Emirati ha fame di cosmesi bio europea. Per entrare nel nostro catalogo chiediamo una listing fee "
          "di 4.000 € più campionatura gratuita per 20 punti vendita."),
  ("msg", "Ciao Alex, ti riscrivo per il listing: chiudiamo il catalogo a metà mese e ho ancora un posto nella sezione skincare."))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Elena Garriga", "Compradora de parafarmacia | Farmacias del Mediterráneo", "Valencia",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Después de la feria metimos vuestros dos sérums en prueba en 8 farmacias y han funcionado muy bien. "
          "Queremos ampliar a las 35 del grupo: ¿me mandas tarifa de mayorista y plazos de entrega para un primer pedido de unas 1.000 unidades?"))
P("user_invited_value", "it", "Alessia Ruggeri", "Giornalista beauty | Freelance per periodici femminili", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento! Sto scrivendo un pezzo sui brand bio nati tra Spagna e Italia per il numero di aprile e vorrei "
          "citare Mirtò. Mi racconti in 15 minuti come nasce la linea? È un redazionale, non c'è niente da pagare."))
P("user_invited_value", "en", "Daniel Mwangi", "PhD candidate, cosmetic chemistry | Universitat de Barcelona", "Barcelona",
  ("acc",),
  ("msg", "Thanks for accepting, Alex. As I said at the cluster event, our lab is looking for a small brand to co-author a study on upcycled "
          "olive-leaf extract. Our grant covers the testing; you'd get the data and a co-branded paper. Interested?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Laia Casanovas", "Cofundadora | Tienda online de cosmética zero waste", "Girona", ("acc",))
P("acceptance_only", "it", "Tommaso Riva", "Responsabile acquisti | Erboristeria Riva", "Lecco", ("acc",))
P("lone_endorsement", "es", "Pol Camps", "Ex-becario de marketing en Mirtò | Estudiante de ADE", "Barcelona", ("end",))
P("lone_endorsement", "it", "Giada Ferrario", "Estetista | Centro benessere", "Milano", ("end",))


# ------------------------------------------------------------------------- layout eras
# Everyone is in the current layout except these, whose mail carries nothing tied to recent years.
SIXTEEN = {"Raúl Benítez", "Aurélien Bastide", "Simone Brivio", "Eduard Bosch", "Lorenzo Pagani", "Hugo Prieto", "Toby Ainsworth",
           "Tommaso Riva", "Giada Ferrario", "Nathalie Vérany", "Sergi Montané", "Lucie Fabre"}
ERAS = {p[2]: ("2016" if p[2] in SIXTEEN else "cur") for p in PEOPLE}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Montse Vilaró", "compras@herbolariribes.example", "Condiciones para tiendas – Mirtò",
     "Hola Alex,\n\nte escribí también por LinkedIn, pero te dejo aquí mi correo por si te va mejor. ¿Nos mandas tarifa y pedido mínimo?\n\nGràcies,\nMontse", "es"),
    ("Cosmoprof Worldwide Bologna", "exhibitors@cosmoprof-fiera.example", "Il tuo badge espositore è pronto",
     "Gentile espositore,\n\nil badge è disponibile nell'area riservata. Condividi la tua presenza in fiera su LinkedIn con l'hashtag ufficiale.", "it"),
    ("Gestoría Puig", "info@gestoriapuig.example", "Modelo 303 – tercer trimestre",
     "Hola Alex,\n\nos adjuntamos el borrador del 303. PD: hemos visto en LinkedIn que abrís almacén en Milán, enhorabuena; avisadnos para el alta en operaciones intracomunitarias.", "es"),
    ("Giulia Sormani", "giulia@mirto-cosmetica.example", "Foto evento Brera per LinkedIn",
     "Ciao Alex,\n\necco le foto della serata in Brera. Le pubblico sulla pagina LinkedIn di Mirtò domani alle 9, ok? Ti ho taggata nella terza.\n\nGiulia", "it"),
    ("Pau Ferrer", "pau@mirto-cosmetica.example", "Fwd: Quiero conectar",
     "Alex, mira este: me ha escrito también a mí por LinkedIn con el mismo mensaje. ¿Lo conoces?\n\n---------- Mensaje reenviado ----------\n"
     "De: Xavier Navarro vía LinkedIn <invitations@linkedin.com>\nAsunto: Quiero conectar\n\nHola Pau, te ayudo a vender en Amazon sin dolores de cabeza...", "es"),
    ("Beauty Cluster Barcelona", "hola@beautycluster-bcn.example", "Jornada: exportar cosmética a Italia",
     "Hola,\n\nel 14 de noviembre celebramos una jornada sobre exportación de cosmética a Italia. Inscripción gratuita para socias. Síguenos en LinkedIn para el programa.", "es"),
    ("Ecocert Greenlife", "certification@ecocert-mail.example", "Renouvellement de votre certification COSMOS ORGANIC",
     "Madame,\n\nvotre certificat a été renouvelé pour 12 mois. Vous pouvez afficher le badge sur votre site et votre page LinkedIn selon la charte jointe.", "fr"),
    ("Calendly", "notifications@calendly.example", "New event: Intro call with Sofia Lindgren",
     "A new event has been scheduled.\n\nIntro call (30 min)\nInvitee: Sofia Lindgren\nBooked from the link in your LinkedIn profile.", "en"),
    ("GlowReach", "hello@glowreach-influencer.example", "Campaña de primavera para Mirtò",
     "Hola Alex,\n\nte escribimos también por LinkedIn. Te adjuntamos la propuesta con 25 microinfluencers para la campaña de primavera.\n\nUn saludo,\nEquipo GlowReach", "es"),
    ("Shopify", "no-reply@shopify-mail.example", "Resumen semanal de tu tienda",
     "Esta semana: 214 pedidos, ticket medio 38,40 €. Fuentes de tráfico principales: Instagram, Google y LinkedIn.", "es"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev119. Generated by scripts/make_corpus_dev119.py (seed {SEED}); do not edit by hand.",
          "# Alex as founder of a small organic-cosmetics brand in Barcelona and Milan: retailers and distributors, packaging and ingredient "
          "suppliers, influencers and affiliate networks, agencies, investors, trade-fair sellers, peer founders, job applicants; "
          "Spanish of Spain, Italian, English, some French. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev119", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER, eras=ERAS)
