# Word classes from WordNet 3.0, built by examples/wordnet_lexicon.rs.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED (see NOTICE-WORDNET.txt).
a-list	n		10
a-ok	a
a-okay	a
a-one	a
aaa	n		26
aah	v	32		80
aas	n		10
aave	n		10
ab	n		10,28
abacinate	v	39		20
abactinal	a
abandon	nv	40,40	7,12	60
abandoned	a
abandonment	n		4,4		40:60
abarticulation	n		26
abase	v	37		60
abasement	n		26,4		37:60
abash	v	37		60
abashed	a
abashment	n		12		37:60
abasia	n		26
abasic	a
abatable	a
abate	v	30,30		c0
abatement	n		11,4		30:80
abatic	a
abaxial	a
abbatial	a
abbreviate	v	30,30		40
abbreviated	a
abbreviation	n		10,4		30:40
abc	n		9
abc's	n		9
abcs	n		9
abdias	n		18,10
abdicable	a
abdicate	v	41		80
abdication	n		10,10		41:80
abdominal	an		8
abdominocentesis	n		4
abdominoplasty	n		4
abdominous	a
abdominousness	n		7
abdominovesical	a
abduce	v	32		40
abducent	an		8
abduct	v	35,35		a0
abducting	a
abduction	n		4,4		35:20
abecedarian	an		18,14
abecedarius	n		10
aberdonian	a
aberrance	n		26		42:80
aberrancy	n		26
aberrant	an		18		42:80
aberrate	v	42,42		80
aberration	n		26,26		42:80
abet	v	41		20
abetalipoproteinemia	n		26
abetment	n		10		41:20
abettal	n		10		41:20
abeyance	n		26
abeyant	a
abhor	v	37		60
abhorrence	n		12		37:60
abhorrent	a
abidance	n		4,4		42:80
abide	v	42,31		e0
abiding	a
abient	a
ability	n		7,9
abiogenesis	n		19
abiogenetic	a
abiotrophy	n		11
abject	a
abjection	n		26
abjuration	n		10		32:c0
abjure	v	32		c0
abkhasian	n		18,10
abkhaz	an		18,15
abkhazian	an		18,10
ablactate	v	34		20
ablactation	n		22,4
ablate	v	30,30		40
ablated	a
ablation	n		4,22		30:40
ablative	an		10
ablaut	n		10
ablaze	a
able	a
able-bodied	a
able-bodiedism	n		4
able-bodism	n		4
ableism	n		4
ablepharia	n		26
ablism	n		4
abloom	a
abls	n		10
ablution	n		4
ablutionary	a
abnaki	an		18,10
abnegate	v	40,33		60
abnegation	n		10,4		32:60
abnormal	a
abnormalcy	n		26
abnormality	n		26,9
abocclusion	n		26
abolish	v	41		40
abolishable	a
abolishment	n		4		41:40
abolition	n		4		41:40
abolitionary	a
abolitionism	n		9
abomasal	a
abominable	a
abominate	v	37		60
abomination	n		18,12		37:60
abor	n		10
aboral	a
aboriginal	an		18,18
abort	nv	30,29	4	c0
aborticide	n		6,4
abortifacient	an		6
abortion	n		4,11		29:80
abortive	a
aboulia	n		26
aboulic	a
abound	v	42,42		c0
abounding	a
about	a
about-face	nv	38,31	4,4	80	38:80
above	an		10
above-mentioned	a
above-named	a
aboveboard	a
aboveground	a
abracadabra	n		10
abrachia	n		26
abrade	v	35,35		40
abranchial	a
abranchiate	a
abranchious	a
abrase	v	35		40
abrasion	n		26,22		35:40
abrasive	an		27
abrasiveness	n		7,7
abreact	v	37		80
abreaction	n		4		37:80
abreast	a
abridge	v	30,30		40
abridged	a
abridgement	n		10		30:40
abridgment	n		10
abroach	a
abroad	a
abrogate	v	41		40
abrogation	n		4		41:40
abrupt	a
abruption	n		4
abruptly-pinnate	a
abruptness	n		7,7
abscess	n		26
abscessed	a
abscise	v	35,35		c0
abscissa	n		9
abscission	n		22,4		35:40
abscond	v	38		80
abscondment	n		4		38:80
abseil	nv	38	4	80
absence	n		26,4		30:20
absent	av	30		20
absenteeism	n		4
absentminded	a
absentmindedness	n		9
absolute	an		9
absoluteness	n		7,7
absolution	n		26,4		32:20
absolutism	n		26,14
absolutist	an		18
absolutistic	a
absolve	v	32,32		20
absolved	a
absolvitory	a
absorb	v	35,31		c0
absorbable	a
absorbance	n		7
absorbed	a
absorbefacient	a
absorbency	n		7
absorbent	an		27		35:80
absorbing	a
absorption	n		22,22		35:40
absorptive	a
absorptivity	n		7
absquatulate	v	38		80
abstain	v	41,34		88
abstemious	a
abstemiousness	n		7,7
abstention	n		7		34:88
abstentious	a
abstinence	n		7,4		34:88
abstinent	an		18		34:88
abstract	anv	31,40	9,10	40	31:80
abstracted	a
abstractedness	n		9
abstraction	n		9,4		31:40
abstractionism	n		6,9
abstractionist	an		18
abstractive	a
abstractness	n		7
abstruse	a
abstruseness	n		7,9
abstrusity	n		9
absurd	an		26
absurdity	n		10,7
absurdness	n		10
abulia	n		26
abulic	a
abundance	n		7,24		42:80
abundant	a
abuse	nv	41,30	4,10	60	41:60
abused	a
abusive	a
abut	v	35		40
abuzz	a
aby	v	41		40
abye	v	41		40
abysmal	a
abyssal	a
ac	n		27,19
academic	an		18
academicianship	n		4
academicism	n		7
academism	n		7
acanthocytosis	n		26
acanthoid	a
acantholysis	n		26
acanthoma	n		26
acanthosis	n		26
acanthotic	a
acanthous	a
acapnia	n		26
acapnial	a
acapnic	a
acapnotic	a
acardia	n		26
acariasis	n		26
acaridiasis	n		26
acariosis	n		26
acarophobia	n		26
acarpellous	a
acarpelous	a
acarpous	a
acatalectic	an		10
acataphasia	n		26
acathexia	n		26
acaudal	a
acaudate	a
acaulescent	a
accede	v	32,41		80
accelerando	an		28
accelerate	v	30,30		e0
accelerated	a
acceleration	n		7,4		30:60
accelerative	a
acceleratory	a
accent	nv	32,32	10,26	44	32:40
accented	a
accenting	n		4
accentual	a
accentuate	v	32,32		44
accentuation	n		10,4		32:40
accept	v	31,40		64
acceptability	n		7
acceptable	a
acceptableness	n		7
acceptance	n		9,4		31:44
acceptant	a
acceptation	n		26,10		40:40
accepted	a
accepting	a
acceptive	a
access	nv	40,38	7,7	40
accessary	an		18
accessibility	n		7,7
accessible	a
accession	nv	32	22,21	40
accessional	a
accessorial	a
accessory	an		6,6
acciaccatura	n		10
accidence	n		9
accident	n		11,11
accident-prone	a
accidental	an		10
accipitrine	a
acclaim	nv	32,32	10	e0	32:e0
acclamation	n		10		32:60
acclimate	v	30		80
acclimation	n		22		30:80
acclimatisation	n		22		30:80
acclimatise	v	30		80
acclimatization	n		22		30:80
acclimatize	v	30		80
acclivitous	a
accolade	n		10
accommodate	v	42,30		40
accommodating	a
accommodation	n		11,10		42:40
accommodational	a
accommodative	a
accompanied	a
accompaniment	n		11,10		42:40
accompany	v	42,38		60
accompanying	a
accomplish	v	36,41		44
accomplishable	a
accomplished	a
accomplishment	n		4,9		41:44
accord	nv	42,40	26,10	e0
accordance	n		10,4		40:60
accordant	a
according	a
accost	v	32,32		a0
accouchement	n		22
account	nv	42,40	10,10	c0
accountability	n		7
accountable	a
accountancy	n		4
accountantship	n		4
accounting	n		10,9		40:80
accouter	v	40		60
accoutered	a
accoutre	v	40		60
accoutred	a
accredit	v	41,41		60
accreditation	n		4		41:60
accredited	a
accrete	v	30,30		c0
accretion	n		22,23		30:40
accretionary	a
accretive	a
accrual	n		4		40:40
accrue	v	30,40		c0
accrued	a
accruement	n		4		30:80
acculturate	v	30		80
acculturation	n		4,9		30:80
acculturational	a
acculturative	a
accumbent	a
accumulate	v	40,30		c0
accumulated	a
accumulation	n		22,14		40:40
accumulative	a
accuracy	n		7,7
accurate	a
accurse	v	32		60
accursed	a
accurst	a
accusal	n		10		32:20
accusation	n		10,10		32:20
accusative	an		10
accusatorial	a
accusatory	a
accuse	v	32,32		20
accusing	a
accusive	a
accustom	v	30		20
accustomed	a
ace	anv	41,33	23,6	60
acedia	n		4
acellular	a
acentric	a
acephalia	n		26
acephalism	n		26
acephalous	a
acephaly	n		26
acerate	a
acerb	a
acerbate	v	37,30		40
acerbic	a
acerbity	n		7,7		30:40
acerose	a
acervate	a
acetabular	a
acetic	a
acetify	v	39,30		c0
acetonemia	n		26
acetonic	a
acetonuria	n		26
acetose	a
acetous	a
acetylate	v	30,30		c0
acetylation	n		22		30:80
acetylenic	a
acetylic	a
acetylise	v	30,30		c0
acetylize	v	30,30		c0
achaean	an		18,14
ache	nv	39,37	26	80	39:80
achenial	a
acheronian	a
acherontic	a
achievability	n		26
achievable	a
achieve	v	41		44
achievement	n		4		41:44
aching	an		26		39:80
achlamydeous	a
achlorhydria	n		26
achlorhydric	a
acholia	n		26
achondritic	a
achondroplasia	n		26
achondroplastic	a
achondroplasty	n		26
achromasia	n		7
achromatic	a
achromaticity	n		7
achromatinic	a
achromatise	v	30		40
achromatism	n		7
achromatize	v	30		40
achromatous	a
achromia	n		7
achromic	a
achromous	a
achy	a
achylia	n		26
acicular	a
aciculate	a
acid	an		27,6		39:c0
acid-fast	a
acid-forming	a
acid-loving	a
acid-tasting	a
acid-wash	v	35		40
acidemia	n		26
acidic	a
acidification	n		22		30:c0
acidify	v	39,30		c0
acidimetric	a
acidimetry	n		4
acidity	n		7,9
acidophilic	a
acidophilous	a
acidosis	n		26
acidotic	a
acidulate	v	39		c0
acidulent	a
acidulous	a
acidulousness	n		9
aciduric	a
acinar	a
acinic	a
acinose	a
acinous	a
acknowledge	v	32,32		44
acknowledgeable	a
acknowledged	a
acknowledgement	n		26,10
acknowledgment	n		26,10		32:44
acme	n		26,15
acne	n		26
acned	a
acneiform	a
acold	a
acorea	n		26
acorn-shaped	a
acousma	n		26
acoustic	an		6
acoustical	a
acousticophobia	n		26
acoustics	n		9
acquaint	v	32,32		21
acquaintance	n		9,26		32:21
acquaintanceship	n		26
acquainted	a
acquiesce	v	32		80
acquiescence	n		26,10		32:80
acquiescent	a
acquirable	a
acquire	v	40,30		60
acquired	a
acquirement	n		9
acquiring	n		4		40:60
acquisition	n		4,21		40:60
acquisitive	a
acquisitiveness	n		7
acquit	v	32,41		20
acquittal	n		4		32:20
acquittance	n		10
acquitted	a
acreage	n		7
acres	n		21
acrid	a
acridity	n		9,7
acridness	n		7,7
acrimonious	a
acrimony	n		7
acritical	a
acroanaesthesia	n		26
acroanesthesia	n		26
acrobatic	a
acrobatics	n		4,4
acrocarpous	a
acrocentric	a
acrocephaly	n		26
acrocyanosis	n		26
acrogenic	a
acrogenous	a
acromegalia	n		26
acromegalic	a
acromegaly	n		26
acromicria	n		26
acromikria	n		26
acromphalus	n		26
acromyotonia	n		26
acronym	n		10
acronymic	a
acronymous	a
acropetal	a
acrophobia	n		26
acrophobic	a
acrophony	n		10
acroscopic	a
across-the-board	a
acrostic	n		10,10
act	nv	41,29	10,3	90	36:61
actable	a
actinal	a
acting	an		4		42:10
actinic	a
actinism	n		7
actinoid	an		27
actinometric	a
actinometrical	a
actinometry	n		4
actinomorphic	a
actinomorphous	a
actinomycetal	a
actinomycetous	a
actinomycosis	n		26
actinomycotic	a
actinotherapy	n		4
action	nv	41,36	4,26	60	41:80
actionable	a
actium	n		15,4
activate	v	36,30		40
activated	a
activating	an		4
activation	n		22,4		30:40
active	an		27,24
activeness	n		26,7
activism	n		9
activist	an		18
activistic	a
activity	n		4,26
acts	n		10
actual	a
actualisation	n		4		36:40
actualise	v	36,32		40
actuality	n		26
actualization	n		4		36:40
actualize	v	36,32		40
actuarial	a
actuate	v	36,36		61
actuated	a
actuating	a
actuation	n		4		36:40
acuate	a
acuity	n		9,9
aculeate	a
aculeated	a
acumen	n		20,9		30:40
acuminate	av	30		40
acupressure	n		4
acupuncture	n		4
acute	an		10
acuteness	n		9,9
acyclic	a
acylation	n		22
ad	n		10
ad-lib	anv	36	10	c0	36:c0
ada-scid	n		26
adactylia	n		26
adactylism	n		26
adactylous	a
adactyly	n		26
adage	n		10
adagio	an		10,4
adamance	n		7
adamant	an		27
adamantine	a
adapt	v	30,30		c0
adaptability	n		7
adaptable	a
adaptation	n		10,22		30:80
adaptational	a
adaptative	a
adapted	a
adaption	n		22		30:80
adaptive	a
adaxial	a
add	nv	30,32	26	64
addable	a
addendum	n		10
addible	a
addict	nv	34	18,18	20	34:20
addicted	a
addiction	n		26,12		34:20
addictive	a
addition	n		6,4		40:c0
additional	a
additive	an		6
addle	v	31,30		c0
addlebrained	a
addled	a
addlepated	a
address	nv	32,32	10,15	20	40:40
addressable	a
addressed	a
adduce	v	32		40
adducent	a
adducing	n		10
adduct	nv	35	27	80
adducting	a
adduction	n		4		35:80
adductive	a
adenitis	n		26
adenocarcinoma	n		26
adenocarcinomatous	a
adenoid	an		8
adenoidal	a
adenoidectomy	n		4
adenoma	n		26
adenomegaly	n		26
adenomyosarcoma	n		26
adenomyosis	n		26
adenopathy	n		26
adenosis	n		26
adept	an		18
adeptness	n		9
adequacy	n		7,7
adequate	a
adequateness	n		7
adhd	n		26
adhere	v	42,30		c0
adherence	n		4,7
adherent	an		18		42:80
adhesion	n		26,8
adhesive	an		27
adhesiveness	n		7
adiabatic	a
adient	a
adieu	n		10
adios	n		10
adipose	a
adiposeness	n		7
adiposis	n		7
adiposity	n		7
adjacency	n		7
adjacent	a
adjectival	a
adjective	an		10,10
adjoin	v	35,35		40
adjourn	v	30,41		c0
adjournment	n		4,4		30:c0
adjudge	v	32		30
adjudicate	v	41,31		60
adjudication	n		4
adjudicative	a
adjudicatory	a
adjunct	an		17,18
adjunction	n		4		35:40
adjunctive	a
adjuration	n		10		32:1
adjuratory	a
adjure	v	32,32		21
adjust	v	30,30		40
adjustable	a
adjusted	a
adjustive	a
adjustment	n		11,4		30:80
adjuvant	an		6
admeasure	v	40		40
administer	v	41,40		c0
administrable	a
administrate	v	41		c0
administration	n		4,14		41:c0
administrative	a
administrivia	n		4
admirability	n		7
admirable	a
admirableness	n		7
admiralty	n		14,4
admiration	n		12,12		37:60
admire	v	37,39		60
admired	a
admissibility	n		7
admissible	a
admission	n		4,10		41:60
admissive	a
admit	v	32,41		64
admittable	a
admittance	n		7,4		41:20
admittible	a
admix	v	30		40
admixture	n		26,6		30:40
admonish	v	32,32		e0
admonishing	a
admonishment	n		10		32:20
admonition	n		10,10		32:a0
admonitory	a
adnate	a
adnexal	a
adnoun	n		10
ado	n		4
adolesce	v	30		80
adolescence	n		28,26		30:80
adolescent	an		18		30:80
adonic	an		10
adopt	v	40,40		40
adoptable	a
adopted	a
adoption	n		4,4		40:40
adoptive	a
adorability	n		7
adorable	a
adorableness	n		7
adoration	n		12,4
adore	v	37		63
adored	a
adoring	a
adorn	v	36,42		40
adorned	a
adornment	n		6,4		42:40
adoxography	n		4
adp	n		27,22
adpressed	a
adrenal	an		8
adrenalectomy	n		4
adrenarche	n		11
adrenergic	an		6
adrenocortical	a
adrenocorticotrophic	a
adrenocorticotropic	a
adrift	a
adroit	a
adroitness	n		9
adscititious	a
adscript	a
adscripted	a
adsorb	v	35		40
adsorbable	a
adsorbate	an		27
adsorbent	an		27		35:40
adsorption	n		22		35:40
adsorptive	a
adulate	v	32		60
adulation	n		10
adulatory	a
adult	an		18,5
adulterant	an		27		30:40
adulterate	av	30		40
adulterated	a
adulterating	a
adulteration	n		26,4
adulterine	a
adulterous	a
adultery	n		4
adulthood	n		28,26
adumbrate	v	32,32		44
adumbration	n		9,6
adumbrative	a
adust	a
advance	anv	38,32	11,11	c0	38:80
advanced	a
advancement	n		10,4		41:20
advancing	a
advantage	nv	41	7,23	60	41:60
advantageous	a
advantageousness	n		7
advect	v	38		40
advection	n		22		38:40
advective	a
advent	n		4,28
adventism	n		9
adventitial	a
adventitious	a
adventive	a
adventure	nv	41,41	4	44	41:40
adventuresome	a
adventurism	n		7
adventuristic	a
adventurous	a
adventurousness	n		7
adverb	n		10,10
adverbial	an		10
adversative	a
adverse	a
adversity	n		26,11
advert	nv	39,32	10	80
advertence	n		9		39:80
advertency	n		9		39:80
advertent	a
advertise	v	32,32		44
advertised	a
advertisement	n		10		32:40
advertising	n		10,4		32:40
advertize	v	32,32		40
advertizement	n		10		32:40
advertizing	n		10
advertorial	n		10
advice	n		10
advisability	n		7
advisable	a
advise	v	32,32		65
advised	a
advisement	n		9		32:21
advisory	an		10		32:21
advocacy	n		4		32:5
advocate	nv	32,32	18,18	45	32:5
advowson	n		7
adynamia	n		7
adynamic	a
aecial	a
aegean	an		17
aegir	n		11
aegis	n		4,6
aegospotami	n		17,4
aegospotamos	n		17,4
aeneid	n		10
aeolian	an		18,14
aeolic	n		10
aeolotropic	a
aeonian	a
aerate	v	39,30		40
aerated	a
aeration	n		22,4		39:40
aerial	an		4,6
aeriferous	a
aeriform	a
aerify	v	30		c0
aerobatics	n		4
aerobic	a
aerobics	n		4
aerobiosis	n		19
aerobiotic	a
aerodontalgia	n		26
aerodynamic	a
aerodynamics	n		9
aeroembolism	n		26,26
aerogram	n		10
aerogramme	n		10
aerolitic	a
aerological	a
aerology	n		9
aeromechanic	a
aeromechanics	n		9
aeromedical	a
aeromedicine	n		9
aeronautic	a
aeronautical	a
aeronautics	n		9
aerophagia	n		4
aerophilatelic	a
aerophilately	n		4
aerophilic	a
aerophilous	a
aerosol	n		19,6		35:80
aerosolise	v	35,35		c0
aerosolised	a
aerosolize	v	35,35		c0
aerosolized	a
aery	an		17,15
aeschylean	a
aesculapian	a
aesthesia	n		9
aesthesis	n		9
aesthetic	an		9
aesthetical	a
aesthetics	n		9
aestival	a
aestivate	v	29		80
aestivation	n		26,14		29:80
aether	n		18,10
aetiologic	a
aetiological	a
aetiology	n		11,9
afeard	a
afeared	a
afebrile	a
affability	n		7
affable	a
affableness	n		7
affair	n		9,26
affaire	n		26
affairs	n		9,4
affect	nv	30,29	12	60	37:40
affectation	n		4
affected	a
affectedness	n		7,4
affecting	a
affection	n		12
affectional	a
affectionate	a
affectionateness	n		12,7
affective	a
afferent	an		8
affiance	v	32		20
affidavit	n		10
affiliate	nv	41,41	18,14	80	41:80
affiliated	a
affiliation	n		26,4		41:80
affinal	a
affine	an		18
affined	a
affinity	n		19,24
affirm	v	31,32		44
affirmable	a
affirmation	n		10,10		32:44
affirmative	an		10
affirmativeness	n		7
affirmatory	a
affix	nv	35,35	10	40	35:40
affixal	a
affixation	n		9,4		35:40
affixed	a
affixial	a
afflatus	n		9
afflict	v	37,30		40
afflicted	a
affliction	n		26,26		37:40
afflictive	a
affluence	n		26
affluent	an		18,17
afford	v	34,40		40
affordable	a
afforest	v	35		40
afforestation	n		4		35:40
affranchise	v	41		20
affray	n		10,4
affricate	n		10
affrication	n		10
affricative	n		10
affright	nv	37	12	60	37:60
affront	nv	32	4	60	32:60
affusion	n		4
afghan	an		6,18
afghani	an		23,10
afghanistani	an		18
afibrinogenemia	n		26
afire	a
aflame	a
aflare	a
aflicker	a
afloat	a
aflutter	a
afoot	a
aforementioned	a
aforesaid	a
aforethought	a
afoul	a
afraid	a
afrasian	n		10
african	an		18
african-american	an		18
afrikaans	an		10
afrikaner	an		18
afro-american	an		18
afro-asian	a
afro-asiatic	n		10
afroasiatic	n		10
aft	a
after	a
after-hours	a
after-school	a
aftercare	n		4
aftereffect	n		19,26
afterglow	n		19,12
afterimage	n		9
aftermath	n		19,11
aftermost	a
afternoon	n		28,10
afterpains	n		26
afterpiece	n		10
aftersensation	n		9
aftershafted	a
aftershock	n		11
aftertaste	n		9
afterthought	n		9,6
afterworld	n		9
aga	n		10
agalactia	n		26
agalactosis	n		26
agamic	a
agammaglobulinemia	n		26
agamogenesis	n		22
agamogenetic	a
agamous	a
agape	an		12,12
agaze	a
age	nv	30,30	7,28	80
age-old	a
age-related	a
aged	an		14
agedness	n		7
ageing	an		22,22
ageism	n		4
ageless	a
agelessness	n		7
agelong	a
agenda	n		9,10
agendum	n		10
agenesia	n		22
agenesis	n		22
agenise	v	30		40
agenize	v	30		40
agential	a
agerasia	n		7
aggeus	n		18,10
agglomerate	anv	35	27,14	c0	35:c0
agglomerated	a
agglomeration	n		14,4
agglomerative	a
agglutinate	av	35,35		80
agglutination	n		22,22		35:80
agglutinative	a
aggrade	v	35		40
aggrandise	v	32		40
aggrandisement	n		4		32:40
aggrandize	v	32		40
aggrandizement	n		4		32:40
aggravate	v	30,37		60
aggravated	a
aggravating	a
aggravation	n		12,4		37:60
aggregate	anv	42,35	6,27	40	42:40
aggregated	a
aggregation	n		14,4
aggregative	a
aggress	v	33		80
aggression	n		7,12
aggressive	a
aggressiveness	n		7,12
aggrieve	v	41,37		60
aggro	n		4
aggroup	v	33		40
agha	n		10
aghast	a
agile	a
agility	n		7
agincourt	n		4
aging	an		22,22
agio	n		21
agiotage	n		21
agism	n		4
agitate	v	41,37		e0
agitated	a
agitating	a
agitation	n		26,26
agitative	a
agitprop	n		10
agleam	a
aglitter	a
aglow	a
agnate	an		18
agnatic	a
agnise	v	31		44
agnize	v	31		44
agnomen	n		10
agnosia	n		26
agnostic	an		18,18
agnostical	a
agnosticism	n		9,9
ago	a
agog	a
agon	n		4
agonadal	a
agonal	a
agone	a
agonise	v	37,37		c0
agonised	a
agonising	a
agonistic	a
agonistical	a
agonize	v	37,37		c0
agonized	a
agonizing	a
agony	n		12,26		37:40
agoraphobia	n		26
agoraphobic	a
agranulocytic	a
agranulocytosis	n		26
agranulosis	n		26
agrapha	n		10
agraphia	n		26
agraphic	a
agrarian	a
agree	v	32,32		85
agreeability	n		7
agreeable	a
agreeableness	n		7,7
agreed	a
agreement	n		10,7		32:81
agrestic	a
agribusiness	n		4
agricultural	a
agriculture	n		4,4
agrobiologic	a
agrobiological	a
agrobiology	n		9
agrologic	a
agrological	a
agrology	n		9
agronomic	a
agronomical	a
agronomy	n		9
aground	a
agrypnia	n		4
agrypnotic	a
ague	n		26,26
aguish	a
ahead	a
ahem	n		10
ahimsa	n		10
ahistorical	a
ahorse	a
ahorseback	a
ai	n		14,9
aid	nv	41,29	7,4	e0	41:e0
aide-memoire	n		10
aided	a
aids	n		26
aikido	n		4
ail	nv	29,29	13	c0
ailing	a
ailment	n		26		29:40
ailurophobia	n		26
aim	nv	33,31	9,9	c1	31:1
aimless	a
aimlessness	n		7
ain	a
air	nv	39,32	27,15	c0	39:40
air-breathing	a
air-condition	v	40,40		40
air-conditioned	a
air-cool	v	40		40
air-cooled	a
air-dried	a
air-drop	v	35		40
air-dry	a
air-filled	a
air-freight	v	38		40
air-ship	v	38		40
air-slake	v	30		40
air-sleeve	n		10
air-tight	a
air-to-air	a
air-to-ground	a
air-to-surface	a
airborne	a
airbrush	nv	35	6	40	35:40
airburst	n		11
airdrop	n		4
aired	a
airfare	n		21
airflow	n		11
airfreight	v	38		40
airheaded	a
airiness	n		7,7
airing	n		10,4
airless	a
airlift	nv	35	4	60	35:60
airlike	a
airmail	nv	32	10,10	60	32:60
airmanship	n		9
airpost	n		10
airs	n		7
airsick	a
airsickness	n		26
airstream	n		19,19
airt	v	38		60
airtight	a
airwave	n		10
airworthiness	n		26
airworthy	a
airy	a
ajar	a
akan	n		10
akha	n		10
akimbo	a
akin	a
akinesia	n		26
akinesis	n		26
akkadian	n		10
aku	n		10
al-qur'an	n		10
alabaster	an		27,27
alabastrine	a
alacritous	a
alacrity	n		7
alalia	n		26
alamo	n		4
alar	an		27
alarm	nv	37,32	12,6	60	37:60
alarmed	a
alarming	a
alarmism	n		10
alarum	n		10
alary	a
alaskan	an		18
alastrim	n		26
alate	a
alated	a
albanian	an		18,10
albatross	n		9,5
albescent	a
albigensian	a
albigensianism	n		9
albinal	a
albinic	a
albinism	n		26
albinistic	a
albinotic	a
albitic	a
album	n		10,6
albuminous	a
albuminuria	n		26
albuminuric	a
alcaic	n		10
alcalescent	a
alcaptonuria	n		26
alchemic	a
alchemical	a
alchemise	v	30		40
alchemistic	a
alchemistical	a
alchemize	v	30		40
alchemy	n		24,9		30:40
alcohol-dependent	a
alcohol-soluble	a
alcoholic	an		18
alcoholise	v	30,30		40
alcoholism	n		26,16
alcoholize	v	34,30		60
aldehydic	a
aldermanic	a
aldermanly	a
aldosteronism	n		26
aleatory	a
aleph	n		10
alert	anv	32	26,10	60	32:60
alerting	n		26,10
alertness	n		9,26
aleuronic	a
aleutian	an		18
alexandrian	an		18
alexandrine	n		10
alexia	n		26
alexic	an		18
alfresco	a
algal	a
algebra	n		9
algebraic	a
algebraical	a
algerian	an		18
algid	a
algidity	n		26
algoid	a
algol	n		17,10
algolagnia	n		12
algolagnic	a
algology	n		9
algometric	a
algometrical	a
algometry	n		4
algonkian	an		18,10
algonkin	n		18,10
algonquian	an		18,10
algonquin	an		18,10
algophilia	n		12
algophobia	n		26
algophobic	a
algorism	n		10,9
algorithm	n		9
algorithmic	a
alias	n		10
alibi	nv	32	10,10	60	32:60
alien	anv	40,37	18,18	60
alienable	a
alienage	n		7
alienate	v	37,40		60
alienated	a
alienating	a
alienation	n		12,26
alienism	n		9,7
aliform	a
alight	av	38,38		80
align	v	30,42		c0
aligned	a
aligning	a
alignment	n		14,7		31:20
alike	a
alikeness	n		7
aliment	nv	34	13	40	34:40
alimental	a
alimentary	a
alimentation	n		13,4		34:40
alimentative	a
alimony	n		21
aline	v	30		40
aliphatic	a
aliquot	an		23
alive	a
aliveness	n		26,7
aliyah	n		10,4
alkahestic	a
alkalemia	n		26
alkalescent	a
alkalic	a
alkalify	v	30		c0
alkalimetry	n		4
alkaline	a
alkaline-loving	a
alkalinise	v	30,30		c0
alkalinity	n		7
alkalinize	v	30,30		c0
alkalinuria	n		26
alkalise	v	30		c0
alkalize	v	30		c0
alkaloidal	a
alkalosis	n		26
alkalotic	a
alkaluria	n		26
alkaptonuria	n		26
alkylic	a
all	a
all-around	a
all-devouring	a
all-embracing	a
all-encompassing	a
all-fired	a
all-important	a
all-inclusive	a
all-knowing	a
all-mains	a
all-metal	a
all-night	a
all-or-none	a
all-or-nothing	a
all-out	a
all-powerful	a
all-purpose	a
all-round	a
all-time	a
all-victorious	a
all-weather	a
allantoic	a
allantoid	a
allargando	a
allay	v	37,34		40
allegation	n		10,10
allege	v	32		44
alleged	a
allegement	n		10		32:44
allegiance	n		4,7
allegiant	a
allegoric	a
allegorical	a
allegorise	v	31,30		40
allegorize	v	31,30		40
allegory	n		10,10		31:40
allegretto	an		28,10
allegro	an		28,10
allelic	a
allelomorphic	a
allergenic	a
allergic	a
allergology	n		9
allergy	n		26
alleviate	v	29,30		40
alleviated	a
alleviation	n		12,4		29:40
alleviative	a
alleviatory	a
alliaceous	a
alliance	n		26,24
allied	a
alligator	nv	30	27,5	80	30:80
alligatored	a
alliterate	v	36		80
alliteration	n		10		36:80
alliterative	a
allocable	a
allocatable	a
allocate	v	40		40
allocation	n		21,4		40:40
allochronic	a
allochthonous	a
allocution	n		10
allogamous	a
allogamy	n		11
allogeneic	a
allograph	n		10,10
allographic	a
allomerism	n		11
allomerous	a
allometric	a
allometry	n		9
allomorph	n		27,10
allomorphic	a
allopathic	a
allopathy	n		4
allopatric	a
allopatry	n		26
allophone	n		10
allophonic	a
allot	v	40,40		60
allotment	n		21,4		40:40
allotropic	a
allotropical	a
allotropism	n		19
allotropy	n		19
allotted	a
allover	a
allow	v	41,32		43
allowable	a
allowance	nv	40	21,21	20	40:20
alloy	nv	30,30	27,26	40	30:40
alloyed	a
allude	v	32		80
allure	nv	32	7	61	32:61
allurement	n		9,7		32:61
alluring	a
allusion	n		10		32:80
allusive	a
allusiveness	n		7
alluvial	a
alluviation	n		19
alluvion	n		22,19
ally	nv	41	14,18	20	41:20
allylic	a
almanac	n		10,10
almighty	an		18
almond-eyed	a
almond-scented	a
almond-shaped	a
alms	n		4
alms-giving	n		4
almsgiving	n		4
aloha	n		10
alone	a
aloneness	n		7
aloof	a
aloofness	n		12,7
alopecia	n		26
alopecic	a
alpestrine	a
alpha	an		10,11
alphabet	n		10,9		40:60
alphabetic	a
alphabetical	a
alphabetisation	n		4
alphabetise	v	30		40
alphabetised	a
alphabetization	n		4		30:40
alphabetize	v	30,40		60
alphabetized	a
alphameric	a
alphamerical	a
alphanumeric	a
alphanumerical	a
alphanumerics	n		10
alpine	a
alpinism	n		4
alright	a
als	n		26
alsatian	an		18,5
altaic	an		18,10
alter	v	30,30		e0
alterability	n		7
alterable	a
alteration	n		11,4		30:60
alterative	a
altercate	v	32		80
altercation	n		10
altered	a
altering	n		4
alternate	anv	30,41	18	a0	41:20
alternating	a
alternation	n		4		30:80
alternative	an		9
altissimo	a
altitude	n		7,25
altitudinal	a
altitudinous	a
alto	an		18,10
altogether	n		26
altricial	a
altruism	n		7
altruistic	a
alular	a
aluminiferous	a
aluminise	v	35		40
aluminize	v	35		40
aluminous	a
alveolar	an		10
alveolate	a
alveolitis	n		26,26
alvine	a
alzheimer's	n		26
alzheimers	n		26
am	n		27,10
amalgamate	av	35		c0
amalgamated	a
amalgamation	n		4
amalgamative	a
amaranthine	a
amass	v	30,40		c0
amastia	n		26
amateur	an		18,18
amateurish	a
amateurishness	n		9
amateurism	n		9
amative	a
amativeness	n		12
amatory	a
amaurosis	n		26
amaurotic	a
amaze	v	31,31		60
amazed	a
amazement	n		12		31:60
amazing	a
ambage	n		10
ambages	n		4
ambagious	a
ambassadorial	a
ambassadorship	n		4
amber	an		7,27
amber-green	a
ambiance	n		26,15
ambidexterity	n		7
ambidextrous	a
ambidextrousness	n		7
ambience	n		26,15
ambient	a
ambiguity	n		10,7
ambiguous	a
ambit	n		7
ambition	nv	37	12,7	1	37:1
ambitionless	a
ambitious	a
ambitiousness	n		7
ambivalence	n		12
ambivalency	n		12
ambivalent	a
ambiversion	n		7
ambiversive	a
amble	nv	38	4	80	38:80
amblyopia	n		26
amblyopic	a
ambrosial	a
ambrosian	a
ambulacral	a
ambulant	a
ambulate	v	38		80
ambulation	n		4		38:80
ambulatory	an		6
ambuscade	nv	33	4	20	33:20
ambush	nv	33,33	4	e0	33:c0
amd	n		26
ameban	a
amebiasis	n		26
amebic	a
amebiosis	n		26
ameboid	a
amebous	a
amelia	n		26
ameliorate	v	30,30		c0
ameliorating	a
amelioration	n		4		30:40
ameliorative	a
amelioratory	a
amelogenesis	n		22
amenability	n		7
amenable	a
amenableness	n		7
amend	v	32,30		40
amendable	a
amendatory	a
amended	a
amendment	n		4,10		32:40
amends	n		21,4
amenia	n		26
amenities	n		21
amenity	n		7
amenorrhea	n		26
amenorrheal	a
amenorrheic	a
amenorrhoea	n		26
amenorrhoeal	a
amenorrhoeic	a
amentaceous	a
amentia	n		9
amentiferous	a
amerce	v	41,41		20
amercement	n		21		41:20
amerciable	a
american	an		18,10		30:60
americanisation	n		22		30:60
americanise	v	30,30		e0
americanism	n		7,10
americanization	n		22		30:60
americanize	v	30,30		e0
amerind	an		10
amerindic	a
ametabolic	a
ametabolous	a
amethyst	an		27
amethystine	a
ametria	n		26
ametropia	n		26
ametropic	a
amharic	an		10
amiability	n		12,7
amiable	a
amiableness	n		7
amicability	n		12,7
amicable	a
amicableness	n		12,7
amidship	a
aminic	a
amino	an		27
aminoaciduria	n		26
amiss	a
amitosis	n		22
amitotic	a
amity	n		7,26
ammino	a
ammoniac	an		27
ammoniacal	a
ammoniate	v	30		40
ammoniated	a
ammonification	n		22		30:40
ammonify	v	30		40
ammonitic	a
ammoniuria	n		26
amnesia	n		9
amnesiac	an		18
amnesic	an		18
amnestic	a
amnesty	nv	32	26,10	20	32:20
amnic	a
amnio	n		4
amniocentesis	n		4
amnionic	a
amniotic	a
amoeban	a
amoebiasis	n		26
amoebic	a
amoebiosis	n		26
amoeboid	a
amoebous	a
amok	a
amoralism	n		9
amorality	n		7
amoristic	a
amorous	a
amorousness	n		12,12
amorphous	a
amort	a
amortisation	n		4,4		40:40
amortise	v	40		40
amortization	n		4,4		40:40
amortize	v	40		40
amos	n		18,10
amount	nv	42,42	21,7	40
amour	n		26
amoy	n		10
amperage	n		19
ampersand	n		10
amphibian	an		6,6
amphibiotic	a
amphibious	a
amphibology	n		10
amphiboly	n		10
amphibrach	n		10
amphidiploidy	n		26
amphigory	n		10
amphimixis	n		22,11
amphiprostylar	a
amphiprostyle	a
amphiprotic	a
amphistylar	a
amphitheatric	a
amphitheatrical	a
amphitropous	a
amphoric	a
amphoteric	a
ample	a
ampleness	n		7,7
amplification	n		4,7
amplify	v	30,32		c0
amplitude	n		11,7
ampullar	a
ampullary	a
amputate	v	35		40
amputation	n		26,4		35:40
amuck	a
amusd	n		10
amuse	v	41,32		60
amused	a
amusement	n		12,4		32:60
amusing	a
amusive	a
amygdaliform	a
amygdaline	a
amygdaloid	an		27
amygdaloidal	a
amygdalotomy	n		4
amylaceous	a
amyloid	an		27,27
amyloidal	a
amyloidosis	n		26
amylolysis	n		22
amylolytic	a
amyotonia	n		26
amyotrophia	n		26
amyotrophy	n		26
amyxia	n		26
an	n		10
anabaptism	n		9
anabatic	a
anabiosis	n		26
anabiotic	a
anabolic	a
anabolism	n		22
anachronic	a
anachronistic	a
anachronous	a
anaclinal	a
anaclisis	n		26
anaclitic	a
anacoluthia	n		10
anacoluthic	a
anacoluthon	n		10
anadiplosis	n		10
anadromous	a
anaemia	n		26,26
anaemic	a
anaerobic	a
anaerobiotic	a
anaesthesia	n		26
anaesthetic	an		6		29:60
anaesthetise	v	29		60
anaesthetize	v	29		60
anaglyphic	a
anaglyphical	a
anaglyphy	n		22
anaglyptic	a
anaglyptical	a
anagoge	n		9
anagogic	a
anagogical	a
anagram	nv	31	10	80	31:80
anagrammatic	a
anagrammatical	a
anagrammatise	v	31		80
anagrammatize	v	31		80
anagrams	n		4
anal	a
analbuminemia	n		26
analecta	n		10
analects	n		10
analeptic	an		6
analgesia	n		26
analgesic	an		6
analgetic	a
analog	an		7
analogical	a
analogise	v	31		80
analogize	v	31		80
analogous	a
analogue	an		7
analogy	n		9,4		31:80
analphabetic	an		18
analphabetism	n		9
analyse	v	31,31		40
analysis	n		4,9		31:40
analytic	a
analytical	a
analyticity	n		7
analyzable	a
analyze	v	31,31		40
analyzed	a
anamnesis	n		10,9
anamnestic	a
anamorphic	a
anamorphism	n		22,22
anamorphosis	n		22,6
anapaest	n		10
anapaestic	a
anapest	n		10
anapestic	a
anaphase	n		22
anaphasic	a
anaphor	n		10
anaphora	n		10,10
anaphoric	a
anaphrodisia	n		12
anaphrodisiac	a
anaphylactic	a
anaphylaxis	n		26
anaplasia	n		26
anaplasmosis	n		26
anaplastic	a
anaplasty	n		4
anarchic	a
anarchical	a
anarchism	n		9
anarchistic	a
anarchy	n		26
anarthria	n		26
anasarca	n		26
anasarcous	a
anastalsis	n		22
anastigmatic	a
anastomose	v	35,35		c0
anastomotic	a
anastrophe	n		10
anastylosis	n		4
anathema	n		18,10		32:60
anathematisation	n		4		32:60
anathematise	v	32		60
anathematization	n		4		32:60
anathematize	v	32		60
anathemise	v	32,32		60
anathemize	v	32,32		60
anatolian	n		10
anatomic	a
anatomical	an		10
anatomise	v	35		40
anatomize	v	35,31		40
anatomy	n		9,8		35:40
anatropous	a
ancestral	a
ancestry	n		14,7
anchor	nv	35,35	6,9	c0	35:c0
anchorage	n		26,21
anchoritic	a
anchylosis	n		26
ancient	an		18,18
ancientness	n		7
ancillary	a
ancylose	v	29,29		c0
andalusian	a
andante	an		28,10
andantino	a
andean	a
andorran	an		18
androgenesis	n		22
androgenetic	a
androgenic	a
androgenous	a
androgeny	n		22
androglossia	n		7
androgynous	a
androgyny	n		7
androphobia	n		26
ane	a
anecdotal	a
anecdote	n		10
anecdotic	a
anecdotical	a
anechoic	a
anele	v	29		60
anemia	n		26,26
anemic	a
anemographic	a
anemography	n		4
anemometric	a
anemometrical	a
anemometry	n		4
anemophilous	a
anencephalia	n		26
anencephalic	a
anencephalous	a
anencephaly	n		26
anergy	n		26,26
aneroid	an		6
anesthesia	n		26
anesthesiology	n		9
anesthetic	an		6		29:60
anesthetise	v	29		60
anesthetize	v	29		60
anestric	a
anestrous	a
anestrum	n		26
anestrus	n		26
aneuploid	a
aneuploidy	n		26
aneurism	n		26
aneurismal	a
aneurismatic	a
aneurysm	n		26
aneurysmal	a
aneurysmatic	a
anfractuous	a
angas	n		10
angelic	a
angelical	a
angelology	n		9
angelus	n		11,10
anger	nv	37,37	12,26	e0	37:80
angered	a
angiitis	n		26
angina	n		26,26
anginal	a
anginose	a
anginous	a
angiocarpic	a
angiocarpous	a
angioedema	n		26
angiogenesis	n		22
angiography	n		4
angiohemophilia	n		26
angiology	n		9
angioma	n		26
angiomatous	a
angiopathy	n		26
angioplasty	n		4
angiosarcoma	n		26
angiospermous	a
angiotelectasia	n		26
angle	nv	38,38	25,9	80	30:c0
angle-park	v	38		c0
angled	a
anglian	n		10
anglican	an		18
anglicanism	n		9
anglicisation	n		22		30:40
anglicise	v	30		40
anglicism	n		10,4
anglicization	n		22		30:40
anglicize	v	30		40
angling	n		4
anglo-catholic	a
anglo-catholicism	n		9
anglo-french	n		10
anglo-indian	an		18
anglo-jewish	a
anglo-norman	n		10
anglo-saxon	an		18,18
anglomania	n		9
anglophilia	n		12
anglophilic	a
anglophobia	n		12
anglophobic	a
angolan	an		18
angriness	n		26
angry	a
angst	n		12
anguillan	an		18
anguine	a
anguish	nv	37,37	12,26	c0	37:80
anguished	a
angular	a
angularity	n		25,7
angulate	av	30		c0
angulation	n		4,4
anhedonia	n		26
anhidrosis	n		26
anhydrosis	n		26
anhydrous	a
anicteric	a
anile	a
anima	n		9
animadversion	n		10		32:80
animadvert	v	32,32		84
animal	an		3		36:60
animal-worship	n		4
animalisation	n		4
animalise	v	36,30		60
animalism	n		9,7
animalistic	a
animality	n		7
animalization	n		6,4
animalize	v	36,30		60
animate	av	37,30		60
animated	a
animateness	n		7
animating	a
animation	n		26,7
animatism	n		9
animatistic	a
animatronics	n		9
animise	v	30		40
animism	n		9
animist	an		18
animistic	a
animize	v	30		40
animosity	n		12
animus	n		12
anionic	an		27
anise-scented	a
aniseikonia	n		26
aniseikonic	a
anisogametic	a
anisogamic	a
anisogamous	a
anisogamy	n		22
anisometric	a
anisometropia	n		26
anisometropic	a
anisotropic	a
anisotropy	n		7
ankle-deep	a
ankyloglossia	n		26
ankylose	v	29,29		c0
ankylosis	n		26
ankylotic	a
annalistic	a
annals	n		10,10
annamese	n		18,10
annamite	n		10
anneal	v	30		40
annealing	n		4
annelid	an		5
annelidan	a
annex	nv	40,35	6	40	35:40
annexal	a
annexation	n		4,4
annexational	a
annihilate	v	30		60
annihilated	a
annihilating	a
annihilation	n		4,11		30:60
annihilative	a
annotate	v	36,32		40
annotating	n		4
annotation	n		10,4		36:40
announce	v	32,32		44
announced	a
announcement	n		10,10		32:40
annoy	v	37		60
annoyance	n		26,12
annoyed	a
annoying	an		4
annual	an		20,10
annuity	n		21
annul	v	41,32		40
annular	a
annulate	a
annulated	a
annulment	n		26,4		41:40
annunciate	v	32		40
annunciation	n		28,10
annunciatory	a
annwfn	n		9
annwn	n		9
anodal	a
anodic	a
anodise	v	30		40
anodize	v	30		40
anodyne	an		6
anoestrous	a
anoestrum	n		26
anoestrus	n		26
anoint	v	31,29		60
anointing	n		4
anointment	n		4		29:60
anomalous	a
anomalousness	n		26
anomaly	n		26,18
anomia	n		26,5
anomic	a
anomie	n		26,7
anomy	n		26,7
anonym	n		10
anonymity	n		26
anonymous	a
anoperineal	a
anopheline	an		5
anopia	n		26
anorchia	n		26
anorchidism	n		26
anorchism	n		26
anorectal	a
anorectic	an		18
anorexia	n		26
anorexic	an		18
anorexigenic	a
anorgasmia	n		26
anorthic	a
anorthitic	a
anorthography	n		26
anorthopia	n		26
anosmatic	a
anosmia	n		26
anosmic	a
another	a
anova	n		9
anovulation	n		22
anoxemia	n		26
anoxemic	a
anoxia	n		26
anoxic	a
anserine	a
answer	nv	32,31	10,10	e4	32:a4
answerability	n		7
answerable	a
answerableness	n		7
answering	a
antacid	an		27
antagonise	v	41,37		60
antagonism	n		26,24		37:60
antagonistic	a
antagonize	v	37,41		60
antarctic	an		15
ante	nv	33	21	40	33:40
antebellum	a
antecede	v	42		40
antecedence	n		7		42:40
antecedency	n		7		42:40
antecedent	an		18,11		42:40
antecubital	a
antedate	v	42,30		40
antediluvial	a
antediluvian	an		18,18
antemeridian	a
antemortem	a
antenatal	a
antenna	n		6,7
antennal	a
antennary	a
antenuptial	a
antepartum	a
antepenult	n		10
antepenultima	n		10
antepenultimate	an		10
anterior	an		8
anteriority	n		7,7
anterograde	a
anthelminthic	an		6
anthelmintic	an		6
anthem	n		10,10
antheral	a
antheridial	a
anthesis	n		22
anthologise	v	36		40
anthologize	v	36		40
anthology	n		10		36:40
anthophagous	a
anthophilous	a
anthracitic	a
anthracosis	n		26
anthrax	n		26,26
anthropic	a
anthropical	a
anthropocentric	a
anthropocentricity	n		9
anthropocentrism	n		9
anthropogenesis	n		22
anthropogenetic	a
anthropogenic	a
anthropogeny	n		22
anthropoid	an		18,5
anthropoidal	a
anthropolatry	n		4
anthropological	a
anthropology	n		9
anthropometric	a
anthropometrical	a
anthropometry	n		4
anthropomorphic	a
anthropomorphise	v	31		40
anthropomorphism	n		9		31:40
anthropomorphize	v	31		40
anthropomorphous	a
anthropophagous	a
anthropophagy	n		4
anthroposophy	n		9
anti	an		18
anti-american	an		18
anti-catholicism	n		9
anti-intellectual	an		18
anti-semite	an		18
anti-semitic	a
anti-semitism	n		9
antiadrenergic	a
antiaircraft	an		6
antialiasing	n		9
antiapartheid	a
antiauthoritarian	a
antibacterial	an		6
antibiotic	an		6
antiblack	a
antic	anv	29	4	80	29:80
anticancer	a
anticholinergic	an		6
anticipant	an		18
anticipate	v	31,41		45
anticipated	a
anticipation	n		12,9
anticipative	a
anticipatory	a
anticlimactic	a
anticlimactical	a
anticlimax	n		11,10
anticlinal	a
anticlockwise	a
anticoagulation	n		4
anticoagulative	a
anticyclone	n		26
anticyclonic	a
antido	n		10
antidotal	a
antidromic	a
antiestablishmentarianism	n		9
antiestablishmentism	n		9
antifeminism	n		4
antiferromagnetic	a
antiferromagnetism	n		19
antifertility	a
antifungal	an		6
antigenic	a
antigram	n		10
antiguan	an		18
antiheretical	a
antiknock	an		27
antiknocking	a
antilog	n		10
antilogarithm	n		10
antimagnetic	a
antimicrobial	an		6
antimicrobic	an		6
antimonial	a
antimonic	a
antimonious	a
antimonopoly	a
antineoplastic	an		6
antinomasia	n		10
antinomian	an		18
antinomianism	n		9
antinomy	n		10
antiparallel	a
antipathetic	a
antipathetical	a
antipathy	n		12,9
antipersonnel	a
antiphlogistic	a
antiphon	n		10
antiphonal	an		10
antiphonary	an		10
antiphony	n		10,10
antiphrasis	n		10
antipodal	an		24
antipodean	a
antipollution	a
antipyresis	n		4
antipyretic	an		6
antiquarian	an		18
antiquate	v	30,30		40
antiquated	a
antique	anv	40,30	18,6	c0	30:40
antiquity	n		28,7
antiredeposition	n		22
antisatellite	a
antisemitic	a
antisemitism	n		9
antisepsis	n		26,22
antiseptic	an		6
antisepticize	v	29		60
antisocial	a
antistrophe	n		10
antistrophic	a
antisubmarine	a
antitank	a
antithesis	n		24,10
antithetic	a
antithetical	a
antithyroid	a
antitoxic	a
antitrade	n		19
antitrades	n		19
antitrust	a
antitumor	a
antitumour	a
antitype	n		9,9
antitypic	a
antitypical	a
antiviral	an		6
antler-like	a
antlered	a
antonym	n		10
antonymous	a
antrorse	a
antsy	a
anuran	an		5
anuresis	n		26
anuretic	a
anuria	n		26
anuric	a
anurous	a
anxiety	n		26,12
anxiolytic	an		6
anxious	a
anxiousness	n		26,12
any	a
aorist	n		10
aoristic	a
aortal	a
aortic	a
aortitis	n		26
apanage	n		21,21
apart	a
apartheid	n		10
apathetic	a
apathy	n		12,7
ape	nv	42,32	5,18	60	42:60
apelike	a
apercu	n		10
aperient	an		6
aperiodic	a
apery	n		4		42:60
apetalous	a
aphaeresis	n		22
aphaeretic	a
aphagia	n		26
aphakia	n		26
aphakic	an		18
aphanitic	a
aphasia	n		26
aphasic	an		18
apheresis	n		22,4
apheretic	a
aphesis	n		22
aphetic	a
aphonia	n		26
aphonic	a
aphorise	v	32		80
aphorism	n		10		32:80
aphoristic	a
aphorize	v	32		80
aphotic	a
aphrodisia	n		12
aphrodisiac	an		6
aphrodisiacal	a
aphyllous	a
apian	a
apiarian	a
apical	a
apiculate	a
apicultural	a
apiculture	n		4
apish	a
apivorous	a
aplacental	a
aplanatic	a
aplasia	n		26
aplitic	a
aplomb	n		7
apnea	n		26
apneic	a
apnoeic	a
apocalypse	n		11,10
apocalyptic	a
apocalyptical	a
apocarpous	a
apochromatic	a
apocope	n		10
apocrine	a
apocrypha	n		10
apocryphal	a
apocynaceous	a
apodal	a
apodeictic	a
apodictic	a
apodous	a
apogametic	a
apogamic	a
apogamous	a
apogamy	n		22
apogean	a
apolitical	a
apologetic	a
apologetics	n		9
apologia	n		10
apologise	v	32,32		c4
apologize	v	32,32		c4
apologue	n		10
apology	n		10,10		32:84
apomictic	a
apomictical	a
apomixis	n		22
aponeurotic	a
apopemptic	a
apophasis	n		10
apophatic	a
apophatism	n		9
apophthegm	n		10
apophyseal	a
apoplectic	a
apoplectiform	a
apoplectoid	a
apoplexy	n		26
apoptosis	n		19
aposiopesis	n		10
aposiopetic	a
apostasy	n		26,4
apostate	an		18		32:40
apostatise	v	32		40
apostatize	v	32		40
apostleship	n		4
apostolic	a
apostolical	a
apostrophe	n		10,10		32:40
apostrophic	a
apostrophise	v	32		40
apostrophize	v	32		40
apothecial	a
apothegm	n		10
apothegmatic	a
apothegmatical	a
apotheose	v	31		20
apotheosis	n		18,4		31:20
apotheosise	v	31		20
apotheosize	v	31		20
apotropaic	a
appal	v	37,37		60
appalachian	an		18
appall	v	37,37		60
appalled	a
appalling	an		11
appanage	n		21,21
apparel	nv	29	6	60	29:60
appareled	a
apparency	n		7
apparent	a
apparentness	n		7
apparition	n		18,11
apparitional	a
appeal	nv	41,32	10,7	c0	32:0
appealable	a
appealing	a
appealingness	n		7
appear	v	39,30		91
appearance	n		7,11		30:80
appearing	n		4
appeasable	a
appease	v	37,34		e0
appeasement	n		4
appeasing	a
appellant	an		18		41:c0
appellate	a
appellation	n		10
appellative	an		10
append	v	35,35		40
appendaged	a
appendant	a
appendectomy	n		4
appendicectomy	n		4
appendicitis	n		26
appendicular	a
appendix	n		10,8
apperceive	v	39		60
apperception	n		9		39:60
apperceptive	a
appertain	v	42		0
appetence	n		12
appetency	n		12
appetent	a
appetising	a
appetisingness	n		7
appetite	n		12
appetitive	a
appetizing	a
appetizingness	n		7
applaud	v	32,32		e0
applaudable	a
applause	n		10
apple-scented	a
apple-shaped	a
apple-sized	a
applecart	n		9,6
applesauce	n		13,10
applet	n		10
applicable	a
application	n		4,10		42:80
applicative	a
applicatory	a
applied	a
applique	nv	36	6	40	36:40
apply	v	34,42		e1
appoggiatura	n		10
appoint	v	41,41		60
appointed	a
appointive	a
appointment	n		4,14
apportion	v	40,40		40
apportionable	a
apportioned	a
apportioning	n		4
apportionment	n		4		40:40
apposable	a
appose	v	35		40
apposite	a
appositeness	n		7
apposition	n		24,22
appositional	a
appositive	a
appraisal	n		9,10		31:40
appraise	v	31,31		40
appraising	a
appreciable	a
appreciate	v	37,31		44
appreciated	a
appreciation	n		9,9
appreciative	a
appreciativeness	n		12
apprehend	v	31,35		64
apprehended	a
apprehensible	a
apprehension	n		12,9		37:40
apprehensive	a
apprehensiveness	n		12
apprentice	nv	31	18	c0	31:c0
apprenticed	a
apprenticeship	n		4
appressed	a
apprisal	n		10		32:64
apprise	v	32,32		65
apprize	v	32,32		65
appro	n		26
approach	nv	38,42	4,4	c0	41:8
approachability	n		7
approachable	a
approaching	an		11,7
approbate	v	32,31		40
approbation	n		12,10		32:40
approbative	a
approbatory	a
appropriable	a
appropriate	av	31,40		40
appropriateness	n		7,7
appropriation	n		21,4
appropriative	a
approval	n		4,12		32:40
approve	v	32,31		e0
approved	a
approving	an		4
approximate	av	42,31		c4
approximation	n		9,7
approximative	a
appurtenant	a
apractic	a
apraxia	n		26
apraxic	a
apropos	a
apsidal	a
apt	a
apteral	a
apterous	a
aptitude	n		9
aptitudinal	a
aptness	n		7,7
aqua	n		7
aquacultural	a
aquaculture	n		4
aquamarine	n		27,7
aquaphobia	n		26
aquaphobic	a
aquaplane	nv	38,38	6	80	38:80
aquatic	an		20
aquatics	n		4
aquatint	nv	36	6,4	c0	36:c0
aqueous	a
aquicultural	a
aquiculture	n		4
aquiferous	a
aquiline	a
arabesque	n		7,6
arabian	an		18,5
arabic	an		10
arability	n		7
arable	a
araceous	a
arachnidian	a
arachnoid	an		8,5
arachnophobia	n		26
aramaean	an		18
aramaic	an		10,10
aramean	an		18
araneidal	a
araneidan	a
aranyaka	n		10
arapaho	n		18,10
arapahoe	n		18,10
arawak	n		18,10
arawakan	an		18,10
arbitrable	a
arbitrage	nv	40	4	80	40:80
arbitral	a
arbitrament	n		4		32:80
arbitrariness	n		7
arbitrary	a
arbitrate	v	32		80
arbitration	n		10,4		32:80
arbitrational	a
arbitrative	a
arbitrement	n		4		32:80
arboraceous	a
arborary	a
arboreal	a
arboreous	a
arborescent	a
arboresque	a
arborical	a
arboriculture	n		4
arboriform	a
arborise	v	30		80
arborize	v	30		80
arborolatry	n		4
arborous	a
arc	nv	38	19,25	c0	38:c0
arcadian	an		18
arcadic	n		10
arcane	a
arcanum	n		10
arced	a
arch	anv	38	25,8	c0	38:c0
archaean	a
archaeologic	a
archaeological	a
archaeology	n		9
archaeozoic	an		28
archaic	a
archaicism	n		10
archaise	v	30		40
archaism	n		10		30:40
archaistic	a
archaize	v	30		40
archangelic	a
archangelical	a
archdiocesan	a
archducal	a
archean	an		28
arched	a
archegonial	a
archegoniate	a
archeologic	a
archeological	a
archeology	n		9
archeozoic	an		28
archepiscopal	a
archery	n		4
archesporial	a
archetypal	a
archetype	n		9
archetypical	a
archidiaconal	a
archidiaconate	n		26
archiepiscopal	a
arching	a
archipelagic	a
architectonic	a
architectonics	n		9
architectural	a
architecture	n		6,9
archival	a
archive	nv	35	6	40	35:40
archives	n		10
archness	n		7
archosaurian	an		5
arciform	a
arco	a
arctic	an		15,6
arcuate	a
ardent	a
ardor	n		12,12
ardour	n		12,12
ards	n		26
arduous	a
arduousness	n		7
area	n		15,9
areal	a
areflexia	n		26
arena	n		26,15
arenaceous	a
arenicolous	a
areolar	a
areolate	a
argent	an		27
argentic	a
argentiferous	a
argentine	an		5
argentinian	an		18
argentous	a
argillaceous	a
argive	an		18
argle-bargle	n		10
argonne	n		4
argot	n		10
arguable	a
argue	v	32,32		c4
argufy	v	32		80
arguing	n		10
argument	n		10,10		32:40
argumentation	n		10,9		32:4
argumentative	a
argus-eyed	a
argy-bargy	n		10
aria	n		10
arianism	n		9
aricara	n		18,10
arid	a
aridity	n		7,26
aridness	n		26
arietta	n		10
arikara	n		18,10
ariled	a
arillate	a
ariose	a
arioso	n		10
arise	v	42,42		80
aristocratic	a
aristocratical	a
aristotelean	an		18
aristotelian	an		18
aristotelianism	n		9
aristotelic	a
arithmancy	n		9
arithmetic	an		9
arithmetical	a
arity	n		9
arles	n		21
arm	nv	33,40	8,6	e0
arm-twisting	n		10
armageddon	n		15,4
armament	n		6,4		40:60
armband	n		10,6
armed	a
armenian	an		18,10
armillary	a
arming	n		4
arminian	an		18
arminianism	n		9
armistice	n		26
armless	a
armlike	a
armor	nv	40	6,14	60	40:60
armor-clad	a
armor-plated	a
armored	a
armorial	a
armory	n		9,6
armour	nv	40	14,6	60	40:60
armour-clad	a
armour-plated	a
armoured	a
armoury	n		9,6
aroid	an		20
aroma	n		7,9		39:40
aromatherapy	n		4
aromatic	a
aromatise	v	39		40
aromatize	v	39		40
around-the-clock	a
arousal	n		4,26		37:40
arouse	v	37,29		c0
aroused	a
arpeggio	n		10
arraign	v	41,32		60
arraignment	n		10		41:20
arrange	v	35,32		44
arranged	a
arrangement	n		9,14		32:44
arranging	n		4
arrant	a
array	nv	35,31	14,10	60	35:40
arrayed	a
arrears	n		26,21
arrest	nv	35,33	4,26	60	35:20
arresting	a
arrhythmia	n		26
arrhythmic	a
arrhythmical	a
arrival	n		4,4		38:80
arrive	v	38,41		80
arrivederci	n		10
arrogance	n		7
arrogant	a
arrogate	v	40,40		40
arrogation	n		4		40:40
arrow	n		10,6
arrow-shaped	a
arsenical	an		27
arsenious	a
arson	n		4
art	n		6,4
artefactual	a
arterial	a
arterialise	v	30		40
arterialize	v	30		40
arteriectasia	n		26
arteriectasis	n		26
arteriography	n		4
arteriolar	a
arteriolosclerosis	n		26
arteriosclerosis	n		26
arteriosclerotic	a
arteriovenous	a
arteritis	n		26
artesian	a
artful	a
artfulness	n		7
arthralgia	n		26
arthralgic	a
arthritic	an		18
arthritis	n		26
arthrocentesis	n		4
arthrodesis	n		4
arthrography	n		4
arthromeric	a
arthropathy	n		26
arthroplasty	n		4
arthropodal	a
arthropodan	a
arthropodous	a
arthroscopy	n		4
arthrosporic	a
arthrosporous	a
arthurian	a
article	nv	32	10,3	20
articled	a
articular	a
articulary	a
articulate	av	40,32		40
articulated	a
articulateness	n		7
articulation	n		10,25		32:40
articulative	a
articulatory	a
artifactual	a
artifice	n		4
artificial	a
artificiality	n		7
artiodactyl	an		5
artiodactylous	a
artistic	a
artistry	n		9
artless	a
artlessness	n		7,7
arts	n		9
artsd	n		10
artsy-craftsy	a
artwork	n		10
arty	a
arty-crafty	a
arulo	n		10
arundinaceous	a
aryan	an		18,18
asamiya	n		10
asana	n		7
asat	a
asbestosis	n		26
ascariasis	n		26
ascend	v	38,42		c0
ascendable	a
ascendance	n		26
ascendancy	n		26		41:80
ascendant	an		26,18
ascendence	n		26
ascendency	n		26
ascendent	an		26,18
ascender	n		18,10		38:c0
ascendible	a
ascending	an		4
ascension	n		28,11		38:c0
ascensional	a
ascensive	a
ascent	n		17,11		38:80
ascertain	v	32,31		45
ascertainable	a
ascertained	a
ascesis	n		4
ascetic	an		18
ascetical	a
asceticism	n		9,7
ascii	n		10
ascites	n		26
ascitic	a
asclepiadaceous	a
ascocarpous	a
ascomycetous	a
ascosporic	a
ascosporous	a
ascribable	a
ascribe	v	31		40
ascription	n		9,9		31:40
asepsis	n		26,22
aseptic	a
asexual	a
asexuality	n		7
asgard	n		9
ash	nv	30	27,20	40	30:40
ash-blonde	a
ash-gray	a
ash-grey	a
ashamed	a
ashen	a
ashy	a
asian	an		18
asiatic	an		18
aside	n		10,10
asinine	a
asininity	n		7
ask	v	32,32		e5
askance	a
askant	a
askew	a
asking	n		10
asl	n		10
aslant	a
asleep	a
aslope	a
asocial	a
aspect	n		9,7
aspectual	a
aspergillosis	n		26,26
asperity	n		7,7
asperse	v	32		60
aspersion	n		10,4		32:60
asphalt	nv	35	27,27	40	35:40
asphaltic	a
aspheric	a
aspherical	a
asphyxia	n		26		35:40
asphyxiate	v	35,35		60
asphyxiated	a
asphyxiating	a
asphyxiation	n		26,4		35:40
aspirant	an		18		31:1
aspirate	nv	35,32	10	40	32:40
aspiration	n		7,12		31:1
aspire	v	31		1
aspiring	a
asquint	a
assail	v	33,33		60
assailability	n		7
assailable	a
assamese	an		18,10
assassinate	v	41,32		60
assassinated	a
assassination	n		10,4		32:60
assault	nv	33,41	4,4	60	33:60
assaultive	a
assay	nv	31,41	9,27	41
assay-mark	n		10
assemble	v	36,41		c0
assembler	n		10
assembling	n		4
assembly	n		6,4
assent	nv	32	10	80	32:80
assentient	a
assenting	n		10
assert	v	32,32		44
assertable	a
asserted	a
asserting	a
assertion	n		10,10		32:44
assertive	a
assertiveness	n		7
assess	v	31,40		60
assessable	a
assessment	n		9,21		31:40
asset	n		7
assets	n		21
asseverate	v	32		44
asseveration	n		10		32:44
assibilate	v	32,30		c0
assibilation	n		22,10		30:80
assiduity	n		7
assiduous	a
assiduousness	n		7
assign	v	41,40		60
assignable	a
assignation	n		4,4		40:60
assigned	a
assigning	n		4
assignment	n		4,10		41:60
assimilable	a
assimilate	v	31,30		c0
assimilating	a
assimilation	n		26,22		30:40
assimilative	a
assimilatory	a
assist	nv	41,41	4,4	e0	41:e0
assistance	n		4,7		41:e0
assistant	an		18		41:e0
assisted	a
assistive	a
assize	n		10,10
associability	n		7
associable	a
associableness	n		7
associate	anv	31,41	18,18	e0	41:e0
associateship	n		4
association	n		14,4		41:80
associational	a
associationism	n		9
associative	a
associatory	a
assoil	v	32		20
assonance	n		10		42:80
assonant	a
assonate	v	42		80
assort	v	41,31		e0
assorted	a
assortment	n		14,4		31:60
assuage	v	37,34		60
assuagement	n		12		29:40
assuasive	a
assume	v	31,41		44
assumed	a
assuming	a
assumption	n		10,9		31:44
assumptive	a
assurance	n		9,10		32:5
assure	v	32,32		64
assured	a
assuredness	n		7
assurgent	a
assuring	a
assyrian	n		18,10
assyriology	n		9
astasia	n		26
astatic	a
astereognosis	n		26
asteriated	a
asterisk	nv	30	10	40	30:40
asterisked	a
asterismal	a
asternal	a
asteroid	an		17
asteroidal	a
asthenia	n		26
asthenic	a
asthenopia	n		26
astheny	n		26
asthma	n		26
asthmatic	an		18
astigmatic	a
astigmatism	n		26,26
astigmia	n		26,26
astir	a
astomatal	a
astomatous	a
astonied	a
astonish	v	31		60
astonished	a
astonishing	a
astonishment	n		12		31:60
astound	v	31		60
astounded	a
astounding	a
astragalar	a
astral	a
astraphobia	n		26
astringe	v	35,30		c0
astringence	n		9
astringency	n		9,7
astringent	an		6		35:40
astrobiology	n		9
astrocytic	a
astrodynamics	n		9
astrogate	v	38,38		a0
astrolatry	n		4
astrological	a
astrology	n		9
astrometry	n		9
astronautic	a
astronautical	a
astronautics	n		9
astronavigation	n		4
astronomic	a
astronomical	a
astronomy	n		9
astrophysical	a
astrophysics	n		9
astute	a
astuteness	n		9,9
astylar	a
asunder	a
asymmetric	a
asymmetrical	a
asymmetry	n		7
asymptomatic	a
asymptotic	a
asynchronous	a
asynclitism	n		26
asyndetic	a
asyndeton	n		10
asynergia	n		26
asynergic	a
asynergy	n		26
asystole	n		26
at-bat	n		4
atactic	a
atakapa	n		18,10
atakapan	n		10
ataractic	an		6
ataraxia	n		7
ataraxic	a
ataraxis	n		12
atavism	n		11
atavistic	a
ataxia	n		26
ataxic	a
ataxy	n		26
atayalic	n		10
atelectasis	n		26
ateleiosis	n		26
ateleiotic	a
ateliosis	n		26
athabascan	n		10,18
athabaskan	n		18,10
athanasianism	n		9
athapascan	n		18,10
athapaskan	n		18,10
atharva-veda	n		10
atheism	n		9,9
atheist	an		18
atheistic	a
atheistical	a
athenian	an		18
atherogenesis	n		26
atheromatic	a
atheromatous	a
atherosclerosis	n		26
atherosclerotic	a
athetosis	n		26
athirst	a
athletic	a
athleticism	n		7
athletics	n		4,11
atilt	a
atlanta	n		15,4
atlantic	an		17
atlantis	n		9
atlas	n		18,10
atm	n		23,10
atmosphere	n		26,23
atmospheric	a
atmospherical	a
atmospherics	n		11
atom-bomb	v	33		40
atomic	a
atomisation	n		4,4		30:40
atomise	v	35,33		60
atomism	n		9,9
atomistic	a
atomistical	a
atomization	n		4,4		30:40
atomize	v	35,33		60
atonal	a
atonalism	n		10
atonalistic	a
atonality	n		10
atone	v	41,37		c0
atonement	n		21,4		41:c0
atonia	n		26
atonic	a
atonicity	n		26
atony	n		26
atopognosia	n		26
atopognosis	n		26
atopy	n		26
atoxic	a
atrabilious	a
atresia	n		26
atrial	a
atrioventricular	a
atrip	a
atrocious	a
atrociousness	n		7
atrocity	n		7,4
atrophedema	n		26
atrophic	a
atrophied	a
atrophy	nv	29	26,11	80	29:80
atsugewi	n		18,10
attacapa	n		10
attacapan	n		18,10
attach	v	35,35		c0
attachable	a
attached	a
attachment	n		12,6		41:40
attack	nv	33,32	4,4	60	33:e0
attacking	a
attain	v	41,38		44
attainability	n		26
attainable	a
attainableness	n		26
attainder	n		4
attained	a
attainment	n		4,4		41:44
attaint	v	41,39		60
attemper	v	30		40
attempt	nv	41,36	4,4	49	41:41
attempted	a
attend	v	42,41		c0
attendance	n		4,28		42:40
attendant	an		18,18		41:20
attended	a
attending	n		9,4
attention	n		9,4		39:80
attention-getting	a
attentional	a
attentive	a
attentiveness	n		9,7
attenuate	av	30,30		c0
attenuated	a
attenuation	n		11,7		30:80
attest	v	32,32		c4
attestation	n		10,10		32:80
attested	a
attic	an		6,10
attire	nv	29	6	20	29:20
attired	a
attitude	n		9,7		41:80
attitudinal	a
attitudinise	v	41		80
attitudinize	v	41		80
attorn	v	31		80
attorneyship	n		4
attract	v	35,37		e0
attractable	a
attracter	n		18,9
attraction	n		19,10		35:40
attractive	a
attractiveness	n		7,7
attractor	n		18,9
attributable	a
attribute	nv	31,31	9,3	40
attribution	n		9,9		31:40
attributive	a
attrited	a
attrition	n		22,19
attritional	a
attune	v	30		40
atypical	a
atypicality	n		26
auburn	a
auction	nv	40	4,4	40	40:40
auctioneer	nv	40	18	40	40:40
auctorial	a
audacious	a
audaciousness	n		7,7
audacity	n		7,7
audenesque	a
audibility	n		7
audible	an		4
audibleness	n		7
audile	an		18
audio	n		10,7
audio-lingual	a
audiology	n		9
audiometric	a
audiometry	n		9,4
audiovisual	an		6
audit	nv	31,31	21,4	c0	31:40
audition	nv	36	9,4	80	36:80
auditive	a
auditory	a
augean	a
augitic	a
augment	v	30,30		c0
augmentation	n		11,10		30:40
augmentative	a
augmented	a
augur	nv	32,32	18	44	32:44
augury	n		11		30:40
august	an		28
augustan	a
auld	a
aura	n		26,7
aural	a
aureate	a
aureole	n		19,7
auric	a
auricular	a
auriculate	a
auriculated	a
auriculoventricular	a
auriferous	a
auriform	a
aurify	v	30,30		40
aurora	n		28,19
auroral	a
aurorean	a
aurous	a
auscultate	v	39		60
auscultation	n		4		39:60
auscultatory	a
auspicate	v	32,30		40
auspice	n		11		32:40
auspices	n		4
auspicious	a
auspiciousness	n		7
austenitic	a
austere	a
austereness	n		7
austerity	n		7
austerlitz	n		15,4
austral	an		23
australasian	a
australian	an		18,10
australopithecine	an		5
austrian	an		18
austro-asiatic	n		10
austronesian	an		18,10
autacoidal	a
autarchic	a
autarchical	a
autarchy	n		26,14
autarkic	a
autarkical	a
autarky	n		26
authentic	a
authenticate	v	31		40
authenticated	a
authentication	n		10,4		31:40
authenticity	n		7
author	nv	36	18,18	40	36:40
authorial	a
authorisation	n		10,7
authorise	v	41,32		61
authorised	a
authoritarian	an		18
authoritative	a
authority	n		7,18
authorization	n		10,7
authorize	v	32,41		61
authorized	a
authorship	n		4,4
autism	n		9
autistic	a
auto-da-fe	n		4
auto-suggestion	n		4
autobiographic	a
autobiographical	a
autobiography	n		10
autocatalysis	n		22
autocatalytic	a
autochthonal	a
autochthonic	a
autochthonous	a
autochthony	n		7
autoclave	nv	29	6	40	29:40
autocracy	n		14,9
autocratic	a
autodidactic	a
autoecious	a
autoerotic	a
autoeroticism	n		4
autoerotism	n		4
autofluorescence	n		19
autofluorescent	a
autogamic	a
autogamous	a
autogamy	n		11
autogenesis	n		19
autogenetic	a
autogenic	a
autogenics	n		4
autogenous	a
autogeny	n		19
autograph	nv	32	10,10	40	32:40
autographed	a
autographic	a
autoicous	a
autoimmune	a
autoimmunity	n		26
autolatry	n		4
autoloading	a
autologous	a
autolysis	n		22
autolytic	a
automate	v	30		40
automated	a
automatic	an		6,6
automation	n		4,26		30:40
automatise	v	30,30		40
automatism	n		4
automatize	v	30,30		40
automatonlike	a
automobile	nv	38	6	80	38:80
automotive	a
automysophobia	n		26
autonomic	a
autonomous	a
autonomy	n		26,26
autophytic	a
autopilot	n		9,6
autoplastic	a
autoplasty	n		8,4
autopsy	nv	39	4	80	39:80
autoradiographic	a
autoradiography	n		22
autoregulation	n		22
autosemantic	a
autosexing	n		4
autosomal	a
autosuggestion	n		4
autotelic	a
autotelism	n		9
autotomic	a
autotomise	v	35		40
autotomize	v	35		40
autotomy	n		4		35:40
autotrophic	a
autotype	n		22,6
autotypic	a
autotypy	n		22
autumn-blooming	a
autumn-flowering	a
autumnal	a
auxesis	n		22
auxetic	a
auxiliary	an		18
auxinic	a
avail	nv	34,41	7	60	41:40
availability	n		7
available	a
availableness	n		7
avalanche	nv	38	11,11	80	38:80
avant-garde	an		14
avarice	n		4,7
avaricious	a
avariciousness	n		7
avaritia	n		4
avascular	a
avellan	a
avellane	a
avenge	v	33		40
avenged	a
avenue	n		4,6
aver	v	32,32		44
average	anv	42,41	9,24	40	42:40
averageness	n		26,7
averment	n		10		32:44
averse	a
aversion	n		12,4		38:40
aversive	a
avert	v	41,38		40
avertable	a
avertible	a
averting	n		4,4
avesta	n		10
avestan	an		10,10
avian	a
avianise	v	30		40
avianize	v	30		40
aviate	v	38		40
avid	a
avidity	n		12
avidness	n		12
avifaunal	a
avifaunistic	a
avionic	a
avionics	n		9
avirulent	a
avitaminosis	n		26
avitaminotic	a
avocado	an		13,20
avocation	n		4
avocational	a
avoid	v	32,41		60
avoidable	a
avoidance	n		4		32:60
avoirdupois	n		23,7
avouch	v	32		40
avouchment	n		10
avow	v	32,32		44
avowal	n		10		32:44
avowed	a
avulse	v	38		40
avulsion	n		11,4		38:40
avuncular	a
await	v	31		68
awaited	a
awake	av	29		80
awaken	v	29,29		e0
awakened	a
awakening	n		4		29:80
award	nv	40,40	4,10	60	40:60
award-winning	a
awarding	n		4
aware	a
awareness	n		9,9
awash	a
away	a
awayness	n		26
awe	nv	37	12,12	20	37:20
awe-inspiring	a
aweary	a
awed	a
aweigh	a
aweless	a
awesome	a
awestricken	a
awestruck	a
awful	a
awfulness	n		7
awheel	a
awing	a
awkward	a
awkwardness	n		9,7
awl-shaped	a
awless	a
awned	a
awninged	a
awnless	a
awny	a
awol	an		18
awry	a
ax	nv	35,30	6	40	35:40
axe	nv	35,30	6	40	35:40
axenic	a
axial	a
axile	a
axillary	a
axiological	a
axiology	n		9
axiom	n		10,10
axiomatic	a
axiomatical	a
axis	n		9,20
axonal	a
ayin	n		10
ayurveda	n		10
azerbaijani	an		18,10
azido	a
azimuthal	a
azo	a
azoic	a
azonal	a
azonic	a
azotaemia	n		26
azotemia	n		26
azotemic	a
azotic	a
azoturia	n		26
aztecan	n		10
azure	anv	30	7	40	30:40
azygos	a
azygous	a
azymia	n		26
ba	n		27,10
baa	nv	32	11	80	32:80
babbitt	nv	35	27	40	35:40
babbitting	n		4
babble	nv	32,32	10	c0	32:c0
babbling	n		10		32:c0
babel	n		6,4
babelike	a
babinski	n		4
baboonish	a
baby	nv	41	18,18	20	41:20
baby-faced	a
baby-sit	v	41,41		e0
babyhood	n		28,26
babyish	a
babylonian	an		18,10
babysitting	n		4
babytalk	n		10,10
baccalaureate	n		10,10
baccarat	n		4
baccate	a
bacchanal	an		18,18
bacchanalia	n		4,4
bacchanalian	a
bacchantic	a
bacchic	a
bacciferous	a
baccivorous	a
bach	nv	42	18,10	80
bachelor	nv	42	18,18	80	42:80
bachelorhood	n		28,26
bacillar	a
bacillary	a
bacilliform	a
back	anv	41,38	8,6	e0	42:40
back-blast	n		11
back-channel	a
back-formation	n		10
back-geared	a
back-to-back	a
backache	n		26
backbeat	n		10
backbend	n		4
backbite	v	32		80
backblast	n		11
backbone	n		9,7
backbreaking	a
backchat	n		10
backcross	v	35		40
backdate	v	41		40
backdoor	n		10,6
backdown	n		10		38:80
backed	a
backfire	nv	41,39	11,11	80	39:80
backflow	n		11
backflowing	n		11
backgammon	n		4
background	nv	30	7,9	40
backgrounder	n		10
backgrounding	n		22
backhand	anv	35	4	40	35:40
backhanded	a
backhander	n		4
backing	n		4,6		41:40
backlash	nv	41	11,4	80	41:80
backless	a
backlog	nv	30	14,27	80	30:80
backmost	a
backpack	nv	38	6	80	38:80
backpacking	n		4
backpedal	v	38,38		80
backscatter	v	30		80
backseat	n		26,6
backsheesh	n		21
backslap	v	41		a0
backslide	v	30		80
backsliding	n		4
backspace	nv	32	6	80
backspin	n		11
backstage	an		6
backstair	a
backstairs	an		6
backstitch	nv	35	6	c0	35:c0
backstop	nv	33	18,6	80	33:80
backstroke	nv	38	4	80
backswept	a
backtalk	n		10
backtrack	v	38		80
backup	n		22,18		35:c0
backward	a
backwardness	n		9
backwash	n		19,19
bacteremia	n		26
bacteremic	a
bacteriaemia	n		26
bacterial	a
bactericidal	a
bacteriemia	n		26
bacterioid	a
bacterioidal	a
bacteriologic	a
bacteriological	a
bacteriology	n		9
bacteriolysis	n		22
bacteriolytic	a
bacteriophagic	a
bacteriophagous	a
bacteriostasis	n		22
bacteriostatic	a
bacterise	v	30		40
bacterize	v	30		40
bacteroid	an		5
bacteroidal	a
baculiform	a
bad	an		7
bad-mannered	a
bad-tempered	a
badaga	n		18,10
bade	n		10
badge	nv	35	10,9	60	35:60
badger	nv	37,32	18,5	21
badgering	n		4
badinage	n		10
badminton	n		4
badmouth	v	32		60
badness	n		7,7
baedeker	n		18,10
baffle	nv	31,41	6	40	30:40
baffled	an		14
bafflement	n		9		31:40
baffling	a
bag	nv	35,42	6,23	c0	35:40
bag-shaped	a
bagascosis	n		26
bagassosis	n		26
bagatelle	n		10,6
baggy	a
bahai	an		18
bahaism	n		9
bahamian	an		18
bahasa	n		10
bahraini	an		18
bai	n		10
baic	n		10
bail	nv	41,40	21,9	60	41:20
bailable	a
bailiffship	n		4
bailiwick	n		15,9
bailment	n		4		40:40
bait	nv	32,41	9,6	20	41:20
baiting	n		4
bake	v	30,36		c0
baked	a
baking	an		4,4		36:c0
baksheesh	n		21
bakshis	n		21
bakshish	n		21
balagan	n		26
balance	nv	42,40	26,21	40	42:80
balanced	a
balancing	n		4
balanitis	n		26
balanoposthitis	n		26
balconied	a
bald	av	30		80
bald-faced	a
bald-headed	a
bald-pated	a
balderdash	n		10
balding	a
baldness	n		26
bale	nv	35	6,15	40	35:40
balefire	n		11
baleful	a
balefulness	n		7
balinese	n		10
balk	nv	41	15,9	80
balkanise	v	41		40
balkanize	v	41		40
balkiness	n		7
balking	a
balky	a
ball	nv	35	6,6	40
ball-breaker	n		18,4
ball-buster	n		18,4
ball-hawking	a
ball-shaped	a
ballad	n		10,10
ballade	n		10
ballast	nv	30	6,27	40	30:40
ballet	n		4,10
balletic	a
balletomania	n		9
ballgame	n		26,4
ballistic	a
ballistics	n		19,9
ballistocardiogram	n		10
balloon	nv	38,30	6,6	80	38:80
ballooning	n		4
ballot	nv	41	10,4	80	41:80
balloting	n		4
ballottement	n		4
ballpark	n		6,7
balls-up	n		4
ballup	n		4		41:c0
bally	a
ballyhoo	nv	32	10	44	32:44
ballyrag	v	37		20
balminess	n		26
balmy	a
balochi	n		10
baloney	n		10
balsam-scented	a
balsamic	a
balsamy	a
baltic	an		17,10
baltic-finnic	n		10
balto-slavic	n		10
balto-slavonic	n		10
baluchi	n		10
balzacian	a
bam	n		15,11
bamboozle	v	32		20
ban	nv	41,32	10,23	48	41:40
banal	a
banality	n		10
banausic	a
band	nv	35,35	14,14	60
bandage	nv	35,29	6	40	29:40
bandaged	a
bandaging	n		4
banded	a
banding	n		7,6
banditry	n		4
bandwagon	n		9,6
bandy	av	33,33		80
bandy-legged	a
bane	n		26
baneful	a
bang	nv	35,39	11,11	e0	35:60
bang-up	a
banging	an		11,4
bangla	n		10
bangladeshi	an		18
banish	v	41,41		20
banishment	n		26,4		41:20
bank	nv	38,35	17,14	40	35:40
bankable	a
bankbook	n		21
banking	n		4,4		40:80
banknote	n		21
bankroll	nv	40	21	40
bankrupt	anv	40	18	60
bankruptcy	n		26,26		40:60
banned	a
banner	an		6,10
banning	n		10
banning-order	n		10
bannockburn	n		4
banns	n		10
banquet	nv	34,34	14,13	a0	34:20
banqueting	n		4
bantam	an		5
banter	nv	32	10	80	32:80
bantering	a
bantoid	a
bantu	an		18,10
bantu-speaking	a
banzai	n		10
baptise	v	32		60
baptised	a
baptism	n		4		32:60
baptismal	a
baptistic	a
baptize	v	32		60
baptized	a
bar	nv	32,35	6,6	60
bar-shaped	a
barb	nv	35	10,6	40	35:40
barbadian	an		18
barbarian	an		18,18
barbaric	a
barbarisation	n		4		30:80
barbarise	v	30,30		e0
barbarism	n		4
barbarity	n		7,4
barbarization	n		4		30:60
barbarize	v	30,30		e0
barbarous	a
barbarousness	n		7
barbate	a
barbecue	nv	30	13,13	c0	30:c0
barbecued	a
barbecuing	n		4
barbed	a
barbellate	a
barbeque	nv	30	13,13	c0
barber	nv	29	18,18	80	29:80
barcarole	n		10
barcarolle	n		10
bard	nv	36	18,6	40	36:40
barde	v	36		40
bardic	a
bardolatry	n		4
bare	av	35,32		64
bare-ass	a
bare-assed	a
bare-breasted	a
bare-knuckle	a
bare-knuckled	a
bareback	a
barebacked	a
bareboating	n		4
bared	a
barefaced	a
barefoot	a
barefooted	a
barehanded	a
bareheaded	a
barelegged	a
bareness	n		26,26
barf	nv	29	27	80
bargain	nv	40,32	10,21	80	40:80
bargain-priced	a
bargaining	n		10		40:80
barge	nv	38,38	6	c0	38:40
baric	a
baring	n		4
barish	n		10
baritone	an		18,10
bark	nv	32,35	20,11	c4	35:40
barky	a
barmy	a
barnburner	n		18,11
barnstorm	v	33,33		80
barographic	a
barometric	a
barometrical	a
baronetage	n		14,4
baronetcy	n		26,10
baronetise	v	41		20
baronetize	v	41		20
baronial	a
barony	n		21,26
baroque	an		28,7
baroqueness	n		7
barrack	nv	42,32	6	60	42:60
barracking	n		4
barrage	nv	32	10,4	20	32:20
barratry	n		4,4
barred	a
barrel	nv	35	6,6	40	35:40
barrel-shaped	a
barreled	a
barrelled	a
barren	an		15
barrenness	n		26,7
barricade	nv	35,33	6,6	40	35:40
barricaded	a
barricado	v	33		40
barrier	n		6,9
barring	n		4
barter	nv	40	4	80	40:80
barytic	a
basal	a
basaltic	a
base	anv	31,42	6,6	60
base-forming	a
baseball	n		4,6
baseborn	a
based	a
baseless	a
baseness	n		7
bash	nv	35	11,11	20	35:20
bashful	a
bashfulness	n		12
basic	an		10,6
basics	n		10,9
basidial	a
basidiomycetous	a
basidiosporous	a
basifixed	a
basify	v	30		c0
basilar	a
basilary	a
basilican	a
basinal	a
basined	a
basipetal	a
basis	n		24,9
basiscopic	a
bask	v	37,35		e8
basket-shaped	a
basketball	n		4,6
basketry	n		4
basophilia	n		7
basophilic	a
basque	n		18,10
bass	an		7,10
basset	nv	30	5	80
basso	n		18,10
bastard	an		18,18		32:20
bastardisation	n		4		41:40
bastardise	v	41,32		60
bastardised	a
bastardization	n		10,4		32:20
bastardize	v	41,32		60
bastardized	a
bastardly	a
bastardy	n		26
baste	nv	30,35	6	60	35:c0
bastinado	nv	35	6,4	20	35:20
basting	n		6,4
bastioned	a
basuto	n		10
bat	nv	35,29	5,4	40
bata	n		10
bataan	n		4
batch	nv	35	14,23	40
bate	v	41,38		40
bated	a
batfowl	v	35		40
bath	nv	29	6,4	a0	29:a0
bathe	nv	29,35	4	c0	29:a0
bathetic	a
bathing	n		4,4		29:a0
batholithic	a
batholitic	a
bathos	n		10,12
bathyal	a
bathymetric	a
bathymetrical	a
bathymetry	n		4
batik	nv	30	6	40	30:40
batrachian	an		5
batrachomyomachia	n		10
bats	a
batten	nv	35,35	6,6	40	35:40
batter	nv	35,35	18,13	60	35:40
batter-fried	a
battered	a
battering	n		4
battery-powered	a
batting	n		4,6		35:40
battle	nv	33	4,4	e0	33:e0
battle-scarred	a
battledore	n		6,4
battleful	a
battlemented	a
battue	n		4,4
batty	a
batwing	an		6
bauble	n		10,6
bauhaus	n		9
baulk	nv	41	15,9	80
bauxitic	a
bavarian	an		18
bawbee	n		21
bawdiness	n		7
bawdry	n		10
bawdy	an		10
bawl	v	32,32		c0
bawling	n		4
bay	anv	32,32	17,11	c0	32:80
bayat	n		10
bayesian	a
bayonet	nv	35	6	20	35:20
bd	n		10
be	nv	42,42	27	f0
beach	nv	38	17	80	38:80
beachhead	n		15,4
beacon	nv	39,38	10,6	a0	39:80
bead	nv	42,36	6,25	c0	36:40
beaded	a
beadlike	a
beady	a
beady-eyed	a
beagling	n		4
beak	nv	35	5,5	60	35:60
beaked	a
beakless	a
beaklike	a
beam	nv	29,43	10,6	80	32:40
beaming	a
beamish	a
beamy	a
bean	nv	35	13,20	20
bean-shaped	a
beanball	n		4
beaner	n		4		35:20
beano	n		4
bear	nv	42,29	5,18	60
bear-sized	a
bearable	a
beard	nv	42	8,20	40	42:40
bearded	a
beardless	a
beardown	a
bearing	an		24,15
bearish	a
beastliness	n		7,7
beastly	a
beat	anv	33,35	15,11	60	38:80
beat-up	a
beatable	a
beaten	a
beaten-up	a
beatific	a
beatification	n		26,4		37:60
beatified	a
beatify	v	37,37		60
beating	n		4,4		33:60
beatitude	n		26,10
beaut	n		9
beauteous	a
beauteousness	n		7
beautification	n		4		42:40
beautiful	a
beautify	v	30,42		40
beauty	n		7,18		42:40
beaver	nv	41	27,18	80
bebop	nv	38	10	80	38:80
becalm	v	30		60
becalmed	a
bechance	v	30,30		c0
becharm	v	41,37		60
beck	n		10
beckon	v	32,37		c0
becloud	v	39		40
become	v	30,42		f0
becoming	a
becomingness	n		7
bed	nv	40,35	6,6	40	40:40
bed-hop	v	38		80
bed-wetting	n		22
bedamn	v	32		60
bedaub	v	35		40
bedaubed	a
bedaze	v	39		60
bedazzle	v	39		60
bedded	a
bedeck	v	36		60
bedevil	v	37,31		60
bedevilment	n		4		37:60
bedew	v	30		40
bedewed	a
bedfast	a
bedhop	v	38		80
bedight	v	36		60
bedim	v	30,30		40
bedimmed	a
bedizen	v	36,29		60
bedlam	n		26,6
bedless	a
bedraggle	v	30		40
bedraggled	a
bedrest	n		4
bedrid	a
bedridden	a
bedrock	n		17,9
bedsore	n		26
beechen	a
beef	nv	32	5,13	84
beefed-up	a
beefy	a
beekeeping	n		4
beep	nv	39,32	11	e0	39:c0
beery	a
beeswax	nv	35	27	40	35:40
beethoven	n		18,10
beethovenian	a
beetle	anv	42,38	5,6	c0	35:40
beetle-browed	a
beetling	a
befall	v	30,30		c0
befit	v	42		40
befitting	a
befog	v	39		40
befogged	a
befool	v	41,32		20
befooling	n		10
beforehand	a
befoul	v	30		60
befouled	a
befoulment	n		26		30:60
befriend	v	41		20
befuddle	v	31,34		60
befuddled	a
befuddlement	n		9		31:60
beg	v	32,32		c1
beget	v	29		20
beggar	nv	42,40	18	40	40:40
beggar-my-neighbor	n		4
beggar-my-neighbour	n		4
beggarly	a
beggary	n		10,26		40:a0
begging	n		10
begild	v	36		40
begin	nv	30,42	18	c9
beginning	an		11,28		30:40
begotten	a
begrime	v	35		40
begrimed	a
begrudge	v	37,37		24
beguile	v	41,37		60
beguiled	a
beguilement	n		7,4		37:60
beguiling	a
beguine	n		18,10
behalf	n		4,7
behave	v	29,41		b0
behavior	n		4,26
behavioral	a
behaviorism	n		9
behaviorist	an		18
behavioristic	a
behaviour	n		26,7
behavioural	a
behaviourism	n		9
behaviourist	an		18
behaviouristic	a
behead	v	35		60
beheaded	a
beheading	n		4,4
behest	n		10
behind	an		8
behind-the-scenes	a
behindhand	a
behmenism	n		9
behold	v	39		60
beholden	a
beholding	n		9
behoove	v	42		4
behove	v	42		4
beige	an		7
being	n		26,3		42:80
beingness	n		26
bejewel	v	36		60
belabor	v	41,32		60
belabour	v	41,35		60
belarusian	an		10
belated	a
belay	nv	35,35	17	60	35:60
belch	nv	29,30	4	80	29:80
belching	n		4,4
beleaguer	v	37,33		60
beleaguering	n		4
belemnitic	a
belgian	an		18
belie	v	42,32		40
belief	n		9,9		31:64
believability	n		7
believable	a
believe	v	31,31		74
believing	n		9
belittle	v	32,32		60
belittled	a
belittling	an		10,4
bell	nv	35	6,6	40	35:40
bell-bottom	a
bell-bottomed	a
bell-shaped	a
bellbottom	a
belles-lettres	n		10
belletristic	a
bellicose	a
bellicoseness	n		7
bellicosity	n		7
bellied	a
belligerence	n		12,7
belligerency	n		12,4
belligerent	an		18
belling	n		10
bellow	nv	32,32	10,18	c0	32:80
bellowing	n		10		32:80
belly	nv	30	8,8	80	30:80
belly-flop	v	38		80
belly-land	v	38		c0
belly-up	a
bellyache	nv	32	26	84
bellyful	n		7
bellying	a
bellylaugh	v	29		80
bellyless	a
belong	v	40,42		c0
belonging	n		12
belongings	n		21		40:40
beloved	an		18
belowground	a
belt	nv	36,35	6,6	60	35:40
belt-fed	a
belt-like	a
belt-shaped	a
belted	a
beltless	a
beltlike	a
bemire	v	35		40
bemoan	v	32		40
bemock	v	32		60
bemuse	v	37		60
bemused	a
bemusement	n		9		37:60
bench	nv	41,39	6,17	60
benchmark	n		10,10
bend	nv	38,38	25,11	c0	38:80
bendability	n		7
bendable	a
benday	v	36		40
bended	a
bender	n		6,4		38:c0
bending	n		11,7
bends	n		26
benedictine	an		18,13
benediction	n		4,10
benedictive	a
benedictory	a
benefact	v	41		60
benefaction	n		21,4		41:60
benefic	a
benefice	nv	40	21	20	40:20
beneficed	a
beneficence	n		12,7
beneficent	a
beneficial	a
beneficiary	an		18,10		40:20
beneficiate	v	30		40
beneficiation	n		22		30:40
benefit	nv	40,40	21,7	c0	40:40
benevolence	n		12,7
benevolent	a
benficiate	v	30		40
bengali	an		18,14
benight	v	37,35		40
benighted	a
benign	a
benignancy	n		7
benignant	a
benignity	n		7,4
beninese	an		18
benison	n		10
bent	an		9,20
benthal	a
benthic	a
benthonic	a
bentonitic	a
benumb	v	39		60
benumbed	a
benzenoid	a
benzoic	a
benzylic	a
beplaster	v	35		40
bequeath	v	40		60
bequest	n		21
berate	v	32		20
berating	n		10
berber	n		18,10
berceuse	n		10
bereave	v	40		20
bereaved	an		18
bereavement	n		26		40:20
bereft	a
beriberi	n		26
berit	n		4
berith	n		4
bermudan	an		18
berried	a
berry	nv	35	13,20	80	35:80
berrylike	a
berserk	an		18
berth	nv	40,35	4,15	60	40:20
beseech	v	32		21
beseeching	a
beseem	v	42		40
beset	v	37,33		60
beshrew	v	32		60
besiege	v	33,37		40
besieged	a
besieging	n		4
besmear	v	35		40
besmirch	v	32,35		60
besot	v	39		60
besotted	a
bespangle	v	36,35		40
bespatter	v	35		40
bespeak	v	32,32		60
bespeckle	v	35		40
bespectacled	a
bespoke	a
bespoken	a
bespot	v	35		40
besprent	a
besprinkle	v	30		40
best	anv	33	4,18	20
best-known	a
best-loved	a
best-selling	a
bestial	a
bestialise	v	30		40
bestiality	n		7,4
bestialize	v	30		40
bestiary	n		10
bestir	v	38		20
bestow	v	40,40		40
bestowal	n		4,21		40:40
bestowment	n		21,4		40:40
bestrew	v	35		40
bestride	v	38		40
bestseller	n		10
bestubbled	a
bet	nv	32,33	21,4	c4	33:c0
beta	an		10,20
beth	n		10
bethink	v	39,31		61
betide	v	30		40
betise	n		4
betoken	v	32,32		40
betray	v	32,41		60
betrayal	n		4,7		41:60
betroth	v	32		20
betrothal	n		10,4		32:20
betrothed	an		18
better	anv	33,30	7,18	40	33:c0
better-known	a
better-looking	a
bettering	a
betterment	n		11,26		30:80
betting	a
betulaceous	a
bevel	nv	35	6,6	40	35:40
bewail	v	32		40
beware	v	31		c0
bewhisker	v	40		40
bewhiskered	a
bewilder	v	31,37		60
bewildered	a
bewilderment	n		9		31:40
bewitch	v	37,32		60
bewitched	a
bewitchery	n		7		37:60
bewitching	a
bewitchment	n		9		32:60
bewray	v	32		40
bezant	n		21
bezique	n		4
bezzant	n		21
bhagavad-gita	n		10
bhagavadgita	n		10
bhakti	n		4
bhutanese	an		18
biannual	a
bias	anv	33,31	9,25	60	33:60
biased	a
biaural	a
biauricular	a
biaxal	a
biaxate	a
biaxial	a
bib	nv	34	6,6	80
bibbed	a
bible	n		10,10
bible-worship	n		4
bibless	a
biblical	a
bibliographic	a
bibliographical	a
bibliography	n		10
bibliolatrous	a
bibliolatry	n		4
bibliomania	n		7
bibliomaniacal	a
bibliophilic	a
bibliopolic	a
bibliothecal	a
bibliothecarial	a
bibliotic	a
bibliotics	n		9
bibulous	a
bicameral	a
bicapsular	a
bicentenary	an		28
bicentennial	an		28
bicentric	a
bicephalous	a
bichromated	a
bichrome	a
bicipital	a
bicker	nv	32	10	80	32:80
bickering	n		10
bicolor	a
bicolored	a
bicolour	a
bicoloured	a
biconcave	a
biconvex	a
bicorn	an		6
bicornate	a
bicorned	a
bicornuate	a
bicornuous	a
bicuspid	an		8
bicuspidate	a
bicycle	nv	38	6	80	38:80
bicyclic	a
bicycling	n		4
bicylindrical	a
bid	nv	40,32	10,4	e0	32:21
biddable	a
bidding	n		10,10		32:21
bide	v	42		80
bidentate	a
bidirectional	a
biedermeier	a
biennial	an		20
biface	a
bifacial	a
biff	nv	35	4	20	35:20
bifid	a
bifilar	a
biflagellate	a
bifocal	a
bifoliate	a
biform	a
bifurcate	av	42,30		80
bifurcated	a
big	a
big-bellied	a
big-boned	a
big-chested	a
big-shouldered	a
big-ticket	a
bigamous	a
bigamy	n		26,4
bigeminal	a
bigeneric	a
bigger	a
biggish	a
bighead	n		26
bigheaded	a
bighearted	a
bigheartedness	n		7
bight	nv	35	25,25	40	35:40
bigmouthed	a
bigness	n		7
bignoniaceous	a
bigoted	a
bigotry	n		9
bigram	n		10
bihari	n		10
bike	nv	38	6,6	80	38:80
bilabial	an		10
bilabiate	a
bilateral	a
bilateralism	n		7
bilaterality	n		7
bilge	nv	30,30	27,6	c0	30:80
bilgewater	n		10
bilgy	a
bilharzia	n		26
bilharziasis	n		26
biliary	a
bilinear	a
bilingual	an		18
bilingualism	n		9
bilious	a
biliousness	n		26,7
bilk	v	41,41		60
bill	nv	40,32	10,10	60	40:60
billed	a
billet	nv	42	10,6	a0	42:a0
billiard	a
billiards	n		4
billing	n		10
billingsgate	n		10
billion	an		23,23
billionth	an		24,23
billow	nv	38,38	11	80	38:80
billowing	a
billowy	a
bilobate	a
bilobated	a
bilobed	a
bilocular	a
biloculate	a
bimanual	a
bimestrial	a
bimetal	an		27
bimetallic	a
bimetallism	n		21
bimetallistic	a
bimillenial	a
bimodal	a
bimolecular	a
bimonthly	an		10
bimorphemic	a
bimotored	a
bin	nv	35	6,23	40	35:40
binary	an		17,10
binate	a
binaural	a
bind	nv	35,41	9	c0	32:61
bindable	a
binding	an		7,6		35:80
binge	nv	34	4,4	80	34:80
bingle	n		4
bingo	n		4
binocular	a
binomial	an		9
binominal	a
binuclear	a
binucleate	a
binucleated	a
bio-assay	n		9
bioassay	nv	31	9	40	31:40
bioattack	n		4
biocatalytic	a
biochemical	a
biochemistry	n		9
bioclimatic	a
bioclimatology	n		9
biodefence	n		4
biodefense	n		4
biodegradable	a
biodegrade	v	30		80
biodiversity	n		7
bioelectricity	n		19
bioengineering	n		9
bioethics	n		9
biofeedback	n		9
biogenesis	n		22,4
biogenetic	a
biogenic	a
biogenous	a
biogeny	n		4
biogeographic	a
biogeographical	a
biogeography	n		9
biographic	a
biographical	a
biography	n		10
biohazard	n		26,17
biologic	a
biological	a
biologism	n		4
biologistic	a
biology	n		9,19
bioluminescence	n		19
bioluminescent	a
biomass	n		27,7
biomedical	a
biomedicine	n		9,9
biometrics	n		9
biometry	n		9
bionic	a
bionics	n		9
bionomic	a
bionomical	a
bionomics	n		9
biophysics	n		9
biopiracy	n		4
biopsy	n		9
bioremediation	n		9,4
biosafety	n		26
bioscience	n		9
biostatistics	n		9
biosynthesis	n		22
biosynthetic	a
biosystematic	a
biosystematics	n		9
biosystematy	n		9
biotech	n		9
biotechnology	n		9,9
bioterrorism	n		4
biotic	a
biotitic	a
biotypic	a
biovular	a
biparous	a
bipartisan	a
bipartite	a
bipartizan	a
biped	an		5
bipedal	a
bipedalism	n		7
bipinnate	a
bipinnatifid	a
bipolar	a
biquadratic	an		23,10
biracial	a
biradial	a
biramous	a
birch	anv	35	20,20	60
birchen	a
bird	nv	33	5,13	80	33:80
bird's-eye	a
bird-nest	v	35		80
birdcall	n		10,6
birdie	nv	35	23,6	80	35:80
birdlime	nv	38	27	40	38:40
birdnest	nv	35	17	80
birdnesting	n		4
birdsong	n		10
birdwatch	v	33		80
birefringence	n		19
birefringent	a
birken	a
birl	v	38,38		40
birle	v	38		40
birling	n		4
birr	nv	39	23,11	80	39:80
birth	nv	29	28,11	20	29:20
birthing	n		22
birthmark	n		7
birthright	n		7,21
bise	n		19
bisect	v	35		40
bisection	n		4		35:40
bisectional	a
biserrate	a
bisexual	an		18
bisexuality	n		7,4
bishopry	n		4
bismarckian	a
bismuthal	a
bismuthic	a
bisontine	a
bistered	a
bistred	a
bistroic	a
bisulcate	a
bit-by-bit	a
bitch	nv	32,32	26,18	84
bitchery	n		4		32:80
bitchiness	n		7
bitchy	a
bite	nv	35,39	26,13	60	35:60
biting	a
bitt	nv	35	6	40	35:40
bitter	anv	39	13,9	40
bitterish	a
bitterness	n		12,7
bittersweet	an		20,20
bittie	a
bitty	a
bitumenoid	a
bituminise	v	30		40
bituminize	v	30		40
bituminoid	a
bituminous	a
biu-mandara	n		10
bivalent	a
bivalve	an		5
bivalved	a
bivariate	a
bivouac	nv	42	6,15	80	42:80
bivouacking	n		4
biweekly	an		10
biyearly	a
biz	n		4
bizarre	a
bizarreness	n		7
bize	n		19
bizonal	a
blab	v	32,32		80
blabber	nv	32	18	80	32:80
blabbermouthed	a
blabby	a
black	anv	30	7,26	c0	30:c0
black-and-blue	a
black-and-tan	a
black-and-white	a
black-barred	a
black-coated	a
black-gray	a
black-grey	a
black-haired	a
black-marked	a
black-market	a
black-seeded	a
black-tie	a
blackball	nv	41,41	4	60	41:20
blackberry	nv	35	13,20	80	35:80
blacken	v	30,30		c0
blackened	a
blackening	n		4
blackfoot	n		18,10
blackguard	nv	32,32	18	60
blackguardly	a
blackheart	n		26,13
blackish	a
blackish-brown	a
blackish-gray	a
blackish-grey	a
blackish-red	a
blackjack	nv	41	20,6	20
blacklead	v	35		40
blackleg	nv	41	18	80	41:80
blacklist	nv	41	10	20	41:20
blackmail	nv	41,40	4	20	41:20
blackness	n		7,26
blackout	n		28,26		30:40
blacktop	nv	35	27	40	35:40
blackwash	nv	32,30	10,6	60
blackwater	n		26
bladderlike	a
bladdery	a
bladed	a
bladelike	a
blae	a
blah	n		10
blahs	n		12
blain	n		26
blamable	a
blame	anv	32,32	10,10	60	32:60
blameable	a
blamed	a
blameful	a
blameless	a
blamelessness	n		26
blameworthiness	n		26
blameworthy	a
blanch	v	29,30		c0
blanched	a
bland	a
blandish	v	32		60
blandishment	n		10,4		32:60
blandness	n		7,7
blank	anv	41	10,6	20
blanket	anv	35,42	6,17	40	42:40
blanketed	a
blankness	n		26
blare	nv	39,39	11	c0	39:80
blaring	an		11
blarney	nv	32	10	8	32:8
blase	a
blaspheme	v	32,32		a0
blasphemous	a
blasphemy	n		10,4
blast	nv	39,35	4,11	e0	35:60
blasted	a
blastemal	a
blastematic	a
blastemic	a
blasting	a
blastocoelic	a
blastocytoma	n		26
blastodermatic	a
blastodermic	a
blastoff	n		4		35:40
blastogenesis	n		22,9
blastogenetic	a
blastoma	n		26
blastomeric	a
blastomycosis	n		26
blastomycotic	a
blastoporal	a
blastoporic	a
blastospheric	a
blastular	a
blat	v	32		80
blatancy	n		7
blatant	a
blate	av	32		80
blather	nv	32	10	80	32:80
blatherskite	n		10
blaxploitation	n		4
blaze	nv	43,33	22,11	80	43:80
blazing	an		22
blazon	nv	36	6	40	36:40
bleach	nv	30,30	7,27	c0	30:40
bleached	a
bleak	a
bleakness	n		26
blear	av	30		40
blear-eyed	a
bleary	a
bleary-eyed	a
bleat	nv	32,32	11	80	32:80
blebbed	a
blebby	a
bleed	v	29,29		a0
bleeding	n		26		29:80
bleep	nv	39	11	80	39:80
blemish	nv	35,35	7	40	35:40
blemished	a
blench	v	29		80
blend	nv	35,42	11,10	c0	35:c0
blended	a
blending	n		4,4
blenheim	n		4
blepharism	n		26
blepharitis	n		26
blepharospasm	n		26
bless	v	32,40		60
blessed	a
blessedness	n		26
blessing	n		4,26
blest	a
blether	nv	32	10	80	32:80
blight	nv	43	26,26	40	43:40
blighted	a
blimpish	a
blind	anv	39,39	14,6	60	39:40
blinded	a
blindfold	anv	35	6	20	35:20
blindfolded	a
blinding	a
blindness	n		26
blindside	v	41,33		60
blink	nv	29,29	4	c0	29:40
blinker	nv	35	6,10	40	39:c0
blinking	an		4		29:80
blip	n		11,10
bliss	n		26
blissful	a
blissfulness	n		26
blister	nv	30,32	26,20	a0
blistering	an		22
blistery	a
blithe	a
blitheness	n		12
blither	v	32		80
blithesome	a
blitt	n		10
blitz	nv	33	4,4	40	33:40
blitzkrieg	nv	33	4	80
blizzard	n		19,14
bloat	nv	30,30	26	c0	30:40
blob	nv	35	25	40	35:40
block	nv	35,41	6,15	40
blockade	nv	41,35	4,6	40	33:40
blockaded	a
blockading	a
blockage	n		26,6		41:40
blockbuster	n		6,4
blocked	a
blockheaded	a
blocking	n		4		35:40
blockish	a
blocky	a
blog	nv	32	10	40
blond	an		18,7
blonde	an		18,7
blondness	n		7
blood	nv	35	8,7	40	35:40
blood-and-guts	a
blood-filled	a
blood-red	a
blood-related	a
bloodbath	n		4
bloodcurdling	a
blooded	a
bloodguilt	n		26
bloodguilty	a
bloodiness	n		26,7
bloodless	a
bloodletting	n		4,4
bloodline	n		14,7
bloodlust	n		12
bloodshed	n		4,4
bloodshot	a
bloodstain	n		7
bloodstained	a
bloodsucking	a
bloodthirstiness	n		7
bloodthirsty	a
bloody	av	30		40
bloody-minded	a
bloom	nv	30	22,20	80	30:80
bloomer	n		20,4		30:80
blooming	an		22
blooper	n		4
blossom	nv	30,30	20,28	80	30:80
blossoming	n		22
blot	nv	35,35	7,4	40	35:40
blotch	nv	36	7	40	36:40
blotched	a
blotchy	a
blotter	n		27,10		35:40
blotto	a
bloviate	v	32		80
blow	nv	29,43	4,11	80
blow-by-blow	a
blow-dry	v	30		80
blowback	n		11,10
blowing	n		22		30:40
blowjob	n		4
blown	a
blown-up	a
blowout	n		11,11		30:80
blowsy	a
blowup	n		11,10		30:40
blowy	a
blowzy	a
blub	v	29		80
blubber	nv	29,32	27,7	c4
blubbery	a
bludgeon	nv	41,35	6	28	41:8
blue	anv	30	7,6	80	30:80
blue-black	a
blue-blind	a
blue-blindness	n		26
blue-blooded	a
blue-chip	a
blue-collar	a
blue-eyed	a
blue-flowered	a
blue-fruited	a
blue-gray	a
blue-green	a
blue-grey	a
blue-lilac	a
blue-pencil	v	30		40
blue-purple	a
blue-ribbon	a
blue-sky	a
blue-violet	a
blue-white	a
blueing	n		27,22
blueish	a
blueness	n		7
blueprint	nv	36	9,6	40	36:40
blues	n		10,26
bluetongue	n		26
bluff	anv	33,32	17,10	a8	32:88
bluffness	n		7
bluing	n		27,22		30:80
bluish	a
bluish-gray	a
bluish-grey	a
bluish-lilac	a
bluish-purple	a
bluish-violet	a
bluish-white	a
blunder	nv	41,38	4	c0	41:c0
blunt	av	30,39		60
blunted	a
bluntness	n		7,7
blur	nv	39,39	9	c0	39:80
blurb	n		10
blurred	a
blurriness	n		7
blurry	a
blurt	v	32		44
blush	nv	29,30	26,4	80	29:80
blushful	a
blushing	a
bluster	nv	43,32	26,10	84	32:84
blustering	a
blusterous	a
blustery	a
bm	n		27,22
bmi	n		10
bmr	n		22
bmus	n		10
bns	n		10
board	nv	38,42	14,27	c0
boarding	n		4,6
boast	nv	32,42	10	c4	32:84
boastful	a
boastfulness	n		7
boasting	n		10
boat	nv	38	6,6	80	38:80
boat-race	v	33		80
boat-shaped	a
boating	n		4		38:80
boatmanship	n		9
bob	nv	38,38	23,8	80	29:40
bobble	nv	41	4	c0
bobsled	nv	38	6,6	80	38:80
bobsledding	n		4
bobtail	an		5,5
bobtailed	a
bocce	n		4
bocci	n		4
boccie	n		4
bodacious	a
bode	v	32		40
bodge	v	41		c0
bodied	a
bodiless	a
bodily	a
boding	n		12
bodo-garo	n		10
bodoni	n		18,10
body	nv	42	8,14	40
body-build	n		7
body-surf	v	38		80
bodybuilding	n		4
bodyless	a
bodypaint	v	36		20
bodywork	n		6,4
boehmenism	n		9
boeotian	a
boffo	a
bog	nv	30,30	17	c0
bogartian	a
bogey	nv	35	18,23	80	35:80
boggle	v	38,42		80
boggy	a
bogus	a
bohemian	an		18,18
bohemianism	n		4
boil	nv	30,30	26,7	c0	30:40
boiled	a
boilerplate	n		10,6
boiling	n		22,4
boisterous	a
boisterousness	n		26,7
bokkos	n		10
bokmaal	n		10
bokmal	n		10
bolanci	n		10
bold	an		10
boldface	nv	36	10	40	36:40
boldness	n		7,7
bolero	n		10,6
bolide	n		19
bolivia	n		15,4
bolivian	an		18
bollix	v	41		c0
bollocks	v	41		c0
bolographic	a
bolometric	a
boloney	n		10
bolshevik	an		18,18		30:40
bolshevise	v	30		40
bolshevist	an		18
bolshevistic	a
bolshevize	v	30		40
bolshy	an		18
bolster	nv	30,35	6	60	35:20
bolt	nv	38,35	19,6	c0
bomb	nv	33,41	6,6	e0	33:60
bombard	nv	35,33	6	60
bombardment	n		10,4		32:20
bombast	n		10
bombastic	a
bombilate	v	39		80
bombilation	n		11		39:80
bombinate	v	39		80
bombination	n		11		39:80
bombing	n		4,4		33:60
bombproof	anv	30	6	40	30:40
bombshell	n		18,11
bonanza	n		17,11
bond	nv	35,41	19,21	c0	40:40
bondable	a
bondage	n		26,26
bonderise	v	35		40
bonderize	v	35		40
bonding	n		24,9
bone	anv	31,30	8,27	c0	30:40
bone-covered	a
bone-dry	a
bone-idle	a
bone-lazy	a
boned	a
boneheaded	a
boneless	a
bonelike	a
boner	n		4
boney	a
bonfire	n		11
bong	nv	39	11	80
bonheur	n		12
bonhomie	n		7
boniness	n		7
bonk	v	35,35		a0
bonkers	a
bonnet	nv	29	6,6	20	29:20
bonnie	a
bonny	a
bonus	n		9,21
bony	a
bony-plated	a
bonyness	n		7
bonzer	a
boo	nv	32	10	a0	32:a0
boo-boo	n		4
boob	nv	41	18,8	80	41:80
boodle	n		21,4
boogie	nv	38	10	80	38:80
boogie-woogie	n		10
book	nv	31,41	10,6	60
bookable	a
bookbinding	n		4
booked	a
bookfair	n		14,4
booking	n		4,4		31:60
bookish	a
bookishness	n		7
bookkeeping	n		4
booklet	n		10
bookplate	n		10
boolean	a
boom	nv	39,35	11,26	e0	39:40
boomerang	nv	38	6,4	80	38:80
booming	a
boon	an		26
boondoggle	nv	41	4	80	41:80
boorish	a
boorishness	n		7,7
boost	nv	38,30	4,7	60	30:60
boot	nv	35,29	6,6	60
boot-shaped	a
booted	a
bootleg	anv	40,36	13,6	c0	40:c0
bootlegging	n		4,4
bootless	a
bootlick	v	32		80
bootlicking	a
bootstrap	nv	41	6	20
booty	n		21
booze	nv	34	13	80	34:80
booze-up	n		4
boozing	n		4
boozy	a
bop	nv	38,35	14,10	a0	38:80
bopeep	n		4
boracic	a
borated	a
border	nv	35,42	15,25	40	42:40
bordered	a
borderline	an		15
bore	nv	37,35	18,11	60	37:60
boreal	a
boreas	n		19,18
bored	a
boredom	n		12
boric	a
boring	an		4,4
boringness	n		7
born	an		18
born-again	a
borodino	n		4
boronic	a
borrow	v	40,40		40
borrowing	n		4,4
bosh	n		10
bosie	n		4
boskopoid	a
bosky	a
bosnian	a
bosom	nv	39,35	26,8	e0	39:40
bosomed	a
bosomy	a
boss	anv	35	18,18	40
boss-eyed	a
bossism	n		4
bossy	a
botanic	a
botanical	an		6
botanise	v	31		80
botanize	v	31		80
botany	n		14,9		31:80
botch	nv	41	4	c0	41:c0
botched	a
botchy	a
both	a
bother	nv	41,37	11,9	e1	41:60
botheration	n		26,9		41:60
bothered	a
bothersome	a
botonee	a
botonnee	a
botryoid	a
botryoidal	a
botswanan	a
bottle	nv	40,35	6,23	40	40:40
bottle-fed	a
bottle-green	a
bottle-shaped	a
bottlefeed	v	34		20
bottleneck	nv	41,30	25,6	c0	30:80
bottom	anv	40,35	15,15	c0	40:40
bottom-dwelling	a
bottom-feeding	a
bottom-up	a
bottomed	a
bottomless	a
bottomlessness	n		7
bottommost	a
botuliform	a
botulinal	a
botulism	n		26
bouffant	an		8
bouffe	n		10
boughed	a
boughless	a
boughten	a
bouldered	a
bouldery	a
bounce	nv	38,35	7,4	c0	38:80
bounciness	n		7
bouncing	an		11
bouncy	a
bound	anv	38,42	25,15	c0	42:40
bounded	a
boundedness	n		7
bounden	a
bounderish	a
boundless	a
boundlessness	n		7
bounteous	a
bounteousness	n		7
bountied	a
bountiful	a
bountifulness	n		7
bounty	n		21,7
bouquet	n		6,7
bourgeois	an		18,18
bourgeon	v	30		80
bourn	n		15,9
bourne	n		15,9
bouse	v	35		40
boustrophedon	n		10
boustrophedonic	a
bouvines	n		4
bouyei	n		10
bovid	an		5
bovine	an		5
bow	nv	32,32	6,6	c0	36:80
bow-wow	n		11,5
bowdlerisation	n		4,4		30:40
bowdlerise	v	30		40
bowdlerism	n		4
bowdlerization	n		4,4		30:40
bowdlerize	v	30		40
bowed	a
bowelless	a
bower	nv	35	6	60	35:60
bowery	an		15
bowfront	a
bowing	an		10,4
bowl	nv	38,35	6,25	40
bowl-shaped	a
bowleg	an		8
bowlegged	a
bowling	n		4,4
bowls	n		4
bowse	v	35		40
box	nv	35,35	6,6	60	35:40
box-shaped	a
boxed	a
boxed-in	a
boxing	n		4,4		35:80
boxlike	a
boxy	a
boycott	nv	41	4	40	41:40
boyish	a
boyishness	n		7
boylike	a
boyne	n		4
boytrose	a
bph	n		26
bpi	n		7
brabble	v	32		80
brace	nv	37,35	6,23	60	35:40
braced	a
brachial	a
brachiate	av	38		80
brachiation	n		4		38:80
brachiopod	an		5
brachiopodous	a
brachycephalic	an		18
brachycephalism	n		7
brachycephaly	n		7
brachycranial	a
brachycranic	a
brachydactylia	n		26
brachydactylic	a
brachydactylous	a
brachydactyly	n		26
brachypterous	a
brachyurous	a
bracing	an		6		35:40
bracket	nv	35,32	14,10	40	31:40
brackish	a
brackishness	n		7
bracteal	a
bracteate	a
bracted	a
bracteolate	a
brad	nv	35	6	40	35:40
bradycardia	n		26
brag	anv	32	10	84	32:84
braggadocio	n		10
braggart	an		18		32:84
bragging	an		10
braggy	a
brahmana	n		10
brahmanism	n		14,9
brahmi	n		10
brahminic	a
brahminical	a
brahminism	n		14,9
brahms	n		18,10
brahui	n		18,10
braid	nv	36,35	8,6	40	35:40
braided	a
brail	nv	35,33	6,6	40
braille	nv	32	18,10	40	32:40
brain	nv	35,35	8,9	40	35:40
brain-fag	n		26
brain-teaser	n		10
brainish	a
brainless	a
brainpower	n		9
brainsick	a
brainstorm	nv	31	9	80	31:80
brainstorming	n		4		31:80
brainwash	v	32,31		20
brainwashed	a
brainwashing	n		4
brainwave	n		19,9
brainy	a
braise	v	30		c0
braised	a
braising	n		4
brake	nv	38,38	6,20	c0	38:80
braky	a
braless	a
brambly	a
bran-new	a
branch	nv	30,30	14,20	80
branched	a
branchial	a
branchiate	a
branching	an		4
branchiopod	an		5
branchiopodan	an		5
branchiopodous	a
branchless	a
branchy	a
brand	nv	41,41	10,9	60
brand-new	a
brand-newness	n		7
branded	a
branding	n		4
brandish	nv	35,39	10	40	35:40
brandmark	v	35		40
brash	a
brashness	n		7,7
brassbound	a
brasslike	a
brassy	a
brattice	nv	40	6	40
brattish	a
brattle	v	39		80
bratty	a
bravado	n		10
brave	anv	42	18,14	40	42:40
braveness	n		7
bravery	n		7,12
bravo	nv	32	18,10	e0	32:e0
bravura	n		9
braw	a
brawl	nv	32	11,4	80	32:80
brawn	n		7
brawniness	n		7
brawny	a
bray	nv	32,30	11	c0	32:80
braze	v	35		c0
brazen	av	32		60
brazen-faced	a
brazenness	n		7
brazilian	an		18
breach	nv	41,35	4,17	40	41:40
bread	nv	35	13,21	40	35:40
breadth	n		9,7
break	nv	30,30	11,11	c0	42:40
break-dance	v	38		80
break-in	n		4		41:c0
breakability	n		7
breakable	an		6
breakableness	n		7
breakage	n		23,21
breakaway	an		4		41:80
breakdown	n		4,26		33:40
breaker	n		18,11		35:40
breakers	n		11
breakfast	nv	34,34	13	a0	34:20
breaking	n		4
breakneck	a
breakout	n		4		38:80
breakthrough	n		9,4
breakup	n		4,11		41:80
bream	nv	35	13,13	40
breast	nv	42,38	8,8	e0	42:60
breast-fed	a
breasted	a
breastfeed	v	34		a0
breastless	a
breaststroke	nv	38	4	80
breath	n		4,27
breathalyse	v	41		20
breathalyze	v	41		20
breathe	v	29,42		c0
breathed	a
breathing	an		4		32:80
breathless	a
breathlessness	n		26
breathtaking	a
brecciate	v	35,30		80
breech-loading	a
breeched	a
breed	nv	36,35	14,9	c0	35:60
breeding	an		7,7
breeze	nv	43,38	19,4	80	43:80
breeziness	n		26,7
breezy	a
bregmatic	a
breton	n		18,10
breve	n		10
brevet	nv	41	10	20	41:20
breviary	n		10
brevity	n		10,7
brew	nv	36,30	13	c0	36:c0
brewing	n		4
briary	a
bribable	a
bribe	nv	40	21	20	40:20
bribery	n		4		40:20
brick-shaped	a
brickbat	n		17,10
bricklaying	n		4
brickle	a
brickly	a
bridal	an		4
bride-gift	n		21
bridge	nv	42,35	6,6	40	38:40
bridgeable	a
bridle	nv	37,35	6,4	c0	35:40
brief	anv	32	10,10	20	32:20
briefing	n		10		32:20
briefless	a
briefness	n		7,7
briery	a
brigade	nv	33	14	a0	33:a0
bright	a
bright-red	a
brighten	v	30,43		c0
brightly-colored	a
brightly-coloured	a
brightness	n		7,9
brilliance	n		7,7
brilliancy	n		7
brilliant	a
brim	nv	42,30	6,6	c0	30:40
brimful	a
brimfull	a
brimless	a
brimming	a
brinded	a
brindle	a
brindled	a
brine	nv	30	27,13	40	30:40
brine-cured	a
bring	v	38,35		60
bringing	n		4
brininess	n		7
brinkmanship	n		10
briny	an		17
brio	n		7
bris	n		4
brisance	n		19
brisant	a
brisk	av	30		80
brisken	v	30		80
briskness	n		7
briss	n		4
bristle	nv	42,38	6,5	c0	38:80
bristle-pointed	a
bristled	a
bristlelike	a
bristliness	n		7
bristly	a
britannic	a
brith	n		4
briticism	n		10
british	an		18
britishism	n		10,4
briton	an		18,18
brittanic	n		10
brittle	an		13
brittleness	n		7
broach	nv	32	6	40
broached	a
broad	an		18
broad-brimmed	a
broad-headed	a
broad-leafed	a
broad-leaved	a
broad-minded	a
broad-mindedness	n		9
broad-shouldered	a
broadband	a
broadcast	nv	32,35	10,10	40	32:40
broadcasting	n		10,10
broaden	v	30,30		40
broadening	n		4,4
broadleaf	a
broadloom	an		6
broadness	n		7
broadnosed	a
broadsheet	n		10
broadside	anv	35	10,10	60
brobdingnag	n		9
brobdingnagian	a
brocade	nv	36	6	40	36:40
brocaded	a
brochure	n		10
broider	v	36		40
broil	nv	30,30	4	c0	30:c0
broiled	a
broiling	n		4
broke	a
broken	a
broken-backed	a
broken-down	a
broken-field	a
brokenhearted	a
brokenheartedness	n		12
broker	nv	40	18	c0	40:c0
bromate	v	30,30		c0
bromic	a
bromide	n		27,10
bromidic	a
brominate	v	30,30		c0
bronchial	a
bronchiolar	a
bronchiolitis	n		26
bronchitic	a
bronchitis	n		26
bronchopneumonia	n		26
bronchoscopic	a
bronchospasm	n		4
bronze	anv	30,29	27,6	c0	30:40
bronze-red	a
bronzed	a
bronzy	a
brooch	nv	35	6	40	35:40
brood	nv	31,42	14	80	29:80
brooding	an		22,12
broody	an		5
brook	nv	31	17	60
broom	nv	35,35	6,20	c0	35:c0
brotherlike	a
brotherly	a
brouhaha	n		11,4
browbeat	v	37,32		28
brown	anv	30,30	7,18	40	30:40
brown-black	a
brown-gray	a
brown-green	a
brown-grey	a
brown-haired	a
brown-nose	v	32		20
brown-purple	a
brown-speckled	a
brown-striped	a
browned	a
brownish	a
brownish-black	a
brownish-gray	a
brownish-green	a
brownish-grey	a
brownish-orange	a
brownish-purple	a
brownish-red	a
brownish-speckled	a
brownish-striped	a
brownish-yellow	a
brownness	n		7
brownout	n		26
browse	nv	40,35	14,10	80
browser	n		18,10		40:80
browsing	n		10,4
brucellosis	n		26,26
bruise	nv	35,37	26	60	35:60
bruising	a
bruit	v	32		84
brumal	a
brummagem	an		15
brumous	a
brunanburh	n		4
brunch	nv	34	13	80	34:80
bruneian	an		18
brunet	an		18
brunette	an		18
brunt	n		7
brush	nv	35,35	14,6	e0	35:60
brush-off	n		4		32:60
brushed	a
brushing	n		4,4
brushlike	a
brushup	n		4		31:c0
brushwork	n		9
brushy	a
brusk	a
brusque	a
brusqueness	n		7
brut	a
brutal	a
brutalisation	n		26,4		41:60
brutalise	v	41,30		60
brutality	n		7,4
brutalization	n		26,4		41:60
brutalize	v	41,30		60
brute	an		18,3
brutish	a
bruxism	n		4
bryophytic	a
brythonic	n		10
bs	n		10
bsarch	n		10
bse	n		26
bubaline	a
bubble	nv	30,39	17,9	80	39:80
bubbliness	n		7
bubbling	a
bubbly	an		13
bubo	n		26,5
bubonic	a
buccal	a
buccaneer	nv	42	18	80	42:80
buccaneering	n		4
buck	nv	41,41	6,21	c0
buck-and-wing	n		4
buck-toothed	a
bucket	nv	35,35	6,23	40	35:40
buckle	nv	35,35	6,25	c0	35:40
buckram	anv	30	6	40	30:40
buckshee	a
bucolic	an		18,10
bud	nv	30,30	20,20	80	30:80
buddhism	n		14,9
buddhist	an		18
buddhistic	a
budding	an		22
buddy-buddy	a
budge	nv	38	18	80
budget	nv	31	21,21	80	31:80
budgetary	a
buff	anv	35,35	18,27	60
buff-brown	a
buff-colored	a
buff-coloured	a
buffalo	nv	37	5,15	60
buffer	nv	30,35	27,15	40	30:40
buffet	nv	35,35	6,13	60
buffeted	a
buffeting	n		11
buffoonery	n		4
buffoonish	a
bug	nv	37,39	5,26	60
bugaboo	n		18,9
bugbear	n		18,9
bugged	a
bugger	nv	41	18	20	41:20
buggery	n		4		41:20
bugginess	n		26
buggy	an		6
bugle	nv	36	6,20	40	36:40
bugology	n		9
build	nv	36,30	7,8	c0
building	n		6,4		36:c0
buildup	n		4,22		30:40
built	a
built-in	a
built-up	a
buirdly	a
bulb-shaped	a
bulbaceous	a
bulbar	a
bulbed	a
bulblike	a
bulbous	a
bulgarian	an		18,10
bulge	nv	30,42	25	80	42:80
bulginess	n		7
bulging	a
bulgy	a
bulimarexia	n		26
bulimia	n		26,26
bulimic	an		18
bulk	nv	30,30	7,7	c0
bulkiness	n		7
bulky	a
bull	nv	41,40	5,18	c0
bullate	a
bulldog	nv	33,33	5	60	33:60
bulldoze	v	35		40
bullet-headed	a
bulletin	nv	32	10	44	32:44
bulletproof	av	30		40
bullfighting	n		4
bullheaded	a
bullheadedness	n		7
bullion	n		21,6
bullish	a
bullnecked	a
bullocky	a
bullshit	nv	32	10	80	32:80
bully	anv	37,32	18,18	28	32:28
bullying	an		4
bullyrag	v	37		20
bulwark	nv	33	6,6	40	33:40
bum	anv	40,42	18,18	c0
bumble	v	41,38		c0
bumbling	a
bumf	n		10
bummer	n		26,26
bump	nv	35,40	26,25	e0
bumper-to-bumper	a
bumph	n		10
bumpiness	n		7
bumpkinly	a
bumptious	a
bumptiousness	n		7
bumpy	a
bun-fight	n		11
bunce	n		11
bunch	nv	38,35	14,14	c0	38:80
bunchy	a
bunco	nv	41	4	20	41:20
buncombe	n		10
bundle	nv	35,35	14,6	c0	35:c0
bundled-up	a
bundling	n		10,4
bunfight	n		11
bung	nv	40,35	6	60	35:40
bungaloid	a
bungle	nv	41,29	4	c0	41:c0
bungled	a
bunglesome	a
bungling	a
bunion	n		26
bunk	nv	41,40	6,6	60
bunker	nv	35,40	6,6	40	35:40
bunko	n		4
bunkum	n		10
bunt	nv	35,35	4,26	c0	35:80
buoy	nv	38,35	10	c0	38:80
buoyancy	n		12,7
buoyant	a
bur	nv	30	20,6	40	30:40
bura	n		10
burble	v	39		80
burbling	a
burbly	a
burden	nv	35,32	9,6	60	32:20
burdened	a
burdenless	a
burdensome	a
burdensomeness	n		7
bureaucratic	a
burgeon	v	30		80
burglarious	a
burglarise	v	41		60
burglarize	v	41		60
burglarproof	a
burglary	n		4		41:60
burgle	v	41		60
burial	n		11,4		41:60
buried	a
burke	nv	41,30	18,18	60
burked	a
burl	nv	30	20,20	40
burled	a
burlesque	anv	32	10,10	60	32:60
burly	a
burmese	an		18,10
burmese-yi	n		10
burn	nv	30,43	26,26	e0	39:80
burnability	n		7
burnable	a
burned	a
burned-out	a
burned-over	a
burning	an		4,26
burnish	nv	35	7	40	35:40
burnished	a
burnt	a
burnt-out	a
burnup	n		11,4
burp	nv	29	4	80	29:80
burping	n		4
burr	nv	30	20,6	40	30:40
burr-headed	a
burred	a
burrlike	a
burrow	nv	38	17	80	38:80
burry	a
bursal	a
bursary	n		21
bursiform	a
bursitis	n		26
burst	nv	30,37	4,4	c0	30:c0
burthen	nv	35	6	60	35:60
burundi	an		15
burundian	an		18
bury	v	39,41		60
burying	n		4
bus	nv	38,38	6,9	e0	38:60
bush	anv	40	20,15	40
bush-league	a
bushed	a
bushel	nv	30	23,23	40
bushido	n		10
bushwhack	v	33,42		a0
bushwhacking	a
bushy	a
business	n		14,4
businesslike	a
busk	v	36		80
buss	nv	35	4	e0	35:e0
bust	anv	35,41	11,8	60	35:40
bust-up	n		10
busted	a
bustle	nv	38	4,6	80	38:80
bustling	a
busty	a
busy	av	41		20
busybodied	a
busyness	n		26
busywork	n		4
butch	an		18
butcher	nv	35	18,18	60	35:60
butchering	n		4
butcherly	a
butchery	n		6,4		35:60
buteonine	an		5
butt	nv	35,35	6,20	40
butt-weld	nv	35	6	40	35:40
butt-welding	n		4		35:40
butter	nv	35	13,18	40	35:40
butterfingered	a
butterfly	nv	38,35	5,4	c0
butterfly-shaped	a
buttery	an		6,6
button	nv	35,35	6,6	40	35:40
button-down	a
button-shaped	a
buttoned	a
buttoned-down	a
buttoned-up	a
buttonhole	nv	41	6	20
buttonlike	a
buttony	a
buttress	nv	30,30	6	40	30:40
buttressed	a
buttweld	v	35		40
butylate	v	30		40
butyraceous	a
butyric	a
buxom	a
buxomness	n		7
buy	nv	40,40	21	e0	42:40
buyback	n		4		40:40
buyi	n		10
buying	n		4		40:c0
buyout	n		4		40:40
buzz	nv	39,38	11,4	c0	39:80
buzzing	a
buzzword	n		10
bw	n		4
by-bid	v	40		80
by-election	n		4
by-line	n		10,4
by-product	n		19,6
bye	n		10,10
bye-bye	n		10
bye-election	n		4
byelorussian	n		18,10
bygone	an		28
bylaw	n		10
byname	n		10
bypass	nv	32	6,8	60	32:60
bypast	a
byplay	n		4
byproduct	n		19,6
byword	n		10
byzant	n		21
byzantine	an		18
byzantinism	n		9
c	an		23,28
c-note	n		21
c-section	n		4
ca-ca	v	29		80
cab	nv	38	6,6	80
cabal	nv	31	14,9	80	31:80
cabala	n		10,9
cabalism	n		9,4
cabalistic	a
cabaret	n		6,4
cabbage	nv	40	13,21	40	40:40
cabbala	n		10,9
cabbalah	n		10,9
cabg	n		4
cabin	nv	35	6,6	20	35:20
cabinetmaking	n		4
cabinetry	n		4
cabinetwork	n		6,4
cable	nv	32,35	10,6	e4	32:e4
cablegram	n		10
cabotage	n		7,4
cache	nv	40	6,21	40	40:40
cachectic	a
cachet	n		10,10
cachexia	n		26
cachexy	n		26
cachinnate	v	29		80
cachinnation	n		10		29:80
cackel	v	32		80
cackle	nv	32,32	11,10	c4	32:80
cackly	a
cacodaemonic	a
cacodemonic	a
cacodylic	a
cacogenesis	n		26
cacogenic	a
cacogenics	n		9
cacography	n		10
cacophonic	a
cacophonous	a
cacophony	n		11,7
cacuminal	a
cad	n		18,10
cadaster	n		10
cadastral	a
cadastre	n		10
cadaveric	a
cadaverous	a
caddie	nv	33	18	80	33:80
caddish	a
caddo	n		18,10
caddoan	n		10
caddy	nv	33	6	80	33:80
cadence	n		10,10
cadenced	a
cadency	n		7
cadent	a
cadenza	n		10
cadetship	n		4
cadge	v	40,40		c0
caducean	a
caduceus	n		10
caducous	a
caecal	a
caecilian	an		5
caenogenesis	n		22
caesarean	an		4
caesarian	an		4
caesaropapism	n		9
caespitose	a
caesura	n		28,10
caesural	a
caffeinic	a
caffeinism	n		26
cage	nv	41	6,26	40	41:40
cagey	a
cagy	a
cahita	n		18,10
cahoot	n		10
cainogenesis	n		22
cairn	n		10,5
cairned	a
caitiff	an		18
cajole	v	32		8
cajolery	n		10		32:8
cakchiquel	n		18,10
cake	nv	35	6,13	40
cakewalk	nv	38	4,4	80	38:80
calamitous	a
calamity	n		11
calando	a
calcaneal	a
calcareous	a
calced	a
calceiform	a
calceolate	a
calcic	a
calcicolous	a
calciferous	a
calcific	a
calcification	n		22,26		30:80
calcifugous	a
calcify	v	30,30		80
calcimine	nv	35	6	40	35:40
calcination	n		22		30:40
calcine	v	30		40
calcitic	a
calculable	a
calculate	v	31,31		44
calculated	a
calculating	a
calculation	n		4,9		40:80
calculative	a
calculous	a
calcuttan	a
calefacient	a
calefaction	n		7
calefactive	a
calefactory	a
calendar	nv	31	28,10	60	31:60
calender	nv	35	6	40	35:40
calendered	a
calendric	a
calendrical	a
caliber	n		7,7		31:40
calibrate	v	30,35		40
calibrated	a
calibration	n		4		35:40
calibre	n		7,7
caliche-topped	a
calico	an		6
calicular	a
californian	an		18
caliginous	a
caliper	nv	31	6	40	31:40
calisthenic	a
calisthenics	n		4,4
calk	nv	35,35	6	40	35:40
call	nv	32,32	10,9	70	32:a0
call-back	n		10,4		32:e0
call-in	n		10		32:90
call-out	n		10		32:20
callable	a
callathump	n		14,10
callback	n		10		40:40
caller	an		18,18		41:20
calligraph	v	36		80
calligraphic	a
calligraphical	a
calligraphy	n		10
calling	n		4		32:20
calliper	nv	31	6	40	31:40
callipygian	a
callipygous	a
callisthenics	n		4,4
callithump	n		14,10
callithumpian	a
callosectomy	n		4
callosity	n		26,7
callosotomy	n		4
callous	av	30		40
calloused	a
callousness	n		7
callow	a
callowness	n		26
callus	nv	30,30	26,26	c0	30:40
calm	anv	37,30	7,19	60	37:80
calming	n		4
calmness	n		7,26
caloric	a
calorie-free	a
calorifacient	a
calorific	a
calorimetric	a
calorimetry	n		4
calque	n		10
calumniate	v	32		60
calumniation	n		10
calumniatory	a
calumnious	a
calumny	n		10,4		32:60
calvary	n		15,11
calve	v	35,29		80
calving	n		22
calvinism	n		9
calvinist	an		18
calvinistic	a
calvinistical	a
calyceal	a
calycinal	a
calycine	a
calycled	a
calycular	a
calyculate	a
calyptrate	a
camaraderie	n		7
camber	nv	38	25,17	c0	38:c0
cambial	a
cambodian	an		18
cambrian	an		28,18
camelpox	n		26
cameroonian	an		18
camouflage	nv	39	7,6	60	39:60
camouflaged	a
camp	anv	42,35	6,14	80	42:80
camp-made	a
campaign	nv	33,41	11,4	e0	33:80
campaigning	n		4
campanular	a
campanulate	a
campanulated	a
campestral	a
campfire	n		11
camphoraceous	a
camphorate	v	30		40
camphorated	a
camphoric	a
camping	n		4		42:80
campy	a
campylotropous	a
can	nv	30,41	6,23	61	30:40
can-do	a
canaanite	n		18,10
canaanitic	n		10
canadian	an		18,17
canal	nv	40	17,8	40	38:40
canalicular	a
canaliculate	a
canalisation	n		4,4		40:40
canalise	v	40,38		40
canalization	n		4,4		40:40
canalize	v	40,38		40
canard	n		10
canary	an		18,18
canary-yellow	a
canasta	n		4
cancan	n		4
cancel	nv	41,42	10	40	41:40
cancellate	a
cancellated	a
cancellation	n		4,10		41:40
cancelled	a
cancellous	a
cancer	n		26,18
cancerous	a
cancroid	an		26
candent	a
candescent	a
candid	a
candidacy	n		4
candidature	n		4
candidiasis	n		26
candidness	n		7
candied	a
candle	nv	39	6,23	40	39:40
candlelight	n		19
candlepins	n		4
candlepower	n		7
candor	n		9,7
candour	n		7,9
candy	nv	39	13	40
candy-like	a
candy-scented	a
cane	nv	35	6,20	20
canescent	a
canfield	n		4
canicular	a
canine	an		8,5
canker	nv	29,29	26,26	c0	29:80
cankerous	a
cannae	n		4
canned	a
cannibalic	a
cannibalise	v	34,34		c0
cannibalism	n		4
cannibalistic	a
cannibalize	v	34,34		c0
cannon	nv	33,33	6,6	80	33:80
cannonade	nv	33	4	e0	33:e0
cannular	a
cannulate	v	35		40
cannulation	n		4		35:40
cannulisation	n		4		35:40
cannulise	v	35		40
cannulization	n		4		35:40
cannulize	v	35		40
canny	a
canoe	nv	38	6	c0	38:c0
canon	n		10,18
canonic	a
canonical	a
canonisation	n		4		32:20
canonise	v	32,32		20
canonised	a
canonist	an		18
canonization	n		4		32:20
canonize	v	32,32		20
canonized	a
canoodle	v	35		20
canopied	a
canopy	nv	35	6,6	40	35:40
canorous	a
cant	nv	38	10,17	c0	38:c0
cantabile	a
cantankerous	a
cantata	n		10
canted	a
canter	nv	38,38	4	80	38:80
cantering	a
canticle	n		10
canticles	n		10
cantilever	nv	42,36	6	c0	42:80
cantillate	v	32		c0
cantillation	n		4		32:c0
canto	n		10,10
canton	nv	42,41	15,15	e0	41:40
cantonal	a
cantonese	n		10
canty	a
canulate	v	35		40
canulation	n		4		35:40
canulisation	n		4		35:40
canulization	n		4		35:40
canvas	nv	41,41	6,6	60
canvass	nv	41,41	26,9	60	41:60
canvassing	n		10
cap	nv	42,30	6,6	40
capability	n		7,26
capable	a
capableness	n		9,7
capacious	a
capaciousness	n		9,7
capacitance	n		19,6
capacitate	v	32,30		60
capacitive	a
capacity	n		7,26		32:60
caparison	nv	36	6	40	36:40
caparisoned	a
caper	nv	38	20,13	80
capetian	an		18
capillarity	n		19
capillary	an		6,8
capital	an		21,21		31:40
capitalisation	n		10,4		36:40
capitalise	v	40,40		c0
capitalist	an		18,18
capitalistic	a
capitalization	n		10,4		36:40
capitalize	v	40,40		c0
capitate	an		8
capitation	n		21
capitular	a
capitulary	a
capitulate	v	33		80
capitulation	n		10,10
caponise	v	29		40
caponize	v	29		40
caporetto	n		4
cappadocian	a
capped	a
capriccio	n		10
caprice	n		12
capricious	a
capriciousness	n		7,7
caprine	a
capriole	nv	38,38	4,4	80
capsize	v	38		80
capsizing	n		11
capstone	n		9,6
capsular	a
capsulate	av	35		40
capsulated	a
capsule	nv	35,30	6,6	40	35:40
capsulise	v	35,30		40
capsulize	v	35,30		40
captain	nv	41	18,18	60
captaincy	n		4
captainship	n		4
caption	nv	40	10,10	40	40:40
captious	a
captivate	v	37		60
captivated	a
captivating	a
captivation	n		26,12		37:60
captive	an		18,18
captivity	n		26,26
capture	nv	36,37	4,22	60	40:40
caracole	v	38		80
caramel	an		13,13		30:80
caramelise	v	30,30		c0
caramelize	v	30,30		c0
carangid	an		5
caravan	nv	38	14,6	80	38:80
caravanning	n		4
carbocyclic	a
carbolated	a
carbonaceous	a
carbonate	nv	42,30	27	40	42:40
carbonated	a
carbonation	n		22		30:40
carbonic	a
carboniferous	an		28
carbonisation	n		22		30:80
carbonise	v	30,30		c0
carbonization	n		22		30:80
carbonize	v	30,30		c0
carbonous	a
carbonyl	an		27
carbonylic	a
carboxyl	an		27
carboxylate	v	30		40
carboxylic	a
carbuncle	n		27,26
carbuncled	a
carbuncular	a
carburet	v	35		40
carburise	v	30		c0
carburize	v	30		c0
carcinogenic	a
carcinoid	n		26
carcinoma	n		26
carcinomatous	a
carcinosarcoma	n		26
card	nv	35,31	6,10	60	31:20
card-playing	a
cardboard	an		27
cardiac	a
cardinal	an		18,23
cardinalship	n		4
cardiogram	n		10
cardiographic	a
cardiography	n		4
cardiologic	a
cardiology	n		9
cardiomegaly	n		26
cardiomyopathy	n		26
cardiopathy	n		26
cardiopulmonary	a
cardiorespiratory	a
cardiospasm	n		4
cardiovascular	a
carditis	n		26
cards	n		4
care	nv	37,41	4,9	80	41:80
care-laden	a
cared-for	a
careen	nv	38,38	4	80	38:80
career	nv	38	4,4	80
careerism	n		4
carefree	a
carefreeness	n		12,7
careful	a
carefulness	n		7,7
careless	a
carelessness	n		7,4
carelian	n		18,10
caress	nv	35	4	60	35:60
caressing	n		4
caret	n		10
careworn	a
carfare	n		21
carib	n		18,10
caricature	nv	32	10	60	32:60
caries	n		22
carillon	n		6,4
carinal	a
carinate	an		5
carinated	a
caring	an		12		37:80
carioca	n		18,10
carious	a
carjack	v	35		60
carjacking	n		4		35:60
cark	v	37		60
carmelite	an		18
carminative	an		6
carmine	anv	30	7	40	30:40
carnage	n		4
carnal	a
carnalise	v	30		20
carnality	n		12
carnalize	v	36,31		60
carnassial	a
carnation	an		20,7
carnify	v	30		80
carnival	n		4,4
carnivorous	a
carol	nv	36	10,4	40	36:40
carolean	a
caroline	a
caroling	n		4
carolingian	an		18
carom	nv	38,35	11,4	80	38:80
carotenemia	n		26
carotid	a
carousal	n		4		41:80
carouse	nv	41	4	80	41:80
carousing	a
carp	nv	32	13,5	80
carpal	an		8
carpellary	a
carpellate	a
carpenter	nv	41	18	80	41:80
carpentry	n		4		41:80
carpet	nv	42,35	6,17	40	42:40
carpetbag	an		6
carpetbagging	a
carpeted	a
carping	n		10
carpophagous	a
carposporic	a
carposporous	a
carroty	a
carry	nv	35,42	4	60	42:80
carry-forward	n		21
carry-over	n		9,21		30:80
carsick	a
cart	nv	35,35	6,6	40	35:40
cartage	n		4		35:40
carte	n		10
cartesian	an		18
carthaginian	an		18
carthusian	an		18
cartilaginification	n		26
cartilaginous	a
carting	n		4
cartographic	a
cartographical	a
cartography	n		4
cartoon	nv	36	10,10	40	36:40
cartwheel	nv	38	6,4	80	38:80
caruncular	a
carunculate	a
carunculated	a
carunculous	a
carve	v	35,35		40
carved	a
carvel-built	a
carven	a
carving	n		6,4		35:40
caryophyllaceous	a
cascade	nv	38,35	17,14	c0	38:80
case	nv	39,35	11,26	40
case-by-case	a
case-hardened	a
caseate	v	30,30		80
casebook	an		10
cased	a
caseous	a
casework	n		4
cash	nv	40	21,21	40	40:40
cash-and-carry	a
cashable	a
cashcard	n		21
cashed	a
cashier	nv	41,41	18,18	60
casino	n		6,4
casket	nv	35	6,6	60	35:60
cassino	n		4
cassite	n		10,18
cassocked	a
cast	nv	36,40	14,6	40	41:40
cast-iron	a
cast-off	a
caste	n		26,14
casteless	a
castellated	a
castigate	v	32,41		60
castigation	n		10,4		32:20
castilian	n		10
casting	n		6,4		36:40
castle	nv	33	6,6	40
castled	a
castling	n		4		33:40
castrate	nv	30,30	18	40	29:60
castrated	a
castration	n		4,4		29:60
castroism	n		9
casual	a
casualness	n		7
casuistic	a
casuistical	a
casuistry	n		9,9
cat	nv	35,29	5,18	a0
cata-cornered	a
catabatic	a
catabiosis	n		22
catabolic	a
catabolise	v	30		40
catabolism	n		22		30:40
catabolize	v	30		40
catachresis	n		10
catachrestic	a
catachrestical	a
cataclinal	a
cataclysm	n		19,11
cataclysmal	a
cataclysmic	a
catacorner	a
catadromous	a
catalan	an		18,10
catalatic	a
catalectic	an		10
catalepsy	n		26
cataleptic	an		18
catalexis	n		10
catalog	nv	36,31	10,10	c0	36:80
catalogue	nv	31,36	10,10	c0	36:80
catalyse	v	30		40
catalysis	n		22
catalytic	a
catalyze	v	30		40
catamenia	n		22
catamenial	a
cataphasia	n		26
cataphatic	a
cataphatism	n		9
cataphoresis	n		22
cataphoretic	a
cataplasia	n		11
cataplastic	a
catapult	nv	35,35	6,6	c0	35:40
catapultian	a
catapultic	a
cataract	n		26,17
catarrh	n		26
catarrhal	a
catarrhine	an		5
catarrhinian	a
catastrophe	n		11,26
catastrophic	a
catatonia	n		26,26
catatonic	a
catcall	nv	32	10	60	32:60
catch	nv	31,39	7,23	60	35:40
catcher	n		18,4		35:60
catching	an		4,4
catchpenny	a
catchphrase	n		10
catchword	n		10,10
catchy	a
catechesis	n		4
catechetic	a
catechetical	a
catechise	v	32,32		20
catechism	n		10,10		32:20
catechismal	a
catechistic	a
catechize	v	32,32		20
categorem	n		10
categorematic	a
categoreme	n		10
categorial	a
categoric	a
categorical	a
categorisation	n		14,9
categorise	v	31		60
categorised	a
categorization	n		14,9		31:60
categorize	v	31		60
categorized	a
category	n		14,9		31:60
catenate	v	35		40
catenulate	av	35		40
cater	v	34,34		40
cater-cornered	a
catercorner	a
catering	n		4
caterpillar-tracked	a
caterwaul	nv	32	11	80	32:80
catharism	n		9
catharsis	n		4,4
cathartic	an		6
cathect	v	29		40
cathectic	a
cathedral	an		6,6
catheterisation	n		4		30:40
catheterise	v	30		40
catheterization	n		4		30:40
catheterize	v	30		40
cathodic	a
catholic	an		18
catholicise	v	30		20
catholicism	n		9		30:20
catholicity	n		9,7
catholicize	v	30		20
cationic	a
catkinate	a
catnap	nv	29	4	80	29:80
catoptric	a
catoptrical	a
catoptrics	n		9
cattiness	n		7
cattish	a
catty	an		23
catty-corner	a
catty-cornered	a
caucasian	an		18,10
caucasic	a
caucasoid	a
caucus	nv	41	14	80	41:80
caudal	a
caudate	an		8,5
caudated	a
caulescent	a
cauline	a
caulk	nv	35	27	40
caulked	a
causa	n		4
causal	a
causalgia	n		26
causation	n		4		36:40
causative	a
cause	nv	36,32	11,10	43	36:40
causeless	a
causerie	n		10
causeway	nv	40,35	6	40	35:40
causing	n		4
caustic	an		27
cauterisation	n		4		30:40
cauterise	v	30,30		40
cauterization	n		4		30:40
cauterize	v	30,30		40
cautery	n		6,4		30:40
caution	nv	32	7,10	60	32:60
cautionary	a
cautious	an		14
cautiousness	n		7
cavalier	an		18,18
cave	nv	35,31	17	c0	31:80
caveat	n		10,10
cavern	nv	35	17,17	40	35:40
cavernous	a
cavil	nv	32	10	80	32:80
cavitied	a
cavort	v	38		80
caw	nv	32	11	80	32:80
cayuga	n		18,10
cbc	n		4
cbr	n		19
cc	an		23
ccc	a
cd	an		27,23
cease	nv	42,42	28	c9	42:49
cease-fire	n		26
ceaseless	a
ceaselessness	n		7
cebuan	n		18,10
cebuano	n		10
cecal	a
cecity	n		26
cedar-scented	a
cedarn	a
cede	v	40,40		40
cedilla	n		10
ceding	n		4
ceilidh	n		11
ceiling	n		6,7
ceilinged	a
celebrate	v	41,41		e0
celebrated	a
celebration	n		11,4		41:40
celebratory	a
celebrity	n		18,26
celerity	n		7
celestial	a
celiac	a
celibacy	n		26,4
celibate	an		18
celiocentesis	n		4
celioma	n		26
celioscopy	n		4
cell-free	a
cell-like	a
cellarage	n		21,6
cellular	a
cellularity	n		26
cellulitis	n		26
celluloid	an		27,10
cellulosid	a
celtic	an		10
cement	nv	35,35	27,27	40	35:40
cementitious	a
cenobitic	a
cenobitical	a
cenogenesis	n		22
cenogenetic	a
cenozoic	an		28
cense	v	39		40
censor	nv	41,31	18,18	40	31:40
censored	a
censorial	a
censoring	n		4,4
censorious	a
censorship	n		4,4
censurable	a
censure	nv	32	10,26	20	32:20
census	nv	32	4	60	32:60
cent	n		23,21
centenarian	an		18
centenary	an		28
centennial	an		28
center	anv	42,31	15,6	c0
centered	a
centerfield	n		6,4
centerfold	n		10
centering	n		9,4		42:c0
centerpiece	n		9,6
centesimal	a
centesis	n		4
centigrade	a
centile	n		9
centime	n		23,21
central	an		6
centralisation	n		4,4		30:c0
centralise	v	30		c0
centralised	a
centralising	a
centralism	n		9
centralist	a
centralistic	a
centrality	n		7
centralization	n		4,4		30:c0
centralize	v	30		c0
centralized	a
centralizing	a
centre	nv	38,31	15,15	40
centrefold	n		10
centrepiece	n		9,6
centric	a
centrical	a
centrifugal	a
centrifugate	v	38		40
centrifugation	n		22		38:40
centrifuge	nv	38	6	40	38:40
centripetal	a
centrism	n		9
centrist	an		18
centroidal	a
centromeric	a
centrosomic	a
centrosymmetric	a
cephalalgia	n		26
cephalhematoma	n		26
cephalic	a
cephalitis	n		26
cephalohematoma	n		26
cephalometry	n		4
cephalopod	an		5
cephalopodan	a
cer	n		9
ceramic	an		6
ceramics	n		4
cercarial	a
cere	nv	35	5	60
cereal	an		20,13
cerebellar	a
cerebral	a
cerebrate	v	31		80
cerebration	n		9		31:80
cerebromeningitis	n		26
cerebrospinal	a
cerebrovascular	a
ceremonial	an		11
ceremonious	a
ceremoniousness	n		7
ceremony	n		11,4
ceric	a
cerise	an		7
cernuous	a
cerous	a
cert	n		7
certain	a
certainty	n		9,7
certifiable	a
certificate	nv	40,32	10,21	64	41:44
certificated	a
certification	n		4,10		41:61
certificatory	a
certified	a
certify	v	32,40		40
certiorari	n		10
certitude	n		9
cerulean	an		7
ceruminous	a
cervical	a
cervicitis	n		26
cervine	a
cesarean	an		4
cesarian	an		4
cespitose	a
cessation	n		11		42:49
cession	n		4		40:40
cetacean	an		5
cetaceous	a
ceylonese	a
cf	n		27,26
ch'i	n		26
cha-cha	nv	38	4	80	38:80
cha-cha-cha	n		4
chabad	n		14,9
chadian	an		18
chadic	n		10
chaeronea	n		4
chaetal	a
chaetognathan	a
chaetognathous	a
chafe	nv	39,37	26,12	c0	39:c0
chafed	a
chaff	nv	32	27,6	a0
chaffer	v	40,32		80
chafflike	a
chaffy	a
chafing	n		12
chaga	n		10
chagatai	n		10
chagga	n		10
chagrin	nv	37	12	60	37:60
chagrined	a
chahta	n		10
chain	nv	35,35	14,17	60	35:40
chain-smoke	v	34		80
chained	a
chainlike	a
chair	nv	41,32	6,4	c0
chairman	nv	41	18	40	41:40
chairmanship	n		4
chalazion	n		26
chaldaean	an		18,18
chaldean	an		18,18
chaldee	an		18,18
chalk	nv	36	27,7	40
chalky	a
challenge	nv	32,32	26,10	60	32:60
challengeable	a
challenging	a
chalons	n		4
chalons-sur-marne	n		4
chalybeate	a
chamber	nv	42	6,8	60	42:60
chambered	a
chamfer	nv	35,35	6	40	35:40
champ	nv	34,34	18	c0
champerty	n		4
champion	anv	33	18,18	60	33:60
championship	n		26,11
champleve	a
chance	anv	41,41	26,19	84	41:80
chance-medley	n		4
chanceful	a
chancellorship	n		4
chancellorsville	n		15,4
chancre	n		26
chancroid	n		26
chancroidal	a
chancrous	a
chancy	a
chandelle	nv	38	4	80
change	nv	30,30	11,24	e0	30:80
change-of-pace	n		4
change-up	n		4
changeability	n		7
changeable	a
changeableness	n		7
changed	a
changeful	a
changefulness	n		7
changeless	a
changelessness	n		7,7
changeover	n		11		30:c0
changing	a
channel	nv	38,38	10,6	40	38:40
channel-surf	v	30		80
channelisation	n		4		38:c0
channelise	v	38,36		c0
channelization	n		4		35:40
channelize	v	38,36		c0
channels	n		10
chanoyu	n		4
chant	nv	32,32	10	c0	32:40
chanted	a
chantey	n		10
chanting	n		4		32:c0
chantlike	a
chantry	n		21,6
chanty	n		10
chaos	n		26,19
chaotic	a
chap	nv	30	18,25	80
chapel	n		6,4
chaperon	nv	38	18	20	38:20
chaperone	nv	38	18	20	38:20
chapfallen	a
chaplaincy	n		4
chaplainship	n		4
chapleted	a
chapped	a
chapter	n		10,28
chapultepec	n		4
char	nv	43,30	27,18	40	43:40
character	nv	35	18,9	40	42:40
characterisation	n		10,10		32:60
characterise	v	42,32		60
characteristic	an		9,7
characterization	n		10,10		32:60
characterize	v	32,42		60
characterless	a
charade	n		10,10
charades	n		4
charcoal	anv	36	27,6	60	36:60
charcoal-gray	a
charcoal-grey	a
charge	nv	33,32	4,10	e0	33:e0
chargeable	a
charged	a
chari-nile	n		10
chariness	n		7
chariot	nv	38,38	6,6	e0	38:60
charisma	n		7
charismatic	a
charitable	a
charitableness	n		7
charity	n		14,7
charivari	n		10
charlatanism	n		4
charleston	nv	38	15,15	80
charley-horse	n		26
charm	nv	37,41	7,10	60	37:60
charmed	a
charming	a
charnel	an		6
chart	nv	31,31	10,6	40	31:40
chartaceous	a
charter	nv	41,41	10,10	60	41:20
chartered	a
chartism	n		9
chartless	a
chartreuse	an		13,7
chary	a
charybdis	n		11
chase	nv	38,41	4,18	60	41:20
chasidic	a
chasidism	n		9
chasse	nv	38	4	80	38:80
chassidic	a
chassidism	n		9
chaste	a
chasten	v	32,30		20
chasteness	n		7
chastening	n		10
chastise	v	32		20
chastisement	n		4,10		32:20
chastity	n		4,7
chat	nv	32	10,5	80	32:80
chateau-thierry	n		4
chatoyant	a
chatroom	n		10
chattanooga	n		15,4
chattel	n		21
chatter	nv	39,35	10,11	c0	32:80
chattering	n		11,11		35:40
chatty	a
chauffeur	nv	38	18	a0	38:a0
chauvinism	n		7,4
chauvinistic	a
chaw	nv	34	13	40	34:40
cheap	a
cheapen	v	30		40
cheapjack	an		18
cheapness	n		7,7
cheat	nv	41,33	20,20	e0
cheating	an		4		41:80
chechen	an		18,10
check	nv	31,41	21,9	c0	32:80
check-in	n		4		32:a0
checkbook	n		21
checked	a
checker	nv	36,30	18,18	40	40:40
checkered	a
checkers	n		4
checklist	n		10
checkmate	nv	33	11,4	60	33:60
checkout	n		4,28		31:40
checkrow	v	35		40
checksum	n		9
checkup	n		4
cheek	nv	32	8,10	20	32:20
cheekiness	n		7
cheeky	a
cheep	nv	32	11	80	32:80
cheer	nv	37,32	10,7	60	32:20
cheerful	a
cheerfulness	n		7,12
cheering	an		10		37:60
cheerio	n		10
cheerlead	v	32		a0
cheerless	a
cheerlessness	n		12
cheery	a
cheese	nv	42,35	13,20	40
cheeselike	a
cheeseparing	a
cheesy	a
cheilitis	n		26
cheiloschisis	n		26
cheilosis	n		26
chelate	anv	42	27	80	42:80
chelated	a
chelation	n		22,22		42:80
cheliceral	a
chelicerate	a
chelicerous	a
cheliferous	a
cheloid	n		26
chelonian	an		5
chemakuan	n		10
chemakum	n		10
chemic	a
chemical	an		27
chemiluminescence	n		19
chemiluminescent	a
chemisorb	v	35		40
chemisorption	n		22		35:40
chemisorptive	a
chemistry	n		9,27
chemoimmunology	n		9
chemoreceptive	a
chemosis	n		26
chemosorption	n		22		35:40
chemosorptive	a
chemosurgery	n		4
chemosynthesis	n		22
chemotaxis	n		4
chemotherapeutic	a
chemotherapeutical	a
chemotherapy	n		4
cheque	nv	40	21	40	40:40
chequebook	n		21
chequer	nv	36,30	6	40
chequered	a
cheremis	n		18,10
cheremiss	n		18,10
cherish	v	37		60
cherished	a
cherokee	n		10,18
cherry	an		20,20
cherry-red	a
cherry-sized	a
cherty	a
cherubic	a
chess	n		20,4
chestnut	an		20,20
chestnut-brown	a
chestnut-colored	a
chestnut-coloured	a
chesty	a
chevron	n		10,6
chevvy	v	37		60
chevy	v	37		60
chew	nv	34	13,4	c0	34:c0
chewable	a
chewing	n		4		34:c0
chewy	a
cheyenne	n		15,10
chi	n		26,10
chian	a
chiasmal	a
chiasmatic	a
chiasmic	a
chiasmus	n		10
chic	an		7
chicago	n		15,4
chicane	nv	33,32	14,6	e0
chicanery	n		4		33:60
chichewa	n		18,10
chichi	an		18,7
chickamauga	n		4
chickasaw	n		18,10
chicken	an		13,5
chicken-breasted	a
chicken-fight	v	33		80
chickenfeed	n		21
chickenfight	v	33		80
chickenhearted	a
chickenpox	n		26
chickenshit	n		10
chicness	n		7
chide	v	32		20
chiding	n		10		32:20
chief	an		18,18
chieftaincy	n		4
chieftainship	n		4
chilblain	n		26
chilblained	a
chilblains	n		26
child-centered	a
child-proof	v	30		40
childbearing	an		22
childbed	n		26
childbirth	n		22
childcare	n		4
childhood	n		28,26
childish	a
childishness	n		7
childless	a
childlessness	n		26
childlike	a
childly	a
childproof	v	30		40
chilean	an		18
chiliasm	n		9
chiliastic	a
chill	nv	37,30	7,12	60	30:40
chiller	n		4
chilliness	n		7,7
chilling	an		22		30:40
chilly	an		13
chimaera	n		18,9
chimariko	n		18,10
chime	nv	39	6	80	39:80
chimera	n		18,9
chimeral	a
chimeric	a
chimerical	a
chimwini	n		10
chin	nv	38	8,10	80
chin-up	n		4		38:80
chin-wag	n		10
chin-wagging	n		10
chinaman	n		18,4
chinchy	a
chine	nv	35	13,5	40	35:40
chinese	an		10,18
chinese-red	a
chingpo	n		10
chink	nv	39,35	18,17	c0	35:40
chinked	a
chinless	a
chinook	n		19,18
chinookan	n		10
chintzy	a
chip	nv	35,35	17,6	c0	35:40
chipewyan	n		18,10
chippendale	an		18
chipper	a
chippewa	n		18,10
chippewaian	n		10
chippewyan	n		10
chipping	n		4		35:80
chiralgia	n		26
chirk	v	32		80
chirography	n		10
chirology	n		9
chiromance	v	39		c0
chiromancy	n		9		39:c0
chiromantic	a
chiropody	n		9
chiropractic	n		4
chirp	nv	32,36	11	80	36:80
chirpiness	n		7
chirpy	a
chirr	v	32		80
chirrup	nv	32	11	80	32:80
chisel	nv	41,41	6	a0	35:40
chisel-like	a
chiseled	a
chishona	n		10
chit	n		18,10
chit-chat	nv	32	10	80	32:80
chitchat	nv	32	10	80	32:80
chitinous	a
chitter	v	32		80
chivalric	a
chivalrous	a
chivalry	n		7,9
chivaree	n		10
chivvy	v	37		60
chivy	v	37		60
chiwere	n		10
chlamydeous	a
chlamydia	n		26,5
chlamydial	a
chloasma	n		26
chlorinate	v	30,29		40
chlorination	n		22,4		30:40
chloroform	nv	29	6	20	29:20
chlorophyllose	a
chlorophyllous	a
chlorosis	n		26
chlorotic	a
chock	nv	35,35	6	40	35:40
chock-full	a
chockablock	a
chockful	a
chocolate-brown	a
chocolate-colored	a
chocolate-coloured	a
choctaw	n		18,10
choice	an		9,4
choiceness	n		7
choir	nv	36	14,14	80	36:80
choke	nv	29,35	6,6	e0	30:40
choke-full	a
choked	a
chokehold	n		7,4
choking	n		26,4		35:40
choky	an		6
cholangiography	n		4
cholangitis	n		26
cholecystectomy	n		4
cholecystitis	n		26
cholelithiasis	n		26
cholelithotomy	n		4
choler	n		12,12
cholera	n		26
choleraic	a
choleric	a
cholestasis	n		26
cholinergic	a
chomp	nv	34	4	c0	34:c0
chomping	n		4		34:c0
chondrify	v	30		80
chondritic	a
chondrodystrophy	n		26
chondroma	n		26
chondrosarcoma	n		26
choose	v	31,31		e4
choosey	a
choosy	a
chop	nv	35,38	19,13	c0	35:40
chopfallen	a
chopin	n		10,18
chopped	a
chopper	n		4,8		35:20
choppiness	n		26
choppy	a
choragic	a
choral	an		10
chorale	n		10
chord	nv	36,30	25,10	40	36:40
chordal	a
chordate	an		5
chorditis	n		26,26
chore	n		4
chorea	n		26,26
choreograph	v	36,31		c0
choreographic	a
choreography	n		4,10
choric	a
choriomeningitis	n		26
chorionic	a
chorioretinitis	n		26
chortle	nv	29	10	80	29:80
chorus	nv	32,36	11,14	c0	32:40
chouse	v	33		60
chrestomathy	n		10
christen	v	32		60
christening	n		4		32:60
christian	an		18
christianisation	n		11		30:20
christianise	v	30		20
christianity	n		9,14
christianization	n		11		30:20
christianize	v	30,30		60
christianly	a
christless	a
christlike	a
christly	a
christological	a
christology	n		9,9
chroma	n		7
chromaesthesia	n		9
chromatic	a
chromaticity	n		7
chromatinic	a
chromatism	n		26,7
chromatographic	a
chromatographical	a
chromatography	n		22
chrome	nv	35,30	27	40	35:40
chromesthesia	n		9
chromium-plate	v	35		40
chromoblastomycosis	n		26
chromolithography	n		10
chromosomal	a
chronic	a
chronicle	nv	32	10	40	32:40
chronological	a
chronologise	v	30		80
chronologize	v	30		80
chronology	n		24,10		30:80
chrysotherapy	n		4
chthonian	a
chthonic	a
chubbiness	n		7
chubby	a
chuck	nv	35,40	13,13	40
chuck-full	a
chuckle	nv	29	10	80	29:80
chuff	v	29		80
chuffed	a
chug	nv	39	11	80	39:80
chukchi	n		18,10
chukker-brown	a
chumminess	n		7
chummy	a
chunk	nv	35,31	14,23	60	31:60
chunking	n		9		31:60
chunky	a
church	nv	38	14,6	20	38:20
churchgoing	a
churchillian	a
churchly	a
churlish	a
churn	nv	35,38	6	c0	35:40
churned-up	a
churning	a
churr	v	32		80
churrigueresco	a
churrigueresque	a
chute	nv	38	6,6	80	38:80
chutzpa	n		7
chutzpah	n		7
chuvash	n		18,10
chylaceous	a
chylifactive	a
chylifactory	a
chyliferous	a
chylific	a
chyloderma	n		26
chylous	a
ci	an		23
ciao	n		10
cicatrice	n		26
cicatrise	v	35		80
cicatrix	n		26		35:80
cicatrize	v	35		80
cigar-shaped	a
cilial	a
ciliary	a
ciliate	an		5
ciliated	a
cimmerian	a
cinch	nv	35,31	4,6	40	31:40
cinema	n		10,6
cinematic	a
cinematise	v	36		40
cinematize	v	36		40
cinematography	n		4
cinerary	a
cinnabar	an		27,5
cinnamon-colored	a
cinnamon-coloured	a
cinnamon-red	a
cinnamon-scented	a
cipher	nv	32,31	10,23	44	32:40
circadian	a
circinate	a
circle	nv	38,38	25,14	c0
circuit	nv	38	6,4	80	38:80
circuitous	a
circular	an		10		38:40
circular-knit	a
circularisation	n		4		41:20
circularise	v	41,38		60
circularity	n		7
circularization	n		4		41:20
circularize	v	41,41		a0
circulate	v	32,32		c0
circulating	a
circulation	n		10,19		38:40
circulative	a
circulatory	a
circumambulate	v	38		40
circumboreal	a
circumcise	v	35,35		20
circumcision	n		28,4		35:20
circumduction	n		4
circumference	n		7,15
circumferent	a
circumferential	a
circumflex	n		10
circumfuse	v	38		40
circumlocution	n		10,10
circumlocutious	a
circumlocutory	a
circumnavigate	v	38		40
circumnavigation	n		4		38:40
circumpolar	a
circumscribe	v	35,30		40
circumscribed	a
circumscription	n		4		35:40
circumspect	a
circumspection	n		9,7
circumstance	n		26,26
circumstances	n		26,21
circumstantial	a
circumstantiate	v	32		40
circumvallate	v	33		40
circumvent	v	33,33		60
circumvention	n		4		32:40
circumvolute	v	42		80
circumvolution	n		4		38:40
circumvolve	v	38		40
circus	n		14,4
cirrhosis	n		26
cisalpine	a
cisc	n		14,7
cislunar	a
cismontane	a
cissy	a
citation	n		10,10		32:60
cite	nv	32,32	10	60
citified	a
citify	v	30		60
citizenship	n		26,7
citrate	nv	30	27	40
citric	a
citrous	a
city-born	a
city-bred	a
city-like	a
cityfied	a
cityscape	n		9,6
citywide	a
civic	a
civics	n		9
civil	a
civil-libertarian	a
civilian	an		18
civilisation	n		22,14		30:60
civilise	v	41,30		60
civilised	a
civility	n		7,4
civilization	n		14,22		30:60
civilize	v	41,30		60
civilized	a
cjd	n		26
cl	an		27,23
clabber	nv	30	13	c0	30:c0
clack	nv	39,32	11,6	80	39:80
clad	a
cladistics	n		9
claim	nv	32,40	10,10	44	40:40
clairvoyance	n		10
clairvoyant	an		18
clam	nv	35	5,21	80	35:80
clamant	a
clamatorial	a
clamber	nv	38	4	80	38:80
clamminess	n		26
clammy	a
clamor	nv	32,32	11,10	c0	32:c0
clamoring	n		10		32:80
clamorous	a
clamour	nv	32,32	10	c0	32:80
clamouring	n		10
clamp	nv	35,32	6	40	35:40
clampdown	n		4		30:40
clams	n		21
clandestine	a
clang	nv	39	11	c0	39:c0
clanger	n		4		39:c0
clanging	a
clangor	nv	39,39	11	c0	39:c0
clangoring	n		11
clangorous	a
clangour	nv	39	11	c0	39:c0
clank	nv	39	11	c0	39:c0
clanking	a
clannish	a
clannishness	n		7
clap	nv	35,38	11,26	60	35:40
clapboard	nv	35	27	40	35:40
clapperclaw	v	35,32		60
clapping	n		10		32:e0
claptrap	n		10
claret	nv	34	7,13	80	34:80
clarification	n		10,4		32:40
clarify	v	32,30		40
clarifying	a
clarion	anv	36,32	6	c0	36:80
clarity	n		7,7
clash	nv	35,42	11,26	80	42:80
clashing	a
clasp	nv	35,35	6,4	60	35:40
class	nv	31	14,14	60	31:40
class-conscious	a
classic	an		6,18
classical	an		10
classicalism	n		9
classicise	v	30		40
classicism	n		9
classicistic	a
classicize	v	30		40
classics	n		9
classifiable	a
classification	n		4,14		31:40
classificatory	a
classified	an		10
classifier	n		18,10		31:40
classify	v	31,41		60
classless	a
classwork	n		4
classy	a
clastic	a
clathrate	a
clatter	nv	39	11	80	39:80
clattery	a
claudication	n		26
clausal	a
clause	n		10,10
claustrophobia	n		26
claustrophobic	a
claver	v	32		80
clavus	n		26
claw	nv	38,35	5,6	c0	35:c0
claw-shaped	a
clawback	n		4
clawed	a
clawfoot	n		26
clawlike	a
claxon	nv	39,32	6	c0	39:c0
clayey	a
clean	anv	35,30	4	40
clean-burning	a
clean-cut	a
clean-handed	a
clean-limbed	a
clean-living	a
clean-shaven	a
cleanable	a
cleaning	n		4		42:80
cleanliness	n		26,7
cleanly	a
cleanness	n		26,26
cleanse	v	29,30		e0
cleansing	an		4		29:e0
cleanup	n		21,10		40:80
clear	anv	30,30	26,15	40	32:20
clear-cut	av	30		40
clear-eyed	a
clear-sighted	a
clear-thinking	a
clearance	n		7,23		38:40
clearcutness	n		7
cleared	a
clearheaded	a
clearing	n		15,4		30:40
clearness	n		7,7
cleat	nv	40,35	6,6	40	40:40
cleavable	a
cleavage	n		26,22
cleave	v	35,35		c0
clef	n		10
cleft	an		25,17		35:c0
cleistogamic	a
cleistogamous	a
cleistogamy	n		11
clemency	n		26,4
clement	a
clench	nv	35,35	6,4	60	35:60
clenched	a
clerical	a
clericalism	n		10
clerihew	n		10
clerk	nv	41	18,18	80	41:80
clerking	n		4		41:80
clerkship	n		4
clever	a
cleverness	n		9,9
clew	nv	35	14,10	c0	35:c0
cli	n		10
cliche	n		10
cliched	a
click	nv	38,39	11,10	c0	39:c0
click-clack	n		11
clickety-clack	n		11
clickety-click	n		11
client-server	a
cliff-hanging	a
cliffhanger	n		11,10
climactic	a
climate	n		26,26		30:80
climatic	a
climatical	a
climatology	n		9
climax	nv	30	11,10	80	30:80
climb	nv	38,38	17,11	c0	38:80
climb-down	n		10
climbable	a
climbing	n		11		38:c0
clime	n		26
clinch	nv	35,35	4,6	c0	35:40
clinched	a
clincher	n		10,9		32:40
clincher-built	a
cling	nv	35,37	13	c0
clinic	n		14,10
clinical	a
clink	nv	39,39	11,6	c0	39:40
clinker	nv	30,30	17,6	c0	30:80
clinker-built	a
clinking	a
clinocephalism	n		26
clinocephaly	n		26
clinodactyly	n		26
clinquant	a
clip	nv	35,38	6,11	e0
clip-clop	n		11
clip-on	an		6
clipped	a
clippety-clop	n		11
clipping	n		10,4		35:40
cliquish	a
cliquishness	n		7
clitoral	a
clitoric	a
clitoridectomy	n		4
clitter	v	39		c0
cloak	nv	39,35	6,6	60	39:60
cloak-and-dagger	a
cloaked	a
clobber	nv	35,35	21	60
clock	nv	30	6	60	30:60
clock-watching	n		9
clockwise	a
cloddish	a
clog	nv	35,36	6,6	c0	35:c0
clogged	a
clogging	a
cloggy	a
cloisonne	an		6
cloister	nv	42,35	6,6	40	30:20
cloistered	a
cloistral	a
clomp	v	38		80
clonal	a
clone	nv	36	18,14	60	36:60
clonic	a
cloning	n		4
clonus	n		26
clop	nv	39	11	80
clopping	n		11
close	anv	35,35	28,10	c0	42:80
close-fitting	a
close-grained	a
close-hauled	a
close-knit	a
close-minded	a
close-packed	a
close-set	a
closed	a
closed-captioned	a
closed-chain	a
closed-circuit	a
closed-door	a
closed-minded	a
closed-ring	a
closedown	n		4		41:c0
closefisted	a
closelipped	a
closely-held	a
closemouthed	a
closeness	n		12,7
closeout	n		4		40:40
closet	nv	35	6,6	60
closing	an		4,10		39:40
closure	nv	30	4,10	40	38:80
clot	nv	30,30	8	c0	30:40
clothe	v	29,41		60
clothed	a
clothesless	a
clotted	a
clotting	n		22		30:80
cloture	nv	30	10	40	30:40
cloud	nv	43,39	19,17	40	43:40
cloud-covered	a
cloud-cuckoo-land	n		9
cloudburst	n		19
clouded	a
cloudiness	n		26,26
clouding	n		22		43:40
cloudless	a
cloudlessness	n		7
cloudlike	a
cloudy	a
clout	nv	35	10,7	60
clove-scented	a
cloven	a
cloven-footed	a
cloven-hoofed	a
clown	nv	29	18,18	80	29:80
clowning	n		4,10		29:80
clownish	a
clownlike	a
cloy	v	40,34		c0
cloying	a
cloze	a
club	nv	41,41	14,14	80	41:80
club-shaped	a
clubable	a
clubbable	a
clubbing	n		26
clubbish	a
clubby	a
clubfoot	n		26
clubfooted	a
cluck	nv	32	11	80	32:80
clucking	n		11
clue	nv	35	10,10	c0
clueless	a
clump	nv	39,38	14,14	80	38:80
clumping	n		11
clumsiness	n		9,7
clumsy	a
clunk	nv	39	11	80	39:80
clunking	n		11
clunky	a
cluster	nv	38,35	14	c0	38:80
clustered	a
clutch	nv	35,35	4,26	60	35:60
clutches	n		4
clutter	nv	30	26,10	40	30:40
cluttered	a
clv	a
clx	a
clxv	a
clxx	a
clxxv	a
clxxx	a
clyster	n		4
cmb	n		19
cmbr	n		19
co-author	v	36		40
co-ed	an		18
co-educate	v	41		20
co-occur	v	42		80
co-occurrence	n		11,7		42:80
co-occurrent	a
co-op	n		4
co-opt	v	41,41		60
co-optation	n		4,4		41:20
co-option	n		4,4		41:20
co-ordinate	n		9
co-ordinated	a
co-referent	a
co-sign	v	41,32		c0
co-star	nv	42,36	18	c0	42:40
co-vary	v	42		80
coach	nv	32,38	18,18	a1	32:21
coaching	n		4		32:21
coact	v	41		80
coaction	n		4		41:80
coagulable	a
coagulate	av	30,30		c0
coagulated	a
coagulation	n		22		30:40
coal	nv	43,40	27,17	60	43:40
coal-black	a
coal-burning	a
coal-fired	a
coalesce	v	30,35		c0
coalesced	a
coalescence	n		4		35:40
coalescency	n		4		35:40
coalescent	a
coalescing	a
coalition	n		14,26		30:80
coapt	v	35,35		40
coarctate	a
coarctation	n		11,7
coarse	a
coarse-furred	a
coarse-grained	a
coarse-haired	a
coarse-textured	a
coarsen	v	35,30		40
coarsened	a
coarseness	n		10,7
coast	nv	38	17,17	80
coastal	a
coastwise	a
coat	nv	35,29	6,6	60	29:20
coated	a
coating	n		6,7		35:40
coax	nv	32	6	8	32:8
coaxal	a
coaxial	a
coaxing	an		10		32:8
cobble	nv	35,30	6	40	35:40
cobblers	n		10,8
cobblestone	nv	35	6	40
cobbling	n		4		30:40
cobol	n		10
cobwebby	a
cocainise	v	29		60
cocainize	v	29		60
coccal	a
coccidioidomycosis	n		26
coccidiomycosis	n		26
coccidiosis	n		26
coccoid	a
coccygeal	a
cochimi	n		18,10
cochlear	a
cock	nv	38,35	8,6	40
cock-a-doodle-doo	n		11
cock-a-hoop	a
cockaigne	n		9
cockamamie	a
cockamamy	a
cocker	nv	41	5	20
cockeyed	a
cockfight	n		11
cockfighting	n		4
cockiness	n		7
cockle	nv	38,35	13,5	c0
cockney	an		18,10
cocksure	a
cocksureness	n		9
cockup	n		4
cocky	a
coconspire	v	31		80
cocoon	nv	38,35	5	c0	35:40
cocooning	n		4
cocopa	n		18,10
cocopah	n		18,10
cod	anv	32,32	20,13	20
coda	n		10
coddle	v	41,30		60
code	nv	35,32	10,10	40	30:40
codex	n		10,10
codicil	n		10
codification	n		4,10		30:40
codified	a
codify	v	30		40
coding	n		4		32:40
codswallop	n		10
coeducate	v	41		20
coeducation	n		4
coeducational	a
coeliac	a
coenobitic	a
coenobitical	a
coequal	a
coerce	v	41		9
coercion	n		4,4		41:9
coercive	a
coetaneous	a
coeval	an		18
coexist	v	42,42		80
coexistence	n		26		42:80
coexistent	a
coexisting	a
coextension	n		7
coextensive	a
coffin	nv	35	6	60	35:60
cog	nv	35,35	18,6	40	35:40
cogency	n		24,7
cogent	a
cogged	a
coggle	v	38,38		80
cogitable	a
cogitate	v	31,31		c1
cogitation	n		9,9		31:41
cogitative	a
cognate	an		18,10
cognisable	a
cognisance	n		9		31:c4
cognisant	a
cognise	v	31		c4
cognitive	a
cognizable	a
cognizance	n		9,9		31:c4
cognizant	a
cognize	v	31		c4
cognomen	n		10,10
cognoscible	a
cohabit	v	42		80
cohabitation	n		4		42:80
cohere	v	35,42		c0
coherence	n		26,7		35:80
coherency	n		26,7		35:80
coherent	a
cohesion	n		26,22		35:80
cohesive	a
cohesiveness	n		26,7
coif	nv	35,29	8,6	60	35:20
coiffe	v	29		40
coiffure	nv	29	8	40	29:40
coil	nv	38,36	6,25	c0	38:80
coiled	a
coiling	a
coin	nv	36,36	21	40	36:40
coin-operated	a
coinage	n		21,10		36:40
coincide	v	42,30		80
coincidence	n		11,7
coincident	a
coincidental	a
coinciding	a
coinsurance	n		21		40:60
coinsure	v	40		60
coital	a
coition	n		4
coitus	n		4
coke	nv	30	27,13	80	30:80
cold	an		26,7
cold-blooded	a
cold-cream	v	35		40
cold-eyed	a
cold-shoulder	v	31		60
cold-temperate	a
coldcock	v	35		20
coldhearted	a
coldheartedness	n		12
coldness	n		9,7
coldwork	v	36		40
coleridgean	a
coleridgian	a
colic	n		26
colicky	a
colitis	n		26
collaborate	v	41,41		80
collaboration	n		4,4		41:80
collaborationism	n		4
collaborative	a
collagenic	a
collagenous	a
collapsable	a
collapse	nv	38,29	26,11	80	37:80
collapsible	a
collar	nv	35,35	6,7	60	35:60
collarless	a
collate	v	31,35		40
collateral	an		21
collateralize	v	32		40
collation	n		13,4		35:40
collect	anv	40,40	10	40
collectable	an		6
collected	a
collectible	an		6
collecting	n		4		40:40
collection	n		14,10
collective	an		14		41:40
collectivisation	n		4		41:40
collectivise	v	41		40
collectivised	a
collectivism	n		14,9
collectivist	an		18
collectivistic	a
collectivization	n		4		41:40
collectivize	v	41		40
collectivized	a
collegial	a
collegiate	a
collide	v	42,35		c0
colligate	v	31,31		60
colligation	n		26,9		31:60
collimate	v	30,30		40
collimation	n		4		30:40
collinear	a
collision	n		11,11		35:80
collocate	v	42,31		e0
collocation	n		10,4		31:60
collogue	v	32		80
colloidal	a
colloquial	a
colloquialism	n		10
colloquium	n		14,10
colloquy	n		10,10
collotype	n		10
collude	v	31		81
collusion	n		9,10		31:81
collusive	a
colly	v	35		40
collywobbles	n		26
colombian	an		18
colonial	an		18
colonialism	n		4
colonic	an		4
colonisation	n		4		41:40
colonise	v	41,30		40
colonised	a
colonization	n		4		41:40
colonize	v	41,30		40
colonized	a
colonnaded	a
colonoscopy	n		4
color	anv	30,32	7,7	40	36:40
color-blind	a
coloration	n		7,7
coloratura	n		18,4
colorcast	nv	32	10	40
colorectal	a
colored	an		18
colorfast	a
colorful	a
colorimetric	a
colorimetrical	a
colorimetry	n		4
coloring	n		13,7		30:40
colorise	v	30		40
colorize	v	30		40
colorless	a
colorlessness	n		7
colossal	a
colossians	n		10
colostomy	n		4
colour	anv	41,36	27,14	40	41:40
colour-blind	a
colouration	n		7,7
colourcast	n		10
coloured	a
colourful	a
colouring	n		13,7		30:40
colourise	v	30		40
colourize	v	30		40
colourless	a
colourlessness	n		7
colpitis	n		26
colpocele	n		26
colpocystitis	n		26
colpocystocele	n		26
colpoxerosis	n		26
coltish	a
columbian	a
columnar	a
columned	a
columniation	n		7
columniform	a
columnlike	a
coma	n		9,20
comal	a
comanche	n		18,10
comate	a
comatose	a
comatoseness	n		9
comb	nv	35,35	6,5	40	35:40
comb-like	a
comb-out	n		4,4		29:40
combat	nv	33	4,4	e0	33:e0
combat-ready	a
combatant	an		18		33:e0
combative	a
combativeness	n		7
combed	a
comber	n		18,11
combinable	a
combinational	a
combinative	a
combinatorial	a
combinatory	a
combine	nv	42,30	6,14	40	41:80
combined	a
combing	n		4		35:40
combining	n		11,4		42:40
comburant	a
comburent	a
combust	v	43,43		c0
combustibility	n		7
combustible	an		27
combustibleness	n		7
combustion	n		22,26		30:80
combustive	a
come	nv	38,38	8	80
come-at-able	a
come-on	n		9,7
comeback	n		10,4		32:84
comedown	n		4
comedy	n		10,10
comeliness	n		7
comely	a
comestible	an		13
comet-like	a
cometary	a
cometic	a
comeupance	n		11
comeuppance	n		11
comfit	nv	36	13	40
comfort	nv	37,29	26,12	60	29:60
comfortable	a
comfortableness	n		26,12
comforted	a
comforting	a
comfortless	a
comforts	n		21
comfy	a
comic	an		18
comical	a
comicality	n		7
coming	an		4,4		38:80
comint	n		4
comity	n		26
comma	n		10,5
command	nv	32,32	10,14	61	32:1
commandeer	v	35		60
commandership	n		4
commandery	n		4
commanding	a
commandment	n		10,9		32:1
commemorate	v	31,31		60
commemorating	a
commemoration	n		11,10		31:40
commemorative	an		17
commence	v	30,30		c9
commencement	n		28,11
commend	v	32,36		e0
commendable	a
commendation	n		10,10		32:a0
commensal	an		5
commensurable	a
commensurate	a
comment	nv	32,32	10,10	c4	32:80
commentary	n		10		32:c4
commentate	v	32,32		80
commerce	n		4,14
commercial	an		10
commercial-grade	a
commercialisation	n		4		30:40
commercialise	v	30		40
commercialised	a
commercialism	n		4
commercialization	n		4		30:40
commercialize	v	34,30		40
commercialized	a
comminate	v	32		60
commination	n		10,10
comminatory	a
commingle	v	35,30		c0
comminute	v	30		40
commiserate	v	37		80
commiseration	n		12,10		37:80
commiserative	a
commission	nv	41,41	14,21	41
commissioned	a
commissioning	n		4		41:1
commit	v	41,32		61
commitment	n		7,4		32:61
committal	n		4,4		40:20
committed	a
committedness	n		7
commix	v	35		c0
commixture	n		4		35:c0
commodious	a
commodiousness	n		7
common	an		15
common-law	a
commonage	n		21
commonality	n		14,7
commonness	n		26,7
commonplace	an		10
commonplaceness	n		7
commonsense	a
commonsensible	a
commonsensical	a
commonweal	n		7
commotion	n		26,4
commove	v	37,35		60
communal	a
communalise	v	40		40
communalism	n		4,4
communalize	v	40		40
commune	nv	32,32	15,14	a0	30:40
communicable	a
communicate	v	32,32		c0
communicating	n		10		32:80
communication	n		10,3		32:80
communicational	a
communications	n		9
communicative	a
communicativeness	n		7
communicatory	a
communion	n		4,10		32:80
communique	n		10
communisation	n		4,4		30:40
communise	v	30,30		40
communism	n		14,9		30:40
communist	an		18,18
communistic	a
community	n		14,21
communization	n		4,4		30:40
communize	v	30,30		40
commutability	n		7,7
commutable	a
commutate	v	30		40
commutation	n		4,10		38:80
commutative	a
commute	nv	30,38	4	80
commuting	n		4		38:80
comose	a
comp	n		10
compact	anv	35,35	6,10	50
compaction	n		11,4		35:10
compactness	n		7,7
companion	nv	42	18,18	60	42:60
companionability	n		7
companionable	a
companionableness	n		7
companionate	a
companionship	n		26
company	nv	42	14,14	60
comparability	n		7
comparable	a
comparative	an		10
compare	nv	31,42	7	e0	42:80
comparing	n		4		31:60
comparison	n		4,24		31:60
comparison-shop	v	40		80
compart	v	35		40
compartmental	a
compartmentalisation	n		26,4		30:40
compartmentalise	v	30		40
compartmentalised	a
compartmentalization	n		26,4		30:40
compartmentalize	v	30		40
compartmentalized	a
compartmented	a
compass	nv	41,38	6,7	40	41:40
compassion	n		12,7		37:20
compassionate	av	37		20
compassionateness	n		12
compatibility	n		12,7
compatible	a
compel	v	41,42		41
compelling	a
compendious	a
compendium	n		10,10
compensable	a
compensate	v	42,40		40
compensated	a
compensation	n		21,22		41:60
compere	nv	41	18	80	41:80
compete	v	33		80
competence	n		7
competency	n		7
competent	a
competition	n		24,11
competitive	a
competitiveness	n		7
competitory	a
compilation	n		10,4		40:40
compile	v	40,36		40
compiler	n		18,10		36:40
compiling	n		4		36:40
complacence	n		12
complacency	n		12
complacent	a
complain	v	32,32		84
complaining	a
complaint	n		26,10
complaintive	a
complaisance	n		7
complaisant	a
complect	v	42		80
complement	nv	30	10,23	40
complemental	a
complementary	an		7
complementation	n		24,7
complete	av	30,30		c8
completed	a
completeness	n		26,7
completing	a
completion	n		4,4		33:40
complex	an		9,27
complexify	v	30,30		c0
complexion	nv	30	7,14	40	30:40
complexity	n		7		30:40
complexness	n		7
compliance	n		4,7		41:80
compliancy	n		7		41:80
compliant	a
complicate	v	30,30		40
complicated	a
complicatedness	n		7
complication	n		4,26		30:40
complicity	n		26
compliment	nv	32,32	10	20	32:20
complimentary	a
compliments	n		10
complot	v	31		80
comply	v	41		80
component	n		9,24		42:40
comport	v	41,41		a0
comportment	n		7		41:20
compose	v	42,36		c0
composed	a
composing	n		7,4		36:c0
composite	an		9,20
compositeness	n		7
composition	n		7,7
compositional	a
compost	nv	30	27	c0	30:c0
composure	n		7		37:60
compound	anv	30,30	9,27	40	36:40
compounded	a
compounding	n		4		36:40
comprehend	v	31,39		64
comprehended	a
comprehendible	a
comprehensibility	n		7
comprehensible	a
comprehension	n		9,24		39:60
comprehensive	an		10
comprehensiveness	n		26,9
compress	nv	35,35	6	40
compressed	a
compressibility	n		7
compressible	a
compressing	n		4		35:40
compression	n		11,11		35:40
comprise	v	42,42		40
compromise	nv	32,32	4,10	80	32:80
compromising	a
comptrollership	n		4
compulsive	an		18
compulsiveness	n		7
compulsivity	n		7
compulsory	a
compunction	n		12
computable	a
computation	n		4,9		31:44
computational	a
compute	v	31		44
computerise	v	40,40		40
computerization	n		4		36:40
computerize	v	40,40		40
computing	n		9,4
comradeliness	n		7
comradely	a
comradery	n		7
comradeship	n		7
comstockery	n		4
comtism	n		9
con	nv	41,31	10,18	60
concatenate	v	35,30		40
concatenation	n		26,24		35:40
concave	a
concaveness	n		7
concavity	n		25,7
concavo-concave	a
concavo-convex	a
conceal	v	39,39		60
concealed	a
concealing	an		4		39:60
concealment	n		26,6		39:60
concede	v	32,32		e4
conceding	n		10		40:40
conceit	n		12,10
conceited	a
conceitedness	n		7
conceivability	n		26
conceivable	a
conceivableness	n		26
conceive	v	36,31		f0
concenter	v	31		40
concentrate	nv	30,31	27,13	c0	30:40
concentrated	a
concentration	n		7,7		30:40
concentre	v	31		40
concentric	a
concentrical	a
concentricity	n		7
concept	n		9		36:c0
conception	n		9,4		29:c0
conceptional	a
conceptive	a
conceptual	a
conceptualisation	n		9,4		36:c0
conceptualise	v	36		c0
conceptualism	n		9
conceptualistic	a
conceptuality	n		9
conceptualization	n		4,9		36:c0
conceptualize	v	36		c0
concern	nv	42,42	9,12	60	42:60
concerned	a
concert	nv	36,32	10	40	36:80
concerted	a
concertina	nv	38	6,6	80	38:80
concertise	v	36		80
concertize	v	36		80
concerto	n		10
concession	n		10,10		40:40
concessive	a
conchology	n		4
conciliable	a
conciliate	v	37,32		e0
conciliation	n		26,10		37:60
conciliative	a
conciliatory	a
concise	a
conciseness	n		10
concision	n		10
conclude	v	31,31		44
concluded	a
concluding	a
conclusion	n		9,9
conclusive	a
conclusiveness	n		7
concoct	v	35,36		40
concoction	n		13,11		36:40
concomitance	n		7
concomitant	an		11
concord	nv	42,36	15,26	c0	42:80
concordance	n		26,10		32:85
concordant	a
concordat	n		10
concrete	anv	35,30	27	40	35:40
concreteness	n		7
concretion	n		22,17
concretise	v	30		80
concretism	n		9
concretistic	a
concretize	v	31,30		c0
concubinage	n		4
concupiscence	n		12
concupiscent	a
concur	v	32,30		85
concurrence	n		10,4		32:85
concurrency	n		10,4
concurrent	a
concurring	a
concuss	v	38,29		40
concussion	n		11,11		38:40
condemn	v	32,32		60
condemnable	a
condemnation	n		10,4		39:60
condemnatory	a
condemning	a
condensate	n		27,19		30:40
condensation	n		9,22		30:40
condense	v	30,30		c0
condensing	n		4		30:80
condescend	v	41,41		81
condescending	a
condescendingness	n		7
condescension	n		7,10		32:a0
condign	a
condition	nv	41,41	26,10	61	30:40
conditional	a
conditionality	n		26
conditioned	a
conditioner	n		4,18		30:40
conditioning	n		9		41:61
conditions	n		26,26
condole	v	37		80
condolence	n		10		37:80
condolent	a
condonation	n		4		32:40
condone	v	32		40
conduce	v	41		80
conducive	a
conduct	nv	41,36	4,7	60	41:20
conductance	n		19
conducting	n		4,4		41:60
conduction	n		19		38:40
conductive	a
conductivity	n		19
condylar	a
cone	nv	35	6,25	40	35:40
cone-bearing	a
cone-shaped	a
conelike	a
confab	nv	32,32	10	80	32:80
confabulate	v	36,32		c0
confabulation	n		10,9		32:80
confect	nv	36,36	13	40
confection	nv	36	13,4	40	36:40
confederate	anv	41,41	18,18	80
confederation	n		26,14		41:80
confederative	a
confer	v	32,40		c0
conferment	n		4		40:40
conferral	n		4		40:40
confess	v	32,32		c4
confession	n		10,10		32:44
confide	v	32,40		c0
confidence	n		9,12
confident	a
confidential	a
confidentiality	n		26,9
confiding	a
configuration	n		9,7		36:40
configurational	a
configurationism	n		9
configure	v	36		40
configured	a
confine	v	30,30		60
confined	a
confinement	n		26,4		41:20
confines	n		7
confining	a
confirm	v	31,32		44
confirmable	a
confirmation	n		9,10		32:44
confirmative	a
confirmatory	a
confirmed	a
confirming	a
confiscate	av	40		40
confiscation	n		4		40:40
conflagrate	v	43,43		c0
conflagration	n		11
conflate	v	30		80
conflict	nv	42,41	4,12	80	42:80
conflicting	a
confluence	n		15,4
confluent	an		17
conflux	n		4
conform	v	42,30		80
conformable	a
conformance	n		7		42:80
conformation	n		25,7
conforming	a
conformism	n		9
conformist	an		18		30:80
conformity	n		7,4
confound	v	31,31		60
confounded	a
confounding	a
confront	v	33,32		60
confrontation	n		10,10		33:60
confrontational	a
confucian	an		18
confucianism	n		9
confusable	a
confuse	v	31,31		60
confused	a
confusedness	n		9
confusing	a
confusion	n		26,9		31:60
confutable	a
confutation	n		10,9		31:44
confutative	a
confute	v	31		44
conga	nv	38	10,4	80	38:80
conge	nv	32	6,4	80
congeal	v	30		80
congealed	a
congealment	n		22
congee	nv	38,32	13,6	80
congelation	n		22		30:80
congeneric	an		5
congenerical	a
congenerous	a
congenial	a
congeniality	n		7,7
congenialness	n		7
congenital	a
congest	v	35		c0
congested	a
congestion	n		26,26		35:c0
congestive	a
conglobate	v	30		80
conglobation	n		25,11		30:80
conglobe	v	30		80
conglomerate	anv	30	27,14	80
conglutinate	v	35,35		c0
conglutination	n		22,4		35:40
congolese	an		18
congratulate	v	32,32		20
congratulation	n		10,10		32:80
congratulations	n		10
congratulatory	a
congregate	v	38		80
congregating	n		4		38:80
congregational	a
congregationalism	n		9
congregationalist	an		18
congressional	a
congruence	n		7
congruent	a
congruity	n		7
congruous	a
congruousness	n		7
conic	an		25
conical	a
coniferous	a
conjectural	a
conjecture	nv	31	9,10	4	31:4
conjoin	v	35,41		a0
conjoined	a
conjoint	a
conjugal	a
conjugate	anv	30,32	27	40	30:40
conjugated	a
conjugation	n		26,24		32:40
conjunct	a
conjunction	n		7,26
conjunctival	a
conjunctive	an		10
conjunctivitis	n		26
conjuncture	n		11
conjuration	n		10,9		36:40
conjure	v	36,32		61
conjuring	n		9		36:40
conjury	n		9		36:40
conk	nv	38,35	8	e0	35:60
conn	v	38		40
connate	a
connatural	a
connect	v	35,31		60
connected	a
connectedness	n		26,24
connection	n		24,26
connective	an		10,6
connectivity	n		7
conniption	n		26
connivance	n		10,10		31:80
connive	v	41,31		c0
conniving	a
connoisseurship	n		9
connotation	n		10,9		32:40
connotational	a
connotative	a
connote	v	32,32		44
connubial	a
conquer	v	30,40		60
conquerable	a
conquering	n		4		40:40
conquest	n		4,4
consanguine	a
consanguineal	a
consanguineous	a
conscience	n		16,7
conscience-smitten	a
conscienceless	a
conscientious	a
conscientiousness	n		7,7
conscionable	a
conscious	a
consciousness	n		9,9
conscript	nv	33	18	20	33:20
conscription	n		4		33:20
consecrate	av	41,32		61
consecrated	a
consecration	n		4,4		41:20
consecutive	a
consensual	a
consensus	n		26
consent	nv	32	10	40	32:40
consentaneous	a
consentient	a
consenting	a
consequence	n		19,11
consequent	a
consequential	a
conservancy	n		14,4
conservation	n		11,4		40:40
conservatism	n		9
conservative	an		18,18
conservativism	n		9
conserve	nv	42,40	13	40	30:40
conserved	a
consider	v	31,39		71
considerable	a
considerate	a
considerateness	n		7
consideration	n		9,9		39:40
considered	a
consign	v	40,40		40
consignment	n		6,4		40:40
consist	v	42,42		80
consistence	n		7,7		42:80
consistency	n		7,7		42:80
consistent	a
consociate	v	41		e0
consolable	a
consolation	n		12,4		37:60
consolatory	a
console	nv	37	6,6	60
consolidate	v	30,30		c0
consolidated	a
consolidation	n		11,4		30:80
consolidative	a
consoling	a
consonance	n		10,7		39:80
consonant	an		10,10
consonantal	a
consonate	v	39		80
consort	nv	41,42	18,14	80	41:80
conspecific	an		5
conspectus	n		10
conspicuous	a
conspicuousness	n		26,7
conspiracy	n		10,9		31:81
conspirative	a
conspiratorial	a
conspire	v	31,31		81
constancy	n		7,9
constant	an		9,23
constatation	n		9
constellate	v	42,38		c0
constellation	n		9,17		42:40
consternate	v	37		60
consternation	n		12
constipate	v	30,29		40
constipated	a
constipation	n		26,4		29:40
constituent	an		6,18		42:40
constitute	v	42,41		60
constituted	a
constitution	n		10,4		40:40
constitutional	an		4		38:80
constitutionalise	v	30		40
constitutionalism	n		14,9
constitutionalize	v	40,38		c0
constitutive	a
constrain	v	35,30		40
constrained	a
constraining	a
constraint	n		26,6
constrict	v	35,30		c0
constricted	a
constricting	a
constriction	n		25,11		30:c0
constrictive	a
constringe	v	30		c0
construal	n		10		31:40
construct	nv	36,36	9	40
construction	n		4,10		36:40
constructive	a
constructive-metabolic	a
constructiveness	n		7
construe	v	31		40
consubstantial	a
consubstantiate	v	30,30		c0
consubstantiation	n		9		30:40
consuetude	n		4
consuetudinal	n		10
consuetudinary	n		10
consular	a
consulship	n		4
consult	v	32,32		e0
consultancy	n		4
consultation	n		10,10		32:80
consultative	a
consultatory	a
consultive	a
consumable	a
consume	v	34,34		40
consumerism	n		9,4
consuming	a
consummate	av	36,36		40
consummated	a
consummation	n		4,4		36:40
consumption	n		4,26		34:40
consumptive	an		18
contact	nv	32,35	4,4	60	32:60
contagion	n		26,11
contagious	a
contain	v	42,42		40
contained	a
containerise	v	35		40
containerize	v	35		40
containment	n		9,6		33:60
contaminate	v	30,30		40
contaminated	a
contaminating	a
contamination	n		26,27		30:40
contaminative	a
contemn	v	37		60
contemplate	v	39,31		48
contemplation	n		4,9		39:40
contemplative	an		18
contemplativeness	n		7
contemporaneity	n		7,7
contemporaneous	a
contemporaneousness	n		7,7
contemporary	an		18
contemporise	v	42,31		c0
contemporize	v	42,31		c0
contempt	n		12,7
contemptibility	n		7
contemptible	a
contemptuous	a
contemptuousness	n		7
contend	v	32,32		c4
content	anv	34,37	14,10	60
contented	a
contentedness	n		26
contention	n		10,10		32:4
contentious	a
contentiousness	n		7
contentment	n		12		34:20
contents	n		10
conterminous	a
contest	nv	32	11,4	44	32:44
contestable	a
contestation	n		10		32:44
contested	a
context	n		10,26
contextual	a
contextualism	n		9
contiguity	n		7
contiguous	a
contiguousness	n		7
continence	n		7,7
continency	n		7
continent	an		17,15
continent-wide	a
continental	a
contingence	n		11
contingency	n		11,26
contingent	an		14,14
continual	a
continuance	n		4,28		42:88
continuant	an		10
continuation	n		4,10		42:40
continuative	n		10
continue	v	42,32		89
continued	a
continuing	a
continuity	n		26,10
continuo	n		10
continuous	a
continuousness	n		7
contort	v	35		40
contorted	a
contortion	n		4,25		35:40
contour	nv	36	10,7	40	36:40
contraband	an		6
contrabass	an		6
contraception	n		4
contraceptive	an		6
contraclockwise	a
contract	nv	32,41	10,10	21	41:20
contractable	a
contracted	a
contractile	a
contractility	n		7
contracting	n		4		29:40
contraction	n		4,11		35:40
contractual	a
contracture	n		4		35:40
contradance	nv	38	4	80
contradict	v	42,32		40
contradiction	n		24,10
contradictory	an		24
contradistinction	n		9		31:40
contradistinguish	v	31		40
contraindicate	v	32		40
contraindication	n		10		32:40
contralateral	a
contralto	an		18,10
contrapuntal	a
contrariness	n		7,7
contrarious	a
contrary	an		24,24
contrast	nv	31,42	24,4	c0	42:80
contrasting	a
contrastive	a
contrasty	a
contravene	v	41,32		c0
contravention	n		4		41:80
contredanse	nv	38	4	80	38:80
contretemps	n		4
contribute	v	40,40		c0
contributing	a
contribution	n		4,21		40:c0
contributive	a
contributory	a
contrite	a
contriteness	n		12
contrition	n		12
contrivance	n		6,9
contrive	v	36,36		41
contrived	a
control	nv	41,41	7,24	60	41:60
controllable	a
controlled	a
controllership	n		4
controlling	a
controversial	a
controversy	n		10
controvert	v	32,31		40
contumacious	a
contumacy	n		4,4
contumelious	a
contumely	n		10
contuse	v	35		60
contusion	n		26,4		35:60
conundrum	n		10
convalesce	v	29		80
convalescence	n		22		29:80
convalescent	an		18		29:80
convect	v	38		40
convection	n		22,22		38:40
convene	v	38,32		e0
convenience	n		26,7
conveniences	n		21
convenient	a
convening	n		4		38:e0
convention	n		14,9
conventional	a
conventionalisation	n		4		30:40
conventionalise	v	30		40
conventionalised	a
conventionalism	n		7
conventionality	n		9,9
conventionalization	n		4		36:40
conventionalize	v	30,36		40
conventionalized	a
conventual	a
converge	v	42,42		80
convergence	n		11,9		38:80
convergency	n		9,4		42:80
convergent	a
converging	n		4		42:80
conversance	n		9
conversancy	n		9
conversant	a
conversation	n		10		32:80
conversational	a
converse	anv	32	10	80
conversion	n		11,9		30:c0
convert	nv	30,30	18	c0	30:20
converted	a
convertibility	n		7
convertible	an		6,21
convex	a
convexity	n		7,25
convexness	n		7
convexo-concave	a
convexo-convex	a
convey	v	32,32		40
conveyable	a
conveyance	n		10,10		32:40
conveyancing	n		4
conveying	n		4		40:60
convict	nv	32	18,18	20	32:20
conviction	n		9,4		32:20
convince	v	32		20
convinced	a
convincible	a
convincing	a
convincingness	n		7
convivial	a
conviviality	n		7,4
convocation	n		14,4		32:20
convoke	v	32		20
convolute	av	35,32		c0
convoluted	a
convolve	v	35		c0
convoy	nv	38	14,14	60	38:60
convulse	v	32,29		e0
convulsion	n		26,26		35:40
convulsive	a
coo	nv	32,32	11	80	32:80
cooccur	v	42		80
cooccurring	a
cook	nv	36,36	18,18	c0	36:80
cookbook	n		10
cooked	a
cookery	n		4		36:80
cookie-cutter	a
cookie-sized	a
cooking	n		4		36:80
cool	anv	30,30	7,7	c0	30:80
cool-white	a
coolheaded	a
cooling	n		22,6		30:40
coolness	n		12,7
cooper	nv	36	18,18	40
cooperate	v	41		80
cooperation	n		4,4		41:80
cooperative	an		4,14
cooperativeness	n		7
coordinate	anv	30,41	9	60
coordinated	a
coordinating	a
coordination	n		9,4		41:80
coordinative	a
cop	nv	40,35	18	60	35:20
copacetic	a
copasetic	a
cope	nv	41	6,6	80
copehan	n		10
copernican	a
copesetic	a
copesettic	a
copestone	n		9,6
copious	a
copiousness	n		7
coplanar	a
copolymerise	v	30		80
copolymerize	v	30		80
copout	n		4		31:80
copper	nv	35	27,21	40	35:40
copper-bottom	v	40		40
copper-bottomed	a
copperplate	n		10,6
coppery	a
coprolalia	n		26
coprophagia	n		4
coprophagy	n		4
coptic	an		10
copula	n		10
copular	a
copulate	v	35		80
copulation	n		4		35:80
copulative	an		10
copulatory	a
copy	nv	36,36	10,6	40	36:40
copybook	n		10
copyedit	v	31		c0
copyhold	n		21
copying	n		4		36:40
copyread	v	31		c0
copyright	nv	40	10	40	40:40
copyrighted	a
coquet	v	32		80
coquetry	n		4		32:80
coquette	nv	32	18	80	32:80
coquettish	a
coral	an		7,27
coral-red	a
corbel	nv	40	6	40	40:40
corbelled	a
cord	nv	35,35	6,23	40	35:40
cordate	a
corded	a
cordial	an		13
cordiality	n		7
cordiform	a
corditis	n		26
cordless	a
cordon	n		14,10
corduroy	nv	36	6,6	40	36:40
core	nv	35	14,15	40	35:40
coreferent	a
coreferential	a
coriaceous	a
corinthian	an		18,18
cork	nv	35,30	27,27	40	35:40
corkage	n		21
corked	a
corker	n		10,6		35:40
corking	a
corkscrew	nv	38	6	80
corky	a
cormose	a
cormous	a
corn	nv	34,30	20,20	40	34:40
corn-fed	a
corneal	a
corned	a
corneous	a
corner	nv	41,38	15,15	60
cornered	a
cornerstone	n		9,6
cornhusking	n		14,4
cornice	nv	40	6,6	40	40:40
cornish	an		10,5
cornucopia	n		10,7
corny	a
corollary	n		11,9
corona	n		19,20
coronach	n		10
coronary	an		26
coronate	v	41		20
coronation	n		11		41:20
coroneted	a
corporal	an		18
corporality	n		7
corporate	a
corporatism	n		7
corporatist	an		18
corporeal	a
corporeality	n		7
corposant	n		19
corpulence	n		7
corpulency	n		7
corpulent	a
corpus	n		21,14
corpuscular	a
corrade	v	35		40
corral	nv	35,35	6	40	35:40
corrasion	n		22		35:40
correct	av	30,41		60
correctable	a
corrected	a
correction	n		4,23		30:40
correctional	a
corrections	n		14,4
correctitude	n		7
corrective	an		6
correctness	n		7,7
corregidor	n		4
correlate	anv	42,31	9	c0	42:80
correlated	a
correlation	n		24,9		42:80
correlational	a
correlative	an		9
correspond	v	42,42		80
correspondence	n		10,7		32:80
correspondent	an		18,18		32:80
corresponding	a
corrigenda	n		10
corrigendum	n		10
corrigible	a
corroborant	a
corroborate	v	31,32		44
corroboration	n		10		42:40
corroborative	a
corroboratory	a
corrode	v	30,30		c0
corroded	a
corroding	n		22		30:40
corrosion	n		26,22		30:80
corrosion-resistant	a
corrosive	an		27
corrugate	v	35		40
corrugated	a
corrugation	n		25,4		35:40
corrupt	av	41,40		60
corrupted	a
corruptibility	n		7
corruptible	a
corrupting	a
corruption	n		7,26
corruptive	a
corruptness	n		26,7
corset	nv	29	6	20	29:20
corsican	a
cortical	a
corticifugal	a
corticipetal	a
cortico-hypothalamic	a
corticoafferent	a
corticoefferent	a
corticofugal	a
coruscant	a
coruscate	v	43,30		80
coruscation	n		11,9		43:80
corvee	n		4
corvine	a
corymbose	a
coryza	n		26
coseismal	a
coseismic	a
cosh	nv	35	6	60	35:60
cosher	a
cosign	v	41,32		c0
cosignatory	an		18
cosiness	n		26
cosmetic	an		6
cosmetology	n		4
cosmic	a
cosmogenic	a
cosmogeny	n		9
cosmogonic	a
cosmogonical	a
cosmogony	n		9
cosmography	n		9,6
cosmolatry	n		4
cosmologic	a
cosmological	a
cosmology	n		9,9
cosmopolitan	an		18
cosponsor	v	40		60
cosset	v	41		20
cost	nv	42,42	21,7	60	42:60
cost-effective	a
cost-efficient	a
cost-plus	a
costal	a
costalgia	n		26
costanoan	n		18,10
costate	a
costiasis	n		26
costing	n		4
costive	a
costless	a
costliness	n		7
costly	a
costochondritis	n		26
costs	n		21
costume	nv	29,40	6,6	e0
costumed	a
cosy	an		6
coterminous	a
cotilion	n		11,4
cotillion	n		11,4
cotton	nv	37	27,6	80
cottony	a
cottony-white	a
cotyloid	a
cotyloidal	a
couch	nv	32	6,6	40
couchant	a
cough	nv	29	26	c0	29:c0
coughing	n		26		29:c0
councillorship	n		4
councilorship	n		4
counsel	nv	32	18,10	21	32:21
counseling	n		10		32:21
counselling	n		10		32:21
counsellorship	n		4
counselorship	n		4
count	nv	32,42	23,4	e4
countable	a
countdown	n		4		32:80
countenance	nv	32	7,10	41	32:41
counter	anv	32,41	6,6	c4	32:60
counter-drill	v	35		40
counter-sabotage	n		4
counteract	v	41,41		60
counteraction	n		4		41:40
counteractive	a
counterargument	n		10
counterattack	nv	33	4,4	80	33:80
counterattraction	n		10
counterbalance	nv	42,42	6,25	60	42:60
counterbalanced	a
counterblast	n		10
counterblow	n		4
counterbombardment	n		4
counterchallenge	v	32		40
counterchange	v	30		40
countercharge	n		10,4
countercheck	nv	41,41	26,9	40
counterclaim	nv	32	4	80	32:80
counterclockwise	a
countercoup	n		4
counterculture	n		9
countercurrent	n		11,4
counterdemonstration	n		4
counterespionage	n		4
counterexample	n		9
counterfactual	a
counterfactuality	n		7
counterfeit	anv	36	6	40	36:40
counterfire	n		4
counterfoil	n		10
counterglow	n		19
counterinsurgency	n		4
counterinsurgent	a
counterintelligence	n		4
counterintuitive	a
countermand	nv	32	10	40	32:40
countermarch	nv	38,31	4	80
countermeasure	n		4
countermine	nv	41,33	4	40	33:40
countermove	n		4
counteroffensive	n		4
counteroffer	n		10
counterpart	n		9,6
counterplan	n		9
counterplay	n		4
counterplea	n		10
counterplot	nv	31	9	c0	31:c0
counterpoint	nv	42,36	10	c0	36:40
counterpoise	nv	42	6	40	42:40
counterpoised	a
counterpose	v	42		40
counterproductive	a
counterproposal	n		10
counterpunch	n		4
counterreformation	n		26
counterrevolution	n		4
counterrevolutionary	an		18
countershot	n		4
countersign	nv	32	10,10	c0	32:c0
countersignature	n		10		32:c0
countersink	nv	35	6,6	40	35:40
counterstrike	v	33		80
countersubversion	n		4
countersuit	n		4
countertenor	an		18,10
counterterror	a
counterterrorism	n		9
counterterrorist	an		18
countertransference	n		9
countervail	v	42,41		40
counterweight	nv	42	6	40	42:40
counting	n		4		32:80
countless	a
countlessness	n		7
countrified	a
country-bred	a
country-dance	nv	38	4	80	38:80
country-style	a
countryfied	a
countryseat	n		21
countrywide	a
countywide	a
coup	n		4,4
couple	nv	35,35	14,14	60	41:80
coupled	a
couplet	n		23,10
coupon	n		10,9
courage	n		7
courageous	a
courageousness	n		7
courante	n		4
course	nv	38,38	4,14	c0
coursework	n		4
coursing	n		4		33:c0
court	nv	41,41	14,6	60
court-martial	nv	41	14,4	20	41:20
court-ordered	a
courteous	a
courtesy	n		4,10
courting	n		10		41:a0
courtliness	n		7
courtly	a
courtship	n		10
cousinly	a
couth	a
couthie	a
couthy	a
couture	n		4
couvade	n		4
covalence	n		7
covalency	n		7
covalent	a
covariance	n		9		42:80
covariant	a
covariation	n		9		42:80
covenant	nv	41,32	10,10	80	32:80
coventry	n		26,15
cover	nv	35,35	6,6	40	39:80
cover-up	n		4		39:40
coverage	n		21,7		32:60
covered	a
covert	an		14,6
covertness	n		26
covet	v	37		40
coveted	a
covetous	a
covetousness	n		12,7
cow	nv	37	5,5	60
cowardice	n		7
cowardliness	n		7
cowardly	a
cower	v	38,38		80
cowhide	nv	35	27,27	20
cowl	nv	35	6,6	40	35:40
cowl-shaped	a
cowled	a
cowpens	n		4
cowpox	n		26
cox	nv	41	27,18	80	41:80
coy	a
coyness	n		7
cozen	v	41,41		e0
cozenage	n		4		41:80
coziness	n		26
cozy	an		6
cpi	n		10,10
cpr	n		4
crab	nv	38,38	5,18	c0	33:80
crabbed	a
crabbedness	n		7
crabbiness	n		7
crabby	a
crabs	n		26
crabwise	a
crack	anv	30,39	17,6	80	30:80
crack-up	n		26		37:80
crackbrained	a
crackdown	n		4		30:40
cracked	a
cracker-barrel	a
crackers	a
cracking	an		11,4		39:80
crackle	anv	39,32	11,6	80	39:80
crackling	n		27,11		39:80
cradle	nv	35,41	6,15	60	35:60
cradlesong	n		10,4
craft	nv	36	4,6	40	36:40
craftiness	n		9,7
craftsmanship	n		9
crafty	a
cragfast	a
cragged	a
craggy	a
cram	v	35,35		40
cramp	nv	35,30	26,6	40	35:40
cramped	a
cranch	v	35		40
crane	nv	29	18,18	40
cranial	a
craniology	n		9
craniometric	a
craniometrical	a
craniometry	n		9
craniotomy	n		4
crank	anv	38,38	18,18	c0
crankiness	n		7
cranky	a
crannied	a
crap	nv	29	27,10	80	29:80
crape	nv	35,35	13,6	40	35:40
crapette	n		4
crappy	a
craps	n		23,4
crapshoot	n		4,4
crapulence	n		4
crapulent	a
crapulous	a
crash	nv	38,38	11,11	80	38:80
crash-dive	v	38		80
crashing	a
crass	a
crassitude	n		7
crassness	n		7
crate	nv	35	6,23	40	35:40
craunch	v	35		40
crave	v	34,32		c0
craved	a
craven	an		18
cravenness	n		7
craving	n		12		34:c0
crawfish	nv	32	13,5	80
crawl	nv	38,42	4,4	80	38:80
crawling	n		4		38:80
crayon	nv	36	6	60	36:60
craze	nv	37,30	9,26	c0	37:40
crazed	a
craziness	n		26,9
crazy	an		18
creak	nv	39	11	80	39:80
creaking	n		11		39:80
creaky	a
cream	nv	35,35	14,13	60	30:40
cream-colored	a
creaminess	n		7
creamy	a
creamy-colored	a
creamy-white	a
creamy-yellow	a
crease	nv	35,35	25,25	c0	30:80
crease-resistant	a
creaseless	a
creaseproof	a
create	v	36,36		40
creation	n		4,6		36:40
creationism	n		9
creative	a
creativeness	n		9
creativity	n		9
crecy	n		4
cred	n		7
credal	a
credence	n		9,6
credendum	n		10
credential	n		10
credentialled	a
credentials	n		10
credibility	n		7
credible	a
credibleness	n		7
credit	nv	31,31	10,21	e0	31:60
creditable	a
credited	a
credits	n		10
creditworthiness	n		7
creditworthy	a
credo	n		9
credulity	n		7
credulous	a
credulousness	n		7
cree	n		18,10
creed	n		9,10
creedal	a
creep	nv	38,38	18,11	80	38:80
creepiness	n		9
creeping	n		4		38:80
creeps	n		26,12
creepy	a
creepy-crawlies	n		12
creepy-crawly	an		5
cremate	v	30		60
cremation	n		4		30:60
crenate	a
crenated	a
crenel	nv	40	25,6	40	40:40
crenelate	v	40		40
crenelation	n		6,4		40:40
crenellate	v	40		40
crenellation	n		6,4		40:40
crenulate	a
crenulated	a
creole	an		18,18
creolize	v	30		80
creosote	nv	30	27,27	40	30:40
crepe	nv	35	27,13	40	35:40
crepitate	v	39		80
crepitation	n		11		39:80
crepuscular	a
crescendo	anv	30	7	80	30:80
crescent	an		25
crescent-shaped	a
cresson	a
crest	nv	42,38	15,15	c0	42:40
crested	a
crestfallen	a
cretaceous	an		28
cretinism	n		26
cretinous	a
crew	nv	33	14,14	40	33:40
crib	nv	41,40	6,10	c0	41:80
cribbage	n		4
crick	nv	29	26,18	40	29:40
cricket	nv	33	5,4	80	33:80
crime	n		4,4		32:20
criminal	an		18		41:60
criminalisation	n		4
criminalise	v	41		40
criminalism	n		26
criminality	n		26
criminalization	n		4
criminalize	v	41,41		60
criminalness	n		26
criminate	v	32,32		20
criminative	a
criminatory	a
criminological	a
criminology	n		9
crimp	nv	35,35	25,18	40	35:40
crimson	anv	29	7	80	29:80
crimson-magenta	a
crimson-purple	a
crimson-yellow	a
cringe	v	38,38		80
cringing	a
crinkle	nv	35,30	25	c0	30:80
crinkled	a
crinkly	a
crinoid	an		5
cripple	nv	30,29	18	60	29:60
crippled	a
crippling	a
crisis	n		26,11
crisp	anv	35,30	13	c0	30:40
crispate	a
crispen	v	30		40
crispiness	n		7
crispness	n		7,10
crispy	a
crisscross	anv	38,35	7	40	30:40
crisscrossed	a
criterial	a
criterion	n		10,9
criterional	a
critical	a
criticality	n		26,26
criticalness	n		26
criticise	v	32,33		e0
criticism	n		10,9		32:60
criticize	v	32,33		e0
critique	nv	32	10,9	40	32:40
croak	nv	30,32	10	80	32:80
croaking	n		10		32:80
croaky	a
croatian	an		18
crochet	nv	36,36	6	c0	36:c0
crocheting	n		6,4		36:40
crock	nv	38,35	27,10	c0
crocked	a
crocketed	a
cromwellian	a
cronk	v	32,32		80
cronyism	n		4
crook	nv	38	18,25	c0	38:c0
crookback	an		18
crookbacked	a
crooked	a
crookedness	n		25,7
croon	v	32		c0
crooning	n		4,4		32:c0
crop	nv	35,36	20,20	40	35:40
crop-dusting	n		4
cropped	a
croquet	nv	35,33	4	c0	33:80
crosier	n		10
cross	anv	38,38	6,7	c0	36:40
cross-banded	a
cross-check	v	31		44
cross-classification	n		9
cross-cultural	a
cross-division	n		9
cross-dress	v	29		80
cross-examination	n		10		32:20
cross-eye	n		26
cross-eyed	a
cross-fertilisation	n		11,4		29:80
cross-fertilise	v	29,29		c0
cross-fertilization	n		11,4		29:80
cross-fertilize	v	29,29		c0
cross-file	v	41		80
cross-grained	a
cross-index	nv	41	10	60	41:60
cross-linguistic	a
cross-link	nv	35	19	40	35:40
cross-linkage	n		19		35:40
cross-modal	a
cross-ply	a
cross-pollinate	v	29		40
cross-pollinating	a
cross-pollination	n		11,4		29:40
cross-purpose	n		9
cross-question	n		10		32:20
cross-refer	v	32		80
cross-reference	n		10
cross-section	a
cross-sectional	a
cross-sentential	a
cross-shaped	a
cross-town	a
crossbones	n		10
crossbred	a
crossbreed	nv	35	5	40	35:40
crossbreeding	n		4,4
crosscheck	n		9,4
crosscurrent	n		11,4
crosscut	nv	35	15,6	40	35:40
crossed	a
crossfire	n		10,4
crosshairs	n		9
crosshatch	nv	36	7	40	36:40
crosshatched	a
crosshead	n		10,6
crossheading	n		10
crossing	n		4,17		38:c0
crossness	n		12,7
crossover	n		22,18
crossroads	n		14,26
crossruff	v	33		80
crosstalk	n		11
crosstown	a
crosswind	n		19
crosswise	a
crossword	n		10
crotchet	n		25,10
crotchetiness	n		7
crotchety	a
crouch	nv	38,35	4	80	38:80
croup	n		26,5
croupy	a
crow	nv	32,32	5,11	84	32:80
crow-sized	a
crowd	nv	38,42	14,14	60	38:80
crowded	a
crowding	n		26		42:40
crowing	an		10		32:84
crown	nv	41,30	10,8	60	41:20
crowned	a
crowning	a
crownless	a
crozier	n		10
crucial	a
cruciality	n		26
cruciate	a
cruciferous	a
crucifix	n		6,4		41:20
crucifixion	n		4,11		41:20
cruciform	a
crucify	v	41,37		60
cruddy	a
crude	an		27
crudeness	n		26,7
crudity	n		26,7
cruel	a
cruelness	n		7
cruelty	n		4,12
cruise	nv	38,38	4	c0	38:a0
crumb	nv	35,30	23,18	40
crumble	v	38,30		80
crumbliness	n		7
crumbly	a
crummy	a
crump	v	39,33		c0
crumple	v	38,35		80
crumpled	a
crunch	nv	32,35	11,26	c0	32:80
crural	a
crusade	nv	41,33	4,4	e0	41:60
crush	nv	41,35	27,14	60
crushed	a
crushing	an		4		41:60
crust	nv	30	17,17	80	30:80
crustacean	an		5
crustaceous	a
crustal	a
crusted	a
crustlike	a
crustose	a
crusty	a
crutch	n		6,4
crux	n		17,10
cry	nv	32,29	10,10	80	32:80
cryaesthesia	n		26
cryesthesia	n		26
crying	an		4		29:20
cryoanaesthesia	n		26
cryoanesthesia	n		26
cryobiology	n		9
cryocautery	n		6,4
cryogenic	a
cryogenics	n		9
cryogeny	n		9
cryonic	a
cryonics	n		9
cryopathy	n		26
cryophobia	n		26
cryosurgery	n		4
cryptanalysis	n		9
cryptanalytic	a
cryptanalytics	n		9
cryptic	a
cryptical	a
cryptobiosis	n		26
cryptobiotic	a
cryptococcosis	n		26
cryptogamic	a
cryptogamous	a
cryptogram	n		10
cryptograph	n		10,10
cryptographic	a
cryptographical	a
cryptography	n		9,4
cryptologic	a
cryptological	a
cryptology	n		9
cryptorchidism	n		26
cryptorchidy	n		26
cryptorchism	n		26
crystalise	v	31,30		40
crystalised	a
crystalize	v	31,30		40
crystalized	a
crystalline	a
crystallisation	n		19		30:40
crystallise	v	31,30		40
crystallised	a
crystallization	n		19,17		30:40
crystallize	v	30,31		40
crystallized	a
crystallizing	n		19		30:40
crystallography	n		9
ct	n		15,4
ctenoid	a
cub	nv	29	18,18	80
cuban	an		18
cube	nv	31,35	25,25	40	35:40
cube-shaped	a
cubelike	a
cubic	a
cubical	a
cubicity	n		7
cubiform	a
cubist	an		18
cubistic	a
cubital	a
cuboid	an		25
cuboidal	a
cuckold	nv	41	18	20	41:20
cuckoldom	n		26
cuckoldry	n		4
cuckoo	nv	32	18,5	40	32:40
cucumber-shaped	a
cucurbitaceous	a
cuddle	nv	35,35	4	e0	35:60
cuddlesome	a
cuddling	n		4		35:60
cuddly	a
cudgel	nv	35	6	20	35:20
cue	nv	32	10,10	60	32:60
cuff	nv	35,35	6,6	60	35:20
culdoscopy	n		4
culinary	a
cull	nv	40,35	9	c0	40:c0
culminate	v	30,30		c0
culpability	n		26
culpable	a
culpableness	n		26
cult	n		14,9
cultism	n		4,4
cultivable	a
cultivatable	a
cultivate	v	36,36		40
cultivated	a
cultivation	n		4,4		36:40
cultural	a
culture	nv	30	14,9	40	30:80
cultured	a
cultus	n		9
cumber	v	35		40
cumbersome	a
cumbersomeness	n		7
cumbrous	a
cumulate	v	30		80
cumulative	a
cumuliform	a
cumulous	a
cunaxa	n		4
cunctation	n		4
cuneal	a
cuneate	a
cuneiform	an		10
cunnilinctus	n		4
cunnilingus	n		4
cunning	an		9,7
cup	nv	30,30	6,23	40	30:40
cupid	n		18,10
cupidity	n		7
cuplike	a
cupping	n		4		29:20
cupric	a
cuprous	a
cupular	a
cupulate	a
curability	n		7
curable	a
curableness	n		7
curacy	n		4
curative	an		6
curatorial	a
curatorship	n		4
curb	nv	41,30	6,6	60	35:40
curdle	v	30,30		c0
curdled	a
curdling	n		22		30:80
cure	nv	29,30	6	60	29:60
cured	a
curettage	n		4
curettement	n		4
curfew	n		28,10
curietherapy	n		4
curing	n		22		30:40
curiosa	n		10
curiosity	n		9,6
curious	a
curiousness	n		9,7
curl	nv	30,38	25,18	80	35:c0
curled	a
curlicue	n		25,10
curliness	n		7
curling	an		4		33:80
curly	a
curly-coated	a
curly-grained	a
curly-haired	a
curly-leafed	a
curly-leaved	a
curmudgeonly	a
currency	n		21,7
current	an		19,11
currentness	n		7
curricular	a
curriculum	n		10
currish	a
curry	nv	39,30	13	40	39:40
currycomb	nv	35	6	40	35:40
curse	nv	32,32	10,10	e0	32:60
cursed	a
cursive	an		10
cursorial	a
cursory	a
curst	a
curt	a
curtail	v	30,30		40
curtailment	n		7,4		30:40
curtain	nv	40	6,17	40	40:40
curtained	a
curtainless	a
curtal	a
curtness	n		7
curtsey	nv	38	10	80	38:80
curtsy	nv	38,32	10	80	32:80
curvaceous	a
curvaceousness	n		7
curvature	n		26,7		38:c0
curve	nv	38,42	25,10	80	38:80
curved	a
curvet	nv	38	4	80	38:80
curvey	a
curvilineal	a
curvilinear	a
curving	a
curvy	a
cushion	nv	35	6,6	40	35:40
cushioned	a
cushiony	a
cushitic	n		10
cushy	a
cuspate	a
cuspated	a
cusped	a
cuspidal	a
cuspidate	a
cuspidated	a
cuss	nv	32	18,18	80
cussed	a
cussedness	n		7
custard-like	a
custodial	a
custodianship	n		4
custody	n		26,4
custom	an		4,9
custom-built	an		6
custom-made	an		6
custom-make	v	36		40
customary	a
customise	v	36,30		40
customize	v	36,30		40
customs	n		21
cut	anv	35,30	21,10	40
cut-and-dried	a
cut-and-dry	a
cut-and-thrust	n		4
cut-in	n		4,4
cut-price	a
cut-rate	a
cutaneal	a
cutaneous	a
cutback	n		4		30:40
cute	a
cuteness	n		7
cuticular	a
cutinize	v	30		40
cuttable	a
cutthroat	an		18
cutting	an		4,20		38:80
cutting-edge	a
cv	an		10
cva	n		26
cx	a
cxl	a
cxlv	a
cxv	a
cxx	a
cxxv	a
cxxx	a
cxxxv	a
cyan	an		7
cyanobacterial	a
cyanogenetic	a
cyanogenic	a
cyanophyte	a
cyanosis	n		26
cyber-terrorism	n		4
cybercrime	n		4
cyberculture	n		9
cybernate	v	36		40
cybernation	n		4		36:40
cybernetic	a
cybernetics	n		9
cyberphobia	n		26
cybersex	n		26
cyberwar	n		4
cycle	nv	38,38	28,14	c0	30:80
cyclic	a
cyclical	a
cyclicity	n		7
cycling	n		4		38:80
cycloid	an		25
cycloidal	a
cyclonal	a
cyclone	n		26,19
cyclonic	a
cyclonical	a
cyclopaedia	n		10
cyclopean	a
cyclopedia	n		10
cyclopia	n		26
cyclosis	n		19
cyclostyle	nv	36	6	40	36:40
cyclothymia	n		26
cyclothymic	a
cylindric	a
cylindrical	a
cylindrical-stemmed	a
cylindricality	n		7
cylindricalness	n		7
cymose	a
cymric	n		10
cynical	a
cynicism	n		12
cynophobia	n		26
cynoscephalae	n		15,4
cynosure	n		10,9
cypher	nv	32,31	23,23	44	31:44
cyprian	an		18,18
cyprinid	an		5
cyprinoid	a
cypriot	an		18
cypriote	an		18
cyrillic	an		10
cyst	n		26,8
cystic	a
cystitis	n		26
cystocele	n		26
cystoparalysis	n		26
cystoplegia	n		26
cytoarchitectonic	a
cytoarchitectonics	n		7
cytoarchitectural	a
cytoarchitecture	n		7
cytogenesis	n		22
cytogenetic	a
cytogenetical	a
cytogenetics	n		9
cytogeny	n		22
cytokinesis	n		22
cytokinetic	a
cytologic	a
cytological	a
cytology	n		9
cytolysis	n		22
cytolytic	a
cytomegalic	a
cytopathogenic	a
cytopenia	n		26
cytophotometric	a
cytophotometry	n		4
cytoplasmatic	a
cytoplasmic	a
cytoplastic	a
cytotoxic	a
czarist	a
czaristic	a
czech	an		18,18
czechoslovakian	an		18
d	an		27,23
da'wah	n		4
dab	nv	35,35	4,23	40	35:40
daba	n		10
dabble	v	38,41		c0
dabbled	a
dacitic	a
dacoity	n		4
dacryocystitis	n		26
dactyl	n		10,8
dactylic	a
dactylomegaly	n		26
dado	nv	40,35	6,6	40
daedal	an		18
daffo	n		10
dafla	n		10
daft	a
daftness	n		26
dagger	n		6,10
dagger-like	a
dah	n		10
daily	an		10
daintiness	n		7
dainty	an		13
dairying	n		4
daisy-chain	v	35		40
daisylike	a
dakoity	n		4
daleth	n		10
dalliance	n		4,4		38:80
dally	v	41,38		80
dalmatian	an		18,5
daltonism	n		26
dam	nv	35	6,23	40	35:40
damage	nv	30,30	11,11	c0	30:40
damaged	a
damages	n		21
damaging	a
damascene	anv	36	18,6	40	36:40
damask	an		6,6
damn	anv	32	7	60
damnable	a
damnation	n		10,26		32:60
damnatory	a
damned	an		14
damning	a
damp	anv	39,30	26	40
dampen	v	30,30		40
dampening	n		4		30:40
dampish	a
dampness	n		26
dance	nv	38,36	10,14	c0	36:c0
danceable	a
dancing	n		4		36:c0
dander	n		17,12
dandified	a
dandify	v	29		80
dandle	v	38,35		60
dandruff	n		26,17
dandy	an		18,6		29:80
dandyish	a
dandyism	n		7
dangaleat	n		10
danger	n		26,4
dangerous	a
dangerousness	n		7
dangla	n		10
dangle	v	42,35		c0
dangling	n		4		35:40
danish	an		10,13
dank	a
dankness	n		26
dano-norwegian	n		10
dantean	a
dantesque	a
daoism	n		9
dapper	a
dapperness	n		7
dapple	nv	30	7	40	30:40
dapple-gray	n		7
dapple-grey	n		7
dappled	a
dappled-gray	n		7
dappled-grey	n		7
dard	n		10
dardanelles	n		15,4
dardic	n		10
dare	nv	41,41	10	82	41:82
daredevil	an		18
daredevilry	n		7
daredeviltry	n		7
dari	n		10
daring	an		10,7		32:21
dark	an		26,26
dark-blue	a
dark-brown	a
dark-coated	a
dark-colored	a
dark-coloured	a
dark-fruited	a
dark-gray	a
dark-green	a
dark-grey	a
dark-haired	a
dark-skinned	a
dark-spotted	a
darken	v	30,35		c0
darkened	a
darkening	an		4		30:40
darkish	a
darkling	a
darkness	n		26,15
darling	an		18,17
darn	nv	35	7,6	40
darned	a
darning	n		4		35:40
darsana	n		9
dart	nv	38,38	6,6	80
darts	n		4
darwinian	an		18
darwinism	n		9
dash	nv	38,30	7,4	c0	38:80
dashed	a
dashing	a
dastard	an		18
dastardliness	n		7
dastardly	a
data-based	a
database	n		10
datable	a
date	nv	41,31	28,18	e0	31:40
date-mark	v	31		40
dateable	a
dated	a
dateless	a
dateline	nv	31	15,10	40	31:40
datemark	v	31		40
dating	n		4		31:40
dative	n		10
datum	n		9
daub	nv	35,35	27,7	40	35:40
daubing	n		4		35:40
daughterly	a
daunt	v	37		40
daunted	a
daunting	a
dauntless	a
dauntlessness	n		7
dawah	n		4
dawdle	v	38,38		80
dawdling	n		4		38:80
dawn	nv	31,42	28,11	80	30:80
day-after-day	a
day-and-night	a
day-by-day	a
day-old	a
day-to-day	a
daybook	n		21,6
daycare	n		4
daydream	nv	36,41	9	84	41:80
daydreaming	n		9		41:80
daylight	n		28,19
daylong	a
daze	nv	39,39	12,9	60	39:60
dazed	a
dazzle	nv	39,31	7	60	39:60
dazzled	a
dazzling	a
dba	n		10
dbms	n		10
dc	n		15,19
dd	n		10
dds	n		10
de-access	v	40		40
de-aerate	v	40		40
de-emphasise	v	30		40
de-emphasize	v	30		40
de-energise	v	29		40
de-energize	v	29		40
de-escalate	v	30,30		c0
de-escalation	n		4		30:80
de-ice	v	30		c0
de-iodinate	v	30		40
de-iodinating	a
de-iodination	n		22		30:40
de-ionate	v	30		40
de-nazification	n		22
de-stalinisation	n		22
de-stalinization	n		22
deaccession	v	40		40
deactivate	v	30,30		60
deactivation	n		4,4		30:60
dead	an		14,28
dead-end	a
dead-on	a
deaden	v	30,35		40
deadened	a
deadening	an		4		30:40
deadliness	n		7
deadlock	n		26
deadlocked	a
deadly	a
deadness	n		7,7
deadpan	a
deadwood	n		20,7
deaerate	v	40		40
deaf	anv	39	14	60	39:60
deaf-and-dumb	a
deaf-mute	an		18
deaf-muteness	n		26
deaf-mutism	n		26
deafen	v	39,39		60
deafened	a
deafening	a
deafness	n		26
deal	nv	32,31	4,10	e0	40:40
dealignment	n		22
dealing	n		4,4		41:80
dealings	n		4,24		41:80
deaminate	v	30		40
deamination	n		22		30:40
deaminization	n		22		30:40
deaminize	v	30		40
deanery	n		6,4
deanship	n		4
dear	an		18,18
dearly-won	a
dearness	n		7
dearth	n		26,7
death	n		11,19		30:80
death-roll	n		10
deathblow	n		4
deathless	a
deathlike	a
deathly	a
debacle	n		11,19
debar	v	41,41		60
debark	v	38		80
debarkation	n		4		38:80
debarment	n		26,4		32:60
debase	v	41,30		60
debased	a
debasement	n		26,4		30:40
debasing	a
debatable	a
debate	nv	31,32	10,10	e5	32:c0
debauch	nv	41	4	60	41:60
debauched	a
debauchery	n		4		41:60
debenture	n		21,10
debile	a
debilitate	v	30		40
debilitated	a
debilitating	a
debilitation	n		11		30:40
debilitative	a
debility	n		26		30:40
debit	nv	40	21	60	40:60
debonair	a
debonaire	a
debone	v	30		40
deboned	a
debonnaire	a
debouch	v	38,30		80
debridement	n		4
debrief	v	32		20
debriefing	n		10		32:20
debt	n		26,21
debug	v	30		40
debugger	n		10		30:40
debunk	v	32		40
debunking	n		4		32:40
debut	nv	36,36	4,10	c0	36:80
decadence	n		26
decadency	n		26
decadent	an		18		30:80
decaffeinate	v	40		40
decalcification	n		22		30:80
decalcify	v	30,30		c0
decalcomania	n		6,4
decalescence	n		19
decalescent	a
decalogue	n		10
decamp	v	38,38		80
decampment	n		4,4		38:80
decant	v	38		40
decantation	n		4		38:40
decapitate	v	35		60
decapitated	a
decapitation	n		4,4
decarbonate	v	40		40
decarbonise	v	30		40
decarbonize	v	30		40
decarboxylate	v	30,30		c0
decarboxylation	n		22		30:40
decarburise	v	30		40
decarburize	v	30		40
decasyllabic	a
decasyllable	n		10
decathlon	n		11
decay	nv	30,30	22,22	80	30:80
decayable	a
decayed	a
decease	nv	30	11	80	30:80
deceased	an		18
deceit	n		7,10
deceitful	a
deceitfulness	n		7
deceive	v	41,32		60
decelerate	v	30,30		e0
deceleration	n		7,28		30:60
decency	n		7,7
decent	a
decentalisation	n		22
decentralisation	n		4		30:c0
decentralise	v	30		c0
decentralised	a
decentralising	a
decentralization	n		22,4		30:c0
decentralize	v	30		c0
decentralized	a
decentralizing	a
deception	n		10,4		41:60
deceptive	a
deceptiveness	n		7
decerebrate	v	40		20
decertify	v	41		60
dechlorinate	v	40		40
decide	v	31,31		c5
decided	a
deciding	an		9		31:40
deciduous	a
decile	n		9
decimal	an		23,23		30:40
decimalisation	n		4		30:40
decimalise	v	30,30		40
decimalization	n		4		30:40
decimalize	v	30,30		40
decimate	v	30,30		60
decimation	n		4		30:60
decipher	v	32,31		40
decipherable	a
deciphered	a
decipherment	n		4		32:40
decision	n		4,9		31:c5
decisive	a
decisiveness	n		7,7
deck	nv	42,36	6,6	60
deckle-edged	a
deckled	a
declaim	v	32,32		e0
declamation	n		10,10		32:20
declamatory	a
declarable	a
declaration	n		10,10		32:44
declarative	an		24
declaratory	a
declare	v	32,32		44
declared	a
declassification	n		4		41:40
declassified	a
declassify	v	41		40
declaw	v	30		40
declension	n		24,22		32:40
declination	n		26,17		30:80
decline	nv	30,40	22,26	c0	30:80
declivitous	a
declutch	v	30		80
decoct	v	30,30		c0
decoction	n		22		30:40
decode	v	32		40
decoding	n		4		32:40
decoke	v	30		40
decollate	v	35		60
decollete	a
decolonisation	n		4		41:40
decolonise	v	41		40
decolonization	n		4		41:40
decolonize	v	41		40
decolor	v	30		40
decolorise	v	30		40
decolorize	v	30		40
decolour	v	30		40
decolourise	v	30		40
decolourize	v	30		40
decommission	v	40		40
decomposable	a
decompose	v	30,30		e0
decomposition	n		9,26
decompositional	a
decompound	a
decompress	v	35,30		40
decompressing	n		4		30:40
decompression	n		4,4		35:40
deconcentrate	v	30		c0
deconsecrate	v	32		60
deconsecrated	a
deconstruct	v	32		40
deconstruction	n		9		32:40
deconstructionism	n		9
deconstructionist	a
decontaminate	v	30		40
decontamination	n		4		30:40
decontrol	v	41		40
decorate	v	36,42		40
decorated	a
decoration	n		6,10		42:40
decorative	a
decorativeness	n		7
decorous	a
decorousness	n		7
decorticate	v	35,30		40
decortication	n		4		30:40
decorum	n		7
decoupage	n		6,4
decouple	v	35,31		40
decoy	nv	41	18,6	20	41:20
decrease	nv	30,30	11,22	c0	30:40
decreased	a
decreasing	a
decree	nv	32,31	10	84	31:4
decreed	a
decrement	n		7,22
decrepit	a
decrepitate	v	30,30		c0
decrepitation	n		11		30:80
decrepitude	n		26
decrescendo	anv	30	7	80	30:80
decriminalisation	n		4
decriminalise	v	41		40
decriminalization	n		4
decriminalize	v	41		40
decry	v	32		60
decrypt	v	32		40
decryption	n		4		32:40
decubitus	n		7
decumbent	a
decurved	a
decussate	av	38		40
ded	n		10
dedicate	v	32,41		61
dedicated	a
dedication	n		7,11		32:61
dedifferentiate	v	30		80
dedifferentiated	a
dedifferentiation	n		22		30:80
deduce	v	31,32		44
deducible	a
deduct	v	31,40		c0
deductible	an		21,10
deduction	n		21,21
deductive	a
deed	n		10,3
deeds	n		4
deem	v	31		34
deep	an		28,17
deep-chested	a
deep-dye	v	30		40
deep-eyed	a
deep-fat-fry	v	30		40
deep-fried	a
deep-fry	v	30		40
deep-laid	a
deep-lobed	a
deep-mined	a
deep-pink	a
deep-rooted	a
deep-sea	a
deep-seated	a
deep-set	a
deep-six	v	40,35		60
deep-water	a
deep-yellow	a
deepen	v	30,30		c0
deepening	an		22		30:40
deepness	n		9,7
deerstalking	n		4
deface	v	35		40
defacement	n		4		35:40
defalcate	v	40		40
defalcation	n		21,4		40:40
defamation	n		10,4		32:60
defamatory	a
defame	v	32		60
defang	v	30		40
defat	v	40		40
default	nv	40	4,21	80	40:80
defeasible	a
defeat	nv	33,41	11,12	40	41:40
defeated	an		14
defeatism	n		12
defecate	v	29		80
defecation	n		22		29:80
defect	nv	41	26,7	80
defection	n		4,26		41:80
defective	a
defectiveness	n		26
defeminise	v	29		40
defeminize	v	29		40
defence	n		22,14		33:60
defenceless	a
defencelessness	n		7
defend	v	32,33		60
defendable	a
defending	a
defenestrate	v	35		60
defenestration	n		4		35:60
defense	n		4,4
defenseless	a
defenselessness	n		7
defensibility	n		7
defensible	a
defensive	an		9
defensiveness	n		7
defer	v	42,32		40
deference	n		4,7		32:0
deferent	a
deferential	a
deferment	n		4		42:40
deferral	n		26,4		42:40
defervesce	v	30		80
defervescence	n		11		30:80
defervescent	a
defiance	n		7,10		32:21
defiant	a
defibrillate	v	41		40
defibrillation	n		4		41:40
defibrinate	v	40		40
deficiency	n		26,7
deficient	a
deficit	n		7,26
defile	nv	35,35	17	c0
defiled	a
defilement	n		26		30:60
definable	a
define	v	42,32		40
defined	a
defining	n		22		42:40
definite	a
definiteness	n		7
definition	n		10,7		32:40
definitive	a
deflagrate	v	43,30		c0
deflagration	n		22		30:80
deflate	v	35,35		40
deflated	a
deflation	n		22,22		30:40
deflationary	a
deflator	n		21		32:40
deflect	v	41,38		40
deflection	n		26,11
deflective	a
deflexion	n		11,11
defloration	n		4,4		35:20
deflower	v	35,30		60
defog	v	30		40
defoliate	av	30		40
defoliated	a
defoliation	n		22,4		30:40
deforest	v	30		40
deforestation	n		26,4		30:40
deform	v	35,35		40
deformation	n		11,11		30:80
deformational	a
deformed	a
deformity	n		26,7
defraud	v	41		20
defray	v	40		40
defrayal	n		4		40:40
defrayment	n		4		40:40
defrock	v	41		20
defrost	v	30		c0
deft	a
deftness	n		9
defunct	a
defunctness	n		26
defuse	v	33		40
defusing	n		4		33:40
defy	v	42,42		40
degage	a
degas	nv	30	18	40
degauss	v	30		40
degaussing	n		22		30:40
degeneracy	n		26,7
degenerate	anv	29	18	80
degeneration	n		22,26		29:80
degenerative	a
deglaze	v	36		40
deglutition	n		4
deglycerolise	v	38		40
deglycerolize	v	38		40
degradation	n		4,26		37:60
degrade	v	35,37		e0
degraded	a
degrading	a
degrease	v	40		40
degree	n		7,26
degressive	a
degust	v	34		40
degustation	n		4		34:40
dehisce	v	30		80
dehiscence	n		19		30:80
dehiscent	a
dehorn	v	30,30		40
dehumanisation	n		4		37:40
dehumanise	v	37,30		40
dehumanised	a
dehumanization	n		4		37:40
dehumanize	v	37,30		40
dehumanized	a
dehumidify	v	30		40
dehydrate	v	30,30		40
dehydrated	a
dehydration	n		26,26		30:40
dehydrogenate	v	30		40
deice	v	30		c0
deictic	an		10
deific	a
deification	n		26,18		31:60
deify	v	31,30		60
deign	v	41		1
deionize	v	40		40
deism	n		9
deist	an		18
deistic	a
deixis	n		9
deject	v	37		60
dejected	a
dejectedness	n		12
dejection	n		26,27		37:60
dekko	n		4
delay	nv	30,42	28,4	40	30:40
delayed	a
delectability	n		7
delectable	a
delectation	n		12,4
delegacy	n		26,14
delegate	nv	41,41	18	60	41:60
delegating	n		4		41:40
delegation	n		14,4		41:40
delete	v	35,32		60
deleterious	a
deletion	n		22,11
deliberate	av	32,32		c5
deliberateness	n		7,7
deliberation	n		10,9		32:c5
deliberative	a
delible	a
delicacy	n		7,13
delicate	a
delicious	an		13
deliciousness	n		7
delight	nv	37,34	12,9	e0	34:80
delighted	a
delightful	a
delimit	v	42,42		40
delimitate	v	42,31		40
delimited	a
delineate	av	42,42		40
delineated	a
delineation	n		10,6		42:40
delineative	a
delinquency	n		21,7
delinquent	an		18
deliquesce	v	30,30		80
deliquescent	a
deliquium	n		11
delirious	a
delirium	n		26,26
delist	v	40		40
deliver	v	32,35		40
deliverable	an		6
deliverance	n		4		41:60
delivery	n		4,11		35:40
delocalize	v	40		40
delouse	v	30		20
delphian	a
delphic	a
deltoid	an		8
delude	v	41		60
deluge	nv	35,32	23,19	60	32:20
delusion	n		26,9		41:60
delusional	a
delusive	a
delusory	a
deluxe	a
delve	v	35		c0
demagnetisation	n		22		30:40
demagnetise	v	32,30		40
demagnetization	n		22		30:40
demagnetize	v	32,30		40
demagogic	a
demagogical	a
demagoguery	n		10
demagogy	n		10
demand	nv	32,42	10,22	45	32:45
demanding	a
demarcate	v	31,31		40
demarcation	n		15,9		31:40
demarche	n		4
demasculinise	v	29		60
demasculinize	v	29		60
dematerialise	v	30		80
dematerialize	v	30		80
demean	v	37		60
demeaning	a
demeanor	n		7
demeanour	n		7
demented	a
dementedness	n		26
dementia	n		26
demerit	n		10,7
demesne	n		21,15
demilitarise	v	33,33		60
demilitarize	v	33,33		60
demineralisation	n		26,22		30:40
demineralise	v	30		40
demineralization	n		26,22		30:40
demineralize	v	30		40
demise	nv	40	28	40
demisemiquaver	n		10
demist	v	30		40
demo	nv	39	10	60	39:60
demob	v	33		80
demobilisation	n		4		33:20
demobilise	v	33,33		a0
demobilization	n		4		33:20
demobilize	v	33,33		a0
democracy	n		9,14		41:80
democratic	a
democratisation	n		4
democratise	v	41,41		c0
democratization	n		4
democratize	v	41,41		c0
demode	a
demodulate	v	35		40
demodulation	n		10		35:40
demographic	an		9
demography	n		9
demolish	v	36,37		60
demolished	a
demolishing	n		4		36:40
demolition	n		11,4		36:40
demon-ridden	a
demonetisation	n		4		30:40
demonetise	v	30		40
demonetization	n		4		30:40
demonetize	v	30		40
demoniac	an		18
demoniacal	a
demonic	a
demonisation	n		10		30:40
demonise	v	30		40
demonism	n		9
demonization	n		10		30:40
demonize	v	30		40
demonolatry	n		4
demonstrability	n		7
demonstrable	a
demonstrate	v	39,31		64
demonstrated	a
demonstration	n		4,4		39:60
demonstrative	an		10
demonstrativeness	n		7
demoralisation	n		26,12		37:60
demoralise	v	41,37		60
demoralised	a
demoralising	a
demoralization	n		4,26		41:60
demoralize	v	41,37		60
demoralized	a
demoralizing	a
demosthenic	a
demote	v	41		60
demotic	an		10,10
demotion	n		4		41:60
demulcent	an		6
demulsify	v	30,30		c0
demur	nv	32,32	10	80	32:80
demure	a
demureness	n		7,7
demurrage	n		21,4
demurral	n		10		32:80
demurrer	n		10,10		32:80
demyelinate	v	36		40
demyelination	n		26
demystify	v	30		40
demythologisation	n		10		30:40
demythologise	v	30		40
demythologised	a
demythologization	n		10		30:40
demythologize	v	30		40
demythologized	a
denary	a
denationalisation	n		4		30:40
denationalise	v	30		40
denationalization	n		4		30:40
denationalize	v	30		40
denaturalise	v	30,30		60
denaturalize	v	30,30		60
denature	v	30,30		40
denatured	a
denaturised	a
denaturized	a
denazification	n		22		30:60
denazify	v	30		60
dendriform	a
dendritic	a
dendroid	a
dendroidal	a
dengue	n		26
deniable	a
denial	n		10,10		40:60
denier	n		23,21
denigrate	v	32,32		60
denigrating	a
denigration	n		10,4		32:40
denigrative	a
denigratory	a
denitrify	v	30		40
denominate	v	32		60
denominational	a
denominationalism	n		9,9
denotation	n		10,9		32:40
denotative	a
denotatum	n		10
denote	v	32,32		40
denotive	a
denouement	n		11,10
denounce	v	32,41		60
denouncement	n		10		41:60
dense	a
denseness	n		9,7
densification	n		11
densitometry	n		4
density	n		7,7
dent	nv	35	19,25	40	35:40
dental	an		10
dentate	a
dented	a
denticulate	a
dentistry	n		9
dentition	n		22,8
denudate	av	30		40
denudation	n		4		30:40
denude	v	30		40
denuded	a
denumerable	a
denunciation	n		10
denunciative	a
denunciatory	a
deny	v	32,32		44
deodorise	v	39		40
deodorize	v	39		40
deodourise	v	39		40
deossification	n		22
deoxidise	v	30		40
deoxidize	v	30		40
deoxygenate	v	40		40
depart	v	38,42		80
departed	an		18
departmental	a
departure	n		4,11		38:80
depend	v	42,31		e0
dependability	n		7
dependable	a
dependableness	n		7
dependance	n		26,26
dependant	an		18
dependence	n		26,26
dependency	n		26,26		31:60
dependent	an		18
depersonalisation	n		26,26		30:40
depersonalise	v	30		40
depersonalization	n		26,26		30:40
depersonalize	v	30		40
depict	v	36,32		60
depicted	a
depicting	n		9		36:60
depiction	n		10,9		32:60
depictive	a
depigmentation	n		7
depilate	v	29		40
depilation	n		26,4		29:40
depilatory	an		27,6
depilous	a
deplane	v	38		80
depletable	a
deplete	v	34		40
depleted	a
depletion	n		4,26		34:40
deplorable	a
deplore	v	32,32		40
deploy	v	33,35		60
deployment	n		4		35:60
deplumate	v	35		40
deplume	v	40,35		60
depolarisation	n		19		30:40
depolarise	v	30		40
depolarization	n		19		30:40
depolarize	v	30		40
depone	v	32		4
depopulate	v	30		40
depopulated	a
depopulation	n		26		30:40
deport	v	41,41		20
deportation	n		4,4		41:20
deportment	n		7		41:20
depose	v	41,32		24
deposit	nv	35,40	19,17	40
deposition	n		22,10		32:4
depravation	n		7		41:60
deprave	v	41		60
depraved	a
depravity	n		7,4		41:60
deprecate	v	32,32		60
deprecating	a
deprecation	n		10,4		32:60
deprecative	a
deprecatory	a
depreciate	v	32,30		40
depreciating	a
depreciation	n		4,21		30:40
depreciative	a
depreciatory	a
depredation	n		4,11
depress	v	37,38		60
depressant	an		6		37:60
depressed	a
depressing	a
depression	n		26,26
depressurise	v	30		40
depressurize	v	30		40
deprivation	n		26,7		40:20
deprive	v	40,40		20
deprived	a
depth	n		7,7
deputation	n		14,4		41:60
depute	v	41,41		60
deputise	v	41,41		20
deputize	v	41,41		20
deracinate	v	41,35		60
deracination	n		4,4		41:60
derail	v	38,38		c0
derailment	n		11		38:40
derange	v	37,30		40
deranged	a
derangement	n		26,4		37:40
derate	v	30		40
derecognise	v	41		60
derecognize	v	41		60
deregulate	v	41		40
deregulating	n		4		41:40
deregulation	n		4		41:40
derelict	an		18,6
dereliction	n		7,4
derequisition	v	40		40
derestrict	v	41		40
deride	v	32		60
derision	n		10,4		32:60
derisive	a
derisory	a
derivable	a
derivation	n		15,10		42:80
derivational	a
derivative	an		9,27
derive	v	31,40		44
derived	a
deriving	n		10		30:40
dermabrasion	n		4
dermal	a
dermatitis	n		26
dermatoglyphics	n		9
dermatologic	a
dermatological	a
dermatology	n		9
dermatomycosis	n		26
dermatomyositis	n		26
dermatophytosis	n		26
dermatosclerosis	n		26
dermatosis	n		26
dermic	a
derogate	v	32		40
derogation	n		10,4		32:40
derogative	a
derogatory	a
derring-do	n		4
desacralize	v	40		40
desalinate	v	30		40
desalination	n		22		30:40
desalinisation	n		22		30:40
desalinise	v	30		40
desalinization	n		22		30:40
desalinize	v	30		40
desalt	v	30		40
descale	v	35		40
descant	nv	36,32	10	80	32:80
descend	v	38,42		80
descendant	an		18		42:80
descendent	an		18		42:80
descender	n		18,10
descending	a
descensus	n		26
descent	n		11,7		38:80
describable	a
describe	v	32,32		e4
described	a
description	n		10,10		32:e4
descriptive	a
descriptivism	n		9,9
descriptor	n		10,9
descry	v	39		60
desecrate	v	41,32		60
desecrated	a
desecration	n		4		41:40
desegrated	a
desegregate	v	41		40
desegregation	n		4		41:40
desensitisation	n		22		39:60
desensitise	v	39,30		60
desensitising	a
desensitization	n		22		39:60
desensitize	v	39,30		60
desensitizing	a
desert	nv	31,41	15	e0
deserted	a
desertification	n		22
desertion	n		4,4		31:60
deserts	n		11
deserve	v	42		40
deserved	a
deserving	a
deservingness	n		7
desex	v	29		20
desexualise	v	38,29		60
desexualize	v	38,29		60
deshabille	n		26
desiccate	av	30,30		40
desiccated	a
desiccation	n		26,22		30:40
design	nv	36,31	4,9	41	36:40
designate	av	32,41		60
designation	n		10,4		32:60
designative	a
designatum	n		10
designed	a
designing	an		4		36:40
desirability	n		7,7
desirable	a
desirableness	n		7,7
desire	nv	37,37	12,7	45	37:45
desired	a
desirous	a
desist	v	34		88
desk-bound	a
deskbound	a
desolate	av	31,30		60
desolation	n		26,26		30:40
desorb	v	30,30		e0
desorption	n		22		30:60
despair	nv	37	26,12	80	37:80
despairing	a
despatch	nv	38	10,7	60
desperate	an		18		37:80
desperation	n		26,7		37:80
despicability	n		7
despicable	a
despicableness	n		7
despisal	n		12		37:60
despise	v	37		60
despised	a
despising	n		12		37:60
despite	n		12,4
despiteful	a
despoil	v	40,35		40
despoilation	n		4
despoiled	a
despoilment	n		4		40:40
despoliation	n		4		40:40
despond	v	37		80
despondence	n		12		37:80
despondency	n		12		37:80
despondent	a
despotic	a
despotical	a
despotism	n		26,14
desquamate	v	29		80
desquamation	n		19		29:80
destabilisation	n		4		30:80
destabilise	v	30,30		c0
destabilization	n		11,4		30:40
destabilize	v	30,30		c0
destain	v	40		40
destalinisation	n		22		30:40
destalinise	v	30		40
destalinization	n		22		30:40
destalinize	v	30		40
destination	n		15,9		32:1
destine	v	32,31		1
destined	a
destiny	n		11,18
destitute	a
destitution	n		26
destress	v	30		40
destroy	v	36,35		40
destroyable	a
destroyed	a
destruct	v	36,36		40
destructibility	n		7
destructible	a
destruction	n		4,11		36:40
destructive	a
destructive-metabolic	a
destructiveness	n		7
desuetude	n		26
desulfurize	v	40		40
desulphurize	v	40		40
desultory	a
desynchronise	v	30		40
desynchronize	v	30		40
detach	v	35,38		60
detachable	a
detached	a
detachment	n		12,4		35:40
detail	nv	32,31	9,24	40	32:40
detailed	a
detailing	n		10		32:40
details	n		10
detain	v	41,30		60
detainment	n		26
detect	v	39		64
detectable	a
detected	a
detecting	n		4		39:64
detection	n		9,4		39:64
detente	n		4
detention	n		26,4		41:20
deter	v	32,32		60
deterge	v	35		40
detergence	n		7		35:40
detergency	n		7		35:40
detergent	an		27,6		35:40
deteriorate	v	30,29		80
deterioration	n		26,22		30:80
determent	n		10		32:20
determinable	a
determinant	an		9,27		31:41
determinate	a
determinateness	n		7
determination	n		4,7		32:1
determinative	an		10,9
determine	v	32,31		41
determined	a
determiner	n		10,10		32:40
determining	a
determinism	n		9
deterministic	a
deterrence	n		16,10		32:20
deterrent	an		9		32:60
detersive	a
detest	v	37		60
detestable	a
detestation	n		12		37:60
detested	a
dethaw	v	30		c0
dethrone	v	41		20
dethronement	n		4		41:20
detick	v	40		40
detonate	v	30,30		c0
detonation	n		11,4		30:80
detonative	a
detour	nv	38	6	80	38:80
detox	nv	29	6	20
detoxicate	v	30		40
detoxification	n		4,4		29:20
detoxify	v	30,29		60
detract	v	30		40
detraction	n		10,4		30:40
detractive	a
detrain	v	38		80
detransitivise	v	30		40
detransitivize	v	30		40
detribalisation	n		4,4		30:20
detribalise	v	30		20
detribalization	n		4,4		30:20
detribalize	v	30		20
detriment	n		11
detrimental	a
detrition	n		22,19
detumescence	n		22
detusk	v	30		40
deuce	n		26,23
deuced	a
deuteranopia	n		26
deuteranopic	a
deuteronomy	n		10
devaluate	v	30,30		c0
devaluation	n		4,4		30:80
devalue	v	30,30		40
devalued	a
devanagari	n		10
devastate	v	30,30		40
devastating	a
devastation	n		26,12		30:40
devein	v	40		40
develop	v	36,36		40
developed	a
developing	an		22		39:40
development	n		4,22		36:40
developmental	a
deviance	n		26,4
deviant	an		18		42:80
deviate	anv	38,42	18	80	42:80
deviation	n		11,9		42:80
deviationism	n		4
device	n		6,10
devices	n		9
devil	nv	37,36	18,18	60	30:40
devil-may-care	a
devil-worship	n		4
devilise	v	30		40
devilish	a
devilize	v	30		40
devilment	n		4		37:60
devilry	n		4,4		37:60
deviltry	n		4,4		37:60
devious	a
deviousness	n		7,7
devisal	n		4		36:40
devise	nv	36,36	21,21	40	40:40
devising	n		4		36:40
devitalisation	n		4		30:60
devitalise	v	30		60
devitalization	n		4		30:60
devitalize	v	30		60
devitrify	v	30,30		c0
devoice	v	32		40
devoid	a
devoir	n		4
devolution	n		22,4		41:40
devolve	v	41,40		40
devolvement	n		4		41:40
devote	v	32,31		61
devoted	a
devotedness	n		12
devotion	n		12,4		32:61
devotional	an		4
devour	v	35,37		40
devouring	a
devout	a
devoutness	n		7
deweyan	a
dewy	a
dewy-eyed	a
dexter	a
dexterity	n		9
dexterous	a
dextral	a
dextrality	n		7
dextrocardia	n		26
dextrorotary	a
dextrorotation	n		11
dextrorotatory	a
dextrorsal	a
dextrorse	a
dextrous	a
dhegiha	n		18,10
diabatic	a
diabetes	n		26
diabetic	an		18
diabolatry	n		4
diabolic	a
diabolical	a
diabolise	v	30		40
diabolism	n		9
diabolize	v	30		40
diachronic	a
diachrony	n		9
diacritic	an		10
diacritical	a
diadromous	a
diaeresis	n		10
diagnosable	a
diagnose	v	31,31		60
diagnosing	n		4		31:20
diagnosis	n		4		31:20
diagnostic	a
diagnostics	n		9
diagonal	an		25,25
diagonalisation	n		9		30:40
diagonalise	v	30		40
diagonalizable	a
diagonalization	n		9		30:40
diagonalize	v	30		40
diagram	nv	36	6	40	36:40
diagrammatic	a
diagrammatical	a
diagramming	n		4		36:40
diakinesis	n		22
dial	nv	32,31	6,6	c0
dialect	n		10
dialectal	a
dialectic	an		9,24
dialectical	a
dialectics	n		9
dialectology	n		9
dialog	n		10,10
dialogue	n		10,10
dialyse	v	30		40
dialysis	n		4		30:40
dialyze	v	30		40
diam	n		7
diamagnetic	a
diamagnetism	n		19
diamantine	a
diameter	n		7,25
diametral	a
diametric	a
diametrical	a
diamond	n		21,27
dianoetic	a
diapedesis	n		19
diaphanous	a
diaphoresis	n		22
diaphoretic	an		6
diaphyseal	a
diaphysial	a
diarrhea	n		26
diarrheal	a
diarrheic	a
diarrhetic	a
diarrhoea	n		26
diarrhoeal	a
diarrhoeic	a
diarrhoetic	a
diary	n		10,6
diaspora	n		14,11
diastasis	n		26
diastole	n		11
diastolic	a
diastrophism	n		22
diathermy	n		4
diathesis	n		26
diatomic	a
diatonic	a
diatribe	n		10
diazo	a
diazotize	v	30		40
dibble	nv	35,35	6	40	35:40
dibrach	n		10
dibs	n		10
dicarboxylic	a
dice	nv	35,33	6	c0	33:80
dicey	a
dichotomisation	n		4		31:40
dichotomise	v	31		40
dichotomization	n		4		31:40
dichotomize	v	31		40
dichotomous	a
dichroism	n		19
dichromacy	n		26
dichromasy	n		26
dichromatic	a
dichromatism	n		26
dichromatopsia	n		26
dichromia	n		26
dickens	n		10,18
dickensian	a
dicker	v	40		80
dickey	an		6,6
dicky	an		6,6
diclinous	a
dicotyledonous	a
dictate	nv	32,31	10,9	40	41:80
dictated	a
dictation	n		10,10		41:80
dictatorial	a
diction	n		10,10
dictionary	n		10
dictum	n		10,10
dictyopteran	a
didactic	a
didactical	a
didacticism	n		10
didactics	n		4
didder	v	29		80
diddle	v	41,35		a0
die	nv	30,39	6,6	80	35:80
die-cast	a
die-hard	a
dieback	n		26		30:80
diegueno	n		18,10
dielectrolysis	n		22
dieresis	n		10
diesis	n		10
diestrous	a
diestrual	a
diestrum	n		26
diestrus	n		26
diet	nv	34,34	13,14	80	34:80
dietary	an		13		34:80
dietetic	a
dietetical	a
dietetics	n		9
dieting	n		4		34:80
differ	v	42,32		80
difference	n		7,11		31:40
different	a
differentia	n		7
differentiable	a
differential	an		9,7
differentiate	v	31,31		60
differentiated	a
differentiation	n		9,4		31:40
difficult	a
difficultness	n		7
difficulty	n		4,9
diffidence	n		12
diffident	a
diffract	v	38		80
diffraction	n		19		38:80
diffuse	av	38,35		c0
diffused	a
diffuseness	n		7
diffusing	a
diffusion	n		22,11
diffusive	a
dig	nv	35,35	15,10	c0	35:40
digenesis	n		19
digest	nv	34,31	10,10	c0	30:c0
digestibility	n		7
digestible	a
digestibleness	n		7
digestion	n		22,22		30:40
digestive	an		27
digging	n		4		35:c0
dighted	a
digital	a
digitalisation	n		4
digitalise	v	30		40
digitalization	n		4		29:20
digitalize	v	30,29		60
digitate	a
digitigrade	an		5
digitisation	n		9		30:40
digitise	v	30		40
digitization	n		9		30:40
digitize	v	30		40
dignified	a
dignify	v	41,30		40
dignifying	a
dignity	n		7,7		41:40
digram	n		10
digraph	n		10
digress	v	32,38		80
digression	n		10,4		32:80
digressive	a
dike	nv	35	18,6	40	35:40
dilapidate	v	36,30		c0
dilapidated	a
dilapidation	n		26,22		36:40
dilatation	n		26,4		30:c0
dilate	v	30,32		c0
dilation	n		10,4		32:c0
dilatoriness	n		7
dilatory	a
dilemma	n		9
dilettante	an		18
dilettanteish	a
dilettantish	a
diligence	n		7,7
diligent	a
dilly-dally	v	42		80
dillydally	v	42		80
dilute	av	30,30		c0
diluted	a
dilution	n		27,4		30:c0
diluvial	a
diluvian	a
dim	av	39,30		c0
dim-sighted	a
dim-witted	a
dime	n		21,6
dimension	nv	32,30	7,9	40	30:40
dimensional	a
dimensionality	n		7
dimensioning	a
diminish	v	30,30		e0
diminished	a
diminishing	a
diminuendo	an		7
diminution	n		22,10		30:80
diminutive	an		10
diminutiveness	n		7
dimmed	a
dimness	n		26,7
dimorphic	a
dimorphism	n		19,19
dimorphous	a
dimout	n		26
dimple	nv	30,29	27,25	c0	30:40
din	nv	39,31	11,4	c0	39:80
dine	v	34,34		a0
dinero	n		21
ding	nv	39	11,7	80
ding-dong	n		11
dingdong	v	39		80
dinge	nv	30,30	26	40
dinginess	n		26
dingy	a
dining	n		4		34:80
dink	n		14,4
dinka	n		10
dinky	an		6
dint	n		4
diocesan	an		18
dioecian	a
dioecious	a
dioestrous	a
dioestrual	a
dionysia	n		4
dionysian	a
dip	nv	35,34	25,25	40	38:80
diphtheria	n		26
diphthong	n		10		32:80
diphthongise	v	32		80
diphthongize	v	32		80
diplegia	n		26
diploid	an		5
diploidy	n		26
diploma	n		10
diplomacy	n		10,7
diplomatic	a
diplomatical	a
diplopia	n		26
diplotene	n		22
dipolar	a
dipped	a
dipterous	a
dipylon	an		15
dire	a
direct	av	32,33		61
directed	a
directing	a
directional	a
directionality	n		7,7
directionless	a
directive	an		10		32:1
directiveness	n		7
directivity	n		7,7
directness	n		7,7
directorship	n		4
directory	n		10,10
direful	a
dirge	n		10
dirigible	an		6
dirt	an		27,26
dirtiness	n		26,26
dirty	av	35		40
dirty-faced	a
dirty-minded	a
dirtying	n		4		35:40
disability	n		26
disable	v	30,29		60
disabled	an		14
disablement	n		26		30:60
disabling	a
disabuse	v	32		20
disabused	a
disaccord	v	42		80
disadvantage	nv	41	7	60	41:60
disadvantaged	a
disadvantageous	a
disaffect	v	37		60
disaffected	a
disaffection	n		12,7		37:60
disaffirmation	n		10
disafforest	v	30		40
disagree	v	32,42		80
disagreeable	a
disagreeableness	n		7,7
disagreement	n		26,7		32:80
disallow	v	32		41
disambiguate	v	32		40
disambiguation	n		10		32:40
disambiguator	n		10		32:40
disappear	v	30,39		80
disappearance	n		4,11		30:80
disappearing	n		4		30:80
disappoint	v	37		60
disappointed	a
disappointing	a
disappointment	n		12,4		37:60
disapprobation	n		10
disapproval	n		12,10		31:e0
disapprove	v	31,32		e0
disapproving	a
disarm	v	33,37		60
disarmament	n		4		33:20
disarming	an		4		33:20
disarrange	v	35,30		40
disarranged	a
disarrangement	n		26		35:40
disarray	nv	30	9,7	40	30:40
disarrayed	a
disarticulate	v	35		40
disassemble	v	36		40
disassembly	n		4
disassociate	v	41		80
disassociation	n		26,26		41:80
disaster	n		26,11
disastrous	a
disavow	v	32		40
disavowable	a
disavowal	n		10		32:40
disband	v	38,38		e0
disbandment	n		4		38:60
disbar	v	41		20
disbarment	n		4		41:20
disbelief	n		9,9
disbelieve	v	31		60
disbelieving	a
disbud	v	35,30		40
disburden	v	35		60
disbursal	n		21,4		40:40
disburse	v	40		40
disbursement	n		21,4		40:40
disc-jockey	v	32		80
disc-shaped	a
discalceate	a
discalced	a
discant	n		10
discard	nv	40	17,4	40	40:40
discarded	a
discase	v	29		e0
disceptation	n		10
discern	v	39		60
discernability	n		7
discernable	a
discernible	a
discerning	a
discernment	n		9,9
discerp	v	35,35		40
discharge	nv	41,35	11,4	40
discharged	a
disciform	a
discipleship	n		4
disciplinal	a
disciplinary	a
discipline	nv	41,41	9,9	60	41:60
disciplined	a
disclaim	v	32,32		40
disclaimer	n		10,10		32:40
disclike	a
disclose	v	32,39		44
disclosed	a
disclosure	n		10		32:44
disco	nv	38	10,6	80
discography	n		10
discoid	a
discoidal	a
discolor	v	30,30		c0
discoloration	n		7,4		30:40
discolorise	v	30		40
discolorize	v	30		40
discolour	v	30		80
discolouration	n		7,4		30:80
discolourise	v	30		40
discombobulate	v	37,31		60
discombobulated	a
discombobulation	n		12		37:60
discomfit	v	37		60
discomfited	an		14
discomfiture	n		12		37:60
discomfort	n		26,12
discommode	v	41		60
discompose	v	37		60
discomposed	a
discomposure	n		12,7		37:60
discomycetous	a
disconcert	v	37,37		60
disconcerted	a
disconcerting	a
disconcertion	n		12		37:60
disconcertment	n		12		37:60
disconfirming	a
disconnect	nv	35,35	7	60
disconnected	a
disconnectedness	n		26
disconnection	n		26,7
disconsolate	a
disconsolateness	n		12
discontent	anv	37	12	60	37:60
discontented	a
discontentedness	n		12
discontentment	n		12		37:60
discontinuance	n		4		42:48
discontinuation	n		4		42:48
discontinue	v	42,42		c8
discontinued	a
discontinuity	n		26
discontinuous	a
discord	nv	42	26,10	80	42:80
discordance	n		7,4		42:80
discordant	a
discorporate	a
discount	nv	32,40	4,21	60	40:40
discountenance	v	37,31		60
discourage	v	32,37		60
discouraged	a
discouragement	n		12,10		37:60
discouraging	a
discourse	nv	32,32	10,10	e0
discourteous	a
discourtesy	n		10,7
discover	v	39,31		64
discoverable	a
discovered	a
discovery	n		4,10		40:40
discredit	nv	31,32	26	60	31:40
discreditable	a
discredited	a
discreet	a
discreetness	n		9,7
discrepancy	n		7,11
discrepant	a
discrete	a
discreteness	n		26
discretion	n		26,9
discretional	a
discretionary	a
discriminable	a
discriminate	av	31,41		e0
discriminating	a
discrimination	n		4,9		41:e0
discriminative	a
discriminatory	a
discursive	a
discursiveness	n		7
discus	n		11,6
discuss	v	32,32		e0
discussion	n		10,10		32:60
disdain	nv	37,32	12,10	60	37:60
disdainful	a
disdainfulness	n		7
disease	n		26
diseased	a
disembark	v	38		80
disembarkation	n		4		38:80
disembarkment	n		4		38:80
disembarrass	v	40		20
disembarrassment	n		11		40:20
disembodied	a
disembody	v	40		40
disembowel	v	30		60
disembowelment	n		4
disembroil	v	42		60
disenable	v	30		60
disenchant	v	37		60
disenchanted	a
disenchanting	a
disenchantment	n		9		37:60
disencumber	v	35		40
disenfranchise	v	41		20
disenfranchised	a
disenfranchisement	n		4		41:20
disengage	v	35,35		c0
disengagement	n		4,4		35:c0
disentangle	v	35,35		40
disentangled	a
disentanglement	n		4		42:60
disequilibrium	n		26
disestablish	v	30		40
disestablishment	n		4		30:40
disesteem	nv	31	26	60	31:60
disfavor	nv	41	26,9	60	41:60
disfavour	nv	41	26,9	60	41:60
disfiguration	n		7,4		35:40
disfigure	v	35		40
disfigured	a
disfigurement	n		7,4		35:40
disfluency	n		9
disforest	v	30		40
disforestation	n		4		30:40
disfranchise	v	41		20
disfranchised	a
disfranchisement	n		4		41:20
disfunction	n		26
disgorge	v	35,29		c0
disgorgement	n		4		29:80
disgrace	nv	41,37	26	60	32:60
disgraced	a
disgraceful	a
disgracefulness	n		7
disgruntle	v	37		60
disgruntled	a
disgruntlement	n		12		37:60
disguise	nv	39	7,6	60	39:60
disguised	a
disgust	nv	39,37	12	60	37:60
disgusted	a
disgustful	a
disgusting	a
disgustingness	n		7,7
dish	nv	34,30	6,13	40	34:40
dish-shaped	a
dishabille	n		26
disharmonious	a
disharmonize	v	30		40
disharmony	n		7
dishearten	v	37		60
disheartened	a
disheartening	a
disheartenment	n		12,10		37:60
dished	a
dishevel	v	35		40
disheveled	a
dishevelled	a
dishonest	a
dishonesty	n		7,4
dishonor	nv	41,41	26,7	60	41:20
dishonorable	a
dishonorableness	n		7
dishonored	a
dishonour	nv	41,41	26,7	60	41:60
dishonourable	a
dishonourableness	n		7
dishwashing	n		4
dishy	a
disillusion	nv	37	9	60	37:60
disillusioned	a
disillusioning	a
disillusionment	n		9		37:60
disincarnate	v	36		40
disinclination	n		12,7		31:41
disincline	v	31		41
disinclined	a
disinfect	v	29		60
disinfectant	an		6		29:60
disinfection	n		4		29:60
disinfest	v	40		40
disinfestation	n		4		40:40
disinflation	n		22
disinformation	n		10
disingenuous	a
disingenuousness	n		7
disinherit	v	40		20
disinheritance	n		4		40:20
disinherited	a
disintegrable	a
disintegrate	v	30,30		c0
disintegration	n		26,26		30:c0
disintegrative	a
disinter	v	41		40
disinterest	n		9
disinterested	a
disinterestedness	n		9
disinterment	n		4		41:40
disinvest	v	41,40		e0
disinvestment	n		4		40:c0
disinvolve	v	42		60
disjoin	v	35,35		c0
disjoined	a
disjoint	av	41,35		c0
disjointed	a
disjointedness	n		26
disjunct	a
disjunction	n		26,4		35:80
disjunctive	a
disjuncture	n		26		35:40
disk	nv	36	25,6	c0
disk-jockey	v	32		80
disk-shaped	a
disklike	a
dislikable	a
dislike	nv	37	9,12	62	37:62
disliked	a
dislocate	v	30,30		60
dislocated	a
dislocation	n		11,4		30:60
dislodge	v	35,38		c0
dislodgement	n		4		35:40
dislodgment	n		4
dislogistic	a
disloyal	a
disloyalty	n		7
dismal	a
dismantle	v	36,36		40
dismantled	a
dismantlement	n		4		36:40
dismantling	n		4		36:40
dismay	nv	37,37	12,12	60	37:60
dismayed	a
dismaying	a
dismember	v	35,35		60
dismemberment	n		11		35:60
dismiss	v	32,32		60
dismissal	n		4,10		32:40
dismissed	a
dismissible	a
dismission	n		10,4		41:21
dismissive	a
dismount	nv	38	4	80	38:80
disobedience	n		4,7		41:60
disobedient	a
disobey	v	41		60
disoblige	v	41,32		60
disobliging	a
disorder	nv	37,30	26,26	60	30:40
disordered	a
disorderliness	n		26,26
disorderly	a
disorganisation	n		26,4		41:40
disorganise	v	41		40
disorganised	a
disorganization	n		26,4		41:40
disorganize	v	41		40
disorganized	a
disorient	v	39		40
disorientate	v	39		40
disorientation	n		9,9		39:40
disoriented	a
disorienting	a
disown	v	40,32		60
disowning	n		10		40:20
disownment	n		10		40:20
disparage	v	32		60
disparagement	n		10,4		32:60
disparaging	a
disparate	a
disparateness	n		7
disparity	n		7
dispassion	n		7
dispassionate	a
dispassionateness	n		7
dispatch	nv	38,41	10,4	60	38:60
dispel	v	38,38		60
dispensability	n		7
dispensable	a
dispensableness	n		7
dispensation	n		4,21		41:20
dispense	v	40,41		60
dispensed	a
dispersal	n		4		32:40
disperse	v	35,38		60
dispersed	a
dispersion	n		11,7		38:80
dispersive	a
dispirit	v	37		60
dispirited	a
dispiritedness	n		12
dispiriting	a
displace	v	38,41		60
displacement	n		4,11
display	nv	39,41	10,4	e0	39:60
displease	v	37		60
displeased	a
displeasing	a
displeasure	n		12		37:60
displume	v	40,35		60
disport	v	41,38		a0
disposable	an		6
disposal	n		7,4
dispose	v	40,40		40
disposed	a
disposition	n		7,4		40:40
dispossess	v	40		20
dispossessed	a
dispossession	n		4,9		40:20
dispraise	n		4
dispread	v	38		40
disproof	n		9,4
disproportional	a
disproportionate	a
disprove	v	31		44
disputable	a
disputation	n		10,10		32:80
disputatious	a
disputative	a
dispute	nv	32,32	10,4	e0	32:80
disputed	a
disqualification	n		7,4		32:21
disqualified	a
disqualify	v	30,32		61
disqualifying	a
disquiet	nv	37	12,7	60	37:60
disquieted	a
disquieting	a
disquietude	n		12
disquisition	n		10
disregard	nv	32,32	9,4	64	32:60
disregarded	a
disrepair	n		26
disreputability	n		7
disreputable	a
disreputableness	n		7
disrepute	n		26
disrespect	nv	41,31	10,9	60	41:60
disrespectful	a
disrobe	v	29		e0
disrupt	v	32,30		e0
disrupted	a
disruption	n		4,26		32:e0
disruptive	a
diss	v	32		60
dissatisfaction	n		12		37:60
dissatisfactory	a
dissatisfied	a
dissatisfy	v	37		60
dissect	v	35,31		60
dissected	a
dissection	n		4,9		35:60
dissemble	v	32,39		65
dissembling	n		10,4		32:45
disseminate	v	32		40
dissemination	n		10,7		32:40
disseminative	a
dissension	n		10,26		32:80
dissent	nv	32,41	10,10	80	32:80
dissentient	a
dissenting	a
dissentious	a
dissertate	v	32		0
dissertation	n		10		32:0
disservice	n		4
dissever	v	41		60
dissidence	n		10
dissident	an		18
dissilience	n		11
dissilient	a
dissimilar	a
dissimilarity	n		7
dissimilate	v	30,30		c0
dissimilation	n		22,22		30:80
dissimilitude	n		7
dissimulate	v	39		40
dissimulation	n		4		39:40
dissimulative	a
dissipate	v	38,38		e0
dissipated	a
dissipation	n		11,4		38:60
dissociable	a
dissociate	v	41,31		c0
dissociation	n		4,26		41:80
dissociative	a
dissolubility	n		7
dissoluble	a
dissolute	a
dissoluteness	n		7
dissolution	n		22,22		30:40
dissolvable	a
dissolve	nv	30,30	10	c0	30:80
dissolved	a
dissolving	n		22		30:40
dissonance	n		26,9		30:40
dissonant	a
dissonate	v	39,30		c0
dissuade	v	32		20
dissuasion	n		10,10		32:20
dissuasive	a
dissyllable	n		10
dissymmetry	n		7
distaff	an		26,6
distal	a
distance	nv	42,38	7,15	60
distant	a
distaste	n		12
distasteful	a
distastefulness	n		7,7
distemper	nv	36	26,12	40	36:40
distend	v	30,30		c0
distensible	a
distension	n		4,26		30:80
distention	n		26,4		30:40
distil	v	30,30		c0
distill	v	30,30		c0
distillation	n		22,27		30:40
distillment	n		22		30:40
distinct	a
distinction	n		9,26		31:60
distinctive	a
distinctiveness	n		7,7
distinctness	n		7,26
distinguish	v	31,39		60
distinguishable	a
distinguished	a
distomatosis	n		26
distort	v	32,35		e0
distortable	a
distorted	a
distortion	n		11,25		35:e0
distract	v	37,37		60
distracted	a
distraction	n		9,9		37:60
distrain	v	40,40		60
distraint	n		4
distrait	a
distraught	a
distress	nv	41,37	12,26	60	37:60
distressed	a
distressful	a
distressfulness	n		7
distressing	a
distressingness	n		7
distribute	v	40,35		40
distributed	a
distribution	n		9,7
distributional	a
distributive	a
district	nv	41	15	40	41:40
distrust	nv	31	9,7	60	31:60
distrustful	a
distrustfulness	n		7
disturb	v	37,35		60
disturbance	n		11,26		37:40
disturbed	a
disturbing	a
disunify	v	30		80
disunion	n		4		41:80
disunite	v	41,35		e0
disunited	a
disunity	n		26
disuse	n		26
disused	a
disyllabic	a
disyllable	n		10
dit	n		10
ditch	nv	40,40	6,17	60	35:40
dither	nv	37,37	26	80	37:80
dithering	n		22
dithyramb	n		10,10
dithyrambic	a
ditto	nv	32	10	40	32:40
ditty	n		10
diuresis	n		26
diurnal	a
divagate	v	32		80
divagation	n		10,4		32:80
divalent	a
divaricate	v	42,35		c0
divarication	n		4
dive	nv	38,38	6,4	80	38:80
dive-bomb	v	33		40
dive-bombing	n		4		33:40
diverge	v	38,42		80
divergence	n		4,11		38:80
divergency	n		9,4		42:80
divergent	a
diverging	a
divers	a
diverse	a
diverseness	n		7
diversification	n		4,26		30:40
diversified	a
diversify	v	30,30		c0
diversion	n		4,4		41:20
diversionary	a
diversity	n		7,7		30:40
divert	v	38,38		e0
diverted	a
diverticulitis	n		26
diverticulosis	n		26
diverticulum	n		26
divertimento	n		10
diverting	a
divest	v	40,41		20
divestiture	n		10,4		40:20
dividable	a
divide	nv	41,31	26,15	e0	42:40
divided	a
dividend	n		21,23
divination	n		10,10		39:44
divinatory	a
divine	anv	39,35	18,18	c4
diving	n		11,4		38:80
divinity	n		18,7
divisibility	n		7
divisible	a
division	n		14,9
divisional	a
divisive	a
divorce	nv	41,41	4	a0	41:a0
divorced	a
divorcement	n		4		41:a0
divulge	v	32		44
divulgement	n		10		32:44
divulgence	n		10		32:44
divvy	n		21
diwan	n		14,10
dizen	v	29		20
dizygotic	a
dizygous	a
dizziness	n		26
dizzy	av	30		40
dj	nv	32	18	80	32:80
djiboutian	an		18
dle	n		26
dm	n		26,23
dmd	n		10
dmus	n		10
do	nv	41,36	11,10	40
do-it-yourself	a
do-nothing	an		18
do-or-die	a
do-si-do	n		4
doable	a
docetism	n		9
docile	a
docility	n		7
dock	nv	38,40	6,20	a0
dockage	n		21,6		38:80
docket	nv	32,32	10,9	40	32:40
docking	n		4		38:80
doctor	nv	30,29	18,18	60	29:60
doctoral	a
doctorate	n		10
doctorial	a
doctorspeak	n		10
doctrinaire	an		18
doctrinal	a
doctrine	n		9		31:20
docudrama	n		10
document	nv	32,31	10,6	40	31:40
documental	a
documentary	an		10		32:40
documentation	n		10,10		31:40
documented	a
dodder	nv	38	20	80
doddering	a
doddery	a
doddle	n		4
dodge	nv	38,38	9,4	c0	38:40
dodging	n		4,10		32:40
dodgy	a
doff	v	35		40
dog	nv	38	5,18	60
dog-ear	n		10
dog-eared	a
dog-sized	a
dog-tired	a
dogfight	nv	36,33	11,4	c0
dogged	a
doggedness	n		7
doggerel	n		10
dogging	a
doghouse	n		6,9
doglike	a
dogma	n		10,9		32:80
dogmatic	a
dogmatical	a
dogmatise	v	32,32		c4
dogmatism	n		9
dogmatize	v	32,32		c4
dogshit	n		10
dogsled	nv	38	6	80	38:80
dogtrot	n		4
doh	n		10
doings	n		4
dolabrate	a
dolabriform	a
doldrums	n		26,19
dole	n		21,4
doleful	a
dolefulness	n		12
dolichocephalic	an		18
dolichocephalism	n		7
dolichocephaly	n		7
dolichocranial	a
dolichocranic	a
dollar	n		23,21
dolomitic	a
dolor	n		12
dolorous	a
dolour	n		12
dolourous	a
doltish	a
domain	n		26,15
dome-shaped	a
domed	a
domestic	an		18
domesticate	v	30,30		60
domesticated	a
domestication	n		22,7
domesticise	v	30		60
domesticity	n		7,4
domesticize	v	30		60
domicile	nv	42	15,6	80
domiciliary	a
domiciliate	v	42,41		e0
dominance	n		7,26		42:80
dominant	an		10,8
dominate	v	42,42		80
dominated	a
dominating	a
domination	n		4,26		42:80
domineer	v	37		20
domineering	a
domineeringness	n		7
dominical	a
dominican	an		18,18
dominion	n		26,15		42:80
dominoes	n		4
dominos	n		4
don	nv	29	18,18	40
dona	n		10
donate	v	40		c0
donation	n		21,4		40:c0
donatism	n		9
donatist	an		18
done	a
dong	nv	39	23	80
donkey	n		10,5
donkeywork	n		4
donnean	a
donnian	a
donnish	a
doo-wop	n		10
doodle	nv	36	6	80	36:80
doom	nv	32,32	11	21	32:40
doomed	an		14
doomsday	n		28,11
door-to-door	a
dope	nv	34,30	6,18	c0	29:20
doped	a
dopey	a
dopy	a
dorian	an		18,14
doric	an		10
dormancy	n		26,4
dormant	a
dormie	a
dormy	a
dorsal	a
dorsiflexion	n		4
dorsoventral	a
dos	n		14,10
dose	nv	30,29	6,23	60	29:20
dosed	a
dosimetry	n		4
doss	v	29		80
dossier	n		10
dostoevskian	a
dostoyevskian	a
dot	nv	42,35	25,14	40	30:40
dot-com	an		14
dote	v	42,37		80
doting	a
dotted	a
dotty	a
double	anv	30,35	4,18	c0	35:80
double-barreled	a
double-barrelled	a
double-bass	a
double-bedded	a
double-breasted	a
double-check	v	31		c0
double-chinned	a
double-crossing	n		4		41:20
double-date	v	41		80
double-dealing	an		4
double-dyed	a
double-edged	a
double-faced	a
double-geared	a
double-glaze	v	40		40
double-humped	a
double-jointed	a
double-park	v	38		c0
double-quick	a
double-space	v	32		40
double-spaced	a
double-spacing	n		10
double-team	v	33		20
double-tongued	a
double-u	n		10
doubled	a
doubleheader	n		4
doubles	n		4,4
doublespeak	n		10
doublethink	n		9
doubling	n		22,4		30:c0
doubloon	n		21
doubt	nv	31,31	9,7	64	31:64
doubtful	a
doubtfulness	n		9,7
doubting	a
douche	nv	29	6,4	a0	29:a0
dough	n		13,21
doughnut-shaped	a
doughy	a
dour	a
douse	v	43,42		40
dousing	n		4		35:40
dovetail	nv	42	6	40	42:40
dovish	a
dovishness	n		9
dowdiness	n		7
dowdy	an		18,13
doweling	n		4
dower	nv	40	21,21	20	40:20
dowered	a
dowerless	a
dowery	n		21		40:20
down	anv	34,34	5,4	40
down-and-out	an		18
down-bow	n		4
down-to-earth	a
downbeat	n		10
downbound	a
downcast	an		6
downdraft	n		19
downfall	n		11,19
downfield	a
downgrade	nv	31	7	40
downhearted	a
downheartedness	n		12
downhill	an		17,11
downiness	n		7
downlike	a
download	v	40		40
downmarket	a
downplay	v	32,30		40
downpour	n		19
downright	a
downrightness	n		7
downscale	a
downshift	n		4,4
downside	n		9
downsize	v	41,30		60
downsizing	n		4
downspin	n		4
downstage	an		6
downstair	a
downstairs	a
downstream	a
downstroke	n		10
downswing	n		4,4
downtick	n		4
downtown	an		15
downtrodden	a
downturn	n		4
downward	a
downward-arching	a
downward-sloping	a
downwind	a
downy	a
dowry	n		21
dowse	nv	42,35	9	c0	35:80
dowsing	n		9		35:80
doxology	n		10
doze	nv	29	4	80	29:80
dozen	an		23
dozy	a
dph	n		10
dphil	n		10
drab	an		7
drabness	n		7
draconian	a
dracunculiasis	n		26
draft	nv	36,33	21,19	60
drafting	n		4,4		36:40
draftsmanship	n		4
drafty	a
drag	nv	35,35	19,9	60
dragging	a
draggle	v	30		40
draggled	a
dragoon	nv	41,41	18	68	41:60
drain	nv	38,34	4,6	c0	30:40
drainage	n		4		38:80
drained	a
draining	a
drama	n		10,11		36:40
dramatic	a
dramatics	n		4,10
dramatisation	n		4,4		36:40
dramatise	v	36,32		40
dramatization	n		4,4		36:40
dramatize	v	36,32		40
dramaturgic	a
dramaturgical	a
dramaturgy	n		10
drape	nv	35,35	6,7	60	35:60
draped	a
drastic	a
draught	nv	36	13,4	40
draughts	n		4
draughty	a
dravidian	n		18,10
dravidic	n		10
draw	nv	35,40	17,18	60
drawback	n		7
drawing	n		10,6		36:80
drawl	nv	32	10	c0	32:c0
drawn	a
drawn-out	a
dread	anv	37	12	61	37:61
dreaded	a
dreadful	a
dreadfulness	n		7
dream	nv	36,39	9,9	c4	39:c4
dreamed	a
dreaminess	n		12
dreaming	n		9,9		36:84
dreamland	n		9
dreamless	a
dreamlike	a
dreamworld	n		9
dreamy	a
drear	a
dreariness	n		7
dreary	a
dredge	nv	35,35	6	40	35:40
drench	v	43,34		c0
drenched	a
drenching	n		4
dress	anv	29,29	6,6	e0	29:80
dressage	n		4
dressed	a
dressed-up	a
dressmaking	n		4
dressy	a
dribble	nv	38,35	11,8	c0	35:40
dribbling	n		4		35:c0
dried	a
dried-out	a
dried-up	a
drift	nv	38,38	19,22	80	38:40
driftage	n		11		38:80
drifting	an		4		38:80
drill	nv	35,31	6,5	60	35:40
drill-like	a
drilled	a
drilling	n		4,4		35:40
drink	nv	34,34	13,4	c0	34:40
drinkable	an		13
drinking	n		4,4		34:40
drip	nv	38,35	11,11	c0	35:40
drip-dry	av	30		40
dripless	a
drippage	n		11
drippiness	n		7,7
dripping	n		11,11
drippy	a
drive	nv	38,38	4,6	c0	35:60
drivel	nv	29	10,8	80	29:80
driven	a
driving	an		4,4		35:40
drizzle	nv	43,35	19	c0	43:80
drizzling	a
drizzly	a
drogheda	n		4
drogue	n		10,10
droll	a
drollery	n		10,4
drone	nv	39,32	5,10	80	32:80
droning	n		10		39:80
drool	nv	37,29	10,8	80	29:80
droop	nv	38,42	25	80	30:80
drooping	a
droopy	a
drop	nv	38,38	25,23	e0	35:40
drop-kick	v	35,35		40
drop-off	n		22,17		30:80
dropforge	v	36		40
dropkick	nv	35,35	4	40	35:40
dropline	n		10
dropping	a
dropsical	a
dropsy	n		26
drought	n		26,28
drouth	n		28,26
drown	v	35,30		40
drowse	nv	29,29	4	80	29:80
drowsiness	n		26
drowsing	a
drowsy	a
drub	v	35		60
drubbing	n		11,4		35:60
drudge	nv	41	18,18	80	41:80
drudgery	n		4		41:80
drudging	a
drug	nv	29,34	6	20	34:20
drug-addicted	a
drug-free	a
drugged	a
drugging	n		4		29:20
drugless	a
druidism	n		9
drum	nv	39,36	6,11	80	36:80
drum-like	a
drum-shaped	a
drumbeat	n		11,10
drumfire	n		4
drumhead	an		6
drumming	n		4		36:80
drunk	an		18,18
drunken	a
drunkenness	n		26,26
drupaceous	a
drusen	n		26
druthers	n		9
dry	anv	30,30	18	c0
dry-cleaned	a
dry-dock	v	35		40
dry-eyed	a
dry-gulching	n		4
dry-nurse	v	34		20
dry-rot	v	30		c0
dry-shod	a
dry-wall	v	36		40
drydock	nv	35	6	40
dryness	n		26,7
dts	n		26
dual	a
dual-lane	a
dualism	n		9
dualistic	a
duality	n		14,7
dub	nv	32,32	9	60
dubiety	n		9
dubious	a
dubiousness	n		9,7
dubitable	a
ducal	a
ducat	n		21
duck	nv	38,38	5,23	c0
duck-billed	a
duckbill	an		5,5
ducking	n		4,4		38:c0
duckpins	n		4
ductile	a
ductileness	n		7
ductility	n		7
ductless	a
dud	an		18,11
dudgeon	n		12
due	an		7,21
duel	nv	33	4,4	a0	33:a0
duette	n		14,10
dukedom	n		26,15
dulcet	a
dulcify	v	39		c0
dulcorate	v	39		c0
dull	av	35,30		c0
dull-purple	a
dull-white	a
dulled	a
dullness	n		9,7
dumb	a
dumbfound	v	31		40
dumbfounded	a
dumbfounding	a
dumbness	n		9
dumbstricken	a
dumbstruck	a
dumfounded	a
dumfounding	a
dummy	anv	36	18,18	40
dump	nv	40,40	22,15	60	40:40
dumpiness	n		7
dumping	n		4		40:40
dumps	n		26
dumpy	a
dun	anv	37,32	5,7	60	30:40
dun-colored	a
dun-coloured	a
duncical	a
duncish	a
dung	nv	30,29	27	c0	29:80
dunghill	n		26,14
dunk	nv	35,35	4	40	35:40
dunkerque	n		15,4
dunkirk	n		26,15
duodecimal	an		23
duodenal	a
duologue	n		10,10
dupe	nv	32	18	20	32:20
dupery	n		4		32:20
duple	a
duplex	anv	30	6,6	40
duplicability	n		7
duplicable	a
duplicatable	a
duplicate	anv	36,42	6,6	40	36:40
duplication	n		6,4		36:40
duplicitous	a
duplicity	n		10,4
durability	n		7
durable	a
dural	a
durance	n		26
duress	n		7
dusk	nv	30	28	80
duskiness	n		26,7
dusky	a
dusky-colored	a
dusky-coloured	a
dust	nv	35,35	27,27	c0	35:c0
dust-covered	a
duster	n		19,6
dustiness	n		26
dustlike	a
dustup	n		10
dusty	a
dutch	an		18,10
duteous	a
dutiable	a
dutiful	a
dutifulness	n		7
duty	n		4,4
duty-bound	a
duty-free	a
dwarf	nv	42,41	18,18	40	41:40
dwarfish	a
dwarfishness	n		7
dwarfism	n		26
dwell	v	31,42		80
dwindle	v	30		80
dwindling	an		11		30:80
dyadic	a
dye	nv	30	27	40	30:40
dyed	a
dyeing	n		4		30:40
dying	an		28		30:80
dyirbal	n		10
dyke	nv	35	18,6	40	35:40
dynamic	an		16
dynamical	a
dynamics	n		9
dynamise	v	30,30		40
dynamism	n		9,7
dynamite	nv	30	6	40	30:40
dynamize	v	30,30		40
dynastic	a
dysaphia	n		26
dysarthria	n		26
dyscalculia	n		26
dyschezia	n		26
dyscrasia	n		26
dysentery	n		26
dysfunction	n		26
dysfunctional	a
dysgenesis	n		26
dysgenic	a
dysgenics	n		9
dysgraphia	n		26
dyskinesia	n		26
dyslectic	an		18
dyslexia	n		26
dyslexic	a
dyslogia	n		26
dyslogistic	a
dysmenorrhea	n		26
dysomia	n		26
dysosmia	n		26
dyspepsia	n		26
dyspeptic	an		18
dysphagia	n		26
dysphasia	n		26
dysphemism	n		10
dysphemistic	a
dysphonia	n		26
dysphoria	n		12
dysphoric	a
dysplasia	n		26
dysplastic	a
dyspnea	n		26
dyspneal	a
dyspneic	a
dyspnoea	n		26
dyspnoeal	a
dyspnoeic	a
dyssynergia	n		26
dysthymia	n		26
dystopia	n		26,10
dystopian	a
dystrophy	n		26,26
dysuria	n		26
e-commerce	n		4
e-mail	nv	32	10	60	32:60
each	a
eager	an		11
eagerness	n		12,7
eagle	nv	35,33	5,23	c0	33:40
eagle-eyed	a
eagre	n		11
ear	n		8,9
ear-like	a
ear-shaped	a
earache	n		26
eared	a
earful	n		10,10
earldom	n		26,15
earless	a
earlier	a
earliest	a
earliness	n		7
early	a
early-blooming	a
early-flowering	a
earlyish	a
earmark	nv	31	10,7	40	31:40
earn	v	40,40		40
earned	a
earnest	an		21
earnestness	n		12,7
earnings	n		21,21		40:40
earsplitting	a
earth	nv	39,35	17,27	c0	35:40
earthborn	a
earthbound	a
earthen	a
earthing	n		4		35:40
earthlike	a
earthly	a
earthquake	n		11,26
earthshaking	a
earthy	a
eas	n		10
ease	nv	38,29	7,26	60
eased	a
easement	n		7,4		37:40
easiness	n		12,7
easing	n		11,4		30:40
east	an		24,15
east-central	a
eastbound	a
easter	n		28,19
easterly	an		19
eastern	a
easternmost	a
eastmost	a
eastside	a
eastward	an		24
easy	a
easygoing	a
easygoingness	n		7
eat	v	34,34		c0
eatable	an		13
eating	n		4		34:80
eavesdrop	v	39		80
ebb	nv	38,33	22,11	c0	30:80
ebbing	n		22		30:80
ebbtide	n		11
ebionite	an		18
ebitda	n		21
ebola	n		26
ebon	a
ebonics	n		10
ebonise	v	30		40
ebonize	v	30		40
ebony	an		7,20		30:40
ebracteate	a
ebullience	n		7
ebullient	a
ebullition	n		10
eburnation	n		22
ecarte	n		4
ecc	n		10
eccentric	an		18,18
eccentricity	n		7,25
ecchymosis	n		26,22
ecclesiastes	n		10
ecclesiastic	an		18
ecclesiastical	a
ecclesiasticism	n		4,9
ecclesiasticus	n		10
ecclesiology	n		9
eccm	n		4
eccrine	a
eccyesis	n		26
ecdemic	a
ecdysis	n		22
ecesis	n		22
ecg	n		10
echinococcosis	n		26
echo	nv	32,39	7,18	c4	42:40
echocardiogram	n		10
echocardiography	n		4
echoencephalogram	n		10
echoencephalography	n		4
echography	n		4
echoic	a
echoing	a
echolalia	n		10,4
echoless	a
echolike	a
echolocation	n		4
echt	a
eclampsia	n		26
eclat	n		10,7
eclectic	an		18
eclecticism	n		9
eclipse	nv	42,39	11	40	39:40
eclipsis	n		22
eclogue	n		10
ecm	n		4
eco-warfare	n		4
ecobabble	n		10
ecologic	a
ecological	a
ecology	n		26,9
econometric	a
econometrics	n		9
economic	a
economical	a
economics	n		9
economise	v	40,40		c0
economize	v	40,40		c0
economy	n		14,9		40:c0
ecoterrorism	n		4
ecotourism	n		4
ecphonesis	n		10
ecru	n		7
ecstasy	n		26,26
ecstatic	a
ect	n		4
ectasia	n		26
ectasis	n		26
ectodermal	a
ectodermic	a
ectomorphic	a
ectomorphy	n		7
ectopia	n		7
ectopic	a
ectothermic	a
ectozoan	an		5
ectrodactyly	n		26
ecuadorian	an		18
ecumenic	a
ecumenical	a
ecumenicalism	n		10
ecumenicism	n		10
ecumenism	n		14,10
eczema	n		26
ed	n		26
edacious	a
edacity	n		26,7
edd	n		10
edda	n		13,10
eddy	nv	38	18,11	80	38:80
edema	n		26
edematous	a
eden	n		15,9
edental	a
edentate	an		5
edentulate	a
edentulous	a
edge	nv	38,40	15,25	c0	40:40
edged	a
edgeless	a
edginess	n		12
edgy	a
edibility	n		7
edible	an		13
edibleness	n		7
edict	n		10,10
edification	n		9		32:60
edified	a
edify	v	32		60
edifying	a
edit	v	30,32		40
edited	a
editing	n		10		30:40
edition	n		10,14
editor	n		18,10		30:40
editorial	an		10		32:80
editorialise	v	32		80
editorialize	v	32		80
editorship	n		4
edp	n		22
educate	v	41,31		20
educated	a
education	n		4,9		41:20
educational	a
educative	a
educe	v	36,30		40
edulcorate	v	39		c0
edutainment	n		4
edwardian	an		18
ee	n		9
eeg	n		10
eel-shaped	a
eellike	a
eerie	a
eeriness	n		7
eery	a
eff	v	35		80
efface	v	30,37		60
effaceable	a
effacement	n		22,4		37:20
effect	nv	36,41	19,7	40	41:40
effected	a
effective	a
effectiveness	n		7,7
effectivity	n		7
effects	n		21
effectual	a
effectuality	n		7
effectualness	n		7
effectuate	v	36		40
effectuation	n		4		36:40
effeminacy	n		7
effeminate	a
effeminateness	n		7
effeminise	v	30		60
effeminize	v	30		60
efferent	an		8
effervesce	v	30		80
effervescence	n		22,7		30:80
effervescent	a
effervescing	a
effete	a
efficacious	a
efficaciousness	n		7
efficacy	n		7
efficiency	n		24,9
efficient	a
effleurage	n		4
effloresce	v	30,30		80
efflorescence	n		28,26
efflorescent	a
effluence	n		22
effluent	an		27
efflux	n		22
effort	n		4,4
effortful	a
effortfulness	n		7
effortless	a
effortlessness	n		7
effrontery	n		7
effulgence	n		7
effulgent	a
effuse	v	38,30		c0
effusion	n		10,4		30:40
effusive	a
effusiveness	n		7
egalitarian	an		18
egalitarianism	n		9
egalite	n		26
egality	n		26
egest	v	29		40
egg	nv	35,35	5,13	60	35:40
egg-filled	a
egg-producing	a
egg-shaped	a
ego	n		12,9
egocentric	an		18
egocentrism	n		7
egoism	n		9,7
egoistic	a
egoistical	a
egotism	n		7,12
egotistic	a
egotistical	a
egotrip	v	41		80
egregious	a
egress	nv	30	11,11	80	30:80
egression	n		4		30:80
egyptian	an		18,10
egyptology	n		9
ehf	n		7
eidetic	a
eidos	n		7
eigenvalue	n		9
eight	an		23,14
eight-day	a
eight-fold	a
eight-membered	a
eight-sided	a
eighteen	an		23
eighteenth	an		24
eightfold	a
eighth	an		24,23
eightieth	an		24
eightpence	n		21
eightpenny	a
eightsome	n		14,4
eightvo	n		7
eighty	an		23
eighty-eight	a
eighty-fifth	a
eighty-five	a
eighty-four	a
eighty-nine	a
eighty-one	a
eighty-seven	a
eighty-six	a
eighty-three	a
eighty-two	a
einsteinian	a
eisegesis	n		10
eisteddfod	n		4
ejaculate	nv	32,29	8	c4	29:80
ejaculation	n		10,22		32:44
eject	v	35,29		60
ejection	n		4,4		38:80
ekg	n		10
elaborate	av	32,36		c0
elaborated	a
elaborateness	n		7,7
elaboration	n		4,11		32:c0
elamite	n		18,10
elamitic	n		10
elan	n		12,7
elapse	v	38		80
elapsed	a
elastance	n		19
elastic	an		6,6
elasticised	a
elasticity	n		7
elasticized	a
elastosis	n		26
elate	v	37		60
elated	a
elating	a
elation	n		26,12		37:60
elbow	nv	38,35	8,6	20	38:20
elbowing	n		4		38:20
elder	an		18,20
elderly	an		14
eldership	n		4
eldest	an		18
eldorado	n		9
eldritch	a
elect	anv	41,31	14	61	41:20
elected	a
election	n		4,4		41:20
electioneer	v	41		80
electioneering	n		10,4		41:80
elective	an		4
electoral	a
electric	an		6
electrical	a
electricity	n		19,19		30:40
electrification	n		4,4		37:60
electrify	v	37,30		60
electrifying	a
electrocardiogram	n		10
electrocardiographic	a
electrocardiography	n		4
electrocautery	n		4
electrochemical	a
electrochemistry	n		9
electrocute	v	41,41		60
electrocution	n		4,4		41:20
electrodeposition	n		22
electroencephalogram	n		10
electroencephalographic	a
electrolysis	n		22,4
electrolytic	an		6
electromagnetic	a
electromagnetics	n		9
electromagnetism	n		19,9
electromechanical	a
electromotive	a
electromyogram	n		10
electromyography	n		4
electronegative	a
electronegativity	n		7
electroneutral	a
electronic	a
electronics	n		9
electrophoresis	n		22
electrophoretic	a
electroplate	nv	35	6	40	35:40
electropositive	a
electroretinogram	n		10
electroshock	n		4
electrosleep	n		9
electrostatic	a
electrostatics	n		9
electrosurgery	n		4
electrotherapy	n		4
eleemosynary	a
elegance	n		7,7
elegant	a
elegiac	a
elegise	v	36		80
elegize	v	36		80
elegy	n		10		36:80
element	n		9,6
elemental	a
elementary	a
elements	n		19
elephant	n		5,10
elephantiasis	n		26
elephantine	a
elevate	v	41,38		60
elevated	an		6
elevation	n		11,26		38:60
eleven	an		23,14
eleven-plus	n		4
eleven-sided	a
eleventh	an		24
elf	n		18,7
elfin	a
elfish	a
elflike	a
elicit	v	37,36		40
elicitation	n		9		37:40
elicited	a
elide	v	31		40
eligibility	n		7
eligible	a
eliminate	v	30,42		60
elimination	n		4,22		30:60
elint	n		4
elisa	n		4
elision	n		22,9		31:40
elite	an		14
elitism	n		9
elizabethan	an		18
ellipsis	n		22
ellipsoid	an		25
ellipsoidal	a
elliptic	a
elliptical	a
ellipticity	n		7
elocute	v	32		c0
elocution	n		10		32:c0
elocutionary	a
elongate	av	30		40
elongated	a
elongation	n		7,6		30:40
elope	v	38		80
elopement	n		4		38:80
eloquence	n		10
eloquent	a
elucidate	v	32,31		40
elucidation	n		10,10		32:40
elucidative	a
elude	v	38,42		60
eluding	n		4		38:60
elusion	n		4		38:60
elusive	a
elusiveness	n		7
elute	v	35		40
elution	n		22		35:40
elves	n		19
elvish	a
elysian	a
elysium	n		9,9
emaciate	v	30,30		c0
emaciated	a
emaciation	n		7		30:40
email	nv	32	10	60	32:60
emanate	v	30,29		c0
emanation	n		27,4		30:80
emancipate	v	41,41		60
emancipated	a
emancipation	n		4		41:60
emancipative	a
emarginate	a
emasculate	av	30,29		60
emasculated	a
emasculation	n		7,4		30:40
embalm	v	40		60
embalmment	n		4		40:60
embank	v	42		40
embargo	nv	41,41	10	40	41:40
embark	v	38,30		80
embarkation	n		4
embarkment	n		4		38:80
embarrass	v	37,41		60
embarrassed	a
embarrassing	a
embarrassment	n		12,26
embattle	v	40,36		c0
embattled	a
embed	v	35,33		c0
embedded	a
embellish	v	32,42		40
embellishment	n		10,6		32:40
embezzle	v	40		40
embezzled	a
embezzlement	n		4		40:40
embitter	v	37		40
embitterment	n		26		37:40
emblazon	v	36,36		40
emblem	n		6,10
emblematic	a
emblematical	a
embodied	a
embodiment	n		18,9		42:40
embody	v	42,42		40
embolden	v	37		60
emboldened	a
embolectomy	n		4
embolic	a
embolism	n		28,26
embolus	n		26
embonpoint	an		7
emboss	v	35		40
embossed	a
embossment	n		10,6		35:40
embower	v	35		60
embrace	nv	42,35	4,26	e0	35:e0
embracement	n		4		35:e0
embracing	n		4		35:e0
embrangle	v	30		40
embrittle	v	30		40
embrocate	v	29		60
embroider	v	36,32		40
embroidery	n		10,6		32:40
embroil	v	42		20
embroiled	a
embroilment	n		26		42:20
embrown	v	30,30		40
embryologic	a
embryology	n		9
embryonal	a
embryonic	a
embryotic	a
emcee	nv	41	18	80	41:80
emda	n		4
emend	v	30		40
emendation	n		4
emended	a
emerald	n		27,21
emerge	v	30,30		80
emergence	n		11,11		30:4
emergency	n		11,26
emergent	a
emerging	a
emeritus	an		18
emersion	n		11,4		42:80
emesis	n		4
emf	n		19
emg	n		10
emigrate	v	30		80
emigration	n		4		30:80
eminence	n		26,8
eminent	a
emirate	n		15,4
emission	n		4,27		43:40
emit	v	29,43		40
emmetropia	n		26
emmetropic	a
emmy	n		10
emollient	an		6
emolument	n		21
emote	v	37		40
emoticon	n		10
emotion	n		12		37:40
emotional	a
emotionalism	n		7
emotionality	n		7
emotionless	a
emotionlessness	n		12,7
emotive	a
empale	v	35		40
empanel	v	41,31		20
empathetic	a
empathic	a
empathise	v	31		60
empathize	v	31		60
empathy	n		12		31:60
emphasis	n		26,7		32:44
emphasise	v	32,32		44
emphasised	a
emphasize	v	32,32		44
emphasized	a
emphasizing	n		4		32:44
emphatic	a
emphysema	n		26
emphysematous	a
empiric	a
empirical	a
empiricism	n		9,4
emplace	v	35,35		40
emplacement	n		6,4		35:40
emplane	v	38		80
employ	nv	34,41	26	61	41:20
employable	an		18
employed	a
employment	n		26,4
empower	v	41,41		20
empowered	a
empowerment	n		4		41:20
emptiness	n		26,26
empty	anv	30,30	6	c0	35:40
empty-bellied	a
empty-handed	a
empty-headed	a
emptying	n		4		35:40
empurple	v	30		40
empurpled	a
empyema	n		26
empyreal	a
empyrean	an		15
emulate	v	42,42		60
emulation	n		12,9		42:60
emulous	a
emulsify	v	30,30		c0
enable	v	30		60
enabling	a
enact	v	41,36		44
enactment	n		4,10		41:44
enallage	n		10
enamel	nv	36	8,27	40	36:40
enamor	v	37		60
enamored	a
enamoredness	n		12
enamour	v	37		60
enanthem	n		26
enanthema	n		26
enate	an		18
enatic	a
encamp	v	42		80
encapsulate	v	35,30		40
encapsulation	n		26,22		35:40
encase	v	35		40
encased	a
encasement	n		4		35:40
enceinte	a
encephalitis	n		26
encephalocele	n		26
encephalogram	n		10,6
encephalography	n		4
encephalomeningitis	n		26
encephalomyelitis	n		26
encephalopathy	n		26
enchain	v	35		40
enchained	a
enchant	v	37,37		60
enchanted	a
enchanting	a
enchantment	n		12,26		37:60
enchiridion	n		10
enchondroma	n		26
encipher	v	32		40
encircle	v	35,35		40
encircled	a
encirclement	n		4		35:40
encircling	a
enclose	v	35,42		60
enclosed	a
enclosing	n		4		35:60
enclosure	n		6,4		42:40
enclothe	v	29		60
encode	v	32		40
encoding	n		4		32:40
encomiastic	a
encomium	n		10
encompass	v	42		40
encompassing	a
encompassment	n		26		42:40
encopresis	n		26
encore	nv	32	4	20	32:20
encounter	nv	38,40	4,11	60	33:20
encourage	v	41,37		60
encouraged	a
encouragement	n		10,4		41:60
encouraging	a
encrimson	v	30		40
encroach	v	38,41		c0
encroaching	a
encroachment	n		11,4		38:80
encrust	v	35,35		40
encrustation	n		22,17		30:80
encrusted	a
encrypt	v	32		40
encryption	n		4		32:40
enculturation	n		4
encumber	v	35		40
encumbered	a
encumbrance	n		9,21
encyclical	an		10
encyclopaedia	n		10
encyclopaedic	a
encyclopaedism	n		9
encyclopedia	n		10
encyclopedic	a
encyclopedism	n		9
encysted	a
end	nv	42,30	15,28	c0	42:80
end-all	n		9
end-rhymed	a
end-stopped	a
end-to-end	a
endaemonism	n		9
endanger	v	42,32		60
endangered	a
endangerment	n		26
endarterectomy	n		4
endarteritis	n		26
endear	v	37		20
endearing	a
endearment	n		4		37:20
endeavor	nv	41	4,4	1	41:1
endeavour	nv	41	4,4	1	41:1
ended	a
endemic	an		26,20
endemical	a
endemism	n		7
endergonic	a
endermatic	a
endermic	a
endgame	n		11,11
ending	n		10,4		30:40
endless	a
endlessness	n		7
endocarditis	n		26
endocentric	a
endocervicitis	n		26
endocrinal	a
endocrine	an		8,8
endocrinology	n		9
endodontia	n		9
endodontic	a
endodontics	n		9
endoergic	a
endogamic	a
endogamous	a
endogamy	n		26
endogenetic	a
endogenic	a
endogenous	a
endogeny	n		19
endometrial	a
endometriosis	n		26
endometritis	n		26
endomorphic	a
endomorphy	n		7
endoparasitic	a
endorse	v	41,41		60
endorsement	n		10,10		41:40
endoscopic	a
endoscopy	n		4
endothelial	a
endothermal	a
endothermic	a
endovenous	a
endow	v	41,40		20
endowed	a
endowment	n		9,21		41:20
endozoan	an		5
endozoic	a
endue	v	41		20
endurable	a
endurance	n		7,26		31:60
endure	v	31,42		60
enduring	a
enduringness	n		7
enema	n		4
energetic	a
energise	v	30,29		e0
energising	a
energize	v	29,30		e0
energizing	an		4		30:40
energy	n		19,7		30:40
energy-absorbing	a
energy-releasing	a
energy-storing	a
enervate	v	30,37		60
enervated	a
enervating	a
enervation	n		7,11		30:60
enets	n		10
enfeeble	v	30		40
enfeeblement	n		11		30:40
enfeebling	a
enfeoff	v	40		20
enfeoffment	n		10		40:20
enfilade	nv	42	4	40
enfold	v	35		60
enfolding	n		4		35:60
enforce	v	41,41		40
enforceable	a
enforced	a
enforcement	n		4		41:40
enfranchise	v	41,41		20
enfranchised	a
enfranchisement	n		26,7		41:20
engage	v	41,31		e0
engaged	a
engagement	n		4,14		41:80
engaging	a
engender	v	36,29		60
engild	v	36		40
engine	n		6,19
engineer	nv	31,31	18,18	40	31:40
engineering	n		4,9		31:40
english	an		10,18
english-gothic	n		9
english-speaking	a
englut	v	34		80
engorge	v	34		80
engorged	a
engorgement	n		26,4		34:80
engraft	v	35,35		40
engram	n		9
engrave	v	35,37		c0
engraved	a
engross	v	31,31		60
engrossed	a
engrossing	a
engrossment	n		9,9		31:20
engulf	v	31,35		60
enhance	v	30,30		40
enhanced	a
enhancement	n		4		30:40
enhancer	n		9		30:40
enhancive	a
enigma	n		9,10
enigmatic	a
enigmatical	a
eniwetok	n		15,4
enjambement	n		10
enjambment	n		10
enjoin	v	32,32		25
enjoining	n		10		32:20
enjoinment	n		10		32:20
enjoy	v	37,34		68
enjoyable	a
enjoyableness	n		7
enjoyment	n		12,4		37:41
enkindle	v	43,37		40
enkindled	a
enl	n		26
enlace	v	35		40
enlarge	v	30,30		40
enlarged	a
enlargement	n		4,26		30:40
enlighten	v	32,32		60
enlightened	an		14
enlightening	a
enlightenment	n		9,26		32:60
enlist	v	33,40		c0
enlisting	n		4		33:20
enlistment	n		28,4		33:20
enliven	v	37,30		60
enlivened	a
enlivening	a
enmesh	v	35		60
enmeshed	a
enmity	n		26,12
ennoble	v	41,41		60
ennoblement	n		26,4		41:20
ennobling	a
ennui	n		12
enolic	a
enology	n		9
enormity	n		7,7
enormous	a
enormousness	n		7
enough	an		23
enounce	v	32		40
enplane	v	38		80
enquire	v	32,32		e1
enquiry	n		10,9		32:a1
enrage	v	37		60
enraged	a
enragement	n		12		37:60
enrapture	v	37		60
enraptured	a
enrich	v	30,40		60
enrichment	n		4,21		30:40
enrobe	v	35,29		40
enrol	v	41		a0
enroll	v	41		a0
enrollment	n		4,14		41:a0
enrolment	n		4		41:a0
ensconce	v	35		20
enshrine	v	35,37		60
enshroud	v	35		40
ensiform	a
ensign	n		18,10
ensile	v	40		40
ensky	v	32		60
enslave	v	41		20
enslavement	n		26,4		41:20
ensnare	v	41,35		60
ensnarl	v	35		60
ensorcelled	a
ensuant	a
ensue	v	42		84
ensuing	a
ensure	v	32,31		44
entail	nv	42,42	21,4	40
entailment	n		9		42:40
entangle	v	42,35		40
entangled	a
entelechy	n		26
entente	n		14,10
enter	v	38,33		c0
enteral	a
enteric	a
entering	n		11,4		38:c0
enteritis	n		26
enterobiasis	n		26
enterolithiasis	n		26
enteropathy	n		26
enteroptosis	n		26
enterostenosis	n		26
enterostomy	n		4
enterotomy	n		4
enterotoxemia	n		26
enterprise	n		4,14
enterprising	a
enterprisingness	n		7
entertain	v	41,31		68
entertained	a
entertaining	a
entertainment	n		4		41:20
enthalpy	n		7
enthral	v	37		60
enthrall	v	37		60
enthralled	a
enthralling	a
enthrallment	n		12		37:60
enthrone	v	41,41		20
enthronement	n		11		41:20
enthronisation	n		11		41:20
enthronization	n		11		41:20
enthuse	v	37,32		64
enthusiasm	n		12,7
enthusiastic	a
entice	v	32		28
enticement	n		9,7		32:28
enticing	a
entire	an		5
entireness	n		26
entirety	n		26
entitle	v	41,32		41
entitled	a
entitlement	n		7		41:1
entomb	v	41		60
entombment	n		11		41:60
entomologic	a
entomological	a
entomology	n		9
entomophilous	a
entomophobia	n		26
entozoan	an		5
entozoic	a
entr'acte	n		28,4
entrain	v	38		80
entrance	nv	37,29	6,11	60	38:c0
entranced	a
entrancement	n		12		37:60
entrancing	a
entrap	v	41,35		60
entrapment	n		4		41:20
entreat	v	32		21
entreaty	n		10
entree	n		13,7
entrench	v	35,41		40
entrenched	a
entrepreneurial	a
entropy	n		7,7
entrust	v	40,40		40
entry	n		10,4		32:64
entsi	n		10
entsy	n		10
entwine	v	36,35		40
enucleate	v	30,30		40
enucleation	n		4		30:40
enumerable	a
enumerate	v	32,32		60
enumeration	n		10,4		32:40
enunciate	v	32,32		40
enunciation	n		10		32:40
enured	a
enuresis	n		22
envelop	v	35		60
enveloping	a
envelopment	n		4		35:60
envenom	v	37,30		40
enviable	a
envious	a
enviousness	n		12
environ	v	35		40
environment	n		26,15
environmental	a
environmentalism	n		9,4
envisage	v	36		44
envision	v	36,36		44
envisioned	a
envisioning	n		9		36:44
envoi	n		10
envy	nv	37,37	12,4	20	37:20
enwrap	v	35		60
enwrapped	a
enzootic	a
enzymatic	a
enzymology	n		9
eolic	n		10
eolithic	an		28
eolotropic	a
eonian	a
eosinopenia	n		26
eosinophilia	n		26
eosinophilic	a
epanalepsis	n		10
epanaphora	n		10
epanodos	n		10,10
epanorthosis	n		10
eparchial	a
epenthesis	n		10
epenthetic	a
ephemeral	an		5
ephemerality	n		7
ephemeralness	n		7
ephemeris	n		10
ephesian	an		18
ephesians	n		10
epi	n		10
epic	an		10
epical	a
epicarpal	a
epicene	an		18
epicondylitis	n		26
epicurean	an		18
epicureanism	n		9
epicurism	n		7
epicyclic	a
epicyclical	a
epideictic	a
epideictical	a
epidemic	an		11
epidemiologic	a
epidemiological	a
epidemiology	n		9
epidermal	a
epidermic	a
epididymitis	n		26
epidural	an		26
epigastric	a
epigenesis	n		22
epiglottitis	n		26
epigram	n		10
epigrammatic	a
epigraph	n		10,10
epigraphy	n		9
epikeratophakia	n		4
epilate	v	29		40
epilation	n		22,4
epilepsy	n		26
epileptic	an		18
epilithic	a
epilog	n		10,10
epilogue	n		10,10
epimorphic	a
epiphany	n		11,28
epiphenomenon	n		19
epiphora	n		10
epiphyseal	a
epiphysial	a
epiphytic	a
epiphytotic	a
epiplexis	n		10
episcleritis	n		26
episcopal	a
episcopalian	an		18
episcopalianism	n		9
episiotomy	n		4
episode	n		11,10
episodic	a
epispadias	n		26
epistasis	n		22
epistaxis	n		26
episteme	n		9
epistemic	a
epistemological	a
epistemology	n		9
epistle	n		10,10
epistolary	a
epistolatory	a
epistrophe	n		10
epitaph	n		10,10
epitaxy	n		22
epithalamium	n		10
epithelial	a
epitheliod	a
epithelioma	n		26
epithet	n		10,10
epitome	n		9,10		42:40
epitomise	v	42		40
epitomize	v	42		40
epizoan	an		5
epizoic	a
epizootic	a
epoch-making	a
epochal	a
eponym	n		10,10
eponymic	a
eponymous	a
eponymy	n		22
epos	n		10,10
epoxy	nv	35	27	40	35:40
epsilon	n		10
eq	n		7
equable	a
equal	anv	42,42	18	60	31:60
equalisation	n		4		33:80
equalise	v	33,30		c0
equalitarianism	n		9
equality	n		7,26
equalization	n		4		33:80
equalize	v	33,30		c0
equanimity	n		7
equanimous	a
equatability	n		7
equate	v	31,42		e0
equating	n		4		31:60
equation	n		10,26		42:c0
equatorial	an		6
equestrian	an		18
equiangular	a
equidistant	a
equidistribution	n		9
equilateral	an		25
equilibrate	v	30,42		40
equilibration	n		4
equilibrise	v	42		40
equilibrium	n		26,22		42:40
equilibrize	v	42		40
equine	an		5
equinoctial	an		15
equip	v	40,30		60
equipoised	a
equipotent	a
equipped	a
equipping	n		4		40:60
equiprobable	a
equipt	a
equitable	a
equitation	n		4
equity	n		21,21
equivalence	n		26,7
equivalent	an		9,7
equivocal	a
equivocalness	n		7
equivocate	v	32		80
equivocation	n		10,7		32:80
eradicable	a
eradicate	v	30,36		60
eradication	n		11		36:60
erasable	a
erase	v	30,35		60
erasmian	a
erastianism	n		9
erasure	n		10,10		35:40
erect	av	36,38		40
erectile	a
erecting	n		4		36:40
erection	n		26,6		36:40
erectness	n		7,7
eremitic	a
eremitical	a
eremitism	n		7
erethism	n		26
erewhon	n		10
ergodic	a
ergodicity	n		7
ergonomic	a
ergonomics	n		9
ergot	n		26,20
ergotic	a
ergotism	n		26
ergotropic	a
ergotropism	n		4
eristic	an		18,9
eristical	a
eritrean	an		18
erode	v	30,30		c0
eroded	a
eroding	n		22		30:40
erogenous	a
eros	n		18,12
erose	a
erosion	n		22,26		30:40
erosive	a
erotic	an		18
erotica	n		4
eroticism	n		26,12
eroticize	v	30		40
erotism	n		26,12
err	v	31,38		80
errancy	n		7,7		31:80
errand	n		4
errant	a
erratic	a
erratum	n		10
errhine	a
erring	a
erroneous	a
erroneousness	n		7
error	n		4,7		31:80
error-prone	a
errorless	a
ersatz	an		9
erse	n		10
erstwhile	a
eruct	v	29,29		c0
eructation	n		26,4		29:40
erudite	a
eruditeness	n		9
erudition	n		9
erupt	v	30,30		80
eruption	n		11,26		30:80
eruptive	a
erysipelas	n		26
erythema	n		26
erythematous	a
erythroblastosis	n		26
erythroderma	n		26
erythroid	a
erythropoiesis	n		22
erythropoietic	a
escalade	nv	38	4	40	38:40
escalate	v	30		c0
escalation	n		4		30:c0
escalator	n		10,6
escallop	nv	36	13,13	40
escapade	n		4,4
escape	nv	38,32	4,4	e0	38:80
escaped	a
escapism	n		4
escapology	n		9
eschatological	a
eschatology	n		9
escheat	n		21,21
eschew	v	32		60
escort	nv	38,38	18,4	60
escrow	n		21
eskimo	n		18,10
eskimo-aleut	n		10
esm	n		4
esop	n		9
esophageal	a
esophagitis	n		26
esoteric	a
esoterica	n		10
esotropia	n		26
esp	n		10
especial	a
esperantido	n		10
esperanto	n		10
espial	n		4		39:60
espionage	n		4
espousal	n		4,4
espouse	v	40,41		60
esprit	n		7
espy	v	39		60
esquimau	n		18,10
esr	n		28,4
essay	nv	41,41	10,4	41	41:41
esselen	n		18,10
essence	n		9,27
essene	an		18
essential	an		17
essentiality	n		7
essentialness	n		7
establish	v	41,36		40
established	a
establishment	n		4,14		41:40
establishmentarianism	n		9
establishmentism	n		9
estate	n		21,21
esteem	nv	31,31	26,12	60	31:60
esteemed	a
esterify	v	30		c0
esther	n		18,10
esthesia	n		9
esthesis	n		9
esthetic	an		9
esthetical	a
esthetics	n		9
esthonian	n		10
estimable	a
estimate	nv	31,31	9,4	c4	31:c4
estimation	n		10,9		31:c4
estival	a
estivate	v	29		80
estivation	n		26,14		29:80
estonian	an		10
estoppel	n		10
estrange	v	41,37		60
estranged	a
estrangement	n		26,12		37:60
estranging	a
estrogenic	a
estrous	a
estrus	n		26
estuarial	a
estuarine	a
esurience	n		26,7
esurient	a
eta	n		14,10
etch	v	36,39		40
etched	a
eternal	a
eternalise	v	30		40
eternalize	v	30		40
eternise	v	30		40
eternity	n		28,26
eternize	v	42,30		40
etf	n		21
ethereal	a
etherealize	v	30		40
etherialise	v	30		40
etherify	v	30		c0
etherise	v	29		60
etherize	v	29		60
ethic	n		9,10
ethical	a
ethicism	n		9
ethics	n		16,9
ethiopian	an		18
ethnic	an		18
ethnical	a
ethnicity	n		7
ethnocentric	a
ethnocentrism	n		9
ethnographic	a
ethnographical	a
ethnography	n		9
ethnologic	a
ethnological	a
ethnology	n		9
ethology	n		9
ethos	n		7
etiolate	av	30,30		40
etiolated	a
etiolation	n		7,4		29:40
etiologic	a
etiological	a
etiology	n		11,9
etiquette	n		10
etude	n		10
etymological	a
etymologise	v	32,31		c0
etymologize	v	32,31		c0
etymologizing	n		10		31:80
etymology	n		10,9		32:c0
etymon	n		10
eubstance	n		7
eucaryotic	a
eucharist	n		4
eucharistic	a
euchre	n		4
euclidean	a
euclidian	a
eudaemonia	n		26
eudaemonic	a
eudaimonia	n		26
eudemonic	a
eudemonism	n		9
eugenic	a
eugenics	n		9
eukaryotic	a
eulogise	v	32		60
eulogistic	a
eulogium	n		10
eulogize	v	32		60
eulogy	n		10,10		32:60
eunuchoidism	n		26
euphemise	v	32		80
euphemism	n		10		32:80
euphemistic	a
euphemize	v	32		80
euphonic	a
euphonical	a
euphonious	a
euphonous	a
euphony	n		9
euphoria	n		12
euphoriant	an		6
euphoric	a
euphory	n		12
euphuism	n		10,10
eupnea	n		4
eupneic	a
eupnoea	n		4
eupnoeic	a
eurafrican	an		18
eurasian	an		18
eurasiatic	a
eurhythmics	n		4
eurhythmy	n		4
eurobabble	n		10
eurocentric	a
eurocentrism	n		9
eurocurrency	n		21
europan	n		10
european	an		18
europeanisation	n		22		30:40
europeanise	v	30,30		40
europeanization	n		22		30:40
europeanize	v	30,30		40
europocentric	a
eurythmics	n		4
eurythmy	n		4
eusporangiate	a
euthanasia	n		4
euthenics	n		9
eutherian	an		5
eutrophic	a
eutrophication	n		22
evacuant	a
evacuate	v	38,30		c0
evacuation	n		4,4		30:40
evade	v	32,38		60
evaluate	v	31,31		75
evaluation	n		4,9		31:40
evaluative	a
evanesce	v	30		80
evanescence	n		11		30:80
evanescent	a
evangel	n		10
evangelical	a
evangelicalism	n		9
evangelise	v	32,30		a0
evangelism	n		10		32:a0
evangelistic	a
evangelize	v	32,30		a0
evaporable	a
evaporate	v	30,30		c0
evaporated	a
evaporation	n		22,22		30:40
evaporative	a
evasion	n		10,4
evasive	a
evasiveness	n		7
even	anv	35,30	28	c0
even-pinnate	a
even-tempered	a
even-textured	a
even-toed	a
evenhanded	a
evenki	n		18,10
evenness	n		24,7
evensong	n		28,10
event	n		3,26
eventful	a
eventration	n		26
eventual	a
eventuality	n		11
eventuate	v	42		80
ever-changing	a
ever-present	a
evergreen	an		20
everlasting	an		20
everlastingness	n		7
eversion	n		7,4		38:40
evert	nv	38	18	40	38:40
everting	n		4		38:40
every	a
everyday	a
everydayness	n		7
evict	v	35,35		20
eviction	n		4,4		35:20
evidence	nv	32,32	9,10	44	32:44
evidenced	a
evident	a
evidential	a
evidentiary	a
evil	an		4,7
evil-looking	a
evil-minded	a
evildoing	n		4
evilness	n		7
evince	v	32		40
eviscerate	av	35,30		40
evisceration	n		4,4		30:60
evitable	a
evocation	n		9,9		32:40
evocative	a
evoke	v	37,36		40
evoked	a
evolution	n		22,22		30:80
evolutionary	a
evolutionism	n		9
evolve	v	36,30		c0
ew	n		4
ewe	n		18,10
ewenki	n		18,10
ex	an		18,18
ex-directory	a
exacerbate	v	30,37		60
exacerbating	a
exacerbation	n		4,4		30:40
exact	av	32,32		64
exacta	n		4
exacting	a
exaction	n		4		32:44
exactitude	n		7
exactness	n		7
exaggerate	v	32,41		40
exaggerated	a
exaggeration	n		10,4		32:40
exalt	v	32,37		60
exaltation	n		26,15		37:60
exalted	a
exalting	a
exam	n		10
examen	n		9,9
examination	n		4,10		39:40
examine	v	31,39		40
example	n		9,9		42:40
exanimate	a
exanthem	n		26
exanthema	n		26
exasperate	v	37,37		60
exasperated	a
exasperating	a
exasperation	n		12,4		37:60
exaugural	a
excavate	v	39,35		50
excavation	n		4,15		39:10
exceed	v	42,42		40
exceedance	n		7		42:40
exceeding	a
excel	v	42		80
excellence	n		7,9		42:80
excellency	n		18,9
excellent	a
except	v	32,31		c0
exception	n		9,9		31:40
exceptionable	a
exceptional	a
excerpt	nv	31	10	40	31:40
excerption	n		10
excess	an		7,7
excessive	a
excessiveness	n		7
exchange	nv	40,30	19,10	60
exchangeability	n		7
exchangeable	a
exchanged	a
exchequer	n		21
excise	nv	35,40	21	60	40:60
excision	n		10,4		35:60
excitability	n		9,7
excitable	a
excitableness	n		7
excitant	an		6
excitation	n		26,26		39:60
excitative	a
excitatory	a
excite	v	37,30		e0
excited	a
excitement	n		12,26		37:60
exciting	a
exclaim	v	32,32		44
exclaiming	n		10		32:44
exclamation	n		10,10		32:44
exclamatory	a
exclude	v	31,41		60
exclusion	n		26,26		41:60
exclusive	an		10
exclusiveness	n		7
excogitate	v	36,31		c0
excogitation	n		9,9		36:40
excogitative	a
excommunicate	v	32,41		60
excommunication	n		26,4		41:20
excoriate	v	32,35		60
excoriation	n		26,10		35:40
excrescent	a
excrete	v	29		40
excreting	n		22		29:40
excretion	n		22,27		29:40
excretory	a
excruciate	v	37,29		60
excruciating	a
excruciation	n		26,4		37:60
exculpate	v	32		20
exculpated	a
exculpation	n		10,4		32:20
exculpatory	a
excursion	n		4,4
excursive	a
excursus	n		10
excusable	a
excusatory	a
excuse	nv	32,32	10,10	60	32:40
excused	a
execrable	a
execrate	v	37,32		60
execration	n		12,10		37:60
executability	n		7
executable	a
execute	v	41,41		20
executed	a
executing	n		4		41:20
execution	n		4,4		41:20
executive	an		18,14
exegesis	n		10
exegetic	a
exegetical	a
exemplar	n		9
exemplary	a
exemplification	n		10,9		32:40
exemplify	v	42,32		40
exemplifying	a
exempt	av	41,32		20
exemption	n		26,21		41:20
exenterate	v	30		40
exenteration	n		4		30:40
exercise	nv	34,41	4,4	40	29:c0
exercising	n		4		29:c0
exergonic	a
exert	v	34,40		40
exertion	n		4		41:20
exfoliate	v	35,35		40
exfoliation	n		19,17		35:80
exhalation	n		27,4		29:40
exhale	v	29,29		c0
exhaust	nv	29,34	27,6	60
exhausted	a
exhaustible	a
exhausting	a
exhaustion	n		26,11
exhaustive	a
exhibit	nv	42,39	10,4	60	39:60
exhibition	n		4,14		42:40
exhibitionism	n		10,4
exhibitionistic	a
exhilarate	v	37		60
exhilarated	a
exhilarating	a
exhilaration	n		12		37:60
exhort	v	32,32		21
exhortation	n		10,10		32:20
exhortative	a
exhortatory	a
exhumation	n		4		41:40
exhume	v	41		40
exigency	n		26,11
exigent	a
exiguity	n		7
exiguous	a
exile	nv	41	18,18	20	41:20
exilic	a
exist	v	42,42		80
existence	n		26,17		42:80
existent	a
existential	a
existentialism	n		9
existentialist	an		18
existing	a
exit	nv	38,33	6,11	c0	38:c0
exobiology	n		9
exocentric	a
exocrine	an		8
exode	n		10
exodontia	n		9
exodontic	a
exodontics	n		9
exodus	n		4,10
exoergic	a
exogamic	a
exogamous	a
exogamy	n		26
exogenic	a
exogenous	a
exomphalos	n		26
exonerate	v	32		20
exonerated	a
exoneration	n		26,4		32:20
exonerative	a
exophthalmos	n		26
exorbitance	n		7
exorbitant	a
exorcise	v	35		40
exorcism	n		9		35:40
exorcize	v	35		40
exordium	n		10
exostosis	n		26
exoteric	a
exothermal	a
exothermic	a
exotic	a
exoticism	n		7
exoticness	n		7
exotism	n		7
exotropia	n		26
expand	v	38,30		80
expandable	a
expanded	a
expandible	a
expanse	n		7,7
expansible	a
expansile	a
expansion	n		4,24
expansionism	n		9
expansionist	a
expansive	a
expansiveness	n		7,7
expansivity	n		23,7
expatiate	v	32		c0
expatiation	n		10		32:c0
expatriate	nv	41,30	18	a0	30:80
expatriation	n		4,4		41:20
expect	v	31,32		45
expectable	a
expectancy	n		12,9		31:68
expectant	a
expectation	n		9,26		32:41
expected	a
expectedness	n		26,7
expectorate	v	30,29		c0
expectoration	n		22,4		29:80
expedience	n		7,7
expediency	n		7
expedient	an		4
expedite	v	41,41		40
expedition	n		4,14
expeditionary	a
expeditious	a
expeditiousness	n		7
expel	v	41,41		a0
expelling	n		22		29:40
expend	v	34,40		40
expendable	a
expending	n		4		40:40
expenditure	n		21,4		40:40
expense	nv	30	21,11	40
expensive	a
expensiveness	n		7
experience	nv	39,31	9,9	40	39:40
experienced	a
experient	a
experiential	a
experiment	nv	41,41	4,9	80	41:80
experimental	a
experimentalism	n		9,9
experimentation	n		9,4		41:80
expert	an		18
expertise	n		9
expertness	n		9
expiable	a
expiate	v	41		40
expiation	n		21,4		41:40
expiative	a
expiatory	a
expiration	n		28,11		42:80
expiratory	a
expire	v	42,30		80
expired	a
expiry	n		28,11
explain	v	32,32		64
explainable	a
explanandum	n		10
explanans	n		10
explanation	n		10,9		32:4
explanatory	a
expletive	n		10,10
explicable	a
explicandum	n		10
explicate	v	32,32		64
explication	n		10,10		32:64
explicit	a
explicitness	n		7
explode	v	30,30		c0
exploded	a
exploit	nv	34,34	4	60
exploitation	n		4,4		41:60
exploitative	a
exploitatory	a
exploited	a
exploitive	a
exploration	n		4,4		31:40
explorative	a
exploratory	a
explore	v	31,31		40
explorer	n		18,10		31:40
explosion	n		11,4		30:40
explosive	an		6
exponential	an		24
exponentiation	n		4
export	nv	40,40	6	40	40:40
exportable	a
exportation	n		6,4		40:40
exporting	n		4		40:40
expose	nv	39,32	10	64	32:44
exposed	a
exposit	v	32,32		c0
exposition	n		10,14		32:40
expositive	a
expository	a
expostulate	v	32		84
expostulation	n		10,10		32:84
exposure	n		7,4		39:20
expound	v	32,32		c0
expounding	n		10		32:c0
express	anv	32,32	10,6	40	32:40
express-mail	v	32		60
expressage	n		4		32:40
expressed	a
expressible	a
expression	n		7,10
expressionist	an		18
expressionistic	a
expressionless	a
expressive	a
expressiveness	n		7
expropriate	v	35		20
expropriation	n		4		35:20
expulsion	n		4,4		41:a0
expunction	n		4		35:60
expunge	v	35		60
expunging	n		4		35:60
expurgate	v	30		40
expurgated	a
expurgation	n		4		30:40
exquisite	a
exquisiteness	n		7
exsanguine	a
exsanguinous	a
exsert	v	29		40
exsiccate	v	30		80
extant	a
extemporaneous	a
extemporary	a
extempore	a
extemporisation	n		4		36:c0
extemporise	v	36		c0
extemporization	n		4		36:c0
extemporize	v	41,36		c0
extend	v	30,42		c0
extendable	a
extended	a
extendible	a
extensible	a
extensile	a
extension	n		28,4		30:40
extensional	a
extensive	a
extensiveness	n		7
extent	n		26,7		30:40
extenuate	v	32		40
extenuating	a
extenuation	n		10,4		32:40
exterior	an		15,15
exteriorisation	n		4		30:40
exteriorise	v	30		40
exteriorization	n		4		38:40
exteriorize	v	38,30		40
exterminable	a
exterminate	v	35,36		60
exterminated	a
extermination	n		11,4
external	an		9
externalisation	n		9,4
externalise	v	31,30		40
externality	n		7
externalization	n		9,4
externalize	v	31,30		40
exteroception	n		9
exteroceptive	a
exterritorial	a
extinct	a
extinction	n		26,26
extinguish	v	30,43		60
extinguishable	a
extinguished	a
extinguishing	n		4		43:40
extirpable	a
extirpate	v	36,35		60
extirpation	n		4,4		30:40
extol	v	32		60
extolment	n		10		32:60
extort	v	40,40		40
extortion	n		21,4		40:40
extortionate	a
extra	an		18,10
extracellular	a
extract	nv	35,40	27,10	40	35:40
extractable	a
extractible	a
extraction	n		22,7		35:40
extracurricular	a
extradite	v	41		20
extradition	n		4		41:20
extradural	a
extragalactic	a
extrajudicial	a
extralegal	a
extralinguistic	a
extramarital	a
extramural	a
extraneous	a
extraordinaire	a
extraordinariness	n		7
extraordinary	a
extrapolate	v	32,31		44
extrapolation	n		9,9		31:40
extrasensory	a
extrasystole	n		11
extrasystolic	a
extraterrestrial	an		18
extraterritorial	a
extravagance	n		7,7
extravagancy	n		7
extravagant	a
extravaganza	n		4
extravasate	v	35,30		c0
extravasation	n		27,26		35:40
extraversion	n		7
extraversive	a
extravert	an		18
extraverted	a
extravertive	a
extreme	an		7,15
extremeness	n		7
extremism	n		9
extremist	an		18
extremity	n		8,26
extricable	a
extricate	v	35		40
extrication	n		4		35:40
extrinsic	a
extropic	a
extropy	n		10
extrospective	a
extroversion	n		7
extroversive	a
extrovert	an		18
extroverted	a
extrovertish	a
extrovertive	a
extrude	v	36		40
extrusion	n		25,4		36:40
extrusive	a
exuberance	n		12,7		32:80
exuberant	a
exuberate	v	32		80
exudate	nv	29	27	c0	29:c0
exudation	n		27,11		29:c0
exude	v	29,32		c0
exult	v	37,32		80
exultant	a
exultation	n		12,10		37:80
exulting	a
exuvial	a
exuviate	v	29		80
eye	nv	39	8,9	60	39:60
eye-beaming	n		4
eye-catcher	n		9
eye-catching	a
eye-deceiving	a
eye-drop	n		23,4
eye-popping	a
eyeball	nv	39	8	60	39:60
eyed	a
eyedness	n		7
eyedrop	n		23,4
eyeful	n		18,4
eyeless	a
eyelessness	n		26
eyelike	a
eyes	n		9
eyes-only	a
eyesight	n		9
eyesore	n		7
eyespot	n		7
eyestrain	n		26
eyewitness	nv	39	18	40	39:40
ezechiel	n		18,10
ezed	n		10
ezekiel	n		18,10
ezra	n		18,10
fa	n		10
fab	a
fabian	an		18
fabianism	n		9
fable	n		10,10
fabled	a
fabric	n		6,7
fabricate	v	36,36		40
fabricated	a
fabrication	n		10,4		36:40
fabulous	a
facade	n		6,10
face	nv	32,33	8,7	60
face-harden	v	30		40
face-lift	v	29		40
face-off	n		10,4		33:80
face-saving	a
face-to-face	a
faced	a
faceless	a
facelift	n		4,4
facer	n		9
facet	n		9,25
faceted	a
facetious	a
facetiousness	n		7
facial	an		8,4
facile	a
facilitate	v	30,42		c5
facilitation	n		26,19		30:40
facilitative	a
facilitatory	a
facility	n		6,9
facsimile	nv	32	6,6	e0	32:e0
fact	n		9,10
fact-finding	a
factious	a
factitious	a
factoid	n		10,10
factor	nv	31,40	11,9	c0	31:40
factorial	an		9
factoring	n		9		31:40
factorisation	n		9		31:40
factorise	v	31		40
factorization	n		9		31:40
factorize	v	31		40
factory-made	a
factual	a
factuality	n		7
factualness	n		7
facula	n		19,19
facultative	a
faculty	n		9,14
fad	n		9
faddish	a
faddy	a
fade	nv	30,30	4,4	80	30:80
faded	a
fadeout	n		11,11		30:80
fading	n		11		30:80
fado	n		10
faecal	a
faerie	n		18,9
faeroese	n		10
faery	n		18,9
fag	nv	41,41	18,6	80
fagged	a
faggot	nv	36,35	18,6	c0
fagot	nv	36,35	18,6	c0
fahrenheit	an		18
fail	v	41,41		81
fail-safe	an		6
failing	an		26,4		41:c0
failure	n		4,11		41:80
fain	a
faineance	n		7
faineant	a
faint	anv	29	11	80	29:80
faint-hearted	a
fainthearted	a
faintheartedness	n		7
faintness	n		12,7
fair	anv	35	4,14	40
fair-and-square	a
fair-haired	a
fair-minded	a
fair-mindedness	n		9
fairish	a
fairness	n		7,9
fairyland	n		9,9
fairytale	n		10,10
faith	n		9,9
faithful	an		14,14
faithfulness	n		7
faithless	a
faithlessness	n		7
fake	anv	36,41	6,18	40	32:80
fakery	n		4		41:40
falanga	n		4
falcate	a
falciform	a
falcon	nv	33	5	80	33:80
falconine	a
falconry	n		9		33:80
fall	nv	38,38	28,4	80	38:80
fall-blooming	a
fall-flowering	a
fallacious	a
fallaciousness	n		7
fallacy	n		9
fallback	n		4		38:80
fallen	a
fallibility	n		7
fallible	a
falling	a
falloff	n		22		30:80
fallout	n		27,19
fallow	an		17
false	a
falsehood	n		10,4
falseness	n		26,7
falsetto	an		7
falsifiable	a
falsification	n		9,4		31:40
falsify	v	32,41		40
falsifying	n		4		31:40
falsity	n		26,10		41:40
falstaffian	a
falter	nv	42,38	4	80	32:c0
faltering	an		4		38:80
fame	n		26,26
famed	a
familial	a
familiar	an		18,18
familiarisation	n		9		32:20
familiarise	v	32		20
familiarised	a
familiarising	a
familiarity	n		9,7
familiarization	n		9		32:20
familiarize	v	32		20
familiarized	a
familiarizing	a
famine	n		26,11
famish	v	34,34		a0
famished	a
famishment	n		26
famous	a
fan	nv	35,30	6,18	60	38:60
fan-leafed	a
fan-leaved	a
fan-shaped	a
fanatic	an		18
fanatical	a
fanaticism	n		9
fanatism	n		9
fancied	a
fanciful	a
fancify	v	30		40
fancy	anv	36,37	9,9	64	36:44
fancy-free	a
fandango	n		4
fanfare	n		10,10
fang	n		10,5
fang-like	a
fanged	a
fanlike	a
fanned	a
fantabulous	a
fantan	n		4,4
fantasia	n		10
fantasise	v	36,36		c4
fantasize	v	36,36		c4
fantasm	n		18,9
fantastic	a
fantastical	a
fantasy	nv	36	9,10	84	36:84
fantods	n		26
faq	n		10
far	an		14
far-famed	a
far-flung	a
far-off	a
far-out	a
far-right	a
farandole	n		4
faraway	a
farawayness	n		7
farce	nv	30	10,13	40	30:40
farcical	a
fardel	n		9
fare	nv	42,34	9,21	90
fare-stage	n		4
fare-thee-well	n		26
farewell	n		10,4
farfetched	a
farinaceous	a
farm	nv	41,40	6	c0	41:80
farming	an		4,4		36:40
farmstead	n		21,6
farness	n		7
faro	n		4
faroese	n		10
farrow	nv	29	22	80	29:80
farrowing	n		22		29:80
farseeing	a
farsi	n		18,10
farsighted	a
farsightedness	n		26,26
fart	nv	29	4	80	29:80
farther	a
farthermost	a
farthest	a
farthing	n		21
farting	n		4		29:80
fartlek	n		4
fas	n		26
fasces	n		10
fascicle	n		10,8
fasciculation	n		26
fascicule	n		10
fascinate	v	42,37		60
fascinated	a
fascinating	a
fascination	n		26,12		42:60
fascioliasis	n		26
fasciolopsiasis	n		26
fasciolosis	n		26
fascism	n		9
fascist	an		18
fascistic	a
fashion	nv	36	7,4	40
fashionable	a
fashioned	a
fashioning	n		4		36:40
fast	anv	34,34	4	80	34:80
fast-breaking	a
fast-flying	a
fast-footed	a
fast-growing	a
fast-paced	a
fastball	n		4
fasten	v	35,35		c0
fastened	a
fastening	n		6,4		35:80
fastidious	a
fastidiousness	n		7
fastigiate	a
fasting	n		4		34:80
fastness	n		7,7
fat	anv	34	27,8	60	34:60
fat-free	a
fat-soluble	a
fatal	a
fatalism	n		9,9
fatalist	an		18
fatalistic	a
fatality	n		11,7
fate	nv	32	11,18	1	32:1
fated	a
fateful	a
fatheaded	a
father	nv	29	18,18	20	29:20
fatherless	a
fatherlike	a
fatherliness	n		7
fatherly	a
fathom	nv	31,30	23,23	64	30:40
fathomable	a
fatigability	n		7
fatigue	nv	29,29	26,26	e0	29:60
fatigued	a
fatiha	n		10
fatihah	n		10
fatism	n		4
fatless	a
fatness	n		7
fatten	v	34		60
fattened	a
fattening	a
fattiness	n		7
fattish	a
fattism	n		4
fatty	an		18
fatuity	n		7
fatuous	a
fatuousness	n		7
fatwa	n		4
fatwah	n		10
faucal	a
fault	nv	32	4,26	60	32:60
faultfinding	an		10
faultiness	n		26
faultless	a
faultlessness	n		7
faulty	a
faustian	a
faux	a
faveolate	a
favism	n		26
favor	nv	41,31	4,7	60	41:60
favorable	a
favorableness	n		7
favored	a
favorite	an		9,18
favoritism	n		9,4
favour	nv	41,41	12,9	60	41:60
favourable	a
favourableness	n		7
favourite	an		18,18
favouritism	n		9,4
favus	n		26
fawn	nv	38,32	7,5	80	29:80
fawn-colored	a
fawn-coloured	a
fawning	a
fax	nv	32	6	e0	32:e0
faze	v	37		40
fazed	a
fealty	n		7
fear	nv	37,37	12,12	e5	37:61
fearful	a
fearfulness	n		12,7
fearless	a
fearlessness	n		12,7
fearsome	a
feasibility	n		7
feasible	a
feasibleness	n		7
feast	nv	34,34	14,11	a0	34:20
feasting	n		4		34:80
feat	n		4
feather	nv	35,35	5,4	40	35:40
featherbed	nv	41,32	6	a0
featherbedding	n		4
featherbrained	a
feathered	a
featheredged	a
featheriness	n		7
feathering	n		4		33:80
featherless	a
featherlike	a
feathery	a
feature	nv	42,42	9,8	40	42:40
featured	a
featureless	a
febricity	n		26
febrile	a
febrility	n		26
fecal	a
feckless	a
fecklessness	n		7
feculence	n		26
feculent	a
fecund	a
fecundate	v	30,29		60
fecundation	n		11,11		29:20
fecundity	n		9,26
federal	an		18,18
federalisation	n		26,4		30:40
federalise	v	30,30		c0
federalism	n		9
federalization	n		26,4		30:40
federalize	v	30,30		40
federate	av	30,30		c0
federated	a
fee	nv	40	21,21	20
fee-tail	v	40		40
feeble	a
feebleminded	a
feeblemindedness	n		9
feebleness	n		26,7
feed	nv	34,34	13	60	34:40
feedback	n		22,10		40:40
feeding	n		4,4		34:80
feel	nv	37,31	9,26	d4	31:4
feeler	n		5,10		40:40
feeling	n		3,9		37:d0
feelings	n		12		37:d0
feign	v	32,36		45
feigned	a
feigning	n		10,4		32:45
feint	nv	36	4	60	36:60
feisty	a
felicitate	v	32		20
felicitation	n		10,10		32:20
felicitous	a
felicitousness	n		7
felicity	n		7,26		32:20
feline	an		5
fell	anv	35,38	27,6	e0	35:40
fellate	v	39		20
fellatio	n		4
fellation	n		4		39:20
fellowship	n		14,26
felo-de-se	n		18,4
felon	n		18,26
felonious	a
felony	n		4
felt	nv	35,35	6	40	30:80
felted	a
female	an		5,18
femaleness	n		7
feminine	an		10
feminineness	n		7
femininity	n		7
feminisation	n		22		30:80
feminise	v	30,30		e0
feminism	n		9,4
feminist	an		18
feminization	n		22		30:80
feminize	v	30,30		e0
femoral	a
femtochemistry	n		9
fence	nv	35,40	6,18	c0	35:40
fencelike	a
fend	v	41,33		c0
fender-bender	n		11
fenestral	a
fenestration	n		7,4
fennic	n		10
feoff	n		21
feral	a
feria	n		28,4
ferial	a
ferine	a
fermata	n		10,7
ferment	nv	37,37	26,27	e0	30:40
fermentable	a
fermentation	n		26,22		37:80
fermenting	n		22		30:40
ferned	a
fernless	a
fernlike	a
ferny	a
ferocious	a
ferociousness	n		7
ferocity	n		7
ferret	nv	38,33	5,5	e0	33:c0
ferret-sized	a
ferric	a
ferrimagnetism	n		19
ferromagnetic	a
ferromagnetism	n		19
ferrous	a
ferry	nv	38,38	6,4	60	38:60
ferrying	n		4		38:60
fertile	a
fertilisation	n		11,11
fertilise	v	30,30		40
fertility	n		28,26
fertilizable	a
fertilization	n		11,11		29:20
fertilize	v	30,30		40
fervency	n		12
fervent	a
fervid	a
fervidness	n		12
fervor	n		12,26
fervour	n		26,12
festal	a
fester	nv	29	26	80	29:80
festering	n		22,8		29:80
festinate	v	30		80
festination	n		26		30:80
festival	n		28,4
festive	a
festivity	n		4
festoon	nv	36	6,6	40	36:40
festschrift	n		10
fetal	a
fetch	nv	35,40	4	60
fetching	a
fete	nv	41	11,4	e0	41:e0
fetich	n		6,4
fetichism	n		9,4
feticide	n		4
fetid	a
fetidness	n		7
fetish	n		12,6
fetishism	n		9,4
fetishize	v	30		60
fetology	n		9
fetometry	n		4
fetor	n		9
fetoscopy	n		4
fetter	nv	35	6	20	35:20
fettered	a
fettle	nv	40	26	40
feud	nv	33	4	80	33:80
feudal	a
feudalistic	a
feudalize	v	30		40
feudatory	an		18
fever	n		26,12
fevered	a
feverish	a
feverishness	n		26
feverous	a
few	an		14
fewer	a
fewest	a
fewness	n		7
fey	a
fiasco	n		11
fiat	n		10
fib	nv	32	10	80	32:80
fibbing	n		4		32:80
fiber-optic	a
fiberoptic	a
fiberoptics	n		10
fibre-optic	a
fibreoptic	a
fibreoptics	n		10
fibrillate	v	29		80
fibrillation	n		26,4		29:80
fibrillose	a
fibrinolysis	n		22
fibrinous	a
fibroadenoma	n		26
fibrocalcific	a
fibrocartilaginous	a
fibroid	n		26
fibroma	n		26
fibromyositis	n		26
fibrosis	n		26
fibrositis	n		26
fibrosity	n		7
fibrous	a
fibrousness	n		7
fica	n		21
fickle	a
fickleness	n		7
fictile	a
fiction	n		10,10		36:40
fictional	a
fictionalisation	n		10,4		30:40
fictionalise	v	36,30		40
fictionalization	n		10,4		36:40
fictionalize	v	36,30		40
fictitious	a
fictive	a
fiddle	nv	41,40	6	c0	36:80
fiddle-faddle	n		10
fiddle-shaped	a
fiddling	a
fidelity	n		7,7
fidget	nv	38	12	80	38:80
fidgetiness	n		12
fidgety	a
fiducial	a
fiduciary	an		18
fief	n		21
field	nv	33,33	15,15	c0
field-crop	a
field-test	v	41		40
fielding	n		4,18		33:40
fiendish	a
fierce	a
fierceness	n		7
fieriness	n		7,7
fiery	a
fiesta	n		11
fifo	n		4
fifteen	an		23
fifteenth	an		24
fifth	an		23,24
fiftieth	an		24
fifty	an		23,21
fifty-eight	a
fifty-fifth	a
fifty-fifty	a
fifty-five	a
fifty-four	a
fifty-nine	a
fifty-one	a
fifty-seven	a
fifty-six	a
fifty-three	a
fifty-two	a
fig	n		10,20
fig-shaped	a
fight	nv	33,33	4,4	e0	33:a0
fighting	an		4		33:a0
figment	n		9
figural	a
figuration	n		4,4		36:44
figurative	a
figure	nv	31,42	10,8	c4
figured	a
figuring	n		9		31:44
fijian	an		18,10
filamentlike	a
filamentous	a
filar	a
filarial	a
filariasis	n		26
filariid	a
filch	v	40		40
file	nv	32,35	10,14	40	32:24
file-like	a
filename	n		10
filet	nv	36,35	13,13	40	35:40
filial	a
filiate	v	31		40
filiation	n		24,7		31:40
filibuster	nv	41	18,4	80	41:80
filicide	n		18,4
filiform	a
filigree	nv	36	6	80	36:80
filing	n		10,17		32:40
filipino	an		18,10
fill	nv	30,30	23,27	c0	34:e0
filled	a
fillet	nv	36,35	13,13	40	35:40
filling	n		27,22		30:80
fillip	n		9
film	nv	32,36	10,10	e0	36:c0
film-make	v	36		80
filmable	a
filmed	a
filming	n		4		36:c0
filmy	a
filter	nv	35,35	6,6	c0	35:40
filter-tipped	a
filth	n		27,26
filthiness	n		26,7
filthy	a
filtrate	nv	35	27	40	35:40
filtration	n		22,4		35:80
fimbriate	a
fin	nv	40,38	23,6	c0	40:40
finable	a
finagle	v	41		a0
final	an		11,10
finale	n		10,28
finalisation	n		4		30:40
finalise	v	30		40
finality	n		7
finalization	n		4		30:40
finalize	v	30		40
finance	nv	40,40	4,9	40	40:40
finances	n		21
financial	a
financier	nv	41	18	80	41:80
financing	n		4		40:40
find	nv	40,39	9,4	64	36:44
finding	n		4,4		39:64
fine	anv	41	21	20	41:20
fine-grained	a
fine-leafed	a
fine-leaved	a
fine-looking	a
fine-textured	a
fine-tooth	a
fine-toothed	a
fine-tune	v	30,30		60
fineable	a
finedraw	v	35		40
fineness	n		7,7
finer	a
finespun	a
finesse	n		7
finger	nv	35,35	8,23	60	35:40
finger-paint	v	36		c0
finger-painting	n		6,4		36:c0
finger-pointing	n		10
finger-roll	n		4
finger-spell	v	32		80
fingerboard	n		10,6
fingered	a
fingering	n		4,4		32:40
fingerless	a
fingerlike	a
fingermark	n		7
fingerpointing	n		10
fingerpost	n		10
fingerprint	nv	36	10,10	40	36:40
fingerprinting	n		4		36:40
fingerspell	v	32		80
fingerspelling	n		10		32:80
finical	a
finicky	a
finis	n		28,4
finish	nv	30,30	7,28	88	35:40
finished	a
finishing	n		7,4		35:40
finite	a
finiteness	n		7
finitude	n		7
fink	nv	41,32	18	80	32:80
finnic	n		10
finnish	an		10
finno-ugrian	n		10
finno-ugric	n		10
finno-ugric-speaking	a
fire	nv	33,33	11,4	c0	30:60
fire-raising	n		4
fire-resistant	a
fire-resisting	a
fire-resistive	a
fire-retardant	a
fire-worship	n		4
fireball	n		19,18
firebomb	nv	33	6	60	33:60
fired	a
firelight	n		19
fireman	n		4,18
firepower	n		7
fireproof	av	30		40
firestorm	n		19,10
firewall	n		4,6
firing	n		4,4		33:80
firm	anv	30,30	14	c0
firmamental	a
firmness	n		7,7
firmware	n		10
first	an		24,23
first-class	a
first-come-first-serve	a
first-rate	a
first-string	a
first-year	a
firstborn	an		18
firsthand	a
fisa	n		10
fisc	n		21
fiscal	a
fish	nv	35,33	5,13	c0	33:c0
fish-worship	n		4
fishbowl	n		26,6
fisheye	a
fishing	n		4,4		33:c0
fishtail	v	30		40
fishy	a
fissile	a
fission	n		22,22
fissionable	a
fissiparity	n		22,7
fissiparous	a
fissure	nv	30	25,17	40	30:40
fistfight	nv	33	4	80	33:80
fisticuffs	n		4,4
fistula	n		26,8
fistular	a
fistulate	a
fistulous	a
fit	anv	42,42	26,26	c0
fitful	a
fitfulness	n		7
fitness	n		7,26
fitted	a
fitter	an		18		42:40
fitting	an		11,6		30:40
fittingness	n		7
five	an		23,14
five-fold	a
five-hitter	n		4
five-hundredth	a
five-lobed	a
five-membered	a
five-needled	a
five-petaled	a
five-petalled	a
five-pointed	a
five-sided	a
five-spot	n		21,20
five-year-old	a
fivefold	a
fivepence	n		21
fiver	n		21
fives	n		4
fix	nv	30,35	26,4	40
fixate	v	41,39		80
fixation	n		26,9		41:80
fixed	a
fixedness	n		26,7
fixing	n		4,6		30:40
fixity	n		7,7
fizz	nv	30	13	80	30:80
fizzing	a
fizzle	nv	42	11,11	80
fizzy	a
flabbergast	v	31		60
flabbergasted	a
flabbiness	n		7
flabby	a
flaccid	a
flaccidity	n		7
flack	n		18,10
flag	nv	32,30	6,10	c0	36:40
flag-waving	a
flagellate	anv	35	5	20
flagellated	a
flagellation	n		4,4		35:20
flagging	an		14,6
flagitious	a
flagrant	a
flail	nv	35,38	6	a0	35:20
flair	n		9,7
flak	n		18,10
flake	nv	35,35	19,18	c0
flakey	a
flakiness	n		26,7
flaky	a
flambe	v	36		40
flamboyance	n		7
flamboyant	an		20
flame	nv	43,43	22	80	43:80
flame-colored	a
flame-coloured	a
flame-orange	a
flame-out	n		11,11
flame-retardant	a
flamenco	n		10,4
flameproof	a
flaming	an		22		43:80
flammability	n		7
flammable	a
flank	nv	42	14,25	60	42:60
flap	nv	38,38	6,26	c0	37:80
flapping	n		11		38:40
flare	nv	43,30	25,22	80	30:80
flare-up	n		11		30:80
flaring	a
flash	anv	39,30	11,7	c0	30:80
flash-forward	n		10
flash-freeze	v	30		40
flash-frozen	a
flashback	n		10,11		38:80
flashcard	n		10
flashflood	n		19
flashiness	n		7
flashing	n		11,6		30:80
flashover	n		19
flashpoint	n		26,7
flashy	a
flat	an		17,6
flat-bellied	a
flat-bottom	a
flat-bottomed	a
flat-footed	a
flat-growing	a
flat-hat	v	38		80
flat-top	a
flat-topped	a
flatbottom	a
flatbottomed	a
flatness	n		7,10
flatten	v	30,30		c0
flattened	a
flatter	v	32		60
flattering	a
flattery	n		10		32:60
flatulence	n		26,10
flatulency	n		26
flatulent	a
flatus	n		4
flatus-relieving	a
flaunt	nv	39	10	60	39:60
flaunty	a
flavor	nv	39	26,9	40	39:40
flavorful	a
flavorless	a
flavorlessness	n		7
flavorous	a
flavorsome	a
flavorsomeness	n		7
flavour	nv	39	26,9	40
flavourful	a
flavourless	a
flavourlessness	n		7
flavourous	a
flavoursome	a
flavoursomeness	n		7
flaw	nv	30	26,26	40	30:40
flawed	a
flawless	a
flawlessness	n		26
flaxen	a
flay	v	35		60
flea-bitten	a
fleck	nv	35	17,7	40	35:40
flecked	a
flection	n		26,11
fledge	v	41,36		40
fledged	a
fledgeless	a
fledgeling	an		18,5
fledgling	an		18,5
flee	v	38		80
fleece	nv	40,35	27,27	60	35:40
fleeceable	a
fleecy	a
fleer	nv	29	18,10	80	38:80
fleet	anv	38,30	14,14	80
fleeting	a
fleetingness	n		7
fleetness	n		7
flemish	an		14,10
flemish-speaking	a
flense	v	40		40
flesh	nv	40	8,8	40
flesh-colored	a
flesh-coloured	a
flesh-eating	a
fleshiness	n		7
fleshly	a
fleshy	a
flex	nv	38,39	4	c0	38:c0
flexibility	n		7,7
flexible	a
flexibleness	n		7,7
flexile	a
flexion	n		26,11
flexuous	a
flexure	n		26,25		35:40
flick	nv	39,39	11,10	80	35:40
flicker	nv	38,43	11,5	80	39:80
flickering	a
flight	nv	41,38	14,4	c0	38:80
flighted	a
flightiness	n		7
flightless	a
flighty	a
flim-flam	v	41		20
flimflam	n		4		41:20
flimsiness	n		7
flimsy	an		27
flinch	nv	38	4	80	38:80
fling	nv	35,38	4,4	c0	40:80
flint	an		27,17
flinty	a
flip	anv	38,35	4,13	c0
flip-flop	nv	30	9,6	c0	30:c0
flippancy	n		7
flippant	a
flipper-like	a
flirt	nv	32,41	18,4	80	32:80
flirtation	n		4		32:80
flirtatious	a
flirting	n		4		41:80
flit	nv	38	4,4	80	38:80
flitter	v	38		80
float	nv	38,38	28,21	c0
floatation	n		19,4		38:40
floater	n		26,21
floating	an		4		38:c0
floaty	a
floccose	a
flocculate	v	42,42		40
flocculation	n		22		42:40
flocculent	a
flock	nv	38,38	14,14	80
flodden	n		15,4
flog	v	35,35		60
flogging	n		4		35:20
flood	nv	35,30	19,23	40	30:80
flooded	a
floodgate	n		9,6
floodhead	n		19
flooding	n		4		35:40
floodlight	nv	30	6	40	30:40
floodlighted	a
floodlit	a
floor	nv	37,35	6,6	60	35:20
floored	a
floorshow	n		4
flop	nv	38,38	22,18	80
floppy	an		6
floral	a
florentine	an		18
florescence	n		22
floricultural	a
floriculture	n		4
florid	a
floridity	n		7
floridness	n		7
florilegium	n		10
floss	nv	29	6,6	c0	29:c0
flossy	a
flotation	n		19,4		38:40
flounce	nv	38	6,4	80	38:80
flounder	nv	38,41	13,5	80
flour	nv	35,30	13	40	30:40
flourish	nv	30,40	10,10	80
flourishing	a
floury	a
flout	v	32,32		c0
flow	nv	38,38	11,28	80	42:80
flowage	n		22,17		30:40
flowchart	n		10
flower	nv	30	20,20	80	30:80
flowered	a
flowering	an		22,22		30:80
flowerless	a
flowery	a
flowing	an		11		38:80
flu	n		26
flub	nv	41	4	c0	41:c0
fluctuate	v	38,38		c0
fluctuating	a
fluctuation	n		11,11		38:40
fluency	n		10,9
fluent	a
fluff	nv	41,35	27,6	c0
fluffiness	n		7
fluffy	a
fluid	an		27,27
fluidity	n		7,7
fluidness	n		7,7
fluke	n		19,6
flukey	a
fluky	a
flummery	n		13,10
flummox	v	31		40
flump	v	38,35		e0
flunk	nv	41	4	c0
fluoresce	v	39		80
fluorescence	n		19		39:80
fluorescent	an		6
fluoridate	v	30		40
fluoridation	n		4		30:40
fluoridisation	n		4		30:40
fluoridise	v	30		40
fluoridization	n		4		30:40
fluoridize	v	30		40
fluoroscopy	n		4
fluorosis	n		26
flurry	nv	38,37	4,19	e0	38:80
flush	anv	29,30	28,26	80	29:80
flush-seamed	a
flushed	a
fluster	nv	37,37	7	e0	37:80
flustered	a
flute	nv	35	6,6	40
flutter	nv	38,38	4,26	80	38:80
fluttering	n		11		38:80
fluvial	a
flux	nv	38,30	28,11	80	30:80
fluxion	n		11		38:80
fly	anv	38,38	5,6	80	38:80
fly-by	n		4
fly-by-night	an		18
fly-fish	v	33		80
fly-fishing	n		4
flyaway	a
flyblown	a
flyer	n		10,18		38:80
flyfish	v	33		80
flying	an		4		38:80
flyleaf	n		10
flyover	n		6,4
flypast	n		4
flyspeck	an		27
fm	n		10,27
fmri	n		4
foal	nv	29	5	80	29:80
foam	nv	30	17,27	80	30:80
foaminess	n		7
foaming	a
foamy	a
fob	nv	41	6,6	20
focal	a
focalisation	n		22,4		42:80
focalise	v	42,31		c0
focalization	n		22,4		42:80
focalize	v	42,31		c0
focus	nv	31,39	9,7	40	31:40
focused	a
focusing	n		9,4		31:0
focussed	a
focussing	n		9		31:0
fodder	nv	34	18,13	40	34:40
foehn	n		19
foetal	a
foetid	a
foetology	n		9
foetometry	n		4
foetor	n		9
foetoscopy	n		4
fog	nv	39	19,26	40	39:40
fogbank	n		19
fogbound	a
fogged	a
fogginess	n		26,7
foggy	a
foghorn	n		10,6
fogsignal	n		10
fogyish	a
fohn	n		19
foible	n		7,6
foil	nv	42,41	6,9	40	35:40
foiled	a
foiling	n		4		41:40
foist	v	32,30		40
fold	nv	35,30	25,14	40	35:40
foldable	a
foldaway	a
folder	n		10,6		35:40
folderol	n		10
folding	an		22,22
foldout	n		10
foliaceous	a
foliaged	a
foliate	av	36,36		40
foliated	a
foliation	n		22,22		30:80
folie	n		26
folio	n		10,10
foliolate	a
foliose	a
folklore	n		9
folksong	n		10
folksy	a
folktale	n		10
follicular	a
folliculitis	n		26
follies	n		10
follow	v	38,42		e0
follow-on	n		4
follow-through	n		4,4		30:c0
follow-up	n		6,4		30:40
following	an		14,4		41:60
followup	n		6,4		30:40
folly	n		7,4
foment	v	41,29		e0
fomentation	n		27,4		29:40
fond	a
fondle	v	35		60
fondling	n		4		35:60
fondness	n		12,12
font	n		10,6
fontenoy	n		4
foodless	a
fool	nv	41,34	18,18	60	32:20
foolery	n		4		32:80
foolhardiness	n		7
foolhardy	a
fooling	a
foolish	a
foolishness	n		7,9
foolproof	av	30		40
foolscap	n		10
foot	nv	40,38	8,23	80	38:80
foot-shaped	a
footage	n		6,21
football	n		4,6
football-shaped	a
footed	a
footedness	n		7
footfall	n		11
footfault	n		4
footing	n		26,24
footle	v	42,41		80
footless	a
footling	a
footloose	a
footmark	n		10
footnote	nv	36	10	40	36:40
footprint	n		10,10
footrace	n		11
footslog	v	38		80
footsore	a
footstep	n		11,4
footsure	a
footwork	n		4,4
foppish	a
foppishness	n		7
forage	nv	40,34	13,4	80	34:80
foraging	n		4		40:80
foray	nv	40,35	4,4	c0	35:80
forbear	nv	42,42	18	80
forbearance	n		7,4		42:80
forbearing	a
forbid	v	32,41		41
forbiddance	n		10,4		32:41
forbidden	a
forbidding	an		10		32:41
force	nv	41,36	7,19	9	35:40
force-feed	v	34		20
force-land	v	38		80
force-out	n		4
forced	a
forceful	a
forcefulness	n		7
forceless	a
forcible	a
forcipate	a
ford	nv	38	18,18	40
fordable	a
fording	n		4		38:40
fore	an		6
fore-and-aft	a
forearm	nv	33	8	a0
forebode	v	32		44
foreboding	an		12,11		32:44
forecast	nv	32,31	10	44	32:40
forecasting	n		10		32:44
foreclose	v	41,40		40
foreclosure	n		4		40:40
foredate	v	30		40
foredoom	v	32		20
forefend	v	41		40
forefront	n		15,9
foregather	v	41		80
forego	v	42,41		40
foregoing	a
foregone	a
foreground	nv	30	9,6	40	30:40
foregrounding	n		22
forehand	an		4
forehanded	a
foreign	a
foreign-born	a
foreignness	n		7
foreknow	v	31		4
foreknowledge	n		10
foremanship	n		4
foremost	a
forename	n		10
forensic	a
forensics	n		4
foreordain	v	31,31		65
foreordained	a
foreordination	n		9		31:64
foreplay	n		4
forerunner	n		18,10
foresee	v	31,36		44
foreseeable	a
foreshadow	v	32		40
foreshadowing	an		9		32:40
foreshock	n		11
foreshorten	v	30,30		40
foreshow	v	32		40
foresight	n		7,9
foresighted	a
foresightedness	n		7
foresightful	a
foresightfulness	n		7
forest	nv	35	14,17	40	35:40
forestall	v	41,41		40
forestalling	n		4		41:40
forested	a
forestry	n		9		35:40
foreswear	v	41,40		60
foretaste	n		9
foretell	v	32,32		44
foretelling	n		10,9		32:44
forethought	n		9,9
forethoughtful	a
foretoken	n		11
forewarn	v	32		60
forewarning	n		10		32:60
foreword	n		10
forfeit	anv	40	21,21	40	40:40
forfeited	a
forfeiture	n		21,21		40:40
forfend	v	41		40
forficate	a
forgather	v	41		80
forge	nv	36,36	6,6	40	36:40
forged	a
forgery	n		6,4		36:40
forget	v	31,31		e4
forgetful	a
forgetfulness	n		9,9
forgettable	a
forging	n		4		36:40
forgivable	a
forgive	v	32,41		60
forgiveness	n		12,4
forgiving	a
forgivingness	n		7
forgo	v	41,42		40
forgoing	n		4
forgotten	a
fork	nv	35,33	6,4	40	30:40
fork-like	a
forked	a
forking	n		25,4		30:80
forlorn	a
forlornness	n		12
form	nv	41,42	10,9	e0
form-only	a
formal	an		11,6
formalisation	n		4		41:40
formalise	v	41,41		40
formalised	a
formalism	n		9,9
formalistic	a
formalities	n		11
formality	n		11,7
formalization	n		4		41:40
formalize	v	41,41		40
formalized	a
formalness	n		7
format	nv	36,31	10,7	40	30:80
formation	n		14,4		41:e0
formative	an		10
formatting	n		10		36:40
formed	a
former	an		24
formic	a
formicate	v	38		80
formication	n		26		38:80
formidability	n		7
formidable	a
formless	a
formosan	an		10
formula	n		10,10		32:40
formulaic	a
formularise	v	32		40
formularize	v	32		40
formulary	an		10
formulate	v	32,36		40
formulated	a
formulation	n		27,4		36:40
fornicate	v	35		80
fornication	n		4,4		35:80
forsake	v	31		60
forsaking	n		4,4		31:60
forswear	v	32		c0
forswearing	n		4		32:c0
fort	nv	38,35	6,6	c0	33:20
forte	an		7,7
fortemente	a
forthcoming	a
forthcomingness	n		26
forthright	a
forthrightness	n		7
fortieth	an		24
fortification	n		6,9		35:40
fortified	a
fortify	v	30,35		60
fortissimo	an		7
fortitude	n		7
fortnightly	a
fortran	n		10
fortuitous	a
fortuitousness	n		7
fortuity	n		11
fortunate	a
fortune	n		19,21
fortunetelling	n		10
forty	an		23
forty-eight	a
forty-eighth	a
forty-fifth	a
forty-first	a
forty-five	an		6
forty-four	a
forty-fourth	a
forty-nine	a
forty-ninth	a
forty-one	a
forty-second	a
forty-seven	a
forty-seventh	a
forty-six	a
forty-sixth	a
forty-third	a
forty-three	a
forty-two	a
forward	anv	38	18,4	60
forward-looking	a
forward-moving	a
forwarding	n		4,4		38:60
forwardness	n		7,7
fossil	an		18,17		30:c0
fossiliferous	a
fossilisation	n		22,4		30:c0
fossilise	v	30,30		c0
fossilised	a
fossilization	n		22,4		30:c0
fossilize	v	30,30		c0
fossilized	a
fossilology	n		9
fossorial	a
foster	anv	41,41	18	60
fosterage	n		10,4		41:40
fostering	n		10,4		41:40
foul	anv	33,30	4	c0	33:80
foul-mouthed	a
foul-smelling	a
foul-spoken	a
foul-up	n		4		41:c0
fouled	a
foulness	n		26,26
found	anv	41,36	21	40
founder	nv	41,38	26,18	80	41:40
foundering	n		11		38:80
founding	n		4		41:40
fount	n		10,6
fountainhead	n		10,15
four	an		23,6
four-dimensional	a
four-fold	a
four-footed	a
four-hitter	n		4
four-hundredth	a
four-lane	a
four-lobed	a
four-membered	a
four-needled	a
four-party	a
four-petaled	a
four-petalled	a
four-ply	a
four-pronged	a
four-sided	a
four-wheel	a
four-wheeled	a
four-year-old	a
fourfold	a
fourhanded	a
fourpence	n		21
fourpenny	a
fourscore	an		23
foursquare	an		25
fourteen	an		23
fourteenth	an		24
fourth	an		24,23
fourth-year	a
fowl	nv	33,33	5,13	80	33:80
fox	nv	41,31	5,18	60	41:20
fox-trot	n		4
foxhunt	nv	33	4	80	33:80
foxiness	n		9
foxtrot	nv	38	4	80
foxy	a
fracas	n		10
fractal	n		9
fraction	nv	31	27,6	80	35:40
fractional	a
fractionate	v	35,35		40
fractionation	n		22,4		35:40
fractious	a
fractiousness	n		7
fracture	nv	30,36	26,17	40	29:40
fragile	a
fragility	n		7,7
fragment	nv	30	17,6	20	30:20
fragmental	a
fragmentary	a
fragmentation	n		4,26		30:20
fragmented	a
fragmentise	v	30		20
fragmentize	v	30		20
fragrance	n		9,7
fragrancy	n		7
fragrant	a
frail	an		23,6
frailness	n		26
frailty	n		26,7
frambesia	n		26
framboesia	n		26
frame	nv	35,42	6,6	40	32:40
frame-up	n		4
framed	a
framework	n		9,7
framing	n		4,6		31:40
franchise	nv	41	10,14	60	41:60
franciscan	an		18
frangibility	n		7
frangible	a
frangibleness	n		7
frank	anv	35,32	18,13	60
frankenstein	n		26,18
frankish	a
frankness	n		7,7
frantic	a
frap	v	35,30		40
fraternal	a
fraternisation	n		4		41:80
fraternise	v	41		80
fraternization	n		4		41:80
fraternize	v	41		80
fratricide	n		18,4
frau	n		10
fraud	n		4,18
fraudulence	n		10,7
fraudulent	a
fraught	a
fraulein	n		10
fray	nv	35,35	4	c0
frayed	a
frazzle	nv	35,29	26	c0	29:40
freak	nv	37	18,18	80
freakish	a
freakishness	n		7
freaky	a
freckle	nv	30,30	8	c0	30:40
freckled	a
fredericksburg	n		15,4
free	anv	41,40	14	60	41:60
free-and-easy	a
free-associate	v	31		60
free-base	v	34		c0
free-enterprise	a
free-flying	a
free-for-all	n		4
free-lance	an		18		41:80
free-living	a
free-range	a
free-soil	a
free-spoken	a
free-swimming	a
free-thinking	a
freebee	n		21
freebie	n		21
freeborn	a
freedom	n		26,26
freehand	a
freehanded	a
freehearted	a
freehold	n		21,21
freeing	n		4		41:60
freelance	anv	41	18	80	41:80
freeload	v	40		80
freemail	n		10
freemasonry	n		26,14
freestanding	a
freestyle	n		11
freethinking	n		9
freeware	n		10
freewheel	nv	42,38	6	80
freewheeling	a
freewill	a
freeze	nv	38,30	22,19	c0	30:40
freeze-dried	a
freeze-dry	v	30		40
freeze-drying	n		22
freezing	n		22		43:80
freight	nv	38,35	6,4	40	35:40
freightage	n		21,4		38:40
french	anv	35	10,18	40	30:60
french-fry	v	30		40
french-speaking	a
frenchify	v	30,30		e0
frenetic	a
frenzied	a
frenzy	n		26
frequent	av	41,38		60
frequentative	n		10
fresco	nv	36	6,4	40	36:40
fresh	a
fresh-cut	a
freshen	v	30,29		c0
freshet	n		11
freshman	an		18,18
freshness	n		7,7
fress	v	34		80
fret	nv	37,37	26,7	80	37:80
fretful	a
fretfulness	n		12
fretted	a
freudian	an		18
friability	n		7
friable	a
fricassee	nv	30	13	40	30:40
fricative	an		10
friction	n		26,19
frictional	a
frictionless	a
fried	a
friendless	a
friendlessness	n		7
friendliness	n		12,7
friendly	an		14
friendship	n		26
fright	nv	37	12	60	37:60
frighten	v	37,37		60
frightened	a
frightening	an		4		37:60
frightful	a
frightfulness	n		7
frigid	a
frigidity	n		7,7
frigidness	n		7,7
frigorific	a
frilled	a
frilly	a
fringe	nv	36,35	25,15	40
fringed	a
fringy	a
frisian	an		18,10
frisk	nv	38,35	4	a0	35:20
friskiness	n		7
frisking	n		4		35:20
frisky	a
frisson	n		12
fritter	nv	34	13	40
friuli	n		10
friulian	n		10
frivol	v	41		80
frivolity	n		7,6
frivolous	a
frivolousness	n		7
frizz	nv	35	26	40
frizzle	v	30,35		40
frizzly	a
frizzy	a
frock	nv	29	6,6	20	29:20
frog	nv	35	5,18	40	35:40
frogmarch	v	38,35		20
frolic	nv	38	4	80	38:80
frolicky	a
frolicsome	a
frolicsomeness	n		7
front	anv	42,33	15,15	60	33:60
frontage	n		7,24		42:40
frontal	an		6,6
frontmost	a
frore	a
frost	nv	35,35	27,19	40	35:40
frost-bound	a
frostbite	n		26
frostbitten	a
frosted	a
frostian	a
frostiness	n		7,7
frosty	a
froth	nv	30,30	17	80	30:80
frothiness	n		7
frothing	a
frothy	a
frottage	n		4
froward	a
frown	nv	29	10	80	29:80
frowning	a
frowsty	a
frowsy	a
frowzled	a
frowzy	a
frozen	a
fructification	n		22,20		30:80
fructify	v	30,30		c0
fructosuria	n		26
frugal	a
frugality	n		7
frugalness	n		7
fruit	nv	36,36	20,6	c0	36:80
fruit-eating	a
fruitful	a
fruitfulness	n		7,9
fruiting	a
fruition	n		26,7		36:80
fruitless	a
fruitlessness	n		9,7
fruity	a
frumpish	a
frumpy	a
frustrate	v	41,37		60
frustrated	a
frustrating	a
frustration	n		12,4		41:40
frustrative	a
fruticose	a
fruticulose	a
fry	nv	42,30	18,18	c0
frying	n		4		30:c0
ftp	nv	40	10	40	40:40
fuck	nv	35	4	a0	35:a0
fucked-up	a
fucking	an		4		35:a0
fuckup	n		18,4		41:c0
fuddle	nv	34,34	26	c0
fuddled	a
fudge	nv	41,32	13	c0
fuel	nv	40,40	27	40	40:80
fueled	a
fueling	n		4		40:80
fug	n		26
fugacious	a
fugaciousness	n		7
fugacity	n		7,7
fugal	a
fuggy	a
fugitive	an		18,18
fugly	a
fugue	n		26,26
fukien	n		10
fukkianese	n		10
ful	n		10
fula	n		18,10
fulani	n		18,10
fulfil	v	36,34		40
fulfill	v	36,42		40
fulfilled	a
fulfillment	n		12,4		34:40
fulfilment	n		12,4		34:40
fulgent	a
fulgid	a
fulgurant	a
fulgurating	a
fulgurous	a
full	anv	35,30	28	40
full-blood	a
full-blooded	a
full-blown	a
full-bodied	a
full-bosomed	a
full-clad	a
full-dress	a
full-face	a
full-fashioned	a
full-fledged	a
full-grown	a
full-length	a
full-page	a
full-scale	a
full-size	a
full-strength	a
full-term	a
full-time	a
fullback	nv	33	18,4	80	33:80
fullness	n		26,7
fulminant	a
fulminate	nv	32,30	27	80
fulmination	n		10,4		32:80
fulsome	a
fulsomeness	n		10,7
fumble	nv	35,38	4	80	33:40
fumbling	a
fume	nv	37,43	19	80	43:80
fumed	a
fumigate	v	39		40
fumigation	n		4		39:40
fun	n		4,10
funambulism	n		4
function	nv	35,42	24,7	e0	42:e0
functional	a
functionalism	n		9,9
functionality	n		7
functioning	an		22		35:80
fund	nv	40,40	21,21	40	40:60
fund-raise	v	40		81
fundament	n		9,8
fundamental	an		11,9
fundamentalism	n		9
fundamentalist	an		18
fundamentalistic	a
fundamentals	n		9
funded	a
funding	n		21,4		40:60
fundraise	v	40		81
fundraiser	n		18,11
funds	n		21
funeral	n		11
funerary	a
funereal	a
funfair	n		15,4
fungal	a
fungibility	n		7
fungible	an		6
fungicidal	a
fungoid	a
fungous	a
funguslike	a
funicular	an		6
funiculitis	n		26
funk	nv	38	26,18	80
funky	a
funnel	nv	35	25,6	40	35:40
funnel-shaped	a
funnies	n		10
funniness	n		10
funny	an		10
funrun	n		11
fur-bearing	a
furbish	v	35		40
furcate	v	30		80
furious	a
furiousness	n		7
furl	v	30		c0
furled	a
furlike	a
furlough	nv	41,32	28	20	32:20
furnish	v	40,40		60
furnished	a
furor	n		9,4
furore	n		9,4
furred	a
furring	n		26,6
furrow	nv	35,35	6,25	40	35:40
furrowed	a
furry	a
further	av	41,41		60
furtherance	n		10,4		41:40
furthermost	a
furthest	a
furtive	a
furtiveness	n		7
furuncle	n		26
furunculosis	n		26
fury	n		12,26		37:60
fuschia	n		7
fuscous	a
fuse	nv	30,30	6,6	80	33:40
fused	a
fusible	a
fusiform	a
fusillade	nv	33	4	60	33:60
fusion	n		11,26		30:80
fuss	nv	37,41	26,11	a0	37:80
fussiness	n		12,7
fussy	a
fustian	n		10,6
fustigate	v	35		20
fusty	a
futile	a
futility	n		7
future	an		28,10
futureless	a
futurism	n		14,9
futurist	an		18,18
futuristic	a
futuristics	n		9
futurity	n		28,7
futurology	n		9
fuzzed	a
fuzziness	n		7
fuzzy	a
g-jo	n		4
gab	nv	32	10	80
gabble	nv	32	10	80	32:80
gabby	a
gabfest	n		10
gabled	a
gabonese	an		18
gad	nv	38	26,6	80
gadaba	n		18,10
gaelic	an		10
gaelic-speaking	a
gaffe	n		4
gag	nv	39,35	10,6	60	32:84
gaga	a
gage	nv	33	6,6	40
gaggle	nv	32	14	80	32:80
gaiety	n		12,12
gain	nv	40,40	23,7	40
gainful	a
gainfulness	n		7
gainly	a
gainsay	v	32		60
gait	n		28,4
gala	n		4
galactic	a
galactocele	n		26
galactosemia	n		26
galactosis	n		22
galatians	n		10
gale	n		19
galician	n		10
galilaean	an		18
galilean	an		18,17
gall	nv	39,37	26,26	e0	39:c0
gallant	an		18,18
gallantry	n		7,7
galled	a
gallic	a
gallican	a
gallicism	n		10
gallinaceous	a
galling	a
gallivant	v	38		80
gallop	nv	38,38	4	80	38:40
galore	a
galumph	v	38		80
galvanic	a
galvanisation	n		22,4		29:40
galvanise	v	37,35		68
galvanising	a
galvanism	n		19,4		29:40
galvanization	n		22,4		29:40
galvanize	v	37,35		68
galvanizing	a
galwegian	a
gambian	an		18
gambit	n		10,4
gamble	nv	41,33	21,4	84	33:80
gambling	n		4		33:80
gamboge	n		27,7
gambol	nv	38	4	80	38:80
game	anv	33	4,4	40
gameness	n		26
gamesmanship	n		7
gametogenesis	n		22
gamey	a
gaminess	n		7
gaming	n		4		33:40
gamma	n		10,23
gammopathy	n		26
gammy	a
gamopetalous	a
gamut	n		7,10
gamy	a
gandhian	a
gang	nv	33	14,14	a0	33:a0
gang-rape	v	41		20
gangling	a
gangly	a
gangrene	nv	29	26,19	80	29:80
gangrenous	a
gantlet	n		10,6
gaol	nv	41	6	20	41:20
gaolbreak	n		4
gap	nv	35	7,17	40	35:40
gap-toothed	a
gape	nv	39,42	10,4	80	39:80
gaping	a
garage	nv	40	6,6	40	40:40
garb	nv	29	6	60	29:60
garbage	n		27,10
garbed	a
garble	v	32		40
garbled	a
garboil	n		26
garbology	n		9
gardant	a
garden	nv	36	6,14	80	36:80
gardening	n		4		36:80
gargantuan	a
gargle	nv	32,29	27,11	c0	29:80
gargoylism	n		26
garish	a
garishness	n		7,7
garland	nv	36	18,15	40
garlicky	a
garment	nv	29	6	60	29:60
garmented	a
garmentless	a
garner	nv	40,35	6	40	35:40
garnet-colored	a
garnet-coloured	a
garnish	nv	40,36	13,6	40	36:40
garnishee	nv	40	18	40
garnishment	n		10		40:40
garotte	nv	35	6	60	35:60
garrison	nv	33	6,18	60	33:60
garrote	nv	35	6	60
garrotte	nv	35	6	60	35:60
garrulity	n		7
garrulous	a
garrulousness	n		7
garter	nv	35	6	40	35:40
gas	nv	33,32	26,27	e4	30:c0
gas-filled	a
gas-tight	a
gasconade	nv	32	10	84	32:84
gaseous	a
gaseousness	n		7
gash	nv	35	26,6	40	35:40
gasification	n		22		30:c0
gasified	a
gasify	v	30		c0
gaslight	n		19
gasp	nv	29	4	80	29:80
gassing	n		22,4		33:60
gassy	a
gastralgia	n		26
gastrectomy	n		4
gastric	a
gastritis	n		26
gastroduodenal	a
gastroenteritis	n		26
gastroenterology	n		9
gastroenterostomy	n		4
gastroesophageal	a
gastrogavage	n		4
gastrointestinal	a
gastromy	n		4
gastronomic	a
gastronomical	a
gastronomy	n		13,4
gastroscopy	n		4
gastrostomy	n		4
gastrulation	n		22
gate	nv	40,35	6,6	40	40:40
gate-crash	v	38		80
gatefold	n		10
gather	nv	35,41	6,4	e0	35:40
gathered	a
gathering	n		14,4		41:20
gathic	n		10
gauche	a
gaucheness	n		7
gaucherie	n		7,4
gaudery	n		10
gaudiness	n		7,7
gaudy	an		14
gauffer	nv	29	6,6	40
gauge	nv	31,35	6,24	c4	32:40
gauguinesque	a
gaumless	a
gaunt	a
gauntlet	n		10,6
gauntleted	a
gauntness	n		7
gaussian	a
gauze-like	a
gauzy	a
gavage	n		4
gavotte	n		4,10
gawk	nv	39	18	80
gawkiness	n		7
gawky	a
gawp	v	39		80
gay	an		18
gayness	n		4
gaze	nv	39	4	80	39:80
gazette	nv	36	10	44	36:44
gazetteer	n		18,10
gazump	v	40,40		20
gca	n		4
gcse	n		26
gdp	n		21
gear	nv	30	6,6	40
geared	a
gee	nv	38,32	23	80
gegenschein	n		19
gehenna	n		9
gel	nv	30,29	27,6	c0	30:80
gelatinise	v	30,30		c0
gelatinize	v	30,30		c0
gelatinlike	a
gelatinous	a
gelatinousness	n		7
geld	v	29		60
gelded	a
gelid	a
gelidity	n		7
gelt	n		21
gemara	n		10
geminate	nv	36,35	10	c0
gemination	n		10,4		30:40
gemmation	n		22
gemmed	a
gemmiferous	a
gemmule	n		9
gen	n		10
gender	n		10,7
gene-splicing	n		9
genealogic	a
genealogical	a
genealogy	n		14,9
general	anv	32	18,18	20	32:20
general-purpose	a
generalcy	n		4
generalisation	n		9,9		32:80
generalise	v	32,32		c4
generalised	a
generality	n		9,7
generalization	n		9,9		32:44
generalize	v	32,32		c4
generalized	a
generalship	n		9,4
generate	v	36,36		40
generational	a
generative	a
generic	an		13,6
generosity	n		7,4
generous	a
generousness	n		7
genesis	n		11,10
genetic	a
genetical	a
geneticism	n		9
genetics	n		9
genial	a
geniality	n		7
genic	a
geniculate	a
genital	a
genitive	an		10
genitourinary	a
genius	n		18,9
genocide	n		4
genoese	an		18
genomics	n		9
genotype	n		14,7
genotypic	a
genotypical	a
genovese	a
genre	n		9,10
genteel	a
genteelness	n		7
gentile	an		18,18
gentility	n		7
gentle	av	37,41		60
gentlemanlike	a
gentlemanly	a
gentleness	n		7,7
gentrification	n		4		30:40
gentrify	v	30		40
genuflect	v	38,38		80
genuflection	n		10		38:80
genuflexion	n		10		38:80
genuine	a
genuineness	n		26,7
genus	n		9,14
geocentric	a
geochemistry	n		9
geodesic	an		25
geodesical	a
geodesy	n		9
geodetic	a
geographic	a
geographical	a
geographics	n		9
geography	n		9
geologic	a
geological	a
geology	n		9
geomancy	n		9
geometric	a
geometrical	a
geometry	n		9
geomorphologic	a
geomorphological	a
geomorphology	n		9
geophagia	n		4
geophagy	n		4
geophysical	a
geophysics	n		9
geophytic	a
geopolitical	a
geopolitics	n		9
geordie	n		18,10
georgian	an		18,18
geostationary	a
geostrategic	a
geostrategy	n		9
geosynchronous	a
geothermal	a
geothermic	a
geotropism	n		4
geriatric	a
geriatrics	n		9
germ	n		9,8		36:40
german	an		18,10
german-american	a
german-speaking	a
germane	a
germanic	an		10
germanism	n		4
germfree	a
germicidal	a
germinal	an		28
germinate	v	30,36		c0
germination	n		22,11		30:40
germy	a
gerontological	a
gerontology	n		9
gerrymander	nv	41	4	40	41:40
gerund	n		10
gerundial	a
gestalt	n		9
gestate	v	36,29		e0
gestation	n		28,26		29:20
gestational	a
gesticulate	v	32		80
gesticulating	a
gesticulation	n		10		32:80
gestural	a
gesture	nv	32	4,10	80	32:80
get	nv	40,30	4	f0
get-at-able	a
get-up-and-go	n		7
getable	a
getatable	a
getaway	n		7,4		38:80
gettable	a
getting	n		4		40:40
gettysburg	n		15,4
geyser	nv	38	17	80	38:80
ghanaian	a
ghanese	a
ghanian	an		18
ghastliness	n		7
ghastly	a
gheg	n		10
ghetto	n		15,26		30:20
ghettoise	v	30		20
ghettoize	v	30		20
ghost	nv	38,37	9,18	e0	37:60
ghostlike	a
ghostliness	n		7
ghostly	a
ghostwrite	v	36		40
ghoulish	a
gi	anv	35	23	40
giant	an		5,18
giantism	n		26,7
giardiasis	n		26
gibber	nv	32,32	10	c0	32:c0
gibberish	n		10		32:c0
gibbet	nv	41,41	6	20	41:20
gibbose	a
gibbous	a
gibe	nv	42,32	10	80	32:80
gibelike	a
gibraltarian	an		18
gidar	n		10
giddiness	n		7,26
giddy	a
gift	nv	41,40	21,9	60	40:60
gift-wrap	v	35		40
gifted	a
gigantic	a
gigantism	n		26,7
giggle	nv	29	10	80	29:80
gigo	n		10
gigue	n		10
gikuyu	n		10
gilbertian	a
gild	nv	36	14	40
gilded	a
gill-less	a
gilled	a
gilt	an		6
gilt-edged	a
gimbaled	a
gimcrack	an		6
gimel	n		10
gimmick	n		7,6
gimp	nv	38	26	80	38:80
gimpiness	n		26
gimpy	a
gin	nv	35,35	13,6	40	35:40
ginger	anv	39	20,13	40	39:40
ginger-scented	a
gingerly	a
gingery	a
gingival	a
gingivitis	n		26
gip	v	41		20
gird	v	33,35		c0
girdle	nv	35,35	8,6	40	35:40
giriama	n		10
girlish	a
girlishness	n		7
giro	n		21,14
girondism	n		9
girth	nv	35	7,6	40	35:40
gist	n		10,9
gita	n		10
give	nv	40,40	7	60	35:80
give-and-go	n		4
give-and-take	n		10,10
giveaway	n		21,10		32:44
given	an		9
givenness	n		7
giving	an		4,10		40:c0
glabellar	a
glabrescent	a
glabrous	a
glace	a
glacial	a
glaciate	v	35,30		c0
glaciated	a
glaciation	n		26,22		35:40
glad	an		20
gladden	v	37,37		e0
gladdened	a
gladfulness	n		12
gladiatorial	a
gladness	n		12
gladsome	a
gladsomeness	n		12
glamor	n		7		30:40
glamorisation	n		4		30:40
glamorise	v	30		40
glamorization	n		4		30:40
glamorize	v	31,30		60
glamorous	a
glamour	nv	32	7	60	30:40
glamourisation	n		4		30:40
glamourise	v	31,30		60
glamourization	n		4		30:40
glamourize	v	30		40
glamourous	a
glance	nv	39,38	4	c0	39:80
glanders	n		26
glandular	a
glare	nv	29,43	7,4	80	39:80
glaring	a
glary	a
glasnost	n		10
glass	nv	40,39	27,6	40	35:40
glass-like	a
glassed	a
glassless	a
glassy	a
glaswegian	an		18
glaucoma	n		26
glaucous	a
glaze	nv	35,30	13,7	c0	39:40
glazed	a
gleam	nv	39,39	7,11	80	39:80
gleaming	an		11,7		39:80
glean	v	35		40
glebe	n		21
glee	n		12,12
gleeful	a
gleefulness	n		12
glial	a
glib	a
glib-tongued	a
glibness	n		7
glide	nv	38,38	10,4	c0	38:40
glide-bomb	v	33		20
gliding	n		4		38:80
glimmer	nv	39	11,9	80	39:80
glimmering	n		9
glimmery	a
glimpse	nv	39	4,9	40	39:40
glint	nv	39,39	11,7	80	39:80
glinting	a
glioblastoma	n		26
glioma	n		26
glissade	nv	38	4	80	38:80
glissando	n		10
glisten	nv	39	7	80	39:80
glistening	a
glister	n		7
glistering	a
glitch	n		26
glitter	nv	39	7,11	80	39:80
glittering	a
glittery	a
glitz	n		7
gloat	nv	32,39	12	84	39:80
gloating	n		12		39:80
global	a
globalisation	n		22		30:40
globalise	v	30		40
globalization	n		22		30:40
globalize	v	30		40
globe-trot	v	38		80
globose	a
globosity	n		7
globular	a
globularness	n		7
glom	v	40,40		c0
glomerular	a
glomerulonephritis	n		26
gloom	n		26,12
gloomful	a
gloominess	n		26,12
glooming	a
gloomy	a
glop	n		27,10
glorification	n		26,4		32:60
glorified	a
glorify	v	32,30		60
gloriole	n		7
glorious	a
glory	nv	32	26,7	80	32:80
gloss	nv	36,32	10,10	40	32:40
glossalgia	n		26
glossary	n		10
glossiness	n		7
glossitis	n		26
glossodynia	n		26
glossolalia	n		26
glossopharyngeal	a
glossoptosis	n		26
glossy	an		10,6
glossy-coated	a
glossy-furred	a
glossy-haired	a
glottal	a
glottochronological	a
glottochronology	n		9
gloved	a
gloveless	a
glow	nv	39,39	26,7	80	37:80
glower	nv	29,29	4	80	29:80
glowering	a
glowing	an		19
glucosuria	n		26
glue	nv	35,30	27	c0	30:c0
glued	a
gluey	a
glueyness	n		7
glug	v	39		80
gluiness	n		7
glum	a
glumness	n		26,12
glut	nv	34,40	7	e0	40:60
gluteal	a
glutinosity	n		7
glutinous	a
glutinousness	n		7
glutted	a
gluttonise	v	34		80
gluttonize	v	34		80
gluttonous	a
gluttony	n		7,4
glycerolise	v	38		40
glycerolize	v	38		40
glycogenesis	n		22,11
glycogenic	a
glycolysis	n		22
glycosuria	n		26
glyptography	n		6,4
gnarl	nv	35,32	25	c4	35:40
gnarled	a
gnarly	a
gnash	v	29		40
gnaw	v	35,30		c0
gnome	n		18,10
gnomic	a
gnomish	a
gnosis	n		9
gnostic	an		18
gnosticism	n		9
gnp	n		21
go	anv	38,41	28,6	90	33:80
go-ahead	n		10,7		32:80
go-around	n		4
go-as-you-please	a
go-slow	n		4
go-to-meeting	a
goad	nv	37,35	6,10	60	35:60
goaded	a
goading	n		10		35:60
goal	n		9,15
goal-directed	a
goal-kick	n		4,4
goalie	n		18,4
goalkeeper	n		18,4
goalless	a
goaltender	n		18,4
goateed	a
gobble	nv	34,32	11	c0	32:80
gobbledygook	n		10
goblet-shaped	a
gobsmacked	a
god-awful	a
god-fearing	a
goddam	a
goddamn	a
goddamned	a
godforsaken	a
godless	a
godlessness	n		9,7
godlike	a
godliness	n		7
godly	a
godsend	n		11
godspeed	n		11
goethean	a
goethian	a
goffer	nv	29	18,6	40
goggle	v	39		80
goggle-eyed	a
goidelic	n		10
going	an		4,11		38:80
going-over	n		4,10
goiter	n		26
goitre	n		26
gold	an		21,7
gold-bearing	a
gold-colored	a
gold-coloured	a
gold-plate	v	35		40
goldbrick	nv	41,41	18,18	e0
goldbricking	n		4		41:c0
golden	a
golden-brown	a
golden-green	a
golden-yellow	a
goldplate	v	35		40
golf	nv	33	4	80	33:80
golfing	n		4		33:80
gonadal	a
gonadotrophic	a
gonadotropic	a
gondi	n		10
gone	a
gong	nv	39	6,6	40	39:40
gongorism	n		10
gonioscopy	n		4
gonorrhea	n		26
gonorrhoea	n		26
gonzo	a
good	an		7,7
good-by	n		10
good-bye	n		10
good-for-naught	an		18
good-for-nothing	an		18
good-hearted	a
good-humored	a
good-humoredness	n		7
good-humoured	a
good-humouredness	n		7
good-looking	a
good-natured	a
good-naturedness	n		7
good-neighborliness	n		7
good-neighbourliness	n		7
good-tempered	a
good-temperedness	n		7
good-time	a
goodby	n		10
goodbye	n		10
goodish	a
goodly	a
goodness	n		7,7
goodwill	n		21,12
goody-goody	an		18
gooey	a
goof	nv	41	18,18	80	41:80
goof-proof	v	30		40
goofproof	v	30		40
goofy	an		18
google	nv	31	10	e0	31:e0
googly	n		4
goose	nv	35,35	5,18	60
goosebump	n		4
gooseflesh	n		4
gooselike	a
goosey	a
goosy	a
gordian	a
gore	nv	35,35	18,8	60	35:60
gorge	nv	34	17,17	80
gorgeous	a
gormandise	v	34		80
gormandize	v	34		80
gormless	a
gory	a
gospel	n		10,10
gospels	n		10
gossamer	an		6,6
gossip	nv	32,32	10,10	80	32:80
gossiping	n		10		32:80
gossipmongering	n		10
gossipy	a
gothic	an		10,10
gotterdammerung	n		10
gouge	nv	35,40	7,6	40	35:40
gourmandism	n		7
gourmandize	v	34		80
gout	n		26
gouty	a
govern	v	41,41		c0
governable	a
governance	n		14,4		41:c0
governing	an		4		41:c0
government	n		14,4		41:c0
governmental	a
governorship	n		4
gown	nv	29	6,14	20	29:20
gowned	a
gpa	n		10
grab	nv	35,40	6,4	60	40:40
grabby	a
grace	nv	36,42	26,7	40	42:40
graceful	a
gracefulness	n		7
graceless	a
gracelessness	n		7,7
gracile	a
gracility	n		7
gracious	a
graciousness	n		7,7
gradable	a
gradate	v	35,30		c0
gradation	n		26,10		35:40
gradational	a
gradatory	a
grade	nv	31,35	14,26	60	31:60
grade-appropriate	a
grade-constructed	a
graded	a
gradient	n		24,7
grading	n		4,4		31:60
gradual	an		10
graduality	n		7
gradualness	n		7,7
graduate	anv	40,40	18,6	a0	40:20
graduated	a
graduation	n		4,11		40:20
graeco-roman	a
graecophile	an		18
graecophilic	a
graft	nv	35,35	8,4	40	35:40
grafting	n		4		35:40
grail	n		9,6
grain	nv	35,35	17,13	40	35:40
graininess	n		7
graining	n		7		35:40
grainy	a
gram-negative	a
gram-positive	a
grammar	n		9
grammatic	a
grammatical	a
grammatolatry	n		4
grand	an		23,6
grandeur	n		7,7
grandiloquence	n		10
grandiloquent	a
grandiose	a
grandiosity	n		10
grandness	n		26,7
grandstand	nv	36	14,6	80
granicus	n		4
granite	n		27,7
granitelike	a
granitic	a
grant	nv	40,40	21,4	60	40:60
grant-in-aid	n		4,21
granted	a
granth	n		10
granular	a
granularity	n		7
granulate	v	30,30		c0
granulated	a
granulation	n		26,4		29:80
granuliferous	a
granulocytic	a
granulocytopenia	n		26
granuloma	n		26
granulomatous	a
granulose	a
grape-sized	a
grapelike	a
grapevine	n		10,20
grapey	a
graph	nv	36,36	10	40	36:40
grapheme	n		10
graphic	an		6
graphical	a
graphics	n		10,6
graphology	n		9
graphospasm	n		26
grapple	nv	41,35	6,6	e0
grappling	n		4,4		35:e0
grapy	a
grasp	nv	35,31	9,9	64	31:44
graspable	a
grasping	an		9,4		31:44
grass	nv	33,35	20,18	40	35:40
grass-covered	a
grass-eating	a
grassfire	n		11
grassless	a
grasslike	a
grassroots	a
grassy	a
grassy-leafed	a
grassy-leaved	a
grate	nv	40,37	6,11	40	40:40
grateful	a
gratefulness	n		12
gratification	n		26,4		37:60
gratified	a
gratify	v	37,34		60
gratifying	a
grating	an		6,6		40:40
gratis	a
gratitude	n		12
gratuitous	a
gratuity	n		21,21
gratulatory	a
grave	anv	35,35	28,6	40
gravel	nv	37,35	27	60	35:40
gravelly	a
graven	a
graveness	n		7
gravid	a
gravida	n		26,18
gravidation	n		26
gravidity	n		26
gravidness	n		26
gravimetric	a
gravimetry	n		4
gravitas	n		7
gravitate	v	42,42		80
gravitation	n		19,11		38:80
gravitational	a
gravitative	a
gravity	n		19,7		38:80
gravity-assist	n		19
gravure	n		10,6
gray	anv	30,30	7,6	c0	30:40
gray-black	a
gray-blue	a
gray-brown	a
gray-green	a
gray-haired	a
gray-headed	a
gray-pink	a
gray-white	a
grayish	a
grayish-black	a
grayish-blue	a
grayish-brown	a
grayish-green	a
grayish-pink	a
grayish-white	a
grayness	n		7
graze	nv	35,35	26,4	c0	35:40
grazed	a
grazing	n		4,4		35:40
grease	nv	35	27,26	40	35:40
greased	a
greaseproof	a
greasiness	n		7
greasy	a
great	an		18
greater	a
greatest	a
greathearted	a
greatness	n		7,7
grecian	an		18
greco-roman	a
greed	n		7,4
greediness	n		7,7
greedy	a
greek	an		10,18
green	anv	30	7,15	80	30:80
green-blind	a
green-blindness	n		26
green-eyed	a
green-white	a
greenback	n		21
greenhouse	an		6
greening	n		19		30:80
greenish	a
greenish-brown	a
greenish-gray	a
greenish-grey	a
greenish-white	a
greenishness	n		7
greenmail	n		4
greenness	n		7,26
greensick	a
greensickness	n		26
greenside	a
greet	v	32,32		20
greeting	n		10		32:20
gregarious	a
gregariousness	n		7
gregorian	a
grenadian	an		18
grey	anv	30,30	18,18	c0
grey-black	a
grey-blue	a
grey-brown	a
grey-green	a
grey-haired	a
grey-headed	a
grey-pink	a
grey-white	a
greyed	a
greyish	a
greyish-black	a
greyish-blue	a
greyish-brown	a
greyish-green	a
greyish-pink	a
greyish-white	a
greyness	n		7
grid	n		9,6
griddle	nv	30	6	40	30:40
grief	n		12,9
grief-stricken	a
grievance	n		12,10
grieve	v	37,37		c0
grieving	a
grievous	a
grill	nv	30,32	6,6	e0	30:c0
grilled	a
grilling	n		4		30:c0
grim	a
grimace	nv	29	10	80	29:80
grime	nv	35	26	40	35:40
griminess	n		26
grimness	n		7,7
grimoire	n		10
grimy	a
grin	nv	29	10	80	29:80
grind	nv	35,35	18,7	40	41:80
grinding	n		17,11		30:40
grinning	n		10		29:80
grip	nv	35,35	4,6	e0	35:e0
gripe	nv	32	10	84	32:84
gripes	n		26
griping	n		26
grippe	n		26
gripping	a
grisly	a
gristly	a
grit	nv	35,35	27,7	40	35:40
gritty	a
grizzle	nv	37,32	6	84
grizzled	a
grizzly	an		5
groak	v	39		40
groan	nv	32	10	84	32:84
groat	n		21
grogginess	n		26,26
groggy	a
groin	nv	36	8,6	40
grok	v	31		44
groom	nv	41,29	18,18	60	29:40
groomed	a
grooming	n		4,4		41:20
groove	nv	35,35	25,4	40	35:40
grooved	a
grooving	n		4		35:40
groovy	a
grope	nv	35,41	4	81	35:20
groping	a
gross	anv	40	23,21	40	40:40
grossness	n		7
grotesque	an		6
grotesqueness	n		7
grotesquerie	n		7
grotesquery	n		7
grotty	a
grouch	nv	32	18	80	32:80
grouchy	a
ground	nv	35,35	17,16	60	35:40
ground-floor	a
ground-hugging	a
groundball	n		4
groundbreaking	an		4
grounder	n		4		35:80
grounding	n		9,4		35:40
groundless	a
groundlessness	n		7
grounds	n		9,6
groundwork	n		9,6
group	nv	31,33	3,27	60	33:40
grouped	a
grouping	n		3,4		33:40
groupthink	n		9
groupware	n		10
grouse	nv	33,32	13,5	84	33:80
grout	nv	35	27	40	35:40
grovel	v	38		80
groveling	a
grovelling	a
grow	v	30,30		90
growing	an		22,22		30:80
growl	nv	32	11	80	32:80
growling	n		10,11		32:80
grown	a
grownup	an		18
growth	n		22,22		30:80
grub	nv	40,35	13,5	c0
grubbiness	n		26
grubby	an		5
grubstake	nv	40	21	60	40:60
grudge	nv	37,37	12	c0	37:80
grudging	a
grueling	a
gruelling	a
gruesome	a
gruesomeness	n		7
gruff	a
gruffness	n		7,7
grumble	nv	32,32	11,10	84	39:80
grumbling	an		11,10		39:80
grumose	a
grumous	a
grumpiness	n		7
grumpy	a
grundyism	n		7
grunge	n		26
grungy	a
grunt	nv	32	11,18	84	32:84
grunt-hoot	v	32		80
gruntle	v	37		60
gsr	n		4
gu	an		15
guadalcanal	n		15,4
guarantee	nv	32,32	10,10	44	32:40
guaranty	n		21
guard	nv	41,33	18,18	60	41:60
guardant	a
guarded	a
guardianship	n		4,4
guatemalan	an		18
gubernatorial	a
guerdon	n		21
guess	nv	31,32	10,9	45	31:5
guessing	n		9		32:44
guesstimate	nv	32	9	44	32:44
guesswork	n		9
guestimate	n		9
guff	n		10
guffaw	nv	29	10	80	29:80
guggle	v	39,39		80
gui	n		10
guidance	n		10,4		41:60
guide	nv	38,38	18,18	e0	38:60
guidebook	n		10
guided	a
guideline	n		10,9
guidepost	n		9,10
guideword	n		10
guiding	a
guile	n		9,7
guileful	a
guileless	a
guillotine	nv	35	10,6	20	35:20
guilt	n		26,12
guilt-ridden	a
guiltiness	n		26
guiltless	a
guiltlessness	n		26
guilty	a
guinea	n		21,18
guinean	an		18
guise	n		7
guitar-shaped	a
gujarati	n		18,10
gujerati	n		18,10
gula	n		18,4
gulf	n		17,7
gull	nv	41,32	18,5	20	41:20
gullibility	n		7
gullible	a
gulp	nv	34,32	4,4	40	34:40
gulping	n		4,4		32:40
gum	nv	35,34	13,8	40	34:40
gum-like	a
gumboil	n		26
gumma	n		26
gummed	a
gumminess	n		7
gumming	n		4		34:40
gummosis	n		26,26
gummy	a
gumption	n		9,7
gumptious	a
gun	nv	33	6,6	80	33:80
gunfight	n		4
gunfire	n		4
gunplay	n		4
gunrunning	n		4
gunshot	n		4
gur	n		10
gurgle	nv	39,39	11	80	39:80
gush	nv	38,32	11,10	80	38:80
gushing	a
gushy	a
gusseted	a
gust	n		19
gustation	n		9
gustative	a
gustatorial	a
gustatory	a
gusto	n		12
gusty	a
gut	nv	35,35	8,17	40	35:40
gutless	a
gutlessness	n		7
guts	n		7
gutsiness	n		7
gutsy	a
gutter	nv	43,38	6,26	80	34:40
guttle	v	34		40
guttural	an		10
guy	nv	32,30	18,6	60
guyanese	an		18
guzzle	v	34		40
guzzling	n		4		34:40
gybe	v	38		80
gymkhana	n		11
gymnastic	a
gymnastics	n		4
gymnosophical	a
gymnosophy	n		9
gymnospermous	a
gynaecological	a
gynaecology	n		9
gynaeolatry	n		4
gynandromorphic	a
gynandromorphous	a
gynecologic	a
gynecological	a
gynecology	n		9
gynecomastia	n		26
gyneolatry	n		4
gynogenesis	n		22
gynophobia	n		26
gyp	nv	41	4	20	41:20
gyral	a
gyrate	v	38,38		c0
gyration	n		11,4		38:c0
gyroscopic	a
h-shaped	a
ha'penny	n		21
ha-ha	n		10,6
habacuc	n		10
habakkuk	n		18,10
habanera	n		10,4
habilimented	a
habilitate	v	30,29		e0
habit	nv	29	9,4	20	34:40
habit-forming	a
habitability	n		7
habitable	a
habitableness	n		7
habited	a
habitual	a
habituate	v	34,30		60
habituation	n		26,4		30:20
habitude	n		4
habitus	n		26,7
hacek	n		10
hachure	n		7		35:40
hacienda	n		21,6
hack	nv	35,41	18,18	40
hackle	nv	35	5	40
hackles	n		12
hackneyed	a
hackwork	n		4
hadal	a
hadean	an		28
hades	n		18,9
hadith	n		9,4
hadj	n		9
haecceity	n		9
haemagglutinate	v	35		40
haemagglutination	n		22		35:40
haemal	a
haemangioma	n		26
haematal	a
haematemesis	n		4
haematic	a
haematocele	n		26
haematochezia	n		22
haematocoele	n		26
haematocolpometra	n		26
haematocolpos	n		26
haematocytopenia	n		26
haematocyturia	n		26
haematogenesis	n		22
haematogenic	a
haematological	a
haematology	n		9
haematolysis	n		22
haematoma	n		26
haematopoiesis	n		22
haematopoietic	a
haematuria	n		26
haemic	a
haemodialysis	n		4
haemogenesis	n		22
haemoglobinemia	n		26
haemoglobinopathy	n		26
haemoglobinuria	n		26
haemolysis	n		22
haemolytic	a
haemophilia	n		26
haemophilic	a
haemopoiesis	n		22
haemopoietic	a
haemoptysis	n		26
haemorrhage	n		26
haemorrhagic	a
haemorrhoid	n		26
haemorrhoidectomy	n		4
haemosiderosis	n		26
haemostasia	n		4
haemostasis	n		4
haemothorax	n		26
haftarah	n		10
haftorah	n		10
hag-ridden	a
hagada	n		10
haggada	n		10
haggadah	n		10
haggai	n		18,10
haggard	an		18
haggle	nv	40	10	80	40:80
haggling	n		10		40:80
hagiographa	n		10
hagiography	n		10
hagiolatry	n		4
hagiology	n		10
hagridden	a
haida	n		18,10
haiku	n		10
hail	nv	32,42	19,17	e0	43:80
hail-fellow	a
hail-fellow-well-met	a
hailstorm	n		19
hair-raiser	n		4
hair-raising	a
hair-shirt	a
hair-shirted	a
haircare	n		4
haircut	n		8,4
hairdressing	n		6,4
haired	a
hairiness	n		7
hairless	a
hairlessness	n		26,7
hairlike	a
hairline	n		10,8
hairsplitting	an		9
hairweaving	n		4
hairy	a
haitian	an		18
haj	n		9
hajj	n		9
hakenkreuz	n		10
hakham	n		10
hakka	n		18,10
halacha	n		10
halaka	n		10
halakah	n		10
halal	an		13
halcyon	an		18,5
hale	anv	41,35	18,18	49
haleness	n		26
half	an		23,28
half-and-half	an		13
half-baked	a
half-blooded	a
half-bound	a
half-bred	a
half-breed	an		18
half-clothed	a
half-cock	n		9
half-crazed	a
half-dozen	a
half-evergreen	a
half-hardy	a
half-hearted	a
half-hourly	a
half-intensity	n		7
half-length	an		6
half-light	n		19
half-pay	n		21
half-seas-over	a
half-size	a
half-timber	a
half-timbered	a
half-time	a
half-track	a
half-tracked	a
half-truth	n		10
half-witted	a
half-yearly	a
halfback	n		18,4
halfhearted	a
halfpenny	n		21
halfway	a
hallel	n		10
hallelujah	n		10
hallmark	n		7,10
halloo	nv	35,32	10	c0	32:c0
hallow	v	32		60
hallowed	a
hallucinate	v	39		c0
hallucinating	a
hallucination	n		26,9		39:c0
hallucinatory	a
hallucinogenic	a
hallucinosis	n		26
halma	n		4
halo	n		7,25
halt	anv	38,38	26,11	e0	38:80
halter	nv	41,30	6,6	60	41:20
halting	a
halve	v	31		40
ham	nv	36	13,18	c0
ham-fisted	a
ham-handed	a
hamartia	n		26
hamartoma	n		26
hamitic	n		10
hamito-semitic	n		10
hammer	nv	35,36	6,6	40	36:40
hammer-shaped	a
hammered	a
hammering	n		4		35:40
hammerlock	n		4
hamming	n		4		36:c0
hammy	a
hamper	nv	30,33	6,6	60	33:60
hamstring	nv	37,29	8	60	29:20
hand	nv	40,38	8,18	60	40:60
hand-build	v	36		40
hand-crafted	a
hand-down	a
hand-dye	v	30		40
hand-held	a
hand-hewn	a
hand-loomed	a
hand-me-down	an		6
hand-operated	a
hand-pick	v	31		60
hand-to-hand	a
hand-to-mouth	a
hand-wash	v	35		40
handball	n		6,4
handbill	n		10
handbook	n		10
handbuild	v	36		40
handclap	n		10
handclasp	n		10
handcolor	v	30		40
handcolour	v	30		40
handcraft	nv	36	6	40	36:40
handcuff	nv	35	6	20	35:20
handed	a
handed-down	a
handedness	n		7
handel	n		18,10
handelian	a
handheld	a
handicap	nv	29,33	26,7	60	29:60
handicapped	an		14
handicraft	n		6,4
handiness	n		9,7
handle	nv	41,41	6	70	35:40
handled	a
handleless	a
handless	a
handling	n		4,4		35:40
handmade	a
handmaid	n		26,18
handmaiden	n		26,18
handoff	n		4
handout	n		10,4
handover	n		4		40:60
hands	n		4,14
hands-down	a
hands-off	a
hands-on	a
handsewn	a
handshake	n		10		32:c0
handshaking	n		10		32:c0
handsome	a
handsomeness	n		7
handspring	n		4
handstamp	nv	35	6	40	35:40
handstand	n		4
handstitched	a
handwash	v	35		40
handwoven	a
handwrite	v	32		40
handwriting	n		10,4		32:40
handwritten	a
handy	an		18
hang	nv	35,35	9,7	e0	35:10
hang-up	n		9,9
hangdog	a
hanging	n		6,4		36:40
hangover	n		26,18
hani	n		10
hanker	v	37		80
hankering	n		12		37:80
hanoverian	an		18,18
hansard	n		10
hap	nv	30	11	84	30:84
haphazard	a
haphazardness	n		7
haphtarah	n		10
haphtorah	n		10
hapless	a
haploid	an		5
haploidic	a
haploidy	n		26
happen	v	30,30		84
happening	n		11		30:84
happenstance	n		11
happiness	n		26,12
happy	a
happy-go-lucky	a
haptic	a
hara-kiri	n		4
harakiri	n		4
harangue	nv	32	10	20	32:20
harass	v	37,33		60
harassed	a
harassment	n		12,4		37:60
harbinger	nv	32	10	40	32:40
harbor	nv	37,42	15,6	60	42:60
harbour	nv	42,40	15,6	60	42:60
hard	a
hard-and-fast	a
hard-baked	a
hard-bitten	a
hard-boiled	a
hard-core	a
hard-fought	a
hard-hitting	a
hard-line	a
hard-nosed	a
hard-of-hearing	a
hard-on	n		26
hard-pressed	a
hard-shelled	a
hard-to-please	a
hardback	an		6
hardbacked	a
hardball	n		9,4
hardbound	a
hardcore	a
hardcover	an		6
harden	v	30,30		c0
hardened	a
hardening	n		26,22		30:80
hardfisted	a
hardheaded	a
hardhearted	a
hardheartedness	n		12
hardihood	n		7
hardiness	n		7,7
hardline	a
hardness	n		7,7
hardscrabble	a
hardship	n		26,7
hardworking	a
hardy	an		18,18
hare	nv	38	5,13	80	38:80
harebrained	a
harelip	n		26
harikari	n		4
hark	v	39		80
harken	v	39		80
harlequin	nv	30	18	40
harlequinade	n		4
harlotry	n		4
harm	nv	29	26,11	e0	29:e0
harmattan	n		19
harmful	a
harmfulness	n		7,7
harmless	a
harmonic	an		9,7
harmonical	a
harmonics	n		9
harmonious	a
harmoniousness	n		7,7
harmonisation	n		10,4		36:40
harmonise	v	42,36		c0
harmonised	a
harmonizable	a
harmonization	n		10,4		36:40
harmonize	v	42,36		c0
harmonized	a
harmony	n		7,10		42:80
harness	nv	35,34	6,6	40	41:40
harnessed	a
harp	nv	32,36	6,6	80	36:80
harp-shaped	a
harpoon	nv	33	6	40	33:40
harried	a
harrow	nv	36	6	c0	36:c0
harrowing	a
harry	v	37,30		60
harsh	a
harsh-voiced	a
harshen	v	30		40
harshness	n		7,7
harum-scarum	an		18
harvest	nv	35,30	20,19	40	35:40
harvesting	n		4		35:40
hash	nv	35	13,6	40	35:40
hashmark	n		10
hasidic	a
hasidism	n		14,9
hasp	nv	35	6	40	35:40
hassidic	a
hassidism	n		9
hassle	nv	37	11,4	60	37:60
hastate	a
haste	n		7,4
hasten	v	30,38		80
hastinapura	n		10
hastiness	n		7,7
hasty	a
hat	nv	29,40	6,4	e0	40:60
hatch	nv	29,36	22,7	c0	29:80
hatched	a
hatchel	nv	35	6	40
hatching	n		22,7		29:80
hate	nv	37	12	60	37:60
hated	a
hateful	a
hatefulness	n		7
hatless	a
hatred	n		12
hatted	a
haughtiness	n		7
haughty	a
haul	nv	35,35	4,23	60	35:60
haulage	n		4		35:40
hauling	n		4		35:40
haunt	nv	38,37	15	60	38:40
haunted	a
haunting	a
hausa	n		18,10
haussa	n		18,10
hauteur	n		7
havasupai	n		18,10
have	nv	40,42	18	60	40:40
havoc	n		4
haw	nv	32	20,8	80
haw-haw	n		10,6
hawaiian	an		10,18
hawk	nv	40,33	5,18	c0	33:80
hawk-eyed	a
hawking	n		18,4		40:40
hawkish	a
hawkishness	n		9
hay	nv	30	13	40
haydn	n		18,10
haying	n		4,4
haymaker	n		6,4
haymaking	n		4,4
haywire	an		6
hazard	nv	32,41	26,19	44	41:40
hazardous	a
hazardousness	n		26
haze	nv	43,41	19,9	a0	43:80
hazel	an		20,20
hazel-brown	a
haziness	n		7,7
hazy	a
hdtv	n		10
he	n		27,10
head	nv	38,41	8,5	c0
head-in-the-clouds	a
head-on	a
head-to-head	a
headache	n		9,26
headbutt	v	35		20
headed	a
header	n		10,6		42:40
headfirst	a
heading	n		10,15		42:40
headless	a
headlike	a
headline	nv	32,40	10	40	40:40
headlinese	n		10
headlock	n		4
headlong	a
headmastership	n		4
headmistressship	n		4
headquarter	v	40		60
headroom	n		23,4
heads-up	an		10
headshake	n		4
headshaking	n		4
headship	n		4,4
headshot	n		6,4
headstand	n		4
headstrong	a
headway	n		23,11
headwind	n		19
headword	n		10,10
heady	a
heal	v	30,29		80
healed	a
healing	an		22		30:80
health	n		26,26
healthcare	n		4
healthful	a
healthfulness	n		7
healthier	a
healthiness	n		26
healthy	a
heap	nv	40,35	14,23	60	35:40
hear	v	39,31		e4
hearable	a
heard	a
hearing	an		4,26
hearing-impaired	a
hearken	v	39		80
hearsay	an		10
heart	n		9,8
heart-healthy	a
heart-shaped	a
heart-to-heart	an		10
heart-whole	a
heartache	n		12
heartbeat	n		11,28
heartbreak	n		12
heartbreaker	n		18,11
heartbreaking	a
heartbroken	a
heartburn	n		26
heartburning	n		12
hearten	v	37		60
heartening	a
heartfelt	a
heartiness	n		7,7
heartless	a
heartlessness	n		12
heartrending	a
heartrot	n		26
hearts	n		4
heartsick	a
heartsickness	n		12
heartstrings	n		12
heartwarming	a
hearty	a
heat	nv	30,40	19,7	40	30:80
heat-absorbing	a
heat-releasing	a
heatable	a
heated	a
heater	n		6,4		40:40
heathen	an		18
heathenish	a
heathenism	n		9
heather	n		20,7
heathlike	a
heating	n		22,6		30:80
heatless	a
heatstroke	n		26
heave	nv	32,35	11,11	40	38:80
heaven	n		15,9
heaven-sent	a
heavenly	a
heavenward	a
heaves	n		26
heavier-than-air	a
heaviness	n		7,12
heaving	n		11,4		38:80
heavy	an		18,9
heavy-armed	a
heavy-coated	a
heavy-duty	a
heavy-footed	a
heavy-handed	a
heavy-laden	a
heavy-limbed	a
heavyhearted	a
heavyheartedness	n		12
heavyset	a
hebdomadal	a
hebdomadary	a
hebephrenia	n		26
hebephrenic	a
hebetude	n		9
hebraic	a
hebraical	a
hebrew	an		10,18
hebrews	n		14,10
hebridean	a
hecatomb	n		4
heckle	nv	35,32	6	e0
heckling	n		4		32:a0
hectic	a
hectograph	nv	36	6	40	36:40
hector	nv	37	18	20
hedge	nv	32,35	6,21	40
hedged	a
hedgehop	v	38		80
hedging	n		21,10		32:40
hedonic	a
hedonism	n		16,9
hedonistic	a
hee-haw	nv	32	10	80	32:80
heebie-jeebies	n		26
heed	nv	41	9	60	41:60
heedful	a
heedfulness	n		7
heedless	a
heedlessness	n		9,7
heel	nv	38,38	6,8	e0	36:40
heft	nv	35,35	7	60
heftiness	n		7,7
hefty	a
hegelian	an		18
hegira	n		4,4
height	n		7,26
heighten	v	30,30		c0
heightening	a
heinous	a
heinousness	n		7
heirloom	n		21,21
heist	nv	41	4,4	60	41:60
hejira	n		4,4
held	a
heliac	a
heliacal	a
helical	a
heliocentric	a
heliogram	n		10
heliograph	nv	32	6	44	32:44
heliolatry	n		4
heliotherapy	n		4
heliotropism	n		4
hell	n		15,11
hell-bent	a
hellenic	an		10
hellenism	n		9
hellenistic	a
hellenistical	a
hellfire	n		9
hellish	a
hello	n		10
helm	nv	38	6,4	80
helmet-shaped	a
helmeted	a
helminthiasis	n		26
helminthic	an		6
help	nv	41,29	4,18	e1	30:40
helpdesk	n		4
helpful	a
helpfulness	n		7,7
helpless	a
helplessness	n		7,26
helter-skelter	a
helvetica	n		10
hem	nv	35,32	6,10	c0	35:40
hemagglutinate	v	35		40
hemagglutination	n		22		35:40
hemal	a
hemangioma	n		26
hematal	a
hematemesis	n		4
hematic	a
hematocele	n		26
hematochezia	n		22
hematocoele	n		26
hematocolpometra	n		26
hematocolpos	n		26
hematocyst	n		26
hematocytopenia	n		26
hematocyturia	n		26
hematogenesis	n		22
hematogenic	a
hematologic	a
hematological	a
hematology	n		9
hematolysis	n		22
hematoma	n		26
hematopoiesis	n		22
hematopoietic	a
hematuria	n		26
hemeralopia	n		26
hemianopia	n		26
hemianopsia	n		26
hemic	a
hemicrania	n		26
hemidemisemiquaver	n		10
hemimetabolic	a
hemimetabolism	n		22
hemimetabolous	a
hemimetaboly	n		22
hemimetamorphic	a
hemimetamorphosis	n		22
hemimetamorphous	a
hemingwayesque	a
hemiparasitic	a
hemiplegia	n		26
hemispheric	a
hemispherical	a
hemochromatosis	n		26
hemodialysis	n		4
hemodynamic	a
hemodynamics	n		9
hemogenesis	n		22
hemoglobinemia	n		26
hemoglobinopathy	n		26
hemoglobinuria	n		26
hemolysis	n		22
hemolytic	a
hemophilia	n		26
hemophilic	a
hemopoiesis	n		22
hemopoietic	a
hemoptysis	n		26
hemorrhage	nv	29	26	80	29:80
hemorrhagic	a
hemorrhoid	n		26
hemorrhoidectomy	n		4
hemosiderosis	n		26
hemostasia	n		4
hemostasis	n		4
hemostatic	a
hemothorax	n		26
hempen	a
hemstitch	nv	35	6,6	c0	35:c0
hen-peck	v	32		a0
hendiadys	n		10
henna	nv	30	27	40	30:40
henpecked	a
hep	a
hepatic	an		20
hepatitis	n		26
hepatocarcinoma	n		26
hepatoma	n		26
hepatomegaly	n		26
hepatotoxic	a
herald	nv	32,32	18,10	60	32:40
heralded	a
heraldic	a
heraldist	a
heraldry	n		9,6
herbaceous	a
herbal	an		13
herbivorous	a
herculean	a
herd	nv	38,38	14,14	e0	42:40
here	an		15,18
hereditament	n		21
hereditarianism	n		9
hereditary	a
heredity	n		22,7
hereness	n		26
herero	n		18,10
heresy	n		9,9
heretical	a
heritable	a
heritage	n		9,7
hermaphrodism	n		26
hermaphrodite	an		18
hermaphroditic	a
hermaphroditism	n		26,7
hermeneutic	a
hermeneutics	n		9
hermetic	a
hermitic	a
hermitical	a
hernia	n		26
herniation	n		26
hero	n		18,9
hero-worship	v	37		60
heroic	an		10
heroical	a
heroics	n		4
heroism	n		7
herpangia	n		26
herpes	n		26,5
herpetology	n		9
herr	n		18,10
hertzian	a
hesitance	n		12
hesitancy	n		12,7		42:81
hesitant	a
hesitate	v	42,42		81
hesitating	a
hesitation	n		9,7		42:81
hesperian	a
het	a
heterocercal	a
heterocyclic	an		27
heterodactyl	a
heterodox	a
heterodoxy	n		9,7
heterodyne	av	35		40
heteroecious	a
heterogeneity	n		7
heterogeneous	a
heterogeneousness	n		7
heterogenesis	n		19
heterogenous	a
heteroicous	a
heterologic	a
heterological	a
heterologous	a
heterology	n		7
heterometabolic	a
heterometabolism	n		22
heterometabolous	a
heterometaboly	n		22
heteronym	n		10
heteroploidy	n		26
heterosexism	n		4
heterosexual	an		18
heterosexualism	n		4
heterosexuality	n		4
heterosis	n		7
heterosporous	a
heterospory	n		22
heterotaxy	n		26
heterothermic	a
heterotrophic	a
heterozygosity	n		26
heterozygous	a
heth	n		10
heuristic	an		9
hew	v	35,35		40
hewn	a
hex	anv	32	10	60	32:60
hexadecimal	a
hexagonal	a
hexameter	n		10
hexangular	a
hexed	a
hf	n		27,7
hi	n		10,15
hi-fi	an		6,4
hi-tech	a
hiatus	n		11,10
hibachi	nv	30	6	c0	30:c0
hibernal	a
hibernate	v	29,41		80
hibernating	a
hibernation	n		26,26		29:80
hiccough	nv	29	26	80	29:80
hiccup	nv	29	26	80	29:80
hick	an		18
hickey	n		26,26
hidatsa	n		18,10
hidden	a
hiddenness	n		26
hide	nv	39,39	27,5	e0
hide-and-seek	n		4
hidebound	a
hideous	a
hideousness	n		7
hiding	n		4,26		30:40
hidrosis	n		22
hidrotic	a
hie	v	38		80
hiemal	a
hierarchal	a
hierarchic	a
hierarchical	a
hieratic	an		10
hieratical	a
hieroglyph	n		10,10
hieroglyphic	an		10,10
hieroglyphical	a
hierolatry	n		4
hifalutin	a
higgle	v	40		80
higgledy-piggledy	a
high	an		7,26
high-altitude	a
high-and-mighty	a
high-backed	a
high-ceilinged	a
high-class	a
high-crowned	a
high-energy	a
high-fidelity	a
high-five	n		10
high-flown	a
high-grade	a
high-handed	a
high-handedness	n		7
high-interest	a
high-keyed	a
high-level	a
high-low	n		4
high-low-jack	n		4
high-minded	a
high-mindedness	n		7
high-necked	a
high-octane	a
high-performance	a
high-pitched	a
high-potential	a
high-power	a
high-powered	a
high-pressure	a
high-priced	a
high-principled	a
high-ranking	a
high-resolution	a
high-rise	an		6
high-risk	a
high-sounding	a
high-speed	a
high-spirited	a
high-spiritedness	n		7
high-stepped	a
high-stepping	a
high-strung	a
high-sudsing	a
high-tail	v	38		80
high-tech	a
high-tension	a
high-ticket	a
high-toned	a
high-top	a
high-topped	a
high-velocity	a
high-voltage	a
high-yield	a
highborn	a
highbrow	an		18
highbrowed	a
higher	a
higher-ranking	a
highfalutin	a
highfaluting	a
highflying	a
highjack	nv	35	4	60	35:60
highjacking	n		4		35:60
highland	an		17
highlife	n		4
highlight	nv	30,29	24,7	40	30:40
highlighting	n		7		30:40
highly-developed	a
highly-sexed	a
highness	n		18,7
hightail	v	38		40
highwater	n		11
higi	n		10
hijab	n		6,4
hijack	nv	35,40	4	60	35:60
hijacking	n		4		35:60
hijinks	n		4
hike	nv	38,38	4,7	c0	38:c0
hiking	n		4
hilar	a
hilarious	a
hilarity	n		12
hill	nv	36	17,6	40	36:40
hilliness	n		7
hilly	a
himalayan	a
himalayish	n		10
hinayana	n		14,9
hinayanism	n		9
hind	an		5,5
hinder	av	41,41		60
hinderance	n		9,6
hindering	a
hindermost	a
hindi	an		10
hindmost	a
hindoo	an		18,18
hindooism	n		14,9
hindoostani	n		10
hindostani	n		10
hindrance	n		9,6		41:40
hindsight	n		9
hindu	an		18,18
hinduism	n		14,9
hindustani	an		18,10
hinge	nv	35	6,26	40	35:40
hint	nv	32	10,10	84	32:84
hip	an		8,8
hip-hop	n		14,10
hip-length	a
hiplength	a
hipless	a
hipped	a
hippocratic	a
hircine	a
hire	nv	41,41	18,4	60
hire-purchase	n		21
hired	a
hirsute	a
hirsuteness	n		7
hirsutism	n		7
hispanic	an		18
hispaniolan	a
hispid	a
hiss	nv	32,38	11,10	80	32:a0
hissing	n		11		32:a0
histiocytosis	n		26
histocompatibility	n		19
histogram	n		10
histoincompatibility	n		26
histologic	a
histological	a
histology	n		9
historic	a
historical	a
historicalness	n		26,7
historicism	n		9
historied	a
historiography	n		10,4
history	n		28,10
histrionic	a
histrionics	n		10,10
hit	nv	35,35	4,4	e0	35:c0
hit-and-run	a
hit-or-miss	a
hitch	nv	35,38	28,26	c0
hitchhike	v	38		80
hitchiti	n		18,10
hitlerian	a
hitless	a
hitting	n		4		35:c0
hittite	an		18,10
hiv	n		26,5
hive	nv	40,38	14,6	c0	40:40
hives	n		26
hmo	n		21
hmong	an		18,10
hnd	n		10
ho-hum	a
hoar	an		27
hoard	nv	40,40	21	40	40:40
hoariness	n		7,7
hoarse	a
hoarseness	n		7
hoary	a
hoax	nv	41	4	20	41:20
hob	nv	35	18,18	40
hobble	nv	38,41	6,4	e0	35:40
hobby	n		4,6
hobbyhorse	n		9,6
hobbyism	n		4
hobgoblin	n		18,9
hobnail	nv	40	6	40	40:40
hobnailed	a
hobnob	v	41		80
hock	nv	40,29	13,5	40	40:40
hockey	n		4,4
hocus-pocus	n		10
hodgepodge	n		14,9
hoe	nv	36	6	c0	36:c0
hog	nv	40	18,5	40	40:40
hog-tie	v	35		20
hogged	a
hoggish	a
hoggishness	n		7
hogwash	n		10
hohenlinden	n		15,4
hoist	nv	35,35	6	e0	35:e0
hoity-toity	a
hoka	n		18,10
hokan	n		10,18
hokey	a
hokkianese	n		10
hokum	n		10
hold	nv	42,35	4,9	70	35:60
hold-down	n		4		30:40
holding	n		4,21		40:40
holdout	n		18,10		33:60
holdover	n		18,4		42:80
holdup	n		4,4		40:20
hole	nv	35,35	17,6	c0	35:40
hole-and-corner	a
hole-in-corner	a
holey	a
holiday	nv	42	28,28	80	42:80
holier-than-thou	a
holiness	n		7
holism	n		9
holistic	a
holla	n		10
holler	nv	32,32	10,17	c5	32:45
hollering	n		10		32:45
hollo	nv	32,32	10	a0	32:80
holloa	n		10
hollow	anv	35,35	25,17	40
hollow-back	n		26
hollow-eyed	a
hollow-horned	a
hollowness	n		26,7
hollywood	an		14,26
holocaust	n		4,4
holograph	n		10,6
holographic	a
holographical	a
holography	n		9
holometabolic	a
holometabolism	n		22
holometabolous	a
holometaboly	n		22
holonym	n		10
holophytic	a
holotype	n		9
holozoic	a
holy	an		15
holystone	nv	35	17	40	35:40
homage	n		4
home	anv	41,38	15,6	a0	38:80
home-baked	a
home-brewed	a
home-cured	a
home-loving	a
home-school	v	41		20
home-style	a
homebound	an		14
homecoming	n		4,4
homegrown	a
homeless	an		18,14
homelessness	n		26
homelike	a
homeliness	n		7,7
homely	a
homemade	a
homemaking	n		4
homeopathic	a
homeopathy	n		4
homeostasis	n		26
homeostatic	a
homeothermic	a
homepage	n		10
homer	nv	33	4,18	80	33:80
homeric	a
homesick	a
homesickness	n		12
homespun	an		6
homestead	nv	30	21,21	40	30:40
homestretch	n		11,6
homeward	a
homeward-bound	a
homework	n		4
homey	a
homicidal	a
homicide	n		4
homiletic	a
homiletical	a
homiletics	n		9,9
homily	n		10
hominal	a
homing	a
hominian	a
hominid	an		5
hominine	a
homocentric	a
homocercal	a
homochromatic	a
homocyclic	a
homoecious	a
homoeopathy	n		4
homoerotic	a
homoeroticism	n		4
homogeneity	n		7,7
homogeneous	a
homogeneousness	n		7
homogenisation	n		4		30:40
homogenise	v	30,30		c0
homogenised	a
homogenization	n		4		30:40
homogenize	v	30,30		40
homogenized	a
homogenous	a
homogeny	n		7
homograph	n		10
homoiothermic	a
homologic	a
homological	a
homologise	v	30		40
homologize	v	42,30		40
homologous	a
homology	n		7		42:40
homomorphism	n		7
homomorphy	n		7
homonym	n		10
homonymic	a
homonymous	a
homophile	an		18
homophobia	n		9
homophobic	a
homophone	n		10
homophonic	a
homophonous	a
homophony	n		10,10
homosexual	an		18
homosexualism	n		4
homosexuality	n		4
homosporous	a
homospory	n		22
homostyled	a
homostylic	a
homostylous	a
homothermic	a
homozygosity	n		26
homozygous	a
homy	a
honduran	an		18
hone	nv	35,30	6	40	35:40
honest	a
honest-to-god	a
honest-to-goodness	a
honestness	n		7
honesty	n		7,20
honey	anv	39	13,18	40	39:40
honey-colored	a
honey-coloured	a
honey-scented	a
honeycomb	nv	36,35	17,6	40	30:40
honeycombed	a
honeyed	a
honeylike	a
honeymoon	nv	42	28,28	80	42:80
honied	a
honk	nv	39,32	11	c0	32:80
honor	nv	41,41	10,26	60	41:60
honorable	a
honorableness	n		7
honorarium	n		21
honorary	a
honored	a
honorific	an		10
honoring	n		4		41:60
honour	nv	41,41	26,10	60	41:60
honourable	a
honourableness	n		7
honours	n		10
hoo-ha	n		26
hoo-hah	n		26
hood	nv	35	18,17	40
hoodoo	nv	42	25,18	80	42:80
hoodooism	n		9
hoodwink	v	41,32		20
hooey	n		10
hoof	nv	38,36	5,5	80
hoof-mark	n		10
hoofed	a
hoofing	n		4
hooflike	a
hoofprint	n		10
hook	nv	35,40	6,25	60	35:40
hook-nosed	a
hook-shaped	a
hooked	a
hooking	n		4		35:40
hooklike	a
hookworm	n		5,26
hooky	n		4
hooliganism	n		4
hoop	nv	35	6,6	40	35:40
hoopla	n		10
hoops	n		4
hooray	n		10
hoot	nv	32,32	10,10	80	32:80
hooved	a
hoover	nv	35	18,18	c0	35:c0
hop	nv	38,38	4,20	80	38:80
hop-skip	v	38		80
hop-step-and-jump	n		11
hope	nv	37,37	12,12	84	37:84
hoped-for	a
hopeful	an		18
hopefulness	n		26,12
hopeless	a
hopelessness	n		12
hopi	n		18,10
hopped-up	a
hopple	v	35		40
hopscotch	n		4
horary	a
hordeolum	n		26
horizon	n		15,7
horizontal	an		24
horizontality	n		7
hormonal	a
horn	nv	35	6,5	40	35:40
horn-rimmed	a
horn-shaped	a
hornbook	n		10
horned	a
horniness	n		26
hornless	a
hornlike	a
hornpipe	n		4,10
hornswoggle	v	41		20
horny	a
horology	n		9
horoscope	n		10,6
horoscopy	n		9
horrendous	a
horrible	a
horrid	a
horridness	n		7
horrific	a
horrified	a
horrify	v	37		60
horrifying	a
horripilate	v	39,39		e0
horripilation	n		4		39:80
horror	n		12,6		37:60
horror-stricken	a
horror-struck	a
horse	nv	34	5,6	60	34:60
horse-and-buggy	a
horse-drawn	a
horse-race	v	33		80
horse-trade	v	32		80
horselaugh	n		10
horsemanship	n		9
horseplay	n		4
horseshit	n		10
horseshoe	nv	40	6,6	40
horseshoes	n		4
horseshow	n		4
horsewhip	nv	35	6	60	35:60
horsewhipping	n		4		35:60
hortative	a
hortatory	a
horticultural	a
horticulture	n		4
hosanna	n		10
hose	nv	30	6,6	60
hosea	n		18,10
hospice	n		6,4
hospitable	a
hospitableness	n		7
hospitalisation	n		4		40:20
hospitalise	v	40		20
hospitality	n		10
hospitalization	n		28,26		40:20
hospitalize	v	40		20
host	nv	34	18,14	20	34:20
hostile	an		14
hostilities	n		4
hostility	n		7,26
hot	a
hot-blooded	a
hot-dog	v	38		80
hot-tempered	a
hot-wire	v	38		40
hot-work	v	36		40
hotbed	n		26,6
hotfoot	nv	38	4	80
hotheaded	a
hotness	n		7,26
hottentot	n		10
hottish	a
hound	nv	38	5,18	60	38:60
hourglass-shaped	a
hourlong	a
hourly	a
house	nv	42,41	6,14	60	41:60
house-proud	a
house-raising	n		4
house-to-house	a
house-train	v	31		40
house-trained	a
housebound	a
housebreak	v	31		40
housebreaking	n		4
housebroken	a
houseclean	v	35		80
housecleaning	n		4,4		35:80
housecraft	n		9
housekeep	v	42		80
housekeeping	n		4		42:80
housewifely	a
housewifery	n		4
housework	n		4
houyhnhnms	n		9
hover	v	42,42		80
how-d'ye-do	n		26
how-do-you-do	n		26,10
howdy	n		10
howl	nv	32,32	10,11	80	29:80
howler	n		10,5		29:80
howling	an		10		32:80
hoydenish	a
hoydenism	n		7
hrt	n		4
html	n		10
http	n		10
hualapai	n		18,10
hualpai	n		18,10
hubbub	n		11
hubris	n		7
huckster	nv	40,40	18,18	c0	40:80
huddle	nv	38,38	10,14	80	38:80
huddled	a
hue	nv	30,30	7	c0	30:80
hueless	a
huff	nv	34,29	26	c0
huffiness	n		12
huffing	n		4		29:80
huffish	a
huffishness	n		12
huffy	a
hug	nv	35,35	4	e0	35:e0
huge	a
hugger-mugger	an		26		41:80
hugging	n		4		35:e0
hugoesque	a
hula	n		4
hula-hula	n		4
hulk	nv	42	18,6	80	42:80
hulking	a
hulky	a
hull	nv	30	20,20	40	30:40
hullabaloo	n		4
hullo	n		10
hum	nv	32,42	26,14	c0
human	an		5
human-centered	a
human-centred	a
human-sized	a
humane	a
humaneness	n		7
humanisation	n		4		37:40
humanise	v	37		40
humanism	n		9,9
humanist	an		18,18
humanistic	a
humanitarian	an		18,18
humanitarianism	n		9
humanities	n		9
humanity	n		7,7
humanization	n		4		37:40
humanize	v	37		40
humanlike	a
humanness	n		7
humble	av	37,37		60
humbled	a
humbleness	n		26,12
humbling	a
humbug	nv	41	10,10	a0
humdrum	an		7
humic	a
humid	a
humidify	v	30		40
humidity	n		26		30:40
humidness	n		26
humification	n		22		30:40
humified	a
humify	v	30		40
humiliate	v	37		60
humiliated	a
humiliating	a
humiliation	n		26,12		37:60
humility	n		7,12
hummer	n		18,4		32:c0
humming	n		11,4		42:80
humongous	a
humor	nv	32	10,7	60
humoral	a
humoring	n		4		32:60
humorless	a
humorous	a
humorousness	n		7
humour	nv	32	12,10	60	32:60
humourless	a
humourous	a
hump	nv	38,35	25	a0	38:80
humpback	n		26,18
humpbacked	a
humped	a
hunch	nv	38	9,4	80	38:80
hunchback	n		26,18
hunchbacked	a
hunched	a
hundred	an		23
hundred-and-eightieth	a
hundred-and-fifteenth	a
hundred-and-fifth	a
hundred-and-fiftieth	a
hundred-and-fifty-fifth	a
hundred-and-first	a
hundred-and-fortieth	a
hundred-and-forty-fifth	a
hundred-and-ninetieth	a
hundred-and-seventieth	a
hundred-and-seventy-fifth	a
hundred-and-sixtieth	a
hundred-and-sixty-fifth	a
hundred-and-tenth	a
hundred-and-thirtieth	a
hundred-and-thirty-fifth	a
hundred-and-twentieth	a
hundred-and-twenty-fifth	a
hundredth	an		24,23
hungarian	an		18,10
hunger	nv	39,34	26,7	80	39:80
hungriness	n		26,12
hungry	a
hunker	v	35		80
hunkpapa	n		18,10
hunky-dory	a
hunt	nv	33,38	18,18	e0
hunted	a
hunting	n		4,4		33:40
hupa	n		18,10
hurdle	nv	38	6,9	40	38:40
hurdles	n		11
hurdling	n		11		38:40
hurl	nv	35,38	4	c0	38:80
hurling	n		4
hurrah	nv	32	10	80
hurricane	n		19
hurried	a
hurriedness	n		7
hurry	nv	38,30	26,7	80	30:60
hurrying	an		4		38:80
hurt	anv	39,29	26,12	e0	39:80
hurtful	a
hurting	n		26		39:80
hurtle	v	38,38		80
husband	nv	40	18	40
husbandly	a
husbandry	n		4
hush	nv	30,30	7	e0	39:80
hush-hush	a
hushed	a
hushed-up	a
hushing	n		11
husk	nv	30	27,20	40	30:40
huskiness	n		7,7
husking	n		4		30:40
husky	an		5
hustings	n		4
hustle	nv	38,38	4,4	e0	38:80
hutzpah	n		7
huxleian	a
huxleyan	a
hyaline	an		27
hyalinisation	n		26
hyalinization	n		26
hyaloid	an		8
hyaloplasmic	a
hybrid	an		10,9		35:40
hybridisation	n		4		35:40
hybridise	v	35		40
hybridization	n		4		35:40
hybridize	v	35		40
hybridizing	n		4		35:40
hydatid	n		26
hydatidosis	n		26
hydramnios	n		26
hydrarthrosis	n		26
hydrate	nv	30,30	27	e0	30:40
hydrated	a
hydration	n		22		30:80
hydraulic	a
hydraulics	n		9
hydremia	n		26
hydric	a
hydrocele	n		26
hydrocephalic	a
hydrocephalus	n		26
hydrocephaly	n		26
hydrocracking	n		22
hydrodynamic	a
hydrodynamics	n		9
hydroelectric	a
hydroelectricity	n		19
hydrogen-bomb	v	33		40
hydrogenate	v	30		40
hydrogenation	n		22		30:40
hydrographic	a
hydrographical	a
hydrography	n		9
hydrokinetic	a
hydrokinetics	n		9
hydrolise	v	30		40
hydrolize	v	30		40
hydrology	n		9
hydrolyse	v	30		80
hydrolysis	n		22		30:40
hydrolyzable	a
hydrolyze	v	30		80
hydromancy	n		9
hydrometric	a
hydrometry	n		4
hydronephrosis	n		26
hydropathic	a
hydropathy	n		4
hydrophilic	a
hydrophobia	n		26,26
hydrophobic	a
hydrophobicity	n		7
hydrophytic	a
hydroplane	nv	38	6,6	80	38:80
hydroponic	a
hydroponics	n		4
hydrops	n		26
hydrostatic	a
hydrostatics	n		9
hydrotherapy	n		4
hydrothorax	n		26
hydrous	a
hydroxy	a
hygiene	n		26,9
hygienic	a
hygienical	a
hygienics	n		9
hygienise	v	35		40
hygienize	v	35		40
hygrophytic	a
hygroscopic	a
hymenal	a
hymeneal	an		10
hymeneals	n		11
hymenopterous	a
hymn	nv	36,32	10	c0	36:80
hymnal	n		10
hymnary	n		10
hymnbook	n		10
hymnody	n		4
hyoid	an		8
hypaethral	a
hypallage	n		10
hype	nv	32	10	40
hyperacidity	n		7
hyperactive	a
hyperactivity	n		26
hyperacusia	n		26
hyperacusis	n		26
hyperadrenalism	n		26
hyperadrenocorticism	n		26
hyperaemia	n		26
hyperaldosteronism	n		26
hyperalimentation	n		4
hyperbaton	n		10
hyperbetalipoproteinemia	n		26
hyperbilirubinemia	n		26
hyperbole	n		10		32:40
hyperbolic	a
hyperbolise	v	32		40
hyperbolize	v	32		40
hyperboloidal	a
hypercalcaemia	n		26
hypercalcemia	n		26
hypercalcinuria	n		26
hypercalciuria	n		26
hypercapnia	n		26
hypercarbia	n		26
hypercatalectic	an		10
hypercellularity	n		26
hypercholesteremia	n		26
hypercholesterolemia	n		26
hypercritical	a
hyperdactyly	n		26
hyperemesis	n		4
hyperemia	n		26
hyperemic	a
hyperextend	v	29		40
hyperextension	n		4		29:40
hyperfine	a
hyperglycaemia	n		26
hyperglycemia	n		26
hyperhidrosis	n		22
hypericism	n		26
hyperidrosis	n		22
hyperkalemia	n		26
hyperlink	n		10
hyperlipaemia	n		26
hyperlipemia	n		26
hyperlipidaemia	n		26
hyperlipidemia	n		26
hyperlipoidaemia	n		26
hyperlipoidemia	n		26
hyperlipoproteinemia	n		26
hypermedia	n		10
hypermenorrhea	n		22
hypermetropia	n		26
hypermetropic	a
hypermetropy	n		26
hypermotility	n		26
hypernatremia	n		26
hypernym	n		10
hyperopia	n		26
hyperopic	a
hyperparathyroidism	n		26
hyperpiesia	n		26
hyperpiesis	n		26
hyperpigmentation	n		26
hyperpituitarism	n		26
hyperplasia	n		26
hyperpnea	n		4
hyperpyrexia	n		26
hypersecretion	n		22
hypersensitised	a
hypersensitive	a
hypersensitivity	n		26,9
hypersensitized	a
hypersomnia	n		26
hypersplenism	n		26
hypertension	n		26
hypertensive	an		18
hypertext	n		10
hyperthermal	a
hyperthermia	n		26
hyperthermy	n		26
hyperthyroidism	n		26
hypertonia	n		26
hypertonic	a
hypertonicity	n		26,26
hypertonus	n		26
hypertrophied	a
hypertrophy	nv	29	26	80	29:80
hyperventilate	v	29,29		a0
hyperventilation	n		4		29:20
hypervitaminosis	n		26
hypervolaemia	n		26
hypervolemia	n		26
hypesthesia	n		26
hypethral	a
hyphema	n		26
hyphen	nv	36	10	40	36:40
hyphenate	v	36		40
hyphenation	n		4,4		36:40
hypnagogic	a
hypnoanalysis	n		4
hypnogenesis	n		4
hypnogogic	a
hypnoid	a
hypnopedia	n		4
hypnophobia	n		26
hypnosis	n		26		29:60
hypnotherapy	n		4
hypnotic	an		6
hypnotise	v	29		60
hypnotised	a
hypnotism	n		4
hypnotize	v	29		60
hypnotized	a
hypoactive	a
hypoadrenalism	n		26
hypoadrenocorticism	n		26
hypobetalipoproteinemia	n		26
hypocalcaemia	n		26
hypocalcemia	n		26
hypocapnia	n		26
hypocellularity	n		26
hypochondria	n		26
hypochondriac	an		18
hypochondriacal	a
hypochondriasis	n		26
hypocorism	n		10
hypocrisy	n		10,7
hypocritical	a
hypodermal	a
hypodermic	an		6
hypoesthesia	n		26
hypogammaglobulinemia	n		26
hypoglycaemia	n		26
hypoglycaemic	a
hypoglycemia	n		26
hypoglycemic	a
hypognathous	a
hypogonadism	n		26
hypokalemia	n		26
hypolipoproteinemia	n		26
hyponatremia	n		26
hyponym	n		10
hypoparathyroidism	n		26
hypophyseal	a
hypophysectomise	v	30		20
hypophysectomised	a
hypophysectomize	v	30		20
hypophysectomized	a
hypophysectomy	n		4		30:20
hypophysial	a
hypopigmentation	n		26
hypoplasia	n		26
hypopnea	n		4
hypoproteinemia	n		26
hyposmia	n		26
hypospadias	n		26
hypostasis	n		22,22
hypostatisation	n		4		31:40
hypostatise	v	31		40
hypostatization	n		4		31:40
hypostatize	v	31		40
hypotension	n		26
hypotensive	an		18
hypothalamic	a
hypothecate	v	32,31		44
hypothermia	n		26
hypothermic	a
hypothesis	n		10,9		31:4
hypothesise	v	31		4
hypothesize	v	31		4
hypothetic	a
hypothetical	an		9
hypothrombinemia	n		26
hypothyroidism	n		26
hypotonia	n		26
hypotonic	a
hypotonicity	n		26,26
hypotonus	n		26
hypovitaminosis	n		26
hypovolaemia	n		26
hypovolaemic	a
hypovolemia	n		26
hypovolemic	a
hypoxia	n		26
hypozeugma	n		10
hypozeuxis	n		10
hypsography	n		9,4
hypsometry	n		4
hysterectomy	n		4
hysteresis	n		19
hysteria	n		26,12
hysteric	an		18
hysterical	a
hysterics	n		26
hysterocatalepsy	n		26
hysteroscopy	n		4
hysterotomy	n		4
i	an		27,23
iamb	n		10
iambic	an		10
iambus	n		10
iatrogenic	a
iberian	an		18,18
ibsenian	a
ic	an		14
ice	nv	35,30	27,17	40	30:40
ice-clogged	a
ice-cold	a
ice-free	a
icebound	a
icebreaker	n		6,4
icelandic	an		10
icelandic-speaking	a
ichorous	a
ichthyolatry	n		4
ichthyology	n		9
ichthyosis	n		26
iciness	n		7,7
icing	n		22,13		35:40
icky	a
icon	n		10,6
iconic	a
iconoclasm	n		9
iconoclastic	a
iconolatry	n		4
iconology	n		9
icosahedral	a
ictal	a
icteric	a
icterogenic	a
icterus	n		26,5
ictic	a
ictus	n		26
icy	a
id	n		15,10
iddm	n		26
idea	n		9,9		36:44
ideal	an		9,18		31:80
idealisation	n		22,9		31:60
idealise	v	31,31		e0
idealised	a
idealism	n		9,7
idealistic	a
ideality	n		7
idealization	n		4,22		31:60
idealize	v	31,31		e0
idealized	a
ideate	v	36		44
ideation	n		9		36:44
ideational	a
idempotent	a
identical	a
identicalness	n		7
identifiable	a
identification	n		4,10		32:60
identified	a
identifier	n		10
identify	v	31,32		60
identity	n		7,9		31:60
ideogram	n		10
ideograph	n		10
ideographic	a
ideography	n		10
ideologic	a
ideological	a
ideology	n		9,9
idiocy	n		9
idiographic	a
idiolatry	n		4
idiolect	n		10
idiom	n		10,10
idiomatic	a
idiomatical	a
idiopathic	a
idiopathy	n		26
idiosyncrasy	n		7
idiosyncratic	a
idiotic	a
iditarod	n		11
idle	anv	35,41	26	80
idleness	n		4,7
idling	n		4		41:80
ido	n		10
idolatrous	a
idolatry	n		4,4
idolisation	n		4,4		37:60
idolise	v	37		60
idolised	a
idolization	n		4,4		37:60
idolize	v	37		60
idolized	a
idp	n		22
idyl	n		10,10
idyll	n		11,10
idyllic	a
ie	n		10
iffy	a
igneous	a
ignescent	a
ignitable	a
ignite	v	43,43		c0
ignited	a
ignitible	a
ignition	n		22,6		43:40
ignobility	n		7
ignoble	a
ignobleness	n		7
ignominious	a
ignominiousness	n		7
ignominy	n		26
ignorance	n		9		31:44
ignorant	a
ignorantness	n		9
ignore	v	32,32		64
ignored	a
ii	an		23
iii	an		23
ijtihad	n		10
il	an		15
ileitis	n		26
ileostomy	n		4
ileus	n		26
iliac	a
iliad	n		10
ilk	n		9
ill	an		26
ill-advised	a
ill-affected	a
ill-being	n		26
ill-bred	a
ill-breeding	n		7
ill-chosen	a
ill-conceived	a
ill-considered	a
ill-defined	a
ill-dressed	a
ill-equipped	a
ill-famed	a
ill-fated	a
ill-favored	a
ill-favoured	a
ill-fed	a
ill-fitting	a
ill-formed	a
ill-gotten	a
ill-humored	a
ill-humoured	a
ill-judged	a
ill-mannered	a
ill-natured	a
ill-omened	a
ill-proportioned	a
ill-scented	a
ill-shapen	a
ill-smelling	a
ill-sorted	a
ill-starred	a
ill-tempered	a
ill-timed	a
ill-treat	v	41		60
ill-treated	a
ill-treatment	n		4		41:60
ill-usage	n		4		41:60
ill-use	v	41		60
ill-used	a
illation	n		9
illative	a
illegal	a
illegalise	v	41		40
illegality	n		7
illegalize	v	41		40
illegibility	n		7
illegible	a
illegitimacy	n		26,7
illegitimate	an		18
illiberal	a
illiberality	n		7
illicit	a
illicitness	n		7
illimitable	a
illiteracy	n		9,9
illiterate	an		18
illness	n		26
illogic	n		7
illogical	a
illogicality	n		7
illogicalness	n		7
illume	v	30		40
illuminance	n		7
illuminate	v	30,31		40
illuminated	a
illuminating	a
illumination	n		26,26		30:40
illumine	v	30		40
illusion	n		9,9
illusional	a
illusionary	a
illusive	a
illusory	a
illustrate	v	32,36		40
illustration	n		10,10		36:40
illustrative	a
illustrious	a
illustriousness	n		7
illyrian	n		10
ilx	a
ilxx	a
ilxxx	a
image	nv	39,36	9,7	44	36:44
imagery	n		9		36:44
imaginable	a
imaginary	an		23
imagination	n		9,9		36:44
imaginative	a
imaginativeness	n		9
imagine	v	36,31		45
imaging	n		9,4		36:44
imago	n		9,5
imbalance	n		26,7
imbalanced	a
imbecile	an		18
imbecilic	a
imbecility	n		9,4
imbed	v	35		40
imbibe	v	35,35		40
imbibing	n		4		34:40
imbibition	n		22,4		35:40
imbricate	av	42,42		c0
imbricated	a
imbroglio	n		26,10
imbrue	v	30		20
imbue	v	35,30		40
imitate	v	36,42		60
imitation	an		9,6
imitative	a
immaculate	a
immaculateness	n		26
immanence	n		26
immanency	n		26
immanent	a
immaterial	a
immaterialise	v	30		40
immateriality	n		24,7
immaterialize	v	30		40
immature	a
immatureness	n		26
immaturity	n		26
immeasurable	a
immediacy	n		7,9
immediate	a
immediateness	n		7,7
immemorial	a
immense	a
immenseness	n		7
immensity	n		7
immensurable	a
immerse	v	35,31		e0
immersion	n		11,11
immigrate	v	30,30		a0
immigration	n		4,14		30:80
imminence	n		26
imminency	n		26
imminent	a
imminentness	n		26
immingle	v	35		c0
immiscible	a
immix	v	30		80
immobile	a
immobilisation	n		4,4		35:60
immobilise	v	40,35		60
immobility	n		26,7
immobilization	n		4,4		35:60
immobilize	v	40,35		60
immobilizing	n		4		35:60
immoderate	a
immoderateness	n		7
immoderation	n		7
immodest	a
immodesty	n		7,4
immolate	v	40		60
immolation	n		4		40:60
immoral	a
immorality	n		7,4
immortal	an		18,18
immortalise	v	31,30		60
immortality	n		7,28
immortalize	v	31,30		60
immotile	a
immotility	n		7
immovability	n		7
immovable	an		21
immovableness	n		7
immoveable	a
immune	an		18
immunisation	n		4
immunise	v	33,29		e0
immunised	a
immunity	n		26,26
immunization	n		4		29:a0
immunize	v	33,29		e0
immunized	a
immunoassay	n		9
immunochemical	a
immunochemistry	n		9
immunocompetence	n		26
immunocompetent	a
immunocompromised	a
immunodeficiency	n		26
immunodeficient	a
immunoelectrophoresis	n		22
immunofluorescence	n		9
immunogenic	a
immunogenicity	n		26
immunohistochemistry	n		4
immunologic	a
immunological	a
immunology	n		9
immunopathology	n		9
immunosuppressed	a
immunosuppression	n		26
immunosuppressive	an		6
immunotherapeutic	a
immunotherapy	n		4
immure	v	41		20
immurement	n		26		41:20
immutability	n		7
immutable	a
immutableness	n		7
impact	nv	35,30	11,19	60	30:60
impacted	a
impaction	n		26,26		35:40
impair	v	30,30		40
impaired	a
impairment	n		11,26		30:40
impale	v	35,35		60
impalement	n		4		35:20
impalpability	n		7
impalpable	a
impanel	v	41,31		20
imparipinnate	a
impart	v	40,40		c0
impartation	n		10		40:40
impartial	a
impartiality	n		9
imparting	n		10		40:40
impassable	a
impasse	n		26,6
impassioned	a
impassive	a
impassiveness	n		12
impassivity	n		12
impasto	n		4
impatience	n		26,12
impatient	a
impeach	v	32,32		20
impeachability	n		26
impeachment	n		10		32:20
impeccability	n		7,7
impeccable	a
impeccant	a
impecunious	a
impecuniousness	n		26
impedance	n		19
impede	v	41,35		60
impeded	a
impediment	n		9,6		41:60
impeding	a
impel	v	36,35		41
impelled	a
impellent	a
impelling	a
impend	v	42		80
impendence	n		26		42:80
impendency	n		26		42:80
impendent	a
impending	a
impenetrability	n		7,7
impenetrable	a
impenetrableness	n		7
impenitence	n		7
impenitency	n		7
impenitent	a
imperative	an		24,4
imperativeness	n		26,7
imperceptibility	n		7
imperceptible	a
imperfect	an		24
imperfectibility	n		9
imperfectible	a
imperfection	n		26
imperfectness	n		26
imperforate	a
imperial	an		8,6
imperialism	n		10,9
imperialist	an		18
imperialistic	a
imperil	v	42		40
imperious	a
imperiousness	n		7
imperishability	n		7
imperishable	a
imperishableness	n		7
imperishingness	n		7
imperium	n		15,7
impermanence	n		7
impermanency	n		7
impermanent	a
impermeability	n		7
impermeable	a
impermeableness	n		7
impermissibility	n		7
impermissible	a
impersonal	a
impersonate	v	36,32		20
impersonation	n		10,4		32:20
impertinence	n		10,7
impertinent	a
imperturbability	n		12
imperturbable	a
imperturbableness	n		12
imperviable	a
impervious	a
imperviousness	n		7
impetiginous	a
impetigo	n		26
impetuosity	n		7
impetuous	a
impetuousness	n		7
impetus	n		19,4
impiety	n		7
impinge	v	41,38		c0
impingement	n		4,4		41:40
impinging	n		11		41:40
impious	a
impiousness	n		7
impish	a
impishness	n		7
implacable	a
implant	nv	35,35	6	c0	35:40
implantation	n		22,4		35:40
implanted	a
implausibility	n		7
implausible	a
implausibleness	n		7
implement	nv	41,41	6	40	41:40
implemental	a
implementation	n		4,4		30:40
implemented	a
implicate	v	42,42		60
implicated	a
implication	n		9,9		42:40
implicational	a
implicative	a
implicit	a
implicitness	n		7
implike	a
implode	v	30		c0
implore	v	32		81
imploring	a
implosion	n		11,10		30:c0
imply	v	32,32		44
impolite	a
impoliteness	n		7
impolitic	a
imponderable	an		9
import	nv	40,40	6,18	40	40:40
importance	n		7,26
important	a
important-looking	a
importation	n		4,6		40:40
imported	a
importing	n		4		40:40
importunate	a
importune	v	32		20
importunity	n		10
impose	v	41,32		40
imposed	a
imposing	a
imposition	n		4,9		40:40
impossibility	n		26,9
impossible	an		9
impossibleness	n		26
impost	n		21,6
imposture	n		4
impotence	n		7,26
impotency	n		7,26
impotent	a
impound	v	40,35		60
impounding	n		4		40:40
impoundment	n		4		40:40
impoverish	v	40,30		60
impoverished	a
impoverishment	n		26,4		40:60
impracticability	n		7
impracticable	a
impracticableness	n		7
impractical	a
impracticality	n		7
imprecate	v	32,32		e0
imprecation	n		10,10		32:60
imprecise	a
impreciseness	n		7
imprecision	n		7
impregnability	n		26
impregnable	a
impregnate	v	30,30		60
impregnation	n		27,22		30:40
impress	nv	37,37	4	60	35:20
impressed	a
impressible	a
impression	n		9,7
impressionable	a
impressionist	an		18
impressionistic	a
impressive	a
impressiveness	n		7,7
impressment	n		4		35:20
imprimatur	n		10
imprint	nv	41,35	9,25	40	41:40
imprinting	n		9		41:40
imprison	v	41,41		20
imprisoned	a
imprisonment	n		4,26		41:20
improbability	n		7
improbable	a
improbableness	n		7
impromptu	an		10,10
improper	a
improperness	n		7
impropriety	n		7,26
improvable	a
improve	v	30,30		c0
improved	a
improvement	n		11,4		30:80
improvidence	n		7
improvident	a
improving	a
improvisation	n		6,4		36:c0
improvise	v	36,41		c0
improvised	a
improvize	v	36		c0
imprudence	n		7
imprudent	a
impudence	n		10,7
impudent	a
impugn	v	32		40
impugnable	a
impuissance	n		7
impuissant	a
impulse	n		16,12
impulse-buy	v	40		40
impulsion	n		19,4		36:1
impulsive	a
impulsiveness	n		7
impunity	n		26
impure	a
impureness	n		26
impurity	n		27,26
imputable	a
imputation	n		10,9		31:40
impute	v	31,31		40
imputrescible	a
in	an		23,27
in-between	a
in-bounds	a
in-chief	a
in-fighting	n		4,4
in-joke	n		10
in-migration	n		4
in-person	a
in-situ	a
in-your-face	a
inability	n		9,7
inaccessibility	n		7
inaccessible	a
inaccuracy	n		7
inaccurate	a
inaction	n		26
inactivate	v	33,30		60
inactivation	n		22,4		30:40
inactive	a
inactiveness	n		26,7
inactivity	n		26,7
inadequacy	n		7,26
inadequate	a
inadequateness	n		7
inadmissibility	n		7
inadmissible	a
inadvertence	n		9,7
inadvertency	n		7
inadvertent	a
inadvisability	n		7
inadvisable	a
inaesthetic	a
inalienable	a
inalterable	a
inane	a
inanimate	a
inanimateness	n		7
inanition	n		7,7
inanity	n		7
inapplicable	a
inapposite	a
inappositeness	n		7
inappreciable	a
inappropriate	a
inappropriateness	n		7,7
inapt	a
inaptitude	n		9
inaptness	n		7
inarguable	a
inarticulate	a
inartistic	a
inattention	n		9
inattentive	a
inattentiveness	n		9,7
inaudibility	n		7
inaudible	a
inaudibleness	n		7
inaugural	an		10,4
inaugurate	v	41,41		40
inauguration	n		4,4		41:40
inauspicious	a
inauspiciousness	n		7
inauthentic	a
inboard	a
inborn	a
inbound	a
inbred	a
inbreeding	n		4
inbuilt	a
incalculable	a
incalescence	n		7
incan	an		18
incandesce	v	30,30		c0
incandescence	n		19,7		30:40
incandescent	a
incantation	n		10
incapability	n		9,7
incapable	a
incapableness	n		9,7
incapacitate	v	30,29		60
incapacitated	a
incapacitating	a
incapacity	n		9,7
incarcerate	v	41		20
incarceration	n		26		41:20
incarnadine	v	30		40
incarnate	av	36,42		40
incarnation	n		18,10		42:40
incase	v	35		40
incased	a
incasement	n		4		35:40
incaution	n		7
incautious	a
incautiousness	n		7
incendiarism	n		4
incendiary	an		18,6
incense	nv	39,37	27,9	60	39:40
incensed	a
incentive	n		16,21
inception	n		11
incertain	a
incertitude	n		9
incessancy	n		7
incessant	a
incessantness	n		7
incest	n		4
incestuous	a
inch	nv	38	23,23	80	38:80
inchoate	a
inchoative	an		24
inchon	n		15,4
incidence	n		24,19
incident	an		11,26
incidental	an		21,10
incinerate	v	30,30		c0
incineration	n		4		30:80
incipient	a
incise	v	35		40
incised	a
incision	n		25,4		35:40
incisive	a
incisiveness	n		7
incitation	n		16,4		36:61
incite	v	36,32		61
incitement	n		4,10		32:61
incitive	a
incivility	n		7
inclemency	n		26,7
inclement	a
inclementness	n		26
inclination	n		9,25		42:1
incline	nv	42,39	17,6	41	38:80
inclined	a
inclining	n		4		39:40
inclose	v	35,30		40
inclosure	n		10,4		30:40
include	v	42,31		40
included	a
inclusion	n		26,24
inclusive	a
incognito	a
incognizable	a
incognizance	n		9
incognizant	a
incognoscible	a
incoherence	n		26,10
incoherency	n		26,10
incoherent	a
incombustible	a
income	n		21
incoming	an		4
incommensurable	a
incommensurate	a
incommode	v	41		60
incommodious	a
incommodiousness	n		26
incommunicado	a
incommunicative	a
incommutability	n		7
incommutable	a
incomparable	a
incompatibility	n		24,26
incompatible	a
incompetence	n		7,26
incompetency	n		7
incompetent	an		18
incomplete	a
incompleteness	n		26
incomprehensibility	n		7
incomprehensible	a
incomprehension	n		9
incomprehensive	a
incompressibility	n		7
incompressible	a
incomputable	a
inconceivability	n		26
inconceivable	a
inconceivableness	n		26
inconclusive	a
inconclusiveness	n		7
incongruent	a
incongruity	n		7
incongruous	a
incongruousness	n		7
inconsequence	n		7,7
inconsequent	a
inconsequential	a
inconsiderable	a
inconsiderate	a
inconsiderateness	n		7
inconsideration	n		7
inconsistency	n		24,7
inconsistent	a
inconsolable	a
inconspicuous	a
inconspicuousness	n		7
inconstancy	n		7,7
inconstant	a
incontestable	a
incontestible	a
incontinence	n		22,7
incontinency	n		22
incontinent	a
incontrovertibility	n		7
incontrovertible	a
incontrovertibleness	n		7
inconvenience	nv	41	26,7	60	41:60
inconvenient	a
inconvertibility	n		7
inconvertible	a
incoordination	n		9
incorporate	av	30,42		40
incorporated	a
incorporation	n		4,9		35:40
incorporative	a
incorporeal	a
incorporeality	n		7
incorrect	a
incorrectness	n		7,7
incorrigible	a
incorrupt	a
incorruptibility	n		7
incorruptible	a
incorruption	n		7
incorruptness	n		7
increase	nv	30,30	23,11	c0	30:40
increased	a
increasing	a
incredibility	n		7
incredible	a
incredibleness	n		7
incredulity	n		9
incredulous	a
increment	n		22,7
incremental	a
incriminate	v	42,32		60
incriminating	a
incrimination	n		10		42:40
incriminatory	a
incrust	v	35,35		40
incrustation	n		22,17		30:80
incubate	v	30,29		80
incubation	n		4,28		30:80
incubus	n		18,26
inculcate	v	31		40
inculcation	n		4		31:40
inculpability	n		26
inculpable	a
inculpableness	n		26
inculpate	v	42		40
inculpation	n		10		42:40
inculpative	a
inculpatory	a
incumbency	n		28,4
incumbent	an		18
incumbrance	n		21,9
incur	v	42,30		c0
incurability	n		7,7
incurable	an		18
incurableness	n		7
incurious	a
incurrence	n		4		42:40
incurring	n		4		42:40
incursion	n		4,4
incursive	a
incurvate	av	38,35		c0
incurvation	n		25,4		35:40
incurved	a
indebted	a
indebtedness	n		26,24
indecency	n		7,4
indecent	a
indecipherable	a
indecision	n		9,7
indecisive	a
indecisiveness	n		9,7
indecorous	a
indecorousness	n		7
indecorum	n		7,4
indefatigability	n		7
indefatigable	a
indefatigableness	n		7
indefeasible	a
indefensible	a
indefinable	a
indefinite	a
indefiniteness	n		7
indefinity	n		7
indehiscent	a
indelible	a
indelicacy	n		7,4
indelicate	a
indemnification	n		21,4		40:40
indemnify	v	40,40		60
indemnity	n		26,26		40:60
indent	nv	36,35	10,10	40	36:40
indentation	n		25,22		35:40
indention	n		10
indenture	nv	32	25,10	20
indentured	a
independence	n		26,11
independency	n		26
independent	an		18,18
indescribable	a
indestructibility	n		7
indestructible	a
indeterminable	a
indeterminacy	n		7
indeterminate	a
indeterminateness	n		7
indetermination	n		7
index	nv	41,40	24,10	60	31:40
indexation	n		4		31:40
indexical	a
indexing	n		4		40:40
indexless	a
indian	an		18,18
indic	n		10
indicant	n		10,10		32:40
indicate	v	32,32		64
indication	n		10,10		32:40
indicative	an		24
indicator	n		10,10		32:40
indicatory	a
indict	v	41		20
indictability	n		26
indictable	a
indictment	n		10,10		41:20
indie	an		14,14
indifference	n		12,12
indifferent	a
indigence	n		26
indigenous	a
indigenousness	n		7
indigent	a
indigestibility	n		7
indigestible	a
indigestibleness	n		7
indigestion	n		26
indignant	a
indignation	n		12
indignity	n		4
indigo	an		27,20
indirect	a
indirection	n		4,4
indirectness	n		7
indiscernible	a
indiscipline	n		7
indiscreet	a
indiscreetness	n		9
indiscrete	a
indiscretion	n		7,4
indiscriminate	a
indiscriminating	a
indispensability	n		7
indispensable	a
indispensableness	n		7
indispose	v	31,30		41
indisposed	a
indisposition	n		26,7		29:40
indisputability	n		7
indisputable	a
indissoluble	a
indistinct	a
indistinctness	n		7
indistinguishability	n		7
indistinguishable	a
indite	v	36		40
individual	an		3,18		30:40
individualisation	n		9		31:40
individualise	v	31,30		40
individualised	a
individualism	n		7,9
individualist	an		18
individualistic	a
individuality	n		7,7
individualization	n		9		31:40
individualize	v	31,30		40
individualized	a
individuate	v	42,30		40
individuation	n		9,7		42:40
indivisible	a
indo-aryan	an		10
indo-european	an		18,10
indo-germanic	a
indo-hittite	n		10
indo-iranian	n		10
indocile	a
indoctrinate	v	31		20
indoctrination	n		4		31:20
indolence	n		7
indolent	a
indomitability	n		7
indomitable	a
indonesian	an		18,10
indoor	a
indorse	v	41,41		60
indorsement	n		10,10		41:60
indrawn	a
indubitability	n		7
indubitable	a
induce	v	36,32		43
induced	a
inducement	n		16,4		32:3
inducing	n		4		36:40
inducive	a
induct	v	41,41		20
inductance	n		19,6
induction	n		11,19		41:20
inductive	a
indue	v	41		20
indulge	v	41,34		e0
indulgence	n		7,7		34:40
indulgent	a
indulging	n		4		41:20
indurate	av	30,30		c0
induration	n		26		30:40
indusial	a
industrial	a
industrial-strength	a
industrialisation	n		4		30:80
industrialise	v	30,30		c0
industrialised	a
industrialization	n		4		30:80
industrialize	v	30,30		c0
industrialized	a
industrious	a
industriousness	n		7
industry	n		14,4
indwell	v	42		40
indweller	n		22,18		42:40
indwelling	a
inebriate	nv	37,34	18	60	34:40
inebriated	a
inebriation	n		26,26		34:40
inebriety	n		26
inedible	a
ineffable	a
ineffective	a
ineffectiveness	n		7
ineffectual	a
ineffectuality	n		7
ineffectualness	n		7
inefficacious	a
inefficaciousness	n		7
inefficacy	n		7
inefficiency	n		9
inefficient	a
inelaborate	a
inelastic	a
inelasticity	n		7
inelegance	n		7
inelegant	a
ineligibility	n		7
ineligible	a
ineluctability	n		7
ineluctable	a
inept	a
ineptitude	n		9,7
ineptness	n		9,7
inequality	n		7
inequitable	a
inequity	n		7
ineradicable	a
inerrable	a
inerrancy	n		7
inerrant	a
inert	a
inertia	n		7,19
inertial	a
inertness	n		7
inescapable	a
inessential	an		17
inessentiality	n		7
inestimable	a
inevitability	n		7
inevitable	an		11
inevitableness	n		7
inexact	a
inexactitude	n		7
inexactness	n		7
inexcusable	a
inexhaustible	a
inexorability	n		7
inexorable	a
inexorableness	n		7
inexpedience	n		7
inexpediency	n		7
inexpedient	a
inexpensive	a
inexpensiveness	n		7
inexperience	n		9
inexperienced	a
inexperient	a
inexpert	a
inexpiable	a
inexplicable	a
inexplicit	a
inexplicitness	n		7
inexpressible	a
inexpressive	a
inexpugnable	a
inexpungeable	a
inexpungible	a
inextensible	a
inexterminable	a
inextinguishable	a
inextirpable	a
inextricable	a
infallibility	n		7
infallible	a
infamous	a
infamy	n		26,26
infancy	n		28,26
infanticide	n		18,4
infantile	a
infantilism	n		26,4
infarct	n		26
infarction	n		26
infatuate	v	37		60
infatuated	a
infatuation	n		12,12		37:60
infeasibility	n		7
infeasible	a
infect	v	29,29		20
infected	a
infection	n		26,22		29:20
infectious	a
infective	a
infelicitous	a
infelicity	n		7
infer	v	31,32		44
inference	n		9		32:44
inferential	a
inferior	an		18,10
inferiority	n		26,7
infernal	an		18
inferno	n		15,11
infertile	a
infertility	n		26
infest	v	38,42		c0
infestation	n		26,14		42:c0
infidelity	n		7
infiltrate	v	38,41		40
infiltration	n		4,22		41:40
infinite	an		3
infiniteness	n		7
infinitesimal	an		9
infinitival	a
infinitive	n		10
infinitude	n		23,7
infirm	a
infirmity	n		26
infix	nv	35,35	10	40	35:40
inflame	v	29,43		c0
inflamed	a
inflaming	n		4		37:40
inflammability	n		7
inflammable	a
inflammation	n		26,26		29:40
inflammatory	a
inflatable	a
inflate	v	30,30		40
inflated	a
inflation	n		22,11		30:40
inflationary	a
inflect	v	32,32		40
inflected	a
inflection	n		24,10		32:40
inflectional	a
inflexibility	n		7,7
inflexible	a
inflexibleness	n		7
inflict	v	32		40
infliction	n		4,4		32:40
inflorescence	n		22,20
inflow	n		22
inflowing	a
influence	nv	41,31	7,4	61	32:28
influent	a
influential	a
influenza	n		26
influx	n		22
info	n		10
infolding	n		22
infomercial	n		10
inform	v	32,30		c0
informal	a
informality	n		7,7
informatics	n		9
information	n		10,9		32:80
informational	a
informative	a
informatory	a
informed	a
informercial	n		10
informing	n		10,10		32:80
infotainment	n		10
infract	v	41		40
infraction	n		4		41:40
infrahuman	a
inframaxillary	a
infrangible	a
infrared	an		7,19
infrasonic	a
infrequency	n		7
infrequent	a
infrigidation	n		22
infringe	v	41,38		80
infringement	n		4,4		41:80
infructescence	n		22
infuriate	v	37		60
infuriated	a
infuriating	a
infuriation	n		12		37:60
infuscate	v	30		80
infuse	v	31,30		60
infusion	n		27,22		30:80
ingathering	n		10
ingeminate	v	32		44
ingenious	a
ingeniousness	n		9,7
ingenuity	n		9,7
ingenuous	a
ingenuousness	n		7,7
ingest	v	34,31		40
ingestion	n		4		34:40
inglorious	a
ingraft	v	35		40
ingrain	v	35,31		40
ingrained	a
ingraining	n		4
ingratiate	v	37		20
ingratiating	a
ingratiation	n		4
ingratiatory	a
ingratitude	n		12
ingredient	n		6,9
ingress	n		11,4
ingrian	n		18,10
ingrowing	a
ingrown	a
inguinal	a
ingurgitate	v	34		80
inhabit	v	42,42		c0
inhabitable	a
inhabitancy	n		4		42:80
inhabitation	n		4		42:40
inhabited	a
inhalant	an		27,6		29:c0
inhalation	n		4,6		34:c0
inhale	v	34,29		c0
inharmonic	a
inharmonious	a
inharmoniousness	n		7
inhere	v	42		80
inherence	n		26		42:80
inherency	n		26
inherent	a
inherit	v	40,40		40
inheritable	a
inheritance	n		4,21		40:40
inherited	a
inheriting	a
inhibit	v	30,30		60
inhibited	a
inhibition	n		4,7		30:60
inhibitory	a
inhomogeneity	n		7
inhomogeneous	a
inhospitable	a
inhospitableness	n		26,7
inhospitality	n		10
inhuman	a
inhumane	a
inhumaneness	n		7
inhumanity	n		7,4
inhumation	n		11		41:60
inhume	v	41		60
inhumed	a
inimical	a
inimitable	a
iniquitous	a
iniquity	n		26,4
initial	anv	32	10	40	32:40
initialisation	n		10		30:80
initialise	v	31,30		c0
initialization	n		10		31:40
initialize	v	31,30		c0
initiate	nv	36,36	18,18	40	41:20
initiation	n		11,4		41:20
initiative	an		7,4
initiatory	a
inject	v	29,30		60
injectable	a
injection	n		4,27		35:20
injudicious	a
injudiciousness	n		9,7
injunction	n		10,10		32:5
injure	v	29,37		60
injured	a
injurious	a
injuriousness	n		7
injury	n		26,11		29:60
injustice	n		4,7
ink	nv	32,30	27,8	40	30:40
ink-black	a
ink-jet	a
inkblot	n		7
inkiness	n		7
inkling	n		9
inky	a
inky-black	a
inlaid	a
inland	a
inlay	nv	36	6,6	40	36:40
inmarriage	n		26		41:80
inmarry	v	41		80
inmost	a
innate	a
innateness	n		7
inner	a
innermost	a
innervate	v	40,30		40
innervation	n		26,7		40:40
innings	n		4
innocence	n		7,26
innocency	n		7
innocent	an		18
innocuous	a
innovate	v	36		40
innovation	n		6,9		36:40
innovational	a
innovative	a
innovativeness	n		9
innoxious	a
innuendo	n		10
innumerable	a
innumerableness	n		7
innumerate	a
innumerous	a
inoculate	v	32,30		60
inoculating	n		4		29:a0
inoculation	n		4		29:a0
inodorous	a
inoffensive	a
inoperable	a
inoperative	a
inopportune	a
inopportuneness	n		7
inordinate	a
inordinateness	n		7
inorganic	a
inosculate	v	35,35		c0
inpour	n		22
inpouring	an		22
input	nv	35	10,10	40
inquest	n		4
inquietude	n		12
inquire	v	32,31		a1
inquiring	an		10		32:e0
inquiry	n		9,10		32:a1
inquisition	n		14,10
inquisitive	a
inquisitiveness	n		9
inquisitorial	a
inquisitory	a
inroad	n		4,4
inrush	n		22
insalubrious	a
insalubriousness	n		7
insalubrity	n		7
insane	a
insaneness	n		26
insanitary	a
insanity	n		26
insatiable	a
insatiate	a
inscribe	v	35,41		e0
inscribed	a
inscription	n		10,10
inscriptive	a
inscrutability	n		7
inscrutable	a
insectan	a
insecticidal	a
insectivorous	a
insecure	a
insecureness	n		26
insecurity	n		26,12
inseminate	v	35,29		60
insemination	n		4,4		35:40
insensate	a
insensibility	n		9,7
insensible	a
insensitive	a
insensitiveness	n		7
insensitivity	n		7
insentience	n		7
insentient	a
inseparable	a
insert	nv	35,30	10,6	40	30:40
insertion	n		10,4		35:40
inset	nv	30	6,6	40	30:40
inshore	a
inside	an		15,15
inside-out	a
insidious	a
insidiousness	n		7,7
insight	n		9,12
insightful	a
insightfulness	n		9
insignia	n		10
insignificance	n		7
insignificant	a
insincere	a
insincerity	n		7
insinuate	v	38,32		24
insinuating	a
insinuation	n		10,4		32:4
insipid	a
insipidity	n		7,7
insipidness	n		7,7
insist	v	32,32		a0
insistence	n		10,26		32:80
insistency	n		26,4
insistent	a
insisting	n		10		32:20
insobriety	n		26
insolate	v	39		40
insolation	n		26,19		39:40
insolence	n		7,4
insolent	a
insolubility	n		7,7
insoluble	a
insolvable	a
insolvency	n		26
insolvent	an		18
insomnia	n		26
insomniac	an		18
insouciance	n		12
insouciant	a
inspan	v	35		40
inspect	v	39,38		60
inspection	n		4		38:40
inspectorship	n		4
inspiration	n		9,6		36:40
inspirational	a
inspiratory	a
inspire	v	37,36		60
inspired	a
inspiring	a
inspirit	v	30		60
inspiriting	a
inspissate	v	30,30		40
inspissation	n		22,4		30:40
inst	a
instability	n		26,7
instal	v	35,41		60
install	v	35,41		60
installation	n		4,6		41:20
installing	n		4		35:60
installment	n		21,10
instalment	n		10,10
instance	nv	32	11,9	40	39:40
instancy	n		7,7
instant	an		28,28
instantaneous	a
instantaneousness	n		7
instantiate	v	39,39		c0
instantiation	n		9		39:40
instauration	n		4
instigate	v	32,32		61
instigation	n		10,4		32:1
instigative	a
instil	v	35		40
instill	v	40,35		c0
instillation	n		4,27		35:40
instilling	n		4		31:40
instillment	n		4		35:40
instilment	n		4		35:40
instinct	an		9
instinctive	a
institute	nv	36,36	14	40
institutional	a
institutionalise	v	40		20
institutionalised	a
institutionalize	v	40		20
institutionalized	a
instroke	n		11
instruct	v	32,32		65
instruction	n		10,4		32:65
instructional	a
instructions	n		10
instructive	a
instructorship	n		4
instrument	nv	40,36	6,4	40	40:40
instrumental	a
instrumentalism	n		9
instrumentality	n		14,7
instrumentate	v	36		40
instrumentation	n		6,4		40:40
insubordinate	a
insubordination	n		7,4
insubstantial	a
insubstantiality	n		7,7
insufferable	a
insufficiency	n		26,26
insufficient	a
insufflate	v	40,29		60
insufflation	n		22,4		29:40
insular	a
insularism	n		26
insularity	n		26
insulate	v	30,30		60
insulation	n		26,27		30:60
insult	nv	32	10,4	60	32:60
insulting	a
insuperable	a
insupportable	a
insurability	n		7
insurable	a
insurance	n		21,10		32:60
insure	v	31,32		44
insured	an		18
insurgence	n		4
insurgency	n		4
insurgent	an		18,18
insurmountable	a
insurrection	n		4
insurrectional	a
insurrectionary	a
insurrectionism	n		9
insusceptible	a
intact	a
intactness	n		26
intaglio	n		10,6
intake	n		4,6
intangibility	n		7
intangible	an		21
intangibleness	n		7
integral	an		9		31:c0
integrality	n		26
integrate	v	30,41		40
integrated	a
integrating	n		4		41:40
integration	n		4,4		41:40
integrative	a
integrity	n		26,7
integumental	a
integumentary	a
intellect	n		9,9
intellection	n		9
intellectual	an		18
intellectualisation	n		22
intellectualization	n		22
intelligence	n		9,14
intelligent	a
intelligibility	n		7
intelligible	a
intemperance	n		7,4
intemperate	a
intemperateness	n		4,4
intend	v	31,31		41
intended	a
intense	a
intensification	n		4,4		30:c0
intensified	a
intensifier	n		10		30:40
intensify	v	30,30		c0
intensifying	a
intension	n		10
intensional	a
intensity	n		7,7		30:c0
intensive	an		10
intensiveness	n		7
intent	an		9,10		31:41
intention	n		9,9
intentional	a
intentionality	n		7
intentness	n		7
inter	v	41		60
interact	v	41		80
interaction	n		4,19		41:80
interactional	a
interactive	a
interbred	a
interbreed	v	35		40
interbreeding	n		4,4		35:40
intercalary	a
intercalate	v	30		40
intercede	v	32		80
intercellular	a
intercept	nv	35,39	9	60
interception	n		4,4		35:60
intercession	n		10,4		32:80
interchange	nv	40,40	6,4	40	40:40
interchangeability	n		7
interchangeable	a
interchangeableness	n		7
interchurch	a
intercollegiate	a
intercommunicate	v	42,32		c0
intercommunication	n		10		32:c0
intercommunion	n		4
interconnect	v	42,35		e0
interconnected	a
interconnectedness	n		26
interconnection	n		26,4		42:80
intercontinental	a
intercostal	an		8
intercourse	n		10,4
intercrossed	a
interdenominational	a
interdepartmental	a
interdepend	v	42		80
interdependent	a
interdict	nv	36,32	10,10	41	32:41
interdiction	n		10,10		32:41
interdisciplinary	a
interest	nv	37,42	9,7	60	42:60
interest-bearing	a
interested	a
interestedness	n		9
interesting	a
interestingness	n		7
interface	n		6,10
interfacial	a
interfaith	a
interfere	v	41,41		80
interference	n		10,4		41:80
interfering	a
intergalactic	a
interim	an		28
interior	an		15,15		31:40
interiorise	v	31		40
interiorize	v	31		40
interject	v	32		44
interjection	n		10,4		32:44
interlace	v	35,35		40
interlaced	a
interlacing	a
interlanguage	n		10
interlard	v	30		40
interleaf	n		10
interleave	v	40,35		c0
interlineal	a
interlinear	a
interlingua	n		10
interlink	v	42,35		e0
interlinking	a
interlobular	a
interlock	nv	30,35	6,4	40	35:40
interlocking	an		11,4		35:80
interlocutory	a
interlope	v	41		80
interlude	nv	36	28,4	80	36:80
intermarriage	n		26,26		41:80
intermarry	v	41		80
intermediate	anv	32	27	80
intermediation	n		4		32:80
interment	n		11		41:60
intermeshed	a
intermezzo	n		10,10
interminable	a
intermingle	v	35		c0
intermission	n		4,28		32:80
intermit	v	32		80
intermittence	n		7
intermittency	n		7
intermittent	a
intermix	v	35		c0
intermolecular	a
intermural	a
intern	nv	41,41	18	e0	41:80
internal	a
internalisation	n		9		31:40
internalise	v	31		40
internality	n		7
internalization	n		9		31:40
internalize	v	31		40
international	an		14
internationale	n		10
internationalisation	n		4		41:40
internationalise	v	41,30		40
internationalism	n		9,7
internationalist	an		18,18
internationalistic	a
internationality	n		7
internationalization	n		4		41:40
internationalize	v	41,30		40
internecine	a
internment	n		26,4		41:60
internship	n		4
interoception	n		9
interoceptive	a
interoperability	n		7
interoperable	a
interpellate	v	32		20
interpellation	n		10,4		32:20
interpenetrate	v	35,35		c0
interpenetration	n		4,4		35:80
interpersonal	a
interplanetary	a
interplay	n		4
interpolate	v	31,30		40
interpolation	n		10,9		30:40
interpose	v	38,38		40
interposition	n		4,4		32:44
interpret	v	31,32		40
interpretable	a
interpretation	n		9,4		32:40
interpretative	a
interpreted	a
interpreting	n		9		32:40
interpretive	a
interracial	a
interred	a
interreflection	n		19
interrelate	v	42,31		c0
interrelated	a
interrogate	v	32,32		60
interrogation	n		10,10		32:20
interrogative	an		10,24
interrogatory	an		10
interrupt	nv	32,30	19	e0
interrupted	a
interruption	n		4,11		32:e0
interscholastic	a
interschool	a
intersect	v	38		80
intersectant	a
intersecting	a
intersection	n		9,6
intersexual	a
interspecies	a
interspecific	a
interspersal	n		4		35:40
intersperse	v	35,30		40
interspersion	n		4		35:40
interstate	an		6
interstellar	a
interstitial	a
interstratify	v	30		40
intertidal	a
intertribal	a
intertrigo	n		12
intertwine	v	35,36		c0
interval	n		28,9
intervene	v	41,42		80
intervening	a
intervention	n		4,10		41:80
intervertebral	a
interview	nv	32,32	10,10	20	32:80
interweave	v	35		c0
interwoven	a
intestacy	n		26
intestate	a
intestinal	a
intifada	n		4
intifadah	n		4
intimacy	n		7,26
intimal	a
intimate	anv	32,32	18	44
intimation	n		10,9		32:40
intimidate	v	37,37		60
intimidated	a
intimidating	a
intimidation	n		4,12		37:60
intolerable	a
intolerance	n		7,9
intolerant	a
intonate	v	32,32		c0
intonation	n		10,4		32:40
intone	v	32,32		c0
intoned	a
intoxicant	an		13,6		34:40
intoxicate	v	37,34		60
intoxicated	a
intoxicating	a
intoxication	n		26,26		29:40
intracellular	a
intracerebral	a
intracranial	a
intractability	n		7
intractable	a
intractableness	n		7
intracutaneous	a
intradepartmental	a
intradermal	a
intradermic	a
intragroup	a
intralinguistic	a
intralobular	a
intramolecular	a
intramural	a
intramuscular	a
intransigence	n		7
intransigency	n		7
intransigent	a
intransitive	an		10
intransitivise	v	30		40
intransitivize	v	30		40
intrapulmonary	a
intrasentential	a
intraspecies	a
intraspecific	a
intrastate	a
intrauterine	a
intravasation	n		26
intravenous	a
intraventricular	a
intrench	v	35		40
intrepid	a
intrepidity	n		7
intricacy	n		7
intricate	a
intrigue	nv	42,31	9,26	e0	31:80
intriguing	a
intrinsic	a
intrinsical	a
intro	n		10,10
introduce	v	32,36		61
introduction	n		4,10
introductory	a
introit	n		10
introject	nv	30	9	80	30:80
introjected	a
introjection	n		9,9		30:80
intromission	n		4		41:60
intromit	v	41		60
introspect	v	31		80
introspection	n		9		31:80
introspective	a
introspectiveness	n		7
introuvable	a
introversion	n		26,22		35:80
introversive	a
introvert	nv	35,30	18	c0	30:40
introverted	a
introvertish	a
introvertive	a
intrude	v	38,41		80
intruding	a
intrusion	n		11,4
intrusive	a
intrusiveness	n		7
intrust	v	40		40
intubate	v	35		40
intubation	n		4		35:40
intuit	v	31		44
intuition	n		9,9		31:44
intuitionism	n		9
intuitionist	a
intuitive	a
intumesce	v	38,30		80
intumescence	n		26,22		30:80
intumescency	n		26,22		30:80
intumescent	a
intussuscept	v	35		80
intussusception	n		22,22		35:80
inunct	v	29		60
inunction	n		4		29:60
inundate	v	35,30		40
inundated	a
inundation	n		19,23		35:40
inure	v	30		20
inured	a
inutile	a
inutility	n		7
invade	v	33,38		40
invading	a
invaginate	v	35,35		c0
invagination	n		26,22		35:40
invalid	anv	41,29	18	60	29:60
invalidate	v	41,32		40
invalidated	a
invalidating	a
invalidation	n		4		41:40
invalidism	n		26
invalidity	n		7
invalidness	n		7
invaluable	a
invaluableness	n		7
invariability	n		7,7
invariable	an		9
invariableness	n		7
invariance	n		7,7
invariant	an		9
invasion	n		4,11		33:40
invasive	a
invective	n		10
inveigh	v	32,32		a0
inveigle	v	32		8
invent	v	36,36		40
invention	n		9,6		36:40
inventive	a
inventiveness	n		9
inventory	nv	41	10,6	40
inventorying	n		4		41:40
inverse	an		24
inversion	n		19,26
invert	v	30,30		40
invertebrate	an		5
inverted	a
invertible	a
invest	v	40,41		60
investigate	v	32,32		e1
investigating	n		4		32:e0
investigation	n		9,4		32:e0
investigative	a
investigatory	a
investing	n		4		40:40
investiture	n		11,4		41:20
investment	n		4,21		40:40
inveterate	a
invidia	n		4
invidious	a
invigilate	v	41		60
invigilation	n		4		41:60
invigorate	v	37,30		60
invigorated	a
invigorating	a
invigoration	n		7,4		30:40
invincibility	n		7
invincible	a
inviolable	a
inviolate	a
invisibility	n		7
invisible	a
invisibleness	n		7
invitation	n		10,7		41:20
invitational	a
invitatory	a
invite	nv	37,41	10	60	41:20
inviting	a
invocation	n		10,10		32:0
invoice	nv	40	10	20	40:20
invoke	v	36,32		40
involucrate	a
involuntariness	n		7
involuntary	a
involute	a
involution	n		22,10
involve	v	42,42		60
involved	a
involvement	n		4,24		42:20
invulnerability	n		26,7
invulnerable	a
inward	a
inward-developing	a
inward-moving	a
inwardness	n		9,9
inweave	v	35		40
inwrought	a
iodinate	v	30		40
iodinated	a
iodinating	a
iodination	n		22		30:40
iodise	v	30,29		40
iodised	a
iodize	v	30,29		40
iodized	a
ionate	v	30		40
ionian	an		18,14
ionic	an		10
ionisation	n		26,22		30:80
ionise	v	30,30		c0
ionised	a
ionization	n		26,22		30:80
ionize	v	30,30		c0
ionized	a
ionophoresis	n		22
iontophoresis	n		4
iontotherapy	n		4
iop	n		19
iota	n		23,10
iou	n		21
ioway	n		18,10
ip	n		9
ipo	n		4
ipsedixitism	n		10
ipsilateral	a
ipsus	n		4
ira	n		14,9
iraki	an		18
iranian	an		18,10
iraqi	an		18
irascibility	n		12
irascible	a
irate	a
ire	n		12,4
ireful	a
irenic	a
iridaceous	a
iridectomy	n		4
iridesce	v	42		80
iridescence	n		7		42:80
iridescent	a
iridic	a
iridocyclitis	n		26
iridokeratitis	n		26
iridoncus	n		26
iridotomy	n		4
irish	an		18,13
iritic	a
iritis	n		26
irk	v	37		60
irksome	a
iron	anv	35	27,6	40
iron-gray	an		7
iron-grey	an		7
ironclad	an		6
ironed	a
ironic	a
ironical	a
ironing	n		6,4		35:40
ironlike	a
ironshod	a
irony	n		10,7
iroquoian	n		10
iroquois	n		18,10
irradiate	v	32,30		40
irradiation	n		26,19		30:60
irrational	an		23
irrationality	n		26
irreality	n		26
irreclaimable	a
irreconcilable	a
irrecoverable	a
irredeemable	a
irredentism	n		9
irreducible	a
irrefutable	a
irregular	an		18,6
irregularity	n		4,7
irrelevant	a
irreligion	n		7
irreligious	a
irreligiousness	n		7
irremediable	a
irremovable	a
irreparable	a
irreplaceable	a
irreplaceableness	n		7
irrepressibility	n		7
irrepressible	a
irreproachable	a
irreproducibility	n		7
irreproducible	a
irresistibility	n		7
irresistible	a
irresistibleness	n		7
irresolute	a
irresoluteness	n		7
irresolution	n		9,7
irresponsibility	n		7
irresponsible	a
irresponsibleness	n		7
irretrievable	a
irreverence	n		9,4
irreverent	a
irreversibility	n		7
irreversible	a
irrevocable	a
irrevokable	a
irridentism	n		9
irrigate	v	30,29		40
irrigation	n		4,4		30:40
irritability	n		12,9
irritable	a
irritant	n		9		37:60
irritate	v	37,29		60
irritated	a
irritating	a
irritation	n		26,12		37:60
irritative	a
irrupt	v	38,30		80
irruption	n		4,22		38:80
irruptive	a
irula	n		10
isaiah	n		18,10
ischaemia	n		26
ischaemic	a
ischemia	n		26
ischemic	a
isentropic	a
islam	n		14,9
islamic	a
islamise	v	30,30		60
islamism	n		14,9
islamize	v	30,30		60
islamophobia	n		9
ism	n		9
ismaili	an		18
ismailism	n		9
isoagglutination	n		22
isobilateral	a
isochronal	a
isochronous	a
isoclinal	an		15
isoclinic	a
isocyclic	a
isogamy	n		22
isogonic	a
isolable	a
isolate	v	30,30		60
isolated	a
isolating	a
isolation	n		26,12		30:60
isolationism	n		10
isolationist	an		18
isolationistic	a
isomeric	a
isomerisation	n		11		30:40
isomerise	v	30,30		c0
isomerism	n		26
isomerization	n		11		30:40
isomerize	v	30,30		c0
isometric	an		10
isometrical	a
isometrics	n		4
isometropia	n		26
isomorphic	a
isomorphism	n		7
isomorphous	a
isomorphy	n		7
isopteran	a
isosceles	a
isosmotic	a
isostasy	n		26
isothermal	a
isothermic	a
isotonic	a
isotopic	a
isotropic	a
isotropous	a
isotropy	n		7
israeli	an		18
issuance	n		4
issue	nv	32,41	9,10	40	32:40
issuing	n		4		41:40
issus	n		4
isthmian	a
it	n		9
italian	an		18,10
italian-speaking	a
italic	an		10,10		36:40
italicise	v	36		40
italicize	v	36		40
itch	nv	39,39	26,12	c0	39:c0
itchiness	n		9
itching	n		9		39:c0
itchy	a
item	n		10,24		32:40
item-by-item	a
itemisation	n		4		32:40
itemise	v	32,32		40
itemization	n		4		32:40
itemize	v	32,32		40
iterate	v	32,30		c4
iteration	n		22,22		32:44
iterative	an		24
itinerant	an		18
itinerary	n		15,10
itinerate	v	38		80
itineration	n		4
itsy-bitsy	a
itty-bitty	a
iv	an		23,4
ivied	a
ivory	n		27,7
ivp	n		6,4
ivry	n		4
ivy-covered	a
iw	n		4
iwo	n		4
ix	an		23
ixc	a
ixl	a
izzard	n		10
j	n		23,10
jab	nv	35,35	4,4	e0	35:e0
jabber	nv	32	10	80	32:80
jabbering	n		10		32:80
jabberwocky	n		10
jabbing	n		4		35:60
jack	nv	35,33	23,18	c0
jack-o'-lantern	n		19,6
jacket	nv	35,29	6,6	60	29:20
jackknife	nv	38	6,4	80	38:80
jacklight	nv	33	6	c0
jackpot	n		21,21
jackrabbit	nv	38	5	80
jacks	n		4
jacksonian	an		18
jackstones	n		6,4
jackstraws	n		4
jacobean	an		18
jacobinic	a
jacobinical	a
jacobinism	n		9
jactation	n		7
jactitate	v	38		80
jactitation	n		10,10
jade	anv	29,29	27,18	e0
jade-green	a
jaded	a
jag	nv	35	17,6	40	35:40
jagatai	n		10
jagged	a
jaggedness	n		7
jaggy	a
jaghatai	n		10
jail	nv	41	6	20	41:20
jailbreak	n		4
jailed	a
jain	a
jainism	n		14,9
jainist	an		18
jam	nv	38,38	13,26	c0
jam-packed	a
jamaican	an		18
jamboree	n		4
jamesian	a
jammed	a
jamming	n		4		32:40
jampack	v	35		40
jangle	nv	39	11	80	39:80
jangling	a
jangly	a
jansenism	n		9
janus-faced	a
japan	nv	36	15,15	40
japanese	an		18,10
japanese-speaking	a
jape	n		10
japery	n		4
jar	nv	42,38	6,23	c0	35:40
jargon	n		10,27
jarring	a
jaundice	nv	30,29	26,7	40	29:40
jaundiced	a
jaunt	nv	38	4	a0	38:a0
jauntiness	n		7,7
jaunty	a
javan	an		18
javanese	an		18,10
javelin	n		11,6
jaw	nv	32,32	8,8	80	34:c0
jawbone	nv	32	8	80
jawbreaker	n		13,10
jawed	a
jawless	a
jaywalk	v	38		80
jazz	nv	36,35	10,10	c0	36:40
jazzy	a
jealous	a
jealousy	n		12,9
jeer	nv	32	10	80	32:80
jeering	an		10		32:80
jeffersonian	an		18
jehad	n		4,4
jejune	a
jejuneness	n		26,7
jejunitis	n		26
jejunity	n		7,7
jejunoileitis	n		26
jejunostomy	n		4
jell	v	30		80
jelled	a
jellied	a
jellify	v	30,30		c0
jelly	nv	30	13,13	40	30:40
jellylike	a
jena	n		4
jeopardise	v	42		40
jeopardize	v	42,41		40
jeopardy	n		26		42:40
jeremiad	n		10
jeremiah	n		18,10
jerk	nv	35,38	18,4	c0	35:40
jerkiness	n		7
jerking	an		4		38:c0
jerkwater	a
jerky	an		13
jerry-building	n		4
jerry-built	a
jest	nv	32,29	10,4	80	29:80
jesting	a
jesuit	an		18
jesuitic	a
jesuitical	a
jesuitism	n		9
jesuitry	n		9
jet	anv	35,38	6,11	80	38:80
jet-black	a
jet-propelled	a
jetting	a
jettison	v	40,35		40
jewel	nv	36	6,18	60	36:60
jeweled	a
jewelled	a
jewish	a
jewish-orthodox	a
jib	nv	41,38	6	80	38:80
jibe	nv	42,38	10	80
jig	nv	38	10,6	80	38:80
jiggered	a
jiggery-pokery	n		10
jiggle	nv	38	4	c0	38:c0
jihad	n		4,4
jihadi	a
jilt	nv	31	18	20	31:20
jilted	a
jimmy	nv	35	6	40	35:40
jinghpaw	n		10
jinghpo	n		10
jingle	nv	39	11,10	80	39:80
jingle-jangle	v	39		80
jingling	a
jingly	a
jingoism	n		10,7
jingoistic	a
jinks	n		4
jinx	nv	32,31	18,10	60	31:40
jinxed	a
jirrbal	n		10
jitter	n		11,11
jitterbug	nv	38	4	80	38:80
jitteriness	n		12
jittering	a
jitters	n		26
jittery	a
jiujitsu	n		4
jive	nv	36	10	80	36:80
jnd	n		9
job	nv	41,41	4,4	c0	41:80
jobbery	n		7
jobless	a
jockey	nv	33,33	18,18	e0	33:80
jocose	a
jocoseness	n		7
jocosity	n		10,7
jocular	a
jocularity	n		12,10
jocund	a
jocundity	n		12
joel	n		18,10
jog	nv	42,38	25,4	c0	38:80
jogging	n		4		38:80
joggle	nv	38,35	6,4	c0	35:40
join	nv	41,35	25,14	e0
joined	a
joinery	n		6,4
joining	n		4		42:80
joint	anv	42,40	8,6	c0
jointed	a
jointure	n		21,4		42:80
joke	nv	32,29	10,4	80	29:80
joking	a
jollification	n		4		41:80
jollify	v	41		80
jolliness	n		12
jollity	n		12
jolly	anv	32	11,6	80	32:80
jolt	nv	38,37	11,4	e0	38:c0
jolted	a
jolting	a
jolty	a
jordanian	an		18
josh	v	32		80
joshua	n		18,10
jostle	nv	38,38	4	e0	38:e0
jostling	n		4		38:80
josue	n		10
jot	nv	32	10,23	40	32:40
jotter	n		10		32:40
jotting	n		10		32:40
jounce	nv	38	11	80
journal	n		10,10
journalese	n		10
journalism	n		10,4
journalistic	a
journey	nv	38,38	4	e0	38:40
journeying	n		4		38:a0
joust	nv	33	11	80	33:80
jovial	a
joviality	n		12,7
jovian	a
jowly	a
joy	nv	37,37	12,9	e0	37:60
joyful	a
joyfulness	n		12
joyless	a
joylessness	n		12
joyous	a
joyousness	n		12
joyride	nv	38	4	80	38:80
jubilance	n		12		32:80
jubilancy	n		12		32:80
jubilant	a
jubilate	v	41,32		c0
jubilation	n		12,11		32:80
judaic	a
judaical	a
judaism	n		14,9
judder	v	38		c0
jude	n		18,10
judeo-christian	a
judeo-spanish	n		10
judge	nv	31,31	18,18	75	41:20
judgement	n		10,9
judges	n		10
judgeship	n		4
judging	n		9		31:c4
judgment	n		9,4		32:30
judgmental	a
judicable	a
judicial	a
judicious	a
judiciousness	n		9,7
judith	n		18,10
judo	n		4
jug	nv	41,30	6,23	60	30:40
juggle	nv	41,41	4,4	e0	41:40
jugglery	n		4,4		41:a0
juggling	n		4,4		41:40
jugular	an		8,7
juice	n		13,26
juiceless	a
juiciness	n		7
juicy	a
jujitsu	n		4
juju	n		9,6
jujutsu	n		4
juke	n		6,4
julian	an		18
julienne	nv	35	13,13	40
jumble	nv	42,36	26,13	c0	35:40
jumbled	a
jumbo	a
jumentous	a
jump	nv	38,38	11,11	c0	30:80
jump-start	nv	38,30	4	40
jumped-up	a
jumpiness	n		12
jumping	n		4,4		38:80
jumpstart	nv	38,30	4	40
jumpy	a
junction	n		6,26
juncture	n		11,26
jungian	an		18
jungly	a
junior	an		18,18
junior-grade	a
junk	nv	40	27,6	40	40:40
junket	nv	38,34	13,4	a0	38:80
junketeer	v	38		80
junketing	n		4		38:80
junoesque	a
jural	a
jurassic	an		28
juridic	a
juridical	a
jurisdiction	n		7,15
jurisdictional	a
jurisprudence	n		9,14
jurisprudential	a
juristic	a
jury-rigged	a
just	a
justice	n		7,4
justifiable	a
justification	n		9,10		32:40
justificative	a
justificatory	a
justified	a
justify	v	32,32		40
justness	n		7,7
jut	nv	42	25,4	80
jutish	n		10
jutland	n		15,4
jutting	an		4		42:80
juvenescence	n		22
juvenile	an		18
juvenility	n		26,7
juxtapose	v	35		40
juxtaposed	a
juxtaposition	n		4,15		35:40
k	an		23,27
kabala	n		10,9
kabbala	n		10,9
kabbalah	n		10,9
kabbalism	n		9,4
kabbalistic	a
kachin	n		10
kachinic	n		10
kadai	n		10
kafiri	n		10
kafkaesque	a
kainogenesis	n		22
kala-azar	n		26
kalapooian	n		10
kalapuyan	n		10
kale	n		21,20
kaleidoscope	n		9,6
kaleidoscopic	a
kaleidoscopical	a
kalemia	n		26
kaliuresis	n		26
kalka	n		18,10
kaluresis	n		26
kam-sui	n		10
kam-tai	n		10
kamarupan	n		10
kamasutra	n		10
kamba	n		10
kamia	n		18,10
kampuchean	an		18
kanarese	n		18,10
kannada	n		10
kannada-speaking	a
kansa	n		18,10
kantian	a
kaph	n		10
kappa	n		10
kapsiki	n		10
kaput	a
karakalpak	n		18,10
karaoke	n		4
karate	n		4
karelian	n		18,10
karen	n		10
karenic	n		10
karma	n		11
karok	n		18,10
karyokinesis	n		22
karyokinetic	a
karyolysis	n		22
kashmiri	an		18,10
kassite	n		18,10
katabatic	a
katabolic	a
katabolism	n		22
katamorphism	n		22
katari	an		18
katharevusa	n		10
katharobic	a
katharsis	n		4,4
katzenjammer	n		26,11
kayak	nv	38	6	80	38:80
kayo	nv	35	4	20
kayoed	a
kazakhstani	an		18
kechuan	an		10
keel	nv	38	25,8	80
keel-shaped	a
keeled	a
keen	anv	37	10	40	37:40
keen-eyed	a
keen-sighted	a
keenness	n		9,12
keep	nv	42,42	21,6	78	34:60
keeping	n		4,4		41:40
kekchi	n		18,10
keloid	n		26
kelter	n		26
kempt	a
ken	n		9,9
kennel	nv	41	6	40	41:40
kenning	n		10
keno	n		4
kenogenesis	n		22
kentish	n		10,10
kenyan	an		18
kept	a
kera	n		10
keratalgia	n		26
keratectasia	n		26
keratinisation	n		22		30:80
keratinise	v	30,30		c0
keratinization	n		22		30:80
keratinize	v	30,30		c0
keratitis	n		26
keratoacanthoma	n		26
keratocele	n		26
keratoconjunctivitis	n		26
keratoconus	n		26
keratoderma	n		26
keratodermia	n		26
keratoiritis	n		26
keratomalacia	n		26
keratomycosis	n		26
keratonosis	n		26
keratonosus	n		26
keratoplasty	n		4
keratoscleritis	n		26
keratoscopy	n		4
keratosis	n		26
keratotomy	n		4
kerfuffle	n		26
kerion	n		26
kern	nv	40,40	18,6	40	40:40
kernicterus	n		26
kerugma	n		10
kerygma	n		10
ketoacidosis	n		26
ketoaciduria	n		26
ketonemia	n		26
ketonuria	n		26
ketosis	n		26
ketubim	n		10
key	anv	31,40	6,9	60	35:40
keycard	n		10
keyed	a
keyless	a
keynesian	an		18
keynesianism	n		9
keynote	nv	30,32	10,9	40	32:40
keystone	n		9,6
keystroke	n		4
khaki	an		6
khalka	n		18,10
khalkha	n		18,10
khamsin	n		19
khamti	n		10
khanate	n		15,4
khanty	n		18,10
khi	n		10
khirghiz	n		18,10
khmer	n		10,18
khoikhoi	n		10
khoikhoin	n		10
khoisan	n		10
khowar	n		10
khuen	n		10
ki	n		26,18
kibbitz	v	32		80
kibe	n		26
kibitz	v	32		80
kibosh	v	41		40
kichaga	n		10
kick	nv	35,38	4,12	c0	35:60
kick-start	v	38		40
kickapoo	n		18,10
kickback	n		21		40:40
kicking	n		4,4		35:40
kickoff	n		4,28		41:40
kid	nv	32,32	18,27	a0
kid-glove	a
kidnap	v	35		20
kidnapping	n		4		35:20
kidney-shaped	a
kiliwa	n		18,10
kiliwi	n		18,10
kill	nv	35,41	4,4	60	35:40
killable	a
killer	n		18,26		35:60
killing	an		11,4		35:40
kiln-dried	a
kilter	n		26
kin	an		18,14
kinaesthesia	n		9,9
kinaesthesis	n		9
kinaesthetic	a
kinanesthesia	n		9
kind	an		9
kind-hearted	a
kind-heartedness	n		12
kindhearted	a
kindheartedness	n		12
kindle	v	43,43		c0
kindled	a
kindliness	n		7
kindling	n		27,4		43:80
kindly	a
kindness	n		7,7
kindred	an		14
kinematics	n		9
kinesiology	n		9
kinesis	n		4
kinesthesia	n		9,9
kinesthesis	n		9
kinesthetic	a
kinesthetics	n		9
kinetic	a
kinetics	n		9
kinetosis	n		26
king-size	a
king-sized	a
kingdom	n		26,15
kinglike	a
kingly	a
kingship	n		26
kink	nv	35,30	26,25	c0	30:80
kinky	a
kinyarwanda	n		10
kiowa	n		18,10
kip	nv	29	28,23	80	29:80
kiplingesque	a
kismat	n		11
kismet	n		11
kiss	nv	35,35	4,13	e0	35:e0
kissing	n		4		35:e0
kiswahili	n		10
kit	nv	40	6,6	60	40:60
kite	nv	40,40	21,21	c0	40:40
kitschy	a
kittee	n		4
kitten	nv	29	5	80	29:80
kittenish	a
kitty	n		21,21
kitty-corner	a
kitty-cornered	a
kiwi-sized	a
klondike	n		15,4
knack	n		9
knackered	a
knap	v	35,35		c0
knavery	n		4
knavish	a
knead	v	35,35		60
knee-deep	a
knee-length	a
kneecap	nv	33	8	20
kneel	nv	35	4	80	35:80
kneeling	n		4		35:80
knell	nv	39,39	11	c0	39:40
knife	nv	35	6,6	20	35:20
knife-edge	n		7
knifelike	a
knight	nv	41	18,6	20	41:20
knightliness	n		9
knightly	a
knit	nv	36,36	6,6	c0	36:c0
knitted	a
knitting	n		6,4		36:c0
knobbed	a
knobbly	a
knobby	a
knock	nv	35,35	11,9	e0	39:80
knock-down	a
knock-down-and-drag-out	a
knock-knee	n		26
knock-kneed	a
knockabout	an		6
knockdown	an		4		35:20
knockdown-dragout	a
knocked-out	a
knocking	n		11		39:80
knockout	an		18,4		35:20
knot	nv	36,35	14,6	40	35:40
knotted	a
knottiness	n		7
knotty	a
know	nv	31,31	9	c5
know-how	n		9
knowable	a
knowing	an		9		31:c4
knowingness	n		9,9
knowledgeability	n		7
knowledgeable	a
knowledgeableness	n		7
known	a
knuckle	nv	35,35	8	c0	35:40
knuckleball	n		4
knucklebones	n		4
knuckler	n		4
ko	n		4
ko'd	a
koan	n		10
koasati	n		18,10
koine	n		10,10
kokka	an		14
kola	n		20,10
kolami	n		10
komi	n		18,10
kongo	n		10
konqueror	n		10
kookie	a
kooky	a
koran	n		10
koranic	a
kordofanian	n		10
korean	an		18,10
kosher	an		13
kota	n		18,10
kotar	n		18,10
kotoko	n		10
kotow	nv	32	10	80	32:80
kowtow	nv	38,32	10	80	32:80
kraurosis	n		26
krishnaism	n		9
kuchean	n		10
kudos	n		10
kui	n		18,10
kuki	n		10
kuki-chin	n		10
kulanapan	n		10
kurdish	an		10
kuroshio	n		19
kuru	n		26
kurux	n		10
kusan	n		18,10
kuvi	n		10
kuwaiti	an		18
kvetch	nv	32	18,10	84
kwa	n		10
kwajalein	n		15,4
kwakiutl	n		18,10
kwanza	n		23,4
kwanzaa	n		4
kwashiorkor	n		26
kwela	n		10
kyphosis	n		26
kyphotic	a
kyrgyzstani	a
l	an		23,23
l-shaped	a
la-di-da	a
labanotation	n		10
label	nv	32,35	10,10	60	32:30
labeled	a
labelled	a
labial	an		10
labialise	v	32		40
labialize	v	32		40
labiate	a
labile	a
labiodental	n		10
labor	nv	41,41	14,4	81	41:80
labor-intensive	a
labored	a
laboring	a
laborious	a
laboriousness	n		7
laborsaving	a
labour	nv	41,41	14,26	81	29:80
labour-intensive	a
laboured	a
labouring	a
laboursaving	a
labyrinthian	a
labyrinthine	a
labyrinthitis	n		26
lace	nv	35,36	6,6	40	35:40
laced	a
lacelike	a
lacerate	av	35,37		60
lacerated	a
laceration	n		26,4		35:40
lacertilian	a
lachrymal	a
lachrymation	n		22
lachrymatory	a
lachrymose	a
laciniate	a
lack	nv	42	26	40	42:40
lackadaisical	a
lacking	a
lackluster	a
lacklustre	a
laconic	a
laconicism	n		10
laconism	n		10
lacquer	nv	36	27,6	40	36:40
lacrimal	a
lacrimation	n		22
lacrimatory	a
lacrosse	n		4
lactate	nv	34	27	a0
lactating	a
lactation	n		28,22		34:a0
lacteal	an		8
lactic	a
lactogenic	a
lactosuria	n		26
lacustrine	a
lacy	a
ladder	nv	30	6,26	80
ladder-proof	a
lade	v	35,35		c0
laden	av	35,35		c0
ladened	a
ladin	n		10
ladino	n		18,10
ladle	nv	35,35	6	40	35:40
ladylike	a
ladylikeness	n		7
ladyship	n		10
lag	nv	38,41	4,28	a0	38:80
laggard	an		18		38:80
lagniappe	n		21
lagophthalmos	n		26
lah	n		10
lahar	n		11
lahu	n		10
laic	a
laicise	v	30		40
laicize	v	30		40
laid	a
laid-back	a
laid-off	a
laissez-faire	a
lallans	n		10
lallation	n		26,10
lallygag	v	42		80
lam	nv	38,35	4	a0	38:80
lamaism	n		9
lamarckian	an		18
lamarckism	n		9
lamb	nv	29	5,18	80	29:80
lambast	v	35,32		20
lambaste	v	35,32		20
lambda	n		10,8
lambdacism	n		26
lambency	n		7
lambent	a
lamblike	a
lame	anv	29	18,6	60
lamedh	n		10
lamellibranch	an		5
lameness	n		26,26
lament	nv	37,32	10,10	40	37:40
lamentable	a
lamentation	n		10,4		37:40
lamentations	n		10
lamented	a
lamenting	a
laminal	a
laminar	a
laminate	nv	36,35	6	40	35:40
lamination	n		6,4		36:40
laminectomy	n		4
laminitis	n		26
lamplight	n		19
lamplit	a
lampoon	nv	32	10	60	32:60
lanate	a
lancastrian	an		18,18
lance	nv	38,35	6,6	e0	35:60
lance-shaped	a
lancelike	a
lanceolate	a
lancers	n		4
lancet-shaped	a
lancinate	a
lancinating	a
land	nv	38,38	21,17	c0
landed	a
landfall	n		17,4
landholding	n		21,21
landler	n		10,4
landless	a
landlocked	a
landlubberly	a
landmark	n		15,11
landscape	nv	36,36	15,6	c0
landscaped	a
landscaping	n		4,6		36:80
landslide	n		11,11
landslip	n		11
landsmaal	n		10
landsmal	n		10
langside	n		4
language	n		10,10
languid	a
languish	v	30,37		80
languor	n		12,12
languorous	a
laniary	a
lank	a
lankiness	n		7
lanky	a
lantern-jawed	a
lao	an		18,10
laotian	an		18
lap	nv	42,35	8,26	e0
lap-jointed	a
lap-strake	a
lap-straked	a
lap-streak	a
lap-streaked	a
laparocele	n		26
laparoscopy	n		4
laparotomy	n		4
lapidarian	a
lapidary	an		18,18
lapidate	v	35,35		60
lapidation	n		4		35:60
lapidify	v	30		40
lapp	n		18,10
lappic	n		10
lappish	n		10
lapse	nv	38,30	4,28	80	38:80
lapsed	a
lapsing	n		4
laputa	n		9
laputan	a
larboard	an		6
larcenous	n		7
larceny	n		4
lard	nv	36,32	13	40	36:40
large	an		7
large-cap	a
large-capitalisation	a
large-capitalization	a
large-grained	a
large-headed	a
large-hearted	a
large-leafed	a
large-leaved	a
large-minded	a
large-mouthed	a
large-scale	a
largeness	n		9,7
larger	a
larger-than-life	a
largess	n		21,7
largesse	n		21,7
larghetto	an		10
larghissimo	a
largish	a
largo	an		10
lark	nv	38	5,5	80
larn	v	31		c1
larrup	v	35		20
larval	a
laryngeal	a
laryngectomy	n		4
laryngismus	n		4
laryngitis	n		26
laryngopharyngeal	a
laryngopharyngitis	n		26
laryngospasm	n		26
laryngostenosis	n		26
laryngotracheobronchitis	n		26
lascivious	a
lasciviousness	n		12
lasek	n		4
lash	nv	35,38	8,6	60	35:60
lash-like	a
lashing	an		4,6
lasik	n		4
lassitude	n		26,12
lasso	nv	35	18,6	40	35:40
last	anv	42,42	28,24	c0
last-ditch	a
last-minute	a
last-place	a
lasting	a
lastingness	n		7
latch	nv	35	6,6	40	35:40
late	a
late-blooming	a
late-flowering	a
late-ripening	a
late-spring-blooming	a
lateen	an		6
lateen-rigged	a
lateness	n		7
latent	a
later	a
lateral	an		4
lateralisation	n		9
laterality	n		9,7
lateralization	n		9		38:40
lateralize	v	38		40
latest	an		10
lather	nv	35,30	17,26	e0	29:60
lathery	a
latin	an		10,18
latin-american	a
latinate	a
latinesce	n		10
latinise	v	32,30		60
latinism	n		10
latinize	v	32,32		40
latino	an		18,10
latish	a
latitude	n		15,26
latitudinal	a
latitudinarian	an		18
latria	n		4
latter	an		24
latter-day	a
lattice	n		9,6
latticed	a
latticelike	a
latvian	an		18,10
laud	v	32		60
laudability	n		7
laudable	a
laudableness	n		7
laudatory	a
laugh	nv	29	10,10	80	29:80
laughable	a
laugher	n		18,11		29:80
laughing	a
laughter	n		10,4
launch	nv	41,35	6,4	40	35:40
launching	n		4,4
launder	v	35,30		40
laundering	n		4
laureate	an		18
laureled	a
laurelled	a
laurels	n		10,26
lavage	n		4		29:e0
lavation	n		4		29:80
lave	v	30,29		e0
lavender	an		20,7
lavender-pink	a
lavender-tinged	a
lavish	av	40		40
lavishness	n		7,4
law	n		14,10
law-abiding	a
law-breaking	n		4
lawful	a
lawfully-begotten	a
lawfulness	n		7
lawless	a
lawlessness	n		26,7
lawmaking	n		4
laws	n		10
lawsuit	n		4
lax	a
laxation	n		22,4
laxative	an		6
laxity	n		26,7
laxness	n		7,26
lay	anv	35,35	10,10	60
lay-up	n		4
layer	nv	35	6,15	c0	35:c0
layered	a
laying	n		22
layoff	n		4		41:20
layout	n		9,4		31:40
layover	n		4		42:80
layup	n		4
laze	v	41		80
laziness	n		7,4
lazuline	n		7
lazy	a
lcm	n		9
le	n		26
leach	nv	38,38	22	c0	30:40
leaching	n		22
lead	nv	38,42	7,27	60
lead-colored	a
lead-coloured	a
lead-free	a
lead-in	n		10,6
leaded	a
leaden	a
leadership	n		4,14
leading	an		6,4
leadless	a
leaf	nv	39,38	20,10	c0	29:80
leaf-book	n		10
leaf-like	a
leafed	a
leafing	n		22
leafless	a
leaflike	a
leafy	a
leafy-stemmed	a
league	nv	30	14,14	80	30:80
leak	nv	32,32	17,26	e0	30:80
leakage	n		11		30:80
leakiness	n		26
leakproof	a
leaky	a
leal	a
lean	anv	38,35	7	c0	35:40
leaner	n		4		38:80
leaning	an		12,9
leanness	n		7,7
leap	nv	38,30	4,11	80	38:40
leapfrog	nv	38,30	4,4	80	38:80
leaping	n		4
learn	v	31,31		c5
learned	a
learnedness	n		9
learning	n		9,9
lease	nv	41,41	21,10	40	40:60
lease-lend	n		4
leased	a
leasehold	n		21
leash	nv	35	6,23	40	35:40
least	an		9
leather	nv	35	27	20
leather-leafed	a
leather-leaved	a
leathered	a
leatherlike	a
leathery	a
leave	nv	38,31	28,10	e0
leave-taking	n		4
leaved	a
leaven	nv	38	27,9	40	38:40
leavened	a
leavening	n		9,27
leaving	n		4
lebanese	an		18
lecherous	a
lecherousness	n		12
lechery	n		4
lecture	nv	32,32	10,10	a0	32:80
lectureship	n		4
lecturing	n		4
lede	n		10
ledger	n		21,6
lee	an		18,18
leech	nv	29	5,18	20	29:20
leechlike	a
leer	nv	39	10,7	80	39:80
leering	a
leery	a
leeward	an		24,15
leeway	n		22,7
left	an		15,14
left-eyed	a
left-hand	a
left-handed	a
left-handedness	n		26,7
left-of-center	a
left-slanting	a
left-wing	a
leftfield	n		6,4
leftish	a
leftism	n		9
leftist	an		18
leftmost	a
leftover	an		24
leg-pull	n		4
leg-pulling	n		4
legacy	n		21
legal	a
legalese	n		10
legalisation	n		4		41:40
legalise	v	41		40
legalism	n		9
legality	n		7
legalization	n		4		41:40
legalize	v	41		40
legateship	n		4
legation	n		4,14
legato	a
legend	n		10,10
legendary	a
leger	n		21,18
legerdemain	n		4
legerity	n		7
legged	a
leggy	a
legibility	n		7,7
legible	a
legion	an		14,14
legislate	v	41		c0
legislating	n		4
legislation	n		10,4		41:c0
legislative	a
legislatorship	n		4
legitimacy	n		7,7		41:40
legitimate	av	41,32		40
legitimation	n		4,4		30:20
legitimatise	v	41		40
legitimatize	v	41		40
legitimise	v	41		40
legitimize	v	41		40
legless	a
leglike	a
legs	n		7
leguminous	a
leibnitzian	a
leibnizian	a
leiomyoma	n		26
leiomyosarcoma	n		26
leishmaniasis	n		26
leishmaniosis	n		26
leisure	n		28,4
leisured	a
leisureliness	n		7
leisurely	a
leitmotif	n		10
leitmotiv	n		10
lemma	n		10,20
lemon	n		13,7
lemon-scented	a
lemonlike	a
lemony	a
lend	v	40,40		e0
lend-lease	n		4
lendable	a
lending	n		4
length	n		7,7
lengthen	v	30,30		c0
lengthened	a
lengthening	n		4
lengthiness	n		7,7
lengthways	a
lengthwise	a
lengthy	a
lenience	n		7,7
leniency	n		7,7
lenient	a
lenify	v	37		60
leninism	n		9
lenitive	an		6
lenity	n		7
lenten	a
lentic	a
lenticular	a
lentiform	a
lentiginose	a
lentiginous	a
lentissimo	a
lento	a
leonardesque	a
leonine	a
lepanto	n		4
lepidophobia	n		26
lepidopterology	n		9
lepidoptery	n		9
lepidote	a
leprose	a
leprosy	n		26
leprous	a
leptomeningitis	n		26
leptorhine	a
leptorrhine	a
leptorrhinian	a
leptorrhinic	a
leptospirosis	n		26
leptosporangiate	a
leptotene	n		22
leresis	n		7
lesbian	an		18,18
lesbianism	n		4
lesion	n		26,26
less	a
less-traveled	a
lessen	v	30,30		c0
lessened	a
lessening	n		11
lesser	a
lesson	n		4,10
let	nv	41,32	14,4	3
letdown	n		12		37:60
lethal	a
lethality	n		7
lethargic	a
lethargy	n		26,7
letter	nv	40,36	10,10	c0	36:40
letter-perfect	a
lettercard	n		10
lettered	a
letterhead	n		10
lettering	n		10
letterpress	n		10
letters	n		9,9
letting	n		21
lettish	n		10
lettuce	n		21,20
leucaemia	n		26
leucocytosis	n		26
leucoma	n		26
leucopenia	n		26
leucotomy	n		4
leuctra	n		4
leukaemia	n		26
leukemia	n		26
leukocytosis	n		26
leukoderma	n		26
leukoencephalitis	n		26
leukoma	n		26
leukopenia	n		26
leukotomy	n		4
levant	nv	38	27,15	80
levanter	n		19
levantine	an		18
level	anv	33,36	7,26	40
level-headed	a
levelheaded	a
leveling	n		4,4
lever	nv	35	6,6	40	35:40
leverage	nv	40,40	19,7	60	35:40
leveraging	n		4
levirate	n		9
levitate	v	38,38		e0
levitation	n		19,11		38:60
levitical	a
leviticus	n		10
levity	n		12,7
levorotary	a
levorotation	n		11
levorotatory	a
levy	nv	40,33	21,4	60	40:40
lewd	a
lewdness	n		7
lexeme	n		10
lexical	a
lexicalisation	n		22
lexicalise	v	32		40
lexicalised	a
lexicalization	n		22		32:40
lexicalize	v	32		40
lexicalized	a
lexicographic	a
lexicographical	a
lexicography	n		4
lexicology	n		9
lexicon	n		9,10
lexicostatistic	a
lexicostatistics	n		9
lexis	n		9
leyte	n		4
lf	n		7
lgv	n		26
li	an		27,23
liabilities	n		21
liability	n		26,26
liable	a
liaise	v	32		80
liaison	n		26,10
libel	nv	32	10,10	60	32:60
libellous	a
libelous	a
liberal	an		18,18
liberalisation	n		4		41:80
liberalise	v	41,41		c0
liberalism	n		9,9
liberalistic	a
liberality	n		9,7
liberalization	n		4		41:80
liberalize	v	41,41		c0
liberalness	n		9,7
liberate	v	41,41		60
liberated	a
liberation	n		4,4		41:60
liberian	an		18
libertarianism	n		9
libertine	an		18
liberty	n		26,26		41:60
libidinal	a
libidinous	a
libido	n		12
librarianship	n		4
librate	v	42,38		e0
libration	n		22		38:80
libretto	n		10
libyan	an		18
licence	nv	41	26,26	61	41:61
licenced	a
license	nv	41	10,26	61	41:61
licensed	a
licentious	a
licentiousness	n		7,4
lichen	n		26,20
licit	a
licitness	n		7
lick	nv	35,35	17,4	60	35:60
licked	a
licking	n		11,4
lidded	a
lidless	a
lie	nv	42,35	10,18	80	32:80
lie-in	n		4
liechtensteiner	an		18
lied	n		10
liege	an		18,18
lien	n		21,8
lienal	a
lieu	n		4
lieutenancy	n		4
life	n		26,9
life-and-death	a
life-giving	a
life-or-death	a
life-size	a
life-sized	a
life-style	n		7
life-support	a
life-sustaining	a
life-threatening	a
lifeblood	n		8,7
lifehack	v	30		80
lifeless	a
lifelessness	n		26,7
lifelike	a
lifeline	n		25,9
lifelong	a
lifesaving	n		4
lifesize	a
lifestyle	n		7
lifework	n		4
lifo	n		4
lift	nv	38,35	4,19	60
lifted	a
liftoff	n		11		38:80
ligate	v	35,30		c0
ligation	n		4		29:40
ligature	n		10,10
light	anv	30,34	19,6	c0	30:40
light-armed	a
light-blue	a
light-boned	a
light-colored	a
light-duty	a
light-fingered	a
light-footed	a
light-green	a
light-haired	a
light-handed	a
light-headed	a
light-hearted	a
light-minded	a
light-mindedness	n		7
light-sensitive	a
light-skinned	a
light-tight	a
lighted	a
lighten	v	37,35		60
lightening	n		11,4
lighter	nv	38	27,6	60	43:40
lighter-than-air	a
lighterage	n		21,4		38:60
lightheaded	a
lightheadedness	n		26,7
lighthearted	a
lightheartedness	n		12
lighting	n		26,6
lighting-up	a
lightless	a
lightlessness	n		26
lightly-armed	a
lightness	n		12,7
lightning	n		19,11
lightproof	a
lights-out	n		28,10
lightsome	a
lightsomeness	n		12,7
lightweight	an		18,18
ligneous	a
lignify	v	30		40
lii	a
liii	a
likable	a
like	anv	37,37	9,9	49
like-minded	a
likeable	a
liked	a
likelihood	n		7
likeliness	n		7
likely	a
liken	v	31		60
likeness	n		7,6
likening	n		4
liking	n		12
lilac	an		20
lilac-blue	a
lilac-colored	a
lilac-pink	a
lilac-purple	a
liliaceous	a
lilliput	n		9
lilliputian	an		18,18
lilt	nv	32	7	84	32:84
lilting	a
lily-livered	a
lily-white	a
limacine	a
limacoid	a
limbed	a
limber	anv	35,29	6	40
limbic	a
limbless	a
limbo	n		26,9
lime	nv	38,35	27,27	40	35:40
limelight	n		26,6
limen	n		9
limerick	n		15,10
limit	nv	30,30	7,28	60	32:40
limitation	n		9,7		30:60
limited	an		6
limiting	an		24
limitless	a
limitlessness	n		7
limn	v	36,36		60
limnological	a
limnology	n		9
limp	anv	38,38	4	80	38:80
limpid	a
limpidity	n		7,7
limping	n		26
limpness	n		7
linage	n		23,21
linchpin	n		9,6
lincolnesque	a
lincolnian	a
lindy	n		4
line	nv	42,35	14,10	40	35:40
line-shooting	n		10
lineal	a
lineament	n		9,8
linear	a
linearise	v	30		40
linearity	n		7
linearize	v	30		40
lineation	n		15,4		35:40
linebacker	n		18,4
lined	a
linelike	a
liner	n		4,6
lineup	n		10,14		38:80
lingam	n		10
linger	v	42,42		80
lingering	n		4
lingo	n		10
lingual	an		10
lingualumina	n		10
linguistic	a
linguistics	n		9,9
lingulate	a
link	nv	31,35	24,6	60	35:40
linkage	n		24,7		31:60
linked	a
linnaean	a
linnean	a
linux	n		10
lionhearted	a
lionise	v	41		20
lionize	v	41		20
lip-read	v	31		c0
lip-shaped	a
lip-sync	v	32		80
lip-synch	v	32		80
lipaemia	n		26
lipectomy	n		4
lipemia	n		26
lipidaemia	n		26
lipidemia	n		26
lipidosis	n		26
lipless	a
liplike	a
lipochondrodystrophy	n		26
lipogram	n		10
lipoidaemia	n		26
lipoidemia	n		26
lipoma	n		26
lipomatosis	n		26
lipophilic	a
liposarcoma	n		26
liposuction	n		4
lipotropic	a
lipped	a
lipread	v	31		c0
lipreading	n		4		31:c0
lipstick	nv	36,29	6	c0	29:c0
liquefaction	n		22		43:80
liquefiable	a
liquefied	a
liquefy	v	43,30		c0
liquescent	a
liquid	an		27,26		30:40
liquid-fueled	a
liquidate	v	35,40		60
liquidation	n		4,4		40:40
liquidise	v	30		40
liquidity	n		26,7
liquidize	v	40,30		c0
liquidness	n		26,7
liquifiable	a
liquified	a
liquify	v	30,30		c0
lisp	nv	32	26,10	80	32:80
lissom	a
lissome	a
lissomeness	n		7
list	nv	32,41	10,7	60	32:60
listed	a
listen	v	39,39		80
listening	n		4		41:e0
listeriosis	n		26
listing	n		10,4		32:60
listless	a
listlessness	n		12,7
lisu	n		10
lit	an		9
litany	n		10,10
lite	a
literacy	n		9
literal	an		10
literalise	v	31		40
literalism	n		9,9
literalize	v	31		40
literalness	n		7
literary	a
literate	an		18
literature	n		10,9
lithe	a
lithe-bodied	a
litheness	n		7
lithesome	a
lithiasis	n		26
lithic	a
lithograph	nv	36	6,6	40	36:40
lithographic	a
lithography	n		10,4
lithology	n		9
lithomancy	n		9
lithomantic	a
lithophytic	a
lithotomy	n		4
lithuanian	an		18,10
lithuresis	n		22
litigate	v	41,41		a0
litigation	n		4		41:80
litigious	a
litigiousness	n		7
litotes	n		10
litter	nv	42,35	14,27	c0	29:80
littered	a
little	an		23
little-known	a
littleness	n		7,7
littler	a
littoral	an		15
liturgical	a
liturgics	n		9
liturgiology	n		9
liturgy	n		4,4
liv	a
livable	a
live	av	42,42		80
live-bearing	a
liveable	a
liveborn	a
livedo	n		26
livelihood	n		21
liveliness	n		4,7
livelong	an		20
lively	a
liven	v	30		40
liveness	n		7
liver	an		8,13
liver-colored	a
liveried	a
liverish	a
liverpudlian	an		18
livery	an		6,4
livid	a
lividity	n		12,7
lividness	n		7
living	an		9,14		42:80
livonian	n		18,10
livonian-speaking	a
llb	n		10
lld	n		10
llm	n		10
load	nv	35,35	6,23	c0	35:40
load-bearing	a
load-shedding	n		4
loaded	a
loadstar	n		17,9
loaf	nv	42,42	13,13	80
loafing	n		4
loamless	a
loamy	a
loan	nv	40	21,10	60	40:60
loan-blend	n		10
loanblend	n		10
loaning	n		4
loanword	n		10
loath	a
loathe	v	37		60
loathing	n		12		37:60
loathly	a
loathsome	a
loathsomeness	n		7
lob	nv	35	4,4	40	35:40
lobar	a
lobate	a
lobated	a
lobby	nv	41	6,14	a0
lobbyism	n		4
lobectomy	n		4
lobed	a
lobeliaceous	a
lobotomy	n		4
lobster-backed	a
lobular	a
lobularity	n		7
local	an		6,6
localisation	n		9,4		42:40
localise	v	42,42		c0
localised	a
localism	n		10,9
localization	n		4,9		42:40
localize	v	42,42		c0
localized	a
locate	v	40,42		60
located	a
locating	n		4,4
location	n		3,4		42:40
locative	n		10
lock	nv	35,35	6,8	e0	35:60
lockage	n		21,6		38:80
lockdown	n		4
locker-room	a
locking	n		4
lockjaw	n		26
lockout	n		4		41:20
lockstep	n		4,4
lockup	n		6,4		35:60
loco	a
locoism	n		26
locomote	v	38		80
locomotion	n		7,4		38:80
locomotive	an		6
locomotor	a
locution	n		10
lode	n		19
lodestar	n		17,9
lodge	nv	42,35	18,14	c0
lodgement	n		10,7		32:24
lodging	n		6,7		35:40
lodgment	n		10,7
loft	nv	40,35	6,6	40	40:40
loftiness	n		7,7
lofty	a
log	nv	32,35	27,10	c0	35:80
log-in	v	40		80
logagraphia	n		26
logarithm	n		10
logarithmic	a
logbook	n		10
loggerheaded	a
logginess	n		26
logging	n		4		35:80
logic	n		9,9
logical	a
logicality	n		7
logicalness	n		7
logicism	n		9
loginess	n		26
logion	n		10
logistic	a
logistical	a
logistics	n		4
logjam	n		26,14
logo	n		10
logogram	n		10
logogrammatic	a
logograph	n		10
logographic	a
logomachy	n		10
logotype	n		10
logroll	v	41		c0
logrolling	n		4,4		41:c0
logy	a
loiter	v	42		80
loll	v	42,42		80
lollop	v	38		80
lolly	n		21,13
lollygag	v	42		80
lolo	n		10
lolo-burmese	n		10
loloish	n		10
lone	a
loneliness	n		26,12
lonely	a
lonesome	a
lonesomeness	n		7
long	av	37		80
long-acting	a
long-ago	a
long-armed	a
long-bodied	a
long-branched	a
long-chain	a
long-dated	a
long-distance	a
long-faced	a
long-familiar	a
long-haired	a
long-handled	a
long-headed	a
long-jawed	a
long-lasting	a
long-legged	a
long-life	a
long-lived	a
long-play	a
long-playing	a
long-range	a
long-run	a
long-shanked	a
long-snouted	a
long-spurred	a
long-stalked	a
long-staple	a
long-sufferance	n		7
long-suffering	an		7
long-term	a
long-wearing	a
long-winded	a
long-windedness	n		10
long-wool	a
long-wooled	a
longanimity	n		7
longanimous	a
longed-for	a
longevity	n		7,7
longhand	an		10
longing	n		12		37:80
longish	a
longitudinal	a
longness	n		7,7
longsighted	a
longsightedness	n		26
longstanding	a
longtime	a
longways	n		4
look	nv	39,39	7,4	91	39:11
look-alike	an		18
look-over	n		4
looking	an		4,4
lookup	n		22
loom	nv	42,42	6	80
loony	an		18
loop	nv	38,36	6,25	c0	35:40
loop-the-loop	n		4
loophole	n		10,6
looping	n		22
loopy	a
loose	av	41,35		60
loose-fitting	a
loose-jointed	a
loose-jowled	a
looseleaf	a
loosen	v	30,41		60
loosened	a
looseness	n		26,7
loosening	n		11,4		30:60
loot	nv	40,40	21,21	e0	40:40
looted	a
looting	n		4		40:40
lop	v	35,35		40
lop-eared	a
lope	nv	38	4,4	80	38:80
lopsided	a
lopsidedness	n		7
loquacious	a
loquaciousness	n		7
loquacity	n		7
lord	nv	41	18,18	20
lordless	a
lordliness	n		7,7
lordly	a
lordolatry	n		4
lordosis	n		26
lordotic	a
lordship	n		10,7
lore	n		9
lose	v	40,33		c0
losings	n		21		40:80
loss	n		21,22
losses	n		21
lossless	a
lossy	a
lost	an		14
lot	nv	41,40	23,15	40	41:40
loth	a
lotic	a
lottery	n		11,4
lotto	n		4
lotusland	n		26
louche	a
loud	a
loud-mouthed	a
loud-voiced	a
louden	v	39,30		e0
loudness	n		7,7
lounge	nv	35,42	6,6	80	35:80
lour	v	30,30		40
lousiness	n		26,7
lousy	a
loutish	a
louvered	a
lovable	a
love	nv	37,37	12,9	61	37:20
love-song	n		10
loveable	a
loved	a
loveless	a
loveliness	n		7
lovelorn	a
lovely	an		18
lovemaking	n		4
loverlike	a
loverly	a
lovesick	a
lovesickness	n		12
lovesome	a
loving	a
loving-kindness	n		7
lovingness	n		12,7
low	anv	32	26,18	80
low-altitude	a
low-backed	a
low-beam	a
low-budget	a
low-cal	a
low-ceilinged	a
low-class	a
low-cost	a
low-cut	a
low-density	a
low-down	an		10
low-grade	a
low-growing	a
low-interest	a
low-key	a
low-keyed	a
low-level	a
low-lying	a
low-necked	a
low-pitched	a
low-powered	a
low-pressure	a
low-priced	a
low-resolution	a
low-rise	a
low-set	a
low-spirited	a
low-spiritedness	n		12
low-sudsing	a
low-tech	a
low-tension	a
low-toned	a
low-voltage	a
lowball	v	31		40
lowborn	a
lowbred	a
lowbrow	an		18
lowbrowed	a
lower	nv	38,30	6	60	35:40
lower-class	a
lower-middle-class	a
lower-ranking	a
lowercase	an		10
lowered	a
lowering	an		4,4		35:40
lowermost	a
lowest	a
lowland	an		17
lowliness	n		26,26
lowly	a
lowness	n		26,12
lowset	a
loyal	a
loyalty	n		7,12
ltm	n		9
luau	n		11
luba	n		18,10
lubberly	a
lube	nv	35	27	40
lubricate	v	42,35		c0
lubricated	a
lubrication	n		26,4		42:80
lubricious	a
lubricity	n		12
lucent	a
lucid	a
lucidity	n		7,26		32:40
lucidness	n		7
lucifugal	a
lucifugous	a
luck	n		26,19
luckiness	n		26
luckless	a
lucknow	n		15,4
lucky	a
lucrative	a
lucrativeness	n		7
lucre	n		21,21
lucubrate	v	32		c0
lucubration	n		10,9		32:c0
luculent	a
lucullan	a
ludian	n		10
ludicrous	a
ludo	n		4
lues	n		26
luff	nv	38,38	6,4	80	38:80
lug	nv	35,35	18,6	40
luganda	n		10
luge	nv	38	6	80	38:80
luging	n		4		38:80
lugubrious	a
lugubriousness	n		7
luke	n		18,10
lukewarm	a
lukewarmness	n		7,7
lull	nv	37,30	28,26	e0	37:60
lullaby	n		10,4
lumbago	n		26
lumbar	a
lumber	nv	38,35	27,6	80	35:80
lumbering	an		4
lumbosacral	a
luminance	n		7
luminesce	v	43		80
luminescence	n		19,7		43:80
luminescent	a
luminosity	n		7
luminous	a
luminousness	n		7
lump	nv	35,31	14,26	60
lumpectomy	n		4
lumpen	a
lumpish	a
lumpy	a
lunacy	n		26,4
lunar	a
lunate	a
lunatic	an		18,18
lunch	nv	34,34	13	a0	34:20
lunching	n		4		34:80
lung-like	a
lung-power	n		7
lunge	nv	38	4,4	80	38:80
lunisolar	a
luo	n		10
lupine	an		20
lupus	n		26,17
lurch	nv	38,38	4,11	80	38:80
lure	nv	32	7,9	28	32:28
lurid	a
luridness	n		10,7
lurk	v	42,42		80
lusatian	n		10
luscious	a
lusciousness	n		7
lush	an		18
lushness	n		7
lusitanian	a
lust	nv	34	12,4	80	34:80
luster	n		7,7
lusterless	a
lusterlessness	n		7
lustful	a
lustfulness	n		12
lustiness	n		7
lustrate	v	30		20
lustre	n		7,7
lustreless	a
lustrelessness	n		7
lustrous	a
lustrum	n		28,4		30:20
lusty	a
luteal	a
lutheran	an		18
lutheranism	n		9
lutzen	n		4
luvian	n		10
luwian	n		10
luxate	v	30		40
luxation	n		11		30:40
luxe	a
luxembourgian	a
luxemburger	an		18
luxuria	n		4
luxuriance	n		7
luxuriant	a
luxuriate	v	34,34		c0
luxuriation	n		4		34:80
luxurious	a
luxuriousness	n		26
luxury	n		7,7		34:80
luyia	n		10
lv	a
lvi	a
lvii	a
lviii	a
lx	an		23,23
lxi	a
lxii	a
lxiii	a
lxiv	a
lxv	a
lxvi	a
lxvii	a
lxviii	a
lxx	an		23
lxxi	a
lxxii	a
lxxiii	a
lxxiv	a
lxxv	a
lxxvi	a
lxxvii	a
lxxviii	an		23
lxxx	an		23
lxxxi	a
lxxxii	a
lxxxiii	a
lxxxiv	a
lxxxv	a
lxxxvi	a
lxxxvii	a
lxxxviii	a
lycanthropy	n		7
lycian	n		10
lydian	n		10
lying	n		4		32:80
lying-in	n		26
lymphadenitis	n		26
lymphadenoma	n		26
lymphadenopathy	n		26
lymphangiectasia	n		26
lymphangiectasis	n		26
lymphangiography	n		4
lymphangioma	n		26
lymphangitis	n		26
lymphatic	a
lymphedema	n		26
lymphoblast-like	a
lymphocytic	a
lymphocytopenia	n		26
lymphocytosis	n		26
lymphogranuloma	n		26
lymphography	n		4
lymphoid	a
lymphoma	n		26
lymphopenia	n		26
lymphopoiesis	n		22
lymphuria	n		26
lynch	v	41		20
lynching	n		4		41:20
lynchpin	n		9,6
lynx	n		10,5
lynx-eyed	a
lyonnaise	a
lyophilisation	n		22		30:40
lyophilise	v	30		40
lyophilised	a
lyophilization	n		22		30:40
lyophilize	v	30		40
lyophilized	a
lyrate	a
lyre-shaped	a
lyric	anv	36	10,10	40	36:40
lyrical	a
lyricality	n		7
lyricism	n		7,7
lysinemia	n		26
lysis	n		22,22
lysogenic	a
lysogenicity	n		26
lysogenisation	n		22
lysogenization	n		22		30:40
lysogenize	v	30		40
lysogeny	n		26
lyssa	n		26
m	an		23,7
m-theory	n		9
ma	n		18,10
macabre	a
macadamise	v	35		40
macadamize	v	35		40
macaronic	a
macedonian	an		18,10
macerate	v	30,30		c0
maceration	n		22,7		30:40
macerative	a
macguffin	n		9
machiavellian	an		18
machiavellianism	n		9
machicolate	v	40		40
machinate	v	36,31		c0
machination	n		9		36:40
machine	nv	36,36	6,18	40	36:40
machine-accessible	a
machine-controlled	a
machine-driven	a
machine-made	a
machine-wash	v	35		40
machinelike	a
machismo	n		7
macho	an		18
mackle	n		10
macrame	nv	36	6	c0	36:c0
macrencephalic	a
macrencephalous	a
macrencephaly	n		26
macro	an		10
macrobiotic	a
macrobiotics	n		9
macrocephalic	a
macrocephalous	a
macrocephaly	n		26
macrocosmic	a
macrocytosis	n		26
macroeconomic	a
macroeconomics	n		9
macroevolution	n		22
macroglossia	n		26
macromolecular	a
macron	n		10
macroscopic	a
macroscopical	a
macula	n		19,8
maculate	av	35,30		e0
maculation	n		7,4		35:c0
macumba	n		14,10
mad	a
madagascan	an		18
madcap	an		18
madden	v	37,37		60
maddened	a
maddening	a
madder	nv	30	20	40	30:40
made	a
made-to-order	a
made-up	a
madness	n		26,26
madrigal	nv	36	10	40	36:40
maelstrom	n		11
mafa	n		10
mag	n		10
magadhan	n		10
magazine	n		10,6
magenta	an		7,4
maggoty	a
magic	an		9,4
magical	a
magisterial	a
magistracy	n		4
magistrature	n		4
maglev	n		4
magnanimity	n		7
magnanimous	a
magnanimousness	n		7
magnet	n		6,9		32:60
magnetic	a
magnetics	n		9
magnetisation	n		23,22		30:40
magnetise	v	32,30		60
magnetised	a
magnetism	n		19,9
magnetization	n		23,22		32:60
magnetize	v	30,32		60
magnetized	a
magnetohydrodynamics	n		9
magnetosphere	n		19
magnificat	n		10
magnification	n		4,24		30:c0
magnificence	n		7,7
magnificent	a
magnified	a
magnify	v	30,32		c0
magniloquence	n		10
magniloquent	a
magnitude	n		7,24		30:40
magyar	an		18,10
mah-jongg	n		4
mahabharata	n		10
mahabharatam	n		10
mahabharatum	n		10
mahayana	n		14,9
mahayanism	n		9
mahdism	n		9
mahican	n		18,10
mahjong	n		4
mahogany-red	a
mahratti	n		10
maiden	an		18,28
maidenlike	a
maidenliness	n		7
maidenly	a
maidism	n		26
maidu	n		18,10
mail	nv	35,32	10,10	60	35:60
mail-cheeked	a
mail-clad	a
mailed	a
mailing	n		14,4		35:60
mailing-card	n		10
maim	v	29		60
maimed	an		14
main	an		17,6
mainline	v	34		c0
mainstay	n		18,9
mainstream	n		9
mainstreamed	a
maintain	v	42,40		70
maintainable	a
maintained	a
maintenance	n		4,21		40:40
maize	n		20,7
majestic	a
majesty	n		7
major	anv	31	18,18	80
majority	n		7,23
majuscular	a
majuscule	an		10
make	nv	41,30	9,4	52	36:40
make-believe	an		9,4		32:4
make-do	n		4
make-up	n		11,7		41:40
make-work	n		4
makeover	n		4,4		36:40
makeready	n		4
makeshift	an		4
makeup	n		6,11		29:a0
makin	n		4
making	n		4,7		42:80
malabsorption	n		22
malachi	n		18,10
malachias	n		18,10
malacia	n		26
malacology	n		9
maladaptive	a
maladjusted	a
maladjustive	a
maladjustment	n		26
maladroit	a
maladroitness	n		9
malady	n		26,26
malaise	n		26
malaprop	n		10
malapropism	n		10
malapropos	a
malaria	n		26
malarial	a
malarkey	n		10
malarky	n		10
malawian	an		18
malay	an		18,10
malayalam	n		10
malayan	an		18
malayo-polynesian	an		10
malaysian	an		18,10
malcontent	an		18
maldon	n		4
male	an		5,18
malecite	n		18,10
maledict	av	32		60
malediction	n		10		32:60
malefic	a
maleficence	n		12,7
maleficent	a
maleness	n		7
maleseet	n		10
malevolence	n		12,7
malevolency	n		7
malevolent	a
malfeasance	n		4
malformation	n		26,11
malformed	a
malfunction	nv	35	11	80	35:80
malfunctioning	a
malian	an		18
malice	n		12,7
malicious	a
maliciousness	n		12
malign	av	32		60
malignance	n		26,7
malignancy	n		26,7
malignant	a
malignity	n		12,7
malignment	n		10		32:60
malinger	v	41		80
malingering	n		4		41:80
malleability	n		7
malleable	a
malnourish	v	34		20
malnourished	a
malnourishment	n		26		34:20
malnutrition	n		26
malocclusion	n		26
malodor	n		9
malodorous	a
malodorousness	n		7
malodour	n		9
malodourous	a
malposed	a
malposition	n		7
malpractice	n		4,4
mals	n		10
malt	nv	30,30	13,13	c0	30:40
malted	an		13
maltese	an		18,10
malthusian	an		18
malthusianism	n		9
malti	n		10
malto	n		18,10
maltreat	v	41		60
maltreated	a
maltreatment	n		4		41:60
malversate	v	40		40
malversation	n		4		40:40
mam	n		18,10
mambo	nv	38	4	80	38:80
mammalian	an		5
mammalogy	n		9
mammary	a
mammography	n		4
mammon	n		26,18
mammoth	an		5
mammothermography	n		4
man	nv	41,33	18,18	40
man-made	a
man-portable	a
man-sized	a
man-to-man	a
manacle	nv	35	6	20	35:20
manage	v	41,41		61
manageability	n		7
manageable	a
manageableness	n		7
management	n		4,14		41:60
managerial	a
managership	n		4
manchurian	a
mancunian	an		18
manda	n		10
mandaean	an		18,10
mandaeanism	n		9
mandamus	n		10
mandara	n		10
mandate	nv	41,32	10,15	40	32:40
mandatory	an		18,15		41:40
mande	n		10
mandean	an		18,10
mandeanism	n		9
mandibular	a
mandibulate	a
mandibulofacial	a
manducate	v	34		c0
manduction	n		4,4
maneuver	nv	38,41	4,9	c0	33:c0
maneuverability	n		7
maneuverable	a
manful	a
manfulness	n		7
mange	n		26
mangey	a
manginess	n		7
mangle	nv	35,35	6	60	35:40
mangled	a
mangy	a
manhandle	v	35		20
manhood	n		26,7
manhunt	n		4
mania	n		16,26
maniac	an		18,18
maniacal	a
manic	a
manic-depressive	an		18
manichaean	an		18
manichaeanism	n		9
manichaeism	n		9
manichean	an		18
manichee	an		18
maniclike	a
manicure	nv	29,29	4	40	29:40
manifest	anv	32,32	10	40
manifestation	n		11,10		32:40
manifesto	n		10
manifold	anv	30,30	6,27	c0	30:40
manipulability	n		7
manipulable	a
manipulate	v	41,35		60
manipulation	n		4,4		41:60
manipulative	a
manky	a
manlike	a
manliness	n		7
manly	a
manned	a
manner	n		7,7
mannered	a
mannerism	n		7,4
mannerly	a
manners	n		7
mannish	a
manoeuver	v	41,38		c0
manoeuvrability	n		7
manoeuvrable	a
manoeuvre	nv	41,38	9,4	c0	41:80
manor	n		6,21
manorial	a
manque	a
mansard	an		6
mansi	n		18,10
manslaughter	n		4
mantic	a
mantinea	n		4
mantineia	n		4
mantissa	n		10
mantle	nv	38,35	10,18	c0
mantled	a
mantra	n		10,10
manual	an		10,4
manufacture	nv	36,36	4,4	40	36:40
manufactured	a
manufacturing	n		4
manumission	n		4		41:20
manumit	v	41		20
manure	nv	38	27	40	38:40
manuscript	n		10,10
manx	an		10,5
many	a
many-chambered	a
many-lobed	a
many-sided	a
maoism	n		9
maoist	an		18
maori	n		14,10
map	nv	36,31	6,24	40	31:40
maple-leaf	n		10
maple-like	a
maplelike	a
mapmaking	n		4
mapping	n		24,4		30:c0
mapquest	nv	31	10	40	31:40
mar	nv	30,29	28,7	60	30:40
maraco	n		18,10
marasmus	n		26
marathi	n		10
marathon	n		4,11
maraud	nv	38	4	80	38:80
marauding	a
marble	nv	36	27,6	40	36:40
marbled	a
marbleisation	n		7		30:40
marbleise	v	30		40
marbleised	a
marbleising	n		7
marbleization	n		7		30:40
marbleize	v	30		40
marbleized	a
marbleizing	n		7		30:40
marbles	n		4,9
marcel	nv	29	8	c0
march	nv	38,38	28,4	a0	38:40
marching	n		4		38:80
marcionism	n		9
marengo	n		4
margin	n		25,7
marginal	a
marginalia	n		10
marginalisation	n		22		41:60
marginalise	v	41		60
marginality	n		7
marginalization	n		22		41:60
marginalize	v	41		60
mari	n		18,10
marian	a
maricopa	n		18,10
marinade	nv	30	13	40	30:40
marinate	v	30		40
marine	an		18,18
mariposan	n		10
marital	a
mariticide	n		4
maritime	a
mark	nv	35,32	9,10	40	31:40
marked	a
marked-up	a
marker	n		6,10		32:40
market	nv	40,40	4,14	c0	30:40
marketable	a
marketing	n		4,4		40:80
marketplace	n		4,6
marking	n		10,7		35:40
markovian	a
marksmanship	n		9
markup	n		21,10		40:40
marly	a
marmoreal	a
marmorean	a
maroc	an		15
maroon	anv	40,30	18,7	20	40:20
maroon-purple	a
maroon-spotted	a
marooned	a
marque	n		10
marred	a
marriage	n		26,14
marriageability	n		7
marriageable	a
married	an		18		41:a0
marry	v	41,41		a0
marseillaise	n		10
marshal	nv	38,35	18,18	60	38:60
marshalship	n		4
marshy	a
marsupial	an		5
martial	an		18
martian	an		18
martyr	nv	35,29	18,18	20	35:20
martyrdom	n		11,11
martyrise	v	29		20
martyrize	v	29		20
marvel	nv	32,32	11	c4	32:84
marvellous	a
marvelous	a
marxism	n		9
marxism-leninism	n		9
marxist	an		18,18
marxist-leninist	a
masa	n		10
masai	n		10
masculine	an		10
masculinisation	n		22
masculinise	v	30		60
masculinity	n		7,7
masculinization	n		22		30:60
masculinize	v	30,30		60
mash	nv	35,32	27,13	e0	30:40
mashi	n		10
mask	nv	39,35	6,4	60	35:60
masked	a
masking	n		4,9		39:60
masochism	n		12
masochistic	a
masonic	a
masora	n		10
masorah	n		10
masoretic	a
masquerade	nv	39,32	14,6	a0	39:20
mass	anv	38	7,23	80
mass-produce	v	36		40
mass-produced	a
mass-spectrometric	a
massachuset	n		10,18
massacre	nv	30	4	20	30:20
massage	nv	35,29	4	60	29:60
masse	n		4
massive	a
massiveness	n		7,7
mastalgia	n		26
mastectomy	n		4
masted	a
master	anv	31,33	18,18	40	31:40
mastered	a
masterful	a
mastering	n		9,4		31:40
masterless	a
masterly	a
mastermind	nv	31	18,18	40	31:40
masterpiece	n		6,4
mastership	n		9,4
masterstroke	n		4
mastery	n		9,26		31:40
masthead	n		10,10
masticate	v	35,34		c0
mastication	n		4		34:c0
mastitis	n		26
mastoid	an		8
mastoidal	an		8
mastoidectomy	n		4
mastoiditis	n		26
mastopathy	n		26
mastopexy	n		4
masturbate	v	35,35		a0
masturbation	n		4		35:a0
mat	anv	35,30	6,6	c0
matabele	n		10
matakam	n		10
match	nv	42,40	6,11	e0	33:60
match-up	n		4
matched	a
matching	a
matchless	a
matchmaking	n		4
matchup	n		4
mate	nv	35,35	18,18	e0
mated	a
mateless	a
material	an		27,10
materialisation	n		22,11		30:80
materialise	v	30		80
materialism	n		26,9
materialistic	a
materiality	n		24,7
materialization	n		22,11		30:80
materialize	v	30		80
maternal	a
maternalism	n		7,4
maternalistic	a
maternity	n		26,24
matey	a
math	n		9
mathematical	a
mathematics	n		9
maths	n		9
matinee	n		10
mating	n		4		35:80
matriarchal	a
matriarchic	a
matric	n		4
matricentric	a
matricide	n		18,4
matriculate	nv	41	18	80	41:80
matriculation	n		4		41:80
matrilineal	a
matrilinear	a
matrimonial	a
matrimony	n		26,4
matronly	a
matronymic	n		10
matsyendra	n		7
matt	an		7
matt-up	v	30		80
matte	anv	30	27,7	80
matted	a
matter	nv	42	9,9	84	42:84
matter-of-course	a
matter-of-fact	a
matthew	n		18,10
mattole	n		18,10
maturate	v	30,30		80
maturation	n		22,22		30:80
maturational	a
mature	av	30,32		c0
matured	a
maturement	n		22		32:40
matureness	n		26
maturity	n		28,26
matutinal	a
maudlin	a
maul	nv	35,35	6	60	35:40
maunder	v	38,32		c4
maundy	n		11
mauritanian	an		18
mauritian	an		18
mauve	an		7
mauve-blue	a
mauve-pink	a
maverick	an		18,5
mawkish	a
mawkishness	n		12,7
maxi	an		6
maxillary	an		8
maxillodental	a
maxillofacial	a
maxillomandibular	a
maxim	n		10,18
maximal	a
maximation	n		4
maximisation	n		4		30:40
maximise	v	30,30		40
maximising	a
maximization	n		4,4		30:40
maximize	v	30,30		40
maximizing	a
maximum	an		23,7		30:40
maya	n		18,10
mayan	n		18,10
mayday	n		10
mayhem	n		4,4
mayidism	n		26
mayoral	a
mayoralty	n		4
mazdaism	n		9
maze	n		6,9
mazed	a
mazopathy	n		26
mazurka	n		10,4
mazy	a
mba	n		10
mbd	n		26
mccarthyism	n		4
mcguffin	n		9
mdiv	n		10
meager	a
meagerly	a
meagerness	n		7
meagre	a
meagreness	n		7
mealy	a
mealy-mouthed	a
mealymouthed	a
mean	anv	32,42	9	60
meander	nv	38	17,4	80	38:80
meandering	a
meaning	an		10,9		32:40
meaningful	a
meaningfulness	n		7
meaningless	a
meaninglessness	n		10,7
meanness	n		7,7
means	n		4,6
meanspirited	a
mearstone	n		10
measles	n		26
measly	a
measurability	n		7
measurable	a
measure	nv	31,30	4,3	40	31:40
measured	a
measureless	a
measurement	n		4		31:40
measuring	n		4		31:40
meat-eating	a
meatless	a
meatpacking	n		4
meaty	a
mechanic	an		18,18
mechanical	a
mechanics	n		9,4
mechanisation	n		26,4		30:40
mechanise	v	30,30		40
mechanised	a
mechanism	n		22,4
mechanistic	a
mechanization	n		26,4		30:40
mechanize	v	30,30		40
mechanized	a
mecopterous	a
med	n		10
medal	n		10
medallion	n		21,13
meddle	v	41		80
meddlesome	a
meddlesomeness	n		7
meddling	an		4		41:80
medevac	n		4
mediacy	n		7
mediaeval	a
medial	a
median	an		9
mediant	n		10
mediate	av	32,42		80
mediated	a
mediateness	n		7
mediation	n		10,4		32:80
mediatorial	a
mediatory	a
medicaid	n		4
medical	an		4
medicare	n		4
medicate	v	29,29		60
medication	n		6,4		29:20
medicative	a
medicinal	a
medicine	nv	29	9,6	20	29:20
medicolegal	a
medieval	a
mediocre	a
mediocrity	n		7,18
meditate	v	31,31		80
meditation	n		9,9		31:80
meditative	a
meditativeness	n		7
mediterranean	an		17
medium	an		10,15
medium-dry	a
medium-large	a
medium-size	a
medium-sized	a
medivac	n		4
medlars	n		10
medley	n		10
medullary	a
medullated	a
medusoid	an		5
meed	n		21
meek	a
meekness	n		12,7
meerestone	n		10
meet	anv	38,41	11	e0	33:20
megabucks	n		21
megacardia	n		26
megacephaly	n		26
megadeath	n		11
megahit	n		4
megakaryocytic	a
megalithic	a
megaloblastic	a
megalocardia	n		26
megalocephaly	n		26
megalohepatia	n		26
megalomania	n		26
megalomaniacal	a
megalomanic	a
megascopic	a
megillah	n		10,10
megrim	n		26
megrims	n		26
meiosis	n		22,10
meiotic	a
melagra	n		26
melancholia	n		26
melancholic	an		18
melancholy	an		12,26
melanesian	a
melanise	v	30,30		c0
melanism	n		26
melanize	v	30,30		c0
melanoderma	n		7
melanoma	n		26
melanosis	n		26
melasma	n		26
meld	nv	32,30	4	c0	32:40
melee	n		4
meliorate	v	30,30		c0
melioration	n		4,26		30:40
meliorative	a
meliorism	n		9
mellifluous	a
mellisonant	a
mellow	av	30,30		c0
mellowed	a
mellowing	n		22		30:80
mellowness	n		12,9
melodic	a
melodious	a
melodiousness	n		7
melodise	v	36		40
melodize	v	36		40
melodrama	n		10
melodramatic	a
melody	n		10,9		36:40
melt	nv	30,30	22	c0	30:c0
meltable	a
meltdown	n		22,11
melted	a
melting	an		22		30:c0
mem	n		10
membered	a
memberless	a
membership	n		14,26
membrane-forming	a
membranous	a
meme	n		9
memento	n		9
memo	n		10
memoir	n		10,10
memorabilia	n		10
memorability	n		7
memorable	a
memoranda	n		10
memorandum	n		10
memorial	n		10,10		31:60
memorialisation	n		11		32:60
memorialise	v	32,31		60
memorialization	n		11		32:60
memorialize	v	32,31		60
memorisation	n		9		31:40
memorise	v	31		40
memorization	n		9		31:40
memorize	v	31		40
memory	n		9,9		31:40
menace	nv	42,32	26,10	60	42:40
menacing	a
menarche	n		11
mend	nv	30,30	6,4	c0	30:40
mendacious	a
mendacity	n		7
mendelian	an		18
mendelianism	n		9
mendelism	n		9
mendicancy	n		26,10
mendicant	an		18,18
mendicity	n		26
mending	n		6,4		30:40
menial	an		18
meningeal	a
meningioma	n		26
meningism	n		26
meningitis	n		26
meningocele	n		26
meningoencephalitis	n		26
meniscectomy	n		4
mennonitism	n		9
menominee	n		18,10
menomini	n		18,10
menopausal	a
menorrhagia	n		22
mensal	a
menses	n		22
menstrual	a
menstruate	v	29		80
menstruation	n		22		29:80
menstruum	n		27,22
mensurable	a
mensural	a
mensurate	v	31		40
mensuration	n		4		31:40
mental	a
mentalism	n		9
mentality	n		9,9
mentation	n		9
mentholated	a
mention	nv	32,32	10,10	64	32:44
mentor	nv	32	18	a0
menu	n		10,13
meow	nv	32	11	80	32:80
mephistophelean	a
mephistophelian	a
mephitic	a
mephitis	n		27,9
meq	n		7
meralgia	n		26
mercantile	a
mercantilism	n		14,4
mercenary	an		18
mercerise	v	30		40
mercerised	a
mercerize	v	30		40
mercerized	a
merchandise	nv	40	6	40	40:40
merchandising	n		4		40:40
merchantability	n		26
merchantable	a
merciful	a
mercifulness	n		12,7
merciless	a
mercilessness	n		12,7
mercurial	a
mercuric	a
mercurous	a
mercury-contaminated	a
mercy	n		4,7
mere	an		17
merestone	n		10
meretricious	a
meretriciousness	n		7,7
merge	v	30,30		80
merged	a
merger	n		4,11		30:40
merging	an		4,4		30:80
meridian	an		26,15
meridional	a
merit	nv	42	7,7	40	42:40
meritable	a
merited	a
meritless	a
meritocracy	n		14,9
meritocratic	a
meritorious	a
meritoriousness	n		7
meromelia	n		26
meronym	n		10
merovingian	an		18,14
merriment	n		12,4
merriness	n		7
merry	a
merry-go-round	n		11,6
merrymaking	n		4		41:80
mesalliance	n		26
mesenteric	a
mesh	nv	35,30	23,11	c0	35:c0
meshed	an		15
meshing	n		11,6		35:c0
meshuga	a
meshugaas	n		4
meshugga	a
meshugge	a
meshuggeneh	an		18
meshuggener	an		18
mesial	a
mesic	a
mesmeric	a
mesmerise	v	32,29		60
mesmerised	a
mesmerism	n		4
mesmerize	v	32,29		60
mesmerized	a
mesmerizing	a
mesoamerican	an		18
mesoblastic	a
mesodermal	a
mesolithic	an		28
mesomorphic	a
mesomorphy	n		7
mesonic	a
mesophytic	a
mesothelioma	n		26
mesozoic	an		28
mess	nv	34,30	26,26	c0	30:40
mess-up	n		4		41:c0
message	nv	32,32	10,10	40
messaging	n		10
messiahship	n		4
messianic	a
messiness	n		26,7
messy	a
metabolic	a
metabolise	v	34		40
metabolism	n		22,22		34:40
metabolize	v	34		40
metabolous	a
metacarpal	an		8
metacenter	n		9
metacentre	n		9
metacentric	a
metacyesis	n		26
metagenesis	n		19
metagrabolised	a
metagrabolized	a
metagrobolised	a
metagrobolized	a
metaknowledge	n		9
metal	anv	35	27,27	40	35:40
metal-colored	a
metal-coloured	a
metal-cutting	a
metal-looking	a
metalanguage	n		10
metalepsis	n		10
metalize	v	35		40
metallic	an		6,6
metallic-colored	a
metallic-coloured	a
metallic-looking	a
metallike	a
metallize	v	35		40
metalloid	a
metallurgic	a
metallurgical	a
metallurgy	n		9
metalwork	n		6,4
metalworking	n		4
metamathematics	n		9
metameric	a
metamorphic	a
metamorphism	n		22
metamorphopsia	n		26
metamorphose	v	30,30		80
metamorphosis	n		22,4
metamorphous	a
metaphase	n		22,22
metaphor	n		10
metaphoric	a
metaphorical	a
metaphysical	a
metaphysics	n		9
metarule	n		9
metastability	n		7
metastable	a
metastasis	n		22		29:80
metastasise	v	29		80
metastasize	v	29		80
metastatic	a
metatarsal	an		8
metathesis	n		22,22
metempsychosis	n		19
meteor	n		17,19
meteoric	a
meteoritic	a
meteoritical	a
meteorologic	a
meteorological	a
meteorology	n		10,9
meteortropism	n		4
meter	nv	30,35	23,6	40	30:40
method	n		9,4
methodical	a
methodicalness	n		7
methodism	n		9
methodist	an		18
methodological	a
methodology	n		9,9
methylated	a
meticulosity	n		7
meticulous	a
meticulousness	n		7
metier	n		7,4
metonym	n		10
metonymic	a
metonymical	a
metonymy	n		10
metralgia	n		26
metre	n		23,10
metric	an		24,23
metrical	a
metricate	v	30		40
metrication	n		4		30:40
metricise	v	30,30		40
metricize	v	30,30		40
metrics	n		9
metrification	n		4,4		36:40
metrify	v	36,30		40
metritis	n		26
metrological	a
metrology	n		9
metronymic	n		10
metropolitan	an		18,18
metroptosis	n		26
metrorrhagia	n		26
mettle	n		7
mettlesome	a
mettlesomeness	n		7
meuse	n		17,4
meuse-argonne	n		4
mew	nv	32,32	11,5	80	32:80
mewl	v	29		80
mexican	an		18
mezuza	n		10
mezuzah	n		10
mezzo	n		18,10
mezzo-soprano	n		18,10
mf	n		7
mfa	n		10
mi	n		26,23
miao	n		18,10
miaou	nv	32	11	80	32:80
miaow	nv	32	11	80	32:80
miasm	n		26,26
miasma	n		26,26
miasmal	a
miasmic	a
miaul	n		11
micaceous	a
micah	n		18,10
micheas	n		18,10
michelangelesque	a
micmac	n		18,10
micro	a
micro-cook	v	30		40
microbial	a
microbic	a
microbiology	n		9
microbrachia	n		26
microcephalic	a
microcephalous	a
microcephalus	n		26
microcephaly	n		26
microcode	n		10
microcopy	v	36		40
microcosm	n		9
microcosmic	a
microcrystalline	a
microcytosis	n		26
microeconomic	a
microeconomics	n		9
microelectronic	a
microelectronics	n		9
microevolution	n		22
microfilm	nv	36	6	40	36:40
micrometeoric	a
micrometeoritic	a
micrometry	n		4
micropaleontology	n		9
microphoning	n		22
micropylar	a
microscopic	a
microscopical	a
microscopy	n		4
microseism	n		11
microsomal	a
microsurgery	n		4
microwave	nv	30	19,6	40	30:40
micturate	v	29		80
micturition	n		22		29:80
mid	a
mid-atlantic	a
mid-off	n		4
mid-on	n		4
middle	anv	35	15,9	40	35:40
middle-aged	a
middle-class	a
middle-level	a
middle-of-the-road	a
middlemost	a
middling	an		6
midgard	n		9
midget	an		18
midi	an		15,10
midland	an		15,15
midmost	a
midrash	n		10
midway	an		15,4
midweekly	a
midwestern	a
midwifery	n		9,4
mien	n		7
miff	nv	37	26	60	37:60
miffed	a
might	n		7
might-have-been	n		11
mightiness	n		7
mighty	a
migraine	n		26
migrant	an		18		38:80
migrate	v	38,38		80
migration	n		4,14		38:80
migrational	a
migratory	a
mikir-meithei	n		10
mikvah	n		4
milage	n		7
milanese	an		18
milch	a
mild	a
mild-mannered	a
mild-tasting	a
mildew	nv	30	22,20	c0	30:c0
mildness	n		26,7
mileage	n		7,24
milepost	n		10
milestone	n		10,11
miliaria	n		26
milieu	n		26
militainment	n		4
militance	n		7
militancy	n		7
militant	an		18
militarisation	n		4		33:40
militarise	v	33,30		40
militarised	a
militarism	n		9
militaristic	a
militarization	n		4		33:40
militarize	v	33,30		40
militarized	a
military	an		14		33:40
militate	v	41		40
milk	nv	30,34	13,8	60	30:40
milk-sick	a
milk-white	a
milkless	a
milklike	a
milky	a
mill	nv	38,30	6,18	c0
milled	a
millenarian	an		18
millenarianism	n		9
millenarism	n		9
millenary	an		28,28
millennial	a
millennian	a
millenniumism	n		9
milliequivalent	n		7
million	an		23,23
millionth	an		24,23
millstone	n		9,6
mimamsa	n		9
mime	nv	36,36	18,4	e0	36:60
mimeo	nv	36	6	40	36:40
mimeograph	nv	36	6	40	36:40
mimesis	n		9,26
mimetic	a
mimic	anv	36	18	60	36:60
mimicry	n		4,4
min	n		28,10
minacious	a
minatory	a
mince	nv	32,38	13	c0	35:40
mincing	a
mind	nv	32,31	9,9	e4	31:64
mind-altering	a
mind-bending	a
mind-blowing	a
mind-boggling	a
mind-expanding	a
mind-set	n		9
minded	a
minden	n		4
mindful	a
mindfulness	n		7
mindless	a
mindlessness	n		7,7
mindset	n		9
mine	nv	34,33	6,6	40	34:40
mined	a
minelaying	n		4
mineral	an		27
mineralize	v	30,30		40
mineralogy	n		9
minesweeping	n		4
minginess	n		7
mingle	v	35,41		c0
mingling	n		4		41:80
mingy	a
mini	an		6
miniate	v	36,36		40
miniature	an		6,6		30:40
miniaturisation	n		4		30:40
miniaturise	v	30		40
miniaturization	n		4		30:40
miniaturize	v	30		40
minify	v	30		40
minimal	a
minimalist	an		18,18
minimisation	n		4		32:40
minimise	v	32,30		40
minimization	n		4		32:40
minimize	v	30,32		40
minimized	a
minimum	an		23,15		32:40
mining	n		4,4		34:40
miniscule	a
minister	nv	41,41	18,18	80	41:80
ministerial	a
ministrant	an		18		41:80
ministration	n		4		41:0
minoan	an		18
minor	an		18
minority	n		14,7
minstrel	nv	36	18,18	40	36:40
minstrelsy	n		14,10
mint	anv	36	23,20	40
mint-scented	a
mintage	n		21,21
mintmark	n		10
minty	a
minuet	n		4,10
minus	an		4
minuscular	a
minuscule	an		10,10
minute	an		28,28
minuteness	n		7,7
minutes	n		10
minutia	n		9
miosis	n		22,4
miotic	an		6
miracle	n		11,11
miracle-worship	n		4
miraculous	a
mirage	n		19,9
mire	nv	42,38	17,27	40	35:60
mired	a
miri	n		10
mirish	n		10
mirky	a
mirror	nv	43,32	6,9	40	43:40
mirrored	a
mirrorlike	a
mirth	n		12
mirthful	a
mirthfulness	n		12
mirthless	a
miry	a
misaddress	v	32		40
misadventure	n		11
misadvise	v	32		20
misalign	v	30		40
misalignment	n		7		30:40
misalliance	n		26		41:20
misally	v	41		20
misanthropic	a
misanthropical	a
misanthropy	n		12,7
misapplication	n		4,4		34:40
misapply	v	34		40
misapprehend	v	31		40
misapprehension	n		9		31:40
misappropriate	v	40		40
misappropriated	a
misappropriation	n		4,4		40:40
misbegot	a
misbegotten	a
misbehave	v	41		a0
misbehavior	n		4		41:a0
misbehaviour	n		4
misbelieve	v	31		80
misbranded	a
miscalculate	v	31,31		c0
miscalculation	n		4		31:c0
miscall	v	32		20
miscarriage	n		11,4		41:80
miscarry	v	41,29		a0
miscast	v	36		20
miscegenate	v	42		80
miscegenation	n		4		42:80
miscellaneous	a
miscellany	n		14,10
mischance	n		19,11
mischief	n		4,7
mischief-making	n		4
mischievous	a
mischievousness	n		7,7
miscible	a
misconceive	v	31		40
misconception	n		9		31:40
misconduct	nv	41,41	4,4	e0	41:40
misconstrual	n		10		31:40
misconstruction	n		10,10		31:40
misconstrue	v	31		40
miscount	nv	32	4	c0	32:c0
miscreate	v	31		40
miscreation	n		11		31:40
miscue	n		4,4
misdate	v	31		40
misdeal	nv	40	4	40	40:40
misdeed	n		4
misdeliver	v	35		40
misdemean	v	41		a0
misdemeanor	n		4
misdemeanour	n		4
misdirect	v	41,38		60
misdirection	n		10,10		38:20
misdo	v	41		40
miserable	a
miserableness	n		26
miserliness	n		7
miserly	a
misery	n		26,12
misestimate	v	31,31		c0
misestimation	n		4		31:80
misfeasance	n		4
misfire	nv	33	11,11	80	33:80
misfortunate	a
misfortune	n		11,26
misfunction	v	35		80
misgauge	v	31		40
misgive	v	31		40
misgiving	n		12,9		31:40
misgovern	v	41		c0
misgovernment	n		4		41:c0
misguide	v	38,32		20
misguided	a
mishandle	v	41,41		c0
mishap	n		19,11
mishegaas	n		4
mishegoss	n		4
mishna	n		10
mishnah	n		10
mishnaic	a
misidentify	v	31		60
misinform	v	32		60
misinformation	n		10		32:60
misinterpret	v	32,31		40
misinterpretation	n		10		31:40
misjudge	v	31		60
mislabeled	a
mislaid	a
mislay	v	35		40
mislead	v	38,32		60
misleading	a
mismanage	v	41		40
mismanagement	n		4		41:40
mismarry	v	41		80
mismatch	nv	35	9	60	35:60
mismatched	a
mismate	v	35		40
mismated	a
misname	v	32		20
misnomer	n		10
misocainea	n		12
misogamy	n		12
misogynic	a
misogynism	n		12
misogynistic	a
misogynous	a
misogyny	n		12
misology	n		12
misoneism	n		12
misopedia	n		12
misperceive	v	39		c0
misplace	v	35,35		40
misplaced	a
misplacement	n		7		35:40
misplay	nv	36,33	4	c0	33:80
misprint	nv	36	10	40	36:40
mispronounce	v	32		40
mispronunciation	n		10		32:40
misquotation	n		10		32:60
misquote	nv	32	10	60
misread	v	31,31		40
misreading	n		10		31:40
misreckoning	n		4
misrelated	a
misremember	v	31		60
misrepresent	v	32,41		40
misrepresentation	n		10,4		41:40
misrepresented	a
misrule	n		4
miss	nv	39,37	18,11	60	35:40
missal	n		10
missed	a
misshapen	a
misshapenness	n		26
missing	a
mission	n		14,4
missional	a
missionary	an		18,18
missive	n		10
misspeak	v	32		40
misspell	v	32		40
misspelling	n		10		32:40
misspend	v	42,40		40
misstate	v	32		40
misstatement	n		10		32:40
misstep	n		4
mist	nv	30,39	19	c0	35:40
mistakable	a
mistake	nv	31,31	4,9	e0	31:80
mistaken	a
mistaking	n		10		31:60
mister	n		10
mistime	v	30		60
mistiness	n		7
mistral	n		19
mistranslate	v	32		40
mistranslation	n		10		32:40
mistreat	v	41		60
mistreated	a
mistreatment	n		4		41:60
mistrial	n		4
mistrust	nv	31	9,7	60	31:60
mistrustful	a
misty	a
misty-eyed	a
misunderstand	v	31		40
misunderstanding	n		10,9		31:40
misunderstood	a
misuse	nv	34,30	4	40	30:40
misused	a
miter	nv	35,40	6,6	60	35:40
mithraic	a
mithraicism	n		9
mithraism	n		9
mithraistic	a
mitigable	a
mitigate	v	32,30		40
mitigated	a
mitigation	n		4,10		32:40
mitigative	a
mitigatory	a
mitosis	n		22
mitotic	a
mitral	a
mitsvah	n		9,4
mittelschmerz	n		9
mitzvah	n		9,4
miwok	n		18,10
mix	nv	30,41	13,11	c0	35:40
mix-up	n		4
mixable	a
mixed	a
mixed-up	a
mixing	n		4		35:c0
mixology	n		9
mizzle	nv	43	19	80	43:80
mlitt	n		10
mls	n		10
mmpi	n		10
mnemonic	an		4
mnemonics	n		9
mnemotechnic	a
mnemotechnical	a
moan	nv	32	10	84	32:84
moated	a
mob	nv	38	14,14	80	38:80
mobbish	a
mobile	an		17,15
mobilisation	n		4,4		33:60
mobilise	v	33,33		e0
mobility	n		7
mobilization	n		4,4		33:60
mobilize	v	30,33		60
moblike	a
mock	anv	32,32	4	60	32:60
mock-heroic	n		10
mockery	n		10,10		32:60
mocking	a
mod	an		18
modal	an		10
mode	n		7,26
model	anv	36,36	9,9	40	36:40
modeled	a
modeling	n		6,4		36:40
modelling	n		4,4		36:40
moderate	anv	32,30	18	c0
moderate-size	a
moderate-sized	a
moderateness	n		7,7
moderating	a
moderation	n		7,11		41:40
moderationism	n		9
moderatism	n		9
moderato	a
moderatorship	n		4
modern	an		18,10
modern-day	a
moderne	a
modernisation	n		4		30:20
modernise	v	30,30		60
modernised	a
modernism	n		6,7
modernistic	a
modernity	n		7
modernization	n		4,10		30:20
modernize	v	30,30		60
modernized	a
modernness	n		7
modest	a
modestness	n		7,7
modesty	n		7,7
modifiable	a
modification	n		4,6		30:c0
modified	a
modifier	n		10,18		30:40
modify	v	30,30		c0
modish	a
modishness	n		7
modular	a
modulate	v	36,32		40
modulated	a
modulation	n		10,10		36:40
module	n		9,6
mohammedan	an		18
mohammedanism	n		9
mohawk	n		18,10
mohican	n		18,10
moil	v	41,38		80
moire	an		6
moist	a
moisten	v	30,35		40
moistening	n		4		35:40
moistness	n		26
moisture	n		26		30:40
moisturise	v	30		40
moisturize	v	30		40
mojo	n		9
moksa	n		11
mokulu	n		10
molal	a
molality	n		7
molar	an		8
molarity	n		7
mold	nv	36,30	25,6	c0	36:40
moldable	a
molded	a
molder	v	30		c0
moldiness	n		7
molding	n		4,6		36:40
moldovan	a
moldy	a
molecular	a
molest	v	41,37		60
molestation	n		4,4		41:20
mollification	n		26,4		37:60
mollify	v	37,30		60
molluscum	n		26
mollycoddle	nv	41	18	20	41:20
molt	nv	29	22	80	29:80
molten	a
molting	n		22		29:80
momentaneous	a
momentary	a
momentous	a
momentousness	n		7
momentum	n		7,7
momism	n		4
mon-khmer	n		10
monacan	an		18
monandrous	a
monandry	n		26
monarchal	a
monarchic	a
monarchical	a
monarchism	n		9
monario	n		10
monastic	an		18
monastical	a
monasticism	n		7
monatomic	a
monaural	a
monecious	a
monegasque	an		18
moneran	an		5
monestrous	a
monetarism	n		9
monetary	a
monetisation	n		4		41:40
monetise	v	41		40
monetization	n		4		41:40
monetize	v	41		40
money	n		21,21
money-spinner	n		9
moneyed	a
moneyless	a
moneymaker	n		18,9
moneymaking	an		4
monger	nv	40	18	40	40:40
mongol	an		18
mongolian	an		18,10
mongolianism	n		26
mongolic	n		10
mongolism	n		26
mongoloid	an		18,18
mongrelise	v	35		40
mongrelize	v	35		40
monied	a
moniker	n		10
moniliasis	n		26
monish	v	32,32		e0
monism	n		9
monistic	a
monition	n		10,10		32:60
monitor	nv	39,39	18,18	60	39:60
monitoring	n		4		39:60
monitory	a
monkey	nv	35,35	5,18	c0	35:40
monkish	a
mono	an		26
monoatomic	a
monocarboxylic	a
monocarpic	a
monochromacy	n		26
monochromasy	n		26
monochromatic	a
monochromatism	n		26
monochrome	an		6,6
monochromia	n		26
monochromic	a
monochromous	a
monocled	a
monoclinal	a
monoclinic	a
monoclinous	a
monoclonal	an		27
monocotyledonous	a
monoculture	n		4
monocytosis	n		26
monodic	a
monodical	a
monody	n		10
monoecious	a
monoestrous	a
monogamous	a
monogamousness	n		26
monogamy	n		26
monogenesis	n		22
monogenic	a
monogram	n		10
monograph	n		10
monogynic	a
monogynous	a
monogyny	n		26
monoicous	a
monolatry	n		4
monolingual	an		18
monolithic	a
monologue	n		10,10		32:80
monologuise	v	32		80
monologuize	v	32		80
monomaniacal	a
monometallic	a
monomorphemic	a
mononeuropathy	n		26
mononuclear	a
mononucleate	a
mononucleosis	n		26
monophonic	a
monophony	n		10
monophysite	an		18
monophysitic	a
monophysitism	n		9
monoplegia	n		26
monoploid	a
monopolisation	n		4		40:40
monopolise	v	41,40		40
monopolistic	a
monopolization	n		4		40:40
monopolize	v	41,40		40
monopoly	n		26,26		41:40
monopsony	n		26
monopteral	a
monorchidism	n		26
monorchism	n		26
monosemous	a
monosemy	n		7
monosomy	n		26
monosyllabic	a
monosyllable	n		10
monotheism	n		9
monotheistic	a
monothelitism	n		9
monotone	an		10,10
monotonic	a
monotonous	a
monotony	n		7,7
monotypic	a
monounsaturated	a
monovalent	a
monovular	a
monozygotic	a
monsoon	n		19,28
monstrance	n		10,6
monstrosity	n		18,11
monstrous	a
montane	a
monte	n		4
monthlong	a
monthly	an		10
montserratian	an		18
monumental	a
monumentalise	v	31		60
monumentalize	v	31		60
moo	nv	32	11	80	32:80
mooch	nv	40	18	c0
mood	n		12,26
moodiness	n		12,7
moody	an		18,18
moolah	n		21
moon	nv	41,41	17,17	80	39:60
moon-faced	a
moon-ray	n		19
moon-round	a
moon-splashed	a
moon-worship	n		4
moonbeam	n		19
mooneye	n		26
moonless	a
moonlight	nv	41	19	80
moonlike	a
moonlit	a
moonshine	nv	30	19,13	80	30:80
moonstruck	a
moonwalk	n		4,4
moony	a
moor	nv	35,35	18,17	c0
moorage	n		21,15
moorish	an		9
moot	anv	32	4	c5
mop	nv	35,29	6	c0	35:40
mop-headed	a
mope	nv	38,37	18	80	37:80
mopes	n		26
mopping	n		4		35:40
moquelumnan	n		10
moraceous	a
moral	an		10
morale	n		26,7
moralisation	n		10,4		32:80
moralise	v	32,32		c0
moralism	n		10,4
moralistic	a
morality	n		7,16
moralization	n		10,4		32:80
moralize	v	32,32		c0
moralizing	n		10		32:80
moratorium	n		28,26
moravian	a
morbid	a
morbidity	n		24,9
morbidness	n		9,7
morbific	a
morbilli	n		26
morbilliform	a
morceau	n		10
mordacious	a
mordacity	n		7
mordant	an		27
mordva	n		18,10
mordvin	n		18,10
mordvinian	n		18,10
more	an		18
mores	n		9
moresque	a
morganatic	a
moribund	a
mormon	an		18,18
mormonism	n		9
morning	n		28,10
moroccan	an		18
moronic	a
moronity	n		9
morose	a
moroseness	n		12,7
morph	v	30,30		e0
morphallaxis	n		22
morphea	n		26
morpheme	n		10
morphemic	a
morphogenesis	n		22
morphologic	a
morphological	a
morphology	n		9,9
morphophoneme	n		10
morphophonemic	a
morphophonemics	n		9
morphophysiology	n		9
morse	n		10,18
mortal	an		3
mortality	n		7,28
mortar	nv	35	6,27	40	35:40
mortgage	nv	40	21	40	40:40
mortgaged	a
mortice	nv	35,35	6	40	35:40
mortification	n		12,19		37:60
mortified	a
mortify	v	37,37		e0
mortifying	a
mortise	nv	35,35	6	40	35:40
mortmain	n		21,7
mortuary	an		6
mosaic	an		6,26
mosaicism	n		26
mosan	n		10
mosey	v	38		80
mosh	v	38		80
moslem	an		18
moss-grown	a
mosstone	a
mossy	a
most	a
most-favored-nation	a
most-valuable	a
mot	n		10,4
motet	n		10
moth-eaten	a
moth-resistant	a
mothball	nv	40	6	40	40:40
mother	nv	41,29	18,27	20	29:20
mother-naked	a
motherese	n		10
motherless	a
motherlike	a
motherliness	n		7
motherly	a
mothproof	av	33		40
mothy	a
motif	n		6,10
motile	an		18
motility	n		7,4
motion	nv	32	10,11	80	32:80
motional	a
motionless	a
motionlessness	n		26
motivate	v	36		61
motivated	a
motivating	an		4
motivation	n		3,26		36:61
motivational	a
motivative	a
motive	an		3,10		36:61
motiveless	a
motivity	n		7
motley	anv	30,30	14,6	40	30:40
motor	anv	38	6,17	80	40:40
motor-assisted	a
motorbike	nv	38	6	80
motorboat	nv	38	6	80	38:80
motorcycle	nv	38	6	80	38:80
motorcycling	n		4		38:80
motored	a
motorial	a
motoring	n		4		38:80
motorisation	n		4		30:40
motorise	v	30		40
motorised	a
motorization	n		4		40:40
motorize	v	40,40		40
motorized	a
motorless	a
mottle	nv	36,30	7	40
mottled	a
mottling	n		4		36:40
motto	n		10
moue	n		10
mould	nv	36,36	27,25	40
moulder	v	30		c0
mouldy	a
moult	nv	29	22	80	29:80
moulting	n		22		29:80
mound	nv	36	6,17	40	36:40
mount	nv	35,30	5,4	c0	38:40
mountaineer	nv	38	18	80	38:80
mountaineering	n		4		38:80
mountainous	a
mounted	a
mounting	n		11,6		38:c0
mourn	v	37,37		80
mournful	a
mournfulness	n		12
mourning	an		26,4		37:80
mouse	nv	38,35	5,26	80
mouse-colored	a
mouse-eared	a
mouse-sized	a
mouselike	a
mousetrap	n		6,4
mousey	a
mousse	nv	29	13,13	40
mousy	a
mouth	nv	32,32	8,8	80	35:60
mouth-watering	a
mouthless	a
mouthlike	a
movability	n		7
movable	an		21
movableness	n		7
move	nv	38,38	4,4	c0	41:80
moveable	a
moved	a
movement	n		4,4		38:40
movie	n		10
moviemaking	n		4
moving	a
mow	nv	35,29	6	c0	35:40
mown	a
moxie	n		7
mozambican	an		18
mozart	n		18,10
mozartean	a
mozartian	a
mpeg	n		4
mr	n		10
mrd	n		10
mri	n		4
mrs	n		10
ms	n		26,15
ms-dos	n		10
msc	n		10
mu	n		10
much	an		23
muchness	n		7
muciferous	a
mucilaginous	a
mucinoid	a
mucinous	a
muck	nv	30,38	27,27	c0	35:60
muckrake	v	32		80
muckraking	n		10		32:80
mucky	a
mucocutaneous	a
mucoid	an		27
mucoidal	a
mucopolysaccharidosis	n		26
mucopurulent	a
mucosal	a
mucose	a
mucous	a
mucoviscidosis	n		26
mud	nv	35,35	27,10	60	35:40
mud-beplastered	a
mud-brick	a
mud-wrestle	v	35		80
muddied	a
muddiness	n		26,9
muddle	nv	35,31	26,26	40	31:40
muddled	a
muddleheaded	a
muddy	av	35,31		40
mudra	n		4
mudslide	n		11
mudwrestle	v	35		80
muff	nv	41,41	6,4	c0	41:40
muffle	nv	35,39	6	60
muffled	a
mug	nv	40	23,18	20
mugginess	n		26
mugging	n		4		40:20
muggy	a
muhammadan	an		18
muhammadanism	n		9
mulch	nv	35	6	40	35:40
mulct	nv	41,40	21	28	40:28
muliebrity	n		26,7
mulish	a
mulishness	n		7
mull	nv	31,39	17,15	c0
mullioned	a
multi-color	a
multi-colored	a
multi-colour	a
multi-coloured	a
multi-ethnic	a
multi-seeded	a
multi-stemmed	a
multi-valued	a
multicellular	a
multicollinearity	n		9
multicolor	a
multicolored	a
multicolour	a
multicoloured	a
multicultural	a
multiculturalism	n		9
multidimensional	a
multiethnic	a
multifaceted	a
multifactorial	a
multifarious	a
multifariousness	n		7
multiform	a
multilane	a
multilateral	a
multilevel	a
multilingual	a
multimedia	n		10
multinational	a
multinomial	an		9
multinucleate	a
multiparous	a
multipartite	a
multiphase	a
multiple	an		9
multiple-choice	a
multiplex	an		10,6
multiplication	n		4,22		29:80
multiplicative	a
multiplicity	n		7,7
multiplied	a
multiply	v	31,30		c0
multipotent	a
multiprocessing	n		22
multiprogramming	n		22
multipurpose	a
multiracial	a
multistorey	a
multistoried	a
multistory	a
multitudinous	a
multitudinousness	n		7
multivalence	n		26
multivalency	n		26
multivalent	a
multivariate	a
mulwi	n		10
mum	an		20,18
mumble	nv	32,34	10	c4	32:c4
mumble-the-peg	n		4
mumblety-peg	n		4
mumbling	n		10,4		32:c4
mummery	n		10
mummification	n		26,26		42:40
mummify	v	42,40		60
mummy-brown	a
mumps	n		26
mumpsimus	n		9
munch	nv	34	18,4	40	34:40
munda	n		10
munda-mon-khmer	n		10
mundane	a
mundaneness	n		7,7
mundanity	n		7,7
municipal	a
munificence	n		7
munificent	a
muniments	n		10
munition	nv	40	6,6	60	40:60
munjuk	n		10
mural	an		6
murder	nv	41,30	4	60	41:20
murdered	a
murderous	a
murderousness	n		12,7
murine	an		5
murk	nv	30	26	40	30:40
murkiness	n		26,7
murky	a
murmur	nv	32,32	11,10	c4	32:c4
murmuration	n		11		32:c4
murmuring	an		11,10		32:c4
murmurous	a
murrain	n		26
muscle	nv	38	8,8	80
muscle-bound	a
musclebuilding	n		4
muscovite	an		27,18
muscular	a
muscularity	n		26,7
musculoskeletal	a
musd	n		10
muse	nv	31	18,9	80	31:80
musgoi	n		10
musgu	n		10
mush	nv	38,38	17,13	c0
mushiness	n		7,7
mushroom	nv	35,30	20,20	80	35:80
mushy	a
music	n		10,9
musical	an		10
musicality	n		7
musicalness	n		7
musicianship	n		9
musicological	a
musicology	n		9
musing	an		9		31:80
musk	n		27,9
musk-scented	a
musketry	n		14,9
muskhogean	n		18,10
muskiness	n		7
muskogean	n		18,10
musky	a
musky-scented	a
muslim	an		18
muslimism	n		14,9
musophobia	n		26
muss	nv	35	26	40	35:40
mussiness	n		26
mussitate	v	32		c4
mussitation	n		11		32:c4
mussy	a
must	an		17,13
mustached	a
mustachioed	a
muster	nv	35,32	14,4	60	32:20
mustiness	n		7
musty	a
mutability	n		7
mutable	a
mutableness	n		7
mutafacient	a
mutagenesis	n		11
mutagenic	a
mutant	an		18,5		30:80
mutate	v	30		80
mutation	n		18,11		30:80
mutational	a
mutative	a
mute	anv	39	18,6	40	39:40
muted	a
muteness	n		26,7
mutilate	v	30,30		40
mutilated	a
mutilation	n		11		30:40
mutinous	a
mutiny	nv	41	4	80	41:80
mutism	n		26
mutter	nv	32,32	11,10	c4	32:c4
muttering	n		11,10		32:c4
mutual	a
mutualist	a
muzzle	nv	40,39	6,5	60
muzzle-loading	a
muzzy	a
mwera	n		10
myalgia	n		26
myalgic	a
myasthenia	n		26,26
mycenaean	a
mycology	n		9
mycophagy	n		4
mycosis	n		26
mydriasis	n		4
myelatelia	n		26
myelic	a
myelinated	a
myelinic	a
myelinisation	n		22
myelinization	n		22
myelitis	n		26
myelofibrosis	n		26
myelography	n		4
myeloid	a
myeloma	n		26
myelomeningocele	n		26
myiasis	n		26
myocardial	a
myocardiopathy	n		26
myocarditis	n		26
myoclonus	n		26
myodynia	n		26
myoglobinuria	n		26
myogram	n		10
myoid	a
myology	n		9
myoma	n		26
myometritis	n		26
myonecrosis	n		19
myopathic	a
myopathy	n		26
myopia	n		26
myopic	a
myosarcoma	n		26
myosis	n		26,4
myositis	n		26
myotic	an		6
myotomy	n		4
myotonia	n		26
myotonic	a
myriad	an		23,23
myringectomy	n		4
myringoplasty	n		4
myringotomy	n		4
myrmecophagous	a
myrmecophilous	a
myrmecophytic	a
mysophilia	n		12
mysophobia	n		26
mysophobic	a
mysterious	a
mystery	n		9,10		31:40
mystic	an		18
mystical	a
mysticism	n		9,9
mystification	n		9,6		30:40
mystified	a
mystifier	n		10		31:40
mystify	v	31,30		40
mystifying	a
mystique	n		7
myth	n		10		30:40
mythic	a
mythical	a
mythicise	v	31,30		40
mythicize	v	31,30		40
mythologic	a
mythological	a
mythologisation	n		10		30:40
mythologise	v	36,30		40
mythologization	n		10		30:40
mythologize	v	36,30		40
mythology	n		14,9		30:40
myxedema	n		26
myxoedema	n		26
myxoma	n		26
myxomatosis	n		26
n-th	a
na-dene	n		10
nab	v	35,35		20
nacreous	a
nadir	n		26,15
nafta	n		4
nag	nv	32,37	18,5	e0	32:a0
naga	n		10
nagari	n		10
nagging	a
nahuatl	n		18,10
nahum	n		18,10
naiant	a
naif	an		18
naiki	n		10
nail	nv	35,35	8,6	60	35:40
nail-biting	a
naive	a
naiveness	n		7
naivete	n		7
naivety	n		7
naked	a
naked-muzzled	a
naked-tailed	a
nakedness	n		26,26
namby-pamby	an		18
name	nv	32,32	10,26	60	32:60
name-dropping	n		10
namedrop	v	32		80
nameless	a
namelessness	n		26
names	n		10
namibian	an		18
naming	an		10,4		32:40
nancere	n		10
nanism	n		26
nanocephalic	a
nanocephaly	n		26
nanophthalmos	n		26
nanotechnology	n		9
nanticoke	n		18,10
nap	nv	29	28,7	80	29:80
napoleonic	a
napped	a
napping	a
nappy	an		6
naprapathy	n		4
narcism	n		7
narcissism	n		7
narcissistic	a
narcolepsy	n		26
narcoleptic	an		18,6
narcosis	n		9
narcoterrorism	n		4
narcotic	an		6		29:20
narcotise	v	29		20
narcotised	a
narcotising	a
narcotize	v	29		20
narcotized	a
narcotizing	a
narcotraffic	n		4
narial	a
nark	nv	37,32	18,18	e0	32:80
narrate	v	32,32		c0
narration	n		10,10		32:c0
narrative	an		10
narrow	anv	30,31	17	c0	30:c0
narrow-bodied	a
narrow-minded	a
narrow-mindedness	n		9
narrow-mouthed	a
narrowed	a
narrowing	an		7,22		30:c0
narrowness	n		7,9
nary	a
nasal	an		10,8
nasale	v	32		40
nasalisation	n		10		32:40
nasalise	v	32,32		c0
nasality	n		7
nasalization	n		10		32:80
nasalize	v	32,32		c0
nascence	n		11
nascency	n		11
nascent	a
naseby	n		15,4
nasopharyngeal	a
nastiness	n		26,7
nasty	a
natal	an		15,15
natation	n		4
national	an		18
nationalisation	n		4,4		30:40
nationalise	v	30,30		40
nationalism	n		7,9
nationalist	an		18,18
nationalistic	a
nationality	n		14,26
nationalization	n		4,4		30:40
nationalize	v	30,30		40
nationhood	n		26
nationwide	a
native	an		18,18
native-born	a
nativeness	n		7
nativism	n		10,9
nativist	an		18
nativistic	a
nativity	n		11,9
natriuresis	n		26
natriuretic	a
natter	v	32		80
nattiness	n		7
natty	a
natural	an		18,10
naturalisation	n		7,4		30:40
naturalise	v	30,30		40
naturalised	a
naturalism	n		9,14
naturalistic	a
naturalization	n		7,4		30:40
naturalize	v	30,32		60
naturalized	a
naturalness	n		7,7
nature	n		7,18
naturism	n		4
naturistic	a
naturopathy	n		4
nauch	n		4
naught	n		23,4
naughtiness	n		7
naughty	a
naupathia	n		26
nauruan	an		18
nausea	n		26,12		39:40
nauseate	v	39,37		60
nauseated	a
nauseating	a
nauseatingness	n		7
nauseous	a
nautch	n		4
nautical	a
navaho	n		18,10
navajo	n		18,10
naval	a
navarino	n		4
navel-gazing	n		9
navicular	an		8
navigability	n		7
navigable	a
navigate	v	38,38		e0
navigation	n		4,4		38:c0
navigational	a
navy	n		14,7
nay	n		10
naysaying	n		10
nazarene	an		18,18
nazi	an		18,18
nazification	n		22
nazify	v	30		60
nb	n		27,10
ndebele	n		10
neandertal	an		5
neanderthal	an		5
neanderthalian	a
neap	n		11
neapolitan	an		18
near	av	38		c0
near-blind	a
nearby	a
nearness	n		7
nearsighted	a
nearsightedness	n		26
neat	a
neaten	v	30,29		e0
neatness	n		26,7
nebiim	n		10
nebula	n		27,26
nebular	a
nebulose	a
nebulous	a
nec	n		26
necessary	an		17
necessitate	v	42,42		44
necessitous	a
necessity	n		26,17		42:44
neck	nv	35	8,17	20
neck-deep	a
necked	a
necking	n		6,4		35:20
neckless	a
necklike	a
necrobiosis	n		19
necrology	n		10,10
necrolysis	n		22
necromancy	n		9,9
necromantic	a
necromantical	a
necrophagia	n		4
necrophagy	n		4
necropsy	n		4
necrose	v	29		80
necrosis	n		19
necrotic	a
nectar-rich	a
nectariferous	a
nectarous	a
nee	a
need	nv	42,34	26,17	40	34:40
needed	a
needful	a
neediness	n		26,7
needle	nv	32,35	20,6	60
needle-shaped	a
needlecraft	n		6,4
needled	a
needlelike	a
needless	a
needlework	n		6,4
needy	an		14
nefarious	a
nefariousness	n		7
negate	v	42,32		40
negation	n		10,10		32:40
negative	anv	41	10,6	40	41:40
negativeness	n		24,7
negativism	n		7
negativity	n		24,7
neglect	nv	31,41	9,26	61	31:60
neglected	a
neglectful	a
neglectfulness	n		7
negligence	n		4,7
negligent	a
negligible	a
negociate	v	41,40		40
negotiable	a
negotiate	v	32,38		40
negotiation	n		10,4		32:40
negritude	n		9
negro	an		18
negroid	an		18
nehemiah	n		10
neigh	nv	32	11	80	32:80
neighbor	nv	42,42	18,17	c0	42:80
neighboring	a
neighborliness	n		7
neighborly	a
neighbour	nv	42,42	18,17	c0	42:80
neighbourliness	n		7
neighbourly	a
neither	a
nelson	n		18,4
nemesis	n		18,26
nenets	n		10
nentsi	n		10
nentsy	n		10
neo	a
neo-darwinian	a
neo-darwinism	n		9
neo-lamarckian	a
neo-lamarckism	n		9
neo-latin	n		10
neoclassic	a
neoclassical	a
neoclassicism	n		9
neoclassicist	an		18
neoclassicistic	a
neocolonialism	n		4
neoconservatism	n		9
neocortical	a
neoliberal	an		18
neoliberalism	n		9
neolithic	an		28
neologism	n		10,4
neology	n		10,4
neonatal	a
neonatology	n		9
neophobia	n		26
neoplasia	n		22
neoplasm	n		26
neoplastic	a
neoplatonism	n		9
neotenic	a
neotenous	a
neoteny	n		9
neotony	n		26
nepalese	an		18
nepali	an		18,10
nephology	n		9
nephralgia	n		26
nephrectomy	n		4
nephritic	a
nephritis	n		26
nephroangiosclerosis	n		26
nephroblastoma	n		26
nephrocalcinosis	n		26
nephrolithiasis	n		26
nephrology	n		9
nephropathy	n		26
nephroptosia	n		26
nephroptosis	n		26
nephrosclerosis	n		26
nephrosis	n		26,26
nephrotomy	n		4
nephrotoxic	a
nepotism	n		4
neritic	a
nerve	nv	37	8,7	20	37:20
nerve-racking	a
nerve-wracking	a
nerveless	a
nervelessness	n		7
nerves	n		26,7
nervous	a
nervousness	n		12,26
nervy	a
nescience	n		9
nescient	a
nest	nv	42,35	17,6	c0	35:80
nestle	nv	35,42	4	80	35:80
nestled	a
nestorian	an		18
nestorianism	n		9
net	anv	40,40	6,6	40	35:40
netball	n		4
nether	a
nethermost	a
netherworld	n		9
netkeeper	n		18,4
netlike	a
netmail	v	32		60
netscape	n		10
nett	av	35		40
netted	a
netting	n		6,4		36:40
nettle	nv	39,37	20	60	39:40
nettled	a
nettlesome	a
network	nv	32	14,6	80	32:80
networklike	a
neural	a
neuralgia	n		26
neuralgic	a
neuralgy	n		26
neurasthenia	n		26
neurasthenic	an		18
neurectomy	n		4
neurilemoma	n		26
neurinoma	n		26
neuritis	n		26
neuroanatomic	a
neuroanatomical	a
neuroanatomy	n		9
neurobiological	a
neurobiology	n		9
neuroblastoma	n		26
neurodermatitis	n		26
neuroendocrine	a
neuroepithelioma	n		26
neuroethics	n		9
neurofibroma	n		26
neurofibromatosis	n		26
neurogenesis	n		22
neurogenic	a
neuroglial	a
neurolinguistics	n		9
neurologic	a
neurological	a
neurology	n		9,9
neuroma	n		26
neuromatous	a
neuromotor	a
neuromuscular	a
neuronal	a
neuronic	a
neuropathy	n		26
neurophysiological	a
neurophysiology	n		9
neuroplasty	n		4
neuropsychiatric	a
neuropsychiatry	n		9
neuropsychological	a
neuropsychology	n		9
neurosarcoma	n		26
neuroscience	n		9
neurosis	n		26
neurosurgery	n		4
neurosyphilis	n		26
neurotic	an		18
neuroticism	n		26
neurotoxic	a
neurotropic	a
neurotropism	n		4
neuter	anv	29	10	20	29:20
neutered	a
neutering	n		4		29:20
neutral	an		18
neutral-colored	a
neutral-coloured	a
neutralisation	n		22,4		30:40
neutralise	v	35,33		60
neutralised	a
neutralism	n		10
neutrality	n		4,9
neutralization	n		4,22		41:40
neutralize	v	41,30		40
neutralized	a
neutropenia	n		26
never-ending	a
never-never	n		21,15
never-say-die	a
nevus	n		7
new	a
new-made	a
new-mown	a
new-sprung	a
newari	n		10
newborn	an		18
newfangled	a
newfound	a
newmarket	n		6,4
newness	n		7
news	n		10,10
newsbreak	n		10
newscast	n		10
newsflash	n		10
newsless	a
newsletter	n		10
newspaper	n		10,14
newspapering	n		4
newspeak	n		4
newsreel	n		10
newssheet	n		10
newsworthiness	n		7
newsworthy	a
newsy	a
newtonian	an		18
next	a
next-to-last	a
nganasan	n		18,10
ngu	n		26
nguni	n		10
nibbed	a
nibble	nv	35,35	23,4	c0	34:40
nibelungenlied	n		10
nicaean	a
nicaraguan	an		18
nice	an		15
nicene	a
niceness	n		7,7
nicety	n		7,10
niche	n		26,25
nick	nv	35,35	7,6	40
nickel	nv	35	27,21	40	35:40
nickel-and-dime	av	40,35		c0
nicker	nv	32	11	80	32:80
nickname	nv	32	10,10	20	32:20
nictate	v	29		80
nictation	n		4		29:80
nictitate	v	29		80
nictitation	n		4		29:80
nidation	n		22
niddm	n		26
nidicolous	a
nidifugous	a
nidus	n		26,17
niff	n		9
niffy	a
nifty	a
niger-congo	n		10
niger-kordofanian	n		10
nigerian	an		18
nigerien	an		18
niggardliness	n		7
niggardly	a
niggardness	n		7
niggle	v	37,32		80
niggling	a
nigh	a
night-sight	n		9
night-stop	n		4
nighted	a
nightlife	n		4,4
nightlong	a
nightly	a
nightmare	n		26,9
nightmarish	a
nightwork	n		4
nigrify	v	30		c0
nihilism	n		9,26
nihilistic	a
nihility	n		26
nilo-saharan	n		10
nilotic	an		10
nilpotent	a
nim	n		4
nimble	a
nimble-fingered	a
nimbleness	n		9,7
nimbus	n		17,7
nimiety	n		7
niminy-piminy	a
nine	an		23,14
nine-fold	a
nine-membered	a
nine-sided	a
ninefold	a
ninepence	n		21
ninepenny	a
ninepins	n		4
nineteen	an		23
nineteenth	an		24
ninetieth	an		24
ninety	an		23
ninety-eight	a
ninety-fifth	a
ninety-five	a
ninety-four	a
ninety-nine	a
ninety-one	a
ninety-seven	a
ninety-six	a
ninety-three	a
ninety-two	a
ninjitsu	n		4
ninjutsu	n		4
ninth	an		24,23
nip	nv	35,35	23,18	40
nipping	a
nipponese	an		18
nippy	a
nirvana	n		26,15
nisi	a
nisus	n		4
nitid	a
nitpick	v	32		80
nitrate	nv	30	27	40	30:40
nitric	a
nitrification	n		22,22		30:40
nitrify	v	30,30		40
nitrogen-bearing	a
nitrogen-fixing	a
nitrogenise	v	30		40
nitrogenize	v	30		40
nitrogenous	a
nitrous	a
nitty-gritty	n		9
nitwitted	a
nix	nv	32	23	41
nlp	n		9
nmr	n		19
no	an		10,27
no-account	an		18
no-brainer	n		4
no-count	a
no-frills	a
no-go	a
no-goal	n		9
no-good	a
no-hit	a
no-hitter	n		4
no-nonsense	a
no-trump	n		4
no-win	a
noachian	a
nobble	v	41,40		60
nobility	n		14,7
noble	an		18
noble-minded	a
noble-mindedness	n		7
nobleness	n		7
noblesse	n		26,14
nocent	a
nociceptive	a
nock	v	35		40
noctambulation	n		4
noctambulism	n		4
noctilucent	a
nocturia	n		22
nocturnal	a
nocturne	n		10
nod	nv	32,32	10,4	c0	32:40
nodding	a
noddle	n		9
nodular	a
nodulated	a
noduled	a
nodulose	a
noetic	a
noise	nv	39	11,9	80	39:80
noiseless	a
noiselessness	n		7
noisiness	n		7
noisome	a
noisomeness	n		7
noisy	a
noli-me-tangere	n		26
noma	n		26
nomadic	a
nomenclature	n		10
nomenklatura	n		4
nominal	an		10
nominalism	n		9
nominalistic	a
nominate	v	32,41		a0
nominated	a
nomination	n		4,26		41:20
nominative	an		10
nomothetic	a
non-aromatic	a
non-automatic	a
non-buoyant	a
non-conducting	a
non-discrimination	n		7
non-elective	a
non-engagement	n		4
non-finite	a
non-invertible	a
non-involvement	n		4
non-issue	n		26
non-living	a
non-metric	a
non-miscible	a
non-negotiable	a
non-paying	a
non-poisonous	a
non-profit-making	a
non-proliferation	n		4
non-resinous	a
non-resiny	a
non-slave	a
non-u	a
non-ugric	n		10
non-water-soluble	a
non-white	a
non-zero	a
nonabsorbency	n		7
nonabsorbent	a
nonabsorptive	a
nonacceptance	n		4
nonaccomplishment	n		4
nonachievement	n		4
nonadaptive	a
nonaddictive	a
nonadhesive	a
nonadjacent	a
nonadsorbent	a
nonadsorptive	a
nonaged	a
nonagenarian	an		18
nonaggression	n		10
nonaggressive	a
nonalcoholic	a
nonaligned	a
nonappearance	n		4
nonappointive	a
nonarbitrable	a
nonarbitrary	a
nonarboreal	a
nonassertive	a
nonassociative	a
nonastringent	a
nonattendance	n		4
nonautonomous	a
nonbearing	a
nonbeing	n		26
nonbelligerent	a
noncaloric	a
noncarbonated	a
noncausal	a
noncausative	a
noncellular	a
nonchalance	n		7
nonchalant	a
nonchristian	a
nonchurchgoing	a
noncivilised	a
noncivilized	a
nonclassical	a
noncollapsable	a
noncollapsible	a
noncolumned	a
noncombatant	an		18
noncombinative	a
noncombining	a
noncombustible	a
noncommercial	a
noncommissioned	a
noncommittal	a
noncommunicable	a
noncompetitive	a
noncompliance	n		4
noncompliant	an		18
noncomprehensive	a
nonconcentric	a
nonconducting	a
nonconductive	a
nonconformance	n		9,4
nonconforming	a
nonconformism	n		9,4
nonconformist	an		18,18
nonconformity	n		10,9
nonconscious	a
noncontagious	a
noncontentious	a
noncontinuous	a
noncontroversial	a
nonconvergent	a
noncritical	a
noncrucial	a
noncrystalline	a
noncurrent	a
noncyclic	a
noncyclical	a
nondeductible	a
nondenominational	a
nondescript	an		18
nondevelopment	n		22
nondigestible	a
nondisjunction	n		22
nondisposable	a
none	an		28,4
nonechoic	a
noneffervescent	a
nonelected	a
nonelective	a
nonenterprising	a
nonentity	n		26,18
nonenzymatic	a
nonequivalence	n		7
nonequivalent	a
nonessential	an		17
nonevent	n		11
nonexempt	a
nonexistence	n		26
nonexistent	a
nonexplorative	a
nonexploratory	a
nonexplosive	a
nonextant	a
nonextensile	a
nonfat	a
nonfatal	a
nonfeasance	n		4
nonfiction	n		10
nonfictional	a
nonfigurative	a
nonfinancial	a
nonfissile	a
nonfissionable	a
nonflammable	a
nonflavored	a
nonflavoured	a
nonflowering	a
nonfunctional	a
nonglutinous	a
nongranular	a
nongregarious	a
nonhairy	a
nonharmonic	a
nonhereditary	a
nonheritable	a
nonhierarchic	a
nonhierarchical	a
nonhuman	a
nonimitative	a
nonimmune	a
nonindulgence	n		7
nonindulgent	a
nonindustrial	a
noninfectious	a
noninflammatory	a
noninheritable	a
noninstitutional	a
noninstitutionalised	a
noninstitutionalized	a
nonintegrated	a
nonintellectual	a
noninterchangeable	a
noninterference	n		10
nonintersecting	a
nonintervention	n		10
noninvasive	a
nonionic	a
nonionised	a
nonionized	a
nonjudgmental	a
nonkosher	a
nonleaded	a
nonlegal	a
nonlethal	a
nonlexical	a
nonlinear	a
nonlinguistic	a
nonliteral	a
nonliterary	a
nonliterate	a
nonliving	a
nonmagnetic	a
nonmandatory	a
nonmaterial	a
nonmeaningful	a
nonmechanical	a
nonmechanistic	a
nonmedicinal	a
nonmetal	an		27
nonmetallic	a
nonmetamorphic	a
nonmigratory	a
nonmilitary	a
nonmodern	a
nonmonotonic	a
nonmotile	a
nonmoving	a
nonmusical	a
nonnative	a
nonnatural	a
nonnegative	a
nonnomadic	a
nonnormative	a
nonobjective	a
nonobligatory	a
nonobservance	n		4
nonobservant	a
nonoccurrence	n		26
nonopening	a
nonoperational	a
nonoscillatory	a
nonparallel	a
nonparametric	a
nonparasitic	a
nonpareil	an		18,13
nonparticipation	n		4
nonparticulate	a
nonpartisan	an		18
nonpartisanship	n		9
nonpartizan	an		18
nonpasserine	a
nonpayment	n		21,21
nonperformance	n		4
nonperiodic	a
nonpersonal	a
nonphotosynthetic	a
nonphysical	a
nonplus	v	31		40
nonplused	a
nonplussed	a
nonpoisonous	a
nonpolar	a
nonpolitical	a
nonporous	a
nonpregnant	a
nonprehensile	a
nonprescription	a
nonproductive	a
nonprofessional	a
nonprofit	an		4
nonprognosticative	a
nonprogressive	a
nonproliferation	n		4
nonproprietary	a
nonprotractile	a
nonpsychoactive	a
nonpublic	a
nonpurulent	a
nonracial	a
nonracist	a
nonradioactive	a
nonrandom	a
nonrational	a
nonreciprocal	a
nonreciprocating	a
nonrecreational	a
nonreflecting	a
nonreflective	a
nonremittal	n		21,21
nonrenewable	a
nonrepetitive	a
nonrepresentational	a
nonrepresentative	a
nonresident	an		18
nonresidential	a
nonresilient	a
nonresinous	a
nonresiny	a
nonresistance	n		4
nonresistant	a
nonresonant	a
nonrestrictive	a
nonreticulate	a
nonretractable	a
nonretractile	a
nonreturnable	a
nonreversible	a
nonrhythmic	a
nonrigid	a
nonruminant	a
nonsectarian	a
nonsegmental	a
nonsegregated	a
nonsense	an		10,6
nonsensical	a
nonsensicality	n		10
nonsensitive	a
nonsexual	a
nonsignificant	a
nonskid	a
nonslip	a
nonslippery	a
nonsocial	a
nonsovereign	a
nonspatial	a
nonspeaking	a
nonspecific	a
nonspherical	a
nonstandard	a
nonsteroidal	an		27
nonstick	a
nonstop	an		4
nonstructural	a
nonsubjective	a
nonsubmergible	a
nonsubmersible	a
nonsuppurative	a
nonsurgical	a
nonsweet	a
nonsyllabic	a
nonsymbiotic	a
nonsynchronous	a
nonsynthetic	a
nontaxable	a
nontechnical	a
nontelescopic	a
nontelescoping	a
nonterritorial	a
nonthermal	a
nontoxic	a
nontraditional	a
nontransferable	a
nontranslational	a
nontransmissible	a
nonturbulent	a
nonuniform	a
nonuniformity	n		7
nonunion	a
nonunionised	a
nonunionized	a
nonuple	a
nonvenomous	a
nonverbal	a
nonviable	a
nonviolence	n		4
nonviolent	a
nonviscid	a
nonvisual	a
nonvolatile	a
nonvolatilisable	a
nonvolatilizable	a
nonvoluntary	a
nonwashable	a
nonwoody	a
nookie	n		4
nooky	n		4
noose	nv	36,35	6,6	40	35:40
nootka	n		18,10
nordic	an		10
noreaster	n		19
norm	n		24,9
normal	an		9
normalcy	n		26,7
normalisation	n		4		30:40
normalise	v	30,30		c0
normality	n		26,23
normalization	n		4		30:40
normalize	v	30,30		c0
norman	an		18,18
norman-french	n		10
normative	a
normotensive	a
normothermia	n		26
norse	an		18,18
north	an		15,15
north-central	a
north-polar	a
northbound	a
northeast	an		24,15
northeaster	n		19
northeasterly	a
northeastern	a
northeastward	an		24
norther	n		19
northerly	an		19
northern	an		10
northernmost	a
northernness	n		7
northmost	a
northward	an		24
northwest	an		15,24
northwester	n		19
northwesterly	a
northwestern	a
northwestward	an		24
norwegian	an		18,10
nose	nv	39,38	8,6	c0	35:80
nosebleed	n		26
nosecount	n		4
nosed	a
nosedive	nv	38	22,4	80
noseless	a
nosey	a
nosh	nv	34	13	80	34:80
nosiness	n		9
nosocomial	a
nosohusial	a
nosology	n		9
nostalgia	n		12
nostalgic	a
nosy	a
not-for-profit	n		4
notable	an		18
notarise	v	32		40
notarize	v	32		40
notate	v	32		40
notation	n		10,10		32:40
notch	nv	35,32	25,17	40	35:40
notched	a
note	nv	32,39	10,10	64	32:44
notebook	n		10,6
noted	a
notepaper	n		10
noteworthy	a
nothingness	n		26,10
nothings	n		10
notice	nv	39,39	10,9	64	32:64
noticeability	n		7
noticeable	a
noticeableness	n		7
noticed	a
notifiable	a
notification	n		4,10		32:64
notify	v	32		64
notion	n		9,9
notional	a
notoriety	n		26
notorious	a
notturno	n		10
noumenon	n		9
noun	n		10,10
nourish	v	34,34		60
nourished	a
nourishing	a
nourishment	n		13,4		34:60
nous	n		9,9
nouveau-riche	an		18
nov-esperanto	n		10
nov-latin	n		10
novate	v	30		40
novation	n		4		30:40
novel	an		10,6
novelette	n		10
novelisation	n		4		30:40
novelise	v	30		40
novelization	n		4		30:40
novelize	v	30		40
novella	n		10
novelty	n		7,9
novena	n		4
novial	n		10
nowhere	n		26
nowness	n		7
noxious	a
noxiousness	n		7
nrem	n		26
nsu	n		26
nth	a
nu	n		10
nuance	n		10
nubbiness	n		7
nubbly	a
nubby	a
nubile	a
nuclear	a
nucleate	av	42		80
nucleated	a
nucleonics	n		9
nucleosynthesis	n		22
nude	an		6,26
nudeness	n		26
nudge	nv	35,32	4	61	35:60
nudism	n		4
nudity	n		26
nugatory	a
nuisance	n		9,18
nuke	nv	33,33	6	60	33:40
null	an		23
nullification	n		9,4		41:40
nullified	a
nullify	v	41,31		40
nullity	n		26,10
numb	av	39		60
number	nv	42,32	7,23	60	30:40
numbering	n		10		32:60
numberless	a
numbers	n		10,4
numbing	a
numbness	n		26,7
numerable	a
numeracy	n		9
numeral	an		10
numerate	av	32,31		60
numeration	n		10,4		31:40
numeric	a
numerical	a
numerological	a
numerology	n		9
numerosity	n		7
numerous	a
numerousness	n		7
numidian	an		18
numinous	a
numismatics	n		4
numismatology	n		4
nun	n		18,10
nung	n		10
nuptial	a
nuptials	n		11
nurse	nv	29,37	18,18	40	41:20
nursed	a
nursing	n		4,14		41:20
nurtural	a
nurturance	n		4		34:60
nurturant	a
nurture	nv	32,41	7,4	60	41:20
nut	nv	35	20,18	80	35:80
nut-bearing	a
nutate	v	38		80
nutation	n		4		38:80
nutbrown	a
nutlike	a
nutmeg-shaped	a
nutrient	an		3,3		34:40
nutrify	v	34		40
nutrition	n		22,13		34:40
nutritional	a
nutritionary	a
nutritious	a
nutritiousness	n		7
nutritive	a
nutritiveness	n		7
nuts	a
nutty	a
nuzzle	v	35,35		80
nyamwezi	n		10
nyctalopia	n		26
nyctophobia	n		26
nycturia	n		22
nympholepsy	n		26
nymphomania	n		12
nymphomaniac	an		18
nymphomaniacal	a
nynorsk	n		10
nystagmus	n		4
o	n		27,10
oafish	a
oaken	a
oarsmanship	n		9
oaten	a
oath	n		10,10
ob	n		17,9
obadiah	n		18,10
obbligato	n		10,10
obduracy	n		7
obdurate	a
obeah	n		14,9
obedience	n		4,7		41:60
obedient	a
obeisance	n		10,4		41:60
obelisk	n		6,10
obese	a
obesity	n		7
obey	v	41		60
obfuscate	v	32		40
obfuscation	n		9,4		32:40
obi	n		14,9
obiism	n		9
obit	n		10
obituary	n		10
object	nv	32,42	3,9	84	30:40
objectification	n		4,6		30:40
objectify	v	30,30		40
objection	n		10,10		32:84
objectionable	a
objectionableness	n		7
objective	an		9,6
objectiveness	n		7
objectivity	n		7
objurgate	v	32,32		60
objurgation	n		10		32:20
oblanceolate	a
oblate	an		18
oblateness	n		7
oblation	n		4,4
obligate	av	41,40		41
obligated	a
obligation	n		4,26		41:1
obligational	a
obligato	n		10,10
obligatory	a
oblige	v	41,32		61
obliged	a
obliging	a
obligingness	n		7
oblique	an		10,8
oblique-angled	a
obliqueness	n		7,7
obliquity	n		26,7
obliterable	a
obliterate	av	30,30		40
obliterated	a
obliteration	n		4,11		30:40
oblivion	n		26,9
oblivious	a
obliviousness	n		9
oblong	an		25
oblongness	n		7
obloquy	n		26,10
obnoxious	a
obnoxiousness	n		7
obnubilate	v	39,31		40
obovate	a
obscene	a
obscenity	n		7,10
obscurantism	n		9,4
obscure	av	39,31		40
obscureness	n		26,26
obscurity	n		7,26
obsequious	a
obsequiousness	n		7
observable	a
observance	n		4,11		39:e0
observant	a
observation	n		4,4		39:64
observational	a
observe	v	39,32		64
observed	a
observing	a
obsess	v	37,37		e0
obsessed	a
obsession	n		16,9		37:80
obsessional	a
obsessive	an		18
obsessive-compulsive	an		18
obsessiveness	n		7
obsessivity	n		7
obsolesce	v	30		80
obsolescence	n		22		30:80
obsolescent	a
obsolete	a
obsoleteness	n		7
obstacle	n		9,6
obstetric	a
obstetrical	a
obstetrics	n		9
obstinacy	n		7,7
obstinance	n		7,7		30:80
obstinate	av	30		80
obstipate	v	29		40
obstipation	n		26		29:40
obstreperous	a
obstreperousness	n		7
obstruct	v	41,35		40
obstructed	a
obstruction	n		6,26
obstructionism	n		4
obstructive	a
obstruent	n		10
obtain	v	40,30		c0
obtainable	a
obtainment	n		4		40:40
obtention	n		4		40:40
obtrude	v	38,32		e0
obtrusive	a
obtrusiveness	n		7
obtund	v	30		40
obturate	v	35		40
obtuse	a
obtuseness	n		9,7
obverse	n		9,6
obviate	v	42,41		40
obviating	a
obviation	n		4		42:40
obvious	a
obviousness	n		7
occasion	nv	36	11,11	40
occasional	a
occasions	n		9
occidental	an		18,10
occidentalise	v	30		60
occidentalism	n		9,7
occidentalize	v	30		60
occipital	a
occitan	n		10
occlude	v	35		40
occluded	a
occlusion	n		26,19
occlusive	an		10
occult	anv	39,39	18,4	c0
occultation	n		11
occultism	n		9,9
occupancy	n		4,4		42:40
occupation	n		4,4		31:60
occupational	a
occupied	a
occupy	v	41,42		60
occur	v	30,31		84
occurrence	n		11,26
occurrent	an		11
oceangoing	a
oceanic	an		10
oceanography	n		9
oceanology	n		9
ocellated	a
ocellus	n		8,7
ocher	an		7,27
ochre	an		27,7
ochronosis	n		26
octagonal	a
octal	a
octameter	n		10
octangular	a
octave	n		28,10
octavo	n		7
octogenarian	an		18
octosyllabic	a
octosyllable	n		10
octroi	n		21
octuple	a
ocular	an		6
oculism	n		4
od	n		10,8
odd	a
odd-job	a
odd-pinnate	a
oddish	a
oddity	n		7,7
oddness	n		24,7
odds	n		7,24
odds-on	a
ode	n		10
odious	a
odiousness	n		7
odium	n		26,12
odontalgia	n		26
odontiasis	n		22
odontology	n		9
odor	n		7,9		39:40
odoriferous	a
odorize	v	39		40
odorless	a
odorous	a
odour	n		9,7		39:40
odourise	v	39		40
odourless	a
odynophagia	n		26
odyssey	n		4,10
oecumenic	a
oecumenical	a
oed	n		10
oedema	n		26
oenology	n		9
oesophagitis	n		26
oestrus	n		26,5
off	av	41		20
off-and-on	a
off-base	a
off-center	a
off-centered	a
off-color	a
off-colour	a
off-guard	a
off-key	a
off-limits	a
off-line	a
off-putting	a
off-site	a
off-street	a
off-the-cuff	a
off-the-peg	a
off-the-rack	a
off-the-shelf	a
off-the-shoulder	a
off-the-wall	a
off-white	an		7
offbeat	an		10
offence	n		4,14
offenceless	a
offend	v	37,41		60
offended	a
offending	a
offense	n		4,12		37:60
offenseless	a
offensive	an		4
offensiveness	n		7
offer	nv	40,40	10,10	60	40:60
offering	n		10,21		31:40
offertory	n		21,4
offhand	a
offhanded	a
officer	nv	32	18,18	60	32:60
official	an		18,18
officialese	n		10
officialise	v	30		40
officialize	v	30		40
officiate	v	41,33		80
officiating	n		4		33:80
officiation	n		4,4		33:80
officious	a
officiousness	n		7
offish	a
offload	v	40,35		40
offprint	n		10
offsaddle	v	35		40
offset	nv	42,42	28,21	40	42:40
offshoot	n		19
offshore	a
offside	an		4
offsides	a
offspring	n		18,11
offstage	an		6
ofo	n		18,10
ogalala	n		18,10
oglala	n		18,10
ogle	v	39		60
ohmage	n		19
ohmic	a
oil	nv	35,29	27,6	60	29:60
oil-bearing	a
oil-fired	a
oil-soluble	a
oiled	a
oiliness	n		7,7
oily	a
oink	nv	32	11	80
ojibwa	n		18,10
ojibway	n		18,10
ok	an		15,10		32:c0
okay	anv	32	10	c0	32:c0
okeh	n		10
okey	n		10
okinawa	n		15,4
oktoberfest	n		13,4
old	an		28
old-fashioned	a
old-fashionedness	n		7
old-hat	a
old-line	a
old-maidish	a
old-time	a
old-womanish	a
old-world	a
olden	a
older	a
oldie	n		10
oldish	a
oldline	a
oldness	n		7,7
oleaceous	a
oleaginous	a
oleaginousness	n		7,7
oleophilic	a
oleophobic	a
olfaction	n		9
olfactive	a
olfactory	a
oligarchic	a
oligarchical	a
oligodactyly	n		26
oligodontia	n		26
oligomenorrhea	n		22
oligopoly	n		26
oligospermia	n		26
oliguria	n		26,22
olive	an		20,20
olive-brown	a
olive-colored	a
olive-coloured	a
olive-drab	a
olive-gray	a
olive-green	n		7
olive-grey	a
olive-like	a
olive-sized	a
olivelike	a
ollari	n		10
ology	n		9
olympiad	n		28,11
olympian	an		18,18
olympic	a
olympics	n		11
omani	an		18
omdurman	n		15,4
omega	n		11,10
omen	nv	32	11	40	32:40
omerta	n		10
omicron	n		10
ominous	a
omissible	a
omission	n		4,26		31:40
omissive	a
omit	v	31,31		61
omnibus	an		10,6
omnidirectional	a
omnifarious	a
omnipotence	n		26
omnipotent	a
omnipresence	n		26
omnipresent	a
omniscience	n		26
omniscient	a
omnivorous	a
omophagia	n		4
omotic	n		10
omphalocele	n		26
omphaloskepsis	n		9
on	a
on-going	a
on-key	a
on-license	n		10
on-line	a
on-site	a
on-street	a
on-the-job	a
on-the-scene	a
on-the-spot	a
onanism	n		4,4
once-over	n		4
onchocerciasis	n		26
oncologic	a
oncological	a
oncology	n		9
oncoming	an		11
one	an		23,9
one-and-one	n		4
one-armed	a
one-celled	a
one-dimensional	a
one-dimensionality	n		7
one-eared	a
one-eyed	a
one-handed	a
one-hitter	n		4
one-horse	a
one-humped	a
one-liner	n		10
one-man	a
one-member	a
one-off	n		11
one-on-one	a
one-party	a
one-person	a
one-piece	a
one-seed	a
one-seeded	a
one-sided	a
one-step	nv	38	4	80	38:80
one-time	a
one-to-one	a
one-upmanship	n		4
one-way	a
one-winged	a
one-woman	a
one-year	a
one-year-old	a
oneida	n		18,10
oneiric	a
oneirism	n		9
oneiromancy	n		9
oneness	n		7
onerous	a
onerousness	n		7
onetime	a
ongoing	a
online	a
only	a
onomancy	n		9
onomastic	a
onomasticon	n		10
onomastics	n		9
onomatopoeia	n		10
onomatopoeic	a
onomatopoeical	a
onomatopoetic	a
onondaga	n		18,10
onrush	n		4,11
onset	n		11,4
onshore	a
onside	a
onslaught	n		11,4
onstage	a
ontogenesis	n		22
ontogenetic	a
ontogeny	n		22
ontological	a
ontology	n		9,9
onus	n		9
onycholysis	n		26
onychosis	n		26
onymous	a
oogenesis	n		22
ooh	v	32		80
oology	n		9
oomph	n		7,7
oophorectomy	n		4
oophoritis	n		26
oophorosalpingectomy	n		4
ooze	nv	38,29	27,11	c0	29:c0
oozing	an		11		38:80
oozy	a
opacification	n		22		30:80
opacify	v	30,30		c0
opacity	n		19,7
opalesce	v	43,42		80
opalescence	n		7		43:80
opalescent	a
opaline	a
opalise	v	30,30		40
opalize	v	30,30		40
opaque	a
opaqueness	n		7,7
open	anv	35,41	15,15	c0
open-air	a
open-and-shut	a
open-chain	a
open-collared	a
open-ended	a
open-eyed	a
open-hearth	a
open-minded	a
open-plan	a
open-source	a
opencast	a
opencut	a
opened	a
opener	n		11,18		41:40
openhanded	a
openhandedness	n		7
openhearted	a
opening	an		17,11		42:80
openmouthed	a
openness	n		7,7
opera	n		10,10
operable	a
operand	n		9
operant	a
operate	v	41,35		c0
operatic	a
operating	a
operation	n		26,4		35:c0
operational	a
operationalism	n		9
operationalist	a
operations	n		4
operative	an		18,18
operculate	a
operculated	a
operetta	n		10
operose	a
operoseness	n		7
ophidism	n		26
ophiolatry	n		4
ophthalmectomy	n		4
ophthalmia	n		26
ophthalmic	a
ophthalmitis	n		26
ophthalmology	n		9
ophthalmoplegia	n		26
ophthalmoscopy	n		4
opine	v	32,31		5
opinion	n		9,10		31:5
opinionated	a
opinionative	a
opisthognathous	a
opisthorchiasis	n		26
opisthotonos	n		26
opponent	an		18,18		33:60
opportune	a
opportuneness	n		7
opportunism	n		7
opportunist	an		18
opportunistic	a
opportunity	n		26
opposable	a
oppose	v	32,33		e0
opposed	a
opposing	a
opposite	an		10,24
opposition	n		4,24		32:60
oppositive	a
oppress	v	41,41		60
oppressed	a
oppression	n		4,26		41:60
oppressive	a
oppressiveness	n		12,7
opprobrious	a
opprobrium	n		26,26
oppugn	v	32		64
opsonisation	n		22		30:40
opsonization	n		22		30:40
opsonize	v	30		40
opt	v	31		44
optative	an		24
optez	n		10
opthalmic	a
optic	an		8
optical	a
optics	n		9,7
optimal	a
optimisation	n		4		30:40
optimise	v	30,30		40
optimism	n		12,7
optimistic	a
optimization	n		4		30:40
optimize	v	30,30		40
optimum	an		7		30:40
option	n		21,9
optional	a
optometry	n		4
opulence	n		26
opulent	a
opus	n		10
oracle	n		18,10
oracular	a
oral	an		10
orange	an		13,7
orange-brown	a
orange-colored	a
orange-coloured	a
orange-flowered	a
orange-hued	a
orange-red	a
orange-sized	a
orangeness	n		7
orangery	n		21
orangish	a
orangish-red	a
orate	v	32		80
oration	n		10
oratorical	a
oratorio	n		10
oratory	n		10
orb	nv	38	8,25	c0
orb-weaving	a
orbicular	a
orbiculate	a
orbit	nv	38	15,26	c0	38:c0
orbital	a
orbitual	a
orchestral	a
orchestrate	v	36,31		40
orchestrated	a
orchestration	n		10,4		36:40
orchidalgia	n		26
orchidectomy	n		4
orchiectomy	n		4
orchiopexy	n		4
orchitis	n		26
orchotomy	n		4
ordain	v	41,41		64
ordained	a
ordeal	n		11,4
order	nv	32,32	10,7	45	32:40
ordered	a
ordering	n		14,4		31:40
orderliness	n		7,26
orderly	an		18,18
ordinal	an		23
ordinance	n		10,10		32:44
ordinariness	n		7
ordinary	an		18,26
ordinate	nv	41,30	9	60
ordination	n		26,14
organic	an		27
organicism	n		9
organicistic	a
organification	n		22
organisational	a
organise	v	30,41		e0
organised	a
organismal	a
organismic	a
organization	n		14,9		41:80
organizational	a
organize	v	41,41		e0
organized	a
organon	n		9
orgasm	n		4
orgiastic	a
orgy	n		4,4
orient	nv	42,39	15,15	a0
oriental	an		18
orientalise	v	30		60
orientalism	n		9,7
orientalize	v	30		60
orientate	v	39		20
orientated	a
orientating	a
orientation	n		4,9
oriented	a
orienting	a
oriflamme	n		10,6
origami	n		4
origin	n		15,7		42:80
original	an		6,9
originalism	n		9
originality	n		9,7
originate	v	42,36		c0
origination	n		11,4		42:80
originative	a
orinasal	n		10
orison	n		10
oriya	n		18,10
orleanism	n		9
orleans	n		15,4
ornament	nv	36,42	6	40	36:40
ornamental	an		20
ornamentalism	n		4
ornamentation	n		26,6		42:40
ornate	a
ornateness	n		10,7
orneriness	n		7
ornery	a
ornithological	a
ornithology	n		9
ornithosis	n		26
orogeny	n		22
orography	n		9
orology	n		9
oropharyngeal	a
orotund	a
orphan	nv	40	18,18	60	40:60
orphanage	n		26,6		40:60
orphaned	a
orphanhood	n		26
orphic	a
orthochorea	n		26
orthodontia	n		9
orthodontic	a
orthodontics	n		9
orthodonture	n		9
orthodox	a
orthodoxy	n		7,9
orthoepy	n		10,9
orthogonal	a
orthogonality	n		24,7
orthographic	a
orthography	n		10
orthomolecular	a
orthopaedic	a
orthopaedics	n		9
orthopedic	a
orthopedical	a
orthopedics	n		9
orthopnea	n		26
orthoptic	a
orthoptics	n		4
orthostatic	a
orthotropous	a
orwellian	a
oscan	n		18,10
oscan-speaking	a
oscar	n		10
oscheocele	n		26
oscheocoele	n		26
oscillate	v	42,38		80
oscillating	a
oscillation	n		22,11		42:80
oscillatory	a
oscine	an		5
oscitance	n		26,4
oscitancy	n		26,4
oscitant	a
osco-umbrian	n		10
osculate	v	42,42		c0
osculation	n		26,4		42:c0
osmosis	n		22
osmotic	a
osseous	a
ossete	n		10
ossicular	a
ossiculate	a
ossiferous	a
ossification	n		22,22		30:40
ossified	a
ossify	v	30,30		c0
osteal	a
osteitis	n		26
ostensible	a
ostensive	a
ostentate	v	39		60
ostentation	n		10,7		39:60
ostentatious	a
ostentatiousness	n		7
osteoarthritis	n		26
osteoblastoma	n		26
osteochondroma	n		26
osteoclasis	n		4
osteodystrophy	n		26
osteology	n		9
osteolysis	n		22
osteoma	n		26
osteomalacia	n		26
osteomyelitis	n		26
osteopathy	n		4
osteopetrosis	n		26
osteoporosis	n		26
osteosarcoma	n		26
osteosclerosis	n		26
osteotomy	n		4
ostinato	n		10
ostomy	n		4
ostracise	v	41,41		60
ostracism	n		26,4		41:20
ostracize	v	41,41		60
ostyak	n		18,10
ostyak-samoyed	n		18,10
otalgia	n		26
otc	a
other	a
otherness	n		7
otherwise	a
otherworld	n		9
otherworldliness	n		7
otherworldly	a
otic	a
otiose	a
otitis	n		26
oto	n		18,10
otoe	n		18,10
otolaryngology	n		9
otology	n		9
otoplasty	n		4
otorhinolaryngology	n		9
otorrhea	n		26
otosclerosis	n		26
ototoxic	a
ottoman	an		18,14
oust	v	41,41		e0
ouster	n		18,4		41:a0
ousting	n		4		41:a0
out	anv	32,32	4	e0
out-and-out	a
out-herod	v	33		20
out-migration	n		4
out-of-bounds	a
out-of-date	a
out-of-door	a
out-of-pocket	a
out-of-school	a
out-of-the-way	a
out-of-town	a
outage	n		23,11
outback	an		15
outbalance	v	42		80
outbid	v	40,40		a0
outboard	an		6,6
outbound	a
outbrave	v	33,33		20
outbreak	n		11
outbred	a
outburst	n		10,11
outcall	v	40		20
outcast	an		18
outcaste	an		18
outclass	v	31		60
outclassed	a
outcome	n		11,19
outcrop	nv	30	17	80	30:80
outcry	nv	33,32	10	64	33:20
outdated	a
outdistance	v	38		60
outdo	v	33,33		60
outdoor	a
outdoorsy	a
outdraw	v	33		40
outer	a
outercourse	n		4
outermost	a
outface	v	39		60
outfight	v	33		60
outfit	nv	40	14,6	60	40:60
outfitted	a
outfitting	n		4		40:60
outflank	v	38,33		60
outflow	n		11,22
outflowing	a
outfox	v	33,33		60
outgeneral	v	33		20
outgo	nv	33	21	60
outgoing	a
outgrow	v	30,33		60
outgrowth	n		19,11
outguess	v	32		60
outing	n		4,28
outlandish	a
outlandishness	n		7
outlast	v	42		60
outlaw	anv	41	18	40	41:40
outlawed	a
outlawry	n		7		41:40
outlay	n		4,21
outlier	n		18,9
outline	nv	32,36	15,10	40	36:40
outlined	a
outlive	v	42		60
outlook	n		9,9
outlying	a
outmaneuver	v	33		20
outmanoeuvre	v	33		20
outmarch	v	33		20
outmatch	v	33		60
outmode	v	30		40
outmoded	a
outmost	a
outnumber	v	42		60
outpace	v	33		60
outperform	v	33		60
outplay	v	33		60
outpoint	v	38,33		60
outpouring	n		17,11
output	nv	36	6,4	40	36:40
outrage	nv	37,41	12,4	60	37:60
outraged	a
outrageous	a
outrageousness	n		7,7
outrange	v	33		40
outrank	v	42		a0
outre	a
outreach	n		4
outride	v	42,38		60
outrigged	a
outright	a
outrival	v	33		60
outroar	v	33		60
outrun	v	38		60
outsail	v	33		60
outscore	v	33		20
outsell	v	33,33		60
outshine	v	43,33		60
outshout	v	33		20
outside	an		15,15
outsize	an		7
outsized	a
outsmart	v	33,33		60
outsource	v	40		80
outspan	v	35		40
outspoken	a
outspokenness	n		7
outspread	a
outstanding	a
outstare	v	39		60
outstay	v	42,42		60
outstretched	a
outstrip	v	33,38		60
outstroke	n		11
outtake	n		10
outvie	v	33		60
outvote	v	41		60
outward	a
outward-bound	a
outward-developing	a
outward-moving	a
outwardness	n		9,7
outwear	v	42,29		60
outweigh	v	33,42		c0
outwit	v	33		60
oval	an		25
oval-bodied	a
oval-fruited	a
oval-shaped	a
ovarian	a
ovariectomy	n		4
ovaritis	n		26
ovate	a
ovation	n		10
oven-ready	a
oven-shaped	a
ovenbake	v	30		40
over	an		28
over-correct	v	41		c0
over-crowding	n		26		38:60
over-embellished	a
over-refine	v	30		40
over-the-counter	a
over-the-hill	a
over-the-top	a
overabundance	n		26,7
overabundant	a
overachieve	v	41		80
overachievement	n		4		41:80
overact	v	36		c0
overacting	n		4		36:c0
overactive	a
overactivity	n		22
overage	an		21
overaged	a
overall	an		6,6
overambitious	a
overanxiety	n		26
overanxious	a
overappraisal	n		10
overarch	v	42,38		40
overarm	a
overawe	v	37		60
overawed	a
overbalance	v	42,40		c0
overbear	v	42,36		60
overbearing	a
overbearingness	n		7
overbid	nv	40,40	10,10	80	40:80
overbite	n		26
overblown	a
overboil	v	30,30		c0
overbold	a
overburden	nv	32,35	17,6	60	35:40
overburdened	a
overbusy	a
overcall	n		10
overcapitalisation	n		4		30:80
overcapitalise	v	31,31		40
overcapitalization	n		4		30:80
overcapitalize	v	31,31		40
overcareful	a
overcast	anv	43,35	26,26	40	43:40
overcautious	a
overcharge	nv	40,35	21	60	40:20
overclothe	v	29		20
overcloud	v	43,30		c0
overcome	v	33,33		40
overcompensate	v	42,41		c0
overcompensation	n		22,21		42:40
overconfidence	n		9
overconfident	a
overcook	v	30		c0
overcredulity	n		7
overcredulous	a
overcritical	a
overcrop	v	36		40
overcrowd	v	38,38		e0
overcultivate	v	36		40
overcurious	a
overdelicate	a
overdo	v	41		40
overdone	a
overdose	v	29		80
overdraft	n		21
overdramatise	v	32		40
overdramatize	v	32		40
overdraw	v	40,32		40
overdress	v	29,29		a0
overdressed	a
overdrive	nv	41,34	26,6	60	41:20
overdue	a
overeager	a
overeat	v	34		80
overeating	n		4		34:80
overemotional	a
overemphasis	n		7
overemphasise	v	32		44
overemphasize	v	32		44
overenthusiastic	a
overestimate	nv	31,31	10,9	60	31:40
overestimation	n		10,9		31:40
overexcited	a
overexert	v	41		20
overexertion	n		4		41:20
overexploit	v	34		40
overexploitation	n		4		34:40
overexpose	v	39,39		60
overexposure	n		4,4		39:40
overextend	v	34		40
overfamiliar	a
overfatigue	v	29		60
overfed	a
overfeed	v	34		60
overfeeding	n		4		34:60
overfill	v	30		40
overflight	n		4
overflow	nv	38,37	4,11	80	38:80
overflowing	a
overfly	v	38		40
overfond	a
overfull	a
overgeneralise	v	32		c0
overgeneralize	v	32		c0
overgenerous	a
overgorge	v	34		80
overgreedy	a
overgrow	v	42,30		80
overgrown	a
overgrowth	n		26,7
overhand	a
overhanded	a
overhang	nv	42,42	6	c0	42:40
overhasty	a
overhaul	nv	38,30	4,4	60	30:40
overhead	an		21,28
overhear	v	39		42
overheat	v	30,30		c0
overheated	a
overheating	n		22		30:40
overindulge	v	34		80
overindulgence	n		4		34:80
overindulgent	a
overjealous	a
overjoy	v	37		60
overjoyed	a
overkill	n		7,4
overladen	a
overland	a
overlap	nv	42,42	9,7	c0	42:c0
overlarge	a
overlay	nv	35,35	6,6	60	35:40
overleap	v	41,38		60
overlie	v	35,35		60
overload	nv	35,30	6,6	c0	35:40
overloaded	a
overlook	nv	39,42	15	60	42:40
overlooked	a
overlooking	a
overlordship	n		4
overlying	a
overmaster	v	33		60
overmodest	a
overmuch	an		7
overmuchness	n		7
overnice	a
overnight	a
overpay	v	40		a0
overpayment	n		21,4		40:a0
overplay	v	36		c0
overplus	n		7
overpopulate	v	42		80
overpower	v	33,37		60
overpowering	a
overpraise	v	32		60
overpressure	n		19
overprice	v	40		40
overpriced	a
overprint	nv	36	6	40	36:40
overproduce	v	36,36		40
overproduction	n		4		36:40
overprotect	v	41,33		60
overprotection	n		4		33:60
overprotective	a
overproud	a
overrate	v	31		60
overrating	n		9		31:60
overreach	v	41,33		e0
overreaching	a
overreact	v	31		80
overreaction	n		4		31:80
overreckoning	n		9
overrefine	v	30		40
overrefined	a
overrefinement	n		4		30:40
override	nv	31,42	6,4	40	41:40
overriding	a
overripe	a
overrule	v	31		40
overrun	nv	38,42	4	c0	38:80
oversea	a
overseas	a
oversee	v	41		60
oversensitive	a
oversensitiveness	n		12
overserious	a
oversew	v	35		40
oversewn	a
oversexed	a
overshadow	v	42,42		40
overshielding	n		4
overshoot	nv	33,31	4	40	31:40
overshot	a
oversight	n		9,4
oversimplification	n		4,10		41:c0
oversimplify	v	41,30		c0
oversize	a
oversized	a
oversleep	v	29		80
oversolicitous	a
overspecialise	v	30		80
overspecialize	v	30		80
overspend	v	40,40		c0
overspill	n		14,11
overspread	v	42		40
overstate	v	32		40
overstated	a
overstatement	n		10		32:40
overstay	v	42		40
overstep	v	38,42		40
overstock	v	40		c0
overstrain	nv	34	19	40	34:40
overstress	v	32		44
overstretch	v	29		40
overstrung	a
overstuff	v	35		40
overstuffed	a
oversubscribed	a
oversupply	nv	40	7	60	40:60
oversuspicious	a
overt	a
overtake	v	33,38		60
overtaking	n		4		38:60
overtax	v	40		20
overthrow	nv	41,31	4,4	60	41:60
overtire	v	29		60
overtolerance	n		7
overtone	n		10,9
overtop	v	42		40
overtrump	v	33		80
overture	n		10,11
overturn	nv	38,38	4,4	c0	38:40
overturned	a
overuse	nv	34	4	40	34:40
overutilisation	n		4
overutilization	n		4
overvaliant	a
overvaluation	n		10,9		31:40
overvalue	v	31		40
overview	n		10
overweary	v	29		60
overweening	a
overweight	an		7
overwhelm	v	37,32		60
overwhelming	a
overwinter	v	42		80
overwork	nv	36,41	4	60	41:60
overworking	n		4		41:60
overwrite	v	32		40
overwrought	a
overzealous	a
oviform	a
ovine	a
oviparous	a
ovoid	an		25
ovoviviparous	a
ovular	a
ovulate	v	29		80
ovulation	n		22		29:80
owe	v	40,42		60
owing	a
owlish	a
own	av	40		40
owned	a
owner-occupied	a
ownerless	a
ownership	n		21,4
ox-eyed	a
oxford-gray	a
oxford-grey	a
oxidate	v	30,30		c0
oxidation	n		22		30:80
oxidation-reduction	n		22
oxidative	a
oxidisation	n		22		30:80
oxidise	v	30,30		c0
oxidised	a
oxidizable	a
oxidization	n		22		30:80
oxidize	v	30,30		c0
oxidized	a
oxidoreduction	n		22
oxonian	an		18
oxycephaly	n		26
oxygenate	v	30		40
oxygenation	n		22		30:40
oxygenise	v	30,30		40
oxygenize	v	30,30		40
oxymoron	n		10
oxyopia	n		9
oxytone	n		10
oyster	nv	35	5,13	80	35:80
ozaena	n		26
ozena	n		26
ozonise	v	30		40
ozonize	v	30		40
p	n		27,10
pabir	n		10
pablum	n		13,10
pabulum	n		13,9
pace	nv	38,38	28,23	80	30:40
pacemaker	n		9,8
pacesetter	n		9,5
pachinko	n		4
pachisi	n		4
pachycheilia	n		26
pachyderma	n		26
pachydermal	a
pachydermatous	a
pachydermic	a
pachydermous	a
pachytene	n		22
pacific	an		17
pacification	n		4,10		37:60
pacificism	n		9,9
pacifism	n		9,9
pacifist	an		18
pacifistic	a
pacify	v	37,36		60
pacing	n		28,4		38:80
pack	nv	35,38	23,14	40
packable	a
package	nv	35	14,6	40	35:40
packaged	a
packaging	n		4,10		35:40
packed	a
packet	n		14,10
packing	n		27,4		35:40
pact	n		10
pad	nv	32,38	27,20	c0
padded	a
paddle	nv	38,41	6,6	c0	35:40
paddle-shaped	a
padlock	nv	35	6	40	35:40
paean	n		10,10
paederastic	a
paederasty	n		4
paediatric	a
paediatrics	n		9
paedophilia	n		4
pagan	an		18,18		30:40
paganise	v	30		40
paganism	n		9
paganize	v	30		40
page	nv	32,41	10,18	a0	32:40
pageant	n		4,11
pageantry	n		11,4
paginate	v	32		40
pagination	n		10		32:40
paging	n		10,10		32:20
pahlavi	n		18,10
paid	a
paid-up	a
pain	nv	29,37	26,12	40	37:40
pain-free	a
pained	a
painful	a
painfulness	n		12,7
painless	a
pains	n		4
painstaking	a
painstakingness	n		7
paint	nv	36,35	6,15	c0	35:40
paintable	a
paintball	n		6,4
painted	a
painterly	a
painting	n		6,4		36:c0
pair	nv	41,35	14,23	e0	35:80
paired	a
pairing	n		4,4		35:80
paiute	n		18,10
paiwanic	n		10
pakistani	an		18
pal	nv	41	18	80	41:80
palaeoanthropology	n		9
palaeobiology	n		9
palaeobotany	n		9
palaeoclimatology	n		9
palaeodendrology	n		9
palaeoecology	n		9
palaeoethnography	n		9
palaeogeography	n		9
palaeogeology	n		9
palaeolithic	an		28
palaeology	n		9
palaeontological	a
palaeontology	n		9
palaeopathology	n		9
palaeornithology	n		9
palaeozoology	n		9
palaetiology	n		9
palaic	n		10
palatability	n		7,7
palatable	a
palatableness	n		7,7
palatal	an		10
palatalise	v	32		40
palatalised	a
palatalize	v	32		40
palatalized	a
palatial	a
palatine	an		18,18
palatoglossal	a
palatopharyngoplasty	n		4
palaver	nv	32,32	10,10	88	32:8
pale	anv	29	6	80
pale-colored	a
pale-faced	a
pale-hued	a
paleness	n		7,7
paleoanthropological	a
paleoanthropology	n		9
paleobiology	n		9
paleobotany	n		9
paleoclimatology	n		9
paleocortical	a
paleodendrology	n		9
paleoecology	n		9
paleoethnography	n		9
paleogeography	n		9
paleogeology	n		9
paleography	n		9
paleolithic	an		28
paleology	n		9
paleomammalogy	n		9
paleontological	a
paleontology	n		9
paleopathology	n		9
paleornithology	n		9
paleozoic	an		28
paleozoology	n		9
palestinian	an		18
paletiology	n		9
palette	n		7,6
pali	n		10
palilalia	n		26
palimony	n		21
palimpsest	n		10
palindrome	n		10
palingenesis	n		22
palingenetic	a
palisade	nv	33	6	40	33:40
palish	a
pall	nv	30,37	12,6	c0	37:40
pall-mall	n		4
palladian	a
pallet	n		7,6
palliate	v	32,29		40
palliation	n		4,4		29:40
palliative	an		6
pallid	a
pallidity	n		7
pallidness	n		7
pallone	n		4
pallor	n		7		29:80
pally	a
palm	nv	35	8,23	40	35:40
palm-shaped	a
palmar	a
palmate	a
palmately-lobed	a
palmatifid	a
palmature	n		26
palmistry	n		9
palmlike	a
palmy	a
palpability	n		7
palpable	a
palpate	v	35		40
palpation	n		4		35:40
palpatory	a
palpebrate	av	29		80
palpebration	n		4		29:80
palpitant	a
palpitate	v	38,38		c0
palpitating	a
palpitation	n		26,26		38:40
palsied	a
palsy	nv	30	26,26	40	30:40
palsy-walsy	a
palter	v	32		80
paltering	n		4		32:80
paltriness	n		7
paltry	a
pamlico	n		18,10
pamper	v	41		20
pampering	an		4		41:20
pamphlet	n		10,10
pan	nv	38,35	6,18	c0
pan-broil	v	30		40
pan-fry	v	30		40
pan-hellenic	a
panache	n		7,6
panamanian	an		18
pancake-like	a
pancake-style	a
pancarditis	n		26
pancreatectomy	n		4
pancreatic	a
pancreatitis	n		26
pancytopenia	n		26
pandemic	an		11
pandemonium	n		26
pander	nv	34,34	18	e0	34:80
pandiculation	n		4
pandurate	a
panduriform	a
panegyric	an		10
panegyrical	a
panel	nv	36,31	6,14	60	36:40
paneled	a
panencephalitis	n		26
pang	n		12,26
panhandle	nv	40	15,6	e0
panhellenic	a
panhysterectomy	n		4
panic	nv	37,37	12,26	e0	37:60
panic-stricken	a
panic-struck	a
panicked	a
panicky	a
panicled	a
paniculate	a
panipat	n		4
panjabi	n		18,10
panoplied	a
panoptic	a
panoptical	a
panorama	n		9,6
panoramic	a
pansinusitis	n		26
pant	nv	29,32	11,6	c0
pant-hoot	v	32		80
pantalooned	a
pantheism	n		9,9
pantheist	an		18
pantheistic	a
panting	n		4,6		32:40
panto	n		4
pantomime	nv	36	4	80	36:80
pantropic	a
pantropical	a
pap	n		10,13
papal	a
paper	nv	35,35	27,10	40	35:40
paperback	an		6
paperbacked	a
paperhanging	n		4
papering	n		4		35:40
paperlike	a
papermaking	n		4
papers	n		10
paperwork	n		4
papery	a
papillary	a
papillate	a
papilledema	n		26
papilliform	a
papilloma	n		26
papillose	a
papism	n		9,4
papist	an		18
papistic	a
papistical	a
pappose	a
papuan	an		18,10
papule	n		26
papulovesicle	n		26
par	nv	33	23,26	40	33:40
para	n		26,23
parable	n		10,10
parabolic	a
parabolical	a
paraboloidal	a
paracentesis	n		4
parachute	nv	38	6	80	38:80
parachuting	n		4		38:80
paracosm	n		9
parade	nv	38,38	14,14	e0	38:80
paradiddle	n		11
paradigm	n		24,9
paradigmatic	a
paradisaic	a
paradisaical	a
paradisal	a
paradise	n		15,9
paradisiac	a
paradisiacal	a
paradox	n		10
paradoxical	a
paraesthesia	n		26
paragliding	n		4
paragon	n		9,18
paragraph	nv	41,36	10	60	36:80
paraguayan	an		18
paralanguage	n		10
paraleipsis	n		10
paralepsis	n		10
paralipomenon	n		10
paralipsis	n		10
parallax	n		19
parallel	anv	42,30	7,15	40	42:40
parallel-park	v	38		c0
parallelism	n		7
parallelize	v	35		40
paralogism	n		9
paralyse	v	30,30		60
paralysis	n		26
paralytic	an		18
paralytical	a
paralyze	v	30,30		60
paralyzed	a
paramagnetic	a
paramagnetism	n		19
paramedical	an		18
parameter	n		9,11
parametric	a
parametritis	n		26
paramilitary	an		14
paramnesia	n		9
paramount	a
paramountcy	n		26
paranasal	a
paranoia	n		26
paranoid	an		18
paranormal	a
paraparesis	n		26
paraph	n		10
paraphilia	n		4
paraphrase	nv	32	10	60	32:60
paraphrasis	n		10
paraphrastic	a
paraphrenia	n		26
paraplegia	n		26
paraplegic	an		18
parapraxis	n		4
parapsychological	a
parapsychology	n		10
parasailing	n		4
parasitaemia	n		26
parasitemia	n		26
parasitic	a
parasitical	a
parasiticidal	a
parasympathetic	an		8
parasympathomimetic	a
paratyphoid	n		26
parboil	v	30		40
parcel	nv	41,35	6,4	40	35:40
parceling	n		4		41:40
parcellation	n		4		41:40
parcelling	n		4		41:40
parch	v	30		40
parched	a
parcheesi	n		4
parchesi	n		4
parchisi	n		4
pardon	nv	32,32	4,10	60	32:60
pardonable	a
pare	v	30,35		40
paregmenon	n		10
parent	nv	41	18,3	20	41:20
parentage	n		26,24		41:20
parental	a
parented	a
parenteral	a
parenthesis	n		10,10
parenthetic	a
parenthetical	an		10
parenthood	n		26
parentless	a
paresis	n		26
paresthesia	n		26
pareve	a
parget	nv	35	27	40	35:40
parheliacal	a
parhelic	a
parhelion	n		19
parietal	a
parimutuel	n		4
paripinnate	a
parisian	an		18
parisology	n		10
parity	n		26,24
parji	n		10
park	nv	35,38	15,15	c0
parked	a
parking	n		23,4		35:c0
parkinson's	n		26
parkinsonism	n		26
parky	a
parlance	n		10
parlay	nv	33	4	40
parley	nv	32	10	80	32:80
parliament	n		14,4
parliamentary	a
parlous	a
parochial	a
parochialism	n		9
parody	nv	36,32	10,4	60	32:60
paroicous	a
parole	nv	41	10,10	20
paronomasia	n		10
paronychia	n		26,20
parosamia	n		26
parotid	a
parotitis	n		26
parous	a
parousia	n		11
paroxysm	n		26
paroxysmal	a
paroxytone	n		10
parricide	n		18,4
parrot	nv	32	5,18	44	32:44
parrotlike	a
parry	nv	33,32	4,4	40	33:40
parse	v	31		40
parseeism	n		9
parser	n		10
parsiism	n		9
parsimonious	a
parsimoniousness	n		7,7
parsimony	n		7,7
part	nv	38,41	24,6	80
part-singing	n		4
part-time	a
partake	v	42,40		c0
parted	a
parthenocarpy	n		22
parthenogenesis	n		22,22
parthenogenetic	a
parthenogeny	n		22,22
parthian	an		18,10
parti-color	v	30		40
partial	an		9,9
partiality	n		12,9
partialness	n		26
partible	a
participate	v	41,33		c0
participating	a
participation	n		4,26		41:80
participatory	a
participial	an		10
participle	n		10
particolored	a
particoloured	a
particular	an		9,24
particularisation	n		10		32:44
particularise	v	32		44
particularised	a
particularism	n		9
particularistic	a
particularity	n		7
particularization	n		10		32:44
particularize	v	32		44
particularized	a
particulate	an		27
parting	n		4,8		38:80
partisan	an		18,18
partisanship	n		9
partita	n		10,10
partition	nv	35,30	6,23	40	35:40
partitioning	n		9,4		35:40
partitive	an		10
partizan	an		18,6
partner	nv	40,41	18,18	20	41:20
partsong	n		10
parttime	a
parturiency	n		26
parturient	a
parturition	n		22
party	nv	41	14,14	80	41:80
party-spirited	a
parve	a
parvenu	an		18
parvenue	a
pas	n		4
paschal	a
pashto	n		10
pashtu	n		10
pasigraphy	n		10
pasquinade	n		10
pass	anv	38,38	4,28	e0
passable	a
passado	n		4
passage	n		4,10		38:80
passant	a
passbook	n		21
passe	a
passee	a
passerine	an		5
passero	n		4
passing	an		4,11		40:e0
passion	n		12,7
passionate	a
passionateness	n		12
passionless	a
passive	an		24
passiveness	n		7,7
passivism	n		9
passivity	n		7,7
passport	n		10,10
password	n		10
past	an		28,28
paste	nv	35,35	27,27	60
pasted	a
pastel	an		7
pastel-colored	a
pastelike	a
paster	n		18,10		35:40
pasteurellosis	n		26
pasteurian	a
pasteurisation	n		4		30:40
pasteurise	v	30		40
pasteurised	a
pasteurization	n		4		30:40
pasteurize	v	30		40
pasteurized	a
pastiche	n		10,6
pastime	n		4
pastness	n		7
pastoral	an		10,10
pastorale	n		10
pastorate	n		14,4
pastorship	n		4
pasture	nv	35,35	15,13	c0	35:40
pasty	an		13,6
pat	anv	35,35	11,4	40	35:40
patch	nv	35,40	7,15	40	40:40
patched	a
patchiness	n		7
patching	n		4		40:40
patchwork	n		9,6
patchy	a
patellar	a
patelliform	a
patency	n		7,7		30:40
patent	anv	40,41	10,10	40	41:40
patented	a
paternal	a
paternalism	n		9
paternalistic	a
paternity	n		26,24
paternoster	n		10,6
path	n		4,6
pathetic	a
pathless	a
pathogenesis	n		22
pathogenic	a
pathologic	a
pathological	a
pathology	n		9,26
pathos	n		7,12
patience	n		7,4
patient	an		18,10
patinate	v	35		40
patinise	v	35		40
patinize	v	35		40
patness	n		7
patois	n		10,10
patriarchal	a
patriarchic	a
patricentric	a
patrician	an		18,18
patricide	n		18,4
patrilineal	a
patrilinear	a
patrimonial	a
patrimony	n		21,21
patriotic	a
patriotism	n		7
patristic	a
patristical	a
patristics	n		10,9
patrol	nv	41	14,4	60	41:60
patrology	n		10,9
patronage	nv	34,32	4,14	60	32:60
patronise	v	41,40		60
patronised	a
patronising	a
patronize	v	40,41		60
patronized	a
patronizing	a
patronless	a
patronym	n		10
patronymic	an		10
patter	nv	43,39	10,11	80	39:80
pattern	nv	36,42	9,4	c0	42:80
pattern-bomb	v	33		40
patterned	a
patwin	n		18,10
paucity	n		7
pauline	a
paunchiness	n		7
paunchy	a
pauperisation	n		4		40:40
pauperise	v	40		40
pauperism	n		26
pauperization	n		26,4		40:40
pauperize	v	40		40
pause	nv	42,32	28,4	81	32:80
pavage	n		21,4		35:40
pavan	n		10,4
pavane	n		10,4
pave	nv	35	6	40
paved	a
pavlovian	a
paw	nv	35,35	5,8	60	35:40
pawky	a
pawn	nv	40	21,18	40	40:40
pawnee	n		18,10
pax	n		10
paxto	n		10
pay	nv	40,32	21	e0	40:40
payable	an		26
payables	n		21
payback	n		21,4		33:20
paycheck	n		21
paye	n		21
paygrade	n		26
paying	a
payment	n		21,4		40:40
payoff	n		21,21
payola	n		21
payroll	n		21,21
paysheet	n		21,21
payslip	n		21
pe	n		10
pea-green	a
pea-souper	n		19
peace	n		26,26		36:40
peace-loving	a
peaceable	a
peaceableness	n		26
peaceful	a
peacefulness	n		26,12
peacekeeping	an		4
peach	nv	32	20,18	80
peach-colored	a
peachy	a
peachy-colored	a
peachy-coloured	a
peacock-blue	a
peak	nv	38	23,28	80	38:80
peaked	a
peaky	a
peal	nv	39,39	11	80	39:80
pealing	n		11		39:80
pean	n		10,10
peanut	an		20,20
peanuts	n		21
pear-shaped	a
pearl	nv	35	21,7	80	35:80
pearlescent	a
pearly	an		8
pearly-white	a
peasanthood	n		4
peaty	a
pebble-grained	a
pebbly	a
peccable	a
peccadillo	n		4
peccant	a
peck	nv	35,34	23,23	60
peckish	a
pectic	a
pectinate	a
pectineal	a
pectoral	an		8,6
peculate	v	40		40
peculation	n		4		40:40
peculiar	a
peculiarity	n		9,7
pecuniary	a
pedagogic	a
pedagogical	a
pedagogics	n		9
pedagogy	n		9,4
pedal	anv	38,36	10,6	80	36:80
pedantic	a
pedantry	n		10
pedate	a
peddle	v	40		40
peddling	n		4		40:40
pederastic	a
pederasty	n		4
pedesis	n		19
pedestal	n		6,26
pedestrian	an		18
pediatric	a
pediatrics	n		9
pediculosis	n		26
pedicure	nv	29	4	40	29:40
pedigree	an		14,14
pedigreed	a
pedology	n		9
pedophilia	n		4
peduncle	n		26,20
pedunculate	a
pee	nv	29	27,22	80	29:80
pee-pee	v	29		80
peeing	n		22		29:80
peek	nv	39	4	80	39:80
peekaboo	n		4
peel	nv	35,35	18,13	c0	35:40
peeled	a
peeling	n		19		35:80
peep	nv	39,39	11,4	c0	32:80
peepshow	n		14,10
peer	nv	39	18,18	80
peerless	a
peeve	nv	37	12	60
peeved	a
peevish	a
peevishness	n		12,7
peg	nv	41,35	6,10	40	35:40
pegged-down	a
pehlevi	n		10
pejorative	a
pelagianism	n		9
pelagic	a
pelecypod	an		5
pelecypodous	a
pelf	n		21
peliosis	n		26
pell-mell	a
pellagra	n		26
pellucid	a
pellucidity	n		7,7
pellucidness	n		7
peloponnesian	a
pelota	n		4
pelt	nv	35,33	27,5	20
peltate	a
pelter	n		19,18		43:80
pelting	n		7		35:20
pelvic	a
pelvimetry	n		4
pemphigous	a
pemphigus	n		26
pen	nv	36	6,6	40	36:40
penal	a
penalisation	n		4		41:20
penalise	v	41		20
penalization	n		4		41:20
penalize	v	41		20
penalty	n		4,21		41:20
penance	n		12,4
penchant	n		12
pencil	nv	36	6,27	60	36:60
penciled	a
pencilled	a
pendant	an		6,6
pendent	an		6,6
pending	a
pendulous	a
penetrability	n		7
penetrable	a
penetrate	v	35,31		e4
penetrating	a
penetration	n		4,9		31:64
penetrative	a
pengo	n		23,10
penial	a
penicillin-resistant	a
penile	a
peninsular	a
penitence	n		12
penitent	an		18
penitential	a
penitentiary	an		6
penmanship	n		10
pennant	n		10,10
pennate	a
penniless	a
pennilessness	n		26
penning	n		4		36:40
penny	n		23,21
penny-pinch	v	40		80
penny-pinching	an		7
penny-wise	a
penology	n		9
pension	nv	40	21	20	40:20
pensionable	a
pensive	a
pensiveness	n		12,7
pent	a
pent-up	a
pentagonal	a
pentamerous	a
pentameter	n		10
pentangular	a
pentasyllabic	a
pentateuch	n		10
pentathlon	n		11
pentatone	n		10
pentatonic	a
pentavalent	a
pentecostal	an		18
pentecostalism	n		9
penuchle	n		4
penult	n		10
penultima	n		10
penultimate	an		10
penumbra	n		26
penumbral	a
penurious	a
penuriousness	n		26,7
penury	n		26
penutian	n		10,18
peonage	n		26,4
people	nv	30,42	14,14	e0	42:80
peopled	a
pep	n		7
pepper	nv	39,33	20,20	60
pepperiness	n		7
peppery	a
peppiness	n		7
peppy	a
peptic	a
peptisation	n		22		30:40
peptise	v	30		40
peptization	n		22		30:40
peptize	v	30		40
peradventure	n		9
perambulate	v	39,38		c0
perambulating	a
perambulation	n		4,4		39:40
perceivable	a
perceive	v	39,31		64
perceived	a
percentage	n		24,21
percentile	n		9
percept	n		9
perceptibility	n		7
perceptible	a
perception	n		9,9
perceptive	a
perceptiveness	n		12,9
perceptivity	n		12
perceptual	a
perch	nv	35,38	6,23	80	35:80
percipient	an		18
percolate	nv	38,38	27	80	35:40
percolation	n		22,4		38:80
percuss	v	35		40
percussion	n		4,4
percussive	a
percutaneous	a
perdition	n		9
perdurability	n		7
perdurable	a
peregrinate	v	38		80
peregrination	n		4		38:80
peregrine	an		5
peremptory	a
perennate	v	42		80
perennation	n		22		42:80
perennial	an		20		42:80
perestroika	n		10
perfect	anv	30	24	40
perfecta	n		4
perfected	a
perfectibility	n		9
perfectible	a
perfection	n		26,9
perfectionism	n		7
perfervid	a
perfidious	a
perfidiousness	n		7
perfidy	n		7,4
perfoliate	a
perforate	av	35,35		c0
perforated	a
perform	v	36,41		c0
performance	n		10,4		36:c0
performing	n		4		36:c0
perfume	nv	39,29	9,6	60	29:60
perfumed	a
perfunctory	a
perfuse	v	30,30		40
perfusion	n		4		30:40
perianal	a
periarteritis	n		26
pericardiac	a
pericardial	a
pericarditis	n		26
pericementoclasia	n		26
perigonal	a
peril	nv	42,32	26,26	60	32:60
perilous	a
perilousness	n		26
perinasal	a
perinatal	a
perinatology	n		9
perineal	a
perineotomy	n		4
periodic	a
periodical	an		10
periodicity	n		7
periodontal	a
periodontia	n		9
periodontic	a
periodontics	n		9
periodontitis	n		26
peripatetic	an		18,18
peripateticism	n		9
peripeteia	n		11
peripetia	n		11
peripety	n		11
peripheral	an		6
periphrasis	n		10
periphrastic	a
peripteral	a
perirhinal	a
perish	v	30		80
perishability	n		7
perishable	an		13
perishableness	n		7
peristalsis	n		22
peristylar	a
perithelial	a
peritoneal	a
peritonitis	n		26
peritrichous	a
periwigged	a
perjure	v	32		20
perjury	n		4		32:20
perk	nv	29	21	80
perkiness	n		12,7
perky	a
perleche	n		26
perm	nv	29	15,8	40	29:40
permanence	n		7
permanency	n		7
permanent	an		8
permanent-press	a
permeability	n		7
permeable	a
permeableness	n		7
permeant	a
permeate	v	35,35		c0
permeating	a
permeation	n		22,4		35:80
permeative	a
permed	a
permic	n		10
permissibility	n		7
permissible	a
permission	n		10,4		32:41
permissive	a
permissiveness	n		7
permit	nv	32,41	10,4	43	32:60
permutability	n		7
permutable	a
permutableness	n		7
permutation	n		11,4		30:c0
permute	v	30		c0
pernicious	a
perniciousness	n		7
pernickety	a
pernio	n		26
peroneal	a
perorate	v	32,32		80
peroration	n		10,10		32:80
peroxide	nv	30	27,27	40	30:40
perpendicular	an		25,9
perpendicularity	n		24,7
perpetrate	v	41		40
perpetration	n		4		41:40
perpetual	a
perpetuate	v	42		40
perpetuation	n		4		42:40
perpetuity	n		7
perplex	v	31,30		40
perplexed	a
perplexing	a
perplexity	n		9
perquisite	n		21,7
persecute	v	41		20
persecution	n		4		41:20
perseverance	n		7,4		30:80
perseverate	v	32		80
perseveration	n		9,4		30:80
persevere	v	30		80
persevering	a
persian	an		18,10
persiflage	n		10
persist	v	42,30		81
persistence	n		7,7
persistency	n		7		30:81
persistent	a
persisting	a
persnickety	a
person-to-person	a
persona	n		9,7		36:20
personable	a
personableness	n		7
personal	an		10
personalise	v	30		40
personalised	a
personality	n		7,18
personalize	v	30		40
personalized	a
personalty	n		21
personate	v	32,31		60
personation	n		4,4		32:20
personhood	n		7
personification	n		18,10		42:40
personify	v	42,42		40
perspective	n		9,7
perspicacious	a
perspicaciousness	n		9
perspicacity	n		9,7
perspicuity	n		7
perspicuous	a
perspicuousness	n		7
perspiration	n		8,22		29:80
perspire	v	29		80
persuadable	a
persuade	v	41,32		69
persuasible	a
persuasion	n		10,9		32:29
persuasive	a
persuasiveness	n		7
pert	a
pertain	v	42,42		c0
pertainym	n		10
pertinacious	a
pertinacity	n		7
pertinent	a
pertness	n		7,7
perturb	v	37,38		60
perturbation	n		26,19		37:60
perturbed	a
perturbing	a
pertussis	n		26
peruked	a
perusal	n		10		39:40
peruse	v	39		40
perusing	n		10		39:40
peruvian	an		18
pervade	v	35		40
pervaporate	v	30,30		c0
pervaporation	n		4		30:80
pervasion	n		22		35:40
pervasive	a
pervasiveness	n		7
perverse	a
perverseness	n		7,7
perversion	n		25,4
perversity	n		7,7
perversive	a
pervert	nv	41,32	18	60	41:60
perverted	a
pervious	a
perviousness	n		7
pesky	a
pessimal	a
pessimism	n		12,7
pessimistic	a
pessimum	a
pest	n		26,26
pester	v	37		20
pestered	a
pestering	a
pestiferous	a
pestilence	n		26,26
pestilent	a
pestilential	a
pestis	n		26
pestle	nv	30	6,6	40	30:40
pet	anv	35,35	5,18	a0	35:a0
petal-like	a
petaled	a
petalled	a
petalless	a
petallike	a
petaloid	a
petalous	a
petechia	n		26
petersburg	n		15,4
petite	an		7
petiteness	n		7
petitio	n		9
petition	nv	32	10,10	25	32:25
petitionary	a
petrifaction	n		22,17		30:40
petrification	n		22		30:40
petrify	v	30,30		40
petrifying	a
petrissage	n		4
petroglyph	n		4
petrology	n		9
petrous	a
petticoated	a
pettifog	v	32		80
pettifoggery	n		10		32:80
pettiness	n		9,7
petting	n		4		35:a0
pettish	a
pettishness	n		7
petty	an		4
petulance	n		12
petulant	a
peul	n		10
ph	n		7
phacoemulsification	n		4
phaeochromocytoma	n		26
phagocytic	a
phagocytosis	n		22
phalacrosis	n		26
phalangeal	a
phalangitis	n		26
phallic	a
phalloplasty	n		4
phantasm	n		18,9
phantasma	n		18,9
phantasmagoria	n		9
phantasmagoric	a
phantasmagorical	a
phantasmal	a
phantasy	n		9,10
phantom	an		18,9
pharaonic	a
pharisaic	a
pharisaical	a
pharmaceutic	an		6
pharmaceutical	an		6
pharmaceutics	n		9
pharmacogenetics	n		9
pharmacokinetics	n		9
pharmacologic	a
pharmacological	a
pharmacology	n		9
pharmacopeia	n		10
pharmacy	n		9,6
pharsalus	n		4
pharyngeal	an		10
pharyngitis	n		26
phase	nv	36,30	28,26	40	36:40
phase-out	n		4
phd	n		10
phenomenal	a
phenomenology	n		9
phenomenon	n		3,11
phenotype	n		7
phenotypic	a
phenotypical	a
phenylketonuria	n		26
pheochromocytoma	n		26
pheresis	n		4
phi	n		10
philander	v	41,32		80
philanthropic	a
philanthropy	n		4
philatelic	a
philatelical	a
philately	n		4
philharmonic	an		14
philhellene	an		18
philhellenic	a
philhellenism	n		12
philia	n		12
philippi	n		15,4
philippians	n		10
philippic	n		10
philippine	an		10
philistine	an		18,18
philistinism	n		26
philogyny	n		12
philological	a
philology	n		9
philosophic	a
philosophical	a
philosophise	v	31		80
philosophize	v	31		80
philosophizing	n		10		31:80
philosophy	n		9,9		31:80
phimosis	n		26
phlebectomy	n		4
phlebitis	n		26
phlebothrombosis	n		26
phlebotomise	v	29		20
phlebotomize	v	29		20
phlebotomus	n		26,5
phlebotomy	n		4		29:20
phlegm	n		12,8
phlegmatic	a
phlegmatical	a
phlegmy	a
phobia	n		26
phobic	a
phobophobia	n		26
phocine	a
phocomelia	n		26
phoenician	an		18,10
phonate	v	32		80
phonation	n		10		32:80
phone	nv	32	6,10	a0	32:a0
phone-in	n		10
phonebook	n		10
phoneme	n		10
phonemic	a
phonemics	n		9
phonetic	a
phonetics	n		9
phoney	an		18
phonic	a
phonics	n		4
phonogram	n		10
phonogramic	a
phonologic	a
phonological	a
phonology	n		9
phonophobia	n		26
phony	an		18
phosphoresce	v	42		40
phosphorescence	n		19		42:40
phosphorescent	a
phosphoric	a
phosphorous	a
photalgia	n		26
photic	a
photo-offset	n		10
photochemical	a
photochemistry	n		9
photocoagulation	n		4
photoconduction	n		19
photoconductive	a
photoconductivity	n		19
photocopy	nv	36	6	c0	36:c0
photoelectric	a
photoelectrical	a
photoelectricity	n		19
photoemission	n		19
photoemissive	a
photogenic	a
photograph	nv	32,42	6	e0	42:80
photographic	a
photography	n		4,22
photogravure	n		10,6
photojournalism	n		10
photolithography	n		10
photomechanical	a
photomechanics	n		22,9
photometric	a
photometrical	a
photometry	n		4
photophobia	n		26,26
photoretinitis	n		26
photosensitise	v	39		40
photosensitive	a
photosensitivity	n		9
photosensitize	v	39		40
photostat	nv	36	6,6	c0	36:c0
photosynthesis	n		22
photosynthetic	a
phototherapy	n		4
phototropism	n		4
photovoltaic	a
phrasal	a
phrase	nv	32,32	10,10	40	32:40
phraseology	n		10
phrasing	n		4,10		32:40
phreatic	a
phrenetic	a
phrenic	a
phrenitis	n		26
phrenological	a
phrenology	n		9
phrygian	n		18,10
phthisis	n		26
phycology	n		9
phycomycosis	n		26
phylactery	n		10
phyletic	a
phylliform	a
phyllodial	a
phylogenesis	n		22
phylogenetic	a
phylogeny	n		22
physiatrics	n		4
physical	a
physicalism	n		9
physicality	n		7
physicalness	n		7
physicochemical	a
physics	n		9,9
physiography	n		9
physiologic	a
physiological	a
physiology	n		9,7
physiotherapeutic	a
physiotherapy	n		4
physique	n		7,8
phytochemistry	n		9
phytology	n		9
phytophagic	a
phytophagous	a
phytophilous	a
phytotherapy	n		4
piaffe	n		4
piagetian	a
pianism	n		10
pianissimo	an		7
pianistic	a
piano	an		6,7
pibroch	n		10
pic	n		10,6
pica	n		26,23
picaresque	a
picayune	a
pick	nv	31,35	9,23	e0	31:e0
pick-off	n		4
picket	nv	41,35	18,14	c0
picking	n		23,4		35:40
pickings	n		4		40:40
pickle	nv	30	13,26	40	30:40
pickled	a
pickup	n		6,10		35:20
picky	a
picnic	nv	34	28,4	80
pictograph	n		10
pictographic	a
pictorial	an		10
pictural	a
picture	nv	36,36	6,6	44	36:40
pictured	a
picturesque	a
picturesqueness	n		7,7
picturing	n		9,4		36:44
pid	n		26
piddle	nv	42,29	27	80	29:80
piddling	a
pidgin	n		10
pidlimdi	n		10
pie	n		13,10
pie-eyed	a
piebald	a
piece	nv	35,36	6,6	40	30:40
piece-dye	v	30		40
piecemeal	a
piecework	n		4
pied	a
pierce	nv	35,37	18	60
pierced	a
piercing	a
pietism	n		14,7
pietistic	a
pietistical	a
piety	n		7
piezoelectric	a
piezoelectricity	n		19
piffle	nv	32,29	10	80	29:80
piffling	a
pig	nv	42,34	5,18	c0	29:80
pig-sized	a
pigeon-breasted	a
pigeon-toed	a
pigeonhole	nv	35,31	9,6	60	31:60
pigeonholing	n		9		31:60
piggish	a
piggishness	n		7
piggy	an		5
piggyback	nv	38,35	4	80
pigheaded	a
pigheadedness	n		7
pigment	nv	30,30	27,27	c0	30:80
pigmentation	n		22,7		30:80
pigsticking	n		4
pilar	a
pilary	a
pile	nv	35,38	14,23	c0	35:40
piles	n		26,23
pileup	n		11
pilfer	v	40		40
pilferage	n		4		40:40
pilgrimage	n		4
pillage	nv	40	21,4	40	40:40
pillaged	a
pillaging	n		4		40:40
pillar	n		9,25
pillar-shaped	a
pillared	a
pillory	nv	41,41	6	20	41:20
pillow	nv	35	6	40	35:40
pilose	a
pilosebaceous	a
pilosity	n		7
pilot	nv	38,38	18,18	c0	38:40
pilotage	n		4,4		38:c0
piloting	n		4,4		38:c0
pilotless	a
pilous	a
pima	n		18,10
pimp	nv	34	18	80	34:80
pimple	n		26
pimpled	a
pimply	a
pin	nv	35,35	6,11	60
pinball	n		4
pinch	nv	35,35	26,26	40
pinchbeck	an		27
pinched	a
pindaric	n		10
pine	nv	37	20,20	80
pineal	a
pinealoma	n		26
ping	nv	35,39	17,11	c0	39:80
ping-pong	n		4
pining	n		12		37:80
pinion	nv	35,30	6,5	40	30:40
pinioned	a
pink	anv	39,39	7,20	80	30:40
pink-collar	a
pink-lavender	a
pink-orange	a
pink-purple	a
pink-red	a
pink-slipped	a
pink-tinged	a
pink-tipped	a
pinkeye	n		26
pinkify	v	30		40
pinkish	a
pinkish-lavender	a
pinkish-orange	a
pinkish-purple	a
pinkish-white	a
pinkness	n		7
pinkroot	n		26
pinnacle	nv	42,38	6,26	40	42:40
pinnate	a
pinnate-leafed	a
pinnate-leaved	a
pinnated	a
pinnatifid	a
pinnatisect	a
pinning	n		10
pinochle	n		4
pinocle	n		4
pinocytosis	n		22
pinpoint	nv	40	28,7	60	40:60
pinprick	n		26,6
pinstriped	a
pint-size	a
pint-sized	a
pinwheel-shaped	a
pioneer	nv	36,36	18,18	40	36:40
pious	a
piousness	n		7
pip	nv	41,33	26,26	60
pipage	n		21,6		38:40
pipe	nv	32,38	6,6	c4	38:40
pipe-clay	v	35		40
pipeline	n		10,6
piquance	n		7,7
piquancy	n		7,7
piquant	a
piquantness	n		7,7
pique	nv	37	6,12	60	37:60
piquet	n		4,4
piracy	n		4,4		35:60
pirate	nv	40,35	18,18	60	40:40
piratical	a
pirouette	nv	38	4	80	38:80
piscatorial	a
piscatory	a
piscine	a
piscivorous	a
piss	nv	29	27,22	80	29:80
piss-up	n		4
pissed	a
pisser	n		18,9		29:80
pissing	n		22		29:80
pistillate	a
pistol-whip	v	35		20
pit	nv	33,35	17,25	60	35:40
pitch	nv	35,38	7,4	c0	30:40
pitch-black	a
pitch-dark	a
pitched	a
pitcher-shaped	a
pitchfork	nv	35	6	40	35:40
pitching	n		4,4		38:80
pitchy	a
piteous	a
pitfall	n		9,6
pith	nv	40	20,9	40	40:40
pithiness	n		10
pithy	a
pitiable	a
pitiful	a
pitiless	a
pitilessness	n		12,7
pittance	n		21
pitted	a
pitter-patter	nv	43,39	11	80	39:80
pitting	n		22		35:40
pituitary	an		8
pity	nv	37	12,11	20	37:20
pityriasis	n		26
pivot	nv	38	18,6	c0	38:c0
pivotal	a
pixilated	a
pizzaz	n		7
pizzazz	n		7
pizzicato	an		10
pkd	n		26
pku	n		26
placable	a
placard	nv	35,32	10	40	32:40
placate	v	37		60
placating	a
placation	n		4		37:60
placative	a
placatory	a
place	nv	35,41	15,15	60	36:40
place-kick	v	35,33		40
place-kicking	n		4		35:40
place-worship	n		4
placeable	a
placebo	n		6,4
placed	a
placeholder	n		18,10
placement	n		7,4		42:40
placental	an		5
placentation	n		22,20
placid	a
placidity	n		12,7
placidness	n		12
placoid	a
plagiarisation	n		4		40:c0
plagiarise	v	40		c0
plagiarised	a
plagiarism	n		10,4		40:c0
plagiaristic	a
plagiarization	n		4		40:c0
plagiarize	v	40		c0
plagiarized	a
plagiocephaly	n		26
plagioclastic	a
plague	nv	43,37	26,26	60	43:40
plaguey	a
plaguy	a
plain	anv	32	17,6	84
plain-woven	a
plainchant	n		10
plainness	n		26,7
plainsong	n		10
plainspoken	a
plaint	n		10,10
plaintive	a
plaintiveness	n		12
plait	nv	36,35	8,6	40	35:40
plan	nv	31,31	9,9	49	36:41
planar	a
planate	a
planation	n		22		35:40
plane	anv	35,38	6,25	c0
plane-polarized	a
planeness	n		7
planetal	a
planetary	a
plangency	n		7
plangent	a
plank	nv	35,35	27,10	60	34:40
planktonic	a
planless	a
planned	a
planning	n		4,4		31:48
planoconcave	a
planoconvex	a
planographic	a
planography	n		10
plant	nv	35,35	6,3	40	35:40
plant-eating	a
plantal	a
plantar	a
plantation	n		21,14
planted	a
plantigrade	an		5
planting	n		4,14		35:40
plash	nv	35,35	11	60	35:60
plasmacytoma	n		26
plasmapheresis	n		4
plassey	n		4
plaster	nv	35,35	27,27	40	35:40
plastered	a
plastering	n		4		35:40
plastic	an		27,21
plasticise	v	30,30		c0
plasticity	n		7
plasticize	v	30,30		c0
plastinate	v	40		40
plastination	n		22		40:40
plat	nv	31	6	40
plataea	n		15,4
plate	nv	35	6,6	40	35:40
plateletpheresis	n		4
platelike	a
platform	n		6,10
plating	n		6,4		35:40
platinize	v	35		40
platinum-blonde	a
platitude	n		10
platitudinal	a
platitudinize	v	32		80
platitudinous	a
platonic	a
platonism	n		9
platonistic	a
plattdeutsch	n		10
platyrhine	a
platyrhinian	a
platyrrhine	an		5
platyrrhinian	an		5
platyrrhinic	a
plaudit	n		10
plaudits	n		10
plausibility	n		7
plausible	a
plausibleness	n		7
plausive	a
play	nv	33,41	10,10	c0	36:80
playable	a
playact	v	36		80
playacting	n		4		36:80
playback	n		4,6		36:40
playbill	n		10
playbook	n		10,10
played	a
playful	a
playfulness	n		12,7
playing	n		4,4		36:80
playlet	n		10
playlist	n		10
playoff	n		11		33:60
playscript	n		10
plea	n		10,10
plea-bargain	v	32		80
pleach	v	35,35		40
plead	v	32,32		d4
pleading	an		10		32:4
pleasance	n		15,12
pleasant	a
pleasant-smelling	a
pleasant-tasting	a
pleasantness	n		12,7
pleasantry	n		4
please	v	37,37		e0
pleased	a
pleasing	an		4		37:60
pleasingness	n		7,7
pleasurable	a
pleasure	n		12,9		37:60
pleat	nv	35,35	6	40	35:40
pleating	n		4		35:40
plebeian	an		18
plebiscite	n		4
pledge	nv	32,40	21,18	44	32:40
pledged	a
plenary	a
plenitude	n		7
plenteous	a
plenteousness	n		7
plentiful	a
plentifulness	n		7
plentitude	n		7
plenty	n		7,23
pleochroic	a
pleochroism	n		19
pleomorphic	a
pleomorphism	n		19,19
pleonasm	n		10
pleonastic	a
plethora	n		7
plethoric	a
pleural	a
pleuralgia	n		26
pleurisy	n		26
pleurocarpous	a
pleurodynia	n		26
pleuropneumonia	n		26
pleven	n		4
plevna	n		4
pleximetry	n		4
pliability	n		7,7
pliable	a
pliancy	n		7,7
pliant	a
pliantness	n		7,7
plicate	v	35		40
plication	n		25,4		35:40
plight	nv	32,32	26,10	64	32:44
ploce	n		10
plod	nv	38	4	80
plodding	an		4,4		38:80
plonk	nv	35	13,11	60	35:60
plop	nv	38,38	11	c0	38:40
plosion	n		10
plosive	n		10
plot	nv	31,36	9,15	c0	31:c0
plotted	a
plough	nv	38,36	17,6	c0	36:c0
ploughed	a
ploughing	n		4		36:c0
plow	nv	36,32	6	e0	36:c0
plowed	a
plowing	n		4		36:c0
ploy	n		10,4
pluck	nv	35,40	7,4	40	35:c0
plucked	a
pluckiness	n		7
plucky	a
plug	nv	35,30	6,13	c0	35:40
plugged	a
plumaged	a
plumate	a
plumb	anv	31,35	6	40	35:40
plumbable	a
plumbaginaceous	a
plumbery	n		4
plumbic	a
plumbing	n		6,4
plumbism	n		26
plumbous	a
plume	nv	40,37	25,6	20	36:40
plume-tipped	a
plumed	a
plumelike	a
plumlike	a
plummet	nv	38	6	80
plummy	a
plumose	a
plump	anv	38,35	11	e0	38:80
plumping	a
plumpness	n		7
plumy	a
plunder	nv	40,40	21	e0	40:e0
plunderage	n		4		40:40
plundered	a
plundering	an		4		40:40
plunge	nv	35,38	4,11	e0	35:40
plunk	nv	39,35	11,4	e0	39:80
plunker	n		4
pluperfect	an		24
plural	an		10
pluralise	v	32		40
pluralism	n		14,9
pluralistic	a
plurality	n		26,23
pluralize	v	32		40
plus	an		7,4
plush	an		6
plush-like	a
plushy	a
plutocratic	a
plutocratical	a
plutonian	a
plutonic	a
ply	nv	34,41	6,6	60
pm	n		4,27
pms	n		26
pneumatic	a
pneumatics	n		9
pneumococcal	a
pneumoconiosis	n		26
pneumocytosis	n		26
pneumogastric	an		8
pneumonectomy	n		4
pneumonia	n		26
pneumonic	a
pneumonitis	n		26
pneumonoconiosis	n		26
pneumothorax	n		26
po-faced	a
poach	v	33,30		c0
poached	a
poaching	n		4		30:40
pock	nv	35	26	40	35:40
pocked	a
pocket	nv	40,40	6,25	40	40:40
pocket-size	a
pocket-sized	a
pocketable	a
pocketbook	n		21,6
pockmark	nv	35	26	40
pockmarked	a
pod	nv	30,29	20,20	c0	29:80
podalgia	n		26
podcast	v	32		c0
podgy	a
podiatry	n		9
podlike	a
poem	n		10
poenology	n		9
poesy	n		10
poetic	a
poetical	a
poetics	n		9
poetise	v	36		c0
poetize	v	36		c0
poetry	n		10,10
pogey	n		4
pogonip	n		19
pogrom	n		4
pogy	n		4
poignance	n		26
poignancy	n		26,7
poignant	a
poikilothermic	a
poikilothermous	a
point	nv	32,42	9,15	e4
point-blank	a
point-of-sale	a
pointed	a
pointed-toe	a
pointedness	n		7,7
pointer	n		10,6		42:80
pointillist	an		18
pointillistic	a
pointless	a
pointlessness	n		7
pointy-toed	a
poise	nv	38,37	23,26	a0	35:40
poised	a
poison	nv	41,35	27,7	60	30:40
poisoning	n		26,4		35:20
poisonous	a
poitiers	n		4
poke	nv	35,39	20,18	e0
poker	n		6,4		35:40
poker-faced	a
pokey	an		6
poking	n		4		35:60
pokomo	n		10
poky	an		6
polar	a
polarisation	n		26,19		30:60
polarise	v	30,30		60
polarization	n		19,26		30:60
polarize	v	30,30		60
polarographic	a
polarography	n		4
pole	nv	35,35	6,18	40	30:40
pole-handled	a
poleax	nv	35	6,6	60	35:60
poleaxe	nv	35	6,6	60	35:60
polemic	an		18,10		32:80
polemical	a
polemicise	v	32		80
polemicize	v	32		80
polemics	n		9
polemise	v	32		80
polemize	v	32		80
polemoniaceous	a
police	nv	41	14	60	41:60
policy	n		9,10
policy-making	a
polio	n		26
poliomyelitis	n		26
poliosis	n		7
polish	anv	35,30	7,26	60	35:40
polished	a
polishing	n		4		35:40
polite	a
politeness	n		7,4
politesse	n		7
politic	a
political	a
politicise	v	30		40
politicize	v	30		40
politick	v	41		80
politics	n		24,9
polity	n		26,14
polka	nv	38	10,4	80	38:80
poll	nv	41,41	9,8	e0	41:60
pollard	nv	35	20,5	40	35:40
pollenate	v	29		40
pollenation	n		11		29:40
pollinate	v	29		40
pollination	n		11		29:40
pollinosis	n		26
pollute	v	30		40
polluted	a
pollution	n		26,26		30:40
pollyannaish	a
polo	n		18,4
poltroon	an		18
poltroonery	n		7
polyandrous	a
polyandry	n		26
polyarteritis	n		26
polyatomic	a
polychromatic	a
polychrome	anv	30	6	40
polychromic	a
polychromise	v	30		40
polychromize	v	30		40
polycrystalline	a
polycythemia	n		26
polydactyl	a
polydactylous	a
polydactyly	n		26
polydipsia	n		26
polyestrous	a
polygamous	a
polygamy	n		26
polygenic	a
polyglot	an		18
polygonal	a
polygynous	a
polygyny	n		26
polyhedral	a
polyhidrosis	n		22
polymeric	a
polymerisation	n		22		30:40
polymerise	v	30,30		c0
polymerization	n		22		30:40
polymerize	v	30,30		c0
polymorphemic	a
polymorphic	a
polymorphism	n		19,19
polymorphous	a
polymyositis	n		26
polynesian	an		18,10
polyneuritis	n		26
polynomial	an		9
polyoestrous	a
polyoicous	a
polyp	n		26,5
polypectomy	n		4
polypetalous	a
polyphase	a
polyphone	n		10
polyphonic	a
polyphonous	a
polyphony	n		10
polyploid	an		5
polyploidy	n		26
polyptoton	n		10
polypus	n		26
polysemant	n		10
polysemantic	a
polysemous	a
polysemy	n		7
polysomy	n		26
polysyllabic	a
polysyllable	n		10
polysyndeton	n		10
polysynthetic	a
polytheism	n		9
polytheistic	a
polytonal	a
polytonalism	n		10
polytonality	n		10
polyunsaturated	a
polyuria	n		26
polyvalence	n		26,26
polyvalency	n		26,26
polyvalent	a
pomade	nv	29	6	40	29:40
pomaded	a
pommel	nv	35	6,6	20
pomo	n		18,10
pomology	n		9
pomp	n		10,7
pompadour	nv	29	18,8	40	29:40
pomposity	n		7
pompous	a
pompousness	n		7
ponca	n		18,10
ponder	v	31		80
ponderable	a
pondering	a
ponderosity	n		7
ponderous	a
ponderousness	n		7,7
pong	n		9
poniard	nv	35	6	20	35:20
ponka	n		18,10
pontifical	an		6
pontificate	nv	41,32	14	80	41:80
pony-trekking	n		4
pooch	nv	30	5	40
pooh-pooh	v	32,32		60
pool	nv	40,33	6,17	c0
poor	an		14
poor-spirited	a
poorly	a
poorness	n		26,7
pop	anv	38,35	18,13	c0
pop-fly	n		4
pop-up	n		10,4
popery	n		4
popeyed	a
popish	a
popliteal	a
popping	n		11		39:80
poppycock	n		10
popular	a
popularisation	n		10,4		30:40
popularise	v	32,30		40
popularism	n		10
popularity	n		7
popularization	n		10,4		30:40
popularize	v	32,30		40
populate	v	42,30		c0
populated	a
populism	n		9
populous	a
porcelainize	v	35		40
porcine	a
pore	nv	31	25,8	0
poriferous	a
pork	n		13,21
pork-barreling	n		4
porn	n		4
porno	n		4
pornographic	a
pornography	n		4
porose	a
porosity	n		7
porous	a
porousness	n		7
porphyria	n		26
porphyritic	a
port	anv	38,38	15,13	40	38:80
portability	n		7
portable	an		6
portage	n		21,6
portal	n		6,10
portend	v	32		40
portent	n		11		32:40
portentous	a
porter	nv	35	18,18	c0	35:c0
porterage	n		21,4		35:c0
porticoed	a
portion	nv	40	24,6	60
portly	a
portmanteau	n		10,6
portrait	n		10,6		32:60
portraiture	n		10,4		32:60
portray	v	32,36		60
portrayal	n		10,4		32:60
portrayed	a
portraying	n		9		36:60
portuguese	an		10,18
pose	nv	42,39	7,7	c0	41:80
posed	a
posh	a
posing	n		4		39:80
posit	nv	35,32	10	60	31:44
position	nv	38,35	15,15	60	38:60
positionable	a
positional	a
positioning	an		4		38:60
positive	an		10,6
positiveness	n		24,7
positivism	n		9,7
positivist	an		18
positivistic	a
positivity	n		24,7
posology	n		9
possess	v	42,40		40
possessed	a
possession	n		4,3		40:40
possessive	an		10
possessiveness	n		7
possibility	n		9,26
possible	an		9,18
possibleness	n		26
post	nv	35,32	15,6	40
post-communist	a
post-free	a
post-it	n		10
post-maturity	n		26
post-menopause	n		26
post-mortem	n		10,4
postage	n		21,10		32:40
postal	a
postbiblical	a
postcard	n		10
postcode	n		10
postdate	v	42,30		60
postdiluvian	an		18
postdoc	n		21,18
postdoctoral	an		21
posted	a
poster	n		10,18		35:40
posterior	an		8,8
posteriority	n		7,7
postexilic	a
postfix	n		10
postganglionic	a
postglacial	a
postgraduate	an		18
posthitis	n		26
posthumous	a
postictal	a
postindustrial	a
posting	n		10,10		35:40
postlude	n		10
postmark	nv	35	10	40	35:40
postmenopausal	a
postmeridian	a
postmillennial	a
postmodern	a
postmodernist	a
postmortal	a
postmortem	an		10,4
postnatal	a
postnuptial	a
postoperative	a
postpaid	a
postpartum	a
postpone	v	42		40
postponement	n		28,4		42:40
postpose	v	35		40
postposition	n		10		35:40
postpositive	a
postprandial	a
postscript	n		10,10
postulate	nv	32,31	10	44	31:44
postulation	n		10,10		31:44
postulational	a
postural	a
posture	nv	41,39	7,7	80	39:80
posturing	n		7
postwar	a
pot	nv	35	6,6	40
pot-trained	a
potable	an		13
potation	n		13,4
potawatomi	n		18,10
potbellied	a
potboiler	n		10
potbound	a
potence	n		26
potency	n		7,7
potent	a
potential	an		26,19
potentiality	n		26,9
potentiate	v	30		40
potentiation	n		22		30:40
pother	nv	37,37	26	e0	37:60
potholed	a
potlatch	n		11
potpourri	n		14,10
potshot	n		4,10
potted	a
potter	nv	35,41	18	80
pottery	n		6,4
potty	an		6,6
potty-trained	a
pouch	nv	35,35	6,25	40	35:40
pouch-shaped	a
pouched	a
pouchlike	a
poudrin	n		19
poultice	nv	29	6	40	29:40
pounce	nv	38	4	80	38:80
pound	nv	35,35	23,23	60
pound-foolish	a
poundage	n		21,21
pounding	n		11,11		38:80
pour	v	38,38		c0
pourboire	n		21
pouring	a
pout	nv	42,29	10,5	80	29:80
poverty	n		26
poverty-stricken	a
powder	nv	30,29	27,27	40	30:40
powder-puff	a
powdered	a
powderiness	n		7
powderise	v	30,30		c0
powderize	v	30,30		c0
powdery	a
powdery-blue	a
power	nv	34	7,19	40	34:40
power-assisted	a
power-dive	v	38		c0
power-driven	a
powered	a
powerful	a
powerfulness	n		7
powerless	a
powerlessness	n		7
powerwash	v	35		40
powwow	nv	32	10,14	80	32:80
pox	n		26,26
ppp	n		4
practicability	n		7
practicable	a
practicableness	n		7
practical	a
practicality	n		7
practice	nv	41,31	4,4	c0	41:40
practiced	a
practise	v	36,41		c0
practised	a
praenomen	n		10
praetorial	a
praetorian	an		18
praetorship	n		4
pragmatic	an		10
pragmatical	a
pragmatics	n		9
pragmatism	n		9,7
praise	nv	32	10,10	60	32:60
praiseful	a
praiseworthiness	n		7
praiseworthy	a
praising	a
praisworthiness	n		7
prakrit	n		10,10
prakritic	a
prance	nv	38,38	4	80	38:80
prandial	a
prang	nv	35	11	40
prank	nv	36,29	4,4	60
prankish	a
prankishness	n		7
prate	nv	32	10	80	32:80
pratfall	n		4,4
prattle	nv	32	10	80	32:80
prawn	nv	35	13,5	80	35:80
praxis	n		4
pray	v	32,32		85
prayer	n		4,10		32:84
prayerbook	n		10
prayerful	a
pre-christian	a
pre-columbian	a
pre-eclampsia	n		26
pre-empt	n		10
pre-emption	n		9,7
pre-emptive	a
pre-existent	a
pre-existing	a
pre-jurassic	a
pre-raphaelite	an		18
pre-socratic	an		18
preach	v	32,32		85
preachification	n		10		32:80
preachify	v	32		80
preaching	n		10,10		32:80
preachment	n		10		32:80
preachy	a
preadolescent	a
preakness	n		11
preamble	nv	32	10	80	32:80
preanal	a
prearrange	v	36		40
prearrangement	n		9		36:40
preassemble	v	36		40
prebend	n		21
precancerous	a
precarious	a
precariousness	n		7,7
precast	a
precative	a
precatory	a
precaution	n		4,7
precautional	a
precautionary	a
precede	v	42,42		40
precedence	n		26,7		42:40
precedency	n		26,7		42:40
precedent	an		9,10		42:40
precedented	a
precedential	a
preceding	a
precentorship	n		4
precept	n		10,9
preceptorship	n		4
precess	v	38		80
precession	n		26,4		42:40
prechlorination	n		22
preciosity	n		7
precious	a
preciousness	n		7,7
precipitance	n		7
precipitancy	n		7
precipitant	an		27		30:80
precipitate	anv	36,30	27	c0	30:80
precipitateness	n		7
precipitating	a
precipitation	n		23,22		43:c0
precipitous	a
precipitousness	n		7,7
precis	nv	32	10	40	32:40
precise	a
preciseness	n		7,7
precision	n		7
preclinical	a
preclude	v	41,42		40
preclusion	n		4		41:40
preclusive	a
precocial	a
precocious	a
precociousness	n		9
precocity	n		9
precognition	n		10
precognitive	a
preconceive	v	36		40
preconceived	a
preconception	n		9,9		36:40
preconcerted	a
precondition	nv	30	10,9	40
preconditioned	a
precook	v	36		40
precooked	a
precooled	a
precordial	a
precursory	a
predaceous	a
predacious	a
predate	v	42,42		40
predation	n		4,4		34:40
predatory	a
predecease	v	30		20
predecessor	n		18,10		41:a0
predestinarian	an		18
predestinarianism	n		9
predestinate	av	31		64
predestination	n		11,9		32:44
predestine	v	32,31		64
predestined	a
predetermination	n		9,9		31:45
predetermine	v	31,31		65
predetermined	a
predicament	n		26
predicate	nv	32,32	10,10	44	32:40
predication	n		10		32:40
predicative	a
predicator	n		10		32:40
predict	v	32,32		44
predictability	n		7
predictable	a
prediction	n		9,10		32:44
predictive	a
predictor	n		18,9		32:44
predigest	v	34		40
predigested	a
predilection	n		9,12
predispose	v	31		40
predisposed	a
predisposition	n		26,9		31:40
predominance	n		26,7		42:80
predominant	a
predominate	av	42,42		80
predomination	n		26,7		42:80
preeclampsia	n		26
preeminence	n		26
preeminent	a
preempt	nv	40,41	10	40
preemption	n		9,7
preemptive	a
preen	v	35,32		c0
preexist	v	42		80
preexistence	n		26		42:80
preexistent	a
preexisting	a
prefab	an		6
prefabricate	v	36,36		40
prefabrication	n		4		36:40
preface	nv	32	10	40	32:40
prefaded	a
prefatorial	a
prefatory	a
prefectural	a
prefecture	n		15,4
prefer	v	37,31		6c
preferable	a
preference	n		12,9		37:68
preferent	a
preferential	a
preferment	n		4,10		41:60
preferred	a
prefiguration	n		9,9		36:40
prefigurative	a
prefigure	v	36,32		40
prefix	nv	35	10	40	35:40
prefixation	n		4		35:40
preform	v	36,36		40
preformation	n		9		36:40
prefrontal	a
pregnancy	n		26
pregnant	a
preheat	v	30		40
prehend	v	35		60
prehensile	a
prehension	n		4		35:60
prehistoric	a
prehistorical	a
preindication	n		11
preisolate	v	30		40
prejudge	v	31		60
prejudgement	n		9		31:60
prejudgment	n		9
prejudice	nv	41,31	9	60	31:60
prejudiced	a
prejudicial	a
prejudicious	a
prelacy	n		14,4
prelapsarian	a
prelature	n		14,4
prelim	n		11,10
preliminary	an		11,11
prelims	n		10
preliterate	a
prelude	nv	42,36	11,10	40	42:40
premarital	a
premature	a
prematureness	n		26
prematurity	n		26
premedical	a
premeditate	v	31,31		c0
premeditated	a
premeditation	n		9,9		31:40
premenopausal	a
premenstrual	a
premier	anv	36,36	18,18	c0
premiere	anv	36,36	10	c0	36:40
premiership	n		4
premise	nv	32,32	10	40	31:40
premiss	nv	31	10	40	31:40
premium	an		21,21
premonition	n		12,10
premonitory	a
prenatal	a
prenominal	a
prenuptial	a
preoccupancy	n		9,4		37:40
preoccupation	n		9,9		37:40
preoccupied	a
preoccupy	v	37,40		40
preoperative	a
preordain	v	31		45
preordination	n		9		31:45
prep	n		4
prepackaged	a
prepacked	a
prepaid	a
preparation	n		4,27		30:e1
preparative	a
preparatory	a
prepare	v	30,36		e1
prepared	a
preparedness	n		26
prepay	v	40		c0
prepayment	n		4		40:c0
preponderance	n		7,7		42:80
preponderant	a
preponderate	v	42		80
preponderating	a
prepose	v	35		40
preposition	n		10,10		35:40
prepositional	a
prepossess	v	40,37		40
prepossessing	a
prepossession	n		26,9		31:60
preposterous	a
prepotency	n		26
preprandial	a
prepubertal	a
prepubescent	a
prepupal	a
prerecord	v	32		60
prerecorded	a
prerequisite	an		9
prerogative	n		7
presage	nv	32	12,11	40	32:40
presbyopia	n		26
presbyopic	a
presbyterianism	n		9
prescience	n		9
prescient	a
prescribe	v	32		40
prescribed	a
prescript	n		10
prescription	an		10,6		32:40
prescriptive	a
prescriptivism	n		9,9
presence	n		26,15
present	anv	39,32	28,21	60	40:60
present-day	a
presentable	a
presentation	n		4,4		40:60
presentational	a
presentiment	n		12
presentism	n		9
presentment	n		4,10
presentness	n		7
preservable	a
preservation	n		4,26		42:20
preservative	an		27
preserve	nv	42,40	26,15	40	40:40
preserved	a
preset	a
preside	v	41		80
presidency	n		28,4
presidential	a
presidentship	n		4
presocratic	a
press	nv	35,32	26,10	c1
press-up	n		4
pressed	a
pressing	an		4,6		35:40
pressmark	n		10
pressor	an		6
pressure	nv	41,41	19,7	29	35:c0
pressure-cook	v	30		c0
pressure-wash	v	35		40
pressurise	v	30,30		40
pressurize	v	30,30		40
prestidigitation	n		4
prestige	n		26
prestigious	a
prestigiousness	n		26
prestissimo	a
presto	a
presumable	a
presume	v	31,41		47
presumption	n		9,9		31:44
presumptive	a
presumptuous	a
presumptuousness	n		7
presuppose	v	31,31		44
presupposition	n		9		31:4
presymptomatic	a
preteen	an		18
pretence	n		7,7
pretend	anv	32,36	4	c5	32:4
pretended	a
pretending	n		4		32:45
pretense	n		4,10		32:45
pretension	n		7,10		40:40
pretentious	a
pretentiousness	n		7,7
preterition	n		10
pretermission	n		9		31:40
pretermit	v	31,31		61
preternatural	a
pretext	n		10,7
pretorial	a
pretorian	a
pretrial	n		10
prettify	v	30		40
prettiness	n		7
pretty	a
pretty-pretty	a
prevail	v	42,42		80
prevailing	a
prevalence	n		7,24		42:80
prevalent	a
prevaricate	v	32		80
prevarication	n		10,7		32:80
prevenient	a
prevent	v	41,41		60
preventable	a
preventative	an		6,6
prevention	n		4		41:60
preventive	an		6,6
preview	nv	39	10,10	40	39:40
previous	a
previse	v	32,31		64
prevision	n		9,9
prevue	n		10
prewar	a
prey	nv	34,34	18,5	e0	34:60
priapic	a
priapism	n		26
price	nv	40,31	7,21	40	31:40
price-controlled	a
price-fixing	n		4
priceless	a
pricelessness	n		7
pricey	a
pricing	n		9		40:40
prick	nv	35,39	18,25	40	35:40
pricking	n		4		35:40
prickle	nv	39,39	20	80
prickliness	n		7
prickling	n		9		39:80
prickly	a
prickly-leafed	a
prickly-leaved	a
pricy	a
pride	nv	37	12,12	20	37:20
prideful	a
pridefulness	n		12
priestcraft	n		9,9
priestlike	a
priestly	a
priggish	a
priggishness	n		7
prim	av	30,30		c0
prima	an		13
primacy	n		26
primaeval	a
primal	a
primality	n		7
primary	an		4,5
primateship	n		4
primatology	n		9
prime	anv	30,35	23,28	60
primed	a
primer	n		10,6		30:60
primeval	a
priming	n		4,6
primiparous	a
primitive	an		18,10
primitiveness	n		26
primitivism	n		26,6
primness	n		7,7
primo	an		10
primogeniture	n		21
primordial	a
primp	v	29		a0
primping	n		4		29:a0
princedom	n		26,15
princely	a
principal	an		21,18
principalship	n		4
principle	n		9,9
principled	a
prink	v	29,29		a0
print	nv	36,36	10,6	c0	36:40
printable	a
printing	n		10,4
printmaking	n		4
printout	n		10
prior	an		18
prioritise	v	31		40
prioritize	v	31		40
priority	n		26,7		31:40
priorship	n		4
prise	v	35,36		40
prismatic	a
prison	n		6,26
prison-breaking	n		4
prisonbreak	n		4
prisonlike	a
prissy	a
pristine	a
privacy	n		7,26
private	an		18
private-enterprise	a
privateness	n		26,7
privation	n		26,4
privatisation	n		4		30:40
privatise	v	30		40
privatization	n		4		30:40
privatize	v	30		40
privilege	nv	41	7,7	20	41:20
privileged	a
privy	an		6,6
prize	anv	40,35	21,21	40
prizefight	nv	35	11	80	35:80
prizewinning	a
pro	an		18,10
pro-american	a
pro-choice	a
pro-inflammatory	a
pro-life	a
proactive	a
probabilism	n		9,9
probabilistic	a
probability	n		7,7
probable	an		18
probate	nv	42,41	10,4	60	41:40
probationary	a
probative	a
probatory	a
probe	nv	32,35	9,6	c0	32:c0
probing	a
probity	n		7
problem	n		26,10
problematic	a
problematical	a
procaryotic	a
procedural	a
procedure	n		4,4		41:90
proceed	v	32,38		89
proceeding	n		4		41:90
proceedings	n		4,10		41:90
proceeds	n		21
process	nv	30,41	4,9	40	36:40
processed	a
processing	n		22		41:40
procession	n		11,4
processional	an		10
proclaim	v	32,32		74
proclaimed	a
proclamation	n		10,4		32:30
proclivity	n		9
proconsular	a
proconsulate	n		4
proconsulship	n		4
procrastinate	v	42,42		c0
procrastination	n		4,7		42:80
procreate	v	29		80
procreation	n		4		29:80
procreative	a
procrustean	a
proctalgia	n		26
proctitis	n		26
proctocele	n		26
proctology	n		9
proctoplasty	n		4
proctor	nv	41	18	60	41:60
proctorship	n		4
proctoscopy	n		4
procumbent	a
procurable	a
procural	n		4		40:40
procurance	n		4		40:40
procure	v	40,34		c0
procurement	n		4		40:40
prod	nv	35,35	10,6	60	35:60
prodding	n		10		35:60
prodigal	an		18
prodigality	n		7,4
prodigious	a
prodigy	n		18,11
prodroma	n		26
prodromal	a
prodrome	n		26
prodromic	a
produce	nv	36,36	13	40	36:40
production	n		4,10		39:60
productive	a
productiveness	n		7
productivity	n		7,24
profanation	n		4,4		41:40
profanatory	a
profane	av	41,41		60
profaned	a
profaneness	n		9,7
profanity	n		10
profess	v	32,32		44
professed	a
professing	n		10		32:44
profession	n		14,4
professional	an		18,18
professionalisation	n		22
professionalise	v	30,30		c0
professionalism	n		9
professionalization	n		22		30:80
professionalize	v	30,30		c0
professorial	a
professorship	n		4
proffer	nv	40	10	60	40:60
proficiency	n		7,9
proficient	a
profile	nv	36,36	10,15	60	36:60
profiling	n		10
profit	nv	40,40	21,7	80	40:80
profit-maximising	a
profit-maximizing	a
profitability	n		7
profitable	a
profitableness	n		7,7
profiteer	nv	40	18	80	40:80
profitless	a
profits	n		21,21
profligacy	n		7,4
profligate	an		18,18
profound	a
profoundness	n		26,9
profundity	n		9,7
profuse	a
profuseness	n		7
profusion	n		7
progeria	n		26
progestational	a
prognathic	a
prognathism	n		26
prognathous	a
prognosis	n		10,4		32:40
prognostic	an		11
prognosticate	v	32,32		44
prognostication	n		11,10		32:40
prognosticative	a
program	nv	32,36	9,9	c0	32:40
programing	n		4,4		32:40
programma	n		10
programme	nv	36,32	10,10	c0
programming	n		4,4		32:40
progress	nv	30,38	4,4	80	30:80
progression	n		14,11
progressive	an		24,18
progressiveness	n		7
progressivism	n		9
progressivity	n		7
prohibit	v	32		41
prohibited	a
prohibition	n		10,10
prohibitive	a
prohibitory	a
proinflammatory	a
project	nv	32,42	4,9	c0	36:41
projected	a
projectile	an		6,6
projecting	a
projection	n		9,10		39:40
prokaryotic	a
prolapse	nv	38	26	80	38:80
prolapsus	n		26
prolate	a
prolegomenon	n		10
prolepsis	n		10
proletarian	an		18
proliferate	v	30,30		80
proliferation	n		22,22		30:80
prolific	a
prolificacy	n		7
prolix	a
prolixity	n		10
prolixness	n		10
prolog	n		10
prologise	v	32		80
prologize	v	32		80
prologue	n		10		32:80
prologuize	v	32		80
prolong	v	30,42		40
prolongation	n		4,7		42:40
prolonged	a
prolusion	n		10,4
prolusory	a
prom	n		11
promenade	nv	38,38	11,6	80	38:80
prominence	n		26,7
prominent	a
promiscuity	n		4
promiscuous	a
promiscuousness	n		4
promise	nv	32,32	10,9	65	32:60
promising	a
promissory	a
promote	v	41,41		60
promotion	n		10,4		32:40
promotional	a
promotive	a
prompt	anv	36,32	10,10	61	32:60
promptbook	n		10
prompting	n		10,10		32:1
promptitude	n		7
promptness	n		7,7
promulgate	v	32,32		44
promulgated	a
promulgation	n		10,10		32:44
pronate	v	38		80
pronation	n		4		38:80
prone	a
proneness	n		7
pronged	a
prongy	a
pronk	v	38		80
pronominal	an		10
pronoun	n		10
pronounce	v	32,32		70
pronounceable	a
pronounced	a
pronouncement	n		10		32:30
pronunciamento	n		10
pronunciation	n		10,10		32:40
proof	anv	36,35	9,10	40
proofed	a
proofread	v	31		c0
prop	nv	35	6,6	40	35:40
propaedeutic	an		4
propaedeutics	n		4
propaganda	n		10		32:20
propagandise	v	32,32		60
propagandist	an		18
propagandistic	a
propagandize	v	32,32		60
propagate	v	40,38		c0
propagation	n		10,4		35:40
propagative	a
proparoxytone	n		10
propel	v	35,36		61
propellant	an		27		35:40
propellent	an		27		35:40
propelling	a
propensity	n		12,9
proper	a
properness	n		7
propertied	a
property	n		21,7
property-owning	a
propertyless	a
prophase	n		22,22
prophecy	n		9,10
prophesy	v	32,32		c4
prophetic	a
prophetical	a
prophets	n		10
prophylactic	an		6,6
prophylaxis	n		4
propinquity	n		7
propitiate	v	32		20
propitiation	n		4,4		32:20
propitiative	a
propitiatory	a
propitious	a
propitiousness	n		7
proportion	nv	30,30	24,7	40	30:40
proportionable	a
proportional	an		9
proportionality	n		24,7
proportionate	a
proposal	n		10,10		32:80
propose	v	32,31		49
proposition	nv	32	10,10	20	31:49
propound	v	32		40
proprietary	an		21
proprietorship	n		21
propriety	n		7
proprioception	n		9
proprioceptive	a
props	n		4
propulsion	n		19,4		36:61
propulsive	a
prorate	v	31,31		c0
proration	n		4		31:80
prorogation	n		4		42:40
prorogue	v	42,41		c0
prosaic	a
prosaicness	n		7
proscribe	v	32		41
proscribed	a
proscription	n		10,4		32:41
prose	n		10,10
prosecute	v	41,41		a0
prosecution	n		4,14		41:80
proselytise	v	32		80
proselytism	n		10,4
proselytize	v	32		80
prosiness	n		7
prosodic	a
prosodion	n		10
prosody	n		10,10
prosopopoeia	n		10
prospect	nv	39,31	26,9	c0	39:40
prospective	a
prospectus	n		10,10
prosper	v	40		80
prospering	a
prosperity	n		26,26
prosperous	a
prospicience	n		9
prospicient	a
prostate	an		8
prostatectomy	n		4
prostatic	a
prostatitis	n		26
prosthetic	a
prosthetics	n		9
prosthodontia	n		9
prosthodontic	a
prosthodontics	n		9
prostitute	nv	41	18	a0	41:a0
prostitution	n		4		41:a0
prostrate	av	38,30		60
prostration	n		26,4		38:20
prostyle	a
prosy	a
protagonism	n		4
protanopia	n		26
protanopic	a
protean	a
protect	v	33,33		60
protected	a
protecting	a
protection	n		4,6		33:60
protectionism	n		10
protective	a
protectiveness	n		12,7
protectorship	n		4
proteinaceous	a
proteinuria	n		26
proteolysis	n		22
proteolytic	a
proteomics	n		9
proterozoic	an		28
protest	nv	32,41	10,4	84	32:44
protestant	an		18,14
protestantism	n		9
protestation	n		10,10		32:44
prothalamion	n		10
prothalamium	n		10
proto	a
proto-norse	n		10
protoanthropology	n		9
protoarchaeology	n		9
protoarcheology	n		9
protocol	n		10,10
protogeometric	a
protohistory	n		9
protology	n		9
prototypal	a
prototype	n		9
prototypic	a
prototypical	a
protozoal	a
protozoan	an		5
protozoic	a
protozoological	a
protozoology	n		9
protract	v	30		40
protracted	a
protractible	a
protractile	a
protraction	n		7,4		30:40
protrude	v	42,38		80
protruding	a
protrusible	a
protrusile	a
protrusion	n		25,4		38:80
protrusive	a
protuberance	n		25,26		42:40
protuberant	a
protuberate	v	42,42		c0
proud	a
proustian	a
provability	n		7
provable	a
prove	v	42,31		55
proved	a
proven	a
provencal	an		10
proverb	n		10
proverbial	a
proverbs	n		10
provide	v	40,34		60
providence	n		15,4
provident	a
providential	a
province	n		15,26
provincial	an		18,18
provincialism	n		9,9
provision	nv	40	10,4	60	32:84
provisional	a
provisionary	a
proviso	n		10
provisory	a
provocation	n		4,16		37:60
provocative	a
provoke	v	37,36		40
provoked	a
provoking	a
prowess	n		9
prowl	nv	38,42	4	c0	42:80
prox	a
proxemics	n		9
proximal	a
proximate	a
proximity	n		7,15
proximo	a
proxy	n		18,10
prudence	n		7,9
prudent	a
prudential	a
prudery	n		7
prudish	a
prudishness	n		7
prune	nv	35,30	13	40
pruning	n		17,4		35:40
prurience	n		12
pruriency	n		12
prurient	a
prurigo	n		26
pruritus	n		9
prussian	an		18
pry	nv	35,32	6	c0	35:40
prying	an		9		39:80
ps	n		10
psalm	nv	36	10,10	40
psalmody	n		4
psalms	n		10
psalter	n		10
psammoma	n		26
psephology	n		9
pseudepigrapha	n		10
pseudo	an		18
pseudocyesis	n		26
pseudohallucination	n		26
pseudohermaphrodite	an		18
pseudohermaphroditic	a
pseudohermaphroditism	n		26
pseudonym	n		10
pseudonymous	a
pseudoperipteral	a
pseudoprostyle	a
pseudorubella	n		26
pseudoscience	n		9
pseudoscientific	a
pseudosmallpox	n		26
pseudovariola	n		26
psi	n		23,10
psilosis	n		26,22
psittacosis	n		26,26
psoriasis	n		26
psyche	n		9,18
psychedelic	a
psychiatric	a
psychiatrical	a
psychiatry	n		9
psychic	an		18
psychical	a
psychoactive	a
psychoanalyse	v	31		60
psychoanalysis	n		4
psychoanalytic	a
psychoanalytical	a
psychoanalyze	v	31		60
psychobabble	n		10
psychodynamics	n		24,9
psychogenesis	n		22,22
psychogenetic	a
psychogenic	a
psychokinesis	n		10
psychokinetic	a
psycholinguistic	a
psycholinguistics	n		9
psychological	a
psychology	n		9
psychometric	a
psychometrics	n		9
psychometrika	n		9
psychometry	n		9
psychomotor	a
psychoneurosis	n		26
psychoneurotic	an		18
psychonomics	n		9
psychopathic	a
psychopathologic	a
psychopathological	a
psychopathology	n		9,9
psychopathy	n		26
psychopharmacological	a
psychopharmacology	n		9
psychophysics	n		9
psychophysiology	n		9
psychosexual	a
psychosexuality	n		9
psychosis	n		26
psychosomatic	a
psychosurgery	n		4
psychotherapeutic	a
psychotherapeutics	n		9
psychotherapy	n		9,4
psychotic	an		18
psychotropic	a
psyop	n		4
pteridological	a
pteridology	n		9
ptolemaic	a
ptomaine	n		27,26
ptosis	n		26
ptsd	n		26
ptyalise	v	29		c0
ptyalism	n		22		29:c0
ptyalize	v	29		c0
pub-crawl	v	34		80
pubertal	a
puberulent	a
pubescent	a
pubic	a
public	an		14,14
public-spirited	a
publication	n		10,4		36:40
publicise	v	32,32		44
publicised	a
publicity	n		10,7
publicize	v	32,32		44
publicized	a
publicizing	n		4		32:44
publish	v	36,32		40
publishable	a
published	a
publishing	n		4		32:40
puce	n		7
pucka	a
pucker	nv	35,35	25	c0	35:80
puckish	a
puckishness	n		7
puddingheaded	a
puddle	nv	38,36	27,17	c0	35:40
pudendal	a
pudginess	n		7
pudgy	a
puerile	a
puerility	n		26,7
puerperal	a
puff	anv	34,34	19,13	c0
puffed	a
puffery	n		10
puffiness	n		26,7
puffing	n		4,4		34:40
puffy	a
pug-faced	a
pug-nose	a
pug-nosed	a
pugilism	n		4
pugilistic	a
pugnacious	a
pugnacity	n		7
puissance	n		7
puissant	a
pujunan	n		10
puke	nv	29	18,27	80	29:80
puking	n		4		29:80
pukka	a
pulchritude	n		7
pulchritudinous	a
pule	v	29		80
pull	nv	35,35	4,19	60	35:40
pull-up	n		6,4		38:20
pullback	n		6,4		38:c0
pulling	n		4		35:40
pullout	n		4		38:c0
pullulate	v	42,38		80
pullulation	n		22,22		30:80
pulmonary	a
pulmonic	a
pulp	nv	35,30	17,20	40	30:40
pulpiness	n		7
pulpy	a
pulsate	v	38,38		80
pulsation	n		11,19		36:40
pulse	nv	38,36	11,11	c0	36:40
pulseless	a
pulsing	n		11		36:40
pulverisation	n		27,4		30:80
pulverise	v	36,30		c0
pulverised	a
pulverization	n		27,4		30:80
pulverize	v	30,36		40
pulverized	a
pumice	nv	35	27	40	35:40
pummel	v	35		20
pump	nv	35,33	6,8	40	38:40
pumped	a
pumped-up	a
pumpkin-shaped	a
pun	nv	36	10	80	36:80
punch	nv	35,35	4,13	e0	35:60
punch-drunk	a
punch-up	n		4
punctilio	n		10,4
punctilious	a
punctiliousness	n		7
punctual	a
punctuality	n		7
punctuate	v	30,32		44
punctuation	n		11,10		30:40
puncturable	a
puncture	nv	35,35	11,6	40	30:80
punctured	a
punctureless	a
pungency	n		10,7
pungent	a
punic	an		10
puniness	n		7,7
punish	v	41		20
punishable	a
punished	a
punishing	a
punishment	n		4		41:20
punitive	a
punitory	a
punjabi	n		18,10
punk	an		18,27
punning	n		10		36:80
punt	nv	35,35	23,6	c0	35:40
punting	n		4		35:80
puny	a
pup	nv	29	5,18	80	29:80
pupal	a
pupate	v	29		80
pupillary	a
puppetry	n		9,4
puppyish	a
puppylike	a
purana	n		10
puranic	a
purblind	a
purchasable	a
purchase	nv	40	4,21	c0	40:c0
purchasing	n		4		40:c0
purdah	n		26,14
pure	a
pureblood	an		5
pureblooded	a
purebred	an		5
puree	nv	35	13	40	35:40
pureness	n		26,26
purgation	n		4,4		29:a0
purgative	an		6
purgatorial	a
purgatory	n		26,9
purge	nv	41,32	4,4	20	30:40
purging	an		4,4		30:40
purification	n		4,22		30:40
purify	v	30,30		40
purifying	a
purism	n		10
puritanic	a
puritanical	a
puritanism	n		9,7
purity	n		26,26		30:40
purl	nv	38,32	6,6	80	36:40
purloin	v	40		40
purple	anv	30,30	7,26	c0	30:40
purple-black	a
purple-blue	a
purple-brown	a
purple-eyed	a
purple-flowered	a
purple-green	a
purple-lilac	a
purple-red	a
purple-spotted	a
purple-tinged	a
purple-tinted	a
purple-veined	a
purple-white	a
purpleness	n		7
purplish	a
purplish-black	a
purplish-blue	a
purplish-brown	a
purplish-green	a
purplish-lilac	a
purplish-red	an		7
purplish-white	a
purport	nv	32,31	10,9	1	31:1
purpose	nv	31,31	9,7	5	31:1
purpose-built	a
purpose-made	a
purposeful	a
purposefulness	n		7
purposeless	a
purposelessness	n		7
purposive	a
purpura	n		26
purpurate	v	30		40
purr	nv	39,32	11	80	32:80
purse	nv	30,35	6,21	c0
purse-proud	a
pursual	n		4
pursuance	n		9,4		35:60
pursuant	a
pursue	v	41,38		e0
pursued	an		18
pursuing	a
pursuit	n		4,9		38:60
pursy	a
purulence	n		26,8
purulency	n		26
purulent	a
purvey	v	40		60
purveyance	n		4		40:60
purview	n		7
puseyism	n		9
push	nv	38,32	4,19	e1	35:80
pushball	n		4
pushful	a
pushiness	n		7
pushing	n		4		38:e0
pushover	n		18,4
pushup	n		4
pushy	a
pusillanimity	n		7
pusillanimous	a
pusillanimousness	n		7
pussy	an		8,5
pussyfoot	v	38		80
pustulate	a
pustule	n		26
put	nv	35,35	4	60
put-down	n		10		37:60
put-on	n		10,4		32:20
put-up	a
put-upon	a
putative	a
putdownable	a
putoff	n		10		42:40
putout	n		4		35:20
putrefacient	a
putrefaction	n		26,22		30:80
putrefactive	a
putrefiable	a
putrefy	v	30		80
putrescence	n		26,7
putrescent	a
putrescible	a
putrid	a
putrid-smelling	a
putridity	n		26
putridness	n		26
putsch	n		4
putt	nv	35,35	4	40	35:40
putter	nv	41,35	18,6	80	35:40
putting	n		4		35:40
putty	nv	35	27	40	35:40
puzzle	nv	31,37	10,6	c0	37:80
puzzled	a
puzzlement	n		9		37:80
puzzler	n		10		31:40
puzzling	a
pvc	n		27,26
pyaemia	n		26
pyaemic	a
pycnodysostosis	n		26
pycnosis	n		26
pycnotic	a
pydna	n		4
pyelitis	n		26
pyelography	n		4
pyelonephritis	n		26
pyemia	n		26
pyemic	a
pyknic	a
pyknosis	n		26
pyknotic	a
pyloric	a
pyogenic	a
pyorrhea	n		26,26
pyorrhoea	n		26,26
pyramid	nv	40,40	25,21	c0	35:40
pyramidal	a
pyramidic	a
pyramidical	a
pyramiding	n		4
pyrectic	an		27
pyretic	a
pyrexia	n		26
pyrochemical	a
pyrochemistry	n		22
pyroelectric	a
pyroelectrical	a
pyroelectricity	n		19
pyrogallic	a
pyrogenetic	a
pyrogenic	a
pyrogenous	a
pyrographic	a
pyrography	n		4
pyrolatry	n		4
pyroligneous	a
pyrolignic	a
pyrolysis	n		11
pyrolytic	a
pyromancy	n		9
pyrophobia	n		26
pyrosis	n		26
pyrotechnic	an		6
pyrotechnical	a
pyrotechnics	n		9,4
pyrotechny	n		4
pyrrhic	an		10,4
pythagorean	a
pyuria	n		26
q	n		10
qabala	n		10
qabalah	n		10
qabalistic	a
qabbala	n		9
qabbalah	n		9
qatari	an		18
qcd	n		9
qed	n		9
qi	n		26
qiang	n		10
qiangic	n		10
qoph	n		10
quack	anv	32,29	18,11	80	29:80
quackery	n		4,4		29:80
quadrangular	a
quadrantanopia	n		26
quadraphonic	a
quadrasonic	a
quadrate	an		25,25
quadratic	an		10,9
quadratics	n		9
quadrature	n		4
quadrilateral	an		25
quadrille	n		10,4
quadrillionth	an		23
quadripartite	a
quadriphonic	a
quadriplegia	n		26
quadrisonic	a
quadrivium	n		9
quadruped	an		5
quadrupedal	a
quadruple	anv	30	14,9	c0	36:40
quadruplex	a
quadruplicate	anv	36	6	40	30:c0
quadrupling	n		22		30:c0
quaff	nv	34	13	40	34:40
quaggy	a
quail	nv	38	13,5	80
quaint	a
quaintness	n		7,7
quake	nv	38,38	11	80	38:80
quakerism	n		9
qualification	n		7,4		32:21
qualified	a
qualifier	n		18,10		42:80
qualify	v	42,32		a1
qualifying	n		24,4		30:40
qualitative	a
quality	an		7,7		32:60
qualm	n		12,26
quandary	n		26,9
quantal	a
quantic	n		9
quantifiability	n		7
quantifiable	a
quantification	n		9,4		30:40
quantifier	n		10,10
quantify	v	30,30		40
quantisation	n		4		31:40
quantise	v	31,31		40
quantitative	a
quantity	n		3,7
quantization	n		4		31:40
quantize	v	31,31		40
quantized	a
quantum	n		9,9
quapaw	n		18,10
quarantine	nv	30	26,4	60	30:60
quarantined	a
quarrel	nv	32	10,6	80	32:80
quarrelsome	a
quarrelsomeness	n		7
quarry	nv	34	18,6	40	34:40
quarrying	n		4		34:40
quartan	an		26
quarter	nv	42,41	23,15	a0	35:40
quarter-tone	n		10
quarterback	nv	33	18,4	80	33:80
quarterfinal	n		11
quarterly	an		10
quartile	n		9
quarto	n		7
quartzose	a
quash	v	41,41		60
quasi	a
quasi-religious	a
quasi-royal	a
quasiparticle	n		9
quaternary	an		28,23
quaternate	a
quatrain	n		10
quaver	nv	32,32	11,10	c0	32:80
quavering	a
quayage	n		21
queasiness	n		26,7
queasy	a
quebecois	an		18
quechuan	an		10
queen	nv	41,38	5,18	c0
queen-size	a
queen-sized	a
queenlike	a
queenly	a
queer	anv	41,32	18	60
queerness	n		7,4
quell	v	30,34		c0
quelled	a
quelling	n		4		30:40
quellung	n		22
quench	v	34,43		40
quenched	a
quenching	n		4		43:40
quenchless	a
querulous	a
querulousness	n		7
query	nv	32	10	61	32:61
quest	nv	40,38	9,4	80	40:80
question	nv	32,32	10,10	64	32:20
questionable	a
questioning	an		10		32:20
questionnaire	n		10
quetch	v	32		84
queue	nv	38	14,10	80	38:80
quibble	nv	32,32	10	80	32:80
quick	an		8
quick-change	a
quick-drying	a
quick-eared	a
quick-freeze	v	30		40
quick-frozen	a
quick-sighted	a
quick-tempered	a
quick-witted	a
quick-wittedness	n		9
quicken	v	30,39		c0
quickening	n		22,26		29:80
quickie	n		4
quickness	n		9,9
quicksand	n		26,17
quickset	an		20
quicksilver	an		27
quickstep	nv	38	10,4	80	38:80
quicky	n		4
quid	n		23,21
quiddity	n		10,9
quiesce	v	39		80
quiescence	n		26,4
quiescency	n		26,4
quiescent	a
quiet	anv	39,37	26,26	e0
quieten	v	39,37		e0
quietism	n		9
quietness	n		7,12
quietude	n		12
quietus	n		26
quilt	nv	36,36	6	40	36:40
quilted	a
quincentenary	an		28
quincentennial	an		28
quinquefoliate	a
quinsy	n		26
quintessence	n		27,9
quintessential	a
quintet	n		10,23
quintillionth	an		23
quintuple	anv	30	14	c0
quintupling	n		22		30:c0
quip	nv	32	10,10	84	32:84
quirk	nv	35	7,6	40
quirkiness	n		7
quirky	a
quislingism	n		4
quit	v	42,41		c8
quitclaim	n		10,4
quits	a
quittance	n		21,21
quiver	nv	38,38	12,26	80	38:80
quivering	n		26,4		38:80
quixotic	a
quixotism	n		7
quiz	nv	32	10	20	32:20
quizzical	a
quodlibet	n		9
quoits	n		4
quondam	a
quoratean	n		10
quota	n		23,21
quotability	n		7
quotable	a
quotation	n		10,10		32:e0
quote	nv	32,32	10,10	e0	32:40
quotidian	a
quran	n		10
rabbet	nv	35,35	6	40	35:40
rabbi	n		18,10
rabbinate	n		14,4
rabbinic	a
rabbinical	a
rabbit	nv	33	5,27	80	33:80
rabbit-sized	a
rabble-rousing	a
rabelaisian	a
rabid	a
rabidity	n		7
rabidness	n		7
rabies	n		26
race	nv	38,33	11,11	80	33:80
racecard	n		10
racemose	a
rachischisis	n		26
rachitic	a
rachitis	n		26,26
racial	a
racialism	n		4
raciness	n		7,7
racing	n		4		33:80
racism	n		9,4
racist	an		18
rack	nv	38,37	6,13	c0	36:40
racket	nv	41,39	11,4	80	39:80
racketeer	nv	41	18	80
racketeering	n		4		41:80
racketiness	n		7
rackety	a
racking	a
racon	n		10
racquetball	n		6,4
racy	a
raddle	nv	35,30	27	40
raddled	a
radial	an		6
radial-ply	a
radiance	n		19,7		43:c0
radiancy	n		7		43:c0
radiant	a
radiate	av	43,30		c0
radiating	a
radiation	n		19,4		43:c0
radical	an		27,27
radicalism	n		9
radicalize	v	30		60
radiculitis	n		26
radio	anv	32	10,6	60	32:60
radio-controlled	a
radio-opacity	n		19
radio-opaque	a
radioactive	a
radioactivity	n		22
radiobiology	n		9
radiochemistry	n		9
radiocommunication	n		10
radiogram	n		10,6
radiographic	a
radiography	n		22,4
radioimmunoassay	n		9
radiolocate	v	42		60
radiological	a
radiology	n		9,4
radiolucent	a
radiolysis	n		22
radiopacity	n		19
radiopaque	a
radiophonic	a
radiophotography	n		4
radioprotection	n		26
radioscopy	n		4
radiosensitive	a
radiosensitivity	n		9
radiotelegraph	n		10,6
radiotelegraphy	n		10,6
radiotelephone	n		10,6
radiotelephonic	a
radiotelephony	n		10
radiotherapy	n		4
radius	n		7,25
raffish	a
raffle	nv	40	4	40	40:40
raft	nv	38,38	6,23	c0	36:40
rafter	nv	40	6,18	40	40:40
raftered	a
rag	nv	37,37	6,28	60
rage	nv	42,42	12,26	80	42:80
ragged	a
raggedness	n		7,7
raging	a
ragnarok	n		10
ragtime	n		10
raid	nv	41,38	4,4	60	41:60
raiding	a
rail	nv	32,42	6,6	c0	38:40
raillery	n		10
railroad	nv	41,40	6,6	48	38:40
railroading	n		4		40:40
raiment	nv	29	6	60	29:60
raimentless	a
rain	nv	43	19,27	c0	43:c0
rain-wash	n		22
rainbow	n		17,9
raindrop	n		19
rainfall	n		19
raininess	n		7
raining	a
rainless	a
rainmaking	n		4
rainproof	a
rainstorm	n		19
rainy	a
raisable	a
raise	nv	30,38	7,17	60	30:40
raiseable	a
raised	a
raising	an		11,7		38:40
raiu	n		9
raj	n		26
rake	nv	38,35	18,7	40
rake-off	n		21		40:40
rakish	a
rakishness	n		7,7
rale	n		11
rallentando	a
rally	nv	35,33	14,4	60	35:40
rallying	an		4,4		33:60
ram	nv	35,35	6,18	40
ramadan	n		28,4
ramate	a
ramayana	n		10
ramble	nv	42,38	4	c0	38:c0
rambling	a
rambunctious	a
ramification	n		4,25		30:80
ramify	v	30,30		80
ramose	a
ramous	a
ramp	nv	42,40	6,20	c0	40:40
rampage	nv	41	4	80	42:80
rampageous	a
rampant	a
ramshackle	a
ranch	nv	41	6	80	41:80
ranching	n		4		41:80
rancid	a
rancidity	n		26
rancidness	n		7
rancor	n		12
rancorous	a
rancour	n		12
random	a
randomisation	n		4		30:40
randomise	v	30		40
randomised	a
randomization	n		4		30:40
randomize	v	30		40
randomized	a
randomness	n		7,7
randy	a
range	nv	42,38	7,15	c0	42:40
ranging	a
rangy	a
rank	anv	31,31	14,26	60	31:60
rank-smelling	a
ranked	a
ranking	an		26		31:40
rankle	v	37		40
rankness	n		7,7
ransack	v	40,35		40
ransacked	a
ransacking	n		4		35:40
ransom	nv	40	21,4	60	40:60
ransomed	a
rant	nv	32	10,10	80	32:80
ranting	n		10		32:80
ranula	n		26
rap	nv	35,39	10,11	c0	39:80
rapacious	a
rapaciousness	n		7,7
rapacity	n		7,4
rape	nv	41,35	20,4	60	35:40
raped	a
rapid	an		17
rapidity	n		7
rapidness	n		7
rapine	n		4
rappel	nv	38	4	80
rapprochement	n		4
rapt	a
raptorial	a
rapture	n		26,26
rapturous	a
raptus	n		26,26
rare	a
rare-roasted	a
raree-show	n		14,4
rarefaction	n		11		30:40
rarefied	a
rarefy	v	30,30		40
rareness	n		7
rarified	a
rarify	v	30		40
raring	a
rarity	n		7,7
rascality	n		7,7
rascally	a
rase	v	36		40
rash	an		26,14
rashness	n		7,7
rasp	nv	35,32	10,6	c4	32:84
raspberry-red	a
rasping	an		10		32:84
raspy	a
rassling	n		4
rastafarian	an		18,14
rastafarianism	n		9
rasterize	v	30		40
rat	nv	41,41	5,18	60	35:80
rat-a-tat	n		11
rat-a-tat-tat	n		11
rat-tat	n		11
ratability	n		26,7
ratable	a
ratables	n		21
rataplan	n		11
ratchet	nv	38	6	80	38:80
rate	nv	31,42	28,21	70
rateability	n		26
rateable	a
rateables	n		21
rates	n		21
ratification	n		10		41:40
ratified	a
ratify	v	41		40
rating	n		9,4		31:40
ratiocinate	v	31		80
ratiocination	n		10,9		31:80
ratiocinative	a
ration	nv	40,40	13,21	40	40:40
rational	an		23
rationale	n		9		31:80
rationalisation	n		22,9		32:40
rationalise	v	40,32		40
rationalism	n		9,9
rationalist	an		18
rationalistic	a
rationality	n		26,7
rationalization	n		9,22		32:40
rationalize	v	32,30		40
rationalness	n		7
rationed	a
rationing	n		4		40:40
ratlike	a
ratting	n		10		32:a0
rattle	nv	39,38	11,6	c0	39:80
rattlebrained	a
rattled	a
rattlepated	a
rattling	an		11		39:80
rattrap	n		26,6
ratty	a
raucous	a
raunch	n		7
raunchy	a
ravage	nv	30,30	11	40	30:40
ravaged	a
ravaging	an		4		30:40
rave	nv	41,32	11,10	80	41:80
ravel	nv	35,35	18,11	c0	35:c0
raven	nv	35,34	5	c0
ravening	a
ravenna	n		4
ravenous	a
ravenousness	n		26
raving	n		10		32:80
ravish	v	41,37		60
ravishing	a
ravishment	n		12,4		37:60
raw	an		26
rawboned	a
rawness	n		26,26
ray	nv	43,42	19,20	c0	43:40
rayless	a
razbliuto	n		12
raze	v	36		40
razed	a
razing	n		11,4		36:40
razmataz	n		4
razor	nv	29	6	40	29:40
razor-backed	a
razor-sharp	a
razorback	an		5,5
razz	nv	32	10	20
razzing	n		10		32:20
razzle	n		4
razzle-dazzle	n		4
razzmatazz	n		4
rbi	n		4
re-address	v	32		40
re-afforest	v	35		40
re-afforestation	n		4		35:40
re-argue	v	32		40
re-arm	v	33		80
re-assume	v	30		40
re-create	v	36,36		40
re-created	a
re-creation	n		4		36:40
re-echo	n		7
re-emerge	v	30		80
re-emphasise	v	32		44
re-emphasize	v	32		44
re-enter	v	38		c0
re-entrant	a
re-equip	v	40		40
re-establishment	n		4
re-examine	v	32		20
re-experiencing	n		9
re-explain	v	32		40
re-explore	v	31		40
re-formation	n		4
re-formed	a
re-incorporate	v	30		40
re-introduce	v	32		21
re-introduction	n		10
re-sentencing	n		4
re-start	v	38,30		c1
re-uptake	n		22
reabsorb	v	35		80
reabsorption	n		22		35:80
reach	nv	38,38	15,7	40	42:c0
reachable	a
reaching	n		4,4		35:80
reacquaint	v	32		20
react	v	31,41		80
reactance	n		19
reaction	n		22,9		30:80
reactionary	an		18
reactionism	n		9
reactionist	a
reactivate	v	30		40
reactive	a
reactivity	n		9,26
read	nv	31,42	10	d4	42:50
read-out	n		10,10
readability	n		7,7
readable	a
readapt	v	30,30		a0
readiness	n		26,7
reading	n		9,10		31:c4
readjust	v	30,30		c0
readjustment	n		4,4		30:80
readmission	n		4		41:20
readmit	v	41,41		20
readout	n		10,10
ready	anv	36,30	26	61	30:61
ready-cooked	a
ready-made	an		6
ready-to-eat	a
ready-to-wear	an		6
readying	n		4		30:61
reaffiliation	n		4
reaffirm	v	32		44
reaffirmation	n		10		32:44
real	an		23,23
real-time	a
realign	v	30		40
realine	v	30		40
realisation	n		10,9		31:44
realise	v	40,40		40
realised	a
realism	n		7,26
realistic	a
reality	n		9,26
realizable	a
realization	n		9,4		31:44
realize	v	31,31		c4
realized	a
reallocate	v	40		40
reallocation	n		21,4		40:40
reallot	v	40		60
reallotment	n		4		40:60
realm	n		26,15
realness	n		26
realpolitik	n		9
realty	n		21
ream	nv	35,30	23,23	40
reanimate	v	29		60
reanimated	a
reap	v	35,40		40
reappear	v	30		80
reappearance	n		11,4		30:80
reapportion	v	40		40
reapportionment	n		4		40:40
reappraisal	n		9		31:40
reappraise	v	31		40
rear	anv	38,41	14,15	a0
rear-end	v	35		60
rearing	an		7,4		41:20
rearm	v	40,33		e0
rearmament	n		4		40:60
rearmost	a
rearrange	v	30		40
rearrangement	n		4		30:40
rearward	an		15
reason	nv	31,32	16,10	4	31:4
reasonable	a
reasonableness	n		26,7
reasoned	a
reasoning	an		9		31:84
reasonless	a
reassail	v	33		60
reassemble	v	36		40
reassembly	n		4
reassert	v	32		44
reassertion	n		10		32:44
reassess	v	31		40
reassessment	n		9		31:40
reassign	v	41		20
reassignment	n		4		41:20
reassurance	n		4		37:60
reassure	v	37,32		64
reassured	a
reassuring	a
reattribute	v	31		40
reave	v	40		40
reawaken	v	29		60
rebarbative	a
rebate	nv	40,35	21,6	c0	40:80
rebel	nv	41,41	18,18	80	41:80
rebellion	n		4,4		41:80
rebellious	a
rebelliousness	n		7,4
rebind	v	35		40
rebirth	n		19,11
reboot	v	29		40
reborn	a
rebound	nv	38,30	11,4	80	38:80
rebroadcast	nv	32	10	40
rebuff	nv	32,33	4,10	60	32:60
rebuild	v	36		c0
rebuilding	n		4		36:c0
rebuke	nv	32	10	20	32:20
reburial	n		4		41:60
rebury	v	41		60
reburying	n		4
rebus	n		10
rebut	v	32,31		60
rebuttal	n		10,10		32:60
rebutter	n		18,10		32:60
recalcitrance	n		7		33:80
recalcitrancy	n		7
recalcitrant	a
recalcitrate	v	33		80
recalculate	v	31		40
recalculation	n		4		31:40
recall	nv	31,32	10,10	cc	41:40
recant	v	32		c0
recantation	n		10		32:c0
recap	nv	32	10,6	c0	32:c0
recapitulate	v	32,36		c0
recapitulation	n		22,10		36:40
recapture	nv	37,36	4,4	40	35:20
recast	v	36,36		60
recasting	n		10
recce	n		4
recco	n		4
reccy	n		4
recede	v	38,33		c0
receding	an		11,4		30:80
receipt	nv	32,31	4,10	40	32:40
receipts	n		21
receivable	a
receivables	n		21
receive	v	40,30		e0
received	a
receivership	n		26,4
recency	n		7,7
recent	an		28
recentness	n		7,7
reception	n		10,14		41:a0
receptive	a
receptiveness	n		7
receptivity	n		7
recess	nv	35,35	26,25	40	35:40
recessed	a
recession	n		26,25
recessional	an		14,10
recessionary	a
recessive	an		8
recharge	v	35,30		40
rechargeable	a
recherche	a
recidivate	v	29		80
recidivism	n		4		29:80
recipe	n		10
recipient	n		18,10		40:60
reciprocal	an		24,24
reciprocate	v	41,38		c0
reciprocation	n		4,4		41:80
reciprocative	a
reciprocatory	a
reciprocity	n		24,4
recirculation	n		4
recission	n		4		32:40
recital	n		10,10		32:40
recitation	n		10,10		32:40
recitative	n		10
recite	v	32,32		c0
reckless	a
recklessness	n		7
reckon	v	31,31		45
reckoner	n		18,10		31:44
reckoning	n		9,10		31:44
reclaim	v	40,40		40
reclaimable	a
reclaimed	a
reclamation	n		4,4		30:40
reclassification	n		4
reclassify	v	31		40
recline	v	38,35		c0
reclining	n		4		38:80
recluse	an		18
reclusive	a
reclusiveness	n		7
recode	v	30		40
recoding	n		4		30:40
recognisable	a
recognisance	n		21
recognise	v	41,41		60
recognised	a
recognition	n		26,9		31:60
recognizable	a
recognizance	n		21
recognize	v	31,31		64
recognized	a
recoil	nv	38,41	11,11	80	35:80
recoilless	a
recollect	v	31		4c
recollection	n		9,9		31:4c
recollective	a
recombinant	an		5
recombination	n		11,11		30:40
recombine	v	30,30		c0
recommence	v	30,30		c9
recommencement	n		4		30:40
recommend	v	32,32		64
recommendation	n		10,10		32:44
recommit	v	41,40		40
recompense	nv	40,40	21,4	60	40:20
reconcilable	a
reconcile	v	30,30		40
reconciled	a
reconciliation	n		4,4		32:80
reconciling	a
recondite	a
reconditeness	n		9,7
recondition	v	30		40
reconfirm	v	32		44
reconnaissance	n		4		39:c0
reconnoiter	v	39		c0
reconnoitering	n		4		39:c0
reconnoitre	v	39		c0
reconnoitring	n		4		39:c0
reconquer	v	40		40
reconsecrate	v	32		40
reconsider	v	31,31		48
reconsideration	n		10,9		31:48
reconstitute	v	30		40
reconstruct	v	31,36		c4
reconstructed	a
reconstruction	n		28,4		36:c0
reconstructive	a
reconvene	v	38		80
reconvert	v	30		40
reconvict	v	32		20
recopy	v	36		40
record	nv	32,32	10,6	64	31:60
record-breaking	a
recorded	a
recording	n		6,4		32:60
recount	nv	32,32	4	40	32:40
recounting	n		10		32:40
recoup	v	40,40		60
recourse	n		4,7
recover	v	40,29		c0
recoverable	a
recovered	a
recovering	a
recovery	n		11,22		30:80
recreant	an		18,18
recreate	v	29,41		e0
recreation	n		4,4		41:80
recreational	a
recriminate	v	32		20
recrimination	n		10
recriminative	a
recriminatory	a
recrudesce	v	30,30		80
recrudescence	n		11		30:80
recrudescent	a
recruit	nv	41,40	18,18	e0	33:20
recruitment	n		4		40:60
rectal	a
rectangular	a
rectangularity	n		7
rectifiable	a
rectification	n		22,11		30:40
rectified	a
rectify	v	32,30		40
rectilineal	a
rectilinear	a
rectitude	n		7
recto	n		10
rectocele	n		26
rectoplasty	n		4
rectorate	n		4
rectorship	n		4
rectosigmoid	a
recumb	v	35		80
recumbent	a
recuperate	v	40,30		c0
recuperation	n		22		29:60
recuperative	a
recur	v	30,32		80
recurrence	n		11		30:80
recurrent	a
recurring	a
recursion	n		9
recursive	a
recurvate	a
recurve	v	38		40
recurved	a
recusal	n		4		32:20
recusancy	n		4
recusant	an		18
recusation	n		4,4		32:20
recuse	v	32,31		60
recyclable	a
recycle	v	38,34		40
recycling	n		4		34:40
red	an		7,17
red-blind	a
red-blindness	n		26
red-blooded	a
red-brick	a
red-brown	a
red-carpet	a
red-coated	a
red-eye	v	38		80
red-faced	a
red-flowered	a
red-fruited	a
red-gray	a
red-grey	a
red-handed	a
red-hot	a
red-ink	v	30		40
red-lavender	a
red-letter	a
red-orange	a
red-purple	a
red-rimmed	a
red-streaked	a
red-striped	a
red-violet	a
redact	nv	32,30	18	40	30:40
redaction	n		10,4		30:40
redbrick	a
redden	v	29,30		c0
reddened	a
reddish	a
reddish-brown	a
reddish-gray	a
reddish-grey	a
reddish-lavender	a
reddish-orange	a
reddish-pink	a
reddish-striped	a
reddish-violet	a
reddisn-purple	a
rede	v	32,32		61
redecorate	v	36		40
rededicate	v	32		61
rededication	n		11		32:61
redeem	v	41,41		60
redeemable	a
redeemed	a
redeeming	a
redefine	v	42,32		40
redefinition	n		10		42:40
redemption	n		4,21		41:60
redemptional	a
redemptive	a
redemptory	a
redeploy	v	35		60
redeployment	n		4		35:60
redeposit	v	40,35		60
redeposition	n		22		40:40
redesign	v	36		40
redetermination	n		4		32:40
redetermine	v	32		40
redevelop	v	39,32		40
redevelopment	n		4		32:40
redeye	n		4
redheaded	a
rediffusion	n		10
redirect	v	38		60
rediscover	v	39		60
rediscovery	n		4		39:60
redispose	v	40		40
redisposition	n		4		40:40
redistribute	v	35		60
redistributed	a
redistribution	n		4		35:60
redline	v	41		40
redness	n		26,7
redo	v	36,30		40
redolence	n		7
redolent	a
redouble	v	30,30		c0
redoubled	a
redoubtable	a
redound	v	39,30		80
redox	n		22
redraft	n		21
redress	nv	41	21,4	60	41:60
redshift	n		19
reduce	v	30,30		40
reduced	a
reducible	a
reducing	n		22,22		30:40
reductio	n		9
reduction	n		4,22		30:40
reductionism	n		9,9
reductionist	a
reductive	a
redundance	n		7
redundancy	n		10,7
redundant	a
reduplicate	v	36,36		40
reduplication	n		10,10
redux	a
reecho	v	39,39		c0
reechoing	a
reedlike	a
reedy	a
reef	nv	38,30	17,15	40
reefy	a
reek	nv	39,39	9	c0	39:80
reeking	a
reel	nv	38,38	6,10	c0	35:40
reelect	v	41		20
reelection	n		4		41:20
reenact	v	36,41		40
reenactment	n		4		36:40
reenforce	v	30		40
reenforcement	n		10,4		30:40
reenlistment	n		4
reentrant	a
reentry	n		4		38:c0
reestablish	v	41		40
reevaluate	v	31		40
reevaluation	n		9		31:40
reeve	nv	38,38	5	40
reexamination	n		10,4		31:40
reexamine	v	31		40
refabrication	n		4
reface	v	35,35		40
refashion	v	36		40
refer	v	32,42		e0
referable	a
referee	nv	33,32	18,18	c0	33:c0
refereeing	n		4		33:c0
reference	nv	36	10,10	60	32:e0
referenced	a
referendum	n		4
referent	an		10,10
referential	a
referral	n		18,10
refill	nv	30	6,6	40
refilling	n		22		30:40
refinance	v	40		40
refine	v	30,30		60
refined	a
refinement	n		26,11		30:60
refining	n		22		30:40
refinish	v	35		40
refit	nv	40	4	60
reflate	v	30,30		c0
reflation	n		22		30:80
reflect	v	39,31		c0
reflected	a
reflecting	a
reflection	n		9,19
reflective	a
reflectiveness	n		7
reflectivity	n		23,7
reflectorise	v	40		40
reflectorize	v	40		40
reflex	an		4
reflexed	a
reflexion	n		19,10
reflexive	an		10
reflexology	n		9,4
refloat	v	38		40
reflux	n		26,11
refocus	v	39,31		40
refocusing	n		4		39:40
reforest	v	35		40
reforestation	n		4		35:40
reforge	v	36		40
reform	nv	30,30	4,4	60	30:40
reform-minded	a
reformable	a
reformation	n		26,14		30:40
reformative	a
reformatory	an		6
reformed	a
reformism	n		9
reformist	an		18		30:40
reformulate	v	32		40
refract	v	39,32		40
refractile	a
refraction	n		19,11		39:40
refractive	a
refractiveness	n		7
refractivity	n		7
refractoriness	n		7
refractory	an		6
refractory-lined	a
refracture	v	29		40
refrain	nv	42,34	10	88
refresh	v	31,30		40
refreshed	a
refreshen	v	29,29		e0
refresher	n		21,13		30:40
refreshful	a
refreshing	a
refreshment	n		13,4		30:40
refrigerant	an		27		30:40
refrigerate	v	30,30		40
refrigerated	a
refrigerating	a
refrigeration	n		22,4		30:40
refuel	v	40,40		c0
refueling	n		4		40:40
refuge	n		15,7
refulgence	n		7
refulgency	n		7
refulgent	a
refund	nv	40	21,4	60	40:60
refurbish	v	30		40
refurbishment	n		26		30:40
refurnish	v	40		40
refusal	n		10,10		41:60
refuse	nv	32,40	27	61
refutable	a
refutal	n		4
refutation	n		10,9		32:60
refute	v	32,31		60
regain	v	40,40		60
regaining	n		4		40:40
regal	a
regale	v	34		20
regard	nv	31,39	9,9	70	42:60
regardant	a
regardful	a
regardless	a
regatta	n		11
regenerate	av	36,30		40
regenerating	a
regeneration	n		22,22		30:40
regent	an		18,18
reggae	n		10
regicide	n		18,4
regime	n		14,9
regimen	n		9
regiment	nv	41,41	14	60	41:20
regimental	a
regimentation	n		4		41:60
regimented	a
regional	a
regionalism	n		10,10
register	nv	41,32	10,7	40	41:80
registered	a
registration	n		4,14		41:40
registry	n		10		41:40
regnant	a
regorge	v	29		80
regress	nv	30,30	9,4	80	30:80
regression	n		26,22
regressive	a
regret	nv	37,37	12	6c	32:1
regretful	a
regrets	n		10
regrettable	a
regroup	v	41,31		c0
regrow	v	29		40
regular	an		18,18
regularisation	n		26,4		30:40
regularise	v	41,30		c0
regularity	n		7,7
regularization	n		26,4		30:40
regularize	v	41,30		c0
regulate	v	30,41		c0
regulated	a
regulating	n		4		41:c0
regulation	an		10,9		41:c0
regulative	a
regulatory	a
regurgitate	v	38,34		c0
regurgitation	n		11,9		38:80
rehabilitate	v	41,41		20
rehabilitation	n		4,4		41:20
rehabilitative	a
reharmonisation	n		10
reharmonise	v	36		40
reharmonization	n		10		36:40
reharmonize	v	36		40
rehash	nv	34,32	10	40	32:40
rehear	v	41		40
rehearing	n		4
rehearsal	n		4,4		36:c0
rehearse	v	36		c0
reheat	v	30		40
reheel	v	30		40
rehouse	v	41		20
reification	n		4,4		31:40
reify	v	31		40
reign	nv	41,42	28,28	80	42:80
reigning	a
reignite	v	43		40
reimburse	v	40,40		60
reimbursement	n		21		40:20
reimpose	v	40		40
reimposition	n		4		40:40
rein	nv	41,38	6,7	c0	38:40
reincarnate	av	42,30		c0
reincarnation	n		18,11		42:80
reincarnationism	n		9
reinforce	v	30,32		40
reinforced	a
reinforcement	n		4,10		30:40
reinforcer	n		9		32:40
reinstall	v	35		60
reinstate	v	41,41		60
reinstatement	n		26,4		41:40
reinsurance	n		21		32:60
reinsure	v	40,32		60
reintegrate	v	30		40
reinterpret	v	32,31		40
reinterpretation	n		9,4		31:40
reintroduce	v	32		21
reintroduction	n		10		32:21
reinvent	v	36,36		40
reinvigorate	v	29		40
reinvigorated	a
reissue	nv	36,41	10	40	36:40
reiterate	v	32		44
reiteration	n		4		32:44
reiterative	a
reject	nv	31,40	9	64	41:60
rejected	a
rejection	n		4,26		40:40
rejective	a
rejig	v	40		40
rejoice	v	37,32		80
rejoicing	an		12,10		37:40
rejoin	v	41,32		e4
rejoinder	n		10,10
rejuvenate	v	32,30		c0
rejuvenation	n		19,4		30:c0
rekindle	v	43,37		40
relace	v	35		40
relapse	nv	30,29	4	80	29:80
relapsing	n		4		29:80
relate	v	31,42		e0
related	a
relatiative	a
relation	n		3,4		42:80
relational	a
relationship	n		24,26
relative	an		18,5
relativise	v	31		40
relativism	n		9
relativistic	a
relativity	n		9,7
relativize	v	31		40
relatum	n		10
relax	v	29,30		c0
relaxant	an		6		29:60
relaxation	n		22,22		30:40
relaxed	a
relaxing	a
relay	nv	32,35	4,14	40	32:40
relearn	v	31		40
release	nv	35,41	6,4	60	41:40
releasing	a
relegate	v	41,41		60
relegating	n		4		41:40
relegation	n		4,4		41:40
relent	v	42		80
relentless	a
relentlessness	n		7
relevant	a
reliability	n		7
reliable	a
reliableness	n		7
reliance	n		9,26		31:80
reliant	a
relief	n		12,26
relieve	v	29,41		60
relieved	a
religion	n		9,14
religionism	n		9,7
religiosity	n		7
religious	an		18
religiousism	n		7
religiousness	n		7,7
reline	v	35,30		40
relinquish	v	40,41		40
relinquished	a
relinquishing	n		10,4		40:60
relinquishment	n		10,4		40:40
relish	nv	37	12,13	68	37:68
relishing	n		4
relistening	n		4
relive	v	31		40
reliving	n		9		31:40
reload	v	35,35		40
relocate	v	30,30		c0
relocated	a
relocation	n		4,4		30:40
reluctance	n		19,7
reluctant	a
reluctivity	n		7
rely	v	31		80
relyric	v	36		40
rem	n		26,23
remain	v	30,42		90
remainder	nv	40	24,23	40	40:40
remaining	a
remake	nv	36	6	40	36:40
remand	nv	32,41	4	60	41:20
remark	nv	32,32	10,9	44	32:44
remarkable	a
remarriage	n		4		41:a0
remarry	v	41		a0
rematch	n		11
rembrandtesque	a
remediable	a
remedial	a
remediate	v	30		40
remediation	n		4		30:40
remedy	nv	30,29	4,6	40	30:40
remember	v	31,31		4c
remembering	n		9		31:80
remembrance	n		9,10		31:60
remilitarisation	n		4		33:40
remilitarise	v	33		40
remilitarization	n		4		33:40
remilitarize	v	33		40
remind	v	31,32		61
reminder	n		10,9		31:61
remindful	a
reminisce	v	31		80
reminiscence	n		9,9		31:80
reminiscent	a
remiss	a
remission	n		11,21		30:80
remissness	n		7
remit	nv	40,42	9,4	60	32:40
remitment	n		21,4		40:60
remittal	n		21,11		40:60
remittance	n		21		40:60
remittent	a
remodel	v	30,36		40
remold	v	36,36		40
remonstrance	n		10
remonstrate	v	32,32		80
remonstration	n		10
remorse	n		12
remorseful	a
remorseless	a
remote	an		6
remote-controlled	a
remoteness	n		7,7
remotion	n		4		30:60
remould	v	36,30		40
remount	nv	38,35	5	c0	34:60
removable	a
removal	n		4,4		40:60
remove	nv	30,41	7	60
removed	a
remunerate	v	40		20
remunerated	a
remuneration	n		21,4		40:20
remunerative	a
renaissance	n		28,4
renal	a
rename	v	32,41		60
renascence	n		28,11
renascent	a
rend	v	35		c0
render	nv	30,40	27	72
render-set	v	35		40
rendering	n		10,9		36:60
rendezvous	nv	41	4,15	80	41:80
rending	a
rendition	n		10,9
renegade	anv	41	18,18	80	41:80
renege	nv	32	4	c0	32:c0
renegociate	v	32,32		c0
renegotiate	v	32,32		c0
renew	v	36,30		40
renewable	a
renewal	n		4,4		36:40
renewed	a
renewing	a
reniform	a
renormalise	v	30		40
renormalize	v	30		40
renounce	v	41,41		c0
renouncement	n		10		41:80
renovate	v	30,30		c0
renovation	n		4,26		30:c0
renown	n		26
renowned	a
rent	nv	41,40	21,17	60	41:40
rent-a-car	n		21
rent-free	a
rent-rebate	n		21
rent-roll	n		10
rentable	a
rental	an		21,4		40:60
rente	n		21
renting	n		4		41:40
renunciant	a
renunciation	n		10,26		32:60
renunciative	a
reopen	v	35		40
reorder	nv	31,32	10	60
reordering	n		4		31:60
reorganisation	n		4
reorganise	v	41,41		c0
reorganised	a
reorganization	n		4,4		41:80
reorganize	v	41,41		c0
reorganized	a
reorient	v	39,38		60
reorientate	v	39		60
reorientation	n		9,4		39:60
repaint	v	36,35		60
repair	nv	30,40	4,26	40	30:40
repand	a
reparable	a
reparation	n		21,21		40:40
repartee	n		10
repatriate	nv	41,41	18	20	41:20
repatriation	n		4		41:20
repay	v	40,40		60
repayable	a
repayment	n		4,21		40:40
repeal	nv	32	4	40	32:40
repeat	nv	32,36	11	44	36:40
repeatable	a
repeated	a
repeating	n		4		36:40
repechage	n		11
repel	v	35,37		60
repellant	an		27,27		37:60
repellent	an		27,27		37:60
repelling	a
repent	v	37,37		c0
repentance	n		12		37:40
repentant	a
repercuss	v	30		80
repercussion	n		19,11		30:80
repetition	n		11,4		30:80
repetitious	a
repetitiousness	n		10
repetitive	a
repetitiveness	n		10
rephrase	v	32		60
rephrasing	n		10		32:60
repine	v	32		80
replace	v	30,41		60
replaceability	n		7
replaceable	a
replacement	n		4,18		41:60
replacing	n		4		41:60
replant	v	35		40
replay	nv	36,36	11,4	40	33:20
replenish	v	30		40
replenishment	n		22		30:40
replete	av	34		e0
repletion	n		26,4		34:e0
replicate	v	38,36		c0
replication	n		4,22		36:c0
reply	nv	32	10,10	a4	32:a4
reply-paid	a
repoint	v	30		40
report	nv	32,32	10,10	e4	32:44
reportable	a
reportage	n		10		32:e0
reported	a
reporting	n		10		32:e0
repose	nv	34,42	4,12	c0	35:80
reposeful	a
reposit	v	40		40
repositing	n		4		40:40
reposition	nv	38,35	4	c0	40:40
repositioning	n		4		35:40
repossess	v	40,40		40
repossession	n		4		40:40
repot	v	35		40
reprehend	v	32		20
reprehensibility	n		7
reprehensible	a
reprehension	n		10		32:20
represent	v	42,32		40
representable	a
representation	n		9,6		32:40
representational	a
representative	an		18,18
represented	a
repress	v	41,35		60
repressed	a
repressing	a
repression	n		26,22		41:60
repressive	a
reprieve	nv	42,41	26,11	60	41:60
reprimand	nv	32,32	10	20	32:20
reprint	nv	36	10,10	40	36:40
reprinting	n		10		36:40
reprisal	n		4
reprise	v	36		40
reprize	v	36		40
reproach	nv	32	10,26	20
reproachful	a
reprobate	anv	31,32	18	60
reprobation	n		26,9		32:20
reprocess	v	34		40
reproduce	v	36,29		c0
reproducibility	n		7
reproducible	a
reproduction	n		22,9		29:80
reproductive	a
reproof	nv	32	10	20	32:20
reproval	n		10		32:20
reprove	v	32		20
reproving	a
reptilian	an		5
republican	an		18,18
republicanism	n		9
republication	n		10,4		36:c0
republish	v	36,30		c0
republishing	n		4		36:c0
repudiate	v	32,31		60
repudiation	n		10,10		32:60
repudiative	a
repugn	v	32		44
repugnance	n		12,24		32:44
repugnant	a
repulse	nv	33,37	10	60	35:60
repulsion	n		19,12
repulsive	a
repulsiveness	n		7
repurchase	nv	40	4	40	40:40
reputability	n		7
reputable	a
reputation	n		26,26		31:60
repute	nv	31	26	60	31:60
request	nv	32,32	10,10	67	32:7
requested	a
requiem	n		10,10
requiescat	n		10
require	v	42,32		45
required	a
requirement	n		9,17		42:45
requisite	an		17
requisiteness	n		26
requisition	nv	32,40	10,10	21	40:20
requital	n		21,4		40:40
requite	v	40		40
reread	v	31		40
rerun	nv	32,36	10	40	36:40
resale	n		4
rescale	v	30		40
reschedule	v	32		40
rescind	v	32		40
rescindable	a
rescission	n		4		32:40
rescript	n		10,10
rescue	nv	41,40	4	60	41:60
rescued	a
reseal	v	35		40
research	nv	32,31	4,9	40	31:40
reseat	v	40,40		40
resect	v	35		40
resection	n		4		35:40
reseed	v	35,34		c0
resell	v	40		40
resemblance	n		7		42:60
resemble	v	42		60
resent	v	37,37		64
resentful	a
resentment	n		12		37:60
reservation	n		15,10
reserve	nv	40,31	7,21	40	31:40
reserved	a
reset	nv	32,30	6	40	32:40
resettle	v	30		80
resettled	a
resettlement	n		4		30:80
resew	v	35		40
resh	n		10
reshape	v	31,36		40
reship	v	35		40
reshipment	n		4		35:40
reshoot	v	32		60
reshuffle	nv	35,30	4,4	60	30:60
reshuffling	n		4		35:40
reside	v	42,42		c0
residency	n		4,4		42:40
resident	an		18,18		42:40
residential	a
residual	an		24,21
residuary	a
resift	v	35		40
resign	v	41,41		c0
resignation	n		12,10		31:20
resile	v	41,38		80
resilience	n		7,11		30:80
resiliency	n		11,7		38:80
resilient	a
resinate	v	39		40
resinated	a
resinlike	a
resinous	a
resiny	a
resist	v	42,33		60
resistance	n		4,19
resistant	a
resistible	a
resistive	a
resistivity	n		19
resistless	a
resize	v	30		40
resmudge	v	35		40
resole	v	30		40
resolute	a
resoluteness	n		7
resolution	n		10,19
resolvable	a
resolve	nv	31,32	7,10	44	31:5
resolved	a
resolving	n		9		39:40
resonance	n		19,19		39:c0
resonant	a
resonate	v	39,31		d0
resonating	a
resorb	v	35		80
resorption	n		22		35:80
resort	nv	41,38	15,15	40	38:40
resound	v	39,39		80
resounding	a
resource	n		21,7
resourceful	a
resourcefulness	n		7,9
resourceless	a
respect	nv	31,41	9,26	60	41:60
respectability	n		7
respectable	a
respected	a
respectful	a
respectfulness	n		7
respective	a
respects	n		10
respiration	n		4,4		29:80
respiratory	a
respire	v	29,29		80
respite	nv	42	26,4	20
resplend	v	42		80
resplendence	n		7		42:80
resplendency	n		7		42:80
resplendent	a
respond	v	31,32		a4
respondent	an		18,18		32:a4
response	n		19,4
responsibility	n		4,26
responsible	a
responsibleness	n		7
responsive	a
responsiveness	n		9,7
rest	nv	35,32	24,4	80	41:80
rest-cure	n		4
restart	v	38,30		c1
restate	v	32		44
restatement	n		10		32:44
rested	a
restful	a
restfulness	n		7
restitute	v	40,30		40
restitution	n		21,4		30:40
restive	a
restiveness	n		12,7
restless	a
restlessness	n		7,26
restock	v	40		40
restoration	n		28,4		41:60
restorative	an		6,6
restore	v	41,30		e0
restrain	v	41,30		60
restrained	a
restraint	n		4,7		41:20
restrengthen	v	30		60
restrict	v	30,41		40
restricted	a
restricting	a
restriction	n		9,4		41:40
restrictive	a
restrictiveness	n		24,7
restructure	v	30		40
resublime	v	30		80
resubmit	v	40		40
result	nv	42,42	19,10	c0	42:40
resultant	an		26,11		42:80
resume	nv	30,30	10,10	c1	32:c0
resumption	n		4		30:c1
resupine	a
resurface	v	38,35		c0
resurge	v	42		80
resurgence	n		4		42:80
resurgent	a
resurrect	v	29,30		60
resurrection	n		11,4		29:60
resurvey	n		4
resuscitate	v	29,29		e0
resuscitated	a
resuscitation	n		4		29:60
resuspend	v	30		40
ret	v	30		40
retail	nv	42,40	4	c0	40:40
retailing	n		4		42:80
retain	v	42,41		60
retained	a
retainer	n		21,18
retake	nv	40,35	4	60	32:60
retaking	n		4		40:40
retaliate	v	33,33		c0
retaliation	n		4		33:40
retaliatory	a
retard	nv	30,42	18	c0	30:40
retardation	n		7,28		42:80
retarded	an		14
retch	nv	29,29	4	c0	29:c0
retell	v	36,36		40
retention	n		4,9		40:40
retentive	a
retentiveness	n		9,7
retentivity	n		9,7
rethink	nv	31	9	c0	31:c0
reticence	n		7
reticent	a
retick	v	35		40
reticular	a
reticulate	av	42,41		c0
reticulation	n		22,6		35:80
retie	v	35		60
retinal	an		27
retinitis	n		26
retinoblastoma	n		26
retinopathy	n		26
retire	v	41,41		80
retired	a
retirement	n		26,4		41:80
retiring	a
retool	v	41,40		e0
retort	nv	32	10,6	84	32:84
retouch	v	30,30		40
retrace	v	38,31		44
retract	v	32,38		c0
retractable	a
retracted	a
retractile	a
retraction	n		10,4		32:c0
retrain	v	31,31		a0
retraining	n		4		31:20
retral	a
retranslate	v	32		40
retransmit	v	38		40
retread	nv	36,30	6	40	30:40
retreat	nv	38,38	4,15	c0	38:80
retrench	v	40,30		80
retrenchment	n		6,4		40:80
retrial	n		4		41:40
retribution	n		21,4
retributive	a
retributory	a
retrievable	a
retrieval	n		22,9		31:4c
retrieve	v	40,35		40
retro	an		9
retroactive	a
retrofit	nv	40,35	6,4	40
retroflection	n		26,10
retroflex	av	38,32		c0
retroflexed	a
retroflexion	n		26,10		32:c0
retrograde	av	38,38		80
retrogress	v	30,29		80
retrogression	n		11,4		30:80
retrogressive	a
retronym	n		10
retrorse	a
retrospect	nv	31	9	40	31:40
retrospection	n		10,9		31:40
retrospective	an		14
retrousse	a
retroversion	n		26,10
retrovert	v	30		80
retrovision	n		9
retry	v	41		40
return	nv	38,40	10,4	e0	38:80
returnable	a
returning	a
reunification	n		4		41:e0
reunify	v	41		e0
reunion	n		14,4		41:80
reunite	v	41,41		e0
reuptake	n		22
reusable	a
reuse	v	34		40
rev	nv	30	28	40	30:40
revaluation	n		9		30:40
revalue	v	30,30		c0
revamp	v	30,30		40
reveal	v	39,32		44
revealing	an		10		32:44
reveille	n		10,4
revel	nv	34,41	4	80	41:80
revelation	n		10,9		32:44
revelatory	a
revelry	n		4		41:80
revenant	an		18,18
revenge	nv	33	4	40	33:40
revengeful	a
revenue	n		21,21
reverberance	n		7		39:80
reverberant	a
reverberate	v	39,42		c0
reverberating	a
reverberation	n		7,19		39:80
reverberative	a
revere	nv	37,37	18,6	60
revered	a
reverence	nv	37	12,9	60	37:60
reverend	an		18,10
reverent	a
reverential	a
reverie	n		9,9
reversal	n		4,11		30:c0
reverse	anv	30,30	24,6	c0	32:40
reversed	a
reversibility	n		7
reversible	an		6
reversion	n		21,11
reversionary	a
reversive	a
revert	v	30,30		80
revertible	a
reverting	an		4		30:80
revery	n		9,9
revet	v	35,35		c0
review	nv	31,32	9,10	40	31:40
revile	v	32		60
revilement	n		10		32:60
revisal	n		10		32:40
revise	nv	32,41	10	c0	32:40
revised	a
revising	n		10		32:40
revision	n		4,10		41:c0
revisit	v	38		40
revitalisation	n		4		30:40
revitalise	v	30		40
revitalised	a
revitalising	a
revitalization	n		4		30:40
revitalize	v	29,30		40
revitalized	a
revitalizing	a
revival	n		4,14		30:40
revivalism	n		9
revivalistic	a
revive	v	29,29		60
revived	a
revivification	n		4		29:60
revivify	v	29		60
reviving	a
revocable	a
revocation	n		26,4		32:40
revokable	a
revoke	nv	33,32	4	c0	33:80
revolt	nv	41,39	4	e0	41:80
revolting	a
revolution	n		11,4		31:60
revolutionary	an		18
revolutionise	v	31,30		60
revolutionism	n		9
revolutionize	v	30,41		40
revolve	v	38,38		c0
revolved	a
revue	n		10
revulsion	n		12
reward	nv	41,32	11,21	60	41:60
rewardful	a
rewarding	a
rewire	v	40		40
reword	v	32		60
rewording	n		10		32:60
rework	v	36		40
rewrite	nv	32,36	10	40	36:40
rewriting	n		10		32:40
rfd	n		10
rh-negative	a
rh-positive	a
rhabdomancy	n		9
rhabdomyoma	n		26
rhabdomyosarcoma	n		26
rhabdosarcoma	n		26
rhaeto-romance	n		10
rhaeto-romanic	n		10
rhagades	n		26
rhapsodic	a
rhapsodise	v	32,32		c4
rhapsodize	v	32,32		c4
rhapsody	n		10		32:80
rhenish	an		13
rheologic	a
rheological	a
rheology	n		9
rhetoric	n		10,10
rhetorical	a
rheumatic	an		18
rheumatism	n		26,26
rheumatoid	a
rheumatology	n		9
rheumy	a
rhinal	a
rhinitis	n		26
rhinolaryngology	n		9
rhinopathy	n		26
rhinophyma	n		26
rhinoplasty	n		4
rhinorrhea	n		26
rhinoscopy	n		4
rhinosporidiosis	n		26
rhinostenosis	n		26
rhinotomy	n		4
rhinotracheitis	n		26
rhizoidal	a
rhizomatous	a
rhizotomy	n		4
rho	n		10
rhodesian	a
rhodomontade	n		10
rhombic	a
rhombohedral	a
rhomboid	an		25,8
rhomboidal	a
rhonchus	n		11
rhumba	nv	38	10,4	80	38:80
rhyme	nv	36,42	10,10	80	42:80
rhymed	a
rhymeless	a
rhyming	a
rhythm	n		10,7
rhythmic	a
rhythmical	a
rhythmicity	n		7
rhytidectomy	n		4
rhytidoplasty	n		4
riant	a
rib	nv	36,32	6,8	60
ribald	an		18
ribaldry	n		10,7
ribbed	a
ribbing	n		6,4		32:60
ribbon	n		17,10
ribbon-shaped	a
ribbonlike	a
ribbony	a
ribless	a
riblike	a
rice	nv	35	13,20	40	35:40
rich	an		14
riches	n		21
richness	n		7,26
rick	nv	35,29	26,14	40	29:40
ricketiness	n		7
rickets	n		26
rickettsial	a
rickettsialpox	n		26
rickettsiosis	n		26
rickety	a
rico	n		10
ricochet	nv	38	11	80	38:80
rictus	n		10
rid	v	40		20
riddance	n		4,4		40:20
riddle	nv	35,31	10,6	c0	32:80
riddled	a
ride	nv	38,38	4,6	c0	38:40
rider	n		18,10		38:c0
ridge	nv	42,36	17,25	c0	42:80
ridged	a
ridicule	nv	32	10,4	60	32:60
ridiculous	a
ridiculousness	n		10
riding	n		4,4		38:c0
riemannian	a
rife	a
riff	nv	39,36	18,10	80	36:80
riffle	nv	35,39	11,4	c0	38:c0
rifle	nv	40,35	6	c0
rifled	a
rifling	n		4
rig	nv	41,40	6,6	40	35:40
rig-veda	n		10
rigamarole	n		10,4
rigged	a
right	anv	41,38	7,15	60	41:60
right-angled	a
right-down	a
right-eyed	a
right-hand	a
right-handed	a
right-handedness	n		7
right-minded	a
right-side-out	a
right-side-up	a
right-wing	a
righteous	a
righteousness	n		7
rightfield	n		6,4
rightful	a
rightfulness	n		7
rightish	a
rightism	n		9
rightist	an		18
rightmost	a
rightness	n		7,7
rigid	a
rigidification	n		22		30:80
rigidify	v	30,30		c0
rigidifying	n		22		30:80
rigidity	n		7,7		30:40
rigidness	n		7,7
rigmarole	n		10,4
rigor	n		7,7
rigorous	a
rigorousness	n		7,7
rigour	n		7,7
rigourousness	n		7,7
riksmaal	n		10
riksmal	n		10
rile	v	37,35		60
riled	a
rim	nv	42,40	25,6	40	40:40
rime	nv	42,36	27,10	80	42:80
rimed	a
rimeless	a
riming	a
rimless	a
rimmed	a
rimose	a
rimy	a
rinderpest	n		26
ring	nv	39,39	7,25	80	39:80
ring-a-rosy	n		4
ring-around-a-rosy	n		4
ring-around-the-rosy	n		4
ring-shaped	a
ringed	a
ringing	n		11,10		39:c0
ringleted	a
ringlike	a
ringworm	n		26
rinse	nv	35,35	27,4	e0	35:e0
rinsing	n		4		35:e0
riot	nv	41,41	4,26	80	41:80
rioting	n		26		41:80
riotous	a
rip	nv	35,38	18,17	c0	35:c0
rip-off	n		4		41:a0
rip-roaring	a
riparian	a
ripe	a
ripen	v	30,30		c0
ripened	a
ripeness	n		26
ripening	n		22,22		30:40
riposte	nv	38,32	10,4	84	32:84
ripping	a
ripple	nv	38,39	11,11	c0	39:80
rippled	a
rippling	n		11		38:c0
riptide	n		11,11
risc	n		7
rise	nv	38,30	11,4	80	30:80
risen	a
risibility	n		7
risible	a
rising	an		11,4		38:80
risk	nv	41,41	26,4	4c	41:48
risk-free	a
riskiness	n		26
riskless	a
risklessness	n		26
risky	a
risque	a
ritardando	a
rite	n		4,4
ritenuto	a
ritual	an		4,4		30:c0
ritualise	v	30		c0
ritualism	n		9,4
ritualistic	a
ritualize	v	30		c0
ritz	n		18,10
ritzy	a
rival	nv	42,33	18	60	33:60
rivalrous	a
rivalry	n		4		33:60
rive	v	35,35		c0
rivet	nv	31,35	6,6	40	35:40
riveting	a
ro	n		10
roach	nv	35,35	8,6	40	35:40
road	n		6,4
roadblock	n		9,6
roadbook	n		10
roadless	a
roadworthiness	n		7
roam	v	38		c0
roan	an		27,5
roar	nv	32,32	11,10	84	32:80
roaring	an		11,10		32:80
roast	anv	30,32	13,9	e0	30:c0
roasted	a
roasting	n		4		30:c0
rob	v	40,40		60
robbery	n		4,4		40:60
robe	nv	29,35	6,6	60	29:20
robed	a
robotic	a
robotics	n		9
robotlike	a
robust	a
robustious	a
robustness	n		7,7
rock	nv	38,38	17,27	e0
rock'n'roll	n		10
rock-and-roll	n		10
rock-bottom	a
rock-inhabiting	a
rock-loving	a
rock-ribbed	a
rock-steady	a
rockabilly	n		10
rockbound	a
rocket	nv	38,35	6,6	e0	35:60
rocket-propelled	a
rocketry	n		9		35:60
rockiness	n		7
rocklike	a
rockslide	n		11
rocky	a
rococo	an		7
rocroi	n		4
rod-shaped	a
rodeo	n		4,6
rodlike	a
rodomontade	n		10
roentgenographic	a
roentgenography	n		4
rogation	n		10
roguery	n		4
roguish	a
roguishness	n		7,4
roil	v	38,35		c0
roiled	a
roiling	a
roily	a
roister	v	41		80
role	n		4,9
roleplay	v	36		80
roleplaying	n		4		36:80
roll	nv	38,38	11,10	80	38:40
rollback	n		4,4
rolled	a
roller	n		4,11		38:c0
rollerblade	nv	38	6	80	38:80
rollerblading	n		4
rollick	v	38		80
rollicking	a
rolling	an		11,4		39:80
rollover	n		4		40:40
roly-poly	an		18,13
rolypoliness	n		7
romaic	an		10
roman	an		18,18
romanal	n		10
romance	anv	41,37	26,7	60	32:80
romanesque	n		9
romani	an		18
romanian	an		18,10
romanic	a
romanise	v	32		40
romanism	n		9
romanist	a
romanize	v	32		40
romans	n		10
romansh	an		10
romantic	an		18,18
romanticisation	n		4		31:60
romanticise	v	31,30		60
romanticism	n		7,9
romanticist	an		18,18
romanticistic	a
romanticization	n		4		31:60
romanticize	v	31,30		60
romany	an		18,10
romish	a
romp	nv	38,38	11,18	80	33:80
ron	n		10
rondeau	n		10,10
rondel	n		10
rondelet	n		10
rondo	n		10
roneo	nv	36	6	80	36:80
roof	nv	35	6,6	40	35:40
roofed	a
roofing	n		6,4		35:40
roofless	a
rook	nv	41	6,5	20
room	nv	42	6,23	80	42:80
roominess	n		9,7
roomy	an		18
rooseveltian	a
roost	nv	35,30	6,6	80	35:80
root	nv	30,42	20,15	80	35:40
rootage	n		26,20
rootbound	a
rooted	a
rooting	n		22		30:40
rootle	v	35		40
rootless	a
roots	n		26
rope	nv	35,35	6,6	40	35:40
rope-a-dope	n		4
ropey	a
ropiness	n		7
roping	n		4		35:40
ropy	a
rorschach	n		4
rosacea	n		26
rosaceous	a
rose	an		20,13
rose-cheeked	a
rose-colored	a
rose-lavender	a
rose-lilac	a
rose-mauve	a
rose-purple	a
rose-red	a
rose-tinged	a
rose-tinted	a
roseate	a
roseola	n		26
rosette	n		6,26
rosicrucian	an		18,18
rosicrucianism	n		9
rosin	nv	35	27	40	35:40
rosiness	n		26,7
rossbach	n		4
roster	n		10
rostrate	a
rosy	a
rosy-cheeked	a
rosy-colored	a
rosy-purple	a
rot	nv	30,29	26,22	c0	30:c0
rot-resistant	a
rota	n		14,10
rotary	an		6,6
rotatable	a
rotate	v	38,41		a0
rotated	a
rotation	n		4,24		38:80
rotational	a
rotatory	a
rote	n		9
rotogravure	n		10,10
rotted	a
rotten	a
rottenness	n		26,7
rotting	n		22		30:c0
rotund	a
rotundity	n		7,10
rotundness	n		7
rouge	nv	29	6	40	29:40
rouged	a
rough	anv	36	15	40
rough-and-ready	a
rough-and-tumble	an		4
rough-cut	a
rough-dry	v	30		40
rough-haired	a
rough-hew	v	35		40
rough-house	v	41		20
rough-sand	v	35		40
rough-spoken	a
rough-textured	a
roughcast	nv	36,35	27,6	40	35:40
roughdried	a
roughen	v	35		40
roughened	a
roughhewn	a
roughhouse	v	31		80
roughish	a
roughness	n		7,7
roughshod	a
roulade	n		13,10
roumanian	a
round	anv	38,30	6,28	40
round-arm	a
round-backed	a
round-bottom	a
round-bottomed	a
round-eyed	a
round-faced	a
round-fruited	a
round-shouldered	a
round-the-clock	a
roundabout	an		6,6
rounded	a
roundedness	n		7
roundel	n		10,6
roundelay	n		10
rounders	n		4
roundheaded	a
roundhouse	n		6,4
rounding	n		4
roundish	a
roundness	n		10,7
roundtable	n		10
roundup	n		4,10		35:60
roundworm	n		26,5
rouse	v	38,38		60
rousing	an		4		37:60
rousseauan	a
rout	nv	33,35	14,11	60	33:20
route	nv	38,38	15,6	60	38:60
routemarch	n		4
routine	an		4,10
rove	v	38		c0
roving	an		4		38:c0
row	nv	38	14,10	c0
rowdiness	n		26
rowdy	an		18
rowdyism	n		26
rowing	n		4		38:c0
royal	an		6,5
royalism	n		4
royalty	n		21,14
ruandan	a
rub	nv	35,35	9,4	e0	39:c0
rub-a-dub	n		11
rubber	anv	30	27,27	40	30:40
rubber-necking	n		4		39:80
rubberise	v	30		40
rubberize	v	30		40
rubberlike	a
rubberneck	nv	39	18,18	80	39:80
rubberstamp	v	35,31		40
rubbery	a
rubbing	n		19,6		35:c0
rubbish	nv	32	27,10	60
rubbishy	a
rubdown	n		4		35:40
rubella	n		26
rubeola	n		26
rubicon	n		15,9
rubicund	a
rubify	v	30		40
rubor	n		26
rubric	nv	30	10,10	40
rubricate	v	41,36		60
ruby	an		21,27
ruby-red	a
ruck	nv	35	14,25	80	35:80
ruckle	v	39,35		c0
ruckus	n		4
ruction	n		4
rudder-like	a
rudderless	a
ruddiness	n		7
ruddle	nv	35,30	27	40
ruddy	a
rude	a
rudeness	n		7,26
rudiment	n		9,8
rudimentary	a
rudiments	n		10
rue	nv	37	20,13	40
rueful	a
ruefulness	n		12
ruff	nv	33	8,6	80
ruffianism	n		4
ruffianly	a
ruffle	nv	38,37	6,6	c0	35:40
ruffled	a
rugby	n		4
rugged	a
ruggedisation	n		4		30:40
ruggedise	v	30		40
ruggedization	n		4		30:40
ruggedize	v	30		40
ruggedness	n		7,7
rugger	n		4
rugose	a
ruin	nv	35,41	26,6	40	35:40
ruination	n		26,11		35:40
ruined	a
ruining	n		4		35:40
ruinous	a
rule	nv	41,31	9,9	c4
rule-governed	a
ruled	a
rulership	n		4
ruling	an		4		32:90
ruly	a
rum	an		13,4
rum-blossom	n		26
rumanian	an		10,18
rumansh	an		10
rumba	nv	38	10,4	80
rumble	nv	39,32	11,6	80	32:80
rumbling	an		11		39:80
rumbustious	a
ruminant	an		5		34:80
ruminate	v	34,31		80
rumination	n		9,4		31:80
ruminative	a
rummage	nv	35	26,4	80	35:80
rummy	an		18,4
rumor	nv	32	10	84	32:84
rumour	nv	32	10	84	32:84
rumple	v	35,35		40
rumpled	a
rumpus	nv	41	4	80	41:80
run	nv	38,38	4,4	80	41:40
run-down	a
run-in	n		10
run-of-the-mill	a
run-of-the-mine	a
run-on	a
run-resistant	a
run-through	n		4		34:40
run-up	n		11,4
runaway	an		11,18		38:80
runcinate	a
rundown	n		10
rune	n		10
runic	a
runniness	n		7
running	an		4,4		38:80
runny	a
runoff	n		11,4		38:80
runproof	a
runtiness	n		7
runty	a
runup	n		11
rupestral	a
rupicolous	a
rupture	nv	35	26,11	c0	35:c0
rural	a
ruralism	n		10,7
rurality	n		7
ruritania	n		9
ruritanian	an		18
ruse	n		4
rush	anv	38,33	4,11	e0	38:60
rushed	a
rushing	n		4,4		38:80
rushlike	a
rushy	a
russet	an		6
russian	an		18,10
russian-speaking	a
rust	anv	30,30	27,26	c0	30:80
rust-brown	a
rust-colored	a
rust-free	a
rust-red	a
rust-resistant	a
rusted	a
rustic	an		18		42:80
rusticate	v	42,41		a0
rustication	n		26,4		42:80
rusticism	n		10
rusticity	n		7
rustiness	n		26,9
rusting	n		22
rustle	nv	39,40	11	c0	39:80
rustless	a
rustling	an		4,11		40:c0
rustproof	a
rustproofed	a
rusty	a
rusty-brown	a
rusty-red	a
rut	nv	42,35	25,4	c0	35:40
ruthful	a
ruthfulness	n		12
ruthless	a
ruthlessness	n		7,12
rutted	a
ruttish	a
rutty	a
rwandan	an		18
ryukyuan	n		18,10
s-shaped	a
saame	n		18,10
saami	n		18,10
sabahan	an		18
sabbatarian	an		18
sabbatic	a
sabbatical	an		28
sabellian	n		10
saber	nv	35,35	6,6	60	35:20
saber-toothed	a
sabertoothed	a
sabine	an		17,18
sable	an		6,27
sabotage	nv	41	4	40	41:40
sabre	nv	35,35	6,6	60	35:60
sabre-toothed	a
saccade	n		4,4
saccadic	a
saccharify	v	39,30		40
saccharine	a
saccharinity	n		7
sacculate	a
sacculated	a
sacerdotal	a
sacerdotalism	n		9
sack	nv	40,41	6,25	61	35:40
sacked	a
sacking	n		6,4		41:21
saclike	a
sacral	a
sacrament	n		4
sacramental	a
sacred	a
sacredness	n		7
sacrifice	nv	40,35	4,11	60	40:40
sacrificeable	a
sacrificial	a
sacrilege	n		4
sacrilegious	a
sacrilegiousness	n		7
sacrosanct	a
sad	a
sad-faced	a
sadden	v	37,37		e0
saddle	nv	35,35	6,17	60	35:40
saddle-shaped	a
saddle-sore	a
saddled	a
sadducean	a
sadhe	n		10
sadism	n		12
sadistic	a
sadness	n		12,26
sadomasochism	n		12
sadomasochistic	a
saek	n		10
safari	n		4
safe	an		6,6
safe-conduct	n		10
safeguard	nv	33,38	4,10	60	33:60
safekeeping	n		4
safeness	n		7
safety	n		26,15
safety-related	a
sag	nv	38,38	25	c0	38:40
saga	n		10
sagacious	a
sagaciousness	n		9,7
sagacity	n		9,7
sage	an		18,13
sage-green	a
sagging	a
sagittal	a
sagittate	a
sagittiform	a
sahaptin	n		18,10
saharan	an		10
said	a
sail	nv	38,38	6,4	c0	38:c0
sailing	n		4,4		38:c0
sailing-race	n		11
sailplane	nv	38	6	80	38:80
sailplaning	n		4		38:80
saint	nv	37,32	18,18	60	32:20
saint-mihiel	n		4
sainted	a
sainthood	n		14,4
saintlike	a
saintliness	n		7
saintly	a
saipan	n		15,4
sake	n		7,13
saktism	n		14,9
salaah	n		9
salaam	nv	32	10	a0	32:a0
salaat	n		9
salability	n		7
salable	a
salableness	n		7
salacious	a
salaciousness	n		7
salacity	n		7
salafism	n		9
salah	n		9
salamandriform	a
salaried	a
salary	n		21
salat	n		9
sale	n		4,4
saleable	a
salerno	n		4
sales	n		21
salesmanship	n		9
salience	n		26
saliency	n		26
salient	an		15
salientian	an		5
saliferous	a
salinate	v	30		40
saline	an		27		30:40
salinity	n		9,7
salish	n		10,18
salishan	n		10
salivary	a
salivate	v	29,37		80
salivation	n		22		29:80
sallow	anv	30	20	40
sallowness	n		7
sally	n		10,4
salmon	an		5,17
salmonellosis	n		26
salpingectomy	n		4
salpingitis	n		26
salt	anv	39,35	27,13	60	30:40
salt-cured	a
saltate	v	38,38		c0
saltation	n		22,11		38:40
salted	a
saltiness	n		10,9
salting	n		4		39:40
saltish	a
saltlike	a
salty	a
salubrious	a
salubriousness	n		7
salubrity	n		7
salutary	a
salutation	n		10,10		34:60
salutatory	n		10
salute	nv	34,32	10,10	60	34:60
salvadoran	an		18
salvadorean	an		18
salvage	nv	41,35	21,4	60	41:60
salvageable	a
salvation	n		4,4
salve	nv	41,29	6,4	60	29:40
salverform	a
salvific	a
salving	a
salvo	n		11,4
sama-veda	n		10
samba	nv	38	20,10	80	38:80
same	an		18,10
samekh	n		10
sameness	n		7,7
samhita	n		10
sami	n		18,10
samiel	n		19
samizdat	n		10
samoan	an		18
samoyed	n		18,10
samoyedic	n		10
samoyedic-speaking	a
sample	nv	34	9,9	40	34:40
sampling	n		4,9
samsara	n		11
sanative	a
sanctification	n		4		32:60
sanctified	a
sanctify	v	32,30		60
sanctimonious	a
sanctimoniousness	n		7
sanctimony	n		7
sanction	nv	32,41	10,4	c0	41:40
sanctionative	a
sanctioned	a
sanctioning	a
sanctitude	n		7
sanctity	n		7
sand	nv	35	27,18	40
sand-blind	a
sandaled	a
sandalled	a
sandbag	nv	41,41	6	28	30:40
sandblast	nv	35	19	40	35:40
sandhi	n		10
sandiness	n		7
sandlike	a
sandpaper	nv	35	27	40	35:40
sandpapery	a
sandstorm	n		19
sandwich	nv	36,35	13	60	36:40
sandy	a
sane	a
saneness	n		26
sang-froid	n		7
sango	n		10
sanguification	n		22
sanguinary	a
sanguine	an		7
sanguineness	n		12
sanguineous	a
sanguinity	n		12
sanious	a
sanitariness	n		26
sanitary	a
sanitate	v	40		40
sanitation	n		26,4		40:40
sanitisation	n		4		35:40
sanitise	v	35,30		40
sanitised	a
sanitization	n		4		35:40
sanitize	v	35,30		40
sanitized	a
sanity	n		26
sanskrit	n		10
santee	n		18,10
sap	nv	40,35	27,18	40
sapid	a
sapidity	n		9,7
sapidness	n		7
sapience	n		9
sapiens	a
sapient	a
sapiential	a
sapless	a
saponaceous	a
saponification	n		22		30:80
saponified	a
saponify	v	30,30		c0
saporous	a
sapphic	a
sapphire	an		27,21
sapphirine	an		27
sapphism	n		4
sappy	a
sapraemia	n		26
sapremia	n		26
saprobic	a
saprophagous	a
saprophytic	a
saprozoic	a
saraband	n		10,4
saratoga	n		5,4
sarawakian	an		18
sarcasm	n		10
sarcastic	a
sarcoid	a
sarcoidosis	n		26
sarcolemmal	a
sarcolemmic	a
sarcolemnous	a
sarcoma	n		26
sarcosomal	a
sardinian	an		18,10
sardonic	a
sars	n		26
sartorial	a
sashay	nv	38,38	4,4	80	38:80
sass	nv	32	10	80
sassing	n		10		32:80
sassy	a
satanic	a
satanism	n		9
satanophobia	n		26
sate	v	34		e0
satellite	anv	32	6,18	40	32:40
satiable	a
satiate	av	34,34		e0
satiated	a
satiation	n		26,4		34:e0
satiety	n		26
satiny	a
satire	n		10		32:60
satiric	a
satirical	a
satirise	v	32		60
satirize	v	32		60
satisfaction	n		12,26
satisfactoriness	n		7
satisfactory	a
satisfiable	a
satisfice	v	41		80
satisfied	a
satisfise	v	41		80
satisfy	v	42,37		60
satisfying	a
satori	n		9
saturate	v	30,30		40
saturated	a
saturation	n		22,4		30:40
saturnalia	n		4,4
saturnine	a
saturnism	n		26
satyagraha	n		4
satyriasis	n		12
satyric	a
satyrical	a
sauce	nv	41,35	13	60	30:40
saucer-eyed	a
saucer-shaped	a
sauciness	n		7
saucy	a
saudi	an		18
saudi-arabian	a
saunter	nv	38	4,4	80	38:80
saurian	an		5
sausage-shaped	a
saute	anv	30	13	c0
sauteed	a
sauteing	n		4		30:c0
savage	anv	33,32	18,18	60	33:60
savageness	n		7
savagery	n		7,7
savara	n		18,10
save	nv	41,40	4	60
saved	a
saving	an		4,4
savings	n		21		40:c0
savoir-faire	n		7
savor	nv	37,39	9	f8	39:40
savoriness	n		7
savoring	n		4		39:40
savorless	a
savorlessness	n		7
savory	an		20,20
savour	nv	39,39	9	d0	39:40
savouring	n		4		39:40
savourless	a
savourlessness	n		7
savoury	an		13,13
savvy	nv	31	9	44	31:44
saw	nv	35	10,6	40	35:40
saw-like	a
saw-toothed	a
sawed-off	a
sawm	n		9
sawn-off	a
sawtoothed-edged	a
saxatile	a
saxicoline	a
saxicolous	a
saxon	an		18
say	nv	32,32	26	44	32:4
say-so	n		10,10
sayanci	n		10
saying	n		10		32:40
sayonara	n		10
sb	n		27,10
scab	nv	29,41	18,8	80	41:80
scabby	a
scabies	n		26
scabrous	a
scaffold	nv	35	6,6	40
scalability	n		7
scalable	a
scalage	n		4,4		42:40
scalar	an		9
scald	nv	32,30	26,4	60	30:60
scale	nv	42,36	24,24	40	30:40
scaled	a
scaleless	a
scalelike	a
scalene	a
scaley	a
scalic	a
scaliness	n		7
scaling	n		4,4		42:40
scallop	nv	36,36	25,13	40	30:40
scalloped	a
scalp	nv	40,30	8	60	30:20
scaly	a
scaly-tailed	a
scam	nv	41	4	20	41:20
scamp	nv	36	18	40
scamper	nv	38	4	80	38:80
scan	nv	39,39	4,6	60	35:40
scandal	n		10,11		37:60
scandalisation	n		26,4		37:60
scandalise	v	37		60
scandalization	n		26,4		37:60
scandalize	v	37		60
scandalmongering	an		10
scandalous	a
scandalousness	n		7
scandent	a
scandinavian	an		18,10
scanning	n		22,4		38:40
scansion	n		10		32:40
scant	av	41,41		c0
scantiness	n		7
scantness	n		7
scanty	an		6
scaphocephaly	n		26
scaphoid	a
scapose	a
scapular	an		5,6
scapulohumeral	a
scar	nv	35	26,7	40	35:40
scarce	a
scarceness	n		7
scarcity	n		7
scare	nv	37,37	26,12	60	37:40
scarecrowish	a
scared	a
scarey	a
scarf	nv	35,35	6,6	c0	29:40
scarify	v	35,35		60
scarlatina	n		26
scarlet	an		7
scarlet-crimson	a
scarlet-pink	a
scarper	v	38		80
scarred	a
scary	a
scat	nv	38	4	80
scathe	n		4
scathing	a
scatological	a
scatology	n		10,4
scatophagy	n		4
scatter	nv	38,38	7,4	e0	38:40
scatterbrained	a
scattered	a
scattering	n		23,22
scattershot	a
scatty	a
scavenge	v	35,35		40
scd	n		10
scenario	n		10,15
scend	v	38		80
scene	n		15,11
scenic	a
scent	nv	39,39	9,9	60	29:60
scented	a
scentless	a
scepter	n		26,10
sceptered	a
sceptical	a
scepticism	n		9
sceptre	n		26,10
sceptred	a
schadenfreude	n		12
schedule	nv	31,32	9,10	61	32:61
scheduled	a
scheduling	n		4		32:61
schema	n		9,9		36:40
schematic	an		6
schematisation	n		4,4		30:40
schematise	v	30		40
schematization	n		4,4		36:40
schematize	v	36,30		40
scheme	nv	31,31	9,10	c8
scheming	a
schemozzle	n		26
scheol	n		9
scherzo	n		10
schism	n		4,11
schismatic	a
schismatical	a
schistorrhachis	n		26
schistosomiasis	n		26
schizogony	n		22
schizoid	an		26
schizophrenia	n		26
schizophrenic	an		18
schizothymia	n		26
schlep	nv	35	18,4	40
schmaltz	n		7
schmaltzy	a
schmalz	n		7
schmalzy	a
schmegegge	n		10
schmoose	nv	32	10	80
schmooze	nv	32	10	80
schnorr	v	40		c0
scholarly	a
scholarship	n		21,9
scholastic	an		18,18
scholasticism	n		9,7
scholia	n		10
scholium	n		10
school	nv	41,41	14,6	60	41:20
schoolbook	n		10
schoolboyish	a
schoolgirlish	a
schooling	n		4,9		41:20
schoolwide	a
schoolwork	n		4
schottische	n		10,4
schtick	n		23,4
schtik	n		23,4
schuss	v	38		80
schwa	n		10
sciatic	a
sciatica	n		26
scid	n		26
science	n		9,9
scientific	a
scintillant	a
scintillate	v	43,43		c0
scintillating	a
scintillation	n		19,11		39:80
sciolism	n		7
sciolistic	a
scission	n		4
scissor	v	35		40
scissor-tailed	a
scissors	n		6,4
sclaff	nv	35,35	4	40	35:40
scleredema	n		26
scleritis	n		26
scleroderma	n		26,20
sclerosed	a
sclerosis	n		26
sclerotic	a
sclerotomy	n		4
scnt	n		4
scoff	nv	32,32	10	c0	32:40
scoffing	n		10		32:40
scold	nv	32,32	18	a0	32:80
scolding	n		10		32:20
scolion	n		10
scoliosis	n		26
scollop	nv	35,33	13,13	c0	33:80
scoop	nv	35,33	23,25	60	35:40
scoot	v	38		80
scopal	a
scope	n		7,26
scorbutic	a
scorbutus	n		26
scorch	nv	30,30	26,26	c0	30:40
scorched	a
scorcher	n		19,4
scorching	a
score	nv	33,35	9,10	c0	31:c0
scorecard	n		10
scoreless	a
scoring	n		4		31:c0
scorn	nv	37,32	12,10	60	37:60
scorned	a
scornful	a
scotch	anv	41,35	25,13	40	35:40
scotoma	n		26
scotomatous	a
scots	an		10
scottish	an		10
scoundrelly	a
scour	nv	35,35	15	60	35:40
scoured	a
scourge	nv	41,35	6,26	20	41:20
scouring	n		4,4		35:40
scours	n		26
scout	nv	39	18,18	c0
scouting	n		4		39:c0
scowl	nv	29	10	80	29:80
scowling	a
scrabble	nv	35,32	6,4	40	32:40
scrabbly	a
scrag	nv	35,35	18,13	60	35:20
scraggly	a
scraggy	a
scram	v	38		80
scramble	nv	38,38	4,4	80	35:40
scrambled	a
scranch	v	32		80
scrap	nv	40,32	17,27	c0	40:40
scrape	nv	35,36	11,26	60	35:40
scrapie	n		26
scraping	n		17,11
scrappiness	n		7
scrappy	a
scratch	nv	35,35	26,25	e0	39:c0
scratchiness	n		7
scratching	n		11
scratchy	a
scraunch	v	32		80
scrawl	nv	36	10	c0	36:c0
scrawniness	n		7,7
scrawny	a
screak	v	39,32		80
screaky	a
scream	nv	32,32	10,11	80	32:80
screamer	n		18,10		32:80
screaming	an		10,11		32:80
screech	nv	39,32	11,10	80	39:80
screeching	n		11,10		39:80
screechy	a
screed	n		10,10
screen	nv	41,31	6,6	60	39:40
screening	n		10,6		39:40
screenplay	n		10
screw	nv	35,35	18,6	e0	35:40
screw-loose	a
screw-topped	a
screwball	an		18,4
screwing	n		4		35:a0
screwup	n		4		41:c0
screwy	a
scribble	nv	32,36	10,6	c0	36:c0
scribe	nv	35	18,18	40
scrimmage	nv	36	4,4	80	36:80
scrimp	v	40		0
scrimpy	a
scrimshank	v	41		80
scrimy	a
scrip	n		21
script	nv	36	10,10	40	36:40
scripted	a
scriptural	a
scripture	n		10,10
scrivened	a
scrofula	n		26
scrofulous	a
scroll	nv	30	25,10	80	30:80
scrotal	a
scrounge	v	40,40		c0
scrub	anv	35,29	14,4	e0	29:80
scrubbed	a
scrubbiness	n		7
scrubbing	n		4		35:60
scrubby	a
scruffy	a
scrum	n		4
scrummage	n		4
scrumptious	a
scrunch	nv	39,35	11	80	39:80
scruple	nv	42,37	23,12	c0	32:40
scrupulous	a
scrupulousness	n		7,7
scrutinise	v	39,31		60
scrutinize	v	39,31		60
scrutiny	n		4,4		39:60
scry	v	31		c0
scud	nv	38,38	4	80	38:80
scudding	n		4		38:80
scuff	nv	38,35	6,4	80	38:80
scuffle	nv	38,35	4,6	80	35:80
scull	nv	38	6,6	40	38:40
sculling	n		4		38:40
sculpt	v	36,35		c0
sculpted	a
sculptural	a
sculpture	nv	36,35	6,4	c0	35:40
sculptured	a
sculpturesque	a
scum	nv	40	14,6	40	40:40
scumble	n		4
scummy	a
scunner	n		12
scupper	nv	33,32	6	60
scurfy	a
scurrility	n		10
scurrilous	a
scurry	nv	38	4	80	38:80
scurrying	a
scurvy	an		26
scuttle	nv	38	6,6	80
scuttlebutt	n		10
scythe	nv	35	6	40	35:40
scythian	an		18,10
sea-duty	n		4
sea-green	a
sea-level	a
sea-poose	n		11
sea-purse	n		11
sea-puss	n		11
seaborne	a
seafaring	an		4,4
seagirt	a
seagoing	a
seal	nv	35,35	6,6	40	35:40
sealed	a
sealing	n		4		35:40
seam	nv	35	6,25	40	35:40
seamanlike	a
seamanly	a
seamanship	n		9
seamed	a
seamless	a
seamy	a
seaplane	nv	38	6	80	38:80
seaquake	n		11
sear	av	30,30		c0
search	nv	35,39	4,4	60	39:60
searching	a
seared	a
searing	a
seasick	a
seasickness	n		26
season	nv	39,30	28,28	40
seasonable	a
seasonableness	n		7
seasonal	an		18
seasoned	a
seasoning	n		13,4		39:40
seat	nv	35,42	15,8	60	40:40
seated	a
seating	n		6,4		42:40
seaward	an		24
seaworthiness	n		26
seaworthy	a
sebaceous	a
seborrhea	n		26
sec	an		28,24
secede	v	41		80
secern	v	31		60
secernate	v	31		60
secernment	n		22,9
secession	n		14,4
secessionism	n		9
sechuana	n		10
seclude	v	30		20
secluded	a
seclusion	n		7,4		30:20
second	anv	41,41	28,28	60
second-best	a
second-class	a
second-guess	v	32,32		60
second-rate	a
second-sighted	a
second-string	a
second-year	a
secondary	an		14,6
secondhand	a
secondment	n		10,4		41:40
secondo	n		10
secrecy	n		7,26
secret	an		10,10
secretarial	a
secretaryship	n		4
secrete	v	29,39		40
secretion	n		22,8		29:40
secretive	a
secretiveness	n		7,7
secretory	a
sectarian	an		18
sectarianism	n		9
section	nv	35	10,17	40
sectional	an		6
sectionalisation	n		4		41:40
sectionalise	v	41		40
sectionalism	n		9
sectionalization	n		4		41:40
sectionalize	v	41		40
sectioned	a
sectorial	a
secular	an		18
secularisation	n		4,4		30:40
secularise	v	30		40
secularism	n		9
secularization	n		4,4		30:40
secularize	v	30,40		40
secure	av	40,35		40
secureness	n		26,7
security	n		26,21
sedate	av	29		20
sedateness	n		7
sedation	n		26,4		29:20
sedative	an		6
sedentary	a
seder	n		4
sedgelike	a
sedgy	a
sediment	nv	38,38	17	c0
sedimentary	a
sedimentation	n		19		38:40
sedition	n		4
seditious	a
seduce	v	35,32		60
seduction	n		4,4		32:60
seductive	a
sedulity	n		7
sedulous	a
sedulousness	n		7
see	nv	39,31	15	e4
see-through	a
seeable	a
seed	nv	35,40	20,20	e0	30:40
seeded	a
seediness	n		7
seedless	a
seedy	a
seeing	an		9,9		39:e0
seek	nv	40,35	11	60
seeking	n		4,4		35:60
seel	v	39		40
seem	v	39,39		15
seeming	a
seemliness	n		7
seemly	a
seep	v	38		80
seepage	n		11		38:80
seeping	a
seesaw	nv	38,38	6	80	38:80
seethe	v	42,37		80
seething	a
segment	nv	35,35	6,17	c0	35:40
segmental	a
segmentation	n		22,4		35:40
segmented	a
segno	n		10
segregate	nv	41,35	18	e0
segregated	a
segregation	n		22,14		41:e0
segregationism	n		9
segue	nv	32	4	80
seiche	n		11
seigneury	n		21,4
seigniorage	n		21
seigniory	n		21,4
seine	nv	33	17,6	c0	33:c0
seism	n		11
seismal	a
seismic	a
seismography	n		4
seismologic	a
seismological	a
seismology	n		9
seize	v	35,35		60
seizing	n		6,4		35:60
seizure	n		26,4		40:40
select	av	31		60
selected	a
selection	n		4,14		31:60
selective	a
selectivity	n		7
selenolatry	n		4
selenology	n		9
self	an		9,18
self-abasement	n		4
self-abnegating	a
self-abnegation	n		4
self-absorbed	a
self-absorption	n		9
self-abuse	n		4
self-accusation	n		10
self-acting	a
self-activating	a
self-addressed	a
self-aggrandisement	n		4
self-aggrandising	a
self-aggrandizement	n		4
self-aggrandizing	a
self-analysis	n		9,4
self-annihilation	n		4
self-appointed	a
self-asserting	a
self-assertion	n		10,4
self-assertive	a
self-assertiveness	n		7
self-assurance	n		9
self-assured	a
self-aware	a
self-awareness	n		9
self-balancing	a
self-centered	a
self-centeredness	n		7
self-centred	a
self-collected	a
self-colored	a
self-coloured	a
self-command	n		7
self-complacency	n		12
self-complacent	a
self-conceited	a
self-concern	n		7
self-condemnation	n		10
self-confessed	a
self-confidence	n		9
self-confident	a
self-conscious	a
self-consciousness	n		12,9
self-consistent	a
self-constituted	a
self-contained	a
self-contemplation	n		9
self-contradiction	n		10
self-contradictory	a
self-control	n		4,7
self-criticism	n		9
self-cultivation	n		9
self-deceit	n		9
self-deception	n		9
self-defeating	a
self-defence	n		4
self-defense	n		4
self-denial	n		7,4
self-denying	a
self-deprecating	a
self-depreciation	n		12
self-destroy	v	36		80
self-destruct	v	36		80
self-destruction	n		4,4		36:80
self-destructive	a
self-determination	n		26,7
self-digestion	n		22
self-directed	a
self-direction	n		26
self-discipline	n		7,4
self-disciplined	a
self-discovery	n		4
self-disgust	n		12
self-distrust	n		12
self-doubt	n		12
self-drive	n		21
self-educated	a
self-education	n		9
self-effacement	n		4
self-effacing	a
self-employed	a
self-enclosed	a
self-established	a
self-esteem	n		12
self-evident	a
self-examination	n		9
self-examining	a
self-explanatory	a
self-expression	n		10
self-fertilisation	n		11
self-fertilised	a
self-fertilization	n		11
self-fertilized	a
self-flagellation	n		4
self-forgetful	a
self-fulfillment	n		4
self-generated	a
self-giving	a
self-governing	a
self-government	n		26
self-gratification	n		7,4
self-hatred	n		12
self-help	n		4
self-hypnosis	n		26
self-importance	n		12,7
self-important	a
self-imposed	a
self-improvement	n		4
self-incrimination	n		10
self-induced	a
self-induction	n		19
self-indulgence	n		7,4
self-indulgent	a
self-insurance	n		21
self-interest	n		7,7
self-involved	a
self-justification	n		10
self-knowledge	n		9
self-limited	a
self-loading	a
self-locking	a
self-love	n		12,7
self-loving	a
self-luminous	a
self-made	a
self-mortification	n		4
self-moving	a
self-opinionated	a
self-organisation	n		4
self-organization	n		4
self-pity	n		12
self-pollinated	a
self-pollinating	a
self-pollination	n		11
self-possessed	a
self-possession	n		7
self-praise	n		10
self-preservation	n		4
self-pride	n		12
self-proclaimed	a
self-produced	a
self-propelled	a
self-propelling	a
self-protection	n		4
self-punishment	n		4
self-realisation	n		4
self-realization	n		4
self-referent	a
self-reformation	n		4
self-regard	n		7
self-regulating	a
self-reliance	n		26
self-reliant	a
self-renewal	n		4
self-renewing	a
self-renunciation	n		4
self-reproach	n		12,10
self-reproof	n		10
self-respect	n		7
self-respectful	a
self-respecting	a
self-restraining	a
self-restraint	n		7
self-righteous	a
self-rule	n		26
self-sacrifice	n		4
self-sacrificing	a
self-satisfaction	n		12
self-satisfied	a
self-sealing	a
self-seeded	a
self-seeking	an		7
self-service	an		4
self-serving	a
self-sowed	a
self-sown	a
self-stimulation	n		4
self-styled	a
self-sufficiency	n		26
self-sufficient	a
self-sufficing	a
self-suggestion	n		4
self-supporting	a
self-sustained	a
self-sustaining	a
self-torment	n		12
self-torture	n		12
self-whispered	a
self-will	n		7,7
self-willed	a
self-winding	a
self-worship	n		4
self-worth	n		7
selfish	a
selfishness	n		7
selfless	a
selflessness	n		7,4
selfsame	a
selfsameness	n		7
seljuk	an		14
selkup	n		18,10
sell	nv	40,42	4	e0	42:40
sellable	a
selling	n		4		42:80
selloff	n		4		40:40
sellotape	nv	35	6	40	35:40
sellout	n		4		32:a0
semantic	a
semantics	n		9,9
semaphore	nv	32,32	6	c0	32:40
semasiology	n		9
semblance	n		7,9
semestral	a
semestrial	a
semi	n		11,6
semi-automatise	v	30		40
semi-automatize	v	30		40
semi-climbing	a
semi-dry	a
semi-erect	a
semi-evergreen	a
semi-formal	a
semi-processed	a
semi-prostrate	a
semi-tuberous	a
semi-upright	a
semi-wild	a
semiabstract	a
semiannual	a
semiaquatic	a
semiarid	a
semiautobiographical	a
semiautomatic	an		6
semibreve	n		10
semicentenary	an		28
semicentennial	an		28
semicircular	a
semicolon	n		10
semicoma	n		9
semicomatose	a
semiconducting	a
semiconductive	a
semiconscious	a
semiconsciousness	n		9
semidark	a
semidarkness	n		26
semidetached	a
semidiameter	n		7
semiempirical	a
semifinal	n		11
semifluidity	n		7
semiformal	a
semihard	a
semiliquid	a
semiliterate	a
semilunar	a
semimonthly	an		10
seminal	a
seminar	n		14,4
seminiferous	a
seminole	n		18,10
seminoma	n		26
seminude	a
semiofficial	a
semiology	n		9
semiopaque	a
semiotic	a
semiotical	a
semiotics	n		9
semiparasitic	a
semipermanent	a
semipermeable	a
semipolitical	a
semiprecious	a
semiprivate	a
semipublic	a
semiquaver	n		10
semirigid	a
semiskilled	a
semisoft	a
semisolid	a
semisweet	a
semisynthetic	a
semite	an		18
semiterrestrial	a
semitic	an		10
semitic-speaking	a
semitone	n		10
semitrance	n		9
semitransparency	n		7
semitransparent	a
semitropic	a
semitropical	a
semivowel	n		10
semiweekly	an		10
sempatch	n		4
sempiternal	a
sempiternity	n		7
senatorial	a
senatorship	n		4
send	v	38,35		60
send-off	n		10,11		32:40
sending	n		4		38:60
sendup	n		10
senecan	a
senegalese	an		18
senesce	v	30		80
senescence	n		22,7
senescent	a
senile	a
senility	n		28,7
senior	an		18,18
seniority	n		26,7
senor	n		10
senora	n		10
senorita	n		10
sensate	a
sensation	n		9,18		39:60
sensational	a
sensationalism	n		10,10
sensationalistic	a
sense	nv	39,39	9,10	60	31:44
sensed	a
senseless	a
senselessness	n		7
sensibilise	v	30		60
sensibility	n		9,12
sensibilize	v	30		60
sensible	a
sensibleness	n		7
sensify	v	30		60
sensing	n		9,4		39:60
sensitisation	n		26,22		30:60
sensitise	v	39,30		60
sensitised	a
sensitising	an		4
sensitive	an		18
sensitiveness	n		12,9
sensitivity	n		9,7
sensitization	n		26,22		30:60
sensitize	v	30,39		60
sensitized	a
sensitizing	an		4
sensorial	a
sensorimotor	a
sensorineural	a
sensory	a
sensual	a
sensualise	v	30		20
sensualism	n		12,9
sensuality	n		12
sensualize	v	36,31		60
sensualness	n		12
sensuous	a
sensuousness	n		12
sent	an		23
sentence	nv	32	10,4	21	32:21
sentential	a
sententious	a
sentience	n		9,9
sentiency	n		9
sentient	a
sentiment	n		12,9
sentimental	a
sentimentalisation	n		4		30:40
sentimentalise	v	30,30		40
sentimentalism	n		10,7
sentimentality	n		7,12
sentimentalization	n		4		29:80
sentimentalize	v	30,30		40
sentimentise	v	29		80
sentimentize	v	29		80
sepaline	a
sepaloid	a
separability	n		26
separable	a
separate	anv	42,35	10,6	60
separated	a
separateness	n		26,26
separation	n		26,11		35:80
separationism	n		4
separatism	n		14,7
separatist	an		18		41:80
separative	a
separatrix	n		10
sepia	n		7,27
seppuku	n		4
sepsis	n		26
septal	a
septate	a
septation	n		4
septectomy	n		4
septic	a
septicaemia	n		26
septicemia	n		26
septicemic	a
septrional	a
septuagint	n		10
septuple	a
sepulchral	a
sepulture	n		11,6
sequel	n		11,10
sequela	n		26
sequella	n		11
sequence	nv	31,32	14,7	40	32:40
sequent	a
sequential	a
sequester	v	40,40		40
sequestered	a
sequestrate	v	30,30		60
sequestration	n		4,22		30:20
sequined	a
seraphic	a
seraphical	a
serbian	an		18
serbo-croat	n		10
serbo-croatian	n		10
sere	a
serenade	nv	36	10,10	a0	36:a0
serendipitous	a
serendipity	n		19
serene	a
sereness	n		26
serenity	n		7,12
serer	n		10
serfdom	n		26
serfhood	n		26
serflike	a
serial	an		10,10
serialisation	n		4		30:40
serialise	v	30		40
serialism	n		10
serialization	n		4		30:40
serialize	v	30		40
sericeous	a
sericultural	a
sericulture	n		22,4
series	n		14,10
serif	n		10
serigraphy	n		4
seriocomedy	n		10
seriocomic	a
seriocomical	a
serious	a
serious-minded	a
serious-mindedness	n		7
seriousness	n		12,7
seriph	n		10
sermon	n		10,10		32:80
sermonise	v	32		80
sermonize	v	32		80
serologic	a
serological	a
serology	n		9
serous	a
serpent-worship	n		4
serpentine	a
serrate	av	35		40
serrated	a
serration	n		26,14		35:40
serried	a
serrulate	a
servant	n		18,26		41:20
serve	nv	42,33	4	e0	33:80
service	nv	41,30	4,4	c1
serviceability	n		7
serviceable	a
serviceableness	n		7
services	n		4
servicing	n		4		35:40
servile	a
servility	n		7
serving	n		13,4		34:20
servitude	n		26
servo	an		6
servomechanical	a
sesotho	n		10
sesquipedalia	n		10
sesquipedalian	an		10
sesquipedality	n		10
sessile	a
session	n		10,28
set	anv	35,31	14,14	44
set-apart	a
set-aside	a
set-to	n		4
setaceous	a
setback	n		11		41:40
setose	a
setswana	n		10
setting	n		15,26
settle	nv	38,31	6	c0	38:80
settled	a
settling	n		11		38:80
setup	n		6,7
seven	an		23,6
seven-day	a
seven-fold	a
seven-membered	a
seven-sided	a
seven-up	n		4
sevenfold	a
sevens	n		4
seventeen	an		23
seventeenth	an		24
seventh	an		24,23
seventieth	an		24
seventy	an		23
seventy-eight	an		23,6
seventy-fifth	a
seventy-five	a
seventy-four	a
seventy-nine	a
seventy-one	a
seventy-seven	a
seventy-six	a
seventy-three	a
seventy-two	a
sever	v	35,35		40
severable	a
several	a
several-seeded	a
severalise	v	31,31		60
severalize	v	31,31		60
severalty	n		26,21
severance	n		11,4		35:40
severe	a
severed	a
severeness	n		7,7
severing	n		4		35:40
severity	n		7,7
sew	v	35,36		c0
sewed	a
sewing	n		4,6		35:c0
sewn	a
sex	nv	37,31	4,14	60	37:60
sex-limited	a
sex-linked	a
sex-starved	a
sexagenarian	an		18
sexagesimal	a
sexcapade	n		4
sexed	a
sexiness	n		12
sexism	n		4
sexist	an		18
sexless	a
sexlessness	n		7
sexploitation	n		4
sextet	n		10,23
sextuple	a
sexual	a
sexualise	v	30		60
sexuality	n		7
sexualize	v	30		60
sexy	a
seychellois	an		18
sforzando	n		10,10
sgml	n		10
shabbiness	n		7,4
shabby	a
shabby-genteel	a
shack	nv	42,38	6	80	42:80
shackle	nv	35,35	6,6	60	35:20
shackled	a
shade	nv	43,36	26,7	60	43:60
shaded	a
shadiness	n		26,7
shading	n		7,4		36:40
shadow	nv	38,43	26,15	60	43:60
shadowbox	v	35		80
shadowboxing	n		4		35:80
shadowed	a
shadowiness	n		26
shadowing	n		4		38:60
shadowy	a
shady	a
shaft	nv	40,33	10,10	60
shag	nv	38	27,17	80
shagged	a
shagginess	n		26,7
shaggy	a
shaggy-coated	a
shaggy-haired	a
shahadah	n		9
shahaptian	n		18,10
shakable	a
shake	nv	38,29	27,13	e0
shake-up	n		4		41:40
shakeable	a
shakedown	an		11,4
shaken	a
shakeout	n		26
shakespearean	an		18
shakespearian	an		18
shakeup	n		4		41:40
shakiness	n		26,7
shaking	n		4,26		38:e0
shaktism	n		14,9
shaky	a
shallow	anv	30,30	17	c0	30:80
shallow-draft	a
shallow-draught	a
shallowness	n		7,7
sham	anv	36,32	6,18	45	32:45
shamanise	v	41		80
shamanism	n		9,9
shamanist	a
shamanistic	a
shamanize	v	41		80
shamble	nv	38	4	80	38:80
shambles	n		26,6
shambling	n		4		38:80
shambolic	a
shame	nv	41,41	12,26	68	37:60
shamed	a
shamefaced	a
shamefacedness	n		12
shameful	a
shamefulness	n		7
shameless	a
shamelessness	n		7
shampoo	nv	29	6,4	e0	29:e0
shan	n		10
shanghai	nv	35	15	20
shank	nv	35	13,8	40
shanty	n		6,10
shape	nv	31,36	7,3	41	30:40
shape-up	n		4
shaped	a
shapeless	a
shapelessness	n		25,7
shapeliness	n		7
shapely	a
shaping	an		22,4		31:41
share	nv	42,40	21,21	e0	40:40
share-out	n		4
shared	a
shareholding	n		21
shareware	n		10
sharing	an		24,24		40:c0
shark	nv	41,33	5,18	80	33:80
sharp	an		10,6
sharp-angled	a
sharp-cornered	a
sharp-eared	a
sharp-eyed	a
sharp-limbed	a
sharp-nosed	a
sharp-pointed	a
sharp-set	a
sharp-sighted	a
sharp-sightedness	n		9,7
sharp-tasting	a
sharp-toothed	a
sharp-worded	a
sharpen	v	35,30		40
sharpened	a
sharpness	n		9,7
sharpshoot	v	33		80
shastan	n		10
shatter	v	30,30		c0
shattered	a
shattering	an		4		30:40
shatterproof	a
shave	nv	29,35	4	e0	29:e0
shaved	a
shaven	a
shavian	an		18
shaving	n		4,17		29:e0
shawnee	n		18,10
she-bop	v	35		a0
shear	nv	35,35	19,6	40	35:40
sheared	a
shearing	n		4		35:40
sheathe	v	35,35		40
sheathed	a
shed	anv	35,35	6	40
shedding	n		22,19		29:80
sheen	n		7
sheeny	an		18
sheepish	a
sheepishness	n		12
sheeplike	a
sheepshearing	n		28,4
sheer	av	38,38		c0
sheet	nv	43,35	17,10	e0
sheetlike	a
shekels	n		21
shelflike	a
shelfy	a
shell	nv	33,36	6,27	40	33:40
shell-less	a
shellac	nv	35	27,6	40	35:40
shellack	v	35		40
shelled	a
shellfire	n		4
shelling	n		4		33:40
shellproof	a
shelter	nv	42,40	6,6	60	42:60
sheltered	a
shelve	v	42,35		40
shelvy	a
shema	n		10
shemozzle	n		26
shenanigan	n		4,4
shepherd	nv	41,41	18,18	60	41:40
shew	v	31		44
shf	n		7
shiatsu	n		4
shibboleth	n		10,10
shield	nv	33,39	6,6	60	33:60
shield-shaped	a
shielded	a
shielding	n		4,6		33:60
shift	nv	30,38	11,11	c0	30:e0
shiftiness	n		7,7
shifting	an		4		38:80
shiftless	a
shiftlessness	n		7
shifty	a
shigellosis	n		26
shiism	n		9
shill	nv	41	18	80	41:80
shillyshally	nv	42,42	4	80	42:80
shiloh	n		4
shimmer	nv	43,42	11	80	42:80
shimmery	a
shimmy	nv	38,36	11,6	80
shin	nv	38	8,13	80
shina	n		10
shine	nv	43,43	7	80	43:40
shiner	n		26,17		43:80
shingle	nv	35	27,27	40	35:40
shingles	n		26
shingling	n		27,4		35:40
shingly	a
shingon	n		9
shininess	n		7
shining	an		4		35:40
shinney	n		4
shinny	nv	38	4	80
shinplaster	n		21
shinto	an		14,9
shintoism	n		9
shintoist	an		18
shintoistic	a
shiny	a
ship	nv	38,41	6	60	35:40
shipboard	a
shipbuilding	n		4
shipment	n		6,4		38:60
shipping	n		4,6		38:60
shipshape	a
shipwreck	nv	41,41	6,11	e0	39:60
shirk	v	41,32		60
shirking	n		4		41:40
shirr	v	30		40
shirring	n		4		30:40
shirt	nv	29	6	20	29:20
shirtsleeves	n		26
shirttail	n		10,6
shirty	a
shit	nv	32,29	27,10	a0	29:80
shitless	a
shitlist	n		10
shitting	n		22		29:80
shitty	a
shitwork	n		4
shivaism	n		14,9
shivaree	n		10
shiver	nv	38,29	4,12	80	29:80
shivering	an		26		29:80
shivery	a
shlep	nv	38,35	18,4	c0
shmaltz	n		7
shmegegge	n		10
shmoose	v	32		80
shmooze	nv	32	10	80
shnorr	v	40		c0
shoal	nv	30,30	17,17	c0	30:80
shoaly	a
shock	nv	37,37	12,4	60	29:40
shock-absorbent	a
shock-headed	a
shockable	a
shocked	a
shocker	n		18,10		37:60
shocking	a
shod	a
shodden	a
shoddiness	n		7,7
shoddy	an		27
shoe	nv	29	6,6	20	29:20
shoed	a
shoehorn	nv	30	6	40
shoeless	a
shoemaking	n		4
shoes	n		26
shoeshine	n		7,4
shoetree	nv	30	6	40
shogi	n		4
shona	an		18,10
shoo	v	38		60
shoo-in	n		11
shoot	nv	33,41	20,4	60	30:80
shoot-'em-up	n		10
shoot-down	n		4
shooting	n		4,4		33:c0
shootout	n		4
shop	nv	40,41	6,6	e0	41:60
shoplift	v	40		c0
shoplifting	n		4		40:c0
shopping	n		4,6		40:80
shopsoiled	a
shopworn	a
shore	nv	42,38	17,6	c0	38:80
shoreward	a
shoring	n		6,4		35:40
shorn	a
short	anv	41,36	6,6	60	36:40
short-beaked	a
short-billed	a
short-bodied	a
short-change	v	41,41		20
short-circuit	v	41,36		40
short-dated	a
short-eared	a
short-haired	a
short-handed	a
short-handled	a
short-headed	a
short-lived	a
short-nosed	a
short-order	a
short-range	a
short-run	a
short-snouted	a
short-spurred	a
short-staffed	a
short-stalked	a
short-stemmed	a
short-tailed	a
short-tempered	a
short-term	a
short-winded	a
short-winged	a
shortage	n		7,26
shortcoming	n		7
shorten	v	30,30		40
shortened	a
shortening	n		13,4		30:40
shortfall	n		7
shorthand	an		10
shortish	a
shortlist	nv	31	10	60
shortness	n		7,26
shortsighted	a
shortsightedness	n		26,7
shortstop	n		18,4
shoshone	n		18,10
shoshonean	n		10
shoshonian	n		10
shot	an		4,6
shoulder	nv	35,35	8,13	60	35:40
shouldered	a
shout	nv	32,32	10	c4	32:44
shouted	a
shouting	n		10,10		32:80
shove	nv	38,35	4	e0	38:60
shove-ha'penny	n		4
shove-halfpenny	n		4
shovel	nv	35	6,23	c0	35:c0
shovelboard	n		4
show	nv	39,31	4,10	64	39:60
show-stopper	n		10,7
showcase	n		26,6
showdown	n		10
shower	nv	40,35	6,4	40	29:80
showery	a
showiness	n		7
showing	n		10,4		39:60
showjumping	n		4
showmanship	n		9
showstopper	n		10,7
showy	a
shred	nv	35	23,6	c0	35:c0
shredded	a
shrew-sized	a
shrewd	a
shrewdness	n		9
shrewish	a
shrewishness	n		7
shriek	nv	32	10,11	c4	32:c4
shrieked	a
shrieking	n		10,11		32:c4
shrift	n		4
shrill	av	32		c4
shrilling	n		11		32:c4
shrillness	n		7,7
shrimp	nv	33	18,13	80	33:80
shrimpy	a
shrine	nv	35	6	60	35:60
shrink	nv	30,38	18	80
shrinkable	a
shrinkage	n		11,7		30:40
shrinking	n		11,4		30:40
shrinkwrap	v	35		40
shrive	v	32		20
shrivel	v	30,30		80
shriveled	a
shrivelled	a
shroud	nv	35,42	6,6	40
shrubby	a
shrug	nv	29	10	80	29:80
shrunken	a
shtick	n		23,4
shtik	n		23,4
shtup	n		4
shuck	nv	30,30	27	40	30:40
shucks	n		7,10
shudder	nv	29,38	12,4	80	38:80
shuddering	a
shuddery	a
shuffle	nv	38,38	4,4	c0	35:40
shuffleboard	n		4
shuffling	n		4,4		38:80
shufti	n		4
shuha	a
shun	v	32,41		60
shunning	n		4		32:60
shunt	nv	38,38	8,6	40	38:40
shush	v	30		20
shut	av	35,35		c0
shut-in	an		18
shutdown	n		4		41:c0
shuteye	n		26
shutout	n		11
shutter	nv	35	6,6	40	41:60
shuttered	a
shutting	n		4		35:40
shuttle	nv	38	6,6	80	38:80
shuttlecock	nv	33	6	40	33:40
shwa	n		10
shy	anv	38,35	4	c0	35:40
shyness	n		12
sialadenitis	n		26
siamese	an		10,18
siberian	an		18
sibilant	an		10		32:44
sibilate	v	32,32		c0
sibilation	n		11,10		32:80
sibine	n		10
sibyllic	a
sibylline	a
sic	v	33		40
sicilian	an		18
sick	anv	29	14	80	29:80
sick-abed	a
sicken	v	37,29		e0
sickening	a
sickeningness	n		7
sickish	a
sickle-shaped	a
sickly	a
sickness	n		26,26
side	anv	33	15,14	80
side-glance	n		4
side-look	n		4
side-slip	v	38		80
side-to-side	a
sidearm	a
sidebar	n		10,10
sideline	nv	41	15,6	20
sidelong	a
sidereal	a
sideropenia	n		26
siderosis	n		26
sideshow	n		11,4
sideslip	n		4,4
sidesplitter	n		10
sidesplitting	a
sidestep	nv	32	4	40
sidestroke	n		4
sideswipe	nv	35	11	40
sidetrack	nv	38	6	80
sideways	a
sidle	v	38,38		80
sids	n		26
siege	n		4
siesta	n		4
sieve	nv	41,35	6	60	35:40
sift	v	38,35		c0
sifting	n		4		35:40
sigeh	n		26
sigh	nv	29,32	10,11	c4	32:44
sight	nv	39,39	9,10	e0	39:60
sight-read	v	36		c0
sight-sing	v	36		c0
sighted	a
sightedness	n		9
sighting	n		4		39:60
sightless	a
sightlessness	n		26
sightly	a
sightread	v	36		c0
sightsee	v	38		80
sightseeing	n		4		38:80
sightsing	v	36		c0
sigint	n		4
sigma	n		10
sigmoid	a
sigmoidal	a
sigmoidectomy	n		4
sigmoidoscopy	n		4
sign	anv	32,41	10,10	c0	32:40
sign-language	a
signal	anv	32,32	10,16	e0	32:40
signaling	n		10		32:a0
signalisation	n		10		32:40
signalise	v	40,32		e0
signalization	n		10		32:40
signalize	v	40,32		e0
signature	n		10,7		32:c0
signed	a
significance	n		7,9
significant	a
signification	n		10		32:40
significative	a
signified	n		10
signifier	n		10		32:40
signify	v	32,32		40
signing	n		10		32:a0
signora	n		18,10
signorina	n		18,10
signory	n		21
signpost	nv	32	10	40	32:40
sikh	an		18
sikhism	n		9
silence	nv	30,30	26,7	60	30:60
silenced	a
silent	a
silents	n		10
silhouette	nv	39,36	15,6	60	39:60
siliceous	a
silicious	a
silicosis	n		26
silk-lined	a
silken	a
silkiness	n		7
silklike	a
silkscreen	nv	36	6	40
silky	a
silky-haired	a
silky-leafed	a
silky-leaved	a
silliness	n		7,7
silly	an		18
silt	nv	35	27	80	35:80
silty	a
silvan	an		18
silver	anv	35,30	27,21	40	35:40
silver-blue	a
silver-bodied	a
silver-colored	a
silver-gray	a
silver-green	a
silver-grey	a
silver-haired	a
silver-leafed	a
silver-leaved	a
silver-plate	v	35		40
silver-scaled	a
silver-tongued	a
silver-white	a
silverish	a
silvern	a
silverplate	v	35		40
silvery	a
silvery-blue	a
silvery-bodied	a
silvery-gray	a
silvery-green	a
silvery-grey	a
silvery-leafed	a
silvery-leaved	a
silvery-white	a
silviculture	n		9
simian	an		5
similar	a
similarity	n		7,9
simile	n		10
similitude	n		7,6
simmer	nv	30	7	c0	30:c0
simmering	n		4		30:c0
simmpleness	n		7
simoleons	n		21
simonise	v	35		40
simonize	v	35		40
simony	n		4
simoom	n		19
simoon	n		19
simper	nv	29	10	80
simple	an		20,18
simple-minded	a
simpleness	n		7,7
simplex	a
simplicity	n		7,7
simplification	n		10,4		30:40
simplified	a
simplify	v	30		40
simplism	n		10,4
simplistic	a
simulacrum	n		7,6
simulate	v	36,36		40
simulated	a
simulation	n		4,9		36:40
simulcast	n		10
simultaneity	n		7
simultaneous	a
simultaneousness	n		7
sin	nv	41,41	7,4	80	41:80
sincere	a
sincerity	n		12,7
sindhi	n		18,10
sinecure	n		21,4
sinew	n		8,7
sinewy	a
sinful	a
sinfulness	n		7
sing	v	36,36		c0
singable	a
singalong	n		4		36:80
singaporean	an		18
singe	nv	30,30	26	c0	30:40
singhalese	an		18,10
singing	an		4,10		36:40
single	anv	35	4,23	80	35:80
single-barreled	a
single-barrelled	a
single-bedded	a
single-breasted	a
single-celled	a
single-channel	a
single-foot	nv	38	4	80	38:80
single-handed	a
single-humped	a
single-lane	a
single-minded	a
single-mindedness	n		7
single-seeded	a
single-shelled	a
single-spaced	a
single-spacing	n		10
single-stranded	a
singleness	n		7,7
singles	n		4,4
singsong	anv	32,38	10,4	c0	38:40
singular	an		10
singularise	v	32		60
singularity	n		7,7
singularize	v	32		60
singultus	n		26
sinhala	an		10
sinhalese	an		18,10
sinister	a
sinistral	a
sinistrality	n		7
sinistrorsal	a
sinistrorse	a
sinitic	an		10
sink	nv	38,38	6,22	c0
sinkable	a
sinking	n		11,11		38:80
sinless	a
sinlessness	n		26
sinning	an		4		41:80
sino-tibetan	n		10
sinology	n		9
sinter	v	36		40
sintered	a
sinuate	a
sinuous	a
sinusitis	n		26
sinusoidal	a
siouan	an		18,10
siouan-speaking	a
sip	nv	34	4	40	34:40
siphon	nv	38,35	6,5	40	35:40
sirach	n		10
sire	nv	29	18,18	20	29:20
siriasis	n		26
sirocco	n		19
siss	v	32,32		c4
sissified	a
sissiness	n		7
sissy	an		18
sissyish	a
sisterlike	a
sisterly	a
sisyphean	a
sit	v	35,42		80
sit-down	n		4
sit-in	n		4		41:80
sit-up	n		4		38:80
sitcom	n		10,10
site	nv	40	15,15	60	40:60
sitting	an		4,4		39:80
situate	v	42,35		60
situated	a
situation	n		26,26
sivaism	n		14,9
six	an		23,6
six-fold	a
six-membered	a
six-pointed	a
six-sided	a
sixfold	a
sixpence	n		21
sixpenny	a
sixteen	an		23
sixteenth	an		24,23
sixth	an		24,23
sixtieth	an		24,23
sixty	an		23
sixty-eight	a
sixty-fifth	a
sixty-five	a
sixty-four	a
sixty-fourth	an		23
sixty-nine	an		4
sixty-one	a
sixty-seven	a
sixty-six	a
sixty-three	a
sixty-two	a
sizable	a
size	anv	35,31	7,7	40	30:40
sizeable	a
sizeableness	n		7
sized	a
sizz	v	32,32		c4
sizzle	nv	32,37	11	80
sizzling	a
skagit	n		18,10
skank	nv	38	27,4	80	38:80
skanky	a
skate	nv	38	6,5	c0	38:c0
skateboard	nv	38	6	80	38:80
skateboarding	n		4		38:80
skating	n		4		38:c0
skedaddle	nv	38	4	80
skeet	n		4
skeletal	a
skeleton	n		23,11
skeptical	a
skepticism	n		9,9
sketch	nv	36,32	6,10	40	36:40
sketchiness	n		26
sketchy	a
skew	av	30		c0
skew-eyed	a
skew-whiff	a
skewed	a
skewer	nv	35	6	40	35:40
skewness	n		7
ski	nv	38	6	c0	38:c0
skiagraphy	n		22
skid	nv	38,38	6,6	c0	38:40
skiffle	n		10
skiing	n		4		38:c0
skilful	a
skill	n		9,9
skilled	a
skillful	a
skillfulness	n		9
skim	anv	38,35	17,10	c0	35:40
skimcoat	v	35		40
skimmed	a
skimming	n		4,10		35:40
skimp	v	41,41		c0
skimpy	a
skin	nv	38,35	8,6	c0	35:40
skin-deep	a
skin-dive	nv	38	4	80	38:80
skin-tight	a
skincare	n		4
skinless	a
skinned	a
skinnerian	an		18
skinniness	n		7
skinny	an		10
skinny-dip	nv	38	4	80	38:80
skint	a
skintight	a
skip	nv	31,42	4,4	40	38:80
skip-bomb	v	33		40
skipper	nv	41	18,18	80	42:40
skirl	nv	39,36	11	80	36:80
skirmish	nv	33	4	80	33:80
skirt	nv	32,38	6,6	40
skirting	a
skit	n		4
skitter	v	38,38		80
skittish	a
skittishness	n		7
skittle	nv	33	6	80	33:80
skittles	n		4
skive	v	35		40
skreak	v	39,32		80
skreigh	v	32		80
skulduggery	n		10
skulk	v	42,41		80
skulking	n		4		41:80
skullduggery	n		10
skunk	nv	33	18,11	20	33:20
sky	nv	35	17	40
sky-blue	an		7
skydive	v	38		80
skydiving	n		4		38:80
skyjack	v	35		60
skylark	nv	38	5	80
skyrocket	nv	38	10,6	80	38:80
skyward	a
skywriting	n		10
slabber	v	29		80
slack	anv	41,31	27,22	c0	30:40
slacken	v	30,30		c0
slackening	n		11		30:40
slacking	n		4		41:80
slackness	n		7,7
slag	nv	30	27	40
slain	an		14
slake	v	34,30		40
slaked	a
slalom	nv	38	11	80	38:80
slam	nv	35,35	11,11	e0	35:c0
slam-bang	a
slam-dunk	v	41,35		e0
slander	nv	32	10,4	60	32:60
slanderous	a
slang	nv	32,32	10,10	a0	32:20
slanginess	n		7
slanguage	n		10
slangy	a
slant	nv	42,31	9,7	e0	31:60
slanted	a
slanting	a
slap	nv	35	11,4	60	35:60
slap-up	a
slapdash	a
slaphappy	a
slapshot	n		4
slapstick	an		10,6
slash	nv	35,35	26,17	60	35:40
slashed	a
slashing	a
slat	nv	40,35	6	40	35:40
slate	nv	31,41	6,27	21	35:40
slate-black	a
slate-gray	a
slate-grey	a
slatey	a
slather	v	35		40
slating	n		27,10
slatternliness	n		7
slatternly	a
slaty	a
slaty-gray	a
slaty-grey	a
slaughter	nv	35,30	4,11	60	35:60
slaughterous	a
slav	an		18
slave	nv	41	18,18	80	41:80
slaveholding	an		4
slaveless	a
slavelike	a
slaver	nv	29	18,18	80
slavery	n		26,4
slavic	an		10
slavish	a
slavonic	an		10
slay	v	41		20
slaying	n		4		41:20
sle	n		26
sleaze	n		7
sleaziness	n		7,7
sleazy	a
sled	nv	38	6	80	38:80
sledding	n		4,4		38:80
sledge	nv	38,38	6,6	e0	38:80
sledgehammer	nv	35	6	40	35:40
sleek	av	35		40
sleekness	n		7,7
sleep	nv	29,42	26,26	c0	29:80
sleep-learning	n		4
sleepiness	n		26
sleeping	an		9,4		29:80
sleepless	a
sleeplessness	n		26
sleepover	n		11		42:80
sleepwalk	v	38		80
sleepwalking	n		4		38:80
sleepy	a
sleepy-eyed	a
sleepyheaded	a
sleet	nv	43	19	80	43:80
sleety	a
sleeved	a
sleeveless	a
sleigh	nv	38	6	80	38:80
sleight	n		9
slender	a
slender-bodied	a
slender-waisted	a
slender-winged	a
slenderise	v	30		40
slenderize	v	30,29		c0
slenderness	n		7,7
sleuth	nv	32	18	80	32:80
sleuthing	n		4		32:80
slew	nv	38,38	23	80
slice	nv	35,35	21,13	c0	35:40
sliced	a
slicing	n		4,4		35:c0
slick	anv	35,29	7,10	40	29:40
slicked	a
slickness	n		10,7
slide	nv	38,38	6,11	80	38:80
sliding	a
slight	anv	31	4	60	31:60
slighting	a
slightness	n		7,7
slim	av	29		80
slim-bodied	a
slim-waisted	a
slime	nv	35	27	40	35:40
slimed	a
sliminess	n		7,7
slimness	n		7,7
slimy	a
sling	nv	35,38	13,6	40	35:40
slinging	n		4		35:40
slink	v	38		80
slip	nv	38,30	4,4	c0	31:80
slip-up	n		4		31:80
slippage	n		22,22		30:80
slipper-shaped	a
slippered	a
slipperiness	n		7,7
slippery	a
slipping	a
slippy	a
slipshod	a
slipstream	n		19
slit	nv	35,35	6,8	40	35:40
slither	v	38		80
slithering	a
slithery	a
sliver	nv	41,30	17,17	c0	30:40
slivery	a
slobber	nv	29	8	80	29:80
slog	v	41,38		80
slogan	n		10
sloganeer	nv	36	18	80	36:80
sloganeering	n		10		36:80
slop	nv	35,38	13,27	c0	35:40
slope	nv	38	17,7	80	38:80
sloped	a
sloping	a
slopped	a
sloppiness	n		26,26
sloppy	a
slosh	v	39,38		80
sloshed	a
slot	nv	31	10,6	40
sloth	n		7,5
slothful	a
slothfulness	n		7
slouch	nv	38,38	18,7	80	38:80
slouchy	a
slough	nv	29	26,17	80
sloughing	n		22		29:80
sloughy	a
slovak	n		18,10
slovakian	a
slovene	n		18,10
slovenian	an		18
slovenliness	n		26,7
slovenly	a
slow	av	30,30		c0
slow-moving	a
slow-witted	a
slow-wittedness	n		9
slowdown	n		4		30:c0
slowgoing	a
slowing	n		7		30:80
slowness	n		9,7
slub	n		7
slubbed	a
slue	v	38,38		80
slug	nv	35,41	6,23	a0
slugfest	n		4
sluggish	a
sluggishness	n		26,7
sluice	nv	43,30	6	c0	38:40
sluicing	a
slum	nv	41	15	40	41:40
slumber	nv	29	26,26	80	29:80
slumberous	a
slumbery	a
slumbrous	a
slummy	a
slump	nv	38,38	22,26	80	30:80
slur	nv	36,32	10,10	60	36:40
slurp	v	34		c0
slurred	a
slush	nv	39,35	27	80
slushy	a
sluttish	a
sluttishness	n		7
sly	a
slyness	n		9
sm	n		27,10
smack	nv	35,39	11,9	60	35:60
smacker	n		4,4		35:60
smacking	n		4		35:60
small	an		8,7
small-cap	a
small-capitalisation	a
small-capitalization	a
small-eared	a
small-fruited	a
small-grained	a
small-minded	a
small-scale	a
small-seeded	a
small-time	a
small-toothed	a
small-winged	a
smaller	a
smallholding	n		21
smallish	a
smallness	n		7,7
smallpox	n		26
smarm	n		10
smarminess	n		7
smarmy	a
smart	anv	39	26	80	39:80
smarting	n		26		39:80
smartness	n		26,9
smash	nv	35,30	11,11	60	35:40
smash-up	n		11
smashed	a
smashing	an		4		30:40
smatter	v	41,32		c8
smattering	n		23,9		32:40
smear	nv	35,35	10,8	40	32:60
smell	nv	39,39	9,7	f0	39:80
smelling	an		4		39:60
smelly	a
smelt	nv	36	13,5	40
smile	nv	29,32	10	c0	32:40
smiley	n		10
smiling	an		10		29:80
smirch	nv	35,32	7,4	60	35:40
smirk	nv	29	10	80	29:80
smite	v	35,37		60
smitten	a
smock	nv	36	6	40	36:40
smog	n		26
smogginess	n		26
smoggy	a
smoke	nv	34,43	19,22	c0	43:80
smoke-cured	a
smoke-dried	a
smoke-filled	a
smoke-free	a
smoked	a
smokeless	a
smokescreen	n		6,4
smoking	an		4,22		34:c0
smoky	a
smolder	nv	30,37	11	80
smoldering	a
smooch	nv	35	4	80	35:80
smooching	n		4		35:80
smooth	anv	35,35	4	40	35:40
smooth-bodied	a
smooth-faced	a
smooth-haired	a
smooth-shaven	a
smooth-shelled	a
smooth-skinned	a
smooth-spoken	a
smooth-textured	a
smooth-tongued	a
smoothbore	an		6
smoothed	a
smoothen	v	35,35		40
smoothened	a
smoothness	n		7,10
smother	nv	35,35	26,19	60
smothered	a
smothering	a
smoulder	nv	37,30	11	80	30:80
smouldering	a
smudge	nv	35	11,7	40	35:40
smudgy	a
smug	a
smuggle	v	40		e0
smuggled	a
smuggling	n		4		40:e0
smugness	n		12
smut	nv	30,30	27,26	40	30:40
smutch	v	35		40
smuttiness	n		26,7
smutty	a
snack	nv	34	13	80	34:80
snaffle	nv	40,35	6	40	35:40
snafu	anv	30	4	40	30:40
snag	nv	35,40	25,20	40	35:40
snail	nv	35	5,13	80	35:80
snake	nv	38,42	5,18	80
snake-haired	a
snakebite	n		26
snakelike	a
snaky	a
snap	nv	32,35	4,28	c4	35:60
snappish	a
snappishness	n		7
snappy	a
snare	nv	35,32	9,6	60	32:60
snarf	v	40		40
snarl	nv	32,32	10,10	84	32:80
snarled	a
snarly	a
snatch	nv	35,35	10,8	60
snazzy	a
sneak	anv	38,41	18,18	c0	38:80
sneakiness	n		7
sneaking	a
sneaky	a
sneer	nv	29,29	10,10	80	29:80
sneering	a
sneeze	nv	29	26	80	29:80
sneezing	n		26		29:80
sneezy	a
snick	nv	35,35	4,4	40	35:40
snicker	nv	29	10	80	29:80
snickersnee	n		4
snide	a
sniff	nv	39,29	4	e0	39:60
sniffle	nv	29,29	4	80	29:80
sniffly	a
sniffy	a
snigger	nv	29	10	80	29:80
snip	nv	35,35	6,4	60	35:40
snipe	nv	33,33	5,4	80	33:80
snit	n		26
snitch	nv	40,32	18	e0	32:a0
snivel	nv	32,29	4,4	84	29:80
sniveling	n		4		29:80
snobbery	n		7
snobbish	a
snobbishness	n		7
snobbism	n		7
snobby	a
snog	v	35		e0
snogging	n		4		35:e0
snooker	nv	41,33	4	a0	33:80
snoop	nv	32	18	80	32:80
snoopiness	n		9
snoopy	an		18
snootiness	n		7
snooty	a
snooze	nv	29	4	80	29:80
snore	nv	29	11,4	80	29:80
snoring	n		4		29:80
snorkel	nv	38	6,6	80	38:80
snorkeling	n		4		38:80
snort	nv	32,29	10,10	80	32:80
snorter	n		18,9		32:80
snorting	n		4		29:80
snorty	a
snot-nosed	a
snotty	a
snotty-nosed	a
snow	nv	43,32	19,27	a0	43:80
snow-blind	av	39		40
snow-blinded	a
snow-blindness	n		26
snow-capped	a
snow-clad	a
snow-covered	a
snow-white	a
snowball	nv	30,35	20,13	c0
snowblindness	n		26
snowboard	nv	38	6	80	38:80
snowboarding	n		4		38:80
snowbound	a
snowfall	n		19
snowflake	n		19,5
snowmobile	nv	38	6	80	38:80
snowshoe	nv	38	6	80
snowstorm	n		19
snowy	a
snp	n		19
snub	anv	32,32	10,4	64	32:60
snub-nosed	a
snuff	anv	39,29	27,23	40
snuff-brown	a
snuff-color	n		7
snuff-colour	n		7
snuffle	nv	39,29	4	c0	29:80
snuffling	a
snuffly	a
snug	an		6
snuggle	nv	35,35	4	c0	35:80
snuggled	a
snuggling	n		4		35:80
snugness	n		26
so	n		10
so-called	a
so-so	a
soak	nv	35,40	22,4	a0	30:40
soakage	n		22		35:a0
soaked	a
soaker	n		19,18		30:40
soaking	n		22,4		35:a0
soap	nv	29	6,21	60	29:60
soapiness	n		7
soapy	a
soar	nv	38,38	4	80	38:80
soaring	an		4		38:80
sob	nv	29	26,18	80
sobbing	n		4		29:80
sober	av	30,30		c0
sobering	a
soberness	n		26,7
sobersided	a
sobriety	n		26,7
sobriquet	n		10
socage	n		4
soccer	n		4
sociability	n		7
sociable	an		14
sociableness	n		7
social	an		14
socialisation	n		4,4		30:40
socialise	v	41,41		a0
socialised	a
socialising	n		4		41:80
socialism	n		9,14
socialist	an		18
socialistic	a
sociality	n		7
socialization	n		4,4		30:40
socialize	v	41,41		a0
socialized	a
socializing	n		4		41:80
societal	a
sociobiologic	a
sociobiological	a
sociobiology	n		9
sociocultural	a
socioeconomic	a
sociolinguistic	a
sociolinguistics	n		9
sociological	a
sociology	n		9
sociometry	n		9
sociopathic	a
sock	nv	35	6,10	20
socratic	a
sod	nv	35	17,27	40	35:40
sodden	a
sodding	a
sodoku	n		26
sodomise	v	41,41		60
sodomize	v	41,41		60
sodomy	n		4		41:20
soft	a
soft-boiled	a
soft-finned	a
soft-footed	a
soft-haired	a
soft-nosed	a
soft-pedal	v	32		40
soft-shoe	n		4
soft-soap	v	32,32		20
soft-solder	v	35		40
soft-spoken	a
soft-witted	a
softball	n		6,4
soften	v	39,30		c0
softened	a
softening	an		22		30:40
softheaded	a
softhearted	a
softheartedness	n		12
softish	a
softness	n		7,26
software	n		10
sogginess	n		26
soggy	a
soh	n		10
soi-disant	a
soigne	a
soignee	a
soil	nv	35	26,27	40	35:40
soil-building	a
soiled	a
soiling	n		4		35:40
soilure	n		4		35:40
soissons	n		4
soixante-neuf	n		4
sojourn	nv	42	4	40	42:40
sokoro	n		10
solace	nv	37	12,26	60	37:60
solacement	n		26,12		37:60
solanaceous	a
solar	a
solarisation	n		7		39:40
solarise	v	39,39		c0
solarization	n		7		39:40
solarize	v	39,39		c0
sold	a
sold-out	a
solder	nv	35	27	40	35:40
soldering	n		4		35:40
soldier	nv	33	18,5	80	33:80
soldiering	n		9,4		33:80
soldierlike	a
soldierly	a
soldiership	n		9
sole	anv	30	6,13	40	30:40
solecism	n		4
soled	a
soleless	a
solemn	a
solemness	n		7
solemnisation	n		4		41:40
solemnise	v	41,41		40
solemnity	n		7,12
solemnization	n		4		41:40
solemnize	v	41,41		40
solfa	n		10
solfege	n		4,4
solfeggio	n		4,4
solferino	n		7,4
solicit	v	32,41		60
solicitation	n		10,10		32:40
solicitorship	n		4
solicitous	a
solicitousness	n		12
solicitude	n		12
solid	an		27,26		30:80
solid-colored	a
solid-coloured	a
solid-hoofed	a
solid-state	a
solidarity	n		7
solidification	n		22		30:40
solidified	a
solidify	v	30,30		c0
solidifying	n		22		30:40
solidity	n		7,26
solidness	n		26,7
solidus	n		21,10
soliloquise	v	32		80
soliloquize	v	32		80
soliloquy	n		10,10		32:80
solipsism	n		9
solitariness	n		26,7
solitary	an		26,18
soliton	n		11
solitude	n		26,26
solmisation	n		10
solmizate	v	36,36		c0
solmization	n		10,4		36:40
solo	anv	38,36	4,10	80	36:80
solomonic	a
solresol	n		10
solubility	n		23,7
soluble	a
solubleness	n		7
solution	n		27,10
solvability	n		7
solvable	a
solvate	nv	30,30	27	c0	30:80
solvation	n		22		30:40
solve	v	31,31		c0
solved	a
solvency	n		26
solvent	an		27,10		30:40
solving	n		4		31:c0
somaesthesia	n		9,9
somaesthesis	n		9
somali	an		18,10
somalian	an		18
somataesthesis	n		9
somatesthesia	n		9,9
somatic	a
somatogenetic	a
somatogenic	a
somatosense	n		9
somatosensory	a
somatotype	n		7
somber	a
somberness	n		26,12
sombre	a
sombreness	n		26,12
some	a
somersault	nv	38	4	80	38:80
somersaulting	n		4		38:80
somerset	n		15,4
somesthesia	n		9,9
somesthesis	n		9
sometime	a
somme	n		4,4
somnambulate	v	38		80
somnambulation	n		4		38:80
somnambulism	n		4
somniferous	a
somnific	a
somniloquism	n		4
somniloquy	n		4
somnolence	n		26
somnolent	a
somrai	n		10
sonant	an		10		32:40
sonata	n		10
sonatina	n		10
song	n		10,11		36:80
songbook	n		10
songful	a
songfulness	n		7
songhai	n		10
songlike	a
sonic	a
sonnet	nv	36,36	10	e0	36:80
sonography	n		4
sonority	n		7
sonorous	a
sonorousness	n		7
sonsie	a
sonsy	a
soot	nv	35	27	40	35:40
soot-black	a
sooth	n		7
soothe	v	37,29		60
soothing	a
soothsaying	n		9
sootiness	n		26
sooty	a
sooty-black	a
sop	nv	40,35	13,10	a0	35:40
sophism	n		9
sophistic	a
sophistical	a
sophisticate	nv	41,32	18	40	41:40
sophisticated	a
sophistication	n		9,9		32:40
sophistry	n		9
sophomore	an		18
sophonias	n		18,10
sopor	n		26
soporiferous	a
soporific	an		6
soppy	a
sopranino	a
soprano	an		18,10
sorb	nv	35	13	40
sorbed	a
sorbefacient	a
sorbian	n		18,10
sorcerise	v	30		60
sorcerize	v	30		60
sorcerous	a
sorcery	n		9		30:60
sordid	a
sordidness	n		26,7
sore	an		26
sore-eyed	a
soreness	n		26,12
sororal	a
sorption	n		22		35:40
sorrel	an		20,20
sorriness	n		7
sorrow	nv	37	12,12	80	37:80
sorrowful	a
sorrowfulness	n		26,12
sorrowing	a
sorry	a
sort	nv	41,31	9,7	60	31:60
sorted	a
sortie	n		4,4
sorting	n		22,9		31:60
sortition	n		4
sos	n		10
soteriological	a
soteriology	n		9
sotho	an		18,10
sottish	a
sottishness	n		26,7
sou	n		21
sou'easter	n		19
sou'wester	n		19,6
soubrette	n		18,9
soubriquet	n		10
souffle-like	a
sough	v	32		80
soughing	a
sought	a
sought-after	a
soul-destroying	a
soul-searching	n		9
soul-stirring	a
soulful	a
soulfulness	n		12
soulless	a
sound	anv	39,39	7,9	90	39:40
soundable	a
sounding	an		7,4		30:40
soundless	a
soundlessness	n		7
soundness	n		26,7
soundproof	av	30		40
soup	nv	29	13,27	60
soupiness	n		7,7
soupy	a
sour	anv	30,39	13,9	c0	39:c0
sour-tasting	a
source	nv	40,31	15,10	c0	31:40
soured	a
souring	n		22		30:80
sourish	a
sourness	n		9,7
souse	nv	30,35	18,13	40	34:80
soused	a
sousing	n		4		30:40
south	an		15,15
south-central	a
south-polar	a
southbound	a
southeast	an		24,15
southeaster	n		19
southeasterly	a
southeastern	a
southeastward	an		24
souther	n		19
southerly	an		19
southern	a
southernism	n		10,9
southernmost	a
southernness	n		7
southmost	a
southward	an		24
southwest	an		24,15
southwester	n		19
southwesterly	a
southwestern	an		10
southwestward	an		24
souvenir	n		6,9
sovereign	an		18
sovereignty	n		26,26
soviet	an		14
sovietise	v	41,36		40
sovietize	v	41,36		40
sow	nv	35,32	5	40
sown	a
sozzled	a
space	nv	38	3,25	40	38:40
space-time	n		9
spaced	a
spaced-out	a
spacefaring	n		4
spaceflight	n		4
spacewalk	v	38		80
spacey	a
spacial	a
spacing	n		28,7		38:40
spaciotemporal	a
spacious	a
spaciousness	n		7
spacy	a
spade	nv	35	6,6	c0	35:c0
spade-like	a
spade-shaped	a
spadework	n		4
spallation	n		22
spam	nv	32	13,10	60
span	nv	42	28,7	40	42:40
spang	v	35		c0
spangle	nv	39,36	6	c0	36:40
spangled	a
spangly	a
spanish	an		10,18
spanish-speaking	a
spank	nv	35	4	20	35:20
spanking	an		4		35:20
spar	nv	40,35	27,6	c0	40:40
spare	anv	41,41	6,6	60
spareness	n		7,7
sparge	nv	38,30	4	40
sparing	a
spark	nv	36,43	11,7	c0	43:80
sparkle	nv	43,30	7,11	80	30:80
sparkler	n		21,6		43:80
sparkling	an		11		43:80
sparkly	a
sparring	n		10,4		32:80
sparrow-sized	a
sparse	a
sparseness	n		7
sparsity	n		7
spartan	an		18
spasm	n		26,4
spasmodic	a
spasmolysis	n		4
spastic	an		18
spasticity	n		7
spat	nv	43,35	10,6	80	32:80
spatchcock	nv	36,36	13	40	36:40
spate	n		23,11
spatial	a
spatiality	n		7
spatiotemporal	a
spatter	nv	35,43	11,4	e0	35:40
spattered	a
spattering	n		11,4		35:60
spatula-shaped	a
spatulate	a
spavin	n		26
spavined	a
spawn	nv	36,29	5	c0
spay	v	29		20
spayed	a
spaying	n		4		29:20
speak	v	32,32		80
speakable	a
speakership	n		4
speaking	an		10,10		32:c0
spear	nv	35,42	6,6	c0	42:80
spearhead	nv	41	18,14	40	41:40
spearhead-shaped	a
spec	n		10
special	an		10,13
specialisation	n		22,4		30:80
specialise	v	41,32		c4
specialised	a
specialism	n		9,4
specialistic	a
speciality	n		7,7
specialization	n		4,4		30:40
specialize	v	30,32		c4
specialized	a
specialness	n		7,7
specialty	n		7,7
speciate	v	30		80
speciation	n		22		30:80
specie	n		21
species	n		14,9
specifiable	a
specific	an		9,6
specification	n		10,10		32:c4
specificity	n		7,7
specified	a
specify	v	32,32		c4
specimen	n		9,8
specious	a
speciousness	n		7
speck	nv	35	7,27	40	35:40
specked	a
speckle	nv	35,35	7	40	35:40
speckled	a
speckless	a
spectacle	n		10,6
spectacled	a
spectacular	an		10
spectate	v	39		80
specter	n		9,18
spectral	a
spectre	n		18,9
spectrographic	a
spectrometric	a
spectrometry	n		4
spectroscopic	a
spectroscopical	a
spectroscopy	n		4
spectrum	n		19,7
specular	a
speculate	v	31,32		84
speculation	n		10,9		32:84
speculative	a
speculativeness	n		26,7
speech	n		10,10		32:a0
speech-endowed	a
speech-read	v	31		c0
speechify	v	32		80
speechless	a
speechlessness	n		7
speechmaking	n		10
speed	nv	38,30	28,7	c0	38:80
speed-reading	n		9
speediness	n		7
speeding	n		4		38:80
speedup	n		4		30:c0
speedy	a
spelaeology	n		9,4
speleology	n		9,4
spell	nv	32,32	26,28	40	32:20
spell-bound	a
spell-checker	n		10
spellbind	v	37,32		60
spellbinding	a
spellbound	a
spelldown	n		11
speller	n		18,10		32:40
spelling	n		10		36:40
spelunk	v	31		80
spend	v	42,40		40
spendable	a
spending	n		4,21		40:40
spendthrift	an		18
spent	a
sperm-filled	a
spermatic	a
spermatogenesis	n		22
spermicidal	a
spermous	a
spew	v	29,29		c0
spf	n		7
sphacelate	v	29		80
sphacelus	n		26,19		29:80
sphere	n		26,6
spheric	a
spherical	a
sphericalness	n		7
sphericity	n		7
spheroidal	a
sphingine	a
spic	an		18
spic-and-span	a
spicate	a
spiccato	n		4
spice	nv	30,39	27,13	40	39:40
spice-scented	a
spicery	n		7		39:40
spiciness	n		7,7
spick	an		18
spick-and-span	a
spicy	a
spider	n		5,10
spider-shaped	a
spiderlike	a
spiderly	a
spidery	a
spiel	nv	36,32	10	c0	32:80
spiff	n		7
spiffing	a
spiffy	a
spike	nv	41,35	11,6	40	30:80
spiked	a
spikelike	a
spiky	a
spill	nv	35,38	27,6	c0	35:40
spillage	n		23,4		35:40
spillikins	n		4
spillover	n		19
spin	nv	38,38	11,4	c0	38:40
spin-dry	v	30		40
spinal	an		26
spindle-legged	a
spindle-shanked	a
spindle-shaped	a
spindly	a
spine-tipped	a
spineless	a
spinelessness	n		7
spininess	n		7
spinnability	n		7
spinnable	a
spinnbar	a
spinnbarkeit	n		7
spinning	n		4		35:c0
spinose	a
spinous	a
spinsterhood	n		26
spiny	a
spiny-backed	a
spiny-edged	a
spiny-finned	a
spiny-leafed	a
spiny-leaved	a
spiny-stemmed	a
spiral	anv	38,42	25,25	80	42:80
spiral-shelled	a
spiraling	a
spirant	an		10
spirit	nv	30	18,26	60	35:40
spirited	a
spiritedness	n		7
spiritise	v	35		40
spiritism	n		7
spiritize	v	35		40
spiritless	a
spiritlessness	n		7
spiritous	a
spiritual	an		10
spiritualisation	n		4		31:40
spiritualise	v	31,30		40
spiritualism	n		9,9
spiritualist	an		18
spiritualistic	a
spirituality	n		21,7
spiritualization	n		4		31:40
spiritualize	v	31,30		60
spiritualty	n		21
spirituous	a
spirometry	n		4
spirt	nv	38,38	11	80	38:80
spit	nv	29,32	17,8	c0	29:c0
spitball	n		6,4
spite	nv	37	12,7	60	37:60
spiteful	a
spitefulness	n		12,7
spitter	n		18,4		29:c0
spitting	n		4		29:c0
splanchnic	a
splash	nv	35,38	11,26	e0	39:80
splashdown	n		4
splashed	a
splashiness	n		7
splashing	n		4,4		35:60
splashy	a
splat	nv	39,30	11,6	c0	30:80
splatter	nv	35,35	11,23	60	39:80
splattered	a
splattering	n		11,4		35:60
splay	anv	38,38	6	c0
splayfoot	an		8
splayfooted	a
spleen	n		8,12
splendid	a
splendiferous	a
splendor	n		7,7
splendour	n		7,7
splenectomy	n		4
splenetic	a
splenic	a
splenitis	n		26
splenomegaly	n		26
splice	nv	35,41	6,6	60	35:40
splint	nv	29	17,6	40	29:40
splinter	nv	41,41	17	c0	30:80
splintering	n		4		41:40
splinterless	a
splinterproof	a
splintery	a
split	anv	41,35	4,23	e0
splitsville	n		4
splitting	a
splodge	n		7
splosh	v	39,38		80
splotch	nv	35	7	40	35:40
splotched	a
splurge	nv	40,39	10,4	80	39:80
splutter	nv	32,29	11,10	40	32:40
spoil	nv	41,30	21,4	c0	35:40
spoilable	an		13
spoilage	n		23,22		30:80
spoilation	n		4		35:40
spoiled	a
spoiling	n		22,4		30:80
spoilt	a
spoken	a
spoliation	n		4,4		30:40
spondaic	a
spondaise	v	36		40
spondaize	v	36		40
spondee	n		10
spondylarthritis	n		26
spondylitis	n		26
spondylolisthesis	n		26
sponge	nv	35,40	27,18	c0	35:40
spongelike	a
sponginess	n		7,7
spongioblastoma	n		26
spongy	a
sponsor	nv	40,40	18,18	60	40:40
sponsorship	n		4
spontaneity	n		7
spontaneous	a
spontaneousness	n		7
spoof	nv	32	10	60	32:60
spook	nv	37	18,9	60	37:60
spooky	a
spool	nv	40,35	6	40	35:40
spoon	nv	35,35	6,23	c0	35:40
spoon-shaped	a
spoonerism	n		10
spoonfeed	v	34,32		60
spoonfeeding	n		4,4		34:20
sporadic	a
spore-bearing	a
sporogenous	a
sporotrichosis	n		26
sport	nv	42,38	4,4	c0	38:80
sportfishing	n		4
sporting	a
sportive	a
sportiveness	n		7
sportscast	nv	32	10	80
sportsmanlike	a
sportsmanship	n		7
sporty	a
sporulate	v	36,30		c0
sporulation	n		22		36:80
spot	nv	39,39	15,10	60
spot-check	v	31		c0
spot-weld	nv	35	6	40	35:40
spot-welding	n		4		35:40
spotless	a
spotlessness	n		26
spotlight	nv	30,30	26,6	40	30:40
spots	n		26
spotsylvania	n		15,4
spotted	a
spotting	n		4,4		35:40
spotty	a
spotweld	v	35		40
spousal	a
spout	nv	38,32	6	80	38:80
spouting	a
sprachgefuhl	n		9
sprain	nv	29	26	40	29:40
sprawl	nv	35,38	15,7	80	35:80
sprawling	an		7		35:80
sprawly	a
spray	nv	35,35	27,23	c0
spray-dried	a
spray-dry	v	30		40
spraying	n		4,23		35:40
spread	anv	35,35	11,7	c0	38:c0
spread-eagle	av	29,42		60
spread-out	a
spreadeagle	v	33		20
spreadhead	n		10
spreading	n		11,10		42:40
spreadsheet	n		10
sprechgesang	n		10
sprechstimme	n		10
spree	nv	34	4	80	34:80
sprigged	a
sprightliness	n		7
sprightly	a
spring	nv	38,42	28,6	80
spring-blooming	a
spring-clean	v	35		80
spring-cleaning	n		4		35:80
spring-flowering	a
spring-loaded	a
springboard	n		6,4
springiness	n		7
springless	a
springlike	a
springtide	n		11,11
springy	a
sprinkle	nv	35,35	19,4	60	43:80
sprinkling	n		23,19		35:40
sprint	nv	38	4	80	38:80
sprites	n		19
spritz	nv	35,35	11	40	35:40
sprout	nv	30,29	20,13	80	29:80
sprouted	a
sprouting	n		22		30:80
spruce	anv	30,29	20,20	e0
spruceness	n		26
sprue	n		26
spry	a
spud	nv	35,30	13,6	c0
spue	v	29,29		c0
spume	nv	30	17	80	30:80
spumy	a
spunk	n		27,7
spunky	a
spur	nv	41,37	10,25	60	37:60
spur-of-the-moment	a
spurious	a
spuriousness	n		26
spurn	v	32		60
spurned	a
spurring	n		10		41:40
spurt	nv	38,38	11	80	38:80
spurting	a
sputter	nv	39,30	11,10	c0	39:80
sputtering	n		11		39:80
spy	nv	39,32	18,18	e0	32:80
spying	n		4,4		32:80
spyware	n		10
squab	an		13,6
squabble	nv	32	10	80	32:80
squabby	a
squalid	a
squalidness	n		26
squall	nv	32,32	19	80	43:80
squalling	a
squally	a
squalor	n		26
squamulose	a
squander	v	40,34		40
squandered	a
squandering	n		4		34:40
squandermania	n		4
square	anv	30,31	25,23	40	30:40
square-bashing	n		4
square-built	a
square-jawed	a
square-rigged	a
square-shaped	a
square-shouldered	a
square-tailed	a
square-toed	a
squared	a
squared-toe	a
squareness	n		7
squarish	a
squash	nv	35	20,13	60
squashed	a
squashy	a
squat	anv	35,42	4,23	c0	35:80
squatness	n		7
squattiness	n		7
squatting	n		4,4		35:80
squatty	a
squawk	nv	32,32	11,10	84	32:80
squawky	a
squeak	nv	39	11,4	80	39:80
squeaker	n		6,4		39:80
squeaking	a
squeaky	a
squeal	nv	32,32	11	80	32:80
squealing	a
squeamish	a
squeamishness	n		26,7
squeegee	nv	35	6	40	35:40
squeezability	n		7
squeezable	a
squeeze	nv	35,35	4,26	60	35:40
squeezing	n		4		35:60
squelch	nv	30,39	10,6	c0	30:40
squelched	a
squelcher	n		10,6		30:40
squiffy	a
squiggle	n		10,10
squiggly	a
squinch	nv	38,38	6	80
squinched	a
squint	anv	29,39	26,4	80	39:80
squint-eyed	a
squinting	a
squinty	a
squire	nv	38	18,18	20	38:20
squirm	nv	38	4	80	38:80
squirrel-sized	a
squirt	nv	35,35	18,11	40	35:40
squirting	a
squish	nv	38,35	11	c0
squishy	a
sspe	n		26
stab	nv	35,35	12,4	60	35:60
stabbing	a
stabile	an		6
stabilisation	n		4,4		30:40
stabilise	v	35,30		e0
stabilised	a
stabilising	a
stability	n		7,26
stabilization	n		4,4		30:40
stabilize	v	30,35		60
stabilized	a
stabilizing	a
stable	anv	41	6	40	41:40
stableness	n		7
staccato	a
stack	nv	35,35	14,23	40	35:40
stacked	a
staff	nv	33,33	14,6	40	33:40
stag	nv	41,32	5,5	a0
stage	nv	36,36	28,26	40
stage-struck	a
stagecraft	n		9
staged	a
stagey	a
stagflation	n		22
stagflationary	a
stagger	nv	38,38	4	80	38:80
staggering	a
staggers	n		26
staginess	n		7
staging	n		10,6		36:40
stagnancy	n		26,26		42:40
stagnant	a
stagnate	v	42,42		c0
stagnation	n		26,26		42:40
stagy	a
staid	a
staidness	n		7
stain	nv	30,30	7,27	c0	30:80
stainability	n		7
stainable	a
stained	a
staining	n		4,4		30:40
stainless	an		27
stake	nv	41,33	21,10	40	35:40
stakeout	n		4
stakes	n		21
stale	av	29		80
stalemate	nv	33	26,11	20	33:20
stalemated	a
staleness	n		9,7
stalinisation	n		22		30:40
stalinise	v	30		40
stalinist	an		18
stalinization	n		22		30:40
stalinize	v	30		40
stalk	nv	38,38	27,20	c0
stalked	a
stalking	n		4,4		38:60
stalking-horse	n		18,10
stalkless	a
stall	nv	42,38	6,6	80	41:40
stall-fed	a
stalling	n		4		30:c0
stalwart	an		18
stalwartness	n		7
stamina	n		7
staminate	a
stammer	nv	32	26	c0	32:c0
stamp	nv	38,35	25,14	c0	36:40
stampede	nv	38,41	4,11	60	38:e0
stance	n		7,9		35:80
stanch	v	30		40
stand	nv	35,42	6,15	90	35:60
stand-alone	a
stand-down	n		26,4
stand-up	a
standard	an		10,9		30:40
standardisation	n		26,4		30:40
standardise	v	31,30		40
standardised	a
standardization	n		26,4		31:40
standardize	v	30,31		40
standardized	a
standby	an		6,18		42:80
standdown	n		26,4
standing	an		26,10
standoff	n		11,4
standoffish	a
standoffishness	n		7
standpat	a
standpoint	n		9
standstill	n		26,11		38:80
stannic	a
stannous	a
stanza	n		10
stapedectomy	n		4
staphylococcal	a
staple	anv	35	6,27	40
star	anv	42,36	17,18	c0	36:80
star-shaped	a
starboard	anv	38	6	40	38:40
starch	nv	30	27,27	40	30:40
starchless	a
starchlike	a
starchy	a
stardom	n		26
stardust	n		7
stare	nv	39,29	4	80	29:80
stargaze	v	39,36		84
stargazing	n		4		39:80
staring	a
stark	a
starkers	a
starkness	n		7,7
starless	a
starlight	n		19
starlike	a
starlit	a
starred	a
starring	a
starry	a
starry-eyed	a
start	nv	30,30	11,28	c9	41:40
start-off	n		11
starting	an		4		33:80
startle	nv	37,38	4	e8	38:c0
startled	a
startling	a
startup	n		4,4		38:40
starvation	n		26,4		34:80
starve	v	34,34		80
starved	a
starving	an		4		34:20
stash	nv	40	21	40	40:40
stasis	n		26,26
statant	a
state	nv	32,32	15,3	44
state-controlled	a
state-of-the-art	a
state-supported	a
statecraft	n		7
stated	a
stateless	a
stateliness	n		7,7
stately	a
statement	n		10,10		32:44
stater	n		21,18
statesmanlike	a
statesmanly	a
statesmanship	n		7
statewide	a
static	an		11,10
statics	n		9
station	nv	33	6,26	20
stationariness	n		26
stationary	a
stationery	n		10
stations	n		4
statistic	n		9
statistical	a
statistics	n		9
stative	a
statuary	an		14
statuesque	a
stature	n		26,7
status	n		26,26
statute	an		10
statutory	a
staunch	av	30		40
staunchness	n		7
stave	nv	40,30	10,6	40
stay	nv	30,38	4,26	90	42:80
stay-at-home	an		18
std	n		26,10
stead	n		4
steadfast	a
steadfastness	n		7,7
steadied	a
steadiness	n		7,7
steady	anv	30,35	18	60
steady-going	a
steadying	a
steal	nv	40,38	21,4	c0	33:40
stealing	n		4,4		40:40
stealth	n		4
stealthiness	n		7
stealthy	a
steam	nv	38,43	27	80	30:c0
steam-heat	v	40		40
steam-powered	a
steamed	a
steamer	nv	38	13,6	80	30:c0
steaminess	n		7
steaming	a
steamroll	v	41,41		c0
steamroller	nv	41,41	18,6	c0	33:60
steamy	a
stearic	a
steatocystoma	n		26
steatopygia	n		7
steatorrhea	n		26
steel	nv	37,35	27,6	60	35:40
steel-plated	a
steely	a
steep	anv	31,30	17	60
steep-sided	a
steepen	v	30,30		c0
steepish	a
steeplechase	n		11,11
steepness	n		7
steer	nv	38,38	10,5	c0	41:60
steerable	a
steerage	n		6,4		38:c0
steering	n		4,4		38:c0
steganography	n		4
stellar	a
stellate	a
stem	nv	42,42	10,20	40	30:40
stemless	a
stemmatic	a
stemmatics	n		9
stemmatology	n		9
stemmed	a
stench	n		9
stencil	nv	36	6	40	36:40
stenograph	nv	36	10,6	80
stenographic	a
stenographical	a
stenography	n		10,4
stenosed	a
stenosis	n		26
stenotic	a
stentorian	a
step	nv	38,38	4,23	80	30:40
step-by-step	a
step-down	n		4		30:40
step-up	n		4		30:c0
stephead	n		10
stepwise	a
stereo	an		6,6
stereophonic	a
stereoscopic	a
stereoscopy	n		9
stereotype	nv	31	9	60	31:60
stereotyped	a
stereotypic	a
stereotypical	a
sterile	a
sterileness	n		26
sterilisation	n		4,4		29:20
sterilise	v	29,29		60
sterilised	a
sterility	n		26,26
sterilization	n		4,4		29:20
sterilize	v	29,29		60
sterilized	a
sterling	an		21
stern	an		6,18
sternal	a
sternness	n		7,7
sternutation	n		26
sternutative	a
sternutatory	an		27
steroidal	a
stertor	n		4
stertorous	a
stet	v	41,32		c0
stew	nv	37,37	26,13	80	37:80
stewardship	n		4
stewed	a
stewing	n		12,4		30:c0
stick	nv	35,38	6,20	c0
stick-in-the-mud	an		18
stick-on	a
stickball	n		4
sticker	n		20,10		35:40
stickiness	n		7
sticking	a
stickle	v	32		80
stickup	n		4		40:20
sticky	a
stiff	an		18,8
stiff-backed	a
stiff-branched	a
stiff-haired	a
stiff-necked	a
stiff-tailed	a
stiffen	v	30,30		c0
stiffening	n		4,22		30:80
stiffness	n		7,7
stifle	nv	35,30	5	60
stifled	a
stifling	an		4		35:60
stigma	n		20,10		41:60
stigmata	n		26
stigmatic	an		18
stigmatisation	n		4		41:60
stigmatise	v	41,30		60
stigmatism	n		26,26
stigmatization	n		4		41:60
stigmatize	v	41,30		60
still	anv	37,30	6,7	60	37:40
still-fish	v	33		c0
still-hunt	v	33		c0
stillbirth	n		4
stillborn	a
stillness	n		7,26
stilly	a
stilted	a
stimulant	an		9,6		30:e0
stimulate	v	30,32		e3
stimulated	a
stimulating	a
stimulation	n		4,9		32:3
stimulative	a
stimulus	n		9		39:60
sting	nv	39,35	26,26	40	39:40
stinger	n		13,10		37:60
stinginess	n		7
stinging	an		26		39:40
stingless	a
stingy	a
stink	nv	42,39	9	80	39:80
stinkiness	n		7
stinking	a
stinky	a
stint	nv	40,40	28,5	80
stinting	a
stipend	n		21
stipendiary	an		18
stipple	v	36,36		40
stippled	a
stipulate	v	32,32		c4
stipulation	n		10,10
stipulatory	a
stir	nv	38,38	26,12	c0	37:60
stirred	a
stirring	an		4,4		37:60
stirrup-shaped	a
stitch	nv	35	6,26	c0	35:c0
stitched	a
stitching	n		4		35:c0
stm	n		9
stochastic	a
stochasticity	n		7
stock	anv	40,40	21,6	40	40:40
stock-still	a
stock-take	nv	41	4	40
stock-taking	n		9,4
stockade	nv	33	6,6	40	33:40
stocked	a
stockholding	n		21,21
stockholdings	n		21
stocking	n		6,4		40:40
stockinged	a
stockpile	nv	40	21,14	40	40:40
stockpiling	n		4		40:40
stocktake	n		4
stocktaking	n		9,4
stocky	a
stodginess	n		7
stodgy	a
stoic	an		18,18
stoical	a
stoichiometric	a
stoicism	n		7,9
stoke	v	41		40
stolid	a
stolidity	n		12,7
stolidness	n		7
stoloniferous	a
stomach	nv	34,31	8,8	60
stomachache	n		26
stomachal	a
stomachic	a
stomatal	a
stomatitis	n		26
stomatous	a
stomp	nv	38	4	80	38:80
stone	anv	35,30	17,6	60	35:20
stone-blind	a
stone-broke	a
stone-cold	a
stone-dead	a
stone-deaf	a
stone-gray	a
stone-grey	a
stone-sober	a
stone-wash	v	35		40
stoned	a
stoneless	a
stonelike	a
stonewall	v	32,30		e0
stonewalling	n		4		32:e0
stonewash	v	35		40
stoning	n		4		35:20
stony	a
stony-broke	a
stonyhearted	a
stooge	nv	38,36	18,18	80	29:80
stool	nv	32,31	6,27	c0	29:80
stoop	nv	38,41	4,6	80	35:80
stooped	a
stooping	a
stop	nv	38,42	11,4	c9	38:60
stopgap	n		4
stoplight	n		10,10
stopover	n		15,4		42:80
stoppable	a
stoppage	n		26,6		30:80
stopped	a
stopped-up	a
stopper	nv	35	10,10	40
stoppered	a
stopping	n		6,4
stopple	nv	35	6	40	35:40
stops	n		4
storage	n		4,6		40:40
store	nv	40,40	6,21	40	40:40
store-bought	a
stored-program	a
storeyed	a
storied	a
storm	nv	42,35	19,26	c0	43:80
storm-beaten	a
storm-tossed	a
stormbound	a
storminess	n		26,12
stormproof	a
stormy	a
story	n		10,10
storybook	n		10
storyline	n		10
stout	an		13,7
stout-billed	a
stout-stemmed	a
stouthearted	a
stoutheartedness	n		7
stoutness	n		7,7
stovepiped	a
stovepiping	n		22
stow	v	35		40
stowage	n		21,6
stowing	n		4		35:40
strabismus	n		26
strabotomy	n		4
straddle	nv	42,42	9,4	40	42:80
strafe	nv	33	4	60	33:60
straggle	nv	38,38	14	80	38:80
straggling	a
straggly	a
straight	an		18,14
straight-arm	n		4
straight-backed	a
straight-billed	a
straight-from-the-shoulder	a
straight-grained	a
straight-laced	a
straight-legged	a
straight-out	a
straightarrow	a
straightaway	an		6
straighten	v	38,35		c0
straightforward	a
straightforwardness	n		7,7
straightlaced	a
straightness	n		7,7
strain	nv	33,37	19,26	c0	35:80
strained	a
straining	an		4,4		34:40
strait	an		17,26
strait-laced	a
straiten	v	41,35		60
straitjacket	n		9,6
straitlaced	a
straits	n		26,11
strand	nv	40,38	9,6	60
stranded	a
strange	a
strangeness	n		7,9
strangle	v	35,35		60
strangled	a
stranglehold	n		7,4
strangles	n		26
strangling	n		4		35:60
strangulate	v	35,35		60
strangulation	n		4,26		35:60
strap	nv	35,35	6,6	60	29:40
strapado	n		4
strapless	an		6
straplike	a
strappado	n		4
strapping	a
stratagem	n		4,9
strategic	a
strategical	a
strategics	n		9
strategy	n		9,9
stratification	n		4,26		41:80
stratified	a
stratify	v	41,30		c0
stratigraphy	n		9
stravinskian	a
stravinsky	n		18,10
stravinskyan	a
straw	anv	35,35	27,27	40	35:40
straw-colored	a
straw-coloured	a
strawman	n		18,10
stray	anv	38,38	5	c0	38:c0
straying	a
streak	nv	38,38	14,7	80
streaked	a
streaky	a
stream	nv	38,29	17,14	c0	38:80
streamer	n		19,10
streaming	an		19
streamline	v	36		40
streamlined	a
street-walk	v	41		80
streetwalk	v	41		80
streetwise	a
strength	n		7,7
strengthen	v	30,30		e0
strengthened	a
strengthening	n		11,4		30:80
strenuosity	n		7
strenuous	a
strenuousness	n		7
strep	an		5
streptococcal	a
streptococcic	a
stress	nv	32,32	10,26	44	32:40
stressed	a
stressful	a
stretch	anv	42,29	17,4	c0	42:80
stretchability	n		7
stretchable	a
stretched	a
stretchiness	n		7
stretching	n		4,4		30:40
stretchy	a
strew	v	35,35		40
strewing	n		4		35:40
stria	n		25,7		30:40
striate	av	30		40
striation	n		25,7		30:40
stricken	a
strickle	nv	35,35	6,6	40
strict	a
strictness	n		7,7
stricture	n		26,10
stride	nv	38,38	4,23	c0	38:40
stridence	n		7
stridency	n		7
strident	a
stridor	n		26
stridulate	v	39		c0
stridulation	n		11		39:c0
strife	n		26,4
strike	nv	35,37	4,4	e0	41:80
strikebound	a
strikebreaking	n		4
strikeout	n		4		33:20
striking	an		11,4		35:60
strikingness	n		26,7
string	nv	35,30	6,6	40	35:40
stringency	n		26,7
stringent	a
stringy	a
strip	nv	40,29	17,6	e0
strip-jack-naked	n		4
strip-mined	a
strip-search	v	35		20
stripe	nv	35	6,10	40	35:40
striped	a
stripes	n		10
striping	n		4		35:40
stripped	a
stripped-down	a
stripping	n		4		30:40
striptease	n		18,4
stripy	a
strive	v	41,33		81
striving	n		4		41:1
stroke	nv	35,33	4,11	60	33:40
stroking	n		4		35:60
stroll	nv	38	4	80	38:80
strong	a
strong-arm	av	41,37		20
strong-boned	a
strong-flavored	a
strong-growing	a
strong-minded	a
strong-scented	a
strong-smelling	a
strong-willed	a
strop	nv	35	6	40	35:40
strophe	n		10
stroppy	a
struck	a
structural	a
structuralism	n		9,9
structure	nv	30	6,7	40	30:40
structured	a
struggle	nv	41,35	4,4	80	41:80
struggling	a
strum	nv	39	11	40	39:40
struma	n		26,26
strung	a
strung-out	a
strut	nv	38	4,6	80	38:80
stub	nv	35,35	17,17	40
stubbiness	n		7
stubbled	a
stubbly	a
stubborn	a
stubbornness	n		7,7
stubby	a
stucco	nv	36,35	27	40	35:40
stuck	a
stuck-up	a
stud	nv	42,35	18,6	40	42:40
studbook	n		10
studded	a
studentship	n		4
studied	a
studious	a
studiousness	n		7
study	nv	31,31	4,9	c0	39:61
studying	n		10		31:c0
stuff	nv	35,38	27,6	60
stuffed	a
stuffer	n		18,10		30:40
stuffiness	n		26,7
stuffy	a
stultification	n		10,4		37:20
stultify	v	37,32		60
stumble	nv	38,38	4,4	80	38:80
stump	nv	31,38	20,8	c0	30:40
stumper	n		10		31:40
stumping	n		4
stumpy	a
stun	v	30,35		60
stung	a
stunned	a
stunner	n		18,11		39:60
stunning	a
stunt	nv	41,36	4,5	c0	36:80
stunted	a
stuntedness	n		7
stunting	n		4		36:80
stupefaction	n		12,9		31:40
stupefied	a
stupefy	v	39,31		60
stupefying	a
stupendous	a
stupid	an		18
stupidity	n		9,4
stupor	n		12,9
stuporous	a
sturdiness	n		26,7
sturdy	a
stutter	nv	32	26	c0	32:c0
sty	n		26,6
stye	n		26
stygian	a
style	nv	32,36	7,10	40	36:40
styleless	a
stylemark	n		7
stylisation	n		4		36:40
stylise	v	36		40
stylised	a
stylish	a
stylishness	n		7
stylistic	a
stylization	n		4		36:40
stylize	v	36		40
stylized	a
stylostixis	n		4
stymie	nv	41	26,9	40	41:40
stymy	nv	41	26,9	40
stypsis	n		7
styptic	an		6
suasible	a
suasion	n		10
suave	a
suaveness	n		7
suavity	n		7
sub	nv	40	13,6	80
sub-interval	n		9
sub-rosa	a
sub-saharan	a
sub-test	n		4
subacid	a
subacute	a
subalpine	a
subaltern	an		18
subaquatic	a
subaqueous	a
subarctic	a
subartesian	a
subatomic	a
subbing	n		4		40:80
subclavian	a
subclinical	a
subconscious	an		9
subconsciousness	n		9
subcontract	nv	41,41	10	c0	41:c0
subcortical	a
subcutaneous	a
subdirectory	n		10
subdivide	v	30,30		c0
subdivision	n		15,4		30:80
subdominant	n		10
subduable	a
subduction	n		22
subdue	v	41,30		60
subdued	a
subduedness	n		7,7
subdural	a
subedit	v	31		c0
subfusc	a
subgross	a
subgroup	n		14,9
subhead	n		10
subheading	n		10
subhuman	a
subjacent	a
subject	anv	39,33	10,6	60
subjection	n		26,4		41:20
subjective	a
subjectiveness	n		7
subjectivism	n		9,7
subjectivity	n		7
subjoin	v	35		40
subjoining	n		4		35:40
subjugable	a
subjugate	v	41,41		60
subjugated	a
subjugation	n		26,4		41:20
subjunction	n		4		35:40
subjunctive	an		24
sublease	nv	40	21	40	40:40
sublet	nv	40	21	40	40:40
sublimate	anv	38,30	27	40	30:c0
sublimated	a
sublimation	n		11,11		30:c0
sublime	av	30,30		c0
sublimed	a
subliminal	a
sublimity	n		7
sublingual	a
subliterary	a
sublittoral	a
sublunar	a
sublunary	a
subluxate	v	29		40
subluxation	n		11		29:40
submarine	anv	38,35	6,13	c0
submediant	n		10
submenu	n		10
submerge	v	38,35		c0
submerged	a
submergence	n		11		38:c0
submergible	a
submerging	n		11		38:c0
submerse	v	38,35		e0
submersed	a
submersible	an		6,6
submersion	n		11,4		38:c0
submission	n		10,4		32:40
submissive	a
submissiveness	n		7
submit	v	32,32		40
subnormal	an		18
subnormality	n		26,9
subocean	a
suboceanic	a
subocular	a
suborbital	a
subordinate	anv	31,30	18,10	60	30:60
subordinateness	n		26
subordinating	a
subordination	n		26,24		31:40
subordinative	a
suborn	v	41,32		60
subornation	n		10,10		41:20
subpoena	nv	32	10	20	32:20
subpopulation	n		9
subprogram	n		10
subrogate	v	40		20
subrogation	n		4		40:20
subroutine	n		10
subscribe	v	40,32		c0
subscribed	a
subscript	an		10
subscription	n		21,10
subsequence	n		11,7
subsequent	a
subsequentness	n		7
subserve	v	41		40
subservience	n		26,26		41:40
subservient	a
subservientness	n		26
subside	v	30,38		80
subsidence	n		11,11		30:80
subsidiarity	n		26
subsidiary	an		18,14
subsiding	n		11		38:80
subsidisation	n		21,4		40:60
subsidise	v	40,40		60
subsidised	a
subsidization	n		21,4		40:60
subsidize	v	40,40		60
subsidized	a
subsidy	n		21		40:60
subsist	v	42		80
subsistence	n		21,26		42:80
subsonic	a
substance	n		3,9
substandard	a
substantial	a
substantiality	n		7
substantialness	n		7
substantiate	v	31,42		44
substantiating	a
substantiation	n		9,4		31:44
substantiative	a
substantival	a
substantive	an		10
substitutability	n		7
substitutable	a
substitute	anv	40,40	9,18	c0	40:80
substituting	n		4		41:20
substitution	n		11,4		40:80
substring	n		10
subsume	v	42,31		40
subsumption	n		10,9		42:40
subsurface	a
subtend	v	42		40
subterfuge	n		10
subterminal	a
subterranean	a
subterraneous	a
subtilise	v	30		40
subtilize	v	31,30		40
subtitle	nv	40	10,10	40	40:40
subtle	a
subtlety	n		10,7
subtonic	n		10
subtotal	n		9
subtract	v	31,30		c0
subtraction	n		4,4		31:c0
subtractive	a
subtreasury	n		21
subtropic	a
subtropical	a
suburban	a
suburbanise	v	30,30		c0
suburbanised	a
suburbanize	v	30,30		c0
suburbanized	a
subvent	v	32		40
subvention	nv	32	21,4	40	32:40
subversion	n		4,4		41:60
subversive	an		18
subversiveness	n		7
subvert	v	41,41		60
subvocalise	v	32		c0
subvocalize	v	32		c0
succedaneum	n		9
succeed	v	41,41		a1
succeeding	a
success	n		11,4
successful	a
successfulness	n		26
succession	n		7,14		41:a0
successive	a
successiveness	n		7
successor	n		18,9		41:a0
succinct	a
succinctness	n		10
succinic	a
succor	nv	41	4	60	41:60
succour	nv	41	4	60	41:60
succulence	n		7
succulency	n		7
succulent	an		20
succumb	v	32,42		80
succuss	v	38		40
succussion	n		4		38:40
such	a
suchlike	a
suck	nv	34,38	4	c0	34:a0
sucking	n		4		34:40
suckle	v	34,34		a0
suckled	a
suction	nv	38,29	19,4	c0	38:80
suctorial	a
sudanese	an		18
sudate	v	29		80
sudation	n		22		29:80
sudden	a
suddenness	n		7
sudoku	n		10
sudorific	an		6
suds	nv	35,30	17,13	c0	30:80
sudsy	a
sue	nv	41	18	a0
suety	a
suffer	v	39,29		40
sufferable	a
sufferance	n		7,7		29:80
suffering	an		26,26		39:80
suffice	v	42		84
sufficiency	n		26,23		42:84
sufficient	a
suffix	nv	35	10	40	35:40
suffixation	n		4		35:40
suffocate	v	35,35		60
suffocating	a
suffocation	n		4,26		35:60
suffocative	a
suffrage	n		7
suffragism	n		9
suffrutescent	a
suffuse	v	30,30		c0
suffusion	n		22		30:80
suffusive	a
sufi	an		18
sufism	n		9
sugar	nv	39	13,27	40	39:40
sugar-coated	a
sugarcoat	v	39,32		40
sugared	a
sugariness	n		9,7
sugarless	a
sugary	a
suggest	v	32,32		c4
suggestibility	n		26
suggestible	a
suggestion	n		9,10		32:84
suggestive	a
suicidal	a
suicide	n		4,18
suit	nv	42,42	6,4	40	41:a0
suitability	n		7
suitable	a
suitableness	n		7
suite	n		10,6
suited	a
sukur	n		10
sulcate	a
sulfate	nv	30	27	40
sulfur	nv	30	27	40	30:40
sulfur-yellow	a
sulfurette	v	35		40
sulfuretted	a
sulfuric	a
sulfurized	a
sulfurous	a
sulk	nv	42	12	80	42:80
sulkiness	n		12,12
sulky	an		6
sullen	a
sullenness	n		12,7
sully	nv	35,35	18,18	c0
sulphur	nv	30	27	40	30:40
sulphur-yellow	a
sulphurette	v	35		40
sulphuretted	a
sulphuric	a
sulphurous	a
sultriness	n		19,7
sultry	a
sum	nv	42,32	21,9	40	32:40
sum-up	n		10
sumatran	an		18
sumerian	an		18
sumerology	n		9
summarisation	n		10		42:40
summarise	v	42,32		c0
summarization	n		10		42:40
summarize	v	32,42		c0
summary	an		10		32:c0
summate	v	32,41		c0
summation	n		10,22		42:40
summational	a
summative	a
summer	nv	42	28,28	80	30:40
summer-blooming	a
summer-flowering	a
summerise	v	30		40
summerize	v	30		40
summersault	n		4
summerset	n		4
summery	a
summit	nv	38	26,15	c0	38:c0
summon	v	32,32		60
summoning	n		9		32:60
summons	nv	32	10,10	60	32:60
sumo	n		4
sumpsimus	n		10
sumptuary	a
sumptuosity	n		7
sumptuous	a
sumptuousness	n		26,7
sun	nv	29,39	17,19	e0	39:40
sun-drenched	a
sun-dried	a
sun-loving	a
sun-ray	n		19
sun-worship	n		4
sunbaked	a
sunbathe	v	29		80
sunbeam	n		19
sunburn	nv	29	26,26	80	29:80
sunburned	a
sunburnt	a
sunburst	n		19,6
sundanese	n		10
sunday-go-to-meeting	a
sunder	v	30		40
sundog	n		19
sundried	a
sundry	a
sunk	a
sunken	a
sunken-eyed	a
sunless	a
sunlight	n		19
sunlit	a
sunna	n		4
sunnah	n		4
sunniness	n		7,7
sunny	a
sunray	n		19,20
sunrise	an		28,19
sunset	an		28,19
sunshine	n		19,19
sunspot	n		19
sunstroke	n		26
sunstruck	a
suntan	nv	29	26	80	29:80
suntanned	a
suomi	n		15,10
sup	nv	34	13	40	34:40
super	an		18
superable	a
superabundance	n		7
superabundant	a
superannuate	v	41,32		60
superannuated	a
superannuation	n		21,7		32:60
superb	a
superbia	n		4
supercede	v	41		60
supercharge	v	30,30		40
supercharged	a
supercilious	a
superciliousness	n		7
superconductivity	n		19
supercritical	a
superego	n		9
supererogation	n		4
supererogatory	a
superfatted	a
superfecta	n		4
superfecundation	n		11
superfetate	v	29		80
superfetation	n		11		29:80
superficial	a
superficiality	n		7,7
superficies	n		7,6
superfine	a
superfluity	n		7
superfluous	a
superfund	n		9
superhuman	a
superimpose	v	35		40
superimposed	a
superincumbent	a
superinfect	v	29		40
superinfection	n		26		29:40
superintend	v	41		60
superintendence	n		4		41:60
superior	an		18,18
superiority	n		7,7
superjacent	a
superlative	an		10,26
superlunar	a
superlunary	a
supernal	a
supernatant	an		17
supernatural	an		18
supernaturalism	n		9,7
supernaturalist	a
supernaturalistic	a
supernaturalness	n		7
supernormal	a
supernumerary	an		18,18
superordinate	anv	31	18,10	60
superpatriotic	a
superpatriotism	n		7
superposable	a
superpose	v	35,35		40
superposition	n		22,9
supersaturated	a
superscribe	v	36,36		40
superscript	an		10
superscription	n		10,4		36:40
supersede	v	41		60
supersedure	n		4		41:60
supersensitised	a
supersensitive	a
supersensitized	a
supersession	n		4		41:60
supersonic	a
superstition	n		9
superstitious	a
superstrate	n		15,10
superstratum	n		15,10
supersymmetry	n		9
supertax	n		21
supertitle	n		10
supertonic	n		10
supertwister	n		19
supervene	v	30		80
supervention	n		11		30:80
supervise	v	41,39		60
supervised	a
supervising	n		4		41:60
supervision	n		4		41:60
supervisor	n		18,10		41:60
supervisory	a
supinate	v	38		40
supination	n		4		38:40
supine	a
supperless	a
supping	n		4		34:40
supplant	v	41		60
supplanting	n		4		41:60
supple	av	30		40
supplement	nv	40,42	10,7	c0	35:40
supplemental	a
supplementary	a
supplementation	n		7,4		40:40
suppleness	n		7,7
suppliant	an		18		32:20
supplicant	an		18,18		32:20
supplicate	v	32,32		a0
supplication	n		10,10		32:20
supplicatory	a
supply	nv	40,41	23,22	60	34:60
supplying	n		4		40:60
support	nv	41,40	4,4	60	40:60
supportable	a
supported	a
supporting	an		4		35:60
supportive	a
supposable	a
supposal	n		9,9		32:44
suppose	v	32,31		45
supposed	a
supposition	n		10,9		32:44
suppositional	a
suppositious	a
supposititious	a
suppress	v	30,41		60
suppressed	a
suppression	n		22,4		41:40
suppressive	a
suppurate	v	29,29		c0
suppuration	n		22,8		29:40
suppurative	a
suprainfection	n		26
supranational	a
supranormal	a
supraocular	a
supraorbital	a
suprarenalectomy	n		4
suprasegmental	a
supremacism	n		9
supremacy	n		26
supreme	a
sura	n		10,8
surcease	n		11
surcharge	nv	40,40	21	20	40:20
surd	an		10
sure	a
sure-enough	a
sure-fire	a
sure-footed	a
sure-handed	a
surefooted	a
sureness	n		9,7
surety	n		7,21
surf	nv	38,35	11	c0	38:80
surface	anv	38,35	6,15	c0	35:40
surface-active	a
surface-assimilative	a
surface-mine	v	34		c0
surface-to-air	a
surfacing	n		4		38:80
surfboard	nv	38	6	80	38:80
surfboarding	n		4
surfeit	nv	40,34	26,7	40	34:40
surficial	a
surfing	n		4		38:80
surfriding	n		4
surge	nv	38,38	11,4	80	38:80
surgery	n		9,6
surgical	a
surging	a
surliness	n		7
surly	a
surmisable	a
surmisal	n		10		31:44
surmise	nv	31,32	10	44	32:44
surmount	v	33,42		40
surmountable	a
surmounted	a
surname	n		10
surpass	v	42,33		e0
surpassing	a
surpliced	a
surplus	an		7
surplusage	n		7
surprisal	n		4		41:60
surprise	nv	31,41	12,11	60	31:60
surprised	a
surprising	a
surprisingness	n		7
surreal	a
surrealistic	a
surrebuttal	n		10
surrebutter	n		10
surrejoinder	n		10
surrender	nv	33,40	12,10	c0	33:c0
surreptitious	a
surrogate	an		18,18
surround	nv	35,35	15	60	33:40
surrounded	a
surrounding	a
surroundings	n		26,15		35:40
surtax	nv	40	21	60	40:60
surtitle	n		10
surveil	v	39		60
surveillance	n		4
survey	nv	31,39	4,10	40	31:60
surveying	n		4		31:40
survival	n		26,22		42:c0
survive	v	42,42		c0
surviving	a
susanna	n		10
susceptibility	n		26
susceptible	a
susceptibleness	n		26
susian	n		10
suspect	anv	32,31	18,18	64	31:60
suspected	a
suspend	v	35,30		40
suspended	a
suspense	n		12,9
suspenseful	a
suspensive	a
suspicion	n		9,9		32:44
suspicious	a
suspiciousness	n		7
suspiration	n		10		29:80
suspire	v	29,29		c0
sustain	v	42,29		40
sustainability	n		7
sustainable	a
sustained	a
sustainment	n		4		34:60
sustenance	n		13,21		34:60
sustentacular	a
sustentation	n		4
susurrant	a
susurrate	v	32		80
susurration	n		11,10		32:80
susurrous	a
susurrus	n		11		32:80
sutra	n		10
suttee	n		4
suture	nv	35	8,6	40	35:40
suturing	n		4		35:40
suzerainty	n		26,15
svelte	a
svoboda	n		26
swab	nv	35,35	6,6	40	35:40
swabbing	n		4		35:40
swaddle	v	35		60
swag	nv	38,38	21,21	80
swage	nv	35	6	40
swagger	anv	38,32	18,4	a8	38:80
swaggering	a
swahili	n		10
swallow	nv	34,33	13,4	60	34:40
swallow-tailed	a
swamp	nv	43,35	17,26	c0	43:c0
swampy	a
swan	nv	32,38	5	c4
swank	anv	39	7	60
swanky	a
swap	nv	40,38	4	c0	40:c0
swarm	nv	42,38	14,14	80	38:80
swart	a
swarthiness	n		7
swarthy	a
swash	nv	38,35	11	e0	35:60
swashbuckling	an		7
swastika	n		10
swat	nv	35	4	60	35:60
swathe	nv	35	6	60	35:60
swatter	nv	35	6	80	35:80
sway	nv	38,38	7,4	80	41:60
swayback	a
swaybacked	a
swazi	an		18,10
swear	v	32,32		c4
swearing	n		10,10		32:80
swearword	n		10
sweat	nv	29	8,26	80	29:80
sweating	n		22		29:80
swedish	an		10
sweep	nv	38,38	7,18	c0	42:40
sweeping	an		4		35:40
sweepstakes	n		4
sweet	an		18,13
sweet-breathed	a
sweet-faced	a
sweet-flavored	a
sweet-scented	a
sweet-smelling	a
sweet-talk	v	32		8
sweeten	v	39,30		c0
sweetened	a
sweetener	n		13,9		39:c0
sweetening	n		13,4		39:c0
sweetheart	an		18,18
sweetish	a
sweetness	n		9,7
swell	anv	30,41	11,17	80
swelled	a
swelling	n		26,25		30:80
swelter	v	29,29		80
sweltering	a
sweltry	a
swept	a
sweptback	a
sweptwing	a
swerve	nv	38	4,11	80	38:80
swerving	n		4		38:80
swift	an		18,18
swift-footed	a
swiftness	n		7
swig	nv	35,34	4	60	34:40
swill	nv	34,34	13	40	34:40
swilling	n		4		34:40
swim	nv	38,38	4	c0	38:c0
swimming	an		4		38:c0
swindle	nv	41	4	20	41:20
swing	nv	38,38	26,6	c0	42:80
swinge	v	30		40
swingeing	a
swinging	an		4		42:80
swingy	a
swinish	a
swipe	nv	35,40	4	60	35:60
swirl	nv	38,38	25	c0	38:80
swish	anv	39	11	80	39:80
swishy	a
swiss	an		18
switch	nv	30,40	6,11	c0	35:40
switch-hit	v	35		c0
switcheroo	n		4
switching	n		4		40:c0
swither	n		26
swivel	nv	38	6	c0	38:c0
swivet	n		12
swiz	n		4
swob	nv	35,35	6	40	35:40
swollen	a
swollen-headed	a
swoon	nv	29	11	80	29:80
swooning	a
swoop	nv	38,38	10,4	80	38:80
swoosh	nv	39	11	80
swop	nv	40	4	c0	40:c0
sword-cut	n		26
sword-shaped	a
swordlike	a
swordplay	n		4
swordsmanship	n		9
sworn	a
swosh	v	39		80
swot	nv	31	18	c0	31:c0
sybaritic	a
sycophancy	n		7
sycophantic	a
syllabary	n		10
syllabic	a
syllabicate	v	35		40
syllabication	n		4		35:40
syllabicity	n		10
syllabification	n		4		35:40
syllabify	v	35		40
syllabise	v	35,32		40
syllabize	v	35,32		40
syllable	n		10		35:40
syllabled	a
syllabus	n		10
syllepsis	n		10
syllogise	v	31		80
syllogism	n		9		31:80
syllogistic	a
syllogize	v	31		80
sylphlike	a
sylvan	an		18
symbiotic	a
symbol	n		10,9		32:40
symbol-worship	n		4
symbolatry	n		4
symbolic	a
symbolical	a
symbolisation	n		10,9		32:c0
symbolise	v	32,32		c0
symbolising	n		4
symbolism	n		10,4
symbolization	n		10,9		32:c0
symbolize	v	32,32		c0
symbolizing	n		4		32:40
symbology	n		9
symbololatry	n		4
symmetric	a
symmetrical	a
symmetricalness	n		7
symmetrise	v	30		40
symmetrize	v	30		40
symmetry	n		7,25		30:40
sympathectomy	n		4
sympathetic	a
sympathise	v	37,37		80
sympathize	v	37,31		e0
sympathomimetic	a
sympathy	n		9,12		31:60
sympatric	a
sympatry	n		26
sympetalous	a
symphonic	a
symphonious	a
symphonise	v	36		80
symphonize	v	36		80
symphony	n		10,14		36:80
symphysis	n		26,22
symploce	n		10
symptom	n		26,10
symptomatic	a
symptomless	a
synaeresis	n		22,22
synaesthesia	n		9
synaesthetic	a
synapsis	n		22
synaptic	a
sync	v	30		40
syncarpous	a
syncategorem	n		10
syncategorematic	a
syncategoreme	n		10
synchronal	a
synchronic	a
synchronisation	n		24,4		42:80
synchronise	v	42,32		c0
synchronised	a
synchronising	n		4		30:40
synchronization	n		24,4		42:80
synchronize	v	30,42		c0
synchronized	a
synchronizing	n		24,4		42:80
synchronous	a
synclinal	a
syncopate	v	30,30		40
syncopated	a
syncopation	n		10,10		30:40
syncope	n		11,10		30:40
syncretic	a
syncretical	a
syncretise	v	30,30		c0
syncretism	n		26,22		30:40
syncretistic	a
syncretistical	a
syncretize	v	30,30		c0
syndactylism	n		26
syndactyly	n		26
syndetic	a
syndicate	nv	41,41	14,14	a0	41:20
syndication	n		4,4		41:20
syndrome	n		9,26
synecdoche	n		10
synecdochic	a
synecdochical	a
synechia	n		26
syneresis	n		22,22
synergetic	a
synergism	n		22,9
synergistic	a
synergy	n		22
synesthesia	n		9
synesthetic	a
synezesis	n		22
synizesis	n		22
synoecious	a
synoicous	a
synonym	n		10
synonymous	a
synopsis	n		10
synoptic	a
synoptical	a
synoptics	n		10
synovial	a
synovitis	n		26
synsemantic	a
syntactic	a
syntactical	a
syntagm	n		10
syntagma	n		10
syntagmatic	a
syntax	n		9,14
synthesis	n		22,9		31:40
synthesise	v	31		40
synthesize	v	31,31		c0
synthetic	an		27
synthetical	a
syph	n		26
syphilis	n		26
syphilitic	an		18
syphon	nv	38	6,5	40	38:40
syrian	an		18
syringe	nv	35	6	40	35:40
syrupy	a
systematic	a
systematics	n		9
systematisation	n		4		30:40
systematise	v	30		40
systematism	n		4
systematization	n		4		30:40
systematize	v	30		40
systemic	a
systemise	v	30		40
systemize	v	30		40
systole	n		11
systolic	a
syzygy	n		19
t-bill	n		21
t-shaped	a
ta'ziyeh	n		10
taal	n		10
tab	n		10,10
tabby	an		5,5
tabes	n		26
tablature	n		10
table	nv	42,36	14,6	40	36:40
tableau	n		14,9
tabloid	n		10,10
taboo	anv	41	9,7	40	41:40
tabu	an		9,7
tabular	a
tabularise	v	36		40
tabularize	v	36		40
tabulate	v	36,30		40
tabulation	n		10,4		36:40
tachogram	n		10
tachycardia	n		26
tachygraphy	n		10
tacit	a
taciturn	a
taciturnity	n		7
tack	nv	35,38	15,6	c0	38:c0
tackiness	n		7,7
tacking	n		6,4		38:c0
tackle	nv	41,35	18,6	40	33:20
tacky	a
tact	n		7
tactful	a
tactfulness	n		7
tactic	n		9
tactical	a
tactics	n		9,9
tactile	a
tactility	n		9
tactless	a
tactlessness	n		7
tactual	a
tadpole-shaped	a
taekwondo	n		4
tag	nv	35,35	10,10	60	35:40
tagalog	n		18,10
tagged	a
tahitian	an		18,10
tai	an		18,10
taichi	n		4
taichichuan	n		4
tail	nv	38,35	5,28	60	35:40
tail-shaped	a
tailback	n		18,4
tailed	a
tailgate	nv	38	6	60
tailing	n		4		38:60
tailless	a
taillike	a
tailor	nv	30,36	18	40	36:c0
tailor-made	an		6
tailor-make	v	36,36		c0
tailored	a
tailoring	n		4		36:c0
tailspin	n		26,4
tailwind	n		19
taint	nv	35,29	26	60	29:20
tainted	a
taiwanese	an		18,10
tajiki	n		10
tajikistani	a
take	nv	41,40	21,4	40	40:40
take-away	a
take-home	a
take-in	n		4		32:20
take-up	n		6,4
takeaway	n		13,10		34:40
takedown	n		11,10		37:60
takelma	n		18,10
taken	a
takeoff	n		4,11		38:80
takeout	an		13,10		34:40
takeover	n		4,4		40:40
takilman	n		10
taking	an		4		35:60
takings	n		21
talc	nv	29	27	40	29:40
tale	n		10,10		32:4
talebearing	a
talent	n		9,18
talented	a
talentless	a
talentlessness	n		9
taliped	a
talipes	n		26
talismanic	a
talk	nv	32,32	10,10	80	32:80
talkative	a
talkativeness	n		7
talkie	n		10
talking	n		10		32:80
talks	n		10
talky	a
tall	an		7
tall-growing	a
tall-stalked	a
tallish	a
tallness	n		7,7
tally	nv	42,33	4,10	c0	32:80
talmud	n		10
taloned	a
tamable	a
tame	av	30,32		60
tameable	a
tamed	a
tameness	n		7,7
tamil	an		18,10
tamp	nv	35	6	40	35:40
tamper	nv	35,41	6	c0	35:40
tampering	n		4		41:80
tampon	nv	35	6	40	35:40
tamponade	n		26
tamponage	n		26		35:40
tan	anv	30,29	26,7	c0	29:80
tanach	n		10
tanakh	n		10
tandem	n		7,6
tang	n		7,14
tangency	n		26,6
tangential	a
tangerine	an		20,13
tangibility	n		7
tangible	a
tangibleness	n		7
tanginess	n		7
tangle	nv	42,35	17,9	e0	35:40
tangled	a
tango	nv	38	4,10	80	38:80
tangy	a
tank	nv	40,34	6,6	c0	30:40
tanka	n		10,6
tankage	n		23,21
tanned	a
tannenberg	n		4
tanner	n		21,18		30:40
tannic	a
tanning	n		22,4		29:80
tannish	a
tanoan	n		10
tansy-scented	a
tansy-smelling	a
tantalise	v	32		20
tantalising	a
tantalization	n		4		32:20
tantalize	v	32		20
tantalizing	a
tantamount	a
tantra	n		10,9
tantric	a
tantrik	a
tantrism	n		14,9
tantrum	n		26
tanzanian	an		18
tao	n		18,9
taoist	an		18
tap	nv	35,40	11,11	40	38:80
tap-off	n		4
tapdance	v	38		80
tape	nv	35,32	6,6	e0	35:40
tape-recorded	a
taped	a
taper	nv	30,30	25,7	c0	30:40
tapered	a
tapering	an		4		30:80
tapestried	a
tapestry	n		7,6
taphephobia	n		26
tapotement	n		4
tapped	a
tapping	n		11		39:80
taproot	n		20,9
taps	n		10
tar	nv	35	27,18	40	35:40
tar-and-feather	v	35		20
taradiddle	n		10,10
tarantella	n		10,4
tarantelle	n		4
tarantism	n		26
tarawa	n		15,4
tarawa-makin	n		4
tardiness	n		7
tardive	a
tardy	a
tare	n		21,20
target	nv	33	10,18	60	33:60
target-hunting	a
tariff	nv	40	21	40	40:40
tarmac	nv	35	27,6	40	35:40
tarnish	nv	35	7	c0	35:c0
tarradiddle	n		10,10
tarred-and-feathered	a
tarriance	n		4		38:80
tarry	av	42,38		80
tarsal	an		8
tarsitis	n		26
tart	an		18,13
tartarean	a
tartaric	a
tartarus	n		9
tartness	n		9,7
task	nv	41,34	4,4	40	41:40
tasmanian	a
tassel-shaped	a
tasseled	a
tasselled	a
taste	nv	39,39	9,12	d0	39:40
tasteful	a
tastefulness	n		7
tasteless	a
tastelessness	n		7,7
tastiness	n		7
tasting	n		9,4		34:40
tasty	a
tat	nv	36	7,4	c0
tatahumara	n		10
tatterdemalion	an		18
tattered	a
tatting	n		6,4		36:c0
tattle	nv	32,32	10	80	32:80
tattling	a
tattoo	nv	36	10,6	60	36:60
tatty	a
tau	n		10
taunt	nv	32	4	20	32:20
taunting	an		4		32:20
taupe	an		7
taurine	an		27
tauromachy	n		4
taut	a
tauten	v	30,30		c0
tautness	n		26,7
tautologic	a
tautological	a
tautology	n		10,10
taw	n		10,6
tawdriness	n		7
tawdry	a
tawniness	n		7
tawny	a
tawny-brown	a
tawny-colored	a
tawny-coloured	a
tax	nv	40,40	21	60	40:60
tax-exempt	an		21
tax-free	a
tax-increase	n		7
taxability	n		26
taxable	a
taxation	n		21,21		40:60
taxi	nv	38,38	6	80	38:80
taxidermy	n		9
taxing	a
taxis	n		4,4
taxonomic	a
taxonomical	a
taxonomy	n		14,9
taxpaying	a
tay	n		10
tay-sachs	n		26
tayalic	n		10
tb	n		27,26
tcp	n		10
te	n		27,10
tea-scented	a
teach	nv	32,30	18	e5
teach-in	n		10
teachable	a
teacher	n		18,9		32:e5
teachership	n		4
teaching	n		4,9
teal	an		7,5
team	nv	33	14,14	80	33:80
teamwork	n		4
tear	nv	35,35	8,17	c0	29:80
tearaway	an		18
tearful	a
tearfulness	n		12
teargas	nv	33	27	60
tearing	an		22		29:80
tearjerker	n		10
tearless	a
tears	n		4
teary	a
teary-eyed	a
tease	nv	37,32	18,18	20	32:20
teased	a
teasing	an		4,4		32:20
technical	an		6,4
technical-grade	a
technicality	n		9
technicolor	n		9
technique	n		9,9
techno	n		10
technobabble	n		10
technological	a
technology	n		4,9
technophilia	n		12
technophilic	a
technophobia	n		12
technophobic	a
techy	a
tectonic	a
tectonics	n		9,9
tedious	a
tediousness	n		7
tedium	n		12,7
tee	nv	35,35	15,6	40	35:40
teem	v	42,38		80
teeming	a
teemingness	n		7
teen	an		18
teenage	a
teenaged	a
teensy	a
teensy-weensy	a
teentsy	a
teeny	a
teeny-weeny	a
teeoff	n		4		33:80
teeter	nv	38	6	80
teeter-totter	nv	38	6	80
teetertotter	nv	38	6	80
teethe	v	29		80
teething	n		22		29:80
teetotal	av	34		80
teetotaling	n		4
teetotalism	n		4
tefillin	n		10
tegular	a
telecast	nv	32	10	40	32:40
telecasting	n		10		32:40
telecom	n		10
telecommerce	n		4
telecommunicate	v	32		80
telecommunication	n		10,9		32:80
telecommuting	n		4
teleconference	n		10
teleconferencing	n		10
telefax	v	32		e0
telefilm	n		10
telegnosis	n		10
telegnostic	a
telegram	n		10
telegraph	nv	32	6	e4	32:e4
telegraphese	n		10
telegraphic	a
telegraphy	n		10,6
telekinesis	n		10
telemark	n		4
telemarketing	n		4
telemetered	a
telemetry	n		4
teleological	a
teleology	n		9
telepathic	a
telepathise	v	32		80
telepathize	v	32		80
telepathy	n		10		32:80
telephone	nv	32	6,10	a0	32:a0
telephonic	a
telephony	n		10
telephotography	n		4,4
teleport	v	38		40
teleportation	n		4		38:40
teleprocessing	n		22
telerobotics	n		9
telescope	nv	35,30	6	c0
telescoped	a
telescopic	a
telescopy	n		9
teleselling	n		4
televangelism	n		10
televise	v	32		40
television	n		10,6		32:40
teleworking	n		4
telex	nv	32	6	60	32:60
telint	n		4
tell	nv	32,32	18	44
telling	an		10,10		32:60
telltale	an		18
tellurian	an		18
telluric	a
telocentric	a
telophase	n		22,22
telugu	n		18,10
temblor	n		11
temerarious	a
temerity	n		7
temper	nv	30,30	12,12	40	30:20
temperament	n		7,7
temperamental	a
temperance	n		7,4
temperate	a
temperateness	n		19,7
temperature	n		7,9
tempered	a
tempering	an		4		30:40
tempest	n		26,19
tempest-swept	a
tempest-tossed	a
tempest-tost	a
tempestuous	a
tempestuousness	n		26,26
template	n		9
templet	n		9
temporal	an		10
temporality	n		21
temporalty	n		21,14
temporariness	n		7
temporary	an		18
temporise	v	30		80
temporize	v	30		80
tempt	v	32,32		69
temptable	a
temptation	n		9,12		37:40
tempting	a
temptingness	n		7
ten	an		23,6
ten-fold	a
ten-membered	a
ten-sided	a
ten-strike	n		4
tenability	n		7
tenable	a
tenableness	n		7
tenacious	a
tenaciousness	n		7
tenacity	n		7
tenancy	n		4
tenant	nv	41	18,18	40	41:40
tenanted	a
tend	v	42,41		61
tendencious	a
tendency	n		9,12		42:1
tendentious	a
tendentiousness	n		9
tender	anv	40,40	21,18	e0	41:60
tenderhearted	a
tenderheartedness	n		12
tenderisation	n		4		30:40
tenderise	v	30		40
tenderised	a
tenderization	n		4		30:40
tenderize	v	30		40
tenderized	a
tenderness	n		7,26
tending	an		4		41:60
tendinitis	n		26
tendinous	a
tendonitis	n		26
tendosynovitis	n		26
tendril-climbing	a
tenebrific	a
tenebrious	a
tenebrous	a
tenesmus	n		26
tenet	n		10
tenfold	a
tenner	n		23,21
tennis	n		4
tenonitis	n		26
tenor	an		10,7
tenosynovitis	n		26
tenpence	n		21
tenpins	n		4
tense	anv	35,30	10	c0
tensed	a
tenseness	n		26,26
tensile	a
tension	n		26,26		29:80
tensional	a
tensionless	a
tensity	n		26
tensor	n		9,8		29:80
tent	nv	42	6,17	80	42:80
tentacle	n		7,5
tentacled	a
tentacular	a
tentative	a
tenth	an		23,24
tenting	n		4		42:80
tenuity	n		7,7
tenuous	a
tenure	nv	41	28,21	20	41:20
tenured	a
tepid	a
tepidity	n		7
tepidness	n		7,7
tera	n		10
teratogenesis	n		22
teratogenic	a
teratology	n		9
teratoma	n		26
terefah	a
terete	a
tergiversate	v	32,32		c0
tergiversation	n		4,4		32:80
term	nv	32	10,28	40	32:40
terminable	a
terminal	an		6,6
terminate	v	30,42		c0
terminated	a
terminative	a
terminological	a
terminology	n		10
terminus	n		15,9		42:80
terms	n		26,21
ternary	an		23
ternate	a
terpsichore	n		18,4
terpsichorean	an		18
terrace	nv	40,30	6,17	40	40:40
terrasse	v	40		40
terrene	a
terrestrial	a
terrible	a
terribleness	n		7
terrific	a
terrified	a
terrify	v	37		60
terrifying	a
territorial	an		18,14
territorialisation	n		4		41:40
territorialise	v	41,30		40
territoriality	n		4
territorialization	n		4		41:40
territorialize	v	41,30		40
territory	n		15,9
terror	n		12,18		41:20
terror-stricken	a
terror-struck	a
terrorisation	n		4,4		37:60
terrorise	v	41,37		60
terrorism	n		4
terrorization	n		4,4		37:60
terrorize	v	41,37		60
terse	a
terseness	n		10
tertian	a
tertiary	an		28
tertry	n		4
tessellate	v	42,35		c0
tessellated	a
tessellation	n		4,4		35:40
test	nv	41,41	9,4	60	41:40
test-cross	n		4
testaceous	a
testament	n		9,10
testamentary	a
testate	an		18
testcross	n		4
tested	a
testicular	a
testify	v	32,32		c4
testimonial	an		10,10
testimony	n		10,10		32:80
testiness	n		12
testing	n		4,4		41:40
testy	a
tetanic	a
tetanilla	n		26
tetanus	n		26,4
tetany	n		26
tetartanopia	n		26
tetchiness	n		12
tetchy	a
tete-a-tete	an		10,6
teth	n		10
tether	nv	35	6	40	35:40
tetherball	n		4
tethered	a
tetragonal	a
tetragram	n		10
tetragrammaton	n		10
tetralogy	n		10
tetramerous	a
tetrameter	n		10
tetrametric	a
tetravalent	a
teutonic	a
tewkesbury	n		4
texan	an		18
text	n		10,10
text-matching	n		10
textbook	an		10
textile	an		6
textual	a
texture	n		7,9
textured	a
thai	an		18,10
thalamocortical	a
thalassaemia	n		26
thalassemia	n		26
thalassic	a
thalloid	a
thallophytic	a
thalweg	n		25,10
thanatology	n		9
thanatophobia	n		26
thanatopsis	n		10
thaneship	n		4
thank	v	32		20
thankful	a
thankfulness	n		12
thankless	a
thanks	n		10,4
thanksgiving	n		28,10
thatch	nv	35	8,27	40	35:40
thatcherism	n		9
thaumatolatry	n		4
thaumaturgy	n		9,4
thaw	nv	30	22,19	c0	30:c0
thawed	a
thawing	n		22,19		30:c0
thb	n		10
thd	n		10
theanthropism	n		9,9
theater	n		6,10
theatre	n		6,10
theatrical	an		10
theatricality	n		7
theban	an		18,18
theft	n		4
theism	n		9
theist	an		18
theistic	a
theistical	a
thelarche	n		11
thematic	a
theme	nv	40	10,9	40
then	an		28
thenal	a
thenar	an		8,8
theocracy	n		14,9
theocratic	a
theodicy	n		9
theogony	n		9
theological	a
theologise	v	32,31		c0
theologize	v	32,31		c0
theology	n		9,9
theophany	n		11
theorem	n		10,9
theoretic	a
theoretical	a
theorisation	n		9		31:4
theorise	v	31		4
theorization	n		9		31:40
theorize	v	31,31		44
theory	n		9,9		31:4
theory-based	a
theosophical	a
theosophism	n		9
theosophy	n		9
theoterrorism	n		4
therapeutic	an		6
therapeutical	a
therapeutics	n		9
therapy	n		4
theravada	n		9
thereness	n		26,26
thermal	an		19
thermalgesia	n		26
thermic	a
thermionic	a
thermionics	n		9
thermocautery	n		4
thermochemistry	n		9
thermocoagulation	n		22
thermodynamic	a
thermodynamical	a
thermodynamics	n		9
thermoelectric	a
thermoelectrical	a
thermoelectricity	n		19
thermogram	n		10
thermography	n		4
thermogravimetric	a
thermogravimetry	n		4
thermohydrometric	a
thermolabile	a
thermometric	a
thermometry	n		4
thermonuclear	a
thermoplastic	an		27
thermopylae	n		4
thermoset	a
thermosetting	a
thermostat	nv	41	6	40	41:40
thermostatic	a
thermostatics	n		9
thermotherapy	n		4
thermotropism	n		4
thesaurus	n		10
thesis	n		10,10
thespian	an		18
theta	n		10
theurgy	n		18,9
thick	an		15
thick-billed	a
thick-bodied	a
thick-branched	a
thick-haired	a
thick-lipped	a
thick-skinned	a
thick-skulled	a
thick-stemmed	a
thicken	v	30,30		c0
thickened	a
thickening	an		27,25
thicket-forming	a
thickheaded	a
thickness	n		7,10
thickset	a
thickspread	a
thieve	v	40		40
thievery	n		4		40:40
thieving	an		4		40:40
thievish	a
thievishness	n		7
thigh-slapper	n		10
thimble-shaped	a
thimblerig	n		4
thin	av	30,30		c0
thin-bodied	a
thin-shelled	a
thin-skinned	a
thing	n		26,4
thing-in-itself	n		9
things	n		21
think	nv	31,31	9	35	31:80
thinkable	a
thinking	an		9		31:40
thinned	a
thinness	n		7,7
thinning	n		4		30:c0
third	an		23,4
third-dimensional	a
third-dimensionality	n		7
third-rate	a
third-year	a
thirdhand	a
thirst	nv	39,34	26,7	80	39:80
thirstiness	n		26,26
thirsty	a
thirteen	an		23
thirteenth	an		24
thirtieth	an		24
thirty	an		23
thirty-eight	a
thirty-eighth	a
thirty-fifth	a
thirty-first	a
thirty-five	a
thirty-four	a
thirty-fourth	a
thirty-nine	a
thirty-ninth	a
thirty-one	a
thirty-second	an		23
thirty-seven	a
thirty-seventh	a
thirty-six	a
thirty-sixth	a
thirty-third	a
thirty-three	a
thirty-two	a
thistlelike	a
thm	n		10
tho	n		10
thomism	n		9
thoracentesis	n		4
thoracic	a
thoracocentesis	n		4
thoracotomy	n		4
thoreauvian	a
thoriate	v	30		40
thoriated	a
thorn	n		9,20
thorn-tipped	a
thorniness	n		7,7
thornless	a
thorny	a
thorough	a
thoroughbred	an		18,5
thoroughgoing	a
thoroughness	n		7
thought	n		9,9		31:30
thought-image	n		9
thought-provoking	a
thoughtful	a
thoughtfulness	n		9,7
thoughtless	a
thoughtlessness	n		7,7
thousand	an		23
thousandth	an		24,23
thracian	an		18,10
thraco-phrygian	n		10
thraldom	n		26
thrall	n		26,18
thralldom	n		26
thrash	nv	35,38	4	a0	38:80
thrashing	n		11,4		35:60
thread	nv	38,35	6,17	c0	35:40
threadbare	a
threaded	a
threadlike	a
thready	a
threat	n		26,10
threaten	v	42,32		61
threatened	a
threatening	a
three	an		23,6
three-bagger	n		4
three-cornered	a
three-d	an		10,9
three-dimensional	a
three-dimensionality	n		7
three-figure	a
three-fold	a
three-hitter	n		4
three-hundredth	a
three-lane	a
three-legged	a
three-lipped	a
three-lobed	a
three-membered	a
three-needled	a
three-party	a
three-petaled	a
three-petalled	a
three-piece	a
three-ply	a
three-pronged	a
three-seeded	a
three-sided	a
three-way	a
three-wheel	a
three-wheeled	a
three-year-old	a
threefold	a
threepence	n		21
threepenny	a
threescore	an		14
threnody	n		10
thresh	v	38,38		80
threshing	n		4		35:40
threshold	n		28,9
thrift	n		20,7
thriftiness	n		7
thriftless	a
thriftlessness	n		7
thrifty	a
thrill	nv	39,37	12,12	60	37:60
thrilled	a
thriller	n		10		39:60
thrillful	a
thrilling	a
thrive	v	30,40		80
thriving	a
throated	a
throaty	a
throb	nv	39,38	26,11	80	39:80
throbbing	an		11,11		39:80
throe	n		26,26
throes	n		12
thrombasthenia	n		26
thrombectomy	n		4
thrombocytopenia	n		26
thrombocytosis	n		26
thromboembolism	n		26
thrombolysis	n		22
thrombopenia	n		26
thrombophlebitis	n		26
thrombose	v	30		80
thrombosed	a
thrombosis	n		26
thrombus	n		26
throne	nv	41,41	6,6	a0	41:20
throng	nv	38	14	80	38:80
thronged	a
throttle	nv	30,35	6,6	60	30:40
throttlehold	n		7
throttling	n		4		35:60
through	a
throw	nv	35,38	4,26	60	35:60
throw-in	n		4
throw-weight	n		7
throwaway	an		18,10
throwback	an		18,11
thrown	a
thrown-away	a
thrum	nv	39,39	11	c0	39:40
thrush	n		26,18
thrust	nv	38,38	19,4	60	42:80
thrusting	n		4		38:80
thud	nv	39,35	11	c0	39:80
thudding	a
thuggee	n		4
thuggery	n		4
thumb	nv	38,39	8,6	80	35:60
thumbed	a
thumbprint	n		10
thumbtack	nv	35	6	40	35:40
thump	nv	38,39	11,4	80	39:80
thumping	an		11		39:80
thunder	nv	38,32	11,11	84	32:80
thunderbolt	n		19,11
thunderclap	n		11,11
thundering	a
thunderous	a
thundershower	n		19
thunderstorm	n		19
thunderstruck	a
thundery	a
thunk	n		11
thurify	v	39		40
thwack	nv	35	4	60	35:60
thwart	nv	41	6	40
thwarted	a
thwarting	an		4		41:40
thwartwise	a
thyroid	an		8
thyroidal	a
thyroidectomy	n		4
thyroiditis	n		26
thyromegaly	n		26
thyrotoxic	a
thyrotoxicosis	n		26
tia	n		26
tibetan	an		10,18
tibeto-burman	n		10
tibial	a
tic	n		26
tic-tac-toe	n		4
tick	nv	39,39	11,5	c0	39:c0
tick-tack-toe	n		4
ticket	nv	41,40	10,10	20	40:20
ticket-of-leave	n		10
ticking	n		11,6		39:80
tickle	nv	39,37	9,4	60	35:60
tickler	n		10
tickling	an		4		39:60
ticklish	a
ticktack	nv	39	10	80
ticktacktoe	n		4
ticktacktoo	n		4
ticktock	nv	39	11	80	39:80
ticonderoga	n		4
tictac	n		11
tidal	a
tiddly	a
tiddlywinks	n		4
tide	nv	38,38	11,11	c0	38:80
tidiness	n		26,7
tidings	n		10
tidy	anv	30	6	40
tie	nv	35,33	6,26	e0	30:40
tie-dye	v	30		40
tie-on	a
tie-up	n		26,11		35:40
tied	a
tier	n		26,18		33:80
tiered	a
tiff	n		10
tiger-striped	a
tigerish	a
tight	a
tight-fitting	a
tight-knit	a
tight-laced	a
tighten	v	30,30		c0
tightening	n		4		30:40
tightfisted	a
tightfistedness	n		7
tightfitting	a
tightlipped	a
tightness	n		26,9
tilde	n		10
tile	nv	35	6,27	40	35:40
tiled	a
tiling	n		4		35:40
till	nv	36	27,21	c0	36:c0
tillable	a
tillage	n		17,4		36:c0
tilled	a
tiller	nv	29	20,18	80	29:80
tilling	n		4		36:c0
tilt	nv	38,38	11,10	c0	33:80
tilted	a
tilth	n		26,17
timber-framed	a
timbered	a
timbre	n		7
time	nv	30,31	11,28	60	30:60
time-consuming	a
time-honored	a
time-honoured	a
time-release	a
time-tested	a
timecard	n		10,6
timed	a
timeless	a
timelessness	n		26
timeline	n		10
timeliness	n		7,7
timely	a
times	n		28,4
timeserving	a
timetable	n		10,10
timework	n		4
timeworn	a
timid	an		14
timidity	n		12,7
timidness	n		12
timing	n		7,4		31:60
timorese	an		18
timorous	a
timorousness	n		12,7
tin	nv	35,30	27,6	40	30:40
tin-plating	n		4
tinct	v	30		40
tincture	nv	30,30	27,10	60	30:40
tinderbox	n		26,6
tinea	n		26,5
tined	a
ting	nv	39,39	11	c0	39:40
tinge	nv	32,30	23,7	40	30:40
tingle	nv	39	12,9	80	39:80
tingling	an		9		39:80
tininess	n		7
tink	v	39		80
tinker	nv	35,41	18,18	80	35:80
tinkle	nv	39	11	80	39:80
tinkling	a
tinkly	a
tinned	a
tinning	n		4,4		30:40
tinnitus	n		26
tinny	a
tinpot	a
tinsel	nv	40,36	6,6	c0	36:40
tinseled	a
tinselly	a
tint	nv	30	7	40	30:40
tinting	n		4		30:40
tintinnabulate	v	39		80
tintinnabulation	n		11		39:80
tiny	a
tip	nv	38,30	15,21	40	30:40
tip-and-run	a
tip-off	n		9,4		32:61
tip-tilted	a
tip-up	a
tipped	a
tipple	nv	34	13	80	34:80
tippy	a
tippytoe	v	38		80
tipsiness	n		26
tipstaff	n		10
tipsy	a
tiptoe	anv	38	8	80	38:80
tiptop	an		26,15
tirade	n		10
tire	nv	29,29	6	e0
tired	a
tiredness	n		26
tireless	a
tirelessness	n		7
tiresome	a
tiresomeness	n		7
tiring	a
tissue	nv	36	8,27	40
tit-tat-toe	n		4
titanic	a
titer	n		7
tithe	nv	40,40	21,21	60
titillate	v	39,37		60
titillated	a
titillating	a
titillation	n		12,4		37:60
titivate	v	30		40
titivation	n		4		30:40
title	nv	32,32	10,10	40	32:40
titled	a
titrate	v	30		40
titration	n		4		30:40
titre	n		7		30:40
titter	nv	29	10	80	29:80
tittering	a
tittivate	v	30		40
tittivation	n		4		30:40
tittle-tattle	nv	32	10	80	32:80
tittup	v	38		80
titular	a
titulary	a
tizzy	n		26
tko	n		4
tlc	n		4
tlingit	n		18,10
to-do	n		26
toady	nv	32	18	80	32:80
toadyish	a
toast	nv	30,34	13,18	60	30:40
toasted	a
toasting	n		4		30:40
tobagonian	an		18
tobit	n		10
toboggan	nv	38	6	80	38:80
tobogganing	n		4		38:80
toccata	n		10
tocharian	n		10
tocktact	n		11
tocology	n		9
tocsin	n		10,6
tod	an		23
toda	n		18,10
toddle	v	38		80
toe	nv	38,35	8,6	c0	35:60
toe-in	n		4
toed	a
toehold	n		26,6
toeless	a
toenail	nv	35	8	40
toffee-nosed	a
tog	v	29		60
together	a
togetherness	n		12
togged	a
toggle	nv	40,35	10,6	40	35:40
togolese	an		18
toil	nv	41	4	80	41:80
toilet-train	v	31		20
toilet-trained	a
toilette	n		4
toiling	a
toilsome	a
toilsomeness	n		7
toke	n		4
token	an		10,10
tokenish	a
tolerable	a
tolerance	n		7,7
tolerant	a
tolerate	v	31,41		60
toleration	n		7,4		31:60
toll	nv	39,40	21,7	40	40:40
toll-free	a
tomahawk	nv	35,35	6	40	35:40
tombola	n		4
tomboyish	a
tomboyishness	n		7
tome	n		10
tomentose	a
tomentous	a
tomfoolery	n		4
tommyrot	n		10
tomography	n		4
tonal	a
tonality	n		10
tone	nv	32,32	10,7	40	32:40
tone-beginning	n		4
tone-deaf	a
toned	a
toneless	a
tonga	n		15,10
tongan	an		18,10
tongue	nv	36,35	8,10	e0	35:60
tongue-in-cheek	a
tongue-lashing	n		10
tongue-shaped	a
tongue-tie	v	40		60
tongue-tied	a
tongued	a
tongueless	a
tonguelike	a
tonic	an		13,13
tonicity	n		26
tonnage	n		21
tonometry	n		4
tonsillectomy	n		4
tonsillitis	n		26
tonsorial	a
tonsure	nv	29	8,4	20	29:20
tonsured	a
tontine	n		21,21
tonus	n		26
too-careful	a
too-generous	a
too-greedy	a
tool	nv	38,38	6,4	80	36:40
toon	n		10
toot	nv	39	11,4	c0	39:c0
toothache	n		26
toothed	a
toothless	a
toothlike	a
toothsome	a
toothsomeness	n		7
toothy	a
tootle	nv	39	11	c0	39:c0
top	anv	42,38	15,15	40	35:40
top-down	a
top-flight	a
top-grade	a
top-heavy	a
top-hole	a
top-notch	a
top-quality	a
top-secret	a
topdress	v	30		40
tope	nv	34	6	80
topiary	n		6,4
topic	n		10,9
topical	a
topicality	n		7
topicalization	n		10		32:c0
topicalize	v	32		c0
topknotted	a
topless	a
topmost	a
topnotch	a
topognosia	n		9
topognosis	n		9
topographic	a
topographical	a
topography	n		7,9
topolatry	n		4
topologic	a
topological	a
topology	n		9,9
toponomy	n		10,9
toponym	n		10
toponymy	n		10,9
topos	n		9
topped	a
topping	an		13
topple	v	38,38		e0
tops	a
topspin	n		11
topsy-turvy	a
topsy-turvydom	n		26
topsy-turvyness	n		26
torah	n		10,10
torch	nv	30	6,20	40	30:40
torchlight	n		19
torment	nv	37,37	26,12	60	29:20
tormented	a
torn	a
tornado	n		19,6
toroidal	a
torpedo	nv	33	18,13	60
torpid	a
torpidity	n		26,7
torpidness	n		7
torpor	n		26,7
torque	n		19
torrent	n		19,11
torrential	a
torrid	a
torridity	n		7
torsion	n		25,19
tort	n		4
torticollis	n		26
tortious	a
tortuous	a
tortuousness	n		25,7
torture	nv	37,29	12,26	60	37:60
tortured	a
torturesome	a
torturing	an		4		29:20
torturous	a
torulose	a
tosh	n		10
tosk	n		10
toss	nv	35,38	4,4	c0	38:c0
toss-up	n		19
tossup	n		19
tot	nv	32	23,18	40
total	anv	42,32	6,9	40	42:40
totaled	a
totalise	v	30		40
totalism	n		9
totalistic	a
totalitarian	an		18
totalitarianism	n		14,9
totality	n		26,7
totalize	v	30		40
tote	nv	35	6	40	35:40
totemic	a
totemism	n		9
totipotence	n		7
totipotency	n		7
totipotent	a
totter	v	38,38		80
tottering	a
tottery	a
touch	nv	35,39	11,9	e0	42:c0
touch-and-go	a
touch-type	v	32		80
touchable	a
touchback	n		4
touchdown	n		4,4		38:80
touched	a
touchiness	n		12
touching	an		11,4		39:60
touchstone	n		10
touchy	a
touchy-feely	a
tough	an		18,18
tough-minded	a
tough-skinned	a
toughen	v	30		40
toughened	a
toughie	n		18,10
toughness	n		7,7
toupeed	a
tour	nv	38	4,28	c0	38:c0
tourism	n		4
touristed	a
touristry	n		4
touristy	a
tournament	n		11,11
tourney	nv	33	11	80	33:80
tousle	v	35		40
tousled	a
tout	nv	32,32	18,18	94	32:10
tow	nv	35	4	40	35:40
towage	n		4		35:40
towel	nv	35	6	60	35:60
tower	nv	42	6,25	80	42:80
towering	a
towheaded	a
toxaemia	n		26,26
toxemia	n		26,26
toxic	a
toxicant	an		27
toxicity	n		23,7
toxicologic	a
toxicological	a
toxicology	n		9
toxoplasmosis	n		26
toy	nv	41,35	6,6	80	29:40
toying	n		4		41:80
tpn	n		4
tra-la	n		10
tra-la-la	n		10
trabeate	a
trabeated	a
trabecular	a
trabeculate	a
trace	nv	31,35	23,10	40	39:40
traceable	a
tracheal	a
tracheitis	n		26
tracheobronchitis	n		26
tracheostomy	n		4
tracheotomy	n		4
trachoma	n		26
tracing	n		4,6		35:40
track	nv	38,39	17,9	60	38:c0
trackable	a
tracked	a
tracking	n		4		38:60
trackless	a
tractability	n		7
tractable	a
tractableness	n		7
tractarianism	n		9
tractile	a
traction	n		19,4
tractive	a
trad	n		10
trade	nv	40,40	4,4	40	40:c0
trade-in	n		21		40:40
trade-last	n		10
trade-off	n		4
tradecraft	n		9
trademark	nv	35,32	7,10	40
trademarked	a
tradeoff	n		4
trading	n		4		40:c0
tradition	n		9,9
traditional	a
traditionalism	n		7,4
traditionalist	an		18
traditionalistic	a
traditionality	n		7
traduce	v	32		60
traducement	n		10		32:60
trafalgar	n		4
traffic	nv	40,40	14,4	c0	40:c0
trafficator	n		10
tragedy	n		11,10
tragic	a
tragical	a
tragicomedy	n		10,10
tragicomic	a
tragicomical	a
trail	nv	38,38	17,6	e0
trailer	n		18,10		38:80
trailing	n		4		38:60
train	nv	31,31	6,14	20	38:80
trained	a
traineeship	n		21
training	n		4,7		41:20
traipse	v	38		80
trait	n		7
traitorous	a
traitorousness	n		7
trajectory	n		19
tralatitious	a
tram	nv	38	6,6	80
trammel	nv	35,30	6,6	60
tramontana	n		19
tramontane	an		19
tramp	nv	38,38	18,18	80
trample	nv	38,29	11	c0	38:40
trampling	n		11		38:80
trance	nv	37	26,9	60	37:60
trancelike	a
tranche	n		21
tranquil	a
tranquilising	a
tranquility	n		7,26
tranquilize	v	37,29		60
tranquilizing	a
tranquillise	v	37,29		60
tranquillising	a
tranquillity	n		26,12
tranquillize	v	37,29		60
tranquillizing	a
transact	v	40		80
transactinide	an		27
transaction	n		4		40:80
transactions	n		10
transalpine	an		18
transaminate	v	30,30		c0
transamination	n		22,22		30:80
transatlantic	a
transcend	v	42,42		40
transcendence	n		26,26		42:40
transcendency	n		26,26		42:40
transcendent	a
transcendental	a
transcendentalism	n		9
transcontinental	a
transcribe	v	32,32		40
transcribed	a
transcript	n		10,10
transcription	n		10,22		32:40
transcultural	a
transcutaneous	a
transdermal	a
transdermic	a
transduce	v	30		40
transduction	n		22,22		30:40
transect	v	35		40
transeunt	a
transfer	nv	41,40	4,18	60	40:60
transferability	n		7
transferable	a
transference	n		9,4		40:40
transferrable	a
transferral	n		4		40:60
transfiguration	n		28,11		30:20
transfigure	v	30,30		a0
transfix	v	37,35		60
transfixed	a
transform	v	30,30		60
transformable	a
transformation	n		11,24		30:40
transformed	a
transfuse	v	40,38		c0
transfusion	n		4,4		29:20
transgender	a
transgendered	a
transgress	v	41,42		c0
transgression	n		4,19		41:80
transience	n		7,7
transiency	n		7
transient	an		18,11
transistorise	v	40		40
transistorised	a
transistorize	v	40		40
transistorized	a
transit	nv	38,38	6,6	c0	38:40
transition	nv	30,30	4,11	80	38:80
transitional	a
transitive	an		10
transitivise	v	30		40
transitivize	v	30		40
transitoriness	n		7
transitory	a
translatable	a
translate	v	32,30		e0
translation	n		10,11		42:80
translational	a
transliterate	v	32		40
transliteration	n		10		32:40
translocate	v	40,40		40
translocation	n		22,22		40:40
translucence	n		7
translucency	n		7
translucent	a
translunar	a
translunary	a
transmigrate	v	42,38		80
transmigration	n		11		42:80
transmissible	a
transmission	n		4,10		35:40
transmit	v	40,38		40
transmittable	a
transmittal	n		4		38:40
transmitted	a
transmitting	n		4		35:40
transmogrification	n		4		30:80
transmogrify	v	30		80
transmontane	a
transmundane	a
transmutability	n		7
transmutable	a
transmutation	n		4,11		30:60
transmute	v	30,30		e0
transnational	a
transoceanic	a
transonic	a
transparence	n		19,7
transparency	n		19,7
transparent	a
transparentness	n		7
transpirate	v	38		80
transpiration	n		22,22		38:80
transpire	v	38,30		80
transpiring	a
transplacental	a
transplant	nv	38,42	8,4	c0	35:40
transplantable	a
transplantation	n		4,4		35:40
transplanting	n		4		38:40
transpolar	a
transport	nv	38,35	6,22	60	35:40
transportable	a
transportation	n		6,4		38:60
transposability	n		7
transposable	a
transpose	nv	30,30	14	e0
transposed	a
transposition	n		26,11
transsexual	an		18,18
transsexualism	n		26
transship	v	38		40
transshipment	n		4		38:40
transubstantiate	v	30,30		60
transubstantiation	n		9,4		30:40
transudation	n		27,11		29:c0
transude	v	29		c0
transuranic	a
transversal	a
transverse	a
transvestic	a
transvestism	n		4
transvestite	an		18
transvestitism	n		4
trap	nv	41,35	6,6	60	35:40
trapezoidal	a
trapped	a
trapshooting	n		4
trash	nv	40,32	27,14	60	40:40
trashiness	n		7
trashy	a
trasimeno	n		4
trauma	n		26,26		29:40
traumatic	a
traumatise	v	29		40
traumatize	v	29		40
traumatology	n		9
traumatophobia	n		26
travail	nv	41	26,4	80	41:80
travel	nv	38,38	4,11	a0	38:80
travel-soiled	a
travel-stained	a
travel-worn	a
travelable	a
traveled	a
traveling	n		4		38:a0
travelled	a
travelling	n		4		38:a0
travelog	n		10
travelogue	n		10
traversable	a
traversal	n		4,4		38:c0
traverse	nv	38,42	6,6	c0
travesty	nv	36	10,10	40	36:40
trawl	nv	33	6,6	80	33:80
treacherous	a
treachery	n		7,4
treacle	n		13,10
treacly	a
tread	nv	38,38	4,6	80	38:80
treadle	nv	38,35	6	40	35:40
treason	n		4,7
treasonable	a
treasonous	a
treasure	nv	40,37	21,6	60
treasured	a
treasurership	n		4
treasury	n		21,14
treat	nv	41,30	13,11	70	34:20
treated	a
treatise	n		10
treatment	n		4,4		29:60
treaty	n		10
treble	anv	32,30	7	c0	32:80
tree	nv	38,35	20,25	60	33:40
tree-living	a
tree-shaped	a
tree-worship	n		4
treed	a
treeless	a
treelike	a
tref	a
trek	nv	38,38	4,4	80
trellis	nv	41	6	40	41:40
tremble	nv	38	4	80	38:80
trembles	n		26
trembling	an		26		38:80
tremendous	a
tremolo	n		26,11
tremor	nv	38	4,11	80	38:80
tremulous	a
trench	nv	41,35	6,17	40	35:40
trenchancy	n		7
trenchant	a
trend	nv	38	15,15	80	38:80
trend-setting	a
trendsetting	a
trendy	a
trente-et-quarante	n		4
trepan	nv	35	6,6	40	35:40
trephination	n		4		29:60
trephine	nv	29	6	60	29:60
trepid	a
trepidation	n		12
trespass	nv	41,41	4,4	80	41:80
trespassing	a
triage	n		4
trial	n		4,9		34:40
trial-and-error	a
triangular	a
triangularity	n		7
triangulate	av	41,31		40
triangulation	n		9,4		31:40
triassic	an		28
tribadism	n		4
tribadistic	a
tribal	a
tribalisation	n		4
tribalism	n		26,9
tribalization	n		4
tribology	n		9
tribulate	v	37		40
tribulation	n		11		37:40
tribuneship	n		4
tributary	an		17
tribute	n		10,4
trice	nv	35,35	28	60
tricentenary	a
tricentennial	a
trichiniasis	n		26
trichinosis	n		26
trichomoniasis	n		26
trichroism	n		19
trichromacy	n		9
trichromatic	a
trichrome	a
trichuriasis	n		26
trick	nv	41	4,28	28	41:28
tricked-out	a
trickery	n		10,4		41:28
trickiness	n		7,7
trickle	nv	38	11	80	38:80
tricksy	a
tricky	a
triclinic	a
tricolor	an		6
tricuspid	a
tricuspidate	a
tried	a
triennial	an		28
trifid	a
trifle	nv	42,41	13,9	80
trifling	an		4		42:80
trifoliate	a
trifoliated	a
trifoliolate	a
trifurcate	v	30		80
trifurcation	n		4		30:80
trig	an		9
trigger	nv	36,33	6,6	40	33:40
trigger-happy	a
trigonal	a
trigonometric	a
trigonometry	n		9
trigram	n		10
trihydroxy	a
trilateral	an		25
trilingual	a
trill	nv	32,32	10,10	c0	32:c0
trilled	a
trillion	an		23,23
trillionth	an		23
trilobate	a
trilobated	a
trilobed	a
trim	anv	35,36	26,6	40	36:40
trimmed	a
trimming	n		4,6		36:40
trimness	n		26
trimotored	a
trinidadian	an		18
trinitarianism	n		9
trinuclear	a
trinucleate	a
trinucleated	a
trio	n		23,10
trip	nv	38,38	4,26	e0	38:a0
trip-up	n		4		31:20
tripartite	a
tripe	n		13,10
tripinnate	a
tripinnated	a
tripinnatifid	a
triple	anv	30,35	4,14	c0	35:80
triple-crown	a
triple-space	v	32		40
triple-spacing	n		10		32:40
triple-tongue	v	36		c0
triplex	a
triplicate	nv	36	6	40	30:c0
triplicity	n		14,7
tripling	n		22		30:c0
triploid	a
tripos	n		10
tripping	a
trisect	v	35		40
triskaidekaphobia	n		26
triskaidekaphobic	a
trismus	n		26
trisomy	n		26
trisyllable	n		10
tritanopia	n		26
tritanopic	a
trite	a
triteness	n		9
tritheism	n		9
triumph	nv	33,37	11,12	c0	33:80
triumphal	a
triumphant	a
triune	a
trivalent	a
trivial	a
trivialise	v	32		40
triviality	n		7,9
trivialize	v	32		40
trivium	n		9
troat	v	32		80
trochaic	a
trochee	n		10
trojan	an		18,10
troll	nv	38,38	18,10	c0	36:40
trolling	n		4
trombiculiasis	n		26
trompe-l'oeil	a
troop	nv	38,38	14,14	80
trope	n		10
trophic	a
trophoblastic	a
trophotropic	a
trophotropism	n		4
trophy	n		10,6
tropic	an		15
tropical	a
tropism	n		4
troponym	n		10
trot	nv	38,38	4,18	80	38:80
troth	n		10,10
trotskyism	n		9
trouble	nv	37,41	9,11	60	41:60
trouble-free	a
trouble-shoot	v	30		c0
troubled	a
troubleshoot	v	30		c0
troublesome	a
troublesomeness	n		7
troubling	a
troublous	a
trounce	v	35,33		60
trouncing	n		11,4		33:60
trousered	a
trove	n		21
trowel	nv	35	6	40	35:40
truancy	n		4
truant	an		18,18
truce	n		26
truck	nv	38	6,6	60	38:60
truckage	n		21,4		38:60
trucking	n		4		38:60
truckle	nv	42,32	6	c0
truckling	n		4		32:80
truculence	n		7
truculency	n		7
truculent	a
trudge	nv	38	4	80	38:80
true	anv	30	7	40	30:40
true-blue	a
true-false	a
true-to-life	a
truehearted	a
trueness	n		26,7
truism	n		10
trump	nv	39,33	6,6	a0	33:80
trumped-up	a
trumpery	n		10,6
trumpet	nv	32,36	6	c0	36:80
trumpet-like	a
trumpet-shaped	a
trumping	n		4		33:80
truncate	av	40,31		40
truncated	a
truncation	n		7,4		40:40
trundle	nv	38	6,6	80
truss	nv	35,35	6,6	60	35:40
trussed	a
trust	nv	31,41	21,9	81	31:4
trusted	a
trusteeship	n		15,4
trustful	a
trustfulness	n		7
trustiness	n		7
trusting	a
trustingness	n		7
trustworthiness	n		7
trustworthy	a
trusty	an		18
truth	n		9,26
truthful	a
truthfulness	n		7
try	nv	41,41	4	c1	41:c1
try-on	n		4		29:40
trying	a
tryout	n		9,4		41:40
tryst	n		14,4
tsarist	a
tsaristic	a
tshiluba	n		10
tsimshian	n		18,10
tsk	v	32		80
tsoris	n		12
tsouic	n		10
tss	n		26
tsunami	n		11
tsuris	n		4
tsushima	n		4
tswana	n		18,10
tuareg	n		18,10
tubal	a
tubbiness	n		7
tubby	a
tube	nv	40,38	6,6	40	35:40
tube-nosed	a
tube-shaped	a
tubed	a
tubeless	an		6
tubelike	a
tubercle	n		26,20
tubercular	an		18
tuberculate	a
tuberculoid	a
tuberculosis	n		26
tuberculous	a
tuberous	a
tubular	a
tuck	nv	35,35	13,7	40
tucked	a
tucker	nv	29	18,18	60
tucket	n		10
tudor	an		14,18
tufted	a
tug	nv	35,41	4,6	81	35:40
tug-of-war	n		4,11
tuition	n		21,4
tularaemia	n		26
tularemia	n		26
tulu	n		18,10
tumble	nv	38,38	4,4	e0	29:80
tumble-down	a
tumbling	n		4		29:80
tumefaction	n		22		30:40
tumefy	v	30,30		c0
tumesce	v	30		80
tumescence	n		26
tumescent	a
tumid	a
tumidity	n		26
tumidness	n		26
tumor	n		26
tumour	n		26
tumult	n		26,12
tumultuous	a
tumultuousness	n		26
tune	nv	30,30	10,7	40	30:40
tune-up	n		4,4		30:40
tuneful	a
tunefulness	n		7
tuneless	a
tungus	n		18,10
tungusic	n		18,10
tunguz	n		10
tuning	n		4		30:40
tunisian	an		18
tunnage	n		21
tunnel	nv	38,35	6,17	80	35:80
tupi	n		18,10
tupi-guarani	n		10
tuppence	n		21
tuppeny	a
turbaned	a
turbid	a
turbidity	n		7
turbidness	n		7
turbinate	an		8
turbulence	n		19,26
turbulency	n		19
turbulent	a
turcoman	n		18,10
turf	nv	35	17,15	40
turfan	n		10
turgid	a
turgidity	n		10
turgidness	n		10
turgor	n		26
turkey-sized	a
turki	n		18,10
turkic	an		10
turkic-speaking	a
turkish	an		10
turkmen	an		18,15
turko-tatar	n		10
turkoman	n		18,10
turmoil	n		26,12
turn	nv	38,30	25,4	80	38:80
turn-on	n		9		37:60
turnabout	n		9,4
turnaround	n		28,9
turndown	n		4		40:40
turned	a
turning	n		4,4		38:80
turnip-shaped	a
turnoff	n		9,6		37:60
turnround	n		4
turp	n		4
turpitude	n		4
turquoise	n		27,7
turtle	nv	38,33	6,5	80
tuscan	an		18,10
tuscarora	n		18,10
tushery	n		10
tusk	nv	35,30	27,5	40	30:40
tusked	a
tussle	nv	35,35	4	c0	35:80
tut	v	32		80
tut-tut	v	32		80
tutelage	n		4,4		32:20
tutelar	a
tutelary	a
tutelo	n		18,10
tutor	nv	32,41	18	20
tutorial	an		10
tutorship	n		4
tuxedoed	a
tv	n		10,6
twaddle	nv	32	10	80	32:80
twang	nv	39,39	11,7	c0	35:40
tweak	nv	35,35	4	40	35:40
twee	a
tweediness	n		7,7
tweedle	v	36,36		80
tweedy	a
tweet	nv	39,35	11	c0	39:80
tweeze	v	35		40
twelfth	an		24,23
twelve	an		23
twelve-sided	a
twentieth	an		24
twenty	an		23,21
twenty-eight	an		23
twenty-eighth	a
twenty-fifth	a
twenty-first	a
twenty-five	an		23
twenty-four	an		23
twenty-fourth	a
twenty-nine	an		23
twenty-ninth	a
twenty-one	an		23,4
twenty-second	a
twenty-seven	an		23
twenty-seventh	a
twenty-six	an		23
twenty-sixth	a
twenty-third	a
twenty-three	an		23
twenty-twenty	n		9
twenty-two	an		23,6
twiddle	nv	38,35	4	c0	38:c0
twig	nv	30,31	20	80	30:80
twiggy	a
twiglike	a
twilight	an		28,19
twilit	a
twill	nv	36	6,6	40	36:40
twilled	a
twin	anv	42,35	18,18	60	29:80
twin-bedded	a
twine	nv	35,35	6	40	35:40
twinge	nv	39,39	12,9	c0	39:80
twinkle	nv	39,43	11,7	c0	43:80
twinkling	an		28
twinkly	a
twinned	a
twinning	a
twirl	nv	38,38	25,4	c0	38:40
twirp	nv	39	18	80
twist	nv	38,35	11,10	c0	32:40
twisted	a
twister	n		19,13		38:80
twisting	an		4,4		32:40
twisty	a
twit	nv	32	18,4	20	32:20
twitch	nv	29,38	26	c0	38:c0
twitching	n		26		38:c0
twitter	nv	32	11	80	32:80
two	an		23,6
two-a-penny	a
two-bagger	n		4
two-baser	n		4
two-chambered	a
two-channel	a
two-dimensional	a
two-dimensionality	n		7
two-eared	a
two-faced	a
two-fold	a
two-footed	a
two-handed	a
two-hitter	n		4
two-humped	a
two-hundredth	a
two-lane	a
two-leafed	a
two-leaved	a
two-lipped	a
two-lobed	a
two-needled	a
two-part	a
two-party	a
two-piece	an		6,6
two-ply	a
two-pronged	a
two-sided	a
two-step	nv	38	4	80	38:80
two-time	v	41		80
two-timing	a
two-toe	a
two-toed	a
two-way	a
two-wheel	a
two-wheeled	a
two-year	a
two-year-old	a
twofer	n		10,10
twofold	a
twopence	n		21
twopenny	a
twopenny-halfpenny	a
twoscore	a
tying	n		4		36:40
tympanic	a
tympanites	n		26
tympanitic	a
tympanitis	n		26
tympanoplasty	n		4
type	nv	32,31	9,18	e0	31:60
typecast	v	36,31		60
typeface	n		10
typescript	n		10
typeset	v	36		40
typewrite	v	32		c0
typewriting	n		10		32:c0
typhoid	n		26
typhoon	n		19
typhus	n		26
typic	a
typical	a
typicality	n		26
typification	n		9,4		42:40
typify	v	42,32		40
typing	n		10		32:c0
typo	n		10
typographic	a
typographical	a
typography	n		4,10
typology	n		4
tyrannic	a
tyrannical	a
tyrannicide	n		4
tyrannise	v	41,37		60
tyrannize	v	41,37		60
tyrannous	a
tyranny	n		14,26
tyrolean	an		18,6
tyrolese	a
tyrosinemia	n		26
tzarist	a
u	an		27,27
u-drive	n		21
u-shaped	a
u-turn	n		4
ubiety	n		26
ubiquitous	a
ubiquitousness	n		26
ubiquity	n		26
ubykh	n		10
udmurt	n		18,10
ufo	n		9
ugandan	an		18
ugaritic	n		10
uglify	v	30		40
ugliness	n		7,7
ugly	a
ugrian	n		10
ugric	n		10
uhf	n		7
uighur	n		18,10
uigur	n		18,10
ukase	n		10
ukrainian	an		10
ulalgia	n		26
ulatrophia	n		26
ulcer	n		26		30:80
ulcerate	v	30,29		c0
ulcerated	a
ulceration	n		26,22		30:80
ulcerative	a
ulcerous	a
ulemorrhagia	n		26
ulitis	n		26
ulnar	a
ult	a
ulterior	a
ulteriority	n		7
ultima	n		10
ultimacy	n		26
ultimate	an		7
ultimateness	n		26
ultimatum	n		10
ultimo	a
ultra	a
ultracentrifugation	n		22		38:40
ultracentrifuge	nv	38	6	40
ultraconservative	an		18
ultramarine	an		27,7
ultramicroscopic	a
ultramodern	a
ultramontane	an		18
ultramontanism	n		9
ultranationalism	n		7
ultranationalistic	a
ultrasonic	a
ultrasonography	n		4
ultrasound	n		19,4
ultraviolet	an		19
ululate	v	32		80
ululation	n		10		32:80
umbel-like	a
umbellar	a
umbellate	a
umbelliferous	a
umbelliform	a
umber	an		27,7
umbilical	an		8
umbilicate	a
umbra	n		26
umbrage	n		12
umbrageous	a
umbrella	an		6,4
umbrella-shaped	a
umbrellalike	a
umbrian	n		10
umbundu	n		10
umlaut	n		10
umpirage	n		10,4		33:c0
umpire	nv	33	18,18	c0	33:c0
umpteen	a
umpteenth	a
umptieth	a
umteen	a
umteenth	a
un-american	a
un-come-at-able	a
un-get-at-able	a
unabashed	a
unabated	a
unable	a
unabridged	an		10
unabused	a
unaccented	a
unacceptability	n		7
unacceptable	a
unacceptableness	n		7
unaccepted	a
unaccessible	a
unaccommodating	a
unaccompanied	a
unaccountable	a
unaccredited	a
unaccustomed	a
unachievable	a
unacknowledged	a
unacquainted	a
unacquisitive	a
unactable	a
unadaptability	n		7
unadaptable	a
unadapted	a
unaddicted	a
unaddressed	a
unadjustable	a
unadjusted	a
unadoptable	a
unadorned	a
unadulterated	a
unadventurous	a
unadvisable	a
unadvised	a
unaerated	a
unaesthetic	a
unaffected	a
unaffectedness	n		7
unaffecting	a
unaffectionate	a
unaffiliated	a
unaffixed	a
unafraid	a
unaged	a
unaggressive	a
unagitated	a
unaided	a
unaired	a
unairworthy	a
unalarming	a
unalert	a
unalienable	a
unalike	a
unalloyed	a
unalterability	n		7,7
unalterable	a
unaltered	a
unambiguity	n		7
unambiguous	a
unambitious	a
unamended	a
unanalyzable	a
unanalyzed	a
unangry	a
unanimated	a
unanimity	n		26
unanimous	a
unannealed	a
unannounced	a
unanswerable	a
unanswered	a
unanticipated	a
unapologetic	a
unappareled	a
unapparent	a
unappealable	a
unappealing	a
unappeasable	a
unappendaged	a
unappetising	a
unappetisingness	n		7
unappetizing	a
unappetizingness	n		7
unappreciated	a
unappreciative	a
unapprehensive	a
unapproachability	n		7
unapproachable	a
unarbitrary	a
unarguable	a
unargumentative	a
unarm	v	33		20
unarmed	a
unarmored	a
unarmoured	a
unarticulate	a
unarticulated	a
unartistic	a
unary	a
unascertainable	a
unascribable	a
unashamed	a
unasked	a
unassailable	a
unassertive	a
unassertiveness	n		12
unassignable	a
unassigned	a
unassisted	a
unassuming	a
unassumingness	n		7
unassured	a
unasterisked	a
unattached	a
unattackable	a
unattainable	a
unattainableness	n		26
unattended	a
unattired	a
unattractive	a
unattractiveness	n		7
unattributable	a
unauthentic	a
unauthorised	a
unauthorized	a
unavailability	n		7
unavailable	a
unavailing	a
unavenged	a
unavoidability	n		7
unavoidable	a
unavowed	a
unawakened	a
unaware	a
unawareness	n		9
unawed	a
unbacked	a
unbaffled	a
unbalance	nv	42,37	26,26	40	37:40
unbalanced	a
unbalconied	a
unbanded	a
unbaptised	a
unbaptized	a
unbar	v	35		40
unbarred	a
unbarreled	a
unbarrelled	a
unbearable	a
unbeatable	a
unbeaten	a
unbecoming	a
unbecomingness	n		7
unbefitting	a
unbeholden	a
unbeknown	a
unbeknownst	a
unbelief	n		9
unbelievable	a
unbelieving	a
unbeloved	a
unbelt	v	35		40
unbelted	a
unbend	v	38,35		c0
unbendable	a
unbending	a
unbeneficed	a
unbent	a
unbiased	a
unbiassed	a
unbigoted	a
unbind	v	35		60
unbitter	a
unbleached	a
unblemished	a
unblended	a
unblessed	a
unblinking	a
unblock	v	35,33		40
unbloody	a
unblushing	a
unbodied	a
unbolt	v	35		40
unbolted	a
unbooked	a
unbordered	a
unborn	a
unbosom	v	32		20
unbound	a
unbounded	a
unboundedness	n		7
unbowed	a
unbox	v	35		40
unbrace	v	35,30		60
unbraced	a
unbraid	v	35		40
unbrainwashed	a
unbranched	a
unbranching	a
unbranded	a
unbreakable	a
unbreakableness	n		7
unbridgeable	a
unbridle	v	40		40
unbridled	a
unbroken	a
unbrushed	a
unbuckle	v	35		40
unburden	v	40,35		60
unburdened	a
unburied	a
unburnished	a
unbutton	v	35		40
unbuttoned	a
uncalled-for	a
uncamphorated	a
uncanny	a
uncapped	a
uncarbonated	a
uncared-for	a
uncaring	a
uncarpeted	a
uncarved	a
uncase	v	29		e0
uncastrated	a
uncategorised	a
uncategorized	a
uncaulked	a
uncaused	a
unceasing	a
uncensored	a
unceremonial	a
unceremonious	a
unceremoniousness	n		7
uncertain	a
uncertainness	n		7
uncertainty	n		7,9
uncertified	a
unchain	v	35,35		60
unchained	a
unchallengeable	a
unchallenged	a
unchangeability	n		7
unchangeable	a
unchangeableness	n		7
unchanged	a
unchanging	a
unchangingness	n		7
uncharacteristic	a
uncharged	a
uncharitable	a
uncharted	a
unchartered	a
unchaste	a
uncheckable	a
unchecked	a
uncheerful	a
uncheerfulness	n		12,7
unchewable	a
unchivalrous	a
unchristian	a
unchristianly	a
unchristlike	a
unchurch	v	32		60
uncial	an		10
uncivil	a
uncivilised	a
uncivilized	a
unclad	a
unclaimed	a
unclasp	v	35		40
unclassifiable	a
unclassified	a
unclean	a
uncleanliness	n		7
uncleanly	a
uncleanness	n		26
unclear	a
uncleared	a
unclearness	n		7
unclimbable	a
unclip	v	35		40
unclipped	a
uncloak	v	32,30		60
unclog	v	35		c0
unclogged	a
unclothe	v	40,35		60
unclothed	a
unclouded	a
uncloudedness	n		7
unclutter	v	30		40
uncluttered	a
uncoated	a
uncoerced	a
uncoil	v	35		40
uncoiled	a
uncollected	a
uncollectible	a
uncolored	a
uncoloured	a
uncolumned	a
uncombable	a
uncombed	a
uncombined	a
uncomely	a
uncomfortable	a
uncomfortableness	n		26,12
uncommercial	a
uncommercialised	a
uncommercialized	a
uncommitted	a
uncommon	a
uncommonness	n		7,7
uncommunicative	a
uncommunicativeness	n		7
uncomparable	a
uncompartmented	a
uncompassionate	a
uncompensated	a
uncompetitive	a
uncomplaining	a
uncomplete	a
uncompleted	a
uncomplicated	a
uncomplimentary	a
uncompounded	a
uncomprehended	a
uncomprehending	a
uncomprehensible	a
uncompress	v	35		40
uncompromising	a
unconcealed	a
unconcern	n		7,12
unconcerned	a
unconditional	a
unconditioned	a
unconfessed	an		14
unconfined	a
unconfirmed	a
unconformable	a
unconformist	a
unconfused	a
uncongenial	a
uncongeniality	n		7
unconnected	a
unconquerable	a
unconquered	a
unconscientious	a
unconscientiousness	n		7,7
unconscionable	a
unconscious	an		9
unconsciousness	n		9
unconsecrated	a
unconsidered	a
unconsolable	a
unconsolidated	a
unconstipated	a
unconstitutional	a
unconstrained	a
unconstraint	n		7
unconstricted	a
unconstructive	a
unconsumed	a
unconsummated	a
uncontaminated	a
uncontaminating	a
uncontested	a
uncontrived	a
uncontrollable	a
uncontrolled	a
uncontroversial	a
unconventional	a
unconventionality	n		9,7
unconverted	a
unconvertible	a
unconvinced	a
unconvincing	a
uncooked	a
uncool	a
uncooperative	a
uncoordinated	a
uncordial	a
uncork	v	35,35		40
uncorrectable	a
uncorrected	a
uncorrelated	a
uncorroborated	a
uncorrupted	a
uncounted	a
uncouple	v	35		40
uncoupled	a
uncousinly	a
uncouth	a
uncouthness	n		7
uncover	v	39,35		40
uncovered	a
uncovering	n		4,4
uncrannied	a
uncrate	v	35		40
uncreased	a
uncreative	a
uncreativeness	n		9
uncritical	a
uncropped	a
uncross	v	38		40
uncrossed	a
uncrowded	a
uncrowned	a
uncrystallised	a
uncrystallized	a
unction	n		10,7
unctuous	a
unctuousness	n		7
uncultivable	a
uncultivatable	a
uncultivated	a
uncultured	a
uncurbed	a
uncured	a
uncurl	v	38		a0
uncurled	a
uncurtained	a
uncurved	a
uncurving	a
uncut	a
undamaged	a
undatable	a
undated	a
undaunted	a
undeceive	v	32		20
undeceived	a
undecided	a
undecipherable	a
undeciphered	a
undeclared	a
undecomposable	a
undecomposed	a
undecorated	a
undedicated	a
undefeated	a
undefendable	a
undefended	a
undeferential	a
undefiled	a
undefinable	a
undefined	a
undelineated	a
undemanding	a
undemocratic	a
undemonstrative	a
undeniable	a
undenominational	a
undependability	n		7
undependable	a
undependableness	n		7
undepicted	a
under	a
under-the-counter	a
under-the-table	a
underachieve	v	41		80
underachievement	n		4		41:80
underact	v	36		c0
underactive	a
underage	a
underarm	a
underbid	v	40,40		60
underbred	a
undercharge	nv	40	21,6	20	40:20
underclass	an		14
underclothed	a
undercoat	nv	35	6,6	40	35:40
undercoated	a
undercover	a
undercurrent	n		9,11
undercut	nv	40,35	27,13	60	35:40
underdevelop	v	39		40
underdeveloped	a
underdevelopment	n		26,22		39:40
underdone	a
underdress	v	29,29		a0
underdressed	a
undereducated	a
underemployed	a
underestimate	nv	31,31	9	40	31:40
underestimation	n		9		31:40
underevaluation	n		9
underexpose	v	39,39		60
underexposure	n		4,4		39:40
underfed	a
undergird	v	41,30		40
undergo	v	39		40
underground	an		14,6
undergrow	v	30		40
underhand	a
underhanded	a
underhung	a
underivative	a
underived	a
underlay	nv	38,35	6	40
underlie	v	42,42		40
underline	nv	32,32	10	44	32:40
underlying	a
undermanned	a
undermentioned	a
undermine	v	41,35		40
undernourish	v	34		20
undernourished	a
undernourishment	n		26		34:20
underpay	v	40		a0
underpayment	n		21,4		40:a0
underperform	v	41,36		c0
underpin	v	35,42		40
underplay	v	36,33		c0
underpopulated	a
underprice	v	40		40
underprivileged	a
underproduce	v	36		c0
underproduction	n		4		36:c0
underquote	v	40,32		60
underrate	v	31		60
underrating	n		9		31:60
underreckoning	n		9
underscore	nv	32,32	10	44	32:40
undersea	a
undersealed	a
undersell	v	40		20
undersexed	a
undershoot	v	38,33		40
undershot	a
undersign	v	32		40
undersize	a
undersized	a
underslung	a
underspend	v	40,40		c0
understaffed	a
understand	v	31,31		e4
understandability	n		7
understandable	a
understanding	an		9,10		31:c4
understate	v	32		40
understated	a
understatement	n		10		32:40
understock	v	40		c0
understood	a
understudy	nv	31	18	80	31:80
undertake	v	36,41		48
undertaking	n		4,4		36:48
undertide	n		11
undertone	n		10,9
undertow	n		12,11
undervaluation	n		9		31:60
undervalue	v	31,31		60
underwater	a
underway	a
underweight	a
underworld	n		14,9
underwrite	v	32,32		60
undescended	a
undescriptive	a
undeserved	a
undeserving	a
undesigned	a
undesirability	n		7
undesirable	an		18
undesired	a
undesiring	a
undesirous	a
undestroyable	a
undetectable	a
undetected	a
undeterminable	a
undetermined	a
undeterred	a
undeveloped	a
undeviating	a
undiagnosable	a
undiagnosed	a
undifferentiated	a
undigested	a
undignified	a
undiluted	a
undiminished	a
undimmed	a
undiplomatic	a
undirected	a
undiscerning	a
undischarged	a
undiscipline	n		7
undisciplined	a
undisclosed	a
undiscouraged	a
undiscoverable	a
undiscovered	a
undiscriminating	a
undisguised	a
undismayed	a
undisputable	a
undisputed	a
undissolved	a
undistinguishable	a
undistinguished	a
undistorted	a
undistributed	a
undisturbed	a
undiversified	a
undividable	a
undivided	a
undo	v	35,36		40
undoable	a
undock	v	38,35		c0
undocumented	a
undogmatic	a
undogmatical	a
undoing	n		4,4		35:40
undomestic	a
undomesticated	a
undone	a
undrained	a
undramatic	a
undrape	v	35		40
undraped	a
undrawn	a
undreamed	a
undreamt	a
undress	nv	29,30	26	e0	30:60
undressed	a
undried	a
undrinkable	a
undue	a
undulant	a
undulate	av	38,42		c0
undulation	n		25,11		38:c0
undulatory	a
undutiful	a
undutifulness	n		7
undyed	a
undying	a
undynamic	a
uneager	a
unearned	a
unearth	v	40,39		70
unearthly	a
unease	n		26,7
uneasiness	n		12,26
uneasy	a
uneatable	a
uneconomic	a
uneconomical	a
unedifying	a
unedited	a
uneducated	a
uneffective	a
unelaborate	a
unelaborated	a
unembarrassed	a
unembellished	a
unembodied	a
unemotional	a
unemotionality	n		12,7
unemphatic	a
unemployable	a
unemployed	an		14
unemployment	n		26
unenclosed	a
unencouraging	a
unencumbered	a
unended	a
unending	a
unendowed	a
unendurable	a
unenergetic	a
unenforceable	a
unenforced	a
unengaged	a
unenlightened	a
unenlightening	a
unenlightenment	n		9
unenlivened	a
unenrgetic	a
unenterprising	a
unenthusiastic	a
unentitled	a
unenviable	a
unequal	a
unequaled	a
unequalised	a
unequalized	a
unequalled	a
unequipped	a
unequivocal	a
unequivocalness	n		7
unerasable	a
unerect	a
unerring	a
unessential	a
unestablished	a
unethical	a
uneven	a
unevenness	n		7,7
uneventful	a
unexacting	a
unexampled	a
unexceeded	a
unexcelled	a
unexceptionable	a
unexceptional	a
unexchangeability	n		7
unexchangeable	a
unexcitable	a
unexcited	a
unexciting	a
unexclusive	a
unexcused	a
unexhausted	a
unexpansive	a
unexpected	a
unexpectedness	n		7
unexpendable	a
unexpended	a
unexpired	a
unexplainable	a
unexplained	a
unexploded	a
unexploited	a
unexplorative	a
unexploratory	a
unexplored	a
unexportable	a
unexpressed	a
unexpressible	a
unexpressive	a
unexpurgated	a
unextended	a
unfaceted	a
unfading	a
unfailing	a
unfair	a
unfairness	n		9,7
unfaithful	a
unfaithfulness	n		7
unfaltering	a
unfamiliar	a
unfamiliarity	n		7
unfashionable	a
unfasten	v	35,35		c0
unfastened	a
unfastening	n		4		35:40
unfastidious	a
unfathomable	a
unfathomed	a
unfattened	a
unfavorable	a
unfavorableness	n		7
unfavourable	a
unfavourableness	n		7
unfearing	a
unfeasibility	n		7
unfeasible	a
unfeathered	a
unfed	a
unfeeling	a
unfeelingness	n		7
unfeigned	a
unfeminine	a
unfenced	a
unfermented	a
unfertile	a
unfertilised	a
unfertilized	a
unfettered	a
unfilled	a
unfilmed	a
unfinished	a
unfirm	a
unfit	av	30		40
unfitness	n		26,7
unfitting	a
unfixed	a
unflagging	a
unflappable	a
unflattering	a
unflavored	a
unflavoured	a
unflawed	a
unfledged	a
unflinching	a
unfluctuating	a
unflurried	a
unflustered	a
unfocused	a
unfocussed	a
unfold	v	30,39		c0
unfolding	n		22		30:80
unforbearing	a
unforced	a
unforceful	a
unforeseeable	a
unforeseen	a
unforesightful	a
unforested	a
unforethoughtful	a
unforfeitable	a
unforgettable	a
unforgivable	a
unforgiving	a
unformed	a
unfortunate	an		18
unfounded	a
unframed	a
unfree	a
unfreeze	v	30,30		c0
unfrequented	a
unfretted	a
unfriendliness	n		12,7
unfriendly	a
unfrightened	a
unfrock	v	41		20
unfrosted	a
unfrozen	a
unfruitful	a
unfueled	a
unfulfilled	a
unfunctional	a
unfunded	a
unfunny	a
unfurl	v	30		c0
unfurnished	a
unfurrowed	a
ungainliness	n		7
ungainly	a
ungallant	a
ungarbed	a
ungarmented	a
ungathered	a
ungeared	a
ungenerous	a
ungentle	a
ungentlemanlike	a
ungentlemanly	a
ungetatable	a
unglamorous	a
unglamourous	a
unglazed	a
ungodliness	n		7
ungodly	a
ungovernable	a
ungoverned	a
ungraceful	a
ungracefulness	n		7
ungracious	a
ungraciousness	n		7
ungraded	a
ungrammatical	a
ungrasped	a
ungrateful	a
ungratefulness	n		12
ungratified	a
ungratifying	a
ungreased	a
ungregarious	a
ungroomed	a
ungrudging	a
ungual	a
unguaranteed	a
unguarded	a
unguiculate	an		5
unguiculated	a
unguided	a
ungulate	an		5
ungulated	a
ungummed	a
ungusseted	a
unhallow	v	32		60
unhallowed	a
unhampered	a
unhand	v	35		40
unhappiness	n		12,26
unhappy	a
unhardened	a
unharmed	a
unharmonious	a
unharness	v	35		40
unhatched	a
unhazardous	a
unheaded	a
unhealed	a
unhealthful	a
unhealthfulness	n		7
unhealthiness	n		26
unhealthy	a
unhearable	a
unheard	a
unheard-of	a
unhearing	a
unheated	a
unheeded	a
unheeding	a
unhelpful	a
unhelpfulness	n		7
unheralded	a
unhesitating	a
unhewn	a
unhindered	a
unhinge	v	37,30		60
unhinged	a
unhitch	v	35		40
unholiness	n		7
unholy	a
unhomogenised	a
unhomogenized	a
unhook	v	35		40
unhoped	a
unhoped-for	a
unhopeful	a
unhorse	v	38		80
unhuman	a
unhumorous	a
unhurried	a
unhurriedness	n		7
unhurt	a
unhygienic	a
uniate	an		18
unicameral	a
unicellular	a
unicuspid	a
unicycle	nv	38	6	80	38:80
unidentifiable	a
unidentified	a
unidimensional	a
unidirectional	a
unifacial	a
unification	n		11,26		30:40
unified	a
unifilar	a
unifoliate	a
uniform	anv	40	6	20	40:20
uniformed	a
uniformise	v	30		40
uniformity	n		7,7
uniformize	v	30		40
uniformness	n		7
unify	v	30,35		c0
unifying	a
unilateral	a
unilateralism	n		9
unilluminated	a
unilluminating	a
unimaginable	a
unimaginative	a
unimagined	a
unimodal	a
unimpaired	a
unimpassioned	a
unimpeachable	a
unimpeded	a
unimportance	n		26,7
unimportant	a
unimposing	a
unimpregnated	a
unimpressed	a
unimpressionable	a
unimpressive	a
unimprisoned	a
unimproved	a
unincorporated	a
unindustrialised	a
unindustrialized	a
uninebriated	a
uninfected	a
uninflected	a
uninfluenced	a
uninfluential	a
uninformative	a
uninformed	a
uninhabitable	a
uninhabited	a
uninhibited	a
uninitiate	an		14
uninitiated	a
uninjectable	a
uninjured	a
uninominal	a
uninquiring	a
uninquisitive	a
uninspired	a
uninspiring	a
uninstructed	a
uninstructive	a
uninsurability	n		7
uninsurable	a
uninsured	a
unintegrated	a
unintelligent	a
unintelligibility	n		10,7
unintelligible	a
unintended	a
unintentional	a
uninterested	a
uninteresting	a
uninterestingness	n		7
uninterrupted	a
unintimidated	a
unintoxicated	a
unintrusive	a
uninucleate	a
uninventive	a
uninvited	a
uninviting	a
uninvolved	a
union	an		14,15		41:20
unionisation	n		4		41:20
unionise	v	41,41		a0
unionised	a
unionization	n		4		41:20
unionize	v	41,41		a0
unionized	a
uniovular	a
uniovulate	a
uniparous	a
unipolar	a
unique	a
uniqueness	n		7
unironed	a
unisex	a
unisexual	a
unison	n		26,7
unitarian	an		18
unitarianism	n		9
unitary	a
unite	v	41,30		80
united	a
uniting	n		4,4		30:40
unitisation	n		9,4		35:40
unitise	v	41,35		40
unitization	n		9,4		35:40
unitize	v	41,35		40
unity	n		26,23
univalent	a
univalve	an		5
universal	an		10,10
universalise	v	32		40
universalism	n		9
universalist	a
universalistic	a
universality	n		7
universalize	v	32		40
universe	n		17,9
univocal	a
unix	n		10
unjointed	a
unjust	a
unjustifiable	a
unjustified	a
unjustness	n		7
unkempt	a
unkemptness	n		26
unkept	a
unkeyed	a
unkind	a
unkindled	a
unkindly	a
unkindness	n		7
unknot	v	35		c0
unknowable	a
unknowing	an		9
unknowingness	n		9,9
unknowledgeable	a
unknown	an		15,18
unlabeled	a
unlabelled	a
unlace	v	35		60
unlaced	a
unlade	v	35		40
unladylike	a
unlamented	a
unlash	v	35		40
unlatched	a
unlaureled	a
unlaurelled	a
unlawful	a
unlawfulness	n		7
unlax	v	29		60
unleaded	a
unlearn	v	31,31		41
unlearned	a
unleash	v	35,35		60
unleavened	a
unlettered	a
unlicenced	a
unlicensed	a
unlifelike	a
unlighted	a
unlikable	a
unlike	a
unlikeable	a
unlikelihood	n		7
unlikeliness	n		7
unlikely	a
unlikeness	n		7
unlimited	a
unlined	a
unlipped	a
unlisted	a
unlit	a
unliterary	a
unlittered	a
unlivable	a
unlive	v	42		40
unliveable	a
unliveried	a
unload	v	35,35		60
unloaded	a
unloading	n		4		35:40
unlobed	a
unlocated	a
unlock	v	35,35		40
unlocked	a
unlogical	a
unlooked-for	a
unloose	v	41,35		60
unloosen	v	41,35		60
unlovable	a
unloved	a
unlovely	a
unloving	a
unlubricated	a
unlucky	a
unmade	a
unmake	v	36		40
unmalicious	a
unmalleability	n		7
unmalleable	a
unmalted	a
unman	v	37		60
unmanageable	a
unmanageableness	n		7
unmanful	a
unmanlike	a
unmanliness	n		7
unmanly	a
unmanned	a
unmannered	a
unmannerly	a
unmapped	a
unmarked	a
unmarketable	a
unmarred	a
unmarried	a
unmask	v	32,35		60
unmasking	n		10		35:60
unmatchable	a
unmatched	a
unmated	a
unmeasurable	a
unmeasured	a
unmechanical	a
unmechanised	a
unmechanized	a
unmediated	a
unmedical	a
unmedicative	a
unmedicinal	a
unmelodic	a
unmelodious	a
unmelted	a
unmemorable	a
unmentionable	an		6
unmercenary	a
unmerchantable	a
unmerciful	a
unmercifulness	n		7
unmerited	a
unmeritorious	a
unmethodical	a
unmilitary	a
unmindful	a
unmindfulness	n		7
unmined	a
unmingled	a
unmistakable	a
unmitigable	a
unmitigated	a
unmixable	a
unmixed	a
unmoderated	a
unmodernised	a
unmodernized	a
unmodifiable	a
unmodified	a
unmodulated	a
unmolested	a
unmortgaged	a
unmotivated	a
unmotorised	a
unmotorized	a
unmourned	a
unmovable	a
unmoved	a
unmoving	a
unmown	a
unmusical	a
unmutilated	a
unmuzzle	v	40		40
unmyelinated	a
unnameable	a
unnamed	a
unnatural	a
unnaturalised	a
unnaturalized	a
unnaturalness	n		7
unnavigable	a
unnecessary	a
unneeded	a
unneighborliness	n		7
unneighborly	a
unneighbourly	a
unnerve	v	37		40
unnerved	a
unnerving	a
unneurotic	a
unnotched	a
unnoted	a
unnoticeable	a
unnoticeableness	n		7
unnoticed	a
unnourished	a
unnumberable	a
unnumbered	a
unnumerable	a
unobjectionable	a
unobjective	a
unobligated	a
unobliging	a
unobservable	a
unobservant	a
unobserved	a
unobstructed	a
unobtainable	a
unobtrusive	a
unobtrusiveness	n		7
unobvious	a
unoccupied	a
unoffending	a
unofficial	a
unoiled	a
unopen	a
unopened	a
unopposable	a
unopposed	a
unordered	a
unorganised	a
unorganized	a
unoriented	a
unoriginal	a
unoriginality	n		9,7
unornamented	a
unorthodox	a
unorthodoxy	n		9,9
unostentatious	a
unowned	a
unoxygenated	a
unpack	v	35		40
unpackaged	a
unpaid	a
unpainful	a
unpaintable	a
unpainted	a
unpaired	a
unpalatability	n		7,7
unpalatable	a
unpalatableness	n		7,7
unparallel	a
unparalleled	a
unpardonable	a
unparented	a
unparliamentary	a
unpartitioned	a
unpassable	a
unpasteurised	a
unpasteurized	a
unpatented	a
unpatriotic	a
unpatronised	a
unpatronized	a
unpatterned	a
unpaved	a
unpeaceable	a
unpeaceful	a
unpeopled	a
unperceivable	a
unperceived	a
unperceiving	a
unperceptive	a
unperceptiveness	n		7
unperformed	a
unpermed	a
unpermissive	a
unpermissiveness	n		7
unperplexed	a
unpersuadable	a
unpersuaded	a
unpersuasive	a
unpersuasiveness	n		7
unperturbed	a
unpick	v	35,35		c0
unpictured	a
unpicturesque	a
unpierced	a
unpigmented	a
unpillared	a
unpin	v	35		40
unpitying	a
unplaced	a
unplanned	a
unplanted	a
unplayable	a
unplayful	a
unpleasant	a
unpleasant-smelling	a
unpleasantness	n		12,7
unpleasing	a
unpleasingness	n		7
unpledged	a
unploughed	a
unplowed	a
unplug	v	35		40
unplumbed	a
unpointed	a
unpointedness	n		7
unpolished	a
unpolitical	a
unpolluted	a
unpompous	a
unpopular	a
unpopularity	n		7
unpopulated	a
unportable	a
unposed	a
unpotted	a
unpowered	a
unpracticed	a
unpractised	a
unprecedented	a
unpredictability	n		7,7
unpredictable	a
unpredicted	a
unpredictive	a
unprejudiced	a
unpremeditated	a
unprepared	a
unprepossessing	a
unpresentable	a
unpresidential	a
unpressed	a
unpretending	a
unpretentious	a
unpretentiousness	n		7
unpreventable	a
unpriestly	a
unprincipled	a
unprintable	a
unproblematic	a
unprocessed	a
unprocurable	a
unproductive	a
unproductiveness	n		7
unprofessional	a
unprofitability	n		7
unprofitable	a
unprofitableness	n		7
unprogressive	a
unpromised	a
unpromising	a
unprompted	a
unpronounceable	a
unprophetic	a
unpropitious	a
unpropitiousness	n		7
unprotected	a
unprotectedness	n		7
unprotective	a
unprovable	a
unproved	a
unproven	a
unprovocative	a
unprovoked	a
unprovoking	a
unpublishable	a
unpublished	a
unpunctual	a
unpunished	a
unpurified	a
unqualified	a
unquenchable	a
unquestionability	n		7
unquestionable	a
unquestionableness	n		7
unquestioned	a
unquestioning	a
unquiet	a
unquotable	a
unraised	a
unranked	a
unratable	a
unratified	a
unravel	v	35,35		c0
unreachable	a
unreached	a
unreactive	a
unread	a
unreadable	a
unready	a
unreal	a
unrealised	a
unrealism	n		9
unrealistic	a
unreality	n		7,26
unrealizable	a
unrealized	a
unreason	n		26
unreasonable	a
unreasoning	a
unreassuring	a
unreceptive	a
unreciprocated	a
unrecognisable	a
unrecognised	a
unrecognizable	a
unrecognized	a
unreconcilable	a
unreconciled	a
unreconstructed	a
unrecorded	a
unrecoverable	a
unredeemable	a
unredeemed	a
unreduced	a
unreel	v	35		40
unrefined	a
unreflected	a
unreflective	a
unreformable	a
unreformed	a
unrefreshed	a
unregenerate	a
unregenerated	a
unregistered	a
unregretful	a
unregretting	a
unregularity	n		7
unregulated	a
unrehearsed	a
unrelated	a
unrelaxed	a
unreleased	a
unrelenting	a
unreliability	n		7
unreliable	a
unreliableness	n		7
unrelieved	a
unremarkable	a
unremarked	a
unremedied	a
unremitting	a
unremorseful	a
unremunerative	a
unrenewable	a
unrenewed	a
unrentable	a
unrepaired	a
unrepeatable	a
unrepentant	a
unreplaceable	a
unreportable	a
unreported	a
unrepresentative	a
unrepressed	a
unreproducible	a
unrequested	a
unrequited	a
unresentful	a
unreserved	a
unresistant	a
unresisting	a
unresolvable	a
unresolved	a
unrespectability	n		7
unrespectable	a
unresponsive	a
unresponsiveness	n		7
unrest	n		26,12
unrested	a
unrestrained	a
unrestraint	n		7
unrestricted	a
unrestrictive	a
unretentive	a
unretrievable	a
unrevealed	a
unreverberant	a
unrevised	a
unrevived	a
unrewarded	a
unrewarding	a
unrhetorical	a
unrhymed	a
unrhythmic	a
unrhythmical	a
unrifled	a
unrigged	a
unrighteous	a
unrighteousness	n		7
unrimed	a
unripe	a
unripened	a
unrivaled	a
unrivalled	a
unroll	v	35,30		c0
unromantic	a
unroofed	a
unrouged	a
unruffled	a
unruliness	n		7
unruly	a
unsaddle	v	35		40
unsaddled	a
unsafe	a
unsaid	a
unsalable	a
unsalaried	a
unsaleable	a
unsalted	a
unsanctification	n		7		30:40
unsanctified	a
unsanctify	v	30		40
unsanctioned	a
unsanded	a
unsanitariness	n		26
unsanitary	a
unsaponified	a
unsarcastic	a
unsated	a
unsatiable	a
unsatiated	a
unsatisfactoriness	n		7
unsatisfactory	a
unsatisfiable	a
unsatisfied	a
unsatisfying	a
unsaturated	a
unsaved	a
unsavoriness	n		7,7
unsavory	a
unsavoury	a
unsay	v	32		40
unscalable	a
unscathed	a
unscheduled	a
unscholarly	a
unschooled	a
unscientific	a
unscramble	v	30,35		c0
unscrew	v	35,35		40
unscripted	a
unscrupulous	a
unscrupulousness	n		7
unseal	v	35		40
unsealed	a
unseamanlike	a
unseamed	a
unseasonable	a
unseasonableness	n		7
unseasoned	a
unseat	v	41,35		20
unseaworthy	a
unsectarian	a
unsecured	a
unseductive	a
unseeable	a
unseeded	a
unseeing	a
unseemliness	n		7
unseemly	a
unseen	an		9
unseeyn	a
unsegmented	a
unsegregated	a
unselected	a
unselective	a
unselfconscious	a
unselfconsciousness	n		9
unselfish	a
unselfishness	n		7,4
unsensational	a
unsent	a
unsentimental	a
unserviceable	a
unservile	a
unsettle	v	37		40
unsettled	a
unsex	v	40,30		60
unsexed	a
unsexy	a
unshackled	a
unshaded	a
unshadowed	a
unshakable	a
unshaken	a
unshaped	a
unshapely	a
unshapen	a
unshared	a
unsharpened	a
unshaved	a
unshaven	a
unsheared	a
unsheathe	v	35		40
unsheathed	a
unshelled	a
unshielded	a
unshockable	a
unshod	a
unshoed	a
unshorn	a
unshrinkable	a
unshrinking	a
unshuttered	a
unsighted	a
unsightliness	n		7
unsightly	a
unsigned	a
unsilenced	a
unsimilarity	n		7
unsinkable	a
unsized	a
unskilled	a
unskillful	a
unskillfulness	n		9
unsleeping	a
unsloped	a
unsmiling	a
unsmooth	a
unsmoothed	a
unsnarl	v	35		40
unsnarled	a
unsnarling	n		4		35:40
unsociability	n		7
unsociable	a
unsociableness	n		7
unsocial	a
unsoiled	a
unsold	a
unsolder	v	35		40
unsoldierly	a
unsolicited	a
unsoluble	a
unsolvability	n		7
unsolvable	a
unsolved	a
unsophisticated	a
unsorted	a
unsought	a
unsound	a
unsoundable	a
unsounded	a
unsoundness	n		26,9
unsoured	a
unsown	a
unspaced	a
unsparing	a
unspeakable	a
unspecialised	a
unspecialized	a
unspecific	a
unspecified	a
unspectacular	a
unspell	v	32		20
unspent	a
unspoiled	a
unspoilt	a
unspoken	a
unsporting	a
unsportsmanlike	a
unspotted	a
unstable	a
unstableness	n		7
unstaged	a
unstained	a
unstaple	v	35		40
unstarred	a
unstated	a
unstatesmanlike	a
unsteadiness	n		7,7
unsteady	a
unsterilised	a
unsterilized	a
unstilted	a
unstimulating	a
unstinted	a
unstinting	a
unstirred	a
unstoppable	a
unstoppered	a
unstrain	v	29		60
unstrained	a
unstrap	v	35		60
unstratified	a
unstressed	a
unstring	v	35		40
unstructured	a
unstrung	a
unstuck	a
unstudied	a
unstudious	a
unstuff	v	35		40
unstylish	a
unsuasible	a
unsubdivided	a
unsubduable	a
unsubdued	a
unsubmissive	a
unsubstantial	a
unsubstantialise	v	30		40
unsubstantialize	v	30		40
unsubstantiated	a
unsubtle	a
unsuccessful	a
unsufferable	a
unsugared	a
unsuitability	n		7
unsuitable	a
unsuitableness	n		7
unsuited	a
unsullied	a
unsung	a
unsupervised	a
unsupportable	a
unsupported	a
unsupportive	a
unsuppressed	a
unsure	a
unsurmountable	a
unsurpassable	a
unsurpassed	a
unsurprised	a
unsurprising	a
unsusceptibility	n		26
unsusceptible	a
unsuspected	a
unsuspecting	a
unsuspicious	a
unswayed	a
unsweet	a
unsweetened	a
unswept	a
unswerving	a
unsworn	a
unsyllabic	a
unsyllabled	a
unsymbolic	a
unsymmetric	a
unsymmetrical	a
unsympathetic	a
unsympathising	a
unsympathizing	a
unsynchronised	a
unsynchronized	a
unsynchronous	a
unsystematic	a
untactful	a
untagged	a
untainted	a
untalented	a
untalkative	a
untamed	a
untangle	v	35,35		c0
untangled	a
untangling	n		4		35:40
untanned	a
untaped	a
untapped	a
untarnished	a
untasted	a
untaught	a
untaxed	a
unteach	v	32,32		21
untechnical	a
untellable	a
untempered	a
untempting	a
untenable	a
untenanted	a
untended	a
untested	a
untethered	a
unthankful	a
unthaw	v	30		c0
unthawed	a
untheatrical	a
unthematic	a
unthinkable	a
unthinking	a
unthought	a
unthought-of	a
unthoughtful	a
unthoughtfulness	n		7
unthreatening	a
untidiness	n		26,7
untidy	a
untie	v	35,35		60
untied	a
untilled	a
untimbered	a
untimeliness	n		7,7
untimely	a
untipped	a
untired	a
untiring	a
untitled	a
untoasted	a
untold	a
untoothed	a
untouchable	an		18
untouched	a
untoughened	a
untoward	a
untraceable	a
untracked	a
untraditional	a
untrained	a
untrammeled	a
untrammelled	a
untransferable	a
untranslatable	a
untransmutable	a
untraveled	a
untravelled	a
untraversable	a
untraversed	a
untreated	a
untried	a
untrimmed	a
untrod	a
untrodden	a
untroubled	a
untrue	a
untrustiness	n		7
untrusting	a
untrustworthiness	n		7
untrustworthy	a
untrusty	a
untruth	n		10
untruthful	a
untruthfulness	n		7
untucked	a
untufted	a
untune	v	37,30		60
untuneful	a
unturned	a
untutored	a
untwine	v	35		40
untwist	v	35		40
untwisted	a
untying	n		4		35:40
untypical	a
untypicality	n		26
ununderstood	a
unusable	a
unuseable	a
unused	a
unusefulness	n		7
unusual	a
unusualness	n		7
unutterable	a
unuttered	a
unvaccinated	a
unvalued	a
unvaned	a
unvanquishable	a
unvanquished	a
unvaried	a
unvariedness	n		7
unvarnished	a
unvarying	a
unveil	v	35,39		40
unveiled	a
unveiling	n		10,4		35:40
unvendible	a
unvented	a
unventilated	a
unverbalised	a
unverbalized	a
unverifiable	a
unverified	a
unversed	a
unvigilant	a
unvindictive	a
unvitrified	a
unvoiced	a
unvoluntary	a
unvulcanised	a
unvulcanized	a
unwanted	a
unwariness	n		7
unwarmed	a
unwarrantable	a
unwarranted	a
unwary	a
unwashed	a
unwatchful	a
unwavering	a
unwaxed	a
unweaned	a
unwearable	a
unwearied	a
unweary	a
unwearying	a
unweathered	a
unweave	v	35		40
unwebbed	a
unwed	a
unwedded	a
unwelcome	a
unwell	a
unwellness	n		26
unwholesome	a
unwholesomeness	n		7
unwieldiness	n		7,7
unwieldy	a
unwilled	a
unwilling	a
unwillingness	n		7
unwind	v	35,35		c0
unwire	v	35		40
unwise	a
unwiseness	n		7
unwished	a
unwished-for	a
unwitting	a
unwomanly	a
unwonted	a
unwooded	a
unworkable	a
unworkmanlike	a
unworldly	a
unworried	a
unworthiness	n		7,7
unworthy	a
unwounded	a
unwoven	a
unwrap	v	35,32		44
unwrapped	a
unwrinkled	a
unwritten	a
unyielding	a
unyieldingness	n		7
unyoke	v	35		40
unzip	v	35		40
up	av	30		40
up-and-coming	a
up-bow	n		4
up-tick	n		7
up-to-date	a
up-to-dateness	n		7
up-to-the-minute	a
upanishad	n		10
upbeat	an		26,10
upbound	a
upbraid	v	32		20
upbraiding	n		10		32:20
upbringing	n		7,4
upchuck	v	29		80
upcoming	a
upcountry	a
upcurved	a
update	nv	30,32	10	60	32:60
updating	n		4		32:60
updraft	n		19
upend	v	38,35		c0
upended	a
upending	n		4		38:80
upfield	a
upfront	a
upgrade	nv	31,30	17,10	40	30:40
upheaval	n		26,26
upheave	v	35		40
uphill	an		17
uphold	v	42,32		40
upholster	v	40		40
upholstery	n		6,4		40:40
upkeep	n		4,4
upland	an		17
uplift	nv	37,38	11,6	e0	38:80
uplifted	a
uplifting	n		11		38:40
uplink	n		10
upload	v	40		40
upmarket	a
upmost	a
upper	an		6,6
upper-class	a
upper-level	a
upper-lower-class	a
upper-middle-class	a
uppercase	an		10
uppercut	n		4
uppermost	a
uppish	a
uppishness	n		7
uppity	a
uppityness	n		7
uppp	n		4
upraise	v	29		60
upraised	a
upright	an		6,6
uprightness	n		7,7
uprise	v	42,38		80
uprising	n		4
uproar	n		26,11
uproarious	a
uproot	v	41,36		60
upscale	a
upset	anv	30,37	26,4	60	37:60
upsetting	a
upshot	n		19
upside-down	a
upsilon	n		10
upstage	anv	41,38	6	60
upstair	a
upstairs	an		6
upstanding	a
upstart	an		18,18
upstream	a
upstroke	n		10
upsurge	n		11,4
uptake	n		4,22
upthrow	n		11
upthrust	n		11
uptick	n		4
uptight	a
uptown	an		15
upturn	n		4
upturned	a
upward	a
upwind	a
uraemia	n		26
uraemic	a
ural-altaic	n		10
uralic	n		10
uranalysis	n		4
uranology	n		9
uranoplasty	n		4
urarthritis	n		26
uratemia	n		26
uraturia	n		26
urban	a
urbane	a
urbanisation	n		26,22		30:60
urbanise	v	30,30		60
urbanised	a
urbanity	n		7,7
urbanization	n		26,22		30:60
urbanize	v	30,30		60
urbanized	a
urceolate	a
urdu	n		10
uremia	n		26
uremic	a
ureteritis	n		26
ureterocele	n		26
ureterostenosis	n		26
urethral	a
urethritis	n		26
urethrocele	n		26
urge	nv	32,32	16,12	45
urgency	n		26,7
urgent	a
urging	n		10,4		32:1
uric	a
uricaciduria	n		26
uricosuric	a
urinalysis	n		4
urinary	a
urinate	v	29,29		c0
urination	n		22		29:80
url	n		10
urn-shaped	a
urocele	n		26
urochesia	n		22
urochezia	n		22
urodynia	n		26
urogenital	a
urology	n		9
uropathy	n		26
ursine	a
urticaria	n		26
urticate	v	39,39		60
urtication	n		26,9		39:40
uruguayan	an		18
usability	n		7
usable	a
usableness	n		7
usage	n		4,4		34:61
usance	n		28,22
usbeg	n		18,10
usbek	n		18,10
use	nv	34,34	4,7	61	34:61
useable	a
useableness	n		7
used	a
useful	a
usefulness	n		7
useless	a
uselessness	n		7
user-friendly	a
usher	nv	38	18,18	a0
using	n		4		41:60
usual	a
usualness	n		7
usufruct	n		7
usufructuary	an		18
usurious	a
usurp	v	40,41		40
usurpation	n		4,4		40:40
usury	n		21,4
ute	n		18,10
uterine	a
utile	a
utilisation	n		4		34:61
utilise	v	34		61
utilised	a
utilitarian	an		18
utilitarianism	n		9
utility	an		14,7		34:61
utility-grade	a
utilizable	a
utilization	n		4,26		34:61
utilize	v	34,30		61
utilized	a
utmost	an		7
uto-aztecan	n		10
utopia	n		10,26
utopian	an		18
utopianism	n		9
utter	av	32,32		40
utterable	a
utterance	n		10		32:40
uttered	a
uttermost	an		7
utterness	n		7
uv	n		19
uveal	a
uveitis	n		26
uveous	a
uvular	a
uvulitis	n		26
uvulopalatopharyngoplasty	n		4
uxorial	a
uxoricide	n		18,4
uxorious	a
uxoriousness	n		7
uygur	n		18,10
uzbak	n		18,10
uzbeg	n		18,10
uzbekistani	a
v	an		23,27
v-shaped	a
vacancy	n		26,25
vacant	a
vacate	v	41,38		c0
vacation	nv	42	28,4	80	42:80
vacationing	n		4		42:80
vaccina	n		26
vaccinate	v	29		a0
vaccinated	a
vaccinating	n		4		29:a0
vaccination	n		4,26		29:a0
vaccinia	n		26,26
vacillant	a
vacillate	v	42,38		80
vacillating	a
vacillation	n		9,4		42:80
vacuity	n		26,15
vacuolate	a
vacuolated	a
vacuolation	n		26
vacuolisation	n		26
vacuolization	n		26
vacuous	a
vacuousness	n		9
vacuum	nv	35	26,25	c0
vacuum-clean	v	35		c0
vagabond	anv	38	17,18	c0	38:c0
vagabondage	n		4		38:c0
vagal	a
vagary	n		11
vagile	a
vaginal	a
vaginismus	n		4
vaginitis	n		26
vaginocele	n		26
vagrancy	n		26
vagrant	an		18
vague	a
vagueness	n		7,7
vain	a
vainglorious	a
vainglory	n		7
vaishnavism	n		14,9
vaisnavism	n		14,9
valediction	n		10,4
valedictory	an		10
valence	n		7,7
valency	n		19,7
valent	a
valentine	n		18,10
valet	nv	41	18	20	41:20
valetudinarian	an		18
valetudinarianism	n		26
valetudinary	a
valgus	n		26
valhalla	n		9
valiance	n		7
valiancy	n		7
valiant	a
valid	a
validate	v	41,31		40
validated	a
validating	a
validation	n		4,9		32:40
validatory	a
validity	n		7,7
validness	n		7
valmy	n		4
valor	n		7
valorous	a
valorousness	n		7
valour	n		7
valse	n		4
valuable	an		21
valuableness	n		7
valuate	v	31		40
valuation	n		9,21		31:40
value	nv	31,40	9,7	40	31:40
value-system	n		9
valued	a
valueless	a
valuelessness	n		7
values	n		9
valved	a
valvotomy	n		4
valvular	a
valvulitis	n		26
valvulotomy	n		4
vamoose	v	38		80
vamp	nv	36,35	18,10	40	32:20
vampirism	n		9,4
vandalise	v	35		40
vandalism	n		4
vandalize	v	35		40
vaned	a
vanilla	an		20,13
vanilla-scented	a
vanish	v	30,39		80
vanished	a
vanishing	n		11,4		30:80
vanity	n		12,7
vanquish	v	33		60
vanquishable	a
vantage	n		15,7
vapid	a
vapidity	n		7
vapidness	n		7
vapor	n		27,22		30:40
vaporific	a
vaporing	n		10
vaporisation	n		22,4		30:c0
vaporise	v	30,30		c0
vaporish	a
vaporizable	a
vaporization	n		4,22		30:c0
vaporize	v	35,30		e0
vaporized	a
vaporous	a
vaporousness	n		7
vapors	n		26
vapour	n		27,22
vapourific	a
vapourisable	a
vapourised	a
vapourish	a
vapourous	a
vapourousness	n		7
vapours	n		26
variability	n		7,7
variable	an		17,9
variableness	n		7
variance	n		11,10
variant	an		11,14		42:80
variate	n		9		42:80
variation	n		11,4		42:80
varicella	n		26
varicelliform	a
varicocele	n		26
varicolored	a
varicoloured	a
varicose	a
varicosis	n		26
varicosity	n		26
varied	a
variedness	n		7
variegate	v	30,30		40
variegated	a
variegation	n		7,4		30:40
variety	n		14,7
variform	a
variola	n		26
variolar	a
variolation	n		4
variolic	a
variolization	n		4
variolous	a
variorum	n		10
various	a
varix	n		26
varnish	nv	35	6	40	35:40
varnished	a
varus	n		26
vary	v	30,42		80
varying	a
vascular	a
vascularisation	n		22
vascularise	v	30,30		c0
vascularity	n		7
vascularization	n		22		30:80
vascularize	v	30,30		c0
vasculitis	n		26
vase-shaped	a
vasectomise	v	29		20
vasectomize	v	29		20
vasectomy	n		4		29:20
vasiform	a
vasoconstriction	n		4
vasodilation	n		4
vasomotor	a
vasosection	n		4
vasotomy	n		4
vasovasostomy	n		4
vasovesiculitis	n		26
vassalage	n		26
vast	a
vastness	n		7
vat	n		21,6
vatic	a
vatical	a
vaticinate	v	32,32		44
vaticination	n		9		32:40
vaudeville	n		10
vault	nv	38,38	6,6	c0
vaulted	a
vaulting	an		6,4		38:40
vaunt	nv	32	10	84	32:84
vd	n		26
vector	n		9,25
veda	n		10
vedanga	n		10
vedanta	n		9
vedic	a
vedism	n		9
veer	v	38,30		80
veering	n		4		38:80
vegetal	a
vegetate	v	42,30		c0
vegetation	n		14,22		30:40
vegetational	a
vegetative	a
vegetive	a
vehemence	n		7,7
vehement	a
vehicle	n		6,10
vehicular	a
veil	nv	35,30	6,20	40	35:40
veiled	a
vein	nv	36	8,10	40
veinal	a
veined	a
veinlike	a
velar	an		10
velcro	nv	35	6	40	35:40
velleity	n		12,9
vellicate	v	39,30		e0
vellication	n		26		39:60
velvet	an		6
velvet-textured	a
velvety	a
velvety-furred	a
velvety-haired	a
velvety-plumaged	a
velvety-skinned	a
venal	a
venality	n		7
vend	v	40		40
vendable	a
vendetta	n		4
vendible	a
vending	n		4		40:40
vendition	n		4		40:40
vendue	n		4
veneer	nv	35	6,6	40	35:40
veneering	n		6,4		35:40
venerability	n		7
venerable	a
venerableness	n		7
venerate	v	37		60
venerating	a
veneration	n		12,4		37:60
venereal	a
venesect	v	29		80
venesection	n		4		29:80
venetian	an		18
venezuelan	an		18
vengeance	n		4
vengeful	a
vengefulness	n		12
venial	a
venipuncture	n		4
venography	n		4
venom	n		27,12
venomed	a
venomous	a
venose	a
venous	a
vent	nv	32,30	6,5	40	30:40
vented	a
ventilate	v	30,39		40
ventilated	a
ventilation	n		4,6		38:40
ventilatory	a
venting	n		4		30:40
ventral	a
ventricose	a
ventricous	a
ventricular	a
ventriloquism	n		9
ventriloquy	n		9
venture	nv	41,32	4,21	c4	41:80
venturesome	a
venturesomeness	n		7
venturous	a
veps	n		18,10
vepse	n		18,10
vepsian	n		18,10
veracious	a
veracity	n		7
verb	n		10,10		30:40
verbal	a
verbalisation	n		10,10		32:40
verbalise	v	32,32		80
verbalised	a
verbalism	n		10,10
verbalization	n		10,10		32:80
verbalize	v	32,32		80
verbalized	a
verbatim	a
verbiage	n		10,10
verbify	v	30		40
verbolatry	n		4
verbose	a
verboseness	n		10
verbosity	n		10
verboten	a
verdancy	n		7
verdant	a
verdict	n		4
verdigris	nv	30	27,6	40	30:40
verdun	n		4
verdure	n		20,7
verge	nv	42	25,7	40	42:40
veridical	a
verifiable	a
verification	n		9,10		31:44
verificatory	a
verified	a
verify	v	31,41		44
verifying	a
verisimilar	a
verisimilitude	n		7
veritable	a
verity	n		26,9
vermicular	a
vermiculate	av	36		40
vermiculated	a
vermiculation	n		22,6		36:40
vermiform	a
vermilion	anv	30	7	40	30:40
vermillion	a
verminous	a
vernacular	an		10,10
vernal	a
verruca	n		7
verrucose	a
versatile	a
versatility	n		9
verse	nv	36,32	10,10	e0	36:c0
versed	an		6
versicle	n		10
versification	n		10,10		36:c0
versify	v	36		c0
version	n		10,9
verso	n		10,6
vertebral	a
vertebrate	an		5
vertex	n		9,15
vertical	an		24,6
verticality	n		7
verticalness	n		7
verticillate	a
verticillated	a
verticilliosis	n		26
vertiginous	a
vertigo	n		26
vertu	n		9,7
verve	n		7
very	a
very-light	n		10
vesical	a
vesicant	an		27
vesicate	v	30		80
vesication	n		22		30:80
vesicatory	an		27
vesicopapule	n		26
vesicular	a
vesiculate	v	30,30		c0
vesiculation	n		22		30:80
vesiculitis	n		26
vesper	n		17,4
vest	nv	41,40	6,6	60
vestal	an		18
vested	a
vestiary	a
vestibular	a
vestige	n		10
vestigial	a
vestmental	a
vestmented	a
vesture	nv	29	17,6	20	29:20
vet	nv	41,39	18,18	c0	29:60
veteran	an		18,18
veterinary	an		18
veto	nv	41,32	4,7	41	32:41
vex	v	37,37		60
vexation	n		12,26		37:60
vexatious	a
vexed	a
vexing	a
vhf	n		26,7
vi	an		23,15
viability	n		7,7
viable	a
viatical	a
viatication	n		4
viaticus	n		4
vibe	n		7
vibrancy	n		7		39:c0
vibrant	a
vibrate	v	38,38		c0
vibration	n		4,26		38:80
vibrational	a
vibrato	n		11
vibratory	a
vibrionic	a
vicarial	a
vicarious	a
vice	n		7,4
vice-presidency	n		28,4
vice-presidential	a
vicenary	a
vicennial	a
viceregal	a
viceroyship	n		4
vicinal	a
vicious	a
viciousness	n		7
vicissitude	n		11,7
vicksburg	n		15,4
victimisation	n		4		41:20
victimise	v	41,41		60
victimised	a
victimization	n		26,4		41:20
victimize	v	41,41		60
victimized	a
victorian	an		18
victorious	a
victory	n		11
victual	nv	40,40	13	e0	34:80
video	n		10,6
videotape	nv	32	6,6	e0	32:e0
vie	v	33		80
viennese	a
vietnam	n		15,4
vietnamese	an		18,10
view	nv	31,39	9,9	70	39:40
viewable	a
viewing	n		10,4
viewless	a
viewpoint	n		9,15
vigesimal	a
vigil	n		9,4
vigilance	n		9,7
vigilant	a
vigilantism	n		4
vignette	n		10,6
vigor	n		7,7
vigorish	n		21,21
vigorous	a
vigour	n		7,7
vii	an		23
viii	an		23
vile	a
vileness	n		7,7
vilification	n		10,10		32:60
vilify	v	32		60
vilipend	v	32		40
villainage	n		26
villainous	a
villainousness	n		7
villainy	n		7,4
villeinage	n		26,21
villoma	n		26
vim	n		26,7
vinaceous	a
vincible	a
vindicate	v	32,32		40
vindicated	a
vindication	n		4,10		32:40
vindicatory	a
vindictive	a
vindictiveness	n		12
vinegariness	n		7
vinegarish	a
vinegarishness	n		7
vinegary	a
vingt-et-un	n		4
viniculture	n		4
vinification	n		22		30:40
vinify	v	30		40
vinous	a
vintage	n		13,7
violable	a
violate	v	42,41		40
violated	a
violation	n		4,4		42:40
violative	a
violence	n		4,7
violent	a
violet	an		20,7
violet-black	a
violet-blue	a
violet-colored	a
violet-coloured	a
violet-flowered	a
violet-pink	a
violet-purple	a
violet-scented	a
violet-streaked	a
violet-tinged	a
violet-tinted	a
viraemia	n		26
viral	a
viremia	n		26
virga	n		19
virgin	an		18,18
virginal	an		6
virginity	n		26
virgule	n		10
viricidal	a
viridity	n		7
virile	a
virilisation	n		22
virilise	v	30		60
virilism	n		7
virility	n		7,7
virilization	n		22		30:60
virilize	v	30		60
virological	a
virology	n		9
virtu	n		9,7
virtual	a
virtue	n		7,7
virtuosity	n		9
virtuoso	an		18,18
virtuous	a
virtuousness	n		7
virucidal	a
virulence	n		7,7
virulency	n		7,7
virulent	a
virus	n		5,26
vis-a-vis	n		9,6
visa	nv	32,32	10	40	32:40
visage	n		8,7
visaged	a
visceral	a
viscid	a
viscidity	n		7
viscidness	n		7
viscoelastic	a
viscometric	a
viscometry	n		4
viscosimetric	a
viscosimetry	n		4
viscosity	n		7
viscountcy	n		26,10
viscounty	n		26,15
viscous	a
viscousness	n		7
viselike	a
vishnuism	n		9
visibility	n		7,26
visible	a
visibleness	n		7
vision	n		9,9
visionary	an		18,18
visit	nv	41,38	4,14	40	41:a0
visitation	n		11,11		32:40
visiting	n		4		38:40
visored	a
vista	n		9
visual	a
visualisation	n		9		36:80
visualise	v	39,36		c0
visualised	a
visualization	n		9		36:44
visualize	v	36,39		44
visualized	a
vital	a
vitalisation	n		26		30:60
vitalise	v	30,30		60
vitalism	n		9
vitality	n		7,26
vitalization	n		26		30:60
vitalize	v	30,30		60
vitalizing	a
vitalness	n		7,7
vitaminise	v	40		40
vitaminize	v	40		40
vitiate	v	41,30		60
vitiated	a
vitiation	n		4		30:40
viticulture	n		4
vitiliginous	a
vitiligo	n		26
vitrectomy	n		4
vitreous	a
vitrification	n		27,22		30:40
vitrified	a
vitrify	v	30,30		c0
vitriol	nv	39,32	27,10	60
vitriolic	a
vituperate	v	32		e0
vituperation	n		10		32:e0
vituperative	a
viva	n		10
viva-voce	a
vivace	a
vivacious	a
vivacity	n		7
vivid	a
vividness	n		7,7
vivification	n		7,4		30:40
vivify	v	29,30		60
viviparous	a
vivisect	v	35		60
vivisection	n		4		35:60
vixenish	a
viziership	n		4
vlf	n		7
vocable	n		10
vocabulary	n		10,9
vocal	an		10,10
vocalic	a
vocalisation	n		10		32:40
vocalise	v	36,32		c0
vocalism	n		10,10
vocalization	n		10,10		32:40
vocalize	v	32,36		c0
vocalizing	n		4		36:c0
vocation	n		4,14
vocational	a
vocative	an		10
vociferate	v	32		40
vociferation	n		10
vociferous	a
vodoun	n		9
vogue	n		9,26
voguish	a
vogul	n		18,10
voice	nv	32,32	7,10	40	32:40
voiced	a
voiceless	a
voicelessness	n		26,10
voicemail	n		10
voiceprint	n		10
voicing	n		4
void	anv	41,30	26,25	40	41:40
voidable	a
voidance	n		4		29:40
voiding	n		22		29:40
volant	a
volapuk	n		10
volar	a
volatile	an		27
volatilisable	a
volatilise	v	30		40
volatilised	a
volatility	n		7,7
volatilizable	a
volatilize	v	30		40
volatilized	a
volcanic	a
volcanism	n		19
volcanology	n		9
volgaic	n		10
volition	n		9,4
volitional	a
volley	nv	38,35	4,4	c0	35:40
volleyball	n		4,6
voltage	n		19,19
voltaic	an		10
voltarean	a
voltarian	a
volte-face	n		4
volubility	n		7
voluble	a
volume	n		23,7
volumed	a
volumetric	a
volumetrical	a
voluminosity	n		7
voluminous	a
voluminousness	n		7
voluntary	an		18,10		41:80
volunteer	anv	32,41	18,18	45	41:80
voluptuary	an		18
voluptuous	a
voluptuousness	n		7,7
volute	an		6,6
voluted	a
volution	n		11
volvulus	n		26
vomit	nv	29	27,6	80	29:80
vomiting	n		4		29:80
voodoo	nv	32	6,14	20	32:20
voodooism	n		9
voracious	a
voraciousness	n		26,7
voracity	n		26,7
vortex	n		25,11
vote	nv	41,41	4,4	c0	41:40
voteless	a
voting	n		4		41:80
votive	a
votyak	n		18,10
vouch	v	32,32		c4
voucher	n		18,10		32:c4
vouchsafe	v	40		60
vow	nv	32,32	10	45	32:40
vowel	n		10,10		32:40
vowelise	v	32		40
vowelize	v	32		40
vowellike	a
vox	n		10
voyage	nv	38	4,4	a0	38:a0
voyeurism	n		4
voyeuristic	a
voyeuristical	a
vroom	nv	32	11	80
vulcanisation	n		22		30:40
vulcanise	v	30,30		c0
vulcanised	a
vulcanization	n		22		30:40
vulcanize	v	30,30		c0
vulcanized	a
vulcanology	n		9
vulgar	a
vulgarisation	n		4,4		30:40
vulgarise	v	32,30		40
vulgarism	n		10,7
vulgarity	n		7
vulgarization	n		4,4		30:40
vulgarize	v	32,30		40
vulgate	n		10
vulnerability	n		26,7
vulnerable	a
vulpecular	a
vulpine	a
vulturine	a
vulturous	a
vulval	a
vulvar	a
vulvectomy	n		4
vulvitis	n		26
vulvovaginitis	n		26
w-shaped	a
wacky	a
wad	nv	35,35	27,23	40	35:40
waddle	nv	38	4	80	38:80
wade	nv	38	18	c0	38:c0
wading	n		4		38:c0
wafer-like	a
wafer-thin	a
waffle	nv	42	13	81
waft	nv	38,43	6	80
wafture	n		10
wag	nv	38	18,4	c0	38:c0
wage	nv	41	21	80
wage-earning	a
wager	nv	33,32	4,21	c4	33:c0
wages	n		11
waggery	n		10,4
waggish	a
waggishness	n		10
waggle	nv	38,38	4	c0	38:80
wagnerian	an		18
wagram	n		15,4
wahabism	n		9
wahhabism	n		9
wail	nv	32,29	10	80	32:80
wailful	a
wailing	an		4		32:80
wainscoted	a
waist-length	a
wait	nv	42,42	28,4	c8	42:c8
waiting	an		4		42:80
waitress	nv	41	18	80	41:80
waive	v	41,40		40
waiver	n		4		41:40
wakashan	n		18,10
wake	nv	29,29	19,15	80
wakeful	a
wakefulness	n		9,26
wakeless	a
waken	v	29,29		e0
wakening	n		4		29:80
waking	an		9		29:80
walapai	n		18,10
walbiri	n		10
wale	n		26,6
walhalla	n		9
walk	nv	38,38	4,4	c0	38:60
walk-in	an		18,18		38:80
walk-on	an		18
walk-through	n		10,6
walk-to	a
walk-up	an		6,6
walkabout	n		4,4		38:80
walkaway	n		11
walking	an		4		38:80
walkout	n		4,4		41:80
walkover	n		4,4		33:60
wall	nv	33	6,17	40	33:40
walleye	n		26,5
walleyed	a
walloon	n		18,10
wallop	nv	35,33	19,4	60	35:60
walloping	an		11		33:60
wallow	nv	34,38	17,11	c0	38:80
wallpaper	nv	35	27	40	35:40
waltz	nv	38	11,10	80	38:80
wamble	v	38		80
wampum	n		21,6
wan	anv	29	6	80
wandala	n		10
wander	v	38,41		e0
wanderer	n		18,10		38:c0
wandering	an		4		38:c0
wane	nv	30,30	22	80	30:80
wangle	nv	41,41	9	e0	41:40
wangling	n		9		41:a0
waning	an		11		30:80
wank	nv	35	4	a0	35:a0
wanness	n		7
want	nv	37,34	26,26	45	42:40
wanted	a
wanting	a
wanton	anv	42,42	18	80	42:80
wantonness	n		7,7
war	nv	33	4,26	80	33:80
war-ridden	a
war-torn	a
war-worn	a
warble	nv	32,32	5	c0
ward	nv	33	18,15	60	33:60
wardenship	n		4
wardership	n		4
ware	nv	34	6,6	40
warehouse	nv	40	6	40	40:40
warehousing	n		4		40:40
warfare	n		4,4
wariness	n		7
warji	n		10
warlike	a
warlpiri	n		10
warm	av	30,30		c0
warm-blooded	a
warm-toned	a
warm-up	n		4		29:80
warmed	a
warmhearted	a
warmheartedness	n		12,12
warming	an		22,19		30:80
warmness	n		12,7
warmongering	n		9
warmth	n		9,12
warn	v	32,32		e4
warning	an		10,10		32:e4
warp	nv	32,30	26,25	c0	32:40
warpath	n		12,4
warped	a
warping	n		11		32:40
warrant	nv	32,32	10,21	40
warranty	n		10
warring	a
warriorlike	a
wart	n		25,26
wartlike	a
warty	a
wary	a
wash	nv	35,29	6,4	e0	35:40
wash-and-wear	an		6
washable	a
washed	a
washed-out	a
washed-up	a
washing	n		4,6		29:e0
washing-up	n		4
washingtonian	an		18,18
washout	n		25,22		35:40
washup	n		4,4		29:80
washy	a
wasp-waisted	a
waspish	a
wassail	nv	41,34	13	e0	34:60
wassermann	n		18,9
wastage	n		22,21		30:80
waste	anv	40,34	27,4	40	40:40
wasted	a
wasteful	a
wastefulness	n		7,4
wasting	n		26,26		30:40
watch	nv	39,41	6,28	e0
watchful	a
watchfulness	n		9,7
watching	n		4		39:c0
watchword	n		10,10
water	nv	30,40	27,17	40	40:40
water-cooled	a
water-insoluble	a
water-loving	a
water-rate	n		21
water-repellent	a
water-resistant	a
water-skiing	n		4		38:80
water-soluble	a
water-wash	v	35		40
water-washed	a
waterborne	a
watercolor	nv	36	6,6	40	36:40
watercolour	nv	36	27,6	40
watercraft	n		9,6
watercress	an		20,13
watered	a
watergate	n		11
wateriness	n		26,7
watering	n		22,4		30:80
waterless	a
waterlessness	n		26
waterlogged	a
waterloo	n		15,11
watermark	n		15,10
watermelon-shaped	a
waterpower	n		19
waterproof	anv	35	6,6	40	35:40
waterproofed	a
waterproofing	n		4,6		35:40
waterspout	n		19,19
watertight	a
waterworn	a
watery	a
watery-eyed	a
wattage	n		19
wattle	nv	36,35	8,6	40	36:40
waul	v	32		80
wave	nv	32,35	11,4	c0	38:c0
wave-off	n		4
waveband	n		10
waveform	n		11
wavelength	n		7,9
wavelet	n		11
wavelike	a
waver	nv	42,42	18,4	81	35:40
wavering	an		9,7		42:81
waviness	n		7,7
waving	n		10		32:c0
wavy	a
wavy-grained	a
waw	n		10
wawl	v	32		80
wax	nv	35,30	27	c0	35:40
waxed	a
waxen	a
waxiness	n		7
waxing	an		4,11		35:40
waxlike	a
waxy	a
way	n		7,4
way-out	a
waybill	n		10
wayfaring	an		4
waylay	v	33		20
wayward	a
weak	a
weak-kneed	a
weak-stemmed	a
weaken	v	30,30		e0
weakened	a
weakening	an		11,4		30:80
weakly	a
weakness	n		26,7
weal	n		26
wealth	n		26,7
wealthiness	n		26
wealthy	a
wean	v	34,37		20
weaned	a
weaning	n		4		34:20
weapon	n		6,10		30:40
weaponed	a
weaponize	v	30		40
weaponless	a
weapons-grade	a
wear	nv	29,29	26,6	40	35:80
wearable	an		6
wearied	a
weariness	n		26
wearing	an		22,4		29:40
wearisome	a
weary	av	29,29		e0
wearying	a
weasel-worded	a
weather	anv	42,38	19	40	30:c0
weather-beaten	a
weather-bound	a
weather-stripped	a
weathered	a
weatherliness	n		7
weatherly	a
weatherproof	av	30		40
weatherstrip	nv	30	6	40
weatherworn	a
weave	nv	35,36	6	c0	36:40
weaving	n		4		36:40
web	nv	36	17,6	40	36:40
web-footed	a
web-toed	a
webbed	a
webby	a
weblike	a
webpage	n		10
website	n		10
wed	anv	41,41	28	20
wedded	a
wedding	n		11,4		41:20
wedel	v	38		80
wedge	nv	35,35	25,13	60	35:60
wedge-shaped	a
wedged	a
wedlock	n		26
wee	anv	29	28	80
wee-wee	v	29		80
weed	nv	30	20,6	c0	30:c0
weedless	a
weedy	a
weekend	nv	42	28	80	42:80
weeklong	a
weekly	an		10
weeness	n		7
weensy	a
weeny	a
weep	v	29		80
weepiness	n		12
weeping	an		4		29:80
weepy	a
weigh	v	42,32		44
weighing	n		9		32:44
weight	nv	35,31	7,6	60
weight-lift	v	33		80
weighted	a
weightiness	n		7,7
weightless	a
weightlessness	n		7
weightlift	nv	33	4	80
weightlifting	n		4		33:80
weighty	a
weird	an		18
weirdness	n		7
welch	v	41		80
welcome	anv	40,32	26,10	60	35:60
welcoming	a
weld	nv	35,30	20,18	60
welding	n		4		35:40
welfare	n		4,7
welfare-statist	a
welfarist	a
well	anv	38	6,6	80
well-adjusted	a
well-advised	a
well-appointed	a
well-balanced	a
well-behaved	a
well-being	n		26
well-bound	a
well-branched	a
well-bred	a
well-chosen	a
well-conducted	a
well-connected	a
well-defined	a
well-disposed	a
well-done	a
well-dressed	a
well-educated	a
well-endowed	a
well-favored	a
well-favoured	a
well-fed	a
well-fixed	a
well-formed	a
well-found	a
well-founded	a
well-groomed	a
well-grooved	a
well-grounded	a
well-heeled	a
well-informed	a
well-intentioned	a
well-kept	a
well-knit	a
well-known	a
well-lighted	a
well-lined	a
well-made	a
well-mannered	a
well-marked	a
well-meaning	a
well-meant	a
well-mined	a
well-nourished	a
well-off	a
well-ordered	a
well-preserved	a
well-proportioned	a
well-qualified	a
well-read	a
well-rounded	a
well-set	a
well-shaven	a
well-situated	a
well-spoken	a
well-thought-of	a
well-timed	a
well-to-do	a
well-tried	a
well-turned	a
well-wishing	an		10
well-worn	a
wellbeing	n		26
wellborn	a
wellerism	n		10
wellness	n		26
wellspring	n		15,10
welsh	anv	41	18,10	80
welt	nv	35,30	26,6	60	35:60
weltanschauung	n		9
welter	nv	38,38	26	80
weltschmerz	n		12
wen	n		26
wench	nv	35	18	80
wend	v	38		40
wesleyan	an		18
wesleyanism	n		9
wesleyism	n		9
west	an		15,24
west-central	a
westbound	a
wester	n		19
westerly	an		19
western	an		10,13
westernisation	n		22
westernise	v	30		60
westernization	n		22
westernize	v	30		60
westernmost	a
westmost	a
westside	a
westward	an		24
wet	anv	30,29	26	40	30:40
wet-nurse	nv	34	18	a0
wetness	n		26
wetting	n		4,22		30:40
whack	nv	35	11,4	60	35:60
whacked	a
whacking	an		4		35:60
whacky	a
whale	nv	33	18,5	80	33:80
wham	v	35		60
whammy	n		11,10
whang	nv	35,35	4	40	35:40
whap	v	35		20
wharf	nv	40,40	6	40	40:40
wharfage	n		21,6		40:40
whatever	a
whatsoever	a
wheal	n		26
wheaten	a
wheedle	v	32		8
wheedling	n		4		32:8
wheel	nv	38,38	6,6	e0	38:80
wheel-like	a
wheelbarrow	nv	38	6	40
wheelbase	n		7
wheeled	a
wheeling	n		15,4		38:80
wheelless	a
wheeze	nv	29	4,9	80	29:80
wheeziness	n		26
wheezing	a
wheezy	a
whelk	nv	33	13,5	80	33:80
whelm	v	37		40
whelp	nv	29	5	80	29:80
wherewithal	n		21
whet	v	39,35		40
whicker	nv	32	11	80	32:80
whiff	nv	39,38	19,5	60	38:60
whim	n		12,9
whimper	nv	29	10	80	29:80
whimsey	n		9,7
whimsical	a
whimsicality	n		7,7
whimsy	n		9,7
whine	nv	38,32	10	84	32:84
whiney	a
whinny	nv	32	11	80	32:80
whiny	a
whip	nv	35,33	6,18	60	35:60
whip-round	n		10
whiplash	n		26,4
whiplike	a
whipping	an		4,11		35:60
whippy	a
whipsaw	nv	41,35	6	60	35:40
whir	nv	39	11	80	39:80
whirl	nv	38,38	11,25	c0	38:80
whirligig	nv	38	6,6	80	38:80
whirling	n		4		38:c0
whirlpool	nv	38	11	80	38:80
whirlwind	n		19
whirr	nv	39,32	11	80	39:80
whirring	an		11		39:80
whish	v	39,38		80
whisk	nv	38,38	6,6	e0	35:40
whisker	nv	40	23,5	40	40:40
whiskered	a
whiskerless	a
whiskery	a
whisper	nv	32	10,11	c4	32:c4
whispered	a
whispering	an		11,10		32:c4
whist	n		4
whistle	nv	39,38	11,10	80	32:80
whistlestop	v	33		80
whistling	n		11,4		39:80
white	anv	30	18,7	c0	30:c0
white-blotched	a
white-bread	a
white-collar	a
white-edged	a
white-flowered	a
white-haired	a
white-hot	a
white-lipped	a
white-livered	a
white-out	v	30		40
white-pink	a
white-ribbed	a
white-seeded	a
white-shoe	a
white-streaked	a
white-tie	a
whitecap	n		11
whitelash	n		4
whiten	v	30		c0
whitened	a
whiteness	n		7,26
whitening	n		4		30:c0
whiteout	nv	35,30	19	40
whitewash	nv	39,35	11,6	60	35:40
whitewashed	a
whitish	a
whitlow	n		26
whittle	nv	35	18	40
whiz	nv	39	18,11	80	39:80
whizz	nv	39,38	18	80
whodunit	n		10
whole	an		9,3
whole-souled	a
whole-wheat	a
wholehearted	a
wholeheartedness	n		7,7
wholemeal	a
wholeness	n		26,26
wholesale	anv	40	4	40	40:40
wholesome	a
wholesomeness	n		7
whomp	v	35,33		60
whoop	nv	32,29	10	c0	32:c0
whoopee	n		4
whoosh	nv	38,38	11	c0
whop	v	35,35		60
whopper	n		10,6
whopping	a
whore	nv	41,35	18	80	41:80
whoredom	n		4
whorled	a
wicca	n		14,9
wiccan	an		18
wicked	a
wickedness	n		4,26
wide	a
wide-angle	a
wide-awake	a
wide-cut	a
wide-eyed	a
wide-open	a
wide-ranging	a
wide-screen	a
wideband	a
widen	v	30,30		c0
wideness	n		7,7
widening	n		22,6		30:80
widespread	a
widow	nv	30	18	20	30:20
widowed	a
widowhood	n		28,26
width	n		7
wield	v	40,35		40
wieldy	a
wifelike	a
wifely	a
wig	n		6,10
wigged	a
wigging	n		10
wiggle	nv	38	4	c0	38:c0
wiggliness	n		7
wiggly	a
wigless	a
wigwag	v	35,32		80
wild	an		26,15
wild-eyed	a
wildcat	an		6,18
wilderness	n		26,17
wildfire	n		11
wilding	n		20,4
wildness	n		12,7
wile	n		4
wilful	a
wilfulness	n		7
wiliness	n		9
will	nv	32,31	9,9	44	31:40
will-o'-the-wisp	n		19,9
willful	a
willfulness	n		7
willies	n		12
willing	an		4		31:40
willingness	n		7
willowy	a
willpower	n		7
wilsonian	a
wilt	nv	30,30	26,4	80	30:80
wilted	a
wilting	n		4		30:80
wily	a
wimpish	a
wimpy	a
win	nv	33,40	11,21	c0	33:80
wince	nv	38,29	10,4	80	38:80
winch	nv	35	6	40	35:40
wind	nv	38,42	19,19	80
windage	n		19,7
windblown	a
windburn	n		26
windburned	a
windburnt	a
winded	a
windfall	n		13,11
windiness	n		26,10
winding	an		4
windless	a
windlessness	n		26
window-dress	v	30		40
window-shop	v	40		80
window-washing	n		4
windows	n		10
windsock	n		10
windstorm	n		19
windsurf	v	38		80
windswept	a
windup	an		4		30:8
windward	an		24,15
windy	a
wine	nv	34,34	13,7	a0	34:20
wine-colored	n		7
wine-coloured	n		7
wine-red	a
winemaking	n		4
winey	a
wing	nv	38	5,6	80	38:80
wing-shaped	a
wingback	n		18,4
winged	a
wingless	a
winglike	a
wings	n		4,10
wingspan	n		7
wingspread	n		7,7
wink	nv	29,39	28,10	c0	29:80
winking	an		4		29:80
winkle	nv	43,39	13,5	c0
winless	a
winnebago	n		18,10
winning	an		4		40:40
winnings	n		21		40:40
winnow	nv	35,38	4	c0	35:c0
winnowing	n		4		35:c0
winsome	a
winsomeness	n		7
winter	nv	42	28	80	42:80
winter-blooming	a
winter-flowering	a
winterise	v	30		40
winterize	v	30		40
wintery	a
wintry	a
wintun	n		18,10
winy	a
wipe	nv	35	4	40	35:40
wipeout	n		11,4		30:60
wire	nv	40,32	6,6	e4	35:40
wire-haired	a
wired	a
wireless	an		10,10
wiretap	nv	39	4	40	39:40
wiriness	n		7
wiring	n		6,4		40:40
wiry	a
wiry-coated	a
wiry-stemmed	a
wisdom	n		9,7
wise	an		7,18
wisecrack	nv	32	10	80	32:80
wiseness	n		7,7
wish	nv	37,37	12,10	41	37:1
wish-wash	n		13,10
wished-for	a
wishful	a
wishfulness	n		12
wishing	n		12		37:41
wishy-washy	a
wisplike	a
wispy	a
wistful	a
wistfulness	n		12
wit	n		10,9
witch	nv	32	18,18	60	32:60
witch-hunt	n		4
witchcraft	n		9
witchery	n		9		32:60
witching	an		4
witchlike	a
with-it	a
withdraw	v	38,41		c0
withdrawal	n		10,4		32:40
withdrawn	a
withdrawnness	n		7
wither	v	30,30		80
withered	a
withering	an		11		30:80
withhold	v	40,40		40
withholding	n		4,21		40:40
withstand	v	42,33		60
witless	a
witness	nv	39,39	18,18	45	39:40
wits	n		9
wittgensteinian	a
witticism	n		10
wittiness	n		10
witting	a
witty	a
wive	v	41,41		a0
wizard	an		18,18
wizardly	a
wizardry	n		9
wizen	a
wizened	a
wobble	nv	38,38	11	80	38:80
wobbling	a
wobbly	an		18
woe	n		26,12
woebegone	a
woeful	a
woefulness	n		12
wolf	nv	34	5,18	40
wolf-sized	a
wolf-whistle	v	32		80
wolfish	a
wolflike	a
wolof	n		10
woman-worship	n		4
womanhood	n		26,14
womanise	v	41		80
womanish	a
womanishness	n		7
womanize	v	41,30		e0
womanlike	an		7
womanliness	n		7
womanly	a
womb-to-tomb	a
won	an		23,23
wonder	nv	31,32	12,11	81	32:40
wonder-struck	a
wonderful	a
wonderfulness	n		7
wondering	a
wonderland	n		17,9
wonderment	n		12		32:40
wonderworking	a
wondrous	a
wonky	a
wont	n		9
wonted	a
woo	v	41,41		60
wood-burning	a
wood-fired	a
woodcraft	n		9,9
wooded	a
wooden	a
wooden-headed	a
woodenness	n		7
woodgrain	n		7
woodgraining	n		7
woodiness	n		7,7
woodsiness	n		7
woodsy	a
woodwork	n		6,4
woodworking	n		4
woody	a
woody-stemmed	a
wooing	n		10		41:20
woolen	an		6
woolgather	v	36		84
woolgathering	an		9		36:84
woollen	an		6
woolly	a
woolly-haired	a
woolly-headed	a
woolly-stemmed	a
wooly	a
wooly-haired	a
wooly-minded	a
woosh	v	38		40
woozy	a
word	nv	32	10,10	40	32:40
word-blind	a
word-of-mouth	a
word-painting	n		10
word-perfect	a
word-splitting	n		9
word-worship	n		4
wordbook	n		10
wordfinder	n		10
wordiness	n		10
wording	n		10		32:40
wordless	a
wordnet	n		10,10
wordplay	n		10
words	n		10,10
wordsworthian	a
wordy	a
work	nv	41,41	4,6	80	41:80
work-in	n		4
work-shy	a
workable	a
workaday	a
workaholism	n		7
workbook	n		10
workflow	n		4
working	an		6
working-class	a
workload	n		4
workmanlike	a
workmanship	n		9
workout	n		4		29:c0
works	n		6,26
worksheet	n		10,10
workshop	n		6,4
world	an		17,14
world-class	a
world-shaking	a
world-shattering	a
world-weariness	n		12
world-weary	a
world-wide	a
worldliness	n		7,7
worldly	a
worldly-minded	a
worldly-wise	a
worldwide	a
worm	nv	38	5,18	80
worm-eaten	a
worm-shaped	a
wormlike	a
wormy	a
worn	a
worn-out	a
worried	a
worriment	n		7		37:84
worrisome	a
worry	nv	37,37	9,12	84	37:80
worrying	an		4,4		37:60
worse	an		7
worsen	v	30,30		c0
worsened	a
worsening	an		22,4		30:80
worship	nv	37,37	4,12	60	42:80
worshipful	a
worshipped	a
worst	anv	33	11,7	60
worth	an		23,7
worthful	a
worthiness	n		7
worthless	a
worthlessness	n		7,7
worthwhile	a
worthwhileness	n		7
worthy	an		18
would-be	a
wound	anv	29,37	26,11	60	29:60
wounded	an		14
wounding	an		4		29:60
woven	a
wow	nv	37	10	60
wrack	nv	35	5,11	40	35:40
wraith	n		9
wraithlike	a
wrangle	nv	32,42	10,10	c0	32:80
wrangling	n		10		32:80
wrap	nv	35,35	6,13	60
wrapped	a
wrath	n		12,4
wrathful	a
wrawl	v	32		80
wreak	v	36		40
wreathe	v	38,35		c0
wreck	nv	35	26,11	40	35:40
wrecked	a
wrecking	n		11,4		35:40
wrench	nv	35,38	26,11	c0	29:40
wrenching	a
wrest	v	35		60
wrestle	nv	33,32	4	80	35:80
wrestling	n		4,4		35:80
wretched	a
wretchedness	n		26,26
wrick	nv	29	26	40	29:40
wriggle	nv	38	4	80	38:80
wriggling	a
wriggly	a
wring	nv	35,35	11	40	35:40
wrinkle	nv	35,35	25,9	c0	35:40
wrinkle-resistant	a
wrinkled	a
wrinkleless	a
wrinkleproof	a
wrinkly	a
writ	n		10
write	v	36,32		e4
write-down	n		21		30:40
write-in	n		18,4		41:60
write-off	n		21,4		30:40
writhe	v	38		80
writhed	a
writhen	a
writhing	a
writing	n		4,10		36:40
writings	n		10
written	a
wrong	anv	41	7,4	20	41:20
wrong-side-out	a
wrongdoing	n		7,4
wrongful	a
wrongfulness	n		7
wrongheaded	a
wrongness	n		7,7
wroth	a
wrothful	a
wrought	a
wry	a
wryneck	n		26,5
wu	n		10
wye	n		10
wysiwyg	a
x	an		23,10
x-axis	n		9
x-linked	a
x-radiation	n		19,4
x-ray	nv	39,32	19,6	60
x-raying	n		4		39:60
x-scid	n		26
xanthelasma	n		26
xanthemia	n		26
xanthoma	n		26
xanthomatosis	n		26
xanthopsia	n		26
xanthosis	n		26
xanthous	a
xc	an		23
xci	a
xcii	a
xciii	a
xciv	a
xcl	a
xcv	a
xcvi	a
xcvii	a
xcviii	a
xenogeneic	a
xenogenesis	n		19
xenophobia	n		26
xenophobic	a
xenotransplant	n		4
xenotransplantation	n		4
xeric	a
xeroderma	n		26
xerodermia	n		26
xerographic	a
xerography	n		4
xeroma	n		26
xerophthalmia	n		26
xerophthalmus	n		26
xerophytic	a
xeroradiography	n		4
xerostomia	n		26
xerotes	n		26
xerox	nv	36	6,6	c0	36:c0
xi	an		23,10
xii	an		23
xiii	an		23
xiv	an		23
xix	an		23
xl	an		23
xli	a
xlii	a
xliii	a
xliv	a
xlv	a
xlvi	a
xlvii	a
xlviii	a
xt	n		11
xv	an		23
xvi	an		23
xvii	an		23
xviii	an		23
xx	an		23,8
xxi	an		23
xxii	an		23
xxiii	an		23
xxiv	an		23
xxix	an		23
xxv	an		23
xxvi	an		23
xxvii	an		23
xxviii	an		23
xxx	an		23,8
xxxi	a
xxxii	a
xxxiii	a
xxxiv	a
xxxv	a
xxxvi	a
xxxvii	a
xxxviii	a
xxy-syndrome	n		26
y	n		27,10
y-axis	n		9
y-shaped	a
yacht	nv	38	6	80	38:80
yachting	n		4		38:80
yack	nv	32	10	80	32:80
yahi	n		18,10
yajur-veda	n		10
yak	nv	32	10,5	80
yakety-yak	n		10
yakut	n		18,10
yamaltu	n		10
yammer	v	32,32		84
yana	n		18,10
yanan	n		10
yang	n		9
yank	nv	35	18,18	40
yankee	an		18,18
yap	nv	32	8	80
yardage	n		7
yardstick	n		10,6
yarn	nv	32	10,6	80	32:80
yarn-dye	v	30		40
yarn-spinning	a
yatobyo	n		26
yaup	v	32		80
yavapai	n		18,10
yaw	nv	42,38	11	80	38:80
yawl	nv	32	6,6	80
yawn	nv	29,42	4	80	29:80
yawning	an		4		29:80
yawp	v	32,32		84
yaws	n		26
yay	n		10
yea	n		10
year-around	a
year-end	an		28
year-round	a
yearbook	n		10,10
yearlong	a
yearly	an		10
yearn	v	37,37		80
yearned-for	a
yearning	n		12		37:80
yeastlike	a
yeasty	a
yeatsian	a
yell	nv	32,32	10,10	80	32:80
yelled	a
yelling	n		10		32:80
yellow	anv	30	7	80	30:80
yellow-banded	a
yellow-beige	a
yellow-bellied	a
yellow-blindness	n		26
yellow-brown	a
yellow-gray	a
yellow-green	a
yellow-grey	a
yellow-marked	a
yellow-orange	a
yellow-spotted	a
yellow-striped	a
yellow-tinged	a
yellow-tipped	a
yellow-white	a
yellowed	a
yellowish	a
yellowish-beige	a
yellowish-gray	a
yellowish-grey	a
yellowish-orange	a
yellowish-white	a
yellowness	n		7
yelp	nv	32	11	80	32:80
yelping	n		11		32:80
yemeni	an		18
yen	nv	37	12,23	80	37:80
yenisei	n		17,10
yenisei-samoyed	n		10
yeniseian	n		18,10
yes	n		10
yi	n		10
yiddish	n		10
yield	nv	40,30	4,21	c0	40:40
yielding	an		10,10		32:80
yin	n		9
yip	nv	32	11	80
yips	n		26
yodel	nv	32	10	80	32:80
yodeling	n		4		32:80
yodh	n		10
yoga	n		9,4
yogacara	n		9
yogic	a
yogistic	a
yoke	nv	35,35	6,26	c0
yokel-like	a
yokelish	a
yokuts	n		10,18
yon	a
yonder	a
yorktown	n		15,4
yoruba	n		18,10
you-drive	n		21
young	an		5,18
young-bearing	a
young-begetting	a
younger	a
youngish	a
youngness	n		7
youthful	a
youthfulness	n		7
yowl	nv	32,32	10	80	32:80
ypres	n		4,4
yucatec	n		18,10
yucateco	n		18,10
yucky	a
yue	n		10
yugoslav	an		18
yugoslavian	an		18
yuman	an		10
yummy	a
yurak-samoyed	n		10
z	n		11,10
z-axis	n		9
zaar	n		10
zacharias	n		18,10
zaftig	a
zairean	an		18
zairese	an		18
zakat	n		9
zama	n		4
zambian	an		18
zany	an		18,18
zap	nv	37,35	11	60
zapotec	an		18,10
zapotecan	n		18,10
zayin	n		10
zeal	n		12,12
zealotry	n		9
zealous	a
zechariah	n		18,10
zed	n		10
zee	n		10
zeitgeist	n		26
zen	n		14,9
zend	n		10
zend-avesta	n		10
zenithal	a
zephaniah	n		18,10
zephyr	n		19,18
zero	anv	30,30	23,23	40	30:40
zeroth	a
zest	nv	39	12,7	40	39:40
zestful	a
zestfulness	n		12
zesty	a
zeta	n		10
zeugma	n		10
zhuang	n		10
zig-zag	a
zigzag	anv	38	25	80	38:80
zillion	an		23
zimbabwean	an		18
zinc	nv	35	27	40
zing	n		11,7
zinger	n		10
zionism	n		10,14
zionist	an		18
zip	nv	35,38	23,10	c0
zipper	nv	35	6	40	35:40
zippy	a
zit	n		26
zizz	n		11,4
zoanthropy	n		26
zodiacal	a
zoftig	a
zoic	a
zolaesque	a
zonal	a
zonary	a
zone	nv	41,30	15,15	40	41:40
zoning	n		4
zooerastia	n		4
zooerasty	n		4
zoolatry	n		4
zoological	a
zoology	n		14,9
zoom	nv	38,38	11,4	80	38:80
zoomorphism	n		9
zoonosis	n		26
zoonotic	a
zoophagous	a
zoophilia	n		4
zoophilism	n		4
zoophobia	n		26
zoopsia	n		26
zoroastrian	an		18
zoroastrianism	n		9
zoster	n		26
zurvanism	n		14,9
zydeco	n		10
zygodactyl	a
zygomatic	an		8
zygomorphic	a
zygomorphous	a
zygotene	n		22
zygotic	a
zymoid	a
zymology	n		9
zymolysis	n		22
zymolytic	a
zymosis	n		22,22
zymotic	a
zymurgy	n		9
zyrian	n		10
=abetted	abet	v
=abetting	abet	v
=abhorred	abhor	v
=abhorring	abhor	v
=abode	abide	v
=abought	aby	v
=abscissae	abscissa	n
=abutted	abut	v
=abutting	abut	v
=abye	aby	v
=acciaccature	acciaccatura	n
=accompanied	accompany	v
=acetified	acetify	v
=acidified	acidify	v
=acquitted	acquit	v
=acquitting	acquit	v
=ad-libbed	ad-lib	v
=ad-libbing	ad-lib	v
=addenda	addendum	n
=addrest	address	v
=adenocarcinomata	adenocarcinoma	n
=adenomata	adenoma	n
=adieux	adieu	n
=admitted	admit	v
=admitting	admit	v
=aerified	aerify	v
=agnomina	agnomen	n
=agones	agon	n
=aides-memoire	aide-memoire	n
=air-dried	air-dry	v
=airdropped	airdrop	v
=airdropping	airdrop	v
=alkalified	alkalify	v
=allied	ally	v
=allotted	allot	v
=allotting	allot	v
=am	be	v
=ammonified	ammonify	v
=amnestied	amnesty	v
=amniocenteses	amniocentesis	n
=amoebiases	amoebiasis	n
=amphimixes	amphimixis	n
=amplified	amplify	v
=anacolutha	anacoluthon	n
=analyses	analysis	n
=anamneses	anamnesis	n
=anamorphoses	anamorphosis	n
=angiomata	angioma	n
=annulled	annul	v
=annulling	annul	v
=antennae	antenna	n
=anthraces	anthrax	n
=antitheses	antithesis	n
=apomixes	apomixis	n
=aposiopeses	aposiopesis	n
=apotheoses	apotheosis	n
=appalled	appal	v
=appalling	appal	v
=appendices	appendix	n
=applied	apply	v
=appoggiature	appoggiatura	n
=aquae	aqua	n
=arcana	arcanum	n
=arcked	arc	v
=arcking	arc	v
=are	be	v
=argufied	argufy	v
=ariette	arietta	n
=arisen	arise	v
=arose	arise	v
=arterioscleroses	arteriosclerosis	n
=asceses	ascesis	n
=ashes	ash	n
=aspergilloses	aspergillosis	n
=asyndeta	asyndeton	n
=ate	eat	v
=atheroscleroses	atherosclerosis	n
=atrophied	atrophy	v
=aurae	aura	n
=aurorae	aurora	n
=autocatalyses	autocatalysis	n
=autos-da-fe	auto-da-fe	n
=averred	aver	v
=averring	aver	v
=avitaminoses	avitaminosis	n
=awoke	awake	v
=awoken	awake	v
=axes	ax	n
=babied	baby	v
=baby-sat	baby-sit	v
=baby-sitting	baby-sit	v
=backbit	backbite	v
=backbitten	backbite	v
=backslid	backslide	v
=backslidden	backslide	v
=bacteriostases	bacteriostasis	n
=bade	bid	v
=bagged	bag	v
=bagging	bag	v
=ballyragged	ballyrag	v
=ballyragging	ballyrag	v
=bandied	bandy	v
=bani	ban	n
=banned	ban	v
=banning	ban	v
=barred	bar	v
=barrelled	barrel	v
=barrelling	barrel	v
=barring	bar	v
=bases	base	n
=basified	basify	v
=bassi	basso	n
=bastinadoes	bastinado	n
=batted	bat	v
=batting	bat	v
=bayonetted	bayonet	v
=bayonetting	bayonet	v
=beaten	beat	v
=beatified	beatify	v
=beautified	beautify	v
=became	become	v
=bed	bed	v
=bedded	bed	v
=bedding	bed	v
=bedevilled	bedevil	v
=bedevilling	bedevil	v
=bedimmed	bedim	v
=bedimming	bedim	v
=been	be	v
=beeves	beef	n
=befallen	befall	v
=befell	befall	v
=befitted	befit	v
=befitting	befit	v
=befogged	befog	v
=befogging	befog	v
=began	begin	v
=begat	beget	v
=begetting	beget	v
=begged	beg	v
=begging	beg	v
=beginning	begin	v
=begot	beget	v
=begotten	beget	v
=begun	begin	v
=beheld	behold	v
=beholden	behold	v
=bejewelled	bejewel	v
=bejewelling	bejewel	v
=bellied	belly	v
=belly-flopped	belly-flop	v
=belly-flopping	belly-flop	v
=belying	belie	v
=benefitted	benefit	v
=benefitting	benefit	v
=bent	bend	v
=berried	berry	v
=besetting	beset	v
=besought	beseech	v
=bespoke	bespeak	v
=bespoken	bespeak	v
=bestirred	bestir	v
=bestirring	bestir	v
=bestrewn	bestrew	v
=bestrid	bestride	v
=bestridden	bestride	v
=bestrode	bestride	v
=bethought	bethink	v
=betted	bet	v
=betting	bet	v
=bevelled	bevel	v
=bevelling	bevel	v
=biassed	bias	v
=biassing	bias	v
=bicennaries	bicentenary	n
=bidden	bid	v
=bidding	bid	v
=binned	bin	v
=binning	bin	v
=bit	bite	v
=bitten	bite	v
=bivouacked	bivouac	v
=bivouacking	bivouac	v
=blabbed	blab	v
=blabbing	blab	v
=blackberried	blackberry	v
=blackfeet	blackfoot	n
=blacklegged	blackleg	v
=blacklegging	blackleg	v
=blatted	blat	v
=blatting	blat	v
=bled	bleed	v
=blest	bless	v
=blew	blow	v
=blipped	blip	v
=blipping	blip	v
=blobbed	blob	v
=blobbing	blob	v
=bloodied	bloody	v
=blotted	blot	v
=blotting	blot	v
=blown	blow	v
=blubbed	blub	v
=blubbing	blub	v
=blue-pencilled	blue-pencil	v
=blue-pencilling	blue-pencil	v
=blurred	blur	v
=blurring	blur	v
=bobbed	bob	v
=bobbing	bob	v
=bodied	body	v
=bolsheviki	bolshevik	n
=bootlegged	bootleg	v
=bootlegging	bootleg	v
=bopped	bop	v
=bopping	bop	v
=bore	bear	v
=born	bear	v
=borne	bear	v
=bought	buy	v
=bound	bind	v
=bragged	brag	v
=bragging	brag	v
=bravadoes	bravado	n
=bravoes	bravo	n
=bred	breed	v
=brevetted	brevet	v
=brevetting	brevet	v
=brimmed	brim	v
=brimming	brim	v
=broadleaves	broadleaf	n
=broke	break	v
=broken	break	v
=brought	bring	v
=browbeaten	browbeat	v
=buboes	bubo	n
=budded	bud	v
=budding	bud	v
=buffaloes	buffalo	n
=bugged	bug	v
=bugging	bug	v
=built	build	v
=bulldogging	bulldog	v
=bullied	bully	v
=bullshitted	bullshit	v
=bullshitting	bullshit	v
=bullyragged	bullyrag	v
=bullyragging	bullyrag	v
=bummed	bum	v
=bumming	bum	v
=buried	bury	v
=burnt	burn	v
=burred	bur	v
=burring	bur	v
=bushelled	bushel	v
=bushelling	bushel	v
=busied	busy	v
=busses	bus	n
=bypast	bypass	v
=caballed	cabal	v
=caballing	cabal	v
=caddied	caddie	v
=caddies	caddie	v
=caddying	caddie	v
=caducei	caduceus	n
=caesurae	caesura	n
=calcified	calcify	v
=calicoes	calico	n
=calli	callus	n
=came	come	v
=canalled	canal	v
=canalling	canal	v
=cancelled	cancel	v
=cancelling	cancel	v
=candied	candy	v
=canned	can	v
=canning	can	v
=canopied	canopy	v
=capped	cap	v
=capping	cap	v
=capricci	capriccio	n
=carburetted	carburet	v
=carburetting	carburet	v
=carcinomata	carcinoma	n
=carillonned	carillon	v
=carillonning	carillon	v
=carnified	carnify	v
=carolled	carol	v
=carolling	carol	v
=carried	carry	v
=catalyses	catalysis	n
=catnapped	catnap	v
=catnapping	catnap	v
=catted	cat	v
=catting	cat	v
=caught	catch	v
=cavilled	cavil	v
=cavilling	cavil	v
=certified	certify	v
=channelled	channel	v
=channelling	channel	v
=chapped	chap	v
=chapping	chap	v
=charred	char	v
=charring	char	v
=chatted	chat	v
=chatting	chat	v
=chevied	chivy	v
=chevies	chivy	v
=chevying	chivy	v
=chiasmi	chiasmus	n
=chid	chide	v
=chidden	chide	v
=chinned	chin	v
=chinning	chin	v
=chipped	chip	v
=chipping	chip	v
=chiselled	chisel	v
=chiselling	chisel	v
=chitchatted	chitchat	v
=chitchatting	chitchat	v
=chivied	chivy	v
=chivvied	chivy	v
=chivvies	chivy	v
=chivvying	chivy	v
=chondrified	chondrify	v
=chondromata	chondroma	n
=chopped	chop	v
=chopping	chop	v
=chose	choose	v
=chosen	choose	v
=chugged	chug	v
=chugging	chug	v
=chuvashes	chuvash	n
=cicatrices	cicatrix	n
=citified	citify	v
=clad	clothe	v
=cladding	clad	v
=clammed	clam	v
=clamming	clam	v
=clapped	clap	v
=clapping	clap	v
=clarified	clarify	v
=classified	classify	v
=cleft	cleave	v
=clipped	clip	v
=clipping	clip	v
=clogged	clog	v
=clogging	clog	v
=clopped	clop	v
=clopping	clop	v
=clotted	clot	v
=clotting	clot	v
=clove	cleave	v
=cloven	cleave	v
=clubbed	club	v
=clubbing	club	v
=clung	cling	v
=co-ordinate	coordinate	v
=co-ordinated	coordinate	v
=co-ordinates	coordinate	v
=co-ordinating	coordinate	v
=co-starred	co-star	v
=co-starring	co-star	v
=codded	cod	v
=codding	cod	v
=codices	codex	n
=codified	codify	v
=cogged	cog	v
=cogging	cog	v
=cognomina	cognomen	n
=coiffed	coif	v
=coiffing	coif	v
=collied	colly	v
=colloquia	colloquium	n
=comae	coma	n
=combatted	combat	v
=combatting	combat	v
=committed	commit	v
=committing	commit	v
=compelled	compel	v
=compelling	compel	v
=complied	comply	v
=complotted	complot	v
=complotting	complot	v
=concerti	concerto	n
=concurred	concur	v
=concurring	concur	v
=confabbed	confab	v
=confabbing	confab	v
=conferred	confer	v
=conferring	confer	v
=conned	con	v
=conning	con	v
=contralti	contralto	n
=controlled	control	v
=controlling	control	v
=copied	copy	v
=copped	cop	v
=copping	cop	v
=copulae	copula	n
=coquetted	coquet	v
=coquetting	coquet	v
=coronae	corona	n
=corpora	corpus	n
=corralled	corral	v
=corralling	corral	v
=corrigenda	corrigendum	n
=counselled	counsel	v
=counselling	counsel	v
=counterplotted	counterplot	v
=counterplotting	counterplot	v
=countersank	countersink	v
=countersunk	countersink	v
=court-martialled	court-martial	v
=court-martialling	court-martial	v
=crabbed	crab	v
=crabbing	crab	v
=crammed	cram	v
=cramming	cram	v
=crapped	crap	v
=crapping	crap	v
=crawfishes	crawfish	n
=credenda	credendum	n
=crept	creep	v
=crescendi	crescendo	n
=cribbed	crib	v
=cribbing	crib	v
=cried	cry	v
=crises	crisis	n
=criteria	criterion	n
=cropped	crop	v
=cropping	crop	v
=crossbred	crossbreed	v
=crosscutting	crosscut	v
=cruces	crux	n
=crucified	crucify	v
=crying	cry	n
=cryings	cry	n
=cubbed	cub	v
=cubbing	cub	v
=cudgelled	cudgel	v
=cudgelling	cudgel	v
=culti	cultus	n
=cupped	cup	v
=cupping	cup	v
=curricula	curriculum	n
=curried	curry	v
=curst	curse	v
=curtsied	curtsy	v
=curvetted	curvet	v
=curvetting	curvet	v
=cutting	cut	v
=cycloses	cyclosis	n
=dabbed	dab	v
=dabbing	dab	v
=dadoes	dado	n
=dallied	dally	v
=dammed	dam	v
=damming	dam	v
=dandified	dandify	v
=data	datum	n
=dealt	deal	v
=debarred	debar	v
=debarring	debar	v
=debugged	debug	v
=debugging	debug	v
=decalcified	decalcify	v
=declassified	declassify	v
=decontrolled	decontrol	v
=decontrolling	decontrol	v
=decried	decry	v
=deep-fried	deep-fry	v
=deferred	defer	v
=deferring	defer	v
=defied	defy	v
=degassed	degas	v
=degasses	degas	v
=degassing	degas	v
=dehumidified	dehumidify	v
=deified	deify	v
=demobbed	demob	v
=demobbing	demob	v
=demulsified	demulsify	v
=demurred	demur	v
=demurring	demur	v
=demystified	demystify	v
=denazified	denazify	v
=denied	deny	v
=denitrified	denitrify	v
=dermatoses	dermatosis	n
=descried	descry	v
=deterred	deter	v
=deterring	deter	v
=detoxified	detoxify	v
=devilled	devil	v
=devilling	devil	v
=devitrified	devitrify	v
=diaereses	diaeresis	n
=diaerses	diaeresis	n
=diagnoses	diagnosis	n
=diagrammed	diagram	v
=diagramming	diagram	v
=dialled	dial	v
=dialling	dial	v
=dialyses	dialysis	n
=diastases	diastasis	n
=diathses	diathesis	n
=diazoes	diazo	n
=dicta	dictum	n
=did	do	v
=diereses	dieresis	n
=dieses	diesis	n
=differentiae	differentia	n
=digging	dig	v
=dignified	dignify	v
=dilettanti	dilettante	n
=dilly-dallied	dilly-dally	v
=dimmed	dim	v
=dimming	dim	v
=dinned	din	v
=dinning	din	v
=dipped	dip	v
=dipping	dip	v
=dirtied	dirty	v
=disbarred	disbar	v
=disbarring	disbar	v
=disbudded	disbud	v
=disbudding	disbud	v
=disci	discus	n
=disembodied	disembody	v
=disembowelled	disembowel	v
=disembowelling	disembowel	v
=dishevelled	dishevel	v
=dishevelling	dishevel	v
=disinterred	disinter	v
=disinterring	disinter	v
=dispelled	dispel	v
=dispelling	dispel	v
=disqualified	disqualify	v
=dissatisfied	dissatisfy	v
=distilled	distil	v
=distilling	distil	v
=diversified	diversify	v
=diverticula	diverticulum	n
=divertimenti	divertimento	n
=divvied	divvy	v
=dizzied	dizzy	v
=dogged	dog	v
=dogging	dog	v
=dogmata	dogma	n
=done	do	v
=donned	don	v
=donning	don	v
=dotted	dot	v
=dotting	dot	v
=dove	dive	v
=drabbed	drab	v
=drabbing	drab	v
=dragged	drag	v
=dragging	drag	v
=drank	drink	v
=drawn	draw	v
=dreamt	dream	v
=drew	draw	v
=dried	dry	v
=dripped	drip	v
=dripping	drip	v
=drivelled	drivel	v
=drivelling	drivel	v
=driven	drive	v
=dropped	drop	v
=dropping	drop	v
=drove	drive	v
=drubbed	drub	v
=drubbing	drub	v
=drugged	drug	v
=drugging	drug	v
=drummed	drum	v
=drumming	drum	v
=drunk	drink	v
=dubbed	dub	v
=dubbing	dub	v
=duelled	duel	v
=duelling	duel	v
=dug	dig	v
=dulcified	dulcify	v
=dummied	dummy	v
=dunned	dun	v
=dunning	dun	v
=dwarves	dwarf	n
=dwelt	dwell	v
=dying	die	v
=easied	easy	v
=eaten	eat	v
=eavesdropped	eavesdrop	v
=eavesdropping	eavesdrop	v
=ecchymoses	ecchymosis	n
=ecdyses	ecdysis	n
=echoes	echo	n
=ectozoa	ectozoan	n
=eddied	eddy	v
=edemata	edema	n
=edified	edify	v
=eisegeses	eisegesis	n
=eisteddfodau	eisteddfod	n
=electrified	electrify	v
=ellipses	ellipsis	n
=elves	elf	n
=embargoes	embargo	n
=embedded	embed	v
=embedding	embed	v
=embodied	embody	v
=emboli	embolus	n
=emitted	emit	v
=emitting	emit	v
=empanelled	empanel	v
=empanelling	empanel	v
=emphases	emphasis	n
=emptied	empty	v
=emulsified	emulsify	v
=enamelled	enamel	v
=enamelling	enamel	v
=encephalitides	encephalitis	n
=enchiridia	enchiridion	n
=enchondromata	enchondroma	n
=encomia	encomium	n
=endozoa	endozoan	n
=enemata	enema	n
=englutted	englut	v
=englutting	englut	v
=enrolled	enrol	v
=enrolling	enrol	v
=enthralled	enthral	v
=enthralling	enthral	v
=entozoa	entozoan	n
=entrapped	entrap	v
=entrapping	entrap	v
=envied	envy	v
=enwrapped	enwrap	v
=enwrapping	enwrap	v
=epentheses	epenthesis	n
=ephemerides	ephemeris	n
=epiphenomena	epiphenomenon	n
=epitheliomata	epithelioma	n
=epizoa	epizoan	n
=equalled	equal	v
=equalling	equal	v
=equilibria	equilibrium	n
=equipped	equip	v
=equipping	equip	v
=errata	erratum	n
=espied	espy	v
=esterified	esterify	v
=etherified	etherify	v
=etyma	etymon	n
=exanthemata	exanthema	n
=excelled	excel	v
=excelling	excel	v
=exegeses	exegesis	n
=exemplified	exemplify	v
=exordia	exordium	n
=exostoses	exostosis	n
=expelled	expel	v
=expelling	expel	v
=extolled	extol	v
=extolling	extol	v
=facetted	facet	v
=facetting	facet	v
=faculae	facula	n
=faeroese	faeroese	n
=fagged	fag	v
=fagging	fag	v
=fallen	fall	v
=falsified	falsify	v
=fancied	fancy	v
=fanned	fan	v
=fanning	fan	v
=fantasied	fantasy	v
=faroese	faroese	n
=fatted	fat	v
=fatting	fat	v
=featherbedded	featherbed	v
=featherbedding	featherbed	v
=fed	feed	v
=feed	feed	v
=feet	foot	n
=fell	fall	v
=felt	feel	v
=feriae	feria	n
=fermate	fermata	n
=ferried	ferry	v
=festschriften	festschrift	n
=fiascoes	fiasco	n
=fibbed	fib	v
=fibbing	fib	v
=fibromata	fibroma	n
=figged	fig	v
=figging	fig	v
=finned	fin	v
=finning	fin	v
=fishes	fish	n
=fistulae	fistula	n
=fitted	fit	v
=fitting	fit	v
=flagged	flag	v
=flagging	flag	v
=flapped	flap	v
=flapping	flap	v
=flatted	flat	v
=flatting	flat	v
=fled	flee	v
=flew	fly	v
=flimflammed	flimflam	v
=flimflamming	flimflam	v
=flip-flopped	flip-flop	v
=flip-flopping	flip-flop	v
=flipped	flip	v
=flipping	flip	v
=flitted	flit	v
=flitting	flit	v
=flogged	flog	v
=flogging	flog	v
=floodlit	floodlight	v
=flopped	flop	v
=flopping	flop	v
=florilegia	florilegium	n
=flown	fly	v
=flubbed	flub	v
=flubbing	flub	v
=flung	fling	v
=flurried	flurry	v
=flyleaves	flyleaf	n
=fobbed	fob	v
=fobbing	fob	v
=foci	focus	n
=fogged	fog	v
=fogging	fog	v
=footslogged	footslog	v
=footslogging	footslog	v
=forbad	forbid	v
=forbade	forbid	v
=forbidden	forbid	v
=forbidding	forbid	v
=forbore	forbear	v
=forborne	forbear	v
=force-fed	force-feed	v
=foregone	forego	v
=foreknew	foreknow	v
=foreknown	foreknow	v
=foresaw	foresee	v
=foreseen	foresee	v
=foreshown	foreshow	v
=foretold	foretell	v
=forewent	forego	v
=forgave	forgive	v
=forgetting	forget	v
=forgiven	forgive	v
=forgone	forgo	v
=forgot	forget	v
=forgotten	forget	v
=formatted	format	v
=formatting	format	v
=formulae	formula	n
=forsaken	forsake	v
=forsook	forsake	v
=forswore	forswear	v
=forsworn	forswear	v
=fortified	fortify	v
=forwent	forgo	v
=fought	fight	v
=found	find	v
=foxtrotted	foxtrot	v
=foxtrotting	foxtrot	v
=frapped	frap	v
=frapping	frap	v
=frauen	frau	n
=freeze-dried	freeze-dry	v
=frenchified	frenchify	v
=frenzied	frenzy	v
=frescoes	fresco	n
=fretted	fret	v
=fretting	fret	v
=fried	fry	v
=frivolled	frivol	v
=frivolling	frivol	v
=frogged	frog	v
=frogging	frog	v
=frolicked	frolic	v
=frolicking	frolic	v
=froze	freeze	v
=frozen	freeze	v
=fructified	fructify	v
=fuelled	fuel	v
=fuelling	fuel	v
=fulfilled	fulfil	v
=fulfilling	fulfil	v
=funned	fun	v
=funnelled	funnel	v
=funnelling	funnel	v
=funning	fun	v
=gadded	gad	v
=gadding	gad	v
=gagged	gag	v
=gagging	gag	v
=gainsaid	gainsay	v
=gambolled	gambol	v
=gambolling	gambol	v
=gan	gin	v
=gapped	gap	v
=gapping	gap	v
=gas	gas	n
=gasified	gasify	v
=gassed	gas	v
=gasses	gas	n
=gasses	gas	v
=gassing	gas	v
=gave	give	v
=geese	goose	n
=gelled	gel	v
=gelling	gel	v
=gelt	geld	v
=genera	genus	n
=geneses	genesis	n
=genii	genius	n
=genus	genus	n
=gestalten	gestalt	n
=getting	get	v
=ghettoes	ghetto	n
=ghostwritten	ghostwrite	v
=ghostwrote	ghostwrite	v
=giddied	giddy	v
=gilt	gild	v
=ginned	gin	v
=ginning	gin	v
=gipped	gip	v
=gipping	gip	v
=girt	gird	v
=given	give	v
=gliomata	glioma	n
=glissandi	glissando	n
=glommed	glom	v
=glomming	glom	v
=gloried	glory	v
=glorified	glorify	v
=glutted	glut	v
=glutting	glut	v
=gnawn	gnaw	v
=gnoses	gnosis	n
=goes	go	n
=goings-over	going-over	n
=gone	go	v
=got	get	v
=gotten	get	v
=grabbed	grab	v
=grabbing	grab	v
=grants-in-aid	grant-in-aid	n
=granulomata	granuloma	n
=gratified	gratify	v
=gravelled	gravel	v
=gravelling	gravel	v
=graven	grave	v
=grew	grow	v
=grinned	grin	v
=grinning	grin	v
=gripped	grip	v
=gripping	grip	v
=gript	grip	v
=gritted	grit	v
=gritting	grit	v
=ground	grind	v
=grovelled	grovel	v
=grovelling	grovel	v
=grown	grow	v
=grubbed	grub	v
=grubbing	grub	v
=guarantied	guaranty	v
=gummata	gumma	n
=gummed	gum	v
=gumming	gum	v
=gunned	gun	v
=gunning	gun	v
=gypped	gyp	v
=gypping	gyp	v
=had	have	v
=hadjes	hadj	n
=haematolyses	haematolysis	n
=haematomata	haematoma	n
=haemodialyses	haemodialysis	n
=haemolyses	haemolysis	n
=haemoptyses	haemoptysis	n
=haftaroth	haftarah	n
=haggadas	haggada	n
=haggadoth	haggada	n
=hajjes	hajj	n
=halfpence	halfpenny	n
=haloes	halo	n
=halteres	halter	n
=halves	half	n
=hammed	ham	v
=hamming	ham	v
=hamstrung	hamstring	v
=handicapped	handicap	v
=handicapping	handicap	v
=haphtaroth	haphtarah	n
=harried	harry	v
=has	have	v
=hatchelled	hatchel	v
=hatchelling	hatchel	v
=hatted	hat	v
=hatting	hat	v
=heard	hear	v
=hedgehopped	hedgehop	v
=hedgehopping	hedgehop	v
=held	hold	v
=hematolyses	hematolysis	n
=hematomata	hematoma	n
=hemmed	hem	v
=hemming	hem	v
=hemodialyses	hemodialysis	n
=hemolyses	hemolysis	n
=hemoptyses	hemoptysis	n
=herniae	hernia	n
=heroes	hero	n
=herren	herr	n
=hewn	hew	v
=hiccupped	hiccup	v
=hiccupping	hiccup	v
=hid	hide	v
=hidden	hide	v
=hitting	hit	v
=hobbed	hob	v
=hobbing	hob	v
=hobnobbed	hobnob	v
=hobnobbing	hobnob	v
=hocus-pocussed	hocus-pocus	v
=hocus-pocussing	hocus-pocus	v
=hogged	hog	v
=hogging	hog	v
=honied	honey	v
=honoraria	honorarium	n
=hooves	hoof	n
=hopped	hop	v
=hopping	hop	v
=horrified	horrify	v
=horsewhipped	horsewhip	v
=horsewhipping	horsewhip	v
=hove	heave	v
=hugged	hug	v
=hugging	hug	v
=humbugged	humbug	v
=humbugging	humbug	v
=humidified	humidify	v
=hummed	hum	v
=humming	hum	v
=hung	hang	v
=hurried	hurry	v
=hypertrophied	hypertrophy	v
=hypnoses	hypnosis	n
=hypostases	hypostasis	n
=hypotheses	hypothesis	n
=iambi	iamb	n
=identified	identify	v
=imagines	imago	n
=imagoes	imago	n
=imbedded	imbed	v
=imbedding	imbed	v
=impanelled	impanel	v
=impanelling	impanel	v
=impelled	impel	v
=impelling	impel	v
=imperia	imperium	n
=implied	imply	v
=incubi	incubus	n
=incurred	incur	v
=incurring	incur	v
=indemnified	indemnify	v
=indices	index	n
=indigoes	indigo	n
=indwelt	indwell	v
=inferred	infer	v
=inferring	infer	v
=initialled	initial	v
=initialling	initial	v
=inlaid	inlay	v
=innuendoes	innuendo	n
=insetting	inset	v
=inspanned	inspan	v
=inspanning	inspan	v
=installed	instal	v
=installing	instal	v
=intagli	intaglio	n
=intensified	intensify	v
=interbred	interbreed	v
=interleaves	interleaf	n
=intermarried	intermarry	v
=intermezzi	intermezzo	n
=intermitted	intermit	v
=intermitting	intermit	v
=interred	inter	v
=interring	inter	v
=interstratified	interstratify	v
=interwove	interweave	v
=interwoven	interweave	v
=intromitted	intromit	v
=intromitting	intromit	v
=inwove	inweave	v
=inwoven	inweave	v
=is	be	v
=jabbed	jab	v
=jabbing	jab	v
=jackknives	jackknife	n
=jagged	jag	v
=jagging	jag	v
=jammed	jam	v
=jamming	jam	v
=japanned	japan	v
=japanning	japan	v
=jarred	jar	v
=jarring	jar	v
=jellied	jelly	v
=jellified	jellify	v
=jetted	jet	v
=jetting	jet	v
=jewelled	jewel	v
=jewelling	jewel	v
=jibbed	jib	v
=jibbing	jib	v
=jigged	jig	v
=jigging	jig	v
=jimmied	jimmy	v
=jitterbugged	jitterbug	v
=jitterbugging	jitterbug	v
=jobbed	job	v
=jobbing	job	v
=jogged	jog	v
=jogging	jog	v
=jollied	jolly	v
=jollified	jollify	v
=jotted	jot	v
=jotting	jot	v
=jugged	jug	v
=jugging	jug	v
=justified	justify	v
=jutted	jut	v
=jutting	jut	v
=kenned	ken	v
=kennelled	kennel	v
=kennelling	kennel	v
=kenning	ken	v
=kent	ken	v
=kept	keep	v
=kidded	kid	v
=kidding	kid	v
=kidnapped	kidnap	v
=kidnapping	kidnap	v
=kipped	kip	v
=kipping	kip	v
=knapped	knap	v
=knapping	knap	v
=kneecapped	kneecap	v
=kneecapping	kneecap	v
=knelt	kneel	v
=knew	know	v
=knitted	knit	v
=knitting	knit	v
=knives	knife	n
=knotted	knot	v
=knotting	knot	v
=known	know	v
=ko'd	ko	v
=ko'ing	ko	v
=ko's	ko	v
=labelled	label	v
=labelling	label	v
=laden	lade	v
=lagged	lag	v
=lagging	lag	v
=laid	lay	v
=lain	lie	v
=lallygagged	lallygag	v
=lallygagging	lallygag	v
=lammed	lam	v
=lamming	lam	v
=lapidified	lapidify	v
=lapped	lap	v
=lapping	lap	v
=lassoes	lasso	n
=lay	lie	v
=leant	lean	v
=leapfrogged	leapfrog	v
=leapfrogging	leapfrog	v
=leapt	leap	v
=learnt	learn	v
=leaves	leaf	n
=led	lead	v
=left	leave	v
=lemmata	lemma	n
=lent	lend	v
=letting	let	v
=levelled	level	v
=levelling	level	v
=levied	levy	v
=libelled	libel	v
=libelling	libel	v
=libretti	libretto	n
=lieder	lied	n
=lignified	lignify	v
=limina	limen	n
=lingoes	lingo	n
=lipomata	lipoma	n
=liquefied	liquefy	v
=liquified	liquify	v
=lit	light	v
=litai	lit	n
=lives	life	n
=loaves	loaf	n
=lobbed	lob	v
=lobbied	lobby	v
=lobbing	lob	v
=logged	log	v
=logging	log	v
=logia	logion	n
=lopped	lop	v
=lopping	lop	v
=lost	lose	v
=lotted	lot	v
=lotting	lot	v
=luba	luba	n
=lugged	lug	v
=lugging	lug	v
=lullabied	lullaby	v
=lustra	lustre	n
=lying	lie	v
=lyings-in	lying-in	n
=lymphangitides	lymphangitis	n
=lymphomata	lymphoma	n
=lymphopoieses	lymphopoiesis	n
=lyses	lysis	n
=maculae	macula	n
=madded	mad	v
=madding	mad	v
=made	make	v
=magnified	magnify	v
=manifestoes	manifesto	n
=manned	man	v
=manning	man	v
=manumitted	manumit	v
=manumitting	manumit	v
=mapped	map	v
=mapping	map	v
=marcelled	marcel	v
=marcelling	marcel	v
=marred	mar	v
=married	marry	v
=marring	mar	v
=marshalled	marshal	v
=marshalling	marshal	v
=marvelled	marvel	v
=marvelling	marvel	v
=masses	mass	n
=matted	mat	v
=matting	mat	v
=maxima	maximum	n
=meant	mean	v
=medalled	medal	v
=medalling	medal	v
=media	medium	n
=megilloth	megillah	n
=meioses	meiosis	n
=melanomata	melanoma	n
=mementoes	memento	n
=memoranda	memorandum	n
=men	man	n
=menstrua	menstruum	n
=met	meet	v
=metalled	metal	v
=metalling	metal	v
=metamorphoses	metamorphosis	n
=metastases	metastasis	n
=metatheses	metathesis	n
=metempsychoses	metempsychosis	n
=metrified	metrify	v
=mezuzoth	mezuzah	n
=miasmata	miasma	n
=mice	mouse	n
=midrashim	midrash	n
=milieux	milieu	n
=mimicked	mimic	v
=mimicking	mimic	v
=minified	minify	v
=minima	minimum	n
=minutiae	minutia	n
=mioses	miosis	n
=misapplied	misapply	v
=miscarried	miscarry	v
=misdealt	misdeal	v
=misgave	misgive	v
=misgiven	misgive	v
=mishnayoth	mishna	n
=mislaid	mislay	v
=misled	mislead	v
=misspelt	misspell	v
=misspent	misspend	v
=mistaken	mistake	v
=mistook	mistake	v
=misunderstood	misunderstand	v
=mitzvoth	mitzvah	n
=mobbed	mob	v
=mobbing	mob	v
=modelled	model	v
=modelling	model	v
=modified	modify	v
=mollified	mollify	v
=molten	melt	v
=momenta	momentum	n
=mopped	mop	v
=mopping	mop	v
=moratoria	moratorium	n
=morceaux	morceau	n
=morphallaxes	morphallaxis	n
=morses	morse	n
=mortified	mortify	v
=moslim	moslem	n
=moslims	moslem	n
=mottoes	motto	n
=mown	mow	v
=mudded	mud	v
=muddied	muddy	v
=mudding	mud	v
=mugged	mug	v
=mugging	mug	v
=multiplied	multiply	v
=mummed	mum	v
=mummified	mummify	v
=mumming	mum	v
=mutinied	mutiny	v
=myiases	myiasis	n
=myomata	myoma	n
=myoses	myosis	n
=mystified	mystify	v
=myxomata	myxoma	n
=nabbed	nab	v
=nabbing	nab	v
=nagged	nag	v
=nagging	nag	v
=napped	nap	v
=napping	nap	v
=navahoes	navaho	n
=navajoes	navajo	n
=nebulae	nebula	n
=negroes	negro	n
=nemeses	nemesis	n
=netted	net	v
=netting	net	v
=neuromata	neuroma	n
=neuroses	neurosis	n
=nevi	nevus	n
=nickelled	nickel	v
=nickelling	nickel	v
=nidi	nidus	n
=nigrified	nigrify	v
=nimbi	nimbus	n
=nipped	nip	v
=nipping	nip	v
=nitrified	nitrify	v
=nodded	nod	v
=nodding	nod	v
=noes	no	n
=nonplussed	nonplus	v
=nonplusses	nonplus	v
=nonplussing	nonplus	v
=notified	notify	v
=noumena	noumenon	n
=novelle	novella	n
=novenae	novena	n
=nullified	nullify	v
=nutted	nut	v
=nutting	nut	v
=objectified	objectify	v
=obligati	obligato	n
=occupied	occupy	v
=occurred	occur	v
=occurring	occur	v
=ocelli	ocellus	n
=oedemata	edema	n
=offsetting	offset	v
=omitted	omit	v
=omitting	omit	v
=optima	optimum	n
=organa	organon	n
=ossified	ossify	v
=osteomata	osteoma	n
=outbidden	outbid	v
=outbidding	outbid	v
=outcried	outcry	v
=outcropped	outcrop	v
=outcropping	outcrop	v
=outdid	outdo	v
=outdone	outdo	v
=outdrawn	outdraw	v
=outdrew	outdraw	v
=outfitted	outfit	v
=outfitting	outfit	v
=outfought	outfight	v
=outgeneralled	outgeneral	v
=outgeneralling	outgeneral	v
=outgone	outgo	v
=outgrew	outgrow	v
=outgrown	outgrow	v
=outlaid	outlay	v
=outputted	output	v
=outputting	output	v
=outran	outrun	v
=outridden	outride	v
=outrode	outride	v
=outrunning	outrun	v
=outshone	outshine	v
=outsold	outsell	v
=outspanned	outspan	v
=outspanning	outspan	v
=outstripped	outstrip	v
=outstripping	outstrip	v
=outwent	outgo	v
=outwitted	outwit	v
=outwitting	outwit	v
=outwore	outwear	v
=outworn	outwear	v
=overbidden	overbid	v
=overbidding	overbid	v
=overbore	overbear	v
=overborne	overbear	v
=overcame	overcome	v
=overcropped	overcrop	v
=overcropping	overcrop	v
=overdid	overdo	v
=overdone	overdo	v
=overdrawn	overdraw	v
=overdrew	overdraw	v
=overdriven	overdrive	v
=overdrove	overdrive	v
=overflew	overfly	v
=overflown	overflow	v
=overgrew	overgrow	v
=overgrown	overgrow	v
=overheard	overhear	v
=overhung	overhang	v
=overlaid	overlay	v
=overlain	overlie	v
=overlapped	overlap	v
=overlapping	overlap	v
=overlay	overlie	v
=overlying	overlie	v
=overpaid	overpay	v
=overran	overrun	v
=overridden	override	v
=overrode	override	v
=overrunning	overrun	v
=oversaw	oversee	v
=overseen	oversee	v
=oversewn	oversew	v
=overshot	overshoot	v
=oversimplified	oversimplify	v
=overslept	oversleep	v
=overspent	overspend	v
=overspilt	overspill	v
=overstepped	overstep	v
=overstepping	overstep	v
=overtaken	overtake	v
=overthrew	overthrow	v
=overthrown	overthrow	v
=overtook	overtake	v
=overtopped	overtop	v
=overtopping	overtop	v
=overwritten	overwrite	v
=overwrote	overwrite	v
=oxymora	oxymoron	n
=pacified	pacify	v
=padded	pad	v
=padding	pad	v
=paid	pay	v
=palingeneses	palingenesis	n
=palled	pal	v
=palling	pal	v
=palsied	palsy	v
=panelled	panel	v
=panelling	panel	v
=panicked	panic	v
=panicking	panic	v
=panned	pan	v
=panning	pan	v
=papillomata	papilloma	n
=paraleipses	paraleipsis	n
=parallelled	parallel	v
=parallelling	parallel	v
=paralyses	paralysis	n
=parapraxes	parapraxis	n
=parcelled	parcel	v
=parcelling	parcel	v
=parentheses	parenthesis	n
=parhelia	parhelion	n
=parodied	parody	v
=parried	parry	v
=partaken	partake	v
=partook	partake	v
=pasquil	pasquinade	v
=pasquilled	pasquinade	v
=pasquilling	pasquinade	v
=pasquils	pasquinade	v
=pastorali	pastorale	n
=patrolled	patrol	v
=patrolling	patrol	v
=patted	pat	v
=patting	pat	v
=peccadilloes	peccadillo	n
=pedalled	pedal	v
=pedalling	pedal	v
=pegged	peg	v
=pegging	peg	v
=pence	penny	n
=pencilled	pencil	v
=pencilling	pencil	v
=penned	pen	v
=penning	pen	v
=pent	pen	v
=penumbrae	penumbra	n
=pepped	pep	v
=pepping	pep	v
=periphrases	periphrasis	n
=peristalses	peristalsis	n
=permitted	permit	v
=permitting	permit	v
=personae	persona	n
=personified	personify	v
=petechiae	petechia	n
=petrified	petrify	v
=petted	pet	v
=pettifogged	pettifog	v
=pettifogging	pettifog	v
=petting	pet	v
=phantasied	phantasy	v
=phenomena	phenomenon	n
=photocopied	photocopy	v
=phylogeneses	phylogenesis	n
=picnicked	picnic	v
=picnicking	picnic	v
=pigged	pig	v
=pigging	pig	v
=pilloried	pillory	v
=pinned	pin	v
=pinning	pin	v
=pipped	pip	v
=pipping	pip	v
=pistol-whipped	pistol-whip	v
=pistol-whipping	pistol-whip	v
=pitied	pity	v
=pitted	pit	v
=pitting	pit	v
=placeboes	placebo	n
=planned	plan	v
=planning	plan	v
=platted	plat	v
=platting	plat	v
=pled	plead	v
=plied	ply	v
=plodded	plod	v
=plodding	plod	v
=plopped	plop	v
=plopping	plop	v
=plotted	plot	v
=plotting	plot	v
=plugged	plug	v
=plugging	plug	v
=podded	pod	v
=podding	pod	v
=polypi	polypus	n
=pommelled	pommel	v
=pommelling	pommel	v
=popped	pop	v
=popping	pop	v
=portmanteaux	portmanteau	n
=potted	pot	v
=potting	pot	v
=praenomina	praenomen	n
=praxes	praxis	n
=preachified	preachify	v
=preferred	prefer	v
=preferring	prefer	v
=preoccupied	preoccupy	v
=prepaid	prepay	v
=pretermitted	pretermit	v
=pretermitting	pretermit	v
=prettied	pretty	v
=prettified	prettify	v
=pried	pry	v
=primi	primo	n
=primmed	prim	v
=primming	prim	v
=prodded	prod	v
=prodding	prod	v
=prognoses	prognosis	n
=programmed	program	v
=programmes	program	v
=programming	program	v
=prolegomena	prolegomenon	n
=prolepses	prolepsis	n
=prologed	prologue	v
=prologing	prologue	v
=prologs	prologue	v
=propelled	propel	v
=propelling	propel	v
=prophesied	prophesy	v
=propped	prop	v
=propping	prop	v
=prothalamia	prothalamion	n
=protozoa	protozoan	n
=proven	prove	v
=provisoes	proviso	n
=psychoneuroses	psychoneurosis	n
=psychoses	psychosis	n
=ptoses	ptosis	n
=pummelled	pummel	v
=pummelling	pummel	v
=punned	pun	v
=punning	pun	v
=pupped	pup	v
=pupping	pup	v
=purified	purify	v
=putrefied	putrefy	v
=puttied	putty	v
=putting	put	v
=qualified	qualify	v
=quanta	quantum	n
=quantified	quantify	v
=quarrelled	quarrel	v
=quarrelling	quarrel	v
=quarried	quarry	v
=queried	query	v
=quick-froze	quick-freeze	v
=quick-frozen	quick-freeze	v
=quickstepped	quickstep	v
=quickstepping	quickstep	v
=quipped	quip	v
=quipping	quip	v
=quitted	quit	v
=quitting	quit	v
=quizzed	quiz	v
=quizzes	quiz	n
=quizzes	quiz	v
=quizzing	quiz	v
=radii	radius	n
=ragged	rag	v
=ragging	rag	v
=rallied	rally	v
=ramified	ramify	v
=rammed	ram	v
=ramming	ram	v
=ran	run	v
=rang	ring	v
=ranulae	ranula	n
=rapped	rap	v
=rappelled	rappel	v
=rappelling	rappel	v
=rapping	rap	v
=rarefied	rarefy	v
=ratified	ratify	v
=ratted	rat	v
=ratting	rat	v
=ravelled	ravel	v
=ravelling	ravel	v
=reales	real	n
=rebelled	rebel	v
=rebelling	rebel	v
=rebuilt	rebuild	v
=rebutted	rebut	v
=rebutting	rebut	v
=recapped	recap	v
=recapping	recap	v
=reclassified	reclassify	v
=recommitted	recommit	v
=recommitting	recommit	v
=recopied	recopy	v
=rectified	rectify	v
=recurred	recur	v
=recurring	recur	v
=red	red	v
=redded	red	v
=redding	red	v
=redid	redo	v
=redone	redo	v
=referenda	referendum	n
=referred	refer	v
=referring	refer	v
=refitted	refit	v
=refitting	refit	v
=reft	reave	v
=refuelled	refuel	v
=refuelling	refuel	v
=regretted	regret	v
=regretting	regret	v
=reheard	rehear	v
=reified	reify	v
=reis	real	n
=relata	relatum	n
=relied	rely	v
=remade	remake	v
=remarried	remarry	v
=remitted	remit	v
=remitting	remit	v
=rent	rend	v
=repaid	repay	v
=repelled	repel	v
=repelling	repel	v
=replied	reply	v
=repotted	repot	v
=repotting	repot	v
=reran	rerun	v
=rerunning	rerun	v
=resetting	reset	v
=resewn	resew	v
=retaken	retake	v
=rethought	rethink	v
=retold	retell	v
=retook	retake	v
=retransmitted	retransmit	v
=retransmitting	retransmit	v
=retried	retry	v
=retrofitted	retrofit	v
=retrofitting	retrofit	v
=retted	ret	v
=retting	ret	v
=reunified	reunify	v
=revelled	revel	v
=revelling	revel	v
=revetted	revet	v
=revetting	revet	v
=revivified	revivify	v
=revved	rev	v
=revving	rev	v
=rewritten	rewrite	v
=rewrote	rewrite	v
=rhabdomyomata	rhabdomyoma	n
=rhonchi	rhonchus	n
=ribbed	rib	v
=ribbing	rib	v
=ricochetted	ricochet	v
=ricochetting	ricochet	v
=ridded	rid	v
=ridden	ride	v
=ridding	rid	v
=rigged	rig	v
=rigging	rig	v
=rigidified	rigidify	v
=rimmed	rim	v
=rimming	rim	v
=ripped	rip	v
=ripping	rip	v
=risen	rise	v
=rivalled	rival	v
=rivalling	rival	v
=riven	rive	v
=robbed	rob	v
=robbing	rob	v
=rode	ride	v
=rondeaux	rondeau	n
=rose	rise	v
=rotted	rot	v
=rotting	rot	v
=rough-dried	rough-dry	v
=rough-hewn	rough-hew	v
=rove	reeve	v
=rubbed	rub	v
=rubbing	rub	v
=rung	ring	v
=running	run	v
=rutted	rut	v
=rutting	rut	v
=saccharified	saccharify	v
=sagged	sag	v
=sagging	sag	v
=said	say	v
=salaried	salary	v
=sallied	sally	v
=salvoes	salvo	n
=sanctified	sanctify	v
=sandbagged	sandbag	v
=sandbagging	sandbag	v
=sang	sing	v
=sank	sink	v
=saponified	saponify	v
=sapped	sap	v
=sapping	sap	v
=sat	sit	v
=satisfied	satisfy	v
=savvied	savvy	v
=saw	see	v
=sawn	saw	v
=scanned	scan	v
=scanning	scan	v
=scarified	scarify	v
=scarred	scar	v
=scarring	scar	v
=scarves	scarf	n
=scatted	scat	v
=scatting	scat	v
=schemata	schema	n
=scherzi	scherzo	n
=scholia	scholium	n
=scleroses	sclerosis	n
=scotomata	scotoma	n
=scragged	scrag	v
=scragging	scrag	v
=scrammed	scram	v
=scramming	scram	v
=scrapped	scrap	v
=scrapping	scrap	v
=scried	scry	v
=scrubbed	scrub	v
=scrubbing	scrub	v
=scrummed	scrum	v
=scrumming	scrum	v
=scudded	scud	v
=scudding	scud	v
=scummed	scum	v
=scumming	scum	v
=scurried	scurry	v
=secondi	secondo	n
=seed	seed	v
=seen	see	v
=segni	segno	n
=selves	self	n
=senores	senor	n
=sent	send	v
=senti	sent	n
=separatrices	separatrix	n
=sequelae	sequela	n
=setting	set	v
=sewn	sew	v
=shagged	shag	v
=shagging	shag	v
=shaken	shake	v
=shammed	sham	v
=shamming	sham	v
=shat	shit	v
=shaven	shave	v
=shed	shed	v
=shedding	shed	v
=shellacked	shellac	v
=shellacking	shellac	v
=shewn	shew	v
=shied	shy	v
=shillyshallied	shillyshally	v
=shimmied	shimmy	v
=shinned	shin	v
=shinning	shin	v
=shipped	ship	v
=shipping	ship	v
=shitted	shit	v
=shitting	shit	v
=shod	shoe	v
=shone	shine	v
=shook	shake	v
=shopped	shop	v
=shopping	shop	v
=shot	shoot	v
=shotted	shot	v
=shotting	shot	v
=shovelled	shovel	v
=shovelling	shovel	v
=shown	show	v
=shrank	shrink	v
=shredded	shred	v
=shredding	shred	v
=shrivelled	shrivel	v
=shrivelling	shrivel	v
=shriven	shrive	v
=shrove	shrive	v
=shrugged	shrug	v
=shrugging	shrug	v
=shrunk	shrink	v
=shrunken	shrink	v
=shunned	shun	v
=shunning	shun	v
=shutting	shut	v
=sicked	sic	v
=sicking	sic	v
=sideslipped	sideslip	v
=sideslipping	sideslip	v
=sidestepped	sidestep	v
=sidestepping	sidestep	v
=sightsaw	sightsee	v
=sightseen	sightsee	v
=signalled	signal	v
=signalling	signal	v
=signified	signify	v
=signore	signora	n
=signorine	signorina	n
=simplified	simplify	v
=simulacra	simulacrum	n
=singing	sing	v
=sinned	sin	v
=sinning	sin	v
=sipped	sip	v
=sipping	sip	v
=sitting	sit	v
=ski'd	ski	v
=skidded	skid	v
=skidding	skid	v
=skimmed	skim	v
=skimming	skim	v
=skinned	skin	v
=skinning	skin	v
=skinny-dipped	skinny-dip	v
=skinny-dipping	skinny-dip	v
=skipped	skip	v
=skipping	skip	v
=skydove	skydive	v
=slagged	slag	v
=slagging	slag	v
=slain	slay	v
=slammed	slam	v
=slamming	slam	v
=slapped	slap	v
=slapping	slap	v
=slatted	slat	v
=slatting	slat	v
=sledding	sled	v
=slept	sleep	v
=slew	slay	v
=slid	slide	v
=slidden	slide	v
=slipped	slip	v
=slipping	slip	v
=slitting	slit	v
=slogged	slog	v
=slogging	slog	v
=slopped	slop	v
=slopping	slop	v
=slotted	slot	v
=slotting	slot	v
=slugged	slug	v
=slugging	slug	v
=slummed	slum	v
=slumming	slum	v
=slung	sling	v
=slunk	slink	v
=slurred	slur	v
=slurring	slur	v
=smelt	smell	v
=smit	smite	v
=smitten	smite	v
=smote	smite	v
=smutted	smut	v
=smutting	smut	v
=snagged	snag	v
=snagging	snag	v
=snapped	snap	v
=snapping	snap	v
=snipped	snip	v
=snipping	snip	v
=snivelled	snivel	v
=snivelling	snivel	v
=snogged	snog	v
=snogging	snog	v
=snubbed	snub	v
=snubbing	snub	v
=snuck	sneak	v
=snugged	snug	v
=snugging	snug	v
=sobbed	sob	v
=sobbing	sob	v
=sodded	sod	v
=sodding	sod	v
=soft-pedalled	soft-pedal	v
=soft-pedalling	soft-pedal	v
=sold	sell	v
=solfeggi	solfeggio	n
=soli	solo	n
=solidi	solidus	n
=solidified	solidify	v
=sopped	sop	v
=sopping	sop	v
=soprani	soprano	n
=sought	seek	v
=sown	sow	v
=spanned	span	v
=spanning	span	v
=sparred	spar	v
=sparring	spar	v
=spat	spit	v
=spatted	spat	v
=spatting	spat	v
=specified	specify	v
=spectra	spectrum	n
=sped	speed	v
=speechified	speechify	v
=spellbound	spellbind	v
=spelt	spell	v
=spent	spend	v
=spied	spy	v
=spilt	spill	v
=spin-dried	spin-dry	v
=spinning	spin	v
=spiralled	spiral	v
=spiralling	spiral	v
=spitted	spit	v
=spitting	spit	v
=splayfeet	splayfoot	n
=splitting	split	v
=spoilt	spoil	v
=spoke	speak	v
=spoken	speak	v
=spotlit	spotlight	v
=spotted	spot	v
=spotting	spot	v
=sprang	spring	v
=sprung	spring	v
=spudded	spud	v
=spudding	spud	v
=spun	spin	v
=spurred	spur	v
=spurring	spur	v
=squashes	squash	n
=squatted	squat	v
=squatting	squat	v
=squilgee	squeegee	v
=stabbed	stab	v
=stabbing	stab	v
=stank	stink	v
=starred	star	v
=starring	star	v
=steadied	steady	v
=stemmed	stem	v
=stemming	stem	v
=stencilled	stencil	v
=stencilling	stencil	v
=stenoses	stenosis	n
=stepped	step	v
=stepping	step	v
=stetted	stet	v
=stetting	stet	v
=stied	sty	v
=stigmata	stigma	n
=stimuli	stimulus	n
=stirred	stir	v
=stirring	stir	v
=stole	steal	v
=stolen	steal	v
=stood	stand	v
=stopped	stop	v
=stopping	stop	v
=storied	story	v
=stove	stave	v
=strappadoes	strappado	n
=strapped	strap	v
=strapping	strap	v
=stratified	stratify	v
=strewn	strew	v
=striae	stria	n
=stridden	stride	v
=stripped	strip	v
=stripping	strip	v
=striven	strive	v
=strode	stride	v
=stropped	strop	v
=stropping	strop	v
=strove	strive	v
=struck	strike	v
=strumae	struma	n
=strummed	strum	v
=strumming	strum	v
=strung	string	v
=strutted	strut	v
=strutting	strut	v
=stubbed	stub	v
=stubbing	stub	v
=stuccoes	stucco	n
=stuck	stick	v
=studded	stud	v
=studding	stud	v
=studied	study	v
=stultified	stultify	v
=stung	sting	v
=stunk	stink	v
=stunned	stun	v
=stunning	stun	v
=stupefied	stupefy	v
=stymying	stymie	v
=subbed	sub	v
=subbing	sub	v
=subletting	sublet	v
=submitted	submit	v
=submitting	submit	v
=subtotalled	subtotal	v
=subtotalling	subtotal	v
=succedanea	succedaneum	n
=sullied	sully	v
=summed	sum	v
=summing	sum	v
=sung	sing	v
=sunk	sink	v
=sunken	sink	v
=sunned	sun	v
=sunning	sun	v
=superstrata	superstratum	n
=supped	sup	v
=supping	sup	v
=supplied	supply	v
=swabbed	swab	v
=swabbing	swab	v
=swagged	swag	v
=swagging	swag	v
=swam	swim	v
=swapped	swap	v
=swapping	swap	v
=swatted	swat	v
=swatting	swat	v
=swept	sweep	v
=swigged	swig	v
=swigging	swig	v
=swimming	swim	v
=swivelled	swivel	v
=swivelling	swivel	v
=swollen	swell	v
=swopped	swap	v
=swopping	swap	v
=swops	swap	v
=swore	swear	v
=sworn	swear	v
=swotted	swot	v
=swotting	swot	v
=swum	swim	v
=swung	swing	v
=syllabi	syllabus	n
=syllabified	syllabify	v
=syllepses	syllepsis	n
=symbolled	symbol	v
=symbolling	symbol	v
=symphyses	symphysis	n
=synapses	synapsis	n
=synopses	synopsis	n
=syntagmata	syntagma	n
=syntheses	synthesis	n
=tabbed	tab	v
=tabbing	tab	v
=tableaux	tableau	n
=tagged	tag	v
=tagging	tag	v
=taken	take	v
=talcked	talc	v
=talcking	talc	v
=tallied	tally	v
=tanned	tan	v
=tanning	tan	v
=tapped	tap	v
=tapping	tap	v
=tarred	tar	v
=tarried	tarry	v
=tarring	tar	v
=tatted	tat	v
=tatting	tat	v
=taught	teach	v
=taxes	tax	n
=taxies	taxi	n
=taxis	taxis	v
=taxying	taxi	v
=termini	terminus	n
=terrified	terrify	v
=testified	testify	v
=thesauri	thesaurus	n
=theses	thesis	n
=thinned	thin	v
=thinning	thin	v
=thought	think	v
=threw	throw	v
=thriven	thrive	v
=throbbed	throb	v
=throbbing	throb	v
=thrombi	thrombus	n
=throve	thrive	v
=thrown	throw	v
=thrummed	thrum	v
=thrumming	thrum	v
=thudded	thud	v
=thudding	thud	v
=tidied	tidy	v
=tinned	tin	v
=tinning	tin	v
=tinselled	tinsel	v
=tinselling	tinsel	v
=tipped	tip	v
=tipping	tip	v
=tittupped	tittup	v
=tittupping	tittup	v
=toadied	toady	v
=togged	tog	v
=togging	tog	v
=told	tell	v
=took	take	v
=topoi	topos	n
=topped	top	v
=topping	top	v
=tore	tear	v
=torn	tear	v
=tornadoes	tornado	n
=torpedoes	torpedo	n
=totalled	total	v
=totalling	total	v
=totted	tot	v
=totting	tot	v
=towelled	towel	v
=towelling	towel	v
=trafficked	traffic	v
=trafficking	traffic	v
=trameled	trammel	v
=trameling	trammel	v
=tramelled	trammel	v
=tramelling	trammel	v
=tramels	trammel	v
=trammed	tram	v
=tramming	tram	v
=transferred	transfer	v
=transferring	transfer	v
=transfixt	transfix	v
=tranship	transship	v
=transmitted	transmit	v
=transmitting	transmit	v
=transmogrified	transmogrify	v
=transshipped	transship	v
=transshipping	transship	v
=trapped	trap	v
=trapping	trap	v
=traumata	trauma	n
=travelled	travel	v
=travelling	travel	v
=travestied	travesty	v
=trekked	trek	v
=trekking	trek	v
=trepanned	trepan	v
=trepanning	trepan	v
=tried	try	v
=trigged	trig	v
=trigging	trig	v
=trimmed	trim	v
=trimming	trim	v
=tripped	trip	v
=tripping	trip	v
=trivia	trivium	n
=trod	tread	v
=trodden	tread	v
=trotted	trot	v
=trotting	trot	v
=trowelled	trowel	v
=trowelling	trowel	v
=tugged	tug	v
=tugging	tug	v
=tumefied	tumefy	v
=tunnelled	tunnel	v
=tunnelling	tunnel	v
=turves	turf	n
=tut-tutted	tut-tut	v
=tut-tutting	tut-tut	v
=twigged	twig	v
=twigging	twig	v
=twinned	twin	v
=twinning	twin	v
=twitted	twit	v
=twitting	twit	v
=tying	tie	v
=typesetting	typeset	v
=typewritten	typewrite	v
=typewrote	typewrite	v
=typified	typify	v
=uglified	uglify	v
=uigurs	uighur	n
=ultimata	ultimatum	n
=umbrae	umbra	n
=unbarred	unbar	v
=unbarring	unbar	v
=unbent	unbend	v
=unbound	unbind	v
=unclad	unclothe	v
=unclogged	unclog	v
=unclogging	unclog	v
=underbidding	underbid	v
=undercutting	undercut	v
=undergirt	undergird	v
=undergone	undergo	v
=underlaid	underlay	v
=underlain	underlie	v
=underlay	underlie	v
=underlying	underlie	v
=underpaid	underpay	v
=underpinned	underpin	v
=underpinning	underpin	v
=undershot	undershoot	v
=undersold	undersell	v
=understood	understand	v
=understudied	understudy	v
=undertaken	undertake	v
=undertook	undertake	v
=underwent	undergo	v
=underwritten	underwrite	v
=underwrote	underwrite	v
=undid	undo	v
=undone	undo	v
=unfitted	unfit	v
=unfitting	unfit	v
=unfroze	unfreeze	v
=unfrozen	unfreeze	v
=unified	unify	v
=unlearnt	unlearn	v
=unmade	unmake	v
=unmanned	unman	v
=unmanning	unman	v
=unpinned	unpin	v
=unpinning	unpin	v
=unplugged	unplug	v
=unplugging	unplug	v
=unravelled	unravel	v
=unravelling	unravel	v
=unsaid	unsay	v
=unsteadied	unsteady	v
=unstrung	unstring	v
=untaught	unteach	v
=untidied	untidy	v
=untying	untie	v
=unwound	unwind	v
=unwrapped	unwrap	v
=unwrapping	unwrap	v
=unzipped	unzip	v
=unzipping	unzip	v
=upheld	uphold	v
=uphove	upheave	v
=upped	up	v
=uppercutting	uppercut	v
=upping	up	v
=uprisen	uprise	v
=uprose	uprise	v
=upsetting	upset	v
=urinalyses	urinalysis	n
=vacua	vacuum	n
=varices	varix	n
=varied	vary	v
=vatted	vat	v
=vatting	vat	v
=verbified	verbify	v
=verified	verify	v
=verrucae	verruca	n
=versified	versify	v
=vertices	vertex	n
=vertigines	vertigo	n
=vertigoes	vertigo	n
=vetoes	veto	n
=vetted	vet	v
=vetting	vet	v
=victualled	victual	v
=victualling	victual	v
=vilified	vilify	v
=virtuosi	virtuoso	n
=vitrified	vitrify	v
=vitriolled	vitriol	v
=vitriolling	vitriol	v
=vivified	vivify	v
=voces	vox	n
=vortices	vortex	n
=vying	vie	v
=wadded	wad	v
=wadding	wad	v
=wagged	wag	v
=wagging	wag	v
=wanned	wan	v
=wanning	wan	v
=warred	war	v
=warring	war	v
=was	be	v
=waylaid	waylay	v
=wearied	weary	v
=weatherstripped	weatherstrip	v
=weatherstripping	weatherstrip	v
=webbed	web	v
=webbing	web	v
=wedded	wed	v
=wedding	wed	v
=weed	weed	v
=went	go	v
=wept	weep	v
=were	be	v
=wetted	wet	v
=wetting	wet	v
=whammed	wham	v
=whamming	wham	v
=whapped	whap	v
=whapping	whap	v
=wharves	wharf	n
=whetted	whet	v
=whetting	whet	v
=whinnied	whinny	v
=whipped	whip	v
=whipping	whip	v
=whipsawn	whipsaw	v
=whirred	whir	v
=whirring	whir	v
=whizzed	whiz	v
=whizzes	whiz	v
=whizzing	whiz	v
=whopped	whop	v
=whopping	whop	v
=wigged	wig	v
=wigging	wig	v
=wigwagged	wigwag	v
=wigwagging	wigwag	v
=wildcatted	wildcat	v
=wildcatting	wildcat	v
=window-shopped	window-shop	v
=window-shopping	window-shop	v
=winning	win	v
=withdrawn	withdraw	v
=withdrew	withdraw	v
=withheld	withhold	v
=withstood	withstand	v
=woke	wake	v
=woken	wake	v
=wolves	wolf	n
=won	win	v
=wonned	won	v
=wonning	won	v
=wore	wear	v
=worn	wear	v
=worried	worry	v
=worshipped	worship	v
=worshipping	worship	v
=wound	wind	v
=wove	weave	v
=woven	weave	v
=wrapped	wrap	v
=wrapping	wrap	v
=wried	wry	v
=written	write	v
=wrote	write	v
=wrought	work	v
=wrung	wring	v
=yakked	yak	v
=yakking	yak	v
=yapped	yap	v
=yapping	yap	v
=yenned	yen	v
=yenning	yen	v
=yodelled	yodel	v
=yodelling	yodel	v
=zapped	zap	v
=zapping	zap	v
=zeroes	zero	n
=zigzagged	zigzag	v
=zigzagging	zigzag	v
=zipped	zip	v
=zipping	zip	v
=zoonoses	zoonosis	n
