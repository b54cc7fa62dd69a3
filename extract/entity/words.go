package entity

import "strings"

// Word classes, as bits on a vocabulary id.
const (
	clsStop       uint64 = 1 << iota // capitalised words that never begin or form a name
	clsSpeech                        // verbs of saying that follow a speaker
	clsFirst                         // common given names
	clsOrgHead                       // nouns that head the name of a body
	clsLocNoun                       // nouns that make a nationality adjective a place
	clsConnect                       // small words inside names of bodies
	clsFormer                        // "former", "deputy": the title is not held
	clsThe                           // "the"
	clsParticle                      // name particles: de, van, von, bin
	clsFunc                          // function words
	clsVerb                          // common verbs that follow a subject
	clsPact                          // nouns after a place that make it part of a name: "Minsk agreements"
	clsRegion                        // "regions of Kherson and Zaporizhzhia": the oblasts, not the cities
	clsHonorific                     // "Mr", "Dr": enough to make one word a name
	clsTime                          // days and months, which end a body's name
	clsMedia                         // heads of outlets' names: News, Times, Post
	clsPress                         // titles of people who write the news
	clsSettlement                    // "village of", "town of": a place follows
	clsPlaceCue                      // "in", "near": a place may follow
	clsNotPlace                      // capitalised nouns that follow "in" but name no place
	clsPlural                        // plural region words, which name several places
	clsLike                          // "-style", "-like": the name before is only compared
	clsLoneHead                      // heads that name a body after a country's adjective: "Bulgarian Navy"
	clsPanel                         // committees "on" a subject, inside a parliament's name
	clsCredit                        // "Photo:", "Reporting by": a name follows
	clsWrite                         // "wrote in", "an op-ed in": a paper follows
	clsPlain                         // ordinary words that some bodies use as their capitalised name: TIME, SWIFT
	clsGovern                        // "regional", "governor": the town before names its region
	clsVenue                         // nouns that end the names of sites: Palace, Square, Avenue
	clsVenueLead                     // nouns that begin them in French or Italian: Palais des Nations
	clsCreditWord                    // generic credits in a dateline's parentheses: (Wire), (Agencies)
	clsPostOn                        // words before "on X" that make X a platform: wrote, post, video
	clsOutletCue                     // nouns before an outlet's name: "the newspaper Kommersant"
	clsRegnal                        // titles that with one name make a name: Patriarch Bartholomew
)

// mediaHeads end the names of outlets: "Fox News", "Moscow Times".
const mediaHeads = `news times post journal press media tv radio television daily herald telegraph
	gazette magazine channel broadcasting courier observer tribune chronicle monitor insider express
	mirror bulletin dispatch inquirer`

