<3001. >
VN  - Ovid Technologies
DB  - Embase
UI  - 621381829
ST  - CONFERENCE ABSTRACT
TI  - Quality of life in patients with primary ciliary dyskinesia: A systematic review.
SO  - BMC Proceedings. Conference: 2nd BEAT-PCD Conference and 3rd PCD Training School: Part 2. Spain. 12 (Supplement 3) (no pagination), 2018. Date of Publication: 2018.
AU  - Behan L.
AU  - Rubbo B.
AU  - Lucas J.S.
AU  - Galvin A.D.
IN  - (Behan, Rubbo, Lucas) NIHR Southampton Biomedical Research Centre, University of Southampton, University Hospital Southampton NHS Foundation Trust, Southampton, United Kingdom
      (Behan, Galvin) School of Applied Psychology, University College Cork, Cork, Ireland
AD  - L. Behan, NIHR Southampton Biomedical Research Centre, University of Southampton, University Hospital Southampton NHS Foundation Trust, Southampton, United Kingdom
CP  - Netherlands
CS  - 20170418
CE  - 20170421
PB  - BioMed Central Ltd.
MH  - adult
MH  - anxiety
MH  - awareness
MH  - Cinahl
MH  - diagnosis
MH  - Embase
MH  - female
MH  - groups by age
MH  - human
MH  - *Kartagener syndrome
MH  - male
MH  - Medline
MH  - physical disease by body function
MH  - physically disabled person
MH  - PsycINFO
MH  - *quality of life
MH  - social interaction
MH  - systematic review
MH  - thinking
MH  - conference abstract
DJ  - conference abstract [other term]
OD  - adult
OD  - anxiety
OD  - awareness
OD  - Cinahl
OD  - diagnosis
OD  - Embase
OD  - female
OD  - groups by age
OD  - human
OD  - *Kartagener syndrome
OD  - male
OD  - Medline
OD  - physical disease by body function
OD  - physically disabled person
OD  - PsycINFO
OD  - *quality of life
OD  - social interaction
OD  - systematic review
OD  - thinking
AB  - Background: As in most rare diseases, little is known on how primary ciliary dyskinesia (PCD) affects the patient's daily functioning and mental wellbeing. We aimed to identify all studies that examined the psychosocial impact that PCD has on the lives of patients. 
Method(s): We searched MEDLINE, EBSCO, Cumulative Index to Nursing and Allied Health Literature (CINAHL), PsycINFO and EMBASE for qualitative and quantitative studies. 
Result(s): We found 260 studies, of which 14 were included. Five of the included studies had qualitative approaches. Increasing age was associated with worsening of respiratory symptoms, physical, and mental domains of health-related quality of life, with a greater decline compared with reference populations. Patients felt physically impaired, e.g. less energy and difficulty keeping up with others. Social implications included embarrassment and a sense of isolation, with patients concealing symptoms and/or their diagnosis. Isolation intensified with lack of public and professional awareness of PCD. Patients were emotionally affected by PCD and expressed anxiety about getting sick or when thinking about their future health. Treatment burden was an issue for patients, whilst acknowledging treatments improved symptom. 
Conclusion(s): Health-related quality of life decreases with age in patients with PCD. For all age groups, PCD adversely affects physical, emotional, social functioning, and treatment burden. Interventions that ameliorate these issues need investigation.
IS  - 1753-6561
DO  - http://dx.doi.org/10.1186/s12919-018-0099-8
LG  - English
SL  - English
SU  - Journal
PT  - Conference Abstract
EM  - 201800
DD  - 20180327
DC  - 20180327
YR  - 2018
CR  - Copyright 2018 Elsevier B.V., All rights reserved.

<3002. >
VN  - Ovid Technologies
DB  - Embase
UI  - 621381823
ST  - CONFERENCE ABSTRACT
TI  - Development of a bioinformatics analysis method for diagnosis of.
SO  - BMC Proceedings. Conference: 2nd BEAT-PCD Conference and 3rd PCD Training School: Part 2. Spain. 12 (Supplement 3) (no pagination), 2018. Date of Publication: 2018.
AU  - Dyskinesia P.C.
AU  - Server E.A.
IN  - (Dyskinesia, Server) Acibadem Universitesi, Istanbul, Turkey
AD  - P.C. Dyskinesia, Acibadem Universitesi, Istanbul, Turkey
CP  - Netherlands
CS  - 20170418
CE  - 20170421
PB  - BioMed Central Ltd.
MH  - *bioinformatics
MH  - case report
MH  - child
MH  - clinical article
MH  - cystic fibrosis
MH  - diagnosis
MH  - female
MH  - genome
MH  - human
MH  - male
MH  - sibling
MH  - whole exome sequencing
MH  - conference abstract
DJ  - conference abstract [other term]
OD  - *bioinformatics
OD  - case report
OD  - child
OD  - clinical article
OD  - cystic fibrosis
OD  - diagnosis
OD  - female
OD  - genome
OD  - human
OD  - male
OD  - sibling
OD  - whole exome sequencing
AB  - Primary ciliary dyskinesia is a rare, autosomal recessive genetic based disease causing functional and/or structural defects of cilia. However, there are little information about the genetic basis of this disease. By this time, we know that, mutations on the DNAI1 and DNA5H genes are responsible for encoding of dynein proteins of cilia, causing this disorder. Discrimination of the PCD from other diseases like Cystic fibrosis is quite problematic. Discrimination and treatment will be easier if the genetic basis of the PCD is known. In the proposed work, we plan to carry out whole genome exome sequencing on 3 families with PCD siblings. Each these families have healthy parents and two sick children. As a result of exome sequencing, we will able to identify common SNP's and/or affected common genes related with PCD. Then, the data obtained from exome sequencing will be used as the input to PANOGA to identify affected pathways. Thus, we will be able to study PCD aetiology via affected pathways. Eventually, we aim to provide a novel marker for diagnosis of PCD.
IS  - 1753-6561
DO  - http://dx.doi.org/10.1186/s12919-018-0099-8
LG  - English
SL  - English
SU  - Journal
PT  - Conference Abstract
EM  - 201800
DD  - 20180327
DC  - 20180327
YR  - 2018
CR  - Copyright 2018 Elsevier B.V., All rights reserved.



