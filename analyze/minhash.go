package analyze

import (
	"fmt"
	"math/bits"
)

// MinHash signatures find near-duplicates (wire copy re-published with a new
// headline) and related reports (the same actors in the same days) without
// comparing a new report with every stored one: the signature is cut into
// bands, each band hashed into one stored row, and only documents sharing a
// band row are compared.
const (
	dupHashes   = 32 // 8 bands of 4: pairs above ~0.6 Jaccard on 4-word shingles meet
	dupRows     = 4
	topicHashes = 16 // 16 bands of 1: sets with a fifth in common nearly always meet
	topicRows   = 1
	shingleLen  = 4
)

// mix is a 64-bit finaliser (splitmix64): one multiply-xorshift family gives
// every hash function of the signature from one shingle hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// signature is the MinHash of a set of element hashes.
func signature(elems []uint64, n int) []uint32 {
	sig := make([]uint32, n)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for _, e := range elems {
		for i := range sig {
			v := uint32(mix(e+uint64(i)*0x9e3779b97f4a7c15) >> 32)
			if v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// shingles hashes every run of shingleLen words; a text shorter than that
// is one shingle.
func shingles(ws []string) []uint64 {
	hs := make([]uint64, len(ws))
	for i, w := range ws {
		hs[i] = hashString(w)
	}
	if len(hs) <= shingleLen {
		var h uint64
		for _, x := range hs {
			h = mix(h ^ x)
		}
		if len(hs) == 0 {
			return nil
		}
		return []uint64{h}
	}
	out := make([]uint64, 0, len(hs)-shingleLen+1)
	for i := 0; i+shingleLen <= len(hs); i++ {
		h := hs[i]
		for _, x := range hs[i+1 : i+shingleLen] {
			h = mix(bits.RotateLeft64(h, 17) ^ x)
		}
		out = append(out, h)
	}
	return out
}

// bandKeys turns a signature into one key per band, prefixed so that the
// two signatures' bands never meet.
func bandKeys(prefix string, sig []uint32, rows int) []string {
	var keys []string
	for b := 0; b+rows <= len(sig); b += rows {
		h := uint64(b)
		for _, v := range sig[b : b+rows] {
			h = mix(h ^ uint64(v))
		}
		keys = append(keys, fmt.Sprintf("%s%02d:%016x", prefix, b/rows, h))
	}
	return keys
}

// similarity estimates the Jaccard similarity of the sets behind two signatures.
func similarity(a, b []uint32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// jaccard is the exact Jaccard similarity of two sorted sets.
func jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	n := overlap(a, b)
	return float64(n) / float64(len(a)+len(b)-n)
}