// wordLists are the closed word lists the heuristics use. They are English
// function words and news vocabulary, not names of the conflict: those
// belong in the knowledge base.
var wordLists = map[uint64]string{
	clsStop: `the a an this that these those it its he she they we i you his her their our my your
		in on at of for and but or if as by to from with without after before while when where why how what who
		whom which meanwhile however according despite although though also then there here now today yesterday
		tomorrow earlier later last next first second third finally secondly thirdly moreover furthermore
		instead indeed still yet even just only all both each every some many most several few no not
		january february march april may june july august september october november december
		monday tuesday wednesday thursday friday saturday sunday
		sources source officials official reports report people analysts experts observers diplomats
		related articles article photo video read more leave comment comments share subscribe
		peace war talks negotiations ceasefire truce plan deal agreement summit meeting conflict invasion
		breaking update live news exclusive opinion analysis editorial interview watch listen
		is are was were be been has have had will would can could should may might must do does did
		il le la les el al der die das di du des del
		guards troops soldiers forces residents authorities militants separatists partisans volunteers
		rescuers medics doctors farmers locals leaders ministers lawmakers deputies negotiators
		mediators delegates delegations allies partners citizens voters protesters prisoners
		merry happy glory christmas easter good alert other another`,
	clsSpeech: `said says say told tells stated states noted notes added adds wrote writes explained explains
		stressed stresses emphasized emphasised emphasizes emphasises argued argues claimed claims announced
		announces declared declares insisted insists warned warns commented comments replied replies
		responded responds tweeted posted confirmed confirms denied denies acknowledged admitted suggested
		suggests lamented believes believed thinks thought urged urges recalled recalls asserted asserts
		reiterated reiterates underlined underlines pointed remarked observed concluded continued
		spoke speaks welcomed criticized criticised condemned praised promised vowed pledged conceded
		cautioned predicted revealed disclosed`,
	clsFirst: firstNames,
	clsOrgHead: `ministry council forces agency committee office service assembly commission parliament court
		bank fund party guard directorate administration department institute foundation organization
		organisation union army navy police corps duma rada command staff headquarters group bureau
		secretariat cabinet government authority inspectorate tribunal university academy centre center
		coalition movement front brigade regiment battalion division company corporation association
		federation network mission forum intelligence technologies industries holdings airlines
		airways railways embassy consulate school congress society ` + mediaHeads,
	clsLocNoun: `territory territories border borders soil land lands airspace waters coast coastline region
		regions city cities town towns village villages frontier frontiers capital
		oblast oblasts province provinces peninsula`,
	clsConnect:  `of the and for on`,
	clsFormer:   `former ex onetime deputy vice assistant`,
	clsThe:      `the`,
	clsParticle: `de da di van von der bin ibn al el la le des del della dei du dos`,
	clsPact: `agreement agreements accord accords format formula memorandum communique communiqué
		declaration protocol protocols initiative deal charter treaty treaties convention conventions`,
	clsMedia: mediaHeads,
	clsPress: `journalist reporter correspondent columnist editor commentator blogger`,
	clsTime: `january february march april may june july august september october november december
		monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
		jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun`,
	clsHonorific: `mr mrs ms dr mister madam lord sir dame baroness pope patriarch metropolitan king
		queen emir`,
	clsRegnal: `pope patriarch metropolitan king queen emir lord baroness`,
	clsRegion: `region regions oblast oblasts province provinces`,
	clsGovern: `regional governor`,
	clsVenue: `palace palais hotel square avenue street boulevard prospekt prospect bridge island
		castle resort airport airbase base cathedral monastery lavra stadium arena plant dam spit`,
	clsOutletCue: `newspaper paper daily weekly magazine outlet broadcaster tabloid portal publication
		newswire channel website`,
	clsCreditWord: `wire wires agencies agency staff newsroom desk`,
	clsPostOn: `wrote writes writing written posted posts posting post tweeted said says saying
		video message statement account page channel stream livestream broadcast`,
	clsVenueLead: `palais palazzo palacio castel château chateau villa`,
	clsPlural:    `regions oblasts provinces`,
	clsLike:      `style like type esque`,
	clsLoneHead:  `ministry navy army parliament government police embassy consulate cabinet`,
	clsPanel:     `committee commission subcommittee`,
	clsCredit:    `photo photos photograph photographs picture credit reporting editing writing`,
	clsPlain: `time swift sun star mail post news sky world today nation mirror express herald record
		read live update updates breaking watch alert`,
	clsWrite: `wrote writes written writing published publishes ed oped column article interview
		editorial essay commentary`,
	clsSettlement: `village villages town towns city cities settlement settlements hamlet outskirts
		suburb suburbs port district community municipality residents shelling capture liberation
		recapture encirclement`,
	clsPlaceCue: `in near outside around towards toward captured liberated seized shelled stormed
		encircled recaptured retook bombarded struck attacked targeted entered reached approached into
		across`,
	clsNotPlace: `soviet god christmas easter ramadan lent parliament congress senate government
		telegram twitter facebook youtube instagram whatsapp signal zoom internet orthodox catholic
		islam latin arabic hebrew west east north south western eastern northern southern central
		tv person english french german russian ukrainian polish office court affairs policy review
		studies relations addition total particular short contrast fact turn general sum response
		return conclusion summary brief focus detail practice theory principle light view case
		order spite place time terms part short resolution resolutions article articles annex
		chapter section paragraph clause phase stage exchange balance stake issue effect reality essence
		theory`,
	clsFunc: `the a an this that these those it its and or but nor of in on at to for from with without
		by as than then so if when while after before since until because about over under into onto
		against between among through during who whom which whose what where why how not no also too
		itself himself herself themselves us me him them`,
	clsVerb: `is are was were be been being has have had do does did will would shall should can could
		may might must said says say told tells wants want wanted sees remains remained continues
		plans hopes believes expects insists seeks supports opposes rejects accepts agrees demands
		offers proposes considers refuses warns threatens needs knows thinks brought sent made took
		gave got became began held kept left met paid put ran saw sought spent stood thought won wrote
		went came found lost led chose drew fell felt heard meant sold`,
}

