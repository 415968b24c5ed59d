#!/usr/bin/env python3
"""Write mailbot's forty-eighth, independent development corpus: tests/corpus/dev48/*.eml + expected.toml.

The angle: recruiters and headhunters, in all five languages, on the hard borderline. Alex is
a finance controller, which makes them a target for every kind of recruiting mail:

- headhunters and in-house recruiters with a real role and its terms (title, place, pay,
  reporting line): good, whether by invitation, by InMail or from a connection;
- vague "exciting opportunities" with no role at all: made without thought, pipeline
  building for the recruiter's own business, so bad;
- staffing and interim agencies that sell candidates, temps or interim managers to Alex as a
  hiring manager: bad;
- paid career coaching, CV and LinkedIn rewrites, "candidate programmes" dressed up as
  recruiting: bad as an open pitch, ugly when a job was the reason to connect and the fee
  came after (bait and switch, by invitation and by InMail);
- recruiters who turn hostile after silence (pending invitations, re-invites, connections);
- recruiters who endorse Alex and then ask to be endorsed back;
- peers who pass on their own team's job posts or a candidate, with no fee: good.

Every scenario of the taxonomy is present, weighted to recruiting. A few spoofs (fake job
offers and "application fee" lures), a little other LinkedIn mail, and mail from outside
LinkedIn that mentions it complete the set.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The job-alert titles, the headlines and companies of spoof-only
names and PYMK suggestions, the spoof methods and the lures that spoofs carry are swapped in
this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes
of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev48.py              # writes tests/corpus/dev48
    python scripts/make_corpus_dev48.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260848

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ recruiting world (this process only)
mc.JOBS[:] = [("Financial Controller (m/w/d)", "Orvana Foods"), ("Group Reporting Manager", "Meridian Logistics"),
              ("Responsable contrôle de gestion", "Groupe Maréval"), ("Controller de planta", "Almenara Alimentación"),
              ("Responsabile Amministrazione e Controllo", "Veltra Italia"), ("Interim Financial Controller – 6 months", "Calder & Finch")]
mc.COMPANIES["sales"] = ["Brightwell Talent", "ProStaff Interim", "CareerLift Partners", "TalentBridge RPO", "Apex Placements",
                         "CVcraft Studio", "Interim Finance Pool", "Nordlicht Personal"]
mc.HEADLINES["sales"] = ["Recruitment Consultant | {co}", "Talent Acquisition | Finance & Accounting | {co}", "Career Coach for Finance Leaders | {co}",
                         "Account Manager – Interim & Temporary Staffing at {co}", "Founder at {co} | Executive CV Writing",
                         "Headhunter | Always hiring | {co}", "Business Development – RPO at {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "lookalike:linkedin.com.secure-notify.example", "display:outlook.com", "buried", "wrongpass",
                       "noauth", "lookalike:linkedinmail.net"]
SPOOF_LURE = {
    "en": ["Hi {first}, congratulations, you have been shortlisted for the Senior Finance Controller role. Complete the online assessment through the secure candidate portal within 48 hours.",
           "Hello {first}, I can offer you a remote finance position paying $3,800 per week. To start, a refundable onboarding fee of $150 is required. Reply to receive the contract.",
           "Dear {first}, a recruiter has shared a confidential job offer document with you. Sign in to view the offer letter."],
    "de": ["Hallo {first}, Sie sind in der engeren Auswahl für die Stelle als Leiter Controlling. Bitte schließen Sie den Online-Test über das Kandidatenportal innerhalb von 48 Stunden ab.",
           "Guten Tag {first}, ein Personalberater hat Ihnen ein vertrauliches Stellenangebot freigegeben. Bitte melden Sie sich an, um es zu öffnen."],
    "fr": ["Bonjour {first}, votre candidature au poste de contrôleur financier senior a été retenue. Merci de finaliser le test en ligne via le portail sécurisé sous 48 heures.",
           "Bonjour {first}, un cabinet vous a transmis une offre d'emploi confidentielle. Connectez-vous pour consulter la proposition."],
    "es": ["Hola {first}, has sido preseleccionado/a para el puesto de Controller Financiero Senior. Completa la prueba en línea en el portal de candidatos en 48 horas.",
           "Hola {first}, te ofrezco un trabajo remoto de finanzas con 3.500 USD semanales. Para empezar hay que abonar una tasa de alta reembolsable de 120 USD."],
    "it": ["Ciao {first}, sei stato selezionato per la posizione di Senior Financial Controller. Completa il test online sul portale candidati entro 48 ore.",
           "Buongiorno {first}, un head hunter le ha inviato un'offerta di lavoro riservata. Acceda per visualizzare la lettera di assunzione."],
}
for _l, _n in SPOOF_LURE.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation: real roles, peers' job posts
P("good_invitation", "en", "Rachel Dunmore", "Senior Consultant, Finance & Accounting | Calder Search", "Manchester",
  ("inv", "Hi Alex, I'm filling a Financial Controller role at a family-owned food manufacturer near Warrington. £75-85k + 15% bonus, "
          "3 days on site, reports to the FD. Your consolidation background fits well. Happy to send the spec, no CV needed first."),
  ("rem",))
P("good_invitation", "de", "Henrik Vollmer", "Partner | Vollmer Executive Search – CFO & Finance", "Düsseldorf",
  ("inv", "Hallo Alex, wir haben ein exklusives Mandat: Leitung Konzerncontrolling (m/w/d) bei einem börsennotierten Maschinenbauer im Sauerland, "
          "130–150 T€ fix plus Dienstwagen. Darf ich Ihnen die Stellenbeschreibung vertraulich zusenden?"))
P("good_invitation", "fr", "Claire Bastide", "Chargée de recrutement | Groupe Maréval", "Lyon",
  ("inv", "Bonjour Alex, je recrute en direct pour notre siège lyonnais un(e) contrôleur(se) de gestion industriel(le) : CDI, 55-62 k€ + intéressement, "
          "2 jours de télétravail. Pas de cabinet, c'est moi qui porte le poste. Ça vous parle, ou vous avez quelqu'un en tête ?"),
  ("rem",))
P("good_invitation", "es", "Lucía Ferrándiz", "Controller de gestión | Almenara Alimentación", "Valencia",
  ("inv", "Hola Alex, soy controller en Almenara y buscamos a alguien para mi equipo: analista senior de costes, Valencia, 38-44k. "
          "Lo ha publicado RR. HH. esta semana. Vi tu post sobre costes ABC y pensé que igual conoces a alguien."))
P("good_invitation", "it", "Fabio Castellani", "Head Hunter – Finance & Controlling | Castellani & Partners", "Milano",
  ("inv", "Buongiorno Alex, seguo per un gruppo farmaceutico veronese la ricerca di un Responsabile Controllo di Gestione: RAL 90-100k, "
          "auto aziendale, riporto al CFO. Il suo percorso nel consolidato mi sembra in linea. Le andrebbe una chiamata di dieci minuti?"),
  ("rem",))
P("good_invitation", "de", "Olamide Adeyemi", "Talent Acquisition Lead EMEA | Arcwise Pharma", "Frankfurt am Main",
  ("inv", "Hi Alex, we're opening a Finance Controller position in our Frankfurt hub, reporting to the EMEA CFO, English-speaking team, "
          "€95-110k plus bonus. I'm the internal recruiter, not an agency. Open to a short chat? The job link is on my profile."),
  nl="en")
P("good_invitation", "en", "Callum Rae", "Recruiter | Finance & Accounting | Yorkshire", "Leeds",
  ("inv", "Alex - Financial Controller, manufacturing, Leeds, up to £80k + car allowance. Worth a chat?"))


# =============================================================== default_invitation: recruiters without a word
P("default_invitation", "en", "Jordan Blakeley", "Recruitment Consultant | Accountancy & Finance", "Leeds", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sven Ohlsen", "Personalberater | Finance & Controlling", "Hamburg", ("inv", NONOTE))
P("default_invitation", "fr", "Mélanie Roux", "Talent Acquisition Specialist | Cabinet Hexa RH", "Bordeaux", ("inv", DEFAULT))
P("default_invitation", "it", "Gabriele Pozzi", "Recruiter | Staffing & Interim Management", "Bologna", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation: vague roles, staffing, CV and coaching
P("sales_invitation", "en", "Tasha Greenway", "Director | Finance Recruitment | Brightwell Talent", "London",
  ("inv", "Hi Alex! I work with some of the most exciting businesses in the region and always love connecting with talented finance people. "
          "I have a number of fantastic opportunities that could be a great fit. Let's connect and see where things go!"))
P("sales_invitation", "de", "Kai Brünning", "Account Manager | Finanzfachkräfte auf Zeit | ProStaff Interim", "Köln",
  ("inv", "Hallo Alex, Jahresabschluss im Anmarsch und das Team am Limit? Wir stellen Ihnen binnen 48 Stunden erfahrene Bilanzbuchhalter "
          "und Interim-Controller, Tagessätze ab 690 €. Gern sende ich Ihnen passende Profile."),
  ("rem",))
P("sales_invitation", "fr", "Sabrina Kessaci", "Consultante carrière | Recrutement & repositionnement cadres", "Paris",
  ("inv", "Bonjour Alex, un recruteur passe 7 secondes sur un CV. Le vôtre mérite mieux : je réécris CV et profil LinkedIn des cadres finance, "
          "avec garantie d'entretiens sous 60 jours. Formule à 349 €, premier échange offert."))
P("sales_invitation", "es", "Rodrigo Anguita", "Headhunter | Talento Directivo | Finanzas", "Madrid",
  ("inv", "Buenas Alex, ¿abierto a escuchar? Muevo perfiles financieros top y siempre tengo oportunidades muy interesantes encima de la mesa. "
          "Conectemos y te cuento 😉"))
P("sales_invitation", "it", "Serena Valli", "Business Development | Selezione & Somministrazione | LavoroPiù", "Torino",
  ("inv", "Salve Alex, se il suo ufficio amministrazione deve inserire persone nei prossimi mesi, gestiamo noi la selezione a success fee "
          "(18% della RAL) con garanzia di sostituzione a 6 mesi. Posso mandarle la nostra presentazione?"),
  ("rem",))
P("sales_invitation", "en", "Grant Holloway", "Executive Career Strategist | Helping finance leaders land CFO roles", "Bristol",
  ("inv", "Alex, most controllers who make CFO do it through the hidden job market. My 12-week Accelerator puts you in front of headhunters "
          "before roles are advertised. Clients see offers within 90 days. Worth a 20-min discovery call?"))


# =============================================================== bait_and_switch_invitation: a role, a meetup, a survey, a question
P("bait_and_switch_invitation", "en", "Dominic Sayers", "Finance Recruitment Lead | Meridian Advisory", "London",
  ("inv", "Alex, I'm working a confidential Head of Finance search for a PE-backed logistics group, six-figure base. Your profile stood out. "
          "Can we connect so I can share the details privately?"),
  ("msg", "Thanks for connecting! Before I put anyone forward, the client expects a board-ready CV and LinkedIn profile. We partner with a CV "
          "specialist - the executive package is £495 and I can get you 15% off this week. Shall I make the intro?", (2, 8)),
  ("msg", "Hi Alex, just checking you saw my last note. The process is moving fast and I'd hate for your CV to hold you back. "
          "Payment link below, takes two minutes.", (6, 14)))
P("bait_and_switch_invitation", "de", "Nina Fahrenkamp", "Gründerin | Controller-Stammtisch Rhein-Main", "Frankfurt am Main",
  ("inv", "Hallo Alex, ich organisiere einmal im Quartal einen Controller-Stammtisch in Frankfurt, offen und kostenlos, einfach Austausch "
          "unter Kollegen bei einem Bier. Hätten Sie Lust, dazuzukommen?"),
  ("msg", "Schön, dass wir verbunden sind! Kleiner Hinweis in eigener Sache: Hauptberuflich vermittle ich Interim-Controller und Bilanzbuchhalter. "
          "Falls es bei Ihnen zum Quartalsabschluss eng wird, ich habe gerade zwei sehr gute Leute frei, Tagessatz 780 €. Soll ich Ihnen die Profile schicken?",
   (4, 12)))
P("bait_and_switch_invitation", "fr", "Antoine Marlier", "Associé | Cabinet Marlier Talents", "Lille",
  ("inv", "Bonjour Alex, nous menons une étude gratuite sur les rémunérations des contrôleurs de gestion dans les Hauts-de-France. "
          "Accepteriez-vous d'y répondre ? Vous recevrez la synthèse complète en retour."),
  ("msg", "Merci d'avoir accepté ! La synthèse arrive bientôt. En attendant, si vous recrutez dans votre équipe cette année, nous avons des candidats "
          "disponibles immédiatement, honoraires à 20 % du brut annuel. Je vous envoie nos conditions ?", (5, 15)),
  ("msg", "Bonjour Alex, je me permets de relancer : j'ai un profil de contrôleur junior très solide qui signera ailleurs si personne ne se "
          "positionne d'ici vendredi. On s'appelle ?", (7, 20)))
P("bait_and_switch_invitation", "es", "Nerea Olabarria", "Talent Partner | Olabarria Selección", "Bilbao",
  ("inv", "Hola Alex, una pregunta entre gente de finanzas: ¿cómo organizáis el cierre mensual con parte del equipo en remoto? "
          "Estoy recopilando experiencias de varias empresas y me vendría genial tu punto de vista."),
  ("msg", "¡Gracias por conectar! Te cuento a qué me dedico: seleccionamos perfiles financieros para empresas como la tuya. Si este año necesitas "
          "reforzar el equipo de cierre, tengo condiciones de lanzamiento: 15% del bruto anual y garantía de 4 meses. ¿Te paso la propuesta?", (3, 10)))
P("bait_and_switch_invitation", "it", "Walter Benussi", "Career Advisor | Recruiting Executive", "Trieste",
  ("inv", "Buongiorno Alex, ho una posizione di Direttore Amministrativo per un gruppo del Nord-Est che non è ancora pubblicata. "
          "Il suo profilo è tra i tre che vorrei proporre. Ci colleghiamo?"),
  ("msg", "Grazie del collegamento! Il cliente vuole vedere candidati già 'pronti': per questo propongo un percorso di career coaching di 4 sessioni "
          "(1.200 € + IVA) con simulazione di colloquio e revisione del CV. Partiamo la settimana prossima?", (2, 8)))


# =============================================================== bait_and_switch_inmail: a role or a free report, then a fee
P("bait_and_switch_inmail", "en", "Priyanka Raman", "Executive Search Consultant | CFO Pathways", "London",
  ("inm", "Confidential: Group Controller, FTSE 250", "Hi Alex, I'm leading a confidential search for a Group Controller at a FTSE 250 business "
          "services company. Base £110-125k, bonus up to 30%. Your multi-entity consolidation background is exactly what the CFO described to me. "
          "Would you have 15 minutes this week?"),
  ("inm", "Re: Confidential: Group Controller, FTSE 250", "Great to hear from you, Alex. Next step: every shortlisted candidate goes through our "
          "Leadership Readiness Assessment, which the client relies on. It's a one-off £650 investment and includes a personal coaching debrief. "
          "I'll send the booking link once you confirm.", (4, 10)))
P("bait_and_switch_inmail", "de", "Ralf Steininger", "Senior Consultant | Karriereberatung & Personalvermittlung", "München",
  ("inm", "Vertrauliche Position: CFO Mittelstand", "Guten Tag Alex, für einen inhabergeführten Automobilzulieferer in Oberbayern suche ich eine "
          "kaufmännische Leitung mit CFO-Perspektive. Ihr Profil passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch?"),
  ("inm", "AW: Vertrauliche Position: CFO Mittelstand", "Danke für Ihre Rückmeldung! Damit ich Sie beim Mandanten optimal positionieren kann, "
          "empfehle ich unser Bewerbungscoaching inklusive Profiloptimierung. Das Paket kostet 1.490 € netto, die meisten unserer Kandidaten nutzen es. "
          "Wann passt Ihnen ein erster Termin?", (3, 9)))
P("bait_and_switch_inmail", "es", "Camila Restrepo", "Reclutadora Senior | Finanzas & Contabilidad", "Madrid",
  ("inm", "Vacante: Dirección Financiera – retail", "Hola Alex, estoy cubriendo la Dirección Financiera de una cadena de retail con sede en Madrid. "
          "Banda salarial 95-110k + variable. ¿Te interesaría que lo habláramos?"),
  ("inm", "Siguiente paso del proceso", "Perfecto, Alex. Para avanzar, nuestros candidatos completan el programa 'Candidato Premium': revisión de CV, "
          "test de liderazgo y dos sesiones de mentoring. Son 390 € y multiplica las opciones. Te dejo el enlace de pago."),
  ("inm", "Lista larga – último aviso", "Hola de nuevo, el cliente cierra la lista larga el lunes y sin el programa no puedo presentarte. ¿Lo reservamos?",
   (3, 8)))
P("bait_and_switch_inmail", "fr", "Yannick Tessier", "Manager Finance & Comptabilité | Helvetia Talents", "Genève",
  ("inm", "Baromètre des salaires finance – Suisse romande", "Bonjour Alex, nous venons de publier notre baromètre des rémunérations en finance et "
          "contrôle de gestion pour la Suisse romande. Je vous l'offre volontiers, sans contrepartie : il peut servir pour vos revues salariales. "
          "Je vous l'envoie ?"),
  ("inm", "RE: Baromètre des salaires finance", "Voici le lien, bonne lecture ! Et puisque vous êtes en pleine revue salariale : nous plaçons des "
          "comptables et contrôleurs en régie dès 95 CHF de l'heure, ou en fixe à 18 % du salaire annuel. Quinze minutes la semaine prochaine "
          "pour faire le point sur vos besoins ?", (4, 12)))


# =============================================================== endorse_me_back: recruiters collecting endorsements
P("endorse_me_back", "en", "Shaun Pritchard", "Recruitment Manager | Accountancy | Stratos Talent", "Birmingham",
  ("end",),
  ("msg", "Morning Alex, hope all's good. I've endorsed you for {skill}, well deserved! Would you mind returning the favour and endorsing me "
          "for Recruiting and Talent Acquisition? Clients do look at it. Cheers, Shaun"))
P("endorse_me_back", "de", "Tanja Rehberg", "Personalberaterin | Executive Search Finance", "Stuttgart",
  ("end",), ("end",),
  ("msg", "Hallo Alex, ich habe Sie gerade für {skill} und ein paar weitere Kenntnisse bestätigt. Wären Sie so nett, mir im Gegenzug "
          "„Personalbeschaffung“ und „Executive Search“ zu bestätigen? Das hilft mir bei neuen Mandanten. Danke und eine schöne Woche!"))
P("endorse_me_back", "it", "Ilenia Sartori", "Talent Acquisition Specialist | Ricerca e selezione", "Padova",
  ("end",),
  ("msg", "Ciao Alex! Ti ho lasciato una conferma su {skill} 😊 Se ti va di ricambiare, mi faresti un favore enorme con una conferma su "
          "Selezione del personale e Colloqui di lavoro: sto sistemando il profilo per un nuovo incarico. Grazie mille!"))
P("endorse_me_back", "fr", "Grégory Lemoine", "Consultant recrutement | Finance & Comptabilité", "Nantes",
  ("end",), ("end",),
  ("msg", "Salut Alex, petite demande : je t'ai recommandé pour {skill}, tu pourrais me rendre la pareille sur « Recrutement » et « Sourcing » ? "
          "Ça compte pour mon référencement chez les clients. Merci d'avance !"))


# =============================================================== hostility_after_decline: silence, then a lecture
P("hostility_after_decline", "en", "Brad Kettering", "Senior Recruiter | Finance & Tax | Apex Placements", "Manchester",
  ("inv", "Hi Alex, I place finance professionals across the North West. Keen to connect and keep you posted on roles."),
  ("rem",),
  ("inm", "Manners", "Alex, I sent you an invite and a reminder and didn't even get the courtesy of a no. I help people like you get paid more "
          "and this is how you treat it? Very unprofessional. Don't come running when you're job hunting.", (10, 30)))
P("hostility_after_decline", "de", "Holger Wendtland", "Headhunter | Finanzvorstände & Kaufmännische Leitung", "Hannover",
  ("inv", "Guten Tag, ich besetze regelmäßig Positionen in der Finanzleitung im Mittelstand und würde Sie gern in meinem Netzwerk haben."),
  ("inm", "Ihre fehlende Rückmeldung", "Alex Morgan, ich habe Ihnen vor Wochen eine Kontaktanfrage geschickt. Keine Reaktion. Ehrlich gesagt: "
          "Mit dieser Haltung kommen Sie nie über die Controller-Ebene hinaus. Arroganz ist keine Führungsqualität.", (20, 45)))
P("hostility_after_decline", "fr", "Laetitia Brunel", "Chasseuse de têtes | Direction financière", "Paris",
  ("inv", "Bonjour Alex, je chasse pour un groupe de distribution un(e) responsable du contrôle de gestion, 85 k€ + variable, Paris 8e. "
          "Votre profil m'intéresse, on échange ?"),
  ("rem",),
  ("inm", "Sans réponse", "Alex, je vous propose un poste à 85 k€ et vous ne daignez même pas répondre. C'est d'une impolitesse rare. Les candidats "
          "qui snobent les recruteurs finissent toujours par le regretter, croyez-moi.", (8, 25)))
P("hostility_after_decline", "es", "Iván Sotomayor", "Consultor de Selección | Perfiles Financieros", "Sevilla",
  ("inv", "Hola Alex, trabajo con empresas andaluzas que buscan controllers. ¿Conectamos?"),
  ("rem",),
  ("inm", "¿En serio?", "Alex, te escribo por educación, que veo que a ti te falta. Una invitación, un recordatorio y ni un 'no, gracias'. "
          "Así va el sector financiero, todos muy creídos. Que te vaya bonito.", (6, 20)))
P("hostility_after_decline", "it", "Massimo Ricciardi", "Recruiter | Amministrazione Finanza e Controllo", "Napoli",
  ("inv", NONOTE),
  ("inm", "Complimenti per l'educazione", "Buongiorno Alex, vedo che ha visitato il mio profilo ma non ha accettato il collegamento. "
          "Mi permetta di dirle che è un comportamento poco professionale. Nel nostro mestiere il rispetto conta, evidentemente non per tutti.", (9, 30)))


# =============================================================== hostility_connection: pitches, then abuse
P("hostility_connection", "en", "Craig Dempsey", "Managing Consultant | Interim Finance | Stratos Interim", "Glasgow",
  ("msg", "Alex, year end's coming - want me to line up an interim FC for you? I've got three great people free from next month, day rates £550-650."),
  ("msg", "Following up on the interim cover. Two of my three have now gone, shall I hold the last one for you?", (5, 12)),
  ("msg", "Honestly Alex, two messages and you can't be bothered to reply. Fifteen years I've been doing this and finance people like you are the "
          "worst for it. Don't bother reaching out when your team falls apart in January.", (4, 10)))
P("hostility_connection", "de", "Sandra Wübbeke", "Recruiting Partnerin | Personaldienstleistung Finanzen", "Bielefeld",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Falls Sie Verstärkung für die Buchhaltung suchen: Wir überlassen Ihnen qualifizierte Fachkräfte ab sofort, "
          "auch mit Übernahmeoption. Wann darf ich Sie anrufen?"),
  ("msg", "Schade, dass Sie nicht einmal antworten. Sie haben MICH eingeladen und ignorieren dann jede Nachricht? So etwas habe ich selten erlebt. Peinlich.",
   (7, 20)))
P("hostility_connection", "es", "Marisa Cordero", "Directora | Cordero Interim Management", "Barcelona",
  ("msg", "Hola Alex, ¿necesitas un controller interino para cubrir una baja? Tenemos profesionales listos en 72 horas, tarifa diaria desde 520 €."),
  ("msg", "Alex, veo que lees mis mensajes y no contestas. Es una falta de respeto absoluta. Yo por lo menos tengo la decencia de dar la cara. Lamentable.",
   (6, 18)))


# =============================================================== connection_only_pitches: agencies and CV sellers
P("connection_only_pitches", "fr", "Stéphanie Vautier", "Responsable commerciale | Intérim & recrutement finance | Adéquation RH", "Lyon",
  ("msg", "Bonjour Alex, clôture annuelle en vue ? Nous avons des comptables intérimaires disponibles dès lundi, missions de 2 semaines à 6 mois. "
          "Je vous envoie la grille tarifaire ?"),
  ("msg", "Re-bonjour Alex, nous faisons aussi du recrutement en CDI au forfait (6 900 € par poste). Un rendez-vous de 20 minutes vous conviendrait ?"),
  ("msg", "Alex, dernière relance de ma part : -10 % sur votre première mission si vous signez avant la fin du mois."))
P("connection_only_pitches", "it", "Daniele Morandi", "Partner | Morandi Selezione – Finance & HR", "Brescia",
  ("msg", "Ciao Alex, ti scrivo perché ho in portafoglio un paio di contabili senior appena tornati sul mercato, disponibili subito. "
          "Se vuoi ti giro i profili anonimi, la fee è al 15%."),
  ("msg", "Ciao Alex, uno dei due è già stato preso. L'altro è ancora libero: ti interessa vederlo prima che lo piazzi altrove?"))
P("connection_only_pitches", "en", "Fiona Mackie", "Founder | CV & LinkedIn Makeovers for Finance Professionals", "Edinburgh",
  ("msg", "Hey Alex! Your headline could be working harder for you - recruiters search on keywords and 'Finance Controller' on its own buries you. "
          "I do full profile rewrites for £180. Want me to take a look?"),
  ("msg", "Hi again! Spring offer: CV + LinkedIn + cover letter template for £249 (usually £320). Only 5 slots left. Shall I hold one for you?"))


# =============================================================== single_pitch: one sale from a connection
P("single_pitch", "de", "Patrick Lührs", "Vertrieb | Interim Management Finanzen", "Bremen",
  ("msg", "Moin Alex, kurze Frage: Steht bei Ihnen eine S/4-Umstellung oder ein Carve-out an? Wir stellen dafür erfahrene Interim-Manager im "
          "Finanzbereich, meist innerhalb einer Woche verfügbar. Ich schicke Ihnen gern unseren Pool."))
P("single_pitch", "es", "Beatriz Alcaide", "Coach de Carrera | Ex-Headhunter", "Madrid",
  ("msg", "Hola Alex, después de 12 años como headhunter te digo una cosa: el 80% de los puestos de dirección financiera nunca se publican. "
          "En mi programa 'Salto a CFO' te enseño a llegar a ellos. La próxima edición arranca en marzo, 1.150 €. ¿Te guardo plaza?"))
P("single_pitch", "en", "Neil Fairbrother", "Director | Accountancy Staffing | Harper Lane Recruitment", "Leeds",
  ("msg", "Alex - hope you're well. We've just registered a very strong part-qualified management accountant looking for a 6-month contract, "
          "available immediately. Happy to send her CV over if you've any gaps in the team. Usual terms apply."))


# =============================================================== connection_brings_value: roles and candidates passed on
P("connection_brings_value", "en", "Emily Tranter", "FP&A Manager | Veltra", "London",
  ("msg", "Hi Alex, my team's just opened a Senior Financial Analyst role (London, 3 days in, £60-68k). It's on our careers page but I'd much "
          "rather hire someone people vouch for. Anyone in your network spring to mind? careers.veltra.example/fa-senior"))
P("connection_brings_value", "de", "Jonas Albrecht", "Leiter Rechnungswesen | Orvana Foods", "Hamburg",
  ("end",),
  ("msg", "Hallo Alex, falls Sie oder jemand aus Ihrem Team sich verändern möchte: Unsere Personalabteilung hat heute eine Teamleitung Hauptbuch "
          "ausgeschrieben, unbefristet, 78–85 T€, zwei Tage Homeoffice. Ich sitze selbst in den Gesprächen und erzähle gern mehr. "
          "Link: jobs.orvana.example/4471"))
P("connection_brings_value", "it", "Roberta Galli", "Recruiter | Galli Executive – Finanza", "Milano",
  ("msg", "Ciao Alex, come va? Ho appena ricevuto un incarico che mi ha fatto pensare a te: Financial Controller per la filiale italiana di un "
          "gruppo tedesco dell'automazione, sede a Bergamo, RAL 70-80k + MBO 15%, inglese e tedesco richiesti. Se ti interessa ti mando la job "
          "description, altrimenti se ti viene in mente qualcuno dimmelo pure."),
  ("msg", "Ti ho girato il PDF per mail. Il colloquio con il CFO tedesco sarebbe entro fine mese, nessuna fretta per la risposta."))
P("connection_brings_value", "fr", "Mathilde Coquerel", "Contrôleuse de gestion | Tessaly", "Paris",
  ("msg", "Coucou Alex ! Je repartage l'annonce que notre chargée de recrutement a mise en ligne ce matin : contrôleur de gestion commercial, "
          "CDI, Paris 15e, 50-55 k€. Tu m'avais dit que ton ancien alternant cherchait, c'est peut-être pour lui. Je peux passer son CV en direct à la RH."))
P("connection_brings_value", "es", "Tomás Echeverría", "Director Financiero | Meridian Logistics", "Zaragoza",
  ("msg", "Alex, ¿qué tal? Nuestro headhunter nos ha presentado tres candidatos para controller y uno de ellos, Daniel, no encaja con nosotros "
          "pero creo que en tu equipo iría de maravilla. Si quieres te paso su contacto (con su permiso, claro). Sin comisiones ni nada, "
          "simplemente me pareció muy buen perfil."))


# =============================================================== stranger_inmail_recruiter: real roles with terms
P("stranger_inmail_recruiter", "en", "Hannah Osei", "Senior Talent Partner | Norbridge", "Dublin",
  ("inm", "Financial Controller - Norbridge Dublin", "Hi Alex, I'm the in-house recruiter at Norbridge. We're hiring a Financial Controller for our "
          "Irish entity: €90-100k, 10% bonus, 8% pension, two days a week in the Dublin office. The role owns the statutory accounts for three "
          "entities and leads a team of four. Would you be open to a chat? Full spec is on the job post."))
P("stranger_inmail_recruiter", "de", "Carsten Lieb", "Executive Search | Kestrel Partners", "Zürich",
  ("inm", "Mandat: Head of Group Reporting (w/m/d), Zürich", "Guten Tag Alex, ein Schweizer Industriekonzern hat uns mit der Besetzung der Position "
          "Head of Group Reporting beauftragt. Verantwortung für den IFRS-Konzernabschluss, Team von sechs Personen, Gehaltsband 170–190 TCHF plus Bonus. "
          "Wenn Sie grundsätzlich offen sind, erläutere ich Ihnen gern die Details, selbstverständlich vertraulich. Beste Grüße, Carsten Lieb"))
P("stranger_inmail_recruiter", "fr", "Julien Perrot", "Responsable recrutement | Groupe Ravel Industrie", "Nantes",
  ("inm", "Contrôleur de gestion usine – Saint-Nazaire", "Bonjour Alex, je recrute pour notre site de Saint-Nazaire un contrôleur de gestion "
          "industriel (CDI, 52-58 k€ + 13e mois, RTT), rattaché au directeur d'usine, avec beaucoup de sujets de prix de revient. Votre expérience "
          "semble coller ; si vous n'êtes pas en recherche, je prends aussi volontiers une recommandation. Bonne journée, Julien"))
P("stranger_inmail_recruiter", "it", "Elena Scarpa", "HR Business Partner | Veltra Italia", "Verona",
  ("inm", "Posizione aperta: Controller – sede di Verona", "Gentile Alex, sono Elena, HR di Veltra Italia. Cerchiamo un Controller per il team di "
          "Verona: tempo indeterminato, CCNL commercio, RAL 55-62k, welfare aziendale e smart working il venerdì. Le andrebbe una chiamata "
          "conoscitiva? Trova l'annuncio completo sulla nostra pagina carriere."))
P("stranger_inmail_recruiter", "es", "Marcus Lindgren", "Head of Talent, Finance | Arcwise Pharma", "Barcelona",
  ("inm", "Finance Controller – Barcelona hub", "Hi Alex, apologies for writing in English. We're building a new shared-service hub in Barcelona and "
          "I'm hiring the Finance Controller who will run it: permanent, €80-90k plus 15% bonus, relocation support if needed. I'm with Arcwise "
          "directly, no agency involved. Could we find 20 minutes next week?"),
  ("inm", "Re: Finance Controller – Barcelona hub", "Hi Alex, a gentle nudge in case my note got buried. No worries at all if the timing isn't right; "
          "and if you know someone who'd enjoy building a team from scratch, I'd be grateful for a name.", (8, 20)),
  nl="en")


# =============================================================== stranger_inmail_sales: vague, staffing, CV, RPO
P("stranger_inmail_sales", "en", "Kirsty Lawlor", "Talent Consultant | Opportunities Across Finance", "London",
  ("inm", "Exciting opportunities!", "Hi Alex, I hope this message finds you well! I'm currently partnering with a range of market-leading clients "
          "and have some really exciting opportunities that could be perfect for someone with your experience. Are you open to new challenges? "
          "Let me know and we can jump on a call!"))
P("stranger_inmail_sales", "de", "Frank Oberdieck", "Geschäftsführer | Fachkräftevermittlung Osteuropa", "Leipzig",
  ("inm", "Qualifizierte Buchhalter – sofort verfügbar", "Hallo Alex, Fachkräftemangel in der Buchhaltung? Wir vermitteln geprüfte Buchhalter aus "
          "Polen und Rumänien, deutschsprachig, remote oder vor Ort. Pauschal 4.900 € pro Vermittlung. Darf ich Ihnen drei Profile zusenden?"),
  ("inm", "Nachfrage: Buchhalter-Profile", "Guten Tag, ich wollte nachhaken, ob die Profile für Sie interessant sind. Diese Woche gibt es 10 % Nachlass "
          "auf die Vermittlungspauschale.", (5, 14)))
P("stranger_inmail_sales", "it", "Ottavio Ferri", "CEO | CVPerfetto – Curriculum per manager", "Roma",
  ("inm", "Il suo CV è pronto per il prossimo passo?", "Buongiorno Alex, i selezionatori scartano il 75% dei curriculum in pochi secondi. Con "
          "CVPerfetto un ex head hunter riscrive il suo CV e il profilo LinkedIn in 5 giorni lavorativi. Per i manager della finanza oggi c'è lo "
          "sconto del 30%: 210 € invece di 300. Le interessa?"))
P("stranger_inmail_sales", "fr", "Bertrand Moulinier", "Directeur | RPO & externalisation du recrutement", "Paris",
  ("inm", "Externaliser vos recrutements finance ?", "Bonjour Alex, combien vous coûte un poste de comptable vacant pendant trois mois ? Notre offre "
          "RPO prend en charge l'ensemble de vos recrutements finance pour un forfait mensuel. Je vous propose une démo de notre plateforme "
          "mardi ou jeudi ?"))


# =============================================================== good_turns_ugly: a real role first, then the catch
P("good_turns_ugly", "en", "Oliver Stanmore", "Principal Consultant | Finance Executive Search | Hallmark Search", "London",
  ("inv", "Hi Alex, I'm running an Assistant Financial Controller search for a media group in King's Cross - £70-78k, great FD to learn from. "
          "Not sure you're looking, but you might know someone in your team ready to step up."),
  ("msg", "Thanks for connecting. Here's the full spec as promised: hallmark.example/spec/afc-1123. The FD wants the shortlist closed by the 20th."),
  ("end",),
  ("msg", "Hi Alex - I've endorsed you for {skill}. Quick favour: could you endorse me for Executive Search and Recruiting? I'm pitching for a big "
          "mandate and the partners check profiles. Much appreciated!"))
P("good_turns_ugly", "de", "Verena Stoltenberg", "Senior Recruiterin | Finance & Accounting | Personalmanufaktur Nord", "Hamburg",
  ("inv", "Hallo Alex, ich suche für eine Hamburger Reederei eine Konzerncontrollerin oder einen Konzerncontroller, 90–100 T€, hybrid. "
          "Interessant für Sie oder jemanden aus Ihrem Umfeld? Die Stellenbeschreibung schicke ich gern."),
  ("msg", "Danke! Anbei die Stellenbeschreibung. Wenn Sie jemanden kennen, leiten Sie sie gern weiter."),
  ("msg", "Hallo Alex, die Stelle ist inzwischen besetzt. Aber da wir nun vernetzt sind: Wir bieten Unternehmen wie Ihrem auch Arbeitnehmerüberlassung "
          "für die Buchhaltung an. Ich würde Ihnen unsere Konditionen gern in einem kurzen Termin vorstellen. Wann passt es Ihnen?", (10, 40)))
P("good_turns_ugly", "es", "Aitana Villalba", "Headhunter | Dirección Financiera", "Madrid",
  ("inv", "Hola Alex, llevo la búsqueda de Jefe/a de Control de Gestión para un grupo hotelero en Madrid: 70-80k + bonus, equipo de 5. "
          "He visto tu trayectoria y creo que encaja. ¿Te apetece que lo hablemos?"),
  ("msg", "¡Gracias por aceptar! Te mando la descripción del puesto. La primera entrevista sería directamente con la directora financiera."),
  ("msg", "Alex, al final el cliente ha congelado la posición, lo siento. Pero te propongo algo: preparo a directivos para procesos de selección "
          "con un programa de 3 sesiones de coaching (450 €). Con tu perfil, en unos meses estarías en un puesto mejor. ¿Te interesa?", (12, 35)))


# =============================================================== reinvite_known_bad: a pitch or a blank invite, then charm
P("reinvite_known_bad", "it", "Loris Pellegrini", "Account Manager | Lavoro Temporaneo Finanza", "Milano",
  ("inm", "Personale amministrativo in somministrazione", "Buongiorno Alex, per le chiusure di bilancio forniamo contabili in somministrazione, "
          "anche per periodi brevi. Possiamo fissare un incontro per presentarle il servizio?"),
  ("inv", "Ciao Alex, ho seguito il tuo intervento sul forecasting al convegno ANDAF, davvero interessante. Mi piacerebbe restare in contatto."))
P("reinvite_known_bad", "en", "Tamsin Royle", "Recruitment Consultant | Finance", "Bristol",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, I'm hosting a free breakfast for finance leaders in Bristol next month, no sales, just a speaker on audit reform. "
          "Would love to see you there.", (120, 240)))


# =============================================================== reinvite_known_ugly: hostility or a fee, then a fresh invite
P("reinvite_known_ugly", "fr", "Cédric Valadier", "Recruteur | Cadres financiers", "Marseille",
  ("inv", "Bonjour Alex, je travaille sur plusieurs postes de contrôleur de gestion en région PACA. Acceptez-moi, je vous tiendrai au courant."),
  ("inm", "Pas très confraternel", "Alex, trois semaines sans réponse à une simple invitation. Vous vous croyez au-dessus du lot ? Dans ce métier, "
          "on finit toujours par se recroiser, et je m'en souviendrai.", (20, 40)),
  ("inv", "Bonjour Alex, nouveau poste de responsable comptable à Aix, 60 k€. Je pense sincèrement qu'il pourrait vous plaire. "
          "On repart sur de bonnes bases ?", (120, 240)))
P("reinvite_known_ugly", "en", "Gavin Purcell", "Executive Search | CFO Practice", "Dublin",
  ("inm", "Group Finance Director - confidential", "Alex, I've a retained search for a Group Finance Director at an Irish agri-food business, "
          "€160k base. Open to a confidential chat?"),
  ("inm", "Next steps", "Thanks Alex. Before I present you, my clients expect candidates to have completed our Executive Positioning programme - "
          "€1,200, three sessions plus a psychometric report. Shall I send the invoice?", (3, 9)),
  ("inv", "Alex, apologies if my last messages came across wrong. Would be good to stay connected anyway.", (90, 200)))


# =============================================================== user_invited_pitch_once / _twice: Alex invited them
P("user_invited_pitch_once", "es", "Gonzalo Pizarro", "Socio | Interim Finance Spain", "Madrid",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Ya que estamos conectados te cuento: colocamos directores financieros interinos para reestructuraciones "
          "y carve-outs, con disponibilidad en 5 días. Si algún día lo necesitas, te paso tarifas."))
P("user_invited_pitch_once", "de", "Annika Thiele", "Karrierecoach | Ex-Recruiterin | Bewerbungsstrategie für Führungskräfte", "Berlin",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Ich habe mir Ihr Profil angesehen, da steckt mehr drin. In meinem 6-Wochen-Programm „Next Level Finance“ "
          "bereiten wir Ihren Schritt in die Finanzleitung vor. Das Erstgespräch ist kostenlos, das Programm kostet 2.400 €. Interesse?"))
P("user_invited_pitch_twice", "en", "Declan Moriarty", "Director | Moriarty Interim Finance", "Cork",
  ("acc",),
  ("msg", "Thanks for the add, Alex! If your team ever needs cover for maternity leave or a systems rollout, I've a bench of qualified accountants "
          "on day rates from €400. Shall I send the rate card?"),
  ("msg", "Hi Alex, quick follow-up: two senior interims have just come free. Can I pencil in 15 minutes on Thursday to talk through your Q4 cover?"))
P("user_invited_pitch_twice", "it", "Federica Lanzi", "Consulente di carriera & Personal Branding per manager della finanza", "Roma",
  ("acc",),
  ("msg", "Grazie per avermi aggiunta, Alex! Lavoro con i controller che vogliono diventare CFO: revisione del CV, profilo LinkedIn e preparazione "
          "ai colloqui con gli head hunter. Il pacchetto completo costa 690 €. Ti mando la brochure?"),
  ("msg", "Ciao Alex, ti riscrivo perché questo mese il pacchetto è a 550 € per chi si iscrive entro venerdì. Ti blocco un posto?"))


# =============================================================== user_invited_value: recruiters who give
P("user_invited_value", "fr", "Hélène Carrasco", "Directrice associée | Carrasco Recrutement Finance", "Bordeaux",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex, ravie d'échanger. Pour répondre à votre question au salon : oui, voici notre étude annuelle des salaires "
          "en contrôle de gestion, région par région, en accès libre. Bonne lecture, et au plaisir de se recroiser au prochain salon DFCG."))
P("user_invited_value", "en", "Samuel Adebayo", "Talent Acquisition Partner | Kestrel Partners", "London",
  ("acc",),
  ("msg", "Thanks for reaching out after the careers panel, Alex. As promised, here's the Finance Manager role we talked about: permanent, "
          "London Bridge, £72-80k + 12% bonus, 3 days in the office. The hiring manager is happy to do an informal coffee first. "
          "Spec: kestrel.example/careers/fm-2291"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Lisa Marquardt", "Recruiterin | Finance & Controlling", "Frankfurt am Main", ("acc",))
P("lone_endorsement", "es", "Pau Ribas", "Reclutador IT & Finanzas", "Barcelona", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rachel Dunmore", "rachel.dunmore@caldersearch.example", "Financial Controller - Warrington (spec attached)",
     "Hi Alex,\n\nI also sent you a LinkedIn invite but thought email might be easier. Spec attached: £75-85k, 15% bonus, reports to the FD.\n\n"
     "Kind regards,\nRachel", "en"),
    ("CareerLift", "offers@careerlift-mail.example", "Recruiters are viewing your LinkedIn profile – is it ready?",
     "Hi Alex,\n\nour AI scored your LinkedIn profile 54/100. Upgrade to CareerLift Pro for a full rewrite by a former recruiter. 40% off this week.", "en"),
    ("Personalabteilung", "personal@example.net", "Stellenausschreibung Teamleitung Hauptbuch – bitte teilen",
     "Liebe Führungskräfte,\n\ndie Ausschreibung ist online. Bitte teilt sie auf LinkedIn, Empfehlungen aus dem Netzwerk sind uns die liebsten.\n\nViele Grüße\nHR", "de"),
    ("StepStone", "jobagent@stepstone-mail.example", "5 neue Jobs für „Leitung Controlling“",
     "Hallo Alex,\n\nhier sind Ihre neuen Jobs. Tipp: Verknüpfen Sie Ihr LinkedIn-Profil, um sich mit einem Klick zu bewerben.", "de"),
    ("Cabinet Marlier Talents", "contact@marlier-talents.example", "Votre besoin en recrutement finance",
     "Bonjour Alex,\n\nsuite à notre échange sur LinkedIn, voici nos conditions : honoraires de 20 % du brut annuel, garantie de 3 mois.\n\nAntoine Marlier", "fr"),
    ("Mathilde Coquerel", "mathilde.coquerel@tessaly.example", "L'annonce dont je t'ai parlé",
     "Coucou Alex,\n\nje t'ai mis l'annonce sur LinkedIn aussi, mais voici le lien direct vers notre site carrières. Ton ancien alternant peut m'écrire directement.\n\nMathilde", "fr"),
    ("InfoJobs", "alertas@infojobs-mail.example", "Nuevas ofertas de controller en Valencia",
     "Hola Alex,\n\ntenemos 7 ofertas nuevas para ti. Importa tu perfil de LinkedIn y completa tu CV en dos minutos.", "es"),
    ("Ufficio Risorse Umane", "hr@example.net", "Attenzione: finti recruiter su LinkedIn",
     "Buongiorno a tutti,\n\nci segnalano finti selezionatori su LinkedIn che chiedono soldi per 'corsi di preparazione' o test a pagamento. "
     "Nessuna selezione seria chiede pagamenti ai candidati. Segnalateci i casi sospetti.", "it"),
    ("Dan Whitlock", "dan.whitlock@example.net", "Fwd: that recruiter on LinkedIn",
     "Alex,\n\nthe guy who wanted £495 for a 'board-ready CV' before putting me forward has messaged half our finance team on LinkedIn. "
     "Don't pay him.\n\nDan", "en"),
    ("Hays Interim", "interim@hays-mail.example", "Interim cover for year end",
     "Dear Alex,\n\nwe noticed on LinkedIn that your team is growing. Our interim finance professionals are available from next week. Reply for our rate card.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot forty-eighth development corpus (dev48). Generated by scripts/make_corpus_dev48.py (seed {SEED}); do not edit by hand.",
          "# Recruiters and headhunters in five languages: real roles against vague 'opportunities', staffing and interim agencies, paid coaching and CV "
          "writing dressed as recruiting, hostility after silence, endorse-back, peers passing on job posts. Same format as tests/corpus/dev."]

# people whose notes speak of hybrid work, remote teams, S/4 or today's pay bands: current layout
MODERN = ["Rachel Dunmore", "Claire Bastide", "Lucía Ferrándiz", "Olamide Adeyemi", "Nerea Olabarria", "Patrick Lührs", "Emily Tranter",
          "Jonas Albrecht", "Hannah Osei", "Elena Scarpa", "Marcus Lindgren", "Frank Oberdieck", "Verena Stoltenberg", "Samuel Adebayo",
          "Priyanka Raman", "Fiona Mackie", "Sabrina Kessaci"]
ERAS: dict[str, str] = {n: "cur" for n in MODERN}


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    assert set(ERAS) <= set(names), set(ERAS) - set(names)


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev48", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER, eras=ERAS)
