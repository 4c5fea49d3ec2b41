// x86.go: assembling amd64 code with each distinct instruction encoded by
// golang-asm once per process, and branches laid out here.
//
// golang-asm assembles a function by encoding every instruction, all
// branches short, then again with the forward branches that did not reach
// made long, until no more change (span6): two or three encodings of each
// instruction for a trace, most of the compile time. Yet apart from
// branches the encoding of an amd64 instruction depends only on its
// operands, and traces repeat the same instructions (exit stubs storing
// the same registers into the same spill slots): here golang-asm encodes
// only instructions it has not encoded before, in one batch, an encoding
// cache gives the rest, and branch sizes are chosen by the same rules
// golang-asm applies, so the code is byte for byte what golang-asm makes:
//
//   - a branch to an instruction at or before it is short when its
//     displacement, computed with the positions of the current pass, is at
//     least -128;
//   - a forward branch starts short and becomes long for good in a pass
//     where its displacement exceeds 127; passes repeat until none does.
//
// The moves exit stubs are made of (registers and immediates to and from
// the context's spill slots) are encoded here directly (directX86), as
// golang-asm encodes them, with no cache lookup.

package goasm

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// encoding is the machine code of one instruction (at most 15 bytes on
// amd64).
type encoding struct {
	n uint8
	b [15]byte
}

// instKey identifies an instruction for the encoding cache: every field
// of obj.Prog that the amd64 encoder reads, packed (the opcode in the
// low bits of the first word, never 0).
type instKey [7]uint64

// encodings caches amd64 encodings by instKey; Assemblers of any
// goroutine share it.
var encodings encodingCache

// encodingCache is an open-addressing hash table (linear probing) of
// encodings; a slot whose key's first word is 0 (no opcode) is empty.
type encodingCache struct {
	sync.Mutex
	slots []encodingSlot // a power of two of them, at most half used
	n     int
}

type encodingSlot struct {
	key  instKey
	hash uint64 // key.hash(), compared first
	enc  encoding
}

// maxEncodingSlots bounds the cache; when full it starts over (keys
// include immediates such as addresses, which rarely repeat).
const maxEncodingSlots = 1 << 16

// slot returns the index of k's slot in c.slots, or of the empty slot
// where k would go.
func (c *encodingCache) slot(k *instKey, h uint64) int {
	mask := len(c.slots) - 1
	for i := int(h>>32) & mask; ; i = (i + 1) & mask {
		if s := &c.slots[i]; s.key[0] == 0 || s.hash == h && s.key == *k {
			return i
		}
	}
}

// hash returns the hash of k.
func (k *instKey) hash() uint64 {
	h := uint64(0)
	for _, w := range k {
		h = (h ^ w) * 0x9E3779B97F4A7C15
	}
	return h ^ h>>32 // the high bits mixed into the low ones
}

// lookup returns k's encoding, if cached; h is k.hash().
func (c *encodingCache) lookup(k *instKey, h uint64) (encoding, bool) {
	c.Lock()
	defer c.Unlock()
	if c.n == 0 {
		return encoding{}, false
	}
	s := &c.slots[c.slot(k, h)]
	return s.enc, s.key[0] != 0
}

// add caches e as k's encoding; c must be locked.
func (c *encodingCache) add(k *instKey, e encoding) {
	if 2*(c.n+1) > len(c.slots) {
		old := c.slots
		c.slots, c.n = make([]encodingSlot, max(1<<10, 2*len(old))), 0
		if len(c.slots) > maxEncodingSlots {
			c.slots = old[:maxEncodingSlots]
			clear(c.slots)
			old = nil
		}
		for i := range old {
			if old[i].key[0] != 0 {
				c.slots[c.slot(&old[i].key, old[i].hash)] = old[i]
				c.n++
			}
		}
	}
	h := k.hash()
	if s := &c.slots[c.slot(k, h)]; s.key[0] == 0 {
		*s = encodingSlot{key: *k, hash: h, enc: e}
		c.n++
	}
}

// addrKey packs a into two words; ok is false for an operand that refers
// to a symbol or a value outside the struct (floats, strings), which is
// not cached.
func addrKey(a *obj.Addr) (w0, w1 uint64, ok bool) {
	if a.Sym != nil || a.Val != nil || a.Class != 0 {
		return 0, 0, false
	}
	w0 = uint64(uint16(a.Reg)) | uint64(uint16(a.Index))<<16 | uint64(uint16(a.Scale))<<32 |
		uint64(uint8(a.Type))<<48 | uint64(uint8(a.Name))<<56
	return w0, uint64(a.Offset), true
}

