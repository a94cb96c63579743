# parascore.py PRED_DIR TRUTH_DIR: precision and recall of paragraph breaks (one
# paragraph per line in both), breaks matched through a token alignment.
import difflib, sys, os, unicodedata
def toks(path):
    out=[]; brk=set()
    for line in open(path,encoding='utf-8'):
        w=unicodedata.normalize('NFC',line).split()
        if not w: continue
        out+=w; brk.add(len(out))
    return out,brk
pred,truth=sys.argv[1],sys.argv[2]
TP=FP=FN=0
for n in sorted(os.listdir(truth)):
    t,tb=toks(os.path.join(truth,n)); p,pb=toks(os.path.join(pred,n))
    sm=difflib.SequenceMatcher(None,t,p,autojunk=False)
    m={}
    for a,b,s in sm.get_matching_blocks():
        for k in range(s+1): m[a+k]=b+k
    mapped={m[i] for i in tb if i in m}
    tp=len(mapped & pb); TP+=tp; FN+=len(tb)-tp; FP+=len(pb)-tp
print('paragraph breaks: precision %.3f recall %.3f (truth %d, found %d)'%(TP/max(TP+FP,1),TP/max(TP+FN,1),TP+FN,TP+FP))
