var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });

// src/analysis/align.ts
var MIN_SIMILARITY_IN_GAP = 0.35;
var MIN_SIMILARITY_ACROSS = 0.55;
var MAX_GAP_COMPARISONS = 2e4;
var MAX_POSTINGS = 40;
var RAREST_WORDS = 8;
var MAX_BRUTE_FORCE_PAIRS = 2e5;
function jaccard(a, b) {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
__name(jaccard, "jaccard");
function sortedJaccard(a, b, minimum) {
  if (a.length === 0 && b.length === 0) return 1;
  const small = Math.min(a.length, b.length);
  const large = Math.max(a.length, b.length);
  if (small < minimum * large) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
__name(sortedJaccard, "sortedJaccard");
function longestIncreasing(seq) {
  const tails = [];
  const previous = new Int32Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const value = seq[i] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if ((seq[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const chain = /* @__PURE__ */ new Set();
  let at = tails[tails.length - 1] ?? -1;
  while (at >= 0) {
    chain.add(at);
    at = previous[at] ?? -1;
  }
  return chain;
}
__name(longestIncreasing, "longestIncreasing");
function compatible(a, b) {
  if (a.type === "row" || b.type === "row") return a.type === b.type && a.rowRole === b.rowRole;
  if (a.type === "heading" || b.type === "heading") return a.type === b.type;
  return true;
}
__name(compatible, "compatible");
function alignBlocks(before, after, options) {
  let coarse = false;
  const oldByKey = /* @__PURE__ */ new Map();
  for (const block of before) {
    const list = oldByKey.get(block.key);
    if (list) list.push(block.index);
    else oldByKey.set(block.key, [block.index]);
  }
  const matchOfNew = new Int32Array(after.length).fill(-1);
  const matchOfOld = new Int32Array(before.length).fill(-1);
  const used = /* @__PURE__ */ new Map();
  for (const block of after) {
    const list = oldByKey.get(block.key);
    if (!list) continue;
    const next = used.get(block.key) ?? 0;
    if (next >= list.length) continue;
    used.set(block.key, next + 1);
    const oldIndex = list[next];
    matchOfNew[block.index] = oldIndex;
    matchOfOld[oldIndex] = block.index;
  }
  const matchedNew = [];
  for (let i = 0; i < after.length; i++) if ((matchOfNew[i] ?? -1) >= 0) matchedNew.push(i);
  const chain = longestIncreasing(matchedNew.map((i) => matchOfNew[i] ?? 0));
  const isAnchorNew = new Uint8Array(after.length);
  matchedNew.forEach((newIndex, position) => {
    if (chain.has(position)) isAnchorNew[newIndex] = 1;
  });
  const pairedNew = new Int32Array(after.length).fill(-1);
  const pairedOld = new Int32Array(before.length).fill(-1);
  const vocabulary = /* @__PURE__ */ new Map();
  const sets = /* @__PURE__ */ new Map();
  let stamp = new Int32Array(1024);
  let stampValue = 0;
  const setOf = /* @__PURE__ */ __name((block) => {
    let set = sets.get(block);
    if (!set) {
      stampValue++;
      const ids = [];
      for (const word of block.key.split(" ")) {
        if (word === "") continue;
        let id = vocabulary.get(word);
        if (id === void 0) {
          id = vocabulary.size;
          vocabulary.set(word, id);
          if (id >= stamp.length) {
            const grown = new Int32Array(stamp.length * 2);
            grown.set(stamp);
            stamp = grown;
          }
        }
        if (stamp[id] !== stampValue) {
          stamp[id] = stampValue;
          ids.push(id);
        }
      }
      set = Int32Array.from(ids).sort();
      sets.set(block, set);
    }
    return set;
  }, "setOf");
  const pairGap = /* @__PURE__ */ __name((oldGap, newGap) => {
    if (oldGap.length === 0 || newGap.length === 0) return;
    if (options.overBudget()) {
      coarse = true;
      return;
    }
    if (oldGap.length === 1 && newGap.length === 1) {
      const [a, b] = [oldGap[0], newGap[0]];
      if (compatible(a, b) && a.type === b.type) {
        pairedNew[b.index] = a.index;
        pairedOld[a.index] = b.index;
        return;
      }
    }
    if (options.datelessKey) {
      const oldByDateless = /* @__PURE__ */ new Map();
      for (const a of oldGap) {
        const key = options.datelessKey(a);
        if (key !== null && !oldByDateless.has(key)) oldByDateless.set(key, a);
      }
      for (const b of newGap) {
        const key = oldByDateless.size > 0 ? options.datelessKey(b) : null;
        const a = key === null ? void 0 : oldByDateless.get(key);
        if (!a || (pairedOld[a.index] ?? -1) >= 0 || !compatible(a, b)) continue;
        pairedNew[b.index] = a.index;
        pairedOld[a.index] = b.index;
      }
    }
    const window = Math.max(8, Math.floor(MAX_GAP_COMPARISONS / Math.max(1, newGap.length)));
    const candidates = [];
    const oldSets = oldGap.map(setOf);
    newGap.forEach((b, position) => {
      if ((pairedNew[b.index] ?? -1) >= 0) return;
      const center = Math.round(position * oldGap.length / newGap.length);
      const from = Math.max(0, center - window);
      const to = Math.min(oldGap.length, center + window + 1);
      const wordsB = setOf(b);
      let best = null;
      let second = null;
      for (let i = from; i < to; i++) {
        const a = oldGap[i];
        if (!compatible(a, b)) continue;
        const score = sortedJaccard(oldSets[i], wordsB, MIN_SIMILARITY_IN_GAP);
        if (score < MIN_SIMILARITY_IN_GAP) continue;
        if (!best || score > best.score) {
          second = best;
          best = { score, a };
        } else if (!second || score > second.score) second = { score, a };
      }
      if (best) candidates.push({ score: best.score, a: best.a, b });
      if (second) candidates.push({ score: second.score, a: second.a, b });
    });
    candidates.sort((x, y) => y.score - x.score);
    for (const { a, b } of candidates) {
      if ((pairedNew[b.index] ?? -1) >= 0 || (pairedOld[a.index] ?? -1) >= 0) continue;
      pairedNew[b.index] = a.index;
      pairedOld[a.index] = b.index;
    }
  }, "pairGap");
  let oldCursor = 0;
  let newGapStart = 0;
  for (let i = 0; i <= after.length; i++) {
    if (i < after.length && !isAnchorNew[i]) continue;
    const oldEnd = i < after.length ? matchOfNew[i] ?? 0 : before.length;
    const oldGap = before.slice(oldCursor, oldEnd).filter((block) => (matchOfOld[block.index] ?? -1) < 0);
    const newGap = after.slice(newGapStart, i).filter((block) => (matchOfNew[block.index] ?? -1) < 0);
    pairGap(oldGap, newGap);
    oldCursor = oldEnd + 1;
    newGapStart = i + 1;
  }
  const leftoverOld = before.filter(
    (block) => (matchOfOld[block.index] ?? -1) < 0 && (pairedOld[block.index] ?? -1) < 0
  );
  const leftoverNew = after.filter(
    (block) => (matchOfNew[block.index] ?? -1) < 0 && (pairedNew[block.index] ?? -1) < 0
  );
  if (leftoverOld.length > 0 && leftoverNew.length > 0 && !options.overBudget()) {
    const bruteForce = leftoverOld.length * leftoverNew.length <= MAX_BRUTE_FORCE_PAIRS;
    const postings = /* @__PURE__ */ new Map();
    for (const block of bruteForce ? [] : leftoverOld) {
      for (const word of setOf(block)) {
        const list = postings.get(word);
        if (list) list.push(block);
        else postings.set(word, [block]);
      }
    }
    const candidates = [];
    const leftoverSets = bruteForce ? leftoverOld.map(setOf) : [];
    for (const b of leftoverNew) {
      if (options.overBudget()) {
        coarse = true;
        break;
      }
      const wordsB = setOf(b);
      if (bruteForce) {
        for (let k = 0; k < leftoverOld.length; k++) {
          const wordsA = leftoverSets[k];
          const size = wordsA.length;
          if (size < MIN_SIMILARITY_ACROSS * wordsB.length || wordsB.length < MIN_SIMILARITY_ACROSS * size) continue;
          const a = leftoverOld[k];
          if (!compatible(a, b)) continue;
          const score = sortedJaccard(wordsA, wordsB, MIN_SIMILARITY_ACROSS);
          if (score >= MIN_SIMILARITY_ACROSS) candidates.push({ score, a, b });
        }
        continue;
      }
      const rarest = [...wordsB].map((word) => postings.get(word)).filter((list) => list !== void 0 && list.length <= MAX_POSTINGS).sort((x, y) => x.length - y.length).slice(0, RAREST_WORDS);
      const seen = /* @__PURE__ */ new Set();
      for (const list of rarest) for (const a of list) seen.add(a);
      for (const a of seen) {
        const size = setOf(a).length;
        if (size < MIN_SIMILARITY_ACROSS * wordsB.length || wordsB.length < MIN_SIMILARITY_ACROSS * size) continue;
        if (!compatible(a, b)) continue;
        const score = sortedJaccard(setOf(a), setOf(b), MIN_SIMILARITY_ACROSS);
        if (score >= MIN_SIMILARITY_ACROSS) candidates.push({ score, a, b });
      }
    }
    candidates.sort((x, y) => y.score - x.score);
    for (const { a, b } of candidates) {
      if ((pairedNew[b.index] ?? -1) >= 0 || (pairedOld[a.index] ?? -1) >= 0) continue;
      pairedNew[b.index] = a.index;
      pairedOld[a.index] = b.index;
    }
  }
  const pairs = [];
  const removedAfterOld = /* @__PURE__ */ new Map();
  for (const block of before) {
    if ((matchOfOld[block.index] ?? -1) >= 0 || (pairedOld[block.index] ?? -1) >= 0) continue;
    let anchor = block.index - 1;
    while (anchor >= 0 && (matchOfOld[anchor] ?? -1) < 0 && (pairedOld[anchor] ?? -1) < 0) anchor--;
    const list = removedAfterOld.get(anchor);
    if (list) list.push(block);
    else removedAfterOld.set(anchor, [block]);
  }
  for (const block of removedAfterOld.get(-1) ?? []) pairs.push({ kind: "removed", before: block, after: null });
  for (const block of after) {
    const exact = matchOfNew[block.index] ?? -1;
    const similar = pairedNew[block.index] ?? -1;
    const oldIndex = exact >= 0 ? exact : similar;
    if (exact >= 0) {
      pairs.push({ kind: isAnchorNew[block.index] ? "equal" : "moved", before: before[exact], after: block });
    } else if (similar >= 0) {
      pairs.push({ kind: "modified", before: before[similar], after: block });
    } else {
      pairs.push({ kind: "added", before: null, after: block });
    }
    if (oldIndex >= 0) {
      for (const removed of removedAfterOld.get(oldIndex) ?? [])
        pairs.push({ kind: "removed", before: removed, after: null });
      removedAfterOld.delete(oldIndex);
    }
  }
  return { pairs, coarse };
}
__name(alignBlocks, "alignBlocks");

// node_modules/htmlparser2/node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
__name(isInvalidCodePoint, "isInvalidCodePoint");
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
__name(replaceCodePoint, "replaceCodePoint");
function replaceCodePointXML(codePoint) {
  return isInvalidCodePoint(codePoint) ? 65533 : codePoint;
}
__name(replaceCodePointXML, "replaceCodePointXML");

// node_modules/htmlparser2/node_modules/entities/dist/internal/decode-shared.js
var BASE91_INVERSE = /* @__PURE__ */ (() => {
  const table = new Uint8Array(127);
  let code = 0;
  for (let char = 33; char <= 126; char++) {
    if (char !== 34 && char !== 36 && char !== 92) {
      table[char] = code++;
    }
  }
  return table;
})();
function decodeTrieDict(input, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
  const base = 91;
  const inputLength = input.length;
  const twoCharBias = dictSize * (base - 1);
  let pos = 0;
  const readSlotCode = /* @__PURE__ */ __name(() => {
    const c12 = BASE91_INVERSE[input.charCodeAt(pos++)];
    return c12 < dictSize ? c12 : c12 * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
  }, "readSlotCode");
  const dict2AtomCount = atomCount - dict1AtomCount;
  const slotCount = atomCount + ngramCount;
  const single = new Int32Array(slotCount);
  single.fill(-1, dict1AtomCount, dictSize);
  single.fill(-1, dictSize + dict2AtomCount, slotCount);
  const start = new Int32Array(slotCount);
  const length = new Int32Array(slotCount);
  function decodeDelta(count, off) {
    let previous = 0;
    let slot = off;
    const end = off + count;
    while (slot < end) {
      const code = BASE91_INVERSE[input.charCodeAt(pos++)];
      if (code < 89) {
        previous += code;
        single[slot++] = previous;
      } else if (code === 89) {
        let runLength = BASE91_INVERSE[input.charCodeAt(pos++)] + 2;
        while (runLength--)
          single[slot++] = ++previous;
      } else {
        const next = BASE91_INVERSE[input.charCodeAt(pos++)];
        previous += 89 + // eslint-disable-next-line unicorn/prefer-minimal-ternary -- branches read a different number of side-effecting input bytes
        (next < 90 ? next * base + BASE91_INVERSE[input.charCodeAt(pos++)] : BASE91_INVERSE[input.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input.charCodeAt(pos++)] * base + BASE91_INVERSE[input.charCodeAt(pos++)]);
        single[slot++] = previous;
      }
    }
  }
  __name(decodeDelta, "decodeDelta");
  decodeDelta(dict1AtomCount, 0);
  decodeDelta(dict2AtomCount, dictSize);
  const references = new Int32Array(ngramCount * 2);
  let poolSize = 0;
  let ngramIndex = 0;
  function readNgramReferences(count, startSlot) {
    for (let index = 0; index < count; index++) {
      const slot = startSlot + index;
      const a = readSlotCode();
      const b = readSlotCode();
      references[ngramIndex * 2] = a;
      references[ngramIndex * 2 + 1] = b;
      ngramIndex += 1;
      start[slot] = poolSize;
      const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
      length[slot] = entryLength;
      poolSize += entryLength;
    }
  }
  __name(readNgramReferences, "readNgramReferences");
  readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
  readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
  const pool = new Uint16Array(poolSize);
  let write = 0;
  for (let index = 0; index < ngramIndex; index++) {
    for (let half = 0; half < 2; half++) {
      const source = references[index * 2 + half];
      const value = single[source];
      if (value < 0) {
        let read = start[source];
        const readEnd = read + length[source];
        while (read < readEnd)
          pool[write++] = pool[read++];
      } else {
        pool[write++] = value;
      }
    }
  }
  const out = new Uint16Array(resultLength);
  let outIndex = 0;
  while (pos < inputLength) {
    let slot = BASE91_INVERSE[input.charCodeAt(pos++)];
    if (slot >= dictSize) {
      slot = slot * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
    }
    const value = single[slot];
    if (value < 0) {
      let read = start[slot];
      const readEnd = read + length[slot];
      while (read < readEnd)
        out[outIndex++] = pool[read++];
    } else {
      out[outIndex++] = value;
    }
  }
  return out;
}
__name(decodeTrieDict, "decodeTrieDict");

// node_modules/htmlparser2/node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);

// node_modules/htmlparser2/node_modules/entities/dist/generated/decode-data-xml.js
var xmlDecodeTree = /* @__PURE__ */ new Uint16Array([
  512,
  26465,
  29036,
  7,
  0,
  2,
  4,
  116,
  24638,
  116,
  24636,
  8693,
  29807,
  24610,
  621,
  1,
  0,
  0,
  3,
  112,
  24614,
  111,
  115,
  24615
]);

// node_modules/htmlparser2/node_modules/entities/dist/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
  BinTrieFlags2[BinTrieFlags2["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/htmlparser2/node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes3) {
  CharCodes3[CharCodes3["AMP"] = 38] = "AMP";
  CharCodes3[CharCodes3["NUM"] = 35] = "NUM";
  CharCodes3[CharCodes3["SEMI"] = 59] = "SEMI";
  CharCodes3[CharCodes3["EQUALS"] = 61] = "EQUALS";
  CharCodes3[CharCodes3["ZERO"] = 48] = "ZERO";
  CharCodes3[CharCodes3["NINE"] = 57] = "NINE";
  CharCodes3[CharCodes3["LOWER_A"] = 97] = "LOWER_A";
  CharCodes3[CharCodes3["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
function isNumber(code) {
  return code - CharCodes.ZERO >>> 0 <= 9;
}
__name(isNumber, "isNumber");
function isHexadecimalCharacter(code) {
  return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
__name(isHexadecimalCharacter, "isHexadecimalCharacter");
function isAlpha(code) {
  return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
__name(isAlpha, "isAlpha");
function isEntityInAttributeInvalidEnd(code) {
  return code === CharCodes.EQUALS || isAlpha(code) || isNumber(code);
}
__name(isEntityInAttributeInvalidEnd, "isEntityInAttributeInvalidEnd");
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var EntityDecoder = class {
  static {
    __name(this, "EntityDecoder");
  }
  decodeTree;
  emitCodePoint;
  errors;
  /** The current state of the decoder. */
  state = EntityDecoderState.EntityStart;
  /** Characters that were consumed while parsing an entity. */
  consumed = 1;
  /**
   * The result of the entity.
   *
   * For named entities: the trie index of the best legacy match so far
   * (0 = none). For numeric entities: the accumulated code point.
   */
  result = 0;
  /** The current index in the decode tree. */
  treeIndex = 0;
  /**
   * Characters consumed since the last recorded legacy match, plus one.
   * Invariant at the top of the `stateNamedEntity` loop: `excess` equals
   * the number of unrecorded consumed characters + 1.
   */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive (read via destructuring)
  excess = 1;
  /** The mode in which the decoder is operating. */
  decodeMode = DecodingMode.Strict;
  /** The number of characters that have been consumed in the current run. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive
  runConsumed = 0;
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
  }
  /**
   * Resets the instance to make it reusable.
   * @param decodeMode Entity decoding mode to use.
   */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
    this.runConsumed = 0;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the non-streaming `decodeWithTrie`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(input, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (input.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(input, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(input, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(input, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(input, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(input, offset);
      }
      default: {
        return this.stateNamedEntity(input, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  // eslint-disable-next-line unicorn/consistent-class-member-order
  stateNumericStart(input, offset) {
    if (offset >= input.length) {
      return -1;
    }
    if ((input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(input, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(input, offset);
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML
   * spec. Digit parsing matches the hex loop in `parseNumericEntity`.
   * The accumulated value is preserved for numeric validation callbacks.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(input, offset) {
    const inputLength = input.length;
    let { result } = this;
    let { consumed } = this;
    while (offset < inputLength) {
      const char = input.charCodeAt(offset);
      if (isNumber(char) || isHexadecimalCharacter(char)) {
        const digit = char <= CharCodes.NINE ? char - CharCodes.ZERO : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
        result = result * 16 + digit;
        consumed += 1;
        offset += 1;
      } else {
        this.result = result;
        this.consumed = consumed;
        return this.emitNumericEntity(char, 3);
      }
    }
    this.result = result;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML
   * spec. Digit parsing matches the decimal loop in `parseNumericEntity`.
   * The accumulated value is preserved for numeric validation callbacks.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(input, offset) {
    const inputLength = input.length;
    let { result } = this;
    let { consumed } = this;
    while (offset < inputLength) {
      const digit = input.charCodeAt(offset) - CharCodes.ZERO;
      if (digit >>> 0 > 9) {
        this.result = result;
        this.consumed = consumed;
        return this.emitNumericEntity(digit + CharCodes.ZERO, 2);
      }
      result = result * 10 + digit;
      consumed += 1;
      offset += 1;
    }
    this.result = result;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    if (this.consumed <= expectedLength) {
      this.errors?.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode.Strict) {
      return 0;
    }
    this.emitCodePoint((this.decodeTree === xmlDecodeTree ? replaceCodePointXML : replaceCodePoint)(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Flush locally-tracked walk state back to the fields, then emit the
   * recorded legacy match or reject (cold path — at most once per
   * entity). Called after failed navigation (leaf node, branch miss, or
   * compact-run mismatch). In attribute mode, reject if no legacy was
   * recorded at the current node, if we descended past it, or if the
   * pending input character is an invalid attribute terminator.
   * @param consumed Locally-tracked consumed count.
   * @param excess Locally-tracked excess count.
   * @param char Pending input character (may be the mismatching char).
   * @param valueLength Value length at the current trie node.
   */
  flushAndEmitLegacyOrReject(consumed, excess, char, valueLength) {
    this.consumed = consumed;
    this.excess = excess;
    return this.result === 0 || this.decodeMode === DecodingMode.Attribute && (valueLength === 0 || excess > 1 || isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(input, offset) {
    const { decodeTree } = this;
    const inputLength = input.length;
    const isStrict = this.decodeMode === DecodingMode.Strict;
    let { treeIndex } = this;
    let { excess } = this;
    let { consumed } = this;
    let current = decodeTree[treeIndex];
    while (offset < inputLength) {
      while ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0) {
        const char2 = input.charCodeAt(offset);
        const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
        const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        if (branchCount === 0) {
          if (char2 !== jumpOffset) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          treeIndex += 1;
        } else {
          const slot = char2 - jumpOffset;
          if (slot >>> 0 >= branchCount) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          const stored = decodeTree[treeIndex + 1 + slot];
          if (stored === 0) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          treeIndex = treeIndex + branchCount + stored & 65535;
        }
        current = decodeTree[treeIndex];
        offset += 1;
        excess += 1;
        if (offset >= inputLength)
          break;
      }
      if (offset >= inputLength)
        break;
      if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
        const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        let { runConsumed } = this;
        if (runConsumed === 0) {
          const char2 = input.charCodeAt(offset);
          if (char2 !== (current & BinTrieFlags.JUMP_TABLE)) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          offset += 1;
          excess += 1;
          runConsumed = 1;
        }
        while (runConsumed < runLength) {
          if (offset >= inputLength) {
            this.treeIndex = treeIndex;
            this.excess = excess;
            this.consumed = consumed;
            this.runConsumed = runConsumed;
            return -1;
          }
          const charIndexInPacked = runConsumed - 1;
          const packedWord = decodeTree[treeIndex + 1 + (charIndexInPacked >> 1)];
          const expectedChar = packedWord >> ((charIndexInPacked & 1) << 3) & 255;
          const char2 = input.charCodeAt(offset);
          if (char2 !== expectedChar) {
            this.runConsumed = 0;
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          offset += 1;
          excess += 1;
          runConsumed += 1;
        }
        this.runConsumed = 0;
        treeIndex += 1 + (runLength >> 1);
        current = decodeTree[treeIndex];
        continue;
      }
      const valueLength = current >>> 14;
      const char = input.charCodeAt(offset);
      if (valueLength !== 0) {
        if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
          this.result = treeIndex;
          consumed += excess - 1;
          excess = 1;
        }
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(treeIndex, valueLength, consumed + excess);
        }
        if (valueLength === 1) {
          return this.flushAndEmitLegacyOrReject(consumed, excess, char, valueLength);
        }
      }
      const next = determineBranch(decodeTree, current, treeIndex + (valueLength || 1), char);
      if (next < 0) {
        return this.flushAndEmitLegacyOrReject(consumed, excess, char, valueLength);
      }
      treeIndex = next;
      current = decodeTree[treeIndex];
      offset += 1;
      excess += 1;
    }
    if (!isStrict && current >>> 14 !== 0 && (current & BinTrieFlags.FLAG13) === 0) {
      this.result = treeIndex;
      consumed += excess - 1;
      excess = 1;
    }
    this.treeIndex = treeIndex;
    this.excess = excess;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    const { result, decodeTree } = this;
    const valueLength = decodeTree[result] >>> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    this.errors?.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   * @param result The index of the entity in the decode tree.
   * @param valueLength Encoded value length (header plus any value words).
   * @param consumed The number of characters consumed.
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & BinTrieFlags.VALUE_MASK : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   * @returns The number of characters consumed.
   */
  end() {
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        this.errors?.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      default: {
        return 0;
      }
    }
  }
};
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (jumpOffset) {
    if (branchCount === 0) {
      return char === jumpOffset ? nodeIndex : -1;
    }
    const slot = char - jumpOffset;
    if (slot >>> 0 >= branchCount)
      return -1;
    const stored = decodeTree[nodeIndex + slot];
    return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
  }
  if (branchCount === 0)
    return -1;
  const packedKeySlots = branchCount + 1 >> 1;
  const branchEnd = nodeIndex + packedKeySlots + branchCount;
  for (let index = 0; index < branchCount; index++) {
    const packed = decodeTree[nodeIndex + (index >> 1)];
    const key = packed >> ((index & 1) << 3) & 255;
    if (key === char) {
      const pointerIndex = nodeIndex + packedKeySlots + index;
      return branchEnd + decodeTree[pointerIndex] & 65535;
    }
    if (key > char)
      return -1;
  }
  return -1;
}
__name(determineBranch, "determineBranch");

// node_modules/htmlparser2/dist/Tokenizer.js
var CharCodes2;
(function(CharCodes3) {
  CharCodes3[CharCodes3["Tab"] = 9] = "Tab";
  CharCodes3[CharCodes3["NewLine"] = 10] = "NewLine";
  CharCodes3[CharCodes3["FormFeed"] = 12] = "FormFeed";
  CharCodes3[CharCodes3["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes3[CharCodes3["Space"] = 32] = "Space";
  CharCodes3[CharCodes3["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes3[CharCodes3["Number"] = 35] = "Number";
  CharCodes3[CharCodes3["Amp"] = 38] = "Amp";
  CharCodes3[CharCodes3["SingleQuote"] = 39] = "SingleQuote";
  CharCodes3[CharCodes3["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes3[CharCodes3["Dash"] = 45] = "Dash";
  CharCodes3[CharCodes3["Slash"] = 47] = "Slash";
  CharCodes3[CharCodes3["Zero"] = 48] = "Zero";
  CharCodes3[CharCodes3["Nine"] = 57] = "Nine";
  CharCodes3[CharCodes3["Semi"] = 59] = "Semi";
  CharCodes3[CharCodes3["Lt"] = 60] = "Lt";
  CharCodes3[CharCodes3["Eq"] = 61] = "Eq";
  CharCodes3[CharCodes3["Gt"] = 62] = "Gt";
  CharCodes3[CharCodes3["Questionmark"] = 63] = "Questionmark";
  CharCodes3[CharCodes3["UpperA"] = 65] = "UpperA";
  CharCodes3[CharCodes3["LowerA"] = 97] = "LowerA";
  CharCodes3[CharCodes3["UpperF"] = 70] = "UpperF";
  CharCodes3[CharCodes3["LowerF"] = 102] = "LowerF";
  CharCodes3[CharCodes3["UpperZ"] = 90] = "UpperZ";
  CharCodes3[CharCodes3["LowerZ"] = 122] = "LowerZ";
  CharCodes3[CharCodes3["LowerX"] = 120] = "LowerX";
  CharCodes3[CharCodes3["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes2 || (CharCodes2 = {}));
var State;
(function(State2) {
  State2[State2["Text"] = 1] = "Text";
  State2[State2["BeforeTagName"] = 2] = "BeforeTagName";
  State2[State2["InTagName"] = 3] = "InTagName";
  State2[State2["InSelfClosingTag"] = 4] = "InSelfClosingTag";
  State2[State2["BeforeClosingTagName"] = 5] = "BeforeClosingTagName";
  State2[State2["InClosingTagName"] = 6] = "InClosingTagName";
  State2[State2["AfterClosingTagName"] = 7] = "AfterClosingTagName";
  State2[State2["BeforeAttributeName"] = 8] = "BeforeAttributeName";
  State2[State2["InAttributeName"] = 9] = "InAttributeName";
  State2[State2["AfterAttributeName"] = 10] = "AfterAttributeName";
  State2[State2["BeforeAttributeValue"] = 11] = "BeforeAttributeValue";
  State2[State2["InAttributeValueDq"] = 12] = "InAttributeValueDq";
  State2[State2["InAttributeValueSq"] = 13] = "InAttributeValueSq";
  State2[State2["InAttributeValueNq"] = 14] = "InAttributeValueNq";
  State2[State2["BeforeDeclaration"] = 15] = "BeforeDeclaration";
  State2[State2["InDeclaration"] = 16] = "InDeclaration";
  State2[State2["InProcessingInstruction"] = 17] = "InProcessingInstruction";
  State2[State2["BeforeComment"] = 18] = "BeforeComment";
  State2[State2["CDATASequence"] = 19] = "CDATASequence";
  State2[State2["DeclarationSequence"] = 20] = "DeclarationSequence";
  State2[State2["InSpecialComment"] = 21] = "InSpecialComment";
  State2[State2["InCommentLike"] = 22] = "InCommentLike";
  State2[State2["SpecialStartSequence"] = 23] = "SpecialStartSequence";
  State2[State2["InSpecialTag"] = 24] = "InSpecialTag";
  State2[State2["InPlainText"] = 25] = "InPlainText";
  State2[State2["InEntity"] = 26] = "InEntity";
})(State || (State = {}));
function isWhitespace(c) {
  return c === CharCodes2.Space || c === CharCodes2.NewLine || c === CharCodes2.Tab || c === CharCodes2.FormFeed || c === CharCodes2.CarriageReturn;
}
__name(isWhitespace, "isWhitespace");
function isEndOfTagSection(c) {
  return c === CharCodes2.Slash || c === CharCodes2.Gt || isWhitespace(c);
}
__name(isEndOfTagSection, "isEndOfTagSection");
function isASCIIAlpha(c) {
  return c >= CharCodes2.LowerA && c <= CharCodes2.LowerZ || c >= CharCodes2.UpperA && c <= CharCodes2.UpperZ;
}
__name(isASCIIAlpha, "isASCIIAlpha");
var QuoteType;
(function(QuoteType2) {
  QuoteType2[QuoteType2["NoValue"] = 0] = "NoValue";
  QuoteType2[QuoteType2["Unquoted"] = 1] = "Unquoted";
  QuoteType2[QuoteType2["Single"] = 2] = "Single";
  QuoteType2[QuoteType2["Double"] = 3] = "Double";
})(QuoteType || (QuoteType = {}));
var Sequences = {
  Empty: new Uint8Array(0),
  Cdata: new Uint8Array([67, 68, 65, 84, 65, 91]),
  // CDATA[
  CdataEnd: new Uint8Array([93, 93, 62]),
  // ]]>
  CommentEnd: new Uint8Array([45, 45, 33, 62]),
  // `--!>`
  Doctype: new Uint8Array([100, 111, 99, 116, 121, 112, 101]),
  // `doctype`
  IframeEnd: new Uint8Array([60, 47, 105, 102, 114, 97, 109, 101]),
  // `</iframe`
  NoembedEnd: new Uint8Array([
    60,
    47,
    110,
    111,
    101,
    109,
    98,
    101,
    100
  ]),
  // `</noembed`
  NoframesEnd: new Uint8Array([
    60,
    47,
    110,
    111,
    102,
    114,
    97,
    109,
    101,
    115
  ]),
  // `</noframes`
  Plaintext: new Uint8Array([
    60,
    47,
    112,
    108,
    97,
    105,
    110,
    116,
    101,
    120,
    116
  ]),
  // `</plaintext`
  ScriptEnd: new Uint8Array([60, 47, 115, 99, 114, 105, 112, 116]),
  // `</script`
  StyleEnd: new Uint8Array([60, 47, 115, 116, 121, 108, 101]),
  // `</style`
  TitleEnd: new Uint8Array([60, 47, 116, 105, 116, 108, 101]),
  // `</title`
  TextareaEnd: new Uint8Array([
    60,
    47,
    116,
    101,
    120,
    116,
    97,
    114,
    101,
    97
  ]),
  // `</textarea`
  XmpEnd: new Uint8Array([60, 47, 120, 109, 112])
  // `</xmp`
};
var specialStartSequences = /* @__PURE__ */ new Map([
  [Sequences.IframeEnd[2], Sequences.IframeEnd],
  [Sequences.NoembedEnd[2], Sequences.NoembedEnd],
  [Sequences.Plaintext[2], Sequences.Plaintext],
  [Sequences.ScriptEnd[2], Sequences.ScriptEnd],
  [Sequences.TitleEnd[2], Sequences.TitleEnd],
  [Sequences.XmpEnd[2], Sequences.XmpEnd]
]);
var Tokenizer = class {
  static {
    __name(this, "Tokenizer");
  }
  cbs;
  /** The current state the tokenizer is in. */
  state = State.Text;
  /** The read buffer. */
  buffer = "";
  /** The beginning of the section that is currently being read. */
  sectionStart = 0;
  /** The index within the buffer that we are currently looking at. */
  index = 0;
  /** The start of the last entity. */
  entityStart = 0;
  /** Some behavior, eg. when decoding entities, is done while we are in another state. This keeps track of the other state type. */
  baseState = State.Text;
  /** For special parsing behavior inside of script and style tags. */
  isSpecial = false;
  /** Indicates whether the tokenizer has been paused. */
  running = true;
  /** The offset of the current buffer. */
  offset = 0;
  xmlMode;
  decodeEntities;
  recognizeSelfClosing;
  entityDecoder;
  constructor({ xmlMode = false, decodeEntities = true, recognizeSelfClosing = xmlMode }, cbs) {
    this.cbs = cbs;
    this.xmlMode = xmlMode;
    this.decodeEntities = decodeEntities;
    this.recognizeSelfClosing = recognizeSelfClosing;
    this.entityDecoder = new EntityDecoder(xmlMode ? xmlDecodeTree : htmlDecodeTree, (cp, consumed) => this.emitCodePoint(cp, consumed));
  }
  reset() {
    this.state = State.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.baseState = State.Text;
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.running = true;
    this.offset = 0;
  }
  write(chunk) {
    this.offset += this.buffer.length;
    this.buffer = chunk;
    this.parse();
  }
  end() {
    if (this.running)
      this.finish();
  }
  pause() {
    this.running = false;
  }
  resume() {
    this.running = true;
    if (this.index < this.buffer.length + this.offset) {
      this.parse();
    }
  }
  stateText(c) {
    if (c === CharCodes2.Lt || !this.decodeEntities && this.fastForwardTo(CharCodes2.Lt)) {
      if (this.index > this.sectionStart) {
        this.cbs.ontext(this.sectionStart, this.index);
      }
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  currentSequence = Sequences.Empty;
  sequenceIndex = 0;
  enterTagBody() {
    if (this.currentSequence === Sequences.Plaintext) {
      this.currentSequence = Sequences.Empty;
      this.state = State.InPlainText;
    } else if (this.isSpecial) {
      this.state = State.InSpecialTag;
      this.sequenceIndex = 0;
    } else {
      this.state = State.Text;
    }
  }
  /**
   * Match the opening tag name against an HTML text-only tag sequence.
   *
   * Some tags share an initial prefix (`script`/`style`, `title`/`textarea`,
   * `noembed`/`noframes`), so we may switch to an alternate sequence at the
   * first distinguishing byte.  On a successful full match we fall back to
   * the normal tag-name state; a later `>` will enter raw-text, RCDATA, or
   * plaintext mode based on `currentSequence` / `isSpecial`.
   * @param c Current character code point.
   */
  stateSpecialStartSequence(c) {
    const lower = c | 32;
    if (this.sequenceIndex < this.currentSequence.length) {
      if (lower === this.currentSequence[this.sequenceIndex]) {
        this.sequenceIndex++;
        return;
      }
      if (this.sequenceIndex === 3) {
        if (this.currentSequence === Sequences.ScriptEnd && lower === Sequences.StyleEnd[3]) {
          this.currentSequence = Sequences.StyleEnd;
          this.sequenceIndex = 4;
          return;
        }
        if (this.currentSequence === Sequences.TitleEnd && lower === Sequences.TextareaEnd[3]) {
          this.currentSequence = Sequences.TextareaEnd;
          this.sequenceIndex = 4;
          return;
        }
      } else if (this.sequenceIndex === 4 && this.currentSequence === Sequences.NoembedEnd && lower === Sequences.NoframesEnd[4]) {
        this.currentSequence = Sequences.NoframesEnd;
        this.sequenceIndex = 5;
        return;
      }
    } else if (isEndOfTagSection(c)) {
      this.sequenceIndex = 0;
      this.state = State.InTagName;
      this.stateInTagName(c);
      return;
    }
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.state = State.InTagName;
    this.stateInTagName(c);
  }
  stateCDATASequence(c) {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      if (this.xmlMode) {
        this.state = State.InDeclaration;
        this.stateInDeclaration(c);
      } else {
        this.state = State.InSpecialComment;
        this.stateInSpecialComment(c);
      }
    }
  }
  /**
   * When we wait for one specific character, we can speed things up
   * by skipping through the buffer until we find it.
   * @param c Current character code point.
   * @returns Whether the character was found.
   */
  fastForwardTo(c) {
    while (++this.index < this.buffer.length + this.offset) {
      if (this.buffer.charCodeAt(this.index - this.offset) === c) {
        return true;
      }
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  /**
   * Emit a comment token and return to the text state.
   * @param offset Number of characters in the end sequence that have already been matched.
   */
  emitComment(offset) {
    this.cbs.oncomment(this.sectionStart, this.index, offset);
    this.sequenceIndex = 0;
    this.sectionStart = this.index + 1;
    this.state = State.Text;
  }
  /**
   * Comments and CDATA end with `-->` and `]]>`.
   *
   * Their common qualities are:
   * - Their end sequences have a distinct character they start with.
   * - That character is then repeated, so we have to check multiple repeats.
   * - All characters but the start character of the sequence can be skipped.
   * @param c Current character code point.
   */
  stateInCommentLike(c) {
    if (!this.xmlMode && this.currentSequence === Sequences.CommentEnd && this.sequenceIndex <= 1 && /*
     * We're still at the very start of the comment: the only
     * characters consumed since `<!--` are the dashes that
     * advanced sequenceIndex (0 for `<!-->`, 1 for `<!--->`).
     */
    this.index === this.sectionStart + this.sequenceIndex && c === CharCodes2.Gt) {
      this.emitComment(this.sequenceIndex);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === 2 && c === CharCodes2.Gt) {
      this.emitComment(2);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === this.currentSequence.length - 1 && c !== CharCodes2.Gt) {
      this.sequenceIndex = Number(c === CharCodes2.Dash);
    } else if (c === this.currentSequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === this.currentSequence.length) {
        if (this.currentSequence === Sequences.CdataEnd) {
          this.cbs.oncdata(this.sectionStart, this.index, 2);
        } else {
          this.cbs.oncomment(this.sectionStart, this.index, 3);
        }
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = State.Text;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(this.currentSequence[0])) {
        this.sequenceIndex = 1;
      }
    } else if (c !== this.currentSequence[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }
  /**
   * HTML only allows ASCII alpha characters (a-z and A-Z) at the beginning of a tag name.
   *
   * XML allows a lot more characters here (@see https://www.w3.org/TR/REC-xml/#NT-NameStartChar).
   * We allow anything that wouldn't end the tag.
   * @param c Current character code point.
   */
  isTagStartChar(c) {
    return this.xmlMode ? !isEndOfTagSection(c) : isASCIIAlpha(c);
  }
  /**
   * Scan raw-text / RCDATA content for the matching end tag.
   *
   * For RCDATA tags (`<title>`, `<textarea>`) entities are decoded inline.
   * For raw-text tags (`<script>`, `<style>`, etc.) we fast-forward to `<`.
   * @param c Current character code point.
   */
  stateInSpecialTag(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (isEndOfTagSection(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) {
          const actualIndex = this.index;
          this.index = endOfText;
          this.cbs.ontext(this.sectionStart, endOfText);
          this.index = actualIndex;
        }
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (this.currentSequence === Sequences.TitleEnd || this.currentSequence === Sequences.TextareaEnd) {
        if (this.decodeEntities && c === CharCodes2.Amp) {
          this.startEntity();
        }
      } else if (this.fastForwardTo(CharCodes2.Lt)) {
        this.sequenceIndex = 1;
      }
    } else {
      this.sequenceIndex = Number(c === CharCodes2.Lt);
    }
  }
  stateBeforeTagName(c) {
    if (c === CharCodes2.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Questionmark) {
      if (this.xmlMode) {
        this.state = State.InProcessingInstruction;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      } else {
        this.state = State.InSpecialComment;
        this.sectionStart = this.index;
      }
    } else if (this.isTagStartChar(c)) {
      this.sectionStart = this.index;
      const special = this.xmlMode || this.cbs.isInForeignContext?.() ? void 0 : specialStartSequences.get(c | 32);
      if (special === void 0) {
        this.state = State.InTagName;
      } else {
        this.isSpecial = true;
        this.currentSequence = special;
        this.sequenceIndex = 3;
        this.state = State.SpecialStartSequence;
      }
    } else if (c === CharCodes2.Slash) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }
  stateInTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateBeforeClosingTagName(c) {
    if (isWhitespace(c)) {
      if (this.xmlMode) {
      } else {
        this.state = State.InSpecialComment;
        this.sectionStart = this.index;
      }
    } else if (c === CharCodes2.Gt) {
      this.state = State.Text;
      if (!this.xmlMode) {
        this.sectionStart = this.index + 1;
      }
    } else {
      this.state = this.isTagStartChar(c) ? State.InClosingTagName : State.InSpecialComment;
      this.sectionStart = this.index;
    }
  }
  stateInClosingTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }
  stateAfterClosingTagName(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeAttributeName(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onopentagend(this.index);
      this.enterTagBody();
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Slash) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  /**
   * Handle `/` before `>` in an opening tag.
   *
   * In HTML mode, text-only tags ignore the self-closing flag and still enter
   * their raw-text/RCDATA/plaintext state unless self-closing tags are being
   * recognized. In XML mode, or for ordinary tags, the tokenizer returns to
   * regular text parsing after emitting the self-closing callback.
   * @param c Current character code point.
   */
  stateInSelfClosingTag(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.sectionStart = this.index + 1;
      if (!this.recognizeSelfClosing) {
        this.enterTagBody();
        return;
      }
      this.state = State.Text;
      this.isSpecial = false;
      this.currentSequence = Sequences.Empty;
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateInAttributeName(c) {
    if (c === CharCodes2.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }
  stateAfterAttributeName(c) {
    if (c === CharCodes2.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === CharCodes2.Slash || c === CharCodes2.Gt) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateBeforeAttributeValue(c) {
    if (c === CharCodes2.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.SingleQuote) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }
  handleInAttributeValue(c, quote) {
    if (c === quote || !this.decodeEntities && this.fastForwardTo(quote)) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote === CharCodes2.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
      this.state = State.BeforeAttributeName;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateInAttributeValueDoubleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.DoubleQuote);
  }
  stateInAttributeValueSingleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.SingleQuote);
  }
  stateInAttributeValueNoQuotes(c) {
    if (isWhitespace(c) || c === CharCodes2.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  /**
   * Distinguish between CDATA, declarations, HTML comments, and HTML bogus
   * comments after `<!`.
   *
   * In HTML mode, only real comments and doctypes stay on declaration paths;
   * everything else becomes a bogus comment terminated by the next `>`.
   * @param c Current character code point.
   */
  stateBeforeDeclaration(c) {
    if (c === CharCodes2.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else if (this.xmlMode) {
      this.state = c === CharCodes2.Dash ? State.BeforeComment : State.InDeclaration;
    } else if ((c | 32) === Sequences.Doctype[0]) {
      this.state = State.DeclarationSequence;
      this.currentSequence = Sequences.Doctype;
      this.sequenceIndex = 1;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Dash) {
      this.state = State.BeforeComment;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  /**
   * Continue matching `doctype` after `<!d`.
   *
   * A full `doctype` match stays on the declaration path; any other name falls
   * back to an HTML bogus comment, which matches browser behavior for
   * non-doctype `<!...>` constructs.
   * @param c Current character code point.
   */
  stateDeclarationSequence(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      this.state = State.InDeclaration;
      this.stateInDeclaration(c);
    } else if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  stateInDeclaration(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  /**
   * XML processing instructions (`<?...?>`).
   *
   * In HTML mode `<?` is routed to `InSpecialComment` instead, so this
   * state is only reachable in XML mode.
   * @param c Current character code point.
   */
  stateInProcessingInstruction(c) {
    if (c === CharCodes2.Questionmark) {
      this.sequenceIndex = 1;
    } else if (c === CharCodes2.Gt && this.sequenceIndex === 1) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index - 1);
      this.sequenceIndex = 0;
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.sequenceIndex = Number(this.fastForwardTo(CharCodes2.Questionmark));
    }
  }
  stateBeforeComment(c) {
    if (c === CharCodes2.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      this.sequenceIndex = 0;
      this.sectionStart = this.index + 1;
    } else if (this.xmlMode) {
      this.state = State.InDeclaration;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  stateInSpecialComment(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  startEntity() {
    this.baseState = this.state;
    this.state = State.InEntity;
    this.entityStart = this.index;
    this.entityDecoder.startEntity(this.xmlMode ? DecodingMode.Strict : this.baseState === State.Text || this.baseState === State.InSpecialTag ? DecodingMode.Legacy : DecodingMode.Attribute);
  }
  stateInEntity() {
    const indexInBuffer = this.index - this.offset;
    const length = this.entityDecoder.write(this.buffer, indexInBuffer);
    if (length >= 0) {
      this.state = this.baseState;
      if (length === 0) {
        this.index -= 1;
      }
    } else {
      if (indexInBuffer < this.buffer.length && this.buffer.charCodeAt(indexInBuffer) === CharCodes2.Amp) {
        this.state = this.baseState;
        this.index -= 1;
        return;
      }
      this.index = this.offset + this.buffer.length - 1;
    }
  }
  /**
   * Remove data that has already been consumed from the buffer.
   */
  cleanup() {
    if (this.running && this.sectionStart !== this.index) {
      if (this.state === State.Text || this.state === State.InPlainText || this.state === State.InSpecialTag && this.sequenceIndex === 0) {
        this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (this.state === State.InAttributeValueDq || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueNq) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
  }
  shouldContinue() {
    return this.index < this.buffer.length + this.offset && this.running;
  }
  /**
   * Iterates through the buffer, calling the function corresponding to the current state.
   *
   * States that are more likely to be hit are higher up, as a performance improvement.
   */
  parse() {
    while (this.shouldContinue()) {
      const c = this.buffer.charCodeAt(this.index - this.offset);
      switch (this.state) {
        case State.Text: {
          this.stateText(c);
          break;
        }
        case State.InPlainText: {
          this.index = this.buffer.length + this.offset - 1;
          break;
        }
        case State.SpecialStartSequence: {
          this.stateSpecialStartSequence(c);
          break;
        }
        case State.InSpecialTag: {
          this.stateInSpecialTag(c);
          break;
        }
        case State.CDATASequence: {
          this.stateCDATASequence(c);
          break;
        }
        case State.DeclarationSequence: {
          this.stateDeclarationSequence(c);
          break;
        }
        case State.InAttributeValueDq: {
          this.stateInAttributeValueDoubleQuotes(c);
          break;
        }
        case State.InAttributeName: {
          this.stateInAttributeName(c);
          break;
        }
        case State.InCommentLike: {
          this.stateInCommentLike(c);
          break;
        }
        case State.InSpecialComment: {
          this.stateInSpecialComment(c);
          break;
        }
        case State.BeforeAttributeName: {
          this.stateBeforeAttributeName(c);
          break;
        }
        case State.InTagName: {
          this.stateInTagName(c);
          break;
        }
        case State.InClosingTagName: {
          this.stateInClosingTagName(c);
          break;
        }
        case State.BeforeTagName: {
          this.stateBeforeTagName(c);
          break;
        }
        case State.AfterAttributeName: {
          this.stateAfterAttributeName(c);
          break;
        }
        case State.InAttributeValueSq: {
          this.stateInAttributeValueSingleQuotes(c);
          break;
        }
        case State.BeforeAttributeValue: {
          this.stateBeforeAttributeValue(c);
          break;
        }
        case State.BeforeClosingTagName: {
          this.stateBeforeClosingTagName(c);
          break;
        }
        case State.AfterClosingTagName: {
          this.stateAfterClosingTagName(c);
          break;
        }
        case State.InAttributeValueNq: {
          this.stateInAttributeValueNoQuotes(c);
          break;
        }
        case State.InSelfClosingTag: {
          this.stateInSelfClosingTag(c);
          break;
        }
        case State.InDeclaration: {
          this.stateInDeclaration(c);
          break;
        }
        case State.BeforeDeclaration: {
          this.stateBeforeDeclaration(c);
          break;
        }
        case State.BeforeComment: {
          this.stateBeforeComment(c);
          break;
        }
        case State.InProcessingInstruction: {
          this.stateInProcessingInstruction(c);
          break;
        }
        case State.InEntity: {
          this.stateInEntity();
          break;
        }
      }
      this.index++;
    }
    this.cleanup();
  }
  finish() {
    if (this.state === State.InEntity) {
      this.entityDecoder.end();
      this.state = this.baseState;
    }
    this.handleTrailingData();
    this.cbs.onend();
  }
  handleTrailingCommentLikeData(endIndex) {
    if (this.state !== State.InCommentLike) {
      return false;
    }
    if (this.currentSequence === Sequences.CdataEnd) {
      if (this.xmlMode) {
        if (this.sectionStart < endIndex) {
          this.cbs.oncdata(this.sectionStart, endIndex, 0);
        }
      } else {
        const cdataStart = this.sectionStart - Sequences.Cdata.length - 1;
        this.cbs.oncomment(cdataStart, endIndex, 0);
      }
    } else {
      const offset = this.xmlMode ? 0 : Math.min(this.sequenceIndex, Sequences.CommentEnd.length - 1);
      this.cbs.oncomment(this.sectionStart, endIndex, offset);
    }
    return true;
  }
  handleTrailingMarkupDeclaration(endIndex) {
    if (this.xmlMode) {
      switch (this.state) {
        case State.InSpecialComment:
        case State.BeforeComment:
        case State.CDATASequence:
        case State.DeclarationSequence:
        case State.InDeclaration: {
          this.cbs.ontext(this.sectionStart, endIndex);
          return true;
        }
        default: {
          return false;
        }
      }
    }
    switch (this.state) {
      case State.BeforeDeclaration:
      case State.InSpecialComment:
      case State.BeforeComment:
      case State.CDATASequence: {
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
        return true;
      }
      case State.DeclarationSequence: {
        if (this.sequenceIndex !== Sequences.Doctype.length) {
          this.cbs.oncomment(this.sectionStart, endIndex, 0);
        }
        return true;
      }
      case State.InDeclaration: {
        return true;
      }
      default: {
        return false;
      }
    }
  }
  /** Handle any trailing data. */
  handleTrailingData() {
    const endIndex = this.buffer.length + this.offset;
    if (this.handleTrailingCommentLikeData(endIndex) || this.handleTrailingMarkupDeclaration(endIndex)) {
      return;
    }
    if (this.sectionStart >= endIndex) {
      return;
    }
    switch (this.state) {
      case State.InTagName:
      case State.BeforeAttributeName:
      case State.BeforeAttributeValue:
      case State.AfterAttributeName:
      case State.InAttributeName:
      case State.InAttributeValueSq:
      case State.InAttributeValueDq:
      case State.InAttributeValueNq:
      case State.InClosingTagName: {
        break;
      }
      default: {
        this.cbs.ontext(this.sectionStart, endIndex);
      }
    }
  }
  emitCodePoint(cp, consumed) {
    if (this.baseState !== State.Text && this.baseState !== State.InSpecialTag) {
      if (this.sectionStart < this.entityStart) {
        this.cbs.onattribdata(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.onattribentity(cp);
    } else {
      if (this.sectionStart < this.entityStart) {
        this.cbs.ontext(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.ontextentity(cp, this.sectionStart);
    }
  }
};

// node_modules/htmlparser2/dist/Parser.js
var { fromCodePoint } = String;
var formTags = /* @__PURE__ */ new Set([
  "input",
  "option",
  "optgroup",
  "select",
  "button",
  "datalist",
  "textarea"
]);
var pTag = /* @__PURE__ */ new Set(["p"]);
var headingTags = /* @__PURE__ */ new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
var tableSectionTags = /* @__PURE__ */ new Set(["thead", "tbody"]);
var ddtTags = /* @__PURE__ */ new Set(["dd", "dt"]);
var rtpTags = /* @__PURE__ */ new Set(["rt", "rp"]);
var openImpliesClose = /* @__PURE__ */ new Map([
  ["tr", /* @__PURE__ */ new Set(["tr", "th", "td"])],
  ["th", /* @__PURE__ */ new Set(["th"])],
  ["td", /* @__PURE__ */ new Set(["thead", "th", "td"])],
  ["body", /* @__PURE__ */ new Set(["head", "link", "script"])],
  ["a", /* @__PURE__ */ new Set(["a"])],
  ["li", /* @__PURE__ */ new Set(["li"])],
  ["p", pTag],
  ["h1", headingTags],
  ["h2", headingTags],
  ["h3", headingTags],
  ["h4", headingTags],
  ["h5", headingTags],
  ["h6", headingTags],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", /* @__PURE__ */ new Set(["option"])],
  ["optgroup", /* @__PURE__ */ new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["address", pTag],
  ["article", pTag],
  ["aside", pTag],
  ["blockquote", pTag],
  ["details", pTag],
  ["div", pTag],
  ["dl", pTag],
  ["fieldset", pTag],
  ["figcaption", pTag],
  ["figure", pTag],
  ["footer", pTag],
  ["form", pTag],
  ["header", pTag],
  ["hr", pTag],
  ["main", pTag],
  ["nav", pTag],
  ["ol", pTag],
  ["pre", pTag],
  ["section", pTag],
  ["table", pTag],
  ["ul", pTag],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags]
]);
var DOCUMENT_TYPE = "doctype";
var voidElements = /* @__PURE__ */ new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
]);
var foreignContextElements = /* @__PURE__ */ new Set(["math", "svg"]);
var htmlIntegrationElements = /* @__PURE__ */ new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignObject",
  "desc",
  "title"
]);
var svgTagNameAdjustments = /* @__PURE__ */ new Map([
  ["altglyph", "altGlyph"],
  ["altglyphdef", "altGlyphDef"],
  ["altglyphitem", "altGlyphItem"],
  ["animatecolor", "animateColor"],
  ["animatemotion", "animateMotion"],
  ["animatetransform", "animateTransform"],
  ["clippath", "clipPath"],
  ["feblend", "feBlend"],
  ["fecolormatrix", "feColorMatrix"],
  ["fecomponenttransfer", "feComponentTransfer"],
  ["fecomposite", "feComposite"],
  ["feconvolvematrix", "feConvolveMatrix"],
  ["fediffuselighting", "feDiffuseLighting"],
  ["fedisplacementmap", "feDisplacementMap"],
  ["fedistantlight", "feDistantLight"],
  ["fedropshadow", "feDropShadow"],
  ["feflood", "feFlood"],
  ["fefunca", "feFuncA"],
  ["fefuncb", "feFuncB"],
  ["fefuncg", "feFuncG"],
  ["fefuncr", "feFuncR"],
  ["fegaussianblur", "feGaussianBlur"],
  ["feimage", "feImage"],
  ["femerge", "feMerge"],
  ["femergenode", "feMergeNode"],
  ["femorphology", "feMorphology"],
  ["feoffset", "feOffset"],
  ["fepointlight", "fePointLight"],
  ["fespecularlighting", "feSpecularLighting"],
  ["fespotlight", "feSpotLight"],
  ["fetile", "feTile"],
  ["feturbulence", "feTurbulence"],
  ["foreignobject", "foreignObject"],
  ["glyphref", "glyphRef"],
  ["lineargradient", "linearGradient"],
  ["radialgradient", "radialGradient"],
  ["textpath", "textPath"]
]);
var ForeignContext;
(function(ForeignContext2) {
  ForeignContext2[ForeignContext2["None"] = 0] = "None";
  ForeignContext2[ForeignContext2["Svg"] = 1] = "Svg";
  ForeignContext2[ForeignContext2["MathML"] = 2] = "MathML";
})(ForeignContext || (ForeignContext = {}));
var reNameEnd = /\s|\//;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  options;
  /** The start index of the last event. */
  startIndex = 0;
  /** The end index of the last event. */
  endIndex = 0;
  /**
   * Store the start index of the current open tag,
   * so we can update the start index for attributes.
   */
  openTagStart = 0;
  tagname = "";
  attribname = "";
  attribvalue = "";
  attribs = null;
  stack = [];
  foreignContext;
  cbs;
  lowerCaseTagNames;
  lowerCaseAttributeNames;
  recognizeSelfClosing;
  /** We are parsing HTML. Inverse of the `xmlMode` option. */
  htmlMode;
  tokenizer;
  buffers = [];
  bufferOffset = 0;
  /** The index of the last written buffer. Used when resuming after a `pause()`. */
  writeIndex = 0;
  /** Indicates whether the parser has finished running / `.end` has been called. */
  ended = false;
  constructor(cbs, options = {}) {
    this.options = options;
    this.cbs = cbs ?? {};
    this.htmlMode = !this.options.xmlMode;
    this.lowerCaseTagNames = options.lowerCaseTags ?? this.htmlMode;
    this.lowerCaseAttributeNames = options.lowerCaseAttributeNames ?? this.htmlMode;
    this.recognizeSelfClosing = options.recognizeSelfClosing ?? !this.htmlMode;
    this.tokenizer = new (options.Tokenizer ?? Tokenizer)(this.options, this);
    this.foreignContext = [ForeignContext.None];
    this.cbs.onparserinit?.(this);
  }
  // Tokenizer event handlers
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ontext(start, endIndex) {
    const data = this.getSlice(start, endIndex);
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(data);
    this.startIndex = endIndex;
  }
  /**
   * @param cp Current Unicode code point.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ontextentity(cp, endIndex) {
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(fromCodePoint(cp));
    this.startIndex = endIndex;
  }
  /** @internal */
  isInForeignContext() {
    return this.foreignContext[0] !== ForeignContext.None;
  }
  /**
   * Checks if the current tag is a void element. Override this if you want
   * to specify your own additional void elements.
   * @param name Name of the pseudo selector.
   */
  isVoidElement(name) {
    return this.htmlMode && voidElements.has(name);
  }
  /**
   * Read a tag name from the buffer.
   *
   * When `lowerCaseTagNames` is enabled (the default in HTML mode), the name
   * is lowercased and may be adjusted for SVG casing or the `image` → `img`
   * alias.
   * @param start Start index of the tag name in the buffer.
   * @param endIndex End index of the tag name in the buffer.
   */
  readTagName(start, endIndex) {
    const name = this.lowerCaseTagNames ? this.getSlice(start, endIndex).toLowerCase() : this.getSlice(start, endIndex);
    if (!(this.lowerCaseTagNames && this.htmlMode)) {
      return name;
    }
    if (this.foreignContext[0] === ForeignContext.Svg) {
      return svgTagNameAdjustments.get(name) ?? name;
    }
    if (this.foreignContext.length > 1) {
      const adjusted = svgTagNameAdjustments.get(name);
      if (adjusted !== void 0 && this.stack.includes(adjusted)) {
        return adjusted;
      }
    }
    if (!this.isInForeignContext()) {
      return name === "image" ? "img" : name;
    }
    return name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onopentagname(start, endIndex) {
    this.endIndex = endIndex;
    this.emitOpenTag(this.readTagName(start, endIndex));
  }
  emitOpenTag(name) {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    if (this.htmlMode && name === "form" && this.stack.includes("form")) {
      this.tagname = "";
      return;
    }
    const impliesClose = this.htmlMode && openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[0])) {
        this.popElement(true);
      }
    }
    if (!this.isVoidElement(name)) {
      this.stack.unshift(name);
      if (this.htmlMode) {
        if (name === "svg") {
          this.foreignContext.unshift(ForeignContext.Svg);
        } else if (name === "math") {
          this.foreignContext.unshift(ForeignContext.MathML);
        } else if (htmlIntegrationElements.has(name)) {
          this.foreignContext.unshift(ForeignContext.None);
        }
      }
    }
    this.cbs.onopentagname?.(name);
    if (this.cbs.onopentag)
      this.attribs = {};
  }
  endOpenTag(isImplied) {
    this.startIndex = this.openTagStart;
    if (this.attribs) {
      this.cbs.onopentag?.(this.tagname, this.attribs, isImplied);
      this.attribs = null;
    }
    if (this.cbs.onclosetag && this.isVoidElement(this.tagname)) {
      this.cbs.onclosetag(this.tagname, true);
    }
    this.tagname = "";
  }
  /**
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onopentagend(endIndex) {
    this.endIndex = endIndex;
    this.endOpenTag(false);
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onclosetag(start, endIndex) {
    this.endIndex = endIndex;
    const name = this.readTagName(start, endIndex);
    if (!this.isVoidElement(name)) {
      const pos = this.stack.indexOf(name);
      if (pos !== -1) {
        for (let index = 0; index < pos; index++) {
          this.popElement(true);
        }
        this.popElement(false);
      } else if (this.htmlMode && name === "p") {
        this.emitOpenTag("p");
        this.closeCurrentTag(true);
      }
    } else if (this.htmlMode && name === "br") {
      this.cbs.onopentagname?.("br");
      this.cbs.onopentag?.("br", {}, true);
      this.cbs.onclosetag?.("br", false);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onselfclosingtag(endIndex) {
    this.endIndex = endIndex;
    if (this.recognizeSelfClosing || this.isInForeignContext()) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      this.onopentagend(endIndex);
    }
  }
  /**
   * Pop the top element off the stack, emit a close event, and maintain
   * the foreign context stack.
   * @param implied Whether this close is implied (not from an explicit end tag).
   */
  popElement(implied) {
    const element = this.stack.shift();
    if (this.htmlMode && (foreignContextElements.has(element) || htmlIntegrationElements.has(element))) {
      this.foreignContext.shift();
    }
    this.cbs.onclosetag?.(element, implied);
  }
  closeCurrentTag(isOpenImplied) {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.stack[0] === name) {
      this.popElement(!isOpenImplied);
    }
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribname(start, endIndex) {
    this.startIndex = start;
    const name = this.getSlice(start, endIndex);
    this.attribname = this.lowerCaseAttributeNames ? name.toLowerCase() : name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribdata(start, endIndex) {
    this.attribvalue += this.getSlice(start, endIndex);
  }
  /**
   * @param cp Current Unicode code point.
   * @internal
   */
  onattribentity(cp) {
    this.attribvalue += fromCodePoint(cp);
  }
  /**
   * @param quote Quote type used for the current attribute.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribend(quote, endIndex) {
    this.endIndex = endIndex;
    this.cbs.onattribute?.(this.attribname, this.attribvalue, quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : quote === QuoteType.NoValue ? void 0 : null);
    if (this.attribs && !Object.hasOwn(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = "";
  }
  getInstructionName(value) {
    const index = value.search(reNameEnd);
    let name = index < 0 ? value : value.substr(0, index);
    if (this.lowerCaseTagNames) {
      name = name.toLowerCase();
    }
    return name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ondeclaration(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.htmlMode ? this.lowerCaseTagNames ? DOCUMENT_TYPE : value.slice(0, DOCUMENT_TYPE.length) : this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`!${name}`, `!${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onprocessinginstruction(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`?${name}`, `?${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @param offset Offset applied when computing parser indices.
   * @internal
   */
  oncomment(start, endIndex, offset) {
    this.endIndex = endIndex;
    this.cbs.oncomment?.(this.getSlice(start, endIndex - offset));
    this.cbs.oncommentend?.();
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @param offset Offset applied when computing parser indices.
   * @internal
   */
  oncdata(start, endIndex, offset) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex - offset);
    if (!this.htmlMode || this.options.recognizeCDATA) {
      this.cbs.oncdatastart?.();
      this.cbs.ontext?.(value);
      this.cbs.oncdataend?.();
    } else if (this.isInForeignContext()) {
      this.cbs.ontext?.(value);
    } else {
      this.cbs.oncomment?.(`[CDATA[${value}]]`);
      this.cbs.oncommentend?.();
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onend() {
    if (this.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (let index = 0; index < this.stack.length; index++) {
        this.cbs.onclosetag(this.stack[index], true);
      }
    }
    this.cbs.onend?.();
  }
  /**
   * Resets the parser to a blank state, ready to parse a new HTML document
   */
  reset() {
    this.cbs.onreset?.();
    this.tokenizer.reset();
    this.tagname = "";
    this.attribname = "";
    this.attribvalue = "";
    this.attribs = null;
    this.stack.length = 0;
    this.startIndex = 0;
    this.endIndex = 0;
    this.cbs.onparserinit?.(this);
    this.buffers.length = 0;
    this.foreignContext.length = 0;
    this.foreignContext.unshift(ForeignContext.None);
    this.bufferOffset = 0;
    this.writeIndex = 0;
    this.ended = false;
  }
  /**
   * Resets the parser, then parses a complete document and
   * pushes it to the handler.
   * @param data Document to parse.
   */
  parseComplete(data) {
    this.reset();
    this.end(data);
  }
  getSlice(start, end) {
    if (start === end) {
      return "";
    }
    while (start - this.bufferOffset >= this.buffers[0].length) {
      this.shiftBuffer();
    }
    let slice = this.buffers[0].slice(start - this.bufferOffset, end - this.bufferOffset);
    while (end - this.bufferOffset > this.buffers[0].length) {
      this.shiftBuffer();
      slice += this.buffers[0].slice(0, end - this.bufferOffset);
    }
    return slice;
  }
  shiftBuffer() {
    this.bufferOffset += this.buffers[0].length;
    this.writeIndex--;
    this.buffers.shift();
  }
  /**
   * Parses a chunk of data and calls the corresponding callbacks.
   * @param chunk Chunk to parse.
   */
  write(chunk) {
    if (this.ended) {
      this.cbs.onerror?.(new Error(".write() after done!"));
      return;
    }
    this.buffers.push(chunk);
    if (this.tokenizer.running) {
      this.tokenizer.write(chunk);
      this.writeIndex++;
    }
  }
  /**
   * Parses the end of the buffer and clears the stack, calls onend.
   * @param chunk Optional final chunk to parse.
   */
  end(chunk) {
    if (this.ended) {
      this.cbs.onerror?.(new Error(".end() after done!"));
      return;
    }
    if (chunk)
      this.write(chunk);
    this.ended = true;
    this.tokenizer.end();
  }
  /**
   * Pauses parsing. The parser won't emit events until `resume` is called.
   */
  pause() {
    this.tokenizer.pause();
  }
  /**
   * Resumes parsing after `pause` was called.
   */
  resume() {
    this.tokenizer.resume();
    while (this.tokenizer.running && this.writeIndex < this.buffers.length) {
      this.tokenizer.write(this.buffers[this.writeIndex++]);
    }
    if (this.ended)
      this.tokenizer.end();
  }
};

// node_modules/domhandler/node_modules/domelementtype/dist/index.js
var ElementType;
(function(ElementType2) {
  ElementType2["Root"] = "root";
  ElementType2["Text"] = "text";
  ElementType2["Directive"] = "directive";
  ElementType2["Comment"] = "comment";
  ElementType2["Script"] = "script";
  ElementType2["Style"] = "style";
  ElementType2["Tag"] = "tag";
  ElementType2["CDATA"] = "cdata";
  ElementType2["Doctype"] = "doctype";
})(ElementType || (ElementType = {}));
function isTag(element) {
  return element.type === ElementType.Tag || element.type === ElementType.Script || element.type === ElementType.Style;
}
__name(isTag, "isTag");
var Root = ElementType.Root;
var Text = ElementType.Text;
var Directive = ElementType.Directive;
var Comment = ElementType.Comment;
var Script = ElementType.Script;
var Style = ElementType.Style;
var Tag = ElementType.Tag;
var CDATA = ElementType.CDATA;
var Doctype = ElementType.Doctype;

// node_modules/domhandler/dist/node.js
var Node = class {
  static {
    __name(this, "Node");
  }
  /** Parent of the node */
  parent = null;
  /** Previous sibling */
  prev = null;
  /** Next sibling */
  next = null;
  /** The start index of the node. Requires `withStartIndices` on the handler to be `true. */
  startIndex = null;
  /** The end index of the node. Requires `withEndIndices` on the handler to be `true. */
  endIndex = null;
  // Read-write aliases for properties
  /**
   * Same as {@link parent}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get parentNode() {
    return this.parent;
  }
  set parentNode(parent) {
    this.parent = parent;
  }
  /**
   * Same as {@link prev}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get previousSibling() {
    return this.prev;
  }
  set previousSibling(previous) {
    this.prev = previous;
  }
  /**
   * Same as {@link next}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get nextSibling() {
    return this.next;
  }
  set nextSibling(next) {
    this.next = next;
  }
  /**
   * Clone this node, and optionally its children.
   * @param recursive Clone child nodes as well.
   * @returns A clone of the node.
   */
  cloneNode(recursive = false) {
    return cloneNode(this, recursive);
  }
};
var DataNode = class extends Node {
  static {
    __name(this, "DataNode");
  }
  data;
  /**
   * @param data The content of the data node
   */
  constructor(data) {
    super();
    this.data = data;
  }
  /**
   * Same as {@link data}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get nodeValue() {
    return this.data;
  }
  set nodeValue(data) {
    this.data = data;
  }
};
var Text2 = class extends DataNode {
  static {
    __name(this, "Text");
  }
  type = ElementType.Text;
  get nodeType() {
    return 3;
  }
};
var Comment2 = class extends DataNode {
  static {
    __name(this, "Comment");
  }
  type = ElementType.Comment;
  get nodeType() {
    return 8;
  }
};
var ProcessingInstruction = class extends DataNode {
  static {
    __name(this, "ProcessingInstruction");
  }
  type = ElementType.Directive;
  name;
  constructor(name, data) {
    super(data);
    this.name = name;
  }
  get nodeType() {
    return 1;
  }
  /** If this is a doctype, the document type name (parse5 only). */
  "x-name";
  /** If this is a doctype, the document type public identifier (parse5 only). */
  "x-publicId";
  /** If this is a doctype, the document type system identifier (parse5 only). */
  "x-systemId";
};
var NodeWithChildren = class extends Node {
  static {
    __name(this, "NodeWithChildren");
  }
  children;
  /**
   * @param children Children of the node. Only certain node types can have children.
   */
  constructor(children) {
    super();
    this.children = children;
  }
  // Aliases
  /** First child of the node. */
  get firstChild() {
    return this.children[0] ?? null;
  }
  /** Last child of the node. */
  get lastChild() {
    return this.children.length > 0 ? this.children[this.children.length - 1] : null;
  }
  /**
   * Same as {@link children}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get childNodes() {
    return this.children;
  }
  set childNodes(children) {
    this.children = children;
  }
};
var CDATA2 = class extends NodeWithChildren {
  static {
    __name(this, "CDATA");
  }
  type = ElementType.CDATA;
  get nodeType() {
    return 4;
  }
};
var Document = class extends NodeWithChildren {
  static {
    __name(this, "Document");
  }
  type = ElementType.Root;
  get nodeType() {
    return 9;
  }
};
var Element = class extends NodeWithChildren {
  static {
    __name(this, "Element");
  }
  name;
  attribs;
  type;
  /**
   * @param name Name of the tag, eg. `div`, `span`.
   * @param attribs Object mapping attribute names to attribute values.
   * @param children Children of the node.
   * @param type Node type used for the new node instance.
   */
  constructor(name, attribs, children = [], type = name === "script" ? ElementType.Script : name === "style" ? ElementType.Style : ElementType.Tag) {
    super(children);
    this.name = name;
    this.attribs = attribs;
    this.type = type;
  }
  get nodeType() {
    return 1;
  }
  // DOM Level 1 aliases
  /**
   * Same as {@link name}.
   * [DOM spec](https://dom.spec.whatwg.org)-compatible alias.
   */
  get tagName() {
    return this.name;
  }
  set tagName(name) {
    this.name = name;
  }
  get attributes() {
    return Object.keys(this.attribs).map((name) => ({
      name,
      value: this.attribs[name],
      namespace: this["x-attribsNamespace"]?.[name],
      prefix: this["x-attribsPrefix"]?.[name]
    }));
  }
  /** Element namespace (parse5 only). */
  namespace;
  /** Element attribute namespaces (parse5 only). */
  "x-attribsNamespace";
  /** Element attribute namespace-related prefixes (parse5 only). */
  "x-attribsPrefix";
};
function isTag2(node) {
  return isTag(node);
}
__name(isTag2, "isTag");
function isCDATA(node) {
  return node.type === ElementType.CDATA;
}
__name(isCDATA, "isCDATA");
function isText(node) {
  return node.type === ElementType.Text;
}
__name(isText, "isText");
function isComment(node) {
  return node.type === ElementType.Comment;
}
__name(isComment, "isComment");
function isDirective(node) {
  return node.type === ElementType.Directive;
}
__name(isDirective, "isDirective");
function isDocument(node) {
  return node.type === ElementType.Root;
}
__name(isDocument, "isDocument");
function cloneNode(node, recursive = false) {
  let result;
  if (isText(node)) {
    result = new Text2(node.data);
  } else if (isComment(node)) {
    result = new Comment2(node.data);
  } else if (isTag2(node)) {
    const children = recursive ? cloneChildren(node.children) : [];
    const clone = new Element(node.name, { ...node.attribs }, children);
    for (const child of children) {
      child.parent = clone;
    }
    if (node.namespace != null) {
      clone.namespace = node.namespace;
    }
    if (node["x-attribsNamespace"]) {
      clone["x-attribsNamespace"] = { ...node["x-attribsNamespace"] };
    }
    if (node["x-attribsPrefix"]) {
      clone["x-attribsPrefix"] = { ...node["x-attribsPrefix"] };
    }
    result = clone;
  } else if (isCDATA(node)) {
    const children = recursive ? cloneChildren(node.children) : [];
    const clone = new CDATA2(children);
    for (const child of children) {
      child.parent = clone;
    }
    result = clone;
  } else if (isDocument(node)) {
    const children = recursive ? cloneChildren(node.children) : [];
    const clone = new Document(children);
    for (const child of children) {
      child.parent = clone;
    }
    if (node["x-mode"]) {
      clone["x-mode"] = node["x-mode"];
    }
    result = clone;
  } else if (isDirective(node)) {
    const instruction = new ProcessingInstruction(node.name, node.data);
    if (node["x-name"] != null) {
      instruction["x-name"] = node["x-name"];
      instruction["x-publicId"] = node["x-publicId"];
      instruction["x-systemId"] = node["x-systemId"];
    }
    result = instruction;
  } else {
    throw new Error(`Not implemented yet: ${node.type}`);
  }
  result.startIndex = node.startIndex;
  result.endIndex = node.endIndex;
  if (node.sourceCodeLocation != null) {
    result.sourceCodeLocation = node.sourceCodeLocation;
  }
  return result;
}
__name(cloneNode, "cloneNode");
function cloneChildren(childs) {
  const children = childs.map((child) => cloneNode(child, true));
  for (let index = 1; index < children.length; index++) {
    children[index].prev = children[index - 1];
    children[index - 1].next = children[index];
  }
  return children;
}
__name(cloneChildren, "cloneChildren");

// node_modules/domhandler/dist/index.js
var defaultOptions = {
  withStartIndices: false,
  withEndIndices: false,
  xmlMode: false
};
var DomHandler = class {
  static {
    __name(this, "DomHandler");
  }
  /** The elements of the DOM */
  dom = [];
  /** The root element for the DOM */
  root = new Document(this.dom);
  /** Called once parsing has completed. */
  callback;
  /** Settings for the handler. */
  options;
  /** Callback whenever a tag is closed. */
  elementCB;
  /** Indicated whether parsing has been completed. */
  done = false;
  /** Stack of open tags. */
  tagStack = [this.root];
  /** A data node that is still being written to. */
  lastNode = null;
  /** Reference to the parser instance. Used for location information. */
  parser = null;
  /**
   * @param callback Called once parsing has completed.
   * @param options Settings for the handler.
   * @param elementCB Callback whenever a tag is closed.
   */
  constructor(callback, options, elementCB) {
    if (typeof options === "function") {
      elementCB = options;
      options = defaultOptions;
    }
    if (typeof callback === "object") {
      options = callback;
      callback = void 0;
    }
    this.callback = callback ?? null;
    this.options = options ?? defaultOptions;
    this.elementCB = elementCB ?? null;
  }
  onparserinit(parser) {
    this.parser = parser;
  }
  // Resets the handler back to starting state
  onreset() {
    this.dom = [];
    this.root = new Document(this.dom);
    this.done = false;
    this.tagStack = [this.root];
    this.lastNode = null;
    this.parser = null;
  }
  // Signals the handler that parsing is done
  onend() {
    if (this.done)
      return;
    this.done = true;
    this.parser = null;
    this.handleCallback(null);
  }
  onerror(error) {
    this.handleCallback(error);
  }
  onclosetag() {
    this.lastNode = null;
    const element = this.tagStack.pop();
    if (this.options.withEndIndices && this.parser) {
      element.endIndex = this.parser.endIndex;
    }
    if (this.elementCB)
      this.elementCB(element);
  }
  onopentag(name, attribs) {
    const type = this.options.xmlMode ? ElementType.Tag : void 0;
    const element = new Element(name, attribs, void 0, type);
    this.addNode(element);
    this.tagStack.push(element);
  }
  ontext(data) {
    const { lastNode } = this;
    if (lastNode && lastNode.type === ElementType.Text) {
      lastNode.data += data;
      if (this.options.withEndIndices && this.parser) {
        lastNode.endIndex = this.parser.endIndex;
      }
    } else {
      const node = new Text2(data);
      this.addNode(node);
      this.lastNode = node;
    }
  }
  oncomment(data) {
    if (this.lastNode && this.lastNode.type === ElementType.Comment) {
      this.lastNode.data += data;
      return;
    }
    const node = new Comment2(data);
    this.addNode(node);
    this.lastNode = node;
  }
  oncommentend() {
    this.lastNode = null;
  }
  oncdatastart() {
    const text = new Text2("");
    const node = new CDATA2([text]);
    this.addNode(node);
    text.parent = node;
    this.lastNode = text;
  }
  oncdataend() {
    this.lastNode = null;
  }
  onprocessinginstruction(name, data) {
    const node = new ProcessingInstruction(name, data);
    this.addNode(node);
  }
  handleCallback(error) {
    if (typeof this.callback === "function") {
      this.callback(error, this.dom);
    } else if (error) {
      throw error;
    }
  }
  addNode(node) {
    const parent = this.tagStack[this.tagStack.length - 1];
    const previousSibling = parent.children[parent.children.length - 1];
    if (this.options.withStartIndices && this.parser) {
      node.startIndex = this.parser.startIndex;
    }
    if (this.options.withEndIndices && this.parser) {
      node.endIndex = this.parser.endIndex;
    }
    parent.children.push(node);
    if (previousSibling) {
      node.prev = previousSibling;
      previousSibling.next = node;
    }
    node.parent = parent;
    this.lastNode = null;
  }
};

// node_modules/htmlparser2/dist/index.js
function parseDocument(data, options) {
  const handler = new DomHandler(void 0, options);
  new Parser(handler, options).end(data);
  return handler.root;
}
__name(parseDocument, "parseDocument");

// src/markdown/convert.ts
var tagSet = /* @__PURE__ */ __name((names) => new Set(names.trim().split(/\s+/)), "tagSet");
var SKIPPED_TAGS = tagSet(`
  script style noscript template svg math img picture video audio canvas iframe object embed input select textarea
  option link meta head title`);
var BLOCK_TAGS = tagSet(`
  p div section article main nav header footer aside blockquote pre figure figcaption details summary dl dt dd address
  form fieldset center body html hr caption tbody thead tfoot colgroup legend dialog search hgroup menu`);
var HEADING_TAGS = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
var TABLE_PARTS = tagSet("table tr td th");
var BLOCKS = /* @__PURE__ */ new Set(["heading", "list", "item", "table", "row", "block", "rule"]);
var STRUCTURE = /* @__PURE__ */ new Set(["heading", "list", "item", "table", "row"]);
function convertToMarkdown(root, adapter, options = {}) {
  const converter = new Converter(adapter, options.removed ?? /* @__PURE__ */ new Set());
  return converter.renderBlocks(root, 0).join("\n\n").replace(/\n{3,}/g, "\n\n").trim();
}
__name(convertToMarkdown, "convertToMarkdown");
var Converter = class {
  constructor(a, removed) {
    this.a = a;
    this.removed = removed;
  }
  a;
  removed;
  static {
    __name(this, "Converter");
  }
  kinds = /* @__PURE__ */ new Map();
  holdsMemo = /* @__PURE__ */ new Map();
  layoutTables = /* @__PURE__ */ new Map();
  /** Walks children, collecting inline text into paragraphs and rendering block elements as their own blocks. */
  renderBlocks(parent, listDepth) {
    const blocks = [];
    let inline = "";
    const flush = /* @__PURE__ */ __name(() => {
      const text = cleanInline(inline);
      if (text) blocks.push(text);
      inline = "";
    }, "flush");
    for (const node of this.a.childNodes(parent)) {
      const type = this.a.nodeType(node);
      if (type === 3) {
        inline += textOf(this.a.text(node));
        continue;
      }
      if (type !== 1 || this.isSkipped(node)) continue;
      const kind = this.kindOf(node);
      if (kind === "break") inline += "\n";
      else if (kind === "inline") inline += this.inlineOf(node);
      else {
        flush();
        blocks.push(...this.renderBlock(node, kind, listDepth));
      }
    }
    flush();
    return blocks;
  }
  kindOf(el) {
    let kind = this.kinds.get(el);
    if (kind === void 0) {
      kind = this.computeKind(el);
      this.kinds.set(el, kind);
    }
    return kind;
  }
  computeKind(el) {
    const tag = this.a.tag(el);
    const role = this.a.attr(el, "role");
    if (tag === "br") return "break";
    if (tag in HEADING_TAGS || role === "heading") return "heading";
    if (tag === "ul" || tag === "ol" || role === "list") return "list";
    if (tag === "li" || role === "listitem") return "item";
    if (tag === "hr" || role === "separator") return "rule";
    if (tag === "table" || role === "table" || role === "grid") return this.isLayoutTable(el) ? "block" : "table";
    if (tag === "tr" || role === "row") return this.inLayoutTable(el) ? "block" : "row";
    if (TABLE_PARTS.has(tag)) return "block";
    if (BLOCK_TAGS.has(tag)) return "block";
    const href = tag === "a" ? this.a.attr(el, "href") : null;
    if (href?.startsWith("#")) return "inline";
    if (href !== null) return this.holds(el, STRUCTURE) ? "block" : "inline";
    return this.holds(el, BLOCKS) ? "block" : "inline";
  }
  /** Whether an element has, anywhere inside it, an element of one of these kinds (memoised per set of kinds). */
  holds(el, kinds) {
    let memo = this.holdsMemo.get(kinds);
    if (!memo) {
      memo = /* @__PURE__ */ new Map();
      this.holdsMemo.set(kinds, memo);
    }
    const known = memo.get(el);
    if (known !== void 0) return known;
    let found = false;
    for (const child of this.a.childNodes(el)) {
      if (this.a.nodeType(child) !== 1 || this.isSkipped(child)) continue;
      if (kinds.has(this.kindOf(child)) || this.holds(child, kinds)) {
        found = true;
        break;
      }
    }
    memo.set(el, found);
    return found;
  }
  isLayoutTable(table) {
    let known = this.layoutTables.get(table);
    if (known === void 0) {
      known = this.judgeTable(table);
      this.layoutTables.set(table, known);
    }
    return known;
  }
  /** Decides once per table, and records the answer for its rows (a row reads as a row only in a data table). */
  judgeTable(table) {
    let nested = false;
    const rows = this.rowsOf(table, () => {
      nested = true;
    });
    const role = this.a.attr(table, "role");
    const layout = role === "presentation" || role === "none" || nested || rows.length <= 1 || rows.every((row) => this.cellsOf(row).length <= 1);
    for (const row of rows) this.layoutRows.set(row, layout);
    return layout;
  }
  layoutRows = /* @__PURE__ */ new Map();
  inLayoutTable(row) {
    return this.layoutRows.get(row) ?? false;
  }
  /** The rows of a table, not those of tables nested in it (reported to `onNested`). */
  rowsOf(table, onNested = () => {
  }) {
    const rows = [];
    const visit = /* @__PURE__ */ __name((el) => {
      for (const child of this.a.childNodes(el)) {
        if (this.a.nodeType(child) !== 1 || this.isSkipped(child)) continue;
        const tag = this.a.tag(child);
        const role = this.a.attr(child, "role");
        if (tag === "table" || role === "table" || role === "grid") onNested();
        else if (tag === "tr" || role === "row") rows.push(child);
        else visit(child);
      }
    }, "visit");
    visit(table);
    return rows;
  }
  cellsOf(row) {
    const cells = [];
    for (const child of this.a.childNodes(row)) {
      if (this.a.nodeType(child) === 1 && !this.isSkipped(child)) cells.push(child);
    }
    return cells;
  }
  renderBlock(el, kind, listDepth) {
    switch (kind) {
      case "heading": {
        const text = cleanInline(this.renderInline(el)).replace(/\n/g, " ");
        return text ? [`${"#".repeat(this.headingLevel(el))} ${text}`] : [];
      }
      case "list":
      case "item": {
        const items = kind === "item" ? [el] : this.listItems(el);
        const lines = items.flatMap((item) => this.renderItem(item, listDepth));
        return lines.length ? [lines.join("\n")] : [];
      }
      case "table":
      case "row": {
        const rows = kind === "row" ? [el] : this.rowsOf(el);
        return rows.length ? [this.renderTable(rows)] : [];
      }
      case "rule":
        return [];
      default:
        return this.renderBlocks(el, listDepth);
    }
  }
  headingLevel(el) {
    const level = HEADING_TAGS[this.a.tag(el)] ?? Number(this.a.attr(el, "aria-level"));
    return level >= 1 && level <= 6 ? level : 2;
  }
  listItems(list) {
    const items = [];
    const visit = /* @__PURE__ */ __name((el) => {
      for (const child of this.a.childNodes(el)) {
        if (this.a.nodeType(child) !== 1 || this.isSkipped(child)) continue;
        const kind = this.kindOf(child);
        if (kind === "item") items.push(child);
        else if (kind !== "list") visit(child);
      }
    }, "visit");
    visit(list);
    return items;
  }
  renderItem(item, listDepth) {
    const indent = "  ".repeat(listDepth);
    const inner = this.renderBlocks(item, listDepth + 1);
    if (!inner.length) return [];
    const [first, ...rest] = inner;
    return [
      [`${indent}- ${first}`, ...rest.map((b) => /^\s*- /.test(b) ? `
${b}` : `

${indent}  ${b}`)].join("")
    ];
  }
  renderTable(rows) {
    const lines = [];
    for (const row of rows) {
      const texts = this.cellsOf(row).flatMap((cell) => {
        const text = this.renderBlocks(cell, 0).join("<br><br>").replace(/\n/g, "<br>").replace(/\|/g, "\\|");
        const span = Math.min(Math.max(Number(this.a.attr(cell, "colspan")) || 1, 1), 20);
        return [text, ...Array(span - 1).fill("")];
      });
      if (texts.every((t2) => !t2)) continue;
      lines.push(`| ${texts.join(" | ")} |`);
      if (lines.length === 1) lines.push(`| ${texts.map(() => "---").join(" | ")} |`);
    }
    return lines.join("\n");
  }
  /** An inline element as Markdown: a link is its label in brackets (as Open Terms Archive's `[label](url)`). */
  inlineOf(el) {
    const text = this.renderInline(el);
    if (this.a.tag(el) !== "a" || this.a.attr(el, "href") === null) return text;
    const label = text.trim() || (this.a.attr(el, "aria-label") ?? "").replace(/\s+/g, " ").trim();
    if (!label) return text;
    if (!text.trim()) return ` [${label}] `;
    const start = text.indexOf(label);
    return `${text.slice(0, start)}[${label}]${text.slice(start + label.length)}`;
  }
  /** Text of an inline element and its descendants (none of which is a block: see holds). */
  renderInline(el) {
    let text = "";
    for (const node of this.a.childNodes(el)) {
      const type = this.a.nodeType(node);
      if (type === 3) text += textOf(this.a.text(node));
      else if (type === 1 && !this.isSkipped(node)) {
        const kind = this.kindOf(node);
        if (kind === "break") text += "\n";
        else if (kind === "inline") text += this.inlineOf(node);
        else text += ` ${this.renderInline(node)} `;
      }
    }
    return text;
  }
  isSkipped(el) {
    if (SKIPPED_TAGS.has(this.a.tag(el))) return true;
    if (this.removed.has(el)) return true;
    if (this.a.attr(el, "hidden") !== null || this.a.attr(el, "aria-hidden") === "true") return true;
    const style = this.a.attr(el, "style");
    return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
  }
};
function textOf(text) {
  const spaced = text.replace(/\s+/g, " ");
  return /[<[\]]/.test(spaced) ? spaced.replace(/[[\]]|<(?=[a-z/!?])/gi, (char) => `\\${char}`) : spaced;
}
__name(textOf, "textOf");
function cleanInline(text) {
  return text.split("\n").map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, " ").trim()).filter(Boolean).join("\n");
}
__name(cleanInline, "cleanInline");

// src/analysis/html.ts
var PARSED_ADAPTER = {
  nodeType: /* @__PURE__ */ __name((node) => node.nodeType, "nodeType"),
  tag: /* @__PURE__ */ __name((node) => "name" in node ? node.name.toLowerCase() : "", "tag"),
  attr: /* @__PURE__ */ __name((node, name) => "attribs" in node ? node.attribs[name] ?? null : null, "attr"),
  childNodes: /* @__PURE__ */ __name((node) => "children" in node ? node.children : [], "childNodes"),
  text: /* @__PURE__ */ __name((node) => "data" in node ? node.data : "", "text")
};
function looksLikeHtml(text) {
  return /^\s*<(!doctype\s+html|!--|[a-z][a-z0-9-]*(\s[^>]*)?\/?>)/i.test(text.slice(0, 2e3));
}
__name(looksLikeHtml, "looksLikeHtml");
function htmlToMarkdown(html) {
  return convertToMarkdown(parseDocument(html), PARSED_ADAPTER);
}
__name(htmlToMarkdown, "htmlToMarkdown");

// src/analysis/memo.ts
var registry = [];
function memoize(compute, capacity = 2e4) {
  let entries = /* @__PURE__ */ new Map();
  registry.push(() => {
    entries = /* @__PURE__ */ new Map();
  });
  return (input) => {
    const known = entries.get(input);
    if (known !== void 0) return known;
    const value = compute(input);
    if (entries.size >= capacity) entries = /* @__PURE__ */ new Map();
    entries.set(input, value);
    return value;
  };
}
__name(memoize, "memoize");
function clearMemos() {
  for (const clear of registry) clear();
}
__name(clearMemos, "clearMemos");

// src/analysis/normalize.ts
var INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
var SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
var TYPOGRAPHY = /[\u2018\u2019\u201a\u201b\u2032\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u2026]/g;
var TYPOGRAPHY_FOLDS = {};
for (const char of "\u2018\u2019\u201A\u201B\u2032\xB4") TYPOGRAPHY_FOLDS[char] = "'";
for (const char of "\u201C\u201D\u201E\u201F\u2033\xAB\xBB") TYPOGRAPHY_FOLDS[char] = '"';
for (const char of "\u2010\u2011\u2012\u2013\u2014\u2015\u2212") TYPOGRAPHY_FOLDS[char] = "-";
TYPOGRAPHY_FOLDS["\u2026"] = "...";
function foldTypography(char) {
  return TYPOGRAPHY_FOLDS[char] ?? char;
}
__name(foldTypography, "foldTypography");
var LINK = /(!?)\[((?:\\.|[^\\[\]])*)\]\(\s*<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
var AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;
var BARE_URL = /\bhttps?:\/\/[^\s<>"\])]+/g;
var FOOTNOTE = /\\?\[\d{1,3}\\?\]/g;
function stripUrl(url) {
  const trimmed = url.replace(/[.,;:!?]+$/, "");
  const cut = trimmed.search(/[?#]/);
  const base = cut >= 0 ? trimmed.slice(0, cut) : trimmed;
  return base.replace(/\/+$/, "") + url.slice(trimmed.length);
}
__name(stripUrl, "stripUrl");
var DANGLING_TARGET = /\]\(\s*<?[^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*>?\s*\)/g;
function balanceBrackets(text) {
  const open = [];
  const drop = /* @__PURE__ */ new Set();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "[") open.push(i);
    else if (text[i] === "]") {
      if (open.length > 0) open.pop();
      else drop.add(i);
    }
  }
  for (const index of open) drop.add(index);
  if (drop.size === 0) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i];
  return out;
}
__name(balanceBrackets, "balanceBrackets");
function normalizeInline(text) {
  let out = text;
  if (out.includes("`")) out = out.replace(/`([^`]*)`/g, "$1");
  if (out.includes("](")) {
    out = out.replace(LINK, (_whole, image, label) => {
      const clean2 = label.replace(FOOTNOTE, "").replace(/\s+/g, " ").trim();
      if (!clean2) return "";
      return image ? clean2 : `[${clean2}]`;
    });
  }
  if (out.includes("](")) out = out.replace(DANGLING_TARGET, "");
  if (out.includes("http"))
    out = out.replace(AUTOLINK, (_whole, url) => stripUrl(url)).replace(BARE_URL, stripUrl);
  if (out.includes("[")) out = out.replace(FOOTNOTE, "");
  if (out.includes("<")) out = out.replace(/(?<!\\)<br\s*\/?>/gi, "\uE001").replace(/(?<!\\)<\/?[a-z][^>]*>/gi, " ");
  if (out.includes("\\")) out = out.replace(/\\([\\`*_{}[\]()#+\-.!|>~<"'])/g, "$1");
  if (out.includes("*") || out.includes("_")) {
    out = out.replace(/\*\*|__/g, "").replace(/(^|[\s([{"'/])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?=[\s)\]}"'.,;:!?/]|$)/g, "$1$2");
  }
  if (out.includes("[") || out.includes("]")) out = balanceBrackets(out);
  out = out.replace(TYPOGRAPHY, foldTypography).replace(/\s+/g, " ").replace(/ ([.,])(?= |$)/g, "$1");
  if (out.includes("[")) out = out.replace(/\[ /g, "[").replace(/ \]/g, "]");
  out = out.trim();
  if (!out.includes("\uE001")) return out;
  out = out.replace(/\uE001/g, " <br> ").replace(/\s+/g, " ").replace(/(<br> )+/g, "<br> ").trim();
  while (out.startsWith("<br>")) out = out.slice(4).trimStart();
  while (out.endsWith("<br>")) out = out.slice(0, -4).trimEnd();
  return out;
}
__name(normalizeInline, "normalizeInline");
var ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
var SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
var LIST_ITEM = /^\s*(?:[*+\-\u2022]|\d{1,3}[.)])\s+(.*)$/;
var TABLE_ROW = /^\s*\|/;
var TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
var RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
var CELL_ITEM = /(^|<br> )[*+] /g;
function splitCells(row) {
  const inner = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => normalizeInline(cell.replace(/\\\|/g, "/")).replace(/\|/g, "/").replace(CELL_ITEM, "$1- "));
}
__name(splitCells, "splitCells");
var renderBlockMemo = memoize((source) => {
  const [kind, level, header, ...lines] = source.split("\uE003");
  return renderBlockUncached({ kind, level: Number(level), header: header === "1", lines });
});
function renderBlock(block) {
  return renderBlockMemo([block.kind, block.level, block.header ? "1" : "0", ...block.lines].join("\uE003"));
}
__name(renderBlock, "renderBlock");
function renderBlockUncached(block) {
  if (block.kind === "row") {
    let cells = splitCells(block.lines[0] ?? "");
    if (cells.every((cell) => cell === "" || /^#*$/.test(cell))) return "";
    if (block.header) cells = cells.map((cell) => cell === "" || cell.startsWith("#") ? cell : `### ${cell}`);
    return `| ${cells.join(" | ")} |`.replace(/\s+/g, " ");
  }
  const text = normalizeInline(block.lines.join("\n")).replace(/\s*<br>\s*/g, " ");
  if (!/[\p{L}]/u.test(text)) return "";
  if (block.kind === "heading") return `${"#".repeat(block.level)} ${text}`;
  if (block.kind === "item") return `- ${text}`;
  return text;
}
__name(renderBlockUncached, "renderBlockUncached");
function isEmptyRow(row) {
  return splitCells(row).every((cell) => cell === "");
}
__name(isEmptyRow, "isEmptyRow");
var MAX_LABEL_WORDS = 8;
function isLabelRow(row) {
  const cells = splitCells(row).filter((cell) => cell !== "");
  return cells.length > 1 && cells.every((cell) => {
    const text = cell.replace(/^#+\s*/, "").trim();
    return text.split(/\s+/).length <= MAX_LABEL_WORDS && !/[.:;,]$/.test(text) && !text.includes("<br>");
  });
}
__name(isLabelRow, "isLabelRow");
function markdownToBlocks(markdown) {
  const lines = markdown.split("\n");
  const blocks = [];
  let open = null;
  let headerPending = false;
  const close = /* @__PURE__ */ __name(() => {
    if (open) blocks.push(open);
    open = null;
  }, "close");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      close();
      continue;
    }
    const next = lines[i + 1] ?? "";
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      close();
      blocks.push({ kind: "heading", level: atx[1]?.length ?? 1, lines: [atx[2] ?? ""] });
      continue;
    }
    if (TABLE_ROW.test(line)) {
      close();
      if (!TABLE_SEPARATOR.test(line)) {
        const row = { kind: "row", level: 0, lines: [line] };
        if (headerPending && isLabelRow(line)) row.header = true;
        headerPending = false;
        blocks.push(row);
      } else {
        const previous = blocks[blocks.length - 1];
        if (previous?.kind === "row") previous.header = true;
        headerPending = previous?.kind === "row" && isEmptyRow(previous.lines[0] ?? "");
      }
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(next);
    if (setext && !open && !LIST_ITEM.test(line)) {
      blocks.push({ kind: "heading", level: setext[1]?.startsWith("=") ? 1 : 2, lines: [line] });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      close();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      close();
      open = { kind: "item", level: 0, lines: [item[1] ?? ""] };
      continue;
    }
    const text = line.replace(/^\s*>\s?/, "");
    if (open) open.lines.push(text);
    else open = { kind: "paragraph", level: 0, lines: [text] };
  }
  close();
  return blocks;
}
__name(markdownToBlocks, "markdownToBlocks");
function normalizePolicyText(text) {
  const unified = text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(SPACES, " ");
  const markdown = looksLikeHtml(unified) ? htmlToMarkdown(unified) : unified;
  return markdownToBlocks(markdown).map(renderBlock).filter((block) => block !== "").join("\n\n");
}
__name(normalizePolicyText, "normalizePolicyText");

// src/analysis/text.ts
function countWords(text) {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isWordChar = code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code > 127 && code !== 160;
    if (isWordChar && !inWord) count++;
    inWord = isWordChar;
  }
  return count;
}
__name(countWords, "countWords");

// src/analysis/capture.ts
var MIN_POLICY_WORDS = 20;
var TRUNCATED_SHARE = 0.5;
var MAX_NEW_SHARE = 0.1;
var PARTIAL_SHARE = 0.8;
var MAX_NEW_SHARE_OF_PARTIAL = 0.01;
var MIN_PARTIAL_SHARE = 0.6;
function blockKeys(normalized) {
  return normalized.split("\n\n").map(
    (block) => block.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()
  );
}
__name(blockKeys, "blockKeys");
function assessNormalizedCapture(current, previous) {
  const { normalized, words: words2 } = current;
  if (words2 < MIN_POLICY_WORDS) return "empty";
  if (previous === void 0) return "ok";
  const { normalized: previousNormalized, words: previousWords } = previous;
  if (previousWords < MIN_POLICY_WORDS || words2 >= previousWords * PARTIAL_SHARE) return "ok";
  if (words2 >= previousWords * TRUNCATED_SHARE && words2 < previousWords * MIN_PARTIAL_SHARE) return "ok";
  const known = new Set(blockKeys(previousNormalized));
  const blocks = blockKeys(normalized);
  let newWords = 0;
  for (const block of blocks) if (!known.has(block)) newWords += block.split(" ").length;
  if (words2 < previousWords * TRUNCATED_SHARE) return newWords <= words2 * MAX_NEW_SHARE ? "truncated" : "ok";
  return newWords <= words2 * MAX_NEW_SHARE_OF_PARTIAL ? "truncated" : "ok";
}
__name(assessNormalizedCapture, "assessNormalizedCapture");

// src/analysis/ai-training.ts
var TRAIN_DISTANCE = 100;
var DEVELOP_DISTANCE = 60;
var MODEL_DISTANCE = 40;
var NEGATION_REACH = 80;
function clauseStart(text, index) {
  const before = text.slice(0, index);
  const last = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf(". "));
  return last < 0 ? 0 : last + 1;
}
__name(clauseStart, "clauseStart");
function isNegated(text, verb, lexicon) {
  const from = Math.max(clauseStart(text, verb.index), verb.index - NEGATION_REACH);
  if (lexicon.negation.test(text.slice(from, verb.index))) return true;
  if (lexicon.developObject === "either") {
    const after = text.slice(verb.index, verb.index + 40).split(",")[0] ?? "";
    return lexicon.negation.test(after.slice(verb.text.length));
  }
  return false;
}
__name(isNegated, "isNegated");
function trainsPeople(text, verb, term, lexicon) {
  const [start, end] = verb.index < term.index ? [verb.index, term.index] : [term.index, verb.index];
  return lexicon.trainedPeople.test(text.slice(start, end + term.text.length));
}
__name(trainsPeople, "trainsPeople");
function wordsBefore(text, index, count) {
  return (text.slice(Math.max(0, index - 30), index).toLowerCase().match(/[\p{L}]+/gu) ?? []).slice(-count);
}
__name(wordsBefore, "wordsBefore");
function trainingVerb(text, lexicon) {
  const ai = lexicon.ai.find(text);
  const models = lexicon.model.find(text);
  if (ai.length === 0 && models.length === 0) return null;
  for (const verb of lexicon.train.find(text)) {
    const near = /* @__PURE__ */ __name((term, reach) => Math.abs(term.index - verb.index) <= reach, "near");
    const about = ai.find((term) => near(term, TRAIN_DISTANCE) && !trainsPeople(text, verb, term, lexicon)) ?? models.find((term) => near(term, MODEL_DISTANCE) && !trainsPeople(text, verb, term, lexicon));
    if (about && !isNegated(text, verb, lexicon)) return verb;
  }
  for (const verb of lexicon.develop.find(text)) {
    const isObject = /* @__PURE__ */ __name((term, reach) => {
      const distance = term.index - verb.index;
      if (lexicon.developObject === "after" ? distance <= 0 : distance === 0) return false;
      if (Math.abs(distance) > reach) return false;
      return !wordsBefore(text, term.index, 2).some((word) => lexicon.instrumental.has(word));
    }, "isObject");
    const about = ai.some((term) => isObject(term, DEVELOP_DISTANCE)) || models.some((term) => isObject(term, 30));
    if (about && !isNegated(text, verb, lexicon)) return verb;
  }
  return null;
}
__name(trainingVerb, "trainingVerb");
function statesAiTraining(text, lexicon) {
  if (!lexicon.ai.test(text) && !lexicon.model.test(text)) return false;
  return trainingVerb(text, lexicon) !== null;
}
__name(statesAiTraining, "statesAiTraining");
function aiDataKinds(text, lexicon) {
  if (!lexicon.anyAiData.test(text)) return [];
  return lexicon.aiData.filter(({ matcher }) => matcher.test(text)).map(({ kind }) => kind);
}
__name(aiDataKinds, "aiDataKinds");
function namesData(text, lexicon) {
  return lexicon.anyAiData.test(text) || lexicon.userData.test(text);
}
__name(namesData, "namesData");

// src/analysis/noise.ts
function hunks(ops) {
  const result = [];
  let current = null;
  for (const op of ops) {
    if (op.op === "equal") {
      current = null;
      continue;
    }
    if (!current) {
      current = { removed: [], added: [] };
      result.push(current);
    }
    if (op.op === "remove") current.removed.push(...op.tokens);
    else current.added.push(...op.tokens);
  }
  return result;
}
__name(hunks, "hunks");
var ORDINAL = /^(\d{1,4}(st|nd|rd|th|er|e|\.)?|1er|st|nd|rd|th|er)$/;
function isDateToken(token, lexicon) {
  if (!token.word) return true;
  const word = token.norm.replace(/\.$/, "");
  return ORDINAL.test(word) || lexicon.months.has(word) || /^\d{1,4}([./-]\d{1,4}){1,2}$/.test(word);
}
__name(isDateToken, "isDateToken");
function isNoiseHunk(hunk, block, lexicon) {
  const tokens = [...hunk.removed, ...hunk.added];
  if (tokens.every((token) => !token.word)) return true;
  const onlyOneSide = hunk.removed.length === 0 || hunk.added.length === 0;
  if (onlyOneSide && tokens.every((token) => token.inLink || !token.word)) return true;
  if (tokens.every((token) => isDateToken(token, lexicon)) && datelessKey(block, lexicon) !== null) return true;
  return false;
}
__name(isNoiseHunk, "isNoiseHunk");
function datelessKey(block, lexicon) {
  if (block.key.length > 200) return null;
  const words2 = block.key.split(" ");
  const kept = words2.filter((word) => !(ORDINAL.test(word) || lexicon.months.has(word)));
  const onlyADate = kept.length === 0 && words2.some((word) => lexicon.months.has(word) || /^\d{4}$/.test(word));
  if (!onlyADate && !lexicon.dateLine.test(block.text)) return null;
  return kept.length < words2.length ? kept.join(" ") : null;
}
__name(datelessKey, "datelessKey");
function isNoiseEdit(ops, after, lexicon) {
  return hunks(ops).every((hunk) => isNoiseHunk(hunk, after, lexicon));
}
__name(isNoiseEdit, "isNoiseEdit");
function wordsOnly(blocks) {
  return blocks.map((block) => block.key).join(" ");
}
__name(wordsOnly, "wordsOnly");
var SHORT_LINK_ALONE = /^\[\s*[^\]\s]+(?:\s+[^\]\s]+){0,2}\s*\]$/;
function isShortLinkAlone(block) {
  return block.type === "paragraph" && SHORT_LINK_ALONE.test(block.text);
}
__name(isShortLinkAlone, "isShortLinkAlone");

// src/analysis/types.ts
var ANALYSIS_SCHEMA_VERSION = 1;
var LEGAL_BASES = [
  "consent",
  "contract",
  "legal-obligation",
  "vital-interests",
  "public-task",
  "legitimate-interests"
];
var FLAG_KINDS = [
  "legal-basis",
  "ai-training",
  "sensitive-data",
  "minors",
  "sharing",
  "transfer",
  "retention",
  "objection-right",
  "automated-decisions"
];
var AI_DATA_KINDS = [
  "public-content",
  "user-content",
  "ai-interactions",
  "collected-information",
  "publicly-available",
  "licensed-or-partner"
];

// src/analysis/lexicon/de.ts
var de = {
  language: "de",
  stopwords: [
    "der",
    "die",
    "das",
    "und",
    "zu",
    "den",
    "von",
    "mit",
    "sich",
    "des",
    "auf",
    "f\xFCr",
    "ist",
    "im",
    "dem",
    "nicht",
    "ein",
    "eine",
    "als",
    "auch",
    "es",
    "an",
    "werden",
    "aus",
    "wir",
    "du",
    "sie",
    "deine",
    "ihre",
    "unsere",
    "oder"
  ],
  basis: {
    consent: { terms: ["Einwilligung*", "Zustimmung", "einwilligen", "eingewilligt"] },
    contract: {
      terms: [
        "Vertragserf\xFCllung",
        "Erf\xFCllung eines Vertrag*",
        "Erf\xFCllung des Vertrag*",
        "Erf\xFCllung unserer Vertr*",
        "Erf\xFCllung der Nutzungsbedingungen",
        "vertraglich* Notwendigkeit",
        "Vertrag* zu erf\xFCllen"
      ]
    },
    "legal-obligation": { terms: ["rechtlich* Verpflichtung*", "gesetzlich* Verpflichtung*", "rechtlich* Pflicht*"] },
    "vital-interests": { terms: ["lebenswichtig* Interesse*"] },
    "public-task": { terms: ["\xF6ffentlich* Interesse*", "im \xF6ffentlichen Interesse liegend*"] },
    "legitimate-interests": { terms: ["berechtigt* Interesse*", "legitim* Interesse*"] }
  },
  basisStatement: {
    terms: [
      "auf Grundlage",
      "auf der Grundlage",
      "Rechtsgrundlage*",
      "rechtlich* Grundlage*",
      "gest\xFCtzt auf",
      "st\xFCtzen uns",
      "st\xFCtzen wir",
      "beruft sich",
      "berufen uns",
      "basierend auf",
      "aufgrund",
      "verarbeiten * wie es f\xFCr",
      "erforderlich ist"
    ]
  },
  ai: {
    terms: [
      "k\xFCnstlich* Intelligenz",
      "maschinell* Lernen*",
      "generativ*",
      "Sprachmodell*",
      "KI-Modell*",
      "KI-System*",
      "KI-Technologie*",
      "neuronal* Netz*",
      "Basismodell*",
      "Grundlagenmodell*"
    ],
    exact: ["KI", "AI", "LLM", "LLMs"]
  },
  train: {
    terms: [
      "trainieren",
      "trainiert",
      "trainierte*",
      "Training",
      "Trainings",
      "zu trainieren",
      "feinabstimm*",
      "Feinabstimmung",
      "Trainingsdat*",
      "KI-Training*",
      "anlernen",
      "angelernt"
    ]
  },
  developObject: "either",
  instrumental: ["mit", "mithilfe", "durch", "anhand"],
  develop: {
    terms: [
      "entwickeln",
      "entwickelt",
      "Entwicklung",
      "weiterentwickeln",
      "weiterzuentwickeln",
      "verbessern",
      "verbessert",
      "Verbesserung",
      "optimieren"
    ]
  },
  userData: {
    terms: [
      "deine Informationen",
      "deine Daten",
      "Ihre Daten",
      "Ihre Informationen",
      "personenbezogen* Daten",
      "Nutzerdaten",
      "\xF6ffentlich* Inhalt*",
      "\xF6ffentlich* Informationen",
      "Beitr\xE4ge",
      "Beitr\xE4gen",
      "Kommentare",
      "Kommentaren",
      "Fotos",
      "Nachrichten",
      "Interaktionen",
      "Inhalte, die du",
      "Inhalte, die Sie",
      "Eingaben",
      "Nutzerinhalte",
      "Ihre Aktivit\xE4ten",
      "deine Aktivit\xE4ten",
      "Ihre Inhalte",
      "deine Inhalte",
      "Prompts"
    ]
  },
  model: { terms: ["Modell", "Modelle", "Modellen", "Modells", "Algorithm*"] },
  trainedPeople: { terms: ["Mitarbeiter*", "Mitarbeitende*", "Personal", "Besch\xE4ftigte*", "Moderator*", "Teams"] },
  negation: { terms: ["nicht", "nie", "niemals", "kein", "keine", "keinen", "keiner", "nicht mehr", "weder", "ohne"] },
  aiData: {
    "public-content": {
      terms: ["\xF6ffentlich* Inhalt*", "\xF6ffentlich* Beitr\xE4ge", "\xF6ffentlich* Informationen", "\xF6ffentlich* Profil*"]
    },
    "user-content": {
      terms: [
        "Beitr\xE4ge",
        "Beitr\xE4gen",
        "Kommentare",
        "Kommentaren",
        "Fotos",
        "Videos",
        "Bilder",
        "Bildern",
        "Inhalte, die du",
        "Inhalte, die Sie",
        "Nutzerinhalte",
        "Ihre Inhalte",
        "deine Inhalte",
        "Nachrichten",
        "Audio*"
      ]
    },
    "ai-interactions": { terms: ["Interaktionen mit", "Prompts", "Eingaben", "Unterhaltungen mit", "Chats mit"] },
    "collected-information": {
      terms: [
        "deine Informationen",
        "deine Daten",
        "Ihre Daten",
        "Ihre Informationen",
        "personenbezogen* Daten",
        "Nutzerdaten",
        "Informationen, die wir",
        "Daten, die wir",
        "erhobene* Daten",
        "erfasste* Daten",
        "Ihre Aktivit\xE4ten",
        "deine Aktivit\xE4ten",
        "Informationen \xFCber dich",
        "Informationen \xFCber Sie",
        "Informationen",
        "Daten"
      ]
    },
    "publicly-available": {
      terms: ["\xF6ffentlich verf\xFCgbar*", "\xF6ffentlich zug\xE4nglich*", "\xF6ffentliche Quellen", "im Internet"]
    },
    "licensed-or-partner": { terms: ["lizenziert*", "Lizenz*", "von Partnern", "von Dritten erhalten*"] }
  },
  introduction: {
    terms: [
      "nachstehend*",
      "im Folgenden",
      "folgende*",
      "wie folgt",
      "unten aufgef\xFChrt*",
      "unten beschrieben*",
      "unten:"
    ]
  },
  sensitive: {
    terms: [
      "besonder* Kategorie*",
      "besonderem Schutz",
      "sensibl* Daten",
      "rassisch*",
      "ethnisch*",
      "politisch* Meinung*",
      "religi\xF6s*",
      "weltanschaulich*",
      "Gewerkschaft*",
      "genetisch*",
      "biometrisch*",
      "Gesundheit*",
      "Sexualleben",
      "sexuell* Orientierung",
      "Gesichtserkennung"
    ]
  },
  minors: {
    terms: [
      "Minderj\xE4hrig*",
      "Kinder",
      "Kindern",
      "Kind",
      "Jugendlich*",
      "Teenager",
      "unter 13",
      "unter 16",
      "unter 18",
      "Vollj\xE4hrigkeit",
      "Eltern"
    ]
  },
  sharing: {
    terms: [
      "teilen * mit",
      "teilen mit",
      "geteilt",
      "weitergeben",
      "weitergegeben",
      "Weitergabe",
      "offenlegen",
      "offengelegt",
      "\xFCbermitteln * an",
      "verkaufen"
    ]
  },
  sharingExcept: {
    terms: [
      "mit uns teil*",
      "mit uns * teil*",
      "mit uns geteilt",
      "mit uns * geteilt",
      "mit uns * * geteilt",
      "an uns weitergegeben",
      "an uns * weitergegeben",
      "an uns weitergeben",
      "an uns \xFCbermittel*",
      "die Sie geteilt",
      "die Sie * geteilt",
      "die Sie * * geteilt",
      "die Sie * * * geteilt",
      "die du geteilt",
      "die du * geteilt",
      "die du * * geteilt",
      "die du * * * geteilt",
      "mit deinen Freunden",
      "mit Ihren Freunden",
      "mit deinen Kontakten",
      "mit Ihren Kontakten"
    ]
  },
  transfer: {
    terms: [
      "\xDCbermittlung*",
      "\xFCbermitteln",
      "\xFCbermittelt",
      "Drittl\xE4nder*",
      "Drittland",
      "au\xDFerhalb des EWR",
      "au\xDFerhalb der EU",
      "Standardvertragsklauseln",
      "Angemessenheitsbeschl*",
      "Datenschutzrahmen"
    ]
  },
  retention: {
    terms: [
      "speicher* * f\xFCr",
      "aufbewahr*",
      "Aufbewahrung*",
      "Speicherdauer",
      "Aufbewahrungsfrist*",
      "l\xF6schen * Daten",
      "L\xF6schung",
      "solange * erforderlich"
    ]
  },
  objection: {
    terms: [
      "Widerspruch*",
      "widersprechen",
      "Widerspruchsrecht",
      "widerrufen",
      "Widerruf*",
      "Einschr\xE4nkung der Verarbeitung",
      "abmelden",
      "Opt-out"
    ]
  },
  automated: {
    terms: [
      "automatisiert* Entscheidung*",
      "automatisiert* Einzelentscheidung*",
      "Profiling",
      "rechtlich* Wirkung",
      "erheblich beeintr\xE4chtig*"
    ]
  },
  condition: { terms: ["wenn", "falls", "sofern", "soweit", "sobald"] },
  dateLine: {
    terms: [
      "g\xFCltig ab",
      "wirksam ab",
      "Datum des Inkrafttretens",
      "zuletzt aktualisiert",
      "zuletzt ge\xE4ndert",
      "letzte Aktualisierung",
      "Stand",
      "Inkrafttreten",
      "tritt * in Kraft",
      "in Kraft",
      "letzten \xDCberarbeitung",
      "\xDCberarbeitung",
      "aktualisiert",
      "Fassung vom",
      "Version vom",
      "Stand vom",
      "g\xFCltig seit",
      "wirksam seit"
    ]
  },
  months: [
    "januar",
    "j\xE4nner",
    "februar",
    "m\xE4rz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "jan",
    "feb",
    "m\xE4r",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dez"
  ],
  abbreviations: [
    "z.b.",
    "z. b.",
    "bzw.",
    "d.h.",
    "d. h.",
    "u.a.",
    "u. a.",
    "ggf.",
    "usw.",
    "inkl.",
    "ca.",
    "vgl.",
    "nr.",
    "abs.",
    "art.",
    "bspw.",
    "etc.",
    "sog."
  ]
};

// src/analysis/lexicon/en.ts
var en = {
  language: "en",
  stopwords: [
    "the",
    "and",
    "of",
    "to",
    "you",
    "your",
    "we",
    "our",
    "is",
    "are",
    "for",
    "with",
    "that",
    "this",
    "in",
    "on",
    "or",
    "it",
    "as",
    "be",
    "by",
    "can",
    "may",
    "how",
    "what",
    "when",
    "which",
    "about",
    "from",
    "have",
    "use"
  ],
  basis: {
    consent: {
      terms: ["your consent", "consent", "consented", "with your permission", "withdraw consent", "opt-in consent"]
    },
    contract: {
      terms: [
        "performance of a contract",
        "performance of the contract",
        "performance of our contract*",
        "perform our contract*",
        "perform a contract",
        "perform the contract",
        "conclude and perform",
        "contractual necessity",
        "necessary for the performance",
        "necessary to perform",
        "necessary to provide the services"
      ]
    },
    "legal-obligation": {
      terms: ["legal obligation*", "compliance with a legal obligation", "comply with our legal obligation*"]
    },
    "vital-interests": { terms: ["vital interest*"] },
    "public-task": {
      terms: [
        "task in the public interest",
        "task carried out in the public interest",
        "public interest task*",
        "public task"
      ]
    },
    "legitimate-interests": { terms: ["legitimate interest*", "legitimate business interest*"] }
  },
  basisStatement: {
    terms: [
      "on the basis of",
      "legal basis",
      "legal bases",
      "lawful basis",
      "lawful bases",
      "legal ground*",
      "rely on",
      "relies on",
      "relied on",
      "rely upon",
      "reliance on",
      "based on",
      "process* * as necessary",
      "necessary for the purposes of",
      "we process"
    ]
  },
  ai: {
    terms: [
      "artificial intelligence",
      "machine learning",
      "machine-learning",
      "generative",
      "large language model*",
      "language model*",
      "foundation model*",
      "AI model*",
      "AI system*",
      "AI technolog*",
      "neural network*",
      "models that power"
    ],
    exact: ["AI", "A.I.", "ML", "LLM", "LLMs", "GenAI"]
  },
  train: {
    terms: [
      "train",
      "trains",
      "trained",
      "training",
      "fine-tun*",
      "fine tun*",
      "pre-train*",
      "retrain*",
      "training data"
    ]
  },
  developObject: "after",
  instrumental: ["with", "using", "through", "via", "by"],
  develop: {
    terms: ["develop", "develops", "developing", "improve", "improves", "improving", "build", "building", "enhance*"]
  },
  userData: {
    terms: [
      "your information",
      "your data",
      "your personal data",
      "personal data",
      "personal information",
      "user data",
      "member data",
      "users' data",
      "public content",
      "public information",
      "public posts",
      "posts",
      "comments",
      "photos",
      "captions",
      "messages",
      "interactions",
      "content you",
      "content that you",
      "content they",
      "information you",
      "information that you",
      "your content",
      "your activity",
      "your use",
      "inputs",
      "prompts",
      "conversations",
      "data you"
    ]
  },
  model: { terms: ["model", "models", "algorithm*"] },
  trainedPeople: {
    terms: [
      "staff",
      "employee*",
      "reviewers",
      "personnel",
      "team",
      "teams",
      "moderators",
      "workforce",
      "contractors",
      "people to"
    ]
  },
  negation: {
    terms: ["not", "never", "don't", "doesn't", "won't", "didn't", "no longer", "neither", "nor", "without using"]
  },
  aiData: {
    "public-content": {
      terms: ["public content", "public posts", "public information", "publicly shared", "public profile*"]
    },
    "user-content": {
      terms: [
        "posts",
        "comments",
        "photos",
        "videos",
        "images",
        "captions",
        "audio",
        "content you",
        "content that you",
        "your content",
        "user content",
        "user-generated content",
        "member content",
        "content shared",
        "content posted",
        "messages",
        "Pins",
        "Tweets",
        "Snaps"
      ]
    },
    "ai-interactions": {
      terms: [
        "interactions with",
        "prompts",
        "inputs",
        "conversations with",
        "chats with",
        "messages you send to",
        "your use of * AI"
      ]
    },
    "collected-information": {
      terms: [
        "information we collect",
        "information that we collect",
        "information collected",
        "data we collect",
        "information we have",
        "information we receive",
        "your information",
        "your data",
        "your personal data",
        "personal data",
        "personal information",
        "user data",
        "member data",
        "users' data",
        "your activity",
        "information you provide",
        "information about you",
        "use* information to",
        "using information",
        "use* data to",
        "using data",
        "your use",
        "information",
        "data"
      ]
    },
    "publicly-available": {
      terms: [
        "publicly available",
        "publicly-available",
        "publicly accessible",
        "public sources",
        "open web",
        "the internet"
      ]
    },
    "licensed-or-partner": {
      terms: ["licensed", "licence*", "license*", "from partners", "third-party data", "information from partners"]
    }
  },
  introduction: {
    terms: [
      "set out below",
      "set forth below",
      "described below",
      "listed below",
      "below:",
      "as follows",
      "the following:"
    ]
  },
  sensitive: {
    terms: [
      "special categor*",
      "special protections",
      "sensitive data",
      "sensitive personal",
      "racial",
      "ethnic origin",
      "political opinion*",
      "religious",
      "philosophical belief*",
      "trade union",
      "genetic",
      "biometric",
      "health",
      "sex life",
      "sexual orientation",
      "facial recognition"
    ]
  },
  minors: {
    terms: [
      "minor",
      "minors",
      "children",
      "child",
      "teen",
      "teens",
      "teenager*",
      "under the age of",
      "age of majority",
      "under 13",
      "under 16",
      "under 18",
      "young people",
      "parental"
    ]
  },
  sharing: {
    terms: [
      "share* * with",
      "share* with",
      "share* * * with",
      "share* * * * with",
      "disclose* * to",
      "disclose* to",
      "disclose* * * to",
      "sell* your",
      "sale of your",
      "make* * available to",
      "provide* * to third parties",
      "transfer* * to third parties"
    ]
  },
  sharingExcept: {
    terms: [
      "with us",
      "to us",
      "with you",
      "to you",
      "with your friends",
      "with your * friends",
      "with your family",
      "with your family and friends",
      "with your contacts",
      "with your followers",
      "with your connections",
      "with the public"
    ]
  },
  transfer: {
    terms: [
      "transfer*",
      "third countr*",
      "outside the EEA",
      "outside of the EEA",
      "outside the European",
      "standard contractual clauses",
      "adequacy decision*",
      "Data Privacy Framework",
      "countries outside"
    ]
  },
  retention: {
    terms: [
      "retain*",
      "retention",
      "keep your",
      "store your information for",
      "stored for",
      "delete* your",
      "deletion",
      "for as long as"
    ]
  },
  objection: {
    terms: [
      "right to object",
      "object to",
      "objection*",
      "opt out",
      "opt-out",
      "opt outs",
      "withdraw your consent",
      "restriction of"
    ],
    exact: ["[object]"]
  },
  automated: {
    terms: [
      "automated decision*",
      "automated individual decision*",
      "solely on automated",
      "profiling",
      "legal or similarly significant effect*",
      "similarly significant"
    ]
  },
  condition: { terms: ["if", "when", "where", "in case", "unless"] },
  dateLine: {
    terms: [
      "effective",
      "effective date",
      "last updated",
      "last modified",
      "last revised",
      "updated on",
      "date of last revision",
      "in effect",
      "updated",
      "last update",
      "revised",
      "version date",
      "date of issue"
    ]
  },
  months: [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec"
  ],
  abbreviations: [
    "e.g.",
    "i.e.",
    "etc.",
    "inc.",
    "ltd.",
    "no.",
    "vs.",
    "u.s.",
    "mr.",
    "ms.",
    "dr.",
    "st.",
    "co.",
    "cf."
  ]
};

// src/analysis/lexicon/fr.ts
var fr = {
  language: "fr",
  stopwords: [
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "et",
    "en",
    "un",
    "une",
    "vous",
    "vos",
    "votre",
    "nous",
    "nos",
    "notre",
    "est",
    "sont",
    "pour",
    "par",
    "sur",
    "dans",
    "que",
    "qui",
    "ou",
    "au",
    "aux",
    "avec",
    "ce",
    "ces",
    "pas"
  ],
  basis: {
    consent: { terms: ["consentement*", "consentez", "consenti"] },
    contract: {
      terms: [
        "ex\xE9cution d'un contrat",
        "ex\xE9cution du contrat",
        "ex\xE9cution de nos contrats",
        "ex\xE9cution de notre contrat",
        "ex\xE9cuter nos contrats",
        "ex\xE9cuter notre contrat",
        "conclure et ex\xE9cuter",
        "n\xE9cessit\xE9 contractuelle",
        "n\xE9cessaire \xE0 l'ex\xE9cution"
      ]
    },
    "legal-obligation": { terms: ["obligation* l\xE9gale*", "obligation* juridique*", "obligation* l\xE9gales"] },
    "vital-interests": { terms: ["int\xE9r\xEAts vitaux", "int\xE9r\xEAt vital"] },
    "public-task": { terms: ["mission d'int\xE9r\xEAt public", "int\xE9r\xEAt public", "mission d'int\xE9r\xEAt g\xE9n\xE9ral"] },
    "legitimate-interests": { terms: ["int\xE9r\xEAt* l\xE9gitime*"] }
  },
  basisStatement: {
    terms: [
      "sur la base",
      "sur le fondement",
      "fondement juridique",
      "fondements juridiques",
      "base juridique",
      "bases juridiques",
      "base l\xE9gale",
      "en vertu de",
      "nous appuyons sur",
      "nous nous appuyons",
      "s'appuie sur",
      "reposant sur",
      "repose sur",
      "fond\xE9* sur",
      "fonde sur",
      "fondons sur",
      "fondent sur",
      "nous fondons",
      "n\xE9cessaire*",
      "nous traitons"
    ]
  },
  ai: {
    terms: [
      "intelligence artificielle",
      "apprentissage automatique",
      "apprentissage machine",
      "g\xE9n\xE9ratif*",
      "g\xE9n\xE9rative*",
      "mod\xE8le* de langage",
      "mod\xE8le* d'IA",
      "mod\xE8le* IA",
      "r\xE9seau* de neurones",
      "mod\xE8le* de fondation",
      "grands mod\xE8les"
    ],
    exact: ["IA", "AI", "LLM", "LLMs"]
  },
  train: {
    terms: [
      "entra\xEEner",
      "entra\xEEne",
      "entra\xEEnent",
      "entra\xEEn\xE9*",
      "entra\xEEnement",
      "entrainer",
      "entrainement",
      "former nos mod\xE8les",
      "affiner",
      "affinage",
      "entra\xEEnons",
      "donn\xE9es d'entra\xEEnement",
      "former",
      "formons",
      "formant",
      "form\xE9*"
    ]
  },
  developObject: "after",
  instrumental: ["avec", "gr\xE2ce", "via", "moyen", "utilisant"],
  develop: {
    terms: ["d\xE9velopper", "d\xE9veloppons", "d\xE9veloppement", "am\xE9liorer", "am\xE9liorons", "am\xE9lioration", "perfectionner"]
  },
  userData: {
    terms: [
      "vos informations",
      "vos donn\xE9es",
      "donn\xE9es personnelles",
      "donn\xE9es \xE0 caract\xE8re personnel",
      "informations personnelles",
      "contenu public",
      "contenus publics",
      "informations publiques",
      "publications",
      "commentaires",
      "photos",
      "messages",
      "interactions",
      "contenu que vous",
      "contenus que vous",
      "informations que vous",
      "requ\xEAtes",
      "vos contenus",
      "votre contenu",
      "vos activit\xE9s"
    ]
  },
  model: { terms: ["mod\xE8le", "mod\xE8les", "algorithme*"] },
  trainedPeople: { terms: ["personnel", "employ\xE9s", "salari\xE9s", "\xE9quipes", "mod\xE9rateurs", "collaborateurs"] },
  negation: { terms: ["ne", "n'", "pas", "jamais", "aucun", "aucune", "ni", "sans"] },
  aiData: {
    "public-content": {
      terms: ["contenu* public*", "publications publiques", "informations publiques", "profil* public*"]
    },
    "user-content": {
      terms: [
        "publications",
        "commentaires",
        "photos",
        "vid\xE9os",
        "images",
        "contenu que vous",
        "contenus que vous",
        "vos contenus",
        "votre contenu",
        "messages",
        "audio"
      ]
    },
    "ai-interactions": { terms: ["interactions avec", "requ\xEAtes", "prompts", "conversations avec", "saisies"] },
    "collected-information": {
      terms: [
        "vos informations",
        "vos donn\xE9es",
        "donn\xE9es personnelles",
        "donn\xE9es \xE0 caract\xE8re personnel",
        "informations personnelles",
        "informations que nous",
        "donn\xE9es que nous",
        "informations collect\xE9es",
        "donn\xE9es collect\xE9es",
        "vos activit\xE9s",
        "informations vous concernant",
        "informations",
        "donn\xE9es"
      ]
    },
    "publicly-available": {
      terms: [
        "disponibles publiquement",
        "publiquement disponibles",
        "accessibles au public",
        "sources publiques",
        "en ligne"
      ]
    },
    "licensed-or-partner": { terms: ["sous licence", "licence*", "de partenaires", "donn\xE9es de tiers"] }
  },
  introduction: { terms: ["ci-dessous", "ci-apr\xE8s", "suivant*", "comme suit", "\xE9num\xE9r\xE9s ci-dessous"] },
  sensitive: {
    terms: [
      "cat\xE9gorie* particuli\xE8re*",
      "protection* particuli\xE8re*",
      "protections sp\xE9ciales",
      "donn\xE9es sensibles",
      "origine raciale",
      "origine ethnique",
      "opinions politiques",
      "religieus*",
      "philosophiques",
      "syndicale",
      "g\xE9n\xE9tique*",
      "biom\xE9trique*",
      "sant\xE9",
      "vie sexuelle",
      "orientation sexuelle",
      "reconnaissance faciale"
    ]
  },
  minors: {
    terms: [
      "mineur*",
      "enfant*",
      "adolescent*",
      "moins de 13",
      "moins de 16",
      "moins de 18",
      "\xE2ge de la majorit\xE9",
      "parental*",
      "jeunes"
    ]
  },
  sharing: {
    terms: [
      "partag* * avec",
      "partag* avec",
      "partageons",
      "communiqu* \xE0",
      "communiquons",
      "divulgu*",
      "transmet* \xE0",
      "transmettons",
      "vendons",
      "vendre vos"
    ]
  },
  sharingExcept: {
    terms: [
      "avec nous",
      "avec vous",
      "vous nous communiqu*",
      "communiquons avec",
      "avec vos amis",
      "avec vos contacts",
      "avec vos abonn\xE9s",
      "avec le public"
    ]
  },
  transfer: {
    terms: [
      "transfert*",
      "transf\xE9rer",
      "transf\xE9rons",
      "transf\xE9r\xE9es",
      "pays tiers",
      "en dehors de l'EEE",
      "hors de l'EEE",
      "hors de l'Union",
      "clauses contractuelles types",
      "d\xE9cision* d'ad\xE9quation",
      "cadre de protection des donn\xE9es"
    ]
  },
  retention: {
    terms: [
      "conserv* vos",
      "conservons",
      "conserv\xE9es",
      "dur\xE9e de conservation",
      "p\xE9riode de conservation",
      "supprim* vos",
      "suppression de vos",
      "aussi longtemps que"
    ]
  },
  objection: {
    terms: [
      "droit d'opposition",
      "vous opposer",
      "s'opposer",
      "opposition",
      "opposez",
      "retirer votre consentement",
      "limitation du traitement",
      "d\xE9sactiver",
      "d\xE9sinscri*"
    ]
  },
  automated: {
    terms: [
      "d\xE9cision* automatis\xE9e*",
      "d\xE9cision* individuelle* automatis\xE9e*",
      "profilage",
      "effets juridiques",
      "de mani\xE8re significative"
    ]
  },
  condition: { terms: ["si", "s'il", "s'ils", "lorsque", "lorsqu'", "quand", "dans le cas o\xF9"] },
  dateLine: {
    terms: [
      "date d'entr\xE9e en vigueur",
      "date d'effet",
      "date effective",
      "entre* en vigueur",
      "en vigueur",
      "derni\xE8re mise \xE0 jour",
      "mis* \xE0 jour le",
      "derni\xE8re modification",
      "mise \xE0 jour",
      "mis* \xE0 jour",
      "r\xE9vision",
      "derni\xE8re r\xE9vision",
      "modifi\xE9* le",
      "version du",
      "en vigueur depuis",
      "\xE0 compter du"
    ]
  },
  months: [
    "janvier",
    "f\xE9vrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "ao\xFBt",
    "septembre",
    "octobre",
    "novembre",
    "d\xE9cembre",
    "janv",
    "f\xE9vr",
    "avr",
    "juil",
    "sept",
    "oct",
    "nov",
    "d\xE9c"
  ],
  abbreviations: ["p. ex.", "p.ex.", "ex.", "etc.", "cf.", "n\xB0", "art.", "c.-\xE0-d.", "M.", "Mme."]
};

// src/analysis/lexicon/index.ts
var LEXICON_DATA = { en, de, fr };
var WORD_CHAR = "[\\p{L}\\p{N}]";
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
__name(escapeRegex, "escapeRegex");
function termToPattern(term) {
  return term.trim().split(/\s+/).map((word) => {
    if (word === "*") return `${WORD_CHAR}+(?:[-'\u2019]${WORD_CHAR}+)*`;
    const stem = word.endsWith("*") && word.length > 1;
    const body = escapeRegex(stem ? word.slice(0, -1) : word).replace(/['’]/g, "['\u2019]");
    return stem ? `${body}${WORD_CHAR}*` : body;
  }).join("\\s+");
}
__name(termToPattern, "termToPattern");
function compileTerms(terms, flags) {
  if (terms.length === 0) return null;
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(`(?:${sorted.map(termToPattern).join("|")})(?!${WORD_CHAR})`, `${flags}g`);
}
__name(compileTerms, "compileTerms");
var ENDS_WITH_WORD_CHAR = new RegExp(`${WORD_CHAR}$`, "u");
function nextMatch(pattern, text, from) {
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index === 0 || !ENDS_WITH_WORD_CHAR.test(text.slice(Math.max(0, match.index - 2), match.index))) {
      return match;
    }
    pattern.lastIndex = match.index + 1;
  }
  return null;
}
__name(nextMatch, "nextMatch");
function anchorOf(term, commonWords = NO_WORDS) {
  const runs = term.replace(/\*/g, " ").match(/[\p{L}\p{N}]+/gu) ?? [""];
  const telling = runs.filter((run) => !commonWords.has(run.toLowerCase()));
  const candidates = telling.length > 0 ? telling : runs;
  return candidates.reduce((longest, run) => run.length > longest.length ? run : longest, "");
}
__name(anchorOf, "anchorOf");
var NO_WORDS = /* @__PURE__ */ new Set();
var lastText = "";
var lastLower = "";
function lowerCase(text) {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}
__name(lowerCase, "lowerCase");
function literalAlternation(words2) {
  return words2.length > 0 ? new RegExp([...new Set(words2)].map(escapeRegex).join("|")) : null;
}
__name(literalAlternation, "literalAlternation");
var AnyMatcherPretest = class {
  static {
    __name(this, "AnyMatcherPretest");
  }
  anchors;
  exactAnchors;
  constructor(matchers) {
    this.anchors = literalAlternation(matchers.flatMap((matcher) => matcher.anchorWords.lower));
    this.exactAnchors = literalAlternation(matchers.flatMap((matcher) => matcher.anchorWords.exact));
  }
  mayMatch(text) {
    if (this.exactAnchors?.test(text)) return true;
    return this.anchors?.test(lowerCase(text)) ?? false;
  }
};
var Matcher = class {
  static {
    __name(this, "Matcher");
  }
  /** Global regexes (see compileTerms); only used through nextMatch. */
  patterns;
  /** Literal alternations (no Unicode classes, no look-behind): fast to reject text that cannot match. */
  anchors;
  exactAnchors;
  /** The literal anchors (lower case) and the exact ones (as written), to combine several matchers' pre-tests. */
  anchorWords;
  /** `commonWords` (lower case): words too frequent in policies to be a useful anchor. */
  constructor(list, commonWords = NO_WORDS) {
    this.anchorWords = {
      lower: list.terms.map((term) => anchorOf(term, commonWords).toLowerCase()),
      exact: (list.exact ?? []).map((term) => anchorOf(term))
    };
    this.anchors = literalAlternation(this.anchorWords.lower);
    this.exactAnchors = literalAlternation(this.anchorWords.exact);
    this.patterns = [compileTerms(list.terms, "iu"), compileTerms(list.exact ?? [], "u")].filter(
      (pattern) => pattern !== null
    );
  }
  /** Cheap pre-test: could the text contain a match at all? */
  mayMatch(text) {
    if (this.exactAnchors?.test(text)) return true;
    return this.anchors?.test(lowerCase(text)) ?? false;
  }
  test(text) {
    return this.mayMatch(text) && this.patterns.some((pattern) => nextMatch(pattern, text, 0) !== null);
  }
  /** Position of the first match, or -1. */
  firstIndex(text) {
    if (!this.mayMatch(text)) return -1;
    let first = -1;
    for (const pattern of this.patterns) {
      const match = nextMatch(pattern, text, 0);
      if (match && (first < 0 || match.index < first)) first = match.index;
    }
    return first;
  }
  /** Every match with its position, in text order. */
  find(text) {
    const found = [];
    if (!this.mayMatch(text)) return found;
    for (const pattern of this.patterns) {
      for (let match = nextMatch(pattern, text, 0); match !== null; match = nextMatch(pattern, text, pattern.lastIndex)) {
        found.push({ index: match.index, text: match[0] });
      }
    }
    return found.sort((a, b) => a.index - b.index);
  }
};
function compileLexicon(data) {
  const commonWords = /* @__PURE__ */ new Set([
    ...data.stopwords.map((word) => word.toLowerCase()),
    ...data.userData.terms.flatMap((term) => term.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  ]);
  const matcher = /* @__PURE__ */ __name((list) => new Matcher(list, commonWords), "matcher");
  return {
    language: data.language,
    data,
    stopwords: new Set(data.stopwords),
    basis: LEGAL_BASES.map((basis) => ({ basis, matcher: matcher(data.basis[basis]) })),
    anyBasis: matcher({
      terms: LEGAL_BASES.flatMap((basis) => data.basis[basis].terms),
      exact: LEGAL_BASES.flatMap((basis) => data.basis[basis].exact ?? [])
    }),
    basisStatement: matcher(data.basisStatement),
    ai: matcher(data.ai),
    train: matcher(data.train),
    develop: matcher(data.develop),
    developObject: data.developObject,
    instrumental: new Set(data.instrumental),
    userData: matcher(data.userData),
    model: matcher(data.model),
    negation: matcher(data.negation),
    trainedPeople: matcher(data.trainedPeople),
    aiData: AI_DATA_KINDS.map((kind) => ({ kind, matcher: matcher(data.aiData[kind]) })),
    anyAiData: matcher({
      terms: AI_DATA_KINDS.flatMap((kind) => data.aiData[kind].terms),
      exact: AI_DATA_KINDS.flatMap((kind) => data.aiData[kind].exact ?? [])
    }),
    introduction: matcher(data.introduction),
    sensitive: matcher(data.sensitive),
    minors: matcher(data.minors),
    sharing: matcher(data.sharing),
    sharingExcept: matcher(data.sharingExcept),
    transfer: matcher(data.transfer),
    retention: matcher(data.retention),
    objection: matcher(data.objection),
    automated: matcher(data.automated),
    condition: matcher(data.condition),
    dateLine: matcher(data.dateLine),
    months: new Set(data.months),
    abbreviations: data.abbreviations.map((abbreviation) => abbreviation.toLowerCase())
  };
}
__name(compileLexicon, "compileLexicon");
var compiled = /* @__PURE__ */ new Map();
function getLexicon(language) {
  let lexicon = compiled.get(language);
  if (!lexicon) {
    lexicon = compileLexicon(LEXICON_DATA[language]);
    compiled.set(language, lexicon);
  }
  return lexicon;
}
__name(getLexicon, "getLexicon");
var ARTICLE_LETTER_BASES = {
  a: "consent",
  b: "contract",
  c: "legal-obligation",
  d: "vital-interests",
  e: "public-task",
  f: "legitimate-interests"
};
var ARTICLE_SIX = /\b(?:Art(?:icle|ikel|\.)?|Artt?\.)\s*6\s*(?:\(\s*1\s*\)|[.,]?\s*(?:Abs(?:atz|\.)?|para(?:graph(?:e)?|\.)?|paragraphe|al(?:inéa|\.)?|§)\s*1|\.\s*1|\s1)\s*(?:,?\s*(?:S(?:atz|\.)|UAbs\.|Unterabs(?:atz|\.))\s*1)?\s*[,.]?\s*(?:(?:lit(?:t|era)?\.?|Buchst(?:abe|\.)?|point|sub)\s*)?\(?\s*([a-f])\s*\)?(?![\p{L}\p{N}])/giu;
var ARTICLE_MORE_LETTERS = /^\s*(?:,|and|or|und|oder|bzw\.|et|ou|\/|&)\s*(?:(?:lit(?:t|era)?\.?|Buchst\.?|point)\s*)?\(?\s*([a-f])\s*\)(?![\p{L}\p{N}])/iu;
var ARTICLE_MORE_BARE_LETTERS = /^\s*(?:,|und|oder|bzw\.|et|ou|and|or)\s*([a-f])(?![\p{L}\p{N}])/iu;
var LETTER_KEYWORD = /lit|Buchst|point/i;
function articleBases(text) {
  if (!/art/i.test(text) || !text.includes("6")) return [];
  const hits = [];
  ARTICLE_SIX.lastIndex = 0;
  for (let match = ARTICLE_SIX.exec(text); match !== null; match = ARTICLE_SIX.exec(text)) {
    const first = ARTICLE_LETTER_BASES[(match[1] ?? "").toLowerCase()];
    if (first) hits.push({ basis: first, index: match.index });
    let rest = text.slice(match.index + match[0].length);
    let offset = match.index + match[0].length;
    const nextLetter = LETTER_KEYWORD.test(match[0]) ? (input) => ARTICLE_MORE_LETTERS.exec(input) ?? ARTICLE_MORE_BARE_LETTERS.exec(input) : (input) => ARTICLE_MORE_LETTERS.exec(input);
    for (let more = nextLetter(rest); more !== null; more = nextLetter(rest)) {
      const basis = ARTICLE_LETTER_BASES[(more[1] ?? "").toLowerCase()];
      if (basis) hits.push({ basis, index: offset });
      offset += more[0].length;
      rest = rest.slice(more[0].length);
    }
  }
  return hits;
}
__name(articleBases, "articleBases");
function basesMentioned(lexicon, text) {
  const hits = articleBases(text);
  if (lexicon.anyBasis.test(text)) {
    for (const { basis, matcher } of lexicon.basis) {
      const index = matcher.firstIndex(text);
      if (index >= 0) hits.push({ basis, index });
    }
  }
  if (hits.length === 0) return [];
  const ordered = hits.sort((a, b) => a.index - b.index).map((hit) => hit.basis);
  return [...new Set(ordered)];
}
__name(basesMentioned, "basesMentioned");
function statesBasis(lexicon, text) {
  return lexicon.basisStatement.test(text) || articleBases(text).length > 0;
}
__name(statesBasis, "statesBasis");

// src/analysis/segment.ts
var NOT_A_WORD = /<br>|[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u2190-\u2bff\u3000-\u303f]+/g;
var comparisonKey = memoize(
  (text) => text.toLowerCase().replace(NOT_A_WORD, " ").trim()
);
var MAX_INTRO_DISTANCE = 3;
function headingText(cell) {
  return cell.replace(/^#+\s*/, "").trim();
}
__name(headingText, "headingText");
var singleBasisMemos = /* @__PURE__ */ new Map();
function singleBasis(lexicon, text) {
  let memo = singleBasisMemos.get(lexicon.language);
  if (!memo) {
    memo = memoize((input) => {
      const bases = basesMentioned(lexicon, input);
      return bases.length === 1 ? bases[0] ?? null : null;
    });
    singleBasisMemos.set(lexicon.language, memo);
  }
  return memo(text);
}
__name(singleBasis, "singleBasis");
function segment(normalized, lexicon) {
  const blocks = [];
  const headings = [];
  let headingBasis = null;
  let intro = null;
  let context = null;
  let inTable = false;
  const lines = normalized.split("\n");
  for (const line of lines) {
    if (line === "") continue;
    const index = blocks.length;
    if (line.startsWith("| ")) {
      if (!inTable) {
        inTable = true;
        context = intro && index - intro.index <= MAX_INTRO_DISTANCE ? intro.basis : headingBasis;
      }
      const cells = line.replace(/^\|\s?/, "").replace(/\s?\|$/, "").split(/\s?\|\s?/).map((cell) => cell.trim());
      const filled = cells.filter((cell) => cell !== "");
      const soleCell = cells.length > 1 && filled.length === 1 ? filled[0] : null;
      const isSubheading = soleCell !== null && (cells[0] === soleCell || headingText(soleCell).split(/\s+/).length <= 6);
      const first = soleCell ?? cells[0] ?? "";
      const isHeader = !isSubheading && cells.every((cell) => cell.startsWith("#") || cell === "");
      if (isSubheading) {
        while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= 7) headings.pop();
        const text2 = headingText(first);
        const basis = text2.split(/\s+/).length <= 6 ? singleBasis(lexicon, text2) : null;
        headings.push({ level: 7, text: text2, basis });
        if (basis) context = basis;
      } else if (isHeader) {
        const basis = cells.map((cell) => singleBasis(lexicon, headingText(cell))).find((found) => found) ?? null;
        if (basis) context = basis;
      }
      blocks.push({
        index,
        type: "row",
        level: isSubheading ? 7 : 0,
        text: line,
        key: comparisonKey(line),
        section: headings.map((heading2) => heading2.text),
        basis: context,
        cells,
        rowRole: isSubheading ? "subheading" : isHeader ? "header" : "data"
      });
      continue;
    }
    if (inTable) {
      inTable = false;
      context = null;
      while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= 7) headings.pop();
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      const text2 = heading[2] ?? "";
      while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= level) headings.pop();
      const basis = singleBasis(lexicon, text2);
      headings.push({ level, text: text2, basis });
      headingBasis = [...headings].reverse().find((entry) => entry.basis)?.basis ?? null;
      intro = null;
      blocks.push({
        index,
        type: "heading",
        level,
        text: text2,
        key: comparisonKey(text2),
        section: headings.map((h) => h.text),
        basis
      });
      continue;
    }
    const isItem = line.startsWith("- ");
    const text = isItem ? line.slice(2) : line;
    if (!isItem) {
      const basis = singleBasis(lexicon, text);
      if (basis) intro = { basis, index };
    }
    blocks.push({
      index,
      type: isItem ? "item" : "paragraph",
      level: 0,
      text,
      key: comparisonKey(text),
      section: headings.map((h) => h.text),
      basis: null
    });
  }
  return blocks;
}
__name(segment, "segment");
function sectionPath(block) {
  return block.section.join(" > ");
}
__name(sectionPath, "sectionPath");
function rowPurpose(block, lexicon) {
  const first = block.cells?.find((cell) => /[\p{L}]/u.test(cell));
  if (!first) return null;
  const parts = first.split(/\s?<br>\s?/).map((part) => part.replace(/^#+\s*/, "").trim()).filter((part) => /[\p{L}]/u.test(part));
  while (parts.length > 1 && lexicon && isLeadingCondition(parts[0] ?? "", lexicon)) parts.shift();
  const text = parts[0] ?? "";
  const clause = text.split(/:(?:\s|$)/)[0] ?? text;
  const sentence = clause.split(/(?<=[.!?])\s+(?=[\p{Lu}])/u)[0] ?? clause;
  return sentence.trim() || null;
}
__name(rowPurpose, "rowPurpose");
function isLeadingCondition(part, lexicon) {
  return part.endsWith(":") && lexicon.condition.firstIndex(part) === 0;
}
__name(isLeadingCondition, "isLeadingCondition");

// src/analysis/sentences.ts
var BOUNDARY = /[.!?]["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}])/gu;
function splitSentences(text, lexicon) {
  const sentences = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = (match.index ?? 0) + match[0].length;
    const before = text.slice(Math.max(start, (match.index ?? 0) - 12), (match.index ?? 0) + 1).toLowerCase();
    const lastWord = /(?:^|\s)(\S+)$/.exec(before)?.[1] ?? "";
    if (/^\p{L}\.$/u.test(lastWord) || lexicon.abbreviations.some((abbreviation) => before.endsWith(abbreviation))) {
      continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push(last);
  return sentences;
}
__name(splitSentences, "splitSentences");
function cellSentences(cell, lexicon) {
  const sentences = [];
  for (const part of cell.split(" <br> ")) {
    const clean2 = part.replace(/^(#+|[*-])\s*/, "").trim();
    if (clean2) sentences.push(...splitSentences(clean2, lexicon));
  }
  return sentences;
}
__name(cellSentences, "cellSentences");
function blockSentences(block, lexicon) {
  if (block.type !== "row") return splitSentences(block.text, lexicon);
  return (block.cells ?? []).flatMap((cell) => cellSentences(cell, lexicon));
}
__name(blockSentences, "blockSentences");

// src/analysis/word-diff.ts
var TOKEN = /(\s*)([\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|\S)/gu;
function tokenize(text) {
  const tokens = [];
  let depth = 0;
  for (const match of text.matchAll(TOKEN)) {
    const body = match[2] ?? "";
    if (body === "[") depth++;
    const token = { text: match[0], norm: body.toLowerCase(), inLink: depth > 0, word: /[\p{L}\p{N}]/u.test(body) };
    if (body === "]") depth = Math.max(0, depth - 1);
    tokens.push(token);
  }
  return tokens;
}
__name(tokenize, "tokenize");
function myers(a, b, maxEdits) {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0)) x = v[offset + k + 1] ?? 0;
      else x = (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        trace[d] = v.slice(offset - d - 1, offset + d + 2);
        return backtrack(trace, d, n, m);
      }
    }
    v = next;
  }
  return null;
}
__name(myers, "myers");
function backtrack(trace, depth, n, m) {
  const script = [];
  let x = n;
  let y = m;
  for (let d = depth; d > 0; d--) {
    const v = trace[d];
    const at = /* @__PURE__ */ __name((k2) => v[k2 + d + 1] ?? 0, "at");
    const k = x - y;
    const prevK = k === -d || k !== d && at(k - 1) < at(k + 1) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      script.push(["=", x]);
    }
    if (x === prevX) {
      y--;
      script.push(["+", y]);
    } else {
      x--;
      script.push(["-", x]);
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    script.push(["=", x]);
  }
  return script.reverse();
}
__name(backtrack, "backtrack");
function diffTokens(before, after, maxEdits = 400) {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix]?.norm === after[prefix]?.norm) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix]?.norm === after[after.length - 1 - suffix]?.norm) {
    suffix++;
  }
  const midBefore = before.slice(prefix, before.length - suffix);
  const midAfter = after.slice(prefix, after.length - suffix);
  const ids = /* @__PURE__ */ new Map();
  const intern = /* @__PURE__ */ __name((token) => {
    let id = ids.get(token.norm);
    if (id === void 0) {
      id = ids.size;
      ids.set(token.norm, id);
    }
    return id;
  }, "intern");
  const a = Int32Array.from(midBefore, intern);
  const b = Int32Array.from(midAfter, intern);
  const script = myers(a, b, maxEdits);
  if (!script) return null;
  const ops = [];
  const push2 = /* @__PURE__ */ __name((op, token) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.tokens.push(token);
    else ops.push({ op, tokens: [token] });
  }, "push");
  for (const token of after.slice(0, prefix)) push2("equal", token);
  for (const [op, index] of script) {
    if (op === "=") push2("equal", midBefore[index]);
    else if (op === "-") push2("remove", midBefore[index]);
    else push2("add", midAfter[index]);
  }
  for (const token of after.slice(after.length - suffix)) push2("equal", token);
  return ops;
}
__name(diffTokens, "diffTokens");
function toWordRuns(ops) {
  return ops.map((op) => ({ op: op.op, text: op.tokens.map((token) => token.text).join("") }));
}
__name(toWordRuns, "toWordRuns");

// src/analysis/changes.ts
var MAX_SENTENCE_COMPARISONS = 2500;
var MIN_SENTENCE_SIMILARITY = 0.3;
function words(text) {
  return new Set(comparisonKey(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}
__name(words, "words");
function modifiedSentence(before, after, afterBlock, lexicon) {
  const ops = diffTokens(tokenize(before), tokenize(after), 200);
  if (!ops) return { change: "modified", before, after, addedText: after, removedText: before };
  if (isNoiseEdit(ops, afterBlock, lexicon)) return null;
  const pick = /* @__PURE__ */ __name((op) => ops.filter((entry) => entry.op === op).map((entry) => entry.tokens.map((token) => token.text).join("")).join(" \u2026 "), "pick");
  return { change: "modified", before, after, addedText: pick("add"), removedText: pick("remove") };
}
__name(modifiedSentence, "modifiedSentence");
function sentenceChanges(pair, lexicon) {
  if (pair.kind === "added" && pair.after) {
    return blockSentences(pair.after, lexicon).map((after) => ({
      change: "added",
      before: null,
      after,
      addedText: after,
      removedText: ""
    }));
  }
  if (pair.kind === "removed" && pair.before) {
    return blockSentences(pair.before, lexicon).map((before) => ({
      change: "removed",
      before,
      after: null,
      addedText: "",
      removedText: before
    }));
  }
  if (!pair.before || !pair.after) return [];
  return alignSentences(blockSentences(pair.before, lexicon), blockSentences(pair.after, lexicon), pair.after, lexicon);
}
__name(sentenceChanges, "sentenceChanges");
function alignSentences(oldSentences, newSentences, afterBlock, lexicon) {
  const oldKeys = /* @__PURE__ */ new Map();
  oldSentences.forEach((sentence, index) => {
    const key = comparisonKey(sentence);
    const list = oldKeys.get(key);
    if (list) list.push(index);
    else oldKeys.set(key, [index]);
  });
  const oldUsed = new Uint8Array(oldSentences.length);
  const newLeft = [];
  newSentences.forEach((sentence, index) => {
    const list = oldKeys.get(comparisonKey(sentence));
    const match = list?.find((candidate) => !oldUsed[candidate]);
    if (match === void 0) newLeft.push(index);
    else oldUsed[match] = 1;
  });
  const oldLeft = oldSentences.map((_, index) => index).filter((index) => !oldUsed[index]);
  const pairedOldOf = /* @__PURE__ */ new Map();
  if (oldLeft.length * newLeft.length <= MAX_SENTENCE_COMPARISONS) {
    const candidates = [];
    const oldSets = new Map(oldLeft.map((index) => [index, words(oldSentences[index] ?? "")]));
    for (const b of newLeft) {
      const set = words(newSentences[b] ?? "");
      for (const a of oldLeft) {
        const score = jaccard(oldSets.get(a) ?? /* @__PURE__ */ new Set(), set);
        if (score >= MIN_SENTENCE_SIMILARITY) candidates.push({ score, a, b });
      }
    }
    candidates.sort((x, y) => y.score - x.score);
    const takenOld = /* @__PURE__ */ new Set();
    for (const { a, b } of candidates) {
      if (takenOld.has(a) || pairedOldOf.has(b)) continue;
      takenOld.add(a);
      pairedOldOf.set(b, a);
    }
  }
  const result = [];
  const pairedOld = new Set(pairedOldOf.values());
  for (const a of oldLeft) {
    if (pairedOld.has(a)) continue;
    const before = oldSentences[a] ?? "";
    result.push({ change: "removed", before, after: null, addedText: "", removedText: before });
  }
  for (const b of newLeft) {
    const after = newSentences[b] ?? "";
    const a = pairedOldOf.get(b);
    if (a === void 0) {
      result.push({ change: "added", before: null, after, addedText: after, removedText: "" });
      continue;
    }
    const modified = modifiedSentence(oldSentences[a] ?? "", after, afterBlock, lexicon);
    if (modified) result.push(modified);
  }
  return result;
}
__name(alignSentences, "alignSentences");

// src/analysis/similarity.ts
function wordSet(text) {
  return new Set(
    comparisonKey(text).split(" ").filter((word) => word.length > 2).map((word) => word.slice(0, 5))
  );
}
__name(wordSet, "wordSet");
function overlap(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return 2 * shared / (a.size + b.size);
}
__name(overlap, "overlap");
var SAME_SENTENCE = 0.8;
var MAX_POSTING = 200;
var SentenceIndex = class {
  /** `sentences` is read on the first question only: most reports never ask. */
  constructor(sentences) {
    this.sentences = sentences;
  }
  sentences;
  static {
    __name(this, "SentenceIndex");
  }
  sets = [];
  postings = /* @__PURE__ */ new Map();
  built = false;
  build() {
    this.built = true;
    for (const sentence of this.sentences()) {
      const set = wordSet(sentence);
      const id = this.sets.push(set) - 1;
      for (const stem of set) {
        const list = this.postings.get(stem);
        if (list) list.push(id);
        else this.postings.set(stem, [id]);
      }
    }
  }
  has(sentence) {
    if (!this.built) this.build();
    const set = wordSet(sentence);
    if (set.size === 0) return false;
    const rare = [...set].map((stem) => this.postings.get(stem) ?? []).filter((list) => list.length <= MAX_POSTING).sort((a, b) => a.length - b.length).slice(0, 3);
    const seen = /* @__PURE__ */ new Set();
    for (const list of rare) {
      for (const id of list) {
        if (seen.has(id)) continue;
        seen.add(id);
        if (overlap(set, this.sets[id]) >= SAME_SENTENCE) return true;
      }
    }
    return false;
  }
};

// src/analysis/report.ts
var MAX_FLAGS = 40;
var MAX_FLAGS_PER_SECONDARY_KIND = 5;
var SEVERITY_RANK = { high: 0, medium: 1, low: 2 };
var CHANGE_RANK = { added: 0, modified: 1, removed: 2 };
function withoutMovedSentences(candidates) {
  const keyOf = /* @__PURE__ */ __name((candidate, sentence) => `${candidate.kind}|${candidate.basis ?? ""}|${sentence ?? ""}`, "keyOf");
  const removed = new Set(
    candidates.filter((candidate) => candidate.change === "removed").map((c) => keyOf(c, c.before))
  );
  const added = new Set(candidates.filter((candidate) => candidate.change === "added").map((c) => keyOf(c, c.after)));
  return candidates.filter((candidate) => {
    if (candidate.change === "added") return !removed.has(keyOf(candidate, candidate.after));
    if (candidate.change === "removed") return !added.has(keyOf(candidate, candidate.before));
    return true;
  });
}
__name(withoutMovedSentences, "withoutMovedSentences");
function mergeKey(candidate) {
  const primary = candidate.kind === "legal-basis" || candidate.kind === "ai-training";
  const about = primary && candidate.purpose && candidate.change !== "modified" ? `purpose:${[...wordSet(candidate.purpose)].join(" ")}|${candidate.change}` : candidate.after ?? candidate.before ?? "";
  return `${candidate.kind}|${candidate.basis ?? ""}|${about}`;
}
__name(mergeKey, "mergeKey");
function finalizeFlags(candidates, aboutAi = () => false) {
  const seen = /* @__PURE__ */ new Map();
  for (const candidate of withoutMovedSentences(candidates)) {
    const key = mergeKey(candidate);
    const existing = seen.get(key);
    if (!existing || SEVERITY_RANK[candidate.severity] < SEVERITY_RANK[existing.severity]) seen.set(key, candidate);
  }
  const aiMemo = /* @__PURE__ */ new Map();
  const isAboutAi = /* @__PURE__ */ __name((candidate) => {
    let known = aiMemo.get(candidate);
    if (known === void 0) {
      known = candidate.kind === "ai-training" || aboutAi(candidate.after ?? candidate.before ?? "");
      aiMemo.set(candidate, known);
    }
    return known;
  }, "isAboutAi");
  const ordered = [...seen.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Number(a.change === "removed") - Number(b.change === "removed") || Number(isAboutAi(b)) - Number(isAboutAi(a)) || FLAG_KINDS.indexOf(a.kind) - FLAG_KINDS.indexOf(b.kind) || CHANGE_RANK[a.change] - CHANGE_RANK[b.change] || a.position - b.position
  );
  const perKind = /* @__PURE__ */ new Map();
  const flags = [];
  for (const candidate of ordered) {
    const count = perKind.get(candidate.kind) ?? 0;
    const primary = candidate.kind === "legal-basis" || candidate.kind === "ai-training";
    if (!primary && count >= MAX_FLAGS_PER_SECONDARY_KIND) continue;
    if (flags.length >= MAX_FLAGS) break;
    perKind.set(candidate.kind, count + 1);
    const { position: _position, ...flag } = candidate;
    flags.push(cleanFlag(flag));
  }
  return flags;
}
__name(finalizeFlags, "finalizeFlags");
function cleanFlag(flag) {
  const basis = flag.kind === "legal-basis" ? { basis: flag.basis, from: flag.from ?? null } : flag.kind === "ai-training" && flag.basis ? { basis: flag.basis } : {};
  const purpose = flag.purpose ? { purpose: flag.purpose } : {};
  return {
    kind: flag.kind,
    ...basis,
    ...purpose,
    change: flag.change,
    severity: flag.severity,
    before: flag.before,
    after: flag.after,
    section: flag.section,
    summary: flag.summary
  };
}
__name(cleanFlag, "cleanFlag");

// src/i18n/languages.ts
var FALLBACK_LANGUAGE = "en";

// src/i18n/translate.ts
function fillPlaceholders(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => name in params ? String(params[name]) : whole);
}
__name(fillPlaceholders, "fillPlaceholders");
function translator(dictionaries) {
  const fallback = dictionaries[FALLBACK_LANGUAGE];
  return (key, lang, params = {}) => fillPlaceholders(dictionaries[lang][key] ?? fallback[key], params);
}
__name(translator, "translator");

// src/analysis/flag-words/de.ts
var flagsDe = {
  "flag.subject": "Die Plattform",
  "flag.kind.legal-basis": "Rechtsgrundlage",
  "flag.kind.ai-training": "KI-Training",
  "flag.kind.sensitive-data": "Sensible Daten",
  "flag.kind.minors": "Minderj\xE4hrige",
  "flag.kind.sharing": "Weitergabe",
  "flag.kind.transfer": "\xDCbermittlung",
  "flag.kind.retention": "Speicherdauer",
  "flag.kind.objection-right": "Widerspruchsrecht",
  "flag.kind.automated-decisions": "Automatisierte Entscheidungen",
  "flag.topic.legal-basis": "die Rechtsgrundlage einer Nutzung deiner Daten",
  "flag.topic.ai-training": "die Nutzung deiner Daten f\xFCr KI-Training",
  "flag.topic.sensitive-data": "sensible Daten (Gesundheit, \xDCberzeugungen, \u2026)",
  "flag.topic.minors": "Daten von Minderj\xE4hrigen",
  "flag.topic.sharing": "die Weitergabe deiner Daten an andere",
  "flag.topic.transfer": "die \xDCbermittlung deiner Daten au\xDFerhalb der EU",
  "flag.topic.retention": "die Speicherdauer deiner Daten",
  "flag.topic.objection-right": "dein Widerspruchsrecht",
  "flag.topic.automated-decisions": "automatisierte Entscheidungen \xFCber dich",
  "flag.basis.consent": "deine Einwilligung",
  "flag.basis.contract": "den Vertrag mit dir",
  "flag.basis.legal-obligation": "eine rechtliche Verpflichtung",
  "flag.basis.vital-interests": "lebenswichtige Interessen",
  "flag.basis.public-task": "eine Aufgabe im \xF6ffentlichen Interesse",
  "flag.basis.legitimate-interests": "berechtigte Interessen",
  "flag.added": "{subject} hat eine Aussage \xFCber {topic} hinzugef\xFCgt.",
  "flag.removed": "{subject} hat eine Aussage \xFCber {topic} entfernt.",
  "flag.modified": "{subject} hat die Aussagen \xFCber {topic} ge\xE4ndert.",
  "flag.ai.added": "{subject} wird deine Informationen zum Trainieren von KI nutzen.",
  "flag.ai.addedOn": "{subject} wird deine Informationen zum Trainieren von KI nutzen, gest\xFCtzt auf {basis}.",
  "flag.ai.modified": "{subject} \xE4ndert, wie deine Informationen zum Trainieren von KI genutzt werden.",
  "flag.ai.modifiedOn": "{subject} \xE4ndert, wie deine Informationen zum Trainieren von KI genutzt werden, gest\xFCtzt auf {basis}.",
  "flag.ai.removed": "{subject} erw\xE4hnt das Trainieren von KI mit deinen Informationen nicht mehr.",
  "flag.basisNow": "{subject} st\xFCtzt \u201E{purpose}\u201C jetzt auf {basis}.",
  "flag.basisNowNoPurpose": "{subject} st\xFCtzt eine Nutzung deiner Daten jetzt auf {basis}.",
  "flag.basisMoved": "{subject} st\xFCtzt \u201E{purpose}\u201C nicht mehr auf {from}, sondern auf {basis}.",
  "flag.basisMovedNoPurpose": "{subject} st\xFCtzt eine Nutzung deiner Daten nicht mehr auf {from}, sondern auf {basis}.",
  "flag.basisRemoved": "{subject} st\xFCtzt \u201E{purpose}\u201C nicht mehr auf {basis}.",
  "flag.basisRemovedNoPurpose": "{subject} st\xFCtzt diese Nutzung deiner Daten nicht mehr auf {basis}.",
  "flag.canObject": "Du kannst widersprechen."
};

// src/analysis/flag-words/en.ts
var flagsEn = {
  "flag.subject": "The platform",
  "flag.kind.legal-basis": "Legal basis",
  "flag.kind.ai-training": "AI training",
  "flag.kind.sensitive-data": "Sensitive data",
  "flag.kind.minors": "Minors",
  "flag.kind.sharing": "Sharing",
  "flag.kind.transfer": "Transfers",
  "flag.kind.retention": "Retention",
  "flag.kind.objection-right": "Right to object",
  "flag.kind.automated-decisions": "Automated decisions",
  "flag.topic.legal-basis": "the legal basis of a use of your information",
  "flag.topic.ai-training": "using your information to train AI",
  "flag.topic.sensitive-data": "sensitive information (health, beliefs, \u2026)",
  "flag.topic.minors": "information about minors",
  "flag.topic.sharing": "sharing your information with others",
  "flag.topic.transfer": "sending your information outside the EU",
  "flag.topic.retention": "how long your information is kept",
  "flag.topic.objection-right": "your right to object",
  "flag.topic.automated-decisions": "automated decisions about you",
  "flag.basis.consent": "your consent",
  "flag.basis.contract": "the contract with you",
  "flag.basis.legal-obligation": "a legal obligation",
  "flag.basis.vital-interests": "vital interests",
  "flag.basis.public-task": "a task in the public interest",
  "flag.basis.legitimate-interests": "legitimate interests",
  "flag.added": "{subject} added a statement about {topic}.",
  "flag.removed": "{subject} removed a statement about {topic}.",
  "flag.modified": "{subject} changed what it says about {topic}.",
  "flag.ai.added": "{subject} will use your information to train AI.",
  "flag.ai.addedOn": "{subject} will use your information to train AI, relying on {basis}.",
  "flag.ai.modified": "{subject} changed how it uses your information to train AI.",
  "flag.ai.modifiedOn": "{subject} changed how it uses your information to train AI, relying on {basis}.",
  "flag.ai.removed": "{subject} no longer says it trains AI on your information.",
  "flag.basisNow": "{subject} now relies on {basis} for \u201C{purpose}\u201D.",
  "flag.basisNowNoPurpose": "{subject} now relies on {basis} for a use of your information.",
  "flag.basisMoved": "{subject} moved \u201C{purpose}\u201D from {from} to {basis}.",
  "flag.basisMovedNoPurpose": "{subject} moved a use of your information from {from} to {basis}.",
  "flag.basisRemoved": "{subject} no longer relies on {basis} for \u201C{purpose}\u201D.",
  "flag.basisRemovedNoPurpose": "{subject} no longer relies on {basis} for this use of your information.",
  "flag.canObject": "You can object."
};

// src/analysis/flag-words/fr.ts
var flagsFr = {
  "flag.subject": "La plateforme",
  "flag.kind.legal-basis": "Base l\xE9gale",
  "flag.kind.ai-training": "Entra\xEEnement de l\u2019IA",
  "flag.kind.sensitive-data": "Donn\xE9es sensibles",
  "flag.kind.minors": "Mineurs",
  "flag.kind.sharing": "Partage",
  "flag.kind.transfer": "Transferts",
  "flag.kind.retention": "Conservation",
  "flag.kind.objection-right": "Droit d\u2019opposition",
  "flag.kind.automated-decisions": "D\xE9cisions automatis\xE9es",
  "flag.topic.legal-basis": "la base l\xE9gale d\u2019une utilisation de vos informations",
  "flag.topic.ai-training": "l\u2019utilisation de vos informations pour entra\xEEner l\u2019IA",
  "flag.topic.sensitive-data": "les informations sensibles (sant\xE9, convictions, \u2026)",
  "flag.topic.minors": "les informations sur les mineurs",
  "flag.topic.sharing": "le partage de vos informations avec d\u2019autres",
  "flag.topic.transfer": "l\u2019envoi de vos informations hors de l\u2019UE",
  "flag.topic.retention": "la dur\xE9e de conservation de vos informations",
  "flag.topic.objection-right": "votre droit d\u2019opposition",
  "flag.topic.automated-decisions": "les d\xE9cisions automatis\xE9es vous concernant",
  "flag.basis.consent": "votre consentement",
  "flag.basis.contract": "le contrat avec vous",
  "flag.basis.legal-obligation": "une obligation l\xE9gale",
  "flag.basis.vital-interests": "des int\xE9r\xEAts vitaux",
  "flag.basis.public-task": "une mission d\u2019int\xE9r\xEAt public",
  "flag.basis.legitimate-interests": "l\u2019int\xE9r\xEAt l\xE9gitime",
  "flag.added": "{subject} a ajout\xE9 une mention sur {topic}.",
  "flag.removed": "{subject} a retir\xE9 une mention sur {topic}.",
  "flag.modified": "{subject} a modifi\xE9 ses mentions sur {topic}.",
  "flag.ai.added": "{subject} utilisera vos informations pour entra\xEEner l\u2019IA.",
  "flag.ai.addedOn": "{subject} utilisera vos informations pour entra\xEEner l\u2019IA, en se fondant sur {basis}.",
  "flag.ai.modified": "{subject} modifie l\u2019utilisation de vos informations pour entra\xEEner l\u2019IA.",
  "flag.ai.modifiedOn": "{subject} modifie l\u2019utilisation de vos informations pour entra\xEEner l\u2019IA, en se fondant sur {basis}.",
  "flag.ai.removed": "{subject} ne mentionne plus l\u2019entra\xEEnement de l\u2019IA sur vos informations.",
  "flag.basisNow": "{subject} se fonde d\xE9sormais sur {basis} pour \xAB {purpose} \xBB.",
  "flag.basisNowNoPurpose": "{subject} se fonde d\xE9sormais sur {basis} pour une utilisation de vos informations.",
  "flag.basisMoved": "{subject} fonde d\xE9sormais \xAB {purpose} \xBB sur {basis}, et non plus sur {from}.",
  "flag.basisMovedNoPurpose": "{subject} fonde d\xE9sormais une utilisation de vos informations sur {basis}, et non plus sur {from}.",
  "flag.basisRemoved": "{subject} ne se fonde plus sur {basis} pour \xAB {purpose} \xBB.",
  "flag.basisRemovedNoPurpose": "{subject} ne se fonde plus sur {basis} pour cette utilisation de vos informations.",
  "flag.canObject": "Vous pouvez vous y opposer."
};

// src/analysis/flag-words/index.ts
var t = translator({ en: flagsEn, de: flagsDe, fr: flagsFr });
function basisName(basis, lang) {
  return t(`flag.basis.${basis}`, lang);
}
__name(basisName, "basisName");
var PURPOSE_MAX = 160;
function cleanPurpose(purpose) {
  const clean2 = (purpose ?? "").replace(/[[\]]/g, "").replace(/\s+/g, " ").replace(/[\s.;:,]+$/, "").trim();
  return clean2.length > PURPOSE_MAX ? `${clean2.slice(0, PURPOSE_MAX - 1).trimEnd()}\u2026` : clean2;
}
__name(cleanPurpose, "cleanPurpose");
function legalBasisSentence(flag, subject, lang) {
  const basis = basisName(flag.basis ?? "legitimate-interests", lang);
  const purpose = cleanPurpose(flag.purpose);
  if (flag.change === "removed") {
    return purpose ? t("flag.basisRemoved", lang, { subject, basis, purpose }) : t("flag.basisRemovedNoPurpose", lang, { subject, basis });
  }
  if (flag.from && flag.from !== flag.basis) {
    const from = basisName(flag.from, lang);
    return purpose ? t("flag.basisMoved", lang, { subject, from, basis, purpose }) : t("flag.basisMovedNoPurpose", lang, { subject, from, basis });
  }
  return purpose ? t("flag.basisNow", lang, { subject, basis, purpose }) : t("flag.basisNowNoPurpose", lang, { subject, basis });
}
__name(legalBasisSentence, "legalBasisSentence");
function aiTrainingSentence(flag, subject, lang) {
  if (flag.change === "removed") return t("flag.ai.removed", lang, { subject });
  if (!flag.basis) return t(`flag.ai.${flag.change}`, lang, { subject });
  return t(`flag.ai.${flag.change}On`, lang, { subject, basis: basisName(flag.basis, lang) });
}
__name(aiTrainingSentence, "aiTrainingSentence");
function flagSentence(flag, lang, platform) {
  const subject = platform ?? t("flag.subject", lang);
  if (flag.kind === "legal-basis") return legalBasisSentence(flag, subject, lang);
  if (flag.kind === "ai-training") return aiTrainingSentence(flag, subject, lang);
  return t(`flag.${flag.change}`, lang, { subject, topic: t(`flag.topic.${flag.kind}`, lang) });
}
__name(flagSentence, "flagSentence");
function summarize(flag) {
  return flagSentence(flag, "en");
}
__name(summarize, "summarize");

// src/analysis/classify.ts
var MIN_CHANGED_WORDS = 4;
var MIN_STATEMENT_WORDS = 5;
var CONTENT_WORD = /[\p{L}\p{N}]{3,}/gu;
var QUESTION_END = /\?["'»)]*\s*$/;
function isQuestion(sentence) {
  return QUESTION_END.test(sentence.replace(/^\[(.*)\]$/, "$1"));
}
__name(isQuestion, "isQuestion");
function isLabel(sentence, lexicon) {
  return /:\s*$/.test(sentence) && contentWordCount(sentence, lexicon, 5) < 5;
}
__name(isLabel, "isLabel");
function contentWordCount(text, lexicon, enough = Number.POSITIVE_INFINITY) {
  let count = 0;
  CONTENT_WORD.lastIndex = 0;
  for (let match = CONTENT_WORD.exec(text); match !== null; match = CONTENT_WORD.exec(text)) {
    if (!lexicon.stopwords.has(match[0].toLowerCase()) && ++count >= enough) break;
  }
  return count;
}
__name(contentWordCount, "contentWordCount");
function stems(text, lexicon) {
  return new Set(
    (text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter((word) => !lexicon.stopwords.has(word)).map((word) => word.slice(0, 5))
  );
}
__name(stems, "stems");
function push(context, flag) {
  const full = { ...flag, summary: summarize(flag) };
  context.out.push(full);
  return full;
}
__name(push, "push");
function pairSection(pair) {
  const block = pair.after ?? pair.before;
  return block ? sectionPath(block) : "";
}
__name(pairSection, "pairSection");
function pairPosition(pair) {
  return pair.after?.index ?? pair.before?.index ?? 0;
}
__name(pairPosition, "pairPosition");
function isDataRow(block) {
  return block !== null && block.type === "row" && block.rowRole === "data";
}
__name(isDataRow, "isDataRow");
function rowHasAiTraining(block, lexicon) {
  return blockSentences(block, lexicon).some((sentence) => statesAiTraining(sentence, lexicon)) && namesData(block.text, lexicon);
}
__name(rowHasAiTraining, "rowHasAiTraining");
function changeSeverity(basis, change, aiTraining, from) {
  if (change === "removed") return basis === "consent" ? "medium" : "low";
  if (change === "modified" && (from === null || from === basis) && !aiTraining) return "low";
  if (basis === "legitimate-interests") {
    if (aiTraining || from !== null && from !== basis) return "high";
    return "medium";
  }
  return from !== null && from !== basis ? "medium" : "low";
}
__name(changeSeverity, "changeSeverity");
function mainChange(changes, lexicon) {
  let best = null;
  let bestCount = 0;
  for (const change of changes) {
    const count = contentWordCount(`${change.addedText} ${change.removedText}`, lexicon);
    if (count > bestCount) {
      best = change;
      bestCount = count;
    }
  }
  return bestCount >= MIN_CHANGED_WORDS ? best : null;
}
__name(mainChange, "mainChange");
function classifyRow(pair, changes, context) {
  const { lexicon } = context;
  const before = isDataRow(pair.before) ? pair.before : null;
  const after = isDataRow(pair.after) ? pair.after : null;
  const section = pairSection(pair);
  const position = pairPosition(pair);
  const oldBasis = before?.basis ?? null;
  const newBasis = after?.basis ?? null;
  const purpose = (after && rowPurpose(after, lexicon)) ?? (before && rowPurpose(before, lexicon)) ?? null;
  const trainingAfter = after ? rowHasAiTraining(after, lexicon) : false;
  const trainingBefore = before ? rowHasAiTraining(before, lexicon) : false;
  if (before && oldBasis) {
    const lostText = pair.kind === "removed" ? before.text : changes.map((change) => change.removedText).join(" ");
    if (lostText.trim()) context.lost.push({ basis: oldBasis, text: lostText });
  }
  if (pair.kind === "added" && after) {
    if (newBasis) {
      const flag = push(context, {
        kind: "legal-basis",
        basis: newBasis,
        from: null,
        purpose,
        change: "added",
        severity: changeSeverity(newBasis, "added", trainingAfter, null),
        before: null,
        after: purpose ?? blockSentences(after, lexicon)[0] ?? after.text,
        section,
        position
      });
      if (purpose) context.addedRowFlags.push({ flag, purpose });
    }
    if (trainingAfter) {
      const sentences = blockSentences(after, lexicon).filter((text) => statesAiTraining(text, lexicon));
      const sentence = sentences.find((text) => lexicon.userData.test(text)) ?? sentences.find((text) => namesData(text, lexicon)) ?? sentences[0] ?? purpose;
      push(context, {
        kind: "ai-training",
        basis: newBasis ?? void 0,
        purpose,
        change: "added",
        severity: newBasis === "legitimate-interests" ? "high" : "medium",
        before: null,
        after: sentence ?? null,
        section,
        position
      });
    }
    return;
  }
  if (pair.kind === "removed" && before) {
    if (oldBasis) {
      push(context, {
        kind: "legal-basis",
        basis: oldBasis,
        from: null,
        purpose,
        change: "removed",
        severity: changeSeverity(oldBasis, "removed", trainingBefore, null),
        before: purpose ?? before.text,
        after: null,
        section,
        position
      });
    }
    if (trainingBefore) {
      const sentence = blockSentences(before, lexicon).find((text) => statesAiTraining(text, lexicon)) ?? purpose;
      push(context, {
        kind: "ai-training",
        basis: (pair.kind === "removed" ? oldBasis : newBasis) ?? void 0,
        purpose,
        change: "removed",
        severity: "low",
        before: sentence ?? null,
        after: null,
        section,
        position
      });
    }
    return;
  }
  if (!before || !after) return;
  const purposeChanges = alignSentences(
    cellSentences(before.cells?.[0] ?? "", lexicon),
    cellSentences(after.cells?.[0] ?? "", lexicon),
    after,
    lexicon
  );
  const main = mainChange(purposeChanges, lexicon);
  if (newBasis && oldBasis !== newBasis) {
    push(context, {
      kind: "legal-basis",
      basis: newBasis,
      from: oldBasis,
      purpose,
      change: "modified",
      severity: changeSeverity(newBasis, "modified", trainingAfter, oldBasis),
      before: rowPurpose(before, lexicon) ?? before.text,
      after: purpose ?? after.text,
      section,
      position
    });
  } else if (newBasis && main) {
    push(context, {
      kind: "legal-basis",
      basis: newBasis,
      from: null,
      purpose,
      change: "modified",
      severity: changeSeverity(newBasis, "modified", trainingAfter && !trainingBefore, null),
      before: main.before,
      after: main.after,
      section,
      position
    });
  }
  if (trainingAfter || trainingBefore) {
    const touching = changes.find((change) => {
      const sentence = change.after ?? change.before ?? "";
      return contentWordCount(`${change.addedText} ${change.removedText}`, lexicon, 1) > 0 && (lexicon.ai.test(sentence) || namesData(sentence, lexicon));
    });
    if (touching || trainingAfter !== trainingBefore) {
      const change = trainingAfter && !trainingBefore ? "added" : !trainingAfter ? "removed" : "modified";
      push(context, {
        kind: "ai-training",
        basis: (pair.kind === "removed" ? oldBasis : newBasis) ?? void 0,
        purpose,
        change,
        severity: change === "removed" ? "low" : newBasis === "legitimate-interests" ? "high" : "medium",
        before: touching?.before ?? null,
        after: touching?.after ?? null,
        section,
        position
      });
    }
  }
}
__name(classifyRow, "classifyRow");
var OTHER_KINDS = [
  {
    kind: "sensitive-data",
    matcher: /* @__PURE__ */ __name((l) => l.sensitive, "matcher"),
    severity: { added: "medium", modified: "medium", removed: "low" }
  },
  { kind: "minors", matcher: /* @__PURE__ */ __name((l) => l.minors, "matcher"), severity: { added: "medium", modified: "medium", removed: "low" } },
  {
    kind: "sharing",
    matcher: /* @__PURE__ */ __name((l) => l.sharing, "matcher"),
    except: /* @__PURE__ */ __name((l) => l.sharingExcept, "except"),
    severity: { added: "medium", modified: "low", removed: "low" }
  },
  { kind: "transfer", matcher: /* @__PURE__ */ __name((l) => l.transfer, "matcher"), severity: { added: "medium", modified: "low", removed: "low" } },
  { kind: "retention", matcher: /* @__PURE__ */ __name((l) => l.retention, "matcher"), severity: { added: "low", modified: "low", removed: "low" } },
  {
    kind: "objection-right",
    matcher: /* @__PURE__ */ __name((l) => l.objection, "matcher"),
    severity: { added: "low", modified: "medium", removed: "high" }
  },
  {
    kind: "automated-decisions",
    matcher: /* @__PURE__ */ __name((l) => l.automated, "matcher"),
    severity: { added: "medium", modified: "medium", removed: "low" }
  }
];
function blankOut(text, matcher) {
  let out = text;
  for (const { index, text: found } of matcher.find(text)) {
    out = out.slice(0, index) + " ".repeat(found.length) + out.slice(index + found.length);
  }
  return out;
}
__name(blankOut, "blankOut");
function classifySentences(pair, changes, context) {
  const { lexicon } = context;
  const isRow = isDataRow(pair.after) || isDataRow(pair.before);
  const block = pair.after ?? pair.before;
  const section = pairSection(pair);
  const position = pairPosition(pair);
  if (block?.type === "heading" || block?.type === "row" && block.rowRole !== "data") return;
  for (const change of changes) {
    const sentence = change.after ?? change.before ?? "";
    const changed = change.change === "removed" ? change.removedText : change.addedText || change.removedText;
    if (contentWordCount(changed, lexicon, 1) === 0) continue;
    const basisInCells = isRow && !pair.before?.basis && !pair.after?.basis;
    if (!isRow || basisInCells) {
      const bases = basesMentioned(lexicon, sentence);
      const states = basisInCells || statesBasis(lexicon, sentence);
      const aboutObjection = lexicon.objection.test(sentence);
      const addedStatement = change.change === "modified" && basesMentioned(lexicon, change.addedText).length > 0 && statesBasis(lexicon, change.addedText);
      if (bases.length > 0 && states && (!aboutObjection || addedStatement) && !isLabel(sentence, lexicon)) {
        const previous = change.before ? basesMentioned(lexicon, change.before) : [];
        const introduced = bases.filter((basis) => !previous.includes(basis));
        const relevant = change.change !== "modified" || introduced.length > 0 || basesMentioned(lexicon, change.addedText).length > 0 || statesAiTraining(change.addedText, lexicon) || // Words added and none taken away widen what relies on the basis ("such as Voice Match, Memory, and ...").
        contentWordCount(change.addedText, lexicon, 1) > 0 && contentWordCount(change.removedText, lexicon, 1) === 0;
        if (relevant) {
          const basis = introduced[0] ?? bases[0];
          const gone = previous.filter((entry) => !bases.includes(entry));
          const from = change.change === "modified" && gone.length === 1 ? gone[0] ?? null : null;
          const training = statesAiTraining(sentence, lexicon);
          push(context, {
            kind: "legal-basis",
            basis,
            from,
            purpose: null,
            change: change.change,
            severity: changeSeverity(basis, change.change, training, from),
            before: change.before,
            after: change.after,
            section,
            position
          });
        }
      }
    }
    if (!isRow) {
      if (statesAiTraining(sentence, lexicon) && // A list item ("develop and improve our machine learning models") is one of the uses its list introduces
      // ("We use your information to:"); the data is named there.
      (namesData(sentence, lexicon) || block !== null && (block.type === "item" || namesData(block.text, lexicon))) && (change.change !== "modified" || lexicon.ai.test(changed) || lexicon.model.test(changed) || namesData(changed, lexicon) || lexicon.train.test(changed) || lexicon.develop.test(changed))) {
        const reliesOnLi = basesMentioned(lexicon, sentence).includes("legitimate-interests");
        push(context, {
          kind: "ai-training",
          purpose: null,
          change: change.change,
          severity: change.change === "removed" ? "low" : reliesOnLi ? "high" : "medium",
          before: change.before,
          after: change.after,
          section,
          position
        });
      }
    }
    if (contentWordCount(sentence, lexicon, MIN_STATEMENT_WORDS) < MIN_STATEMENT_WORDS) continue;
    if (isQuestion(sentence)) continue;
    for (const { kind, matcher, except, severity } of OTHER_KINDS) {
      const saturation = `${kind}|${change.change}`;
      if ((context.saturation.get(saturation) ?? 0) >= MAX_FLAGS_PER_SECONDARY_KIND) continue;
      if (!matcher(lexicon).test(except ? blankOut(changed, except(lexicon)) : changed)) continue;
      context.saturation.set(saturation, (context.saturation.get(saturation) ?? 0) + 1);
      push(context, {
        kind,
        change: change.change,
        // Losing a sentence about the right to object is serious when the policy no longer states that right at all.
        severity: kind === "objection-right" && change.change === "removed" && context.objectionStillStated ? "medium" : severity[change.change],
        before: change.before,
        after: change.after,
        section,
        position
      });
    }
  }
}
__name(classifySentences, "classifySentences");
function worthReading(pair, context) {
  const { lexicon } = context;
  const texts = [pair.before?.text, pair.after?.text].filter((text) => text !== void 0);
  const pretest = classifierPretest(lexicon);
  const candidates = texts.filter((text) => pretest.mayMatch(text));
  if (candidates.length === 0) return false;
  const matches = /* @__PURE__ */ __name((list) => candidates.some((text) => textMatches(lexicon, text, list)), "matches");
  if (matches(BASIS_TRIGGER) || matches(AI_TRIGGER)) return true;
  return OTHER_KINDS.some(
    ({ kind }, index) => ["added", "removed", "modified"].some(
      (change) => (context.saturation.get(`${kind}|${change}`) ?? 0) < MAX_FLAGS_PER_SECONDARY_KIND
    ) && matches(index + FIRST_KIND_TRIGGER)
  );
}
__name(worthReading, "worthReading");
var BASIS_TRIGGER = 0;
var AI_TRIGGER = 1;
var FIRST_KIND_TRIGGER = 2;
function triggerMatcher(lexicon, list) {
  if (list === BASIS_TRIGGER) return lexicon.anyBasis;
  if (list === AI_TRIGGER) return lexicon.ai;
  return OTHER_KINDS[list - FIRST_KIND_TRIGGER].matcher(lexicon);
}
__name(triggerMatcher, "triggerMatcher");
var triggerMemos = /* @__PURE__ */ new Map();
function textMatches(lexicon, text, list) {
  let memo = triggerMemos.get(lexicon);
  if (!memo) {
    memo = memoize(() => ({ tested: 0, matched: 0 }));
    triggerMemos.set(lexicon, memo);
  }
  const known = memo(text);
  const bit = 1 << list;
  if (!(known.tested & bit)) {
    known.tested |= bit;
    if (triggerMatcher(lexicon, list).test(text)) known.matched |= bit;
  }
  return (known.matched & bit) !== 0;
}
__name(textMatches, "textMatches");
var pretests = /* @__PURE__ */ new Map();
function classifierPretest(lexicon) {
  let pretest = pretests.get(lexicon);
  if (!pretest) {
    pretest = new AnyMatcherPretest([
      lexicon.anyBasis,
      lexicon.ai,
      ...OTHER_KINDS.map(({ matcher }) => matcher(lexicon))
    ]);
    pretests.set(lexicon, pretest);
  }
  return pretest;
}
__name(classifierPretest, "classifierPretest");
function inferOrigins(context) {
  for (const { flag, purpose } of context.addedRowFlags) {
    const wanted = stems(purpose, context.lexicon);
    if (wanted.size < 2) continue;
    let best = null;
    for (const lost of context.lost) {
      if (lost.basis === flag.basis) continue;
      const have = stems(lost.text, context.lexicon);
      let shared = 0;
      for (const stem of wanted) if (have.has(stem)) shared++;
      const score = shared / wanted.size;
      if (!best || score > best.score) best = { basis: lost.basis, score };
    }
    if (best && best.score >= 0.5 && flag.basis) {
      flag.from = best.basis;
      flag.severity = changeSeverity(flag.basis, flag.change, flag.severity === "high", best.basis);
      flag.summary = summarize(flag);
    }
  }
}
__name(inferOrigins, "inferOrigins");
var MAX_CLASSIFIED_PAIRS = 5e3;
function classify(pairs, lexicon, newText, overBudget = () => false) {
  const context = {
    lexicon,
    out: [],
    lost: [],
    addedRowFlags: [],
    saturation: /* @__PURE__ */ new Map(),
    objectionStillStated: lexicon.objection.test(newText)
  };
  let complete = pairs.length <= MAX_CLASSIFIED_PAIRS;
  for (const pair of pairs.slice(0, MAX_CLASSIFIED_PAIRS)) {
    if (overBudget()) {
      complete = false;
      break;
    }
    const isRow = isDataRow(pair.after) || isDataRow(pair.before);
    if (pair.kind === "moved" && !isRow) continue;
    if (!isRow && !worthReading(pair, context)) continue;
    const changes = sentenceChanges(pair, lexicon);
    if (isRow) classifyRow(pair, changes, context);
    classifySentences(pair, changes, context);
  }
  inferOrigins(context);
  return { candidates: context.out, complete };
}
__name(classify, "classify");

// src/analysis/compare.ts
var SAME_STATEMENT = 0.6;
function indexed(items, text) {
  return items.map((item) => ({ item, words: wordSet(text(item)) }));
}
__name(indexed, "indexed");
function bestMatch(words2, candidates) {
  let best = null;
  for (const candidate of candidates) {
    const score = overlap(words2, candidate.words);
    if (!best || score > best.score) best = { item: candidate.item, score };
  }
  return best && best.score >= SAME_STATEMENT ? best : null;
}
__name(bestMatch, "bestMatch");
function compareReadings(before, after) {
  const oldTraining = indexed(before.aiTraining, (statement) => statement.sentence);
  const newTraining = indexed(after.aiTraining, (statement) => statement.sentence);
  const oldPurposes = indexed(before.purposes, (purpose) => purpose.purpose);
  const newPurposes = indexed(after.purposes, (purpose) => purpose.purpose);
  const sameOrNarrower = /* @__PURE__ */ __name((statement, counterpart) => statement.data.every((kind) => counterpart.data.includes(kind)) && (statement.basis === null || statement.basis === counterpart.basis), "sameOrNarrower");
  const addedTraining = [];
  for (const { item, words: words2 } of newTraining) {
    const match = bestMatch(words2, oldTraining);
    if (!match) {
      const covered = before.aiTraining.some((old) => sameOrNarrower(item, old) && old.basis === item.basis);
      if (!covered) addedTraining.push({ statement: item, before: null });
    } else if (!sameOrNarrower(item, match.item)) {
      addedTraining.push({ statement: item, before: match.item });
    }
  }
  const removedTraining = oldTraining.filter(
    ({ item, words: words2 }) => !bestMatch(words2, newTraining) && !after.aiTraining.some((next) => sameOrNarrower(item, next))
  ).map(({ item }) => item);
  const purposeMatch = /* @__PURE__ */ __name((words2, others) => others.filter((other) => overlap(words2, other.words) >= SAME_STATEMENT).map((other) => other.item.basis), "purposeMatch");
  const addedPurposes = [];
  for (const { item, words: words2 } of newPurposes) {
    const bases = purposeMatch(words2, oldPurposes);
    if (!bases.includes(item.basis))
      addedPurposes.push({ purpose: item, from: bases.length === 1 ? bases[0] ?? null : null });
  }
  const removedPurposes = oldPurposes.filter(({ item, words: words2 }) => !purposeMatch(words2, newPurposes).includes(item.basis)).map(({ item }) => item);
  return {
    addedTraining,
    removedTraining,
    addedPurposes,
    removedPurposes,
    trainingKnown(sentence, beforeSide) {
      const words2 = wordSet(sentence);
      const [own, other] = beforeSide ? [oldTraining, newTraining] : [newTraining, oldTraining];
      const self = bestMatch(words2, own);
      const match = bestMatch(words2, other);
      if (!match) return false;
      return self ? sameOrNarrower(self.item, match.item) : true;
    },
    trainingBasis(sentence) {
      return bestMatch(wordSet(sentence), newTraining)?.item.basis ?? null;
    },
    trainingPurpose(sentence) {
      return bestMatch(wordSet(sentence), newTraining)?.item.purpose ?? null;
    },
    purposeKnown(purpose, basis, beforeSide) {
      const words2 = wordSet(purpose);
      return purposeMatch(words2, beforeSide ? newPurposes : oldPurposes).includes(basis);
    }
  };
}
__name(compareReadings, "compareReadings");
function trainingSeverity(basis, removed) {
  if (removed) return "low";
  return basis === "legitimate-interests" ? "high" : "medium";
}
__name(trainingSeverity, "trainingSeverity");
function reconcile(candidates, delta, sentences) {
  for (const candidate of candidates) {
    if (candidate.kind !== "ai-training" || candidate.basis || !candidate.after || candidate.change === "removed")
      continue;
    candidate.purpose ??= delta.trainingPurpose(candidate.after);
    const basis = delta.trainingBasis(candidate.after);
    if (!basis) continue;
    candidate.basis = basis;
    if (basis === "legitimate-interests") candidate.severity = "high";
    candidate.summary = summarize(candidate);
  }
  const kept = candidates.filter((candidate) => {
    const sentenceJudged = candidate.kind !== "legal-basis";
    if (sentenceJudged && candidate.change === "added" && candidate.after && sentences.before.has(candidate.after)) {
      return false;
    }
    if (sentenceJudged && candidate.change === "removed" && candidate.before && sentences.after.has(candidate.before)) {
      return false;
    }
    if (candidate.kind === "ai-training") {
      if (candidate.change === "added") return !(candidate.after && delta.trainingKnown(candidate.after, false));
      if (candidate.change === "removed") return !(candidate.before && delta.trainingKnown(candidate.before, true));
      return true;
    }
    if (candidate.kind === "legal-basis" && candidate.basis && candidate.purpose) {
      if (candidate.change === "added") return !delta.purposeKnown(candidate.purpose, candidate.basis, false);
      if (candidate.change === "removed") return !delta.purposeKnown(candidate.purpose, candidate.basis, true);
    }
    return true;
  });
  const flagged = /* @__PURE__ */ __name((sentence, kind) => {
    const words2 = wordSet(sentence);
    return kept.some((candidate) => {
      if (candidate.kind !== kind) return false;
      const quoted = [candidate.after, candidate.before, candidate.purpose].filter((text) => !!text);
      return quoted.some((text) => overlap(words2, wordSet(text)) >= SAME_STATEMENT);
    });
  }, "flagged");
  let position = Number.MAX_SAFE_INTEGER / 2;
  const added = [];
  const push2 = /* @__PURE__ */ __name((flag) => {
    const full = { ...flag, position: position++ };
    full.summary = summarize(full);
    added.push(full);
  }, "push");
  const purposesDone = /* @__PURE__ */ new Set();
  for (const { statement, before } of delta.addedTraining) {
    if (flagged(statement.sentence, "ai-training")) continue;
    const purposeKey = statement.purpose ? [...wordSet(statement.purpose)].join(" ") : null;
    if (purposeKey !== null) {
      if (purposesDone.has(purposeKey)) continue;
      purposesDone.add(purposeKey);
    }
    push2({
      kind: "ai-training",
      basis: statement.basis ?? void 0,
      purpose: statement.purpose ?? null,
      change: before ? "modified" : "added",
      severity: trainingSeverity(statement.basis, false),
      before: before?.sentence ?? null,
      after: statement.sentence,
      section: statement.section
    });
    const basisChanged = statement.basis && (!before || before.basis !== statement.basis);
    if (basisChanged && statement.basis && !flagged(statement.sentence, "legal-basis")) {
      push2({
        kind: "legal-basis",
        basis: statement.basis,
        from: before?.basis ?? null,
        purpose: statement.purpose ?? statement.sentence,
        change: before ? "modified" : "added",
        severity: trainingSeverity(statement.basis, false),
        before: before?.sentence ?? null,
        after: statement.sentence,
        section: statement.section
      });
    }
  }
  for (const statement of delta.removedTraining) {
    if (flagged(statement.sentence, "ai-training")) continue;
    push2({
      kind: "ai-training",
      basis: statement.basis ?? void 0,
      purpose: null,
      change: "removed",
      severity: "low",
      before: statement.sentence,
      after: null,
      section: statement.section
    });
  }
  return [...kept, ...added];
}
__name(reconcile, "reconcile");

// src/analysis/doubled.ts
var MIN_COPY_SHARE = 0.3;
var MIN_COPY_OVERLAP = 0.5;
function overlap2(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared / Math.min(a.size, b.size);
}
__name(overlap2, "overlap");
function keys(blocks) {
  return new Set(blocks.map((block) => block.key).filter((key) => key.length > 0));
}
__name(keys, "keys");
function splitCopies(blocks) {
  const first = blocks.find((block) => block.key.length > 0);
  if (!first || blocks.length < 10) return null;
  const minimum = Math.ceil(blocks.length * MIN_COPY_SHARE);
  for (let index = minimum; index <= blocks.length - minimum; index++) {
    if (blocks[index].key !== first.key) continue;
    const copies = [blocks.slice(0, index), blocks.slice(index)];
    if (overlap2(keys(copies[0]), keys(copies[1])) >= MIN_COPY_OVERLAP) return copies;
  }
  return null;
}
__name(splitCopies, "splitCopies");
function copyToCompare(blocks, other) {
  const copies = splitCopies(blocks);
  if (!copies || splitCopies(other)) return blocks;
  const otherKeys = keys(other);
  const [a, b] = copies;
  const chosen = overlap2(keys(a), otherKeys) >= overlap2(keys(b), otherKeys) ? a : b;
  return chosen === a ? a : b.map((block, index) => ({ ...block, index }));
}
__name(copyToCompare, "copyToCompare");

// src/analysis/language.ts
var SAMPLE_CHARS = 8e3;
var STOPWORDS = Object.values(LEXICON_DATA).map((data) => ({
  language: data.language,
  words: new Set(data.stopwords)
}));
function detectLanguage(text) {
  const start = text.length > SAMPLE_CHARS * 2 ? Math.floor(text.length / 4) : 0;
  const words2 = text.slice(start, start + SAMPLE_CHARS).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let best = "en";
  let bestCount = 0;
  for (const { language, words: stopwords } of STOPWORDS) {
    let count = 0;
    for (const word of words2) if (stopwords.has(word)) count++;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
__name(detectLanguage, "detectLanguage");

// src/analysis/read.ts
var MAX_TITLE_WORDS = 12;
var MIN_STATEMENT_WORDS2 = 4;
function wordCount(text) {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
__name(wordCount, "wordCount");
function isTitleLine(block) {
  if (block.type !== "paragraph") return false;
  const text = block.text.replace(/\[([^\]]*)\]/g, "$1").trim();
  const words2 = wordCount(text);
  return words2 > 0 && words2 <= MAX_TITLE_WORDS && !/[.:;,!?]$/.test(text) && /^[\p{Lu}\p{N}]/u.test(text);
}
__name(isTitleLine, "isTitleLine");
function singleBasis2(lexicon, text) {
  const bases = basesMentioned(lexicon, text);
  return bases.length === 1 ? bases[0] ?? null : null;
}
__name(singleBasis2, "singleBasis");
function introducedBasis(block, lexicon) {
  if (block.type !== "paragraph") return null;
  const text = block.text.trim();
  if (!text.endsWith(":") && !lexicon.introduction.test(text)) return null;
  if (lexicon.objection.test(text)) return null;
  return singleBasis2(lexicon, text);
}
__name(introducedBasis, "introducedBasis");
var pretests2 = /* @__PURE__ */ new Map();
function mayStateAnything(text, lexicon) {
  let pretest = pretests2.get(lexicon);
  if (!pretest) {
    pretest = new AnyMatcherPretest([lexicon.ai, lexicon.model, lexicon.anyBasis, lexicon.objection]);
    pretests2.set(lexicon, pretest);
  }
  return pretest.mayMatch(text) || /\bArt/i.test(text);
}
__name(mayStateAnything, "mayStateAnything");
function unique(values) {
  return [...new Set(values)];
}
__name(unique, "unique");
function clean(text) {
  return text.replace(/\[([^\]]*)\]/g, "$1").replace(/\s+/g, " ").trim();
}
__name(clean, "clean");
function readBlocks(blocks, lexicon) {
  const aiTraining = [];
  const purposes = [];
  const objection = [];
  const seenPurposes = /* @__PURE__ */ new Set();
  const seenTraining = /* @__PURE__ */ new Map();
  const seenObjection = /* @__PURE__ */ new Set();
  let scope = null;
  let headingLevel = 0;
  const units = [];
  let current = null;
  const startUnit = /* @__PURE__ */ __name((title) => {
    current = { unit: { title, blocks: [] }, scope };
    units.push(current);
  }, "startUnit");
  for (const block of blocks) {
    if (block.type === "heading") {
      if (scope && block.level <= scope.endsAtLevel) scope = null;
      headingLevel = block.level;
      const basis = singleBasis2(lexicon, block.text);
      if (basis && wordCount(block.text) <= MAX_TITLE_WORDS) scope = { basis, endsAtLevel: block.level };
      startUnit(block.text);
      continue;
    }
    const introduced = introducedBasis(block, lexicon);
    if (introduced && introduced !== scope?.basis) {
      scope = { basis: introduced, endsAtLevel: headingLevel };
      startUnit(null);
      current.unit.blocks.push(block);
      continue;
    }
    if (isTitleLine(block) && scope) {
      startUnit(clean(block.text));
      continue;
    }
    if (!current) startUnit(null);
    current.unit.blocks.push(block);
  }
  const addPurpose = /* @__PURE__ */ __name((purpose, basis, section, training) => {
    if (!purpose || !basis) return;
    const text = clean(purpose);
    if (wordCount(text) < 2) return;
    const key = `${basis}|${text.toLowerCase()}`;
    if (seenPurposes.has(key)) {
      if (training) {
        for (const entry of purposes)
          if (`${entry.basis}|${entry.purpose.toLowerCase()}` === key) entry.aiTraining = true;
      }
      return;
    }
    seenPurposes.add(key);
    purposes.push({ purpose: text, basis, section, aiTraining: training });
  }, "addPurpose");
  for (const { unit, scope: unitScope } of units) {
    let knownUnitData = null;
    const unitData = /* @__PURE__ */ __name(() => {
      knownUnitData ??= aiDataKinds(unit.blocks.map((block) => block.text).join("\n"), lexicon);
      return knownUnitData;
    }, "unitData");
    const unitTrains = unit.title !== null && statesAiTraining(unit.title, lexicon);
    let unitHasTraining = unitTrains;
    for (const block of unit.blocks) {
      const isDataRow2 = block.type === "row" && block.rowRole === "data";
      if (block.type === "row" && !isDataRow2) continue;
      const section = sectionPath(block);
      const rowBasis = isDataRow2 ? block.basis : null;
      if (!mayStateAnything(block.text, lexicon)) {
        if (isDataRow2) addPurpose(rowPurpose(block, lexicon), rowBasis, section, false);
        continue;
      }
      const rowText = isDataRow2 ? block.text : "";
      let rowTrains = false;
      for (const sentence of blockSentences(block, lexicon)) {
        if (wordCount(sentence) < MIN_STATEMENT_WORDS2) continue;
        if (/\?["'»)]*\s*$/.test(sentence)) continue;
        const named = statesBasis(lexicon, sentence) ? basesMentioned(lexicon, sentence) : [];
        const isObjection = lexicon.objection.test(sentence);
        if (isObjection) {
          const key2 = clean(sentence).toLowerCase();
          if (!seenObjection.has(key2)) {
            seenObjection.add(key2);
            objection.push({ sentence: clean(sentence), section, ai: lexicon.ai.test(sentence) });
          }
        }
        if (!statesAiTraining(sentence, lexicon)) {
          if (!isDataRow2 && !isObjection && named.length === 1) addPurpose(sentence, named[0] ?? null, section, false);
          continue;
        }
        const data = unique([
          ...aiDataKinds(sentence, lexicon),
          ...isDataRow2 ? aiDataKinds(rowText, lexicon) : aiDataKinds(block.text, lexicon),
          ...unitTrains || unit.title ? unitData() : []
        ]);
        const hasData = data.length > 0 || namesData(sentence, lexicon) || namesData(isDataRow2 ? rowText : block.text, lexicon);
        if (!hasData) continue;
        const statedBasis = isObjection ? null : named[0] ?? null;
        const basis = rowBasis ?? statedBasis ?? unitScope?.basis ?? null;
        const key = clean(sentence).toLowerCase();
        rowTrains = true;
        unitHasTraining = true;
        const known = seenTraining.get(key);
        if (known) {
          known.data = AI_DATA_KINDS.filter((kind) => known.data.includes(kind) || data.includes(kind));
          known.basis ??= basis;
          continue;
        }
        const purpose = isDataRow2 ? rowPurpose(block, lexicon) : unit.title;
        const statement = {
          sentence: clean(sentence),
          section,
          data: data.length > 0 ? AI_DATA_KINDS.filter((kind) => data.includes(kind)) : ["collected-information"],
          basis,
          ...purpose ? { purpose: clean(purpose) } : {}
        };
        seenTraining.set(key, statement);
        aiTraining.push(statement);
      }
      if (isDataRow2) addPurpose(rowPurpose(block, lexicon), rowBasis, section, rowTrains);
    }
    if (unit.title && unitScope) {
      const section = unit.blocks[0] ? sectionPath(unit.blocks[0]) : "";
      const data = unitTrains ? unitData() : [];
      addPurpose(unit.title, unitScope.basis, section, unitHasTraining);
      if (unitTrains) {
        const key = clean(unit.title).toLowerCase();
        if (!seenTraining.has(key) && data.length > 0) {
          const title = clean(unit.title);
          const statement = { sentence: title, section, data, basis: unitScope.basis, purpose: title };
          seenTraining.set(key, statement);
          aiTraining.push(statement);
        }
      }
    }
  }
  const aiBases = unique(
    aiTraining.map((statement) => statement.basis).filter((basis) => basis !== null)
  );
  aiBases.sort((a, b) => Number(b === "legitimate-interests") - Number(a === "legitimate-interests"));
  return { language: lexicon.language, trainsAi: aiTraining.length > 0, aiTraining, aiBases, purposes, objection };
}
__name(readBlocks, "readBlocks");

// src/analysis/analyze.ts
var DEFAULT_WORK_BUDGET = 4e6;
var CLASSIFY_WORK = 200;
var PREPARED_CAPACITY = 4;
var MAX_PREPARED_LENGTH = 2e6;
var prepared = /* @__PURE__ */ new Map();
function prepare(text) {
  const cached = prepared.get(text);
  if (cached) return cached;
  const normalized = normalizePolicyText(text);
  const entry = {
    normalized,
    words: countWords(normalized),
    language: detectLanguage(normalized),
    blocks: /* @__PURE__ */ new Map()
  };
  if (text.length <= MAX_PREPARED_LENGTH) {
    if (prepared.size >= PREPARED_CAPACITY) prepared.delete(prepared.keys().next().value);
    prepared.set(text, entry);
  }
  return entry;
}
__name(prepare, "prepare");
function blocksOf(text, language) {
  let blocks = text.blocks.get(language);
  if (!blocks) {
    blocks = segment(text.normalized, getLexicon(language));
    text.blocks.set(language, blocks);
  }
  return blocks;
}
__name(blocksOf, "blocksOf");
var readings = /* @__PURE__ */ new WeakMap();
function readingOf(blocks, language) {
  let reading = readings.get(blocks);
  if (!reading) {
    reading = readBlocks(blocks, getLexicon(language));
    readings.set(blocks, reading);
  }
  return reading;
}
__name(readingOf, "readingOf");
function sentenceIndex(blocks, lexicon) {
  return new SentenceIndex(() => blocks.flatMap((block) => blockSentences(block, lexicon)));
}
__name(sentenceIndex, "sentenceIndex");
function resetAnalysisCaches() {
  prepared.clear();
  clearMemos();
}
__name(resetAnalysisCaches, "resetAnalysisCaches");
var MAX_BLOCK_EDITS = 400;
var MAX_LISTED_CHANGES = 2e3;
function emptyStats() {
  return {
    blocksBefore: 0,
    blocksAfter: 0,
    added: 0,
    removed: 0,
    modified: 0,
    moved: 0,
    unchanged: 0,
    ms: 0,
    coarse: false
  };
}
__name(emptyStats, "emptyStats");
function markReflow(classified) {
  let start = 0;
  const flush = /* @__PURE__ */ __name((end) => {
    const group = classified.slice(start, end).filter((entry) => !entry.noise && entry.pair.kind !== "moved");
    if (group.length > 1) {
      const before = group.map((entry) => entry.pair.before).filter((block) => block !== null);
      const after = group.map((entry) => entry.pair.after).filter((block) => block !== null);
      const length = /* @__PURE__ */ __name((blocks) => blocks.reduce((sum, block) => sum + block.key.length, 0), "length");
      const [a, b] = [length(before), length(after)];
      if (Math.abs(a - b) > 0.1 * Math.max(a, b) + 10) return;
      if (wordsOnly(before) === wordsOnly(after)) for (const entry of group) entry.noise = true;
    }
  }, "flush");
  classified.forEach((entry, index) => {
    if (entry.pair.kind === "equal") {
      flush(index);
      start = index + 1;
    }
  });
  flush(classified.length);
}
__name(markReflow, "markReflow");
function markRedatedLines(classified, lexicon) {
  const removed = /* @__PURE__ */ new Map();
  for (const entry of classified) {
    if (entry.pair.kind !== "removed" || entry.noise || !entry.pair.before) continue;
    const key = datelessKey(entry.pair.before, lexicon);
    if (key !== null) removed.set(key, entry);
  }
  if (removed.size === 0) return;
  for (const entry of classified) {
    if (entry.pair.kind !== "added" || entry.noise || !entry.pair.after) continue;
    const key = datelessKey(entry.pair.after, lexicon);
    const twin = key === null ? void 0 : removed.get(key);
    if (!twin || twin.noise) continue;
    twin.noise = true;
    entry.noise = true;
  }
}
__name(markRedatedLines, "markRedatedLines");
function analyzePolicyChange(oldText, newText, options = {}) {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const budget = options.budget ?? DEFAULT_WORK_BUDGET;
  let work = 0;
  const overBudget = /* @__PURE__ */ __name(() => ++work > budget, "overBudget");
  const oldPrepared = prepare(oldText);
  const newPrepared = prepare(newText);
  const language = options.language ?? newPrepared.language;
  const stats = emptyStats();
  const report = /* @__PURE__ */ __name((capture2, material2, rest = {}) => {
    stats.ms = Math.round((now() - started) * 100) / 100;
    stats.work = work;
    return {
      schemaVersion: ANALYSIS_SCHEMA_VERSION,
      language,
      material: material2,
      capture: capture2,
      stats,
      flags: [],
      changes: [],
      ...rest
    };
  }, "report");
  const capture = assessNormalizedCapture(newPrepared, oldPrepared);
  if (capture !== "ok") return report(capture, false);
  const lexicon = getLexicon(language);
  let after = blocksOf(newPrepared, language);
  const state = readingOf(after, language);
  if (oldPrepared.words < MIN_POLICY_WORDS) return report("ok", false, { state });
  const oldLanguage = options.language ?? oldPrepared.language;
  if (oldLanguage !== language) return report("ok", false, { languageBefore: oldLanguage, state });
  const before = copyToCompare(blocksOf(oldPrepared, language), after);
  after = copyToCompare(after, before);
  stats.blocksBefore = before.length;
  stats.blocksAfter = after.length;
  const alignment = alignBlocks(before, after, { overBudget, datelessKey: /* @__PURE__ */ __name((block) => datelessKey(block, lexicon), "datelessKey") });
  stats.coarse = alignment.coarse;
  const classified = alignment.pairs.map((original) => {
    const basisChanged = original.before?.type === "row" && original.before.basis !== original.after?.basis;
    const pair = original.kind === "equal" && basisChanged ? { ...original, kind: "moved" } : original;
    if (pair.kind === "modified" && pair.before && pair.after) {
      const oldTokens = tokenize(pair.before.text);
      const newTokens = tokenize(pair.after.text);
      work += oldTokens.length + newTokens.length;
      const ops = overBudget() ? null : diffTokens(oldTokens, newTokens, MAX_BLOCK_EDITS);
      if (!ops) stats.coarse = true;
      return { pair, ops, noise: ops !== null && isNoiseEdit(ops, pair.after, lexicon) };
    }
    if (pair.kind === "moved") {
      return { pair, ops: null, noise: pair.before?.basis === pair.after?.basis };
    }
    const block = pair.after ?? pair.before;
    return { pair, ops: null, noise: block !== null && isShortLinkAlone(block) };
  });
  markReflow(classified);
  markRedatedLines(classified, lexicon);
  const changes = [];
  const material = [];
  for (const { pair, ops, noise } of classified) {
    if (pair.kind === "equal") {
      stats.unchanged++;
      continue;
    }
    stats[pair.kind]++;
    if (!noise) material.push({ kind: pair.kind, before: pair.before, after: pair.after, ops });
    if (changes.length >= MAX_LISTED_CHANGES) continue;
    const block = pair.after ?? pair.before;
    const change = {
      change: pair.kind,
      section: block ? sectionPath(block) : "",
      before: pair.before?.text ?? null,
      after: pair.after?.text ?? null
    };
    if (ops) change.words = toWordRuns(ops);
    if (noise) change.noise = true;
    changes.push(change);
  }
  const classification = classify(material, lexicon, newPrepared.normalized, () => {
    work += CLASSIFY_WORK;
    return overBudget();
  });
  if (!classification.complete) stats.coarse = true;
  const delta = compareReadings(readingOf(before, language), state);
  const flags = material.length > 0 ? finalizeFlags(
    reconcile(classification.candidates, delta, {
      before: sentenceIndex(before, lexicon),
      after: sentenceIndex(after, lexicon)
    }),
    (text) => lexicon.ai.test(text)
  ) : [];
  return report("ok", material.length > 0, { flags, changes, state });
}
__name(analyzePolicyChange, "analyzePolicyChange");
export {
  analyzePolicyChange,
  normalizePolicyText,
  resetAnalysisCaches
};