// keyOf returns p's cache key; ok is false when p is not cached.
func keyOf(p *obj.Prog) (k instKey, ok bool) {
	var from3 *obj.Addr
	switch len(p.RestArgs) {
	case 0:
	case 1:
		from3 = &p.RestArgs[0]
	default:
		return k, false
	}
	return instKeyOf(p.As, p.Reg, p.RegTo2, p.Scond, &p.From, &p.To, from3)
}

// instKeyOf returns the cache key of an instruction with these fields
// (from3 nil when it has no third operand).
func instKeyOf(as obj.As, reg, regTo2 int16, scond uint8, from, to, from3 *obj.Addr) (k instKey, ok bool) {
	if as == obj.AXXX {
		return k, false
	}
	n := uint64(0)
	ok3 := true
	if from3 != nil {
		n = 1
		k[5], k[6], ok3 = addrKey(from3)
	}
	k[0] = uint64(uint16(as)) | uint64(uint16(reg))<<16 | uint64(uint16(regTo2))<<32 | uint64(scond)<<48 | n<<56
	var ok1, ok2 bool
	k[1], k[2], ok1 = addrKey(from)
	k[3], k[4], ok2 = addrKey(to)
	return k, ok1 && ok2 && ok3
}

// shortJump returns the opcode of the short form of branch as (rel8); the
// long form (rel32) is 0xE9 for JMP, 0x0F and the short opcode + 0x10
// for a conditional jump. ok is false for other branches (CALL, LOOP,
// JCXZ, XBEGIN), left to golang-asm.
func shortJump(as obj.As) (op byte, ok bool) {
	switch as {
	case obj.AJMP:
		return 0xEB, true
	case x86.AJOS:
		return 0x70, true
	case x86.AJOC:
		return 0x71, true
	case x86.AJCS:
		return 0x72, true
	case x86.AJCC:
		return 0x73, true
	case x86.AJEQ:
		return 0x74, true
	case x86.AJNE:
		return 0x75, true
	case x86.AJLS:
		return 0x76, true
	case x86.AJHI:
		return 0x77, true
	case x86.AJMI:
		return 0x78, true
	case x86.AJPL:
		return 0x79, true
	case x86.AJPS:
		return 0x7A, true
	case x86.AJPC:
		return 0x7B, true
	case x86.AJLT:
		return 0x7C, true
	case x86.AJGE:
		return 0x7D, true
	case x86.AJLE:
		return 0x7E, true
	case x86.AJGT:
		return 0x7F, true
	}
	return 0, false
}

// x86Code is the amd64 code of an Assembler.
type x86Code struct {
	insts []x86Inst
	// misses holds the instructions not found in the encoding cache,
	// encoded at Assemble; listed holds every instruction's Prog for a
	// listing.
	misses []x86Miss
	listed []*obj.Prog
	err    error // the first instruction Add could not take
}

// x86Miss is an instruction to encode: insts[i] is p.
type x86Miss struct {
	i int32
	p *obj.Prog
}

// x86Inst is an instruction of amd64 code (no pointers: arrays of them
// are recycled, through spareScratch, and not scanned by the collector).
type x86Inst struct {
	enc encoding // the code of an instruction other than a branch
	pc  int32
	// For a branch: its target (the index of its label in
	// Assembler.labels, then of the instruction it is bound before) and
	// the next forward branch to the same target (-1 ends the list); for
	// any instruction, the first forward branch to it (head).
	target, next, head int32
	branch             bool
	back, short        bool // the branch goes to itself or backwards; it is short
	op                 byte // a branch's short opcode (shortJump)
	size               uint8
}

// x86Scratch is the memory an Assembler of amd64 code works in,
// recycled through spareScratch: its instructions and a small cache in
// front of the shared one, used without locking.
type x86Scratch struct {
	insts []x86Inst
	front [frontSlots]encodingSlot // by hash; a slot may hold any key
}

const frontSlots = 2048

// maxSpareInsts bounds the instruction array kept for the next Assembler.
const maxSpareInsts = 1 << 15

