// Package attribution finds reported statements in a news report: who said
// what, with which cue, through which intermediaries, and how firmly. It
// reads direct quotations (“…,” said X; X said: “…”), indirect speech (X
// noted that …; according to X, …), relays (X reports, citing Y; Y quoted by
// X; told Axios) and references to earlier speakers (According to him; the
// Russian official added; According to the publication; in his words). It
// also reads statements that a participle introduces (…, warning that …; X
// rejected the plan, calling it …), that a colon introduces (headlines and
// transcripts: "Zelensky: …"; "Lavrov was blunt: …") and messages (X issued
// a joint statement saying …). Documents with no author speak as themselves
// (a joint statement issued after the meeting said …), denials in relative
// clauses count (…, which Kyiv denied), a passive cue names its agent (was
// confirmed by the Kremlin), estimates are statements (put the toll at …),
// and a sentence with no cue but "reportedly" is one of unnamed reports.
//
// A quotation that only goes on after a statement ("“…,” X said. “…”")
// has no cue of its own and is no statement of its own, as the gold has it.
//
// Speaker is the canonical name of the mention whenever the text names the
// speaker, so later stages (figures' reported_by) use it as is; a list of
// speakers reads "A, B and C".
//
// Conventions: Span covers speaker, cue and content within the sentence;
// Content is the statement without the cue and, when the content is one
// whole quotation, without its quote marks; a quotation running over several
// sentences is followed to its closing mark. Via lists the intermediaries
// nearest to the reader first and is never nil.
package attribution

import (
	"sort"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/sentence"
)

// extractor is the state of one Extract call.
type extractor struct {
	d          *extract.Doc
	quotes     []quote
	toks       []token
	mask       []bool
	si         int
	last       *said    // the last attribution made
	lastReport *said    // the last one relayed by an outlet
	lastDoc    *speaker // the last document that spoke ("a joint statement said")
	anons      []speaker
	skipUntil  int    // inside a quotation already attributed
	lead       int    // tokens of a live blog's time stamp opening the sentence ("10:42")
	following  string // the outlet the article retells, once it said "the publication"
	pending    *pending
	low        string // the text with ASCII letters lowered (Doc.Lower)
	out        []truce.Attribution
}

// pending is a sentence that is only a quotation, waiting for the speaker of
// the next sentence ("“…” Not only that, … the same official reports").
type pending struct {
	q  quote
	si int
}

// Extract returns the attributions of d in text order. It reads
// d.Sentences, d.Mentions and d.Entities.
func Extract(d *extract.Doc) []truce.Attribution {
	x := &extractor{d: d, quotes: findQuotes(d.Text), low: d.Lower()}
	if len(d.Sentences) == 0 && d.Text != "" {
		x.d = &extract.Doc{Text: d.Text, Sentences: sentence.Split(d.Text), Entities: d.Entities, Mentions: d.Mentions}
	}
	mi, qi, prevEnd := 0, 0, 0
	for si, s := range x.d.Sentences {
		if !s.Valid(len(d.Text)) || s.Start < prevEnd {
			continue
		}
		prevEnd = s.End
		x.si = si
		for start := s.Start; start < s.End; {
			seg := truce.Span{Start: start, End: s.End}
			x.toks, start = tokenize(d, seg, x.quotes, &mi, &qi, x.toks[:0])
			seg.End = start
			if seg.Start >= x.skipUntil && len(x.toks) > 0 {
				x.sentence(seg)
			}
		}
	}
	x.si = len(x.d.Sentences) // past the last sentence: a closing quotation gets its speaker
	x.flushPending()
	sort.SliceStable(x.out, func(i, j int) bool {
		if x.out[i].Start != x.out[j].Start {
			return x.out[i].Start < x.out[j].Start
		}
		return x.out[i].End < x.out[j].End
	})
	return x.out
}

// sentence extracts the attributions of the current sentence.
func (x *extractor) sentence(s truce.Span) {
	x.lead = x.timeStamp()
	cs := x.cues()
	mains, frames := arrange(cs)
	if len(mains) == 0 {
		x.flushPending()
		if !x.colonStatement(s) && !x.reportedly() {
			x.quoteOnly(s)
		}
		return
	}
	x.maskFrames(cs)
	hedged := x.hedged(cs)
	first := len(x.out)
	for i, c := range mains {
		lo, hi := 0, len(x.toks)
		if i > 0 {
			lo = x.afterSemicolon(mains[i-1].hi, c.lo)
		}
		if i+1 < len(mains) {
			hi = mains[i+1].lo
		}
		content, ok := x.content(c, lo, hi, s)
		if !ok {
			continue
		}
		if c.second || c.own && c.lo > lo {
			lo = c.lo
		}
		x.emit(c, near(frames, lo, hi), content, hedged, x.region(lo, hi))
	}
	x.resolvePending(first)
}

