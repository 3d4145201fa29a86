"""French content of the demonstration data: a ministry cabinet in Ouagadougou.

Names, structures, partners, titles and texts are plausible for a Burkina Faso ministry of the
economy and finance; people and figures are invented. Everything here is plain data: the builder
combines it with a seeded random generator.
"""

from __future__ import annotations

from cabinet_desktop.domain.enums import (
    AvisKind,
    ConsultationMethod,
    ConsultationPublic,
    Direction,
    IndicatorLevel,
    PartnerCategory,
    Periodicity,
    Scope,
)

MINISTRY_DOMAIN = "finances.gov.bf"

# --------------------------------------------------------------------------- people

#: The cabinet itself: (civility, first name, last name, function).
CABINET: tuple[tuple[str, str, str, str], ...] = (
    ("M.", "Abdoulaye", "OUÉDRAOGO", "Directeur de cabinet"),
    ("Mme", "Aminata", "TRAORÉ", "Directrice adjointe de cabinet"),
    ("M.", "Issouf", "KABORÉ", "Conseiller technique chargé des finances publiques"),
    ("Mme", "Salimata", "COMPAORÉ", "Conseillère technique chargée de l'économie et de la "
     "planification"),
    ("M.", "Boureima", "ZONGO", "Conseiller technique chargé des partenariats"),
    ("Mme", "Fatimata", "OUATTARA", "Conseillère technique chargée des statistiques et du "
     "suivi-évaluation"),
    ("M.", "Moussa", "ILBOUDO", "Chargé de mission"),
    ("Mme", "Rasmata", "NIKIÉMA", "Secrétaire particulière du Ministre"),
)

#: Functions given to the extra staff of a large database.
EXTRA_FUNCTIONS = (
    "Conseiller technique chargé des réformes",
    "Conseiller technique chargé des affaires juridiques",
    "Conseillère technique chargée de la communication",
    "Chargé de mission",
    "Chargée de mission",
    "Chargé d'études",
    "Assistant du Directeur de cabinet",
    "Secrétaire du cabinet",
    "Chargé du courrier",
    "Attaché de cabinet",
)

MALE_FIRST_NAMES = (
    "Adama", "Alassane", "Amadou", "Arouna", "Boukary", "Daouda", "Désiré", "Drissa",
    "Hamidou", "Harouna", "Idrissa", "Inoussa", "Jean-Baptiste", "Karim", "Lassané", "Mahamadi",
    "Noufou", "Ousmane", "Paul", "Pierre", "Rasmané", "Salif", "Seydou", "Sibiri", "Souleymane",
    "Tiéba", "Wendkouni", "Yacouba", "Zakaria", "Bernard", "Christophe", "Emmanuel",
)
FEMALE_FIRST_NAMES = (
    "Alimata", "Awa", "Azèta", "Bintou", "Clarisse", "Djénéba", "Édith", "Estelle",
    "Fanta", "Florence", "Germaine", "Habibou", "Haoua", "Josiane", "Kadidiatou", "Laetitia",
    "Mariam", "Nafissatou", "Odile", "Pélagie", "Ramata", "Safiatou", "Sanata", "Sophie",
    "Téné", "Victorine", "Wendyam", "Zalissa", "Adjaratou", "Brigitte",
)
LAST_NAMES = (
    "BADO", "BAMBARA", "BARRY", "BELEM", "BONKOUNGOU", "COULIBALY", "DABIRÉ", "DAO", "DIALLO",
    "DIARRA", "DICKO", "GUIGMA", "KABRÉ", "KAFANDO", "KIEMDE", "KINDA", "KONATÉ", "KONÉ",
    "OUÉDRAOGO", "OUOBA", "PALENFO", "ROAMBA", "SANOU", "SAWADOGO", "SIMPORÉ", "SOMÉ",
    "SORGHO", "TAPSOBA", "THIOMBIANO", "TIENDREBEOGO", "TOÉ", "YAMÉOGO", "YONLI", "ZERBO",
    "ZOUNGRANA", "KABORÉ", "COMPAORÉ", "NIKIÉMA", "ILBOUDO", "ZIDA", "BAYALA", "DOULKOM",
)

# --------------------------------------------------------------------------- structures

#: Structures that send dossiers to the cabinet.
STRUCTURES = (
    "Secrétariat général du ministère",
    "Direction générale du budget (DGB)",
    "Direction générale du Trésor et de la comptabilité publique (DGTCP)",
    "Direction générale des impôts (DGI)",
    "Direction générale des douanes (DGD)",
    "Direction générale de l'économie et de la planification (DGEP)",
    "Direction générale de la coopération (DG-COOP)",
    "Direction générale du contrôle des marchés publics (DGCMEF)",
    "Direction générale des affaires immobilières et de l'équipement de l'État (DGAIE)",
    "Direction des affaires juridiques et du contentieux (DAJC)",
    "Direction des ressources humaines (DRH)",
    "Direction de l'administration des finances (DAF)",
    "Direction des études et de la planification (DEP)",
    "Direction de la communication et des relations presse (DCRP)",
    "Inspection générale des finances (IGF)",
    "Institut national de la statistique et de la démographie (INSD)",
    "École nationale des régies financières (ENAREF)",
    "Agence judiciaire de l'État (AJE)",
    "Secrétariat général du Gouvernement et du Conseil des ministres (SGG-CM)",
    "Primature",
    "Présidence du Faso",
    "Cour des comptes",
    "Autorité de régulation de la commande publique (ARCOP)",
    "Direction régionale du budget du Centre",
    "Direction régionale des impôts des Hauts-Bassins",
    "Ministère de la Santé et de l'Hygiène publique",
    "Ministère de l'Éducation nationale, de l'Alphabétisation et de la Promotion des langues "
    "nationales",
    "Ministère de l'Agriculture, des Ressources animales et halieutiques",
    "Ministère des Infrastructures et du Désenclavement",
    "Ministère de l'Énergie, des Mines et des Carrières",
)

REGIONS = (
    "Boucle du Mouhoun", "Cascades", "Centre", "Centre-Est", "Centre-Nord", "Centre-Ouest",
    "Centre-Sud", "Est", "Hauts-Bassins", "Nord", "Plateau-Central", "Sahel", "Sud-Ouest",
)

TOWNS = (
    "Ouagadougou", "Bobo-Dioulasso", "Koudougou", "Ouahigouya", "Kaya", "Banfora",
    "Fada N'Gourma", "Dédougou", "Tenkodogo", "Ziniaré", "Manga", "Gaoua", "Dori", "Réo",
    "Kombissiri", "Koupéla", "Houndé", "Nouna", "Yako", "Léo", "Pô", "Diébougou", "Tougan",
    "Boromo", "Kongoussi", "Djibo", "Titao", "Gourcy", "Sapouy", "Zorgho", "Bogandé",
    "Diapaga", "Orodara", "Solenzo", "Toma", "Sindou", "Batié", "Kantchari", "Pouytenga",
    "Boulsa", "Sebba", "Gorom-Gorom", "Séguénéga", "Garango", "Niangoloko", "Bittou",
)

PROGRAMMES = (
    "Programme d'appui à la mobilisation des ressources intérieures",
    "Projet de modernisation de l'administration fiscale",
    "Programme de réforme de la gestion des finances publiques",
    "Projet d'appui à la statistique et au suivi-évaluation",
    "Programme d'appui budgétaire à la résilience",
    "Projet de gouvernance économique et de participation citoyenne",
    "Programme de développement des compétences des agents publics",
    "Projet de digitalisation des services financiers de l'État",
    "Programme d'appui au financement des collectivités territoriales",
    "Projet d'inclusion financière des femmes et des jeunes",
    "Programme de renforcement de la gestion de la dette publique",
    "Projet d'appui à la chaîne de la dépense publique",
)

