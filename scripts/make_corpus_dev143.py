#!/usr/bin/env python3
"""Write mailbot's dev143 development corpus: tests/corpus/dev143/*.eml + expected.toml.

The angle: the user Alex is the CFO (directeur administratif et financier) of Berthaud
Alimentaire, a family-owned charcuterie and ready-meals maker in the Monts du Lyonnais
(two plants, about 420 staff). Their LinkedIn world: corporate bankers and factoring or
credit-insurance sellers, ERP, FP&A, treasury and expense-software vendors, statutory
auditors and tax lawyers, M&A boutiques with "investors interested in your company", CFO
peer circles both free (the regional finance directors' association, a neighbour's dinner)
and paid (membership fees revealed after the invitation), interim finance managers selling
their days, finance students writing a thesis, executive-search partners with real CFO
roles, and peer CFOs of other food companies in France, Spain and the UK. Mostly formal
French, some English and Spanish. Every scenario of the taxonomy appears at least once.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
and other-mail titles, the headlines of spoof-only names and PYMK suggestions, and the
pitches and phishes that spoofs carry are swapped for this world in this process only
(make_corpus.py itself is not changed). The notes were written from shared/taxonomy.md
alone, without reading mailbot's signals, judge or wording, or other generators' notes.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev143.py              # writes tests/corpus/dev143
    python scripts/make_corpus_dev143.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260143

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a food manufacturer's finance world (this process only)
SKILLS = {
    "fr": ["Finance d'entreprise", "Trésorerie", "Contrôle de gestion", "Consolidation", "Relations bancaires", "Fusions et acquisitions"],
    "en": ["Corporate Finance", "Treasury Management", "Financial Planning & Analysis", "Consolidation", "Banking Relationships", "Mergers & Acquisitions"],
    "es": ["Finanzas corporativas", "Tesorería", "Control de gestión", "Consolidación", "Relaciones bancarias", "Fusiones y adquisiciones"],
    "de": ["Unternehmensfinanzierung", "Treasury", "Controlling", "Konsolidierung"],
    "it": ["Finanza aziendale", "Tesoreria", "Controllo di gestione", "Consolidato"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "fr": "Directeur administratif et financier chez Berthaud Alimentaire",
    "en": "Chief Financial Officer at Berthaud Alimentaire",
    "es": "Director financiero en Berthaud Alimentaire",
    "de": "Finanzvorstand bei Berthaud Alimentaire",
    "it": "Direttore finanziario presso Berthaud Alimentaire",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["fr", "en", "fr", "es", "fr"]   # spoofs and other LinkedIn mail: Alex reads LinkedIn in French, now and then English or Spanish
mc.CITY.update({"fr": ["Lyon", "Villeurbanne", "Saint-Étienne", "Grenoble", "Annecy", "Villefranche-sur-Saône", "Bourg-en-Bresse"],
                "en": ["London", "Manchester", "Dublin", "Leeds", "Amsterdam"],
                "es": ["Madrid", "Barcelona", "Zaragoza", "Valencia", "Bilbao", "Murcia"]})
mc.JOBS[:] = [("Directeur administratif et financier (H/F)", "Groupe Charcutier des Alpes"), ("CFO – ETI agroalimentaire", "Boulangeries Vallon"),
              ("Directeur financier groupe", "Coopérative Lait d'Auvergne"), ("Head of Finance France", "Corbel Foods International"),
              ("DAF de transition – 9 mois", "Salaisons du Forez")]
mc.COMPANIES["good"] = ["Fromageries du Pilat", "DFCG Rhône-Alpes", "Biscuiterie des Dombes", "Conservas del Ebro", "Halden Foods plc",
                        "IAE Lyon", "emlyon business school", "Corbel Foods International"]
mc.COMPANIES["sales"] = ["Factorem", "Tresoria", "Spendly", "Qalia ERP", "Valmont Finance", "Atradis", "Plannr", "Docuflux", "Helvan Patrimoine"]
mc.HEADLINES["good"] = ["DAF chez {co}", "Directrice financière | {co}", "Contrôleur de gestion industriel – {co}", "Group Treasurer | {co}",
                        "CFO at {co}", "Trésorière groupe – {co}", "Étudiant en master finance | {co}"]
mc.HEADLINES["sales"] = ["Chargé d'affaires | {co}", "Business Developer chez {co}", "Account Executive France | {co}", "Associé | {co}",
                         "Je fais gagner du temps aux DAF | {co}", "Responsable grands comptes – {co}"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Une idée pour Berthaud", "Votre trésorerie", "Question rapide", "20 minutes ?", "Financement de votre BFR"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "An idea for Berthaud", "Your month-end close", "20 minutes?", "Working capital"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Pregunta rápida", "Una idea para Berthaud", "Vuestra tesorería", "¿20 minutos?", "Financiación del circulante"]
retitle_other({
    "fr": dict(job=("{n} nouvelles offres pour « directeur administratif et financier »", "Votre alerte emploi pour directeur financier à {city}"),
               news="Les industriels de l'agroalimentaire face à la hausse du porc", group="Meilleures discussions dans Club des DAF de l'agroalimentaire",
               newsletter="La lettre du DAF : réussir sa bascule à la facturation électronique"),
    "en": dict(job=("{n} new jobs for \"chief financial officer\"", "Your job alert for CFO in {city}"),
               news="Are banks tightening credit for food manufacturers?", group="Top conversations in Food & Beverage Finance Leaders",
               newsletter="The Mid-Cap CFO: what your lenders read first"),
    "es": dict(job=("{n} empleos nuevos de «director financiero»", "Tu alerta de empleo de director financiero en {city}"),
               news="¿Suben los costes de financiación de la industria alimentaria?", group="Conversaciones destacadas en CFOs de Alimentación y Bebidas",
               newsletter="El rincón del CFO: el confirming explicado a tu consejo"),
})
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "lookalike:linkedin.com.secure-notify.example", "buried", "wrongpass", "noauth"]
SPOOF_PITCH = {
    "fr": ["Bonjour {first}, je vous ai transmis la lettre d'intention de notre investisseur via LinkedIn Documents. Merci de vous connecter pour la signer avant vendredi.",
           "Bonjour {first}, suite au changement de notre banque, merci de mettre à jour nos coordonnées bancaires sur le portail sécurisé joint avant le prochain règlement.",
           "Bonjour {first}, votre dossier d'affacturage est pré-validé. Il ne reste qu'à confirmer votre identité sur le lien ci-dessous."],
    "en": ["Hi {first}, our fund has shared a non-binding offer for Berthaud with you. Log in to the secure data room to read it before it expires.",
           "Dear {first}, please find our updated remittance details for all outstanding invoices. Confirm on the secure page to avoid payment delays."],
    "es": ["Hola {first}, te he compartido la oferta de nuestro inversor en un documento protegido. Inicia sesión para verla antes del viernes.",
           "Estimado {first}, hemos cambiado de banco: actualice nuestros datos de pago en el enlace seguro antes del próximo vencimiento."],
    "de": ["Guten Tag {first}, unser Investor hat Ihnen ein unverbindliches Angebot freigegeben. Bitte melden Sie sich an, um es einzusehen."],
    "it": ["Buongiorno {first}, il nostro investitore le ha condiviso un'offerta riservata. Acceda per leggerla entro venerdì."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Véronique Chambon", "Directrice financière | Laiterie coopérative des Monts du Forez", "Montbrison",
  ("inv", "Bonjour Alex, nous partageons visiblement le même pool bancaire. Je renégocie notre contrat d'affacturage et j'hésite avec un "
          "programme de reverse factoring pour nos producteurs. Auriez-vous 20 minutes pour me dire comment vous avez tranché chez Berthaud ?"),
  ("rem",))
P("good_invitation", "fr", "Thierry Massot", "Président de la délégation Rhône-Alpes | DFCG", "Lyon",
  ("inv", "Bonjour, la délégation DFCG Rhône-Alpes organise le 14 mars un petit-déjeuner sur la facturation électronique obligatoire, "
          "avec un inspecteur de la DGFiP. Ouvert gratuitement aux DAF de la région, adhérents ou non. Je serais heureux de vous y accueillir."))
P("good_invitation", "fr", "Lucas Perret", "Étudiant en M2 Comptabilité-Contrôle-Audit | IAE Lyon", "Lyon",
  ("inv", "Madame, Monsieur, étudiant en M2 CCA à l'IAE Lyon, je rédige mon mémoire sur le financement du BFR dans les PME agroalimentaires. "
          "Accepteriez-vous un entretien de 30 minutes ? Je vous adresserai en retour la synthèse des entretiens menés avec douze DAF."),
  ("rem",))
P("good_invitation", "en", "Harriet Lowell", "Partner, CFO Practice | Egon Ferris Executive Search", "London",
  ("inv", "Alex, I'm running the search for a Group CFO at a PE-backed European bakery platform (c. €600m revenue, HQ in Lyon, plants in 3 countries). "
          "Food manufacturing plus a bank refinancing is exactly the brief. Open to a confidential chat?"))
P("good_invitation", "es", "Rocío Almagro", "Directora financiera | Embutidos Almagro", "Guijuelo",
  ("inv", "Hola Alex, coincidimos en el SIAL. Somos cuatro directores financieros del sector cárnico, de España y Francia, que cada trimestre "
          "compartimos un benchmark anónimo de costes de energía y materia prima. Solo intercambio de datos, nadie paga nada. ¿Te sumas?"))
P("good_invitation", "fr", "Pierre-Yves Gendron", "Directeur financier | Fromagerie Vercors Lait", "Villard-de-Lans",
  ("inv", "Bonjour Alex, c'est Sandrine Roux, de la Caisse d'Épargne, qui m'a conseillé de vous écrire. Je prends la direction financière de "
          "Vercors Lait, qui sort d'un LBO comme vous il y a trois ans. Elle pense que nous aurions beaucoup à échanger, de DAF à DAF."))


# =============================================================== default_invitation
P("default_invitation", "fr", "Grégory Vial", "Chargé d'affaires entreprises | Banque Populaire", "Villefranche-sur-Saône", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Sandrine Boyer", "Consultante ERP | Secteur agroalimentaire", "Grenoble", ("inv", NONOTE))
P("default_invitation", "es", "Jorge Villalba", "Key Account Manager | Soluciones de tesorería", "Madrid", ("inv", DEFAULT))
P("default_invitation", "en", "Mark Dempsey", "Interim CFO | Turnaround & Restructuring", "Dublin", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Anthony Rigaud", "Responsable développement Rhône-Alpes | Factorem – affacturage PME", "Lyon",
  ("inv", "Bonjour Alex, Factorem finance les factures de plus de 300 industriels de l'agroalimentaire sous 24 h, sans caution du dirigeant. "
          "Avec vos délais de paiement GMS, le gain de trésorerie dépasse souvent 2 M€. 15 minutes pour un chiffrage ?"))
P("sales_invitation", "fr", "Oliver Brandt", "Enterprise Account Executive France | Spendly", "Paris",
  ("inv", "Hi Alex! Noticed Berthaud still runs expenses on spreadsheets and paper receipts for its field sales team. "
          "Spendly cards reconcile straight into Sage X3, in real time. Worth a 20-min demo next week?"),
  nl="en")
P("sales_invitation", "fr", "Charles-Henri de Vaulx", "Associé | Aurore Corporate Finance – M&A small & mid-cap", "Paris",
  ("inv", "Cher Monsieur, plusieurs investisseurs, industriels comme financiers, nous ont fait part de leur intérêt pour des sociétés de votre "
          "profil dans la charcuterie-traiteur. Je vous propose d'en parler de vive voix, en toute confidentialité et sans engagement."))
P("sales_invitation", "es", "Nuria Castells", "Business Developer | Pagalia FX – pagos internacionales", "Barcelona",
  ("inv", "Hola Alex, he visto que compráis tripa natural y especias fuera de la zona euro. Con Pagalia las empresas ahorran hasta un 70 % "
          "en comisiones de cambio frente a su banco. ¿Te preparo una simulación con vuestros volúmenes?"))
P("sales_invitation", "fr", "Brigitte Lacombe", "Manager de transition – DAF | 25 ans en industrie", "Grenoble",
  ("inv", "Bonjour, DAF de transition disponible dès septembre, je suis spécialiste des PME agroalimentaires en transformation : "
          "bascule ERP, clôtures accélérées, relation bancaire. Si vous avez un projet ou une absence à couvrir, parlons-en."),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Frédéric Mollard", "Fondateur | Cercle des DAF de l'Ouest lyonnais", "Tassin-la-Demi-Lune",
  ("inv", "Bonjour Alex, je réunis chaque mois une dizaine de DAF de l'Ouest lyonnais autour d'un dîner, sans prestataires ni vendeurs, "
          "simplement pour échanger entre pairs. Nous serions ravis de vous compter parmi nous."),
  ("msg", "Bonjour Alex,\n\nMerci d'avoir accepté mon invitation. Pour rejoindre le Cercle, l'adhésion annuelle est de 4 800 € HT : "
          "onze dîners, deux séminaires au vert et l'accès à notre plateforme d'échanges. Je vous envoie le bulletin d'adhésion ? "
          "Les places pour la promotion de janvier partent vite.\n\nBien à vous,\nFrédéric", (6, 20)))
P("bait_and_switch_invitation", "fr", "Stéphanie Grangier", "Entrepreneuse | Attachée à l'économie des Monts du Lyonnais", "Lyon",
  ("inv", "Bonjour Alex, je suis de près les entreprises agroalimentaires des Monts du Lyonnais et je serais heureuse d'échanger avec vous, "
          "entre personnes attachées au même territoire."),
  ("msg", "Bonjour Alex, je me permets de vous écrire : j'accompagne plusieurs cadres dirigeants de l'agroalimentaire sur l'optimisation "
          "de leur rémunération (PER, épargne salariale, investissement immobilier défiscalisant). Un bilan patrimonial offert de "
          "45 minutes vous tenterait-il ?"),
  ("msg", "Je reviens vers vous pour le bilan patrimonial : il me reste deux créneaux jeudi à mon cabinet de la place Bellecour. "
          "Lequel vous conviendrait le mieux ?"))
P("bait_and_switch_invitation", "en", "Ravi Menon", "CFO | Finance transformation | Keynote speaker", "London",
  ("inv", "Alex - fellow CFO here, 8 years in food & bev before my current role. Always keen to swap notes with peers on cash forecasting "
          "and bank covenants. Would be good to connect."),
  ("msg", "Thanks for connecting Alex. Quick one: we built CashPilot, an AI-driven 13-week cash forecast that plugs into Sage X3 and your "
          "bank portals. Food manufacturers using it have cut forecast error in half. Could we do a 25-minute demo this week or next?", (3, 9)))
P("bait_and_switch_invitation", "fr", "Mélanie Costes", "Réforme de la facturation électronique | Conférencière", "Villeurbanne",
  ("inv", "Bonjour Alex, j'ai rédigé un guide pratique de 20 pages sur le calendrier de la facturation électronique pour les ETI industrielles. "
          "Je le partage volontiers avec les DAF de la région : connectons-nous et je vous l'envoie."),
  ("msg", "Voici le guide promis, Alex ! Et puisque vous devrez choisir une plateforme agréée avant septembre : Docuflux est immatriculée "
          "PDP et déjà connectée à Sage X3. Je vous propose une démonstration de 30 minutes avec notre avant-vente, mardi ou jeudi ?"))
P("bait_and_switch_invitation", "fr", "Édouard Sauvat", "Associé | Valmont Finance", "Lyon",
  ("inv", "Bonjour Alex, je prépare pour la CCI une étude sur la consolidation du secteur salaisons-traiteur en Auvergne-Rhône-Alpes. "
          "Votre regard de DAF m'intéresserait beaucoup ; vingt minutes au téléphone suffiraient."),
  ("msg", "Merci encore pour notre échange, Alex. En marge de l'étude : deux fonds et un industriel italien m'ont fait part de leur intérêt "
          "pour des sociétés comme Berthaud. Nous pourrions organiser une approche confidentielle, dans le cadre d'un mandat classique "
          "avec honoraires de succès. Qu'en penserait votre président ?\n\nCordialement,\nÉdouard Sauvat", (20, 40)))
P("bait_and_switch_invitation", "es", "Iván Cordero", "Fundador | Comunidad CFO Agroalimentario", "Zaragoza",
  ("inv", "Hola Alex, he montado un grupo de directores financieros de la agroalimentación de España y Francia: una videollamada al mes "
          "para contarnos qué nos funciona. Gratis y sin vendedores. ¿Te apuntas?"),
  ("msg", "Alex, gracias por entrar. Te cuento: la comunidad la patrocina mi consultora, Cordero Advisory, y este mes lanzamos para los "
          "miembros un diagnóstico de costes de seis semanas por 9.500 €. ¿Te mando la propuesta?"),
  ("msg", "¿Pudiste ver la propuesta? Solo quedan dos huecos para el diagnóstico de otoño, te los guardo hasta el viernes."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Laurent Piquet", "Directeur associé | Cabinet Arbelle", "Paris",
  ("inm", "Étude BFR agroalimentaire 2025", "Bonjour Alex,\n\nNous menons avec une école de commerce lyonnaise une étude sur le besoin en fonds "
          "de roulement des industriels de l'agroalimentaire face à la grande distribution. Le questionnaire prend dix minutes et tous les "
          "participants reçoivent les résultats complets. Puis-je compter sur votre participation ?\n\nLaurent Piquet"),
  ("inm", "Suite à l'étude", "Bonjour Alex, merci pour vos réponses. D'après vos données, Berthaud pourrait libérer 4 à 6 M€ de trésorerie. "
          "Notre cabinet intervient avec une rémunération indexée sur les gains obtenus. Je vous propose un rendez-vous de présentation "
          "d'une heure dans vos locaux.", (8, 20)))
P("bait_and_switch_inmail", "en", "Natalie Brooke", "Head of Community | The Finance Table", "Manchester",
  ("inm", "Private CFO roundtable – Lyon", "Hi Alex, we host small, off-the-record roundtables for CFOs of mid-sized manufacturers. The next one "
          "is in Lyon on 6 June: eight seats, dinner included, no cost to attend. Would you like one of the seats?"),
  ("inm", "Your seat + a quick intro", "Hi Alex, great to have you on the list! Our roundtables are made possible by our partner LedgerLoop. "
          "Before the dinner their team would love 30 minutes to walk you through their AP automation platform. Shall I book it in for you?"))
P("bait_and_switch_inmail", "es", "Marta Solís", "Investigadora | Observatorio de la Financiación Pyme", "Valencia",
  ("inm", "Pregunta sobre confirming", "Buenos días, Alex. Estoy recogiendo experiencias de directores financieros sobre confirming y factoring "
          "en empresas de alimentación. ¿Me dedicarías 15 minutos? Luego comparto el informe con todos los que participan."),
  ("inm", "Una propuesta", "Alex, gracias por tus respuestas. Aprovecho: también colaboro con Finconfirm, una plataforma de confirming que "
          "cobra al proveedor y no a ti. ¿Te hago una presentación la semana que viene?"))
P("bait_and_switch_inmail", "fr", "Jean-Baptiste Oury", "Rédacteur en chef | La Lettre des DAF de l'agroalimentaire", "Paris",
  ("inm", "Interview pour notre prochain numéro", "Bonjour Alex, je prépare le portrait d'un DAF de l'agroalimentaire pour le prochain numéro "
          "de notre lettre, lue par 8 000 décideurs. Votre parcours chez Berthaud nous intéresse. Seriez-vous d'accord pour une interview "
          "de 30 minutes ?"),
  ("inm", "Votre portrait", "Bonjour Alex,\n\nMerci pour votre accord ! Pour votre information, le portrait s'inscrit dans notre offre "
          "« Visibilité » : 2 900 € HT pour l'interview, la mise en page et la diffusion. Je vous adresse le bon de commande ?\n\n"
          "Bien cordialement,\nJ.-B. Oury", (4, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Didier Fauconnet", "DAF de transition | Restructuring | Agro & industrie", "Saint-Étienne",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, je me suis permis de valider vos compétences en {skill} et en trésorerie, vous les méritez largement. "
          "Pourriez-vous faire de même pour moi sur « Management de transition » et « Restructuration » ? Je relance mon activité "
          "et chaque recommandation compte. Merci d'avance."))
P("endorse_me_back", "fr", "Inès Bouchard", "Alternante en contrôle de gestion | ESC Clermont", "Clermont-Ferrand",
  ("end",),
  ("msg", "bonjour ! je vous ai recommandé(e) pour {skill} 😊 est-ce que vous pourriez m'en mettre une ou deux en retour "
          "(Excel, contrôle de gestion) ? c'est pour étoffer mon profil avant de chercher un CDI, merci beaucoup !!"))
P("endorse_me_back", "en", "Gavin Marsh", "Fractional CFO | Consumer brands & SaaS", "Bristol",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} and a couple of others earlier this month. Would you mind returning the favour on "
          "Fractional CFO Services and Fundraising? Building the profile up now that I've gone independent. Cheers!"))
P("endorse_me_back", "es", "Beatriz Roldán", "Asesora fiscal | Roldán Tax & Legal", "Pamplona",
  ("end",),
  ("msg", "Hola Alex, te he validado {skill}. Si puedes, valídame «Fiscalidad internacional» y «Precios de transferencia», que estoy "
          "relanzando el despacho y se nota mucho. ¡Mil gracias!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Sébastien Morin", "Conseiller entreprises | Atradis assurance-crédit", "Lyon",
  ("inv", "Bonjour Alex, vos créances GMS et export sont-elles couvertes ? Atradis assure le risque client des PME agroalimentaires avec "
          "indemnisation sous 30 jours. Un point rapide pour regarder votre portefeuille ?"),
  ("rem",),
  ("inm", "Sans réponse", "Trois semaines sans réponse à une simple invitation. Je ne sais pas comment vous traitez vos fournisseurs, "
          "mais chez nous on appelle ça de l'impolitesse. Le jour où l'un de vos gros clients fera défaut, ne venez pas vous plaindre."))
P("hostility_after_decline", "en", "Dwayne Porter", "Growth Partner | M&A Connect – buyers for your business", "Manchester",
  ("inv", "Alex, we have 40+ active acquirers looking at French food producers right now. Let's connect and I'll show you what your "
          "business could be worth."),
  ("inm", "Wow", "Declined, huh. I offered you a free valuation most owners would pay good money for. Arrogant finance types like you "
          "are exactly why mid-caps get sold cheap. Good luck with that."))
P("hostility_after_decline", "es", "Raúl Esteve", "Director | Interim Finance Partners España", "Valencia",
  ("inv", DEFAULT),
  ("inm", "Una pregunta", "Alex, me has rechazado la invitación. Solo quería conectar entre profesionales del sector. Qué poca educación, "
          "de verdad. Así os va."))
P("hostility_after_decline", "fr", "Nathalie Vigier", "Fondatrice | Cercle Premium des Dirigeants Financiers", "Annecy",
  ("inv", "Bonjour Alex, notre cercle réunit 60 DAF d'ETI de Rhône-Alpes (cotisation 3 200 € par an, huit rencontres). "
          "Je vous propose une rencontre découverte à Lyon le mois prochain."),
  ("rem",),
  ("inm", "Votre refus", "Monsieur,\n\nJe constate que vous avez décliné mon invitation. Permettez-moi de vous dire que refuser sans un mot "
          "une consœur qui prend la peine d'écrire un message personnalisé manque singulièrement d'élégance. Je vous pensais plus ouvert.\n\n"
          "Nathalie Vigier"))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Gilles Perrot", "Courtier | Prévoyance et retraite des dirigeants", "Bourg-en-Bresse",
  ("msg", "Bonjour Alex, en tant que cadre dirigeant, votre contrat de prévoyance collective ne couvre probablement pas votre rémunération "
          "au-delà de trois plafonds de la Sécurité sociale. Je vous propose un audit gratuit de votre couverture, 30 minutes ?"),
  ("msg", "Alex, vous avez lu mon message il y a dix jours et n'avez pas daigné répondre. Je vous proposais un service gratuit. "
          "Ce manque de correction est assez révélateur ; je comprends mieux certaines choses qu'on m'a dites sur votre entreprise.", (8, 14)))
P("hostility_connection", "fr", "Travis Keane", "Account Director | Corvex ERP", "Dublin",
  ("acc",),
  ("msg", "Thanks for accepting Alex. Since you mentioned at the food expo that your Sage X3 upgrade is due: Corvex migrates food "
          "manufacturers in 16 weeks flat, fixed price. Can I get 30 min with you and your IT lead?"),
  ("msg", "Alex, I've followed up three times and heard nothing. Ghosting a vendor you asked to connect with is poor form, and frankly I "
          "expected better from a CFO. I know your CEO and I'll be raising it with him directly."),
  nl="en")
P("hostility_connection", "fr", "Yannick Berthet", "Manager de transition | Direction financière", "Roanne",
  ("msg", "Bonjour Alex, je termine fin mai une mission de DAF de transition. Si vous avez besoin d'un renfort pour la clôture ou la "
          "migration ERP, je suis disponible dès juin, TJM négociable pour une mission longue."),
  ("msg", "Pas même un accusé de lecture. Je pensais qu'entre financiers on se respectait. Manifestement non. "
          "Bonne continuation à vous et à votre « équipe »."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Julien Ferrand", "Chargé d'affaires Corporate | Banque Rhodanienne", "Lyon",
  ("msg", "Bonjour Alex, nos conditions de crédit-bail mobilier sont particulièrement attractives ce trimestre pour les lignes de production. "
          "Puis-je vous faire une proposition pour votre projet de nouvelle ligne de tranchage ?"),
  ("msg", "Alex, je me permets de relancer concernant le crédit-bail. Nous pourrions aussi reprendre votre prêt de 2022 à un taux plus bas. "
          "Un rendez-vous la semaine prochaine ?"),
  ("msg", "Dernière relance de ma part : notre comité de crédit se réunit le 12. Je peux y présenter votre dossier si vous m'envoyez "
          "les liasses fiscales d'ici là."))
P("connection_only_pitches", "en", "Kelsey Warren", "Senior Account Executive | Expensio spend management", "Amsterdam",
  ("msg", "Hey Alex 👋 we just opened our French entity and Expensio now recovers VAT on employee expenses automatically, TVA rules included. "
          "15 min to show you how it works?"),
  ("msg", "Following up, Alex! Happy to extend our launch pricing (3 months free) if we can get a demo in before the 30th."))
P("connection_only_pitches", "es", "Pablo Arenas", "Director comercial | Confirma Factoring", "Sevilla",
  ("msg", "Alex, ¿qué tal? Ahora financiamos también a exportadores franceses que venden en España. Si trabajáis con Mercadona o con Dia, "
          "podemos adelantaros el cobro en 48 horas."),
  ("msg", "Te paso nuestra tarifa: 0,35 % por factura más Euríbor + 1,9. ¿Lo vemos en una llamada el martes?"))
P("connection_only_pitches", "fr", "Aurélien Chaize", "Associé | Lyon Cession Conseil", "Lyon",
  ("msg", "Bonjour Alex, un fonds mid-cap que nous connaissons bien recherche activement une cible dans les produits traiteur en Rhône-Alpes. "
          "Berthaud correspond parfaitement à ses critères. Seriez-vous disposé à en parler avec votre actionnaire familial ?"),
  ("msg", "Alex, le fonds m'a relancé. Je peux organiser un déjeuner discret avec leur associé, sans engagement, avant de vous soumettre "
          "notre lettre de mission."))


# =============================================================== single_pitch
P("single_pitch", "fr", "Martine Lafay", "Consultante | Optimisation de la fiscalité locale des sites industriels", "Mâcon",
  ("msg", "Bonjour Alex, nous récupérons en moyenne 40 000 € de taxe foncière et de CFE payées à tort par site industriel, avec une "
          "rémunération uniquement au résultat. Voulez-vous que nous analysions gratuitement vos avis d'imposition ?"))
P("single_pitch", "en", "Oscar Lindgren", "Director | Nordhaven Capital Partners", "Stockholm",
  ("msg", "Alex, hope all's well. We're raising our second fund focused on European family-owned food producers. Would Berthaud's shareholders "
          "consider a minority investment to fund the next plant? Happy to walk you through our terms over a call."))
P("single_pitch", "fr", "Camille Desgranges", "Responsable commerciale | Qalia ERP agroalimentaire", "Lyon",
  ("msg", "Bonjour Alex, suite à notre échange au salon, je vous confirme que Qalia gère nativement la traçabilité par lot et les poids "
          "variables. Je vous propose une démonstration sur vos propres données, sur site, le mois prochain ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Hélène Gaudry", "DAF | Fromageries du Pilat", "Pélussin",
  ("msg", "Bonjour Alex,\n\nSuite à notre discussion à la DFCG, voici le rétroplanning que nous avons construit pour la facturation "
          "électronique : cartographie des flux, choix de la plateforme, tests avec les clients GMS. Prenez ce qui vous sert. Et si vous "
          "voulez comparer les devis de plateformes que nous avons reçus, je vous les montre volontiers.\n\nHélène"))
P("connection_brings_value", "fr", "Bruno Tissot", "Avocat fiscaliste | Associé", "Lyon",
  ("end",),
  ("msg", "Bonjour Alex, un petit signalement : la dernière loi de finances modifie le calcul du crédit d'impôt recherche sur les dépenses "
          "de personnel, ce qui touche vos projets de recettes sans nitrites. Je vous ai mis la doctrine de l'administration en lien. "
          "Rien à facturer, c'est simplement pour que vous ne soyez pas surpris au moment de la déclaration."))
P("connection_brings_value", "es", "Andrés Lozano", "CFO | Conservas del Ebro", "Logroño",
  ("msg", "Alex, te presento a Elena Pardo, directora de compras de una cadena de supermercados en Cataluña que busca charcutería francesa "
          "para su gama gourmet. Ya le he hablado de vosotros; si te parece bien, te paso su correo. Y gracias otra vez por lo del seguro "
          "de crédito, nos vino muy bien."))
P("connection_brings_value", "en", "Claire Osborne", "Group Treasurer | Halden Foods plc", "Leeds",
  ("msg", "Alex, as promised at the treasurers' conference: our bank RFP template for the revolving credit facility, plus the scoring grid "
          "we used. Numbers stripped out. Shout if anything's unclear."),
  ("msg", "Also, the ACT is running a free webinar on EUR/GBP hedging for exporters on the 12th, and it counts towards CPD hours. "
          "Link below in case it's useful for you or your treasurer."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Agnès Revol", "Associée | Revol & Partners – Executive Search Finance", "Lyon",
  ("inm", "DAF – ETI agroalimentaire familiale (confidentiel)", "Bonjour Alex,\n\nJe conduis pour une ETI familiale de la région (320 M€, "
          "boulangerie industrielle, quatre sites) le recrutement de son directeur administratif et financier, membre du comité de direction. "
          "Rémunération fixe de 160 à 180 K€ plus variable. Votre parcours correspond précisément au profil recherché. Seriez-vous ouvert "
          "à un échange confidentiel ?\n\nBien cordialement,\nAgnès Revol"))
P("stranger_inmail_recruiter", "fr", "Thomas Reilly", "Head of Finance Hiring | Corbel Foods International", "Amsterdam",
  ("inm", "VP Finance Europe – food manufacturing", "Hi Alex, I'm the in-house recruiter at Corbel Foods. We're hiring a VP Finance Europe to "
          "look after our five plants, two of them in France, reporting to the Group CFO and based in Amsterdam or Lyon. Would you be open "
          "to a first call? I can share the full spec beforehand."),
  nl="en")
P("stranger_inmail_recruiter", "es", "Lorena Ibarra", "Headhunter | Iberfinance Executive", "Madrid",
  ("inm", "Director financiero – grupo cárnico", "Hola Alex, busco un director financiero bilingüe francés-español para un grupo cárnico con "
          "plantas en Segovia y en el sur de Francia. Reporta al consejero delegado y el paquete es muy competitivo. ¿Podemos hablar esta semana?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Quentin Barral", "Business Developer | Tresoria", "Paris",
  ("inm", "Votre prévision de trésorerie", "Bonjour Alex, la plupart des DAF d'ETI agroalimentaires que je rencontre pilotent encore leur "
          "trésorerie sous Excel. Tresoria se connecte à vos banques et à Sage X3 en deux semaines. Avez-vous 20 minutes pour une démo ?"),
  ("inm", "Relance – Tresoria", "Alex, je me permets de vous relancer : nous offrons le paramétrage aux clients qui signent avant la fin du "
          "trimestre. Un créneau mardi ou mercredi ?"))
P("stranger_inmail_sales", "en", "Brandon Clark", "SDR | AuditBot AI", "Austin",
  ("inm", "Audit prep in half the time", "Alex - your statutory audit is probably around the corner. AuditBot builds PBC lists and tie-outs "
          "straight from your ERP; mid-market CFOs save about 200 hours per audit. Open to a quick look?"))
P("stranger_inmail_sales", "es", "Claudia Peralta", "Ejecutiva de cuentas | Segurexport", "Madrid",
  ("inm", "Seguro de crédito a la exportación", "Buenos días Alex, ¿exportáis a España o a Portugal? En Segurexport cubrimos los impagos de "
          "vuestros clientes con primas desde el 0,15 % de la facturación. ¿Te envío una cotización sin compromiso?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Olivier Rambaud", "Ancien DAF industriel | Achats d'énergie", "Vienne",
  ("inv", "Bonjour Alex, ancien DAF d'une conserverie, j'anime bénévolement des webinaires sur la couverture du prix de l'électricité pour "
          "les industriels de l'agro. Le prochain a lieu le 3 octobre, sans aucune présentation commerciale. Au plaisir de vous y voir."),
  ("msg", "Merci pour la connexion ! Voici le replay et le support du webinaire, avec le tableau des prix à terme que je mets à jour chaque mois."),
  ("msg", "Alex, votre contrat d'électricité arrive à échéance en décembre d'après nos échanges. Mon cabinet peut lancer la consultation des "
          "fournisseurs pour vous, honoraires de 0,80 € par MWh sur la durée du contrat. Je vous envoie la lettre de mission ?"))
P("good_turns_ugly", "fr", "Manon Dessaigne", "Étudiante en M2 Finance | emlyon business school", "Écully",
  ("inv", "Bonjour, étudiante à emlyon, je prépare un mémoire sur la gestion du risque matières premières (porc, lait) dans les PME agro. "
          "Un entretien de 20 minutes m'aiderait énormément, et je vous partagerai les conclusions."),
  ("msg", "Merci encore pour l'entretien ! Comme promis, voici la synthèse de mon mémoire, avec les pratiques de couverture des neuf "
          "entreprises interrogées (anonymisées)."),
  ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé pour {skill} ! Pourriez-vous me rendre la pareille sur « Gestion des risques » et "
          "« Analyse financière » ? Ça m'aiderait beaucoup pour ma recherche d'emploi 🙏", (1, 4)))
P("good_turns_ugly", "en", "Simon Hartley", "Tax Partner | Hartley Reed LLP", "London",
  ("inv", "Alex, I'm chairing a free breakfast briefing on UK-France transfer pricing for food exporters at the British Chamber in Lyon on "
          "20 March. Peer discussion, no sales. Would be glad to see you there."),
  ("msg", "Good to see you at the briefing, Alex. Slides and the HMRC guidance note attached as promised."),
  ("msg", "Alex, following the briefing: for a fixed fee of £18k we can document your intragroup flows with the UK subsidiary before "
          "year-end. Shall I send over an engagement letter?", (10, 25)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Christophe Dumas", "Conseiller | Affacturage et financement de créances", "Lyon",
  ("inm", "Votre trésorerie", "Bonjour Alex, nos solutions d'affacturage confidentiel permettent de mobiliser vos créances sur la grande "
          "distribution sans que vos clients le sachent. Êtes-vous disponible pour un échange ?"),
  ("inv", "Bonjour Alex, je serais ravi d'élargir mon réseau auprès des directeurs financiers de la région lyonnaise. Au plaisir d'échanger.",
   (90, 200)))
P("reinvite_known_bad", "es", "Gonzalo Ruiz de Arana", "Socio | Arana M&A Partners", "Bilbao",
  ("inv", "Hola Alex, asesoramos a grupos españoles que quieren comprar en Francia y tenemos un comprador interesado en el sector charcutero. "
          "¿Hablamos?"),
  ("inv", "Alex, cada mes comparto una nota gratuita sobre operaciones en el sector alimentario europeo. Si te interesa, conectamos y te la envío."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Patrick Chabert", "Directeur régional | Nexus Recouvrement", "Saint-Étienne",
  ("inv", "Bonjour Alex, nous recouvrons vos impayés clients sans frais d'avance, commission au résultat uniquement. Un échange ?"),
  ("inm", "Votre silence", "Refuser une invitation, c'est votre droit. Mais ne même pas répondre à un professionnel qui vous propose de vous "
          "faire gagner de l'argent, c'est de la suffisance. On verra si vous ferez encore le fier avec vos impayés.", (10, 25)),
  ("inv", "Bonjour Alex, nouvelle année, nouveau départ : je serais heureux de faire partie de votre réseau. Bien cordialement."))
P("reinvite_known_ugly", "en", "Kieran Walsh", "Community Lead | CFO Collective Europe", "Dublin",
  ("inm", "Invitation: CFO Collective Europe", "Hi Alex, I'd love to invite you to the CFO Collective, a free peer group of 300 finance leaders "
          "across Europe. Monthly virtual sessions, no vendor content, just CFOs helping CFOs."),
  ("inm", "Next steps", "Thanks Alex! To activate your place, the founding membership is €1,950 a year, billed annually. Here's the payment "
          "link; the early-bird rate ends Friday.", (2, 7)),
  ("inv", "Alex, we've relaunched the Collective with a brand-new format this year. Would love to reconnect here."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Sylvie Romanet", "Directrice d'agence Entreprises | Banque Saône-Rhône", "Brignais",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex, ravie de notre échange au club des entreprises de Brignais. Puisque vous réfléchissez à votre pool "
          "bancaire, nous pouvons vous proposer un crédit renouvelable de 8 M€ et une offre de cash pooling à des conditions très "
          "compétitives. Je vous envoie une proposition indicative ?"))
P("user_invited_pitch_once", "en", "Daniel Hoffner", "Sales Director France | Plannr FP&A", "Paris",
  ("acc",),
  ("msg", "Thanks for the invite Alex, good chat at the finance directors' congress. As discussed, I'd love to show your controlling team "
          "how Plannr replaces the budget spreadsheets. 45 min online, any day next week?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Xavier Pelletier", "Directeur associé | Rhône Transactions – M&A PME", "Lyon",
  ("acc",),
  ("msg", "Merci Alex pour l'invitation, suite à notre discussion au forum. Je me permets de vous présenter nos services de valorisation "
          "et d'accompagnement à la cession : deux acquéreurs stratégiques nous ont demandé des cibles comme Berthaud ce trimestre."),
  ("msg", "Alex, je reviens vers vous : l'un des acquéreurs souhaite une première rencontre avant l'été. Pouvons-nous fixer un rendez-vous "
          "avec vous et votre président pour vous présenter notre lettre de mission ?"))
P("user_invited_pitch_twice", "es", "Silvia Mendoza", "Partner | Interim Finance Iberia", "Madrid",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Como te comenté en Alimentaria, tenemos controllers interinos bilingües disponibles para vuestra "
          "filial española. ¿Te mando perfiles y tarifas?"),
  ("msg", "Alex, te adjunto tres perfiles disponibles a partir del mes que viene, tarifa diaria desde 650 €. ¿Cuándo lo vemos?"))
P("user_invited_pitch_twice", "en", "Emma Hargreaves", "Account Executive | Claro Expense", "London",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting after the webinar! Claro now supports the French mileage allowance scale out of the box. "
          "Could I book 20 min with you and your payroll lead?"),
  ("msg", "Alex, quick nudge: our Q4 pricing for 50+ users ends next week. Want me to hold it for Berthaud?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Agathe Roussel", "DAF | Biscuiterie des Dombes", "Villars-les-Dombes",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Comme promis au dîner de la DFCG, voici les coordonnées de notre commissaire aux comptes pour "
          "la revue CSRD, et notre matrice de double matérialité. Elle vous fera gagner quelques semaines."))
P("user_invited_value", "en", "Imran Qureshi", "Senior Manager, Audit | Ambrose & Kell", "Lyon",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. Following our chat about IFRS 16 and your leased refrigerated trucks, here is the short practical "
          "guide our technical team published. Free to share with your team, and happy to answer questions if anything's unclear."))
P("user_invited_value", "es", "Teresa Cuenca", "Directora financiera | Quesos La Meseta", "Toledo",
  ("acc",),
  ("msg", "¡Gracias por la invitación! Te paso el contacto de nuestro abogado laboralista en Madrid para lo de la filial, y el modelo de "
          "contrato de tesorería intragrupo que usamos nosotros. Cualquier cosa, me llamas."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Denis Fayolle", "Président | Association régionale des industries agroalimentaires", "Lyon", ("acc",))
P("acceptance_only", "en", "Priyanka Desai", "Finance Director | Halden Foods plc", "Leeds", ("acc",))
P("lone_endorsement", "fr", "Arnaud Becquet", "Contrôleur de gestion industriel | Berthaud Alimentaire", "Saint-Symphorien-sur-Coise", ("end",))
P("lone_endorsement", "es", "Elena Marín", "Controller | Salazones Marín", "Murcia", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("DFCG Rhône-Alpes", "delegation.rhonealpes@dfcg-asso.example", "Petit-déjeuner du 14 mars : facturation électronique",
     "Madame, Monsieur,\n\nLes inscriptions au petit-déjeuner du 14 mars sont ouvertes. L'entrée est libre pour les directeurs financiers "
     "de la région.\n\nRetrouvez le programme sur notre page LinkedIn.\n\nLa délégation Rhône-Alpes", "fr"),
    ("Jean-Marc Berthaud", "jm.berthaud@berthaud-alimentaire.example", "TR: Charles-Henri de Vaulx souhaite se connecter",
     "Alex,\n\nce monsieur m'a écrit aussi sur LinkedIn, même message mot pour mot. Tu le connais ? Je ne réponds pas.\n\nJM\n\n"
     "----- Message transféré -----\nDe : Charles-Henri de Vaulx via LinkedIn <invitations@linkedin.com>\nObjet : Je souhaite me connecter\n\n"
     "Plusieurs investisseurs nous ont fait part de leur intérêt pour des sociétés de votre profil...", "fr"),
    ("Cabinet Orsel Audit", "planning@orsel-audit.example", "Planning de l'intérim – exercice 2025",
     "Bonjour Alex,\n\nNous vous proposons d'intervenir sur site les 17 et 18 novembre pour l'intérim. Merci de nous confirmer la disponibilité "
     "de l'équipe comptable.\n\nPS : bravo pour l'annonce de la nouvelle ligne de production, vue passer sur LinkedIn.\n\nPierre Orsel", "fr"),
    ("Spendly", "hello@spendly.example", "Your Spendly trial workspace is ready",
     "Hi Alex,\n\nYour 14-day trial is live. Tip: sign in with LinkedIn to invite your team faster.\n\nThe Spendly team", "en"),
    ("Agnès Revol", "a.revol@revol-partners.example", "Suite à mon message LinkedIn",
     "Bonjour Alex,\n\nJe vous ai écrit sur LinkedIn au sujet d'un poste de DAF ; je me permets de doubler par e-mail, au cas où la messagerie "
     "vous aurait échappé. Je reste à votre disposition.\n\nAgnès Revol", "fr"),
    ("Laura Giménez", "laura.gimenez@berthaud-iberica.example", "Cierre de octubre – filial",
     "Hola Alex,\n\nte envío el cierre de octubre de la filial. Por cierto, el banco nos pide que actualicemos el perfil de la empresa en "
     "LinkedIn antes de la renovación de la póliza, ¿lo ves tú con comunicación?\n\nUn saludo,\nLaura", "es"),
    ("Finance & Food Summit", "speakers@financefoodsummit.example", "Your speaker slot – Finance & Food Summit 2025",
     "Dear Alex,\n\nthank you for joining the CFO panel on 9 October. Please send us your photo and bio, and feel free to share the "
     "announcement on LinkedIn with the hashtag #FFS2025.\n\nBest regards,\nThe programme team", "en"),
    ("Qalia ERP", "news@qalia-erp.example", "Webinaire : traçabilité et poids variables",
     "Bonjour,\n\nRejoignez notre webinaire du 21 novembre sur la traçabilité dans les ERP agroalimentaires. Suivez-nous aussi sur LinkedIn "
     "pour les prochaines dates.\n\nL'équipe Qalia", "fr"),
    ("Lucas Perret", "lucas.perret@etu.univ-lyon.example", "Mémoire M2 – demande d'entretien",
     "Bonjour,\n\nje me permets de vous écrire également par e-mail, en complément de mon invitation LinkedIn, au sujet de mon mémoire sur le "
     "financement du BFR. Je reste disponible à votre convenance.\n\nRespectueusement,\nLucas Perret", "fr"),
]


# ------------------------------------------------------------------------- checks and builder
for _st in PEOPLE:
    for _step in _st[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_st[2], len(_step[1]))
assert len({_st[2] for _st in PEOPLE}) == len(PEOPLE)

HEADER = [f"# mailbot dev143 development corpus. Generated by scripts/make_corpus_dev143.py (seed {SEED}); do not edit by hand.",
          "# Alex as CFO of a mid-size food manufacturer near Lyon: banks and factoring, ERP and expense software, auditors and tax advisers, "
          "M&A boutiques, free and paid CFO circles, interim managers, finance students, recruiters. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev143", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
