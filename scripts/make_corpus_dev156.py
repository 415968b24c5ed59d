#!/usr/bin/env python3
"""Write mailbot's dev156 evaluation corpus: tests/corpus/dev156/*.eml + expected.toml.

The angle: two ordinary months of 2017 (the rentrée, late August to the end of October) of
the user Alex, an English teacher at a lycée in Lyon who also writes a teaching blog that a
lot of colleagues read ("Craie & Clavier"). Their LinkedIn world: edtech sellers (tablets,
interactive displays, marking and quiz apps), textbook publishers' reps and a publisher that
wants Alex as a paid author, parents (one of them sells insurance, one is furious), former
pupils, conference, unconference and podcast invitations (free ones, and a pay-to-appear
one), training bodies selling paid courses, peers swapping lesson plans and pen-pal classes,
an inspector, a university research team, and the trolls who came after a blog post about
homework. Writers use casual and formal French, English, some Spanish and German.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. In this process only: every date falls between 28 August and
28 October 2017 (each story is started early enough that it fits), most people use the 2016
layout, and the endorsement skills, job-alert titles, headlines of spoof-only names and PYMK
suggestions, and the pitches that spoofs carry are swapped for teaching ones. Every note was
written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev156.py              # writes tests/corpus/dev156
    python scripts/make_corpus_dev156.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20170904

import make_corpus as mc  # noqa: E402
import corpus_stories as cs  # noqa: E402
from corpus_stories import DEFAULT, GAPS, adder  # noqa: E402

# ------------------------------------------------------------------ the teaching world (this process only)
WINDOW = (datetime(2017, 8, 28, 6, 0, tzinfo=timezone.utc), datetime(2017, 10, 28, 20, 0, tzinfo=timezone.utc))

HEADLINE_OF_ALEX = "Professeur d'anglais, lycée de la Croix-Rousse (Lyon) | Blog Craie & Clavier"
SKILLS = {
    "en": ["Teaching", "English", "Educational Technology", "Curriculum Development", "Blogging", "Classroom Management"],
    "de": ["Unterricht", "Englisch", "Pädagogik", "Bildungstechnologie", "Bloggen"],
    "fr": ["Enseignement", "Anglais", "Pédagogie", "Technologies éducatives", "Blogging", "Gestion de classe"],
    "es": ["Docencia", "Inglés", "Pedagogía", "Tecnología educativa", "Blogs"],
    "it": ["Insegnamento", "Inglese", "Didattica", "Tecnologie didattiche", "Blogging"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = HEADLINE_OF_ALEX

mc.JOBS[:] = [("English A Teacher (IB Diploma)", "Lakeside International School"), ("Professeur d'anglais – contrat local", "Lycée français international de Porto"),
              ("Formateur anglais (H/F)", "Form'Educ"), ("Teacher of English (maternity cover)", "Ashfield Academy"),
              ("Chargé de mission numérique éducatif", "Réseau Canopé")]
mc.COMPANIES["good"] = ["lycée de la Croix-Rousse", "Université Lumière Lyon 2", "ESPE de Lyon", "Réseau Canopé", "British Council", "collège Jean-Renoir"]
mc.COMPANIES["sales"] = ["Numériklass", "ClassVision", "QuizRocket", "Form'Educ", "Horizons Juniors", "BlogBoost Studio", "Mutuelle Horizon Profs"]
mc.HEADLINES["good"] = ["Professeure d'anglais – {co}", "Professeur de lettres au {co}", "CPE au {co}", "Formatrice – {co}",
                        "Maîtresse de conférences, {co}", "English Language Assistant at {co}"]
mc.HEADLINES["sales"] = ["Chargé d'affaires Éducation | {co}", "Account Manager Schools – {co}", "Fondateur de {co}",
                         "Business Developer @ {co} | EdTech", "Conseillère commerciale chez {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your blog has been shortlisted for the European EduBlog Awards. Log in to confirm your entry and settle the listing fee before Friday.",
           "Hello {first}, a parent shared a document about your class with you. Sign in to view it."],
    "de": ["Hallo {first}, Ihr Blog steht auf der Shortlist des Europäischen Bildungsblog-Preises. Bitte melden Sie sich an und begleichen Sie die Teilnahmegebühr.",
           "Guten Tag {first}, eine Kollegin hat Ihnen Unterrichtsmaterial freigegeben. Bitte hier anmelden."],
    "fr": ["Bonjour {first}, votre blog est présélectionné pour les Trophées du blog éducatif. Connectez-vous pour valider votre candidature et régler les frais d'inscription.",
           "Bonjour {first}, un parent d'élève vous a partagé un document concernant votre classe. Connectez-vous pour le consulter."],
    "es": ["Hola {first}, tu blog ha sido preseleccionado para los Premios Blog Educativo. Inicia sesión para confirmar y abonar la cuota de participación.",
           "Hola {first}, un compañero te ha compartido materiales de clase. Inicia sesión para verlos."],
    "it": ["Ciao {first}, il tuo blog è tra i finalisti del Premio Blog Didattico. Accedi per confermare e pagare la quota di iscrizione.",
           "Buongiorno {first}, un genitore le ha condiviso un documento sulla sua classe. Acceda per visualizzarlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"en": ["Your blog", "Award shortlist", "Shared document"], "de": ["Ihr Blog", "Shortlist", "Freigegebenes Dokument"],
                  "fr": ["Votre blog", "Présélection", "Document partagé"], "es": ["Tu blog", "Preselección", "Documento compartido"],
                  "it": ["Il tuo blog", "Finalisti", "Documento condiviso"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
cs.retitle_other({
    "en": {"job": ("{n} new jobs for \"English teacher\"", "Your job alert for English teacher in {city}"),
           "news": "Should phones be banned from classrooms?", "group": "Top conversations in English Teachers in France",
           "newsletter": "Teaching out loud: why I blog my lessons"},
    "de": {"job": ("{n} neue Jobs für „Englischlehrer“", "Ihr Jobalarm für Englischlehrer in {city}"),
           "news": "Handyverbot an Schulen: Was bringt es wirklich?", "group": "Top-Unterhaltungen in Englischlehrkräfte Europa",
           "newsletter": "Aus dem Lehrerzimmer: Feedback ohne Noten"},
    "fr": {"job": ("{n} nouvelles offres pour « professeur d'anglais »", "Votre alerte emploi pour professeur d'anglais à {city}"),
           "news": "Faut-il interdire le portable au lycée ?", "group": "Meilleures discussions dans Profs d'anglais de France",
           "newsletter": "Carnet de prof : une rentrée en cinq chiffres"},
    "es": {"job": ("{n} empleos nuevos de «profesor de inglés»", "Tu alerta de empleo de profesor de inglés en {city}"),
           "news": "¿Deberían prohibirse los móviles en clase?", "group": "Conversaciones destacadas en Docentes de Idiomas",
           "newsletter": "Diario de aula: evaluar sin exámenes"},
    "it": {"job": ("{n} nuove offerte per «docente di inglese»", "Il tuo avviso di lavoro per docente di inglese a {city}"),
           "news": "Smartphone in classe: vietarli serve davvero?", "group": "Conversazioni principali in Docenti di lingue",
           "newsletter": "Quaderno di classe: la valutazione formativa"},
})


def _start_date(self, era: str) -> datetime:
    """Any mail of this corpus: a moment in the two months, early enough for the rest of its story."""
    lo, hi = WINDOW
    hi = hi - timedelta(days=getattr(self, "span_days", 0))
    assert hi > lo, "story too long for the window"
    return lo + timedelta(seconds=self.r.randint(0, int((hi - lo).total_seconds())))


mc.Gen.start_date = _start_date
# LinkedIn's other mail and the spoofs come in the languages of this inbox, and the spoofs try many tricks.
mc.LANGS[:] = ["fr", "en", "de", "fr", "es"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--linkedn-dza.com", "nodkim", "untrusted:mx.google.com",
                       "display:outlook.com", "buried", "lookalike:linkedin.com.secure-notify.example", "noauth", "wrongpass", "untrusted:mx.example.org"]


def span_days(steps) -> int:
    """The longest a story can last, in days (gaps at their maximum, plus a day per step for the seconds)."""
    total = 0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else GAPS[step[0]]
        total += gap[1] + 1
    return total


class TermStories(cs.EraStories):
    """Stories that all fall inside the two months of the window."""

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.g.span_days = span_days(steps)
        try:
            return super().story(scenario, lang, name, headline, location, nl, steps)
        finally:
            self.g.span_days = 0


PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Nadège Thiollier", "Professeure d'anglais – lycée Frédéric-Fays, Villeurbanne", "Villeurbanne",
  ("inv", "Salut Alex ! Prof d'anglais à Villeurbanne, je lis ton blog depuis deux ans. J'ai une séquence « Spaces and exchanges » pour les secondes "
          "avec des podcasts BBC, je te l'envoie volontiers en échange de ta fiche sur les débats en classe 🙂"),
  ("rem",))
P("good_invitation", "fr", "Yanis Benmansour", "Étudiant en L2 LLCER anglais – Université Lumière Lyon 2", "Lyon",
  ("inv", "Bonjour M. Morgan, c'est Yanis, j'étais dans votre terminale L en 2015-2016. Je prépare mon dossier Erasmus pour Édimbourg : "
          "accepteriez-vous de relire ma lettre de motivation en anglais ? Merci d'avance, et bon courage avec les secondes !"))
P("good_invitation", "en", "Fiona Gallacher", "Host, The Staffroom Podcast | Secondary English teacher, Glasgow", "Glasgow",
  ("inv", "Hi Alex, I host The Staffroom, a wee podcast for secondary teachers (no ads, nobody pays anybody). Your homework post got loads of chat "
          "in our Facebook group. Fancy a 30-min episode in October? Totally informal, recorded over Skype."),
  ("rem",))
P("good_invitation", "fr", "Corinne Vasseur", "Formatrice académique numérique – DANE de Lyon", "Lyon",
  ("inv", "Bonjour Alex, je coordonne les journées « Numérique et langues vivantes » du PAF (gratuites, sur temps de service, ordre de mission fourni). "
          "Nous cherchons un·e collègue pour animer un atelier de 45 min sur les blogs de classe. Cela vous tenterait-il ?"))
P("good_invitation", "fr", "Lorena Azcárate", "Profesora de francés e inglés – IES Ebro Norte, Zaragoza", "Zaragoza",
  ("inv", "¡Hola Alex! Coordino un proyecto eTwinning sobre hábitos de lectura y buscamos un instituto francés para cartas y videollamadas "
          "con alumnos de 15-16 años. Es gratis y la plataforma la llevamos nosotras. ¿Te animas? Te paso el enlace al TwinSpace."),
  nl="es")
P("good_invitation", "fr", "Henrike Ostermeier", "Lehrerin für Französisch und Englisch – Gymnasium, Frankfurt am Main", "Frankfurt am Main",
  ("inv", "Lieber Alex, unsere Städte sind ja Partnerstädte. Ich suche für das Frühjahr eine Partnerklasse für einen Briefwechsel "
          "(Englisch als gemeinsame Sprache, 10. Klasse). Hätten Sie Lust? Liebe Grüße aus Frankfurt, Henrike"),
  ("rem",), nl="de")
P("good_invitation", "en", "Tomasz Wierzbicki", "Maths teacher, Cité Scolaire Internationale | EdCamp Lyon organiser", "Lyon",
  ("inv", "Hi Alex – first EdCamp Lyon on Sat 14 Oct at the Cité Internationale: free unconference, teachers set the agenda on the day, "
          "coffee and croissants on us. It'd be great to have you in the room."))


# =============================================================== default_invitation
P("default_invitation", "fr", "Mickaël Perrault", "Responsable grands comptes Éducation | Écrans interactifs", "Lyon", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Gavin Stroud", "Education Consultant", "Birmingham", ("inv", DEFAULT))
P("default_invitation", "fr", "Sandrine Lacombe", "Assistante de direction | Maman de trois ados", "Caluire-et-Cuire", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Rodrigo Valcárcel", "Director comercial | Academia de idiomas", "Valencia", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Jordan Mallet", "Chargé d'affaires Éducation chez Numériklass – tablettes et gestion de classe", "Lyon",
  ("inv", "Bonjour Alex, Numériklass équipe déjà 40 lycées d'Auvergne-Rhône-Alpes en tablettes et outils de gestion de classe. "
          "Je serais ravi de vous faire une démo de 20 min dans votre établissement. Quand seriez-vous disponible ?"))
P("sales_invitation", "en", "Shauna Kimbrough", "Guest Booking Manager | Voices of Education Podcast Network", "Austin, Texas",
  ("inv", "Hi Alex! Our producers loved your blog and shortlisted you for a featured guest spot on Voices of Education (top 50 Education on iTunes). "
          "Featured guest packages start at $349 incl. pro edit + promo kit. Shall I send the booking link?"),
  ("rem",))
P("sales_invitation", "fr", "Patrice Daumas", "Directeur – Institut Européen de Neuroéducation | Formations éligibles CPF", "Paris",
  ("inv", "Bonjour, notre formation certifiante en neuroéducation (5 jours, 1 390 €, finançable CPF) s'adresse aux enseignants qui veulent aller plus loin. "
          "Session à Lyon en novembre, il reste 3 places. Je vous envoie programme et devis ?"))
P("sales_invitation", "fr", "Laëtitia Rigaud", "Conseillère voyages scolaires – Horizons Juniors", "Annecy",
  ("inv", "Bonjour Alex, un voyage à Londres ou Dublin avec vos élèves cette année ? Séjours clés en main, hébergement en familles, "
          "à partir de 389 €/élève. Devis personnalisé sous 48 h, sans engagement !"),
  ("rem",))
P("sales_invitation", "en", "Darnell Whitaker", "Web designer for educators | WordPress & SEO", "London",
  ("inv", "Hey Alex, ran your blog through a speed test: 6.8s to load on mobile, so you're losing Google traffic. I rebuild teacher blogs "
          "from €490, hosting included for a year. Up for a free audit call?"))
P("sales_invitation", "de", "Volker Assmann", "Key Account Manager Bildung | ClassVision GmbH – interaktive Displays", "Köln",
  ("inv", "Guten Tag Herr Morgan, ClassVision liefert interaktive Displays an Schulen in ganz Europa, jetzt auch in Frankreich. Für Pilotschulen "
          "im Raum Lyon gibt es 25 % Einführungsrabatt. Darf ich Ihnen ein Angebot für Ihre Fachschaft schicken?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Sébastien Girodet", "Fondateur – Profs Sereins | Accompagnement des enseignants", "Grenoble",
  ("inv", "Bonjour Alex, je réunis un petit cercle d'enseignants qui bloguent, dans la région, pour parler de la fatigue de début d'année. "
          "Pas de formalités, juste entre collègues qui écrivent. Vous en seriez ?"),
  ("msg", "Merci d'avoir rejoint le cercle ! Je voulais vous parler de mon programme Profs Sereins : 8 semaines d'accompagnement en visio pour "
          "retrouver de l'énergie, 297 €, et -20 % pour les membres du cercle jusqu'à dimanche. Je vous réserve une place ?", (4, 10)),
  ("msg", "Alex, dernière relance : la remise se termine ce soir, il reste 4 places. Voici le lien d'inscription, ce serait dommage de passer à côté.", (4, 9)))
P("bait_and_switch_invitation", "en", "Kieran Ashdown", "Teacher & EdTech blogger (Chalk Dust Diaries) | Founder of MarkMate", "Leeds",
  ("inv", "Alex, fellow teacher-blogger here (I write Chalk Dust Diaries). Always good to know others in the trenches writing about what actually "
          "works in a classroom. Let's connect!"),
  ("msg", "Cheers for connecting! Quick one: we've built MarkMate, an app that halves marking time with voice feedback, and schools in France are "
          "starting to pick it up. Could I give you and your department a 15-min demo? I'll throw in a trial code.", (3, 12)))
P("bait_and_switch_invitation", "fr", "Audrey Ferrandon", "Consultante en gestion de classe | Auteure de « 30 jours pour une classe apaisée »", "Lyon",
  ("inv", "Bonjour Alex, j'ai rédigé un petit guide gratuit sur la gestion de classe en début d'année (30 fiches pratiques). Je vous l'envoie "
          "volontiers, il pourrait servir à vos lecteurs."),
  ("rem", (5, 9)),
  ("msg", "Comme promis, le guide est en pièce jointe. Et si vous voulez aller plus loin, ma formation en ligne « Classe apaisée » (6 modules, 189 €) "
          "ouvre lundi : je vous propose un lien affilié, 30 % de commission sur chaque vente faite via votre blog 😉", (2, 8)))
P("bait_and_switch_invitation", "fr", "Ignacio Barrenechea", "Red de Docentes Bilingües | Asesor educativo", "Bilbao",
  ("inv", "Hola Alex, estoy montando una red de profes de idiomas de Francia y España para compartir materiales y buenas prácticas. "
          "Sin cuotas, solo ganas de aprender unos de otros. ¿Te unes?"),
  ("msg", "Gracias por aceptar. Te cuento: colaboro con una agencia de cursos de verano en Irlanda y Malta, y si recomiendas nuestros programas "
          "a las familias de tus alumnos te llevas 80 € por inscripción. ¿Hablamos por teléfono esta semana?", (3, 10)),
  ("msg", "¿Pudiste ver el folleto? Quedan plazas para Semana Santa. Te mando el dossier en francés para que se lo reenvíes a los padres.", (5, 12)),
  nl="es")
P("bait_and_switch_invitation", "en", "Priyanka Deshmukh", "Researcher, teacher workload & wellbeing | Thrive Staffroom", "Manchester",
  ("inv", "Hi Alex, I'm gathering teachers' experiences of workload since the start of term for a free report we'll share with everyone who "
          "takes part. Your posts on marking were spot on. Open to connecting and a 10-min chat?"),
  ("msg", "Thanks for connecting Alex! Alongside the report we're offering schools a pilot of Thrive Staffroom, our wellbeing platform: £4 per "
          "teacher per month, first term half price. Who holds the budget at your lycée? Or could you intro me to your head?", (5, 14)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Guillaume Sarrazin", "Directeur commercial – SilenceBox", "Marseille",
  ("inm", "Votre billet sur les portables en classe", "Bonjour Alex, j'ai lu avec beaucoup d'intérêt votre billet sur les portables en classe. "
          "Je suis moi-même père de deux ados. Une question sincère : avez-vous constaté une vraie différence sur la concentration depuis que vous les faites ranger ?"),
  ("inm", "Suite de notre échange", "Merci pour votre réponse détaillée ! Justement, nous fabriquons les pochettes SilenceBox, qui verrouillent les "
          "téléphones pendant le cours. 12 € pièce, dégressif dès 200 : je vous prépare un devis pour le lycée ?", (3, 9)))
P("bait_and_switch_inmail", "en", "Marisol Trent", "Community Lead, OpenLessons Library", "Dublin",
  ("inm", "Invitation to contribute", "Hi Alex, OpenLessons is a free library of lesson plans written by teachers for teachers. We'd love to feature "
          "a couple of the resources from your blog, with full credit and a link back. Interested?"),
  ("inm", "Your contributor account", "Great news, you've been approved as a contributor! To publish, contributors join our Pro Creator tier "
          "(€49/year), which unlocks uploads and stats. Here's the checkout link, and TEACH20 takes 20% off.", (4, 12)))
P("bait_and_switch_inmail", "de", "Ralf Kettwig", "Studienleiter | Lernakademie Rhein", "Düsseldorf",
  ("inm", "Kurze Umfrage unter Englischlehrkräften", "Guten Tag Herr Morgan, wir befragen Englischlehrkräfte in Deutschland und Frankreich zur "
          "Digitalisierung im Unterricht. Hätten Sie fünf Minuten für drei Fragen? Die Auswertung schicken wir allen Teilnehmenden zu."),
  ("inm", "Ihr Zertifikatskurs", "Vielen Dank für Ihre Antworten! Als Dankeschön können Sie unseren Zertifikatskurs „Digitale Didaktik“ "
          "(8 Wochen, online) zum Vorzugspreis von 590 € statt 790 € buchen. Anmeldeschluss ist Freitag, hier der Link.", (3, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Florent Dumoulin", "Professeur d'histoire-géographie | Formateur", "Bourg-en-Bresse",
  ("end",), ("end", (1, 6)),
  ("msg", "Salut Alex ! Je t'ai recommandé en {skill} et en pédagogie, amplement mérité. Petit service : tu pourrais me recommander en "
          "« Formation d'adultes » et « Gestion de projet » ? Je postule comme formateur à l'ESPE et ça fait plus sérieux sur le profil. Merci vieux !", (1, 5)))
P("endorse_me_back", "en", "Brandon Oyelaran", "EdTech Evangelist | Google Certified Educator", "Bristol",
  ("end",),
  ("msg", "Alex! Just gave you a thumbs up for {skill} 👍 Would you mind returning the favour on Google Classroom and EdTech? "
          "Trying to get them into my top skills before my Level 2 renewal. Cheers!", (1, 7)))
P("endorse_me_back", "es", "Maite Sorribes", "Profesora de inglés | Coordinadora del programa bilingüe", "Castellón de la Plana",
  ("end",), ("end", (2, 8)),
  ("msg", "Hola Alex, te he validado un par de aptitudes, ¡que te lo mereces! ¿Me validarías tú Enseñanza bilingüe y AICLE? "
          "Estoy preparando las oposiciones a inspección y todo suma. Un abrazo.", (1, 6)))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Bertrand Chaudanson", "Professeur agrégé de lettres classiques (retraité)", "Saint-Étienne",
  ("inv", "Monsieur, votre billet sur la suppression des devoirs m'a fait bondir. Je vous propose d'en débattre ici, entre gens sérieux."),
  ("rem", (5, 8)),
  ("inm", "Votre silence", "Je constate que vous n'avez pas eu le courage d'accepter la discussion. C'est bien là le problème de votre génération "
          "de pédagogistes : on démolit l'exigence et on fuit la contradiction. Vos élèves méritent mieux qu'un blogueur.", (3, 10)))
P("hostility_after_decline", "en", "Craig Polson", "Founder | ExamHero Revision Apps", "Newcastle upon Tyne",
  ("inv", "Alex, ExamHero helps students revise with gamified quizzes. Keen to get you using it with your classes and reviewing it on your blog. 10 mins this week?"),
  ("rem", (6, 10)),
  ("inm", "Seriously?", "Ignored twice. For someone who blogs about respect in the classroom you've got a funny way of showing it. "
          "Would it kill you to reply to a fellow educator? Poor form, mate.", (2, 8)))
P("hostility_after_decline", "fr", "Karine Mouterde", "Commerciale | Maman d'élève", "Lyon",
  ("inv", "Bonjour, je suis la maman de Théo, en 2nde 4. Je voudrais vous parler de sa note au premier contrôle, il ne comprend pas ce qu'on lui reproche."),
  ("inm", "Aucune réponse", "Trois semaines sans réponse. Je vous rappelle que c'est avec nos impôts qu'on vous paie. Le mépris de certains "
          "enseignants pour les parents est vraiment insupportable, j'en parlerai au proviseur.", (14, 21)))
P("hostility_after_decline", "es", "Fermín Ochandiano", "Coach educativo | Conferenciante", "Pamplona",
  ("inv", "Hola Alex, ayudo a profesores a multiplicar su impacto con mi método de coaching educativo. Tengo un programa online con plazas "
          "limitadas este trimestre. ¿Te lo cuento en una llamada de 20 minutos?"),
  ("inm", "Una lección", "Veo que ni te has dignado a contestar. Así os va a los docentes: quejándoos de todo y cerrados a cualquiera que os "
          "quiera ayudar. Una pena de actitud, de verdad.", (6, 15)))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Olivier Brassac", "Responsable partenariats – Éditions Lumen Scolaire", "Paris",
  ("msg", "Bonjour Alex, notre nouveau manuel numérique d'anglais pour le cycle terminal est disponible en licence établissement (8 € par élève "
          "et par an). Puis-je passer au lycée le présenter à votre équipe ?"),
  ("msg", "Je prends note de votre refus. Mais franchement, écrire sur un blog lu par des milliers de collègues que « les manuels ne servent plus "
          "à rien », c'est irresponsable. Un peu d'humilité ne vous ferait pas de mal.", (4, 12)))
P("hostility_connection", "en", "Dale Hennessy", "Keynote speaker | Author of 'Unstoppable Teachers'", "Cork",
  ("acc",),
  ("msg", "Thanks for the connect Alex. I run a 2-day 'Unstoppable Teachers' workshop, €2,400 for a staff of up to 40, and I'm in Lyon in "
          "November. Would your principal go for it? I can pencil the date in for you.", (2, 7)),
  ("msg", "No budget? Come on. Schools always find money for what they value. Sounds like the real problem is teachers who'd rather moan "
          "on blogs than invest in themselves. Good luck with that.", (3, 9)))
P("hostility_connection", "fr", "Thierry Gonnard", "Ingénieur méthodes | Parent élu au conseil d'administration", "Lyon",
  ("msg", "Bonjour Alex, suite à votre billet sur les devoirs j'ai écrit une tribune en réponse, argumentée et courtoise. Accepteriez-vous de "
          "la publier sur Craie & Clavier ? Ce serait fair-play vis-à-vis de vos lecteurs."),
  ("msg", "Donc vous ne publiez que ceux qui vous donnent raison. Belle conception du débat. Vous êtes exactement le genre de prof dont "
          "mes enfants n'ont pas besoin.", (2, 6)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Hélène Grangeon", "Déléguée pédagogique Rhône – Éditions Belvédère", "Lyon",
  ("msg", "Bonjour Alex, j'espère que la rentrée s'est bien passée ! Je serais ravie de présenter notre offre manuel papier + manuel numérique "
          "à votre équipe d'anglais avant le vote des commandes. Un créneau en salle des profs la semaine prochaine ?"),
  ("msg", "Petit rappel : l'offre de lancement (licence numérique offerte pour tout achat de classe) se termine le 15 octobre. "
          "Je peux caler un rendez-vous avec vous et votre coordonnatrice ?", (6, 14)))
P("connection_only_pitches", "fr", "Matthieu Crozet", "Directeur – Form'Educ, organisme de formation référencé Datadock", "Clermont-Ferrand",
  ("msg", "Alex, nouvelle session de notre formation « Pédagogie inversée » les 23 et 24 novembre à Lyon : 690 € TTC, prise en charge "
          "possible. Je vous inscris ?"),
  ("msg", "Je reviens vers vous : plusieurs collègues de votre académie sont déjà inscrits. Besoin d'un devis au nom de l'établissement ?", (5, 12)),
  ("msg", "Dernières places ! Et pour les blogueurs qui relaient la formation, la deuxième inscription est offerte 😉", (5, 10)))
P("connection_only_pitches", "en", "Ethan Kroll", "Head of Growth, QuizRocket", "Berlin",
  ("msg", "Hey Alex 👋 QuizRocket Premium is free for 30 days for teachers in France, then €6/month, or your school can grab a site licence. "
          "Want me to set up a trial for your department?"),
  ("msg", "Following up: we just added French curriculum tags and exam-style questions. Got 15 mins on Thursday for a quick walkthrough?", (6, 15)))


# =============================================================== single_pitch
P("single_pitch", "fr", "Arnaud Peyrache", "Conseiller en prévoyance – spécialiste des enseignants", "Lyon",
  ("msg", "Bonjour Alex, je suis le papa de Chloé (2nde 2). En dehors de l'école, j'accompagne les enseignants sur leur prévoyance et leur "
          "épargne retraite : beaucoup ignorent les trous de leur couverture. Un bilan de 30 minutes, ça vous intéresserait ?"))
P("single_pitch", "es", "Beatriz Llorente", "Directora – Summer Salamanca, cursos de español", "Salamanca",
  ("msg", "Hola Alex, organizamos cursos de español de verano para adolescentes franceses en Salamanca (dos semanas, 1.150 € todo incluido). "
          "¿Te puedo mandar folletos para tus alumnos o para tus compañeros de español?"))
P("single_pitch", "en", "Gareth Llewellyn", "Director, Brightstart English Camps", "Cardiff",
  ("msg", "Hi Alex, hope term's treating you well. We run residential English camps in Wales and give teachers a free place for every "
          "10 students they bring. Shall I send the 2018 brochure and price list over for your school?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Sylvie Rochebrune", "IA-IPR d'anglais – Académie de Lyon", "Lyon",
  ("msg", "Bonjour Alex, votre article sur l'évaluation par compétences circule beaucoup dans les établissements du bassin. Nous ouvrons en "
          "janvier un groupe de travail académique sur ce thème, sur temps de service : votre regard de praticien nous serait précieux. "
          "Dites-moi si cela vous intéresse."))
P("connection_brings_value", "fr", "Marion Esclangon", "Professeure d'anglais – collège Jean-Renoir, Neuville-sur-Saône", "Neuville-sur-Saône",
  ("end",),
  ("msg", "Coucou Alex ! Comme promis au stage, j'ai mis toutes mes séquences de 3e sur un Drive partagé (docs, fichiers audio, grilles d'éval). "
          "Sers-toi, modifie, fais tourner aux collègues, c'est fait pour ça. Bonne rentrée !", (2, 12)))
P("connection_brings_value", "fr", "Kévin Thollot", "Ingénieur systèmes embarqués – Airbus Helicopters", "Marignane",
  ("msg", "Bonjour M. Morgan ! Vous vous souvenez peut-être de moi, terminale S en 2009. Je travaille maintenant chez Airbus Helicopters et je "
          "passe mes journées en anglais. Si ça peut motiver vos élèves, je peux venir témoigner une heure en classe, ou en visio. "
          "Bénévolement, évidemment."))
P("connection_brings_value", "en", "Rebecca Atherton", "Head of MFL – Ashfield Academy, Manchester", "Manchester",
  ("msg", "Hi Alex, lovely to meet you at the British Council webinar. As mentioned, my Year 10 French group would love to swap voice notes "
          "with your English learners. I've drafted a 6-week plan (link below); let me know what you think and we'll fit it around your Toussaint break."),
  ("msg", "Brilliant, thanks for the feedback! I've updated the plan with your dates and set up a shared Padlet for the kids. First exchange "
          "the week of 6 November?", (3, 9)))


# =============================================================== stranger_inmail_recruiter (paid work offered to Alex)
P("stranger_inmail_recruiter", "fr", "Claire-Anne Poujol", "Directrice éditoriale Langues – Éditions Belcour", "Paris",
  ("inm", "Manuel d'anglais de terminale – équipe d'auteurs", "Bonjour Monsieur Morgan, je dirige le pôle langues des Éditions Belcour. Nous "
          "constituons l'équipe d'auteurs de la prochaine édition de notre manuel d'anglais de terminale, et votre blog a beaucoup plu au comité "
          "éditorial. C'est un travail rémunéré (forfait de rédaction et droits d'auteur) sur environ 18 mois. Accepteriez-vous un premier "
          "échange téléphonique ?"),
  ("inm", "Re: Manuel d'anglais de terminale", "Merci pour votre réponse enthousiaste ! Je vous propose un appel mardi 17 à 17 h. D'ici là je "
          "vous envoie le cahier des charges et la grille de rémunération des auteurs, pour que vous puissiez regarder tout cela tranquillement.", (4, 9)))
P("stranger_inmail_recruiter", "en", "Jonathan Pickersgill", "HR & Recruitment Lead, Lakeside International School", "Genève",
  ("inm", "English A teacher (IB Diploma) – Geneva, August 2018", "Dear Alex, we are recruiting an English A teacher for our IB Diploma "
          "programme from August 2018: full-time, local contract, relocation support. A colleague who follows your blog suggested your name. "
          "Would you be open to a confidential conversation about the role?"))
P("stranger_inmail_recruiter", "fr", "Mehdi Kaddouri", "Responsable du parcours anglais, master MEEF – ESPE de Lyon", "Lyon",
  ("inm", "Vacations – formation des professeurs stagiaires", "Bonjour, je coordonne le parcours anglais du master MEEF à l'ESPE de Lyon. "
          "Nous cherchons un·e praticien·ne pour assurer 24 h de TD rémunérées en vacations auprès des stagiaires au second semestre. "
          "Votre profil correspond exactement à ce que nous cherchons : seriez-vous disponible pour en parler ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Fabrice Lanternier", "Gérant – Tableaux & Co, équipements interactifs", "Saint-Priest",
  ("inm", "Vidéoprojecteurs interactifs", "Bonjour, beaucoup de lycées renouvellent leurs VPI cette année. Nous proposons l'installation et "
          "la prise en main à partir de 1 890 € HT la salle. Qui s'occupe des achats dans votre établissement ?"),
  ("inm", "Relance devis", "Je me permets de relancer : notre tournée d'installation passe dans le Rhône fin octobre. Voulez-vous que je vous "
          "réserve un créneau de démonstration ?", (6, 14)))
P("stranger_inmail_sales", "en", "Chelsea Vargas", "Partnerships, AdLoop Publisher Network", "San Diego",
  ("inm", "Monetize Craie & Clavier", "Hi Alex, AdLoop helps niche blogs earn up to 3x more from display ads than AdSense; education sites like "
          "yours average an $11 RPM with us. Want a free revenue estimate? It takes 2 minutes to sign up."))
P("stranger_inmail_sales", "de", "Sven Hartlieb", "Vertrieb Export – Lernwelt Verlag", "Stuttgart",
  ("inm", "Englische Lektüren für Ihre Oberstufe", "Sehr geehrter Herr Morgan, unser Verlag bietet jetzt auch für französische Lycées "
          "vereinfachte englische Lektüren mit Audio an. Klassensätze ab 30 Stück mit 15 % Rabatt. Darf ich Ihnen Katalog und Angebot zusenden?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Aaron Blackwood", "Host, Teach Talk Europe podcast", "Amsterdam",
  ("inv", "Hi Alex, I host Teach Talk Europe, a free podcast where teachers from different countries compare notes. I'd love to have you on to "
          "talk about phones and homework in French schools. No cost, just an hour of your time."),
  ("msg", "Thanks again for a great conversation! Your episode goes live on Tuesday; here's the private link if you want a listen before it's "
          "public. Feel free to share it with your readers.", (6, 12)),
  ("msg", "Hey Alex, heads-up: I'm launching Teach Talk Pro, a course where I coach teachers to start their own podcast. €199 launch price, "
          "and former guests get 25% off. Want the link?", (6, 14)))
P("good_turns_ugly", "fr", "Pauline Chastagner", "Professeure d'anglais & créatrice des Fiches de Pauline", "Annecy",
  ("inv", "Coucou Alex, prof d'anglais en Haute-Savoie et fidèle lectrice ! Je partage gratuitement mes fiches de vocabulaire illustrées, "
          "on pourrait s'échanger nos ressources ? Au plaisir 🙂"),
  ("msg", "Voilà le lien vers le dossier partagé avec mes 40 fiches de vocab (seconde et première). Si tu en parles dans un article, "
          "cite-moi juste, ça me fera plaisir !", (2, 8)),
  ("msg", "Hello Alex ! Grosse nouveauté : j'ai ouvert ma boutique en ligne, le pack complet fiches + évaluations est à 24,90 €. Tu pourrais "
          "en parler sur ton blog ? J'ai un programme d'affiliation, je t'envoie le lien de la boutique.", (7, 15)))
P("good_turns_ugly", "fr", "Rémi Berthollet", "Professeur de SVT | Organisateur des Rencontres pédagogiques du Beaujolais", "Villefranche-sur-Saône",
  ("inv", "Bonjour Alex, j'organise les Rencontres pédagogiques du Beaujolais le 18 novembre (entrée libre, une centaine de profs). On aimerait "
          "beaucoup vous avoir pour une table ronde sur les blogs enseignants. Ça vous dirait ?"),
  ("msg", "Merci d'avoir accepté ! Programme provisoire : votre table ronde est à 14 h avec deux collègues de Mâcon, le repas de midi est "
          "pris en charge. Je vous envoie le plan d'accès la semaine prochaine.", (3, 8)),
  ("end", (3, 8)),
  ("msg", "Au fait, je t'ai recommandé pour {skill} 😉 Tu pourrais me rendre la pareille pour « Organisation d'événements » ? "
          "Je monte un dossier pour un poste de chargé de mission à la DANE.", (1, 4)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Stéphanie Ruffier", "Business Developer – ClassFlow360", "Paris",
  ("inm", "Vos copies corrigées deux fois plus vite", "Bonjour Alex, ClassFlow360 corrige automatiquement les QCM et génère les bilans de "
          "compétences. Déjà 300 lycées utilisateurs. 15 minutes pour vous montrer ?"),
  ("inv", "Bonjour Alex, j'ai adoré votre article sur l'évaluation bienveillante, tellement juste ! Ce serait un plaisir de vous compter dans mon réseau.", (18, 28)))
P("reinvite_known_bad", "en", "Troy Madsen", "Senior Account Executive, Edsight Analytics", "Dublin",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, really enjoyed your piece on formative feedback, plenty for our product team to chew on. Would be great to stay in touch here.", (21, 30)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Ludovic Fayolle", "Formateur indépendant | Motivation des adolescents", "Roanne",
  ("inv", "Bonjour, formateur depuis 15 ans, j'interviens sur la motivation des ados. Je pense qu'on a beaucoup de choses à se dire, connectons-nous."),
  ("inm", "Dommage", "Je vois que vous triez vos contacts. Soit. Mais ce genre d'attitude hautaine fait beaucoup de tort à l'image des profs. "
          "Bon courage avec vos classes.", (9, 14)),
  ("inv", "Bonjour Alex, on est partis du mauvais pied, je m'en excuse. Je lance un groupe d'échanges gratuit entre formateurs et enseignants, "
          "vous y seriez le bienvenu.", (18, 25)))
P("reinvite_known_ugly", "en", "Natalie Brennan-Cole", "Founder, The Inspired Classroom", "Bath",
  ("inm", "Loved your homework post", "Hi Alex, your homework post was shared in our teacher community and sparked a brilliant discussion. "
          "Could I ask how you explained the change to parents? Lots of our members are trying the same thing."),
  ("inm", "Something for you", "Thanks so much for your reply! It made me think you'd love The Inspired Classroom Academy, our 12-week online "
          "programme for teachers ready to lead change. Enrolment is £297, or 3 x £109. Shall I save you a seat?", (3, 8)),
  ("inv", "Alex, would love to have you in my network! I share free classroom resources every week.", (20, 28)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Jean-Baptiste Marcoux", "Conférencier | Formateur en mémorisation et méthodes d'apprentissage", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex, ravi de notre échange au salon. Je vous glisse la plaquette de mon atelier « Apprendre à apprendre » "
          "pour les équipes pédagogiques : 1 200 € la demi-journée, je me déplace dans toute la région. N'hésitez pas à la transmettre à votre proviseur.", (2, 9)))
P("user_invited_pitch_once", "en", "Harriet Quennell", "Sales Manager, Europe – Oxbridge Learning Press", "Oxford",
  ("acc",),
  ("msg", "Thanks for connecting after Expolangues, Alex. As promised, here's our 2018 catalogue. Schools that order class sets before "
          "December get 20% off and free delivery to France. Happy to put a quote together for your department.", (1, 6)))
P("user_invited_pitch_once", "fr", "Damien Colombat", "Blogueur éducation (La Salle des profs 2.0) | Consultant SEO", "Lyon",
  ("acc",),
  ("msg", "Hello Alex, merci d'avoir pensé à moi ! Entre blogueurs, je te propose un deal : j'optimise le référencement des blogs de profs, "
          "et pour 350 € tu passes en première page Google sur « blog prof d'anglais ». On s'appelle ?", (3, 12)))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Nathalie Verchère", "Conseillère commerciale – Mutuelle Horizon Profs", "Lyon",
  ("acc",),
  ("msg", "Merci Alex pour la mise en relation ! Comme évoqué au forum des associations, notre contrat « Protection Enseignant » couvre aussi "
          "la responsabilité civile pro et l'assistance juridique, dès 9,80 €/mois. Je vous envoie une simulation ?", (1, 6)),
  ("msg", "Bonjour Alex, je reviens vers vous pour la simulation. Nous avons aussi une offre de groupe pour les collègues de votre lycée, "
          "-15 % dès cinq adhésions. Un rendez-vous la semaine prochaine ?", (8, 16)))
P("user_invited_pitch_twice", "en", "Owen Prothero", "Co-founder, Lingoloop – AI speaking practice for schools", "Cardiff",
  ("acc",),
  ("msg", "Hi Alex, thanks for the invite after the Ludovia panel. Lingoloop gives every student 10 minutes of speaking practice a day with "
          "a chatbot; French lycées pay €3 per student per year. Could we pilot it with two of your classes this term?", (2, 8)),
  ("msg", "Hi again, 5 pilot slots left in the Lyon académie before prices go up in January. Shall I send the order form so you can pass it "
          "to your intendance?", (7, 15)))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Agnès Montcharmont", "Maîtresse de conférences en sciences de l'éducation – Université Lumière Lyon 2", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Comme je vous le disais, notre équipe vient de publier une étude sur les devoirs au lycée, le PDF "
          "est en accès libre. Et vous êtes le bienvenu à notre séminaire ouvert du 12 octobre, entrée libre : de quoi nourrir votre blog.", (1, 5)))
P("user_invited_value", "en", "Siobhán Garvey", "English teacher & Erasmus+ coordinator, St Brigid's Community School", "Dublin",
  ("acc",),
  ("msg", "Alex, thanks for the add! Here's the Erasmus+ KA2 partnership template we used last year, plus our budget sheet, all yours. "
          "If your lycée wants a partner school for the 2018 call, count us in; the deadline's in March so there's loads of time.", (2, 10)))
P("user_invited_value", "de", "Jochen Marschall", "Fachleiter Englisch – Studienseminar Frankfurt am Main", "Frankfurt am Main",
  ("acc",),
  ("msg", "Lieber Alex, danke für die Vernetzung! Wie versprochen der Link zu unserer Materialsammlung „Speaking tasks Sek II“: frei nutzbar, "
          "gern auch übersetzt für Ihren Blog. Und falls Sie im März in Frankfurt sind: unser Fachtag am 8. März ist kostenlos, Sie wären herzlich eingeladen.", (1, 8)))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Laurent Bessenay", "Proviseur adjoint – lycée Lumière, Lyon", "Lyon", ("acc",))
P("acceptance_only", "en", "Abigail Trevelyan", "Teacher trainer, British Council France", "Paris", ("acc",))
P("lone_endorsement", "fr", "Inès Bourchanin", "Étudiante en BTS Commerce international", "Lyon", ("end",))
P("lone_endorsement", "es", "Álvaro Cuesta", "Profesor de francés – IES Navarro Villoslada", "Pamplona", ("end",))


# A few people use the newer layout; everyone else gets the 2016 one of that time.
NEWER_LAYOUT = {"Fiona Gallacher", "Kieran Ashdown", "Ethan Kroll", "Chelsea Vargas", "Owen Prothero", "Natalie Brennan-Cole", "Tomasz Wierzbicki",
                "Corinne Vasseur"}
ERAS = {p[2]: ("cur" if p[2] in NEWER_LAYOUT else "2016") for p in PEOPLE}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] != DEFAULT:
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Nadège Thiollier", "nadege.thiollier@ac-lyon.example.fr", "Séquence Spaces and exchanges",
     "Salut Alex,\n\nje t'ai envoyé une invitation sur LinkedIn mais je ne sais pas si tu y vas souvent, alors je double par mail : "
     "la séquence est dans le dossier partagé, dis-moi si le lien marche.\n\nBises,\nNadège", "fr"),
    ("Vie scolaire – lycée de la Croix-Rousse", "vie-scolaire@lycee-croixrousse.example.fr", "Rappel : échanges avec les familles",
     "Bonjour à tous,\n\npour rappel, les échanges avec les familles passent par l'ENT ou le carnet de correspondance, pas par les réseaux sociaux "
     "(Facebook, LinkedIn…). Merci de rediriger les parents vers la vie scolaire.\n\nLa CPE", "fr"),
    ("WordPress.com", "donotreply@wordpress.example", "[Craie & Clavier] Nouveau commentaire en attente de modération",
     "Un nouveau commentaire sur l'article « Pourquoi j'ai arrêté les devoirs à la maison » attend votre approbation.\n\n"
     "Auteur : B. Chaudanson\nCommentaire : Je vous ai écrit sur LinkedIn, j'attends toujours. Le débat vous fait peur ?\n\nApprouver | Corbeille | Indésirable", "fr"),
    ("Claire-Anne Poujol", "ca.poujol@editions-belcour.example.fr", "Manuel de terminale : suite à mon message LinkedIn",
     "Bonjour Monsieur Morgan,\n\nje vous ai écrit via LinkedIn au sujet de notre équipe d'auteurs ; je me permets de doubler par courriel au cas où "
     "la messagerie vous échapperait. Mon numéro direct figure ci-dessous.\n\nBien cordialement,\nClaire-Anne Poujol\nÉditions Belcour", "fr"),
    ("DANE de Lyon", "dane@ac-lyon.example.fr", "Vigilance : faux messages LinkedIn",
     "Chères et chers collègues,\n\ndes courriels imitant LinkedIn (invitations, « document partagé », « compte restreint ») circulent en ce moment. "
     "Ne saisissez jamais vos identifiants académiques à partir d'un lien reçu par mail.\n\nLa DANE", "fr"),
    ("Eventbrite", "noreply@eventbrite.example", "Votre billet : EdCamp Lyon – samedi 14 octobre",
     "Bonjour Alex,\n\nvotre inscription gratuite à EdCamp Lyon est confirmée. Présentez ce billet à l'entrée.\n\n"
     "Partagez l'événement avec vos collègues sur Twitter et LinkedIn !", "fr"),
    ("Fiona Gallacher", "fiona@staffroompodcast.example", "The Staffroom – recording slot?",
     "Hi Alex,\n\nnot sure if my LinkedIn invite reached you, so trying email too: would Thursday 19 Oct at 6pm your time work for a recording?\n\nFiona", "en"),
    ("Stéphane Brunel", "stephane.brunel@lycee-croixrousse.example.fr", "TR: Je souhaite rejoindre votre réseau",
     "Alex, tu connais ce type ? Il m'a invité sur LinkedIn à moi aussi et me propose une démo de tablettes…\n\n"
     "-------- Message transféré --------\nDe : Jordan Mallet <invitations@linkedin.com>\nObjet : Stéphane, ajoutez-moi à votre réseau LinkedIn\n\n"
     "Bonjour Stéphane, Numériklass équipe déjà 40 lycées…", "fr"),
    ("Lorena Azcárate", "lazcarate@iesebronorte.example.es", "Proyecto eTwinning Lyon–Zaragoza",
     "¡Hola Alex!\n\nTe mandé una invitación por LinkedIn, pero te escribo también por aquí por si acaso. Te adjunto el calendario provisional del "
     "proyecto.\n\nUn saludo,\nLorena", "es"),
    ("Partnerschaftsverein Frankfurt–Lyon", "info@partnerschaft-ffm-lyon.example.de", "Schüleraustausch 2018: Ausschreibung",
     "Liebe Lehrkräfte,\n\ndie Ausschreibung für die Austauschprogramme 2018 ist online. Folgen Sie uns auch auf LinkedIn und Facebook, "
     "um keine Frist zu verpassen.\n\nIhr Partnerschaftsverein", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev156 corpus. Generated by scripts/make_corpus_dev156.py (seed {SEED}); do not edit by hand.",
          "# Alex as an English teacher at a Lyon lycée who writes a teaching blog, late August to October 2017: edtech and publisher sellers, "
          "parents, former pupils, conference and podcast invitations, paid training, peers, a publisher hiring authors, trolls. "
          "Same format as tests/corpus/dev."]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev156")
    args = ap.parse_args()
    c = TermStories(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(12)
    c.make_other(12)
    c.make_foreign()
    lo, hi = WINDOW
    assert all(lo <= m.date <= hi for m in c.mails), "a mail falls outside the two months"
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