# --------------------------------------------------------------------------- missions

#: Mission title templates by attribution code; ``{year}``, ``{region}``, ``{structure}``,
#: ``{programme}`` and ``{partner}`` are filled by the builder.
MISSION_TITLES: dict[str, tuple[str, ...]] = {
    "A01": (
        "Proposer au Ministre les orientations stratégiques {year} du département",
        "Préparer la lettre de cadrage du Ministre pour le budget {year}",
        "Élaborer la note d'orientation sur la politique d'endettement {year}",
        "Proposer la feuille de route du Ministre pour le semestre",
        "Formuler les orientations du département sur la réforme fiscale",
        "Préparer le discours d'orientation du Ministre au conseil de cabinet élargi",
    ),
    "A02": (
        "Suivre l'exécution des actions du ministère inscrites au programme du Gouvernement {year}",
        "Préparer le bilan semestriel du programme d'actions du Gouvernement",
        "Consolider le rapport de performance du ministère pour la revue annuelle {year}",
        "Suivre la mise en œuvre du {programme}",
        "Organiser la revue trimestrielle des actions prioritaires du Gouvernement",
        "Vérifier l'application des mesures arrêtées en Conseil des ministres",
    ),
    "A03": (
        "Faire valider les comptes nationaux provisoires {year} par l'INSD",
        "Mettre en place le tableau de bord statistique du Cabinet",
        "Organiser l'atelier de validation de l'annuaire statistique {year}",
        "Fiabiliser les données d'exécution budgétaire de la région {region}",
        "Publier la note de conjoncture économique trimestrielle",
        "Harmoniser les indicateurs de suivi avec la {structure}",
    ),
    "A04": (
        "Préparer le code d'éthique et de déontologie des agents du ministère",
        "Suivre la mise en œuvre des recommandations de l'Inspection générale des finances",
        "Organiser la session du comité ministériel de lutte contre la corruption",
        "Contrôler la déclaration d'intérêts des responsables de la {structure}",
        "Mettre à jour la cartographie des risques de gouvernance {year}",
    ),
    "A05": (
        "Organiser l'enquête de satisfaction des usagers des services fiscaux {year}",
        "Tenir la journée portes ouvertes du ministère à {town}",
        "Dépouiller les boîtes à suggestions des directions régionales",
        "Organiser le focus group des usagers du Trésor public à {town}",
        "Publier le rapport de consultation des usagers {year}",
    ),
    "A06": (
        "Étudier les innovations des administrations financières de l'UEMOA",
        "Organiser le voyage d'études sur la dématérialisation des procédures",
        "Préparer la participation du Ministre aux assemblées annuelles de la BAD",
        "Analyser les recommandations de la revue régionale de l'UEMOA",
        "Mettre en place le dispositif de veille sur la conjoncture internationale",
    ),
    "A07": (
        "Organiser le séminaire de renforcement des capacités des responsables du ministère",
        "Tenir la réunion mensuelle de coordination des directeurs généraux",
        "Standardiser les procédures de supervision des directions régionales",
        "Évaluer la qualité de l'encadrement à la {structure}",
        "Préparer le plan de formation des cadres {year}",
    ),
    "A08": (
        "Élaborer le plan d'amélioration de la performance du ministère {year}",
        "Mesurer la satisfaction du personnel du ministère",
        "Réduire les délais de traitement des dossiers de la {structure}",
        "Mettre en place les contrats d'objectifs des directions générales",
        "Suivre le plan d'amélioration de l'accueil des usagers",
    ),
    "A09": (
        "Recentrer le cadre de performance du ministère sur les résultats et les impacts",
        "Revoir les indicateurs de résultat du {programme}",
        "Préparer la revue à mi-parcours du cadre de résultats {year}",
        "Évaluer l'impact du {programme}",
        "Former les responsables de programmes à la gestion axée sur les résultats",
    ),
    "A10": (
        "Préparer la revue conjointe avec {partner}",
        "Négocier la convention de financement du {programme} avec {partner}",
        "Organiser la concertation annuelle avec le secteur privé",
        "Tenir le cadre de dialogue avec les organisations de la société civile",
        "Mettre en place le protocole d'accord avec {partner}",
        "Préparer la table ronde des partenaires techniques et financiers",
    ),
    "A11": (
        "Suivre la mise en œuvre de la réforme du budget-programme",
        "Accompagner la dématérialisation des procédures de la {structure}",
        "Évaluer les effets de la réforme de la chaîne de la dépense",
        "Préparer le rapport de suivi de la modernisation de l'administration {year}",
        "Déployer le courrier électronique sécurisé dans les directions régionales",
    ),
    "A12": (
        "Instruire les dossiers sensibles transmis par la {structure}",
        "Préparer l'avis du Cabinet sur le projet de loi de finances {year}",
        "Donner l'avis du Cabinet sur le projet de contrat de partenariat public-privé",
        "Analyser le contentieux opposant l'État à {company}",
        "Préparer l'avis sur le projet de décret relatif aux exonérations fiscales {year}",
    ),
    "A13": (
        "Préparer la participation du Ministre à la session de l'Assemblée législative",
        "Organiser la visite du Ministre dans la région {region}",
        "Préparer les éléments de langage du Ministre pour le point de presse",
        "Représenter le Ministre à la cérémonie de lancement du {programme}",
        "Préparer l'audience du Ministre avec {partner}",
        "Rédiger le compte rendu de la rencontre du Ministre avec les syndicats",
    ),
}

EXPECTED_RESULTS = (
    "Document validé et transmis au Ministre",
    "Rapport adopté en réunion de cabinet",
    "Note de synthèse remise au Ministre",
    "Dispositif opérationnel et responsables désignés",
    "Compte rendu diffusé aux structures concernées",
    "Feuille de route adoptée avec un chronogramme",
    "Tableau de suivi à jour et partagé avec le Secrétariat général",
    "Textes signés et publiés au Journal officiel",
)

MISSION_DESCRIPTIONS = (
    "Travail à conduire en lien avec le Secrétariat général et les directions concernées.",
    "Mobiliser les directions techniques et produire un point d'étape hebdomadaire.",
    "S'appuyer sur les rapports existants et consulter les partenaires concernés.",
    "Coordination assurée par le Cabinet ; rendre compte au Directeur de cabinet.",
    "Constituer une équipe restreinte et soumettre un projet de document avant l'échéance.",
)

INSTRUCTION_AUTHORITIES = (
    "Le Ministre (réunion de cabinet)",
    "Le Ministre (instruction écrite)",
    "Le Ministre (audience)",
    "Le Ministre (note manuscrite en marge du courrier)",
    "Le Ministre (instruction verbale)",
)

# --------------------------------------------------------------------------- dossiers