// cueTitles name people but are not offices of the knowledge base:
// "journalist Seymour Hersh", "Gen. Valery Zaluzhny". The commonest office
// titles are repeated here so that a knowledge base without roles.yaml
// still keeps them out of names.
var cueTitles = strings.Fields(`journalist reporter correspondent columnist commentator analyst
	expert historian economist politician activist lawyer blogger writer author editor researcher
	professor prof dr mr mrs ms general gen colonel col lieutenant lt major maj captain capt marshal
	admiral adm senator sen congressman congresswoman rep lawmaker deputy mp official officer
	commander chairman chairwoman director businessman billionaire oligarch investor pope patriarch
	metropolitan king queen prince leader chief head colleague counterpart host presenter anchor
	mister madam secretary diplomat strategist scholar scientist academic sociologist pollster
	chairperson founder soldier mayor governor president minister premier chancellor ambassador
	spokesman spokeswoman spokesperson envoy adviser advisor aide negotiator mediator archbishop cardinal
	bishop sheikh emir sir lord dame baroness`)

// firstNames are given names common in the news of the conflict, in their
// usual transliterations; given names of people in the knowledge base are
// added when the recogniser is built.
const firstNames = `alexander aleksandr oleksandr alexandr olexander alexey aleksei alexei oleksiy oleksii
	andrey andrei andriy andrii anatoly anatolii anton antony anthony arseniy arsen artem artyom
	boris borys bohdan dmitry dmitri dmytro denis denys egor yegor evgeny yevgeny yevhen eugene
	fyodor gennady hennadiy georgy heorhiy grigory hryhoriy igor ihor ilya illia ivan kirill kyrylo
	konstantin kostiantyn leonid maxim maksim maksym mikhail mykhailo mykhaylo nikolai mykola nikita
	oleg oleh pavel pavlo petr petro roman ruslan rustem sergey sergei serhiy serhii stanislav
	taras valery valerii valeriy vadim vadym vasily vasyl viktor victor vitaly vitaliy vitalii
	vladimir volodymyr vladislav vladyslav vyacheslav yuri yuriy yurii zakhar
	anna alina daria darya ekaterina kateryna elena olena irina iryna julia yulia yuliia lyudmila
	liudmyla maria mariia marta natalia nataliya olga olha oksana svetlana svitlana tatiana tetiana
	valentina victoria viktoriia yana yelena yevgenia zinaida
	joe joseph john james robert michael william david richard thomas charles christopher daniel
	matthew mark donald steven steve stephen paul andrew kenneth george kevin brian edward ronald
	timothy jason jeffrey ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin
	samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam henry
	nathan douglas zachary peter kyle walter ethan jeremy harold keith roger noah gerald
	carl terry sean arthur lawrence jesse dylan bryan joe billy bruce albert willie
	gabriel alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
	johnny antony lloyd marco mike jake jd keir rishi boris emmanuel olaf friedrich annalena
	ursula charles kaja josep jens mark recep tayyip hakan viktor giorgia sergio mateusz andrzej
	donald radoslaw radosław pedro alexander xi wang li lula narendra jake kurt marco pete tulsi
	mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
	sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
	sharon laura cynthia kathleen amy shirley angela helen brenda pamela nicole emma samantha
	katherine christine debra rachel catherine carolyn janet ruth heather diane virginia julie
	joyce victoria kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea
	frances hannah jacqueline ann gloria jean kathryn alice teresa sara janice doris julia
	 judy abigail marie denise beverly theresa marilyn danielle diana brittany natalie
	sophia isabella alexis kayla charlotte antonio giuseppe giovanni francesco luca matteo
	jean pierre jacques francois françois nicolas marine emmanuel angela annegret karl hans
	wolfgang klaus heinz jürgen juergen ahmed mohammed muhammad ali hassan abdul recep ibrahim
	seymour kirill steve dmitry antony rustem volodymyr kaja ursula
	gleb glib yaroslav yaroslava vsevolod sviatoslav svyatoslav bogdan danylo danilo dmitriy mikhailo
	oleksandra yevheniia yevgeniya anastasia anastasiia sofia sofiya khrystyna kristina ksenia kseniia
	lesia lesya halyna galina nadiya nadezhda lyubov liubov larysa larisa inna marina maryna veronika
	polina ruslana uliana ulyana vira vera zoya alla raisa tamara ludmila valeriya valeria hanna ganna
	arkady arkadiy arkadii efim yefim fedir fedor feodor gennadiy hennadii heorhii kostyantyn
	leonid lev matvey matvii miroslav myroslav nazar nestor oles orest rostyslav rostislav semen
	semyon stepan timofey tymofiy tymur timur vasyl veniamin vladlen yakov yakiv yevgen yevhenii
	yuliy zhanna ramzan sergiy serhy andrey ievgen evgenii aleksandr aleksey alexei
	tom tim jim bob dan ben sam nick chris matt pat tony greg jeff josh mike rick rob ted doug
	lindsey marjorie nikki kamala hillary condoleezza madeleine nancy chuck mitch lloyd jens
	antonio emmanuel olaf boris rishi liz theresa ursula charles kaja josep margrethe mette
	ulf magnus jonas gitanas edgars alar kristen petteri sauli alexander karin micheal leo
	giorgia mario enrico matteo pedro keir david andrzej mateusz donald radoslaw viktor
	peter robert zuzana igor kristalina volker friedrich
	annalena olaf benjamin naftali isaac yair recep ahmet mevlut hakan ibrahim mohammed
	abdullah faisal tamim narendra subrahmanyam wang xi li yi cyril lula luiz jair
	mihai ion maia nicolae vlad dorin andrei iurie natalia
	geoffrey melinda judith deborah laurie nigel hugh liam oliver harry duncan alistair
	nils lars anders erik henrik fredrik mikko pekka jussi piotr pawel paweł tomasz krzysztof marek
	witold jaroslaw jarosław zbigniew wojciech radek gabrielius kestutis kęstutis sebastien sébastien
	stephane stéphane dominique laurent thierry bruno nathalie christoph sigmar heiko gerhard helmut
	norbert markus andreas stefan tobias felix mehmet mustafa omer ömer numan fahrettin kemal
	hussein khalid mansour tahnoun hamad majed lolwah anwar adel ahmad omar yusuf youssef
	zhang liu chen zhao huang zhou guo ajit rajnath vikram randhir amit rahul nirmala piyush
	macky hakainde yoweri abiy bola celso mauro gustavo javier claudia andres andrés`

