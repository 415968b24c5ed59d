#!/usr/bin/env python3
"""Write mailbot's twelfth, independent development corpus: tests/corpus/dev12/*.eml + expected.toml.

The angle: the user Alex is the HR director (Chief People Officer) of a 2,000-person
manufacturer. Their LinkedIn world: HR-tech vendors (ATS, payroll, engagement surveys,
LMS, background checks, employer of record / PEO), executive search firms that pitch
retained searches (sales) next to headhunters who bring Alex a CHRO role (good),
coaches and leadership-development consultants, DEI and wellbeing consultants,
benefits brokers and insurers, employer-branding agencies, HR peers with real
questions (pay benchmarks, works councils, return-to-office, union negotiations),
HR associations with free events and SHRM/HRCI/CIPD credits, university career
services looking for internships, job seekers asking for a job or a referral,
former employees, people asking for a testimonial or a reference. Hostility after a
declined or unanswered invitation in many registers and languages, endorse-me-back for
"Talent Management", and bait and switch (an "HR leaders roundtable", a "salary
benchmark survey", a "free employer-brand audit", a "book club") followed by a pitch.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the job-alert titles, the headlines
of spoof-only names and PYMK suggestions, the recipient headline in LinkedIn's footer
and the pitches that spoofs carry are swapped for HR ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md
alone, without reading mailbot's signals, judge or wording, or the notes of the other
generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev12.py              # writes tests/corpus/dev12
    python scripts/make_corpus_dev12.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260612

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the HR world (this process only)
SKILLS = {
    "en": ["Talent Management", "Human Resources (HR)", "Employee Relations", "Change Management", "Organizational Development", "Labor Relations"],
    "de": ["Talent Management", "Personalwesen", "Arbeitsrecht", "Change Management", "Personalentwicklung"],
    "fr": ["Gestion des talents", "Ressources humaines", "Relations sociales", "Conduite du changement", "Développement organisationnel"],
    "es": ["Gestión del talento", "Recursos humanos", "Relaciones laborales", "Gestión del cambio", "Desarrollo organizacional"],
    "it": ["Gestione dei talenti", "Risorse umane", "Relazioni industriali", "Change management", "Sviluppo organizzativo"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Chief People Officer at Example Industries", "de": "Chief People Officer bei Example Industries",
             "fr": "DRH groupe chez Example Industries", "es": "Chief People Officer en Example Industries",
             "it": "Chief People Officer presso Example Industries"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Chief Human Resources Officer", "Norbridge"), ("VP People", "Veltra"), ("Personalleiter (m/w/d)", "Solvent AG"),
              ("HR Director EMEA", "Tessaly"), ("Head of Total Rewards", "Meridian Logistics")]
mc.COMPANIES["good"] = ["Norbridge", "Veltra", "Orvana Foods", "Solvent AG", "Tessaly", "Meridian Logistics", "Arcwise Pharma", "Halden Werke"]
mc.COMPANIES["sales"] = ["HireLoop", "PayStream", "PulseCheck", "Learnify", "Verifio", "GlobeHire EOR", "Brightwell Benefits", "Talentcraft Studio"]
mc.HEADLINES["good"] = ["HR Director at {co}", "Chief People Officer | {co}", "HR Business Partner at {co}", "Head of Talent Acquisition at {co}",
                        "Head of Total Rewards at {co}", "Executive Search Consultant – HR Leadership", "Labour Relations Manager at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping HR teams hire faster | {co}", "Founder & CEO at {co}",
                         "Business Development | {co}", "Partner at {co} | Employer of Record in 60+ countries"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I shared the 2025 salary benchmark report for manufacturing with you. Log in to download it before the link expires.",
           "Hello {first}, a candidate background check report is waiting for your approval. Review it here."],
    "de": ["Hallo {first}, ich habe Ihnen die Vergütungsstudie 2025 freigegeben. Bitte melden Sie sich an, um sie zu öffnen.",
           "Hallo {first}, Ihr Unternehmen wurde für ein kostenloses Arbeitgeber-Ranking nominiert. Jetzt Teilnahme bestätigen."],
    "fr": ["Bonjour {first}, je vous ai partagé l'étude de rémunération 2025 du secteur industriel. Connectez-vous pour la télécharger.",
           "Bonjour {first}, un rapport de vérification d'antécédents attend votre validation. Consultez-le ici."],
    "es": ["Hola {first}, te he compartido el informe salarial 2025 del sector industrial. Inicia sesión para descargarlo.",
           "Hola {first}, tu empresa ha sido nominada a un ranking de mejores empleadores. Confirma tu participación aquí."],
    "it": ["Ciao {first}, ti ho condiviso l'indagine retributiva 2025 del settore manifatturiero. Accedi per scaricarla.",
           "Ciao {first}, un report di verifica dei candidati attende la tua approvazione. Aprilo qui."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Hannah Whitfield", "Partner, Executive Search – CHRO & HR Leadership | Calder & Finch", "London",
  ("inv", "Hi Alex, I'm leading a confidential CHRO search for a listed industrial group (9,000 staff, UK/DE/PL sites, reports to the CEO). "
          "Your works-council and plant-closure experience is exactly the brief. Open to a discreet chat?"),
  ("rem",))
P("good_invitation", "de", "Katrin Vogel", "Leiterin Regionalgruppe Ostwestfalen | Bundesverband der Personalmanager", "Bielefeld",
  ("inv", "Hallo Alex, am 12.6. trifft sich unsere Regionalgruppe bei Halden Werke in Gütersloh – Thema: Tarifrunde Metall und Schichtmodelle. "
          "Teilnahme für HR-Leitungen kostenlos, keine Anbieter im Raum. Ich würde Sie gern auf die Liste setzen."),
  ("rem",))
P("good_invitation", "fr", "Élodie Marchand", "Chargée des relations entreprises | Service carrières, IAE Lille", "Lille",
  ("inv", "Bonjour, je m'occupe des partenariats stages et alternance à l'IAE de Lille. Plusieurs de nos étudiants du master GRH cherchent une alternance "
          "en usine pour la rentrée. Seriez-vous ouvert(e) à recevoir quelques CV ? C'est gratuit pour l'entreprise, évidemment."),
  ("rem",))
P("good_invitation", "es", "Pablo Serrano", "Director de Personas | Grupo Industrial Levante", "Valencia",
  ("inv", "Alex, buenas. Te escuché en el panel de AEDIPE y me quedé con una duda: ¿cómo negociasteis con el comité la jornada irregular en verano? "
          "Nosotros estamos ahora en ello (1.800 personas, 3 turnos). Te paso nuestro acuerdo si te sirve de comparación."),
  ("rem",))
P("good_invitation", "it", "Giulia Ferraro", "Neolaureata in Psicologia del Lavoro | in cerca del primo impiego in HR", "Padova",
  ("inv", "Buongiorno Alex, mi sono appena laureata in Psicologia del Lavoro a Padova e sto cercando il mio primo ruolo in HR, anche uno stage. "
          "Ho visto che il vostro stabilimento di Vicenza assume spesso: avrebbe senso candidarmi o mi consiglia un altro canale? Grazie mille per l'attenzione."),
  ("rem",))
P("good_invitation", "en", "Sanne de Vries", "HR Director Benelux | Vandermolen Packaging", "Eindhoven",
  ("inv", "Hoi Alex! Ik zag je post over de terugkeer naar kantoor voor de indirecte functies. Wij zitten midden in hetzelfde gesprek met onze OR "
          "en ik ben benieuwd hoe jullie 3 dagen hebben onderbouwd. Mag ik je daar een paar vragen over stellen? Ik deel graag ons beleid terug."),
  ("rem",), nl="en")
P("good_invitation", "en", "Denise Carter", "VP Programs, Great Lakes SHRM Chapter | HR Director, Orvana Foods", "Cleveland",
  ("inv", "Hi Alex! Our chapter is hosting a free virtual session on 'Pay transparency laws in 2025' next Thursday, 12-1 ET. "
          "It's approved for 1.0 SHRM PDC and 1.0 HRCI credit. We'd love to have manufacturing HR leaders in the room. Link's on our chapter page."))


# =============================================================== default_invitation
P("default_invitation", "fr", "Mathieu Girard", "Consultant SIRH | Workday | SAP SuccessFactors", "Nantes", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Roberta Gallo", "HR Generalist", "Bergamo", ("inv", NONOTE), ("rem",))
P("default_invitation", "es", "Javier Ortega", "Recruiter | Talent Acquisition | IT & Engineering", "Madrid", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Tyler Brooks", "Enterprise AE @ HireLoop | ATS built for high-volume hiring", "Chicago",
  ("inv", "Hey Alex - manufacturers your size usually lose 30% of hourly applicants at the application step. HireLoop fixes that with text-to-apply. "
          "Worth 15 min to see it?"),
  ("rem",))
P("sales_invitation", "de", "Sandra Kühn", "Key Account Managerin | Digitale Lohnabrechnung & Zeitwirtschaft", "Stuttgart",
  ("inv", "Guten Tag Alex, Lohnabrechnung für 2.000 Mitarbeitende mit Schichtzulagen ist kein Spaß – wir übernehmen sie komplett, inkl. Zeiterfassung. "
          "Darf ich Ihnen ein unverbindliches Angebot schicken?"))
P("sales_invitation", "fr", "Bertrand Leclerc", "Associé | Chasse de têtes – Direction Générale, Industrie", "Paris",
  ("inv", "Bonjour Alex, notre cabinet accompagne les ETI industrielles sur leurs recrutements de dirigeants (directeurs d'usine, DAF, COO) en recherche retenue. "
          "Je serais ravi de vous présenter notre approche et nos honoraires lors d'un échange."),
  ("rem",))
P("sales_invitation", "es", "Lorena Vidal", "Employer of Record LatAm | Contrata en 18 países sin abrir entidad", "Ciudad de México",
  ("inv", "Hola Alex 👋 ¿Planes de abrir operación en México o Brasil? Con nuestro EOR contratas en 48 h sin entidad legal. ¿Te mando tarifas?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Derek Lawson", "Founder, HR Leaders Roundtable | ex-CHRO", "Boston",
  ("inv", "Alex, I host a small HR Leaders Roundtable - 12 CHROs from manufacturing and logistics, meeting quarterly, off the record. "
          "No vendors, just peers. Would you like a seat at the next one?"),
  ("msg", "Great to connect, Alex. Before the roundtable, quick one: our members get preferred access to TalentGrid, the people-analytics platform I advise. "
          "Most of them rolled it out in under 60 days. Could we get 30 minutes for a demo next week? I'll bring our solutions engineer.\n\nDerek"),
  ("msg", "Hi Alex, following up on TalentGrid. Happy to extend the roundtable member pricing (22% off list) if we sign before quarter end. Tuesday 3pm?"))
P("bait_and_switch_invitation", "de", "Melanie Brandt", "Studienleitung | Vergütungsstudie Industrie 2025", "Hamburg",
  ("inv", "Guten Tag Alex, wir erheben gerade die Vergütungsstudie Industrie 2025 (Gehälter und Zulagen in der Produktion). "
          "Teilnehmende Unternehmen erhalten die Ergebnisse kostenlos. Hätten Sie Interesse, mitzumachen?"),
  ("msg", "Danke fürs Vernetzen! Kleine Klarstellung zu den Ergebnissen: kostenlos ist die Kurzfassung (4 Seiten). Den vollständigen Report mit Benchmarks je Funktion "
          "und Standort gibt es mit einer Jahreslizenz unseres Vergütungstools für 4.900 € netto. Soll ich Ihnen den Lizenzvertrag schicken?"))
P("bait_and_switch_invitation", "fr", "Aurélie Fontaine", "Fondatrice | Studio de marque employeur pour l'industrie", "Lyon",
  ("inv", "Bonjour Alex, je réalise en ce moment des audits de marque employeur offerts pour des industriels de la région (avis Glassdoor, pages carrières, annonces). "
          "Je peux vous envoyer le vôtre, sans engagement ?"),
  ("msg", "Merci pour la connexion ! Voici les 3 points clés de votre audit : pages carrières peu visibles, aucun contenu terrain, avis non traités. "
          "Pour corriger tout ça nous proposons un accompagnement de 3 mois (tournage en usine, campagnes, ambassadeurs) à partir de 18 k€ HT. "
          "On cale un rendez-vous pour que je vous présente le devis ?"),
  ("msg", "Bonjour Alex, petite relance concernant le devis. Nous avons un créneau de tournage libre en juin, il part vite. Dites-moi !", (6, 15)))
P("bait_and_switch_invitation", "es", "Ricardo Mendes", "Fundador | Clube do Livro para Líderes de Pessoas", "Lisboa",
  ("inv", "Olá Alex! Organizo um clube do livro online para diretores de RH: um livro por mês, conversa de uma hora, grátis. "
          "Este mês é 'The Culture Code'. Quer participar?"),
  ("msg", "Que bom ter você na rede, Alex! Aproveito para contar: além do clube, conduzo o programa 'Liderar Pessoas 360', seis meses de coaching "
          "para a equipe de gestão. Para membros do clube o investimento fica em 9.500 € por grupo. Posso mandar a proposta?"),
  ("msg", "Oi Alex, só passando para lembrar da proposta do 'Liderar Pessoas 360'. Fecho a turma de setembro na sexta-feira, restam duas vagas.", (7, 18)),
  nl="es")
P("bait_and_switch_invitation", "it", "Stefano Lombardi", "Community manager | Rete Direttori HR Nord-Est", "Treviso",
  ("inv", "Ciao Alex, coordino una rete informale di direttori HR del Nord-Est: ci scambiamo accordi di secondo livello, policy e contatti. Niente fornitori. Ti va di entrare?"),
  ("msg", "Benvenuto in rete Alex! Ti scrivo anche per un'altra cosa: sono partner di WelfareUp, la piattaforma di welfare aziendale che usano già diversi membri. "
          "Con 2.000 dipendenti il risparmio fiscale è notevole. Ti organizzo una demo di 20 minuti?"),
  ("msg", "Ciao Alex, ti riscrivo per WelfareUp: chiudiamo le adesioni con la tariffa community il 30. Hai avuto modo di guardare la brochure?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Courtney Hayes", "Chief People Officer (fractional) | Culture & Engagement", "Denver",
  ("inm", "Fellow CPO question on works councils",
          "Hi Alex, I'm a fellow people leader and I'm trying to understand how US-headquartered companies handle European works councils when they introduce "
          "new HR tools. Do you consult them before or after vendor selection? Any pointers would be gold."),
  ("inm", "Re: works councils",
          "Thanks for thinking about it Alex. Full disclosure, I also work with PulseCheck, an engagement survey platform that's fully works-council compliant "
          "out of the box. I'd love to show you a 20-minute demo - what does next week look like?"))
P("bait_and_switch_inmail", "de", "Florian Weber", "Chefredakteur | Personalpraxis Magazin", "Köln",
  ("inm", "Gastbeitrag in der Personalpraxis?",
          "Sehr geehrte/r Alex, wir planen eine Ausgabe zum Thema Fachkräftesicherung in der Industrie und würden gern einen Gastbeitrag von Ihnen veröffentlichen. "
          "Ca. 6.000 Zeichen, Thema frei wählbar. Hätten Sie Lust?\n\nMit freundlichen Grüßen\nFlorian Weber"),
  ("inm", "Ihr Gastbeitrag – nächste Schritte",
          "Guten Tag Alex, schön, dass Sie grundsätzlich Interesse haben. Für Gastautoren bieten wir das Veröffentlichungspaket „Expertenprofil“ an: Beitrag, Porträtfoto, "
          "Verlinkung und Newsletter-Erwähnung für 1.900 € zzgl. MwSt. Ich schicke Ihnen gern das Auftragsformular.", (5, 12)))
P("bait_and_switch_inmail", "fr", "Nadia Benali", "Consultante Diversité & Inclusion", "Marseille",
  ("inm", "Guide gratuit : index égalité et handicap",
          "Bonjour Alex, j'ai rédigé un guide pratique (30 pages) sur l'index égalité femmes-hommes et l'obligation d'emploi des travailleurs handicapés dans l'industrie. "
          "Je l'offre aux DRH qui le souhaitent. Voulez-vous que je vous l'envoie ?"),
  ("inm", "Suite au guide",
          "Bonjour Alex, j'espère que le guide vous a été utile. Pour aller plus loin, je propose un diagnostic D&I et un programme de sensibilisation des managers "
          "(4 ateliers) à 12 500 € HT. Êtes-vous disponible pour un appel cette semaine ?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Ashley Turner", "HR Business Partner | CIPD Level 7 | Open to work", "Birmingham",
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill}, well deserved 😊 Would you mind endorsing me for Employee Relations and Talent Management? "
          "I'm job hunting and it really helps the profile. Thanks!!"))
P("endorse_me_back", "de", "Tobias Lang", "Personalreferent | Talent Management | Employer Branding", "Mannheim",
  ("end",),
  ("end",),
  ("msg", "Hallo Alex, Sie haben vielleicht gesehen, dass ich Ihre Kenntnisse bestätigt habe. Ich baue gerade mein Profil im Bereich Talent Management aus – "
          "über eine Bestätigung in die andere Richtung würde ich mich sehr freuen. Beste Grüße, Tobias"))
P("endorse_me_back", "fr", "Céline Aubert", "Chargée de recrutement | Industrie & logistique", "Rouen",
  ("end",),
  ("end",),
  ("msg", "Bonjour Alex, j'ai pris le temps de valider plusieurs de vos compétences, dont {skill}. Si jamais l'envie vous prenait de faire de même sur mon profil "
          "(gestion des talents surtout), je ne dirais pas non 😉 Belle journée !"))
P("endorse_me_back", "es", "Marta Salgado", "Técnica de Selección | Gestión del talento", "Sevilla",
  ("end",),
  ("msg", "Hola Alex! Te he validado {skill}, que se nota que es lo tuyo. Ya sabes cómo funciona esto: hoy por ti, mañana por mí 😉"))
P("endorse_me_back", "it", "Valentina Russo", "HR Specialist | Talent Management | Onboarding", "Roma",
  ("end",),
  ("end",),
  ("msg", "Ciao Alex, ti ho appena confermato le competenze in {skill}. Se ti va di ricambiare, a me servirebbero: Talent Management, Onboarding, Selezione del personale. "
          "Grazie in anticipo!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brad Kessler", "VP Sales | PeopleMetrics HR Analytics", "Dallas",
  ("inv", "Alex, quick one - we help CHROs prove HR's ROI to the board with one dashboard. Let's connect and I'll show you."),
  ("rem",),
  ("inm", "Seriously?",
          "Ignored twice. Funny, for someone whose job title is literally about people. Guess HR only cares about people when they're on the payroll."))
P("hostility_after_decline", "de", "Jürgen Pohl", "Geschäftsführer | Pohl Zeitarbeit GmbH", "Dortmund",
  ("inv", DEFAULT),
  ("inm", "Ihre Nichtreaktion",
          "Sehr geehrte/r Alex,\n\nich habe Ihnen vor drei Wochen eine Kontaktanfrage geschickt und bis heute keine Reaktion erhalten. Ich halte es für eine Frage des Anstands, "
          "eine Anfrage zumindest abzulehnen. Von einer Personalleitung hätte ich mehr Umgangsformen erwartet.\n\nJürgen Pohl"))
P("hostility_after_decline", "fr", "Gilles Roux", "Coach de dirigeants | Leadership & intelligence émotionnelle", "Bordeaux",
  ("inv", "Bonjour Alex, j'accompagne les comités de direction industriels sur le leadership. J'aimerais échanger avec vous sur vos enjeux managériaux."),
  ("inm", "Sans réponse",
          "Je constate que vous n'avez pas jugé utile de répondre. C'est votre droit. Permettez-moi simplement de trouver savoureux que quelqu'un qui parle "
          "d'« écoute » sur son profil ne prenne pas dix secondes pour cliquer sur un bouton. Bonne continuation."))
P("hostility_after_decline", "es", "Alberto Prieto", "Corredor de seguros | Seguros de salud colectivos", "Zaragoza",
  ("inv", "Hola Alex, ¿revisáis este año el seguro médico de la plantilla? Trabajo con las principales aseguradoras y suelo mejorar la prima un 15 %."),
  ("rem",),
  ("inm", "Una pena",
          "Alex, te he escrito dos veces y ni un sí ni un no. Me parece una falta de respeto total. Luego os quejáis de que nadie quiere trabajar en la industria, "
          "con directivos así no me extraña."))
P("hostility_after_decline", "it", "Paolo Marini", "Consulente | Formazione finanziata e fondi interprofessionali", "Brescia",
  ("inv", "Buongiorno Alex, aiuto le aziende manifatturiere a finanziare la formazione con i fondi interprofessionali. Possiamo sentirci?"),
  ("inm", "Complimenti",
          "Complimenti davvero, Alex. Un direttore del personale che non risponde alle persone. Immagino che il vostro 'people first' valga solo per i volantini. "
          "Buon lavoro, eh."))
P("hostility_after_decline", "es", "Marek Wiśniewski", "Business Development | EOR & payroll Poland | Nearshore HR services", "Wrocław",
  ("inv", "Hello Alex, we are helping companies from Germany and UK to hire in Poland via EOR, very good prices. I would like to add you to my network."),
  ("rem",),
  ("inm", "ok",
          "Hello Alex. I see you are not accepting. OK, I understand, you are big director and we are small company from Poland, not so important for you. "
          "But in my culture we answer people, even with no. Have a nice day. Pozdrawiam, Marek"),
  nl="en")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Craig Dunmore", "Director of Sales | Verifio Background Screening", "Leeds",
  ("msg", "Hi Alex, thanks for being connected. With 2,000 staff you're likely running a lot of pre-employment checks - we do DBS, right-to-work and references "
          "in 48 hours for a flat fee. Can I send a price list?"),
  ("msg", "Alex - following up on my note about screening. Happy to run a free pilot on your next 20 hires. Let me know.", (8, 20)),
  ("msg", "Three messages, zero replies. Must be nice to be so busy that basic courtesy is optional. I'll stop wasting my time.", (10, 25)))
P("hostility_connection", "es", "Sergio Campos", "Director comercial | Externalización de nóminas y PEO", "Bilbao",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Te cuento en dos líneas: externalizamos nóminas y gestión laboral para grupos industriales. ¿Hablamos 15 minutos?"),
  ("msg", "Vaya, Alex, me conectas y luego silencio. Muy coherente para alguien de RR. HH. En fin, tú sabrás. Si algún día aprendes a contestar, aquí estoy.", (9, 21)))
P("hostility_connection", "de", "Uwe Schäfer", "Partner | Outplacement & Newplacement", "Düsseldorf",
  ("msg", "Hallo Alex, falls bei Ihnen Restrukturierungen anstehen: Wir begleiten Outplacement-Prozesse für Fach- und Führungskräfte bundesweit. Gern stelle ich Ihnen unser Konzept vor."),
  ("msg", "Na gut. Wer nicht antwortet, hat wohl gerade selbst genug mit seinem eigenen Outplacement zu tun. Alles Gute.", (12, 30)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Camille Perrin", "Responsable grands comptes | Learnify, plateforme LMS", "Toulouse",
  ("msg", "Bonjour Alex, combien de vos opérateurs suivent aujourd'hui leurs formations sécurité sur papier ? Learnify les digitalise sur mobile, "
          "même sans adresse e-mail. Une démo de 20 min ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : nous offrons le paramétrage (valeur 6 000 €) pour toute signature avant fin juin. Intéressé(e) ?"),
  ("msg", "Alex, dernier message de ma part : je vous joins notre étude de cas chez un équipementier automobile (3 sites). Si le sujet revient, vous savez où me trouver.", (10, 20)))
P("connection_only_pitches", "it", "Daniele Costa", "Sales Manager | App di benessere psicologico per aziende", "Milano",
  ("msg", "Ciao Alex! Il benessere mentale dei dipendenti è diventato una priorità: la nostra app offre psicologi online e meditazioni guidate a 4 € a dipendente al mese. "
          "Ti mando una proposta per 2.000 persone?"),
  ("msg", "Ciao Alex, ti riscrivo perché abbiamo appena lanciato il pacchetto 'turnisti' pensato per le fabbriche. Ti va una call veloce giovedì?"))
P("connection_only_pitches", "de", "Petra Lorenz", "Managing Partner | Lorenz Executive Search – Industrie & Technik", "München",
  ("msg", "Sehr geehrte/r Alex, wir besetzen Geschäftsführungs- und Werkleitungspositionen im Mittelstand, exklusiv und im Retainer-Modell. "
          "Falls bei Ihnen eine Nachfolge ansteht, stelle ich Ihnen gern unsere Konditionen vor.\n\nMit besten Grüßen\nPetra Lorenz\nLorenz Executive Search GmbH\nwww.lorenz-search.example"),
  ("msg", "Guten Tag Alex, kurze Info: Wir haben aktuell Kapazität für zwei neue Mandate im Q3. Sollen wir einen Termin für ein Kennenlernen vereinbaren?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Irene Castillo", "Asesora de beneficios para empleados | Seguros y retribución flexible", "Málaga",
  ("msg", "Hola Alex, ¿ofrecéis retribución flexible a la plantilla? Con tarjeta restaurante, seguro médico y formación el empleado gana neto sin coste para la empresa. "
          "Te preparo un estudio sin compromiso."))
P("single_pitch", "en", "Greg Paulson", "Creative Director | Employer brand video for manufacturers", "Manchester",
  ("msg", "Alex - your careers page is all stock photos. Let us shoot a day in the life at your plant: 5 short films, €14k, delivered in 4 weeks. Interested?"))
P("single_pitch", "it", "Fabrizio Moretti", "Business Developer | Elaborazione paghe in outsourcing", "Verona",
  ("msg", "Gentile Alex, siamo un service paghe specializzato nel CCNL metalmeccanico. Gestiamo oltre 15.000 cedolini al mese. "
          "Se valutate un cambio di fornitore le invio volentieri la nostra offerta.\n\nCordiali saluti,\nFabrizio Moretti"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Sabine Hoffmann", "Personalleiterin | Halden Werke", "Gütersloh",
  ("end",),
  ("msg", "Hallo Alex, wie versprochen nach dem Regionaltreffen: anbei unsere Betriebsvereinbarung zum mobilen Arbeiten (anonymisiert) und die Folien zur Einigungsstelle. "
          "Der Knackpunkt bei uns war die Regelung zur Erreichbarkeit – vielleicht hilft es euch bei den Verhandlungen. Liebe Grüße, Sabine"))
P("connection_brings_value", "en", "Michael O'Brien", "Operations Manager at Norbridge | formerly Production Supervisor at Example Industries", "Dublin",
  ("msg", "Alex! Long time. Just wanted to say the leadership programme you set up in 2019 is the reason I got this job - I still use the feedback model every week. "
          "A few of us ex-Example folks are meeting for drinks in Dublin on the 14th, nothing formal. You'd be very welcome."),
  ("msg", "Also, cheeky ask: I'm going for a plant manager role next month. Would you be willing to be a reference? Totally fine if not.", (3, 10)))
P("connection_brings_value", "it", "Laura Bianchi", "Presidente Gruppo Regionale Veneto | AIDP", "Vicenza",
  ("msg", "Ciao Alex, ti segnalo il convegno AIDP Veneto del 23 maggio su contrattazione di secondo livello e premi di risultato. Ingresso gratuito per i soci e per i "
          "direttori HR invitati, rilascia crediti formativi per i consulenti del lavoro. Se vuoi ti riservo un posto.\n\nUn caro saluto\nLaura"))
P("connection_brings_value", "fr", "Inès Garcia", "Chargée RH | ancienne alternante chez Example Industries", "Lyon",
  ("msg", "Bonjour Alex, j'espère que vous allez bien ! Je termine ma période d'essai chez Tessaly et je voulais vous remercier pour tout ce que j'ai appris pendant mon alternance. "
          "Est-ce que vous accepteriez d'écrire une courte recommandation sur mon profil ? Quelques lignes suffiraient. Merci d'avance 🙏"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Rebecca Lin", "Principal | Board & CHRO Practice, Meridian Partners", "New York",
  ("inm", "CHRO - global specialty materials group (confidential)",
          "Dear Alex,\n\nI'm retained by a $3bn specialty materials group to find their next Chief Human Resources Officer, reporting to the CEO with a seat on the "
          "executive committee. 14 plants, strong union footprint in the US and Europe, a transformation agenda. Base $420-480k plus LTI.\n\n"
          "Your background in labour relations at scale stood out. Would you be open to a confidential 20-minute conversation?\n\nBest regards,\nRebecca Lin"))
P("stranger_inmail_recruiter", "de", "Henrik Aust", "Partner | Personalberatung für HR-Führungskräfte", "Frankfurt am Main",
  ("inm", "Vertraulich: Geschäftsführer Personal (m/w/d), Familienunternehmen",
          "Guten Tag Alex,\n\nim Auftrag eines Familienunternehmens der Antriebstechnik (ca. 6.500 Mitarbeitende) suche ich eine/n Geschäftsführer/in Personal. "
          "Schwerpunkte: Tarifpolitik, Internationalisierung, Nachfolgeplanung. Ihr Profil passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch?\n\n"
          "Freundliche Grüße\nHenrik Aust"))
P("stranger_inmail_recruiter", "it", "Chiara Valli", "Talent Acquisition Manager (in-house) | Arcwise Pharma", "Milano",
  ("inm", "HR Director Italia - Arcwise Pharma",
          "Ciao Alex, sono Chiara del team Talent Acquisition di Arcwise Pharma. Stiamo cercando un HR Director per l'Italia (3 stabilimenti, 1.400 persone), "
          "a riporto del VP HR Europa. Mi piacerebbe raccontarti il ruolo: ti andrebbe una chiamata questa settimana?"))
P("stranger_inmail_recruiter", "es", "Lucas Almeida", "Analista de RH | Relações trabalhistas | Buscando nova oportunidade", "Vigo",
  ("inm", "Vaga na fábrica de Zaragoza?",
          "Olá Alex, tudo bem? Sou brasileiro, moro na Espanha há dois anos e trabalho com relações trabalhistas e folha de pagamento em uma indústria de Vigo. "
          "Vi que a Example Industries abriu uma vaga de HR Business Partner em Zaragoza. Você acha que meu perfil faz sentido? Se puder me indicar para a pessoa certa "
          "do recrutamento, ficaria muito grato. Obrigado!"),
  nl="es")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Krzysztof Nowak", "Key Account Manager DACH | Verifio Background Screening", "Kraków",
  ("inm", "Background checks for your new hires",
          "Hello Alex, I am Krzysztof from Verifio. We make background screening for candidates in 30 countries, GDPR compliant, result in 3 days. "
          "Many companies from Germany work with us already. When you have 15 minutes for short presentation?"),
  ("inm", "Follow up - background screening",
          "Hello again Alex, just short follow up. We have now special offer: first 50 checks for free. Please let me know when is good time for call. Best regards, Krzysztof"),
  nl="en")
P("stranger_inmail_sales", "it", "Elena Conti", "Founder | Accademia di Leadership per manager di produzione", "Torino",
  ("inm", "Capi reparto che diventano leader",
          "Buongiorno Alex, i capi reparto promossi dalla linea spesso non hanno mai ricevuto formazione manageriale. Il nostro percorso di 6 mesi lo risolve. "
          "Le andrebbe una call conoscitiva di 30 minuti per capire se fa al caso vostro?"))
P("stranger_inmail_sales", "fr", "Sébastien Morel", "Associé | Morel & Associés, recrutement de cadres dirigeants", "Paris",
  ("inm", "Vos recrutements de cadres dirigeants",
          "Bonjour Alex,\n\nNous accompagnons des groupes industriels dans le recrutement de leurs directeurs de site et de leurs membres de Codir, en mission exclusive. "
          "Nos honoraires sont forfaitaires, garantie de remplacement 12 mois. Je serais heureux de vous présenter notre cabinet.\n\nSébastien Morel"),
  ("inm", "Relance – recrutement de dirigeants",
          "Bonjour Alex, je me permets de vous relancer. Avez-vous des recrutements de direction prévus au second semestre ? Un appel de 15 minutes suffirait."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Priscilla Grant", "HR Consultant | Speaker | SHRM-SCP", "Atlanta",
  ("inv", "Hi Alex, I'm running a free 60-min webinar for manufacturing HR leaders on preventing frontline turnover in the first 90 days - 1 SHRM PDC. Would love you there!"),
  ("msg", "Thanks so much for joining yesterday, Alex! Here are the slides and the 90-day onboarding checklist we talked about. Feel free to share with your plant HR teams."),
  ("msg", "Hi Alex, hope the checklist is coming in handy! Quick heads-up: I'm opening 3 spots for my 'Retention Reset' consulting engagement this quarter "
          "($24,000, 12 weeks, on-site diagnostics at every plant). Given what you shared, you'd be a perfect fit. Shall I hold one for you?", (10, 30)))
P("good_turns_ugly", "de", "Anke Richter", "Personalleiterin | Automobilzulieferer", "Zwickau",
  ("inv", "Hallo Alex, kurze Kollegenfrage: Wie habt ihr die Schichtplanung mit dem Betriebsrat geregelt, als ihr auf 4 Schichten umgestellt habt? Wir stehen genau davor."),
  ("msg", "Tausend Dank für das Telefonat! Ich schicke dir im Gegenzug unsere Präsentation zur Arbeitszeitflexibilisierung, vielleicht ist für euch auch was dabei."),
  ("end",),
  ("msg", "Hallo Alex, ich habe dich gerade für {skill} bestätigt 🙂 Magst du mich im Gegenzug auch für Talent Management und Arbeitsrecht bestätigen? "
          "Ich bewerbe mich gerade intern auf die Bereichsleitung und da zählt jedes bisschen."))
P("good_turns_ugly", "es", "Nerea Blanco", "Psicóloga del trabajo | Bienestar laboral", "Bilbao",
  ("inv", "Hola Alex, el jueves doy un taller gratuito online para responsables de RR. HH. sobre prevención del burnout en turnos de noche. Te guardo plaza?"),
  ("msg", "¡Gracias por venir al taller! Te dejo el cuestionario de riesgos psicosociales y la guía para mandos que comenté. Son de libre uso."),
  ("msg", "Hola Alex, ahora que conoces nuestro enfoque: el programa completo de bienestar para plantas industriales (evaluación, formación a mandos y línea de apoyo 24h) "
          "cuesta 38 € por empleado al año. ¿Te preparo una propuesta para las 2.000 personas?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Hugo Lefèvre", "Account Executive | HireLoop France – ATS", "Paris",
  ("inm", "Vos recrutements d'opérateurs",
          "Bonjour Alex, HireLoop permet de recruter des opérateurs de production en 7 jours grâce à la candidature par SMS. Puis-je vous faire une démo la semaine prochaine ?"),
  ("inv", "Bonjour Alex, j'aimerais beaucoup échanger avec vous sur l'innovation RH dans l'industrie. Au plaisir de faire partie de votre réseau !"))
P("reinvite_known_bad", "it", "Marco Sala", "Consulente del lavoro", "Monza",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ci siamo visti al convegno AIDP di Milano, ero al tavolo sulla contrattazione. Mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "de", "Nina Berger", "Sales Lead DACH | GlobeHire EOR", "Berlin",
  ("inv", "Hallo Alex, Sie wollen Talente im Ausland einstellen, ohne Gesellschaft zu gründen? Mit GlobeHire geht das in 60 Ländern. Kurzes Gespräch?"),
  ("rem",),
  ("inv", "Hallo Alex, ich lese Ihre Beiträge zu Fachkräftemangel sehr gern und würde mich freuen, vernetzt zu sein."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Trent Hollis", "Founder | Hollis Leadership Labs | Executive coaching", "Phoenix",
  ("inv", "Alex, most HR directors I talk to are burned out and their leaders aren't ready. My 1:1 coaching fixes both. Let's connect."),
  ("inm", "Noted",
          "Ignoring a connection request from someone trying to help. Very on-brand for corporate HR. No wonder your engagement scores are what they are."),
  ("inv", "Hi Alex - new year, clean slate? I'd love to be part of your network and learn from your work on frontline leadership."))
P("reinvite_known_ugly", "es", "Diana Ruiz", "Fundadora | Mesa de Directores de Personas", "Madrid",
  ("inm", "Mesa de directores de RR. HH.",
          "Hola Alex, organizo una mesa redonda mensual de directores de personas del sector industrial, sin proveedores. ¿Te gustaría sumarte a la próxima?"),
  ("inm", "Sobre la mesa redonda",
          "Hola Alex, antes de la mesa te cuento: los miembros tienen acceso a nuestra consultora de compensación con condiciones especiales. "
          "¿Te viene bien una llamada para presentarte el servicio y las tarifas?"),
  ("inv", "Hola Alex, me encantaría tenerte en mi red. Seguimos con las mesas redondas este año."))
P("reinvite_known_ugly", "it", "Roberto Ferri", "Agente | Polizze collettive e welfare", "Genova",
  ("inv", "Buongiorno Alex, mi occupo di polizze sanitarie per i dipendenti. Posso farle un preventivo?"),
  ("rem",),
  ("inm", "Va bene così",
          "Capisco, evidentemente rispondere costa troppa fatica. Strano per uno che di mestiere dovrebbe 'valorizzare le persone'. Auguri."),
  ("inv", "Ciao Alex, riproviamo? Mi farebbe piacere averti nella mia rete."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Jordan Pike", "Executive Coach | ICF PCC | Leadership Development", "Bristol",
  ("acc",),
  ("msg", "Thanks for connecting, Alex - really enjoyed your question at the CIPD conference. Two things: could you write me a short testimonial after my session there? "
          "And if your plant managers could use coaching, my Q3 leadership cohort still has space (£3,200 per person). Happy to send details."))
P("user_invited_pitch_once", "de", "Claudia Wolf", "Vertrieb | Lernplattform für gewerbliche Mitarbeitende", "Nürnberg",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Da Sie nach digitalen Unterweisungen gefragt hatten: Unsere Lernplattform bildet Sicherheitsunterweisungen, "
          "Staplerschein-Auffrischung und Onboarding ab. Darf ich Ihnen ein Angebot für 2.000 Lizenzen machen?"))
P("user_invited_pitch_once", "it", "Simona Bruno", "Broker assicurativo | Welfare aziendale e fondi sanitari", "Bologna",
  ("acc",),
  ("msg", "Grazie del collegamento Alex! Visto che mi avevi chiesto del fondo sanitario: ti preparo un confronto tra il vostro attuale piano e la nostra proposta, "
          "di solito risparmiamo il 10-12%. Mi mandi la polizza in essere?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Laurent Chevalier", "Directeur associé | Outplacement et mobilité professionnelle", "Lille",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Si un PSE ou des ruptures conventionnelles collectives sont à l'ordre du jour, nous accompagnons les salariés dans leur "
          "repositionnement. Puis-je vous envoyer notre proposition ?"),
  ("msg", "Bonjour Alex, je me permets de revenir vers vous : nous avons une offre spécifique pour les sites industriels de plus de 300 salariés. Un créneau cette semaine ?"))
P("user_invited_pitch_twice", "es", "Beatriz Navarro", "Consultora DEI | Planes de igualdad", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Como empresa de más de 50 personas estáis obligados a tener plan de igualdad y registro retributivo. "
          "Nosotros lo hacemos de principio a fin por una tarifa cerrada. ¿Te mando la propuesta?"),
  ("msg", "Hola Alex, te escribo de nuevo: este mes ofrecemos la auditoría retributiva con un 15 % de descuento. ¿Agendamos una llamada?"))
P("user_invited_pitch_twice", "es", "Wes Harmon", "Growth | Talentcraft Studio – Employer branding & recruitment marketing", "Austin",
  ("acc",),
  ("msg", "Appreciate the connect, Alex! Saw you're hiring 150 operators this year. We run TikTok and Instagram campaigns that fill hourly roles at half the cost per hire. "
          "Open to a quick call?"),
  ("msg", "Hey Alex, bumping this. I put together a mock-up of a campaign for your Ohio plant - want me to send it over with pricing?"), nl="en")


# =============================================================== user_invited_value
P("user_invited_value", "it", "Francesca De Luca", "HR Director | Orvana Foods Italia", "Parma",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento! Come promesso al convegno, ti giro la struttura del nostro premio di risultato (indicatori, pesi, soglie) e due note "
          "su come l'abbiamo negoziato con le RSU. Se vuoi ne parliamo a voce, nessun problema."))
P("user_invited_value", "fr", "Thomas Girard", "Président ANDRH Rhône | DRH Veltra", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme évoqué, notre prochaine matinale ANDRH porte sur la semaine de 4 jours dans l'industrie, le 18 à 8h30. "
          "C'est gratuit pour les adhérents et je peux vous inviter. Voulez-vous que je vous inscrive ?"),
  ("msg", "PS : je vous joins aussi le compte rendu de la dernière matinale, avec les chiffres d'absentéisme des entreprises participantes."))
P("user_invited_value", "en", "Pieter Jansen", "HR Manager | Ondernemingsraad-expert | Halden Werke Nederland", "Rotterdam",
  ("acc",),
  ("msg", "Hoi Alex, bedankt voor de uitnodiging! Je vroeg naar ons instemmingstraject met de OR voor het nieuwe beoordelingssysteem. "
          "Ik heb de tijdlijn en de adviesaanvraag even op een rij gezet, zie bijlage. Succes ermee, en bel gerust als je vastloopt."),
  nl="en")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Ralf Engel", "Werkleiter | Halden Werke", "Gütersloh", ("acc",))
P("acceptance_only", "es", "Carmen Ibáñez", "Directora de RR. HH. | Grupo Industrial Levante", "Valencia", ("acc",))
P("lone_endorsement", "fr", "Yannick Duval", "Responsable paie | Tessaly", "Rennes", ("end",))
P("lone_endorsement", "it", "Gianni Pace", "HR Business Partner | Meridian Logistics", "Napoli", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Sabine Hoffmann", "sabine.hoffmann@halden-werke.example", "Re: Regionaltreffen BPM",
     "Hallo Alex,\n\nKatrin Vogel von der Regionalgruppe schreibt dich wohl noch über LinkedIn an – die Treffen sind wirklich gut und werbefrei. Komm doch mit!\n\nSabine", "de"),
    ("HireLoop Notifications", "no-reply@hireloop.example", "New applicant for Production Supervisor (source: LinkedIn)",
     "A new candidate applied to Production Supervisor – Plant 3 via LinkedIn Jobs. Review the application in your HireLoop dashboard.", "en"),
    ("Great Lakes SHRM", "events@greatlakes-shrm.example", "Registration confirmed: Pay transparency laws in 2025",
     "Hi Alex,\n\nYou're registered. This session is approved for 1.0 SHRM PDC. Share it with your network on LinkedIn using #GLSHRM.", "en"),
    ("Comité d'entreprise", "cse@example-industries.example", "Compte rendu CSE – offres d'emploi",
     "Bonjour Alex,\n\nPour information, les élus demandent que les offres internes soient affichées avant leur publication sur LinkedIn.\n\nLe secrétaire du CSE", "fr"),
    ("Universidad de Zaragoza – Orientación y Empleo", "empleo@unizar.example", "Feria de empleo: stand para Example Industries",
     "Estimada Alex:\n\nOs reservamos stand en la feria de empleo del 8 de abril. Podéis anunciar vuestra participación en LinkedIn con el cartel adjunto.", "es"),
    ("Marco Villa", "marco.villa@example.it", "Fwd: richiesta di collegamento LinkedIn",
     "Ciao Alex,\n\nanche a me è arrivato l'invito di quell'agente di polizze su LinkedIn, poi mi ha scritto un messaggio acido. Ti inoltro il testo, io l'ho bloccato.\n\nMarco", "it"),
    ("GlobeHire EOR", "hello@globehire.example", "Alex, hire in Poland next week",
     "Hi Alex,\n\nWe found you on LinkedIn. Hire in 60 countries without an entity: flat €399 per employee per month. Reply YES for a quote.", "en"),
    ("Corporate Communications", "comms@example-industries.example", "Employer brand: LinkedIn post for the apprenticeship launch",
     "Hi Alex,\n\nattached the draft LinkedIn post and the photos from the apprentice welcome day. Could you approve by Thursday?\n\nThanks, Jo", "en"),
    ("Personio", "notifications@personio.example", "Neue Bewerbung über LinkedIn: Ausbildung Industriemechaniker/in",
     "Hallo Alex,\n\nes ist eine neue Bewerbung über LinkedIn eingegangen. Öffnen Sie Personio, um sie zu prüfen.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot twelfth development corpus (dev12). Generated by scripts/make_corpus_dev12.py (seed {SEED}); do not edit by hand.",
          "# Alex as Chief People Officer of a 2,000-person manufacturer: HR-tech vendors, executive search (sales) vs. CHRO headhunters, coaches, "
          "DEI and wellbeing consultants, benefits brokers, HR peers and associations, career services, job seekers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev12", SEED, PEOPLE, FOREIGN, spoofs=8, other=8, header=HEADER)
