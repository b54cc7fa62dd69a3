package truce

import (
	"encoding/json"
	"fmt"
)

// The record format (docs/record-format.md) spells "unknown" as null where
// the domain types use "". These wire types carry that difference; the
// domain types stay plain.

type wireRecord struct {
	ID        string  `json:"id"`
	Source    string  `json:"source"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
	Outlet    *string `json:"outlet"`
	Author    *string `json:"author,omitempty"`
	URL       *string `json:"url,omitempty"`
	Language  string  `json:"language"`
	Text      string  `json:"text"`

	Entities     []wireEntity      `json:"entities"`
	Timexes      []Timex           `json:"timexes"`
	Figures      []wireFigure      `json:"figures"`
	Attributions []wireAttribution `json:"attributions"`
	Events       []wireEvent       `json:"events"`
	Positions    []Position        `json:"positions"`
}

type wireEntity struct {
	KBID     *string `json:"id"`
	Name     string  `json:"name"`
	Type     string  `json:"type"`
	Wikidata *string `json:"wikidata"`
	Mentions []Span  `json:"mentions"`
}

type wireFigure struct {
	Span
	Value       float64  `json:"value"`
	Low         *float64 `json:"low"`
	High        *float64 `json:"high"`
	Approx      bool     `json:"approx"`
	Unit        *string  `json:"unit"`
	Measure     *string  `json:"measure"`
	Subject     *string  `json:"subject"`
	PeriodStart *string  `json:"period_start"`
	AsOf        *string  `json:"as_of"`
	ReportedBy  *string  `json:"reported_by"`
	Via         []string `json:"via"`
}

type wireAttribution struct {
	Span
	Speaker     string   `json:"speaker"`
	SpeakerID   *string  `json:"speaker_id"`
	Anonymous   bool     `json:"anonymous"`
	Cue         string   `json:"cue"`
	Via         []string `json:"via"`
	Direct      bool     `json:"direct"`
	Hedged      bool     `json:"hedged"`
	SpeakerSpan *Span    `json:"speaker_span"`
	CueSpan     *Span    `json:"cue_span"`
	Content     Span     `json:"content"`
}

type wireEvent struct {
	Span
	Type         string   `json:"type"`
	Participants []string `json:"participants"`
	Place        *string  `json:"place"`
	Date         *string  `json:"date"`
	Status       string   `json:"status"`
}

func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func list[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// MarshalRecord encodes rec as one line of the record format (no newline).
func MarshalRecord(rec *Record) ([]byte, error) {
	w := wireRecord{
		ID: rec.ID, Source: rec.Source, Title: null(rec.Title), Published: null(rec.Published),
		Outlet: null(rec.Outlet), Author: null(rec.Author), URL: null(rec.URL),
		Language: rec.Language, Text: rec.Text,
		Timexes: list(rec.Timexes), Positions: list(rec.Positions),
		Entities: []wireEntity{}, Figures: []wireFigure{}, Attributions: []wireAttribution{}, Events: []wireEvent{},
	}
	for _, e := range rec.Entities {
		w.Entities = append(w.Entities, wireEntity{null(e.KBID), e.Name, e.Type, null(e.Wikidata), list(e.Mentions)})
	}
	for _, f := range rec.Figures {
		w.Figures = append(w.Figures, wireFigure{f.Span, f.Value, f.Low, f.High, f.Approx, null(f.Unit),
			null(f.Measure), null(f.Subject), null(f.PeriodStart), null(f.AsOf), null(f.ReportedBy), list(f.Via)})
	}
	for _, a := range rec.Attributions {
		w.Attributions = append(w.Attributions, wireAttribution{a.Span, a.Speaker, null(a.SpeakerID),
			a.Anonymous, a.Cue, list(a.Via), a.Direct, a.Hedged, a.SpeakerSpan, a.CueSpan, a.Content})
	}
	for _, e := range rec.Events {
		w.Events = append(w.Events, wireEvent{e.Span, e.Type, list(e.Participants), null(e.Place), null(e.Date), e.Status})
	}
	return json.Marshal(w)
}

// UnmarshalRecord decodes one line of the record format.
func UnmarshalRecord(data []byte) (*Record, error) {
	var w wireRecord
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, fmt.Errorf("record: %w", err)
	}
	rec := &Record{Document: Document{
		ID: w.ID, Source: w.Source, Title: str(w.Title), Published: str(w.Published),
		Outlet: str(w.Outlet), Author: str(w.Author), URL: str(w.URL), Language: w.Language, Text: w.Text,
	}}
	rec.Timexes, rec.Positions = w.Timexes, w.Positions
	for _, e := range w.Entities {
		rec.Entities = append(rec.Entities, Entity{str(e.KBID), e.Name, e.Type, str(e.Wikidata), e.Mentions})
	}
	for _, f := range w.Figures {
		rec.Figures = append(rec.Figures, Figure{f.Span, f.Value, f.Low, f.High, f.Approx, str(f.Unit),
			str(f.Measure), str(f.Subject), str(f.PeriodStart), str(f.AsOf), str(f.ReportedBy), f.Via})
	}
	for _, a := range w.Attributions {
		rec.Attributions = append(rec.Attributions, Attribution{a.Span, a.Speaker, str(a.SpeakerID),
			a.Anonymous, a.Cue, a.Via, a.Direct, a.Hedged, a.SpeakerSpan, a.CueSpan, a.Content})
	}
	for _, e := range w.Events {
		rec.Events = append(rec.Events, Event{e.Span, e.Type, e.Participants, str(e.Place), str(e.Date), e.Status})
	}
	return rec, nil
}