// spareScratch holds the scratch memory of the last Assembler done, for
// the next one (JITs compile one trace at a time). Unlike a sync.Pool's,
// it survives collections, which would leave the next compile a cold
// front cache.
var spareScratch atomic.Pointer[x86Scratch]

// startX86 gives a its scratch memory, when it has none yet.
func (a *Assembler) startX86() {
	if a.scratch == nil {
		if a.scratch = spareScratch.Swap(nil); a.scratch == nil {
			a.scratch = new(x86Scratch)
		}
		a.insts = a.scratch.insts[:0]
	}
}

// lookupX86 returns k's cached encoding, if any.
func (a *Assembler) lookupX86(k *instKey) (encoding, bool) {
	h := k.hash()
	f := &a.scratch.front[h%frontSlots]
	if f.hash == h && f.key == *k {
		return f.enc, true
	}
	e, ok := encodings.lookup(k, h)
	if ok {
		*f = encodingSlot{key: *k, hash: h, enc: e}
	}
	return e, ok
}

// Inst appends the instruction as from, to (and from3 between them when
// not nil): Prog and Add in one step, which on amd64 makes no Prog when
// the instruction's encoding is cached.
func (a *Assembler) Inst(as obj.As, from, to, from3 *obj.Addr) {
	if !a.x86 || a.listing {
		a.Add(a.prog(as, from, to, from3))
		return
	}
	a.startX86()
	if from3 == nil {
		if e, ok := directX86(as, from, to); ok {
			a.insts = append(a.insts, x86Inst{enc: e, target: -1, next: -1, head: -1})
			return
		}
	}
	k, ok := instKeyOf(as, 0, 0, 0, from, to, from3)
	var e encoding
	if ok {
		e, ok = a.lookupX86(&k)
	}
	if !ok {
		a.misses = append(a.misses, x86Miss{int32(len(a.insts)), a.prog(as, from, to, from3)})
	}
	a.insts = append(a.insts, x86Inst{enc: e, target: -1, next: -1, head: -1})
}

// prog returns a new Prog for Inst.
func (a *Assembler) prog(as obj.As, from, to, from3 *obj.Addr) *obj.Prog {
	p := a.Prog(as)
	p.From, p.To = *from, *to
	if from3 != nil {
		p.SetFrom3(*from3)
	}
	return p
}

// addX86 appends p to the amd64 code, encoding it from the cache when
// it is there, else keeping it to encode at Assemble, and reports
// whether it keeps p.
func (a *Assembler) addX86(p *obj.Prog) (keep bool) {
	a.startX86()
	if p.To.Type == obj.TYPE_BRANCH {
		// Branch makes branches in amd64 code.
		a.fail(fmt.Errorf("goasm: %v: branches are made by Branch", p))
	}
	in := x86Inst{target: -1, next: -1, head: -1}
	var ok bool
	if k, cacheable := keyOf(p); cacheable {
		in.enc, ok = a.lookupX86(&k)
	}
	if !ok {
		a.misses = append(a.misses, x86Miss{int32(len(a.insts)), p})
	}
	a.insts = append(a.insts, in)
	if a.listing {
		a.listed = append(a.listed, p)
	}
	return !ok || a.listing
}

// branchX86 appends a branch with opcode as to l to the amd64 code.
func (a *Assembler) branchX86(as obj.As, l *Label) {
	op, ok := shortJump(as)
	if !ok {
		a.fail(fmt.Errorf("goasm: branch %v: only JMP and conditional jumps are supported", as))
	}
	a.startX86()
	a.insts = append(a.insts, x86Inst{target: l.id, next: -1, head: -1, branch: true, op: op, short: true})
	if a.listing {
		p := a.Prog(as)
		p.To.Type = obj.TYPE_BRANCH
		p.To.SetTarget(l.anchor)
		a.link(p)
		a.listed = append(a.listed, p)
	}
}

func (a *Assembler) fail(err error) {
	if a.err == nil {
		a.err = err
	}
}

