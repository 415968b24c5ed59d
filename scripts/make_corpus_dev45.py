#!/usr/bin/env python3
"""Write mailbot's dev45 corpus: tests/corpus/dev45/*.eml + expected.toml.

The angle: the user Alex directs a university careers and employability service. Their
LinkedIn world: employers with internships, placements, trainee schemes and graduate jobs
(good), other universities' careers staff sharing practice and asking how things are done
(peers, good), alumni volunteering as mentors, students and graduates asking for help, a
headhunter and a university with a real job for Alex; against them, sellers of paid
job-fair stands, printed and online "premium" profiles and employer-branding packages,
CV-checker, mock-interview, virtual-fair, careers-CRM and psychometric-test vendors,
temp and selection agencies, pay-to-intern placement schemes, benchmarking reports with a
price tag, wealth managers; forum and network founders whose free offer was the bait;
endorse-me-back from coaches, graduates and peers; and hostility from employers, vendors,
agencies, students and graduates who were not answered.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the user's headline, the job-alert
titles and a few other LinkedIn digests, the headlines of spoof-only names and PYMK
suggestions, and the pitches that spoofs carry are swapped for careers-service ones in this
process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes
of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev45.py              # writes tests/corpus/dev45
    python scripts/make_corpus_dev45.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261145

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ careers-service world (this process only)
SKILLS = {
    "en": ["Career Development", "Employer Engagement", "Careers Guidance", "Higher Education", "Graduate Recruitment", "Employability"],
    "de": ["Karriereberatung", "Hochschulmarketing", "Employer Branding", "Hochschulmanagement", "Berufsorientierung"],
    "fr": ["Orientation professionnelle", "Relations entreprises", "Insertion professionnelle", "Enseignement supérieur", "Accompagnement de carrière"],
    "es": ["Orientación profesional", "Empleabilidad", "Relaciones con empresas", "Educación superior", "Gestión de prácticas"],
    "it": ["Orientamento professionale", "Placement universitario", "Employer branding", "Istruzione universitaria", "Gestione tirocini"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    # the user's own headline is written once, by the user, so it reads the same in every language
    mc.L[_l]["rheadline"] = "Director of Careers & Employability | Eastbrook University"
mc.JOBS[:] = [("Head of Careers and Employability", "University of Wexcombe"), ("Leitung Career Center (m/w/d)", "Hochschule Oberrhein"),
              ("Responsable du Bureau d'aide à l'insertion professionnelle", "Université Rhône-Alpes Sud"),
              ("Director of Student Success", "Kelvinside College"), ("Employer Partnerships Manager", "Brightfield University")]
mc.COMPANIES["good"] = ["Halden Engineering", "Aventra Energie", "Officine Berica", "Groupe Nautilia", "University of Wexcombe", "Kornmayer Versicherung",
                        "Brannock Foods", "Universidad de Alcántara"]
mc.COMPANIES["sales"] = ["CVboost AI", "VirtuFair", "Gradvantage", "ShortlistMe", "Talentia Employer Branding", "CareerScope AI", "PsychoMetrix"]
mc.HEADLINES["good"] = ["Early Careers Manager at {co}", "Careers Adviser | {co}", "Graduate Recruitment Lead, {co}", "Head of Placements at {co}",
                        "Employer Engagement Officer | {co}", "Final-year student | Ambassador at {co}"]
mc.HEADLINES["sales"] = ["Account Executive, Higher Education | {co}", "Partnerships Manager at {co}", "Founder & CEO at {co}",
                         "Helping careers services scale | {co}", "Business Development Director | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your stand booking for the Graduate Fair is unpaid. Log in within 24h to keep your pitch or it will be released.",
           "Hello {first}, I've shared the student placement agreements with you. Sign in to review and countersign."],
    "de": ["Hallo {first}, Ihre Standbuchung für die Absolventenmesse ist noch offen. Bitte melden Sie sich an, sonst verfällt der Platz.",
           "Guten Tag {first}, ich habe Ihnen die Praktikumsverträge zur Gegenzeichnung freigegeben. Bitte hier anmelden."],
    "fr": ["Bonjour {first}, la facture de votre stand au forum entreprises est en attente. Connectez-vous pour la régler sous 24 h.",
           "Bonjour {first}, je vous ai partagé les conventions de stage à signer. Connectez-vous pour les consulter."],
    "es": ["Hola {first}, la reserva de tu stand en la feria de empleo está pendiente de pago. Inicia sesión para confirmarla.",
           "Hola {first}, te he compartido los convenios de prácticas para firmar. Inicia sesión para verlos."],
    "it": ["Gentile {first}, la prenotazione del vostro stand al career day risulta non pagata. Acceda entro 24 ore per confermarla.",
           "Ciao {first}, ti ho condiviso le convenzioni di tirocinio da firmare. Accedi per vederle."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
# LinkedIn's digests, as a careers director would get them
_OTHER = {
    "en": dict(job=("{n} new jobs for \"head of careers\"", "Your job alert for head of careers in {city}", "View job"),
               news=("Are graduate schemes disappearing?", "Top stories for you from LinkedIn News"),
               group=("Top conversations in Higher Education Careers Professionals", "Here are the top conversations in your group this week"),
               newsletter=("Careers Desk: what employers really want from graduates in 2025", "New edition of a newsletter you subscribed to")),
    "de": dict(job=("{n} neue Jobs für „Leitung Career Service“", "Ihr Jobalarm für Leitung Career Service in {city}", "Job anzeigen"),
               news=("Verschwinden die Traineeprogramme?", "Top-Meldungen von LinkedIn News für Sie"),
               group=("Top-Unterhaltungen in Career Services an Hochschulen", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
               newsletter=("Berufseinstieg kompakt: Was Arbeitgeber wirklich suchen", "Neue Ausgabe eines Newsletters, den Sie abonniert haben")),
    "fr": dict(job=("{n} nouvelles offres pour « directeur insertion professionnelle »", "Votre alerte emploi pour directeur insertion professionnelle à {city}", "Voir l'offre"),
               news=("Les programmes jeunes diplômés sont-ils en voie de disparition ?", "Les actualités du jour de LinkedIn News"),
               group=("Meilleures discussions dans Réseau des services d'orientation et d'insertion", "Voici les meilleures discussions de votre groupe cette semaine"),
               newsletter=("La lettre de l'insertion : ce que les recruteurs attendent des jeunes diplômés", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné")),
    "es": dict(job=("{n} empleos nuevos de «director servicio de empleo»", "Tu alerta de empleo de director servicio de empleo en {city}", "Ver empleo"),
               news=("¿Desaparecen los programas para recién titulados?", "Noticias destacadas de LinkedIn Noticias"),
               group=("Conversaciones destacadas en Profesionales de Empleabilidad Universitaria", "Estas son las conversaciones más destacadas de tu grupo"),
               newsletter=("Primer Empleo: lo que las empresas buscan en los recién titulados", "Nueva edición de un boletín al que estás suscrito")),
    "it": dict(job=("{n} nuove offerte per «responsabile placement»", "Il tuo avviso di lavoro per responsabile placement a {city}", "Visualizza offerta"),
               news=("I graduate program stanno sparendo?", "Le notizie principali di LinkedIn Notizie"),
               group=("Conversazioni principali in Placement e Orientamento Universitario", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
               newsletter=("Primo impiego: cosa cercano davvero le aziende nei neolaureati", "Nuova edizione di una newsletter a cui sei iscritto")),
}
for _l, _o in _OTHER.items():
    mc.OTHER[_l].update(_o)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Fergus Whitlock", "Early Careers Lead, UK & Ireland | Halden Engineering", "Bristol",
  ("inv", "Hi Alex - we've just signed off 14 paid summer internships in civil and structural engineering and I'd love your students to see them "
          "before they hit the big job boards. Could I send the spec to your employer team? Happy to do a lunchtime talk on campus too."),
  ("rem",))
P("good_invitation", "de", "Annika Vosskamp", "Referentin Hochschulmarketing | Brandtner Logistik SE", "Duisburg",
  ("inv", "Hallo Alex, ab Oktober vergeben wir sechs Werkstudierendenstellen in Supply Chain Analytics und zwei Traineeplätze. "
          "Ich würde die Ausschreibungen gern über Ihren Career Service teilen und biete bei Bedarf einen kostenlosen Bewerbungscheck vor Ort an."))
P("good_invitation", "fr", "Thibaut Lanneau", "Étudiant en M2 Économie appliquée | Recherche alternance", "Rennes",
  ("inv", "Bonjour, je suis en M2 dans votre université et je cherche une alternance en data pour septembre. La conseillère que j'ai vue m'a dit "
          "que vous connaissiez bien les entreprises partenaires. Pourriez-vous m'indiquer vers qui me tourner ? Merci beaucoup"),
  ("rem",))
P("good_invitation", "es", "Itziar Goikoetxea", "Responsable del Servicio de Orientación Profesional | Universidad del Cantábrico", "Santander",
  ("inv", "Hola Alex, te escuché en las jornadas de empleabilidad de Valencia hablando de vuestras prácticas cortas con pymes. Aquí estamos "
          "probando algo parecido: ¿me contarías cómo medís la satisfacción de las empresas? Te paso nuestro cuestionario a cambio 🙂"))
P("good_invitation", "it", "Edoardo Pizzolato", "Head of Product @ Finvera | Alumnus Economia 2011", "Milano",
  ("inv", "Ciao Alex, sono un ex studente (Economia, 2011). Ho letto che cercate mentor per il programma alumni: mi piacerebbe seguire due o tre "
          "ragazzi che vogliono lavorare nel product management. Un'ora al mese la trovo sempre, dimmi tu come funziona."))
P("good_invitation", "en", "Tasnim Rahman", "MSc Data Science graduate | Looking for my first analyst role", "Leicester",
  ("inv", "hi Alex, I graduated in July and I'm honestly a bit lost, 40+ applications and no interviews. someone at the careers fair said "
          "graduates can still book appointments for 3 years after leaving, is that right and who do I contact? thank you so much"))
P("good_invitation", "de", "Dr. Marianne Kofler", "Sprecherin | Arbeitskreis Career Services Süd", "Innsbruck",
  ("inv", "Hallo Alex, unser Arbeitskreis trifft sich am 12. März online zu KI im Bewerbungsprozess: zwei Impulse, danach Austausch unter "
          "Career-Service-Leitungen, kostenfrei, Teilnahme wird als Fortbildung bescheinigt. Darf ich Sie auf die Einladungsliste setzen?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Ludovic Sarrazin", "Chargé de relations entreprises", "Toulouse", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Greta Bonfanti", "Studentessa di Giurisprudenza", "Padova", ("inv", NONOTE))
P("default_invitation", "en", "Callum Drysdale", "Talent Acquisition | Recruitment | Glasgow", "Glasgow", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Bryony Tallis", "Partnerships Director | National Graduate Fair Series", "Birmingham",
  ("inv", "Hi Alex, stands for the autumn National Graduate Fair (6,000+ finalists at the NEC) are going fast. University careers services "
          "get the exhibitor rate of £3,450 incl. shell scheme and 2 passes. Shall I hold one for you until Friday?"),
  ("rem",))
P("sales_invitation", "de", "Kilian Brandstätter", "Sales Manager Higher Education | CVboost AI", "Wien",
  ("inv", "Servus Alex, CVboost prüft Lebensläufe Ihrer Studierenden in 30 Sekunden per KI, rund um die Uhr und ohne Beratungstermin. "
          "Campuslizenz ab 7.900 € im Jahr. Darf ich es Ihnen in einer kurzen Demo zeigen?"))
P("sales_invitation", "es", "Paloma Estévez", "Directora de Cuentas | Talentia Employer Branding", "Madrid",
  ("inv", "Hola Alex, 30 universidades ya tienen nuestro paquete «Employer Branding Premium»: vuestro servicio de empleo destacado en la web y "
          "la newsletter ante 1.200 empresas, más informe trimestral. Lanzamiento: 4.200 €/año. ¿Te envío la propuesta?"))
P("sales_invitation", "it", "Ruggero Tassinari", "Business Development | Stafflink Agenzia per il Lavoro", "Bologna",
  ("inv", "Buongiorno, siamo un'agenzia per il lavoro e forniamo personale per eventi universitari: hostess, accoglienza, allestimento dei "
          "career day. Tariffe agevolate per gli atenei. Posso mandarle un preventivo per il vostro prossimo recruiting day?"),
  ("rem",))
P("sales_invitation", "fr", "Sandrine Vellutini", "Responsable grands comptes Enseignement supérieur | PsychoMetrix", "Marseille",
  ("inv", "Bonjour Alex, nos tests d'aptitudes et de personnalité préparent les étudiants de 80 écoles aux recrutements. Licence établissement "
          "avec tableau de bord pour vos conseillers. 20 minutes de démonstration la semaine prochaine ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Declan Fairweather", "Founder | Employability Leaders Forum", "Leeds",
  ("inv", "Alex, I run a small invite-only forum for heads of careers: monthly calls, a shared Slack, no vendors, just people comparing notes "
          "on graduate outcomes. Fancy joining? Next call is on placement-year drop-outs."),
  ("msg", "Great to have you in the Forum! Quick one: we've built GradPulse, a dashboard that automates your Graduate Outcomes chasing and "
          "benchmarking. Forum members get founding pricing at £8,900 a year. Can I book you in for a walkthrough next week?", (3, 15)),
  ("msg", "Hi Alex, just nudging on GradPulse - founding price ends on the 30th. I can send the order form straight to your procurement team if that's easier.", (7, 20)))
P("bait_and_switch_invitation", "de", "Henrik Salzwedel", "Alumni-Mentoring | Berufseinstieg für Absolvent:innen", "Hannover",
  ("inv", "Hallo Alex, ich bin selbst Alumnus und möchte Studierenden Ihrer Hochschule ehrenamtlich beim Berufseinstieg helfen: Mentoring, "
          "Probeinterviews, Kontakte. Wollen wir uns vernetzen und schauen, wie ich mich einbringen kann?"),
  ("msg", "Danke für die Vernetzung! Damit das Mentoring Hand und Fuß hat, biete ich es über meine Coaching-Firma als Programm an: "
          "12 Studierende, 6 Monate, 14.800 € pro Jahrgang, abrechenbar über Ihr Qualitätsbudget. Wann passt ein Telefonat mit Ihnen und dem Einkauf?"))
P("bait_and_switch_invitation", "fr", "Rémi Castagnet", "Responsable relations universités | EmploiCampus", "Bordeaux",
  ("inv", "Bonjour Alex, question de terrain : comment gérez-vous les offres de stage non rémunérées qui arrivent sur votre plateforme ? "
          "On se pose la question chez nous et j'aimerais comparer nos pratiques."),
  ("msg", "Merci pour votre réponse très complète ! C'est d'ailleurs exactement ce que fait EmploiCampus : notre jobboard filtre ces offres "
          "automatiquement. Abonnement établissement 5 600 € HT par an, je vous fais une démo jeudi ?", (2, 10)))
P("bait_and_switch_invitation", "es", "Gonzalo Arriaga", "Autor del Informe Empleabilidad Universitaria 2025", "Barcelona",
  ("inv", "Hola Alex, acabamos de publicar un informe gratuito con datos de inserción laboral de 60 universidades. Si conectamos te lo mando en "
          "PDF, creo que te puede servir para la memoria anual del servicio."),
  ("msg", "¡Ahí va el informe! 📎 Por cierto, si queréis vuestros datos comparados con universidades de vuestro tamaño, hacemos benchmarking "
          "a medida desde 6.500 €. ¿Lo vemos en una videollamada de 20 minutos?"),
  ("msg", "Alex, ¿pudiste mirar lo del benchmarking? Tenemos hueco para cerrarlo antes del verano.", (6, 18)))
P("bait_and_switch_invitation", "it", "Valentina Scognamiglio", "Placement Manager | InternEurope", "Napoli",
  ("inv", "Buongiorno Alex, abbiamo posizioni di tirocinio a Londra, Dublino e Malta nel marketing e nel turismo per gli studenti del vostro "
          "ateneo. Mi farebbe piacere collegarci per parlarne."),
  ("msg", "Grazie del collegamento! Le confermo le destinazioni. Il pacchetto tirocinio comprende alloggio, placement e tutor a 2.950 € a "
          "studente; agli atenei partner riconosciamo il 10% se promuovete il programma nella vostra newsletter. Le mando il contratto di partnership?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Harriet Okonjo", "Careers Consultant | Independent", "Manchester",
  ("inm", "Question about your employer-engagement model", "Hi Alex, I'm looking at how careers services structure employer engagement "
          "(account managers vs sector teams) and yours comes up a lot at AGCAS events. Would you be willing to tell me how you split it? "
          "Ten minutes by email would be plenty. Many thanks, Harriet"),
  ("inm", "Re: Question about your employer-engagement model", "Thank you, that was genuinely helpful. As it happens I run a consultancy "
          "that restructures employer-engagement teams - a six-week review is £12,500 and I think your team would get a lot out of it. "
          "Could I send over a proposal?"))
P("bait_and_switch_inmail", "de", "Olaf Brennecke", "Projektleiter | Karrierestudie Hochschulen 2025", "Berlin",
  ("inm", "Kurze Umfrage für Career Services", "Guten Tag, wir führen eine unabhängige Studie zur Arbeit von Career Services durch. "
          "Die Teilnahme dauert 10 Minuten, alle Teilnehmenden erhalten die Ergebnisse kostenfrei. Wären Sie dabei?"),
  ("inm", "Ihre Studienergebnisse", "Vielen Dank für Ihre Teilnahme, die Auswertung hängt an. Auf dieser Basis bieten wir Career Services "
          "unser Softwarepaket KarrierePortal Pro an, für Sie mit 15 % Studienrabatt ab 9.400 € jährlich. Darf ich einen Termin für eine Vorführung vorschlagen?"),
  ("inm", "Nachfrage", "Guten Tag, ich wollte noch einmal nachhaken, ob Interesse an einer Vorführung besteht. Der Rabatt gilt bis Monatsende."))
P("bait_and_switch_inmail", "it", "Carlo Benvenuti", "Coordinatore | Rete Nazionale Job Placement", "Roma",
  ("inm", "Invito: tavolo dei responsabili placement", "Gentile Alex, stiamo riunendo un tavolo informale dei responsabili placement "
          "universitari per scambiarci buone pratiche sui career day. Primo incontro online il 14, senza costi. Le interesserebbe partecipare?"),
  ("inm", "Dopo il tavolo", "Grazie per la partecipazione di ieri! Come accennato, la Rete offre agli atenei la piattaforma VirtualFair per "
          "i career day online: 6.000 € a evento oppure 15.000 € di abbonamento annuale. Posso mandarle l'offerta?", (1, 4)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Jodie McCandless", "Career Coach | CV Writer | Ex-recruiter", "Belfast",
  ("end",), ("end",),
  ("msg", "Hiya Alex! I've endorsed you for {skill}, you clearly know your stuff 🙂 Would you mind endorsing me back for CV Writing and "
          "Interview Coaching? I'm relaunching my practice and it really helps with credibility. Thanks a million!"))
P("endorse_me_back", "es", "Nicolás Barrantes", "Graduado en ADE | Buscando empleo en marketing digital", "Sevilla",
  ("end",),
  ("msg", "Hola Alex! te he validado {skill}. Una cosilla: estoy buscando mi primer trabajo y me dicen que las validaciones ayudan mucho con "
          "los reclutadores. ¿Podrías validarme Marketing digital y Trabajo en equipo? Me conoces de los talleres del servicio de empleo. ¡Mil gracias!"))
P("endorse_me_back", "fr", "Agnès Roubaud", "Consultante en orientation | Bilan de compétences", "Nantes",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, je me suis permis de valider vos compétences en {skill}, c'est mérité. En retour, accepteriez-vous de valider les "
          "miennes en « Bilan de compétences » et « Orientation professionnelle » ? Cela compte pour mon référencement. Merci par avance !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Gavin Struthers", "Managing Director | Struthers Precision Ltd", "Sheffield",
  ("inv", "Alex, we're a 60-person engineering firm twenty minutes from campus. We take on 4 apprentices and 2 graduates a year and would "
          "like to get on your employer list."),
  ("rem",),
  ("inm", "Not impressed", "I've tried your careers team by phone, by email and now here. Nothing. I'm offering paid jobs to your graduates "
          "and I can't get a reply out of a university that charges them £9k a year. Frankly it's a disgrace, and I'll be telling the local "
          "chamber exactly how helpful you've been."))
P("hostility_after_decline", "es", "Adrián Quesada", "Estudiante de 4º de Ingeniería Informática", "Granada",
  ("inv", "Hola, soy estudiante de la universidad, ¿podemos conectar? necesito ayuda con unas prácticas"),
  ("inm", "??", "te escribí hace dos semanas y nada. para qué existe el servicio de empleo si luego no contestáis a los estudiantes. "
          "menuda vergüenza, que os pagamos con nuestras matrículas"))
P("hostility_after_decline", "de", "Torsten Malzahn", "Key Account | JobWall Digital Signage für Hochschulen", "Nürnberg",
  ("inv", "Hallo Alex, wir bringen Stellenanzeigen auf Bildschirme im Foyer. Kurze Frage: Wer entscheidet bei Ihnen über Campus-Screens?"),
  ("rem",),
  ("inm", "Schade", "Hallo Alex, zwei Anfragen, keine Reaktion. Von jemandem, der Studierenden professionelles Auftreten beibringt, hätte ich "
          "ehrlich gesagt mehr Umgangsformen erwartet. Ein kurzes „kein Interesse“ hätte gereicht. So wirkt Ihre Abteilung ziemlich arrogant."))
P("hostility_after_decline", "fr", "Yanis Belhadj", "Diplômé Master RH | En recherche active", "Lille",
  ("inv", DEFAULT),
  ("inm", "Merci pour rien", "Bonjour, je vous ai invité il y a un mois. Je vois que vous acceptez des dizaines de recruteurs mais pas les "
          "anciens étudiants. C'est vraiment l'image que vous voulez donner du service ? Franchement, vous devriez avoir honte."))
P("hostility_after_decline", "it", "Ornella Castelnuovo", "Titolare | Castelnuovo Selezione & Ricerca", "Brescia",
  ("inv", "Buongiorno, seleziono profili junior per aziende del bresciano e vorrei presentarle il nostro servizio per i vostri laureandi."),
  ("rem",),
  ("inm", "Complimenti per la cortesia", "Gentile responsabile, prendo atto che non ritiene di dover rispondere nemmeno per un no. "
          "Mi permetta di dirle che in trent'anni di lavoro raramente ho visto tanta supponenza da parte di un ufficio universitario. "
          "Ne terrò conto quando le aziende mi chiederanno da quale ateneo assumere."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Warrick Denholm", "Founder | HireReady Interview Simulator", "Cardiff",
  ("msg", "Alex, thanks for connecting. HireReady's AI mock interviews cut no-shows at careers appointments by 35% at two Russell Group "
          "universities. Can I get 20 minutes in your diary to show you?"),
  ("msg", "Hi Alex, third message now. I get that you're busy but a one-line reply isn't much to ask. For someone whose whole job is "
          "teaching students professional etiquette, ghosting people is a strange look. I'll try your PVC's office instead."))
P("hostility_connection", "de", "Jana Wollenberg", "Absolventin M.A. Medienwissenschaft", "Leipzig",
  ("msg", "Hallo Alex, wir hatten uns beim Karrieretag kennengelernt. Ich bräuchte dringend eine kurze Bestätigung vom Career Service für "
          "einen Stipendienantrag, Frist ist Freitag. Ginge das?"),
  ("msg", "Okay, keine Antwort. Danke auch. Beim Karrieretag große Reden über „wir sind für euch da“ und dann nicht mal eine Zeile. "
          "Ziemlich heuchlerisch, ehrlich gesagt.", (4, 9)))
P("hostility_connection", "it", "Fabio Crescenzi", "Founder | CareerLab Academy – corsi di soft skills", "Firenze",
  ("acc",),
  ("msg", "Grazie per l'invito Alex! Visto che gestisci il placement: i nostri corsi di soft skills per laureandi sono finanziabili con fondi "
          "regionali e li portiamo in ateneo chiavi in mano. Ti mando il catalogo?"),
  ("msg", "Alex, ti ho scritto, ti ho mandato il catalogo e ora silenzio totale. Sei tu che mi hai chiesto il collegamento, ricordi? "
          "Un minimo di educazione non guasterebbe. Lascia perdere, ho capito con chi ho a che fare."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Shauna Gilhooly", "Senior Account Manager | VirtuFair – virtual careers fairs", "Dublin",
  ("msg", "Morning Alex! Spring fair season is nearly here - VirtuFair can host your whole employer fair online with booths, video chats and "
          "analytics, from €5,900 per event. Want me to pencil in a demo?"),
  ("msg", "Hi Alex, we've just launched a hybrid package that pairs your on-campus fair with a virtual hall for international students. "
          "Happy to quote - what dates are you looking at?"),
  ("msg", "Last one from me on this: 3 slots left at this year's pricing. Shall I send the order form?"))
P("connection_only_pitches", "fr", "Cyril Mondésir", "Conseiller en gestion de patrimoine | Fonction publique & enseignement supérieur", "Montpellier",
  ("msg", "Bonjour Alex, en tant que cadre de l'enseignement supérieur, vous pouvez préparer votre retraite avec un PER tout en réduisant "
          "vos impôts. Je vous propose un rendez-vous découverte offert."),
  ("msg", "Bonjour, je me permets de revenir vers vous : l'an dernier, mes clients universitaires ont économisé en moyenne 3 200 € d'impôt. "
          "30 minutes en visio cette semaine ?"))
P("connection_only_pitches", "es", "Marisol Carvajal", "Key Account Manager | Campus CRM para servicios de empleo", "Valencia",
  ("msg", "¡Hola Alex! ¿Seguís gestionando las ofertas de prácticas con Excel? Nuestro CRM junta empresas, convenios y alumnos en una sola "
          "herramienta. ¿Te enseño una demo de 30 minutos?"),
  ("msg", "Alex, te comparto el caso de una universidad de Murcia: redujeron un 40% el tiempo de gestión de convenios con nosotros. "
          "¿Quedamos el martes y lo vemos?"))
P("connection_only_pitches", "de", "Niklas Rautenberg", "Partner Manager DACH | Gradvantage Job Board", "Berlin",
  ("msg", "Hi Alex, Gradvantage is now the #2 graduate job board in DACH. For careers services we offer a co-branded jobs portal with your "
          "logo on it, €390 a month. Interested?"),
  ("msg", "Hi again Alex - I'm running a partner webinar next week on our pricing tiers and the white-label setup. Shall I add you to the invite?"),
  nl="en")


# =============================================================== single_pitch
P("single_pitch", "it", "Serena Paolantonio", "Account Executive | SkillMatch test attitudinali", "Roma",
  ("msg", "Ciao Alex, noi di SkillMatch aiutiamo gli uffici placement a profilare le competenze degli studenti prima dei career day: test "
          "online e report per le aziende. Ti interesserebbe una presentazione di mezz'ora?"))
P("single_pitch", "en", "Oliver Haskins", "Director | Haskins Print & Display", "Coventry",
  ("msg", "Alex, saw the photos from your careers fair - those pop-up banners have seen better days! We do full branded stand kits for "
          "university careers teams, from £1,850 delivered. Want a free mock-up in your colours?"))
P("single_pitch", "fr", "Apolline Rigaud", "Business developer | Simul'Entretien", "Lyon",
  ("msg", "Bonjour Alex, plusieurs services d'orientation utilisent déjà Simul'Entretien pour entraîner leurs étudiants aux entretiens vidéo "
          "différés. Serait-il possible de caler une démo avec votre équipe avant la rentrée ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Miriam Oduya", "Head of Careers & Enterprise | University of Wexcombe", "Norwich",
  ("msg", "Alex - as promised at the heads' meeting, here's our employer-engagement playbook and the template we use for SME placement "
          "agreements. Steal anything useful. I'd love to hear how your micro-placement pilot goes."),
  ("msg", "PS we're running a free online session for careers advisers on supporting neurodivergent students into work, 4 Dec, 2-4pm. "
          "Your team is very welcome, the link is open.", (1, 6)))
P("connection_brings_value", "de", "Sebastian Thalheimer", "Head of Early Careers | Kornmayer Versicherungsgruppe", "Köln",
  ("end",),
  ("msg", "Hallo Alex, kurz vorab: Nächste Woche öffnen wir 25 Praktikumsplätze fürs Sommersemester (IT, Aktuariat, Marketing), alle "
          "mit 1.900 € im Monat vergütet. Wenn Sie mögen, schicke ich Ihnen die Ausschreibungen ein paar Tage früher für Ihren Newsletter."))
P("connection_brings_value", "en", "Clarisse Ndiaye", "Directrice financière | Promo 2008", "Paris",
  ("msg", "Bonjour Alex, après le speed-mentoring de mardi, trois étudiants m'ont recontactée. Je peux en suivre deux jusqu'à l'été et une "
          "collègue est partante pour le troisième. Comment souhaitez-vous qu'on formalise ça avec votre service ?"),
  nl="fr")
P("connection_brings_value", "es", "Jimena Robledo", "Coordinadora de Prácticas | Universidad de Alcántara", "Cáceres",
  ("msg", "¡Hola Alex! Te paso el enlace a la guía de prácticas internacionales que hicimos con fondos Erasmus+ (licencia abierta, podéis "
          "adaptarla). Y si te animas, en mayo organizamos una jornada gratuita para técnicos de empleo aquí en Cáceres, con el alojamiento "
          "cubierto para ponentes. ¿Te apetecería contar lo de vuestras microprácticas?"))
P("connection_brings_value", "it", "Martina Zanardo", "Talent Acquisition Lead | Officine Berica", "Vicenza",
  ("msg", "Ciao Alex, grazie ancora per il career day: abbiamo assunto due vostri laureati in produzione! Ti giro il feedback dei colleghi, "
          "molto positivo sulla preparazione, e ti anticipo che a marzo apriamo un graduate program da 8 posti. Vuoi che lo presentiamo in "
          "un webinar per i tuoi studenti?"),
  ("msg", "Ecco il link al bando del graduate program, se vuoi lo giri pure alle liste dei laureandi. Le candidature chiudono il 30.", (10, 25)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Patrick Venables", "Partner, Higher Education Practice | Calloway Search", "London",
  ("inm", "Director of Careers and Employability - confidential", "Dear Alex, I'm retained by a Russell Group university to appoint its next "
          "Director of Careers and Employability, reporting to the PVC Education: a £3.2m budget, 45 staff and a mandate to rebuild employer "
          "partnerships. Salary c. £95-105k. Would you be open to a confidential conversation this week?"))
P("stranger_inmail_recruiter", "de", "Franziska Ochsenreiter", "Recruiting Lead Graduate Programme | Aventra Energie AG", "Essen",
  ("inm", "Traineeprogramm 2026 – 20 Plätze für Ihre Absolvent:innen", "Guten Tag, für unser Traineeprogramm Netze & Erneuerbare "
          "(Start Oktober, 24 Monate, Einstiegsgehalt 56.000 €) suchen wir 20 Absolvent:innen aus Ingenieurwesen und Wirtschaftsinformatik. "
          "Dürfen wir die Ausschreibung über Ihren Career Service verbreiten? Gern stellen wir uns auch in einer Infoveranstaltung vor, "
          "ohne Kosten für die Hochschule."))
P("stranger_inmail_recruiter", "en", "Fermín Lacasa", "Responsable de Selección | Grupo Hotelero Alarcón", "Palma",
  ("inm", "Prácticas remuneradas en Mallorca – temporada 2025", "Hola Alex, buscamos 30 estudiantes de Turismo y ADE para prácticas "
          "remuneradas de mayo a octubre en nuestros hoteles (900 €/mes más alojamiento y manutención). Nos encantaría publicarlas con "
          "vosotros y, si os encaja, hacer una sesión informativa en el campus."),
  nl="es")
P("stranger_inmail_recruiter", "fr", "Hélène Marczak", "Directrice des ressources humaines | Université Rhône-Alpes Sud", "Grenoble",
  ("inm", "Direction du BAIP – recrutement", "Bonjour, notre université recrute la personne qui dirigera son Bureau d'aide à l'insertion "
          "professionnelle, prise de fonction en septembre. Votre parcours correspond à ce que recherche le comité de sélection. "
          "Seriez-vous disponible pour un échange confidentiel dans les prochains jours ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Brandon Kessler", "VP Sales EMEA | Handshift Careers CRM", "Amsterdam",
  ("inm", "Your careers CRM renewal", "Hi Alex, I noticed the contract for your current careers CRM comes up for renewal in the summer "
          "(saw the tender notice). Handshift migrates everything for free and costs about 30% less on average. 15 minutes to compare?"),
  nl="en")
P("stranger_inmail_sales", "it", "Loredana Spadafora", "Responsabile Commerciale | Fiere del Lavoro Italia", "Milano",
  ("inm", "Stand al Salone del Lavoro", "Gentile Alex, anche quest'anno il Salone del Lavoro ospita un'area dedicata agli atenei. Uno stand "
          "3x3 arredato costa 3.800 € + IVA, con il 10% di sconto per chi prenota entro il 15. Le invio la piantina con gli spazi ancora liberi?"),
  ("inm", "Ultimi stand area atenei", "Gentile Alex, restano quattro stand nell'area atenei. Posso bloccarne uno a suo nome per 48 ore?"))
P("stranger_inmail_sales", "es", "Héctor Villalobos", "Fundador | EmpleoPlus Formación", "Zaragoza",
  ("inm", "Cursos para vuestros egresados", "Buenos días, Alex. Impartimos cursos de empleabilidad 100% bonificables para egresados: "
          "LinkedIn, entrevistas, marca personal. Las universidades que colaboran con nosotros reciben un 12% por alumno inscrito. "
          "¿Tendría un rato esta semana para que se lo explique?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Kieran Ashdown", "Senior Product Designer | Alumnus & volunteer mentor", "Brighton",
  ("inv", "Hi Alex, I graduated from the design school in 2016 and your team really helped me land my first job. I'd love to give something "
          "back - could I volunteer as a mentor or run a portfolio review evening for final-year students?"),
  ("msg", "Portfolio night was so much fun! I've attached the notes I made for each student, plus a list of 12 studios hiring juniors "
          "right now. Feel free to share."),
  ("end",),
  ("msg", "Hey Alex, small favour - I've endorsed you for {skill}. Could you endorse me for UX Design and Mentoring? I'm going for a Head of "
          "Design role and the recruiter literally checks. Cheers!"))
P("good_turns_ugly", "de", "Carsten Wieland", "Gründer | Campusmedien Verlag – Karriereguides", "Mainz",
  ("inv", "Hallo Alex, wir verschenken unseren gedruckten Karriereguide „Berufseinstieg 2025“ an Hochschulen: 500 Exemplare für Ihre "
          "Studierenden, kostenlos geliefert. Sollen wir Ihnen eine Palette schicken?"),
  ("msg", "Die Kartons sind unterwegs, viel Freude damit! Sagen Sie Bescheid, wenn Sie Nachschub brauchen."),
  ("msg", "Hallo Alex, schön, dass der Guide gut ankommt. Für die nächste Ausgabe bieten wir Career Services ein Premium-Profil an: zwei "
          "Seiten Hochschulporträt plus Logo auf dem Titel, 3.900 € netto. Darf ich Ihnen die Mediadaten schicken?", (10, 30)))
P("good_turns_ugly", "fr", "Solène Jacquemart", "Ancienne responsable de SUIO | Employabilité & insertion", "Angers",
  ("inv", "Bonjour Alex, j'ai dirigé le service d'orientation d'une université pendant huit ans. Je partage volontiers nos fiches de "
          "préparation aux forums entreprises, elles ont beaucoup servi chez nous. On se connecte ?"),
  ("msg", "Voici le lien vers le dossier partagé : fiches forums, trame d'entretien flash et grille d'évaluation des stands. Bonne utilisation !"),
  ("msg", "Bonjour Alex, j'espère que les fiches vous ont servi. Je lance mon activité de conseil : un audit de votre service d'insertion "
          "en 10 jours, 9 800 € HT. On en parle au téléphone ?", (15, 40)))
P("good_turns_ugly", "es", "Rubén Catalán", "Técnico de empleo | Universidad de Levante", "Alicante",
  ("inv", "Hola Alex, soy técnico de empleo en otra universidad. Tenemos una bolsa compartida de empresas que ofrecen prácticas en remoto y "
          "buscamos más universidades que se sumen, sin coste. ¿Te cuento?"),
  ("msg", "Te dejo el acceso a la hoja compartida con las 140 empresas y sus contactos. Si añadís las vuestras, mejor para todos."),
  ("end",),
  ("msg", "¡Alex! Te he validado {skill}. ¿Me devuelves el favor con Orientación laboral e Intermediación laboral? Me presento a una plaza "
          "de coordinador y todo suma 😅"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Darcy Pennington", "Head of Partnerships | CareerScope AI", "Oxford",
  ("inm", "Your careers appointments backlog", "Hi Alex, CareerScope's AI careers adviser answers 70% of routine student questions so your "
          "advisers can focus on the complex cases. Pilots start at £6k. Could we set up a call?"),
  ("inv", "Hi Alex, really enjoyed your panel at the Employability Summit on careers education in the curriculum. Would be great to be connected."))
P("reinvite_known_bad", "de", "Marco Heilbronner", "Personaldienstleistung | Zeitarbeit | Stuttgart", "Stuttgart",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir haben uns letzte Woche beim Firmenkontakttag kurz am Kaffeestand unterhalten. Würde mich freuen, in Kontakt zu bleiben!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Jean-Baptiste Orsoni", "Gérant | Orsoni Intérim", "Ajaccio",
  ("inv", "Bonjour, agence d'intérim, nous cherchons des étudiants pour des missions saisonnières, pouvons-nous échanger ?"),
  ("inm", "Aucune réponse", "Bonjour, pas un mot en trois semaines. Je vous propose du travail pour vos étudiants et vous me snobez. "
          "Typique de l'université : déconnectée, hautaine et inutile pour les entreprises. Bravo."),
  ("inv", "Bonjour Alex, nouvelle saison, nouvelles missions pour vos étudiants. Je retente ma chance ?"))
P("reinvite_known_ugly", "it", "Gianmarco Oliviero", "Founder | Network Università & Impresa", "Torino",
  ("inm", "Invito al network Università & Impresa", "Buongiorno Alex, il nostro network mette in contatto responsabili placement e "
          "direttori HR per progetti comuni. Per gli atenei l'iscrizione è gratuita. Le va di entrare?"),
  ("inm", "Attivazione profilo", "Grazie dell'adesione! Per essere visibili alle aziende del network serve però il profilo Premium Ateneo, "
          "2.400 € l'anno. Le mando il modulo d'ordine?"),
  ("inv", "Buongiorno Alex, le chiedo il collegamento per restare in contatto sulle iniziative del network."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Bettina Rohrbach", "Vertrieb | Karriereportal-Software für Hochschulen", "Dresden",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung nach unserem Gespräch auf der Tagung! Wie angekündigt: Unser Karriereportal bildet "
          "Praktikumsbörse, Terminbuchung und Eventmanagement ab. Soll ich Ihnen ein Angebot für Ihre Hochschule machen?"))
P("user_invited_pitch_once", "es", "Lorena Ugarte", "Coach de carrera | Talleres para universidades", "Bilbao",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Me encantó tu charla. Te cuento que doy talleres de marca personal para estudiantes de último "
          "curso, 950 € la sesión de 3 horas. Si te cuadra para el próximo cuatrimestre, te mando el dossier."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Imran Siddiqui", "Co-founder | ShortlistMe – AI CV checker", "Manchester",
  ("acc",),
  ("msg", "Thanks for the invite after the conference, Alex! As mentioned, ShortlistMe gives students instant CV feedback with ATS "
          "scoring. We'd offer your university a 12-month licence at £7,200. Shall I send the order form?"),
  ("msg", "Hi Alex, following up - we can also bundle cover-letter checks for an extra £1,500. Any chance of a call before your budget closes?"))
P("user_invited_pitch_twice", "it", "Caterina Spallanzani", "Account Manager | Job Day Eventi", "Modena",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Come ti dicevo, organizziamo job day per conto degli atenei: noi troviamo le aziende, "
          "voi mettete gli spazi. Costo di gestione 8.500 € a evento. Ne parliamo?"),
  ("msg", "Alex, ti riscrivo per il job day d'autunno: mi servirebbe una conferma entro fine mese per bloccare il prezzo."))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Mathilde Vasseur", "Chargée de relations écoles | Groupe Nautilia", "Nantes",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis au forum, voici nos 12 offres de stage de fin d'études en ingénierie navale, "
          "toutes gratifiées. Je peux aussi venir présenter le groupe aux M2 en janvier si cela vous arrange."))
P("user_invited_value", "en", "Greg Abernathy", "Careers Adviser | University of Stratheden", "Aberdeen",
  ("acc",),
  ("msg", "Cheers for connecting, Alex. Here's the evaluation framework I mentioned - we use it to measure the impact of our careers "
          "modules on student confidence (pre/post survey plus focus groups). Happy to jump on a call if your team wants to adapt it."))
P("user_invited_value", "de", "Dominik Aschenbrenner", "CTO | Tessellate Robotics | Alumnus", "Karlsruhe",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie besprochen können wir drei Abschlussarbeiten in der Robotik und zwei Sommerpraktika betreuen. "
          "Die Themen schicke ich Ihnen bis Ende der Woche, und zum Alumni-Abend komme ich gern."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Benedetta Quaranta", "Direttrice Career Service | Università delle Marche Centrali", "Ancona", ("acc",))
P("acceptance_only", "en", "Sinead Colgan", "Graduate Recruitment Manager | Brannock Foods", "Cork", ("acc",))
P("lone_endorsement", "es", "Maite Oyarzabal", "Orientadora laboral", "San Sebastián", ("end",))
P("lone_endorsement", "fr", "Baptiste Leriche", "Élève ingénieur | Ambassadeur étudiant", "Grenoble", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Fergus Whitlock", "fergus.whitlock@halden-eng.example.co.uk", "Summer internships 2025 - spec attached",
     "Hi Alex,\n\nI sent you a LinkedIn request too, but in case it's buried: the spec for our 14 summer internships is attached. "
     "Happy to come in for a lunchtime talk any Wednesday in February.\n\nBest,\nFergus", "en"),
    ("Employer Engagement Team", "employers@eastbrook.example.ac.uk", "Careers fair: final exhibitor list",
     "Hi Alex,\n\nfinal list of 84 exhibitors attached. Comms will post the floor plan on LinkedIn and Instagram on Monday. "
     "Two employers still owe their stand fee.\n\nThanks,\nPriya", "en"),
    ("Sam Oduya", "s.oduya@students.eastbrook.example.ac.uk", "Re: CV appointment",
     "Hi,\n\nthanks for the appointment yesterday. I've updated my LinkedIn headline like the adviser suggested. "
     "Could someone look at my cover letter before Friday?\n\nSam", "en"),
    ("Careers Network UK", "newsletter@careersnetwork.example.org", "Members' bulletin: Graduate Outcomes webinar",
     "This month: the Graduate Outcomes timeline, a free webinar on employer engagement with SMEs, and our new LinkedIn group for members.\n\n"
     "Unsubscribe: https://careersnetwork.example.org/u", "en"),
    ("Kollegin Career Service", "beratung@eastbrook.example.de", "LinkedIn-Workshop am Donnerstag",
     "Hallo Alex,\n\nfür den LinkedIn-Profilworkshop am Donnerstag haben sich 46 Studierende angemeldet. Wir brauchen den großen Seminarraum. "
     "Kannst du das freigeben?\n\nViele Grüße\nSusanne", "de"),
    ("Service communication", "communication@eastbrook.example.fr", "Forum entreprises : publication LinkedIn",
     "Bonjour Alex,\n\nvoici le projet de post LinkedIn pour annoncer le forum du 14 novembre. Peux-tu valider le texte et la liste des "
     "entreprises citées ?\n\nMerci,\nCamille", "fr"),
    ("Vicerrectorado de Estudiantes", "vr.estudiantes@eastbrook.example.es", "Datos de inserción laboral 2024",
     "Estimado/a Alex:\n\nle adjuntamos los datos provisionales de inserción. Algunas facultades proponen completarlos con los perfiles "
     "públicos de LinkedIn de los egresados; le agradeceríamos su opinión antes del consejo de gobierno.", "es"),
    ("Ufficio Placement", "placement@eastbrook.example.it", "Career day: materiali per i social",
     "Ciao Alex,\n\nti giro le grafiche per il career day. Le pubblichiamo su LinkedIn martedì mattina, salvo tue modifiche.\n\nGrazie,\nLuca", "it"),
    ("Daniel Ferreira", "d.ferreira@eastbrook.example.ac.uk", "Fwd: I want to connect",
     "Is this one of the fair organisers you mentioned? He's been sending the same LinkedIn invite to half the department.\n\n"
     "---------- Forwarded message ---------\nFrom: Bryony Tallis via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\n"
     "Hi Daniel, stands for the autumn National Graduate Fair are going fast...", "en"),
    ("JobsHub Campus", "no-reply@jobshub-campus.example", "3 employer accounts awaiting approval",
     "Three new employers registered on your jobs board. One of them lists only a LinkedIn page and no company address. "
     "Review them before the postings go live.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev45 corpus. Generated by scripts/make_corpus_dev45.py (seed {SEED}); do not edit by hand.",
          "# Alex as director of a university careers service: employers with internships and graduate jobs, job-fair stands and employer-branding "
          "sellers, alumni mentors, students and graduates, edtech and CV-software vendors, recruitment agencies, peer careers staff, hostility. "
          "Same format as tests/corpus/dev."]


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters."""
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate person"


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev45", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