# Senders, by what they deal with (each a name from STRUCTURES).
_SG = "Secrétariat général du ministère"
_DGB = "Direction générale du budget (DGB)"
_DGTCP = "Direction générale du Trésor et de la comptabilité publique (DGTCP)"
_DGI = "Direction générale des impôts (DGI)"
_DGD = "Direction générale des douanes (DGD)"
_DGEP = "Direction générale de l'économie et de la planification (DGEP)"
_COOP = "Direction générale de la coopération (DG-COOP)"
_DGCMEF = "Direction générale du contrôle des marchés publics (DGCMEF)"
_DGAIE = "Direction générale des affaires immobilières et de l'équipement de l'État (DGAIE)"
_DAJC = "Direction des affaires juridiques et du contentieux (DAJC)"
_DRH = "Direction des ressources humaines (DRH)"
_DAF = "Direction de l'administration des finances (DAF)"
_DEP = "Direction des études et de la planification (DEP)"
_DCRP = "Direction de la communication et des relations presse (DCRP)"
_IGF = "Inspection générale des finances (IGF)"
_INSD = "Institut national de la statistique et de la démographie (INSD)"
_AJE = "Agence judiciaire de l'État (AJE)"
_SGG = "Secrétariat général du Gouvernement et du Conseil des ministres (SGG-CM)"
_PM = "Primature"
_ARCOP = "Autorité de régulation de la commande publique (ARCOP)"
_COUR = "Cour des comptes"
_DRB = "Direction régionale du budget du Centre"
_DRI = "Direction régionale des impôts des Hauts-Bassins"
_HEALTH = "Ministère de la Santé et de l'Hygiène publique"
_EDUCATION = ("Ministère de l'Éducation nationale, de l'Alphabétisation et de la Promotion des "
              "langues nationales")
_AGRICULTURE = "Ministère de l'Agriculture, des Ressources animales et halieutiques"
_ROADS = "Ministère des Infrastructures et du Désenclavement"
_ENERGY = "Ministère de l'Énergie, des Mines et des Carrières"

#: Dossier subjects: (object template, structures that send such a dossier). Placeholders:
#: ``{year}``, ``{previous_year}``, ``{region}``, ``{town}``, ``{programme}``, ``{partner}``
#: (a partner of the demo, by its French phrase), ``{company}``, ``{amount}`` (billions of
#: FCFA), ``{quarter}``, ``{month}``, ``{day}``, ``{number}``, ``{subject}`` (a structure
#: audited or concerned, never the sender), the lists below (``{topic}``, ``{company}``…).
#: The combinations keep objects distinct.
DOSSIER_SUBJECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Projet de décret portant organisation de la {subject}", (_SG, _DAJC)),
    ("Projet de décret portant réglementation des {topic}", (_DAJC, _SG, _DGB)),
    ("Projet de décret portant modalités d'octroi des exonérations fiscales aux {beneficiaries}",
     (_DGI, _DAJC)),
    ("Projet d'arrêté portant nomination des membres du comité de {committee} ({month} {year})",
     (_SG, _DRH)),
    ("Projet de loi de finances rectificative pour l'exercice {year} : mesures {measures}",
     (_DGB, _SGG)),
    ("Projet de loi de règlement du budget de l'État, gestion {previous_year} : {chapter}",
     (_DGB, _COUR)),
    ("Projet de convention de financement avec {partner} pour le {programme}", (_COOP,)),
    ("Projet d'accord de prêt de {amount} milliards FCFA avec {partner}", (_COOP, _DGTCP)),
    ("Projet de protocole d'accord avec {partner} relatif au {programme}", (_COOP, _DEP)),
    ("Rapport de la mission de supervision de {partner} sur le {programme}", (_COOP, _DEP)),
    ("Demande de garantie de l'État pour un emprunt de {amount} milliards FCFA de {company}",
     (_DGTCP,)),
    ("Demande d'exonération de droits et taxes de {company} ({town})", (_DGI, _DGD, _ENERGY)),
    ("Demande de transfert de crédits de {amount} milliards FCFA au profit de la région "
     "{region}", (_DGB, _DRB)),
    ("Requête de la commune de {town} pour une subvention exceptionnelle de {amount} milliards "
     "FCFA", (_DGB, _DRB)),
    ("Rapport d'audit de la {subject}, exercice {previous_year}", (_IGF, _COUR)),
    ("Rapport de l'Inspection générale des finances sur la régie de recettes de {town}", (_IGF,)),
    ("Recours de {company} contre l'attribution du marché n° {number}/{year} de la {subject}",
     (_ARCOP, _DGCMEF, _AJE)),
    ("Contentieux fiscal opposant la DGI à {company}", (_DGI, _AJE, _DAJC)),
    ("Contentieux douanier : saisie de marchandises de {company} au bureau de {town}",
     (_DGD, _AJE)),
    ("Plainte n° {number} d'un usager contre le service des impôts de {town}", (_DGI, _DRI)),
    ("Projet de contrat de partenariat public-privé pour la route Ouagadougou–{town}",
     (_ROADS, _DGTCP, _DAJC)),
    ("Projet de contrat de partenariat public-privé pour {ppp} à {town}", (_ENERGY, _HEALTH,
                                                                           _DGTCP)),
    ("Propositions de nomination aux postes de responsabilité de la {subject} ({month} "
     "{year})", (_DRH, _SG)),
    ("Demande d'autorisation de recrutement de {count} agents contractuels pour la {subject}",
     (_DRH,)),
    ("Demande d'avis sur le plan de passation des marchés {year} du {ministry}", (_DGCMEF,)),
    ("Note sur la situation de trésorerie de l'État à fin {month} {year}", (_DGTCP,)),
    ("Note de conjoncture économique du {quarter} {year}", (_DGEP, _INSD)),
    ("Projet de rapport sur l'exécution du budget de l'État au {quarter} {year}", (_DGB,)),
    ("Demande de déblocage de crédits de {amount} milliards FCFA pour le {ministry}",
     (_DGB, _HEALTH, _EDUCATION, _AGRICULTURE, _ROADS)),
    ("Projet de cahier des charges pour la construction du siège de la {subject} à {town}",
     (_DGAIE, _DAF)),
    ("Demande de mise à disposition de locaux à {town} pour la {subject}", (_DGAIE,)),
    ("Projet de plan de communication {year} sur la {campaign}", (_DCRP,)),
    ("Projet de communiqué du Conseil des ministres du {day} {month} {year} sur la "
     "{campaign}", (_DCRP, _SGG)),
    ("Résultats de l'enquête {survey} dans la région {region}", (_INSD, _DEP)),
    ("Rapport de suivi des recommandations de la Cour des comptes à la {subject}",
     (_COUR, _IGF)),
    ("Instruction n° {number}/PM/{year} du Premier ministre sur la {campaign}", (_PM, _SGG)),
    ("Projet de budget {year} de la {subject} : arbitrages demandés", (_DAF, _DGB)),
)

