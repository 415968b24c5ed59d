#!/usr/bin/env python3
"""Write mailbot's hundred-and-eleventh, independent development corpus: tests/corpus/dev111/*.eml + expected.toml.

The angle: the user Alex is director of EU affairs at EPMA, a (fictional) European association of
packaging manufacturers in Brussels. Their LinkedIn world: public-affairs and lobbying
consultancies selling retainers, event and summit organisers (free breakfasts and paid
"speaker packages"), think tanks presenting studies, Brussels journalists asking for comment,
MEP assistants and Council attachés sharing timelines and asking for technical input, students
applying for traineeships, translators and interpreters, policy-monitoring and stakeholder-data
vendors, and peers at other associations writing joint letters. Writers use English (British,
Irish, Flemish-tinged), Belgian French (endéans, à tantôt, HTVA, tu saurais), German (German and
Austrian), some Italian and Spanish. Stories from 2016-2017 (the circular economy package, the
Brexit vote) sit in that era's LinkedIn layout; the rest are current (the packaging regulation,
the omnibus, AI briefing tools).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The recipient's headline, endorsement skills, job-alert titles, other
LinkedIn mail's subjects, spoof-only names and headlines, and the pitches spoofs carry are swapped
for this world in this process only (make_corpus.py itself is not changed). Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or
the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev111.py              # writes tests/corpus/dev111
    python scripts/make_corpus_dev111.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261111

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the Brussels EU-affairs world (this process only)
SKILLS = {
    "en": ["Public Affairs", "EU Policy", "Government Relations", "Stakeholder Management", "Lobbying", "Circular Economy"],
    "fr": ["Affaires publiques", "Politique européenne", "Relations institutionnelles", "Plaidoyer", "Économie circulaire"],
    "de": ["Public Affairs", "EU-Politik", "Interessenvertretung", "Stakeholder-Management", "Kreislaufwirtschaft"],
    "it": ["Affari pubblici", "Politiche europee", "Relazioni istituzionali", "Advocacy", "Economia circolare"],
    "es": ["Asuntos públicos", "Políticas de la UE", "Relaciones institucionales", "Incidencia política", "Economía circular"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Director EU Affairs at EPMA – European Packaging Manufacturers' Association | Brussels",
    "fr": "Director EU Affairs chez EPMA – Association européenne des fabricants d'emballages | Bruxelles",
    "de": "Director EU Affairs bei EPMA – Europäischer Verband der Verpackungshersteller | Brüssel",
    "it": "Director EU Affairs presso EPMA – Associazione europea dei produttori di imballaggi | Bruxelles",
    "es": "Director EU Affairs en EPMA – Asociación europea de fabricantes de envases | Bruselas",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["en", "fr", "de", "en", "it"]   # spoofs and other LinkedIn mail: mostly English and French, some German and Italian
mc.CITY.update({"en": ["Brussels", "London", "Dublin", "Amsterdam", "Strasbourg", "Luxembourg"],
                "fr": ["Bruxelles", "Liège", "Namur", "Wavre", "Mons", "Luxembourg"],
                "de": ["Berlin", "Brüssel", "Wien", "Düsseldorf", "Eupen", "München"],
                "it": ["Roma", "Milano", "Bruxelles", "Torino", "Bologna", "Napoli"],
                "es": ["Madrid", "Barcelona", "Bruselas", "Valencia", "Bilbao", "Sevilla"]})
mc.NAMES.update({
    "en": (["Rhys", "Siobhan", "Harriet", "Callum", "Eleanor", "Tobias", "Nadia", "Fergus", "Imelda", "Conor"],
           ["Pryce", "Kilbride", "Ormsby", "Tennant", "Achterberg", "Lyall", "Quigley", "Harcourt", "Mabbutt", "Shevlin"]),
    "fr": (["Marie-Noëlle", "Quentin", "Gaëlle", "Arnaud", "Sylvie", "Cédric", "Nadège", "Maxime", "Bérangère", "Xavier"],
           ["Rondeux", "Piette", "Delhaye", "Wouters", "Lambotte", "Dethier", "Hougardy", "Collard", "Mathieu", "Francotte"]),
    "de": (["Ansgar", "Wiebke", "Holger", "Silke", "Reinhard", "Elfriede", "Jannik", "Gudrun", "Volker", "Marlies"],
           ["Tiedemann", "Ortner", "Haselböck", "Riemer", "Pfannenstiel", "Lüdecke", "Scharinger", "Brandl", "Eckart", "Wenzel"]),
    "it": (["Ottavio", "Lucrezia", "Ruggero", "Benedetta", "Gaetano", "Ornella", "Cosimo", "Rebecca", "Vittorio", "Agnese"],
           ["Sbarbaro", "Cavallaro", "Dell'Orto", "Pisano", "Trevisan", "Manfredi", "Colella", "Bertolini", "Spanò", "Ferrante"]),
    "es": (["Remedios", "Borja", "Araceli", "Gonzalo", "Maite", "Fermín", "Amaia", "Tomás", "Yolanda", "Ignasi"],
           ["Arrieta", "Villanueva", "Sáez", "Echeverría", "Robles", "Carrasco", "Olano", "Puig", "Galindo", "Ballester"]),
})
mc.JOBS[:] = [("Director EU Affairs", "European Beverage Cartons Alliance"), ("Senior Policy Adviser – Circular Economy", "Fédération européenne du verre d'emballage"),
              ("Referent EU-Umweltpolitik (m/w/d)", "Verband Papier & Karton e.V."), ("Head of Government Affairs EU", "Norrland Fibre AB"),
              ("Responsable affaires publiques", "Fédération belge des emballeurs")]
mc.COMPANIES["good"] = ["European Policy Forum", "KU Leuven", "College of Europe", "The Parliament Brief", "Fédération européenne du carton ondulé",
                        "Nordic Packaging Council", "Zentrum für Europäische Politik", "European Aluminium Packaging Group"]
mc.COMPANIES["sales"] = ["PolicyPulse", "StakeMap", "LegiTrack", "VeilleEuropa", "Eurotraduc", "Brussels Events Co.", "Articulus", "DraftWise"]
mc.HEADLINES["good"] = ["EU Policy Adviser at {co}", "Public Affairs Manager | {co}", "Senior Fellow, {co}", "Secretary General at {co}",
                        "Policy Officer | {co}", "Parliamentary Assistant, European Parliament"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Business Development | {co}", "Founder & CEO at {co}",
                         "Helping associations win in Brussels | {co}", "Partnerships Director at {co}"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Your amendment tracking", "An idea for EPMA", "15 minutes?", "Partnership"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Petite question", "Votre veille législative", "Une idée pour EPMA", "15 minutes ?", "Partenariat"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage", "Ihr Monitoring", "Idee für EPMA", "15 Minuten?", "Zusammenarbeit"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Domanda veloce", "Il vostro monitoraggio", "Un'idea per EPMA", "15 minuti?", "Collaborazione"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Pregunta rápida", "Vuestro seguimiento legislativo", "Una idea para EPMA", "¿15 minutos?", "Colaboración"]
retitle_other({
    "en": dict(job=("{n} new jobs for \"eu public affairs\"", "Your job alert for eu public affairs in {city}"),
               news="Will the omnibus really cut red tape for industry?", group="Top conversations in EU Public Affairs Professionals",
               newsletter="The Trilogue Letter: what the Council's general approach means for packaging"),
    "fr": dict(job=("{n} nouvelles offres pour « affaires publiques »", "Votre alerte emploi pour affaires publiques à {city}"),
               news="Simplification européenne : vraie pause réglementaire ?", group="Meilleures discussions dans Affaires publiques Belgique",
               newsletter="Carnets de la place Lux : les coulisses du Conseil"),
    "de": dict(job=("{n} neue Jobs für „EU-Referent“", "Ihr Jobalarm für EU-Referent in {city}"),
               news="Wie viel Lobby verträgt Brüssel?", group="Top-Unterhaltungen in Verbandsarbeit & Public Affairs",
               newsletter="Brüssel kompakt: Was der Rat bei den Verpackungen vorhat"),
    "it": dict(job=("{n} nuove offerte per «affari europei»", "La tua segnalazione di lavoro per affari europei a {city}"),
               news="Il ritorno della politica industriale a Bruxelles", group="Conversazioni principali in Affari Pubblici Europei",
               newsletter="Note da Bruxelles: il Consiglio e gli imballaggi"),
})
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "buried", "display:outlook.com", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the latest four-column document on the packaging file with you via LinkedIn Secure Share. Sign in within 24h before the link expires.",
           "Dear {first}, your European Parliament access badge renewal is pending. Confirm your identity through your LinkedIn account to avoid suspension."],
    "fr": ["Bonjour {first}, je vous ai partagé le document à quatre colonnes du trilogue. Connectez-vous endéans les 24 heures pour y accéder.",
           "Bonjour {first}, votre inscription au sommet reste impayée. Merci de régulariser via le lien sécurisé ci-dessous."],
    "de": ["Hallo {first}, ich habe Ihnen das aktuelle Vier-Spalten-Dokument zum Trilog freigegeben. Bitte innerhalb von 24 Stunden anmelden, sonst verfällt der Link.",
           "Guten Tag {first}, Ihr Eintrag im Transparenzregister läuft ab. Bitte bestätigen Sie Ihre Daten über den sicheren Link."],
    "it": ["Ciao {first}, ti ho condiviso il documento a quattro colonne del trilogo. Accedi entro 24 ore per scaricarlo.",
           "Gentile {first}, la sua iscrizione al registro per la trasparenza è in scadenza. Confermi i dati tramite il link sicuro."],
    "es": ["Hola {first}, te he compartido el documento de cuatro columnas del trílogo. Inicia sesión en 24 horas para abrirlo.",
           "Estimado/a {first}, su acreditación para el Parlamento Europeo está pendiente. Confirme su identidad con su cuenta de LinkedIn."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Sophie Vandenbroucke", "Chargée de programme Climat & Économie circulaire | European Policy Forum", "Bruxelles",
  ("inv", "Bonjour Alex, on organise un petit-déjeuner débat le jeudi 12 à 8h30, rue du Trône, sur la mise en œuvre du règlement emballages. "
          "Gratuit, règle de Chatham House, une vingtaine de personnes dont l'équipe du rapporteur. Je vous garde une place ? À tantôt !"),
  ("rem",))
P("good_invitation", "fr", "Jakub Nowicki", "Accredited Parliamentary Assistant | ENVI & ITRE", "Bruxelles",
  ("inv", "Hi Alex, I cover packaging for my MEP, who shadows the implementing acts. Before we send comments on the recycled-content calculation "
          "I'd like to hear how your members measure it on the line. 20 min next week? I can walk you through our timeline too."),
  nl="en")
P("good_invitation", "en", "Niamh Gallagher", "EU Correspondent, environment & industry | The Parliament Brief", "Brussels",
  ("inv", "Alex – I'm doing a piece on how sector associations read the omnibus simplification push and I'd really like the packaging angle. "
          "15 mins before Thursday? Background or on the record, your call. Thanks, Niamh"),
  ("rem",))
P("good_invitation", "es", "Lucía Herrero Prats", "Máster en Estudios Políticos Europeos | College of Europe", "Brujas",
  ("inv", "Hola Alex: acabo el máster en Brujas en junio y he visto que EPMA ofrece prácticas en asuntos regulatorios. Mi tesina trata de la "
          "responsabilidad ampliada del productor en envases. ¿Podría enviarle mi CV o decirme a quién dirigirme? Muchas gracias."))
P("good_invitation", "de", "Friedrich Oberhuber", "Leiter EU-Büro | Fachverband Glas Österreich", "Wien",
  ("inv", "Grüß Gott Alex, wir stimmen heuer im Verband eine Stellungnahme zu den Wiederverwendungsquoten ab und suchen Mitstreiter entlang der "
          "Wertschöpfungskette. Wollen wir unsere Entwürfe nebeneinanderlegen? Unseren Stand schicke ich Ihnen gern vorab."))
P("good_invitation", "it", "Chiara Lo Monaco", "Policy Officer, Circular Economy | European Commission (views my own)", "Bruxelles",
  ("inv", "Buongiorno Alex, il 3 dicembre la DG organizza un workshop tecnico con gli stakeholder sulla metodologia del contenuto riciclato, "
          "gratuito e anche da remoto. Mi farebbe piacere che EPMA ci fosse: se ci colleghiamo le giro l'invito ufficiale e l'ordine del giorno."))
P("good_invitation", "en", "Willem Claes", "Secretary General | Belgian Federation of Packaging Recyclers", "Mechelen",
  ("inv", "Alex, a few of us association people on the circular economy package are meeting for coffee before the ENVI vote to compare notes "
          "on the packaging targets. No slides, no fee, six or seven people, Thursday at Karsmakers. Good to have EPMA round the table. Willem"))


# =============================================================== default_invitation
P("default_invitation", "en", "Dirk Vermeulen", "Account Manager | Congress venues Brussels & Antwerp", "Antwerpen", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Anne-Catherine Lejeune", "Consultante senior en affaires publiques", "Namur", ("inv", NONOTE))
P("default_invitation", "de", "Matthias Brandstätter", "Referent Wirtschaftspolitik | Industriellenvereinigung", "Wien", ("inv", DEFAULT))
P("default_invitation", "it", "Giorgio Pellegrini", "Business Development | Traduzioni e interpretariato", "Roma", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Tom Ashdown", "Account Director, Trade Associations | PolicyPulse", "London",
  ("inv", "Hi Alex, most trade associations we talk to still track amendments by hand in spreadsheets. PolicyPulse flags each new compromise "
          "text within minutes, by file, article and MEP. Could I grab 20 minutes to show you the packaging dashboard?"))
P("sales_invitation", "fr", "Charlotte Deneffe", "Head of Partnerships | Circular Packaging Summit", "Bruxelles",
  ("inv", "Bonjour Alex, il nous reste deux prises de parole en plénière le 18 novembre, réservées aux partenaires Gold (12.500 € HTVA : "
          "visibilité, stand et 4 badges). Vu le rôle d'EPMA sur le dossier, je vous envoie la brochure partenaires ?"),
  ("rem",))
P("sales_invitation", "en", "Ramón Castells", "Key Account Manager | Lingua Europa Translations", "Barcelona",
  ("inv", "Hola Alex, traducimos posiciones, enmiendas y notas de prensa a las 24 lenguas oficiales en 48 h, con traductores especializados en "
          "medio ambiente. Para asociaciones, desde 0,09 €/palabra. ¿Le preparo un presupuesto para su próximo position paper?"),
  nl="es")
P("sales_invitation", "de", "Sabine Rautenberg", "Sales Director DACH | StakeMap", "Berlin",
  ("inv", "Guten Tag, mit StakeMap sehen Sie auf einen Blick, welche Abgeordneten, Kabinette und Ratsreferenten an Ihrem Dossier sitzen, samt "
          "Kontaktdaten. Verbände bekommen 20 % Nachlass. Darf ich Ihnen einen Testzugang freischalten und kurz telefonieren?"),
  ("rem",))
P("sales_invitation", "it", "Federico Rinaldi", "Senior Partner | Palazzi & Partners Public Affairs", "Roma",
  ("inv", "Buongiorno Alex, affianchiamo le associazioni di categoria nei negoziati in Consiglio, con un canale diretto con la Rappresentanza "
          "italiana. Sul regolamento imballaggi possiamo fare la differenza. Le andrebbe un caffè per presentarle i nostri servizi?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Marc-Olivier Dufresne", "Fondateur | Cercle des responsables affaires publiques", "Ixelles",
  ("inv", "Bonjour Alex, une fois par trimestre je réunis une quinzaine de responsables affaires publiques d'associations sectorielles autour "
          "d'un dîner à Ixelles, pour parler franchement de nos dossiers. Pas de vendeurs, pas de presse. Ça vous dirait d'en être ?"),
  ("msg", "Ravi de la connexion ! Petite précision avant le prochain dîner : la participation au Cercle passe par notre programme "
          "d'accompagnement en stratégie d'influence (coaching individuel + accès aux dîners), 4.900 € HTVA par an. Je vous envoie le bon de commande ?", (3, 12)),
  ("msg", "Alex, je me permets de relancer : il ne reste que trois places pour l'année et le tarif préférentiel tombe vendredi. Je bloque la vôtre ?", (6, 15)))
P("bait_and_switch_invitation", "en", "Oliver Prentice", "EU Policy Lead | ex-European Commission", "Brussels",
  ("inv", "Alex, quick one from someone on the same file: how are you explaining the reuse targets to your members? We keep getting "
          "contradictory readings of the transport packaging article. Would value comparing notes, even 10 minutes."),
  ("msg", "Thanks for accepting! Full disclosure, the reason I ask is that we built Articulus, an AI tool that turns each compromise text into a "
          "member-ready briefing in five minutes. Associations are our sweet spot. Can I set you up with a free 14-day trial and a quick onboarding call?", (2, 8)))
P("bait_and_switch_invitation", "de", "Klaus Wendland", "Programmdirektor | Europäisches Verpackungsforum", "Düsseldorf",
  ("inv", "Hallo Alex, wir stellen gerade das Programm für unser Forum im März zusammen und hätten Sie sehr gern auf dem Podium zur "
          "Verpackungsverordnung. Darf ich mich vernetzen, damit wir die Details abstimmen können?"),
  ("msg", "Vielen Dank! Zur Organisation: Für Podiumsplätze gilt unser Referentenpaket zu 3.450 € zzgl. MwSt. (Logo auf der Website, "
          "Teilnehmerliste, Abendempfang). Soll die Rechnung an EPMA gehen oder an Sie persönlich?", (2, 10)),
  ("msg", "Hallo Alex, kurze Erinnerung: Ohne Zahlungseingang bis Monatsende müssen wir den Podiumsplatz leider weitergeben. Alternativ gibt "
          "es das kleinere Paket ohne Empfang für 1.900 €.", (7, 20)))
P("bait_and_switch_invitation", "it", "Alessia Bernardini", "Head of Research | Osservatorio Politiche Circolari", "Milano",
  ("inv", "Ciao Alex, abbiamo appena chiuso un'analisi comparata su come 12 Stati membri stanno recependo gli obblighi EPR sugli imballaggi. "
          "È gratuita per chi lavora sul dossier: se ci colleghiamo te la giro in PDF."),
  ("msg", "Eccola, trovi il link al PDF qui sotto. Ti anticipo che lo stesso lavoro lo facciamo su misura per le associazioni: mappatura paese "
          "per paese e monitoraggio mensile dei decreti, da 2.800 € al mese. Ti fisso una call con il mio socio la prossima settimana?", (1, 6)))
P("bait_and_switch_invitation", "en", "Gareth Lloyd-Evans", "Founder, Brussels Expat Professionals | Chartered Financial Planner", "Brussels",
  ("inv", "Hello Alex – I run Brussels Expat Professionals, free monthly drinks for people working around Schuman and Lux. Good crowd, no "
          "agenda, first round's usually on somebody's expense account. Would be great to see you at the next one."),
  ("msg", "Great to have you in the network! A lot of our members have been asking about their UK pensions with all the Brexit uncertainty. "
          "I'm a qualified adviser and we have an offshore transfer route that has worked well for Brussels-based Brits. 20 minutes for a "
          "no-obligation review?", (4, 14)),
  ("msg", "Hi Alex, just circling back on that pension review. With sterling where it is, transfer values are unusually good right now. "
          "Does Thursday lunchtime suit?", (8, 20)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Hélène Marchal", "Chercheuse associée | Institut d'études européennes", "Louvain-la-Neuve",
  ("inm", "Entretien – étude sur la représentation d'intérêts", "Bonjour Alex, dans le cadre d'une étude sur la manière dont les fédérations "
          "sectorielles se préparent aux trilogues, je mène une vingtaine d'entretiens anonymes de 30 minutes. Votre expérience du dossier emballages "
          "serait précieuse. Seriez-vous disponible dans les semaines qui viennent ?"),
  ("inm", "Suite à votre réponse", "Merci beaucoup pour votre retour positif. Je précise que l'étude est portée par notre cabinet de conseil : "
          "à l'issue de l'entretien, nous proposons aux associations participantes un audit complet de leur dispositif d'influence, au tarif "
          "préférentiel de 6.000 € HTVA. Je joins la plaquette, on en parle pendant l'entretien ?", (4, 12)))
P("bait_and_switch_inmail", "en", "Victoria Haines", "Director | EU Dialogue Platform", "Brussels",
  ("inm", "Closed-door roundtable with ENVI members", "Dear Alex, we're convening a closed-door roundtable in the Parliament with three ENVI "
          "members on the reuse targets. Chatham House, fourteen seats, senior people only. EPMA's perspective would be central to the "
          "discussion. Would you like us to hold a seat for you?"),
  ("inm", "Roundtable – seat confirmation", "Delighted you can join. To confirm your seat, participating organisations contribute €7,500 "
          "towards the roundtable (this includes a speaking slot and your logo in the outcome report). I've attached the partnership form; "
          "could you return it by Friday so we can lock the room?", (3, 9)))
P("bait_and_switch_inmail", "es", "Marina Ocaña", "Responsable técnica | Asociación de Fabricantes de Bioplásticos", "Valencia",
  ("inm", "Consulta técnica: envase compostable", "Hola Alex, trabajo en una asociación de fabricantes de bioplásticos y ando liada con la "
          "definición de envase compostable del nuevo reglamento. ¿Cómo lo estáis interpretando en EPMA para las bolsas de fruta? Si me echas "
          "un cable te lo agradezco muchísimo."),
  ("inm", "Re: Consulta técnica", "¡Mil gracias por contestar! Aprovecho para contarte que, aparte de la asociación, llevo una consultora de "
          "certificación. Si alguno de vuestros socios necesita el sello de compostabilidad industrial, tenemos un paquete para miembros de EPMA "
          "con un 15 % de descuento. ¿Te paso la tarifa y la mueves entre tus socios?", (3, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Valérie Thys", "Traductrice juridique indépendante EN>FR, NL>FR", "Liège",
  ("end",), ("end",),
  ("msg", "Coucou Alex ! Je t'ai recommandé·e pour {skill}, c'était bien mérité. Tu saurais me rendre la pareille pour Traduction juridique "
          "et Terminologie ? Je relance mon activité d'indépendante et ça aide vraiment. Merci mille fois, à tantôt !"))
P("endorse_me_back", "en", "Ryan Mulcahy", "Public Affairs Consultant | EU funding", "Dublin",
  ("end",),
  ("msg", "Alex! Popped an endorsement on your {skill} there. Any chance you'd do the same for me on Stakeholder Engagement and EU Funding? "
          "I'm going for a framework contract and the profile needs a bit of polish. Sound, cheers"))
P("endorse_me_back", "de", "Jana Pospíšilová", "Junior Policy Officer | Verband der Papierindustrie", "Brüssel",
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie eben für {skill} bestätigt. Wäre es unverschämt, im Gegenzug um eine Bestätigung für EU-Recht und "
          "Verbandskommunikation zu bitten? Ich stecke gerade mitten in Bewerbungen. Danke und schönes Wochenende!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Enzo Fabbri", "Laureando in Scienze Politiche | Università di Bologna", "Bologna",
  ("inv", "Buongiorno Alex, sono laureando in Scienze politiche a Bologna e vorrei fare uno stage nel vostro ufficio di Bruxelles da "
          "settembre. Parlo inglese e francese e ho una tesi sull'economia circolare. Posso mandarle il CV?"),
  ("rem",),
  ("inm", "Grazie lo stesso", "Tre settimane e nemmeno un 'no, grazie'. Complimenti: per un'associazione che si riempie la bocca di "
          "trasparenza e dialogo siete proprio un bell'esempio. Spero tratti i suoi stagisti meglio di come tratta chi si candida."))
P("hostility_after_decline", "fr", "Bernard Collignon", "Associé | Collignon & Gérard Affaires publiques", "Bruxelles",
  ("inv", "Bonjour, notre cabinet accompagne les fédérations dans leurs relations avec la Représentation permanente belge et les cabinets "
          "régionaux. Un café pour vous présenter ce qu'on fait ?"),
  ("inm", "Sans réponse", "Je constate que vous avez ignoré mon invitation. Dans un métier où tout repose sur le relationnel, votre attitude "
          "est franchement déplacée, pour ne pas dire méprisante. On se recroisera place du Luxembourg, n'ayez crainte."))
P("hostility_after_decline", "en", "Grant Whitlock", "Growth Partner | Brussels Events Co.", "Brussels",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Seriously?", "Declined by someone whose entire job is networking. Bit rich, Alex. You lot in the bubble think you're above anyone "
          "who isn't queueing for a Commission badge. Good luck getting people to your next event."))
P("hostility_after_decline", "de", "Uwe Kirchhoff", "Geschäftsführer | Kirchhoff Messebau", "Köln",
  ("inv", NONOTE),
  ("inm", "Ihre Ablehnung", "Es wäre ein Leichtes gewesen, kurz abzusagen. Stattdessen Funkstille. Sie vertreten einen ganzen Industrieverband "
          "und haben offenbar nicht einmal Grundmanieren. Das werde ich bei Gelegenheit Ihrem Präsidium erzählen."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Hugo Verstraete", "Managing Partner | Verstraete Public Affairs", "Brussels",
  ("msg", "Alex, good to catch you at the EPC reception. As promised, our proposal for trilogue support on the packaging file: weekly Council "
          "readouts, two bilaterals a month with attachés, €6,500/month, three-month minimum. Shall I send the engagement letter?"),
  ("msg", "Hi Alex, wanted to make sure this didn't get buried. Happy to trim the scope if budget is tight.", (5, 14)),
  ("msg", "Three messages now and not a line back. I find it remarkable that the head of EU affairs of a packaging association can't manage a "
          "two-sentence reply. No wonder your sector keeps losing votes in committee.", (6, 18)))
P("hostility_connection", "it", "Paola Serra", "Sales Manager Espositori | FieraPack Milano", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Come accennato al vostro stand, per FieraPack 2026 abbiamo un'area 'Policy Corner' "
          "sponsorizzabile: 18 m², talk di 20 minuti e logo su tutti i materiali a 14.000 €. Posso mandarti la proposta?"),
  ("msg", "Va bene, il silenzio l'ho capito. Sinceramente mi aspettavo più educazione da chi il collegamento me l'ha chiesto. Buon lavoro, eh.", (10, 25)))
P("hostility_connection", "en", "Kai Nolte", "Key Account Manager | LegiTrack", "Hamburg",
  ("msg", "Hallo Alex, schön, dass wir vernetzt sind. LegiTrack bündelt Ratsdokumente, Kommissionsentwürfe und Ausschussprotokolle in einem "
          "Feed, mit automatischer Zusammenfassung auf Deutsch. Für Verbände gibt es eine Jahreslizenz ab 9.800 €. Wann passt Ihnen eine Demo?"),
  ("msg", "Hallo Alex, ich habe bisher nichts von Ihnen gehört. Ehrlich gesagt finde ich es ziemlich respektlos, eine Vernetzung anzunehmen "
          "und dann auf keine einzige Nachricht zu reagieren. So behandelt man Geschäftspartner nicht.", (8, 20)),
  nl="de")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Nathalie Goossens", "Directrice commerciale | Eurotraduc Bruxelles", "Bruxelles",
  ("msg", "Bonjour Alex, pour vos prises de position et communiqués, Eurotraduc propose un forfait associations : 24 langues, relecture par "
          "des juristes-linguistes, livraison en 72 h. Je vous fais une offre pour le prochain dossier ?"),
  ("msg", "Petit rappel : nos tarifs actuels sont garantis jusqu'au 31 janvier, ensuite ils augmentent de 8 %. Voulez-vous que je bloque ce "
          "prix pour EPMA ?", (10, 30)))
P("connection_only_pitches", "en", "Liam Carberry", "Exhibition Sales | Green Packaging Expo Europe", "Amsterdam",
  ("msg", "Hi Alex, exhibitor booking for Green Packaging Expo is open. Association pavilions get a shared 36 m² stand your members can "
          "split four ways, works out at €4,200 each. Want the floor plan?"),
  ("msg", "Alex, floor plan attached. Hall 2 is going fast, mostly German and Italian converters. Can I pencil EPMA in?", (7, 21)),
  ("msg", "Last call on the association pavilion, I need to release the space on Monday. Yes or no is fine!", (5, 12)))
P("connection_only_pitches", "en", "Damien Coutts", "Expat Tax & Wealth | Brussels and Luxembourg", "Brussels",
  ("msg", "Hi Alex, hope all's well at the association. Quick one: a lot of international staff in Brussels overpay Belgian tax because "
          "they never applied for the expat regime. I offer a free 30-minute assessment and handle the filing for a fixed fee. Worth a look?"),
  ("msg", "Alex, the Belgian filing deadline is getting close. I still have a few slots for a fixed-fee return and a pension top-up review. "
          "Shall I book you in?", (20, 45)))
P("connection_only_pitches", "es", "Íñigo Larrañaga", "Director creativo | Estudio Bruma – vídeo y campañas", "Bilbao",
  ("msg", "¡Kaixo Alex! Te escribo porque hacemos campañas en vídeo para asociaciones europeas: piezas cortas para redes con datos de la "
          "industria, en varios idiomas. Con lo del reglamento de envases os vendría genial. ¿Te paso nuestro reel y precios?"),
  ("msg", "Buenas Alex, te dejo el caso de una federación papelera con la que trabajamos en primavera (1,2 M de visualizaciones). Podemos "
          "hacer un paquete de tres vídeos por 11.500 €. ¿Hablamos la semana que viene?", (8, 25)))


# =============================================================== single_pitch
P("single_pitch", "en", "Elke De Smet", "Freelance event photographer & video | Brussels", "Brussels",
  ("msg", "Hi Alex, long time! I've gone freelance – event photography and short video for associations around Brussels. If you still do the "
          "General Assembly in June I'd love to quote for it. Day rate €850 incl. editing. Groetjes, Elke"))
P("single_pitch", "de", "Henrike Albers", "Konferenzdolmetscherin DE/EN/FR | Teamleitung", "Bonn",
  ("msg", "Hallo Alex, für Ihre Mitgliederversammlung in Wien stellen wir gern das komplette Dolmetschteam Deutsch/Englisch/Französisch, "
          "inklusive Kabinen und Technik. Soll ich Ihnen ein Angebot für zwei Tage schicken?"))
P("single_pitch", "it", "Lorenzo Aiello", "Founder | Lobbify – app per la gestione degli stakeholder", "Torino",
  ("msg", "Ciao Alex! Abbiamo lanciato Lobbify, il CRM per chi fa public affairs: incontri, registro per la trasparenza e report ai soci in "
          "un'unica app. Per le associazioni di Bruxelles il primo anno è a metà prezzo. Ti mando il link per una demo?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Aoife Brennan", "Accredited Parliamentary Assistant | Rapporteur's office, ENVI", "Brussels",
  ("msg", "Alex, heads up: the rapporteur's team circulates the draft compromise on the reuse article tomorrow, and there's a technical meeting "
          "Wednesday 14:00 in the Parliament (room tbc). Industry is welcome to sit in. Send me names by tonight if you want badges."),
  ("msg", "Thanks for the input from your members, it went straight into the briefing for my MEP. Slides from Wednesday are in the link, "
          "plus the timetable up to the plenary vote.", (3, 15)))
P("connection_brings_value", "fr", "Pierre-Yves Lambotte", "Directeur affaires européennes | Fédération européenne du carton ondulé", "Bruxelles",
  ("msg", "Salut Alex, on finalise la lettre commune de la chaîne de valeur au Conseil sur les exemptions pour le carton. Il nous manque "
          "votre logo et deux lignes sur vos membres. Tu saurais me renvoyer ça endéans la semaine ? Le draft est en lien, commente librement."))
P("connection_brings_value", "de", "Dr. Ingrid Sommer", "Senior Fellow | Zentrum für Europäische Politik", "Berlin",
  ("end",),
  ("msg", "Hallo Alex, am 21. stellen wir in Brüssel unsere Studie zur Binnenmarktwirkung nationaler Pfandsysteme vor, mit Diskussion und "
          "anschließendem Mittagessen. Eintritt frei, Anmeldung über den Link. Ihre Sicht aus der Industrie würde der Debatte guttun, gern "
          "auch als Wortmeldung aus dem Publikum."))
P("connection_brings_value", "fr", "Pedro Alcaraz", "Corresponsal en Bruselas | El Diario Económico", "Bruxelles",
  ("msg", "Hola Alex, ¿tendrías diez minutos mañana por la mañana? Preparo una crónica sobre el acuerdo de anoche en el trílogo de envases "
          "y me falta la visión de la industria. Puedo citarte con nombre o como 'fuentes del sector', como prefieras."),
  nl="es")
P("connection_brings_value", "it", "Giovanna Ferlito", "Consigliera Ambiente | Rappresentanza permanente d'Italia presso l'UE", "Bruxelles",
  ("msg", "Ciao Alex, come anticipato al telefono: il gruppo di lavoro Ambiente esamina il nuovo testo della presidenza martedì 14. Se volete "
          "far arrivare una nota tecnica sulle esenzioni, mandamela entro venerdì e la giro al capodelegazione. Un caro saluto"),
  ("msg", "Grazie per la nota, chiarissima. Ti giro il resoconto informale della riunione, solo per uso interno.", (5, 14)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Caroline Mercier-Smith", "Partner, Associations & Not-for-Profit | Hartwell Executive Search", "London",
  ("inm", "Secretary General – European trade association (confidential)", "Dear Alex, I'm leading the search for a Secretary General for a "
          "European trade association in the food-contact materials space, based in Brussels and reporting to a board of twelve member CEOs. "
          "The package is in the €180-210k range plus car. Your mix of Council experience and member management stands out. Would you be "
          "open to a confidential conversation next week?"))
P("stranger_inmail_recruiter", "fr", "Sandrine Wauters", "Talent Acquisition | Fédération belge de l'industrie alimentaire", "Bruxelles",
  ("inm", "Poste : Directeur·rice Affaires publiques", "Bonjour Alex, nous recrutons un·e Directeur·rice Affaires publiques pour notre "
          "fédération (CDI, Bruxelles, équipe de cinq personnes, rapportage direct à l'administrateur délégué). Le bilinguisme FR/NL est un "
          "plus, pas une condition. Votre profil correspond très bien : seriez-vous ouvert·e à un premier échange, en toute discrétion ?"))
P("stranger_inmail_recruiter", "de", "Jörg Ebeling", "Partner | Ebeling & Thiel Executive Search", "Frankfurt am Main",
  ("inm", "Leitung EU-Verbindungsbüro – vertraulich", "Guten Tag, im Auftrag eines großen deutschen Industrieverbands suche ich eine Leitung "
          "für das Verbindungsbüro in Brüssel (Team von vier, unbefristet, Dienstwagen). Verhandlungssicheres Deutsch und gute Kontakte in Rat "
          "und Parlament sind wichtig. Hätten Sie Interesse an einem vertraulichen Gespräch? Beste Grüße, Jörg Ebeling"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Megan Tully", "Founder | DraftWise – AI for public affairs", "Dublin",
  ("inm", "Your consultation responses", "Hi Alex, I saw EPMA filed 40+ pages in the last Commission consultation. DraftWise drafts "
          "consultation responses and position papers from your members' input in about an hour, in your association's voice. Could I show "
          "you a 15-minute demo this week?"),
  ("inm", "Quick follow-up", "Hi again Alex, we've just added automatic amendment tables in four-column format. Happy to run a pilot on your "
          "next position paper free for the first month, then €690/month.", (5, 14)))
P("stranger_inmail_sales", "fr", "Olivier Baudoux", "Coach média & porte-parole | ancien journaliste radio", "Bruxelles",
  ("inm", "Media training pour vos porte-parole", "Bonjour Alex, ancien journaliste radio, je forme les porte-parole d'associations à "
          "l'interview télé et radio. Une journée en petit groupe, 2.400 € HTVA, exercices filmés compris. Je serais ravi de vous présenter le "
          "programme lors d'un court appel."))
P("stranger_inmail_sales", "it", "Silvia Ruggiero", "Consulente progettazione europea | Bandi Horizon e LIFE", "Napoli",
  ("inm", "Fondi LIFE per la vostra associazione", "Gentile Alex, aiutiamo le associazioni a presentare proposte LIFE e Horizon Europe: "
          "scrittura, partenariato, budget. Lavoriamo a success fee (8 %) più un anticipo di 3.000 €. Posso chiamarla per capire se avete un "
          "progetto nel cassetto?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Rupert Haldane", "Council affairs | formerly at a Permanent Representation", "Brussels",
  ("inv", "Alex, we overlapped on the Council side of the waste file years ago. I keep a running note of where each delegation stands on the "
          "packaging exemptions and I'm happy to share it with people who work the file properly. Connect?"),
  ("msg", "Here's the note as of this morning: twelve delegations mapped, who has been speaking in the working party and what they asked for. "
          "Use it as you like.", (2, 8)),
  ("msg", "Alex, glad the note's been useful. I've now set up on my own as Haldane Policy Advisory, and I'm offering a small number of "
          "associations a monthly Council intelligence service at €4,000 a month. Given what you've seen, shall we formalise it? I can send "
          "terms today.", (10, 30)))
P("good_turns_ugly", "fr", "Amandine Pirard", "Présidente | Cercle étudiant des affaires européennes (ULB)", "Bruxelles",
  ("inv", "Bonjour Alex, avec le cercle des affaires européennes de l'ULB, on organise un midi-conférence gratuit sur le métier de lobbyiste "
          "associatif. Seriez-vous partant·e pour témoigner 20 minutes ? Le public : des étudiant·es de master qui cherchent leur voie."),
  ("msg", "Un tout grand merci pour votre intervention de jeudi, les étudiants en parlent encore ! Voici l'enregistrement et les questions "
          "qu'on n'a pas eu le temps de poser, si jamais.", (10, 30)),
  ("end", (2, 20)),
  ("msg", "Bonjour Alex, je viens de vous recommander pour {skill} 🙂 Petite demande en retour : je termine mon master et je cherche un "
          "stage, une recommandation pour Affaires européennes et Gestion d'événements m'aiderait beaucoup. Merci d'avance !", (1, 10)))
P("good_turns_ugly", "es", "Carmen Villalobos", "Directora | Foro Envase Sostenible", "Madrid",
  ("inv", "Hola Alex, el 5 de marzo hacemos en Madrid una jornada gratuita para explicar a las pymes del envase qué les exige el nuevo "
          "reglamento. Nos encantaría que alguien de EPMA abriera la sesión, en remoto si es más cómodo. ¿Conectamos y te cuento?"),
  ("msg", "¡Gracias de nuevo por abrir la jornada! Aquí tienes la grabación y las diapositivas de todos los ponentes. Los asistentes "
          "puntuaron tu intervención con un 9,1.", (7, 20)),
  ("msg", "Alex, una propuesta: para el congreso de otoño buscamos patrocinadores institucionales. El paquete Oro (9.000 € + IVA) incluye "
          "ponencia en plenario y stand. Como ya nos conocéis, os lo dejamos en 7.500 €. ¿Lo vemos con tu presidente?", (20, 50)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Patrick Dumoulin", "Business Developer | VeilleEuropa", "Bruxelles",
  ("inm", "Votre veille législative", "Bonjour Alex, VeilleEuropa suit pour vous chaque texte du Parlement, du Conseil et de la Commission, "
          "avec une synthèse quotidienne en français. Pour les associations : 30 jours d'essai gratuit puis 450 €/mois. Je vous ouvre un accès ?"),
  ("inv", "Bonjour Alex, on s'est croisés au drink de la Chambre de commerce belgo-luxembourgeoise, ravi d'avoir pu échanger de vive voix. "
          "Restons en contact !"))
P("reinvite_known_bad", "de", "Jens Kowalczyk", "Referent Industriepolitik", "Brüssel",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir saßen beim Parlamentarischen Abend der Landesvertretung nebeneinander – gern hier vernetzen!"))
P("reinvite_known_bad", "en", "Amy Fairbanks", "Media Trainer | Fairbanks Communications", "London",
  ("inv", "Hi Alex, I coach Brussels spokespeople for broadcast interviews. With the circular economy package all over the news, would your "
          "team benefit from a one-day media training? Happy to send rates."),
  ("inv", "Hi Alex, great panel at the packaging conference yesterday, really enjoyed your point on targets versus infrastructure. Would "
          "love to stay connected."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Thierry Gobert", "Consultant en communication d'influence", "Wavre",
  ("inv", "Bonjour Alex, j'accompagne les fédérations qui veulent peser davantage dans le débat public. Je vous propose un diagnostic de "
          "votre communication pour 1.500 €. On s'appelle ?"),
  ("inm", "Dommage", "Pas de réponse, donc. C'est bien la peine de se dire au service des membres quand on n'a même pas la politesse de "
          "répondre à un professionnel. Je retiens la leçon, et vous devriez en prendre une de savoir-vivre."),
  ("inv", "Bonjour Alex, nouvelle année, page blanche ? J'aimerais vraiment qu'on se connecte, sans arrière-pensée."))
P("reinvite_known_ugly", "de", "Nikolaus Berger", "Doktorand Politikwissenschaft | Berater", "Wien",
  ("inm", "Interview für meine Dissertation", "Guten Tag, ich schreibe an der Universität Wien eine Dissertation über Verbandseinfluss im "
          "Trilog und suche Gesprächspartner aus der Praxis. 30 Minuten, anonymisiert. Wären Sie bereit?"),
  ("inm", "Danke – und eine Idee", "Herzlichen Dank für Ihre Zusage! Nebenbei berate ich Verbände bei der Professionalisierung ihres "
          "Monitorings. Im Anschluss an das Interview könnte ich Ihnen ein Angebot für eine Prozessanalyse machen, Tagessatz 1.200 €. "
          "Sollen wir das gleich mit einplanen?", (3, 10)),
  ("inv", "Hallo Alex, ich würde mich freuen, wenn wir uns auch hier vernetzen."))
P("reinvite_known_ugly", "en", "Simon Peverell", "Director | Brexit Readiness Partners", "London",
  ("inm", "Free Brexit scenario workshop for associations", "Dear Alex, with Brexit on the horizon we're running a free half-day scenario "
          "workshop for Brussels trade associations with UK members. Small group, no sales, just a structured look at what changes for your "
          "membership. Would you like a place?"),
  ("inm", "Next steps before the workshop", "Thanks for your interest, Alex. Ahead of the workshop, most associations opt for our Brexit "
          "Readiness Audit so the session can be tailored to them. It's £8,500 and takes three weeks. Shall I send the engagement letter?", (4, 12)),
  ("inv", "Alex, it would be good to be connected here too."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Benoît Hanssens", "Gérant | Traiteur Hanssens – événements d'entreprise", "Uccle",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Suite à notre conversation au drink de jeudi : nous faisons le walking dinner pour des assemblées "
          "générales de 50 à 300 personnes, à Bruxelles et en Brabant wallon. Je vous envoie notre carte et un devis pour votre AG ?"))
P("user_invited_pitch_once", "en", "Katarzyna Wolska", "Head of Sales | Meridian Policy Data", "Warsaw",
  ("acc",),
  ("msg", "Thanks for connecting after the panel, Alex. As mentioned, Meridian Policy Data has voting records and amendment authorship for "
          "every MEP since 2009, exportable to Excel. I'd love to set up a trial for your team. Could we do a 30-minute call next week?"))
P("user_invited_pitch_once", "es", "Álvaro Quintanilla", "Socio | Quintanilla Fondos Europeos", "Madrid",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex. Lo que te comenté en la recepción: gestionamos convocatorias del Fondo de Innovación y de LIFE para "
          "asociaciones industriales, y solo cobramos si sale. Si tenéis socios con proyectos de reciclado químico, montamos una propuesta. "
          "¿Llamada el jueves?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Daniel Forsyth", "Managing Director | Forsyth Campaigns", "Brussels",
  ("acc",),
  ("msg", "Cheers for the connection, Alex. Following our chat at the Plux reception: we run digital advocacy campaigns for associations, "
          "geo-targeted ads around the Parliament, microsites, email-your-MEP tools. For the plenary vote we could have something live in "
          "ten days. Want a proposal?"),
  ("msg", "Alex, proposal attached: three-week campaign around the plenary, €38k all in, creative included. We can start Monday if you "
          "sign off by Friday.", (6, 20)))
P("user_invited_pitch_twice", "de", "Christina Huber", "Eventmanagerin | Palais am Ring Veranstaltungen", "Wien",
  ("acc",),
  ("msg", "Grüß Gott Alex, danke für die Vernetzung! Wie am Rande des Verbandstags besprochen: Für Ihre Generalversammlung hätten wir den "
          "Festsaal im Juni noch frei, 250 Personen, Technik inklusive. Darf ich ein Angebot erstellen?"),
  ("msg", "Hallo Alex, der Juni-Termin ist weiterhin für Sie reserviert, allerdings nur noch bis Ende nächster Woche. Das Angebot liegt bei "
          "23.400 € netto inklusive Catering. Soll ich fix buchen?", (8, 20)))
P("user_invited_pitch_twice", "it", "Raffaella Monti", "Interprete di conferenza | Monti Language Services", "Bruxelles",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento! Come ti dicevo alla cena del Comitato, forniamo interpreti e cabine per assemblee e "
          "conferenze, anche con piattaforme da remoto. Vuoi che ti prepari un preventivo per il vostro prossimo evento?"),
  ("msg", "Alex, ti mando comunque il listino per le associazioni: cabine IT/EN/FR/DE a partire da 4.900 € al giorno. Fammi sapere, "
          "possiamo bloccare le date già adesso.", (10, 30)))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Prof. Maarten Jacobs", "Professor of Environmental Economics | KU Leuven", "Leuven",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. As promised after the hearing, here's our working paper on deposit-return schemes in Belgium and "
          "the Netherlands, with the cost data in the annex. Comments welcome before we submit. Happy to present it to your members' working "
          "group if useful, no charge of course."))
P("user_invited_value", "fr", "Camille Renard", "Assistante parlementaire | Députée européenne, commission ENVI", "Strasbourg",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour la mise en relation. Comme je vous le disais, la députée dépose ses amendements sur l'acte délégué la "
          "semaine prochaine. Si vos membres ont des chiffres sur les emballages de transport, je suis preneuse d'ici lundi : des données "
          "pèseront plus que des principes."))
P("user_invited_value", "de", "Sebastian Kral", "Justiziar | Industrieverband Kunststoffverpackungen", "Bad Homburg",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wie versprochen hier das Rechtsgutachten zur Vereinbarkeit nationaler Pfandpflichten mit "
          "dem Binnenmarkt, das wir letztes Jahr in Auftrag gegeben haben. Teilen Sie es gern mit Ihren Mitgliedern, nur bitte nicht "
          "veröffentlichen."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Laurence Dewit", "Attachée Environnement | Représentation permanente de la Belgique", "Bruxelles", ("acc",))
P("acceptance_only", "en", "Oskar Lindholm", "Policy Adviser | Nordic Packaging Council", "Stockholm", ("acc",))
P("lone_endorsement", "en", "Ilse Vandamme", "Communications Officer | former EPMA trainee", "Gent", ("end",))
P("lone_endorsement", "it", "Francesca Orlando", "Policy Officer | Federazione Carta e Grafica", "Roma", ("end",))


# layout era per person: "2016" for the stories of 2016-2017 (circular economy package, Brexit vote); everyone else current
OLD = {"Willem Claes", "Dirk Vermeulen", "Gareth Lloyd-Evans", "Ryan Mulcahy", "Damien Coutts", "Jörg Ebeling", "Amy Fairbanks",
       "Simon Peverell", "Oskar Lindholm", "Jens Kowalczyk"}
ERAS: dict[str, str] = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}
assert OLD <= set(ERAS), OLD - set(ERAS)
assert len(ERAS) == len(PEOPLE), "a name is used twice"

# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Sarah Okonjo", "s.okonjo@epma.example.eu", "Your LinkedIn post on the plenary vote",
     "Hi Alex,\n\nyour LinkedIn post on the plenary vote is doing well (40 reposts, two MEP offices among them). Could you pin it and add the "
     "link to our position paper? I'll do the same on the EPMA page.\n\nThanks,\nSarah", "en"),
    ("The Parliament Brief", "morning@parliamentbrief.example", "Morning Brief: trilogue on packaging resumes tonight",
     "Good morning. Negotiators meet again at 19:00 on the packaging file; the Council's mandate on exemptions is still contested.\n\n"
     "Follow us on LinkedIn for live updates from the Parliament.\n\nUnsubscribe: https://parliamentbrief.example/u", "en"),
    ("Jeanne Mathy", "j.mathy@epma.example.eu", "Re: drink de jeudi",
     "Salut Alex,\n\nc'est noté pour le drink de jeudi à 18h. Le traiteur que tu as rencontré t'a écrit sur LinkedIn, m'a-t-il dit ; "
     "s'il te plaît, fais-moi suivre son devis quand tu l'as, qu'on compare avec l'habituel.\n\nÀ tantôt,\nJeanne", "fr"),
    ("Dr. Ulrich Krause", "u.krause@kraus-verpackung.example.de", "Berater auf LinkedIn",
     "Sehr geehrte/r Alex,\n\nein Berater hat mich auf LinkedIn angeschrieben und behauptet, er arbeite im Auftrag der EPMA am Trilog. "
     "Stimmt das? Ich möchte nichts unterschreiben, was Sie nicht kennen.\n\nMit freundlichen Grüßen\nUlrich Krause", "de"),
    ("Ufficio stampa Federazione", "stampa@federimballaggi.example.it", "Comunicato: la Federazione su LinkedIn",
     "Gentili associati e partner,\n\nda oggi la Federazione ha una pagina LinkedIn ufficiale, dove pubblicheremo gli aggiornamenti sul "
     "regolamento imballaggi. Vi chiediamo di seguirla e condividerla.\n\nUfficio stampa", "it"),
    ("Lucía Herrero Prats", "lucia.herrero@coleurope.example.eu", "Candidatura prácticas – asuntos regulatorios",
     "Estimado Alex:\n\nle escribí también por LinkedIn, pero por si acaso le adjunto aquí mi CV y una carta de motivación para las prácticas "
     "en el equipo regulatorio.\n\nUn saludo cordial,\nLucía Herrero Prats", "es"),
    ("Rob Jarvis", "rob@trackpolicy.example", "We connected on LinkedIn",
     "Hi Alex,\n\nwe connected on LinkedIn a while back, so I thought I'd follow up by email: TrackPolicy alerts associations to every new "
     "amendment on their files. Could I book 15 minutes next week?\n\nRob", "en"),
    ("Eventix", "tickets@eventix.example", "Your ticket: Circular Packaging Breakfast, Brussels",
     "Hi Alex, your free ticket for the Circular Packaging Breakfast is attached. Connect with the speakers on LinkedIn before the event "
     "using #CPB2025.", "en"),
    ("Secrétariat EPMA", "secretariat@epma.example.eu", "Rappel : politique réseaux sociaux",
     "Chers collègues,\n\npetit rappel : toute prise de position publique sur LinkedIn au nom d'EPMA passe d'abord par la direction. "
     "Les messages privés de consultants ou de fournisseurs peuvent être transférés au secrétariat.\n\nMerci,\nLe secrétariat", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-eleventh development corpus (dev111). Generated by scripts/make_corpus_dev111.py (seed {SEED}); do not edit by hand.",
          "# Alex as director of EU affairs at a packaging manufacturers' association in Brussels: public-affairs consultancies, event and summit "
          "organisers, think tanks, journalists, MEP assistants, trainees, translators, data vendors, peer associations. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev111", SEED, PEOPLE, FOREIGN, spoofs=9, other=10, header=HEADER, eras=ERAS)