// givenVariants are the spellings of one given name across Ukrainian,
// Russian and English, one group a line: "Alexander Syrsky" may be
// Oleksandr Syrskyi, "Oleh Pavliuk" is not Oleksandr Pavliuk.
const givenVariants = `oleksandr alexander aleksandr alexandr olexander olexandr
	volodymyr vladimir wolodymyr
	serhiy serhii sergei sergey sergiy serhij sergii
	andriy andrii andrey andrei andrew andrij
	dmytro dmitry dmitri dmitriy dmitrii
	mykola nikolai nikolay nicholas
	mykhailo mykhaylo mikhail michael mykhaylo
	oleksiy oleksii alexei alexey aleksei aleksey
	yuriy yurii yuri yury iurii
	viktor victor
	vitaliy vitalii vitaly vitali
	valeriy valerii valery valeri
	ihor igor
	oleh oleg
	pavlo pavel paul
	petro petr pyotr peter
	heorhiy heorhii georgy georgiy george
	hennadiy hennadii gennady gennadiy
	yevhen yevgeny yevgeniy evgeny evgeniy eugene
	kyrylo kirill
	maksym maxim maksim
	denys denis
	anatoliy anatolii anatoly
	vasyl vasily vasiliy
	stepan stefan
	yakiv yakov jacob
	illia ilya
	fedir fyodor fedor
	kateryna ekaterina yekaterina catherine
	olena elena yelena helen
	iryna irina
	yuliia yulia julia yuliya
	tetiana tatiana tatyana
	nataliia natalia natalya nataliya
	svitlana svetlana
	liudmyla lyudmila ludmila
	hanna anna ganna
	mariia maria mariya
	olha olga`