#: What the templates above are filled with.
DOSSIER_TOPICS = (
    "régies d'avances et de recettes", "comptes de dépôt au Trésor", "frais de mission à "
    "l'intérieur", "marchés publics passés en procédure d'urgence", "avances de trésorerie aux "
    "collectivités", "fonds de garantie des petites entreprises", "caisses d'avances des "
    "ambassades", "primes de rendement des régies financières",
)
DOSSIER_BENEFICIARIES = (
    "entreprises agro-industrielles", "promoteurs de logements sociaux", "établissements "
    "privés de santé", "entreprises de l'énergie solaire", "unités de transformation du coton",
    "sociétés minières en phase d'exploration",
)
DOSSIER_COMMITTEES = (
    "trésorerie", "revue des dépenses publiques", "suivi de la dette publique", "pilotage "
    "de la réforme fiscale", "suivi des recommandations de l'IGF", "gestion des risques "
    "budgétaires",
)
DOSSIER_MEASURES = (
    "fiscales de soutien à la production locale", "de sécurisation des recettes douanières",
    "de soutien aux personnes déplacées internes", "de rationalisation des dépenses de "
    "fonctionnement", "de financement des élections locales",
)
DOSSIER_CHAPTERS = (
    "comptes de la dette publique", "dépenses d'investissement", "recettes fiscales",
    "comptes spéciaux du Trésor", "dépenses de personnel",
)
COMPANIES = (
    "la SONABEL", "l'ONEA", "la SOFITEX", "la SONAPOST", "la société Faso Coton SA",
    "la société Burkina Telecom Services SA", "la société minière Sahel Gold SA",
    "la Société de transformation agricole du Houet", "la société Wend Panga BTP",
    "la société Faso Énergie Solaire SA", "la société SOGEBAT SARL", "la société Nafa "
    "Négoce SARL", "la Société des ciments du Faso", "la société Kuilga Logistique SA",
    "la société Sya Pharma SA", "la Compagnie burkinabè des transports",
)
DOSSIER_PPP = (
    "une centrale solaire", "un centre hospitalier régional", "un marché central", "une "
    "gare routière", "un abattoir frigorifique", "une unité de traitement des déchets",
)
DOSSIER_MINISTRIES = (
    "ministère de la Santé et de l'Hygiène publique", "ministère de l'Éducation nationale",
    "ministère de l'Agriculture", "ministère des Infrastructures", "ministère de l'Énergie",
    "ministère de la Fonction publique",
)
DOSSIER_CAMPAIGNS = (
    "campagne de civisme fiscal", "bancarisation des salaires des agents publics",
    "dématérialisation des paiements de l'État", "lutte contre la fraude douanière",
    "mobilisation de l'épargne nationale", "facturation électronique certifiée",
)
DOSSIER_SURVEYS = (
    "sur l'emploi et le secteur informel", "sur les conditions de vie des ménages",
    "de satisfaction des usagers des services fiscaux", "sur l'accès aux services financiers",
)
QUARTERS = ("premier trimestre", "deuxième trimestre", "troisième trimestre",
            "quatrième trimestre")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")

DOSSIER_SUMMARIES = (
    "Dossier transmis pour avis du Cabinet avant examen en Conseil des ministres.",
    "La structure émettrice sollicite un avis dans les meilleurs délais.",
    "Le projet a fait l'objet d'un atelier de validation technique ; le Cabinet doit se "
    "prononcer sur son opportunité.",
    "Incidence budgétaire à évaluer ; pièces justificatives jointes au dossier.",
    "Dossier signalé par le Secrétariat général comme prioritaire.",
    "Observations des directions techniques consignées dans la note de présentation.",
)

AVIS_TEXTS: dict[AvisKind, tuple[str, ...]] = {
    AvisKind.FAVORABLE: (
        "Le Cabinet émet un avis favorable : le projet est conforme aux orientations du "
        "département et aux textes en vigueur.",
        "Avis favorable. L'incidence financière est couverte par les crédits ouverts.",
        "Avis favorable à la signature par le Ministre.",
    ),
    AvisKind.FAVORABLE_WITH_RESERVATIONS: (
        "Avis favorable sous réserve de la prise en compte des observations de la DAJC sur "
        "les articles 4 et 7.",
        "Avis favorable avec réserves : préciser le mécanisme de suivi et le calendrier de "
        "mise en œuvre.",
        "Favorable sous réserve de l'accord préalable de la Direction générale du budget sur "
        "l'incidence financière.",
    ),
    AvisKind.UNFAVORABLE: (
        "Avis défavorable : l'impact budgétaire n'est pas évalué et le projet contredit la "
        "loi de finances en vigueur.",
        "Avis défavorable en l'état : les pièces justificatives sont incomplètes.",
        "Défavorable : la demande ne respecte pas les règles de la commande publique.",
    ),
    AvisKind.NOT_APPLICABLE: (
        "Sans objet : le dossier relève de la compétence du Secrétariat général.",
        "Sans objet : la question a été tranchée par le Conseil des ministres.",
    ),
}

REWORK_COMMENTS = (
    "Retour pour complément d'instruction : joindre l'avis de la DAJC et l'évaluation de "
    "l'incidence financière.",
    "À reprendre : l'avis ne répond pas à la question posée par la structure émettrice.",
    "Compléter l'analyse par la position des partenaires concernés avant validation.",
    "Revoir la formulation des réserves et préciser les textes de référence.",
)

FILING_COMMENTS = (
    "Classé sans suite : la demande est devenue sans objet après l'arbitrage du Conseil des "
    "ministres.",
    "Classé sans suite : doublon d'un dossier déjà instruit.",
    "Classé sans suite à la demande de la structure émettrice, qui a retiré son projet.",
    "Classé sans suite : le dossier ne relève pas de la compétence du Cabinet.",
)

IMPUTATION_COMMENT = "Imputé à {name} pour avis avant le {due}"

STEP_COMMENTS = {
    "received": "Enregistré au secrétariat du Cabinet",
    "under_review": "Imputé pour instruction",
    "avis_proposed": "Projet d'avis soumis au Directeur de cabinet",
    "avis_validated": "Avis validé",
    "sent_to_minister": "Transmis au Ministre pour décision",
    "closed": "Décision du Ministre notifiée à la structure émettrice",
}

ATTACHMENT_NAMES = (
    ("Note de présentation", "pdf"),
    ("Projet de texte", "pdf"),
    ("Bordereau d'envoi", "pdf"),
    ("Tableau des incidences financières", "csv"),
    ("Observations des directions", "txt"),
)

# --------------------------------------------------------------------------- partners