// assembleX86 lays out and returns the amd64 code (see the file comment).
func (a *Assembler) assembleX86() ([]byte, error) {
	if a.err != nil {
		return nil, a.err
	}
	// A last, empty instruction for the labels bound at the end.
	a.startX86()
	a.insts = append(a.insts, x86Inst{target: -1, next: -1, head: -1})
	insts := a.insts
	defer func() {
		if cap(insts) > maxSpareInsts {
			insts = nil // rare: not worth keeping
		}
		a.scratch.insts, a.insts = insts, nil
		spareScratch.Store(a.scratch)
		a.scratch = nil
	}()
	for i := range insts {
		in := &insts[i]
		if !in.branch {
			continue
		}
		t := a.labels[in.target].at
		in.target, in.back = t, int(t) <= i
		if !in.back {
			in.next, insts[t].head = insts[t].head, int32(i)
		}
	}
	if len(a.misses) > 0 {
		if err := a.encodeX86(); err != nil {
			return nil, err
		}
	}
	// Branch sizes, by golang-asm's rules.
	var size int32
	for again := true; again; {
		again = false
		var c int32
		for i := range insts {
			in := &insts[i]
			in.pc = c
			for q := in.head; q >= 0; q = insts[q].next {
				if b := &insts[q]; b.short && c-(b.pc+int32(b.size)) > 127 {
					b.short = false
					again = true
				}
			}
			switch {
			case !in.branch:
				in.size = in.enc.n
			case in.back:
				in.short = insts[in.target].pc-(c+2) >= -128
				fallthrough
			default:
				in.size = 2
				if !in.short {
					in.size = 6
					if in.op == 0xEB {
						in.size = 5 // JMP
					}
				}
			}
			c += int32(in.size)
		}
		size = c
	}
	code := make([]byte, size)
	for i := range insts {
		in := &insts[i]
		b := code[in.pc : in.pc+int32(in.size)]
		if !in.branch {
			copy(b, in.enc.b[:in.enc.n])
			continue
		}
		v := insts[in.target].pc - (in.pc + int32(in.size))
		switch {
		case in.short:
			b[0], b[1] = in.op, byte(v)
		case in.op == 0xEB:
			b[0] = 0xE9
			binary.LittleEndian.PutUint32(b[1:], uint32(v))
		default:
			b[0], b[1] = 0x0F, in.op+0x10
			binary.LittleEndian.PutUint32(b[2:], uint32(v))
		}
	}
	for _, l := range a.labels {
		l.off = int(insts[l.at].pc)
		if l.anchor != nil {
			l.anchor.Pc = int64(l.off)
		}
	}
	for i, p := range a.listed {
		p.Pc = int64(insts[i].pc)
	}
	return code, nil
}

// encodeX86 has golang-asm encode the cache misses, as one function
// (none is a branch, so in one pass), and caches their encodings. With a
// listing, whose list links the Progs, it encodes copies of them.
func (a *Assembler) encodeX86() error {
	ctxt := a.context()
	batch := make([]*obj.Prog, len(a.misses))
	for k, m := range a.misses {
		p := m.p
		if a.listing {
			p = new(obj.Prog)
			*p = *m.p
			p.RestArgs = slices.Clone(p.RestArgs)
		}
		p.Ctxt, p.Link, p.Pc = ctxt, nil, 0
		if k > 0 {
			batch[k-1].Link = p
		}
		batch[k] = p
	}
	s := &obj.LSym{Func: &obj.FuncInfo{Text: batch[0]}}
	a.arch.Assemble(ctxt, s, ctxt.NewProg)
	if err := a.diagnostics(); err != nil {
		return err
	}
	if len(s.R) > 0 {
		return fmt.Errorf("goasm: code needs %d relocation(s) (%v); native code must be position independent", len(s.R), s.R[0].Type)
	}
	encodings.Lock()
	defer encodings.Unlock()
	for k, m := range a.misses {
		start, end := batch[k].Pc, int64(len(s.P))
		if k+1 < len(batch) {
			end = batch[k+1].Pc
		}
		if end-start > int64(len(encoding{}.b)) {
			return fmt.Errorf("goasm: %d bytes for one instruction (%v)", end-start, m.p)
		}
		e := &a.insts[m.i].enc
		e.n = uint8(copy(e.b[:], s.P[start:end]))
		if key, ok := keyOf(m.p); ok {
			encodings.add(&key, *e)
		}
	}
	return nil
}