// region is the span of the statement's clause, tokens [lo, hi) without
// the punctuation at its edges: the whole reported statement, so that
// "“…,” X repeated, because …" covers its tail too.
func (x *extractor) region(lo, hi int) truce.Span {
	for lo < hi && x.toks[lo].kind == tPunct {
		lo++
	}
	for hi > lo && x.toks[hi-1].kind == tPunct {
		hi--
	}
	if lo == hi {
		return truce.Span{Start: x.toks[0].Start, End: x.toks[0].Start}
	}
	return x.spanOf(lo, hi)
}

// arrange splits the candidates of a sentence into statements and the
// frames that relay them.
func arrange(cs []cand) (mains, frames []cand) {
	hasVerb, accords := false, 0
	for _, c := range cs {
		if !c.hedge && !c.accord && !c.framing {
			hasVerb = true
		}
		if c.accord {
			accords++
		}
	}
	seen := 0
	for i := range cs {
		c := &cs[i]
		if c.accord {
			seen++
			c.framing = c.framing || !c.own && (hasVerb || seen < accords)
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.hedge || c.framing {
			continue
		}
		if c.inverted && c.before && len(mains) > 0 && i == len(cs)-1 {
			c.framing = true // "…, the General Staff reported, writes the Kyiv Independent"
			continue
		}
		mains = append(mains, *c)
	}
	for _, c := range cs {
		if c.framing && !c.hedge {
			frames = append(frames, c)
		}
	}
	if len(mains) == 0 && len(frames) > 0 {
		mains, frames = frames[:1], frames[1:]
		mains[0].framing = false
	}
	return dropNested(mains), frames
}

// dropNested removes a statement reported inside another one's content
// ("Rounds said that Rubio had told senators …", "said he believed that"):
// it follows a forward cue with no clause break between them.
func dropNested(mains []cand) []cand {
	out := mains[:0]
	for i, c := range mains {
		if i > 0 {
			p := out[len(out)-1]
			if !p.before && !p.inverted && !c.before && c.lo >= p.hi && !c.brk {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// near returns the frames within tokens [lo, hi): those of one statement
// when a sentence holds several.
func near(frames []cand, lo, hi int) []cand {
	a := sort.Search(len(frames), func(i int) bool { return frames[i].lo >= lo })
	b := a
	for b < len(frames) && frames[b].hi <= hi {
		b++
	}
	return frames[a:b]
}

func (x *extractor) maskFrames(cs []cand) {
	x.mask = x.mask[:0]
	for range x.toks {
		x.mask = append(x.mask, false)
	}
	for _, c := range cs {
		for i := c.lo; i < c.hi && i < len(x.mask); i++ {
			x.mask[i] = true
		}
	}
}

// emit resolves the speaker and via chain of c and records it.
func (x *extractor) emit(c cand, frames []cand, content truce.Span, hedged bool, region truce.Span) {
	sp, via, ok := x.chain(c, frames)
	if !ok {
		return
	}
	a := truce.Attribution{
		Speaker: sp.name, SpeakerID: sp.id, Anonymous: sp.anon,
		Cue: strings.ToLower(x.d.Text[c.cue.Start:c.cue.End]), Via: via,
		Hedged: hedged, Content: content,
	}
	if q, ok := x.quoteAround(content.Start); ok && q.open < x.d.Sentences[x.si].Start && q.close < content.End {
		a.Content.Start = q.inner().Start // the quotation began in an earlier sentence
		content = a.Content
	}
	cue := c.cue
	a.CueSpan = &cue
	a.Span = union(union(content, cue), region)
	if q, ok := x.quoteAround(a.Span.Start); ok && q.open < x.d.Sentences[x.si].Start && q.close < a.Span.End {
		a.Span.Start = q.open // "“We are ready. We have always been ready,” Lavrov said, “but …”"
	}
	if sp.hasSpan {
		ss := sp.span
		a.SpeakerSpan = &ss
		a.Span = union(a.Span, ss)
	}
	a.Direct = x.quotedBytes(content)*2 >= content.Len() && content.Len() > 0
	x.out = append(x.out, a)
	x.remember(sp, via)
}

// chain works out the speaker and the via list, nearest to the reader
// first: the frames, then the addressee, then what the speaker phrase
// itself says ("quoted by NBC News", "an Axios source").
func (x *extractor) chain(c cand, frames []cand) (speaker, []string, bool) {
	via := []string{}
	for _, f := range frames {
		fsp, fvia, ok := x.continued(f.sp, nil)
		if !ok || fsp.generic {
			continue
		}
		for _, v := range append(append(fvia, f.via...), fsp.via...) {
			via = appendName(via, v)
		}
		via = appendName(via, fsp.name)
	}
	sp, own, ok := x.continued(c.sp, append(append([]string{}, c.via...), c.sp.via...))
	if !ok {
		return sp, nil, false
	}
	for _, v := range own {
		via = appendName(via, v)
	}
	if len(via) == 0 {
		via = x.inherited(sp)
	}
	out := via[:0:0]
	for _, v := range via {
		if v != sp.name {
			out = append(out, v)
		}
	}
	return sp, out, true
}

// continued resolves "the report" to the last relayed report: its outlet
// when the report's own source was anonymous, else its speaker.
func (x *extractor) continued(sp speaker, via []string) (speaker, []string, bool) {
	if sp.cont != contReport {
		return sp, via, true
	}
	l := x.lastReport
	if l == nil || x.last != nil && x.last.si > l.si && x.si-x.last.si <= window && !x.last.sp.anon {
		l = x.last // "The General Staff reported … According to the report, …"
	}
	at := sp.span
	if l == nil && sp.message && x.last != nil && x.si-x.last.si <= window && !x.last.sp.anon {
		l = x.last // "X issued a joint statement … The statement said"
	}
	if mi := x.agencyNamed(at, l); mi >= 0 { // "… chartered by the World Food Programme. The agency itself says"
		sp = x.fromMention(mi)
		sp.span, sp.hasSpan, sp.cont = at, true, contReport
		return sp, []string{}, true
	}
	if l == nil {
		if mi := x.nearestOutlet(at.Start); mi >= 0 { // "TASS published … The agency said"
			sp = x.fromMention(mi)
			sp.span, sp.hasSpan, sp.cont = at, true, contReport
			return sp, []string{}, true
		}
		return sp, nil, false
	}
	if l.sp.anon && len(l.via) > 0 {
		name := l.via[0]
		sp = speaker{name: name, id: x.entityID(name), outlet: true}
		via = append([]string{}, l.via[1:]...)
	} else {
		sp, via = l.sp, append([]string{}, l.via...)
	}
	sp.span, sp.hasSpan, sp.cont = at, true, contReport
	return sp, via, true
}

// agencyNamed: "the agency" or "the organisation" at is a body other than
// an outlet named in this sentence or the one before, after the last
// report l: that body, not the report. It returns the mention or -1.
func (x *extractor) agencyNamed(at truce.Span, l *said) int {
	w := x.low[at.Start:at.End]
	if !strings.Contains(w, "agency") && !strings.Contains(w, "organisation") && !strings.Contains(w, "organization") ||
		x.si == 0 {
		return -1
	}
	mi := x.nearest(at.Start, truce.Organization)
	if mi < 0 || outletKinds[x.d.Mentions[mi].Kind] || x.d.Mentions[mi].Start < x.d.Sentences[x.si-1].Start {
		return -1
	}
	if l != nil && l.si < len(x.d.Sentences) && x.d.Mentions[mi].Start < x.d.Sentences[l.si].End {
		return -1 // the report came after it
	}
	return mi
}

// inherited is the via of a speaker that names none: the last speaker's
// when it is the same one again ("said Dmitriev" after "Dmitriev confirmed
// to Axios"), the current outlet's for an outlet's own sources.
func (x *extractor) inherited(sp speaker) []string {
	if l := x.last; l != nil && l.sp.name == sp.name && x.si-l.si <= window {
		return append([]string{}, l.via...)
	}
	if sp.anon && sp.source && !sp.generic {
		if o := x.reportOutlet(); o != "" && o == x.following && x.lastRelayed(o) {
			return []string{o}
		}
	}
	return []string{}
}

// lastRelayed: the last statement came from outlet o or through it, so the
// article is still retelling o; once others have spoken in its own voice
// ("Ukraine's foreign ministry rejected …"), unnamed officials are its own.
func (x *extractor) lastRelayed(o string) bool {
	l := x.last
	if l == nil || l.sp.name == o {
		return l != nil
	}
	for _, v := range l.via {
		if v == o {
			return true
		}
	}
	return false
}

func (x *extractor) reportOutlet() string {
	l := x.lastReport
	switch {
	case l == nil:
		return ""
	case len(l.via) > 0:
		return l.via[0]
	case l.sp.outlet:
		return l.sp.name
	}
	return ""
}

func (x *extractor) remember(sp speaker, via []string) {
	x.last = &said{sp: sp, via: via, si: x.si}
	if sp.cont == contReport && sp.outlet {
		x.following = sp.name // "According to the publication": the article follows that outlet
	}
	if len(via) > 0 || sp.outlet {
		x.lastReport = x.last
	}
	if sp.doc {
		d := sp
		x.lastDoc = &d
	}
	if sp.anon && !sp.bare && sp.head != "" && len(x.anons) < 32 {
		x.anons = append(x.anons, sp)
	}
}

func (x *extractor) entityID(name string) string {
	for _, e := range x.d.Entities {
		if e.Name == name {
			return e.KBID
		}
	}
	return ""
}

func union(a, b truce.Span) truce.Span {
	return truce.Span{Start: min(a.Start, b.Start), End: max(a.End, b.End)}
}