#: Known partners: (name, acronym, category, scope, country, website domain).
PARTNERS: tuple[tuple[str, str, PartnerCategory, Scope, str, str], ...] = (
    # Ministries
    ("Ministère de la Santé et de l'Hygiène publique", "MSHP", PartnerCategory.MINISTRY,
     Scope.NATIONAL, "Burkina Faso", "sante.gov.bf"),
    ("Ministère de l'Éducation nationale, de l'Alphabétisation et de la Promotion des langues "
     "nationales", "MENAPLN", PartnerCategory.MINISTRY, Scope.NATIONAL, "Burkina Faso",
     "education.gov.bf"),
    ("Ministère de l'Agriculture, des Ressources animales et halieutiques", "MARAH",
     PartnerCategory.MINISTRY, Scope.NATIONAL, "Burkina Faso", "agriculture.gov.bf"),
    ("Ministère de l'Énergie, des Mines et des Carrières", "MEMC", PartnerCategory.MINISTRY,
     Scope.NATIONAL, "Burkina Faso", "energie.gov.bf"),
    ("Ministère des Infrastructures et du Désenclavement", "MID", PartnerCategory.MINISTRY,
     Scope.NATIONAL, "Burkina Faso", "infrastructures.gov.bf"),
    ("Ministère de la Fonction publique, du Travail et de la Protection sociale", "MFPTPS",
     PartnerCategory.MINISTRY, Scope.NATIONAL, "Burkina Faso", "fonctionpublique.gov.bf"),
    ("Ministère de l'Administration territoriale et de la Mobilité", "MATM",
     PartnerCategory.MINISTRY, Scope.NATIONAL, "Burkina Faso", "matd.gov.bf"),
    ("Ministère des Affaires étrangères, de la Coopération régionale et des Burkinabè de "
     "l'extérieur", "MAECR-BE", PartnerCategory.MINISTRY, Scope.NATIONAL, "Burkina Faso",
     "mae.gov.bf"),
    ("Ministère de l'Industrie, du Commerce et de l'Artisanat", "MICA",
     PartnerCategory.MINISTRY, Scope.NATIONAL, "Burkina Faso", "commerce.gov.bf"),
    ("Ministère de la Transition digitale, des Postes et des Communications électroniques",
     "MTDPCE", PartnerCategory.MINISTRY, Scope.NATIONAL, "Burkina Faso", "digital.gov.bf"),
    # Private sector and consular chambers
    ("Chambre de commerce et d'industrie du Burkina Faso", "CCI-BF",
     PartnerCategory.PRIVATE_SECTOR, Scope.NATIONAL, "Burkina Faso", "cci.bf"),
    ("Chambre des métiers de l'artisanat du Burkina Faso", "CMA-BF",
     PartnerCategory.PRIVATE_SECTOR, Scope.NATIONAL, "Burkina Faso", "cma.bf"),
    ("Chambre nationale d'agriculture", "CNA", PartnerCategory.PRIVATE_SECTOR, Scope.NATIONAL,
     "Burkina Faso", "cna.bf"),
    ("Conseil national du patronat burkinabè", "CNPB", PartnerCategory.PRIVATE_SECTOR,
     Scope.NATIONAL, "Burkina Faso", "cnpb.bf"),
    ("Maison de l'entreprise du Burkina Faso", "MEBF", PartnerCategory.PRIVATE_SECTOR,
     Scope.NATIONAL, "Burkina Faso", "me.bf"),
    ("Association professionnelle des banques et établissements financiers", "APBEF-BF",
     PartnerCategory.PRIVATE_SECTOR, Scope.NATIONAL, "Burkina Faso", "apbef.bf"),
    ("Ordre des experts-comptables du Burkina", "ONECCA-BF", PartnerCategory.PRIVATE_SECTOR,
     Scope.NATIONAL, "Burkina Faso", "onecca.bf"),
    # Civil society
    ("Réseau national de lutte anti-corruption", "REN-LAC", PartnerCategory.CIVIL_SOCIETY,
     Scope.NATIONAL, "Burkina Faso", "renlac.org"),
    ("Centre pour la gouvernance démocratique", "CGD", PartnerCategory.CIVIL_SOCIETY,
     Scope.NATIONAL, "Burkina Faso", "cgd-igd.org"),
    ("Centre d'information, de formation et d'études sur le budget", "CIFOEB",
     PartnerCategory.CIVIL_SOCIETY, Scope.NATIONAL, "Burkina Faso", "cifoeb.org"),
    ("Confédération générale du travail du Burkina", "CGT-B", PartnerCategory.CIVIL_SOCIETY,
     Scope.NATIONAL, "Burkina Faso", "cgtb.bf"),
    ("Syndicat national des agents des impôts et des domaines", "SNAID",
     PartnerCategory.CIVIL_SOCIETY, Scope.NATIONAL, "Burkina Faso", "snaid.bf"),
    # Users
    ("Ligue des consommateurs du Burkina", "LCB", PartnerCategory.USERS, Scope.NATIONAL,
     "Burkina Faso", "lcb.bf"),
    ("Association des commerçants importateurs du Burkina", "ACIB", PartnerCategory.USERS,
     Scope.NATIONAL, "Burkina Faso", "acib.bf"),
    ("Union des transitaires et commissionnaires agréés en douane", "UTCAD",
     PartnerCategory.USERS, Scope.NATIONAL, "Burkina Faso", "utcad.bf"),
    ("Association des retraités de la fonction publique", "ARFP", PartnerCategory.USERS,
     Scope.NATIONAL, "Burkina Faso", "arfp.bf"),
    ("Groupement des petites et moyennes entreprises contribuables", "GPMEC",
     PartnerCategory.USERS, Scope.NATIONAL, "Burkina Faso", "gpmec.bf"),
    # Bilateral technical and financial partners
    ("Agence française de développement", "AFD", PartnerCategory.BILATERAL_TFP,
     Scope.INTERNATIONAL, "Burkina Faso", "afd.fr"),
    ("Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ",
     PartnerCategory.BILATERAL_TFP, Scope.INTERNATIONAL, "Burkina Faso", "giz.de"),
    ("Agence japonaise de coopération internationale", "JICA", PartnerCategory.BILATERAL_TFP,
     Scope.INTERNATIONAL, "Burkina Faso", "jica.go.jp"),
    ("Coopération suisse (Direction du développement et de la coopération)", "DDC",
     PartnerCategory.BILATERAL_TFP, Scope.INTERNATIONAL, "Burkina Faso", "eda.admin.ch"),
    ("Ambassade du Royaume des Pays-Bas", "", PartnerCategory.BILATERAL_TFP,
     Scope.INTERNATIONAL, "Burkina Faso", "paysbasmondial.nl"),
    ("Agence luxembourgeoise pour la coopération au développement", "LuxDev",
     PartnerCategory.BILATERAL_TFP, Scope.INTERNATIONAL, "Burkina Faso", "luxdev.lu"),
    ("Agence danoise de développement international", "Danida",
     PartnerCategory.BILATERAL_TFP, Scope.INTERNATIONAL, "Burkina Faso", "um.dk"),
    ("Agence suédoise de coopération internationale au développement", "Asdi",
     PartnerCategory.BILATERAL_TFP, Scope.INTERNATIONAL, "Burkina Faso", "sida.se"),
    ("Agence coréenne de coopération internationale", "KOICA", PartnerCategory.BILATERAL_TFP,
     Scope.INTERNATIONAL, "Burkina Faso", "koica.go.kr"),
    ("Affaires mondiales Canada", "AMC", PartnerCategory.BILATERAL_TFP, Scope.INTERNATIONAL,
     "Burkina Faso", "international.gc.ca"),
    # Multilateral partners
    ("Banque mondiale", "BM", PartnerCategory.MULTILATERAL_TFP, Scope.INTERNATIONAL,
     "Burkina Faso", "worldbank.org"),
    ("Banque africaine de développement", "BAD", PartnerCategory.MULTILATERAL_TFP,
     Scope.INTERNATIONAL, "Burkina Faso", "afdb.org"),
    ("Délégation de l'Union européenne au Burkina Faso", "UE",
     PartnerCategory.MULTILATERAL_TFP, Scope.INTERNATIONAL, "Burkina Faso", "eeas.europa.eu"),
    ("Programme des Nations unies pour le développement", "PNUD",
     PartnerCategory.MULTILATERAL_TFP, Scope.INTERNATIONAL, "Burkina Faso", "undp.org"),
    ("Fonds des Nations unies pour l'enfance", "UNICEF", PartnerCategory.MULTILATERAL_TFP,
     Scope.INTERNATIONAL, "Burkina Faso", "unicef.org"),
    ("Organisation mondiale de la santé", "OMS", PartnerCategory.MULTILATERAL_TFP,
     Scope.INTERNATIONAL, "Burkina Faso", "who.int"),
    ("Organisation des Nations unies pour l'alimentation et l'agriculture", "FAO",
     PartnerCategory.MULTILATERAL_TFP, Scope.INTERNATIONAL, "Burkina Faso", "fao.org"),
    ("Fonds monétaire international", "FMI", PartnerCategory.MULTILATERAL_TFP,
     Scope.INTERNATIONAL, "Burkina Faso", "imf.org"),
    ("Commission de l'Union économique et monétaire ouest-africaine", "UEMOA",
     PartnerCategory.MULTILATERAL_TFP, Scope.REGIONAL, "Burkina Faso", "uemoa.int"),
    ("Banque ouest-africaine de développement", "BOAD", PartnerCategory.MULTILATERAL_TFP,
     Scope.REGIONAL, "Burkina Faso", "boad.org"),
    ("Banque centrale des États de l'Afrique de l'Ouest", "BCEAO",
     PartnerCategory.MULTILATERAL_TFP, Scope.REGIONAL, "Burkina Faso", "bceao.int"),
    ("Banque islamique de développement", "BID", PartnerCategory.MULTILATERAL_TFP,
     Scope.INTERNATIONAL, "Arabie saoudite", "isdb.org"),
    ("Fonds international de développement agricole", "FIDA",
     PartnerCategory.MULTILATERAL_TFP, Scope.INTERNATIONAL, "Burkina Faso", "ifad.org"),
    ("Programme alimentaire mondial", "PAM", PartnerCategory.MULTILATERAL_TFP,
     Scope.INTERNATIONAL, "Burkina Faso", "wfp.org"),
    ("Fonds des Nations unies pour la population", "UNFPA", PartnerCategory.MULTILATERAL_TFP,
     Scope.INTERNATIONAL, "Burkina Faso", "unfpa.org"),
    # NGOs
    ("Plan International Burkina Faso", "", PartnerCategory.NGO, Scope.INTERNATIONAL,
     "Burkina Faso", "plan-international.org"),
    ("Save the Children Burkina", "", PartnerCategory.NGO, Scope.INTERNATIONAL,
     "Burkina Faso", "savethechildren.net"),
    ("Oxfam au Burkina Faso", "", PartnerCategory.NGO, Scope.INTERNATIONAL, "Burkina Faso",
     "oxfam.org"),
    ("Helvetas Swiss Intercooperation", "", PartnerCategory.NGO, Scope.INTERNATIONAL,
     "Burkina Faso", "helvetas.org"),
    ("Catholic Relief Services", "CRS", PartnerCategory.NGO, Scope.INTERNATIONAL,
     "Burkina Faso", "crs.org"),
    ("Association Tin Tua", "", PartnerCategory.NGO, Scope.NATIONAL, "Burkina Faso",
     "tintua.org"),
    ("Action contre la faim", "ACF", PartnerCategory.NGO, Scope.INTERNATIONAL, "Burkina Faso",
     "actioncontrelafaim.org"),
    # Local authorities
    ("Commune de Ouagadougou", "", PartnerCategory.LOCAL_AUTHORITY, Scope.NATIONAL,
     "Burkina Faso", "mairie-ouaga.bf"),
    ("Commune de Bobo-Dioulasso", "", PartnerCategory.LOCAL_AUTHORITY, Scope.NATIONAL,
     "Burkina Faso", "mairie-bobo.bf"),
    ("Association des municipalités du Burkina Faso", "AMBF", PartnerCategory.LOCAL_AUTHORITY,
     Scope.NATIONAL, "Burkina Faso", "ambf.bf"),
    ("Association des régions du Burkina Faso", "ARBF", PartnerCategory.LOCAL_AUTHORITY,
     Scope.NATIONAL, "Burkina Faso", "arbf.bf"),
    # Other
    ("Université Joseph Ki-Zerbo", "UJKZ", PartnerCategory.OTHER, Scope.NATIONAL,
     "Burkina Faso", "ujkz.bf"),
    ("Institut supérieur des sciences de la population", "ISSP", PartnerCategory.OTHER,
     Scope.NATIONAL, "Burkina Faso", "issp.bf"),
    ("Centre africain d'études supérieures en gestion", "CESAG", PartnerCategory.OTHER,
     Scope.REGIONAL, "Sénégal", "cesag.sn"),
    ("AFRITAC de l'Ouest (centre d'assistance technique du FMI)", "AFW",
     PartnerCategory.OTHER, Scope.REGIONAL, "Côte d'Ivoire", "afritacouest.org"),
)