// directX86 encodes, without golang-asm or the cache, the moves exit
// stubs are made of: MOVQ between a general register and memory, MOVSD
// between a vector register and memory, MOVQ and MOVL of an immediate
// (32 bits, sign-extended) to memory, and MOVQ of an immediate that
// needs 64 bits to a general register; the memory operand a base
// register (not SP, BP, R12 or R13, which need other forms) and a
// displacement. ok is false for any other instruction. The bytes are
// golang-asm's (TestDirectX86 compares every register and many
// displacements and immediates).
func directX86(as obj.As, from, to *obj.Addr) (e encoding, ok bool) {
	if !plain(from) || !plain(to) {
		return e, false
	}
	put := func(b ...byte) {
		e.n += uint8(copy(e.b[e.n:], b))
	}
	if from.Type == obj.TYPE_CONST && to.Type == obj.TYPE_REG {
		// MOVQ $imm64, reg: REX.W (+B) B8+r imm64.
		r, isGPR := gpr(to.Reg)
		if as != x86.AMOVQ || !isGPR || from.Offset == int64(int32(from.Offset)) || from.Offset == int64(uint32(from.Offset)) {
			return e, false
		}
		put(0x48|r>>3, 0xB8+r&7)
		binary.LittleEndian.PutUint64(e.b[e.n:], uint64(from.Offset))
		e.n += 8
		return e, true
	}
	var reg, mem *obj.Addr
	store := true
	switch {
	case (from.Type == obj.TYPE_REG || from.Type == obj.TYPE_CONST) && to.Type == obj.TYPE_MEM:
		reg, mem = from, to
	case from.Type == obj.TYPE_MEM && to.Type == obj.TYPE_REG:
		reg, mem, store = to, from, false
	default:
		return e, false
	}
	base, isGPR := gpr(mem.Reg)
	if !isGPR || mem.Index != 0 || mem.Scale != 0 || mem.Offset != int64(int32(mem.Offset)) || base&7 == 4 || base&7 == 5 {
		return e, false
	}
	var r byte // the ModRM reg field (REX.R for r >= 8)
	var op []byte
	rex := byte(0)
	var imm []byte
	switch {
	case reg.Type == obj.TYPE_CONST:
		// MOVQ/MOVL $imm32, mem: (REX.W) C7 /0 imm32.
		v := reg.Offset
		if as == x86.AMOVQ {
			rex = 0x48
		} else if as != x86.AMOVL {
			return e, false
		}
		if v != int64(int32(v)) {
			return e, false
		}
		op, imm = []byte{0xC7}, binary.LittleEndian.AppendUint32(nil, uint32(v))
	case as == x86.AMOVQ:
		var ok bool
		if r, ok = gpr(reg.Reg); !ok || reg.Reg == x86.REG_SP {
			return e, false
		}
		rex, op = 0x48, []byte{0x89}
		if !store {
			op = []byte{0x8B}
		}
	case as == x86.AMOVSD:
		if reg.Reg < x86.REG_X0 || reg.Reg > x86.REG_X15 {
			return e, false
		}
		r = byte(reg.Reg - x86.REG_X0)
		put(0xF2)
		op = []byte{0x0F, 0x11}
		if !store {
			op = []byte{0x0F, 0x10}
		}
	default:
		return e, false
	}
	if r >= 8 {
		rex |= 0x44
	}
	if base >= 8 {
		rex |= 0x41
	}
	if rex != 0 {
		put(rex)
	}
	put(op...)
	modrm := (r&7)<<3 | base&7
	switch d := mem.Offset; {
	case d == 0:
		put(modrm)
	case d == int64(int8(d)):
		put(1<<6|modrm, byte(d))
	default:
		put(2<<6|modrm, byte(d), byte(d>>8), byte(d>>16), byte(d>>24))
	}
	put(imm...)
	return e, true
}

// plain reports whether a is a register, constant or memory operand with
// nothing but its registers and offset (no symbol, name or value).
func plain(a *obj.Addr) bool {
	if a.Name != obj.NAME_NONE || a.Sym != nil || a.Val != nil || a.Class != 0 {
		return false
	}
	switch a.Type {
	case obj.TYPE_REG:
		return a.Index == 0 && a.Scale == 0 && a.Offset == 0
	case obj.TYPE_CONST:
		return a.Reg == 0 && a.Index == 0 && a.Scale == 0
	case obj.TYPE_MEM:
		return true
	}
	return false
}

// gpr returns the number of general register reg.
func gpr(reg int16) (byte, bool) {
	if reg < x86.REG_AX || reg > x86.REG_R15 {
		return 0, false
	}
	return byte(reg - x86.REG_AX), true
}