#: How a title names a partner, with the acronym of the partner it is.
PARTNER_PHRASES: tuple[tuple[str, str], ...] = (
    ("la Banque mondiale", "BM"), ("la BAD", "BAD"), ("l'Union européenne", "UE"),
    ("l'AFD", "AFD"), ("la GIZ", "GIZ"), ("la JICA", "JICA"), ("le PNUD", "PNUD"),
    ("l'UNICEF", "UNICEF"), ("le FMI", "FMI"), ("la BOAD", "BOAD"),
    ("la Commission de l'UEMOA", "UEMOA"), ("la Coopération suisse", "DDC"),
    ("LuxDev", "LuxDev"), ("KOICA", "KOICA"),
)

#: Where the partners with an office in Ouagadougou have their headquarters (their country in
#: the cabinet's records is where the office the cabinet deals with is: Burkina Faso).
HEADQUARTERS: dict[str, str] = {
    "AFD": "France",
    "DDC": "Suisse",
    "GIZ": "Allemagne",
    "JICA": "Japon",
    "Ambassade du Royaume des Pays-Bas": "Pays-Bas",
    "LuxDev": "Luxembourg",
    "Danida": "Danemark",
    "Asdi": "Suède",
    "KOICA": "Corée du Sud",
    "AMC": "Canada",
    "BM": "États-Unis",
    "BAD": "Côte d'Ivoire",
    "UE": "Belgique",
    "PNUD": "États-Unis",
    "UNICEF": "États-Unis",
    "OMS": "Suisse",
    "FAO": "Italie",
    "FMI": "États-Unis",
    "BOAD": "Togo",
    "BCEAO": "Sénégal",
    "FIDA": "Italie",
    "PAM": "Italie",
    "UNFPA": "États-Unis",
}

#: Partners the cabinet deals with from abroad: their address (the country is theirs).
ABROAD: dict[str, str] = {
    "BID": "Pôle régional de Dakar, Sénégal",
    "CESAG": "Dakar, Sénégal",
    "AFW": "Abidjan, Côte d'Ivoire",
}

#: Patterns for generated partners of a large database, by category.
GENERATED_PARTNERS: dict[PartnerCategory, tuple[str, ...]] = {
    PartnerCategory.PRIVATE_SECTOR: (
        "Société {last} et Frères SARL", "Entreprise générale {last} (EGK)",
        "Cabinet d'expertise comptable {last}", "Groupement des opérateurs économiques de {town}",
        "Société burkinabè de services {last} SA",
    ),
    PartnerCategory.CIVIL_SOCIETY: (
        "Association des jeunes pour la citoyenneté de {town}",
        "Collectif des organisations de la société civile de {town}",
        "Réseau des femmes pour la bonne gouvernance du {region}",
    ),
    PartnerCategory.USERS: (
        "Association des usagers des services financiers de {town}",
        "Union des commerçants du marché de {town}",
        "Groupement des contribuables de {town}",
    ),
    PartnerCategory.NGO: (
        "ONG Action pour le développement de {town}", "ONG Solidarité {region}",
        "ONG Appui aux initiatives communautaires de {town}",
    ),
    PartnerCategory.LOCAL_AUTHORITY: (
        "Commune de {town}", "Conseil régional du {region}",
    ),
    PartnerCategory.MINISTRY: (
        "Direction régionale de l'économie et de la planification du {region}",
        "Gouvernorat de la région du {region}",
    ),
    PartnerCategory.OTHER: (
        "Lycée technique de {town}", "Centre de formation professionnelle de {town}",
    ),
    PartnerCategory.BILATERAL_TFP: (
        "Ambassade {country} (service de coopération)",
    ),
    PartnerCategory.MULTILATERAL_TFP: (
        "Bureau de {org} pour la région {region}",
    ),
}

#: Countries with an embassy's cooperation service, as the name reads after « Ambassade ».
DONOR_COUNTRIES = (
    "de France", "d'Allemagne", "de Belgique", "d'Italie", "d'Espagne", "d'Autriche",
    "du Japon", "de Chine", "de Turquie", "du Maroc", "d'Égypte", "de l'Inde", "du Qatar",
    "du Koweït", "de Norvège", "de Finlande",
)
MULTILATERAL_SHORT = ("PNUD", "UNICEF", "OMS", "FAO", "PAM", "UNFPA", "ONU Femmes", "BAD")

CONTACT_FUNCTIONS: dict[PartnerCategory, tuple[str, ...]] = {
    PartnerCategory.MINISTRY: ("Directeur de cabinet", "Secrétaire général",
                               "Directeur des études et de la planification"),
    PartnerCategory.PRIVATE_SECTOR: ("Directeur général", "Président",
                                     "Responsable des relations institutionnelles"),
    PartnerCategory.CIVIL_SOCIETY: ("Secrétaire exécutif", "Président", "Chargé de programme"),
    PartnerCategory.USERS: ("Président", "Secrétaire général", "Trésorier"),
    PartnerCategory.BILATERAL_TFP: ("Directeur pays", "Chargé de programme gouvernance",
                                    "Attaché de coopération"),
    PartnerCategory.MULTILATERAL_TFP: ("Représentant résident", "Économiste pays",
                                       "Chargé de portefeuille"),
    PartnerCategory.NGO: ("Directeur pays", "Coordonnateur des programmes",
                          "Responsable plaidoyer"),
    PartnerCategory.LOCAL_AUTHORITY: ("Maire", "Secrétaire général de la mairie",
                                      "Président du conseil régional"),
    PartnerCategory.OTHER: ("Directeur", "Président", "Chef de service"),
}

AGREEMENT_TITLES = (
    "Convention de financement du {programme}",
    "Protocole d'accord relatif au {programme}",
    "Mémorandum d'entente sur l'échange de données statistiques",
    "Accord-cadre de partenariat {start}-{end}",
    "Convention de subvention pour l'appui institutionnel au Cabinet",
    "Accord de prêt pour le {programme}",
    "Protocole de collaboration sur le suivi des réformes",
)

INTERACTION_SUMMARIES = (
    "Point sur l'état d'avancement des engagements réciproques ; prochaine rencontre fixée.",
    "Échanges sur le calendrier des décaissements et les conditions préalables.",
    "Présentation des priorités du ministère pour l'année ; le partenaire confirme son appui.",
    "Revue des recommandations de la précédente mission conjointe.",
    "Courrier de transmission du rapport d'exécution technique et financière.",
    "Atelier de restitution des résultats ; recommandations adoptées.",
    "Préparation de la session du comité de pilotage.",
    "Concertation sur le projet de loi de finances et ses mesures fiscales.",
)

# --------------------------------------------------------------------------- indicators

#: Indicator models: (name, level, unit, direction, periodicity, baseline, goal, source,
#: responsible structure). The goal is reached over the targets' horizon.
INDICATORS: tuple[tuple[str, IndicatorLevel, str, Direction, Periodicity, float, float, str,
                        str], ...] = (
    ("Taux de croissance du PIB réel", IndicatorLevel.IMPACT, "%", Direction.INCREASE,
     Periodicity.YEARLY, 3.1, 6.5, "Comptes nationaux", "INSD"),
    ("Incidence de la pauvreté", IndicatorLevel.IMPACT, "%", Direction.DECREASE,
     Periodicity.YEARLY, 41.4, 35.0, "Enquête harmonisée sur les conditions de vie des ménages",
     "INSD"),
    ("Taux d'inflation annuel moyen", IndicatorLevel.IMPACT, "%", Direction.DECREASE,
     Periodicity.MONTHLY, 5.8, 3.0, "Indice harmonisé des prix à la consommation", "INSD"),
    ("Encours de la dette publique rapporté au PIB", IndicatorLevel.IMPACT, "%",
     Direction.DECREASE, Periodicity.HALF_YEARLY, 58.0, 52.0, "Bulletin statistique de la dette",
     "DGTCP"),
    ("Taux d'accès des ménages aux services financiers", IndicatorLevel.IMPACT, "%",
     Direction.INCREASE, Periodicity.YEARLY, 42.0, 60.0, "Enquête FinScope", "DGTCP"),
    ("Indice de perception de la corruption (score)", IndicatorLevel.IMPACT, "points",
     Direction.INCREASE, Periodicity.YEARLY, 41.0, 48.0, "Transparency International", "IGF"),
    ("Taux de pression fiscale", IndicatorLevel.OUTCOME, "% du PIB", Direction.INCREASE,
     Periodicity.QUARTERLY, 15.2, 18.5, "Tableau des opérations financières de l'État", "DGI"),
    ("Taux d'exécution du budget de l'État", IndicatorLevel.OUTCOME, "%", Direction.INCREASE,
     Periodicity.QUARTERLY, 78.0, 95.0, "Circuit informatisé de la dépense", "DGB"),
    ("Taux de satisfaction des usagers du ministère", IndicatorLevel.OUTCOME, "%",
     Direction.INCREASE, Periodicity.HALF_YEARLY, 58.0, 80.0, "Enquête de satisfaction",
     "Cabinet"),
    ("Délai moyen de paiement des fournisseurs de l'État", IndicatorLevel.OUTCOME, "jours",
     Direction.DECREASE, Periodicity.MONTHLY, 95.0, 60.0, "Comptabilité de l'État", "DGTCP"),
    ("Part des instructions du Ministre exécutées dans les délais", IndicatorLevel.OUTCOME, "%",
     Direction.INCREASE, Periodicity.QUARTERLY, 62.0, 90.0, "Cabinet Desktop", "Cabinet"),
    ("Taux de mobilisation des ressources extérieures", IndicatorLevel.OUTCOME, "%",
     Direction.INCREASE, Periodicity.QUARTERLY, 64.0, 85.0, "Rapport sur l'aide publique",
     "DG-COOP"),
    ("Taux de recouvrement des recettes douanières", IndicatorLevel.OUTCOME, "%",
     Direction.INCREASE, Periodicity.MONTHLY, 88.0, 100.0, "SYDONIA World", "DGD"),
    ("Taux de satisfaction du personnel du ministère", IndicatorLevel.OUTCOME, "%",
     Direction.INCREASE, Periodicity.YEARLY, 55.0, 75.0, "Enquête interne", "DRH"),
    ("Nombre de rapports d'exécution budgétaire publiés dans les délais",
     IndicatorLevel.OUTPUT, "rapports", Direction.INCREASE, Periodicity.QUARTERLY, 2.0, 4.0,
     "Site du ministère", "DGB"),
    ("Nombre de contribuables immatriculés", IndicatorLevel.OUTPUT, "contribuables",
     Direction.INCREASE, Periodicity.MONTHLY, 185000.0, 260000.0, "Système intégré de taxation",
     "DGI"),
    ("Nombre d'agents formés à la gestion axée sur les résultats", IndicatorLevel.OUTPUT,
     "agents", Direction.INCREASE, Periodicity.HALF_YEARLY, 120.0, 600.0,
     "Rapports de formation", "DRH"),
    ("Nombre de textes réglementaires adoptés", IndicatorLevel.OUTPUT, "textes",
     Direction.INCREASE, Periodicity.QUARTERLY, 4.0, 12.0, "Journal officiel", "DAJC"),
    ("Nombre de procédures dématérialisées", IndicatorLevel.OUTPUT, "procédures",
     Direction.INCREASE, Periodicity.HALF_YEARLY, 12.0, 45.0, "Rapport de la DSI", "DSI"),
    ("Nombre de publications statistiques diffusées", IndicatorLevel.OUTPUT, "publications",
     Direction.INCREASE, Periodicity.QUARTERLY, 6.0, 14.0, "Site de l'INSD", "INSD"),
    ("Délai moyen de production de l'avis du Cabinet", IndicatorLevel.OUTPUT, "jours",
     Direction.DECREASE, Periodicity.MONTHLY, 21.0, 10.0, "Cabinet Desktop", "Cabinet"),
    ("Nombre de conventions de financement signées", IndicatorLevel.OUTPUT, "conventions",
     Direction.INCREASE, Periodicity.QUARTERLY, 3.0, 8.0, "Registre des conventions",
     "DG-COOP"),
    ("Nombre de sessions de dialogue avec les PTF tenues", IndicatorLevel.ACTIVITY, "sessions",
     Direction.INCREASE, Periodicity.QUARTERLY, 1.0, 3.0, "Comptes rendus", "DG-COOP"),
    ("Nombre de missions de contrôle réalisées", IndicatorLevel.ACTIVITY, "missions",
     Direction.INCREASE, Periodicity.QUARTERLY, 15.0, 40.0, "Rapports de l'IGF", "IGF"),
    ("Nombre de consultations des usagers organisées", IndicatorLevel.ACTIVITY,
     "consultations", Direction.INCREASE, Periodicity.HALF_YEARLY, 1.0, 4.0,
     "Rapports de consultation", "Cabinet"),
    ("Taux de traitement des dossiers dans les délais", IndicatorLevel.ACTIVITY, "%",
     Direction.INCREASE, Periodicity.MONTHLY, 55.0, 85.0, "Cabinet Desktop", "Cabinet"),
    ("Nombre de réunions de coordination des directeurs généraux", IndicatorLevel.ACTIVITY,
     "réunions", Direction.INCREASE, Periodicity.MONTHLY, 1.0, 2.0, "Comptes rendus",
     "Secrétariat général"),
    ("Nombre de revues de performance des programmes", IndicatorLevel.ACTIVITY, "revues",
     Direction.INCREASE, Periodicity.YEARLY, 4.0, 12.0, "Rapports annuels de performance",
     "DEP"),
    ("Nombre de contrôles fiscaux sur place", IndicatorLevel.ACTIVITY, "contrôles",
     Direction.INCREASE, Periodicity.QUARTERLY, 320.0, 520.0, "Système intégré de taxation",
     "DGI"),
    ("Nombre d'ateliers de renforcement des capacités tenus", IndicatorLevel.ACTIVITY,
     "ateliers", Direction.INCREASE, Periodicity.QUARTERLY, 3.0, 8.0, "Rapports d'activité",
     "DRH"),
    ("Taux de décaissement des crédits alloués au ministère", IndicatorLevel.INPUT, "%",
     Direction.INCREASE, Periodicity.QUARTERLY, 70.0, 92.0, "Circuit informatisé de la dépense",
     "DAF"),
    ("Effectif du personnel en poste", IndicatorLevel.INPUT, "agents", Direction.INCREASE,
     Periodicity.YEARLY, 7400.0, 8200.0, "Fichier du personnel", "DRH"),
    ("Ressources mobilisées auprès des PTF", IndicatorLevel.INPUT, "milliards FCFA",
     Direction.INCREASE, Periodicity.QUARTERLY, 180.0, 320.0, "Rapport sur l'aide publique",
     "DG-COOP"),
    ("Nombre de postes informatiques fonctionnels", IndicatorLevel.INPUT, "postes",
     Direction.INCREASE, Periodicity.HALF_YEARLY, 2100.0, 3500.0, "Inventaire de la DSI",
     "DSI"),
    ("Taux de disponibilité du réseau informatique", IndicatorLevel.INPUT, "%",
     Direction.INCREASE, Periodicity.MONTHLY, 91.0, 99.0, "Supervision réseau", "DSI"),
    ("Part du budget consacrée aux dépenses de fonctionnement", IndicatorLevel.INPUT, "%",
     Direction.DECREASE, Periodicity.YEARLY, 38.0, 30.0, "Loi de finances", "DGB"),
    ("Taux de vacance des postes de responsabilité", IndicatorLevel.INPUT, "%",
     Direction.DECREASE, Periodicity.HALF_YEARLY, 14.0, 5.0, "Fichier du personnel", "DRH"),
    ("Crédits délégués aux directions régionales", IndicatorLevel.INPUT, "milliards FCFA",
     Direction.INCREASE, Periodicity.QUARTERLY, 22.0, 35.0, "Circuit informatisé de la dépense",
     "DGB"),
    ("Taux d'absentéisme du personnel", IndicatorLevel.INPUT, "%", Direction.DECREASE,
     Periodicity.MONTHLY, 9.0, 4.0, "Fichier du personnel", "DRH"),
    ("Nombre de véhicules de service opérationnels", IndicatorLevel.INPUT, "véhicules",
     Direction.INCREASE, Periodicity.YEARLY, 310.0, 380.0, "Inventaire du parc", "DAF"),
)

MEASUREMENT_COMMENTS = (
    "", "", "", "Donnée provisoire en attente de consolidation.",
    "Chiffre confirmé par la structure responsable.",
    "Hausse liée à la campagne de sensibilisation.",
    "Retard de transmission des données régionales.",
)

# --------------------------------------------------------------------------- consultations

CONSULTATIONS: tuple[tuple[str, ConsultationPublic, ConsultationMethod], ...] = (
    ("Enquête de satisfaction des usagers des services des impôts", ConsultationPublic.USERS,
     ConsultationMethod.SURVEY),
    ("Atelier d'échanges avec les usagers du Trésor public", ConsultationPublic.USERS,
     ConsultationMethod.WORKSHOP),
    ("Focus group des opérateurs économiques sur le dédouanement", ConsultationPublic.USERS,
     ConsultationMethod.FOCUS_GROUP),
    ("Dépouillement des boîtes à suggestions des guichets", ConsultationPublic.USERS,
     ConsultationMethod.SUGGESTION_BOX),
    ("Enquête sur le climat social au sein du ministère", ConsultationPublic.STAFF,
     ConsultationMethod.SURVEY),
    ("Atelier d'écoute du personnel des directions régionales", ConsultationPublic.STAFF,
     ConsultationMethod.WORKSHOP),
    ("Focus group des agents d'accueil", ConsultationPublic.STAFF,
     ConsultationMethod.FOCUS_GROUP),
    ("Boîte à suggestions du personnel", ConsultationPublic.STAFF,
     ConsultationMethod.SUGGESTION_BOX),
)

CONSULTATION_FINDINGS = (
    "Les usagers saluent l'amélioration de l'accueil mais déplorent la longueur des délais.",
    "Demande forte de dématérialisation des paiements et d'information en langues nationales.",
    "Le personnel souhaite davantage de formation et une meilleure circulation de "
    "l'information.",
    "Les horaires d'ouverture des guichets sont jugés inadaptés par les commerçants.",
    "Attentes exprimées sur la transparence des procédures et le traitement des plaintes.",
    "Satisfaction globale en progrès ; points noirs : attente et affichage des tarifs.",
)
