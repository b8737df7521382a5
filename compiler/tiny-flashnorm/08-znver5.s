	.file	"LLVMDialectModule"
	.text
	.globl	k2
	.p2align	4
	.type	k2,@function
k2:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB0_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	shlq	$3, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB0_2:
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -124(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	4(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -120(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	8(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -116(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	12(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -112(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	16(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -108(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	20(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -104(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	24(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -100(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	28(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -96(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	32(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -92(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	36(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -88(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	40(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -84(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	44(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -80(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	48(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -76(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	52(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -72(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	56(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -68(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	60(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -64(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	64(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -60(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	68(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -56(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	72(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -52(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	76(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -48(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	80(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -44(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	84(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -40(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	88(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -36(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	92(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -32(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	96(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -28(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	100(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -24(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	104(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -20(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	108(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -16(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	112(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -12(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	116(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -8(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	120(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -4(%rdx)
	movq	(%r8), %r10
	addq	%rdi, %r8
	imulq	%r9, %r10
	vmovss	124(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB0_2
.LBB0_3:
	retq
.Lfunc_end0:
	.size	k2, .Lfunc_end0-k2

	.globl	_mlir_ciface_k2
	.p2align	4
	.type	_mlir_ciface_k2,@function
_mlir_ciface_k2:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k2@PLT
	addq	$120, %rsp
	retq
.Lfunc_end1:
	.size	_mlir_ciface_k2, .Lfunc_end1-_mlir_ciface_k2

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI2_0:
	.quad	16
	.quad	20
	.quad	24
	.quad	28
.LCPI2_10:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI2_1:
	.quad	32
	.quad	36
	.quad	40
	.quad	44
	.quad	48
	.quad	52
	.quad	56
	.quad	60
.LCPI2_2:
	.quad	64
	.quad	68
	.quad	72
	.quad	76
	.quad	80
	.quad	84
	.quad	88
	.quad	92
.LCPI2_3:
	.quad	96
	.quad	100
	.quad	104
	.quad	108
	.quad	112
	.quad	116
	.quad	120
	.quad	124
.LCPI2_4:
	.quad	8
	.quad	9
	.quad	10
	.quad	11
	.quad	12
	.quad	13
	.quad	14
	.quad	15
.LCPI2_5:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI2_6:
	.long	0x3d000000
.LCPI2_7:
	.long	0x3727c5ac
.LCPI2_8:
	.long	0x3f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI2_9:
	.quad	16
.LCPI2_11:
	.quad	4
	.text
	.globl	k6
	.p2align	4
	.type	k6,@function
k6:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$760, %rsp
	movq	%r9, 48(%rsp)
	movq	%rsi, 32(%rsp)
	movq	1032(%rsp), %rax
	movq	%rax, 40(%rsp)
	movq	944(%rsp), %rax
	movq	1016(%rsp), %r13
	movq	1000(%rsp), %r12
	movq	976(%rsp), %rbp
	movq	%rax, 16(%rsp)
	movq	%r13, %rdi
	shlq	$7, %rdi
	movq	920(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	888(%rsp), %rbx
	movq	864(%rsp), %r15
	movq	832(%rsp), %r14
	callq	malloc@PLT
	movq	%rax, 8(%rsp)
	testq	%r13, %r13
	jle	.LBB2_26
	vpbroadcastq	%r15, %zmm0
	vpmullq	.LCPI2_0(%rip), %ymm0, %ymm1
	vpmullq	.LCPI2_1(%rip), %zmm0, %zmm2
	vpmullq	.LCPI2_2(%rip), %zmm0, %zmm9
	vpmullq	.LCPI2_3(%rip), %zmm0, %zmm0
	leaq	(%r15,%r15,2), %rax
	kxnorw	%k0, %k0, %k1
	kxnorb	%k0, %k0, %k2
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm11, %xmm11, %xmm11
	vmovss	(%r14), %xmm4
	vmovss	(%r14,%r15,4), %xmm5
	vmovss	(%r14,%r15,8), %xmm6
	movq	48(%rsp), %r9
	vxorps	%xmm3, %xmm3, %xmm3
	cmpq	$4, %r13
	movq	%r13, %r10
	vmovss	(%r14,%rax,4), %xmm7
	setae	%al
	cmpq	$1, %r9
	sete	%cl
	andb	%al, %cl
	vgatherqps	(%r14,%ymm1), %xmm8 {%k1}
	vgatherqps	(%r14,%zmm2), %ymm11 {%k2}
	kxnorb	%k0, %k0, %k2
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm1, %xmm1, %xmm1
	vgatherqps	(%r14,%zmm0), %ymm3 {%k2}
	vgatherqps	(%r14,%zmm9), %ymm1 {%k1}
	vinsertf64x4	$1, %ymm3, %zmm1, %zmm16
	cmpb	$1, %cl
	jne	.LBB2_2
	movq	32(%rsp), %r11
	vextractf128	$1, %ymm11, %xmm2
	vextractf32x4	$2, %zmm16, %xmm9
	vextractf32x4	$3, %zmm16, %xmm12
	movabsq	$9223372036854775792, %rdx
	vshufps	$255, %xmm8, %xmm8, %xmm1
	vmovups	%zmm16, 496(%rsp)
	vmovaps	%xmm4, 128(%rsp)
	vmovaps	%xmm5, 112(%rsp)
	vmovaps	%xmm6, 96(%rsp)
	vmovaps	%xmm7, 80(%rsp)
	vmovaps	%xmm8, 64(%rsp)
	vmovups	%ymm11, 208(%rsp)
	vmovaps	%xmm1, 192(%rsp)
	vmovaps	%xmm12, 176(%rsp)
	vmovaps	%xmm9, 160(%rsp)
	cmpq	$16, %r10
	jae	.LBB2_5
	movq	8(%rsp), %r8
	xorl	%ecx, %ecx
	jmp	.LBB2_9
.LBB2_2:
	movq	8(%rsp), %r8
	movq	32(%rsp), %r11
	xorl	%ecx, %ecx
	jmp	.LBB2_12
.LBB2_5:
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm5, %zmm10
	vbroadcastss	%xmm6, %zmm5
	vmovshdup	%xmm8, %xmm4
	vbroadcastss	%xmm7, %zmm6
	vshufpd	$1, %xmm8, %xmm8, %xmm3
	vbroadcastss	%xmm1, %zmm18
	vmovshdup	%xmm11, %xmm1
	vmovdqa64	.LCPI2_5(%rip), %zmm13
	vpbroadcastq	.LCPI2_9(%rip), %zmm14
	vbroadcastss	%xmm2, %zmm23
	vbroadcastss	%xmm11, %zmm19
	vshufps	$170, %zmm16, %zmm16, %zmm7
	vbroadcastss	%xmm16, %zmm27
	movq	%r10, %rcx
	andq	%rdx, %rcx
	leaq	124(%r11), %rsi
	xorl	%edi, %edi
	vbroadcastss	%xmm1, %zmm20
	vshufps	$255, %xmm11, %xmm11, %xmm1
	vmovups	%zmm0, 368(%rsp)
	vmovups	%zmm10, 304(%rsp)
	vmovups	%zmm5, 240(%rsp)
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm8, %zmm5
	vmovups	%zmm6, 432(%rsp)
	vbroadcastss	%xmm1, %zmm22
	vshufpd	$1, %xmm16, %xmm16, %xmm1
	vshufps	$85, %zmm16, %zmm16, %zmm6
	vbroadcastss	%xmm9, %zmm4
	vshuff64x2	$170, %zmm7, %zmm7, %zmm9
	vshuff64x2	$255, %zmm7, %zmm7, %zmm7
	vbroadcastss	%xmm1, %zmm29
	vextractf32x4	$1, %ymm16, %xmm1
	vshuff64x2	$170, %zmm6, %zmm6, %zmm8
	vshuff64x2	$255, %zmm6, %zmm6, %zmm6
	vmovups	%zmm5, 688(%rsp)
	vmovups	%zmm0, 624(%rsp)
	vbroadcastss	%xmm3, %zmm0
	vbroadcastss	%xmm12, %zmm5
	vmovdqa64	.LCPI2_4(%rip), %zmm12
	vshufpd	$1, %xmm11, %xmm11, %xmm3
	vbroadcastss	%xmm1, %zmm31
	vbroadcastss	%xmm3, %zmm21
	vmovupd	%zmm0, 560(%rsp)
	vshufps	$85, %ymm11, %ymm11, %ymm0
	vmovaps	%xmm2, 144(%rsp)
	vmovshdup	%xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm24
	vshufps	$170, %ymm11, %ymm11, %ymm0
	movq	8(%rsp), %r8
	vbroadcastss	%xmm2, %zmm28
	vshufps	$255, %xmm16, %xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm25
	vshufps	$255, %ymm11, %ymm11, %ymm0
	vshufps	$255, %zmm16, %zmm16, %zmm11
	vbroadcastss	%xmm2, %zmm30
	vshuff64x2	$85, %zmm0, %zmm0, %zmm26
	vshufps	$85, %ymm16, %ymm16, %ymm0
	vshuff64x2	$170, %zmm11, %zmm11, %zmm10
	vshuff64x2	$255, %zmm11, %zmm11, %zmm11
	vshuff64x2	$85, %zmm0, %zmm0, %zmm1
	vshufps	$170, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm2
	vshufps	$255, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm3
	.p2align	4
.LBB2_6:
	vmovups	-120(%rsi,%rdi,4), %zmm15
	vmovups	-124(%rsi,%rdi,4), %zmm0
	vmovups	-116(%rsi,%rdi,4), %zmm16
	kxnorb	%k0, %k0, %k1
	vmulps	%zmm0, %zmm0, %zmm17
	vmulps	%zmm15, %zmm15, %zmm15
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm15, %zmm17, %zmm15
	vmovups	-112(%rsi,%rdi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vmovups	(%rsi,%rdi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-108(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-104(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-100(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-96(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-92(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-88(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-84(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-80(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-76(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-72(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-68(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-64(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-60(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-56(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-52(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-48(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-44(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-40(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-36(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-32(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-28(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-24(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-20(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-16(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-12(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-8(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-4(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	.LCPI2_6(%rip){1to16}, %zmm15, %zmm15
	vbroadcastss	.LCPI2_8(%rip), %zmm16
	vaddps	.LCPI2_7(%rip){1to16}, %zmm15, %zmm15
	vsqrtps	%zmm15, %zmm15
	vdivps	%zmm15, %zmm16, %zmm17
	vpsllq	$7, %zmm13, %zmm16
	vpsllq	$7, %zmm12, %zmm15
	vpaddq	%zmm14, %zmm13, %zmm13
	vpaddq	%zmm14, %zmm12, %zmm12
	vmulps	%zmm0, %zmm17, %zmm0
	vmulps	368(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, (%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, (%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-120(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	304(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 4(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 4(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-116(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	240(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 8(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 8(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-112(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	432(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 12(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 12(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-108(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	688(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 16(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 16(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-104(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	624(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 20(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 20(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-100(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	560(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 24(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 24(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-96(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm18, %zmm0, %zmm0
	vscatterqps	%ymm0, 28(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 28(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-92(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm19, %zmm0, %zmm0
	vscatterqps	%ymm0, 32(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 32(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-88(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm20, %zmm0, %zmm0
	vscatterqps	%ymm0, 36(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 36(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-84(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm21, %zmm0, %zmm0
	vscatterqps	%ymm0, 40(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 40(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-80(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm22, %zmm0, %zmm0
	vscatterqps	%ymm0, 44(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 44(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-76(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm23, %zmm0, %zmm0
	vscatterqps	%ymm0, 48(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 48(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-72(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm24, %zmm0, %zmm0
	vscatterqps	%ymm0, 52(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 52(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-68(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm25, %zmm0, %zmm0
	vscatterqps	%ymm0, 56(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 56(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-64(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm26, %zmm0, %zmm0
	vscatterqps	%ymm0, 60(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 60(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-60(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm27, %zmm0, %zmm0
	vscatterqps	%ymm0, 64(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 64(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-56(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm28, %zmm0, %zmm0
	vscatterqps	%ymm0, 68(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 68(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-52(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm29, %zmm0, %zmm0
	vscatterqps	%ymm0, 72(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 72(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-48(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm30, %zmm0, %zmm0
	vscatterqps	%ymm0, 76(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 76(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-44(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm31, %zmm0, %zmm0
	vscatterqps	%ymm0, 80(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 80(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-40(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm1, %zmm0, %zmm0
	vscatterqps	%ymm0, 84(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 84(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-36(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm2, %zmm0, %zmm0
	vscatterqps	%ymm0, 88(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 88(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-32(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm3, %zmm0, %zmm0
	vscatterqps	%ymm0, 92(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 92(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-28(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm4, %zmm0, %zmm0
	vscatterqps	%ymm0, 96(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 96(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-24(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm8, %zmm0, %zmm0
	vscatterqps	%ymm0, 100(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 100(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-20(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm9, %zmm0, %zmm0
	vscatterqps	%ymm0, 104(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 104(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-16(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm10, %zmm0, %zmm0
	vscatterqps	%ymm0, 108(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 108(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-12(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm5, %zmm0, %zmm0
	vscatterqps	%ymm0, 112(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 112(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-8(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm6, %zmm0, %zmm0
	vscatterqps	%ymm0, 116(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 116(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-4(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm7, %zmm0, %zmm0
	vscatterqps	%ymm0, 120(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 120(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	(%rsi,%rdi,4), %zmm17, %zmm0
	addq	$16, %rdi
	vmulps	%zmm11, %zmm0, %zmm0
	vscatterqps	%ymm0, 124(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 124(%r8,%zmm15) {%k1}
	cmpq	%rdi, %rcx
	jne	.LBB2_6
	vmovups	496(%rsp), %zmm16
	vmovaps	128(%rsp), %xmm4
	vmovaps	112(%rsp), %xmm5
	vmovaps	96(%rsp), %xmm6
	vmovaps	80(%rsp), %xmm7
	vmovaps	64(%rsp), %xmm8
	vmovups	208(%rsp), %ymm11
	vmovaps	144(%rsp), %xmm2
	cmpq	%rcx, %r10
	je	.LBB2_14
	testb	$12, %r10b
	je	.LBB2_12
.LBB2_9:
	vbroadcastss	%xmm4, %xmm0
	vmovaps	%zmm16, %zmm1
	movq	%rcx, %rsi
	addq	$12, %rdx
	vbroadcastss	%xmm2, %xmm12
	vbroadcastss	%xmm1, %xmm16
	vshufps	$85, %xmm11, %xmm11, %xmm9
	vshufps	$170, %xmm11, %xmm11, %xmm10
	vshufps	$85, %xmm2, %xmm2, %xmm13
	vshufps	$170, %xmm2, %xmm2, %xmm14
	vshufps	$255, %xmm2, %xmm2, %xmm15
	vshufps	$85, %xmm1, %xmm1, %xmm17
	vshufps	$170, %xmm1, %xmm1, %xmm31
	movq	%rdx, %rcx
	andq	%r10, %rcx
	leaq	124(%r11), %rdx
	vmovaps	%xmm0, 368(%rsp)
	vbroadcastss	%xmm5, %xmm0
	vbroadcastss	%xmm8, %xmm5
	vmovaps	%xmm0, 304(%rsp)
	vbroadcastss	%xmm6, %xmm0
	vshufps	$85, %xmm8, %xmm8, %xmm6
	vmovaps	%xmm0, 240(%rsp)
	vbroadcastss	%xmm7, %xmm0
	vshufps	$170, %xmm8, %xmm8, %xmm7
	vbroadcastss	%xmm11, %xmm8
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vmovaps	%xmm0, 432(%rsp)
	vextractf128	$1, %ymm1, %xmm0
	vmovaps	192(%rsp), %xmm4
	vbroadcastss	%xmm0, %xmm18
	vshufps	$85, %xmm0, %xmm0, %xmm19
	vshufps	$170, %xmm0, %xmm0, %xmm20
	vshufps	$255, %xmm0, %xmm0, %xmm21
	vmovaps	160(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm22
	vshufps	$85, %xmm0, %xmm0, %xmm23
	vshufps	$170, %xmm0, %xmm0, %xmm24
	vshufps	$255, %xmm0, %xmm0, %xmm25
	vmovaps	176(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm26
	vshufps	$85, %xmm0, %xmm0, %xmm27
	vshufps	$170, %xmm0, %xmm0, %xmm28
	vshufps	$255, %xmm0, %xmm0, %xmm29
	vpbroadcastq	%rsi, %ymm0
	vporq	.LCPI2_10(%rip), %ymm0, %ymm30
	vshufps	$255, %xmm1, %xmm1, %xmm0
	.p2align	4
.LBB2_10:
	vmovups	-120(%rdx,%rsi,4), %xmm1
	vmovups	-124(%rdx,%rsi,4), %xmm3
	kxnorw	%k0, %k0, %k1
	vmulps	%xmm3, %xmm3, %xmm2
	vmulps	%xmm1, %xmm1, %xmm1
	vaddps	%xmm1, %xmm2, %xmm1
	vmovups	-116(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-112(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-108(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-104(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-100(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-96(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-92(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-88(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-84(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-80(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-76(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-72(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-68(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-64(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-60(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-56(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-52(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-48(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-44(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-40(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-36(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-32(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-28(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-24(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-20(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-16(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-12(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-8(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-4(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmulps	.LCPI2_6(%rip){1to4}, %xmm1, %xmm1
	vbroadcastss	.LCPI2_8(%rip), %xmm2
	vaddps	.LCPI2_7(%rip){1to4}, %xmm1, %xmm1
	vsqrtps	%xmm1, %xmm1
	vdivps	%xmm1, %xmm2, %xmm2
	vpsllq	$7, %ymm30, %ymm1
	vpaddq	.LCPI2_11(%rip){1to4}, %ymm30, %ymm30
	vmulps	%xmm3, %xmm2, %xmm3
	vmulps	368(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, (%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-120(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	304(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 4(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-116(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	240(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 8(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-112(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	432(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 12(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-108(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm5, %xmm3, %xmm3
	vscatterqps	%xmm3, 16(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-104(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm6, %xmm3, %xmm3
	vscatterqps	%xmm3, 20(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-100(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm7, %xmm3, %xmm3
	vscatterqps	%xmm3, 24(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-96(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm4, %xmm3, %xmm3
	vscatterqps	%xmm3, 28(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-92(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm8, %xmm3
	vscatterqps	%xmm3, 32(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-88(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm9, %xmm3
	vscatterqps	%xmm3, 36(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-84(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm10, %xmm3
	vscatterqps	%xmm3, 40(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-80(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm11, %xmm3
	vscatterqps	%xmm3, 44(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-76(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm12, %xmm3
	vscatterqps	%xmm3, 48(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-72(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm13, %xmm3
	vscatterqps	%xmm3, 52(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-68(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm14, %xmm3
	vscatterqps	%xmm3, 56(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-64(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm15, %xmm3
	vscatterqps	%xmm3, 60(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-60(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm16, %xmm3, %xmm3
	vscatterqps	%xmm3, 64(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-56(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm17, %xmm3, %xmm3
	vscatterqps	%xmm3, 68(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-52(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm31, %xmm3, %xmm3
	vscatterqps	%xmm3, 72(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-48(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm0, %xmm3, %xmm3
	vscatterqps	%xmm3, 76(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-44(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm18, %xmm3, %xmm3
	vscatterqps	%xmm3, 80(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-40(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm19, %xmm3, %xmm3
	vscatterqps	%xmm3, 84(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-36(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm20, %xmm3, %xmm3
	vscatterqps	%xmm3, 88(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-32(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm21, %xmm3, %xmm3
	vscatterqps	%xmm3, 92(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-28(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm22, %xmm3, %xmm3
	vscatterqps	%xmm3, 96(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-24(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm23, %xmm3, %xmm3
	vscatterqps	%xmm3, 100(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-20(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm24, %xmm3, %xmm3
	vscatterqps	%xmm3, 104(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-16(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm25, %xmm3, %xmm3
	vscatterqps	%xmm3, 108(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-12(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm26, %xmm3, %xmm3
	vscatterqps	%xmm3, 112(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-8(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm27, %xmm3, %xmm3
	vscatterqps	%xmm3, 116(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-4(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm28, %xmm3, %xmm3
	vscatterqps	%xmm3, 120(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	(%rdx,%rsi,4), %xmm2, %xmm2
	addq	$4, %rsi
	vmulps	%xmm29, %xmm2, %xmm2
	vscatterqps	%xmm2, 124(%r8,%ymm1) {%k1}
	cmpq	%rsi, %rcx
	jne	.LBB2_10
	vmovups	496(%rsp), %zmm16
	vmovaps	128(%rsp), %xmm4
	vmovaps	112(%rsp), %xmm5
	vmovaps	96(%rsp), %xmm6
	vmovaps	80(%rsp), %xmm7
	vmovaps	64(%rsp), %xmm8
	vmovups	208(%rsp), %ymm11
	cmpq	%rcx, %r10
	je	.LBB2_14
.LBB2_12:
	vmovss	.LCPI2_6(%rip), %xmm1
	vmovss	.LCPI2_7(%rip), %xmm2
	vmovss	.LCPI2_8(%rip), %xmm3
	vinsertps	$16, %xmm5, %xmm4, %xmm0
	movq	%rcx, %rax
	imulq	%r9, %rax
	movq	%r10, %rdx
	subq	%rcx, %rdx
	shlq	$7, %rcx
	shlq	$2, %r9
	vinsertps	$32, %xmm6, %xmm0, %xmm0
	leaq	64(%rcx,%r8), %rcx
	vinsertps	$48, %xmm7, %xmm0, %xmm0
	vinsertf64x4	$1, %ymm11, %zmm0, %zmm0
	leaq	(%r11,%rax,4), %rsi
	vinsertf32x4	$1, %xmm8, %zmm0, %zmm0
	.p2align	4
.LBB2_13:
	vmovss	(%rsi), %xmm4
	vmovss	4(%rsi), %xmm5
	vmulss	%xmm4, %xmm4, %xmm4
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	8(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	12(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	16(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	20(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	24(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	28(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	32(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	36(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	40(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	44(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	48(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	52(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	56(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	60(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	64(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	68(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	72(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	76(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	80(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	84(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	88(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	92(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	96(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	104(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	112(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	120(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmulss	%xmm1, %xmm4, %xmm4
	vaddss	%xmm2, %xmm4, %xmm4
	vsqrtss	%xmm4, %xmm4, %xmm4
	vdivss	%xmm4, %xmm3, %xmm4
	vbroadcastss	%xmm4, %zmm4
	vmulps	(%rsi), %zmm4, %zmm5
	vmulps	%zmm0, %zmm5, %zmm5
	vmovups	%zmm5, -64(%rcx)
	vmulps	64(%rsi), %zmm4, %zmm4
	addq	%r9, %rsi
	vmulps	%zmm16, %zmm4, %zmm4
	vmovups	%zmm4, (%rcx)
	subq	$-128, %rcx
	decq	%rdx
	jne	.LBB2_13
.LBB2_14:
	movq	40(%rsp), %rax
	movq	24(%rsp), %rcx
	leaq	(,%rbp,4), %r8
	movq	%rbp, %rdi
	shlq	$6, %rdi
	xorl	%esi, %esi
	movq	%r12, %r13
	leaq	(,%rax,4), %r14
	imulq	$124, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	384(%rbx,%rax), %rax
	movq	%rax, 304(%rsp)
	movq	%r12, %rax
	subq	16(%rsp), %rax
	movq	%rax, 240(%rsp)
	leaq	(%r8,%r8), %rax
	movq	%r10, 56(%rsp)
	movq	%r14, 368(%rsp)
	jmp	.LBB2_15
	.p2align	4
.LBB2_25:
	movq	368(%rsp), %r14
	movq	56(%rsp), %r10
	incq	%rsi
	addq	%r14, %r13
	cmpq	%r10, %rsi
	je	.LBB2_26
.LBB2_15:
	movq	%rsi, %r10
	imulq	40(%rsp), %r10
	imulq	%rsi, %r14
	cmpq	$1, %rbp
	jne	.LBB2_17
	movq	240(%rsp), %rcx
	addq	%r14, %rcx
	cmpq	$127, %rcx
	jbe	.LBB2_17
	movq	16(%rsp), %rcx
	vmovups	(%rcx), %zmm0
	vmovups	64(%rcx), %zmm1
	vmovups	%zmm0, (%r12,%r10,4)
	vmovups	%zmm1, 64(%r12,%r10,4)
	vmovups	128(%rcx), %zmm0
	vmovups	192(%rcx), %zmm1
	vmovups	%zmm0, 128(%r12,%r10,4)
	vmovups	%zmm1, 192(%r12,%r10,4)
	vmovupd	256(%rcx), %zmm0
	vmovups	320(%rcx), %zmm1
	vmovupd	%zmm0, 256(%r12,%r10,4)
	vmovups	%zmm1, 320(%r12,%r10,4)
	jmp	.LBB2_20
	.p2align	4
.LBB2_17:
	movq	16(%rsp), %rdx
	movl	$15, %ecx
	.p2align	4
.LBB2_18:
	vmovss	(%rdx), %xmm0
	leaq	(%rdx,%r8), %r15
	addq	%r8, %r15
	vmovss	%xmm0, -60(%r13,%rcx,4)
	vmovss	(%rdx,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r13,%rcx,4)
	vmovss	(%rdx,%rbp,8), %xmm0
	addq	%rdi, %rdx
	vmovss	%xmm0, -52(%r13,%rcx,4)
	vmovss	(%r15,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r13,%rcx,4)
	vmovss	(%r15,%rbp,8), %xmm0
	addq	%rax, %r15
	leaq	(%r15,%rbp,4), %r11
	vmovss	%xmm0, -44(%r13,%rcx,4)
	vmovss	(%r15,%rbp,4), %xmm0
	vmovss	%xmm0, -40(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -36(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -32(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -28(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -24(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -20(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -16(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -12(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -8(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -4(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	vmovss	%xmm0, (%r13,%rcx,4)
	addq	$16, %rcx
	cmpq	$111, %rcx
	jne	.LBB2_18
.LBB2_20:
	movq	24(%rsp), %r11
	leaq	(%r12,%r14), %rcx
	leaq	384(%r12,%r14), %rdx
	movq	%rsi, %r14
	shlq	$7, %r14
	addq	8(%rsp), %r14
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	304(%rsp), %rcx
	setb	%r15b
	cmpq	%rdx, %rbx
	setb	%cl
	xorl	%edx, %edx
	andb	%r15b, %cl
	movq	%rbx, %r15
	orb	%r11b, %cl
	jmp	.LBB2_21
	.p2align	4
.LBB2_27:
	movq	%rdx, %r11
	imulq	24(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vaddps	(%r12,%r10,4), %zmm1, %zmm1
	vaddps	64(%r12,%r10,4), %zmm2, %zmm2
	vmovups	%zmm1, (%r12,%r10,4)
	vmovups	%zmm2, 64(%r12,%r10,4)
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm2
	vaddps	128(%r12,%r10,4), %zmm1, %zmm1
	vaddps	192(%r12,%r10,4), %zmm2, %zmm2
	vmovups	%zmm1, 128(%r12,%r10,4)
	vmovups	%zmm2, 192(%r12,%r10,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	256(%r12,%r10,4), %zmm1, %zmm1
	vaddps	320(%r12,%r10,4), %zmm0, %zmm0
	vmovups	%zmm1, 256(%r12,%r10,4)
	vmovups	%zmm0, 320(%r12,%r10,4)
.LBB2_24:
	incq	%rdx
	addq	%r9, %r15
	cmpq	$32, %rdx
	je	.LBB2_25
.LBB2_21:
	vmovss	(%r14,%rdx,4), %xmm0
	testb	%cl, %cl
	je	.LBB2_27
	movl	$11, %r11d
	.p2align	4
.LBB2_23:
	vmulss	-44(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r13,%r11,4)
	vmulss	-40(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r13,%r11,4)
	vmulss	-36(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r13,%r11,4)
	vmulss	-32(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r13,%r11,4)
	vmulss	-28(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r13,%r11,4)
	vmulss	-24(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r13,%r11,4)
	vmulss	-20(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r13,%r11,4)
	vmulss	-16(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r13,%r11,4)
	vmulss	-12(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r13,%r11,4)
	vmulss	-8(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r13,%r11,4)
	vmulss	-4(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r13,%r11,4)
	vmulss	(%r15,%r11,4), %xmm0, %xmm1
	vaddss	(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r13,%r11,4)
	addq	$12, %r11
	cmpq	$107, %r11
	jne	.LBB2_23
	jmp	.LBB2_24
.LBB2_26:
	movq	8(%rsp), %rdi
	addq	$760, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end2:
	.size	k6, .Lfunc_end2-k6

	.globl	_mlir_ciface_k6
	.p2align	4
	.type	_mlir_ciface_k6,@function
_mlir_ciface_k6:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k6@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end3:
	.size	_mlir_ciface_k6, .Lfunc_end3-_mlir_ciface_k6

	.globl	k13
	.p2align	4
	.type	k13,@function
k13:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$136, %rsp
	movq	%r9, 80(%rsp)
	movq	%rsi, %r12
	movq	464(%rsp), %rax
	movq	%rax, 104(%rsp)
	movq	432(%rsp), %rax
	movq	448(%rsp), %r15
	movq	%rax, 96(%rsp)
	movq	%r15, %r14
	shlq	$7, %r14
	movq	408(%rsp), %rax
	movq	%r14, %rdi
	movq	%rax, 48(%rsp)
	movq	376(%rsp), %rax
	movq	%rax, 16(%rsp)
	movq	352(%rsp), %rax
	movq	%rax, 88(%rsp)
	movq	320(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	296(%rsp), %rax
	movq	%rax, 120(%rsp)
	movq	264(%rsp), %r13
	movq	240(%rsp), %rbp
	movq	208(%rsp), %rbx
	callq	malloc@PLT
	movq	%r14, %rdi
	movq	%rax, 8(%rsp)
	callq	malloc@PLT
	movq	%rax, 32(%rsp)
	movq	%r15, 56(%rsp)
	testq	%r15, %r15
	jle	.LBB4_25
	movq	8(%rsp), %rax
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edx, %edx
	movq	%rax, 72(%rsp)
	movq	32(%rsp), %rax
	movq	%rax, 64(%rsp)
	jmp	.LBB4_2
	.p2align	4
.LBB4_13:
	movq	112(%rsp), %rdx
	subq	$-128, 64(%rsp)
	subq	$-128, 72(%rsp)
	incq	%rdx
	cmpq	56(%rsp), %rdx
	je	.LBB4_14
.LBB4_2:
	movl	$2, %eax
	movq	80(%rsp), %r9
	movl	$0, %ecx
	subq	%rdx, %rax
	movq	%rax, %rdi
	cmovbq	%rcx, %rdi
	leaq	1(%rdi), %rsi
	movq	%rdi, %r8
	subq	%rax, %r8
	subq	%rax, %rsi
	leaq	(%rdx,%rdi), %rax
	imulq	%r9, %rsi
	imulq	%r9, %r8
	imulq	%r9, %rax
	movq	%rsi, 40(%rsp)
	movq	%rdx, 112(%rsp)
	xorl	%esi, %esi
	movq	%rax, 24(%rsp)
	jmp	.LBB4_3
	.p2align	4
.LBB4_12:
	movq	120(%rsp), %rdx
	imulq	%rdx, %rax
	imulq	%rdx, %rcx
	imulq	%rdx, %r14
	vaddss	(%r13,%rax,4), %xmm2, %xmm2
	vaddss	(%r13,%rcx,4), %xmm3, %xmm3
	vaddss	(%r13,%r14,4), %xmm1, %xmm1
	movq	64(%rsp), %rcx
	movq	72(%rsp), %rax
	vmulss	%xmm3, %xmm2, %xmm2
	vmovss	%xmm1, (%rcx,%rsi,4)
	vmovss	%xmm2, (%rax,%rsi,4)
	incq	%rsi
	cmpq	$32, %rsi
	je	.LBB4_13
.LBB4_3:
	movq	%rsi, %rax
	andq	$-8, %rax
	movl	%esi, %r11d
	andl	$7, %r11d
	leaq	1(%rdi), %r9
	leaq	(%rax,%rax,2), %rcx
	leaq	(%rcx,%r11), %r14
	movq	%r14, %rax
	imulq	%rbp, %rax
	leaq	(%r12,%r14,4), %rdx
	leaq	(%rbx,%rax,4), %rax
	vmovss	(%rax,%rdi,4), %xmm1
	vmulss	(%rdx,%r8,4), %xmm1, %xmm1
	vaddss	%xmm0, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB4_6
	movq	40(%rsp), %r9
	vmovss	4(%rax,%rdi,4), %xmm2
	vmulss	(%rdx,%r9,4), %xmm2, %xmm2
	leaq	2(%rdi), %r9
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB4_6
	vmovss	8(%rax,%rdi,4), %xmm2
	movq	24(%rsp), %rax
	vmulss	(%rdx,%rax,4), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
.LBB4_6:
	leaq	8(%rcx,%r11), %rax
	leaq	(%rcx,%r11), %rdx
	movq	%r12, %r15
	leaq	32(%r12,%rdx,4), %r10
	leaq	1(%rdi), %r12
	movq	%rax, %r9
	imulq	%rbp, %r9
	leaq	(%rbx,%r9,4), %r9
	vmovss	(%r9,%rdi,4), %xmm2
	vmulss	(%r10,%r8,4), %xmm2, %xmm2
	vaddss	%xmm0, %xmm2, %xmm2
	cmpq	$3, %r12
	je	.LBB4_9
	movq	40(%rsp), %r12
	vmovss	4(%r9,%rdi,4), %xmm3
	vmulss	(%r10,%r12,4), %xmm3, %xmm3
	leaq	2(%rdi), %r12
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$3, %r12
	je	.LBB4_9
	vmovss	8(%r9,%rdi,4), %xmm3
	movq	24(%rsp), %r9
	vmulss	(%r10,%r9,4), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
.LBB4_9:
	leaq	16(%rcx,%r11), %rcx
	leaq	64(%r15,%rdx,4), %rdx
	leaq	1(%rdi), %r10
	movq	%r15, %r12
	movq	%rcx, %r9
	imulq	%rbp, %r9
	leaq	(%rbx,%r9,4), %r9
	vmovss	(%r9,%rdi,4), %xmm3
	vmulss	(%rdx,%r8,4), %xmm3, %xmm3
	vaddss	%xmm0, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB4_12
	movq	40(%rsp), %r10
	vmovss	4(%r9,%rdi,4), %xmm4
	vmulss	(%rdx,%r10,4), %xmm4, %xmm4
	leaq	2(%rdi), %r10
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB4_12
	vmovss	8(%r9,%rdi,4), %xmm4
	movq	24(%rsp), %r9
	vmulss	(%rdx,%r9,4), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	jmp	.LBB4_12
.LBB4_14:
	movq	16(%rsp), %rax
	shlq	$2, 48(%rsp)
	xorl	%ecx, %ecx
	movq	8(%rsp), %rdx
	movq	104(%rsp), %r12
	movq	56(%rsp), %r13
	addq	$28, %rax
	jmp	.LBB4_15
	.p2align	4
.LBB4_24:
	movq	48(%rsp), %rsi
	incq	%rcx
	addq	$4, %rdx
	addq	%rsi, %rbp
	addq	%rsi, %rax
	movq	%rbp, 16(%rsp)
	cmpq	$32, %rcx
	je	.LBB4_25
.LBB4_15:
	movq	96(%rsp), %rsi
	movq	%rcx, %rdi
	imulq	88(%rsp), %rdi
	movq	16(%rsp), %rbp
	movl	$1, %r8d
	movq	%rdx, %r9
	xorl	%r10d, %r10d
	leaq	(%rsi,%rcx,4), %rsi
	jmp	.LBB4_16
	.p2align	4
.LBB4_23:
	movq	8(%rsp), %r14
	movq	128(%rsp), %r15
	movq	%r10, %rbx
	shlq	$5, %rbx
	leaq	1(%r10), %r11
	imulq	%r12, %r10
	incq	%r8
	subq	$-128, %r9
	addq	%rcx, %rbx
	vmovss	(%r14,%rbx,4), %xmm1
	movq	32(%rsp), %r14
	vmulss	(%r15,%rdi,4), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	(%r14,%rbx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%rsi,%r10,4)
	movq	%r11, %r10
	cmpq	%r13, %r11
	je	.LBB4_24
.LBB4_16:
	cmpq	$7, %r10
	jae	.LBB4_18
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r11d, %r11d
	jmp	.LBB4_21
	.p2align	4
.LBB4_18:
	movq	%r8, %rbx
	andq	$-8, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r9, %r14
	xorl	%r11d, %r11d
	.p2align	4
.LBB4_19:
	vmovss	-28(%rax,%r11,4), %xmm1
	vmovss	-24(%rax,%r11,4), %xmm2
	vmulss	(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	-128(%r14), %xmm2, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	-20(%rax,%r11,4), %xmm1
	vmulss	-256(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	-16(%rax,%r11,4), %xmm1
	vmulss	-384(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	-12(%rax,%r11,4), %xmm1
	vmulss	-512(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	-8(%rax,%r11,4), %xmm1
	vmulss	-640(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	-4(%rax,%r11,4), %xmm1
	vmulss	-768(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	(%rax,%r11,4), %xmm1
	addq	$8, %r11
	vmulss	-896(%r14), %xmm1, %xmm1
	addq	$-1024, %r14
	vaddss	%xmm1, %xmm0, %xmm0
	cmpq	%r11, %rbx
	jne	.LBB4_19
	testb	$7, %r8b
	je	.LBB4_23
.LBB4_21:
	leaq	(%rbp,%r11,4), %r14
	shlq	$7, %r11
	movl	%r8d, %ebx
	movq	%r9, %r15
	andl	$7, %ebx
	subq	%r11, %r15
	xorl	%r11d, %r11d
	.p2align	4
.LBB4_22:
	vmovss	(%r14,%r11,4), %xmm1
	incq	%r11
	vmulss	(%r15), %xmm1, %xmm1
	addq	$-128, %r15
	vaddss	%xmm1, %xmm0, %xmm0
	cmpq	%r11, %rbx
	jne	.LBB4_22
	jmp	.LBB4_23
.LBB4_25:
	movq	8(%rsp), %rdi
	callq	free@PLT
	movq	32(%rsp), %rdi
	addq	$136, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end4:
	.size	k13, .Lfunc_end4-k13

	.globl	_mlir_ciface_k13
	.p2align	4
	.type	_mlir_ciface_k13,@function
_mlir_ciface_k13:
	pushq	%r15
	pushq	%r14
	pushq	%r12
	pushq	%rbx
	subq	$296, %rsp
	movq	8(%rdi), %rax
	movq	8(%rsi), %r10
	movq	8(%rdx), %r11
	movq	8(%rcx), %rbx
	movq	8(%r8), %r14
	movq	40(%rdi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	40(%r8), %r8
	movq	8(%r9), %r15
	movq	24(%r9), %r12
	movq	40(%r9), %r9
	movq	%r9, 272(%rsp)
	movq	%rsi, 48(%rsp)
	movq	%r12, 256(%rsp)
	movq	%r15, 240(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r14, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%rbx, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r11, 72(%rsp)
	movq	%r10, 16(%rsp)
	movq	%rax, %rsi
	movq	%rdi, %r9
	callq	k13@PLT
	addq	$296, %rsp
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	retq
.Lfunc_end5:
	.size	_mlir_ciface_k13, .Lfunc_end5-_mlir_ciface_k13

	.globl	k16
	.p2align	4
	.type	k16,@function
k16:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$88, %rsp
	cmpq	$0, 288(%rsp)
	movq	%r9, -112(%rsp)
	jle	.LBB6_5
	movq	248(%rsp), %rdi
	movq	160(%rsp), %r10
	movq	192(%rsp), %r8
	movq	272(%rsp), %rdx
	movq	216(%rsp), %r14
	shlq	$2, -112(%rsp)
	xorl	%r12d, %r12d
	leaq	(,%rdi,4), %rax
	movq	%rdi, %r11
	shlq	$4, %r11
	addq	$124, %r10
	movq	%rdi, %rbx
	shlq	$6, %rbx
	imulq	$108, %rdi, %r13
	shlq	$2, %r8
	movq	%r10, 80(%rsp)
	leaq	(%r11,%r11,4), %r10
	movq	%r11, 64(%rsp)
	movq	%rbx, 16(%rsp)
	leaq	(%rax,%rax,2), %rcx
	leaq	(%rax,%rax,4), %r9
	leaq	(%rax,%rax,8), %rax
	movq	%r10, -56(%rsp)
	imulq	$88, %rdi, %r10
	movq	%rcx, 72(%rsp)
	leaq	(,%rdi,8), %rcx
	movq	%r9, 56(%rsp)
	movq	%rax, 32(%rsp)
	leaq	(%rcx,%rcx,2), %r9
	leaq	(%rcx,%rcx,4), %rax
	leaq	(%rcx,%rcx,8), %rcx
	movq	%r10, -72(%rsp)
	imulq	$100, %rdi, %r10
	movq	%rcx, 8(%rsp)
	imulq	$44, %rdi, %rcx
	movq	%r9, 48(%rsp)
	leaq	(%rdi,%rdi,8), %r9
	movq	%rax, 24(%rsp)
	leaq	(%rbx,%rdi,4), %rax
	imulq	$112, %rdi, %rbx
	movq	%r10, -96(%rsp)
	imulq	$124, %rdi, %r10
	leaq	(%r9,%r9,2), %r9
	movq	%rax, -40(%rsp)
	movq	%rcx, (%rsp)
	leaq	(%r11,%r11,2), %rcx
	addq	%rdi, %r9
	movq	%rcx, -8(%rsp)
	imulq	$52, %rdi, %rcx
	movq	%r9, 40(%rsp)
	movq	%rdi, %r9
	shlq	$5, %r9
	leaq	(%r9,%r9,2), %r11
	movq	%rcx, -16(%rsp)
	imulq	$56, %rdi, %rcx
	movq	%r11, -88(%rsp)
	imulq	$116, %rdi, %r11
	movq	%rcx, -24(%rsp)
	imulq	$60, %rdi, %rcx
	movq	%rcx, -32(%rsp)
	imulq	$76, %rdi, %rcx
	movq	%rcx, -48(%rsp)
	imulq	$84, %rdi, %rcx
	movq	%rcx, -64(%rsp)
	imulq	$92, %rdi, %rcx
	movq	%rcx, -80(%rsp)
	movq	%r9, %rcx
	imulq	$104, %rdi, %r9
	movq	%r9, -104(%rsp)
	imulq	$120, %rdi, %r9
	.p2align	4
.LBB6_2:
	vmovss	(%r14), %xmm0
	movq	%r12, %rax
	imulq	304(%rsp), %rax
	movq	72(%rsp), %rbp
	leaq	(%rdx,%rax,4), %r15
	vmovss	%xmm0, (%rdx,%rax,4)
	vmovss	(%r14,%rdi,4), %xmm0
	vmovss	%xmm0, 4(%rdx,%rax,4)
	vmovss	(%r14,%rdi,8), %xmm0
	vmovss	%xmm0, 8(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	64(%rsp), %rbp
	vmovss	%xmm0, 12(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	56(%rsp), %rbp
	vmovss	%xmm0, 16(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	48(%rsp), %rbp
	vmovss	%xmm0, 20(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	40(%rsp), %rbp
	vmovss	%xmm0, 24(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	32(%rsp), %rbp
	vmovss	%xmm0, 28(%rdx,%rax,4)
	vmovss	(%r14,%rcx), %xmm0
	vmovss	%xmm0, 32(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	24(%rsp), %rbp
	vmovss	%xmm0, 36(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	(%rsp), %rbp
	vmovss	%xmm0, 40(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-8(%rsp), %rbp
	vmovss	%xmm0, 44(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-16(%rsp), %rbp
	vmovss	%xmm0, 48(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-24(%rsp), %rbp
	vmovss	%xmm0, 52(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-32(%rsp), %rbp
	vmovss	%xmm0, 56(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	16(%rsp), %rbp
	vmovss	%xmm0, 60(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-40(%rsp), %rbp
	vmovss	%xmm0, 64(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	8(%rsp), %rbp
	vmovss	%xmm0, 68(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-48(%rsp), %rbp
	vmovss	%xmm0, 72(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-56(%rsp), %rbp
	vmovss	%xmm0, 76(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-64(%rsp), %rbp
	vmovss	%xmm0, 80(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-72(%rsp), %rbp
	vmovss	%xmm0, 84(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-80(%rsp), %rbp
	vmovss	%xmm0, 88(%rdx,%rax,4)
	vmovss	%xmm0, -120(%rsp)
	vmovss	(%r14,%rbp), %xmm2
	movq	-88(%rsp), %rbp
	vmovss	%xmm2, 92(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm3
	movq	-96(%rsp), %rbp
	vmovss	%xmm3, 96(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm4
	movq	-104(%rsp), %rbp
	vmovss	%xmm4, 100(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm5
	xorl	%ebp, %ebp
	vmovss	%xmm5, 104(%rdx,%rax,4)
	vmovss	(%r14,%r13), %xmm6
	vmovss	%xmm6, 108(%rdx,%rax,4)
	vmovss	(%r14,%rbx), %xmm7
	vmovss	%xmm7, 112(%rdx,%rax,4)
	vmovss	(%r14,%r11), %xmm8
	vmovss	%xmm8, 116(%rdx,%rax,4)
	vmovss	(%r14,%r9), %xmm10
	vmovss	%xmm10, 120(%rdx,%rax,4)
	vmovss	(%r14,%r10), %xmm0
	vmovss	%xmm0, 124(%rdx,%rax,4)
	vmovss	(%rdx,%rax,4), %xmm9
	vmovss	4(%rdx,%rax,4), %xmm11
	vmovss	8(%rdx,%rax,4), %xmm12
	vmovss	12(%rdx,%rax,4), %xmm13
	vmovss	16(%rdx,%rax,4), %xmm14
	vmovss	20(%rdx,%rax,4), %xmm15
	vmovss	24(%rdx,%rax,4), %xmm16
	vmovss	28(%rdx,%rax,4), %xmm17
	vmovss	32(%rdx,%rax,4), %xmm18
	vmovss	36(%rdx,%rax,4), %xmm19
	vmovss	40(%rdx,%rax,4), %xmm20
	vmovss	44(%rdx,%rax,4), %xmm21
	vmovss	48(%rdx,%rax,4), %xmm22
	vmovss	52(%rdx,%rax,4), %xmm23
	vmovss	56(%rdx,%rax,4), %xmm24
	vmovss	60(%rdx,%rax,4), %xmm25
	vmovss	64(%rdx,%rax,4), %xmm26
	vmovss	68(%rdx,%rax,4), %xmm27
	vmovss	72(%rdx,%rax,4), %xmm28
	vmovss	76(%rdx,%rax,4), %xmm29
	vmovss	80(%rdx,%rax,4), %xmm30
	vmovss	84(%rdx,%rax,4), %xmm31
	movq	80(%rsp), %rax
	.p2align	4
.LBB6_3:
	vmovss	%xmm0, -124(%rsp)
	vmovss	(%rsi,%rbp,4), %xmm0
	incq	%rbp
	vmulss	-124(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm9, %xmm9
	vmovss	%xmm9, (%r15)
	vmulss	-120(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm11, %xmm11
	vmovss	%xmm11, 4(%r15)
	vmulss	-116(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm12, %xmm12
	vmovss	%xmm12, 8(%r15)
	vmulss	-112(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm13, %xmm13
	vmovss	%xmm13, 12(%r15)
	vmulss	-108(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm14, %xmm14
	vmovss	%xmm14, 16(%r15)
	vmulss	-104(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm15, %xmm15
	vmovss	%xmm15, 20(%r15)
	vmulss	-100(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm16, %xmm16
	vmovss	%xmm16, 24(%r15)
	vmulss	-96(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm17, %xmm17
	vmovss	%xmm17, 28(%r15)
	vmulss	-92(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm18, %xmm18
	vmovss	%xmm18, 32(%r15)
	vmulss	-88(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm19, %xmm19
	vmovss	%xmm19, 36(%r15)
	vmulss	-84(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm20, %xmm20
	vmovss	%xmm20, 40(%r15)
	vmulss	-80(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm21, %xmm21
	vmovss	%xmm21, 44(%r15)
	vmulss	-76(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm22, %xmm22
	vmovss	%xmm22, 48(%r15)
	vmulss	-72(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm23, %xmm23
	vmovss	%xmm23, 52(%r15)
	vmulss	-68(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vmovss	%xmm24, 56(%r15)
	vmulss	-64(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm25, %xmm25
	vmovss	%xmm25, 60(%r15)
	vmulss	-60(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm26, %xmm26
	vmovss	%xmm26, 64(%r15)
	vmulss	-56(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm27, %xmm27
	vmovss	%xmm27, 68(%r15)
	vmulss	-52(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm28, %xmm28
	vmovss	%xmm28, 72(%r15)
	vmulss	-48(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm29, %xmm29
	vmovss	%xmm29, 76(%r15)
	vmovss	%xmm29, -116(%rsp)
	vmovaps	%xmm28, %xmm29
	vmovaps	%xmm27, %xmm28
	vmovaps	%xmm26, %xmm27
	vmovaps	%xmm25, %xmm26
	vmovaps	%xmm24, %xmm25
	vmovaps	%xmm23, %xmm24
	vmovaps	%xmm22, %xmm23
	vmovaps	%xmm21, %xmm22
	vmovaps	%xmm20, %xmm21
	vmovaps	%xmm19, %xmm20
	vmovaps	%xmm18, %xmm19
	vmovaps	%xmm17, %xmm18
	vmovaps	%xmm16, %xmm17
	vmovaps	%xmm15, %xmm16
	vmovaps	%xmm14, %xmm15
	vmovaps	%xmm13, %xmm14
	vmovaps	%xmm12, %xmm13
	vmovaps	%xmm11, %xmm12
	vmovaps	%xmm9, %xmm11
	vmovaps	%xmm8, %xmm9
	vmovaps	%xmm7, %xmm8
	vmovaps	%xmm6, %xmm7
	vmovaps	%xmm5, %xmm6
	vmovaps	%xmm4, %xmm5
	vmovaps	%xmm3, %xmm4
	vmovaps	%xmm2, %xmm3
	vmovss	-120(%rsp), %xmm2
	vmulss	-44(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm30, %xmm30
	vmovss	%xmm30, 80(%r15)
	vmulss	-40(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm31, %xmm31
	vmovss	%xmm31, 84(%r15)
	vmulss	-36(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm2, %xmm2
	vmovss	%xmm2, 88(%r15)
	vmovss	%xmm2, -120(%rsp)
	vmovaps	%xmm3, %xmm2
	vmovaps	%xmm4, %xmm3
	vmovaps	%xmm5, %xmm4
	vmovaps	%xmm6, %xmm5
	vmovaps	%xmm7, %xmm6
	vmulss	-32(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm2, %xmm2
	vmovss	%xmm2, 92(%r15)
	vmulss	-28(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm3, %xmm3
	vmovss	%xmm3, 96(%r15)
	vmulss	-24(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm4, %xmm4
	vmovss	%xmm4, 100(%r15)
	vmulss	-20(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm5, %xmm5
	vmovss	%xmm5, 104(%r15)
	vmulss	-16(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm6, %xmm6
	vmovss	%xmm6, 108(%r15)
	vmulss	-12(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm8, %xmm7
	vmovss	%xmm7, 112(%r15)
	vmulss	-8(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm9, %xmm8
	vmovss	-124(%rsp), %xmm9
	vmovss	%xmm8, 116(%r15)
	vmulss	-4(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm10, %xmm10
	vmovss	%xmm10, 120(%r15)
	vmulss	(%rax), %xmm0, %xmm0
	addq	%r8, %rax
	vaddss	%xmm0, %xmm9, %xmm9
	vmovss	%xmm9, -124(%rsp)
	vmovaps	%xmm11, %xmm9
	vmovaps	%xmm12, %xmm11
	vmovaps	%xmm13, %xmm12
	vmovaps	%xmm14, %xmm13
	vmovaps	%xmm15, %xmm14
	vmovaps	%xmm16, %xmm15
	vmovaps	%xmm17, %xmm16
	vmovaps	%xmm18, %xmm17
	vmovaps	%xmm19, %xmm18
	vmovaps	%xmm20, %xmm19
	vmovaps	%xmm21, %xmm20
	vmovaps	%xmm22, %xmm21
	vmovaps	%xmm23, %xmm22
	vmovaps	%xmm24, %xmm23
	vmovaps	%xmm25, %xmm24
	vmovaps	%xmm26, %xmm25
	vmovaps	%xmm27, %xmm26
	vmovaps	%xmm28, %xmm27
	vmovaps	%xmm29, %xmm28
	vmovss	-116(%rsp), %xmm29
	vmovss	-124(%rsp), %xmm0
	vmovss	%xmm0, 124(%r15)
	cmpq	$32, %rbp
	jne	.LBB6_3
	addq	-112(%rsp), %rsi
	incq	%r12
	cmpq	288(%rsp), %r12
	jne	.LBB6_2
.LBB6_5:
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
.Lfunc_end6:
	.size	k16, .Lfunc_end6-k16

	.globl	_mlir_ciface_k16
	.p2align	4
	.type	_mlir_ciface_k16,@function
_mlir_ciface_k16:
	subq	$184, %rsp
	movq	8(%rdx), %r8
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	8(%rcx), %r10
	movq	24(%rcx), %r11
	movq	40(%rcx), %rcx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rcx, 160(%rsp)
	movq	%r11, 144(%rsp)
	movq	%r10, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k16@PLT
	addq	$184, %rsp
	retq
.Lfunc_end7:
	.size	_mlir_ciface_k16, .Lfunc_end7-_mlir_ciface_k16

	.globl	k17
	.p2align	4
	.type	k17,@function
k17:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB8_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$124, %r8
	shlq	$2, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB8_2:
	vmovss	-124(%rsi), %xmm0
	vaddss	-124(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -124(%rdx)
	vmovss	-120(%rsi), %xmm0
	vaddss	-120(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -120(%rdx)
	vmovss	-116(%rsi), %xmm0
	vaddss	-116(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -116(%rdx)
	vmovss	-112(%rsi), %xmm0
	vaddss	-112(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -112(%rdx)
	vmovss	-108(%rsi), %xmm0
	vaddss	-108(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -108(%rdx)
	vmovss	-104(%rsi), %xmm0
	vaddss	-104(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -104(%rdx)
	vmovss	-100(%rsi), %xmm0
	vaddss	-100(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -100(%rdx)
	vmovss	-96(%rsi), %xmm0
	vaddss	-96(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -96(%rdx)
	vmovss	-92(%rsi), %xmm0
	vaddss	-92(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -92(%rdx)
	vmovss	-88(%rsi), %xmm0
	vaddss	-88(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -88(%rdx)
	vmovss	-84(%rsi), %xmm0
	vaddss	-84(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -84(%rdx)
	vmovss	-80(%rsi), %xmm0
	vaddss	-80(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -80(%rdx)
	vmovss	-76(%rsi), %xmm0
	vaddss	-76(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -76(%rdx)
	vmovss	-72(%rsi), %xmm0
	vaddss	-72(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -72(%rdx)
	vmovss	-68(%rsi), %xmm0
	vaddss	-68(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -68(%rdx)
	vmovss	-64(%rsi), %xmm0
	vaddss	-64(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -64(%rdx)
	vmovss	-60(%rsi), %xmm0
	vaddss	-60(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -60(%rdx)
	vmovss	-56(%rsi), %xmm0
	vaddss	-56(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -56(%rdx)
	vmovss	-52(%rsi), %xmm0
	vaddss	-52(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -52(%rdx)
	vmovss	-48(%rsi), %xmm0
	vaddss	-48(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -48(%rdx)
	vmovss	-44(%rsi), %xmm0
	vaddss	-44(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -44(%rdx)
	vmovss	-40(%rsi), %xmm0
	vaddss	-40(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -40(%rdx)
	vmovss	-36(%rsi), %xmm0
	vaddss	-36(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -36(%rdx)
	vmovss	-32(%rsi), %xmm0
	vaddss	-32(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%rsi), %xmm0
	vaddss	-28(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -28(%rdx)
	vmovss	-24(%rsi), %xmm0
	vaddss	-24(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -24(%rdx)
	vmovss	-20(%rsi), %xmm0
	vaddss	-20(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -20(%rdx)
	vmovss	-16(%rsi), %xmm0
	vaddss	-16(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -16(%rdx)
	vmovss	-12(%rsi), %xmm0
	vaddss	-12(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -12(%rdx)
	vmovss	-8(%rsi), %xmm0
	vaddss	-8(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -8(%rdx)
	vmovss	-4(%rsi), %xmm0
	vaddss	-4(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -4(%rdx)
	vmovss	(%rsi), %xmm0
	addq	%r9, %rsi
	vaddss	(%r8), %xmm0, %xmm0
	addq	%rdi, %r8
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB8_2
.LBB8_3:
	retq
.Lfunc_end8:
	.size	k17, .Lfunc_end8-k17

	.globl	_mlir_ciface_k17
	.p2align	4
	.type	_mlir_ciface_k17,@function
_mlir_ciface_k17:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k17@PLT
	addq	$120, %rsp
	retq
.Lfunc_end9:
	.size	_mlir_ciface_k17, .Lfunc_end9-_mlir_ciface_k17

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI10_0:
	.quad	16
	.quad	20
	.quad	24
	.quad	28
.LCPI10_10:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI10_1:
	.quad	32
	.quad	36
	.quad	40
	.quad	44
	.quad	48
	.quad	52
	.quad	56
	.quad	60
.LCPI10_2:
	.quad	64
	.quad	68
	.quad	72
	.quad	76
	.quad	80
	.quad	84
	.quad	88
	.quad	92
.LCPI10_3:
	.quad	96
	.quad	100
	.quad	104
	.quad	108
	.quad	112
	.quad	116
	.quad	120
	.quad	124
.LCPI10_4:
	.quad	8
	.quad	9
	.quad	10
	.quad	11
	.quad	12
	.quad	13
	.quad	14
	.quad	15
.LCPI10_5:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI10_6:
	.long	0x3d000000
.LCPI10_7:
	.long	0x3727c5ac
.LCPI10_8:
	.long	0x3f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI10_9:
	.quad	16
.LCPI10_11:
	.quad	4
	.text
	.globl	k21
	.p2align	4
	.type	k21,@function
k21:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$792, %rsp
	movq	%r9, 144(%rsp)
	movq	%rsi, 8(%rsp)
	movq	1064(%rsp), %rax
	movq	%rax, 304(%rsp)
	movq	920(%rsp), %rax
	movq	1048(%rsp), %r14
	movq	1032(%rsp), %r13
	movq	1008(%rsp), %r12
	movq	976(%rsp), %rbp
	movq	952(%rsp), %rbx
	movq	%rax, 152(%rsp)
	movq	%r14, %rdi
	shlq	$7, %rdi
	movq	896(%rsp), %rax
	movq	%rax, 80(%rsp)
	movq	864(%rsp), %r15
	callq	malloc@PLT
	movq	%r14, %r8
	movq	%rax, %r14
	testq	%r8, %r8
	jle	.LBB10_30
	movq	80(%rsp), %rcx
	kxnorw	%k0, %k0, %k1
	kxnorb	%k0, %k0, %k2
	vmovss	(%r15), %xmm4
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm11, %xmm11, %xmm11
	movq	144(%rsp), %rdi
	vxorps	%xmm3, %xmm3, %xmm3
	cmpq	$4, %r8
	vpbroadcastq	%rcx, %zmm0
	vpmullq	.LCPI10_0(%rip), %ymm0, %ymm1
	vpmullq	.LCPI10_1(%rip), %zmm0, %zmm2
	vpmullq	.LCPI10_2(%rip), %zmm0, %zmm9
	vpmullq	.LCPI10_3(%rip), %zmm0, %zmm0
	leaq	(%rcx,%rcx,2), %rax
	vmovss	(%r15,%rcx,4), %xmm5
	vmovss	(%r15,%rcx,8), %xmm6
	vmovss	(%r15,%rax,4), %xmm7
	setae	%al
	cmpq	$1, %rdi
	sete	%cl
	andb	%al, %cl
	vgatherqps	(%r15,%ymm1), %xmm8 {%k1}
	vgatherqps	(%r15,%zmm2), %ymm11 {%k2}
	kxnorb	%k0, %k0, %k2
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm1, %xmm1, %xmm1
	vgatherqps	(%r15,%zmm0), %ymm3 {%k2}
	vgatherqps	(%r15,%zmm9), %ymm1 {%k1}
	vinsertf64x4	$1, %ymm3, %zmm1, %zmm16
	cmpb	$1, %cl
	jne	.LBB10_2
	movq	8(%rsp), %r9
	vextractf128	$1, %ymm11, %xmm2
	vextractf32x4	$2, %zmm16, %xmm9
	vextractf32x4	$3, %zmm16, %xmm12
	movabsq	$9223372036854775792, %rcx
	vshufps	$255, %xmm8, %xmm8, %xmm1
	vmovups	%zmm16, 656(%rsp)
	vmovaps	%xmm4, 288(%rsp)
	vmovaps	%xmm5, 272(%rsp)
	vmovaps	%xmm6, 256(%rsp)
	vmovaps	%xmm7, 240(%rsp)
	vmovaps	%xmm8, 224(%rsp)
	vmovups	%ymm11, 432(%rsp)
	vmovaps	%xmm1, 416(%rsp)
	vmovaps	%xmm12, 400(%rsp)
	vmovaps	%xmm9, 384(%rsp)
	cmpq	$16, %r8
	jae	.LBB10_5
	xorl	%eax, %eax
	jmp	.LBB10_9
.LBB10_30:
	shlq	$9, %r8
	movq	%r8, %rdi
	callq	malloc@PLT
	movq	%rax, %r15
	jmp	.LBB10_29
.LBB10_2:
	movq	8(%rsp), %r9
	xorl	%eax, %eax
	jmp	.LBB10_12
.LBB10_5:
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm5, %zmm10
	vbroadcastss	%xmm6, %zmm5
	vmovshdup	%xmm8, %xmm4
	vbroadcastss	%xmm7, %zmm6
	vshufpd	$1, %xmm8, %xmm8, %xmm3
	vbroadcastss	%xmm1, %zmm18
	vmovshdup	%xmm11, %xmm1
	vmovdqa64	.LCPI10_5(%rip), %zmm13
	vpbroadcastq	.LCPI10_9(%rip), %zmm14
	vbroadcastss	%xmm2, %zmm23
	vbroadcastss	%xmm11, %zmm19
	vshufps	$170, %zmm16, %zmm16, %zmm7
	vbroadcastss	%xmm16, %zmm27
	movq	%r8, %rax
	andq	%rcx, %rax
	leaq	124(%r9), %rdx
	xorl	%esi, %esi
	vbroadcastss	%xmm1, %zmm20
	vshufps	$255, %xmm11, %xmm11, %xmm1
	vmovups	%zmm0, 80(%rsp)
	vmovups	%zmm10, 528(%rsp)
	vmovups	%zmm5, 160(%rsp)
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm8, %zmm5
	vmovups	%zmm6, 16(%rsp)
	vbroadcastss	%xmm1, %zmm22
	vshufpd	$1, %xmm16, %xmm16, %xmm1
	vshufps	$85, %zmm16, %zmm16, %zmm6
	vbroadcastss	%xmm9, %zmm4
	vshuff64x2	$170, %zmm7, %zmm7, %zmm9
	vshuff64x2	$255, %zmm7, %zmm7, %zmm7
	vbroadcastss	%xmm1, %zmm29
	vextractf32x4	$1, %ymm16, %xmm1
	vshuff64x2	$170, %zmm6, %zmm6, %zmm8
	vshuff64x2	$255, %zmm6, %zmm6, %zmm6
	vmovups	%zmm5, 464(%rsp)
	vmovups	%zmm0, 592(%rsp)
	vbroadcastss	%xmm3, %zmm0
	vbroadcastss	%xmm12, %zmm5
	vmovdqa64	.LCPI10_4(%rip), %zmm12
	vshufpd	$1, %xmm11, %xmm11, %xmm3
	vbroadcastss	%xmm1, %zmm31
	vbroadcastss	%xmm3, %zmm21
	vmovupd	%zmm0, 720(%rsp)
	vshufps	$85, %ymm11, %ymm11, %ymm0
	vmovaps	%xmm2, 368(%rsp)
	vmovshdup	%xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm24
	vshufps	$170, %ymm11, %ymm11, %ymm0
	vbroadcastss	%xmm2, %zmm28
	vshufps	$255, %xmm16, %xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm25
	vshufps	$255, %ymm11, %ymm11, %ymm0
	vshufps	$255, %zmm16, %zmm16, %zmm11
	vbroadcastss	%xmm2, %zmm30
	vshuff64x2	$85, %zmm0, %zmm0, %zmm26
	vshufps	$85, %ymm16, %ymm16, %ymm0
	vshuff64x2	$170, %zmm11, %zmm11, %zmm10
	vshuff64x2	$255, %zmm11, %zmm11, %zmm11
	vshuff64x2	$85, %zmm0, %zmm0, %zmm1
	vshufps	$170, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm2
	vshufps	$255, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm3
	.p2align	4
.LBB10_6:
	vmovups	-120(%rdx,%rsi,4), %zmm15
	vmovups	-124(%rdx,%rsi,4), %zmm0
	vmovups	-116(%rdx,%rsi,4), %zmm16
	kxnorb	%k0, %k0, %k1
	vmulps	%zmm0, %zmm0, %zmm17
	vmulps	%zmm15, %zmm15, %zmm15
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm15, %zmm17, %zmm15
	vmovups	-112(%rdx,%rsi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vmovups	(%rdx,%rsi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-108(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-104(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-100(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-96(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-92(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-88(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-84(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-80(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-76(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-72(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-68(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-64(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-60(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-56(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-52(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-48(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-44(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-40(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-36(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-32(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-28(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-24(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-20(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-16(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-12(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-8(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-4(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	.LCPI10_6(%rip){1to16}, %zmm15, %zmm15
	vbroadcastss	.LCPI10_8(%rip), %zmm16
	vaddps	.LCPI10_7(%rip){1to16}, %zmm15, %zmm15
	vsqrtps	%zmm15, %zmm15
	vdivps	%zmm15, %zmm16, %zmm17
	vpsllq	$7, %zmm13, %zmm16
	vpsllq	$7, %zmm12, %zmm15
	vpaddq	%zmm14, %zmm13, %zmm13
	vpaddq	%zmm14, %zmm12, %zmm12
	vmulps	%zmm0, %zmm17, %zmm0
	vmulps	80(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, (%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, (%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-120(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	528(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 4(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 4(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-116(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	160(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 8(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 8(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-112(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	16(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 12(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 12(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-108(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	464(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 16(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 16(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-104(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	592(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 20(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 20(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-100(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	720(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 24(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 24(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-96(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm18, %zmm0, %zmm0
	vscatterqps	%ymm0, 28(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 28(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-92(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm19, %zmm0, %zmm0
	vscatterqps	%ymm0, 32(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 32(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-88(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm20, %zmm0, %zmm0
	vscatterqps	%ymm0, 36(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 36(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-84(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm21, %zmm0, %zmm0
	vscatterqps	%ymm0, 40(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 40(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-80(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm22, %zmm0, %zmm0
	vscatterqps	%ymm0, 44(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 44(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-76(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm23, %zmm0, %zmm0
	vscatterqps	%ymm0, 48(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 48(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-72(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm24, %zmm0, %zmm0
	vscatterqps	%ymm0, 52(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 52(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-68(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm25, %zmm0, %zmm0
	vscatterqps	%ymm0, 56(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 56(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-64(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm26, %zmm0, %zmm0
	vscatterqps	%ymm0, 60(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 60(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-60(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm27, %zmm0, %zmm0
	vscatterqps	%ymm0, 64(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 64(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-56(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm28, %zmm0, %zmm0
	vscatterqps	%ymm0, 68(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 68(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-52(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm29, %zmm0, %zmm0
	vscatterqps	%ymm0, 72(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 72(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-48(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm30, %zmm0, %zmm0
	vscatterqps	%ymm0, 76(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 76(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-44(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm31, %zmm0, %zmm0
	vscatterqps	%ymm0, 80(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 80(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-40(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm1, %zmm0, %zmm0
	vscatterqps	%ymm0, 84(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 84(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-36(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm2, %zmm0, %zmm0
	vscatterqps	%ymm0, 88(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 88(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-32(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm3, %zmm0, %zmm0
	vscatterqps	%ymm0, 92(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 92(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-28(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm4, %zmm0, %zmm0
	vscatterqps	%ymm0, 96(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 96(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-24(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm8, %zmm0, %zmm0
	vscatterqps	%ymm0, 100(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 100(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-20(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm9, %zmm0, %zmm0
	vscatterqps	%ymm0, 104(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 104(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-16(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm10, %zmm0, %zmm0
	vscatterqps	%ymm0, 108(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 108(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-12(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm5, %zmm0, %zmm0
	vscatterqps	%ymm0, 112(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 112(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-8(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm6, %zmm0, %zmm0
	vscatterqps	%ymm0, 116(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 116(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-4(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm7, %zmm0, %zmm0
	vscatterqps	%ymm0, 120(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 120(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	(%rdx,%rsi,4), %zmm17, %zmm0
	addq	$16, %rsi
	vmulps	%zmm11, %zmm0, %zmm0
	vscatterqps	%ymm0, 124(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 124(%r14,%zmm15) {%k1}
	cmpq	%rsi, %rax
	jne	.LBB10_6
	vmovups	656(%rsp), %zmm16
	vmovaps	288(%rsp), %xmm4
	vmovaps	272(%rsp), %xmm5
	vmovaps	256(%rsp), %xmm6
	vmovaps	240(%rsp), %xmm7
	vmovaps	224(%rsp), %xmm8
	vmovups	432(%rsp), %ymm11
	vmovaps	368(%rsp), %xmm2
	cmpq	%rax, %r8
	je	.LBB10_14
	testb	$12, %r8b
	je	.LBB10_12
.LBB10_9:
	vbroadcastss	%xmm4, %xmm0
	vmovaps	%zmm16, %zmm1
	movq	%rax, %rdx
	addq	$12, %rcx
	vbroadcastss	%xmm2, %xmm12
	vbroadcastss	%xmm1, %xmm16
	vshufps	$85, %xmm11, %xmm11, %xmm9
	vshufps	$170, %xmm11, %xmm11, %xmm10
	vshufps	$85, %xmm2, %xmm2, %xmm13
	vshufps	$170, %xmm2, %xmm2, %xmm14
	vshufps	$255, %xmm2, %xmm2, %xmm15
	vshufps	$85, %xmm1, %xmm1, %xmm17
	vshufps	$170, %xmm1, %xmm1, %xmm31
	movq	%rcx, %rax
	andq	%r8, %rax
	leaq	124(%r9), %rcx
	vmovaps	%xmm0, 80(%rsp)
	vbroadcastss	%xmm5, %xmm0
	vbroadcastss	%xmm8, %xmm5
	vmovaps	%xmm0, 528(%rsp)
	vbroadcastss	%xmm6, %xmm0
	vshufps	$85, %xmm8, %xmm8, %xmm6
	vmovaps	%xmm0, 160(%rsp)
	vbroadcastss	%xmm7, %xmm0
	vshufps	$170, %xmm8, %xmm8, %xmm7
	vbroadcastss	%xmm11, %xmm8
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vmovaps	%xmm0, 16(%rsp)
	vextractf128	$1, %ymm1, %xmm0
	vmovaps	416(%rsp), %xmm4
	vbroadcastss	%xmm0, %xmm18
	vshufps	$85, %xmm0, %xmm0, %xmm19
	vshufps	$170, %xmm0, %xmm0, %xmm20
	vshufps	$255, %xmm0, %xmm0, %xmm21
	vmovaps	384(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm22
	vshufps	$85, %xmm0, %xmm0, %xmm23
	vshufps	$170, %xmm0, %xmm0, %xmm24
	vshufps	$255, %xmm0, %xmm0, %xmm25
	vmovaps	400(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm26
	vshufps	$85, %xmm0, %xmm0, %xmm27
	vshufps	$170, %xmm0, %xmm0, %xmm28
	vshufps	$255, %xmm0, %xmm0, %xmm29
	vpbroadcastq	%rdx, %ymm0
	vporq	.LCPI10_10(%rip), %ymm0, %ymm30
	vshufps	$255, %xmm1, %xmm1, %xmm0
	.p2align	4
.LBB10_10:
	vmovups	-120(%rcx,%rdx,4), %xmm1
	vmovups	-124(%rcx,%rdx,4), %xmm3
	kxnorw	%k0, %k0, %k1
	vmulps	%xmm3, %xmm3, %xmm2
	vmulps	%xmm1, %xmm1, %xmm1
	vaddps	%xmm1, %xmm2, %xmm1
	vmovups	-116(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-112(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-108(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-104(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-100(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-96(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-92(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-88(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-84(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-80(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-76(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-72(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-68(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-64(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-60(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-56(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-52(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-48(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-44(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-40(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-36(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-32(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-28(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-24(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-20(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-16(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-12(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-8(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-4(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmulps	.LCPI10_6(%rip){1to4}, %xmm1, %xmm1
	vbroadcastss	.LCPI10_8(%rip), %xmm2
	vaddps	.LCPI10_7(%rip){1to4}, %xmm1, %xmm1
	vsqrtps	%xmm1, %xmm1
	vdivps	%xmm1, %xmm2, %xmm2
	vpsllq	$7, %ymm30, %ymm1
	vpaddq	.LCPI10_11(%rip){1to4}, %ymm30, %ymm30
	vmulps	%xmm3, %xmm2, %xmm3
	vmulps	80(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, (%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-120(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	528(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 4(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-116(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	160(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 8(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-112(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	16(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 12(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-108(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm5, %xmm3, %xmm3
	vscatterqps	%xmm3, 16(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-104(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm6, %xmm3, %xmm3
	vscatterqps	%xmm3, 20(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-100(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm7, %xmm3, %xmm3
	vscatterqps	%xmm3, 24(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-96(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm4, %xmm3, %xmm3
	vscatterqps	%xmm3, 28(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-92(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm8, %xmm3
	vscatterqps	%xmm3, 32(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-88(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm9, %xmm3
	vscatterqps	%xmm3, 36(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-84(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm10, %xmm3
	vscatterqps	%xmm3, 40(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-80(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm11, %xmm3
	vscatterqps	%xmm3, 44(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-76(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm12, %xmm3
	vscatterqps	%xmm3, 48(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-72(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm13, %xmm3
	vscatterqps	%xmm3, 52(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-68(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm14, %xmm3
	vscatterqps	%xmm3, 56(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-64(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm15, %xmm3
	vscatterqps	%xmm3, 60(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-60(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm16, %xmm3, %xmm3
	vscatterqps	%xmm3, 64(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-56(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm17, %xmm3, %xmm3
	vscatterqps	%xmm3, 68(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-52(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm31, %xmm3, %xmm3
	vscatterqps	%xmm3, 72(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-48(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm0, %xmm3, %xmm3
	vscatterqps	%xmm3, 76(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-44(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm18, %xmm3, %xmm3
	vscatterqps	%xmm3, 80(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-40(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm19, %xmm3, %xmm3
	vscatterqps	%xmm3, 84(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-36(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm20, %xmm3, %xmm3
	vscatterqps	%xmm3, 88(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-32(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm21, %xmm3, %xmm3
	vscatterqps	%xmm3, 92(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-28(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm22, %xmm3, %xmm3
	vscatterqps	%xmm3, 96(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-24(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm23, %xmm3, %xmm3
	vscatterqps	%xmm3, 100(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-20(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm24, %xmm3, %xmm3
	vscatterqps	%xmm3, 104(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-16(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm25, %xmm3, %xmm3
	vscatterqps	%xmm3, 108(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-12(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm26, %xmm3, %xmm3
	vscatterqps	%xmm3, 112(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-8(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm27, %xmm3, %xmm3
	vscatterqps	%xmm3, 116(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-4(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm28, %xmm3, %xmm3
	vscatterqps	%xmm3, 120(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	(%rcx,%rdx,4), %xmm2, %xmm2
	addq	$4, %rdx
	vmulps	%xmm29, %xmm2, %xmm2
	vscatterqps	%xmm2, 124(%r14,%ymm1) {%k1}
	cmpq	%rdx, %rax
	jne	.LBB10_10
	vmovups	656(%rsp), %zmm16
	vmovaps	288(%rsp), %xmm4
	vmovaps	272(%rsp), %xmm5
	vmovaps	256(%rsp), %xmm6
	vmovaps	240(%rsp), %xmm7
	vmovaps	224(%rsp), %xmm8
	vmovups	432(%rsp), %ymm11
	cmpq	%rax, %r8
	je	.LBB10_14
.LBB10_12:
	vmovss	.LCPI10_6(%rip), %xmm1
	vmovss	.LCPI10_7(%rip), %xmm2
	vmovss	.LCPI10_8(%rip), %xmm3
	vinsertps	$16, %xmm5, %xmm4, %xmm0
	movq	%rax, %rdx
	imulq	%rdi, %rdx
	movq	%r8, %rcx
	subq	%rax, %rcx
	shlq	$7, %rax
	shlq	$2, %rdi
	vinsertps	$32, %xmm6, %xmm0, %xmm0
	leaq	64(%rax,%r14), %rax
	vinsertps	$48, %xmm7, %xmm0, %xmm0
	vinsertf64x4	$1, %ymm11, %zmm0, %zmm0
	leaq	(%r9,%rdx,4), %rdx
	vinsertf32x4	$1, %xmm8, %zmm0, %zmm0
	.p2align	4
.LBB10_13:
	vmovss	(%rdx), %xmm4
	vmovss	4(%rdx), %xmm5
	vmulss	%xmm4, %xmm4, %xmm4
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	8(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	12(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	16(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	20(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	24(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	28(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	32(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	36(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	40(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	44(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	48(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	52(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	56(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	60(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	64(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	68(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	72(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	76(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	80(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	84(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	88(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	92(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	96(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	104(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	112(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	120(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmulss	%xmm1, %xmm4, %xmm4
	vaddss	%xmm2, %xmm4, %xmm4
	vsqrtss	%xmm4, %xmm4, %xmm4
	vdivss	%xmm4, %xmm3, %xmm4
	vbroadcastss	%xmm4, %zmm4
	vmulps	(%rdx), %zmm4, %zmm5
	vmulps	%zmm0, %zmm5, %zmm5
	vmovups	%zmm5, -64(%rax)
	vmulps	64(%rdx), %zmm4, %zmm4
	addq	%rdi, %rdx
	vmulps	%zmm16, %zmm4, %zmm4
	vmovups	%zmm4, (%rax)
	subq	$-128, %rax
	decq	%rcx
	jne	.LBB10_13
.LBB10_14:
	movq	%r8, %rdi
	shlq	$9, %rdi
	movq	%r8, 464(%rsp)
	vzeroupper
	callq	malloc@PLT
	movq	152(%rsp), %r10
	movq	464(%rsp), %r9
	movq	%rax, %r15
	leaq	(,%rbx,8), %rax
	leaq	4(%r14), %rcx
	xorl	%edx, %edx
	vxorpd	%xmm0, %xmm0, %xmm0
	addq	$448, %r10
	.p2align	4
.LBB10_15:
	movq	%rdx, %rdi
	shlq	$9, %rdi
	xorl	%r8d, %r8d
	vmovupd	%zmm0, (%r15,%rdi)
	vmovupd	%zmm0, 64(%r15,%rdi)
	vmovupd	%zmm0, 128(%r15,%rdi)
	vmovupd	%zmm0, 192(%r15,%rdi)
	vmovupd	%zmm0, 256(%r15,%rdi)
	vmovupd	%zmm0, 320(%r15,%rdi)
	vmovupd	%zmm0, 384(%r15,%rdi)
	vmovupd	%zmm0, 448(%r15,%rdi)
	leaq	(%r15,%rdi), %rsi
	vmovups	(%r15,%rdi), %zmm8
	vmovups	64(%r15,%rdi), %zmm7
	vmovups	128(%r15,%rdi), %zmm6
	vmovups	192(%r15,%rdi), %zmm5
	vmovups	256(%r15,%rdi), %zmm4
	vmovups	320(%r15,%rdi), %zmm3
	vmovups	384(%r15,%rdi), %zmm2
	vmovups	448(%r15,%rdi), %zmm1
	movq	%r10, %rdi
	.p2align	4
.LBB10_16:
	vbroadcastss	-4(%rcx,%r8,4), %zmm9
	vbroadcastss	(%rcx,%r8,4), %zmm13
	addq	$2, %r8
	vmulps	-384(%rdi), %zmm9, %zmm12
	vmulps	-320(%rdi), %zmm9, %zmm11
	vmulps	-448(%rdi), %zmm9, %zmm10
	vaddps	%zmm12, %zmm7, %zmm7
	vaddps	%zmm11, %zmm6, %zmm6
	vmulps	-256(%rdi), %zmm9, %zmm12
	vmulps	-192(%rdi), %zmm9, %zmm11
	vaddps	%zmm10, %zmm8, %zmm8
	vmulps	-448(%rdi,%rbx,4), %zmm13, %zmm10
	vaddps	%zmm12, %zmm5, %zmm5
	vaddps	%zmm11, %zmm4, %zmm4
	vmulps	-128(%rdi), %zmm9, %zmm12
	vmulps	-64(%rdi), %zmm9, %zmm11
	vmulps	(%rdi), %zmm9, %zmm9
	vaddps	%zmm10, %zmm8, %zmm8
	vaddps	%zmm12, %zmm3, %zmm3
	vaddps	%zmm11, %zmm2, %zmm2
	vmulps	-384(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-320(%rdi,%rbx,4), %zmm13, %zmm11
	vaddps	%zmm9, %zmm1, %zmm1
	vmulps	(%rdi,%rbx,4), %zmm13, %zmm9
	vaddps	%zmm12, %zmm7, %zmm7
	vaddps	%zmm11, %zmm6, %zmm6
	vmulps	-256(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-192(%rdi,%rbx,4), %zmm13, %zmm11
	vaddps	%zmm9, %zmm1, %zmm1
	vaddps	%zmm12, %zmm5, %zmm5
	vaddps	%zmm11, %zmm4, %zmm4
	vmulps	-128(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-64(%rdi,%rbx,4), %zmm13, %zmm11
	addq	%rax, %rdi
	vaddps	%zmm12, %zmm3, %zmm3
	vaddps	%zmm11, %zmm2, %zmm2
	cmpq	$32, %r8
	jne	.LBB10_16
	incq	%rdx
	subq	$-128, %rcx
	vmovups	%zmm8, (%rsi)
	vmovups	%zmm7, 64(%rsi)
	vmovups	%zmm6, 128(%rsi)
	vmovups	%zmm5, 192(%rsi)
	vmovups	%zmm4, 256(%rsi)
	vmovups	%zmm3, 320(%rsi)
	vmovups	%zmm2, 384(%rsi)
	vmovups	%zmm1, 448(%rsi)
	cmpq	%r9, %rdx
	jne	.LBB10_15
	movq	304(%rsp), %rax
	movq	%r12, %r8
	shrq	$61, %r8
	leaq	(,%r12,4), %rdx
	leaq	28(%r13), %rsi
	xorl	%edi, %edi
	vxorpd	%xmm0, %xmm0, %xmm0
	andl	$1, %r8d
	leaq	(,%rax,4), %rcx
	imulq	$124, %r12, %rax
	leaq	512(%rbp,%rax), %rax
	movq	%rax, 80(%rsp)
	movq	%rcx, 592(%rsp)
	jmp	.LBB10_19
	.p2align	4
.LBB10_24:
	movq	592(%rsp), %rcx
	incq	%rdi
	addq	%rcx, %rsi
	cmpq	464(%rsp), %rdi
	je	.LBB10_25
.LBB10_19:
	movq	%rcx, %rax
	imulq	%rdi, %rax
	movq	%rdi, %r9
	shlq	$7, %r9
	movq	%rdi, %r10
	imulq	304(%rsp), %r10
	leaq	28(%rbp), %rbx
	addq	%r14, %r9
	leaq	(%r13,%rax), %rcx
	cmpq	80(%rsp), %rcx
	leaq	512(%r13,%rax), %r11
	vmovupd	%zmm0, 448(%r13,%rax)
	vmovupd	%zmm0, 384(%r13,%rax)
	vmovupd	%zmm0, 320(%r13,%rax)
	vmovupd	%zmm0, 256(%r13,%rax)
	vmovupd	%zmm0, 192(%r13,%rax)
	vmovupd	%zmm0, 128(%r13,%rax)
	vmovupd	%zmm0, 64(%r13,%rax)
	vmovupd	%zmm0, (%r13,%rax)
	setb	%al
	cmpq	%r11, %rbp
	setb	%r11b
	xorl	%ecx, %ecx
	andb	%al, %r11b
	orb	%r8b, %r11b
	jmp	.LBB10_20
	.p2align	4
.LBB10_31:
	movq	%rcx, %rax
	imulq	%r12, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbp,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbp,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbp,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbp,%rax,4), %zmm1, %zmm5
	vaddps	(%r13,%r10,4), %zmm2, %zmm2
	vaddps	64(%r13,%r10,4), %zmm3, %zmm3
	vaddps	128(%r13,%r10,4), %zmm4, %zmm4
	vaddps	192(%r13,%r10,4), %zmm5, %zmm5
	vmovups	%zmm2, (%r13,%r10,4)
	vmovups	%zmm3, 64(%r13,%r10,4)
	vmovups	%zmm4, 128(%r13,%r10,4)
	vmovups	%zmm5, 192(%r13,%r10,4)
	vmulps	256(%rbp,%rax,4), %zmm1, %zmm2
	vmulps	320(%rbp,%rax,4), %zmm1, %zmm3
	vmulps	384(%rbp,%rax,4), %zmm1, %zmm4
	vmulps	448(%rbp,%rax,4), %zmm1, %zmm1
	vaddps	256(%r13,%r10,4), %zmm2, %zmm2
	vaddps	320(%r13,%r10,4), %zmm3, %zmm3
	vaddps	384(%r13,%r10,4), %zmm4, %zmm4
	vaddps	448(%r13,%r10,4), %zmm1, %zmm1
	vmovups	%zmm2, 256(%r13,%r10,4)
	vmovups	%zmm3, 320(%r13,%r10,4)
	vmovups	%zmm4, 384(%r13,%r10,4)
	vmovups	%zmm1, 448(%r13,%r10,4)
.LBB10_23:
	incq	%rcx
	addq	%rdx, %rbx
	cmpq	$32, %rcx
	je	.LBB10_24
.LBB10_20:
	vmovss	(%r9,%rcx,4), %xmm1
	testb	%r11b, %r11b
	je	.LBB10_31
	xorl	%eax, %eax
	.p2align	4
.LBB10_22:
	vmulss	-28(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rsi,%rax,4)
	vmulss	-24(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rsi,%rax,4)
	vmulss	-20(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rsi,%rax,4)
	vmulss	-16(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rsi,%rax,4)
	vmulss	-12(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rsi,%rax,4)
	vmulss	-8(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rsi,%rax,4)
	vmulss	-4(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rsi,%rax,4)
	vmulss	(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rsi,%rax,4)
	addq	$8, %rax
	cmpq	$128, %rax
	jne	.LBB10_22
	jmp	.LBB10_23
.LBB10_25:
	xorl	%r12d, %r12d
	vxorpd	%xmm0, %xmm0, %xmm0
	movq	%r15, %rbp
	.p2align	4
.LBB10_26:
	xorl	%ebx, %ebx
	.p2align	4
.LBB10_27:
	vmovups	(%rbp,%rbx,4), %zmm1
	vsubps	%zmm1, %zmm0, %zmm0
	vmovups	%zmm1, 528(%rsp)
	vmovups	%zmm0, 304(%rsp)
	vextractf32x4	$3, %zmm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 160(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vmovups	304(%rsp), %zmm0
	vextractf32x4	$2, %zmm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vinsertf128	$1, 160(%rsp), %ymm0, %ymm0
	vmovups	%ymm0, 160(%rsp)
	vmovups	304(%rsp), %zmm0
	vextractf128	$1, %ymm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vmovups	304(%rsp), %zmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm2
	vbroadcastss	.LCPI10_8(%rip), %zmm1
	vinsertps	$48, %xmm0, %xmm2, %xmm0
	vinsertf128	$1, 80(%rsp), %ymm0, %ymm0
	vmovups	528(%rsp), %zmm2
	vinsertf64x4	$1, 160(%rsp), %zmm0, %zmm0
	vaddps	%zmm1, %zmm0, %zmm0
	vdivps	%zmm0, %zmm2, %zmm0
	vmulps	(%r13,%rbx,4), %zmm0, %zmm0
	vmovups	%zmm0, (%r13,%rbx,4)
	addq	$16, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$128, %rbx
	jne	.LBB10_27
	addq	592(%rsp), %r13
	incq	%r12
	addq	$512, %rbp
	cmpq	464(%rsp), %r12
	jne	.LBB10_26
.LBB10_29:
	movq	%r14, %rdi
	vzeroupper
	callq	free@PLT
	movq	%r15, %rdi
	addq	$792, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end10:
	.size	k21, .Lfunc_end10-k21

	.globl	_mlir_ciface_k21
	.p2align	4
	.type	_mlir_ciface_k21,@function
_mlir_ciface_k21:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k21@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end11:
	.size	_mlir_ciface_k21, .Lfunc_end11-_mlir_ciface_k21

	.globl	k23
	.p2align	4
	.type	k23,@function
k23:
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	movq	120(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB12_5
	movq	136(%rsp), %rcx
	movq	80(%rsp), %rdi
	movq	48(%rsp), %r10
	movq	104(%rsp), %rdx
	shlq	$2, %r9
	xorl	%r11d, %r11d
	leaq	(,%rcx,4), %r8
	addq	$124, %r10
	shlq	$2, %rdi
	.p2align	4
.LBB12_2:
	movq	%r8, %rbx
	imulq	%r11, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r10, %r14
	xorl	%r15d, %r15d
	vmovups	%zmm0, 64(%rdx,%rbx)
	vmovups	%zmm0, (%rdx,%rbx)
	movq	%r11, %rbx
	imulq	%rcx, %rbx
	vmovss	(%rdx,%rbx,4), %xmm0
	vmovss	4(%rdx,%rbx,4), %xmm3
	vmovss	8(%rdx,%rbx,4), %xmm4
	vmovss	12(%rdx,%rbx,4), %xmm5
	vmovss	16(%rdx,%rbx,4), %xmm6
	vmovss	20(%rdx,%rbx,4), %xmm7
	vmovss	24(%rdx,%rbx,4), %xmm8
	vmovss	28(%rdx,%rbx,4), %xmm9
	vmovss	32(%rdx,%rbx,4), %xmm10
	vmovss	36(%rdx,%rbx,4), %xmm11
	vmovss	40(%rdx,%rbx,4), %xmm12
	vmovss	44(%rdx,%rbx,4), %xmm13
	vmovss	48(%rdx,%rbx,4), %xmm14
	vmovss	52(%rdx,%rbx,4), %xmm15
	vmovss	56(%rdx,%rbx,4), %xmm16
	vmovss	60(%rdx,%rbx,4), %xmm17
	vmovss	64(%rdx,%rbx,4), %xmm18
	vmovss	68(%rdx,%rbx,4), %xmm19
	vmovss	72(%rdx,%rbx,4), %xmm20
	vmovss	76(%rdx,%rbx,4), %xmm21
	vmovss	80(%rdx,%rbx,4), %xmm22
	vmovss	84(%rdx,%rbx,4), %xmm23
	vmovss	88(%rdx,%rbx,4), %xmm24
	vmovss	92(%rdx,%rbx,4), %xmm25
	vmovss	96(%rdx,%rbx,4), %xmm26
	vmovss	100(%rdx,%rbx,4), %xmm27
	vmovss	104(%rdx,%rbx,4), %xmm28
	vmovss	108(%rdx,%rbx,4), %xmm29
	vmovss	112(%rdx,%rbx,4), %xmm30
	vmovss	116(%rdx,%rbx,4), %xmm31
	vmovss	124(%rdx,%rbx,4), %xmm1
	vmovss	%xmm0, -8(%rsp)
	vmovss	120(%rdx,%rbx,4), %xmm0
	.p2align	4
.LBB12_3:
	vmovss	%xmm1, -12(%rsp)
	vmovss	(%rsi,%r15,4), %xmm1
	vmovss	%xmm0, -4(%rsp)
	vmovaps	%xmm31, %xmm0
	vmovaps	%xmm30, %xmm31
	vmovaps	%xmm29, %xmm30
	vmovaps	%xmm28, %xmm29
	vmovaps	%xmm27, %xmm28
	vmovaps	%xmm26, %xmm27
	vmovaps	%xmm25, %xmm26
	vmovaps	%xmm24, %xmm25
	vmovaps	%xmm23, %xmm24
	vmovaps	%xmm22, %xmm23
	vmovaps	%xmm21, %xmm22
	vmovaps	%xmm20, %xmm21
	vmovaps	%xmm19, %xmm20
	vmovaps	%xmm18, %xmm19
	vmovaps	%xmm17, %xmm18
	vmovaps	%xmm16, %xmm17
	vmovaps	%xmm15, %xmm16
	vmovaps	%xmm14, %xmm15
	vmovaps	%xmm13, %xmm14
	vmovaps	%xmm12, %xmm13
	vmovaps	%xmm11, %xmm12
	vmovaps	%xmm10, %xmm11
	vmovaps	%xmm9, %xmm10
	vmovaps	%xmm8, %xmm9
	vmovaps	%xmm7, %xmm8
	vmovaps	%xmm6, %xmm7
	vmovaps	%xmm5, %xmm6
	vmovaps	%xmm4, %xmm5
	vmovaps	%xmm3, %xmm4
	vmovss	-8(%rsp), %xmm3
	incq	%r15
	vmulss	-124(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, (%rdx,%rbx,4)
	vmovss	%xmm3, -8(%rsp)
	vmovaps	%xmm4, %xmm3
	vmovaps	%xmm5, %xmm4
	vmovaps	%xmm6, %xmm5
	vmovaps	%xmm7, %xmm6
	vmovaps	%xmm8, %xmm7
	vmovaps	%xmm9, %xmm8
	vmovaps	%xmm10, %xmm9
	vmovaps	%xmm11, %xmm10
	vmovaps	%xmm12, %xmm11
	vmovaps	%xmm13, %xmm12
	vmovaps	%xmm14, %xmm13
	vmovaps	%xmm15, %xmm14
	vmovaps	%xmm16, %xmm15
	vmovaps	%xmm17, %xmm16
	vmovaps	%xmm18, %xmm17
	vmovaps	%xmm19, %xmm18
	vmovaps	%xmm20, %xmm19
	vmovaps	%xmm21, %xmm20
	vmovaps	%xmm22, %xmm21
	vmovaps	%xmm23, %xmm22
	vmovaps	%xmm24, %xmm23
	vmovaps	%xmm25, %xmm24
	vmovaps	%xmm26, %xmm25
	vmovaps	%xmm27, %xmm26
	vmovaps	%xmm28, %xmm27
	vmovaps	%xmm29, %xmm28
	vmovaps	%xmm30, %xmm29
	vmovaps	%xmm31, %xmm30
	vmovaps	%xmm0, %xmm31
	vmovss	-4(%rsp), %xmm0
	vmulss	-120(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, 4(%rdx,%rbx,4)
	vmulss	-116(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm4, %xmm4
	vmovss	%xmm4, 8(%rdx,%rbx,4)
	vmulss	-112(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm5, %xmm5
	vmovss	%xmm5, 12(%rdx,%rbx,4)
	vmulss	-108(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm6, %xmm6
	vmovss	%xmm6, 16(%rdx,%rbx,4)
	vmulss	-104(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm7, %xmm7
	vmovss	%xmm7, 20(%rdx,%rbx,4)
	vmulss	-100(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm8, %xmm8
	vmovss	%xmm8, 24(%rdx,%rbx,4)
	vmulss	-96(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm9, %xmm9
	vmovss	%xmm9, 28(%rdx,%rbx,4)
	vmulss	-92(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm10, %xmm10
	vmovss	%xmm10, 32(%rdx,%rbx,4)
	vmulss	-88(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm11, %xmm11
	vmovss	%xmm11, 36(%rdx,%rbx,4)
	vmulss	-84(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm12, %xmm12
	vmovss	%xmm12, 40(%rdx,%rbx,4)
	vmulss	-80(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm13, %xmm13
	vmovss	%xmm13, 44(%rdx,%rbx,4)
	vmulss	-76(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm14, %xmm14
	vmovss	%xmm14, 48(%rdx,%rbx,4)
	vmulss	-72(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm15, %xmm15
	vmovss	%xmm15, 52(%rdx,%rbx,4)
	vmulss	-68(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm16, %xmm16
	vmovss	%xmm16, 56(%rdx,%rbx,4)
	vmulss	-64(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm17, %xmm17
	vmovss	%xmm17, 60(%rdx,%rbx,4)
	vmulss	-60(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm18, %xmm18
	vmovss	%xmm18, 64(%rdx,%rbx,4)
	vmulss	-56(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm19, %xmm19
	vmovss	%xmm19, 68(%rdx,%rbx,4)
	vmulss	-52(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm20, %xmm20
	vmovss	%xmm20, 72(%rdx,%rbx,4)
	vmulss	-48(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm21, %xmm21
	vmovss	%xmm21, 76(%rdx,%rbx,4)
	vmulss	-44(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm22, %xmm22
	vmovss	%xmm22, 80(%rdx,%rbx,4)
	vmulss	-40(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm23, %xmm23
	vmovss	%xmm23, 84(%rdx,%rbx,4)
	vmulss	-36(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm24, %xmm24
	vmovss	%xmm24, 88(%rdx,%rbx,4)
	vmulss	-32(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm25, %xmm25
	vmovss	%xmm25, 92(%rdx,%rbx,4)
	vmulss	-28(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm26, %xmm26
	vmovss	%xmm26, 96(%rdx,%rbx,4)
	vmulss	-24(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm27, %xmm27
	vmovss	%xmm27, 100(%rdx,%rbx,4)
	vmulss	-20(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm28, %xmm28
	vmovss	%xmm28, 104(%rdx,%rbx,4)
	vmulss	-16(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm29, %xmm29
	vmovss	%xmm29, 108(%rdx,%rbx,4)
	vmulss	-12(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm30, %xmm30
	vmovss	%xmm30, 112(%rdx,%rbx,4)
	vmulss	-8(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm31, %xmm31
	vmovss	%xmm31, 116(%rdx,%rbx,4)
	vmulss	-4(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm0, %xmm0
	vmovss	-12(%rsp), %xmm2
	vmovss	%xmm0, 120(%rdx,%rbx,4)
	vmulss	(%r14), %xmm1, %xmm1
	addq	%rdi, %r14
	vaddss	%xmm1, %xmm2, %xmm2
	vmovss	%xmm2, -12(%rsp)
	vmovss	-12(%rsp), %xmm1
	vmovss	%xmm1, 124(%rdx,%rbx,4)
	cmpq	$128, %r15
	jne	.LBB12_3
	incq	%r11
	addq	%r9, %rsi
	cmpq	%rax, %r11
	jne	.LBB12_2
.LBB12_5:
	popq	%rbx
	popq	%r14
	popq	%r15
	vzeroupper
	retq
.Lfunc_end12:
	.size	k23, .Lfunc_end12-k23

	.globl	_mlir_ciface_k23
	.p2align	4
	.type	_mlir_ciface_k23,@function
_mlir_ciface_k23:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k23@PLT
	addq	$120, %rsp
	retq
.Lfunc_end13:
	.size	_mlir_ciface_k23, .Lfunc_end13-_mlir_ciface_k23

	.globl	k24
	.p2align	4
	.type	k24,@function
k24:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB14_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$124, %r8
	shlq	$2, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB14_2:
	vmovss	-124(%rsi), %xmm0
	vaddss	-124(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -124(%rdx)
	vmovss	-120(%rsi), %xmm0
	vaddss	-120(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -120(%rdx)
	vmovss	-116(%rsi), %xmm0
	vaddss	-116(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -116(%rdx)
	vmovss	-112(%rsi), %xmm0
	vaddss	-112(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -112(%rdx)
	vmovss	-108(%rsi), %xmm0
	vaddss	-108(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -108(%rdx)
	vmovss	-104(%rsi), %xmm0
	vaddss	-104(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -104(%rdx)
	vmovss	-100(%rsi), %xmm0
	vaddss	-100(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -100(%rdx)
	vmovss	-96(%rsi), %xmm0
	vaddss	-96(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -96(%rdx)
	vmovss	-92(%rsi), %xmm0
	vaddss	-92(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -92(%rdx)
	vmovss	-88(%rsi), %xmm0
	vaddss	-88(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -88(%rdx)
	vmovss	-84(%rsi), %xmm0
	vaddss	-84(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -84(%rdx)
	vmovss	-80(%rsi), %xmm0
	vaddss	-80(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -80(%rdx)
	vmovss	-76(%rsi), %xmm0
	vaddss	-76(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -76(%rdx)
	vmovss	-72(%rsi), %xmm0
	vaddss	-72(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -72(%rdx)
	vmovss	-68(%rsi), %xmm0
	vaddss	-68(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -68(%rdx)
	vmovss	-64(%rsi), %xmm0
	vaddss	-64(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -64(%rdx)
	vmovss	-60(%rsi), %xmm0
	vaddss	-60(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -60(%rdx)
	vmovss	-56(%rsi), %xmm0
	vaddss	-56(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -56(%rdx)
	vmovss	-52(%rsi), %xmm0
	vaddss	-52(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -52(%rdx)
	vmovss	-48(%rsi), %xmm0
	vaddss	-48(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -48(%rdx)
	vmovss	-44(%rsi), %xmm0
	vaddss	-44(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -44(%rdx)
	vmovss	-40(%rsi), %xmm0
	vaddss	-40(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -40(%rdx)
	vmovss	-36(%rsi), %xmm0
	vaddss	-36(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -36(%rdx)
	vmovss	-32(%rsi), %xmm0
	vaddss	-32(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%rsi), %xmm0
	vaddss	-28(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -28(%rdx)
	vmovss	-24(%rsi), %xmm0
	vaddss	-24(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -24(%rdx)
	vmovss	-20(%rsi), %xmm0
	vaddss	-20(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -20(%rdx)
	vmovss	-16(%rsi), %xmm0
	vaddss	-16(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -16(%rdx)
	vmovss	-12(%rsi), %xmm0
	vaddss	-12(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -12(%rdx)
	vmovss	-8(%rsi), %xmm0
	vaddss	-8(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -8(%rdx)
	vmovss	-4(%rsi), %xmm0
	vaddss	-4(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -4(%rdx)
	vmovss	(%rsi), %xmm0
	addq	%r9, %rsi
	vaddss	(%r8), %xmm0, %xmm0
	addq	%rdi, %r8
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB14_2
.LBB14_3:
	retq
.Lfunc_end14:
	.size	k24, .Lfunc_end14-k24

	.globl	_mlir_ciface_k24
	.p2align	4
	.type	_mlir_ciface_k24,@function
_mlir_ciface_k24:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k24@PLT
	addq	$120, %rsp
	retq
.Lfunc_end15:
	.size	_mlir_ciface_k24, .Lfunc_end15-_mlir_ciface_k24

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI16_0:
	.quad	16
	.quad	20
	.quad	24
	.quad	28
.LCPI16_10:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI16_1:
	.quad	32
	.quad	36
	.quad	40
	.quad	44
	.quad	48
	.quad	52
	.quad	56
	.quad	60
.LCPI16_2:
	.quad	64
	.quad	68
	.quad	72
	.quad	76
	.quad	80
	.quad	84
	.quad	88
	.quad	92
.LCPI16_3:
	.quad	96
	.quad	100
	.quad	104
	.quad	108
	.quad	112
	.quad	116
	.quad	120
	.quad	124
.LCPI16_4:
	.quad	8
	.quad	9
	.quad	10
	.quad	11
	.quad	12
	.quad	13
	.quad	14
	.quad	15
.LCPI16_5:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI16_6:
	.long	0x3d000000
.LCPI16_7:
	.long	0x3727c5ac
.LCPI16_8:
	.long	0x3f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI16_9:
	.quad	16
.LCPI16_11:
	.quad	4
	.text
	.globl	k27
	.p2align	4
	.type	k27,@function
k27:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$728, %rsp
	movq	%r9, 24(%rsp)
	movq	%rsi, 8(%rsp)
	movq	944(%rsp), %rax
	movq	%rax, 16(%rsp)
	movq	928(%rsp), %rbx
	movq	912(%rsp), %r13
	movq	888(%rsp), %rbp
	movq	856(%rsp), %r14
	movq	832(%rsp), %r12
	movq	800(%rsp), %r15
	movq	%rbx, %rdi
	shlq	$7, %rdi
	callq	malloc@PLT
	testq	%rbx, %rbx
	jle	.LBB16_21
	vpbroadcastq	%r12, %zmm0
	vpmullq	.LCPI16_0(%rip), %ymm0, %ymm1
	vpmullq	.LCPI16_1(%rip), %zmm0, %zmm2
	vpmullq	.LCPI16_2(%rip), %zmm0, %zmm9
	vpmullq	.LCPI16_3(%rip), %zmm0, %zmm0
	leaq	(%r12,%r12,2), %rcx
	kxnorw	%k0, %k0, %k1
	kxnorb	%k0, %k0, %k2
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm11, %xmm11, %xmm11
	vmovss	(%r15), %xmm4
	vmovss	(%r15,%r12,4), %xmm5
	vmovss	(%r15,%r12,8), %xmm6
	movq	24(%rsp), %r8
	vxorps	%xmm3, %xmm3, %xmm3
	cmpq	$4, %rbx
	vmovss	(%r15,%rcx,4), %xmm7
	setae	%cl
	cmpq	$1, %r8
	sete	%dl
	andb	%cl, %dl
	vgatherqps	(%r15,%ymm1), %xmm8 {%k1}
	vgatherqps	(%r15,%zmm2), %ymm11 {%k2}
	kxnorb	%k0, %k0, %k2
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm1, %xmm1, %xmm1
	vgatherqps	(%r15,%zmm0), %ymm3 {%k2}
	vgatherqps	(%r15,%zmm9), %ymm1 {%k1}
	vinsertf64x4	$1, %ymm3, %zmm1, %zmm16
	cmpb	$1, %dl
	jne	.LBB16_2
	movq	8(%rsp), %r9
	vextractf128	$1, %ymm11, %xmm2
	vextractf32x4	$2, %zmm16, %xmm9
	vextractf32x4	$3, %zmm16, %xmm12
	movabsq	$9223372036854775792, %rdx
	vshufps	$255, %xmm8, %xmm8, %xmm1
	vmovups	%zmm16, 464(%rsp)
	vmovaps	%xmm4, 96(%rsp)
	vmovaps	%xmm5, 80(%rsp)
	vmovaps	%xmm6, 64(%rsp)
	vmovaps	%xmm7, 48(%rsp)
	vmovaps	%xmm8, 32(%rsp)
	vmovups	%ymm11, 176(%rsp)
	vmovaps	%xmm1, 160(%rsp)
	vmovaps	%xmm12, 144(%rsp)
	vmovaps	%xmm9, 128(%rsp)
	cmpq	$16, %rbx
	jae	.LBB16_5
	xorl	%ecx, %ecx
	jmp	.LBB16_9
.LBB16_2:
	movq	8(%rsp), %r9
	xorl	%ecx, %ecx
	jmp	.LBB16_12
.LBB16_5:
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm5, %zmm10
	vbroadcastss	%xmm6, %zmm5
	vmovshdup	%xmm8, %xmm4
	vbroadcastss	%xmm7, %zmm6
	vshufpd	$1, %xmm8, %xmm8, %xmm3
	vbroadcastss	%xmm1, %zmm18
	vmovshdup	%xmm11, %xmm1
	vmovdqa64	.LCPI16_5(%rip), %zmm13
	vpbroadcastq	.LCPI16_9(%rip), %zmm14
	vbroadcastss	%xmm2, %zmm23
	vbroadcastss	%xmm11, %zmm19
	vshufps	$170, %zmm16, %zmm16, %zmm7
	vbroadcastss	%xmm16, %zmm27
	movq	%rbx, %rcx
	andq	%rdx, %rcx
	leaq	124(%r9), %rsi
	xorl	%edi, %edi
	vbroadcastss	%xmm1, %zmm20
	vshufps	$255, %xmm11, %xmm11, %xmm1
	vmovups	%zmm0, 272(%rsp)
	vmovups	%zmm10, 208(%rsp)
	vmovups	%zmm5, 400(%rsp)
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm8, %zmm5
	vmovups	%zmm6, 336(%rsp)
	vbroadcastss	%xmm1, %zmm22
	vshufpd	$1, %xmm16, %xmm16, %xmm1
	vshufps	$85, %zmm16, %zmm16, %zmm6
	vbroadcastss	%xmm9, %zmm4
	vshuff64x2	$170, %zmm7, %zmm7, %zmm9
	vshuff64x2	$255, %zmm7, %zmm7, %zmm7
	vbroadcastss	%xmm1, %zmm29
	vextractf32x4	$1, %ymm16, %xmm1
	vshuff64x2	$170, %zmm6, %zmm6, %zmm8
	vshuff64x2	$255, %zmm6, %zmm6, %zmm6
	vmovups	%zmm5, 656(%rsp)
	vmovups	%zmm0, 592(%rsp)
	vbroadcastss	%xmm3, %zmm0
	vbroadcastss	%xmm12, %zmm5
	vmovdqa64	.LCPI16_4(%rip), %zmm12
	vshufpd	$1, %xmm11, %xmm11, %xmm3
	vbroadcastss	%xmm1, %zmm31
	vbroadcastss	%xmm3, %zmm21
	vmovupd	%zmm0, 528(%rsp)
	vshufps	$85, %ymm11, %ymm11, %ymm0
	vmovaps	%xmm2, 112(%rsp)
	vmovshdup	%xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm24
	vshufps	$170, %ymm11, %ymm11, %ymm0
	vbroadcastss	%xmm2, %zmm28
	vshufps	$255, %xmm16, %xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm25
	vshufps	$255, %ymm11, %ymm11, %ymm0
	vshufps	$255, %zmm16, %zmm16, %zmm11
	vbroadcastss	%xmm2, %zmm30
	vshuff64x2	$85, %zmm0, %zmm0, %zmm26
	vshufps	$85, %ymm16, %ymm16, %ymm0
	vshuff64x2	$170, %zmm11, %zmm11, %zmm10
	vshuff64x2	$255, %zmm11, %zmm11, %zmm11
	vshuff64x2	$85, %zmm0, %zmm0, %zmm1
	vshufps	$170, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm2
	vshufps	$255, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm3
	.p2align	4
.LBB16_6:
	vmovups	-120(%rsi,%rdi,4), %zmm15
	vmovups	-124(%rsi,%rdi,4), %zmm0
	vmovups	-116(%rsi,%rdi,4), %zmm16
	kxnorb	%k0, %k0, %k1
	vmulps	%zmm0, %zmm0, %zmm17
	vmulps	%zmm15, %zmm15, %zmm15
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm15, %zmm17, %zmm15
	vmovups	-112(%rsi,%rdi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vmovups	(%rsi,%rdi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-108(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-104(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-100(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-96(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-92(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-88(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-84(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-80(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-76(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-72(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-68(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-64(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-60(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-56(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-52(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-48(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-44(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-40(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-36(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-32(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-28(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-24(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-20(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-16(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-12(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-8(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-4(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	.LCPI16_6(%rip){1to16}, %zmm15, %zmm15
	vbroadcastss	.LCPI16_8(%rip), %zmm16
	vaddps	.LCPI16_7(%rip){1to16}, %zmm15, %zmm15
	vsqrtps	%zmm15, %zmm15
	vdivps	%zmm15, %zmm16, %zmm17
	vpsllq	$7, %zmm13, %zmm16
	vpsllq	$7, %zmm12, %zmm15
	vpaddq	%zmm14, %zmm13, %zmm13
	vpaddq	%zmm14, %zmm12, %zmm12
	vmulps	%zmm0, %zmm17, %zmm0
	vmulps	272(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, (%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, (%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-120(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	208(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 4(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 4(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-116(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	400(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 8(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 8(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-112(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	336(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 12(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 12(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-108(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	656(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 16(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 16(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-104(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	592(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 20(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 20(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-100(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	528(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 24(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 24(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-96(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm18, %zmm0, %zmm0
	vscatterqps	%ymm0, 28(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 28(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-92(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm19, %zmm0, %zmm0
	vscatterqps	%ymm0, 32(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 32(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-88(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm20, %zmm0, %zmm0
	vscatterqps	%ymm0, 36(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 36(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-84(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm21, %zmm0, %zmm0
	vscatterqps	%ymm0, 40(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 40(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-80(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm22, %zmm0, %zmm0
	vscatterqps	%ymm0, 44(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 44(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-76(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm23, %zmm0, %zmm0
	vscatterqps	%ymm0, 48(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 48(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-72(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm24, %zmm0, %zmm0
	vscatterqps	%ymm0, 52(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 52(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-68(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm25, %zmm0, %zmm0
	vscatterqps	%ymm0, 56(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 56(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-64(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm26, %zmm0, %zmm0
	vscatterqps	%ymm0, 60(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 60(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-60(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm27, %zmm0, %zmm0
	vscatterqps	%ymm0, 64(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 64(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-56(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm28, %zmm0, %zmm0
	vscatterqps	%ymm0, 68(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 68(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-52(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm29, %zmm0, %zmm0
	vscatterqps	%ymm0, 72(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 72(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-48(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm30, %zmm0, %zmm0
	vscatterqps	%ymm0, 76(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 76(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-44(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm31, %zmm0, %zmm0
	vscatterqps	%ymm0, 80(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 80(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-40(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm1, %zmm0, %zmm0
	vscatterqps	%ymm0, 84(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 84(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-36(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm2, %zmm0, %zmm0
	vscatterqps	%ymm0, 88(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 88(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-32(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm3, %zmm0, %zmm0
	vscatterqps	%ymm0, 92(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 92(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-28(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm4, %zmm0, %zmm0
	vscatterqps	%ymm0, 96(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 96(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-24(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm8, %zmm0, %zmm0
	vscatterqps	%ymm0, 100(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 100(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-20(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm9, %zmm0, %zmm0
	vscatterqps	%ymm0, 104(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 104(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-16(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm10, %zmm0, %zmm0
	vscatterqps	%ymm0, 108(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 108(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-12(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm5, %zmm0, %zmm0
	vscatterqps	%ymm0, 112(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 112(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-8(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm6, %zmm0, %zmm0
	vscatterqps	%ymm0, 116(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 116(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-4(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm7, %zmm0, %zmm0
	vscatterqps	%ymm0, 120(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 120(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	(%rsi,%rdi,4), %zmm17, %zmm0
	addq	$16, %rdi
	vmulps	%zmm11, %zmm0, %zmm0
	vscatterqps	%ymm0, 124(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 124(%rax,%zmm15) {%k1}
	cmpq	%rdi, %rcx
	jne	.LBB16_6
	vmovups	464(%rsp), %zmm16
	vmovaps	96(%rsp), %xmm4
	vmovaps	80(%rsp), %xmm5
	vmovaps	64(%rsp), %xmm6
	vmovaps	48(%rsp), %xmm7
	vmovaps	32(%rsp), %xmm8
	vmovups	176(%rsp), %ymm11
	vmovaps	112(%rsp), %xmm2
	cmpq	%rcx, %rbx
	je	.LBB16_14
	testb	$12, %bl
	je	.LBB16_12
.LBB16_9:
	vbroadcastss	%xmm4, %xmm0
	vmovaps	%zmm16, %zmm1
	movq	%rcx, %rsi
	addq	$12, %rdx
	vbroadcastss	%xmm2, %xmm12
	vbroadcastss	%xmm1, %xmm16
	vshufps	$85, %xmm11, %xmm11, %xmm9
	vshufps	$170, %xmm11, %xmm11, %xmm10
	vshufps	$85, %xmm2, %xmm2, %xmm13
	vshufps	$170, %xmm2, %xmm2, %xmm14
	vshufps	$255, %xmm2, %xmm2, %xmm15
	vshufps	$85, %xmm1, %xmm1, %xmm17
	vshufps	$170, %xmm1, %xmm1, %xmm31
	movq	%rdx, %rcx
	andq	%rbx, %rcx
	leaq	124(%r9), %rdx
	vmovaps	%xmm0, 272(%rsp)
	vbroadcastss	%xmm5, %xmm0
	vbroadcastss	%xmm8, %xmm5
	vmovaps	%xmm0, 208(%rsp)
	vbroadcastss	%xmm6, %xmm0
	vshufps	$85, %xmm8, %xmm8, %xmm6
	vmovaps	%xmm0, 400(%rsp)
	vbroadcastss	%xmm7, %xmm0
	vshufps	$170, %xmm8, %xmm8, %xmm7
	vbroadcastss	%xmm11, %xmm8
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vmovaps	%xmm0, 336(%rsp)
	vextractf128	$1, %ymm1, %xmm0
	vmovaps	160(%rsp), %xmm4
	vbroadcastss	%xmm0, %xmm18
	vshufps	$85, %xmm0, %xmm0, %xmm19
	vshufps	$170, %xmm0, %xmm0, %xmm20
	vshufps	$255, %xmm0, %xmm0, %xmm21
	vmovaps	128(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm22
	vshufps	$85, %xmm0, %xmm0, %xmm23
	vshufps	$170, %xmm0, %xmm0, %xmm24
	vshufps	$255, %xmm0, %xmm0, %xmm25
	vmovaps	144(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm26
	vshufps	$85, %xmm0, %xmm0, %xmm27
	vshufps	$170, %xmm0, %xmm0, %xmm28
	vshufps	$255, %xmm0, %xmm0, %xmm29
	vpbroadcastq	%rsi, %ymm0
	vporq	.LCPI16_10(%rip), %ymm0, %ymm30
	vshufps	$255, %xmm1, %xmm1, %xmm0
	.p2align	4
.LBB16_10:
	vmovups	-120(%rdx,%rsi,4), %xmm1
	vmovups	-124(%rdx,%rsi,4), %xmm3
	kxnorw	%k0, %k0, %k1
	vmulps	%xmm3, %xmm3, %xmm2
	vmulps	%xmm1, %xmm1, %xmm1
	vaddps	%xmm1, %xmm2, %xmm1
	vmovups	-116(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-112(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-108(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-104(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-100(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-96(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-92(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-88(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-84(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-80(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-76(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-72(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-68(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-64(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-60(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-56(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-52(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-48(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-44(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-40(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-36(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-32(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-28(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-24(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-20(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-16(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-12(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-8(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-4(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmulps	.LCPI16_6(%rip){1to4}, %xmm1, %xmm1
	vbroadcastss	.LCPI16_8(%rip), %xmm2
	vaddps	.LCPI16_7(%rip){1to4}, %xmm1, %xmm1
	vsqrtps	%xmm1, %xmm1
	vdivps	%xmm1, %xmm2, %xmm2
	vpsllq	$7, %ymm30, %ymm1
	vpaddq	.LCPI16_11(%rip){1to4}, %ymm30, %ymm30
	vmulps	%xmm3, %xmm2, %xmm3
	vmulps	272(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, (%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-120(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	208(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 4(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-116(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	400(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 8(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-112(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	336(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 12(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-108(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm5, %xmm3, %xmm3
	vscatterqps	%xmm3, 16(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-104(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm6, %xmm3, %xmm3
	vscatterqps	%xmm3, 20(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-100(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm7, %xmm3, %xmm3
	vscatterqps	%xmm3, 24(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-96(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm4, %xmm3, %xmm3
	vscatterqps	%xmm3, 28(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-92(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm8, %xmm3
	vscatterqps	%xmm3, 32(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-88(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm9, %xmm3
	vscatterqps	%xmm3, 36(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-84(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm10, %xmm3
	vscatterqps	%xmm3, 40(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-80(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm11, %xmm3
	vscatterqps	%xmm3, 44(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-76(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm12, %xmm3
	vscatterqps	%xmm3, 48(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-72(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm13, %xmm3
	vscatterqps	%xmm3, 52(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-68(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm14, %xmm3
	vscatterqps	%xmm3, 56(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-64(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm15, %xmm3
	vscatterqps	%xmm3, 60(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-60(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm16, %xmm3, %xmm3
	vscatterqps	%xmm3, 64(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-56(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm17, %xmm3, %xmm3
	vscatterqps	%xmm3, 68(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-52(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm31, %xmm3, %xmm3
	vscatterqps	%xmm3, 72(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-48(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm0, %xmm3, %xmm3
	vscatterqps	%xmm3, 76(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-44(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm18, %xmm3, %xmm3
	vscatterqps	%xmm3, 80(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-40(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm19, %xmm3, %xmm3
	vscatterqps	%xmm3, 84(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-36(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm20, %xmm3, %xmm3
	vscatterqps	%xmm3, 88(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-32(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm21, %xmm3, %xmm3
	vscatterqps	%xmm3, 92(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-28(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm22, %xmm3, %xmm3
	vscatterqps	%xmm3, 96(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-24(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm23, %xmm3, %xmm3
	vscatterqps	%xmm3, 100(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-20(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm24, %xmm3, %xmm3
	vscatterqps	%xmm3, 104(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-16(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm25, %xmm3, %xmm3
	vscatterqps	%xmm3, 108(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-12(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm26, %xmm3, %xmm3
	vscatterqps	%xmm3, 112(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-8(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm27, %xmm3, %xmm3
	vscatterqps	%xmm3, 116(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-4(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm28, %xmm3, %xmm3
	vscatterqps	%xmm3, 120(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	(%rdx,%rsi,4), %xmm2, %xmm2
	addq	$4, %rsi
	vmulps	%xmm29, %xmm2, %xmm2
	vscatterqps	%xmm2, 124(%rax,%ymm1) {%k1}
	cmpq	%rsi, %rcx
	jne	.LBB16_10
	vmovups	464(%rsp), %zmm16
	vmovaps	96(%rsp), %xmm4
	vmovaps	80(%rsp), %xmm5
	vmovaps	64(%rsp), %xmm6
	vmovaps	48(%rsp), %xmm7
	vmovaps	32(%rsp), %xmm8
	vmovups	176(%rsp), %ymm11
	cmpq	%rcx, %rbx
	je	.LBB16_14
.LBB16_12:
	vmovss	.LCPI16_6(%rip), %xmm1
	vmovss	.LCPI16_7(%rip), %xmm2
	vmovss	.LCPI16_8(%rip), %xmm3
	vinsertps	$16, %xmm5, %xmm4, %xmm0
	movq	%rcx, %rsi
	imulq	%r8, %rsi
	movq	%rbx, %rdx
	subq	%rcx, %rdx
	shlq	$7, %rcx
	shlq	$2, %r8
	vinsertps	$32, %xmm6, %xmm0, %xmm0
	leaq	64(%rcx,%rax), %rcx
	vinsertps	$48, %xmm7, %xmm0, %xmm0
	vinsertf64x4	$1, %ymm11, %zmm0, %zmm0
	leaq	(%r9,%rsi,4), %rsi
	vinsertf32x4	$1, %xmm8, %zmm0, %zmm0
	.p2align	4
.LBB16_13:
	vmovss	(%rsi), %xmm4
	vmovss	4(%rsi), %xmm5
	vmulss	%xmm4, %xmm4, %xmm4
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	8(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	12(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	16(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	20(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	24(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	28(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	32(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	36(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	40(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	44(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	48(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	52(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	56(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	60(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	64(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	68(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	72(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	76(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	80(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	84(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	88(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	92(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	96(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	104(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	112(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	120(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmulss	%xmm1, %xmm4, %xmm4
	vaddss	%xmm2, %xmm4, %xmm4
	vsqrtss	%xmm4, %xmm4, %xmm4
	vdivss	%xmm4, %xmm3, %xmm4
	vbroadcastss	%xmm4, %zmm4
	vmulps	(%rsi), %zmm4, %zmm5
	vmulps	%zmm0, %zmm5, %zmm5
	vmovups	%zmm5, -64(%rcx)
	vmulps	64(%rsi), %zmm4, %zmm4
	addq	%r8, %rsi
	vmulps	%zmm16, %zmm4, %zmm4
	vmovups	%zmm4, (%rcx)
	subq	$-128, %rcx
	decq	%rdx
	jne	.LBB16_13
.LBB16_14:
	movq	16(%rsp), %rcx
	leaq	(,%rbp,4), %rdi
	leaq	28(%r13), %r8
	xorl	%r9d, %r9d
	vxorpd	%xmm0, %xmm0, %xmm0
	leaq	(,%rcx,4), %rsi
	imulq	$124, %rbp, %rcx
	leaq	256(%r14,%rcx), %rcx
	movq	%rcx, 272(%rsp)
	movq	%rbp, %rcx
	shrq	$61, %rcx
	andl	$1, %ecx
	movq	%rcx, 208(%rsp)
	jmp	.LBB16_15
	.p2align	4
.LBB16_20:
	incq	%r9
	addq	%r10, %r8
	movq	%r10, %rsi
	movq	%rdx, %rbx
	cmpq	%rdx, %r9
	je	.LBB16_21
.LBB16_15:
	movq	%rsi, %rcx
	imulq	%r9, %rcx
	movq	%r9, %r11
	shlq	$7, %r11
	movq	%rbx, %rdx
	movq	%r9, %rbx
	imulq	16(%rsp), %rbx
	movq	%rsi, %r10
	addq	%rax, %r11
	leaq	(%r13,%rcx), %r15
	cmpq	272(%rsp), %r15
	leaq	256(%r13,%rcx), %rsi
	vmovupd	%zmm0, 192(%r13,%rcx)
	vmovupd	%zmm0, 128(%r13,%rcx)
	vmovupd	%zmm0, 64(%r13,%rcx)
	vmovupd	%zmm0, (%r13,%rcx)
	setb	%cl
	cmpq	%rsi, %r14
	leaq	28(%r14), %rsi
	setb	%r15b
	xorl	%r12d, %r12d
	andb	%cl, %r15b
	orb	208(%rsp), %r15b
	jmp	.LBB16_16
	.p2align	4
.LBB16_22:
	movq	%r12, %rcx
	imulq	%rbp, %rcx
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r14,%rcx,4), %zmm1, %zmm2
	vmulps	64(%r14,%rcx,4), %zmm1, %zmm3
	vmulps	128(%r14,%rcx,4), %zmm1, %zmm4
	vmulps	192(%r14,%rcx,4), %zmm1, %zmm1
	vaddps	(%r13,%rbx,4), %zmm2, %zmm2
	vaddps	64(%r13,%rbx,4), %zmm3, %zmm3
	vaddps	128(%r13,%rbx,4), %zmm4, %zmm4
	vaddps	192(%r13,%rbx,4), %zmm1, %zmm1
	vmovups	%zmm2, (%r13,%rbx,4)
	vmovups	%zmm3, 64(%r13,%rbx,4)
	vmovups	%zmm4, 128(%r13,%rbx,4)
	vmovups	%zmm1, 192(%r13,%rbx,4)
.LBB16_19:
	incq	%r12
	addq	%rdi, %rsi
	cmpq	$32, %r12
	je	.LBB16_20
.LBB16_16:
	vmovss	(%r11,%r12,4), %xmm1
	testb	%r15b, %r15b
	je	.LBB16_22
	xorl	%ecx, %ecx
	.p2align	4
.LBB16_18:
	vmulss	-28(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-28(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r8,%rcx,4)
	vmulss	-24(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-24(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r8,%rcx,4)
	vmulss	-20(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-20(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r8,%rcx,4)
	vmulss	-16(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-16(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r8,%rcx,4)
	vmulss	-12(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-12(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r8,%rcx,4)
	vmulss	-8(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-8(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r8,%rcx,4)
	vmulss	-4(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-4(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r8,%rcx,4)
	vmulss	(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r8,%rcx,4)
	addq	$8, %rcx
	cmpq	$64, %rcx
	jne	.LBB16_18
	jmp	.LBB16_19
.LBB16_21:
	movq	%rax, %rdi
	addq	$728, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end16:
	.size	k27, .Lfunc_end16-k27

	.globl	_mlir_ciface_k27
	.p2align	4
	.type	_mlir_ciface_k27,@function
_mlir_ciface_k27:
	subq	$184, %rsp
	movq	8(%rdx), %r8
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	8(%rcx), %r10
	movq	24(%rcx), %r11
	movq	40(%rcx), %rcx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rcx, 160(%rsp)
	movq	%r11, 144(%rsp)
	movq	%r10, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k27@PLT
	addq	$184, %rsp
	retq
.Lfunc_end17:
	.size	_mlir_ciface_k27, .Lfunc_end17-_mlir_ciface_k27

	.globl	k28
	.p2align	4
	.type	k28,@function
k28:
	movq	40(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB18_3
	movq	56(%rsp), %rcx
	movq	24(%rsp), %rdx
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB18_2:
	vmovss	-124(%rsi), %xmm0
	vmovss	%xmm0, -124(%rdx)
	vmovss	-120(%rsi), %xmm0
	vmovss	%xmm0, -120(%rdx)
	vmovss	-116(%rsi), %xmm0
	vmovss	%xmm0, -116(%rdx)
	vmovss	-112(%rsi), %xmm0
	vmovss	%xmm0, -112(%rdx)
	vmovss	-108(%rsi), %xmm0
	vmovss	%xmm0, -108(%rdx)
	vmovss	-104(%rsi), %xmm0
	vmovss	%xmm0, -104(%rdx)
	vmovss	-100(%rsi), %xmm0
	vmovss	%xmm0, -100(%rdx)
	vmovss	-96(%rsi), %xmm0
	vmovss	%xmm0, -96(%rdx)
	vmovss	-92(%rsi), %xmm0
	vmovss	%xmm0, -92(%rdx)
	vmovss	-88(%rsi), %xmm0
	vmovss	%xmm0, -88(%rdx)
	vmovss	-84(%rsi), %xmm0
	vmovss	%xmm0, -84(%rdx)
	vmovss	-80(%rsi), %xmm0
	vmovss	%xmm0, -80(%rdx)
	vmovss	-76(%rsi), %xmm0
	vmovss	%xmm0, -76(%rdx)
	vmovss	-72(%rsi), %xmm0
	vmovss	%xmm0, -72(%rdx)
	vmovss	-68(%rsi), %xmm0
	vmovss	%xmm0, -68(%rdx)
	vmovss	-64(%rsi), %xmm0
	vmovss	%xmm0, -64(%rdx)
	vmovss	-60(%rsi), %xmm0
	vmovss	%xmm0, -60(%rdx)
	vmovss	-56(%rsi), %xmm0
	vmovss	%xmm0, -56(%rdx)
	vmovss	-52(%rsi), %xmm0
	vmovss	%xmm0, -52(%rdx)
	vmovss	-48(%rsi), %xmm0
	vmovss	%xmm0, -48(%rdx)
	vmovss	-44(%rsi), %xmm0
	vmovss	%xmm0, -44(%rdx)
	vmovss	-40(%rsi), %xmm0
	vmovss	%xmm0, -40(%rdx)
	vmovss	-36(%rsi), %xmm0
	vmovss	%xmm0, -36(%rdx)
	vmovss	-32(%rsi), %xmm0
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%rsi), %xmm0
	vmovss	%xmm0, -28(%rdx)
	vmovss	-24(%rsi), %xmm0
	vmovss	%xmm0, -24(%rdx)
	vmovss	-20(%rsi), %xmm0
	vmovss	%xmm0, -20(%rdx)
	vmovss	-16(%rsi), %xmm0
	vmovss	%xmm0, -16(%rdx)
	vmovss	-12(%rsi), %xmm0
	vmovss	%xmm0, -12(%rdx)
	vmovss	-8(%rsi), %xmm0
	vmovss	%xmm0, -8(%rdx)
	vmovss	-4(%rsi), %xmm0
	vmovss	%xmm0, -4(%rdx)
	vmovss	(%rsi), %xmm0
	addq	%r9, %rsi
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB18_2
.LBB18_3:
	retq
.Lfunc_end18:
	.size	k28, .Lfunc_end18-k28

	.globl	_mlir_ciface_k28
	.p2align	4
	.type	_mlir_ciface_k28,@function
_mlir_ciface_k28:
	subq	$72, %rsp
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rcx
	movq	24(%rsi), %rdx
	movq	40(%rsi), %rsi
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 32(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k28@PLT
	addq	$72, %rsp
	retq
.Lfunc_end19:
	.size	_mlir_ciface_k28, .Lfunc_end19-_mlir_ciface_k28

	.globl	k29
	.p2align	4
	.type	k29,@function
k29:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB20_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$28, %r8
	shlq	$2, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB20_2:
	vmovss	-28(%r8), %xmm0
	vmovss	-124(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-108(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -124(%rdx)
	vmovss	%xmm0, -108(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-120(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-104(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -120(%rdx)
	vmovss	%xmm0, -104(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-116(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-100(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -116(%rdx)
	vmovss	%xmm0, -100(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-112(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-96(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -112(%rdx)
	vmovss	%xmm0, -96(%rdx)
	vmovss	-28(%r8), %xmm0
	vmovss	-92(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-76(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -92(%rdx)
	vmovss	%xmm0, -76(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-88(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-72(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -88(%rdx)
	vmovss	%xmm0, -72(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-84(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-68(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -84(%rdx)
	vmovss	%xmm0, -68(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-80(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-64(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -80(%rdx)
	vmovss	%xmm0, -64(%rdx)
	vmovss	-28(%r8), %xmm0
	vmovss	-60(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-44(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -60(%rdx)
	vmovss	%xmm0, -44(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-56(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-40(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -56(%rdx)
	vmovss	%xmm0, -40(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-52(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-36(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -52(%rdx)
	vmovss	%xmm0, -36(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-48(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-32(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -48(%rdx)
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%r8), %xmm0
	vmovss	-28(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-12(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -28(%rdx)
	vmovss	%xmm0, -12(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-24(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-8(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -24(%rdx)
	vmovss	%xmm0, -8(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-20(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-4(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -20(%rdx)
	vmovss	%xmm0, -4(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	(%r8), %xmm1
	vmovss	-16(%rsi), %xmm2
	vmovss	(%rsi), %xmm3
	addq	%rdi, %r8
	addq	%r9, %rsi
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -16(%rdx)
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB20_2
.LBB20_3:
	retq
.Lfunc_end20:
	.size	k29, .Lfunc_end20-k29

	.globl	_mlir_ciface_k29
	.p2align	4
	.type	_mlir_ciface_k29,@function
_mlir_ciface_k29:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k29@PLT
	addq	$120, %rsp
	retq
.Lfunc_end21:
	.size	_mlir_ciface_k29, .Lfunc_end21-_mlir_ciface_k29

	.globl	k30
	.p2align	4
	.type	k30,@function
k30:
	pushq	%r14
	pushq	%rbx
	movq	56(%rsp), %rdx
	testq	%rdx, %rdx
	jle	.LBB22_7
	movq	72(%rsp), %rax
	movq	40(%rsp), %rcx
	cmpq	$1, %rdx
	jne	.LBB22_3
	xorl	%edi, %edi
	jmp	.LBB22_6
.LBB22_3:
	movabsq	$9223372036854775806, %r8
	leaq	(,%r9,8), %r11
	leaq	(,%rax,8), %r14
	leaq	188(%rsi), %r10
	leaq	60(%rcx), %rbx
	xorl	%edi, %edi
	andq	%rdx, %r8
	.p2align	4
.LBB22_4:
	vmovss	-60(%r10), %xmm0
	addq	$2, %rdi
	vmovss	%xmm0, -60(%rbx)
	vmovss	-56(%r10), %xmm0
	vmovss	%xmm0, -56(%rbx)
	vmovss	-52(%r10), %xmm0
	vmovss	%xmm0, -52(%rbx)
	vmovss	-48(%r10), %xmm0
	vmovss	%xmm0, -48(%rbx)
	vmovss	-44(%r10), %xmm0
	vmovss	%xmm0, -44(%rbx)
	vmovss	-40(%r10), %xmm0
	vmovss	%xmm0, -40(%rbx)
	vmovss	-36(%r10), %xmm0
	vmovss	%xmm0, -36(%rbx)
	vmovss	-32(%r10), %xmm0
	vmovss	%xmm0, -32(%rbx)
	vmovss	-28(%r10), %xmm0
	vmovss	%xmm0, -28(%rbx)
	vmovss	-24(%r10), %xmm0
	vmovss	%xmm0, -24(%rbx)
	vmovss	-20(%r10), %xmm0
	vmovss	%xmm0, -20(%rbx)
	vmovss	-16(%r10), %xmm0
	vmovss	%xmm0, -16(%rbx)
	vmovss	-12(%r10), %xmm0
	vmovss	%xmm0, -12(%rbx)
	vmovss	-8(%r10), %xmm0
	vmovss	%xmm0, -8(%rbx)
	vmovss	-4(%r10), %xmm0
	vmovss	%xmm0, -4(%rbx)
	vmovss	(%r10), %xmm0
	vmovss	%xmm0, (%rbx)
	vmovss	-60(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -60(%rbx,%rax,4)
	vmovss	-56(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -56(%rbx,%rax,4)
	vmovss	-52(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -52(%rbx,%rax,4)
	vmovss	-48(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -48(%rbx,%rax,4)
	vmovss	-44(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -44(%rbx,%rax,4)
	vmovss	-40(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -40(%rbx,%rax,4)
	vmovss	-36(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -36(%rbx,%rax,4)
	vmovss	-32(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -32(%rbx,%rax,4)
	vmovss	-28(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -28(%rbx,%rax,4)
	vmovss	-24(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -24(%rbx,%rax,4)
	vmovss	-20(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -20(%rbx,%rax,4)
	vmovss	-16(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -16(%rbx,%rax,4)
	vmovss	-12(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -12(%rbx,%rax,4)
	vmovss	-8(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -8(%rbx,%rax,4)
	vmovss	-4(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -4(%rbx,%rax,4)
	vmovss	(%r10,%r9,4), %xmm0
	addq	%r11, %r10
	vmovss	%xmm0, (%rbx,%rax,4)
	addq	%r14, %rbx
	cmpq	%rdi, %r8
	jne	.LBB22_4
	testb	$1, %dl
	je	.LBB22_7
.LBB22_6:
	imulq	%rdi, %r9
	imulq	%rdi, %rax
	vmovss	128(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, (%rcx,%rax,4)
	vmovss	132(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 4(%rcx,%rax,4)
	vmovss	136(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 8(%rcx,%rax,4)
	vmovss	140(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 12(%rcx,%rax,4)
	vmovss	144(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 16(%rcx,%rax,4)
	vmovss	148(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 20(%rcx,%rax,4)
	vmovss	152(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 24(%rcx,%rax,4)
	vmovss	156(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 28(%rcx,%rax,4)
	vmovss	160(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 32(%rcx,%rax,4)
	vmovss	164(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 36(%rcx,%rax,4)
	vmovss	168(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 40(%rcx,%rax,4)
	vmovss	172(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 44(%rcx,%rax,4)
	vmovss	176(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 48(%rcx,%rax,4)
	vmovss	180(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 52(%rcx,%rax,4)
	vmovss	184(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 56(%rcx,%rax,4)
	vmovss	188(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 60(%rcx,%rax,4)
.LBB22_7:
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end22:
	.size	k30, .Lfunc_end22-k30

	.globl	_mlir_ciface_k30
	.p2align	4
	.type	_mlir_ciface_k30,@function
_mlir_ciface_k30:
	movq	24(%rsi), %r8
	testq	%r8, %r8
	jle	.LBB23_8
	pushq	%r14
	pushq	%rbx
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %rdx
	movq	40(%rsi), %rsi
	cmpq	$1, %r8
	jne	.LBB23_3
	xorl	%edi, %edi
	jmp	.LBB23_6
.LBB23_3:
	movabsq	$9223372036854775806, %r9
	leaq	(,%rdx,8), %r11
	leaq	(,%rsi,8), %r14
	leaq	188(%rax), %r10
	leaq	60(%rcx), %rbx
	xorl	%edi, %edi
	andq	%r8, %r9
	.p2align	4
.LBB23_4:
	vmovss	-60(%r10), %xmm0
	addq	$2, %rdi
	vmovss	%xmm0, -60(%rbx)
	vmovss	-56(%r10), %xmm0
	vmovss	%xmm0, -56(%rbx)
	vmovss	-52(%r10), %xmm0
	vmovss	%xmm0, -52(%rbx)
	vmovss	-48(%r10), %xmm0
	vmovss	%xmm0, -48(%rbx)
	vmovss	-44(%r10), %xmm0
	vmovss	%xmm0, -44(%rbx)
	vmovss	-40(%r10), %xmm0
	vmovss	%xmm0, -40(%rbx)
	vmovss	-36(%r10), %xmm0
	vmovss	%xmm0, -36(%rbx)
	vmovss	-32(%r10), %xmm0
	vmovss	%xmm0, -32(%rbx)
	vmovss	-28(%r10), %xmm0
	vmovss	%xmm0, -28(%rbx)
	vmovss	-24(%r10), %xmm0
	vmovss	%xmm0, -24(%rbx)
	vmovss	-20(%r10), %xmm0
	vmovss	%xmm0, -20(%rbx)
	vmovss	-16(%r10), %xmm0
	vmovss	%xmm0, -16(%rbx)
	vmovss	-12(%r10), %xmm0
	vmovss	%xmm0, -12(%rbx)
	vmovss	-8(%r10), %xmm0
	vmovss	%xmm0, -8(%rbx)
	vmovss	-4(%r10), %xmm0
	vmovss	%xmm0, -4(%rbx)
	vmovss	(%r10), %xmm0
	vmovss	%xmm0, (%rbx)
	vmovss	-60(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -60(%rbx,%rsi,4)
	vmovss	-56(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -56(%rbx,%rsi,4)
	vmovss	-52(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -52(%rbx,%rsi,4)
	vmovss	-48(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -48(%rbx,%rsi,4)
	vmovss	-44(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -44(%rbx,%rsi,4)
	vmovss	-40(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -40(%rbx,%rsi,4)
	vmovss	-36(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -36(%rbx,%rsi,4)
	vmovss	-32(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -32(%rbx,%rsi,4)
	vmovss	-28(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -28(%rbx,%rsi,4)
	vmovss	-24(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -24(%rbx,%rsi,4)
	vmovss	-20(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -20(%rbx,%rsi,4)
	vmovss	-16(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -16(%rbx,%rsi,4)
	vmovss	-12(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -12(%rbx,%rsi,4)
	vmovss	-8(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -8(%rbx,%rsi,4)
	vmovss	-4(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -4(%rbx,%rsi,4)
	vmovss	(%r10,%rdx,4), %xmm0
	addq	%r11, %r10
	vmovss	%xmm0, (%rbx,%rsi,4)
	addq	%r14, %rbx
	cmpq	%rdi, %r9
	jne	.LBB23_4
	testb	$1, %r8b
	je	.LBB23_7
.LBB23_6:
	imulq	%rdi, %rdx
	imulq	%rdi, %rsi
	vmovss	128(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, (%rcx,%rsi,4)
	vmovss	132(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 4(%rcx,%rsi,4)
	vmovss	136(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 8(%rcx,%rsi,4)
	vmovss	140(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 12(%rcx,%rsi,4)
	vmovss	144(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 16(%rcx,%rsi,4)
	vmovss	148(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 20(%rcx,%rsi,4)
	vmovss	152(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 24(%rcx,%rsi,4)
	vmovss	156(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 28(%rcx,%rsi,4)
	vmovss	160(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 32(%rcx,%rsi,4)
	vmovss	164(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 36(%rcx,%rsi,4)
	vmovss	168(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 40(%rcx,%rsi,4)
	vmovss	172(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 44(%rcx,%rsi,4)
	vmovss	176(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 48(%rcx,%rsi,4)
	vmovss	180(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 52(%rcx,%rsi,4)
	vmovss	184(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 56(%rcx,%rsi,4)
	vmovss	188(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 60(%rcx,%rsi,4)
.LBB23_7:
	popq	%rbx
	popq	%r14
.LBB23_8:
	retq
.Lfunc_end23:
	.size	_mlir_ciface_k30, .Lfunc_end23-_mlir_ciface_k30

	.globl	k31
	.p2align	4
	.type	k31,@function
k31:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB24_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$60, %rsi
	shlq	$2, %r9
	addq	$28, %r8
	shlq	$2, %rdi
	addq	$60, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB24_2:
	vmovss	-28(%r8), %xmm0
	vmovss	-60(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-44(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -60(%rdx)
	vmovss	%xmm0, -44(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-56(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-40(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -56(%rdx)
	vmovss	%xmm0, -40(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-52(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-36(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -52(%rdx)
	vmovss	%xmm0, -36(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-48(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-32(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -48(%rdx)
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%r8), %xmm0
	vmovss	-28(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-12(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -28(%rdx)
	vmovss	%xmm0, -12(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-24(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-8(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -24(%rdx)
	vmovss	%xmm0, -8(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-20(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-4(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -20(%rdx)
	vmovss	%xmm0, -4(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	(%r8), %xmm1
	vmovss	-16(%rsi), %xmm2
	vmovss	(%rsi), %xmm3
	addq	%rdi, %r8
	addq	%r9, %rsi
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -16(%rdx)
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB24_2
.LBB24_3:
	retq
.Lfunc_end24:
	.size	k31, .Lfunc_end24-k31

	.globl	_mlir_ciface_k31
	.p2align	4
	.type	_mlir_ciface_k31,@function
_mlir_ciface_k31:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k31@PLT
	addq	$120, %rsp
	retq
.Lfunc_end25:
	.size	_mlir_ciface_k31, .Lfunc_end25-_mlir_ciface_k31

	.globl	k32
	.p2align	4
	.type	k32,@function
k32:
	pushq	%r14
	pushq	%rbx
	movq	56(%rsp), %rdx
	testq	%rdx, %rdx
	jle	.LBB26_7
	movq	72(%rsp), %rax
	movq	40(%rsp), %rcx
	cmpq	$1, %rdx
	jne	.LBB26_3
	xorl	%edi, %edi
	jmp	.LBB26_6
.LBB26_3:
	movabsq	$9223372036854775806, %r8
	leaq	(,%r9,8), %r11
	leaq	(,%rax,8), %r14
	leaq	252(%rsi), %r10
	leaq	60(%rcx), %rbx
	xorl	%edi, %edi
	andq	%rdx, %r8
	.p2align	4
.LBB26_4:
	vmovss	-60(%r10), %xmm0
	addq	$2, %rdi
	vmovss	%xmm0, -60(%rbx)
	vmovss	-56(%r10), %xmm0
	vmovss	%xmm0, -56(%rbx)
	vmovss	-52(%r10), %xmm0
	vmovss	%xmm0, -52(%rbx)
	vmovss	-48(%r10), %xmm0
	vmovss	%xmm0, -48(%rbx)
	vmovss	-44(%r10), %xmm0
	vmovss	%xmm0, -44(%rbx)
	vmovss	-40(%r10), %xmm0
	vmovss	%xmm0, -40(%rbx)
	vmovss	-36(%r10), %xmm0
	vmovss	%xmm0, -36(%rbx)
	vmovss	-32(%r10), %xmm0
	vmovss	%xmm0, -32(%rbx)
	vmovss	-28(%r10), %xmm0
	vmovss	%xmm0, -28(%rbx)
	vmovss	-24(%r10), %xmm0
	vmovss	%xmm0, -24(%rbx)
	vmovss	-20(%r10), %xmm0
	vmovss	%xmm0, -20(%rbx)
	vmovss	-16(%r10), %xmm0
	vmovss	%xmm0, -16(%rbx)
	vmovss	-12(%r10), %xmm0
	vmovss	%xmm0, -12(%rbx)
	vmovss	-8(%r10), %xmm0
	vmovss	%xmm0, -8(%rbx)
	vmovss	-4(%r10), %xmm0
	vmovss	%xmm0, -4(%rbx)
	vmovss	(%r10), %xmm0
	vmovss	%xmm0, (%rbx)
	vmovss	-60(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -60(%rbx,%rax,4)
	vmovss	-56(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -56(%rbx,%rax,4)
	vmovss	-52(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -52(%rbx,%rax,4)
	vmovss	-48(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -48(%rbx,%rax,4)
	vmovss	-44(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -44(%rbx,%rax,4)
	vmovss	-40(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -40(%rbx,%rax,4)
	vmovss	-36(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -36(%rbx,%rax,4)
	vmovss	-32(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -32(%rbx,%rax,4)
	vmovss	-28(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -28(%rbx,%rax,4)
	vmovss	-24(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -24(%rbx,%rax,4)
	vmovss	-20(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -20(%rbx,%rax,4)
	vmovss	-16(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -16(%rbx,%rax,4)
	vmovss	-12(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -12(%rbx,%rax,4)
	vmovss	-8(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -8(%rbx,%rax,4)
	vmovss	-4(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -4(%rbx,%rax,4)
	vmovss	(%r10,%r9,4), %xmm0
	addq	%r11, %r10
	vmovss	%xmm0, (%rbx,%rax,4)
	addq	%r14, %rbx
	cmpq	%rdi, %r8
	jne	.LBB26_4
	testb	$1, %dl
	je	.LBB26_7
.LBB26_6:
	imulq	%rdi, %r9
	imulq	%rdi, %rax
	vmovss	192(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, (%rcx,%rax,4)
	vmovss	196(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 4(%rcx,%rax,4)
	vmovss	200(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 8(%rcx,%rax,4)
	vmovss	204(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 12(%rcx,%rax,4)
	vmovss	208(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 16(%rcx,%rax,4)
	vmovss	212(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 20(%rcx,%rax,4)
	vmovss	216(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 24(%rcx,%rax,4)
	vmovss	220(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 28(%rcx,%rax,4)
	vmovss	224(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 32(%rcx,%rax,4)
	vmovss	228(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 36(%rcx,%rax,4)
	vmovss	232(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 40(%rcx,%rax,4)
	vmovss	236(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 44(%rcx,%rax,4)
	vmovss	240(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 48(%rcx,%rax,4)
	vmovss	244(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 52(%rcx,%rax,4)
	vmovss	248(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 56(%rcx,%rax,4)
	vmovss	252(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 60(%rcx,%rax,4)
.LBB26_7:
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end26:
	.size	k32, .Lfunc_end26-k32

	.globl	_mlir_ciface_k32
	.p2align	4
	.type	_mlir_ciface_k32,@function
_mlir_ciface_k32:
	movq	24(%rsi), %r8
	testq	%r8, %r8
	jle	.LBB27_8
	pushq	%r14
	pushq	%rbx
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %rdx
	movq	40(%rsi), %rsi
	cmpq	$1, %r8
	jne	.LBB27_3
	xorl	%edi, %edi
	jmp	.LBB27_6
.LBB27_3:
	movabsq	$9223372036854775806, %r9
	leaq	(,%rdx,8), %r11
	leaq	(,%rsi,8), %r14
	leaq	252(%rax), %r10
	leaq	60(%rcx), %rbx
	xorl	%edi, %edi
	andq	%r8, %r9
	.p2align	4
.LBB27_4:
	vmovss	-60(%r10), %xmm0
	addq	$2, %rdi
	vmovss	%xmm0, -60(%rbx)
	vmovss	-56(%r10), %xmm0
	vmovss	%xmm0, -56(%rbx)
	vmovss	-52(%r10), %xmm0
	vmovss	%xmm0, -52(%rbx)
	vmovss	-48(%r10), %xmm0
	vmovss	%xmm0, -48(%rbx)
	vmovss	-44(%r10), %xmm0
	vmovss	%xmm0, -44(%rbx)
	vmovss	-40(%r10), %xmm0
	vmovss	%xmm0, -40(%rbx)
	vmovss	-36(%r10), %xmm0
	vmovss	%xmm0, -36(%rbx)
	vmovss	-32(%r10), %xmm0
	vmovss	%xmm0, -32(%rbx)
	vmovss	-28(%r10), %xmm0
	vmovss	%xmm0, -28(%rbx)
	vmovss	-24(%r10), %xmm0
	vmovss	%xmm0, -24(%rbx)
	vmovss	-20(%r10), %xmm0
	vmovss	%xmm0, -20(%rbx)
	vmovss	-16(%r10), %xmm0
	vmovss	%xmm0, -16(%rbx)
	vmovss	-12(%r10), %xmm0
	vmovss	%xmm0, -12(%rbx)
	vmovss	-8(%r10), %xmm0
	vmovss	%xmm0, -8(%rbx)
	vmovss	-4(%r10), %xmm0
	vmovss	%xmm0, -4(%rbx)
	vmovss	(%r10), %xmm0
	vmovss	%xmm0, (%rbx)
	vmovss	-60(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -60(%rbx,%rsi,4)
	vmovss	-56(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -56(%rbx,%rsi,4)
	vmovss	-52(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -52(%rbx,%rsi,4)
	vmovss	-48(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -48(%rbx,%rsi,4)
	vmovss	-44(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -44(%rbx,%rsi,4)
	vmovss	-40(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -40(%rbx,%rsi,4)
	vmovss	-36(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -36(%rbx,%rsi,4)
	vmovss	-32(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -32(%rbx,%rsi,4)
	vmovss	-28(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -28(%rbx,%rsi,4)
	vmovss	-24(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -24(%rbx,%rsi,4)
	vmovss	-20(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -20(%rbx,%rsi,4)
	vmovss	-16(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -16(%rbx,%rsi,4)
	vmovss	-12(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -12(%rbx,%rsi,4)
	vmovss	-8(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -8(%rbx,%rsi,4)
	vmovss	-4(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -4(%rbx,%rsi,4)
	vmovss	(%r10,%rdx,4), %xmm0
	addq	%r11, %r10
	vmovss	%xmm0, (%rbx,%rsi,4)
	addq	%r14, %rbx
	cmpq	%rdi, %r9
	jne	.LBB27_4
	testb	$1, %r8b
	je	.LBB27_7
.LBB27_6:
	imulq	%rdi, %rdx
	imulq	%rdi, %rsi
	vmovss	192(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, (%rcx,%rsi,4)
	vmovss	196(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 4(%rcx,%rsi,4)
	vmovss	200(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 8(%rcx,%rsi,4)
	vmovss	204(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 12(%rcx,%rsi,4)
	vmovss	208(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 16(%rcx,%rsi,4)
	vmovss	212(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 20(%rcx,%rsi,4)
	vmovss	216(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 24(%rcx,%rsi,4)
	vmovss	220(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 28(%rcx,%rsi,4)
	vmovss	224(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 32(%rcx,%rsi,4)
	vmovss	228(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 36(%rcx,%rsi,4)
	vmovss	232(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 40(%rcx,%rsi,4)
	vmovss	236(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 44(%rcx,%rsi,4)
	vmovss	240(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 48(%rcx,%rsi,4)
	vmovss	244(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 52(%rcx,%rsi,4)
	vmovss	248(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 56(%rcx,%rsi,4)
	vmovss	252(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 60(%rcx,%rsi,4)
.LBB27_7:
	popq	%rbx
	popq	%r14
.LBB27_8:
	retq
.Lfunc_end27:
	.size	_mlir_ciface_k32, .Lfunc_end27-_mlir_ciface_k32

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI28_0:
	.long	0xff61b1e6
.LCPI28_1:
	.long	0x3eb504f3
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI28_2:
	.quad	0
	.quad	4
	.quad	2
	.quad	3
	.text
	.globl	k33
	.p2align	4
	.type	k33,@function
k33:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$328, %rsp
	movq	%r9, 144(%rsp)
	movq	%rsi, 136(%rsp)
	movq	544(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	512(%rsp), %rax
	movq	528(%rsp), %rbx
	movq	%rax, 112(%rsp)
	movq	%rbx, %rdi
	shlq	$7, %rdi
	movq	456(%rsp), %rax
	movq	488(%rsp), %r12
	movq	%rax, 56(%rsp)
	movq	400(%rsp), %rax
	movq	432(%rsp), %rbp
	movq	%rax, 48(%rsp)
	callq	malloc@PLT
	movq	%rax, 32(%rsp)
	movq	%rbx, 120(%rsp)
	testq	%rbx, %rbx
	jle	.LBB28_11
	movq	48(%rsp), %rax
	leaq	(,%r12,8), %rbx
	xorl	%edx, %edx
	addq	$24, %rax
	movq	%rax, 152(%rsp)
	movl	$1, %eax
	movq	%rbx, 208(%rsp)
	jmp	.LBB28_3
	.p2align	4
.LBB28_2:
	movq	40(%rsp), %rax
	incq	%rdx
	incq	%rax
	cmpq	120(%rsp), %rdx
	je	.LBB28_11
.LBB28_3:
	movq	%rax, 40(%rsp)
	andq	$-2, %rax
	movq	%rdx, %rsi
	shlq	$7, %rsi
	xorl	%edi, %edi
	xorl	%r15d, %r15d
	movq	%rax, 216(%rsp)
	movq	%rdx, %rax
	imulq	144(%rsp), %rax
	movq	136(%rsp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, 168(%rsp)
	movq	%rdx, %rax
	imulq	128(%rsp), %rax
	movq	112(%rsp), %rcx
	addq	32(%rsp), %rsi
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, 160(%rsp)
	movq	%rdx, 184(%rsp)
	movq	%rsi, 176(%rsp)
	jmp	.LBB28_4
	.p2align	4
.LBB28_5:
	vmovd	.LCPI28_0(%rip), %xmm9
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm3, %xmm3, %xmm3
	xorl	%r13d, %r13d
.LBB28_7:
	vmovups	%ymm2, 256(%rsp)
	vmovaps	%xmm3, (%rsp)
	movl	%r15d, %r14d
	shll	$4, %r14d
	movq	%r13, %rcx
	imulq	%rbp, %rcx
	movq	48(%rsp), %rax
	andl	$32, %r14d
	addq	%r14, %rax
	addq	56(%rsp), %r14
	vmovsd	(%rax,%rcx,4), %xmm0
	vmovsd	8(%rax,%rcx,4), %xmm1
	vmovsd	16(%rax,%rcx,4), %xmm2
	vmovsd	24(%rax,%rcx,4), %xmm3
	vmovd	%xmm9, %eax
	testl	%eax, %eax
	sets	%al
	kmovd	%eax, %k1
	vmulps	%xmm0, %xmm8, %xmm0
	vmulps	%xmm1, %xmm7, %xmm1
	vaddss	%xmm4, %xmm0, %xmm4
	vmovshdup	%xmm0, %xmm0
	vaddss	%xmm0, %xmm4, %xmm0
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	%xmm2, %xmm6, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	%xmm3, %xmm5, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	.LCPI28_1(%rip), %xmm0, %xmm1
	vmovdqa	%xmm9, %xmm0
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm1, 16(%rsp)
	vmovss	%xmm9, %xmm1, %xmm1 {%k1}
	vmaxss	%xmm0, %xmm1, %xmm0
	vcmpunordss	%xmm1, %xmm1, %k1
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm0, 64(%rsp)
	vsubss	%xmm0, %xmm9, %xmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 80(%rsp)
	vmovaps	16(%rsp), %xmm0
	vsubss	64(%rsp), %xmm0, %xmm0
	callq	expf@PLT
	vmovaps	80(%rsp), %xmm3
	imulq	%r12, %r13
	vbroadcastss	%xmm0, %ymm2
	vmulss	(%rsp), %xmm3, %xmm4
	vmulps	(%r14,%r13,4), %ymm2, %ymm2
	vbroadcastss	%xmm3, %ymm1
	vmulps	256(%rsp), %ymm1, %ymm1
	vaddss	%xmm4, %xmm0, %xmm3
	vaddps	%ymm1, %ymm2, %ymm2
.LBB28_8:
	movq	176(%rsp), %rsi
	leaq	(,%r15,8), %rax
	movq	200(%rsp), %rdi
	movq	160(%rsp), %rcx
	movq	184(%rsp), %rdx
	incq	%r15
	vmovups	%ymm2, (%rsi,%rax,4)
	addq	$4, %rdi
	vinsertps	$16, 4(%rsi,%rax,4), %xmm2, %xmm0
	vmovsd	8(%rsi,%rax,4), %xmm1
	vmovapd	.LCPI28_2(%rip), %ymm2
	vinsertf128	$1, 16(%rsi,%rax,4), %ymm0, %ymm0
	vpermt2pd	%ymm1, %ymm2, %ymm0
	vbroadcastss	%xmm3, %ymm1
	vdivps	%ymm1, %ymm0, %ymm0
	vmovups	%ymm0, (%rcx,%rax,4)
	cmpq	$4, %r15
	je	.LBB28_2
.LBB28_4:
	movq	168(%rsp), %rcx
	movq	%r15, %rax
	shlq	$5, %rax
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rdi, 200(%rsp)
	vmovups	%ymm0, (%rsi,%rax)
	vmovups	(%rsi,%rax), %ymm2
	vmovsd	(%rcx,%rax), %xmm8
	vmovsd	8(%rcx,%rax), %xmm7
	vmovsd	16(%rcx,%rax), %xmm6
	vmovsd	24(%rcx,%rax), %xmm5
	testq	%rdx, %rdx
	je	.LBB28_5
	movq	%r15, 192(%rsp)
	vmovd	.LCPI28_0(%rip), %xmm9
	movq	%rdi, %r15
	shrq	$3, %r15
	movq	%r12, %rbx
	leaq	(,%rbp,8), %r12
	vxorps	%xmm3, %xmm3, %xmm3
	xorl	%r13d, %r13d
	movq	152(%rsp), %rax
	shlq	$5, %r15
	leaq	(%rax,%r15), %r14
	addq	56(%rsp), %r15
	vmovaps	%xmm5, 80(%rsp)
	vmovaps	%xmm6, 64(%rsp)
	vmovaps	%xmm7, 240(%rsp)
	vmovaps	%xmm8, 224(%rsp)
	.p2align	4
.LBB28_10:
	vmovsd	-24(%r14), %xmm0
	vmovsd	-16(%r14), %xmm1
	vxorps	%xmm4, %xmm4, %xmm4
	vmovups	%ymm2, 256(%rsp)
	vmovsd	-8(%r14), %xmm2
	vmovaps	%xmm3, (%rsp)
	vmovsd	(%r14), %xmm3
	vmovd	%xmm9, %eax
	testl	%eax, %eax
	sets	%al
	kmovd	%eax, %k1
	vmulps	%xmm0, %xmm8, %xmm0
	vmulps	%xmm1, %xmm7, %xmm1
	vaddss	%xmm4, %xmm0, %xmm4
	vmovshdup	%xmm0, %xmm0
	vaddss	%xmm0, %xmm4, %xmm0
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	%xmm2, %xmm6, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	%xmm3, %xmm5, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	.LCPI28_1(%rip), %xmm1
	vmulss	%xmm1, %xmm0, %xmm1
	vmovdqa	%xmm9, %xmm0
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm1, 288(%rsp)
	vmovss	%xmm9, %xmm1, %xmm1 {%k1}
	vmaxss	%xmm0, %xmm1, %xmm0
	vcmpunordss	%xmm1, %xmm1, %k1
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm0, 16(%rsp)
	vsubss	%xmm0, %xmm9, %xmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 96(%rsp)
	vmovaps	288(%rsp), %xmm0
	vsubss	16(%rsp), %xmm0, %xmm0
	callq	expf@PLT
	vmovaps	96(%rsp), %xmm3
	vbroadcastss	%xmm0, %ymm2
	vmulps	(%r15), %ymm2, %ymm2
	vxorps	%xmm4, %xmm4, %xmm4
	vbroadcastss	%xmm3, %ymm1
	vmulps	256(%rsp), %ymm1, %ymm1
	vaddps	%ymm1, %ymm2, %ymm1
	vmovsd	-8(%r14,%rbp,4), %xmm2
	vmovups	%ymm1, 288(%rsp)
	vmulss	(%rsp), %xmm3, %xmm1
	vmovsd	(%r14,%rbp,4), %xmm3
	vaddss	%xmm1, %xmm0, %xmm0
	vmovsd	-16(%r14,%rbp,4), %xmm1
	vmovss	%xmm0, 256(%rsp)
	vmovsd	-24(%r14,%rbp,4), %xmm0
	vmulps	224(%rsp), %xmm0, %xmm0
	vmulps	240(%rsp), %xmm1, %xmm1
	vaddss	%xmm4, %xmm0, %xmm4
	vmovshdup	%xmm0, %xmm0
	vaddss	%xmm0, %xmm4, %xmm0
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	64(%rsp), %xmm2, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	80(%rsp), %xmm3, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	.LCPI28_1(%rip), %xmm0, %xmm1
	vmovaps	%xmm1, 96(%rsp)
	vmovdqa	16(%rsp), %xmm2
	vmovd	%xmm2, %eax
	vmovdqa	%xmm2, %xmm0
	testl	%eax, %eax
	sets	%al
	kmovd	%eax, %k1
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovss	%xmm2, %xmm1, %xmm1 {%k1}
	vmaxss	%xmm0, %xmm1, %xmm0
	vcmpunordss	%xmm1, %xmm1, %k1
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm0, (%rsp)
	vsubss	%xmm0, %xmm2, %xmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovaps	96(%rsp), %xmm0
	vsubss	(%rsp), %xmm0, %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm3
	vbroadcastss	%xmm0, %ymm2
	vmulps	(%r15,%rbx,4), %ymm2, %ymm2
	vmovdqa	(%rsp), %xmm9
	vmovaps	224(%rsp), %xmm8
	vmovaps	240(%rsp), %xmm7
	vmovaps	64(%rsp), %xmm6
	vmovaps	80(%rsp), %xmm5
	addq	208(%rsp), %r15
	addq	$2, %r13
	addq	%r12, %r14
	vmulss	256(%rsp), %xmm3, %xmm4
	vbroadcastss	%xmm3, %ymm1
	vmulps	288(%rsp), %ymm1, %ymm1
	vaddss	%xmm4, %xmm0, %xmm3
	vaddps	%ymm1, %ymm2, %ymm2
	cmpq	%r13, 216(%rsp)
	jne	.LBB28_10
	testb	$1, 40(%rsp)
	movq	192(%rsp), %r15
	vxorps	%xmm4, %xmm4, %xmm4
	movq	%rbx, %r12
	jne	.LBB28_7
	jmp	.LBB28_8
.LBB28_11:
	movq	32(%rsp), %rdi
	addq	$328, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end28:
	.size	k33, .Lfunc_end28-k33

	.globl	_mlir_ciface_k33
	.p2align	4
	.type	_mlir_ciface_k33,@function
_mlir_ciface_k33:
	subq	$184, %rsp
	movq	8(%rdx), %r8
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	8(%rcx), %r10
	movq	24(%rcx), %r11
	movq	40(%rcx), %rcx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rcx, 160(%rsp)
	movq	%r11, 144(%rsp)
	movq	%r10, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k33@PLT
	addq	$184, %rsp
	retq
.Lfunc_end29:
	.size	_mlir_ciface_k33, .Lfunc_end29-_mlir_ciface_k33

	.globl	k35
	.p2align	4
	.type	k35,@function
k35:
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	movq	120(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB30_5
	movq	136(%rsp), %rcx
	movq	80(%rsp), %rdi
	movq	48(%rsp), %r10
	movq	104(%rsp), %rdx
	shlq	$2, %r9
	xorl	%r11d, %r11d
	leaq	(,%rcx,4), %r8
	addq	$124, %r10
	shlq	$2, %rdi
	.p2align	4
.LBB30_2:
	movq	%r8, %rbx
	imulq	%r11, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r10, %r14
	xorl	%r15d, %r15d
	vmovups	%zmm0, 64(%rdx,%rbx)
	vmovups	%zmm0, (%rdx,%rbx)
	movq	%r11, %rbx
	imulq	%rcx, %rbx
	vmovss	(%rdx,%rbx,4), %xmm0
	vmovss	4(%rdx,%rbx,4), %xmm3
	vmovss	8(%rdx,%rbx,4), %xmm4
	vmovss	12(%rdx,%rbx,4), %xmm5
	vmovss	16(%rdx,%rbx,4), %xmm6
	vmovss	20(%rdx,%rbx,4), %xmm7
	vmovss	24(%rdx,%rbx,4), %xmm8
	vmovss	28(%rdx,%rbx,4), %xmm9
	vmovss	32(%rdx,%rbx,4), %xmm10
	vmovss	36(%rdx,%rbx,4), %xmm11
	vmovss	40(%rdx,%rbx,4), %xmm12
	vmovss	44(%rdx,%rbx,4), %xmm13
	vmovss	48(%rdx,%rbx,4), %xmm14
	vmovss	52(%rdx,%rbx,4), %xmm15
	vmovss	56(%rdx,%rbx,4), %xmm16
	vmovss	60(%rdx,%rbx,4), %xmm17
	vmovss	64(%rdx,%rbx,4), %xmm18
	vmovss	68(%rdx,%rbx,4), %xmm19
	vmovss	72(%rdx,%rbx,4), %xmm20
	vmovss	76(%rdx,%rbx,4), %xmm21
	vmovss	80(%rdx,%rbx,4), %xmm22
	vmovss	84(%rdx,%rbx,4), %xmm23
	vmovss	88(%rdx,%rbx,4), %xmm24
	vmovss	92(%rdx,%rbx,4), %xmm25
	vmovss	96(%rdx,%rbx,4), %xmm26
	vmovss	100(%rdx,%rbx,4), %xmm27
	vmovss	104(%rdx,%rbx,4), %xmm28
	vmovss	108(%rdx,%rbx,4), %xmm29
	vmovss	112(%rdx,%rbx,4), %xmm30
	vmovss	116(%rdx,%rbx,4), %xmm31
	vmovss	124(%rdx,%rbx,4), %xmm1
	vmovss	%xmm0, -8(%rsp)
	vmovss	120(%rdx,%rbx,4), %xmm0
	.p2align	4
.LBB30_3:
	vmovss	%xmm1, -12(%rsp)
	vmovss	(%rsi,%r15,4), %xmm1
	vmovss	%xmm0, -4(%rsp)
	vmovaps	%xmm31, %xmm0
	vmovaps	%xmm30, %xmm31
	vmovaps	%xmm29, %xmm30
	vmovaps	%xmm28, %xmm29
	vmovaps	%xmm27, %xmm28
	vmovaps	%xmm26, %xmm27
	vmovaps	%xmm25, %xmm26
	vmovaps	%xmm24, %xmm25
	vmovaps	%xmm23, %xmm24
	vmovaps	%xmm22, %xmm23
	vmovaps	%xmm21, %xmm22
	vmovaps	%xmm20, %xmm21
	vmovaps	%xmm19, %xmm20
	vmovaps	%xmm18, %xmm19
	vmovaps	%xmm17, %xmm18
	vmovaps	%xmm16, %xmm17
	vmovaps	%xmm15, %xmm16
	vmovaps	%xmm14, %xmm15
	vmovaps	%xmm13, %xmm14
	vmovaps	%xmm12, %xmm13
	vmovaps	%xmm11, %xmm12
	vmovaps	%xmm10, %xmm11
	vmovaps	%xmm9, %xmm10
	vmovaps	%xmm8, %xmm9
	vmovaps	%xmm7, %xmm8
	vmovaps	%xmm6, %xmm7
	vmovaps	%xmm5, %xmm6
	vmovaps	%xmm4, %xmm5
	vmovaps	%xmm3, %xmm4
	vmovss	-8(%rsp), %xmm3
	incq	%r15
	vmulss	-124(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, (%rdx,%rbx,4)
	vmovss	%xmm3, -8(%rsp)
	vmovaps	%xmm4, %xmm3
	vmovaps	%xmm5, %xmm4
	vmovaps	%xmm6, %xmm5
	vmovaps	%xmm7, %xmm6
	vmovaps	%xmm8, %xmm7
	vmovaps	%xmm9, %xmm8
	vmovaps	%xmm10, %xmm9
	vmovaps	%xmm11, %xmm10
	vmovaps	%xmm12, %xmm11
	vmovaps	%xmm13, %xmm12
	vmovaps	%xmm14, %xmm13
	vmovaps	%xmm15, %xmm14
	vmovaps	%xmm16, %xmm15
	vmovaps	%xmm17, %xmm16
	vmovaps	%xmm18, %xmm17
	vmovaps	%xmm19, %xmm18
	vmovaps	%xmm20, %xmm19
	vmovaps	%xmm21, %xmm20
	vmovaps	%xmm22, %xmm21
	vmovaps	%xmm23, %xmm22
	vmovaps	%xmm24, %xmm23
	vmovaps	%xmm25, %xmm24
	vmovaps	%xmm26, %xmm25
	vmovaps	%xmm27, %xmm26
	vmovaps	%xmm28, %xmm27
	vmovaps	%xmm29, %xmm28
	vmovaps	%xmm30, %xmm29
	vmovaps	%xmm31, %xmm30
	vmovaps	%xmm0, %xmm31
	vmovss	-4(%rsp), %xmm0
	vmulss	-120(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, 4(%rdx,%rbx,4)
	vmulss	-116(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm4, %xmm4
	vmovss	%xmm4, 8(%rdx,%rbx,4)
	vmulss	-112(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm5, %xmm5
	vmovss	%xmm5, 12(%rdx,%rbx,4)
	vmulss	-108(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm6, %xmm6
	vmovss	%xmm6, 16(%rdx,%rbx,4)
	vmulss	-104(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm7, %xmm7
	vmovss	%xmm7, 20(%rdx,%rbx,4)
	vmulss	-100(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm8, %xmm8
	vmovss	%xmm8, 24(%rdx,%rbx,4)
	vmulss	-96(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm9, %xmm9
	vmovss	%xmm9, 28(%rdx,%rbx,4)
	vmulss	-92(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm10, %xmm10
	vmovss	%xmm10, 32(%rdx,%rbx,4)
	vmulss	-88(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm11, %xmm11
	vmovss	%xmm11, 36(%rdx,%rbx,4)
	vmulss	-84(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm12, %xmm12
	vmovss	%xmm12, 40(%rdx,%rbx,4)
	vmulss	-80(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm13, %xmm13
	vmovss	%xmm13, 44(%rdx,%rbx,4)
	vmulss	-76(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm14, %xmm14
	vmovss	%xmm14, 48(%rdx,%rbx,4)
	vmulss	-72(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm15, %xmm15
	vmovss	%xmm15, 52(%rdx,%rbx,4)
	vmulss	-68(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm16, %xmm16
	vmovss	%xmm16, 56(%rdx,%rbx,4)
	vmulss	-64(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm17, %xmm17
	vmovss	%xmm17, 60(%rdx,%rbx,4)
	vmulss	-60(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm18, %xmm18
	vmovss	%xmm18, 64(%rdx,%rbx,4)
	vmulss	-56(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm19, %xmm19
	vmovss	%xmm19, 68(%rdx,%rbx,4)
	vmulss	-52(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm20, %xmm20
	vmovss	%xmm20, 72(%rdx,%rbx,4)
	vmulss	-48(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm21, %xmm21
	vmovss	%xmm21, 76(%rdx,%rbx,4)
	vmulss	-44(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm22, %xmm22
	vmovss	%xmm22, 80(%rdx,%rbx,4)
	vmulss	-40(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm23, %xmm23
	vmovss	%xmm23, 84(%rdx,%rbx,4)
	vmulss	-36(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm24, %xmm24
	vmovss	%xmm24, 88(%rdx,%rbx,4)
	vmulss	-32(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm25, %xmm25
	vmovss	%xmm25, 92(%rdx,%rbx,4)
	vmulss	-28(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm26, %xmm26
	vmovss	%xmm26, 96(%rdx,%rbx,4)
	vmulss	-24(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm27, %xmm27
	vmovss	%xmm27, 100(%rdx,%rbx,4)
	vmulss	-20(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm28, %xmm28
	vmovss	%xmm28, 104(%rdx,%rbx,4)
	vmulss	-16(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm29, %xmm29
	vmovss	%xmm29, 108(%rdx,%rbx,4)
	vmulss	-12(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm30, %xmm30
	vmovss	%xmm30, 112(%rdx,%rbx,4)
	vmulss	-8(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm31, %xmm31
	vmovss	%xmm31, 116(%rdx,%rbx,4)
	vmulss	-4(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm0, %xmm0
	vmovss	-12(%rsp), %xmm2
	vmovss	%xmm0, 120(%rdx,%rbx,4)
	vmulss	(%r14), %xmm1, %xmm1
	addq	%rdi, %r14
	vaddss	%xmm1, %xmm2, %xmm2
	vmovss	%xmm2, -12(%rsp)
	vmovss	-12(%rsp), %xmm1
	vmovss	%xmm1, 124(%rdx,%rbx,4)
	cmpq	$32, %r15
	jne	.LBB30_3
	incq	%r11
	addq	%r9, %rsi
	cmpq	%rax, %r11
	jne	.LBB30_2
.LBB30_5:
	popq	%rbx
	popq	%r14
	popq	%r15
	vzeroupper
	retq
.Lfunc_end30:
	.size	k35, .Lfunc_end30-k35

	.globl	_mlir_ciface_k35
	.p2align	4
	.type	_mlir_ciface_k35,@function
_mlir_ciface_k35:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k35@PLT
	addq	$120, %rsp
	retq
.Lfunc_end31:
	.size	_mlir_ciface_k35, .Lfunc_end31-_mlir_ciface_k35

	.globl	k36
	.p2align	4
	.type	k36,@function
k36:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB32_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$124, %r8
	shlq	$2, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB32_2:
	vmovss	-124(%rsi), %xmm0
	vaddss	-124(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -124(%rdx)
	vmovss	-120(%rsi), %xmm0
	vaddss	-120(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -120(%rdx)
	vmovss	-116(%rsi), %xmm0
	vaddss	-116(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -116(%rdx)
	vmovss	-112(%rsi), %xmm0
	vaddss	-112(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -112(%rdx)
	vmovss	-108(%rsi), %xmm0
	vaddss	-108(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -108(%rdx)
	vmovss	-104(%rsi), %xmm0
	vaddss	-104(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -104(%rdx)
	vmovss	-100(%rsi), %xmm0
	vaddss	-100(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -100(%rdx)
	vmovss	-96(%rsi), %xmm0
	vaddss	-96(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -96(%rdx)
	vmovss	-92(%rsi), %xmm0
	vaddss	-92(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -92(%rdx)
	vmovss	-88(%rsi), %xmm0
	vaddss	-88(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -88(%rdx)
	vmovss	-84(%rsi), %xmm0
	vaddss	-84(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -84(%rdx)
	vmovss	-80(%rsi), %xmm0
	vaddss	-80(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -80(%rdx)
	vmovss	-76(%rsi), %xmm0
	vaddss	-76(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -76(%rdx)
	vmovss	-72(%rsi), %xmm0
	vaddss	-72(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -72(%rdx)
	vmovss	-68(%rsi), %xmm0
	vaddss	-68(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -68(%rdx)
	vmovss	-64(%rsi), %xmm0
	vaddss	-64(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -64(%rdx)
	vmovss	-60(%rsi), %xmm0
	vaddss	-60(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -60(%rdx)
	vmovss	-56(%rsi), %xmm0
	vaddss	-56(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -56(%rdx)
	vmovss	-52(%rsi), %xmm0
	vaddss	-52(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -52(%rdx)
	vmovss	-48(%rsi), %xmm0
	vaddss	-48(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -48(%rdx)
	vmovss	-44(%rsi), %xmm0
	vaddss	-44(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -44(%rdx)
	vmovss	-40(%rsi), %xmm0
	vaddss	-40(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -40(%rdx)
	vmovss	-36(%rsi), %xmm0
	vaddss	-36(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -36(%rdx)
	vmovss	-32(%rsi), %xmm0
	vaddss	-32(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%rsi), %xmm0
	vaddss	-28(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -28(%rdx)
	vmovss	-24(%rsi), %xmm0
	vaddss	-24(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -24(%rdx)
	vmovss	-20(%rsi), %xmm0
	vaddss	-20(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -20(%rdx)
	vmovss	-16(%rsi), %xmm0
	vaddss	-16(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -16(%rdx)
	vmovss	-12(%rsi), %xmm0
	vaddss	-12(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -12(%rdx)
	vmovss	-8(%rsi), %xmm0
	vaddss	-8(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -8(%rdx)
	vmovss	-4(%rsi), %xmm0
	vaddss	-4(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -4(%rdx)
	vmovss	(%rsi), %xmm0
	addq	%r9, %rsi
	vaddss	(%r8), %xmm0, %xmm0
	addq	%rdi, %r8
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB32_2
.LBB32_3:
	retq
.Lfunc_end32:
	.size	k36, .Lfunc_end32-k36

	.globl	_mlir_ciface_k36
	.p2align	4
	.type	_mlir_ciface_k36,@function
_mlir_ciface_k36:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k36@PLT
	addq	$120, %rsp
	retq
.Lfunc_end33:
	.size	_mlir_ciface_k36, .Lfunc_end33-_mlir_ciface_k36

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI34_0:
	.quad	16
	.quad	20
	.quad	24
	.quad	28
.LCPI34_10:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI34_1:
	.quad	32
	.quad	36
	.quad	40
	.quad	44
	.quad	48
	.quad	52
	.quad	56
	.quad	60
.LCPI34_2:
	.quad	64
	.quad	68
	.quad	72
	.quad	76
	.quad	80
	.quad	84
	.quad	88
	.quad	92
.LCPI34_3:
	.quad	96
	.quad	100
	.quad	104
	.quad	108
	.quad	112
	.quad	116
	.quad	120
	.quad	124
.LCPI34_4:
	.quad	8
	.quad	9
	.quad	10
	.quad	11
	.quad	12
	.quad	13
	.quad	14
	.quad	15
.LCPI34_5:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI34_6:
	.long	0x3d000000
.LCPI34_7:
	.long	0x3727c5ac
.LCPI34_8:
	.long	0x3f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI34_9:
	.quad	16
.LCPI34_11:
	.quad	4
	.text
	.globl	k40
	.p2align	4
	.type	k40,@function
k40:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$792, %rsp
	movq	%r9, 144(%rsp)
	movq	%rsi, 8(%rsp)
	movq	1064(%rsp), %rax
	movq	%rax, 304(%rsp)
	movq	920(%rsp), %rax
	movq	1048(%rsp), %r14
	movq	1032(%rsp), %r13
	movq	1008(%rsp), %r12
	movq	976(%rsp), %rbp
	movq	952(%rsp), %rbx
	movq	%rax, 152(%rsp)
	movq	%r14, %rdi
	shlq	$7, %rdi
	movq	896(%rsp), %rax
	movq	%rax, 80(%rsp)
	movq	864(%rsp), %r15
	callq	malloc@PLT
	movq	%r14, %r8
	movq	%rax, %r14
	testq	%r8, %r8
	jle	.LBB34_30
	movq	80(%rsp), %rcx
	kxnorw	%k0, %k0, %k1
	kxnorb	%k0, %k0, %k2
	vmovss	(%r15), %xmm4
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm11, %xmm11, %xmm11
	movq	144(%rsp), %rdi
	vxorps	%xmm3, %xmm3, %xmm3
	cmpq	$4, %r8
	vpbroadcastq	%rcx, %zmm0
	vpmullq	.LCPI34_0(%rip), %ymm0, %ymm1
	vpmullq	.LCPI34_1(%rip), %zmm0, %zmm2
	vpmullq	.LCPI34_2(%rip), %zmm0, %zmm9
	vpmullq	.LCPI34_3(%rip), %zmm0, %zmm0
	leaq	(%rcx,%rcx,2), %rax
	vmovss	(%r15,%rcx,4), %xmm5
	vmovss	(%r15,%rcx,8), %xmm6
	vmovss	(%r15,%rax,4), %xmm7
	setae	%al
	cmpq	$1, %rdi
	sete	%cl
	andb	%al, %cl
	vgatherqps	(%r15,%ymm1), %xmm8 {%k1}
	vgatherqps	(%r15,%zmm2), %ymm11 {%k2}
	kxnorb	%k0, %k0, %k2
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm1, %xmm1, %xmm1
	vgatherqps	(%r15,%zmm0), %ymm3 {%k2}
	vgatherqps	(%r15,%zmm9), %ymm1 {%k1}
	vinsertf64x4	$1, %ymm3, %zmm1, %zmm16
	cmpb	$1, %cl
	jne	.LBB34_2
	movq	8(%rsp), %r9
	vextractf128	$1, %ymm11, %xmm2
	vextractf32x4	$2, %zmm16, %xmm9
	vextractf32x4	$3, %zmm16, %xmm12
	movabsq	$9223372036854775792, %rcx
	vshufps	$255, %xmm8, %xmm8, %xmm1
	vmovups	%zmm16, 656(%rsp)
	vmovaps	%xmm4, 288(%rsp)
	vmovaps	%xmm5, 272(%rsp)
	vmovaps	%xmm6, 256(%rsp)
	vmovaps	%xmm7, 240(%rsp)
	vmovaps	%xmm8, 224(%rsp)
	vmovups	%ymm11, 432(%rsp)
	vmovaps	%xmm1, 416(%rsp)
	vmovaps	%xmm12, 400(%rsp)
	vmovaps	%xmm9, 384(%rsp)
	cmpq	$16, %r8
	jae	.LBB34_5
	xorl	%eax, %eax
	jmp	.LBB34_9
.LBB34_30:
	shlq	$9, %r8
	movq	%r8, %rdi
	callq	malloc@PLT
	movq	%rax, %r15
	jmp	.LBB34_29
.LBB34_2:
	movq	8(%rsp), %r9
	xorl	%eax, %eax
	jmp	.LBB34_12
.LBB34_5:
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm5, %zmm10
	vbroadcastss	%xmm6, %zmm5
	vmovshdup	%xmm8, %xmm4
	vbroadcastss	%xmm7, %zmm6
	vshufpd	$1, %xmm8, %xmm8, %xmm3
	vbroadcastss	%xmm1, %zmm18
	vmovshdup	%xmm11, %xmm1
	vmovdqa64	.LCPI34_5(%rip), %zmm13
	vpbroadcastq	.LCPI34_9(%rip), %zmm14
	vbroadcastss	%xmm2, %zmm23
	vbroadcastss	%xmm11, %zmm19
	vshufps	$170, %zmm16, %zmm16, %zmm7
	vbroadcastss	%xmm16, %zmm27
	movq	%r8, %rax
	andq	%rcx, %rax
	leaq	124(%r9), %rdx
	xorl	%esi, %esi
	vbroadcastss	%xmm1, %zmm20
	vshufps	$255, %xmm11, %xmm11, %xmm1
	vmovups	%zmm0, 80(%rsp)
	vmovups	%zmm10, 528(%rsp)
	vmovups	%zmm5, 160(%rsp)
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm8, %zmm5
	vmovups	%zmm6, 16(%rsp)
	vbroadcastss	%xmm1, %zmm22
	vshufpd	$1, %xmm16, %xmm16, %xmm1
	vshufps	$85, %zmm16, %zmm16, %zmm6
	vbroadcastss	%xmm9, %zmm4
	vshuff64x2	$170, %zmm7, %zmm7, %zmm9
	vshuff64x2	$255, %zmm7, %zmm7, %zmm7
	vbroadcastss	%xmm1, %zmm29
	vextractf32x4	$1, %ymm16, %xmm1
	vshuff64x2	$170, %zmm6, %zmm6, %zmm8
	vshuff64x2	$255, %zmm6, %zmm6, %zmm6
	vmovups	%zmm5, 464(%rsp)
	vmovups	%zmm0, 592(%rsp)
	vbroadcastss	%xmm3, %zmm0
	vbroadcastss	%xmm12, %zmm5
	vmovdqa64	.LCPI34_4(%rip), %zmm12
	vshufpd	$1, %xmm11, %xmm11, %xmm3
	vbroadcastss	%xmm1, %zmm31
	vbroadcastss	%xmm3, %zmm21
	vmovupd	%zmm0, 720(%rsp)
	vshufps	$85, %ymm11, %ymm11, %ymm0
	vmovaps	%xmm2, 368(%rsp)
	vmovshdup	%xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm24
	vshufps	$170, %ymm11, %ymm11, %ymm0
	vbroadcastss	%xmm2, %zmm28
	vshufps	$255, %xmm16, %xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm25
	vshufps	$255, %ymm11, %ymm11, %ymm0
	vshufps	$255, %zmm16, %zmm16, %zmm11
	vbroadcastss	%xmm2, %zmm30
	vshuff64x2	$85, %zmm0, %zmm0, %zmm26
	vshufps	$85, %ymm16, %ymm16, %ymm0
	vshuff64x2	$170, %zmm11, %zmm11, %zmm10
	vshuff64x2	$255, %zmm11, %zmm11, %zmm11
	vshuff64x2	$85, %zmm0, %zmm0, %zmm1
	vshufps	$170, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm2
	vshufps	$255, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm3
	.p2align	4
.LBB34_6:
	vmovups	-120(%rdx,%rsi,4), %zmm15
	vmovups	-124(%rdx,%rsi,4), %zmm0
	vmovups	-116(%rdx,%rsi,4), %zmm16
	kxnorb	%k0, %k0, %k1
	vmulps	%zmm0, %zmm0, %zmm17
	vmulps	%zmm15, %zmm15, %zmm15
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm15, %zmm17, %zmm15
	vmovups	-112(%rdx,%rsi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vmovups	(%rdx,%rsi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-108(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-104(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-100(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-96(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-92(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-88(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-84(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-80(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-76(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-72(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-68(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-64(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-60(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-56(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-52(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-48(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-44(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-40(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-36(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-32(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-28(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-24(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-20(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-16(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-12(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-8(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-4(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	.LCPI34_6(%rip){1to16}, %zmm15, %zmm15
	vbroadcastss	.LCPI34_8(%rip), %zmm16
	vaddps	.LCPI34_7(%rip){1to16}, %zmm15, %zmm15
	vsqrtps	%zmm15, %zmm15
	vdivps	%zmm15, %zmm16, %zmm17
	vpsllq	$7, %zmm13, %zmm16
	vpsllq	$7, %zmm12, %zmm15
	vpaddq	%zmm14, %zmm13, %zmm13
	vpaddq	%zmm14, %zmm12, %zmm12
	vmulps	%zmm0, %zmm17, %zmm0
	vmulps	80(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, (%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, (%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-120(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	528(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 4(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 4(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-116(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	160(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 8(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 8(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-112(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	16(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 12(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 12(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-108(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	464(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 16(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 16(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-104(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	592(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 20(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 20(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-100(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	720(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 24(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 24(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-96(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm18, %zmm0, %zmm0
	vscatterqps	%ymm0, 28(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 28(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-92(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm19, %zmm0, %zmm0
	vscatterqps	%ymm0, 32(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 32(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-88(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm20, %zmm0, %zmm0
	vscatterqps	%ymm0, 36(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 36(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-84(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm21, %zmm0, %zmm0
	vscatterqps	%ymm0, 40(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 40(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-80(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm22, %zmm0, %zmm0
	vscatterqps	%ymm0, 44(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 44(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-76(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm23, %zmm0, %zmm0
	vscatterqps	%ymm0, 48(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 48(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-72(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm24, %zmm0, %zmm0
	vscatterqps	%ymm0, 52(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 52(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-68(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm25, %zmm0, %zmm0
	vscatterqps	%ymm0, 56(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 56(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-64(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm26, %zmm0, %zmm0
	vscatterqps	%ymm0, 60(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 60(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-60(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm27, %zmm0, %zmm0
	vscatterqps	%ymm0, 64(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 64(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-56(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm28, %zmm0, %zmm0
	vscatterqps	%ymm0, 68(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 68(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-52(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm29, %zmm0, %zmm0
	vscatterqps	%ymm0, 72(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 72(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-48(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm30, %zmm0, %zmm0
	vscatterqps	%ymm0, 76(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 76(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-44(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm31, %zmm0, %zmm0
	vscatterqps	%ymm0, 80(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 80(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-40(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm1, %zmm0, %zmm0
	vscatterqps	%ymm0, 84(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 84(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-36(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm2, %zmm0, %zmm0
	vscatterqps	%ymm0, 88(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 88(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-32(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm3, %zmm0, %zmm0
	vscatterqps	%ymm0, 92(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 92(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-28(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm4, %zmm0, %zmm0
	vscatterqps	%ymm0, 96(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 96(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-24(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm8, %zmm0, %zmm0
	vscatterqps	%ymm0, 100(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 100(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-20(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm9, %zmm0, %zmm0
	vscatterqps	%ymm0, 104(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 104(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-16(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm10, %zmm0, %zmm0
	vscatterqps	%ymm0, 108(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 108(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-12(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm5, %zmm0, %zmm0
	vscatterqps	%ymm0, 112(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 112(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-8(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm6, %zmm0, %zmm0
	vscatterqps	%ymm0, 116(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 116(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-4(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm7, %zmm0, %zmm0
	vscatterqps	%ymm0, 120(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 120(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	(%rdx,%rsi,4), %zmm17, %zmm0
	addq	$16, %rsi
	vmulps	%zmm11, %zmm0, %zmm0
	vscatterqps	%ymm0, 124(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 124(%r14,%zmm15) {%k1}
	cmpq	%rsi, %rax
	jne	.LBB34_6
	vmovups	656(%rsp), %zmm16
	vmovaps	288(%rsp), %xmm4
	vmovaps	272(%rsp), %xmm5
	vmovaps	256(%rsp), %xmm6
	vmovaps	240(%rsp), %xmm7
	vmovaps	224(%rsp), %xmm8
	vmovups	432(%rsp), %ymm11
	vmovaps	368(%rsp), %xmm2
	cmpq	%rax, %r8
	je	.LBB34_14
	testb	$12, %r8b
	je	.LBB34_12
.LBB34_9:
	vbroadcastss	%xmm4, %xmm0
	vmovaps	%zmm16, %zmm1
	movq	%rax, %rdx
	addq	$12, %rcx
	vbroadcastss	%xmm2, %xmm12
	vbroadcastss	%xmm1, %xmm16
	vshufps	$85, %xmm11, %xmm11, %xmm9
	vshufps	$170, %xmm11, %xmm11, %xmm10
	vshufps	$85, %xmm2, %xmm2, %xmm13
	vshufps	$170, %xmm2, %xmm2, %xmm14
	vshufps	$255, %xmm2, %xmm2, %xmm15
	vshufps	$85, %xmm1, %xmm1, %xmm17
	vshufps	$170, %xmm1, %xmm1, %xmm31
	movq	%rcx, %rax
	andq	%r8, %rax
	leaq	124(%r9), %rcx
	vmovaps	%xmm0, 80(%rsp)
	vbroadcastss	%xmm5, %xmm0
	vbroadcastss	%xmm8, %xmm5
	vmovaps	%xmm0, 528(%rsp)
	vbroadcastss	%xmm6, %xmm0
	vshufps	$85, %xmm8, %xmm8, %xmm6
	vmovaps	%xmm0, 160(%rsp)
	vbroadcastss	%xmm7, %xmm0
	vshufps	$170, %xmm8, %xmm8, %xmm7
	vbroadcastss	%xmm11, %xmm8
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vmovaps	%xmm0, 16(%rsp)
	vextractf128	$1, %ymm1, %xmm0
	vmovaps	416(%rsp), %xmm4
	vbroadcastss	%xmm0, %xmm18
	vshufps	$85, %xmm0, %xmm0, %xmm19
	vshufps	$170, %xmm0, %xmm0, %xmm20
	vshufps	$255, %xmm0, %xmm0, %xmm21
	vmovaps	384(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm22
	vshufps	$85, %xmm0, %xmm0, %xmm23
	vshufps	$170, %xmm0, %xmm0, %xmm24
	vshufps	$255, %xmm0, %xmm0, %xmm25
	vmovaps	400(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm26
	vshufps	$85, %xmm0, %xmm0, %xmm27
	vshufps	$170, %xmm0, %xmm0, %xmm28
	vshufps	$255, %xmm0, %xmm0, %xmm29
	vpbroadcastq	%rdx, %ymm0
	vporq	.LCPI34_10(%rip), %ymm0, %ymm30
	vshufps	$255, %xmm1, %xmm1, %xmm0
	.p2align	4
.LBB34_10:
	vmovups	-120(%rcx,%rdx,4), %xmm1
	vmovups	-124(%rcx,%rdx,4), %xmm3
	kxnorw	%k0, %k0, %k1
	vmulps	%xmm3, %xmm3, %xmm2
	vmulps	%xmm1, %xmm1, %xmm1
	vaddps	%xmm1, %xmm2, %xmm1
	vmovups	-116(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-112(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-108(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-104(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-100(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-96(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-92(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-88(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-84(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-80(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-76(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-72(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-68(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-64(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-60(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-56(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-52(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-48(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-44(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-40(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-36(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-32(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-28(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-24(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-20(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-16(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-12(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-8(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-4(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmulps	.LCPI34_6(%rip){1to4}, %xmm1, %xmm1
	vbroadcastss	.LCPI34_8(%rip), %xmm2
	vaddps	.LCPI34_7(%rip){1to4}, %xmm1, %xmm1
	vsqrtps	%xmm1, %xmm1
	vdivps	%xmm1, %xmm2, %xmm2
	vpsllq	$7, %ymm30, %ymm1
	vpaddq	.LCPI34_11(%rip){1to4}, %ymm30, %ymm30
	vmulps	%xmm3, %xmm2, %xmm3
	vmulps	80(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, (%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-120(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	528(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 4(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-116(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	160(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 8(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-112(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	16(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 12(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-108(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm5, %xmm3, %xmm3
	vscatterqps	%xmm3, 16(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-104(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm6, %xmm3, %xmm3
	vscatterqps	%xmm3, 20(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-100(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm7, %xmm3, %xmm3
	vscatterqps	%xmm3, 24(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-96(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm4, %xmm3, %xmm3
	vscatterqps	%xmm3, 28(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-92(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm8, %xmm3
	vscatterqps	%xmm3, 32(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-88(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm9, %xmm3
	vscatterqps	%xmm3, 36(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-84(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm10, %xmm3
	vscatterqps	%xmm3, 40(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-80(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm11, %xmm3
	vscatterqps	%xmm3, 44(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-76(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm12, %xmm3
	vscatterqps	%xmm3, 48(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-72(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm13, %xmm3
	vscatterqps	%xmm3, 52(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-68(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm14, %xmm3
	vscatterqps	%xmm3, 56(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-64(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm15, %xmm3
	vscatterqps	%xmm3, 60(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-60(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm16, %xmm3, %xmm3
	vscatterqps	%xmm3, 64(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-56(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm17, %xmm3, %xmm3
	vscatterqps	%xmm3, 68(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-52(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm31, %xmm3, %xmm3
	vscatterqps	%xmm3, 72(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-48(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm0, %xmm3, %xmm3
	vscatterqps	%xmm3, 76(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-44(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm18, %xmm3, %xmm3
	vscatterqps	%xmm3, 80(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-40(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm19, %xmm3, %xmm3
	vscatterqps	%xmm3, 84(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-36(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm20, %xmm3, %xmm3
	vscatterqps	%xmm3, 88(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-32(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm21, %xmm3, %xmm3
	vscatterqps	%xmm3, 92(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-28(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm22, %xmm3, %xmm3
	vscatterqps	%xmm3, 96(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-24(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm23, %xmm3, %xmm3
	vscatterqps	%xmm3, 100(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-20(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm24, %xmm3, %xmm3
	vscatterqps	%xmm3, 104(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-16(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm25, %xmm3, %xmm3
	vscatterqps	%xmm3, 108(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-12(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm26, %xmm3, %xmm3
	vscatterqps	%xmm3, 112(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-8(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm27, %xmm3, %xmm3
	vscatterqps	%xmm3, 116(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-4(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm28, %xmm3, %xmm3
	vscatterqps	%xmm3, 120(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	(%rcx,%rdx,4), %xmm2, %xmm2
	addq	$4, %rdx
	vmulps	%xmm29, %xmm2, %xmm2
	vscatterqps	%xmm2, 124(%r14,%ymm1) {%k1}
	cmpq	%rdx, %rax
	jne	.LBB34_10
	vmovups	656(%rsp), %zmm16
	vmovaps	288(%rsp), %xmm4
	vmovaps	272(%rsp), %xmm5
	vmovaps	256(%rsp), %xmm6
	vmovaps	240(%rsp), %xmm7
	vmovaps	224(%rsp), %xmm8
	vmovups	432(%rsp), %ymm11
	cmpq	%rax, %r8
	je	.LBB34_14
.LBB34_12:
	vmovss	.LCPI34_6(%rip), %xmm1
	vmovss	.LCPI34_7(%rip), %xmm2
	vmovss	.LCPI34_8(%rip), %xmm3
	vinsertps	$16, %xmm5, %xmm4, %xmm0
	movq	%rax, %rdx
	imulq	%rdi, %rdx
	movq	%r8, %rcx
	subq	%rax, %rcx
	shlq	$7, %rax
	shlq	$2, %rdi
	vinsertps	$32, %xmm6, %xmm0, %xmm0
	leaq	64(%rax,%r14), %rax
	vinsertps	$48, %xmm7, %xmm0, %xmm0
	vinsertf64x4	$1, %ymm11, %zmm0, %zmm0
	leaq	(%r9,%rdx,4), %rdx
	vinsertf32x4	$1, %xmm8, %zmm0, %zmm0
	.p2align	4
.LBB34_13:
	vmovss	(%rdx), %xmm4
	vmovss	4(%rdx), %xmm5
	vmulss	%xmm4, %xmm4, %xmm4
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	8(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	12(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	16(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	20(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	24(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	28(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	32(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	36(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	40(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	44(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	48(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	52(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	56(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	60(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	64(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	68(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	72(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	76(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	80(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	84(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	88(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	92(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	96(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	104(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	112(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	120(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmulss	%xmm1, %xmm4, %xmm4
	vaddss	%xmm2, %xmm4, %xmm4
	vsqrtss	%xmm4, %xmm4, %xmm4
	vdivss	%xmm4, %xmm3, %xmm4
	vbroadcastss	%xmm4, %zmm4
	vmulps	(%rdx), %zmm4, %zmm5
	vmulps	%zmm0, %zmm5, %zmm5
	vmovups	%zmm5, -64(%rax)
	vmulps	64(%rdx), %zmm4, %zmm4
	addq	%rdi, %rdx
	vmulps	%zmm16, %zmm4, %zmm4
	vmovups	%zmm4, (%rax)
	subq	$-128, %rax
	decq	%rcx
	jne	.LBB34_13
.LBB34_14:
	movq	%r8, %rdi
	shlq	$9, %rdi
	movq	%r8, 464(%rsp)
	vzeroupper
	callq	malloc@PLT
	movq	152(%rsp), %r10
	movq	464(%rsp), %r9
	movq	%rax, %r15
	leaq	(,%rbx,8), %rax
	leaq	4(%r14), %rcx
	xorl	%edx, %edx
	vxorpd	%xmm0, %xmm0, %xmm0
	addq	$448, %r10
	.p2align	4
.LBB34_15:
	movq	%rdx, %rdi
	shlq	$9, %rdi
	xorl	%r8d, %r8d
	vmovupd	%zmm0, (%r15,%rdi)
	vmovupd	%zmm0, 64(%r15,%rdi)
	vmovupd	%zmm0, 128(%r15,%rdi)
	vmovupd	%zmm0, 192(%r15,%rdi)
	vmovupd	%zmm0, 256(%r15,%rdi)
	vmovupd	%zmm0, 320(%r15,%rdi)
	vmovupd	%zmm0, 384(%r15,%rdi)
	vmovupd	%zmm0, 448(%r15,%rdi)
	leaq	(%r15,%rdi), %rsi
	vmovups	(%r15,%rdi), %zmm8
	vmovups	64(%r15,%rdi), %zmm7
	vmovups	128(%r15,%rdi), %zmm6
	vmovups	192(%r15,%rdi), %zmm5
	vmovups	256(%r15,%rdi), %zmm4
	vmovups	320(%r15,%rdi), %zmm3
	vmovups	384(%r15,%rdi), %zmm2
	vmovups	448(%r15,%rdi), %zmm1
	movq	%r10, %rdi
	.p2align	4
.LBB34_16:
	vbroadcastss	-4(%rcx,%r8,4), %zmm9
	vbroadcastss	(%rcx,%r8,4), %zmm13
	addq	$2, %r8
	vmulps	-384(%rdi), %zmm9, %zmm12
	vmulps	-320(%rdi), %zmm9, %zmm11
	vmulps	-448(%rdi), %zmm9, %zmm10
	vaddps	%zmm12, %zmm7, %zmm7
	vaddps	%zmm11, %zmm6, %zmm6
	vmulps	-256(%rdi), %zmm9, %zmm12
	vmulps	-192(%rdi), %zmm9, %zmm11
	vaddps	%zmm10, %zmm8, %zmm8
	vmulps	-448(%rdi,%rbx,4), %zmm13, %zmm10
	vaddps	%zmm12, %zmm5, %zmm5
	vaddps	%zmm11, %zmm4, %zmm4
	vmulps	-128(%rdi), %zmm9, %zmm12
	vmulps	-64(%rdi), %zmm9, %zmm11
	vmulps	(%rdi), %zmm9, %zmm9
	vaddps	%zmm10, %zmm8, %zmm8
	vaddps	%zmm12, %zmm3, %zmm3
	vaddps	%zmm11, %zmm2, %zmm2
	vmulps	-384(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-320(%rdi,%rbx,4), %zmm13, %zmm11
	vaddps	%zmm9, %zmm1, %zmm1
	vmulps	(%rdi,%rbx,4), %zmm13, %zmm9
	vaddps	%zmm12, %zmm7, %zmm7
	vaddps	%zmm11, %zmm6, %zmm6
	vmulps	-256(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-192(%rdi,%rbx,4), %zmm13, %zmm11
	vaddps	%zmm9, %zmm1, %zmm1
	vaddps	%zmm12, %zmm5, %zmm5
	vaddps	%zmm11, %zmm4, %zmm4
	vmulps	-128(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-64(%rdi,%rbx,4), %zmm13, %zmm11
	addq	%rax, %rdi
	vaddps	%zmm12, %zmm3, %zmm3
	vaddps	%zmm11, %zmm2, %zmm2
	cmpq	$32, %r8
	jne	.LBB34_16
	incq	%rdx
	subq	$-128, %rcx
	vmovups	%zmm8, (%rsi)
	vmovups	%zmm7, 64(%rsi)
	vmovups	%zmm6, 128(%rsi)
	vmovups	%zmm5, 192(%rsi)
	vmovups	%zmm4, 256(%rsi)
	vmovups	%zmm3, 320(%rsi)
	vmovups	%zmm2, 384(%rsi)
	vmovups	%zmm1, 448(%rsi)
	cmpq	%r9, %rdx
	jne	.LBB34_15
	movq	304(%rsp), %rax
	movq	%r12, %r8
	shrq	$61, %r8
	leaq	(,%r12,4), %rdx
	leaq	28(%r13), %rsi
	xorl	%edi, %edi
	vxorpd	%xmm0, %xmm0, %xmm0
	andl	$1, %r8d
	leaq	(,%rax,4), %rcx
	imulq	$124, %r12, %rax
	leaq	512(%rbp,%rax), %rax
	movq	%rax, 80(%rsp)
	movq	%rcx, 592(%rsp)
	jmp	.LBB34_19
	.p2align	4
.LBB34_24:
	movq	592(%rsp), %rcx
	incq	%rdi
	addq	%rcx, %rsi
	cmpq	464(%rsp), %rdi
	je	.LBB34_25
.LBB34_19:
	movq	%rcx, %rax
	imulq	%rdi, %rax
	movq	%rdi, %r9
	shlq	$7, %r9
	movq	%rdi, %r10
	imulq	304(%rsp), %r10
	leaq	28(%rbp), %rbx
	addq	%r14, %r9
	leaq	(%r13,%rax), %rcx
	cmpq	80(%rsp), %rcx
	leaq	512(%r13,%rax), %r11
	vmovupd	%zmm0, 448(%r13,%rax)
	vmovupd	%zmm0, 384(%r13,%rax)
	vmovupd	%zmm0, 320(%r13,%rax)
	vmovupd	%zmm0, 256(%r13,%rax)
	vmovupd	%zmm0, 192(%r13,%rax)
	vmovupd	%zmm0, 128(%r13,%rax)
	vmovupd	%zmm0, 64(%r13,%rax)
	vmovupd	%zmm0, (%r13,%rax)
	setb	%al
	cmpq	%r11, %rbp
	setb	%r11b
	xorl	%ecx, %ecx
	andb	%al, %r11b
	orb	%r8b, %r11b
	jmp	.LBB34_20
	.p2align	4
.LBB34_31:
	movq	%rcx, %rax
	imulq	%r12, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbp,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbp,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbp,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbp,%rax,4), %zmm1, %zmm5
	vaddps	(%r13,%r10,4), %zmm2, %zmm2
	vaddps	64(%r13,%r10,4), %zmm3, %zmm3
	vaddps	128(%r13,%r10,4), %zmm4, %zmm4
	vaddps	192(%r13,%r10,4), %zmm5, %zmm5
	vmovups	%zmm2, (%r13,%r10,4)
	vmovups	%zmm3, 64(%r13,%r10,4)
	vmovups	%zmm4, 128(%r13,%r10,4)
	vmovups	%zmm5, 192(%r13,%r10,4)
	vmulps	256(%rbp,%rax,4), %zmm1, %zmm2
	vmulps	320(%rbp,%rax,4), %zmm1, %zmm3
	vmulps	384(%rbp,%rax,4), %zmm1, %zmm4
	vmulps	448(%rbp,%rax,4), %zmm1, %zmm1
	vaddps	256(%r13,%r10,4), %zmm2, %zmm2
	vaddps	320(%r13,%r10,4), %zmm3, %zmm3
	vaddps	384(%r13,%r10,4), %zmm4, %zmm4
	vaddps	448(%r13,%r10,4), %zmm1, %zmm1
	vmovups	%zmm2, 256(%r13,%r10,4)
	vmovups	%zmm3, 320(%r13,%r10,4)
	vmovups	%zmm4, 384(%r13,%r10,4)
	vmovups	%zmm1, 448(%r13,%r10,4)
.LBB34_23:
	incq	%rcx
	addq	%rdx, %rbx
	cmpq	$32, %rcx
	je	.LBB34_24
.LBB34_20:
	vmovss	(%r9,%rcx,4), %xmm1
	testb	%r11b, %r11b
	je	.LBB34_31
	xorl	%eax, %eax
	.p2align	4
.LBB34_22:
	vmulss	-28(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rsi,%rax,4)
	vmulss	-24(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rsi,%rax,4)
	vmulss	-20(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rsi,%rax,4)
	vmulss	-16(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rsi,%rax,4)
	vmulss	-12(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rsi,%rax,4)
	vmulss	-8(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rsi,%rax,4)
	vmulss	-4(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rsi,%rax,4)
	vmulss	(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rsi,%rax,4)
	addq	$8, %rax
	cmpq	$128, %rax
	jne	.LBB34_22
	jmp	.LBB34_23
.LBB34_25:
	xorl	%r12d, %r12d
	vxorpd	%xmm0, %xmm0, %xmm0
	movq	%r15, %rbp
	.p2align	4
.LBB34_26:
	xorl	%ebx, %ebx
	.p2align	4
.LBB34_27:
	vmovups	(%rbp,%rbx,4), %zmm1
	vsubps	%zmm1, %zmm0, %zmm0
	vmovups	%zmm1, 528(%rsp)
	vmovups	%zmm0, 304(%rsp)
	vextractf32x4	$3, %zmm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 160(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vmovups	304(%rsp), %zmm0
	vextractf32x4	$2, %zmm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vinsertf128	$1, 160(%rsp), %ymm0, %ymm0
	vmovups	%ymm0, 160(%rsp)
	vmovups	304(%rsp), %zmm0
	vextractf128	$1, %ymm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vmovups	304(%rsp), %zmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm2
	vbroadcastss	.LCPI34_8(%rip), %zmm1
	vinsertps	$48, %xmm0, %xmm2, %xmm0
	vinsertf128	$1, 80(%rsp), %ymm0, %ymm0
	vmovups	528(%rsp), %zmm2
	vinsertf64x4	$1, 160(%rsp), %zmm0, %zmm0
	vaddps	%zmm1, %zmm0, %zmm0
	vdivps	%zmm0, %zmm2, %zmm0
	vmulps	(%r13,%rbx,4), %zmm0, %zmm0
	vmovups	%zmm0, (%r13,%rbx,4)
	addq	$16, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$128, %rbx
	jne	.LBB34_27
	addq	592(%rsp), %r13
	incq	%r12
	addq	$512, %rbp
	cmpq	464(%rsp), %r12
	jne	.LBB34_26
.LBB34_29:
	movq	%r14, %rdi
	vzeroupper
	callq	free@PLT
	movq	%r15, %rdi
	addq	$792, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end34:
	.size	k40, .Lfunc_end34-k40

	.globl	_mlir_ciface_k40
	.p2align	4
	.type	_mlir_ciface_k40,@function
_mlir_ciface_k40:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k40@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end35:
	.size	_mlir_ciface_k40, .Lfunc_end35-_mlir_ciface_k40

	.globl	k42
	.p2align	4
	.type	k42,@function
k42:
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	movq	120(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB36_5
	movq	136(%rsp), %rcx
	movq	80(%rsp), %rdi
	movq	48(%rsp), %r10
	movq	104(%rsp), %rdx
	shlq	$2, %r9
	xorl	%r11d, %r11d
	leaq	(,%rcx,4), %r8
	addq	$124, %r10
	shlq	$2, %rdi
	.p2align	4
.LBB36_2:
	movq	%r8, %rbx
	imulq	%r11, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r10, %r14
	xorl	%r15d, %r15d
	vmovups	%zmm0, 64(%rdx,%rbx)
	vmovups	%zmm0, (%rdx,%rbx)
	movq	%r11, %rbx
	imulq	%rcx, %rbx
	vmovss	(%rdx,%rbx,4), %xmm0
	vmovss	4(%rdx,%rbx,4), %xmm3
	vmovss	8(%rdx,%rbx,4), %xmm4
	vmovss	12(%rdx,%rbx,4), %xmm5
	vmovss	16(%rdx,%rbx,4), %xmm6
	vmovss	20(%rdx,%rbx,4), %xmm7
	vmovss	24(%rdx,%rbx,4), %xmm8
	vmovss	28(%rdx,%rbx,4), %xmm9
	vmovss	32(%rdx,%rbx,4), %xmm10
	vmovss	36(%rdx,%rbx,4), %xmm11
	vmovss	40(%rdx,%rbx,4), %xmm12
	vmovss	44(%rdx,%rbx,4), %xmm13
	vmovss	48(%rdx,%rbx,4), %xmm14
	vmovss	52(%rdx,%rbx,4), %xmm15
	vmovss	56(%rdx,%rbx,4), %xmm16
	vmovss	60(%rdx,%rbx,4), %xmm17
	vmovss	64(%rdx,%rbx,4), %xmm18
	vmovss	68(%rdx,%rbx,4), %xmm19
	vmovss	72(%rdx,%rbx,4), %xmm20
	vmovss	76(%rdx,%rbx,4), %xmm21
	vmovss	80(%rdx,%rbx,4), %xmm22
	vmovss	84(%rdx,%rbx,4), %xmm23
	vmovss	88(%rdx,%rbx,4), %xmm24
	vmovss	92(%rdx,%rbx,4), %xmm25
	vmovss	96(%rdx,%rbx,4), %xmm26
	vmovss	100(%rdx,%rbx,4), %xmm27
	vmovss	104(%rdx,%rbx,4), %xmm28
	vmovss	108(%rdx,%rbx,4), %xmm29
	vmovss	112(%rdx,%rbx,4), %xmm30
	vmovss	116(%rdx,%rbx,4), %xmm31
	vmovss	124(%rdx,%rbx,4), %xmm1
	vmovss	%xmm0, -8(%rsp)
	vmovss	120(%rdx,%rbx,4), %xmm0
	.p2align	4
.LBB36_3:
	vmovss	%xmm1, -12(%rsp)
	vmovss	(%rsi,%r15,4), %xmm1
	vmovss	%xmm0, -4(%rsp)
	vmovaps	%xmm31, %xmm0
	vmovaps	%xmm30, %xmm31
	vmovaps	%xmm29, %xmm30
	vmovaps	%xmm28, %xmm29
	vmovaps	%xmm27, %xmm28
	vmovaps	%xmm26, %xmm27
	vmovaps	%xmm25, %xmm26
	vmovaps	%xmm24, %xmm25
	vmovaps	%xmm23, %xmm24
	vmovaps	%xmm22, %xmm23
	vmovaps	%xmm21, %xmm22
	vmovaps	%xmm20, %xmm21
	vmovaps	%xmm19, %xmm20
	vmovaps	%xmm18, %xmm19
	vmovaps	%xmm17, %xmm18
	vmovaps	%xmm16, %xmm17
	vmovaps	%xmm15, %xmm16
	vmovaps	%xmm14, %xmm15
	vmovaps	%xmm13, %xmm14
	vmovaps	%xmm12, %xmm13
	vmovaps	%xmm11, %xmm12
	vmovaps	%xmm10, %xmm11
	vmovaps	%xmm9, %xmm10
	vmovaps	%xmm8, %xmm9
	vmovaps	%xmm7, %xmm8
	vmovaps	%xmm6, %xmm7
	vmovaps	%xmm5, %xmm6
	vmovaps	%xmm4, %xmm5
	vmovaps	%xmm3, %xmm4
	vmovss	-8(%rsp), %xmm3
	incq	%r15
	vmulss	-124(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, (%rdx,%rbx,4)
	vmovss	%xmm3, -8(%rsp)
	vmovaps	%xmm4, %xmm3
	vmovaps	%xmm5, %xmm4
	vmovaps	%xmm6, %xmm5
	vmovaps	%xmm7, %xmm6
	vmovaps	%xmm8, %xmm7
	vmovaps	%xmm9, %xmm8
	vmovaps	%xmm10, %xmm9
	vmovaps	%xmm11, %xmm10
	vmovaps	%xmm12, %xmm11
	vmovaps	%xmm13, %xmm12
	vmovaps	%xmm14, %xmm13
	vmovaps	%xmm15, %xmm14
	vmovaps	%xmm16, %xmm15
	vmovaps	%xmm17, %xmm16
	vmovaps	%xmm18, %xmm17
	vmovaps	%xmm19, %xmm18
	vmovaps	%xmm20, %xmm19
	vmovaps	%xmm21, %xmm20
	vmovaps	%xmm22, %xmm21
	vmovaps	%xmm23, %xmm22
	vmovaps	%xmm24, %xmm23
	vmovaps	%xmm25, %xmm24
	vmovaps	%xmm26, %xmm25
	vmovaps	%xmm27, %xmm26
	vmovaps	%xmm28, %xmm27
	vmovaps	%xmm29, %xmm28
	vmovaps	%xmm30, %xmm29
	vmovaps	%xmm31, %xmm30
	vmovaps	%xmm0, %xmm31
	vmovss	-4(%rsp), %xmm0
	vmulss	-120(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, 4(%rdx,%rbx,4)
	vmulss	-116(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm4, %xmm4
	vmovss	%xmm4, 8(%rdx,%rbx,4)
	vmulss	-112(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm5, %xmm5
	vmovss	%xmm5, 12(%rdx,%rbx,4)
	vmulss	-108(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm6, %xmm6
	vmovss	%xmm6, 16(%rdx,%rbx,4)
	vmulss	-104(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm7, %xmm7
	vmovss	%xmm7, 20(%rdx,%rbx,4)
	vmulss	-100(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm8, %xmm8
	vmovss	%xmm8, 24(%rdx,%rbx,4)
	vmulss	-96(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm9, %xmm9
	vmovss	%xmm9, 28(%rdx,%rbx,4)
	vmulss	-92(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm10, %xmm10
	vmovss	%xmm10, 32(%rdx,%rbx,4)
	vmulss	-88(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm11, %xmm11
	vmovss	%xmm11, 36(%rdx,%rbx,4)
	vmulss	-84(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm12, %xmm12
	vmovss	%xmm12, 40(%rdx,%rbx,4)
	vmulss	-80(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm13, %xmm13
	vmovss	%xmm13, 44(%rdx,%rbx,4)
	vmulss	-76(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm14, %xmm14
	vmovss	%xmm14, 48(%rdx,%rbx,4)
	vmulss	-72(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm15, %xmm15
	vmovss	%xmm15, 52(%rdx,%rbx,4)
	vmulss	-68(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm16, %xmm16
	vmovss	%xmm16, 56(%rdx,%rbx,4)
	vmulss	-64(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm17, %xmm17
	vmovss	%xmm17, 60(%rdx,%rbx,4)
	vmulss	-60(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm18, %xmm18
	vmovss	%xmm18, 64(%rdx,%rbx,4)
	vmulss	-56(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm19, %xmm19
	vmovss	%xmm19, 68(%rdx,%rbx,4)
	vmulss	-52(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm20, %xmm20
	vmovss	%xmm20, 72(%rdx,%rbx,4)
	vmulss	-48(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm21, %xmm21
	vmovss	%xmm21, 76(%rdx,%rbx,4)
	vmulss	-44(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm22, %xmm22
	vmovss	%xmm22, 80(%rdx,%rbx,4)
	vmulss	-40(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm23, %xmm23
	vmovss	%xmm23, 84(%rdx,%rbx,4)
	vmulss	-36(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm24, %xmm24
	vmovss	%xmm24, 88(%rdx,%rbx,4)
	vmulss	-32(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm25, %xmm25
	vmovss	%xmm25, 92(%rdx,%rbx,4)
	vmulss	-28(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm26, %xmm26
	vmovss	%xmm26, 96(%rdx,%rbx,4)
	vmulss	-24(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm27, %xmm27
	vmovss	%xmm27, 100(%rdx,%rbx,4)
	vmulss	-20(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm28, %xmm28
	vmovss	%xmm28, 104(%rdx,%rbx,4)
	vmulss	-16(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm29, %xmm29
	vmovss	%xmm29, 108(%rdx,%rbx,4)
	vmulss	-12(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm30, %xmm30
	vmovss	%xmm30, 112(%rdx,%rbx,4)
	vmulss	-8(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm31, %xmm31
	vmovss	%xmm31, 116(%rdx,%rbx,4)
	vmulss	-4(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm0, %xmm0
	vmovss	-12(%rsp), %xmm2
	vmovss	%xmm0, 120(%rdx,%rbx,4)
	vmulss	(%r14), %xmm1, %xmm1
	addq	%rdi, %r14
	vaddss	%xmm1, %xmm2, %xmm2
	vmovss	%xmm2, -12(%rsp)
	vmovss	-12(%rsp), %xmm1
	vmovss	%xmm1, 124(%rdx,%rbx,4)
	cmpq	$128, %r15
	jne	.LBB36_3
	incq	%r11
	addq	%r9, %rsi
	cmpq	%rax, %r11
	jne	.LBB36_2
.LBB36_5:
	popq	%rbx
	popq	%r14
	popq	%r15
	vzeroupper
	retq
.Lfunc_end36:
	.size	k42, .Lfunc_end36-k42

	.globl	_mlir_ciface_k42
	.p2align	4
	.type	_mlir_ciface_k42,@function
_mlir_ciface_k42:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k42@PLT
	addq	$120, %rsp
	retq
.Lfunc_end37:
	.size	_mlir_ciface_k42, .Lfunc_end37-_mlir_ciface_k42

	.globl	k43
	.p2align	4
	.type	k43,@function
k43:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB38_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$124, %r8
	shlq	$2, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB38_2:
	vmovss	-124(%rsi), %xmm0
	vaddss	-124(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -124(%rdx)
	vmovss	-120(%rsi), %xmm0
	vaddss	-120(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -120(%rdx)
	vmovss	-116(%rsi), %xmm0
	vaddss	-116(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -116(%rdx)
	vmovss	-112(%rsi), %xmm0
	vaddss	-112(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -112(%rdx)
	vmovss	-108(%rsi), %xmm0
	vaddss	-108(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -108(%rdx)
	vmovss	-104(%rsi), %xmm0
	vaddss	-104(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -104(%rdx)
	vmovss	-100(%rsi), %xmm0
	vaddss	-100(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -100(%rdx)
	vmovss	-96(%rsi), %xmm0
	vaddss	-96(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -96(%rdx)
	vmovss	-92(%rsi), %xmm0
	vaddss	-92(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -92(%rdx)
	vmovss	-88(%rsi), %xmm0
	vaddss	-88(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -88(%rdx)
	vmovss	-84(%rsi), %xmm0
	vaddss	-84(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -84(%rdx)
	vmovss	-80(%rsi), %xmm0
	vaddss	-80(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -80(%rdx)
	vmovss	-76(%rsi), %xmm0
	vaddss	-76(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -76(%rdx)
	vmovss	-72(%rsi), %xmm0
	vaddss	-72(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -72(%rdx)
	vmovss	-68(%rsi), %xmm0
	vaddss	-68(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -68(%rdx)
	vmovss	-64(%rsi), %xmm0
	vaddss	-64(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -64(%rdx)
	vmovss	-60(%rsi), %xmm0
	vaddss	-60(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -60(%rdx)
	vmovss	-56(%rsi), %xmm0
	vaddss	-56(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -56(%rdx)
	vmovss	-52(%rsi), %xmm0
	vaddss	-52(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -52(%rdx)
	vmovss	-48(%rsi), %xmm0
	vaddss	-48(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -48(%rdx)
	vmovss	-44(%rsi), %xmm0
	vaddss	-44(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -44(%rdx)
	vmovss	-40(%rsi), %xmm0
	vaddss	-40(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -40(%rdx)
	vmovss	-36(%rsi), %xmm0
	vaddss	-36(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -36(%rdx)
	vmovss	-32(%rsi), %xmm0
	vaddss	-32(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%rsi), %xmm0
	vaddss	-28(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -28(%rdx)
	vmovss	-24(%rsi), %xmm0
	vaddss	-24(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -24(%rdx)
	vmovss	-20(%rsi), %xmm0
	vaddss	-20(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -20(%rdx)
	vmovss	-16(%rsi), %xmm0
	vaddss	-16(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -16(%rdx)
	vmovss	-12(%rsi), %xmm0
	vaddss	-12(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -12(%rdx)
	vmovss	-8(%rsi), %xmm0
	vaddss	-8(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -8(%rdx)
	vmovss	-4(%rsi), %xmm0
	vaddss	-4(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -4(%rdx)
	vmovss	(%rsi), %xmm0
	addq	%r9, %rsi
	vaddss	(%r8), %xmm0, %xmm0
	addq	%rdi, %r8
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB38_2
.LBB38_3:
	retq
.Lfunc_end38:
	.size	k43, .Lfunc_end38-k43

	.globl	_mlir_ciface_k43
	.p2align	4
	.type	_mlir_ciface_k43,@function
_mlir_ciface_k43:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k43@PLT
	addq	$120, %rsp
	retq
.Lfunc_end39:
	.size	_mlir_ciface_k43, .Lfunc_end39-_mlir_ciface_k43

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI40_0:
	.quad	16
	.quad	20
	.quad	24
	.quad	28
.LCPI40_10:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI40_1:
	.quad	32
	.quad	36
	.quad	40
	.quad	44
	.quad	48
	.quad	52
	.quad	56
	.quad	60
.LCPI40_2:
	.quad	64
	.quad	68
	.quad	72
	.quad	76
	.quad	80
	.quad	84
	.quad	88
	.quad	92
.LCPI40_3:
	.quad	96
	.quad	100
	.quad	104
	.quad	108
	.quad	112
	.quad	116
	.quad	120
	.quad	124
.LCPI40_4:
	.quad	8
	.quad	9
	.quad	10
	.quad	11
	.quad	12
	.quad	13
	.quad	14
	.quad	15
.LCPI40_5:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI40_6:
	.long	0x3d000000
.LCPI40_7:
	.long	0x3727c5ac
.LCPI40_8:
	.long	0x3f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI40_9:
	.quad	16
.LCPI40_11:
	.quad	4
	.text
	.globl	k47
	.p2align	4
	.type	k47,@function
k47:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$760, %rsp
	movq	%r9, 48(%rsp)
	movq	%rsi, 32(%rsp)
	movq	1032(%rsp), %rax
	movq	%rax, 40(%rsp)
	movq	944(%rsp), %rax
	movq	1016(%rsp), %r13
	movq	1000(%rsp), %r12
	movq	976(%rsp), %rbp
	movq	%rax, 16(%rsp)
	movq	%r13, %rdi
	shlq	$7, %rdi
	movq	920(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	888(%rsp), %rbx
	movq	864(%rsp), %r15
	movq	832(%rsp), %r14
	callq	malloc@PLT
	movq	%rax, 8(%rsp)
	testq	%r13, %r13
	jle	.LBB40_26
	vpbroadcastq	%r15, %zmm0
	vpmullq	.LCPI40_0(%rip), %ymm0, %ymm1
	vpmullq	.LCPI40_1(%rip), %zmm0, %zmm2
	vpmullq	.LCPI40_2(%rip), %zmm0, %zmm9
	vpmullq	.LCPI40_3(%rip), %zmm0, %zmm0
	leaq	(%r15,%r15,2), %rax
	kxnorw	%k0, %k0, %k1
	kxnorb	%k0, %k0, %k2
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm11, %xmm11, %xmm11
	vmovss	(%r14), %xmm4
	vmovss	(%r14,%r15,4), %xmm5
	vmovss	(%r14,%r15,8), %xmm6
	movq	48(%rsp), %r9
	vxorps	%xmm3, %xmm3, %xmm3
	cmpq	$4, %r13
	movq	%r13, %r10
	vmovss	(%r14,%rax,4), %xmm7
	setae	%al
	cmpq	$1, %r9
	sete	%cl
	andb	%al, %cl
	vgatherqps	(%r14,%ymm1), %xmm8 {%k1}
	vgatherqps	(%r14,%zmm2), %ymm11 {%k2}
	kxnorb	%k0, %k0, %k2
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm1, %xmm1, %xmm1
	vgatherqps	(%r14,%zmm0), %ymm3 {%k2}
	vgatherqps	(%r14,%zmm9), %ymm1 {%k1}
	vinsertf64x4	$1, %ymm3, %zmm1, %zmm16
	cmpb	$1, %cl
	jne	.LBB40_2
	movq	32(%rsp), %r11
	vextractf128	$1, %ymm11, %xmm2
	vextractf32x4	$2, %zmm16, %xmm9
	vextractf32x4	$3, %zmm16, %xmm12
	movabsq	$9223372036854775792, %rdx
	vshufps	$255, %xmm8, %xmm8, %xmm1
	vmovups	%zmm16, 496(%rsp)
	vmovaps	%xmm4, 128(%rsp)
	vmovaps	%xmm5, 112(%rsp)
	vmovaps	%xmm6, 96(%rsp)
	vmovaps	%xmm7, 80(%rsp)
	vmovaps	%xmm8, 64(%rsp)
	vmovups	%ymm11, 208(%rsp)
	vmovaps	%xmm1, 192(%rsp)
	vmovaps	%xmm12, 176(%rsp)
	vmovaps	%xmm9, 160(%rsp)
	cmpq	$16, %r10
	jae	.LBB40_5
	movq	8(%rsp), %r8
	xorl	%ecx, %ecx
	jmp	.LBB40_9
.LBB40_2:
	movq	8(%rsp), %r8
	movq	32(%rsp), %r11
	xorl	%ecx, %ecx
	jmp	.LBB40_12
.LBB40_5:
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm5, %zmm10
	vbroadcastss	%xmm6, %zmm5
	vmovshdup	%xmm8, %xmm4
	vbroadcastss	%xmm7, %zmm6
	vshufpd	$1, %xmm8, %xmm8, %xmm3
	vbroadcastss	%xmm1, %zmm18
	vmovshdup	%xmm11, %xmm1
	vmovdqa64	.LCPI40_5(%rip), %zmm13
	vpbroadcastq	.LCPI40_9(%rip), %zmm14
	vbroadcastss	%xmm2, %zmm23
	vbroadcastss	%xmm11, %zmm19
	vshufps	$170, %zmm16, %zmm16, %zmm7
	vbroadcastss	%xmm16, %zmm27
	movq	%r10, %rcx
	andq	%rdx, %rcx
	leaq	124(%r11), %rsi
	xorl	%edi, %edi
	vbroadcastss	%xmm1, %zmm20
	vshufps	$255, %xmm11, %xmm11, %xmm1
	vmovups	%zmm0, 368(%rsp)
	vmovups	%zmm10, 304(%rsp)
	vmovups	%zmm5, 240(%rsp)
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm8, %zmm5
	vmovups	%zmm6, 432(%rsp)
	vbroadcastss	%xmm1, %zmm22
	vshufpd	$1, %xmm16, %xmm16, %xmm1
	vshufps	$85, %zmm16, %zmm16, %zmm6
	vbroadcastss	%xmm9, %zmm4
	vshuff64x2	$170, %zmm7, %zmm7, %zmm9
	vshuff64x2	$255, %zmm7, %zmm7, %zmm7
	vbroadcastss	%xmm1, %zmm29
	vextractf32x4	$1, %ymm16, %xmm1
	vshuff64x2	$170, %zmm6, %zmm6, %zmm8
	vshuff64x2	$255, %zmm6, %zmm6, %zmm6
	vmovups	%zmm5, 688(%rsp)
	vmovups	%zmm0, 624(%rsp)
	vbroadcastss	%xmm3, %zmm0
	vbroadcastss	%xmm12, %zmm5
	vmovdqa64	.LCPI40_4(%rip), %zmm12
	vshufpd	$1, %xmm11, %xmm11, %xmm3
	vbroadcastss	%xmm1, %zmm31
	vbroadcastss	%xmm3, %zmm21
	vmovupd	%zmm0, 560(%rsp)
	vshufps	$85, %ymm11, %ymm11, %ymm0
	vmovaps	%xmm2, 144(%rsp)
	vmovshdup	%xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm24
	vshufps	$170, %ymm11, %ymm11, %ymm0
	movq	8(%rsp), %r8
	vbroadcastss	%xmm2, %zmm28
	vshufps	$255, %xmm16, %xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm25
	vshufps	$255, %ymm11, %ymm11, %ymm0
	vshufps	$255, %zmm16, %zmm16, %zmm11
	vbroadcastss	%xmm2, %zmm30
	vshuff64x2	$85, %zmm0, %zmm0, %zmm26
	vshufps	$85, %ymm16, %ymm16, %ymm0
	vshuff64x2	$170, %zmm11, %zmm11, %zmm10
	vshuff64x2	$255, %zmm11, %zmm11, %zmm11
	vshuff64x2	$85, %zmm0, %zmm0, %zmm1
	vshufps	$170, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm2
	vshufps	$255, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm3
	.p2align	4
.LBB40_6:
	vmovups	-120(%rsi,%rdi,4), %zmm15
	vmovups	-124(%rsi,%rdi,4), %zmm0
	vmovups	-116(%rsi,%rdi,4), %zmm16
	kxnorb	%k0, %k0, %k1
	vmulps	%zmm0, %zmm0, %zmm17
	vmulps	%zmm15, %zmm15, %zmm15
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm15, %zmm17, %zmm15
	vmovups	-112(%rsi,%rdi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vmovups	(%rsi,%rdi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-108(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-104(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-100(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-96(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-92(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-88(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-84(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-80(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-76(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-72(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-68(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-64(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-60(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-56(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-52(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-48(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-44(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-40(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-36(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-32(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-28(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-24(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-20(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-16(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-12(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-8(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-4(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	.LCPI40_6(%rip){1to16}, %zmm15, %zmm15
	vbroadcastss	.LCPI40_8(%rip), %zmm16
	vaddps	.LCPI40_7(%rip){1to16}, %zmm15, %zmm15
	vsqrtps	%zmm15, %zmm15
	vdivps	%zmm15, %zmm16, %zmm17
	vpsllq	$7, %zmm13, %zmm16
	vpsllq	$7, %zmm12, %zmm15
	vpaddq	%zmm14, %zmm13, %zmm13
	vpaddq	%zmm14, %zmm12, %zmm12
	vmulps	%zmm0, %zmm17, %zmm0
	vmulps	368(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, (%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, (%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-120(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	304(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 4(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 4(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-116(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	240(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 8(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 8(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-112(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	432(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 12(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 12(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-108(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	688(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 16(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 16(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-104(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	624(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 20(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 20(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-100(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	560(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 24(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 24(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-96(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm18, %zmm0, %zmm0
	vscatterqps	%ymm0, 28(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 28(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-92(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm19, %zmm0, %zmm0
	vscatterqps	%ymm0, 32(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 32(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-88(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm20, %zmm0, %zmm0
	vscatterqps	%ymm0, 36(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 36(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-84(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm21, %zmm0, %zmm0
	vscatterqps	%ymm0, 40(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 40(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-80(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm22, %zmm0, %zmm0
	vscatterqps	%ymm0, 44(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 44(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-76(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm23, %zmm0, %zmm0
	vscatterqps	%ymm0, 48(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 48(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-72(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm24, %zmm0, %zmm0
	vscatterqps	%ymm0, 52(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 52(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-68(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm25, %zmm0, %zmm0
	vscatterqps	%ymm0, 56(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 56(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-64(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm26, %zmm0, %zmm0
	vscatterqps	%ymm0, 60(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 60(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-60(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm27, %zmm0, %zmm0
	vscatterqps	%ymm0, 64(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 64(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-56(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm28, %zmm0, %zmm0
	vscatterqps	%ymm0, 68(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 68(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-52(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm29, %zmm0, %zmm0
	vscatterqps	%ymm0, 72(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 72(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-48(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm30, %zmm0, %zmm0
	vscatterqps	%ymm0, 76(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 76(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-44(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm31, %zmm0, %zmm0
	vscatterqps	%ymm0, 80(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 80(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-40(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm1, %zmm0, %zmm0
	vscatterqps	%ymm0, 84(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 84(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-36(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm2, %zmm0, %zmm0
	vscatterqps	%ymm0, 88(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 88(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-32(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm3, %zmm0, %zmm0
	vscatterqps	%ymm0, 92(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 92(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-28(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm4, %zmm0, %zmm0
	vscatterqps	%ymm0, 96(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 96(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-24(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm8, %zmm0, %zmm0
	vscatterqps	%ymm0, 100(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 100(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-20(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm9, %zmm0, %zmm0
	vscatterqps	%ymm0, 104(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 104(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-16(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm10, %zmm0, %zmm0
	vscatterqps	%ymm0, 108(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 108(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-12(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm5, %zmm0, %zmm0
	vscatterqps	%ymm0, 112(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 112(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-8(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm6, %zmm0, %zmm0
	vscatterqps	%ymm0, 116(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 116(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-4(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm7, %zmm0, %zmm0
	vscatterqps	%ymm0, 120(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 120(%r8,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	(%rsi,%rdi,4), %zmm17, %zmm0
	addq	$16, %rdi
	vmulps	%zmm11, %zmm0, %zmm0
	vscatterqps	%ymm0, 124(%r8,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 124(%r8,%zmm15) {%k1}
	cmpq	%rdi, %rcx
	jne	.LBB40_6
	vmovups	496(%rsp), %zmm16
	vmovaps	128(%rsp), %xmm4
	vmovaps	112(%rsp), %xmm5
	vmovaps	96(%rsp), %xmm6
	vmovaps	80(%rsp), %xmm7
	vmovaps	64(%rsp), %xmm8
	vmovups	208(%rsp), %ymm11
	vmovaps	144(%rsp), %xmm2
	cmpq	%rcx, %r10
	je	.LBB40_14
	testb	$12, %r10b
	je	.LBB40_12
.LBB40_9:
	vbroadcastss	%xmm4, %xmm0
	vmovaps	%zmm16, %zmm1
	movq	%rcx, %rsi
	addq	$12, %rdx
	vbroadcastss	%xmm2, %xmm12
	vbroadcastss	%xmm1, %xmm16
	vshufps	$85, %xmm11, %xmm11, %xmm9
	vshufps	$170, %xmm11, %xmm11, %xmm10
	vshufps	$85, %xmm2, %xmm2, %xmm13
	vshufps	$170, %xmm2, %xmm2, %xmm14
	vshufps	$255, %xmm2, %xmm2, %xmm15
	vshufps	$85, %xmm1, %xmm1, %xmm17
	vshufps	$170, %xmm1, %xmm1, %xmm31
	movq	%rdx, %rcx
	andq	%r10, %rcx
	leaq	124(%r11), %rdx
	vmovaps	%xmm0, 368(%rsp)
	vbroadcastss	%xmm5, %xmm0
	vbroadcastss	%xmm8, %xmm5
	vmovaps	%xmm0, 304(%rsp)
	vbroadcastss	%xmm6, %xmm0
	vshufps	$85, %xmm8, %xmm8, %xmm6
	vmovaps	%xmm0, 240(%rsp)
	vbroadcastss	%xmm7, %xmm0
	vshufps	$170, %xmm8, %xmm8, %xmm7
	vbroadcastss	%xmm11, %xmm8
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vmovaps	%xmm0, 432(%rsp)
	vextractf128	$1, %ymm1, %xmm0
	vmovaps	192(%rsp), %xmm4
	vbroadcastss	%xmm0, %xmm18
	vshufps	$85, %xmm0, %xmm0, %xmm19
	vshufps	$170, %xmm0, %xmm0, %xmm20
	vshufps	$255, %xmm0, %xmm0, %xmm21
	vmovaps	160(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm22
	vshufps	$85, %xmm0, %xmm0, %xmm23
	vshufps	$170, %xmm0, %xmm0, %xmm24
	vshufps	$255, %xmm0, %xmm0, %xmm25
	vmovaps	176(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm26
	vshufps	$85, %xmm0, %xmm0, %xmm27
	vshufps	$170, %xmm0, %xmm0, %xmm28
	vshufps	$255, %xmm0, %xmm0, %xmm29
	vpbroadcastq	%rsi, %ymm0
	vporq	.LCPI40_10(%rip), %ymm0, %ymm30
	vshufps	$255, %xmm1, %xmm1, %xmm0
	.p2align	4
.LBB40_10:
	vmovups	-120(%rdx,%rsi,4), %xmm1
	vmovups	-124(%rdx,%rsi,4), %xmm3
	kxnorw	%k0, %k0, %k1
	vmulps	%xmm3, %xmm3, %xmm2
	vmulps	%xmm1, %xmm1, %xmm1
	vaddps	%xmm1, %xmm2, %xmm1
	vmovups	-116(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-112(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-108(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-104(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-100(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-96(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-92(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-88(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-84(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-80(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-76(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-72(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-68(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-64(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-60(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-56(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-52(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-48(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-44(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-40(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-36(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-32(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-28(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-24(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-20(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-16(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-12(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-8(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-4(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmulps	.LCPI40_6(%rip){1to4}, %xmm1, %xmm1
	vbroadcastss	.LCPI40_8(%rip), %xmm2
	vaddps	.LCPI40_7(%rip){1to4}, %xmm1, %xmm1
	vsqrtps	%xmm1, %xmm1
	vdivps	%xmm1, %xmm2, %xmm2
	vpsllq	$7, %ymm30, %ymm1
	vpaddq	.LCPI40_11(%rip){1to4}, %ymm30, %ymm30
	vmulps	%xmm3, %xmm2, %xmm3
	vmulps	368(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, (%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-120(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	304(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 4(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-116(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	240(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 8(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-112(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	432(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 12(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-108(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm5, %xmm3, %xmm3
	vscatterqps	%xmm3, 16(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-104(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm6, %xmm3, %xmm3
	vscatterqps	%xmm3, 20(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-100(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm7, %xmm3, %xmm3
	vscatterqps	%xmm3, 24(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-96(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm4, %xmm3, %xmm3
	vscatterqps	%xmm3, 28(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-92(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm8, %xmm3
	vscatterqps	%xmm3, 32(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-88(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm9, %xmm3
	vscatterqps	%xmm3, 36(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-84(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm10, %xmm3
	vscatterqps	%xmm3, 40(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-80(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm11, %xmm3
	vscatterqps	%xmm3, 44(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-76(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm12, %xmm3
	vscatterqps	%xmm3, 48(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-72(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm13, %xmm3
	vscatterqps	%xmm3, 52(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-68(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm14, %xmm3
	vscatterqps	%xmm3, 56(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-64(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm15, %xmm3
	vscatterqps	%xmm3, 60(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-60(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm16, %xmm3, %xmm3
	vscatterqps	%xmm3, 64(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-56(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm17, %xmm3, %xmm3
	vscatterqps	%xmm3, 68(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-52(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm31, %xmm3, %xmm3
	vscatterqps	%xmm3, 72(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-48(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm0, %xmm3, %xmm3
	vscatterqps	%xmm3, 76(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-44(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm18, %xmm3, %xmm3
	vscatterqps	%xmm3, 80(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-40(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm19, %xmm3, %xmm3
	vscatterqps	%xmm3, 84(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-36(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm20, %xmm3, %xmm3
	vscatterqps	%xmm3, 88(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-32(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm21, %xmm3, %xmm3
	vscatterqps	%xmm3, 92(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-28(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm22, %xmm3, %xmm3
	vscatterqps	%xmm3, 96(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-24(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm23, %xmm3, %xmm3
	vscatterqps	%xmm3, 100(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-20(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm24, %xmm3, %xmm3
	vscatterqps	%xmm3, 104(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-16(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm25, %xmm3, %xmm3
	vscatterqps	%xmm3, 108(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-12(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm26, %xmm3, %xmm3
	vscatterqps	%xmm3, 112(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-8(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm27, %xmm3, %xmm3
	vscatterqps	%xmm3, 116(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-4(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm28, %xmm3, %xmm3
	vscatterqps	%xmm3, 120(%r8,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	(%rdx,%rsi,4), %xmm2, %xmm2
	addq	$4, %rsi
	vmulps	%xmm29, %xmm2, %xmm2
	vscatterqps	%xmm2, 124(%r8,%ymm1) {%k1}
	cmpq	%rsi, %rcx
	jne	.LBB40_10
	vmovups	496(%rsp), %zmm16
	vmovaps	128(%rsp), %xmm4
	vmovaps	112(%rsp), %xmm5
	vmovaps	96(%rsp), %xmm6
	vmovaps	80(%rsp), %xmm7
	vmovaps	64(%rsp), %xmm8
	vmovups	208(%rsp), %ymm11
	cmpq	%rcx, %r10
	je	.LBB40_14
.LBB40_12:
	vmovss	.LCPI40_6(%rip), %xmm1
	vmovss	.LCPI40_7(%rip), %xmm2
	vmovss	.LCPI40_8(%rip), %xmm3
	vinsertps	$16, %xmm5, %xmm4, %xmm0
	movq	%rcx, %rax
	imulq	%r9, %rax
	movq	%r10, %rdx
	subq	%rcx, %rdx
	shlq	$7, %rcx
	shlq	$2, %r9
	vinsertps	$32, %xmm6, %xmm0, %xmm0
	leaq	64(%rcx,%r8), %rcx
	vinsertps	$48, %xmm7, %xmm0, %xmm0
	vinsertf64x4	$1, %ymm11, %zmm0, %zmm0
	leaq	(%r11,%rax,4), %rsi
	vinsertf32x4	$1, %xmm8, %zmm0, %zmm0
	.p2align	4
.LBB40_13:
	vmovss	(%rsi), %xmm4
	vmovss	4(%rsi), %xmm5
	vmulss	%xmm4, %xmm4, %xmm4
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	8(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	12(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	16(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	20(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	24(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	28(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	32(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	36(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	40(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	44(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	48(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	52(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	56(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	60(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	64(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	68(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	72(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	76(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	80(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	84(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	88(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	92(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	96(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	104(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	112(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	120(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmulss	%xmm1, %xmm4, %xmm4
	vaddss	%xmm2, %xmm4, %xmm4
	vsqrtss	%xmm4, %xmm4, %xmm4
	vdivss	%xmm4, %xmm3, %xmm4
	vbroadcastss	%xmm4, %zmm4
	vmulps	(%rsi), %zmm4, %zmm5
	vmulps	%zmm0, %zmm5, %zmm5
	vmovups	%zmm5, -64(%rcx)
	vmulps	64(%rsi), %zmm4, %zmm4
	addq	%r9, %rsi
	vmulps	%zmm16, %zmm4, %zmm4
	vmovups	%zmm4, (%rcx)
	subq	$-128, %rcx
	decq	%rdx
	jne	.LBB40_13
.LBB40_14:
	movq	40(%rsp), %rax
	movq	24(%rsp), %rcx
	leaq	(,%rbp,4), %r8
	movq	%rbp, %rdi
	shlq	$6, %rdi
	xorl	%esi, %esi
	movq	%r12, %r13
	leaq	(,%rax,4), %r14
	imulq	$124, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	384(%rbx,%rax), %rax
	movq	%rax, 304(%rsp)
	movq	%r12, %rax
	subq	16(%rsp), %rax
	movq	%rax, 240(%rsp)
	leaq	(%r8,%r8), %rax
	movq	%r10, 56(%rsp)
	movq	%r14, 368(%rsp)
	jmp	.LBB40_15
	.p2align	4
.LBB40_25:
	movq	368(%rsp), %r14
	movq	56(%rsp), %r10
	incq	%rsi
	addq	%r14, %r13
	cmpq	%r10, %rsi
	je	.LBB40_26
.LBB40_15:
	movq	%rsi, %r10
	imulq	40(%rsp), %r10
	imulq	%rsi, %r14
	cmpq	$1, %rbp
	jne	.LBB40_17
	movq	240(%rsp), %rcx
	addq	%r14, %rcx
	cmpq	$127, %rcx
	jbe	.LBB40_17
	movq	16(%rsp), %rcx
	vmovups	(%rcx), %zmm0
	vmovups	64(%rcx), %zmm1
	vmovups	%zmm0, (%r12,%r10,4)
	vmovups	%zmm1, 64(%r12,%r10,4)
	vmovups	128(%rcx), %zmm0
	vmovups	192(%rcx), %zmm1
	vmovups	%zmm0, 128(%r12,%r10,4)
	vmovups	%zmm1, 192(%r12,%r10,4)
	vmovupd	256(%rcx), %zmm0
	vmovups	320(%rcx), %zmm1
	vmovupd	%zmm0, 256(%r12,%r10,4)
	vmovups	%zmm1, 320(%r12,%r10,4)
	jmp	.LBB40_20
	.p2align	4
.LBB40_17:
	movq	16(%rsp), %rdx
	movl	$15, %ecx
	.p2align	4
.LBB40_18:
	vmovss	(%rdx), %xmm0
	leaq	(%rdx,%r8), %r15
	addq	%r8, %r15
	vmovss	%xmm0, -60(%r13,%rcx,4)
	vmovss	(%rdx,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r13,%rcx,4)
	vmovss	(%rdx,%rbp,8), %xmm0
	addq	%rdi, %rdx
	vmovss	%xmm0, -52(%r13,%rcx,4)
	vmovss	(%r15,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r13,%rcx,4)
	vmovss	(%r15,%rbp,8), %xmm0
	addq	%rax, %r15
	leaq	(%r15,%rbp,4), %r11
	vmovss	%xmm0, -44(%r13,%rcx,4)
	vmovss	(%r15,%rbp,4), %xmm0
	vmovss	%xmm0, -40(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -36(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -32(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -28(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -24(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -20(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -16(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -12(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -8(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -4(%r13,%rcx,4)
	vmovss	(%r8,%r11), %xmm0
	vmovss	%xmm0, (%r13,%rcx,4)
	addq	$16, %rcx
	cmpq	$111, %rcx
	jne	.LBB40_18
.LBB40_20:
	movq	24(%rsp), %r11
	leaq	(%r12,%r14), %rcx
	leaq	384(%r12,%r14), %rdx
	movq	%rsi, %r14
	shlq	$7, %r14
	addq	8(%rsp), %r14
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	304(%rsp), %rcx
	setb	%r15b
	cmpq	%rdx, %rbx
	setb	%cl
	xorl	%edx, %edx
	andb	%r15b, %cl
	movq	%rbx, %r15
	orb	%r11b, %cl
	jmp	.LBB40_21
	.p2align	4
.LBB40_27:
	movq	%rdx, %r11
	imulq	24(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vaddps	(%r12,%r10,4), %zmm1, %zmm1
	vaddps	64(%r12,%r10,4), %zmm2, %zmm2
	vmovups	%zmm1, (%r12,%r10,4)
	vmovups	%zmm2, 64(%r12,%r10,4)
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm2
	vaddps	128(%r12,%r10,4), %zmm1, %zmm1
	vaddps	192(%r12,%r10,4), %zmm2, %zmm2
	vmovups	%zmm1, 128(%r12,%r10,4)
	vmovups	%zmm2, 192(%r12,%r10,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	256(%r12,%r10,4), %zmm1, %zmm1
	vaddps	320(%r12,%r10,4), %zmm0, %zmm0
	vmovups	%zmm1, 256(%r12,%r10,4)
	vmovups	%zmm0, 320(%r12,%r10,4)
.LBB40_24:
	incq	%rdx
	addq	%r9, %r15
	cmpq	$32, %rdx
	je	.LBB40_25
.LBB40_21:
	vmovss	(%r14,%rdx,4), %xmm0
	testb	%cl, %cl
	je	.LBB40_27
	movl	$11, %r11d
	.p2align	4
.LBB40_23:
	vmulss	-44(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r13,%r11,4)
	vmulss	-40(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r13,%r11,4)
	vmulss	-36(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r13,%r11,4)
	vmulss	-32(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r13,%r11,4)
	vmulss	-28(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r13,%r11,4)
	vmulss	-24(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r13,%r11,4)
	vmulss	-20(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r13,%r11,4)
	vmulss	-16(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r13,%r11,4)
	vmulss	-12(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r13,%r11,4)
	vmulss	-8(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r13,%r11,4)
	vmulss	-4(%r15,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r13,%r11,4)
	vmulss	(%r15,%r11,4), %xmm0, %xmm1
	vaddss	(%r13,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r13,%r11,4)
	addq	$12, %r11
	cmpq	$107, %r11
	jne	.LBB40_23
	jmp	.LBB40_24
.LBB40_26:
	movq	8(%rsp), %rdi
	addq	$760, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end40:
	.size	k47, .Lfunc_end40-k47

	.globl	_mlir_ciface_k47
	.p2align	4
	.type	_mlir_ciface_k47,@function
_mlir_ciface_k47:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k47@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end41:
	.size	_mlir_ciface_k47, .Lfunc_end41-_mlir_ciface_k47

	.globl	k54
	.p2align	4
	.type	k54,@function
k54:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$136, %rsp
	movq	%r9, 80(%rsp)
	movq	%rsi, %r12
	movq	464(%rsp), %rax
	movq	%rax, 104(%rsp)
	movq	432(%rsp), %rax
	movq	448(%rsp), %r15
	movq	%rax, 96(%rsp)
	movq	%r15, %r14
	shlq	$7, %r14
	movq	408(%rsp), %rax
	movq	%r14, %rdi
	movq	%rax, 48(%rsp)
	movq	376(%rsp), %rax
	movq	%rax, 16(%rsp)
	movq	352(%rsp), %rax
	movq	%rax, 88(%rsp)
	movq	320(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	296(%rsp), %rax
	movq	%rax, 120(%rsp)
	movq	264(%rsp), %r13
	movq	240(%rsp), %rbp
	movq	208(%rsp), %rbx
	callq	malloc@PLT
	movq	%r14, %rdi
	movq	%rax, 8(%rsp)
	callq	malloc@PLT
	movq	%rax, 32(%rsp)
	movq	%r15, 56(%rsp)
	testq	%r15, %r15
	jle	.LBB42_25
	movq	8(%rsp), %rax
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edx, %edx
	movq	%rax, 72(%rsp)
	movq	32(%rsp), %rax
	movq	%rax, 64(%rsp)
	jmp	.LBB42_2
	.p2align	4
.LBB42_13:
	movq	112(%rsp), %rdx
	subq	$-128, 64(%rsp)
	subq	$-128, 72(%rsp)
	incq	%rdx
	cmpq	56(%rsp), %rdx
	je	.LBB42_14
.LBB42_2:
	movl	$2, %eax
	movq	80(%rsp), %r9
	movl	$0, %ecx
	subq	%rdx, %rax
	movq	%rax, %rdi
	cmovbq	%rcx, %rdi
	leaq	1(%rdi), %rsi
	movq	%rdi, %r8
	subq	%rax, %r8
	subq	%rax, %rsi
	leaq	(%rdx,%rdi), %rax
	imulq	%r9, %rsi
	imulq	%r9, %r8
	imulq	%r9, %rax
	movq	%rsi, 40(%rsp)
	movq	%rdx, 112(%rsp)
	xorl	%esi, %esi
	movq	%rax, 24(%rsp)
	jmp	.LBB42_3
	.p2align	4
.LBB42_12:
	movq	120(%rsp), %rdx
	imulq	%rdx, %rax
	imulq	%rdx, %rcx
	imulq	%rdx, %r14
	vaddss	(%r13,%rax,4), %xmm2, %xmm2
	vaddss	(%r13,%rcx,4), %xmm3, %xmm3
	vaddss	(%r13,%r14,4), %xmm1, %xmm1
	movq	64(%rsp), %rcx
	movq	72(%rsp), %rax
	vmulss	%xmm3, %xmm2, %xmm2
	vmovss	%xmm1, (%rcx,%rsi,4)
	vmovss	%xmm2, (%rax,%rsi,4)
	incq	%rsi
	cmpq	$32, %rsi
	je	.LBB42_13
.LBB42_3:
	movq	%rsi, %rax
	andq	$-8, %rax
	movl	%esi, %r11d
	andl	$7, %r11d
	leaq	1(%rdi), %r9
	leaq	(%rax,%rax,2), %rcx
	leaq	(%rcx,%r11), %r14
	movq	%r14, %rax
	imulq	%rbp, %rax
	leaq	(%r12,%r14,4), %rdx
	leaq	(%rbx,%rax,4), %rax
	vmovss	(%rax,%rdi,4), %xmm1
	vmulss	(%rdx,%r8,4), %xmm1, %xmm1
	vaddss	%xmm0, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB42_6
	movq	40(%rsp), %r9
	vmovss	4(%rax,%rdi,4), %xmm2
	vmulss	(%rdx,%r9,4), %xmm2, %xmm2
	leaq	2(%rdi), %r9
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB42_6
	vmovss	8(%rax,%rdi,4), %xmm2
	movq	24(%rsp), %rax
	vmulss	(%rdx,%rax,4), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
.LBB42_6:
	leaq	8(%rcx,%r11), %rax
	leaq	(%rcx,%r11), %rdx
	movq	%r12, %r15
	leaq	32(%r12,%rdx,4), %r10
	leaq	1(%rdi), %r12
	movq	%rax, %r9
	imulq	%rbp, %r9
	leaq	(%rbx,%r9,4), %r9
	vmovss	(%r9,%rdi,4), %xmm2
	vmulss	(%r10,%r8,4), %xmm2, %xmm2
	vaddss	%xmm0, %xmm2, %xmm2
	cmpq	$3, %r12
	je	.LBB42_9
	movq	40(%rsp), %r12
	vmovss	4(%r9,%rdi,4), %xmm3
	vmulss	(%r10,%r12,4), %xmm3, %xmm3
	leaq	2(%rdi), %r12
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$3, %r12
	je	.LBB42_9
	vmovss	8(%r9,%rdi,4), %xmm3
	movq	24(%rsp), %r9
	vmulss	(%r10,%r9,4), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
.LBB42_9:
	leaq	16(%rcx,%r11), %rcx
	leaq	64(%r15,%rdx,4), %rdx
	leaq	1(%rdi), %r10
	movq	%r15, %r12
	movq	%rcx, %r9
	imulq	%rbp, %r9
	leaq	(%rbx,%r9,4), %r9
	vmovss	(%r9,%rdi,4), %xmm3
	vmulss	(%rdx,%r8,4), %xmm3, %xmm3
	vaddss	%xmm0, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB42_12
	movq	40(%rsp), %r10
	vmovss	4(%r9,%rdi,4), %xmm4
	vmulss	(%rdx,%r10,4), %xmm4, %xmm4
	leaq	2(%rdi), %r10
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB42_12
	vmovss	8(%r9,%rdi,4), %xmm4
	movq	24(%rsp), %r9
	vmulss	(%rdx,%r9,4), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	jmp	.LBB42_12
.LBB42_14:
	movq	16(%rsp), %rax
	shlq	$2, 48(%rsp)
	xorl	%ecx, %ecx
	movq	8(%rsp), %rdx
	movq	104(%rsp), %r12
	movq	56(%rsp), %r13
	addq	$28, %rax
	jmp	.LBB42_15
	.p2align	4
.LBB42_24:
	movq	48(%rsp), %rsi
	incq	%rcx
	addq	$4, %rdx
	addq	%rsi, %rbp
	addq	%rsi, %rax
	movq	%rbp, 16(%rsp)
	cmpq	$32, %rcx
	je	.LBB42_25
.LBB42_15:
	movq	96(%rsp), %rsi
	movq	%rcx, %rdi
	imulq	88(%rsp), %rdi
	movq	16(%rsp), %rbp
	movl	$1, %r8d
	movq	%rdx, %r9
	xorl	%r10d, %r10d
	leaq	(%rsi,%rcx,4), %rsi
	jmp	.LBB42_16
	.p2align	4
.LBB42_23:
	movq	8(%rsp), %r14
	movq	128(%rsp), %r15
	movq	%r10, %rbx
	shlq	$5, %rbx
	leaq	1(%r10), %r11
	imulq	%r12, %r10
	incq	%r8
	subq	$-128, %r9
	addq	%rcx, %rbx
	vmovss	(%r14,%rbx,4), %xmm1
	movq	32(%rsp), %r14
	vmulss	(%r15,%rdi,4), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	(%r14,%rbx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%rsi,%r10,4)
	movq	%r11, %r10
	cmpq	%r13, %r11
	je	.LBB42_24
.LBB42_16:
	cmpq	$7, %r10
	jae	.LBB42_18
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%r11d, %r11d
	jmp	.LBB42_21
	.p2align	4
.LBB42_18:
	movq	%r8, %rbx
	andq	$-8, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r9, %r14
	xorl	%r11d, %r11d
	.p2align	4
.LBB42_19:
	vmovss	-28(%rax,%r11,4), %xmm1
	vmovss	-24(%rax,%r11,4), %xmm2
	vmulss	(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	-128(%r14), %xmm2, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	-20(%rax,%r11,4), %xmm1
	vmulss	-256(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	-16(%rax,%r11,4), %xmm1
	vmulss	-384(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	-12(%rax,%r11,4), %xmm1
	vmulss	-512(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	-8(%rax,%r11,4), %xmm1
	vmulss	-640(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	-4(%rax,%r11,4), %xmm1
	vmulss	-768(%r14), %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	(%rax,%r11,4), %xmm1
	addq	$8, %r11
	vmulss	-896(%r14), %xmm1, %xmm1
	addq	$-1024, %r14
	vaddss	%xmm1, %xmm0, %xmm0
	cmpq	%r11, %rbx
	jne	.LBB42_19
	testb	$7, %r8b
	je	.LBB42_23
.LBB42_21:
	leaq	(%rbp,%r11,4), %r14
	shlq	$7, %r11
	movl	%r8d, %ebx
	movq	%r9, %r15
	andl	$7, %ebx
	subq	%r11, %r15
	xorl	%r11d, %r11d
	.p2align	4
.LBB42_22:
	vmovss	(%r14,%r11,4), %xmm1
	incq	%r11
	vmulss	(%r15), %xmm1, %xmm1
	addq	$-128, %r15
	vaddss	%xmm1, %xmm0, %xmm0
	cmpq	%r11, %rbx
	jne	.LBB42_22
	jmp	.LBB42_23
.LBB42_25:
	movq	8(%rsp), %rdi
	callq	free@PLT
	movq	32(%rsp), %rdi
	addq	$136, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end42:
	.size	k54, .Lfunc_end42-k54

	.globl	_mlir_ciface_k54
	.p2align	4
	.type	_mlir_ciface_k54,@function
_mlir_ciface_k54:
	pushq	%r15
	pushq	%r14
	pushq	%r12
	pushq	%rbx
	subq	$296, %rsp
	movq	8(%rdi), %rax
	movq	8(%rsi), %r10
	movq	8(%rdx), %r11
	movq	8(%rcx), %rbx
	movq	8(%r8), %r14
	movq	40(%rdi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	40(%r8), %r8
	movq	8(%r9), %r15
	movq	24(%r9), %r12
	movq	40(%r9), %r9
	movq	%r9, 272(%rsp)
	movq	%rsi, 48(%rsp)
	movq	%r12, 256(%rsp)
	movq	%r15, 240(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r14, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%rbx, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r11, 72(%rsp)
	movq	%r10, 16(%rsp)
	movq	%rax, %rsi
	movq	%rdi, %r9
	callq	k54@PLT
	addq	$296, %rsp
	popq	%rbx
	popq	%r12
	popq	%r14
	popq	%r15
	retq
.Lfunc_end43:
	.size	_mlir_ciface_k54, .Lfunc_end43-_mlir_ciface_k54

	.globl	k57
	.p2align	4
	.type	k57,@function
k57:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$88, %rsp
	cmpq	$0, 288(%rsp)
	movq	%r9, -112(%rsp)
	jle	.LBB44_5
	movq	248(%rsp), %rdi
	movq	160(%rsp), %r10
	movq	192(%rsp), %r8
	movq	272(%rsp), %rdx
	movq	216(%rsp), %r14
	shlq	$2, -112(%rsp)
	xorl	%r12d, %r12d
	leaq	(,%rdi,4), %rax
	movq	%rdi, %r11
	shlq	$4, %r11
	addq	$124, %r10
	movq	%rdi, %rbx
	shlq	$6, %rbx
	imulq	$108, %rdi, %r13
	shlq	$2, %r8
	movq	%r10, 80(%rsp)
	leaq	(%r11,%r11,4), %r10
	movq	%r11, 64(%rsp)
	movq	%rbx, 16(%rsp)
	leaq	(%rax,%rax,2), %rcx
	leaq	(%rax,%rax,4), %r9
	leaq	(%rax,%rax,8), %rax
	movq	%r10, -56(%rsp)
	imulq	$88, %rdi, %r10
	movq	%rcx, 72(%rsp)
	leaq	(,%rdi,8), %rcx
	movq	%r9, 56(%rsp)
	movq	%rax, 32(%rsp)
	leaq	(%rcx,%rcx,2), %r9
	leaq	(%rcx,%rcx,4), %rax
	leaq	(%rcx,%rcx,8), %rcx
	movq	%r10, -72(%rsp)
	imulq	$100, %rdi, %r10
	movq	%rcx, 8(%rsp)
	imulq	$44, %rdi, %rcx
	movq	%r9, 48(%rsp)
	leaq	(%rdi,%rdi,8), %r9
	movq	%rax, 24(%rsp)
	leaq	(%rbx,%rdi,4), %rax
	imulq	$112, %rdi, %rbx
	movq	%r10, -96(%rsp)
	imulq	$124, %rdi, %r10
	leaq	(%r9,%r9,2), %r9
	movq	%rax, -40(%rsp)
	movq	%rcx, (%rsp)
	leaq	(%r11,%r11,2), %rcx
	addq	%rdi, %r9
	movq	%rcx, -8(%rsp)
	imulq	$52, %rdi, %rcx
	movq	%r9, 40(%rsp)
	movq	%rdi, %r9
	shlq	$5, %r9
	leaq	(%r9,%r9,2), %r11
	movq	%rcx, -16(%rsp)
	imulq	$56, %rdi, %rcx
	movq	%r11, -88(%rsp)
	imulq	$116, %rdi, %r11
	movq	%rcx, -24(%rsp)
	imulq	$60, %rdi, %rcx
	movq	%rcx, -32(%rsp)
	imulq	$76, %rdi, %rcx
	movq	%rcx, -48(%rsp)
	imulq	$84, %rdi, %rcx
	movq	%rcx, -64(%rsp)
	imulq	$92, %rdi, %rcx
	movq	%rcx, -80(%rsp)
	movq	%r9, %rcx
	imulq	$104, %rdi, %r9
	movq	%r9, -104(%rsp)
	imulq	$120, %rdi, %r9
	.p2align	4
.LBB44_2:
	vmovss	(%r14), %xmm0
	movq	%r12, %rax
	imulq	304(%rsp), %rax
	movq	72(%rsp), %rbp
	leaq	(%rdx,%rax,4), %r15
	vmovss	%xmm0, (%rdx,%rax,4)
	vmovss	(%r14,%rdi,4), %xmm0
	vmovss	%xmm0, 4(%rdx,%rax,4)
	vmovss	(%r14,%rdi,8), %xmm0
	vmovss	%xmm0, 8(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	64(%rsp), %rbp
	vmovss	%xmm0, 12(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	56(%rsp), %rbp
	vmovss	%xmm0, 16(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	48(%rsp), %rbp
	vmovss	%xmm0, 20(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	40(%rsp), %rbp
	vmovss	%xmm0, 24(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	32(%rsp), %rbp
	vmovss	%xmm0, 28(%rdx,%rax,4)
	vmovss	(%r14,%rcx), %xmm0
	vmovss	%xmm0, 32(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	24(%rsp), %rbp
	vmovss	%xmm0, 36(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	(%rsp), %rbp
	vmovss	%xmm0, 40(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-8(%rsp), %rbp
	vmovss	%xmm0, 44(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-16(%rsp), %rbp
	vmovss	%xmm0, 48(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-24(%rsp), %rbp
	vmovss	%xmm0, 52(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-32(%rsp), %rbp
	vmovss	%xmm0, 56(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	16(%rsp), %rbp
	vmovss	%xmm0, 60(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-40(%rsp), %rbp
	vmovss	%xmm0, 64(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	8(%rsp), %rbp
	vmovss	%xmm0, 68(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-48(%rsp), %rbp
	vmovss	%xmm0, 72(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-56(%rsp), %rbp
	vmovss	%xmm0, 76(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-64(%rsp), %rbp
	vmovss	%xmm0, 80(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-72(%rsp), %rbp
	vmovss	%xmm0, 84(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm0
	movq	-80(%rsp), %rbp
	vmovss	%xmm0, 88(%rdx,%rax,4)
	vmovss	%xmm0, -120(%rsp)
	vmovss	(%r14,%rbp), %xmm2
	movq	-88(%rsp), %rbp
	vmovss	%xmm2, 92(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm3
	movq	-96(%rsp), %rbp
	vmovss	%xmm3, 96(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm4
	movq	-104(%rsp), %rbp
	vmovss	%xmm4, 100(%rdx,%rax,4)
	vmovss	(%r14,%rbp), %xmm5
	xorl	%ebp, %ebp
	vmovss	%xmm5, 104(%rdx,%rax,4)
	vmovss	(%r14,%r13), %xmm6
	vmovss	%xmm6, 108(%rdx,%rax,4)
	vmovss	(%r14,%rbx), %xmm7
	vmovss	%xmm7, 112(%rdx,%rax,4)
	vmovss	(%r14,%r11), %xmm8
	vmovss	%xmm8, 116(%rdx,%rax,4)
	vmovss	(%r14,%r9), %xmm10
	vmovss	%xmm10, 120(%rdx,%rax,4)
	vmovss	(%r14,%r10), %xmm0
	vmovss	%xmm0, 124(%rdx,%rax,4)
	vmovss	(%rdx,%rax,4), %xmm9
	vmovss	4(%rdx,%rax,4), %xmm11
	vmovss	8(%rdx,%rax,4), %xmm12
	vmovss	12(%rdx,%rax,4), %xmm13
	vmovss	16(%rdx,%rax,4), %xmm14
	vmovss	20(%rdx,%rax,4), %xmm15
	vmovss	24(%rdx,%rax,4), %xmm16
	vmovss	28(%rdx,%rax,4), %xmm17
	vmovss	32(%rdx,%rax,4), %xmm18
	vmovss	36(%rdx,%rax,4), %xmm19
	vmovss	40(%rdx,%rax,4), %xmm20
	vmovss	44(%rdx,%rax,4), %xmm21
	vmovss	48(%rdx,%rax,4), %xmm22
	vmovss	52(%rdx,%rax,4), %xmm23
	vmovss	56(%rdx,%rax,4), %xmm24
	vmovss	60(%rdx,%rax,4), %xmm25
	vmovss	64(%rdx,%rax,4), %xmm26
	vmovss	68(%rdx,%rax,4), %xmm27
	vmovss	72(%rdx,%rax,4), %xmm28
	vmovss	76(%rdx,%rax,4), %xmm29
	vmovss	80(%rdx,%rax,4), %xmm30
	vmovss	84(%rdx,%rax,4), %xmm31
	movq	80(%rsp), %rax
	.p2align	4
.LBB44_3:
	vmovss	%xmm0, -124(%rsp)
	vmovss	(%rsi,%rbp,4), %xmm0
	incq	%rbp
	vmulss	-124(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm9, %xmm9
	vmovss	%xmm9, (%r15)
	vmulss	-120(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm11, %xmm11
	vmovss	%xmm11, 4(%r15)
	vmulss	-116(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm12, %xmm12
	vmovss	%xmm12, 8(%r15)
	vmulss	-112(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm13, %xmm13
	vmovss	%xmm13, 12(%r15)
	vmulss	-108(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm14, %xmm14
	vmovss	%xmm14, 16(%r15)
	vmulss	-104(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm15, %xmm15
	vmovss	%xmm15, 20(%r15)
	vmulss	-100(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm16, %xmm16
	vmovss	%xmm16, 24(%r15)
	vmulss	-96(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm17, %xmm17
	vmovss	%xmm17, 28(%r15)
	vmulss	-92(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm18, %xmm18
	vmovss	%xmm18, 32(%r15)
	vmulss	-88(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm19, %xmm19
	vmovss	%xmm19, 36(%r15)
	vmulss	-84(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm20, %xmm20
	vmovss	%xmm20, 40(%r15)
	vmulss	-80(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm21, %xmm21
	vmovss	%xmm21, 44(%r15)
	vmulss	-76(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm22, %xmm22
	vmovss	%xmm22, 48(%r15)
	vmulss	-72(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm23, %xmm23
	vmovss	%xmm23, 52(%r15)
	vmulss	-68(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vmovss	%xmm24, 56(%r15)
	vmulss	-64(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm25, %xmm25
	vmovss	%xmm25, 60(%r15)
	vmulss	-60(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm26, %xmm26
	vmovss	%xmm26, 64(%r15)
	vmulss	-56(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm27, %xmm27
	vmovss	%xmm27, 68(%r15)
	vmulss	-52(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm28, %xmm28
	vmovss	%xmm28, 72(%r15)
	vmulss	-48(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm29, %xmm29
	vmovss	%xmm29, 76(%r15)
	vmovss	%xmm29, -116(%rsp)
	vmovaps	%xmm28, %xmm29
	vmovaps	%xmm27, %xmm28
	vmovaps	%xmm26, %xmm27
	vmovaps	%xmm25, %xmm26
	vmovaps	%xmm24, %xmm25
	vmovaps	%xmm23, %xmm24
	vmovaps	%xmm22, %xmm23
	vmovaps	%xmm21, %xmm22
	vmovaps	%xmm20, %xmm21
	vmovaps	%xmm19, %xmm20
	vmovaps	%xmm18, %xmm19
	vmovaps	%xmm17, %xmm18
	vmovaps	%xmm16, %xmm17
	vmovaps	%xmm15, %xmm16
	vmovaps	%xmm14, %xmm15
	vmovaps	%xmm13, %xmm14
	vmovaps	%xmm12, %xmm13
	vmovaps	%xmm11, %xmm12
	vmovaps	%xmm9, %xmm11
	vmovaps	%xmm8, %xmm9
	vmovaps	%xmm7, %xmm8
	vmovaps	%xmm6, %xmm7
	vmovaps	%xmm5, %xmm6
	vmovaps	%xmm4, %xmm5
	vmovaps	%xmm3, %xmm4
	vmovaps	%xmm2, %xmm3
	vmovss	-120(%rsp), %xmm2
	vmulss	-44(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm30, %xmm30
	vmovss	%xmm30, 80(%r15)
	vmulss	-40(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm31, %xmm31
	vmovss	%xmm31, 84(%r15)
	vmulss	-36(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm2, %xmm2
	vmovss	%xmm2, 88(%r15)
	vmovss	%xmm2, -120(%rsp)
	vmovaps	%xmm3, %xmm2
	vmovaps	%xmm4, %xmm3
	vmovaps	%xmm5, %xmm4
	vmovaps	%xmm6, %xmm5
	vmovaps	%xmm7, %xmm6
	vmulss	-32(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm2, %xmm2
	vmovss	%xmm2, 92(%r15)
	vmulss	-28(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm3, %xmm3
	vmovss	%xmm3, 96(%r15)
	vmulss	-24(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm4, %xmm4
	vmovss	%xmm4, 100(%r15)
	vmulss	-20(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm5, %xmm5
	vmovss	%xmm5, 104(%r15)
	vmulss	-16(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm6, %xmm6
	vmovss	%xmm6, 108(%r15)
	vmulss	-12(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm8, %xmm7
	vmovss	%xmm7, 112(%r15)
	vmulss	-8(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm9, %xmm8
	vmovss	-124(%rsp), %xmm9
	vmovss	%xmm8, 116(%r15)
	vmulss	-4(%rax), %xmm0, %xmm1
	vaddss	%xmm1, %xmm10, %xmm10
	vmovss	%xmm10, 120(%r15)
	vmulss	(%rax), %xmm0, %xmm0
	addq	%r8, %rax
	vaddss	%xmm0, %xmm9, %xmm9
	vmovss	%xmm9, -124(%rsp)
	vmovaps	%xmm11, %xmm9
	vmovaps	%xmm12, %xmm11
	vmovaps	%xmm13, %xmm12
	vmovaps	%xmm14, %xmm13
	vmovaps	%xmm15, %xmm14
	vmovaps	%xmm16, %xmm15
	vmovaps	%xmm17, %xmm16
	vmovaps	%xmm18, %xmm17
	vmovaps	%xmm19, %xmm18
	vmovaps	%xmm20, %xmm19
	vmovaps	%xmm21, %xmm20
	vmovaps	%xmm22, %xmm21
	vmovaps	%xmm23, %xmm22
	vmovaps	%xmm24, %xmm23
	vmovaps	%xmm25, %xmm24
	vmovaps	%xmm26, %xmm25
	vmovaps	%xmm27, %xmm26
	vmovaps	%xmm28, %xmm27
	vmovaps	%xmm29, %xmm28
	vmovss	-116(%rsp), %xmm29
	vmovss	-124(%rsp), %xmm0
	vmovss	%xmm0, 124(%r15)
	cmpq	$32, %rbp
	jne	.LBB44_3
	addq	-112(%rsp), %rsi
	incq	%r12
	cmpq	288(%rsp), %r12
	jne	.LBB44_2
.LBB44_5:
	addq	$88, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
.Lfunc_end44:
	.size	k57, .Lfunc_end44-k57

	.globl	_mlir_ciface_k57
	.p2align	4
	.type	_mlir_ciface_k57,@function
_mlir_ciface_k57:
	subq	$184, %rsp
	movq	8(%rdx), %r8
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	8(%rcx), %r10
	movq	24(%rcx), %r11
	movq	40(%rcx), %rcx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rcx, 160(%rsp)
	movq	%r11, 144(%rsp)
	movq	%r10, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k57@PLT
	addq	$184, %rsp
	retq
.Lfunc_end45:
	.size	_mlir_ciface_k57, .Lfunc_end45-_mlir_ciface_k57

	.globl	k58
	.p2align	4
	.type	k58,@function
k58:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB46_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$124, %r8
	shlq	$2, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB46_2:
	vmovss	-124(%rsi), %xmm0
	vaddss	-124(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -124(%rdx)
	vmovss	-120(%rsi), %xmm0
	vaddss	-120(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -120(%rdx)
	vmovss	-116(%rsi), %xmm0
	vaddss	-116(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -116(%rdx)
	vmovss	-112(%rsi), %xmm0
	vaddss	-112(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -112(%rdx)
	vmovss	-108(%rsi), %xmm0
	vaddss	-108(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -108(%rdx)
	vmovss	-104(%rsi), %xmm0
	vaddss	-104(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -104(%rdx)
	vmovss	-100(%rsi), %xmm0
	vaddss	-100(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -100(%rdx)
	vmovss	-96(%rsi), %xmm0
	vaddss	-96(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -96(%rdx)
	vmovss	-92(%rsi), %xmm0
	vaddss	-92(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -92(%rdx)
	vmovss	-88(%rsi), %xmm0
	vaddss	-88(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -88(%rdx)
	vmovss	-84(%rsi), %xmm0
	vaddss	-84(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -84(%rdx)
	vmovss	-80(%rsi), %xmm0
	vaddss	-80(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -80(%rdx)
	vmovss	-76(%rsi), %xmm0
	vaddss	-76(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -76(%rdx)
	vmovss	-72(%rsi), %xmm0
	vaddss	-72(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -72(%rdx)
	vmovss	-68(%rsi), %xmm0
	vaddss	-68(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -68(%rdx)
	vmovss	-64(%rsi), %xmm0
	vaddss	-64(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -64(%rdx)
	vmovss	-60(%rsi), %xmm0
	vaddss	-60(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -60(%rdx)
	vmovss	-56(%rsi), %xmm0
	vaddss	-56(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -56(%rdx)
	vmovss	-52(%rsi), %xmm0
	vaddss	-52(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -52(%rdx)
	vmovss	-48(%rsi), %xmm0
	vaddss	-48(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -48(%rdx)
	vmovss	-44(%rsi), %xmm0
	vaddss	-44(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -44(%rdx)
	vmovss	-40(%rsi), %xmm0
	vaddss	-40(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -40(%rdx)
	vmovss	-36(%rsi), %xmm0
	vaddss	-36(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -36(%rdx)
	vmovss	-32(%rsi), %xmm0
	vaddss	-32(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%rsi), %xmm0
	vaddss	-28(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -28(%rdx)
	vmovss	-24(%rsi), %xmm0
	vaddss	-24(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -24(%rdx)
	vmovss	-20(%rsi), %xmm0
	vaddss	-20(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -20(%rdx)
	vmovss	-16(%rsi), %xmm0
	vaddss	-16(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -16(%rdx)
	vmovss	-12(%rsi), %xmm0
	vaddss	-12(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -12(%rdx)
	vmovss	-8(%rsi), %xmm0
	vaddss	-8(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -8(%rdx)
	vmovss	-4(%rsi), %xmm0
	vaddss	-4(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -4(%rdx)
	vmovss	(%rsi), %xmm0
	addq	%r9, %rsi
	vaddss	(%r8), %xmm0, %xmm0
	addq	%rdi, %r8
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB46_2
.LBB46_3:
	retq
.Lfunc_end46:
	.size	k58, .Lfunc_end46-k58

	.globl	_mlir_ciface_k58
	.p2align	4
	.type	_mlir_ciface_k58,@function
_mlir_ciface_k58:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k58@PLT
	addq	$120, %rsp
	retq
.Lfunc_end47:
	.size	_mlir_ciface_k58, .Lfunc_end47-_mlir_ciface_k58

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI48_0:
	.quad	16
	.quad	20
	.quad	24
	.quad	28
.LCPI48_10:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI48_1:
	.quad	32
	.quad	36
	.quad	40
	.quad	44
	.quad	48
	.quad	52
	.quad	56
	.quad	60
.LCPI48_2:
	.quad	64
	.quad	68
	.quad	72
	.quad	76
	.quad	80
	.quad	84
	.quad	88
	.quad	92
.LCPI48_3:
	.quad	96
	.quad	100
	.quad	104
	.quad	108
	.quad	112
	.quad	116
	.quad	120
	.quad	124
.LCPI48_4:
	.quad	8
	.quad	9
	.quad	10
	.quad	11
	.quad	12
	.quad	13
	.quad	14
	.quad	15
.LCPI48_5:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI48_6:
	.long	0x3d000000
.LCPI48_7:
	.long	0x3727c5ac
.LCPI48_8:
	.long	0x3f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI48_9:
	.quad	16
.LCPI48_11:
	.quad	4
	.text
	.globl	k62
	.p2align	4
	.type	k62,@function
k62:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$792, %rsp
	movq	%r9, 144(%rsp)
	movq	%rsi, 8(%rsp)
	movq	1064(%rsp), %rax
	movq	%rax, 304(%rsp)
	movq	920(%rsp), %rax
	movq	1048(%rsp), %r14
	movq	1032(%rsp), %r13
	movq	1008(%rsp), %r12
	movq	976(%rsp), %rbp
	movq	952(%rsp), %rbx
	movq	%rax, 152(%rsp)
	movq	%r14, %rdi
	shlq	$7, %rdi
	movq	896(%rsp), %rax
	movq	%rax, 80(%rsp)
	movq	864(%rsp), %r15
	callq	malloc@PLT
	movq	%r14, %r8
	movq	%rax, %r14
	testq	%r8, %r8
	jle	.LBB48_30
	movq	80(%rsp), %rcx
	kxnorw	%k0, %k0, %k1
	kxnorb	%k0, %k0, %k2
	vmovss	(%r15), %xmm4
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm11, %xmm11, %xmm11
	movq	144(%rsp), %rdi
	vxorps	%xmm3, %xmm3, %xmm3
	cmpq	$4, %r8
	vpbroadcastq	%rcx, %zmm0
	vpmullq	.LCPI48_0(%rip), %ymm0, %ymm1
	vpmullq	.LCPI48_1(%rip), %zmm0, %zmm2
	vpmullq	.LCPI48_2(%rip), %zmm0, %zmm9
	vpmullq	.LCPI48_3(%rip), %zmm0, %zmm0
	leaq	(%rcx,%rcx,2), %rax
	vmovss	(%r15,%rcx,4), %xmm5
	vmovss	(%r15,%rcx,8), %xmm6
	vmovss	(%r15,%rax,4), %xmm7
	setae	%al
	cmpq	$1, %rdi
	sete	%cl
	andb	%al, %cl
	vgatherqps	(%r15,%ymm1), %xmm8 {%k1}
	vgatherqps	(%r15,%zmm2), %ymm11 {%k2}
	kxnorb	%k0, %k0, %k2
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm1, %xmm1, %xmm1
	vgatherqps	(%r15,%zmm0), %ymm3 {%k2}
	vgatherqps	(%r15,%zmm9), %ymm1 {%k1}
	vinsertf64x4	$1, %ymm3, %zmm1, %zmm16
	cmpb	$1, %cl
	jne	.LBB48_2
	movq	8(%rsp), %r9
	vextractf128	$1, %ymm11, %xmm2
	vextractf32x4	$2, %zmm16, %xmm9
	vextractf32x4	$3, %zmm16, %xmm12
	movabsq	$9223372036854775792, %rcx
	vshufps	$255, %xmm8, %xmm8, %xmm1
	vmovups	%zmm16, 656(%rsp)
	vmovaps	%xmm4, 288(%rsp)
	vmovaps	%xmm5, 272(%rsp)
	vmovaps	%xmm6, 256(%rsp)
	vmovaps	%xmm7, 240(%rsp)
	vmovaps	%xmm8, 224(%rsp)
	vmovups	%ymm11, 432(%rsp)
	vmovaps	%xmm1, 416(%rsp)
	vmovaps	%xmm12, 400(%rsp)
	vmovaps	%xmm9, 384(%rsp)
	cmpq	$16, %r8
	jae	.LBB48_5
	xorl	%eax, %eax
	jmp	.LBB48_9
.LBB48_30:
	shlq	$9, %r8
	movq	%r8, %rdi
	callq	malloc@PLT
	movq	%rax, %r15
	jmp	.LBB48_29
.LBB48_2:
	movq	8(%rsp), %r9
	xorl	%eax, %eax
	jmp	.LBB48_12
.LBB48_5:
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm5, %zmm10
	vbroadcastss	%xmm6, %zmm5
	vmovshdup	%xmm8, %xmm4
	vbroadcastss	%xmm7, %zmm6
	vshufpd	$1, %xmm8, %xmm8, %xmm3
	vbroadcastss	%xmm1, %zmm18
	vmovshdup	%xmm11, %xmm1
	vmovdqa64	.LCPI48_5(%rip), %zmm13
	vpbroadcastq	.LCPI48_9(%rip), %zmm14
	vbroadcastss	%xmm2, %zmm23
	vbroadcastss	%xmm11, %zmm19
	vshufps	$170, %zmm16, %zmm16, %zmm7
	vbroadcastss	%xmm16, %zmm27
	movq	%r8, %rax
	andq	%rcx, %rax
	leaq	124(%r9), %rdx
	xorl	%esi, %esi
	vbroadcastss	%xmm1, %zmm20
	vshufps	$255, %xmm11, %xmm11, %xmm1
	vmovups	%zmm0, 80(%rsp)
	vmovups	%zmm10, 528(%rsp)
	vmovups	%zmm5, 160(%rsp)
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm8, %zmm5
	vmovups	%zmm6, 16(%rsp)
	vbroadcastss	%xmm1, %zmm22
	vshufpd	$1, %xmm16, %xmm16, %xmm1
	vshufps	$85, %zmm16, %zmm16, %zmm6
	vbroadcastss	%xmm9, %zmm4
	vshuff64x2	$170, %zmm7, %zmm7, %zmm9
	vshuff64x2	$255, %zmm7, %zmm7, %zmm7
	vbroadcastss	%xmm1, %zmm29
	vextractf32x4	$1, %ymm16, %xmm1
	vshuff64x2	$170, %zmm6, %zmm6, %zmm8
	vshuff64x2	$255, %zmm6, %zmm6, %zmm6
	vmovups	%zmm5, 464(%rsp)
	vmovups	%zmm0, 592(%rsp)
	vbroadcastss	%xmm3, %zmm0
	vbroadcastss	%xmm12, %zmm5
	vmovdqa64	.LCPI48_4(%rip), %zmm12
	vshufpd	$1, %xmm11, %xmm11, %xmm3
	vbroadcastss	%xmm1, %zmm31
	vbroadcastss	%xmm3, %zmm21
	vmovupd	%zmm0, 720(%rsp)
	vshufps	$85, %ymm11, %ymm11, %ymm0
	vmovaps	%xmm2, 368(%rsp)
	vmovshdup	%xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm24
	vshufps	$170, %ymm11, %ymm11, %ymm0
	vbroadcastss	%xmm2, %zmm28
	vshufps	$255, %xmm16, %xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm25
	vshufps	$255, %ymm11, %ymm11, %ymm0
	vshufps	$255, %zmm16, %zmm16, %zmm11
	vbroadcastss	%xmm2, %zmm30
	vshuff64x2	$85, %zmm0, %zmm0, %zmm26
	vshufps	$85, %ymm16, %ymm16, %ymm0
	vshuff64x2	$170, %zmm11, %zmm11, %zmm10
	vshuff64x2	$255, %zmm11, %zmm11, %zmm11
	vshuff64x2	$85, %zmm0, %zmm0, %zmm1
	vshufps	$170, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm2
	vshufps	$255, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm3
	.p2align	4
.LBB48_6:
	vmovups	-120(%rdx,%rsi,4), %zmm15
	vmovups	-124(%rdx,%rsi,4), %zmm0
	vmovups	-116(%rdx,%rsi,4), %zmm16
	kxnorb	%k0, %k0, %k1
	vmulps	%zmm0, %zmm0, %zmm17
	vmulps	%zmm15, %zmm15, %zmm15
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm15, %zmm17, %zmm15
	vmovups	-112(%rdx,%rsi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vmovups	(%rdx,%rsi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-108(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-104(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-100(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-96(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-92(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-88(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-84(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-80(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-76(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-72(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-68(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-64(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-60(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-56(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-52(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-48(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-44(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-40(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-36(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-32(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-28(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-24(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-20(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-16(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-12(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-8(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-4(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	.LCPI48_6(%rip){1to16}, %zmm15, %zmm15
	vbroadcastss	.LCPI48_8(%rip), %zmm16
	vaddps	.LCPI48_7(%rip){1to16}, %zmm15, %zmm15
	vsqrtps	%zmm15, %zmm15
	vdivps	%zmm15, %zmm16, %zmm17
	vpsllq	$7, %zmm13, %zmm16
	vpsllq	$7, %zmm12, %zmm15
	vpaddq	%zmm14, %zmm13, %zmm13
	vpaddq	%zmm14, %zmm12, %zmm12
	vmulps	%zmm0, %zmm17, %zmm0
	vmulps	80(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, (%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, (%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-120(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	528(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 4(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 4(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-116(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	160(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 8(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 8(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-112(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	16(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 12(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 12(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-108(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	464(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 16(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 16(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-104(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	592(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 20(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 20(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-100(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	720(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 24(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 24(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-96(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm18, %zmm0, %zmm0
	vscatterqps	%ymm0, 28(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 28(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-92(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm19, %zmm0, %zmm0
	vscatterqps	%ymm0, 32(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 32(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-88(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm20, %zmm0, %zmm0
	vscatterqps	%ymm0, 36(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 36(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-84(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm21, %zmm0, %zmm0
	vscatterqps	%ymm0, 40(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 40(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-80(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm22, %zmm0, %zmm0
	vscatterqps	%ymm0, 44(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 44(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-76(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm23, %zmm0, %zmm0
	vscatterqps	%ymm0, 48(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 48(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-72(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm24, %zmm0, %zmm0
	vscatterqps	%ymm0, 52(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 52(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-68(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm25, %zmm0, %zmm0
	vscatterqps	%ymm0, 56(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 56(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-64(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm26, %zmm0, %zmm0
	vscatterqps	%ymm0, 60(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 60(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-60(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm27, %zmm0, %zmm0
	vscatterqps	%ymm0, 64(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 64(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-56(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm28, %zmm0, %zmm0
	vscatterqps	%ymm0, 68(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 68(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-52(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm29, %zmm0, %zmm0
	vscatterqps	%ymm0, 72(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 72(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-48(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm30, %zmm0, %zmm0
	vscatterqps	%ymm0, 76(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 76(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-44(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm31, %zmm0, %zmm0
	vscatterqps	%ymm0, 80(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 80(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-40(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm1, %zmm0, %zmm0
	vscatterqps	%ymm0, 84(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 84(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-36(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm2, %zmm0, %zmm0
	vscatterqps	%ymm0, 88(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 88(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-32(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm3, %zmm0, %zmm0
	vscatterqps	%ymm0, 92(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 92(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-28(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm4, %zmm0, %zmm0
	vscatterqps	%ymm0, 96(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 96(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-24(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm8, %zmm0, %zmm0
	vscatterqps	%ymm0, 100(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 100(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-20(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm9, %zmm0, %zmm0
	vscatterqps	%ymm0, 104(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 104(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-16(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm10, %zmm0, %zmm0
	vscatterqps	%ymm0, 108(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 108(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-12(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm5, %zmm0, %zmm0
	vscatterqps	%ymm0, 112(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 112(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-8(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm6, %zmm0, %zmm0
	vscatterqps	%ymm0, 116(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 116(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-4(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm7, %zmm0, %zmm0
	vscatterqps	%ymm0, 120(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 120(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	(%rdx,%rsi,4), %zmm17, %zmm0
	addq	$16, %rsi
	vmulps	%zmm11, %zmm0, %zmm0
	vscatterqps	%ymm0, 124(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 124(%r14,%zmm15) {%k1}
	cmpq	%rsi, %rax
	jne	.LBB48_6
	vmovups	656(%rsp), %zmm16
	vmovaps	288(%rsp), %xmm4
	vmovaps	272(%rsp), %xmm5
	vmovaps	256(%rsp), %xmm6
	vmovaps	240(%rsp), %xmm7
	vmovaps	224(%rsp), %xmm8
	vmovups	432(%rsp), %ymm11
	vmovaps	368(%rsp), %xmm2
	cmpq	%rax, %r8
	je	.LBB48_14
	testb	$12, %r8b
	je	.LBB48_12
.LBB48_9:
	vbroadcastss	%xmm4, %xmm0
	vmovaps	%zmm16, %zmm1
	movq	%rax, %rdx
	addq	$12, %rcx
	vbroadcastss	%xmm2, %xmm12
	vbroadcastss	%xmm1, %xmm16
	vshufps	$85, %xmm11, %xmm11, %xmm9
	vshufps	$170, %xmm11, %xmm11, %xmm10
	vshufps	$85, %xmm2, %xmm2, %xmm13
	vshufps	$170, %xmm2, %xmm2, %xmm14
	vshufps	$255, %xmm2, %xmm2, %xmm15
	vshufps	$85, %xmm1, %xmm1, %xmm17
	vshufps	$170, %xmm1, %xmm1, %xmm31
	movq	%rcx, %rax
	andq	%r8, %rax
	leaq	124(%r9), %rcx
	vmovaps	%xmm0, 80(%rsp)
	vbroadcastss	%xmm5, %xmm0
	vbroadcastss	%xmm8, %xmm5
	vmovaps	%xmm0, 528(%rsp)
	vbroadcastss	%xmm6, %xmm0
	vshufps	$85, %xmm8, %xmm8, %xmm6
	vmovaps	%xmm0, 160(%rsp)
	vbroadcastss	%xmm7, %xmm0
	vshufps	$170, %xmm8, %xmm8, %xmm7
	vbroadcastss	%xmm11, %xmm8
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vmovaps	%xmm0, 16(%rsp)
	vextractf128	$1, %ymm1, %xmm0
	vmovaps	416(%rsp), %xmm4
	vbroadcastss	%xmm0, %xmm18
	vshufps	$85, %xmm0, %xmm0, %xmm19
	vshufps	$170, %xmm0, %xmm0, %xmm20
	vshufps	$255, %xmm0, %xmm0, %xmm21
	vmovaps	384(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm22
	vshufps	$85, %xmm0, %xmm0, %xmm23
	vshufps	$170, %xmm0, %xmm0, %xmm24
	vshufps	$255, %xmm0, %xmm0, %xmm25
	vmovaps	400(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm26
	vshufps	$85, %xmm0, %xmm0, %xmm27
	vshufps	$170, %xmm0, %xmm0, %xmm28
	vshufps	$255, %xmm0, %xmm0, %xmm29
	vpbroadcastq	%rdx, %ymm0
	vporq	.LCPI48_10(%rip), %ymm0, %ymm30
	vshufps	$255, %xmm1, %xmm1, %xmm0
	.p2align	4
.LBB48_10:
	vmovups	-120(%rcx,%rdx,4), %xmm1
	vmovups	-124(%rcx,%rdx,4), %xmm3
	kxnorw	%k0, %k0, %k1
	vmulps	%xmm3, %xmm3, %xmm2
	vmulps	%xmm1, %xmm1, %xmm1
	vaddps	%xmm1, %xmm2, %xmm1
	vmovups	-116(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-112(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-108(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-104(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-100(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-96(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-92(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-88(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-84(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-80(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-76(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-72(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-68(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-64(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-60(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-56(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-52(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-48(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-44(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-40(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-36(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-32(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-28(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-24(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-20(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-16(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-12(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-8(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-4(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmulps	.LCPI48_6(%rip){1to4}, %xmm1, %xmm1
	vbroadcastss	.LCPI48_8(%rip), %xmm2
	vaddps	.LCPI48_7(%rip){1to4}, %xmm1, %xmm1
	vsqrtps	%xmm1, %xmm1
	vdivps	%xmm1, %xmm2, %xmm2
	vpsllq	$7, %ymm30, %ymm1
	vpaddq	.LCPI48_11(%rip){1to4}, %ymm30, %ymm30
	vmulps	%xmm3, %xmm2, %xmm3
	vmulps	80(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, (%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-120(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	528(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 4(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-116(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	160(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 8(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-112(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	16(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 12(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-108(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm5, %xmm3, %xmm3
	vscatterqps	%xmm3, 16(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-104(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm6, %xmm3, %xmm3
	vscatterqps	%xmm3, 20(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-100(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm7, %xmm3, %xmm3
	vscatterqps	%xmm3, 24(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-96(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm4, %xmm3, %xmm3
	vscatterqps	%xmm3, 28(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-92(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm8, %xmm3
	vscatterqps	%xmm3, 32(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-88(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm9, %xmm3
	vscatterqps	%xmm3, 36(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-84(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm10, %xmm3
	vscatterqps	%xmm3, 40(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-80(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm11, %xmm3
	vscatterqps	%xmm3, 44(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-76(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm12, %xmm3
	vscatterqps	%xmm3, 48(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-72(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm13, %xmm3
	vscatterqps	%xmm3, 52(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-68(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm14, %xmm3
	vscatterqps	%xmm3, 56(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-64(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm15, %xmm3
	vscatterqps	%xmm3, 60(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-60(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm16, %xmm3, %xmm3
	vscatterqps	%xmm3, 64(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-56(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm17, %xmm3, %xmm3
	vscatterqps	%xmm3, 68(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-52(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm31, %xmm3, %xmm3
	vscatterqps	%xmm3, 72(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-48(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm0, %xmm3, %xmm3
	vscatterqps	%xmm3, 76(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-44(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm18, %xmm3, %xmm3
	vscatterqps	%xmm3, 80(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-40(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm19, %xmm3, %xmm3
	vscatterqps	%xmm3, 84(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-36(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm20, %xmm3, %xmm3
	vscatterqps	%xmm3, 88(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-32(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm21, %xmm3, %xmm3
	vscatterqps	%xmm3, 92(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-28(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm22, %xmm3, %xmm3
	vscatterqps	%xmm3, 96(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-24(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm23, %xmm3, %xmm3
	vscatterqps	%xmm3, 100(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-20(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm24, %xmm3, %xmm3
	vscatterqps	%xmm3, 104(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-16(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm25, %xmm3, %xmm3
	vscatterqps	%xmm3, 108(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-12(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm26, %xmm3, %xmm3
	vscatterqps	%xmm3, 112(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-8(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm27, %xmm3, %xmm3
	vscatterqps	%xmm3, 116(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-4(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm28, %xmm3, %xmm3
	vscatterqps	%xmm3, 120(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	(%rcx,%rdx,4), %xmm2, %xmm2
	addq	$4, %rdx
	vmulps	%xmm29, %xmm2, %xmm2
	vscatterqps	%xmm2, 124(%r14,%ymm1) {%k1}
	cmpq	%rdx, %rax
	jne	.LBB48_10
	vmovups	656(%rsp), %zmm16
	vmovaps	288(%rsp), %xmm4
	vmovaps	272(%rsp), %xmm5
	vmovaps	256(%rsp), %xmm6
	vmovaps	240(%rsp), %xmm7
	vmovaps	224(%rsp), %xmm8
	vmovups	432(%rsp), %ymm11
	cmpq	%rax, %r8
	je	.LBB48_14
.LBB48_12:
	vmovss	.LCPI48_6(%rip), %xmm1
	vmovss	.LCPI48_7(%rip), %xmm2
	vmovss	.LCPI48_8(%rip), %xmm3
	vinsertps	$16, %xmm5, %xmm4, %xmm0
	movq	%rax, %rdx
	imulq	%rdi, %rdx
	movq	%r8, %rcx
	subq	%rax, %rcx
	shlq	$7, %rax
	shlq	$2, %rdi
	vinsertps	$32, %xmm6, %xmm0, %xmm0
	leaq	64(%rax,%r14), %rax
	vinsertps	$48, %xmm7, %xmm0, %xmm0
	vinsertf64x4	$1, %ymm11, %zmm0, %zmm0
	leaq	(%r9,%rdx,4), %rdx
	vinsertf32x4	$1, %xmm8, %zmm0, %zmm0
	.p2align	4
.LBB48_13:
	vmovss	(%rdx), %xmm4
	vmovss	4(%rdx), %xmm5
	vmulss	%xmm4, %xmm4, %xmm4
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	8(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	12(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	16(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	20(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	24(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	28(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	32(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	36(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	40(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	44(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	48(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	52(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	56(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	60(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	64(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	68(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	72(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	76(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	80(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	84(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	88(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	92(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	96(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	104(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	112(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	120(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmulss	%xmm1, %xmm4, %xmm4
	vaddss	%xmm2, %xmm4, %xmm4
	vsqrtss	%xmm4, %xmm4, %xmm4
	vdivss	%xmm4, %xmm3, %xmm4
	vbroadcastss	%xmm4, %zmm4
	vmulps	(%rdx), %zmm4, %zmm5
	vmulps	%zmm0, %zmm5, %zmm5
	vmovups	%zmm5, -64(%rax)
	vmulps	64(%rdx), %zmm4, %zmm4
	addq	%rdi, %rdx
	vmulps	%zmm16, %zmm4, %zmm4
	vmovups	%zmm4, (%rax)
	subq	$-128, %rax
	decq	%rcx
	jne	.LBB48_13
.LBB48_14:
	movq	%r8, %rdi
	shlq	$9, %rdi
	movq	%r8, 464(%rsp)
	vzeroupper
	callq	malloc@PLT
	movq	152(%rsp), %r10
	movq	464(%rsp), %r9
	movq	%rax, %r15
	leaq	(,%rbx,8), %rax
	leaq	4(%r14), %rcx
	xorl	%edx, %edx
	vxorpd	%xmm0, %xmm0, %xmm0
	addq	$448, %r10
	.p2align	4
.LBB48_15:
	movq	%rdx, %rdi
	shlq	$9, %rdi
	xorl	%r8d, %r8d
	vmovupd	%zmm0, (%r15,%rdi)
	vmovupd	%zmm0, 64(%r15,%rdi)
	vmovupd	%zmm0, 128(%r15,%rdi)
	vmovupd	%zmm0, 192(%r15,%rdi)
	vmovupd	%zmm0, 256(%r15,%rdi)
	vmovupd	%zmm0, 320(%r15,%rdi)
	vmovupd	%zmm0, 384(%r15,%rdi)
	vmovupd	%zmm0, 448(%r15,%rdi)
	leaq	(%r15,%rdi), %rsi
	vmovups	(%r15,%rdi), %zmm8
	vmovups	64(%r15,%rdi), %zmm7
	vmovups	128(%r15,%rdi), %zmm6
	vmovups	192(%r15,%rdi), %zmm5
	vmovups	256(%r15,%rdi), %zmm4
	vmovups	320(%r15,%rdi), %zmm3
	vmovups	384(%r15,%rdi), %zmm2
	vmovups	448(%r15,%rdi), %zmm1
	movq	%r10, %rdi
	.p2align	4
.LBB48_16:
	vbroadcastss	-4(%rcx,%r8,4), %zmm9
	vbroadcastss	(%rcx,%r8,4), %zmm13
	addq	$2, %r8
	vmulps	-384(%rdi), %zmm9, %zmm12
	vmulps	-320(%rdi), %zmm9, %zmm11
	vmulps	-448(%rdi), %zmm9, %zmm10
	vaddps	%zmm12, %zmm7, %zmm7
	vaddps	%zmm11, %zmm6, %zmm6
	vmulps	-256(%rdi), %zmm9, %zmm12
	vmulps	-192(%rdi), %zmm9, %zmm11
	vaddps	%zmm10, %zmm8, %zmm8
	vmulps	-448(%rdi,%rbx,4), %zmm13, %zmm10
	vaddps	%zmm12, %zmm5, %zmm5
	vaddps	%zmm11, %zmm4, %zmm4
	vmulps	-128(%rdi), %zmm9, %zmm12
	vmulps	-64(%rdi), %zmm9, %zmm11
	vmulps	(%rdi), %zmm9, %zmm9
	vaddps	%zmm10, %zmm8, %zmm8
	vaddps	%zmm12, %zmm3, %zmm3
	vaddps	%zmm11, %zmm2, %zmm2
	vmulps	-384(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-320(%rdi,%rbx,4), %zmm13, %zmm11
	vaddps	%zmm9, %zmm1, %zmm1
	vmulps	(%rdi,%rbx,4), %zmm13, %zmm9
	vaddps	%zmm12, %zmm7, %zmm7
	vaddps	%zmm11, %zmm6, %zmm6
	vmulps	-256(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-192(%rdi,%rbx,4), %zmm13, %zmm11
	vaddps	%zmm9, %zmm1, %zmm1
	vaddps	%zmm12, %zmm5, %zmm5
	vaddps	%zmm11, %zmm4, %zmm4
	vmulps	-128(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-64(%rdi,%rbx,4), %zmm13, %zmm11
	addq	%rax, %rdi
	vaddps	%zmm12, %zmm3, %zmm3
	vaddps	%zmm11, %zmm2, %zmm2
	cmpq	$32, %r8
	jne	.LBB48_16
	incq	%rdx
	subq	$-128, %rcx
	vmovups	%zmm8, (%rsi)
	vmovups	%zmm7, 64(%rsi)
	vmovups	%zmm6, 128(%rsi)
	vmovups	%zmm5, 192(%rsi)
	vmovups	%zmm4, 256(%rsi)
	vmovups	%zmm3, 320(%rsi)
	vmovups	%zmm2, 384(%rsi)
	vmovups	%zmm1, 448(%rsi)
	cmpq	%r9, %rdx
	jne	.LBB48_15
	movq	304(%rsp), %rax
	movq	%r12, %r8
	shrq	$61, %r8
	leaq	(,%r12,4), %rdx
	leaq	28(%r13), %rsi
	xorl	%edi, %edi
	vxorpd	%xmm0, %xmm0, %xmm0
	andl	$1, %r8d
	leaq	(,%rax,4), %rcx
	imulq	$124, %r12, %rax
	leaq	512(%rbp,%rax), %rax
	movq	%rax, 80(%rsp)
	movq	%rcx, 592(%rsp)
	jmp	.LBB48_19
	.p2align	4
.LBB48_24:
	movq	592(%rsp), %rcx
	incq	%rdi
	addq	%rcx, %rsi
	cmpq	464(%rsp), %rdi
	je	.LBB48_25
.LBB48_19:
	movq	%rcx, %rax
	imulq	%rdi, %rax
	movq	%rdi, %r9
	shlq	$7, %r9
	movq	%rdi, %r10
	imulq	304(%rsp), %r10
	leaq	28(%rbp), %rbx
	addq	%r14, %r9
	leaq	(%r13,%rax), %rcx
	cmpq	80(%rsp), %rcx
	leaq	512(%r13,%rax), %r11
	vmovupd	%zmm0, 448(%r13,%rax)
	vmovupd	%zmm0, 384(%r13,%rax)
	vmovupd	%zmm0, 320(%r13,%rax)
	vmovupd	%zmm0, 256(%r13,%rax)
	vmovupd	%zmm0, 192(%r13,%rax)
	vmovupd	%zmm0, 128(%r13,%rax)
	vmovupd	%zmm0, 64(%r13,%rax)
	vmovupd	%zmm0, (%r13,%rax)
	setb	%al
	cmpq	%r11, %rbp
	setb	%r11b
	xorl	%ecx, %ecx
	andb	%al, %r11b
	orb	%r8b, %r11b
	jmp	.LBB48_20
	.p2align	4
.LBB48_31:
	movq	%rcx, %rax
	imulq	%r12, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbp,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbp,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbp,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbp,%rax,4), %zmm1, %zmm5
	vaddps	(%r13,%r10,4), %zmm2, %zmm2
	vaddps	64(%r13,%r10,4), %zmm3, %zmm3
	vaddps	128(%r13,%r10,4), %zmm4, %zmm4
	vaddps	192(%r13,%r10,4), %zmm5, %zmm5
	vmovups	%zmm2, (%r13,%r10,4)
	vmovups	%zmm3, 64(%r13,%r10,4)
	vmovups	%zmm4, 128(%r13,%r10,4)
	vmovups	%zmm5, 192(%r13,%r10,4)
	vmulps	256(%rbp,%rax,4), %zmm1, %zmm2
	vmulps	320(%rbp,%rax,4), %zmm1, %zmm3
	vmulps	384(%rbp,%rax,4), %zmm1, %zmm4
	vmulps	448(%rbp,%rax,4), %zmm1, %zmm1
	vaddps	256(%r13,%r10,4), %zmm2, %zmm2
	vaddps	320(%r13,%r10,4), %zmm3, %zmm3
	vaddps	384(%r13,%r10,4), %zmm4, %zmm4
	vaddps	448(%r13,%r10,4), %zmm1, %zmm1
	vmovups	%zmm2, 256(%r13,%r10,4)
	vmovups	%zmm3, 320(%r13,%r10,4)
	vmovups	%zmm4, 384(%r13,%r10,4)
	vmovups	%zmm1, 448(%r13,%r10,4)
.LBB48_23:
	incq	%rcx
	addq	%rdx, %rbx
	cmpq	$32, %rcx
	je	.LBB48_24
.LBB48_20:
	vmovss	(%r9,%rcx,4), %xmm1
	testb	%r11b, %r11b
	je	.LBB48_31
	xorl	%eax, %eax
	.p2align	4
.LBB48_22:
	vmulss	-28(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rsi,%rax,4)
	vmulss	-24(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rsi,%rax,4)
	vmulss	-20(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rsi,%rax,4)
	vmulss	-16(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rsi,%rax,4)
	vmulss	-12(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rsi,%rax,4)
	vmulss	-8(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rsi,%rax,4)
	vmulss	-4(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rsi,%rax,4)
	vmulss	(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rsi,%rax,4)
	addq	$8, %rax
	cmpq	$128, %rax
	jne	.LBB48_22
	jmp	.LBB48_23
.LBB48_25:
	xorl	%r12d, %r12d
	vxorpd	%xmm0, %xmm0, %xmm0
	movq	%r15, %rbp
	.p2align	4
.LBB48_26:
	xorl	%ebx, %ebx
	.p2align	4
.LBB48_27:
	vmovups	(%rbp,%rbx,4), %zmm1
	vsubps	%zmm1, %zmm0, %zmm0
	vmovups	%zmm1, 528(%rsp)
	vmovups	%zmm0, 304(%rsp)
	vextractf32x4	$3, %zmm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 160(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vmovups	304(%rsp), %zmm0
	vextractf32x4	$2, %zmm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vinsertf128	$1, 160(%rsp), %ymm0, %ymm0
	vmovups	%ymm0, 160(%rsp)
	vmovups	304(%rsp), %zmm0
	vextractf128	$1, %ymm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vmovups	304(%rsp), %zmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm2
	vbroadcastss	.LCPI48_8(%rip), %zmm1
	vinsertps	$48, %xmm0, %xmm2, %xmm0
	vinsertf128	$1, 80(%rsp), %ymm0, %ymm0
	vmovups	528(%rsp), %zmm2
	vinsertf64x4	$1, 160(%rsp), %zmm0, %zmm0
	vaddps	%zmm1, %zmm0, %zmm0
	vdivps	%zmm0, %zmm2, %zmm0
	vmulps	(%r13,%rbx,4), %zmm0, %zmm0
	vmovups	%zmm0, (%r13,%rbx,4)
	addq	$16, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$128, %rbx
	jne	.LBB48_27
	addq	592(%rsp), %r13
	incq	%r12
	addq	$512, %rbp
	cmpq	464(%rsp), %r12
	jne	.LBB48_26
.LBB48_29:
	movq	%r14, %rdi
	vzeroupper
	callq	free@PLT
	movq	%r15, %rdi
	addq	$792, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end48:
	.size	k62, .Lfunc_end48-k62

	.globl	_mlir_ciface_k62
	.p2align	4
	.type	_mlir_ciface_k62,@function
_mlir_ciface_k62:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k62@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end49:
	.size	_mlir_ciface_k62, .Lfunc_end49-_mlir_ciface_k62

	.globl	k64
	.p2align	4
	.type	k64,@function
k64:
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	movq	120(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB50_5
	movq	136(%rsp), %rcx
	movq	80(%rsp), %rdi
	movq	48(%rsp), %r10
	movq	104(%rsp), %rdx
	shlq	$2, %r9
	xorl	%r11d, %r11d
	leaq	(,%rcx,4), %r8
	addq	$124, %r10
	shlq	$2, %rdi
	.p2align	4
.LBB50_2:
	movq	%r8, %rbx
	imulq	%r11, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r10, %r14
	xorl	%r15d, %r15d
	vmovups	%zmm0, 64(%rdx,%rbx)
	vmovups	%zmm0, (%rdx,%rbx)
	movq	%r11, %rbx
	imulq	%rcx, %rbx
	vmovss	(%rdx,%rbx,4), %xmm0
	vmovss	4(%rdx,%rbx,4), %xmm3
	vmovss	8(%rdx,%rbx,4), %xmm4
	vmovss	12(%rdx,%rbx,4), %xmm5
	vmovss	16(%rdx,%rbx,4), %xmm6
	vmovss	20(%rdx,%rbx,4), %xmm7
	vmovss	24(%rdx,%rbx,4), %xmm8
	vmovss	28(%rdx,%rbx,4), %xmm9
	vmovss	32(%rdx,%rbx,4), %xmm10
	vmovss	36(%rdx,%rbx,4), %xmm11
	vmovss	40(%rdx,%rbx,4), %xmm12
	vmovss	44(%rdx,%rbx,4), %xmm13
	vmovss	48(%rdx,%rbx,4), %xmm14
	vmovss	52(%rdx,%rbx,4), %xmm15
	vmovss	56(%rdx,%rbx,4), %xmm16
	vmovss	60(%rdx,%rbx,4), %xmm17
	vmovss	64(%rdx,%rbx,4), %xmm18
	vmovss	68(%rdx,%rbx,4), %xmm19
	vmovss	72(%rdx,%rbx,4), %xmm20
	vmovss	76(%rdx,%rbx,4), %xmm21
	vmovss	80(%rdx,%rbx,4), %xmm22
	vmovss	84(%rdx,%rbx,4), %xmm23
	vmovss	88(%rdx,%rbx,4), %xmm24
	vmovss	92(%rdx,%rbx,4), %xmm25
	vmovss	96(%rdx,%rbx,4), %xmm26
	vmovss	100(%rdx,%rbx,4), %xmm27
	vmovss	104(%rdx,%rbx,4), %xmm28
	vmovss	108(%rdx,%rbx,4), %xmm29
	vmovss	112(%rdx,%rbx,4), %xmm30
	vmovss	116(%rdx,%rbx,4), %xmm31
	vmovss	124(%rdx,%rbx,4), %xmm1
	vmovss	%xmm0, -8(%rsp)
	vmovss	120(%rdx,%rbx,4), %xmm0
	.p2align	4
.LBB50_3:
	vmovss	%xmm1, -12(%rsp)
	vmovss	(%rsi,%r15,4), %xmm1
	vmovss	%xmm0, -4(%rsp)
	vmovaps	%xmm31, %xmm0
	vmovaps	%xmm30, %xmm31
	vmovaps	%xmm29, %xmm30
	vmovaps	%xmm28, %xmm29
	vmovaps	%xmm27, %xmm28
	vmovaps	%xmm26, %xmm27
	vmovaps	%xmm25, %xmm26
	vmovaps	%xmm24, %xmm25
	vmovaps	%xmm23, %xmm24
	vmovaps	%xmm22, %xmm23
	vmovaps	%xmm21, %xmm22
	vmovaps	%xmm20, %xmm21
	vmovaps	%xmm19, %xmm20
	vmovaps	%xmm18, %xmm19
	vmovaps	%xmm17, %xmm18
	vmovaps	%xmm16, %xmm17
	vmovaps	%xmm15, %xmm16
	vmovaps	%xmm14, %xmm15
	vmovaps	%xmm13, %xmm14
	vmovaps	%xmm12, %xmm13
	vmovaps	%xmm11, %xmm12
	vmovaps	%xmm10, %xmm11
	vmovaps	%xmm9, %xmm10
	vmovaps	%xmm8, %xmm9
	vmovaps	%xmm7, %xmm8
	vmovaps	%xmm6, %xmm7
	vmovaps	%xmm5, %xmm6
	vmovaps	%xmm4, %xmm5
	vmovaps	%xmm3, %xmm4
	vmovss	-8(%rsp), %xmm3
	incq	%r15
	vmulss	-124(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, (%rdx,%rbx,4)
	vmovss	%xmm3, -8(%rsp)
	vmovaps	%xmm4, %xmm3
	vmovaps	%xmm5, %xmm4
	vmovaps	%xmm6, %xmm5
	vmovaps	%xmm7, %xmm6
	vmovaps	%xmm8, %xmm7
	vmovaps	%xmm9, %xmm8
	vmovaps	%xmm10, %xmm9
	vmovaps	%xmm11, %xmm10
	vmovaps	%xmm12, %xmm11
	vmovaps	%xmm13, %xmm12
	vmovaps	%xmm14, %xmm13
	vmovaps	%xmm15, %xmm14
	vmovaps	%xmm16, %xmm15
	vmovaps	%xmm17, %xmm16
	vmovaps	%xmm18, %xmm17
	vmovaps	%xmm19, %xmm18
	vmovaps	%xmm20, %xmm19
	vmovaps	%xmm21, %xmm20
	vmovaps	%xmm22, %xmm21
	vmovaps	%xmm23, %xmm22
	vmovaps	%xmm24, %xmm23
	vmovaps	%xmm25, %xmm24
	vmovaps	%xmm26, %xmm25
	vmovaps	%xmm27, %xmm26
	vmovaps	%xmm28, %xmm27
	vmovaps	%xmm29, %xmm28
	vmovaps	%xmm30, %xmm29
	vmovaps	%xmm31, %xmm30
	vmovaps	%xmm0, %xmm31
	vmovss	-4(%rsp), %xmm0
	vmulss	-120(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, 4(%rdx,%rbx,4)
	vmulss	-116(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm4, %xmm4
	vmovss	%xmm4, 8(%rdx,%rbx,4)
	vmulss	-112(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm5, %xmm5
	vmovss	%xmm5, 12(%rdx,%rbx,4)
	vmulss	-108(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm6, %xmm6
	vmovss	%xmm6, 16(%rdx,%rbx,4)
	vmulss	-104(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm7, %xmm7
	vmovss	%xmm7, 20(%rdx,%rbx,4)
	vmulss	-100(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm8, %xmm8
	vmovss	%xmm8, 24(%rdx,%rbx,4)
	vmulss	-96(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm9, %xmm9
	vmovss	%xmm9, 28(%rdx,%rbx,4)
	vmulss	-92(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm10, %xmm10
	vmovss	%xmm10, 32(%rdx,%rbx,4)
	vmulss	-88(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm11, %xmm11
	vmovss	%xmm11, 36(%rdx,%rbx,4)
	vmulss	-84(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm12, %xmm12
	vmovss	%xmm12, 40(%rdx,%rbx,4)
	vmulss	-80(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm13, %xmm13
	vmovss	%xmm13, 44(%rdx,%rbx,4)
	vmulss	-76(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm14, %xmm14
	vmovss	%xmm14, 48(%rdx,%rbx,4)
	vmulss	-72(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm15, %xmm15
	vmovss	%xmm15, 52(%rdx,%rbx,4)
	vmulss	-68(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm16, %xmm16
	vmovss	%xmm16, 56(%rdx,%rbx,4)
	vmulss	-64(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm17, %xmm17
	vmovss	%xmm17, 60(%rdx,%rbx,4)
	vmulss	-60(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm18, %xmm18
	vmovss	%xmm18, 64(%rdx,%rbx,4)
	vmulss	-56(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm19, %xmm19
	vmovss	%xmm19, 68(%rdx,%rbx,4)
	vmulss	-52(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm20, %xmm20
	vmovss	%xmm20, 72(%rdx,%rbx,4)
	vmulss	-48(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm21, %xmm21
	vmovss	%xmm21, 76(%rdx,%rbx,4)
	vmulss	-44(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm22, %xmm22
	vmovss	%xmm22, 80(%rdx,%rbx,4)
	vmulss	-40(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm23, %xmm23
	vmovss	%xmm23, 84(%rdx,%rbx,4)
	vmulss	-36(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm24, %xmm24
	vmovss	%xmm24, 88(%rdx,%rbx,4)
	vmulss	-32(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm25, %xmm25
	vmovss	%xmm25, 92(%rdx,%rbx,4)
	vmulss	-28(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm26, %xmm26
	vmovss	%xmm26, 96(%rdx,%rbx,4)
	vmulss	-24(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm27, %xmm27
	vmovss	%xmm27, 100(%rdx,%rbx,4)
	vmulss	-20(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm28, %xmm28
	vmovss	%xmm28, 104(%rdx,%rbx,4)
	vmulss	-16(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm29, %xmm29
	vmovss	%xmm29, 108(%rdx,%rbx,4)
	vmulss	-12(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm30, %xmm30
	vmovss	%xmm30, 112(%rdx,%rbx,4)
	vmulss	-8(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm31, %xmm31
	vmovss	%xmm31, 116(%rdx,%rbx,4)
	vmulss	-4(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm0, %xmm0
	vmovss	-12(%rsp), %xmm2
	vmovss	%xmm0, 120(%rdx,%rbx,4)
	vmulss	(%r14), %xmm1, %xmm1
	addq	%rdi, %r14
	vaddss	%xmm1, %xmm2, %xmm2
	vmovss	%xmm2, -12(%rsp)
	vmovss	-12(%rsp), %xmm1
	vmovss	%xmm1, 124(%rdx,%rbx,4)
	cmpq	$128, %r15
	jne	.LBB50_3
	incq	%r11
	addq	%r9, %rsi
	cmpq	%rax, %r11
	jne	.LBB50_2
.LBB50_5:
	popq	%rbx
	popq	%r14
	popq	%r15
	vzeroupper
	retq
.Lfunc_end50:
	.size	k64, .Lfunc_end50-k64

	.globl	_mlir_ciface_k64
	.p2align	4
	.type	_mlir_ciface_k64,@function
_mlir_ciface_k64:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k64@PLT
	addq	$120, %rsp
	retq
.Lfunc_end51:
	.size	_mlir_ciface_k64, .Lfunc_end51-_mlir_ciface_k64

	.globl	k65
	.p2align	4
	.type	k65,@function
k65:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB52_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$124, %r8
	shlq	$2, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB52_2:
	vmovss	-124(%rsi), %xmm0
	vaddss	-124(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -124(%rdx)
	vmovss	-120(%rsi), %xmm0
	vaddss	-120(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -120(%rdx)
	vmovss	-116(%rsi), %xmm0
	vaddss	-116(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -116(%rdx)
	vmovss	-112(%rsi), %xmm0
	vaddss	-112(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -112(%rdx)
	vmovss	-108(%rsi), %xmm0
	vaddss	-108(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -108(%rdx)
	vmovss	-104(%rsi), %xmm0
	vaddss	-104(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -104(%rdx)
	vmovss	-100(%rsi), %xmm0
	vaddss	-100(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -100(%rdx)
	vmovss	-96(%rsi), %xmm0
	vaddss	-96(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -96(%rdx)
	vmovss	-92(%rsi), %xmm0
	vaddss	-92(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -92(%rdx)
	vmovss	-88(%rsi), %xmm0
	vaddss	-88(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -88(%rdx)
	vmovss	-84(%rsi), %xmm0
	vaddss	-84(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -84(%rdx)
	vmovss	-80(%rsi), %xmm0
	vaddss	-80(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -80(%rdx)
	vmovss	-76(%rsi), %xmm0
	vaddss	-76(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -76(%rdx)
	vmovss	-72(%rsi), %xmm0
	vaddss	-72(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -72(%rdx)
	vmovss	-68(%rsi), %xmm0
	vaddss	-68(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -68(%rdx)
	vmovss	-64(%rsi), %xmm0
	vaddss	-64(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -64(%rdx)
	vmovss	-60(%rsi), %xmm0
	vaddss	-60(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -60(%rdx)
	vmovss	-56(%rsi), %xmm0
	vaddss	-56(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -56(%rdx)
	vmovss	-52(%rsi), %xmm0
	vaddss	-52(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -52(%rdx)
	vmovss	-48(%rsi), %xmm0
	vaddss	-48(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -48(%rdx)
	vmovss	-44(%rsi), %xmm0
	vaddss	-44(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -44(%rdx)
	vmovss	-40(%rsi), %xmm0
	vaddss	-40(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -40(%rdx)
	vmovss	-36(%rsi), %xmm0
	vaddss	-36(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -36(%rdx)
	vmovss	-32(%rsi), %xmm0
	vaddss	-32(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%rsi), %xmm0
	vaddss	-28(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -28(%rdx)
	vmovss	-24(%rsi), %xmm0
	vaddss	-24(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -24(%rdx)
	vmovss	-20(%rsi), %xmm0
	vaddss	-20(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -20(%rdx)
	vmovss	-16(%rsi), %xmm0
	vaddss	-16(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -16(%rdx)
	vmovss	-12(%rsi), %xmm0
	vaddss	-12(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -12(%rdx)
	vmovss	-8(%rsi), %xmm0
	vaddss	-8(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -8(%rdx)
	vmovss	-4(%rsi), %xmm0
	vaddss	-4(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -4(%rdx)
	vmovss	(%rsi), %xmm0
	addq	%r9, %rsi
	vaddss	(%r8), %xmm0, %xmm0
	addq	%rdi, %r8
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB52_2
.LBB52_3:
	retq
.Lfunc_end52:
	.size	k65, .Lfunc_end52-k65

	.globl	_mlir_ciface_k65
	.p2align	4
	.type	_mlir_ciface_k65,@function
_mlir_ciface_k65:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k65@PLT
	addq	$120, %rsp
	retq
.Lfunc_end53:
	.size	_mlir_ciface_k65, .Lfunc_end53-_mlir_ciface_k65

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI54_0:
	.quad	16
	.quad	20
	.quad	24
	.quad	28
.LCPI54_10:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI54_1:
	.quad	32
	.quad	36
	.quad	40
	.quad	44
	.quad	48
	.quad	52
	.quad	56
	.quad	60
.LCPI54_2:
	.quad	64
	.quad	68
	.quad	72
	.quad	76
	.quad	80
	.quad	84
	.quad	88
	.quad	92
.LCPI54_3:
	.quad	96
	.quad	100
	.quad	104
	.quad	108
	.quad	112
	.quad	116
	.quad	120
	.quad	124
.LCPI54_4:
	.quad	8
	.quad	9
	.quad	10
	.quad	11
	.quad	12
	.quad	13
	.quad	14
	.quad	15
.LCPI54_5:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI54_6:
	.long	0x3d000000
.LCPI54_7:
	.long	0x3727c5ac
.LCPI54_8:
	.long	0x3f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI54_9:
	.quad	16
.LCPI54_11:
	.quad	4
	.text
	.globl	k68
	.p2align	4
	.type	k68,@function
k68:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$728, %rsp
	movq	%r9, 24(%rsp)
	movq	%rsi, 8(%rsp)
	movq	944(%rsp), %rax
	movq	%rax, 16(%rsp)
	movq	928(%rsp), %rbx
	movq	912(%rsp), %r13
	movq	888(%rsp), %rbp
	movq	856(%rsp), %r14
	movq	832(%rsp), %r12
	movq	800(%rsp), %r15
	movq	%rbx, %rdi
	shlq	$7, %rdi
	callq	malloc@PLT
	testq	%rbx, %rbx
	jle	.LBB54_21
	vpbroadcastq	%r12, %zmm0
	vpmullq	.LCPI54_0(%rip), %ymm0, %ymm1
	vpmullq	.LCPI54_1(%rip), %zmm0, %zmm2
	vpmullq	.LCPI54_2(%rip), %zmm0, %zmm9
	vpmullq	.LCPI54_3(%rip), %zmm0, %zmm0
	leaq	(%r12,%r12,2), %rcx
	kxnorw	%k0, %k0, %k1
	kxnorb	%k0, %k0, %k2
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm11, %xmm11, %xmm11
	vmovss	(%r15), %xmm4
	vmovss	(%r15,%r12,4), %xmm5
	vmovss	(%r15,%r12,8), %xmm6
	movq	24(%rsp), %r8
	vxorps	%xmm3, %xmm3, %xmm3
	cmpq	$4, %rbx
	vmovss	(%r15,%rcx,4), %xmm7
	setae	%cl
	cmpq	$1, %r8
	sete	%dl
	andb	%cl, %dl
	vgatherqps	(%r15,%ymm1), %xmm8 {%k1}
	vgatherqps	(%r15,%zmm2), %ymm11 {%k2}
	kxnorb	%k0, %k0, %k2
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm1, %xmm1, %xmm1
	vgatherqps	(%r15,%zmm0), %ymm3 {%k2}
	vgatherqps	(%r15,%zmm9), %ymm1 {%k1}
	vinsertf64x4	$1, %ymm3, %zmm1, %zmm16
	cmpb	$1, %dl
	jne	.LBB54_2
	movq	8(%rsp), %r9
	vextractf128	$1, %ymm11, %xmm2
	vextractf32x4	$2, %zmm16, %xmm9
	vextractf32x4	$3, %zmm16, %xmm12
	movabsq	$9223372036854775792, %rdx
	vshufps	$255, %xmm8, %xmm8, %xmm1
	vmovups	%zmm16, 464(%rsp)
	vmovaps	%xmm4, 96(%rsp)
	vmovaps	%xmm5, 80(%rsp)
	vmovaps	%xmm6, 64(%rsp)
	vmovaps	%xmm7, 48(%rsp)
	vmovaps	%xmm8, 32(%rsp)
	vmovups	%ymm11, 176(%rsp)
	vmovaps	%xmm1, 160(%rsp)
	vmovaps	%xmm12, 144(%rsp)
	vmovaps	%xmm9, 128(%rsp)
	cmpq	$16, %rbx
	jae	.LBB54_5
	xorl	%ecx, %ecx
	jmp	.LBB54_9
.LBB54_2:
	movq	8(%rsp), %r9
	xorl	%ecx, %ecx
	jmp	.LBB54_12
.LBB54_5:
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm5, %zmm10
	vbroadcastss	%xmm6, %zmm5
	vmovshdup	%xmm8, %xmm4
	vbroadcastss	%xmm7, %zmm6
	vshufpd	$1, %xmm8, %xmm8, %xmm3
	vbroadcastss	%xmm1, %zmm18
	vmovshdup	%xmm11, %xmm1
	vmovdqa64	.LCPI54_5(%rip), %zmm13
	vpbroadcastq	.LCPI54_9(%rip), %zmm14
	vbroadcastss	%xmm2, %zmm23
	vbroadcastss	%xmm11, %zmm19
	vshufps	$170, %zmm16, %zmm16, %zmm7
	vbroadcastss	%xmm16, %zmm27
	movq	%rbx, %rcx
	andq	%rdx, %rcx
	leaq	124(%r9), %rsi
	xorl	%edi, %edi
	vbroadcastss	%xmm1, %zmm20
	vshufps	$255, %xmm11, %xmm11, %xmm1
	vmovups	%zmm0, 272(%rsp)
	vmovups	%zmm10, 208(%rsp)
	vmovups	%zmm5, 400(%rsp)
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm8, %zmm5
	vmovups	%zmm6, 336(%rsp)
	vbroadcastss	%xmm1, %zmm22
	vshufpd	$1, %xmm16, %xmm16, %xmm1
	vshufps	$85, %zmm16, %zmm16, %zmm6
	vbroadcastss	%xmm9, %zmm4
	vshuff64x2	$170, %zmm7, %zmm7, %zmm9
	vshuff64x2	$255, %zmm7, %zmm7, %zmm7
	vbroadcastss	%xmm1, %zmm29
	vextractf32x4	$1, %ymm16, %xmm1
	vshuff64x2	$170, %zmm6, %zmm6, %zmm8
	vshuff64x2	$255, %zmm6, %zmm6, %zmm6
	vmovups	%zmm5, 656(%rsp)
	vmovups	%zmm0, 592(%rsp)
	vbroadcastss	%xmm3, %zmm0
	vbroadcastss	%xmm12, %zmm5
	vmovdqa64	.LCPI54_4(%rip), %zmm12
	vshufpd	$1, %xmm11, %xmm11, %xmm3
	vbroadcastss	%xmm1, %zmm31
	vbroadcastss	%xmm3, %zmm21
	vmovupd	%zmm0, 528(%rsp)
	vshufps	$85, %ymm11, %ymm11, %ymm0
	vmovaps	%xmm2, 112(%rsp)
	vmovshdup	%xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm24
	vshufps	$170, %ymm11, %ymm11, %ymm0
	vbroadcastss	%xmm2, %zmm28
	vshufps	$255, %xmm16, %xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm25
	vshufps	$255, %ymm11, %ymm11, %ymm0
	vshufps	$255, %zmm16, %zmm16, %zmm11
	vbroadcastss	%xmm2, %zmm30
	vshuff64x2	$85, %zmm0, %zmm0, %zmm26
	vshufps	$85, %ymm16, %ymm16, %ymm0
	vshuff64x2	$170, %zmm11, %zmm11, %zmm10
	vshuff64x2	$255, %zmm11, %zmm11, %zmm11
	vshuff64x2	$85, %zmm0, %zmm0, %zmm1
	vshufps	$170, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm2
	vshufps	$255, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm3
	.p2align	4
.LBB54_6:
	vmovups	-120(%rsi,%rdi,4), %zmm15
	vmovups	-124(%rsi,%rdi,4), %zmm0
	vmovups	-116(%rsi,%rdi,4), %zmm16
	kxnorb	%k0, %k0, %k1
	vmulps	%zmm0, %zmm0, %zmm17
	vmulps	%zmm15, %zmm15, %zmm15
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm15, %zmm17, %zmm15
	vmovups	-112(%rsi,%rdi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vmovups	(%rsi,%rdi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-108(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-104(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-100(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-96(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-92(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-88(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-84(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-80(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-76(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-72(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-68(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-64(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-60(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-56(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-52(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-48(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-44(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-40(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-36(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-32(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-28(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-24(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-20(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-16(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-12(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-8(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-4(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	.LCPI54_6(%rip){1to16}, %zmm15, %zmm15
	vbroadcastss	.LCPI54_8(%rip), %zmm16
	vaddps	.LCPI54_7(%rip){1to16}, %zmm15, %zmm15
	vsqrtps	%zmm15, %zmm15
	vdivps	%zmm15, %zmm16, %zmm17
	vpsllq	$7, %zmm13, %zmm16
	vpsllq	$7, %zmm12, %zmm15
	vpaddq	%zmm14, %zmm13, %zmm13
	vpaddq	%zmm14, %zmm12, %zmm12
	vmulps	%zmm0, %zmm17, %zmm0
	vmulps	272(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, (%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, (%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-120(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	208(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 4(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 4(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-116(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	400(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 8(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 8(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-112(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	336(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 12(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 12(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-108(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	656(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 16(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 16(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-104(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	592(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 20(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 20(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-100(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	528(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 24(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 24(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-96(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm18, %zmm0, %zmm0
	vscatterqps	%ymm0, 28(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 28(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-92(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm19, %zmm0, %zmm0
	vscatterqps	%ymm0, 32(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 32(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-88(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm20, %zmm0, %zmm0
	vscatterqps	%ymm0, 36(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 36(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-84(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm21, %zmm0, %zmm0
	vscatterqps	%ymm0, 40(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 40(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-80(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm22, %zmm0, %zmm0
	vscatterqps	%ymm0, 44(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 44(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-76(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm23, %zmm0, %zmm0
	vscatterqps	%ymm0, 48(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 48(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-72(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm24, %zmm0, %zmm0
	vscatterqps	%ymm0, 52(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 52(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-68(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm25, %zmm0, %zmm0
	vscatterqps	%ymm0, 56(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 56(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-64(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm26, %zmm0, %zmm0
	vscatterqps	%ymm0, 60(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 60(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-60(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm27, %zmm0, %zmm0
	vscatterqps	%ymm0, 64(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 64(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-56(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm28, %zmm0, %zmm0
	vscatterqps	%ymm0, 68(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 68(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-52(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm29, %zmm0, %zmm0
	vscatterqps	%ymm0, 72(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 72(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-48(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm30, %zmm0, %zmm0
	vscatterqps	%ymm0, 76(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 76(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-44(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm31, %zmm0, %zmm0
	vscatterqps	%ymm0, 80(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 80(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-40(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm1, %zmm0, %zmm0
	vscatterqps	%ymm0, 84(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 84(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-36(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm2, %zmm0, %zmm0
	vscatterqps	%ymm0, 88(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 88(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-32(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm3, %zmm0, %zmm0
	vscatterqps	%ymm0, 92(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 92(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-28(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm4, %zmm0, %zmm0
	vscatterqps	%ymm0, 96(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 96(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-24(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm8, %zmm0, %zmm0
	vscatterqps	%ymm0, 100(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 100(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-20(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm9, %zmm0, %zmm0
	vscatterqps	%ymm0, 104(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 104(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-16(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm10, %zmm0, %zmm0
	vscatterqps	%ymm0, 108(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 108(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-12(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm5, %zmm0, %zmm0
	vscatterqps	%ymm0, 112(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 112(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-8(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm6, %zmm0, %zmm0
	vscatterqps	%ymm0, 116(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 116(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-4(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm7, %zmm0, %zmm0
	vscatterqps	%ymm0, 120(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 120(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	(%rsi,%rdi,4), %zmm17, %zmm0
	addq	$16, %rdi
	vmulps	%zmm11, %zmm0, %zmm0
	vscatterqps	%ymm0, 124(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 124(%rax,%zmm15) {%k1}
	cmpq	%rdi, %rcx
	jne	.LBB54_6
	vmovups	464(%rsp), %zmm16
	vmovaps	96(%rsp), %xmm4
	vmovaps	80(%rsp), %xmm5
	vmovaps	64(%rsp), %xmm6
	vmovaps	48(%rsp), %xmm7
	vmovaps	32(%rsp), %xmm8
	vmovups	176(%rsp), %ymm11
	vmovaps	112(%rsp), %xmm2
	cmpq	%rcx, %rbx
	je	.LBB54_14
	testb	$12, %bl
	je	.LBB54_12
.LBB54_9:
	vbroadcastss	%xmm4, %xmm0
	vmovaps	%zmm16, %zmm1
	movq	%rcx, %rsi
	addq	$12, %rdx
	vbroadcastss	%xmm2, %xmm12
	vbroadcastss	%xmm1, %xmm16
	vshufps	$85, %xmm11, %xmm11, %xmm9
	vshufps	$170, %xmm11, %xmm11, %xmm10
	vshufps	$85, %xmm2, %xmm2, %xmm13
	vshufps	$170, %xmm2, %xmm2, %xmm14
	vshufps	$255, %xmm2, %xmm2, %xmm15
	vshufps	$85, %xmm1, %xmm1, %xmm17
	vshufps	$170, %xmm1, %xmm1, %xmm31
	movq	%rdx, %rcx
	andq	%rbx, %rcx
	leaq	124(%r9), %rdx
	vmovaps	%xmm0, 272(%rsp)
	vbroadcastss	%xmm5, %xmm0
	vbroadcastss	%xmm8, %xmm5
	vmovaps	%xmm0, 208(%rsp)
	vbroadcastss	%xmm6, %xmm0
	vshufps	$85, %xmm8, %xmm8, %xmm6
	vmovaps	%xmm0, 400(%rsp)
	vbroadcastss	%xmm7, %xmm0
	vshufps	$170, %xmm8, %xmm8, %xmm7
	vbroadcastss	%xmm11, %xmm8
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vmovaps	%xmm0, 336(%rsp)
	vextractf128	$1, %ymm1, %xmm0
	vmovaps	160(%rsp), %xmm4
	vbroadcastss	%xmm0, %xmm18
	vshufps	$85, %xmm0, %xmm0, %xmm19
	vshufps	$170, %xmm0, %xmm0, %xmm20
	vshufps	$255, %xmm0, %xmm0, %xmm21
	vmovaps	128(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm22
	vshufps	$85, %xmm0, %xmm0, %xmm23
	vshufps	$170, %xmm0, %xmm0, %xmm24
	vshufps	$255, %xmm0, %xmm0, %xmm25
	vmovaps	144(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm26
	vshufps	$85, %xmm0, %xmm0, %xmm27
	vshufps	$170, %xmm0, %xmm0, %xmm28
	vshufps	$255, %xmm0, %xmm0, %xmm29
	vpbroadcastq	%rsi, %ymm0
	vporq	.LCPI54_10(%rip), %ymm0, %ymm30
	vshufps	$255, %xmm1, %xmm1, %xmm0
	.p2align	4
.LBB54_10:
	vmovups	-120(%rdx,%rsi,4), %xmm1
	vmovups	-124(%rdx,%rsi,4), %xmm3
	kxnorw	%k0, %k0, %k1
	vmulps	%xmm3, %xmm3, %xmm2
	vmulps	%xmm1, %xmm1, %xmm1
	vaddps	%xmm1, %xmm2, %xmm1
	vmovups	-116(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-112(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-108(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-104(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-100(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-96(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-92(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-88(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-84(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-80(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-76(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-72(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-68(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-64(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-60(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-56(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-52(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-48(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-44(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-40(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-36(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-32(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-28(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-24(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-20(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-16(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-12(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-8(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-4(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmulps	.LCPI54_6(%rip){1to4}, %xmm1, %xmm1
	vbroadcastss	.LCPI54_8(%rip), %xmm2
	vaddps	.LCPI54_7(%rip){1to4}, %xmm1, %xmm1
	vsqrtps	%xmm1, %xmm1
	vdivps	%xmm1, %xmm2, %xmm2
	vpsllq	$7, %ymm30, %ymm1
	vpaddq	.LCPI54_11(%rip){1to4}, %ymm30, %ymm30
	vmulps	%xmm3, %xmm2, %xmm3
	vmulps	272(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, (%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-120(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	208(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 4(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-116(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	400(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 8(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-112(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	336(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 12(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-108(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm5, %xmm3, %xmm3
	vscatterqps	%xmm3, 16(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-104(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm6, %xmm3, %xmm3
	vscatterqps	%xmm3, 20(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-100(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm7, %xmm3, %xmm3
	vscatterqps	%xmm3, 24(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-96(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm4, %xmm3, %xmm3
	vscatterqps	%xmm3, 28(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-92(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm8, %xmm3
	vscatterqps	%xmm3, 32(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-88(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm9, %xmm3
	vscatterqps	%xmm3, 36(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-84(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm10, %xmm3
	vscatterqps	%xmm3, 40(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-80(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm11, %xmm3
	vscatterqps	%xmm3, 44(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-76(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm12, %xmm3
	vscatterqps	%xmm3, 48(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-72(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm13, %xmm3
	vscatterqps	%xmm3, 52(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-68(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm14, %xmm3
	vscatterqps	%xmm3, 56(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-64(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm15, %xmm3
	vscatterqps	%xmm3, 60(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-60(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm16, %xmm3, %xmm3
	vscatterqps	%xmm3, 64(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-56(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm17, %xmm3, %xmm3
	vscatterqps	%xmm3, 68(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-52(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm31, %xmm3, %xmm3
	vscatterqps	%xmm3, 72(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-48(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm0, %xmm3, %xmm3
	vscatterqps	%xmm3, 76(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-44(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm18, %xmm3, %xmm3
	vscatterqps	%xmm3, 80(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-40(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm19, %xmm3, %xmm3
	vscatterqps	%xmm3, 84(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-36(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm20, %xmm3, %xmm3
	vscatterqps	%xmm3, 88(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-32(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm21, %xmm3, %xmm3
	vscatterqps	%xmm3, 92(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-28(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm22, %xmm3, %xmm3
	vscatterqps	%xmm3, 96(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-24(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm23, %xmm3, %xmm3
	vscatterqps	%xmm3, 100(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-20(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm24, %xmm3, %xmm3
	vscatterqps	%xmm3, 104(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-16(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm25, %xmm3, %xmm3
	vscatterqps	%xmm3, 108(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-12(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm26, %xmm3, %xmm3
	vscatterqps	%xmm3, 112(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-8(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm27, %xmm3, %xmm3
	vscatterqps	%xmm3, 116(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-4(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm28, %xmm3, %xmm3
	vscatterqps	%xmm3, 120(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	(%rdx,%rsi,4), %xmm2, %xmm2
	addq	$4, %rsi
	vmulps	%xmm29, %xmm2, %xmm2
	vscatterqps	%xmm2, 124(%rax,%ymm1) {%k1}
	cmpq	%rsi, %rcx
	jne	.LBB54_10
	vmovups	464(%rsp), %zmm16
	vmovaps	96(%rsp), %xmm4
	vmovaps	80(%rsp), %xmm5
	vmovaps	64(%rsp), %xmm6
	vmovaps	48(%rsp), %xmm7
	vmovaps	32(%rsp), %xmm8
	vmovups	176(%rsp), %ymm11
	cmpq	%rcx, %rbx
	je	.LBB54_14
.LBB54_12:
	vmovss	.LCPI54_6(%rip), %xmm1
	vmovss	.LCPI54_7(%rip), %xmm2
	vmovss	.LCPI54_8(%rip), %xmm3
	vinsertps	$16, %xmm5, %xmm4, %xmm0
	movq	%rcx, %rsi
	imulq	%r8, %rsi
	movq	%rbx, %rdx
	subq	%rcx, %rdx
	shlq	$7, %rcx
	shlq	$2, %r8
	vinsertps	$32, %xmm6, %xmm0, %xmm0
	leaq	64(%rcx,%rax), %rcx
	vinsertps	$48, %xmm7, %xmm0, %xmm0
	vinsertf64x4	$1, %ymm11, %zmm0, %zmm0
	leaq	(%r9,%rsi,4), %rsi
	vinsertf32x4	$1, %xmm8, %zmm0, %zmm0
	.p2align	4
.LBB54_13:
	vmovss	(%rsi), %xmm4
	vmovss	4(%rsi), %xmm5
	vmulss	%xmm4, %xmm4, %xmm4
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	8(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	12(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	16(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	20(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	24(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	28(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	32(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	36(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	40(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	44(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	48(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	52(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	56(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	60(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	64(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	68(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	72(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	76(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	80(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	84(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	88(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	92(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	96(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	104(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	112(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	120(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmulss	%xmm1, %xmm4, %xmm4
	vaddss	%xmm2, %xmm4, %xmm4
	vsqrtss	%xmm4, %xmm4, %xmm4
	vdivss	%xmm4, %xmm3, %xmm4
	vbroadcastss	%xmm4, %zmm4
	vmulps	(%rsi), %zmm4, %zmm5
	vmulps	%zmm0, %zmm5, %zmm5
	vmovups	%zmm5, -64(%rcx)
	vmulps	64(%rsi), %zmm4, %zmm4
	addq	%r8, %rsi
	vmulps	%zmm16, %zmm4, %zmm4
	vmovups	%zmm4, (%rcx)
	subq	$-128, %rcx
	decq	%rdx
	jne	.LBB54_13
.LBB54_14:
	movq	16(%rsp), %rcx
	leaq	(,%rbp,4), %rdi
	leaq	28(%r13), %r8
	xorl	%r9d, %r9d
	vxorpd	%xmm0, %xmm0, %xmm0
	leaq	(,%rcx,4), %rsi
	imulq	$124, %rbp, %rcx
	leaq	256(%r14,%rcx), %rcx
	movq	%rcx, 272(%rsp)
	movq	%rbp, %rcx
	shrq	$61, %rcx
	andl	$1, %ecx
	movq	%rcx, 208(%rsp)
	jmp	.LBB54_15
	.p2align	4
.LBB54_20:
	incq	%r9
	addq	%r10, %r8
	movq	%r10, %rsi
	movq	%rdx, %rbx
	cmpq	%rdx, %r9
	je	.LBB54_21
.LBB54_15:
	movq	%rsi, %rcx
	imulq	%r9, %rcx
	movq	%r9, %r11
	shlq	$7, %r11
	movq	%rbx, %rdx
	movq	%r9, %rbx
	imulq	16(%rsp), %rbx
	movq	%rsi, %r10
	addq	%rax, %r11
	leaq	(%r13,%rcx), %r15
	cmpq	272(%rsp), %r15
	leaq	256(%r13,%rcx), %rsi
	vmovupd	%zmm0, 192(%r13,%rcx)
	vmovupd	%zmm0, 128(%r13,%rcx)
	vmovupd	%zmm0, 64(%r13,%rcx)
	vmovupd	%zmm0, (%r13,%rcx)
	setb	%cl
	cmpq	%rsi, %r14
	leaq	28(%r14), %rsi
	setb	%r15b
	xorl	%r12d, %r12d
	andb	%cl, %r15b
	orb	208(%rsp), %r15b
	jmp	.LBB54_16
	.p2align	4
.LBB54_22:
	movq	%r12, %rcx
	imulq	%rbp, %rcx
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r14,%rcx,4), %zmm1, %zmm2
	vmulps	64(%r14,%rcx,4), %zmm1, %zmm3
	vmulps	128(%r14,%rcx,4), %zmm1, %zmm4
	vmulps	192(%r14,%rcx,4), %zmm1, %zmm1
	vaddps	(%r13,%rbx,4), %zmm2, %zmm2
	vaddps	64(%r13,%rbx,4), %zmm3, %zmm3
	vaddps	128(%r13,%rbx,4), %zmm4, %zmm4
	vaddps	192(%r13,%rbx,4), %zmm1, %zmm1
	vmovups	%zmm2, (%r13,%rbx,4)
	vmovups	%zmm3, 64(%r13,%rbx,4)
	vmovups	%zmm4, 128(%r13,%rbx,4)
	vmovups	%zmm1, 192(%r13,%rbx,4)
.LBB54_19:
	incq	%r12
	addq	%rdi, %rsi
	cmpq	$32, %r12
	je	.LBB54_20
.LBB54_16:
	vmovss	(%r11,%r12,4), %xmm1
	testb	%r15b, %r15b
	je	.LBB54_22
	xorl	%ecx, %ecx
	.p2align	4
.LBB54_18:
	vmulss	-28(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-28(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r8,%rcx,4)
	vmulss	-24(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-24(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r8,%rcx,4)
	vmulss	-20(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-20(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r8,%rcx,4)
	vmulss	-16(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-16(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r8,%rcx,4)
	vmulss	-12(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-12(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r8,%rcx,4)
	vmulss	-8(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-8(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r8,%rcx,4)
	vmulss	-4(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	-4(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r8,%rcx,4)
	vmulss	(%rsi,%rcx,4), %xmm1, %xmm2
	vaddss	(%r8,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r8,%rcx,4)
	addq	$8, %rcx
	cmpq	$64, %rcx
	jne	.LBB54_18
	jmp	.LBB54_19
.LBB54_21:
	movq	%rax, %rdi
	addq	$728, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end54:
	.size	k68, .Lfunc_end54-k68

	.globl	_mlir_ciface_k68
	.p2align	4
	.type	_mlir_ciface_k68,@function
_mlir_ciface_k68:
	subq	$184, %rsp
	movq	8(%rdx), %r8
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	8(%rcx), %r10
	movq	24(%rcx), %r11
	movq	40(%rcx), %rcx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rcx, 160(%rsp)
	movq	%r11, 144(%rsp)
	movq	%r10, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k68@PLT
	addq	$184, %rsp
	retq
.Lfunc_end55:
	.size	_mlir_ciface_k68, .Lfunc_end55-_mlir_ciface_k68

	.globl	k69
	.p2align	4
	.type	k69,@function
k69:
	movq	40(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB56_3
	movq	56(%rsp), %rcx
	movq	24(%rsp), %rdx
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB56_2:
	vmovss	-124(%rsi), %xmm0
	vmovss	%xmm0, -124(%rdx)
	vmovss	-120(%rsi), %xmm0
	vmovss	%xmm0, -120(%rdx)
	vmovss	-116(%rsi), %xmm0
	vmovss	%xmm0, -116(%rdx)
	vmovss	-112(%rsi), %xmm0
	vmovss	%xmm0, -112(%rdx)
	vmovss	-108(%rsi), %xmm0
	vmovss	%xmm0, -108(%rdx)
	vmovss	-104(%rsi), %xmm0
	vmovss	%xmm0, -104(%rdx)
	vmovss	-100(%rsi), %xmm0
	vmovss	%xmm0, -100(%rdx)
	vmovss	-96(%rsi), %xmm0
	vmovss	%xmm0, -96(%rdx)
	vmovss	-92(%rsi), %xmm0
	vmovss	%xmm0, -92(%rdx)
	vmovss	-88(%rsi), %xmm0
	vmovss	%xmm0, -88(%rdx)
	vmovss	-84(%rsi), %xmm0
	vmovss	%xmm0, -84(%rdx)
	vmovss	-80(%rsi), %xmm0
	vmovss	%xmm0, -80(%rdx)
	vmovss	-76(%rsi), %xmm0
	vmovss	%xmm0, -76(%rdx)
	vmovss	-72(%rsi), %xmm0
	vmovss	%xmm0, -72(%rdx)
	vmovss	-68(%rsi), %xmm0
	vmovss	%xmm0, -68(%rdx)
	vmovss	-64(%rsi), %xmm0
	vmovss	%xmm0, -64(%rdx)
	vmovss	-60(%rsi), %xmm0
	vmovss	%xmm0, -60(%rdx)
	vmovss	-56(%rsi), %xmm0
	vmovss	%xmm0, -56(%rdx)
	vmovss	-52(%rsi), %xmm0
	vmovss	%xmm0, -52(%rdx)
	vmovss	-48(%rsi), %xmm0
	vmovss	%xmm0, -48(%rdx)
	vmovss	-44(%rsi), %xmm0
	vmovss	%xmm0, -44(%rdx)
	vmovss	-40(%rsi), %xmm0
	vmovss	%xmm0, -40(%rdx)
	vmovss	-36(%rsi), %xmm0
	vmovss	%xmm0, -36(%rdx)
	vmovss	-32(%rsi), %xmm0
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%rsi), %xmm0
	vmovss	%xmm0, -28(%rdx)
	vmovss	-24(%rsi), %xmm0
	vmovss	%xmm0, -24(%rdx)
	vmovss	-20(%rsi), %xmm0
	vmovss	%xmm0, -20(%rdx)
	vmovss	-16(%rsi), %xmm0
	vmovss	%xmm0, -16(%rdx)
	vmovss	-12(%rsi), %xmm0
	vmovss	%xmm0, -12(%rdx)
	vmovss	-8(%rsi), %xmm0
	vmovss	%xmm0, -8(%rdx)
	vmovss	-4(%rsi), %xmm0
	vmovss	%xmm0, -4(%rdx)
	vmovss	(%rsi), %xmm0
	addq	%r9, %rsi
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB56_2
.LBB56_3:
	retq
.Lfunc_end56:
	.size	k69, .Lfunc_end56-k69

	.globl	_mlir_ciface_k69
	.p2align	4
	.type	_mlir_ciface_k69,@function
_mlir_ciface_k69:
	subq	$72, %rsp
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rcx
	movq	24(%rsi), %rdx
	movq	40(%rsi), %rsi
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 32(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k69@PLT
	addq	$72, %rsp
	retq
.Lfunc_end57:
	.size	_mlir_ciface_k69, .Lfunc_end57-_mlir_ciface_k69

	.globl	k70
	.p2align	4
	.type	k70,@function
k70:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB58_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$28, %r8
	shlq	$2, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB58_2:
	vmovss	-28(%r8), %xmm0
	vmovss	-124(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-108(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -124(%rdx)
	vmovss	%xmm0, -108(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-120(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-104(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -120(%rdx)
	vmovss	%xmm0, -104(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-116(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-100(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -116(%rdx)
	vmovss	%xmm0, -100(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-112(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-96(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -112(%rdx)
	vmovss	%xmm0, -96(%rdx)
	vmovss	-28(%r8), %xmm0
	vmovss	-92(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-76(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -92(%rdx)
	vmovss	%xmm0, -76(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-88(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-72(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -88(%rdx)
	vmovss	%xmm0, -72(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-84(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-68(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -84(%rdx)
	vmovss	%xmm0, -68(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-80(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-64(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -80(%rdx)
	vmovss	%xmm0, -64(%rdx)
	vmovss	-28(%r8), %xmm0
	vmovss	-60(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-44(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -60(%rdx)
	vmovss	%xmm0, -44(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-56(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-40(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -56(%rdx)
	vmovss	%xmm0, -40(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-52(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-36(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -52(%rdx)
	vmovss	%xmm0, -36(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-48(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-32(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -48(%rdx)
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%r8), %xmm0
	vmovss	-28(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-12(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -28(%rdx)
	vmovss	%xmm0, -12(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-24(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-8(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -24(%rdx)
	vmovss	%xmm0, -8(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-20(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-4(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -20(%rdx)
	vmovss	%xmm0, -4(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	(%r8), %xmm1
	vmovss	-16(%rsi), %xmm2
	vmovss	(%rsi), %xmm3
	addq	%rdi, %r8
	addq	%r9, %rsi
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -16(%rdx)
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB58_2
.LBB58_3:
	retq
.Lfunc_end58:
	.size	k70, .Lfunc_end58-k70

	.globl	_mlir_ciface_k70
	.p2align	4
	.type	_mlir_ciface_k70,@function
_mlir_ciface_k70:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k70@PLT
	addq	$120, %rsp
	retq
.Lfunc_end59:
	.size	_mlir_ciface_k70, .Lfunc_end59-_mlir_ciface_k70

	.globl	k71
	.p2align	4
	.type	k71,@function
k71:
	pushq	%r14
	pushq	%rbx
	movq	56(%rsp), %rdx
	testq	%rdx, %rdx
	jle	.LBB60_7
	movq	72(%rsp), %rax
	movq	40(%rsp), %rcx
	cmpq	$1, %rdx
	jne	.LBB60_3
	xorl	%edi, %edi
	jmp	.LBB60_6
.LBB60_3:
	movabsq	$9223372036854775806, %r8
	leaq	(,%r9,8), %r11
	leaq	(,%rax,8), %r14
	leaq	188(%rsi), %r10
	leaq	60(%rcx), %rbx
	xorl	%edi, %edi
	andq	%rdx, %r8
	.p2align	4
.LBB60_4:
	vmovss	-60(%r10), %xmm0
	addq	$2, %rdi
	vmovss	%xmm0, -60(%rbx)
	vmovss	-56(%r10), %xmm0
	vmovss	%xmm0, -56(%rbx)
	vmovss	-52(%r10), %xmm0
	vmovss	%xmm0, -52(%rbx)
	vmovss	-48(%r10), %xmm0
	vmovss	%xmm0, -48(%rbx)
	vmovss	-44(%r10), %xmm0
	vmovss	%xmm0, -44(%rbx)
	vmovss	-40(%r10), %xmm0
	vmovss	%xmm0, -40(%rbx)
	vmovss	-36(%r10), %xmm0
	vmovss	%xmm0, -36(%rbx)
	vmovss	-32(%r10), %xmm0
	vmovss	%xmm0, -32(%rbx)
	vmovss	-28(%r10), %xmm0
	vmovss	%xmm0, -28(%rbx)
	vmovss	-24(%r10), %xmm0
	vmovss	%xmm0, -24(%rbx)
	vmovss	-20(%r10), %xmm0
	vmovss	%xmm0, -20(%rbx)
	vmovss	-16(%r10), %xmm0
	vmovss	%xmm0, -16(%rbx)
	vmovss	-12(%r10), %xmm0
	vmovss	%xmm0, -12(%rbx)
	vmovss	-8(%r10), %xmm0
	vmovss	%xmm0, -8(%rbx)
	vmovss	-4(%r10), %xmm0
	vmovss	%xmm0, -4(%rbx)
	vmovss	(%r10), %xmm0
	vmovss	%xmm0, (%rbx)
	vmovss	-60(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -60(%rbx,%rax,4)
	vmovss	-56(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -56(%rbx,%rax,4)
	vmovss	-52(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -52(%rbx,%rax,4)
	vmovss	-48(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -48(%rbx,%rax,4)
	vmovss	-44(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -44(%rbx,%rax,4)
	vmovss	-40(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -40(%rbx,%rax,4)
	vmovss	-36(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -36(%rbx,%rax,4)
	vmovss	-32(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -32(%rbx,%rax,4)
	vmovss	-28(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -28(%rbx,%rax,4)
	vmovss	-24(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -24(%rbx,%rax,4)
	vmovss	-20(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -20(%rbx,%rax,4)
	vmovss	-16(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -16(%rbx,%rax,4)
	vmovss	-12(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -12(%rbx,%rax,4)
	vmovss	-8(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -8(%rbx,%rax,4)
	vmovss	-4(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -4(%rbx,%rax,4)
	vmovss	(%r10,%r9,4), %xmm0
	addq	%r11, %r10
	vmovss	%xmm0, (%rbx,%rax,4)
	addq	%r14, %rbx
	cmpq	%rdi, %r8
	jne	.LBB60_4
	testb	$1, %dl
	je	.LBB60_7
.LBB60_6:
	imulq	%rdi, %r9
	imulq	%rdi, %rax
	vmovss	128(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, (%rcx,%rax,4)
	vmovss	132(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 4(%rcx,%rax,4)
	vmovss	136(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 8(%rcx,%rax,4)
	vmovss	140(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 12(%rcx,%rax,4)
	vmovss	144(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 16(%rcx,%rax,4)
	vmovss	148(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 20(%rcx,%rax,4)
	vmovss	152(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 24(%rcx,%rax,4)
	vmovss	156(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 28(%rcx,%rax,4)
	vmovss	160(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 32(%rcx,%rax,4)
	vmovss	164(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 36(%rcx,%rax,4)
	vmovss	168(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 40(%rcx,%rax,4)
	vmovss	172(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 44(%rcx,%rax,4)
	vmovss	176(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 48(%rcx,%rax,4)
	vmovss	180(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 52(%rcx,%rax,4)
	vmovss	184(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 56(%rcx,%rax,4)
	vmovss	188(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 60(%rcx,%rax,4)
.LBB60_7:
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end60:
	.size	k71, .Lfunc_end60-k71

	.globl	_mlir_ciface_k71
	.p2align	4
	.type	_mlir_ciface_k71,@function
_mlir_ciface_k71:
	movq	24(%rsi), %r8
	testq	%r8, %r8
	jle	.LBB61_8
	pushq	%r14
	pushq	%rbx
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %rdx
	movq	40(%rsi), %rsi
	cmpq	$1, %r8
	jne	.LBB61_3
	xorl	%edi, %edi
	jmp	.LBB61_6
.LBB61_3:
	movabsq	$9223372036854775806, %r9
	leaq	(,%rdx,8), %r11
	leaq	(,%rsi,8), %r14
	leaq	188(%rax), %r10
	leaq	60(%rcx), %rbx
	xorl	%edi, %edi
	andq	%r8, %r9
	.p2align	4
.LBB61_4:
	vmovss	-60(%r10), %xmm0
	addq	$2, %rdi
	vmovss	%xmm0, -60(%rbx)
	vmovss	-56(%r10), %xmm0
	vmovss	%xmm0, -56(%rbx)
	vmovss	-52(%r10), %xmm0
	vmovss	%xmm0, -52(%rbx)
	vmovss	-48(%r10), %xmm0
	vmovss	%xmm0, -48(%rbx)
	vmovss	-44(%r10), %xmm0
	vmovss	%xmm0, -44(%rbx)
	vmovss	-40(%r10), %xmm0
	vmovss	%xmm0, -40(%rbx)
	vmovss	-36(%r10), %xmm0
	vmovss	%xmm0, -36(%rbx)
	vmovss	-32(%r10), %xmm0
	vmovss	%xmm0, -32(%rbx)
	vmovss	-28(%r10), %xmm0
	vmovss	%xmm0, -28(%rbx)
	vmovss	-24(%r10), %xmm0
	vmovss	%xmm0, -24(%rbx)
	vmovss	-20(%r10), %xmm0
	vmovss	%xmm0, -20(%rbx)
	vmovss	-16(%r10), %xmm0
	vmovss	%xmm0, -16(%rbx)
	vmovss	-12(%r10), %xmm0
	vmovss	%xmm0, -12(%rbx)
	vmovss	-8(%r10), %xmm0
	vmovss	%xmm0, -8(%rbx)
	vmovss	-4(%r10), %xmm0
	vmovss	%xmm0, -4(%rbx)
	vmovss	(%r10), %xmm0
	vmovss	%xmm0, (%rbx)
	vmovss	-60(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -60(%rbx,%rsi,4)
	vmovss	-56(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -56(%rbx,%rsi,4)
	vmovss	-52(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -52(%rbx,%rsi,4)
	vmovss	-48(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -48(%rbx,%rsi,4)
	vmovss	-44(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -44(%rbx,%rsi,4)
	vmovss	-40(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -40(%rbx,%rsi,4)
	vmovss	-36(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -36(%rbx,%rsi,4)
	vmovss	-32(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -32(%rbx,%rsi,4)
	vmovss	-28(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -28(%rbx,%rsi,4)
	vmovss	-24(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -24(%rbx,%rsi,4)
	vmovss	-20(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -20(%rbx,%rsi,4)
	vmovss	-16(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -16(%rbx,%rsi,4)
	vmovss	-12(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -12(%rbx,%rsi,4)
	vmovss	-8(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -8(%rbx,%rsi,4)
	vmovss	-4(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -4(%rbx,%rsi,4)
	vmovss	(%r10,%rdx,4), %xmm0
	addq	%r11, %r10
	vmovss	%xmm0, (%rbx,%rsi,4)
	addq	%r14, %rbx
	cmpq	%rdi, %r9
	jne	.LBB61_4
	testb	$1, %r8b
	je	.LBB61_7
.LBB61_6:
	imulq	%rdi, %rdx
	imulq	%rdi, %rsi
	vmovss	128(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, (%rcx,%rsi,4)
	vmovss	132(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 4(%rcx,%rsi,4)
	vmovss	136(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 8(%rcx,%rsi,4)
	vmovss	140(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 12(%rcx,%rsi,4)
	vmovss	144(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 16(%rcx,%rsi,4)
	vmovss	148(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 20(%rcx,%rsi,4)
	vmovss	152(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 24(%rcx,%rsi,4)
	vmovss	156(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 28(%rcx,%rsi,4)
	vmovss	160(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 32(%rcx,%rsi,4)
	vmovss	164(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 36(%rcx,%rsi,4)
	vmovss	168(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 40(%rcx,%rsi,4)
	vmovss	172(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 44(%rcx,%rsi,4)
	vmovss	176(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 48(%rcx,%rsi,4)
	vmovss	180(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 52(%rcx,%rsi,4)
	vmovss	184(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 56(%rcx,%rsi,4)
	vmovss	188(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 60(%rcx,%rsi,4)
.LBB61_7:
	popq	%rbx
	popq	%r14
.LBB61_8:
	retq
.Lfunc_end61:
	.size	_mlir_ciface_k71, .Lfunc_end61-_mlir_ciface_k71

	.globl	k72
	.p2align	4
	.type	k72,@function
k72:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB62_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$60, %rsi
	shlq	$2, %r9
	addq	$28, %r8
	shlq	$2, %rdi
	addq	$60, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB62_2:
	vmovss	-28(%r8), %xmm0
	vmovss	-60(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-44(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -60(%rdx)
	vmovss	%xmm0, -44(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-56(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-40(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -56(%rdx)
	vmovss	%xmm0, -40(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-52(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-36(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -52(%rdx)
	vmovss	%xmm0, -36(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-48(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-32(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -48(%rdx)
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%r8), %xmm0
	vmovss	-28(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-12(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -28(%rdx)
	vmovss	%xmm0, -12(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-24(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-8(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -24(%rdx)
	vmovss	%xmm0, -8(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-20(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-4(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -20(%rdx)
	vmovss	%xmm0, -4(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	(%r8), %xmm1
	vmovss	-16(%rsi), %xmm2
	vmovss	(%rsi), %xmm3
	addq	%rdi, %r8
	addq	%r9, %rsi
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -16(%rdx)
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB62_2
.LBB62_3:
	retq
.Lfunc_end62:
	.size	k72, .Lfunc_end62-k72

	.globl	_mlir_ciface_k72
	.p2align	4
	.type	_mlir_ciface_k72,@function
_mlir_ciface_k72:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k72@PLT
	addq	$120, %rsp
	retq
.Lfunc_end63:
	.size	_mlir_ciface_k72, .Lfunc_end63-_mlir_ciface_k72

	.globl	k73
	.p2align	4
	.type	k73,@function
k73:
	pushq	%r14
	pushq	%rbx
	movq	56(%rsp), %rdx
	testq	%rdx, %rdx
	jle	.LBB64_7
	movq	72(%rsp), %rax
	movq	40(%rsp), %rcx
	cmpq	$1, %rdx
	jne	.LBB64_3
	xorl	%edi, %edi
	jmp	.LBB64_6
.LBB64_3:
	movabsq	$9223372036854775806, %r8
	leaq	(,%r9,8), %r11
	leaq	(,%rax,8), %r14
	leaq	252(%rsi), %r10
	leaq	60(%rcx), %rbx
	xorl	%edi, %edi
	andq	%rdx, %r8
	.p2align	4
.LBB64_4:
	vmovss	-60(%r10), %xmm0
	addq	$2, %rdi
	vmovss	%xmm0, -60(%rbx)
	vmovss	-56(%r10), %xmm0
	vmovss	%xmm0, -56(%rbx)
	vmovss	-52(%r10), %xmm0
	vmovss	%xmm0, -52(%rbx)
	vmovss	-48(%r10), %xmm0
	vmovss	%xmm0, -48(%rbx)
	vmovss	-44(%r10), %xmm0
	vmovss	%xmm0, -44(%rbx)
	vmovss	-40(%r10), %xmm0
	vmovss	%xmm0, -40(%rbx)
	vmovss	-36(%r10), %xmm0
	vmovss	%xmm0, -36(%rbx)
	vmovss	-32(%r10), %xmm0
	vmovss	%xmm0, -32(%rbx)
	vmovss	-28(%r10), %xmm0
	vmovss	%xmm0, -28(%rbx)
	vmovss	-24(%r10), %xmm0
	vmovss	%xmm0, -24(%rbx)
	vmovss	-20(%r10), %xmm0
	vmovss	%xmm0, -20(%rbx)
	vmovss	-16(%r10), %xmm0
	vmovss	%xmm0, -16(%rbx)
	vmovss	-12(%r10), %xmm0
	vmovss	%xmm0, -12(%rbx)
	vmovss	-8(%r10), %xmm0
	vmovss	%xmm0, -8(%rbx)
	vmovss	-4(%r10), %xmm0
	vmovss	%xmm0, -4(%rbx)
	vmovss	(%r10), %xmm0
	vmovss	%xmm0, (%rbx)
	vmovss	-60(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -60(%rbx,%rax,4)
	vmovss	-56(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -56(%rbx,%rax,4)
	vmovss	-52(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -52(%rbx,%rax,4)
	vmovss	-48(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -48(%rbx,%rax,4)
	vmovss	-44(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -44(%rbx,%rax,4)
	vmovss	-40(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -40(%rbx,%rax,4)
	vmovss	-36(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -36(%rbx,%rax,4)
	vmovss	-32(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -32(%rbx,%rax,4)
	vmovss	-28(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -28(%rbx,%rax,4)
	vmovss	-24(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -24(%rbx,%rax,4)
	vmovss	-20(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -20(%rbx,%rax,4)
	vmovss	-16(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -16(%rbx,%rax,4)
	vmovss	-12(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -12(%rbx,%rax,4)
	vmovss	-8(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -8(%rbx,%rax,4)
	vmovss	-4(%r10,%r9,4), %xmm0
	vmovss	%xmm0, -4(%rbx,%rax,4)
	vmovss	(%r10,%r9,4), %xmm0
	addq	%r11, %r10
	vmovss	%xmm0, (%rbx,%rax,4)
	addq	%r14, %rbx
	cmpq	%rdi, %r8
	jne	.LBB64_4
	testb	$1, %dl
	je	.LBB64_7
.LBB64_6:
	imulq	%rdi, %r9
	imulq	%rdi, %rax
	vmovss	192(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, (%rcx,%rax,4)
	vmovss	196(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 4(%rcx,%rax,4)
	vmovss	200(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 8(%rcx,%rax,4)
	vmovss	204(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 12(%rcx,%rax,4)
	vmovss	208(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 16(%rcx,%rax,4)
	vmovss	212(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 20(%rcx,%rax,4)
	vmovss	216(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 24(%rcx,%rax,4)
	vmovss	220(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 28(%rcx,%rax,4)
	vmovss	224(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 32(%rcx,%rax,4)
	vmovss	228(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 36(%rcx,%rax,4)
	vmovss	232(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 40(%rcx,%rax,4)
	vmovss	236(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 44(%rcx,%rax,4)
	vmovss	240(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 48(%rcx,%rax,4)
	vmovss	244(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 52(%rcx,%rax,4)
	vmovss	248(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 56(%rcx,%rax,4)
	vmovss	252(%rsi,%r9,4), %xmm0
	vmovss	%xmm0, 60(%rcx,%rax,4)
.LBB64_7:
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end64:
	.size	k73, .Lfunc_end64-k73

	.globl	_mlir_ciface_k73
	.p2align	4
	.type	_mlir_ciface_k73,@function
_mlir_ciface_k73:
	movq	24(%rsi), %r8
	testq	%r8, %r8
	jle	.LBB65_8
	pushq	%r14
	pushq	%rbx
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %rdx
	movq	40(%rsi), %rsi
	cmpq	$1, %r8
	jne	.LBB65_3
	xorl	%edi, %edi
	jmp	.LBB65_6
.LBB65_3:
	movabsq	$9223372036854775806, %r9
	leaq	(,%rdx,8), %r11
	leaq	(,%rsi,8), %r14
	leaq	252(%rax), %r10
	leaq	60(%rcx), %rbx
	xorl	%edi, %edi
	andq	%r8, %r9
	.p2align	4
.LBB65_4:
	vmovss	-60(%r10), %xmm0
	addq	$2, %rdi
	vmovss	%xmm0, -60(%rbx)
	vmovss	-56(%r10), %xmm0
	vmovss	%xmm0, -56(%rbx)
	vmovss	-52(%r10), %xmm0
	vmovss	%xmm0, -52(%rbx)
	vmovss	-48(%r10), %xmm0
	vmovss	%xmm0, -48(%rbx)
	vmovss	-44(%r10), %xmm0
	vmovss	%xmm0, -44(%rbx)
	vmovss	-40(%r10), %xmm0
	vmovss	%xmm0, -40(%rbx)
	vmovss	-36(%r10), %xmm0
	vmovss	%xmm0, -36(%rbx)
	vmovss	-32(%r10), %xmm0
	vmovss	%xmm0, -32(%rbx)
	vmovss	-28(%r10), %xmm0
	vmovss	%xmm0, -28(%rbx)
	vmovss	-24(%r10), %xmm0
	vmovss	%xmm0, -24(%rbx)
	vmovss	-20(%r10), %xmm0
	vmovss	%xmm0, -20(%rbx)
	vmovss	-16(%r10), %xmm0
	vmovss	%xmm0, -16(%rbx)
	vmovss	-12(%r10), %xmm0
	vmovss	%xmm0, -12(%rbx)
	vmovss	-8(%r10), %xmm0
	vmovss	%xmm0, -8(%rbx)
	vmovss	-4(%r10), %xmm0
	vmovss	%xmm0, -4(%rbx)
	vmovss	(%r10), %xmm0
	vmovss	%xmm0, (%rbx)
	vmovss	-60(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -60(%rbx,%rsi,4)
	vmovss	-56(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -56(%rbx,%rsi,4)
	vmovss	-52(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -52(%rbx,%rsi,4)
	vmovss	-48(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -48(%rbx,%rsi,4)
	vmovss	-44(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -44(%rbx,%rsi,4)
	vmovss	-40(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -40(%rbx,%rsi,4)
	vmovss	-36(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -36(%rbx,%rsi,4)
	vmovss	-32(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -32(%rbx,%rsi,4)
	vmovss	-28(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -28(%rbx,%rsi,4)
	vmovss	-24(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -24(%rbx,%rsi,4)
	vmovss	-20(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -20(%rbx,%rsi,4)
	vmovss	-16(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -16(%rbx,%rsi,4)
	vmovss	-12(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -12(%rbx,%rsi,4)
	vmovss	-8(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -8(%rbx,%rsi,4)
	vmovss	-4(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -4(%rbx,%rsi,4)
	vmovss	(%r10,%rdx,4), %xmm0
	addq	%r11, %r10
	vmovss	%xmm0, (%rbx,%rsi,4)
	addq	%r14, %rbx
	cmpq	%rdi, %r9
	jne	.LBB65_4
	testb	$1, %r8b
	je	.LBB65_7
.LBB65_6:
	imulq	%rdi, %rdx
	imulq	%rdi, %rsi
	vmovss	192(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, (%rcx,%rsi,4)
	vmovss	196(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 4(%rcx,%rsi,4)
	vmovss	200(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 8(%rcx,%rsi,4)
	vmovss	204(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 12(%rcx,%rsi,4)
	vmovss	208(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 16(%rcx,%rsi,4)
	vmovss	212(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 20(%rcx,%rsi,4)
	vmovss	216(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 24(%rcx,%rsi,4)
	vmovss	220(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 28(%rcx,%rsi,4)
	vmovss	224(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 32(%rcx,%rsi,4)
	vmovss	228(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 36(%rcx,%rsi,4)
	vmovss	232(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 40(%rcx,%rsi,4)
	vmovss	236(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 44(%rcx,%rsi,4)
	vmovss	240(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 48(%rcx,%rsi,4)
	vmovss	244(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 52(%rcx,%rsi,4)
	vmovss	248(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 56(%rcx,%rsi,4)
	vmovss	252(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, 60(%rcx,%rsi,4)
.LBB65_7:
	popq	%rbx
	popq	%r14
.LBB65_8:
	retq
.Lfunc_end65:
	.size	_mlir_ciface_k73, .Lfunc_end65-_mlir_ciface_k73

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI66_0:
	.long	0xff61b1e6
.LCPI66_1:
	.long	0x3eb504f3
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI66_2:
	.quad	0
	.quad	4
	.quad	2
	.quad	3
	.text
	.globl	k74
	.p2align	4
	.type	k74,@function
k74:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$328, %rsp
	movq	%r9, 144(%rsp)
	movq	%rsi, 136(%rsp)
	movq	544(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	512(%rsp), %rax
	movq	528(%rsp), %rbx
	movq	%rax, 112(%rsp)
	movq	%rbx, %rdi
	shlq	$7, %rdi
	movq	456(%rsp), %rax
	movq	488(%rsp), %r12
	movq	%rax, 56(%rsp)
	movq	400(%rsp), %rax
	movq	432(%rsp), %rbp
	movq	%rax, 48(%rsp)
	callq	malloc@PLT
	movq	%rax, 32(%rsp)
	movq	%rbx, 120(%rsp)
	testq	%rbx, %rbx
	jle	.LBB66_11
	movq	48(%rsp), %rax
	leaq	(,%r12,8), %rbx
	xorl	%edx, %edx
	addq	$24, %rax
	movq	%rax, 152(%rsp)
	movl	$1, %eax
	movq	%rbx, 208(%rsp)
	jmp	.LBB66_3
	.p2align	4
.LBB66_2:
	movq	40(%rsp), %rax
	incq	%rdx
	incq	%rax
	cmpq	120(%rsp), %rdx
	je	.LBB66_11
.LBB66_3:
	movq	%rax, 40(%rsp)
	andq	$-2, %rax
	movq	%rdx, %rsi
	shlq	$7, %rsi
	xorl	%edi, %edi
	xorl	%r15d, %r15d
	movq	%rax, 216(%rsp)
	movq	%rdx, %rax
	imulq	144(%rsp), %rax
	movq	136(%rsp), %rcx
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, 168(%rsp)
	movq	%rdx, %rax
	imulq	128(%rsp), %rax
	movq	112(%rsp), %rcx
	addq	32(%rsp), %rsi
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, 160(%rsp)
	movq	%rdx, 184(%rsp)
	movq	%rsi, 176(%rsp)
	jmp	.LBB66_4
	.p2align	4
.LBB66_5:
	vmovd	.LCPI66_0(%rip), %xmm9
	vxorps	%xmm4, %xmm4, %xmm4
	vxorps	%xmm3, %xmm3, %xmm3
	xorl	%r13d, %r13d
.LBB66_7:
	vmovups	%ymm2, 256(%rsp)
	vmovaps	%xmm3, (%rsp)
	movl	%r15d, %r14d
	shll	$4, %r14d
	movq	%r13, %rcx
	imulq	%rbp, %rcx
	movq	48(%rsp), %rax
	andl	$32, %r14d
	addq	%r14, %rax
	addq	56(%rsp), %r14
	vmovsd	(%rax,%rcx,4), %xmm0
	vmovsd	8(%rax,%rcx,4), %xmm1
	vmovsd	16(%rax,%rcx,4), %xmm2
	vmovsd	24(%rax,%rcx,4), %xmm3
	vmovd	%xmm9, %eax
	testl	%eax, %eax
	sets	%al
	kmovd	%eax, %k1
	vmulps	%xmm0, %xmm8, %xmm0
	vmulps	%xmm1, %xmm7, %xmm1
	vaddss	%xmm4, %xmm0, %xmm4
	vmovshdup	%xmm0, %xmm0
	vaddss	%xmm0, %xmm4, %xmm0
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	%xmm2, %xmm6, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	%xmm3, %xmm5, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	.LCPI66_1(%rip), %xmm0, %xmm1
	vmovdqa	%xmm9, %xmm0
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm1, 16(%rsp)
	vmovss	%xmm9, %xmm1, %xmm1 {%k1}
	vmaxss	%xmm0, %xmm1, %xmm0
	vcmpunordss	%xmm1, %xmm1, %k1
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm0, 64(%rsp)
	vsubss	%xmm0, %xmm9, %xmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 80(%rsp)
	vmovaps	16(%rsp), %xmm0
	vsubss	64(%rsp), %xmm0, %xmm0
	callq	expf@PLT
	vmovaps	80(%rsp), %xmm3
	imulq	%r12, %r13
	vbroadcastss	%xmm0, %ymm2
	vmulss	(%rsp), %xmm3, %xmm4
	vmulps	(%r14,%r13,4), %ymm2, %ymm2
	vbroadcastss	%xmm3, %ymm1
	vmulps	256(%rsp), %ymm1, %ymm1
	vaddss	%xmm4, %xmm0, %xmm3
	vaddps	%ymm1, %ymm2, %ymm2
.LBB66_8:
	movq	176(%rsp), %rsi
	leaq	(,%r15,8), %rax
	movq	200(%rsp), %rdi
	movq	160(%rsp), %rcx
	movq	184(%rsp), %rdx
	incq	%r15
	vmovups	%ymm2, (%rsi,%rax,4)
	addq	$4, %rdi
	vinsertps	$16, 4(%rsi,%rax,4), %xmm2, %xmm0
	vmovsd	8(%rsi,%rax,4), %xmm1
	vmovapd	.LCPI66_2(%rip), %ymm2
	vinsertf128	$1, 16(%rsi,%rax,4), %ymm0, %ymm0
	vpermt2pd	%ymm1, %ymm2, %ymm0
	vbroadcastss	%xmm3, %ymm1
	vdivps	%ymm1, %ymm0, %ymm0
	vmovups	%ymm0, (%rcx,%rax,4)
	cmpq	$4, %r15
	je	.LBB66_2
.LBB66_4:
	movq	168(%rsp), %rcx
	movq	%r15, %rax
	shlq	$5, %rax
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rdi, 200(%rsp)
	vmovups	%ymm0, (%rsi,%rax)
	vmovups	(%rsi,%rax), %ymm2
	vmovsd	(%rcx,%rax), %xmm8
	vmovsd	8(%rcx,%rax), %xmm7
	vmovsd	16(%rcx,%rax), %xmm6
	vmovsd	24(%rcx,%rax), %xmm5
	testq	%rdx, %rdx
	je	.LBB66_5
	movq	%r15, 192(%rsp)
	vmovd	.LCPI66_0(%rip), %xmm9
	movq	%rdi, %r15
	shrq	$3, %r15
	movq	%r12, %rbx
	leaq	(,%rbp,8), %r12
	vxorps	%xmm3, %xmm3, %xmm3
	xorl	%r13d, %r13d
	movq	152(%rsp), %rax
	shlq	$5, %r15
	leaq	(%rax,%r15), %r14
	addq	56(%rsp), %r15
	vmovaps	%xmm5, 80(%rsp)
	vmovaps	%xmm6, 64(%rsp)
	vmovaps	%xmm7, 240(%rsp)
	vmovaps	%xmm8, 224(%rsp)
	.p2align	4
.LBB66_10:
	vmovsd	-24(%r14), %xmm0
	vmovsd	-16(%r14), %xmm1
	vxorps	%xmm4, %xmm4, %xmm4
	vmovups	%ymm2, 256(%rsp)
	vmovsd	-8(%r14), %xmm2
	vmovaps	%xmm3, (%rsp)
	vmovsd	(%r14), %xmm3
	vmovd	%xmm9, %eax
	testl	%eax, %eax
	sets	%al
	kmovd	%eax, %k1
	vmulps	%xmm0, %xmm8, %xmm0
	vmulps	%xmm1, %xmm7, %xmm1
	vaddss	%xmm4, %xmm0, %xmm4
	vmovshdup	%xmm0, %xmm0
	vaddss	%xmm0, %xmm4, %xmm0
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	%xmm2, %xmm6, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	%xmm3, %xmm5, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	.LCPI66_1(%rip), %xmm1
	vmulss	%xmm1, %xmm0, %xmm1
	vmovdqa	%xmm9, %xmm0
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm1, 288(%rsp)
	vmovss	%xmm9, %xmm1, %xmm1 {%k1}
	vmaxss	%xmm0, %xmm1, %xmm0
	vcmpunordss	%xmm1, %xmm1, %k1
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm0, 16(%rsp)
	vsubss	%xmm0, %xmm9, %xmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 96(%rsp)
	vmovaps	288(%rsp), %xmm0
	vsubss	16(%rsp), %xmm0, %xmm0
	callq	expf@PLT
	vmovaps	96(%rsp), %xmm3
	vbroadcastss	%xmm0, %ymm2
	vmulps	(%r15), %ymm2, %ymm2
	vxorps	%xmm4, %xmm4, %xmm4
	vbroadcastss	%xmm3, %ymm1
	vmulps	256(%rsp), %ymm1, %ymm1
	vaddps	%ymm1, %ymm2, %ymm1
	vmovsd	-8(%r14,%rbp,4), %xmm2
	vmovups	%ymm1, 288(%rsp)
	vmulss	(%rsp), %xmm3, %xmm1
	vmovsd	(%r14,%rbp,4), %xmm3
	vaddss	%xmm1, %xmm0, %xmm0
	vmovsd	-16(%r14,%rbp,4), %xmm1
	vmovss	%xmm0, 256(%rsp)
	vmovsd	-24(%r14,%rbp,4), %xmm0
	vmulps	224(%rsp), %xmm0, %xmm0
	vmulps	240(%rsp), %xmm1, %xmm1
	vaddss	%xmm4, %xmm0, %xmm4
	vmovshdup	%xmm0, %xmm0
	vaddss	%xmm0, %xmm4, %xmm0
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	64(%rsp), %xmm2, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	80(%rsp), %xmm3, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	.LCPI66_1(%rip), %xmm0, %xmm1
	vmovaps	%xmm1, 96(%rsp)
	vmovdqa	16(%rsp), %xmm2
	vmovd	%xmm2, %eax
	vmovdqa	%xmm2, %xmm0
	testl	%eax, %eax
	sets	%al
	kmovd	%eax, %k1
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovss	%xmm2, %xmm1, %xmm1 {%k1}
	vmaxss	%xmm0, %xmm1, %xmm0
	vcmpunordss	%xmm1, %xmm1, %k1
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm0, (%rsp)
	vsubss	%xmm0, %xmm2, %xmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovaps	96(%rsp), %xmm0
	vsubss	(%rsp), %xmm0, %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm3
	vbroadcastss	%xmm0, %ymm2
	vmulps	(%r15,%rbx,4), %ymm2, %ymm2
	vmovdqa	(%rsp), %xmm9
	vmovaps	224(%rsp), %xmm8
	vmovaps	240(%rsp), %xmm7
	vmovaps	64(%rsp), %xmm6
	vmovaps	80(%rsp), %xmm5
	addq	208(%rsp), %r15
	addq	$2, %r13
	addq	%r12, %r14
	vmulss	256(%rsp), %xmm3, %xmm4
	vbroadcastss	%xmm3, %ymm1
	vmulps	288(%rsp), %ymm1, %ymm1
	vaddss	%xmm4, %xmm0, %xmm3
	vaddps	%ymm1, %ymm2, %ymm2
	cmpq	%r13, 216(%rsp)
	jne	.LBB66_10
	testb	$1, 40(%rsp)
	movq	192(%rsp), %r15
	vxorps	%xmm4, %xmm4, %xmm4
	movq	%rbx, %r12
	jne	.LBB66_7
	jmp	.LBB66_8
.LBB66_11:
	movq	32(%rsp), %rdi
	addq	$328, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end66:
	.size	k74, .Lfunc_end66-k74

	.globl	_mlir_ciface_k74
	.p2align	4
	.type	_mlir_ciface_k74,@function
_mlir_ciface_k74:
	subq	$184, %rsp
	movq	8(%rdx), %r8
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	8(%rcx), %r10
	movq	24(%rcx), %r11
	movq	40(%rcx), %rcx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rcx, 160(%rsp)
	movq	%r11, 144(%rsp)
	movq	%r10, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k74@PLT
	addq	$184, %rsp
	retq
.Lfunc_end67:
	.size	_mlir_ciface_k74, .Lfunc_end67-_mlir_ciface_k74

	.globl	k76
	.p2align	4
	.type	k76,@function
k76:
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	movq	120(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB68_5
	movq	136(%rsp), %rcx
	movq	80(%rsp), %rdi
	movq	48(%rsp), %r10
	movq	104(%rsp), %rdx
	shlq	$2, %r9
	xorl	%r11d, %r11d
	leaq	(,%rcx,4), %r8
	addq	$124, %r10
	shlq	$2, %rdi
	.p2align	4
.LBB68_2:
	movq	%r8, %rbx
	imulq	%r11, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r10, %r14
	xorl	%r15d, %r15d
	vmovups	%zmm0, 64(%rdx,%rbx)
	vmovups	%zmm0, (%rdx,%rbx)
	movq	%r11, %rbx
	imulq	%rcx, %rbx
	vmovss	(%rdx,%rbx,4), %xmm0
	vmovss	4(%rdx,%rbx,4), %xmm3
	vmovss	8(%rdx,%rbx,4), %xmm4
	vmovss	12(%rdx,%rbx,4), %xmm5
	vmovss	16(%rdx,%rbx,4), %xmm6
	vmovss	20(%rdx,%rbx,4), %xmm7
	vmovss	24(%rdx,%rbx,4), %xmm8
	vmovss	28(%rdx,%rbx,4), %xmm9
	vmovss	32(%rdx,%rbx,4), %xmm10
	vmovss	36(%rdx,%rbx,4), %xmm11
	vmovss	40(%rdx,%rbx,4), %xmm12
	vmovss	44(%rdx,%rbx,4), %xmm13
	vmovss	48(%rdx,%rbx,4), %xmm14
	vmovss	52(%rdx,%rbx,4), %xmm15
	vmovss	56(%rdx,%rbx,4), %xmm16
	vmovss	60(%rdx,%rbx,4), %xmm17
	vmovss	64(%rdx,%rbx,4), %xmm18
	vmovss	68(%rdx,%rbx,4), %xmm19
	vmovss	72(%rdx,%rbx,4), %xmm20
	vmovss	76(%rdx,%rbx,4), %xmm21
	vmovss	80(%rdx,%rbx,4), %xmm22
	vmovss	84(%rdx,%rbx,4), %xmm23
	vmovss	88(%rdx,%rbx,4), %xmm24
	vmovss	92(%rdx,%rbx,4), %xmm25
	vmovss	96(%rdx,%rbx,4), %xmm26
	vmovss	100(%rdx,%rbx,4), %xmm27
	vmovss	104(%rdx,%rbx,4), %xmm28
	vmovss	108(%rdx,%rbx,4), %xmm29
	vmovss	112(%rdx,%rbx,4), %xmm30
	vmovss	116(%rdx,%rbx,4), %xmm31
	vmovss	124(%rdx,%rbx,4), %xmm1
	vmovss	%xmm0, -8(%rsp)
	vmovss	120(%rdx,%rbx,4), %xmm0
	.p2align	4
.LBB68_3:
	vmovss	%xmm1, -12(%rsp)
	vmovss	(%rsi,%r15,4), %xmm1
	vmovss	%xmm0, -4(%rsp)
	vmovaps	%xmm31, %xmm0
	vmovaps	%xmm30, %xmm31
	vmovaps	%xmm29, %xmm30
	vmovaps	%xmm28, %xmm29
	vmovaps	%xmm27, %xmm28
	vmovaps	%xmm26, %xmm27
	vmovaps	%xmm25, %xmm26
	vmovaps	%xmm24, %xmm25
	vmovaps	%xmm23, %xmm24
	vmovaps	%xmm22, %xmm23
	vmovaps	%xmm21, %xmm22
	vmovaps	%xmm20, %xmm21
	vmovaps	%xmm19, %xmm20
	vmovaps	%xmm18, %xmm19
	vmovaps	%xmm17, %xmm18
	vmovaps	%xmm16, %xmm17
	vmovaps	%xmm15, %xmm16
	vmovaps	%xmm14, %xmm15
	vmovaps	%xmm13, %xmm14
	vmovaps	%xmm12, %xmm13
	vmovaps	%xmm11, %xmm12
	vmovaps	%xmm10, %xmm11
	vmovaps	%xmm9, %xmm10
	vmovaps	%xmm8, %xmm9
	vmovaps	%xmm7, %xmm8
	vmovaps	%xmm6, %xmm7
	vmovaps	%xmm5, %xmm6
	vmovaps	%xmm4, %xmm5
	vmovaps	%xmm3, %xmm4
	vmovss	-8(%rsp), %xmm3
	incq	%r15
	vmulss	-124(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, (%rdx,%rbx,4)
	vmovss	%xmm3, -8(%rsp)
	vmovaps	%xmm4, %xmm3
	vmovaps	%xmm5, %xmm4
	vmovaps	%xmm6, %xmm5
	vmovaps	%xmm7, %xmm6
	vmovaps	%xmm8, %xmm7
	vmovaps	%xmm9, %xmm8
	vmovaps	%xmm10, %xmm9
	vmovaps	%xmm11, %xmm10
	vmovaps	%xmm12, %xmm11
	vmovaps	%xmm13, %xmm12
	vmovaps	%xmm14, %xmm13
	vmovaps	%xmm15, %xmm14
	vmovaps	%xmm16, %xmm15
	vmovaps	%xmm17, %xmm16
	vmovaps	%xmm18, %xmm17
	vmovaps	%xmm19, %xmm18
	vmovaps	%xmm20, %xmm19
	vmovaps	%xmm21, %xmm20
	vmovaps	%xmm22, %xmm21
	vmovaps	%xmm23, %xmm22
	vmovaps	%xmm24, %xmm23
	vmovaps	%xmm25, %xmm24
	vmovaps	%xmm26, %xmm25
	vmovaps	%xmm27, %xmm26
	vmovaps	%xmm28, %xmm27
	vmovaps	%xmm29, %xmm28
	vmovaps	%xmm30, %xmm29
	vmovaps	%xmm31, %xmm30
	vmovaps	%xmm0, %xmm31
	vmovss	-4(%rsp), %xmm0
	vmulss	-120(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, 4(%rdx,%rbx,4)
	vmulss	-116(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm4, %xmm4
	vmovss	%xmm4, 8(%rdx,%rbx,4)
	vmulss	-112(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm5, %xmm5
	vmovss	%xmm5, 12(%rdx,%rbx,4)
	vmulss	-108(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm6, %xmm6
	vmovss	%xmm6, 16(%rdx,%rbx,4)
	vmulss	-104(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm7, %xmm7
	vmovss	%xmm7, 20(%rdx,%rbx,4)
	vmulss	-100(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm8, %xmm8
	vmovss	%xmm8, 24(%rdx,%rbx,4)
	vmulss	-96(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm9, %xmm9
	vmovss	%xmm9, 28(%rdx,%rbx,4)
	vmulss	-92(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm10, %xmm10
	vmovss	%xmm10, 32(%rdx,%rbx,4)
	vmulss	-88(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm11, %xmm11
	vmovss	%xmm11, 36(%rdx,%rbx,4)
	vmulss	-84(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm12, %xmm12
	vmovss	%xmm12, 40(%rdx,%rbx,4)
	vmulss	-80(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm13, %xmm13
	vmovss	%xmm13, 44(%rdx,%rbx,4)
	vmulss	-76(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm14, %xmm14
	vmovss	%xmm14, 48(%rdx,%rbx,4)
	vmulss	-72(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm15, %xmm15
	vmovss	%xmm15, 52(%rdx,%rbx,4)
	vmulss	-68(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm16, %xmm16
	vmovss	%xmm16, 56(%rdx,%rbx,4)
	vmulss	-64(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm17, %xmm17
	vmovss	%xmm17, 60(%rdx,%rbx,4)
	vmulss	-60(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm18, %xmm18
	vmovss	%xmm18, 64(%rdx,%rbx,4)
	vmulss	-56(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm19, %xmm19
	vmovss	%xmm19, 68(%rdx,%rbx,4)
	vmulss	-52(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm20, %xmm20
	vmovss	%xmm20, 72(%rdx,%rbx,4)
	vmulss	-48(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm21, %xmm21
	vmovss	%xmm21, 76(%rdx,%rbx,4)
	vmulss	-44(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm22, %xmm22
	vmovss	%xmm22, 80(%rdx,%rbx,4)
	vmulss	-40(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm23, %xmm23
	vmovss	%xmm23, 84(%rdx,%rbx,4)
	vmulss	-36(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm24, %xmm24
	vmovss	%xmm24, 88(%rdx,%rbx,4)
	vmulss	-32(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm25, %xmm25
	vmovss	%xmm25, 92(%rdx,%rbx,4)
	vmulss	-28(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm26, %xmm26
	vmovss	%xmm26, 96(%rdx,%rbx,4)
	vmulss	-24(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm27, %xmm27
	vmovss	%xmm27, 100(%rdx,%rbx,4)
	vmulss	-20(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm28, %xmm28
	vmovss	%xmm28, 104(%rdx,%rbx,4)
	vmulss	-16(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm29, %xmm29
	vmovss	%xmm29, 108(%rdx,%rbx,4)
	vmulss	-12(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm30, %xmm30
	vmovss	%xmm30, 112(%rdx,%rbx,4)
	vmulss	-8(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm31, %xmm31
	vmovss	%xmm31, 116(%rdx,%rbx,4)
	vmulss	-4(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm0, %xmm0
	vmovss	-12(%rsp), %xmm2
	vmovss	%xmm0, 120(%rdx,%rbx,4)
	vmulss	(%r14), %xmm1, %xmm1
	addq	%rdi, %r14
	vaddss	%xmm1, %xmm2, %xmm2
	vmovss	%xmm2, -12(%rsp)
	vmovss	-12(%rsp), %xmm1
	vmovss	%xmm1, 124(%rdx,%rbx,4)
	cmpq	$32, %r15
	jne	.LBB68_3
	incq	%r11
	addq	%r9, %rsi
	cmpq	%rax, %r11
	jne	.LBB68_2
.LBB68_5:
	popq	%rbx
	popq	%r14
	popq	%r15
	vzeroupper
	retq
.Lfunc_end68:
	.size	k76, .Lfunc_end68-k76

	.globl	_mlir_ciface_k76
	.p2align	4
	.type	_mlir_ciface_k76,@function
_mlir_ciface_k76:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k76@PLT
	addq	$120, %rsp
	retq
.Lfunc_end69:
	.size	_mlir_ciface_k76, .Lfunc_end69-_mlir_ciface_k76

	.globl	k77
	.p2align	4
	.type	k77,@function
k77:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB70_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$124, %r8
	shlq	$2, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB70_2:
	vmovss	-124(%rsi), %xmm0
	vaddss	-124(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -124(%rdx)
	vmovss	-120(%rsi), %xmm0
	vaddss	-120(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -120(%rdx)
	vmovss	-116(%rsi), %xmm0
	vaddss	-116(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -116(%rdx)
	vmovss	-112(%rsi), %xmm0
	vaddss	-112(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -112(%rdx)
	vmovss	-108(%rsi), %xmm0
	vaddss	-108(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -108(%rdx)
	vmovss	-104(%rsi), %xmm0
	vaddss	-104(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -104(%rdx)
	vmovss	-100(%rsi), %xmm0
	vaddss	-100(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -100(%rdx)
	vmovss	-96(%rsi), %xmm0
	vaddss	-96(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -96(%rdx)
	vmovss	-92(%rsi), %xmm0
	vaddss	-92(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -92(%rdx)
	vmovss	-88(%rsi), %xmm0
	vaddss	-88(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -88(%rdx)
	vmovss	-84(%rsi), %xmm0
	vaddss	-84(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -84(%rdx)
	vmovss	-80(%rsi), %xmm0
	vaddss	-80(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -80(%rdx)
	vmovss	-76(%rsi), %xmm0
	vaddss	-76(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -76(%rdx)
	vmovss	-72(%rsi), %xmm0
	vaddss	-72(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -72(%rdx)
	vmovss	-68(%rsi), %xmm0
	vaddss	-68(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -68(%rdx)
	vmovss	-64(%rsi), %xmm0
	vaddss	-64(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -64(%rdx)
	vmovss	-60(%rsi), %xmm0
	vaddss	-60(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -60(%rdx)
	vmovss	-56(%rsi), %xmm0
	vaddss	-56(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -56(%rdx)
	vmovss	-52(%rsi), %xmm0
	vaddss	-52(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -52(%rdx)
	vmovss	-48(%rsi), %xmm0
	vaddss	-48(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -48(%rdx)
	vmovss	-44(%rsi), %xmm0
	vaddss	-44(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -44(%rdx)
	vmovss	-40(%rsi), %xmm0
	vaddss	-40(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -40(%rdx)
	vmovss	-36(%rsi), %xmm0
	vaddss	-36(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -36(%rdx)
	vmovss	-32(%rsi), %xmm0
	vaddss	-32(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%rsi), %xmm0
	vaddss	-28(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -28(%rdx)
	vmovss	-24(%rsi), %xmm0
	vaddss	-24(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -24(%rdx)
	vmovss	-20(%rsi), %xmm0
	vaddss	-20(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -20(%rdx)
	vmovss	-16(%rsi), %xmm0
	vaddss	-16(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -16(%rdx)
	vmovss	-12(%rsi), %xmm0
	vaddss	-12(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -12(%rdx)
	vmovss	-8(%rsi), %xmm0
	vaddss	-8(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -8(%rdx)
	vmovss	-4(%rsi), %xmm0
	vaddss	-4(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -4(%rdx)
	vmovss	(%rsi), %xmm0
	addq	%r9, %rsi
	vaddss	(%r8), %xmm0, %xmm0
	addq	%rdi, %r8
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB70_2
.LBB70_3:
	retq
.Lfunc_end70:
	.size	k77, .Lfunc_end70-k77

	.globl	_mlir_ciface_k77
	.p2align	4
	.type	_mlir_ciface_k77,@function
_mlir_ciface_k77:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k77@PLT
	addq	$120, %rsp
	retq
.Lfunc_end71:
	.size	_mlir_ciface_k77, .Lfunc_end71-_mlir_ciface_k77

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI72_0:
	.quad	16
	.quad	20
	.quad	24
	.quad	28
.LCPI72_10:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI72_1:
	.quad	32
	.quad	36
	.quad	40
	.quad	44
	.quad	48
	.quad	52
	.quad	56
	.quad	60
.LCPI72_2:
	.quad	64
	.quad	68
	.quad	72
	.quad	76
	.quad	80
	.quad	84
	.quad	88
	.quad	92
.LCPI72_3:
	.quad	96
	.quad	100
	.quad	104
	.quad	108
	.quad	112
	.quad	116
	.quad	120
	.quad	124
.LCPI72_4:
	.quad	8
	.quad	9
	.quad	10
	.quad	11
	.quad	12
	.quad	13
	.quad	14
	.quad	15
.LCPI72_5:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI72_6:
	.long	0x3d000000
.LCPI72_7:
	.long	0x3727c5ac
.LCPI72_8:
	.long	0x3f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI72_9:
	.quad	16
.LCPI72_11:
	.quad	4
	.text
	.globl	k81
	.p2align	4
	.type	k81,@function
k81:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$792, %rsp
	movq	%r9, 144(%rsp)
	movq	%rsi, 8(%rsp)
	movq	1064(%rsp), %rax
	movq	%rax, 304(%rsp)
	movq	920(%rsp), %rax
	movq	1048(%rsp), %r14
	movq	1032(%rsp), %r13
	movq	1008(%rsp), %r12
	movq	976(%rsp), %rbp
	movq	952(%rsp), %rbx
	movq	%rax, 152(%rsp)
	movq	%r14, %rdi
	shlq	$7, %rdi
	movq	896(%rsp), %rax
	movq	%rax, 80(%rsp)
	movq	864(%rsp), %r15
	callq	malloc@PLT
	movq	%r14, %r8
	movq	%rax, %r14
	testq	%r8, %r8
	jle	.LBB72_30
	movq	80(%rsp), %rcx
	kxnorw	%k0, %k0, %k1
	kxnorb	%k0, %k0, %k2
	vmovss	(%r15), %xmm4
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm11, %xmm11, %xmm11
	movq	144(%rsp), %rdi
	vxorps	%xmm3, %xmm3, %xmm3
	cmpq	$4, %r8
	vpbroadcastq	%rcx, %zmm0
	vpmullq	.LCPI72_0(%rip), %ymm0, %ymm1
	vpmullq	.LCPI72_1(%rip), %zmm0, %zmm2
	vpmullq	.LCPI72_2(%rip), %zmm0, %zmm9
	vpmullq	.LCPI72_3(%rip), %zmm0, %zmm0
	leaq	(%rcx,%rcx,2), %rax
	vmovss	(%r15,%rcx,4), %xmm5
	vmovss	(%r15,%rcx,8), %xmm6
	vmovss	(%r15,%rax,4), %xmm7
	setae	%al
	cmpq	$1, %rdi
	sete	%cl
	andb	%al, %cl
	vgatherqps	(%r15,%ymm1), %xmm8 {%k1}
	vgatherqps	(%r15,%zmm2), %ymm11 {%k2}
	kxnorb	%k0, %k0, %k2
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm1, %xmm1, %xmm1
	vgatherqps	(%r15,%zmm0), %ymm3 {%k2}
	vgatherqps	(%r15,%zmm9), %ymm1 {%k1}
	vinsertf64x4	$1, %ymm3, %zmm1, %zmm16
	cmpb	$1, %cl
	jne	.LBB72_2
	movq	8(%rsp), %r9
	vextractf128	$1, %ymm11, %xmm2
	vextractf32x4	$2, %zmm16, %xmm9
	vextractf32x4	$3, %zmm16, %xmm12
	movabsq	$9223372036854775792, %rcx
	vshufps	$255, %xmm8, %xmm8, %xmm1
	vmovups	%zmm16, 656(%rsp)
	vmovaps	%xmm4, 288(%rsp)
	vmovaps	%xmm5, 272(%rsp)
	vmovaps	%xmm6, 256(%rsp)
	vmovaps	%xmm7, 240(%rsp)
	vmovaps	%xmm8, 224(%rsp)
	vmovups	%ymm11, 432(%rsp)
	vmovaps	%xmm1, 416(%rsp)
	vmovaps	%xmm12, 400(%rsp)
	vmovaps	%xmm9, 384(%rsp)
	cmpq	$16, %r8
	jae	.LBB72_5
	xorl	%eax, %eax
	jmp	.LBB72_9
.LBB72_30:
	shlq	$9, %r8
	movq	%r8, %rdi
	callq	malloc@PLT
	movq	%rax, %r15
	jmp	.LBB72_29
.LBB72_2:
	movq	8(%rsp), %r9
	xorl	%eax, %eax
	jmp	.LBB72_12
.LBB72_5:
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm5, %zmm10
	vbroadcastss	%xmm6, %zmm5
	vmovshdup	%xmm8, %xmm4
	vbroadcastss	%xmm7, %zmm6
	vshufpd	$1, %xmm8, %xmm8, %xmm3
	vbroadcastss	%xmm1, %zmm18
	vmovshdup	%xmm11, %xmm1
	vmovdqa64	.LCPI72_5(%rip), %zmm13
	vpbroadcastq	.LCPI72_9(%rip), %zmm14
	vbroadcastss	%xmm2, %zmm23
	vbroadcastss	%xmm11, %zmm19
	vshufps	$170, %zmm16, %zmm16, %zmm7
	vbroadcastss	%xmm16, %zmm27
	movq	%r8, %rax
	andq	%rcx, %rax
	leaq	124(%r9), %rdx
	xorl	%esi, %esi
	vbroadcastss	%xmm1, %zmm20
	vshufps	$255, %xmm11, %xmm11, %xmm1
	vmovups	%zmm0, 80(%rsp)
	vmovups	%zmm10, 528(%rsp)
	vmovups	%zmm5, 160(%rsp)
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm8, %zmm5
	vmovups	%zmm6, 16(%rsp)
	vbroadcastss	%xmm1, %zmm22
	vshufpd	$1, %xmm16, %xmm16, %xmm1
	vshufps	$85, %zmm16, %zmm16, %zmm6
	vbroadcastss	%xmm9, %zmm4
	vshuff64x2	$170, %zmm7, %zmm7, %zmm9
	vshuff64x2	$255, %zmm7, %zmm7, %zmm7
	vbroadcastss	%xmm1, %zmm29
	vextractf32x4	$1, %ymm16, %xmm1
	vshuff64x2	$170, %zmm6, %zmm6, %zmm8
	vshuff64x2	$255, %zmm6, %zmm6, %zmm6
	vmovups	%zmm5, 464(%rsp)
	vmovups	%zmm0, 592(%rsp)
	vbroadcastss	%xmm3, %zmm0
	vbroadcastss	%xmm12, %zmm5
	vmovdqa64	.LCPI72_4(%rip), %zmm12
	vshufpd	$1, %xmm11, %xmm11, %xmm3
	vbroadcastss	%xmm1, %zmm31
	vbroadcastss	%xmm3, %zmm21
	vmovupd	%zmm0, 720(%rsp)
	vshufps	$85, %ymm11, %ymm11, %ymm0
	vmovaps	%xmm2, 368(%rsp)
	vmovshdup	%xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm24
	vshufps	$170, %ymm11, %ymm11, %ymm0
	vbroadcastss	%xmm2, %zmm28
	vshufps	$255, %xmm16, %xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm25
	vshufps	$255, %ymm11, %ymm11, %ymm0
	vshufps	$255, %zmm16, %zmm16, %zmm11
	vbroadcastss	%xmm2, %zmm30
	vshuff64x2	$85, %zmm0, %zmm0, %zmm26
	vshufps	$85, %ymm16, %ymm16, %ymm0
	vshuff64x2	$170, %zmm11, %zmm11, %zmm10
	vshuff64x2	$255, %zmm11, %zmm11, %zmm11
	vshuff64x2	$85, %zmm0, %zmm0, %zmm1
	vshufps	$170, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm2
	vshufps	$255, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm3
	.p2align	4
.LBB72_6:
	vmovups	-120(%rdx,%rsi,4), %zmm15
	vmovups	-124(%rdx,%rsi,4), %zmm0
	vmovups	-116(%rdx,%rsi,4), %zmm16
	kxnorb	%k0, %k0, %k1
	vmulps	%zmm0, %zmm0, %zmm17
	vmulps	%zmm15, %zmm15, %zmm15
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm15, %zmm17, %zmm15
	vmovups	-112(%rdx,%rsi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vmovups	(%rdx,%rsi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-108(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-104(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-100(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-96(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-92(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-88(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-84(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-80(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-76(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-72(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-68(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-64(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-60(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-56(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-52(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-48(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-44(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-40(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-36(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-32(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-28(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-24(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-20(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-16(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-12(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-8(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-4(%rdx,%rsi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	.LCPI72_6(%rip){1to16}, %zmm15, %zmm15
	vbroadcastss	.LCPI72_8(%rip), %zmm16
	vaddps	.LCPI72_7(%rip){1to16}, %zmm15, %zmm15
	vsqrtps	%zmm15, %zmm15
	vdivps	%zmm15, %zmm16, %zmm17
	vpsllq	$7, %zmm13, %zmm16
	vpsllq	$7, %zmm12, %zmm15
	vpaddq	%zmm14, %zmm13, %zmm13
	vpaddq	%zmm14, %zmm12, %zmm12
	vmulps	%zmm0, %zmm17, %zmm0
	vmulps	80(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, (%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, (%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-120(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	528(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 4(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 4(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-116(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	160(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 8(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 8(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-112(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	16(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 12(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 12(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-108(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	464(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 16(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 16(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-104(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	592(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 20(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 20(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-100(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	720(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 24(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 24(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-96(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm18, %zmm0, %zmm0
	vscatterqps	%ymm0, 28(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 28(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-92(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm19, %zmm0, %zmm0
	vscatterqps	%ymm0, 32(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 32(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-88(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm20, %zmm0, %zmm0
	vscatterqps	%ymm0, 36(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 36(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-84(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm21, %zmm0, %zmm0
	vscatterqps	%ymm0, 40(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 40(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-80(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm22, %zmm0, %zmm0
	vscatterqps	%ymm0, 44(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 44(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-76(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm23, %zmm0, %zmm0
	vscatterqps	%ymm0, 48(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 48(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-72(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm24, %zmm0, %zmm0
	vscatterqps	%ymm0, 52(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 52(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-68(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm25, %zmm0, %zmm0
	vscatterqps	%ymm0, 56(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 56(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-64(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm26, %zmm0, %zmm0
	vscatterqps	%ymm0, 60(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 60(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-60(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm27, %zmm0, %zmm0
	vscatterqps	%ymm0, 64(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 64(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-56(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm28, %zmm0, %zmm0
	vscatterqps	%ymm0, 68(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 68(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-52(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm29, %zmm0, %zmm0
	vscatterqps	%ymm0, 72(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 72(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-48(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm30, %zmm0, %zmm0
	vscatterqps	%ymm0, 76(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 76(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-44(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm31, %zmm0, %zmm0
	vscatterqps	%ymm0, 80(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 80(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-40(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm1, %zmm0, %zmm0
	vscatterqps	%ymm0, 84(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 84(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-36(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm2, %zmm0, %zmm0
	vscatterqps	%ymm0, 88(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 88(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-32(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm3, %zmm0, %zmm0
	vscatterqps	%ymm0, 92(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 92(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-28(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm4, %zmm0, %zmm0
	vscatterqps	%ymm0, 96(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 96(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-24(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm8, %zmm0, %zmm0
	vscatterqps	%ymm0, 100(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 100(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-20(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm9, %zmm0, %zmm0
	vscatterqps	%ymm0, 104(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 104(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-16(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm10, %zmm0, %zmm0
	vscatterqps	%ymm0, 108(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 108(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-12(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm5, %zmm0, %zmm0
	vscatterqps	%ymm0, 112(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 112(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-8(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm6, %zmm0, %zmm0
	vscatterqps	%ymm0, 116(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 116(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-4(%rdx,%rsi,4), %zmm17, %zmm0
	vmulps	%zmm7, %zmm0, %zmm0
	vscatterqps	%ymm0, 120(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 120(%r14,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	(%rdx,%rsi,4), %zmm17, %zmm0
	addq	$16, %rsi
	vmulps	%zmm11, %zmm0, %zmm0
	vscatterqps	%ymm0, 124(%r14,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 124(%r14,%zmm15) {%k1}
	cmpq	%rsi, %rax
	jne	.LBB72_6
	vmovups	656(%rsp), %zmm16
	vmovaps	288(%rsp), %xmm4
	vmovaps	272(%rsp), %xmm5
	vmovaps	256(%rsp), %xmm6
	vmovaps	240(%rsp), %xmm7
	vmovaps	224(%rsp), %xmm8
	vmovups	432(%rsp), %ymm11
	vmovaps	368(%rsp), %xmm2
	cmpq	%rax, %r8
	je	.LBB72_14
	testb	$12, %r8b
	je	.LBB72_12
.LBB72_9:
	vbroadcastss	%xmm4, %xmm0
	vmovaps	%zmm16, %zmm1
	movq	%rax, %rdx
	addq	$12, %rcx
	vbroadcastss	%xmm2, %xmm12
	vbroadcastss	%xmm1, %xmm16
	vshufps	$85, %xmm11, %xmm11, %xmm9
	vshufps	$170, %xmm11, %xmm11, %xmm10
	vshufps	$85, %xmm2, %xmm2, %xmm13
	vshufps	$170, %xmm2, %xmm2, %xmm14
	vshufps	$255, %xmm2, %xmm2, %xmm15
	vshufps	$85, %xmm1, %xmm1, %xmm17
	vshufps	$170, %xmm1, %xmm1, %xmm31
	movq	%rcx, %rax
	andq	%r8, %rax
	leaq	124(%r9), %rcx
	vmovaps	%xmm0, 80(%rsp)
	vbroadcastss	%xmm5, %xmm0
	vbroadcastss	%xmm8, %xmm5
	vmovaps	%xmm0, 528(%rsp)
	vbroadcastss	%xmm6, %xmm0
	vshufps	$85, %xmm8, %xmm8, %xmm6
	vmovaps	%xmm0, 160(%rsp)
	vbroadcastss	%xmm7, %xmm0
	vshufps	$170, %xmm8, %xmm8, %xmm7
	vbroadcastss	%xmm11, %xmm8
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vmovaps	%xmm0, 16(%rsp)
	vextractf128	$1, %ymm1, %xmm0
	vmovaps	416(%rsp), %xmm4
	vbroadcastss	%xmm0, %xmm18
	vshufps	$85, %xmm0, %xmm0, %xmm19
	vshufps	$170, %xmm0, %xmm0, %xmm20
	vshufps	$255, %xmm0, %xmm0, %xmm21
	vmovaps	384(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm22
	vshufps	$85, %xmm0, %xmm0, %xmm23
	vshufps	$170, %xmm0, %xmm0, %xmm24
	vshufps	$255, %xmm0, %xmm0, %xmm25
	vmovaps	400(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm26
	vshufps	$85, %xmm0, %xmm0, %xmm27
	vshufps	$170, %xmm0, %xmm0, %xmm28
	vshufps	$255, %xmm0, %xmm0, %xmm29
	vpbroadcastq	%rdx, %ymm0
	vporq	.LCPI72_10(%rip), %ymm0, %ymm30
	vshufps	$255, %xmm1, %xmm1, %xmm0
	.p2align	4
.LBB72_10:
	vmovups	-120(%rcx,%rdx,4), %xmm1
	vmovups	-124(%rcx,%rdx,4), %xmm3
	kxnorw	%k0, %k0, %k1
	vmulps	%xmm3, %xmm3, %xmm2
	vmulps	%xmm1, %xmm1, %xmm1
	vaddps	%xmm1, %xmm2, %xmm1
	vmovups	-116(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-112(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-108(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-104(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-100(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-96(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-92(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-88(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-84(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-80(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-76(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-72(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-68(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-64(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-60(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-56(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-52(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-48(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-44(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-40(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-36(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-32(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-28(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-24(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-20(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-16(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-12(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-8(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-4(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	(%rcx,%rdx,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmulps	.LCPI72_6(%rip){1to4}, %xmm1, %xmm1
	vbroadcastss	.LCPI72_8(%rip), %xmm2
	vaddps	.LCPI72_7(%rip){1to4}, %xmm1, %xmm1
	vsqrtps	%xmm1, %xmm1
	vdivps	%xmm1, %xmm2, %xmm2
	vpsllq	$7, %ymm30, %ymm1
	vpaddq	.LCPI72_11(%rip){1to4}, %ymm30, %ymm30
	vmulps	%xmm3, %xmm2, %xmm3
	vmulps	80(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, (%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-120(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	528(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 4(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-116(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	160(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 8(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-112(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	16(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 12(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-108(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm5, %xmm3, %xmm3
	vscatterqps	%xmm3, 16(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-104(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm6, %xmm3, %xmm3
	vscatterqps	%xmm3, 20(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-100(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm7, %xmm3, %xmm3
	vscatterqps	%xmm3, 24(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-96(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm4, %xmm3, %xmm3
	vscatterqps	%xmm3, 28(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-92(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm8, %xmm3
	vscatterqps	%xmm3, 32(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-88(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm9, %xmm3
	vscatterqps	%xmm3, 36(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-84(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm10, %xmm3
	vscatterqps	%xmm3, 40(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-80(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm11, %xmm3
	vscatterqps	%xmm3, 44(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-76(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm12, %xmm3
	vscatterqps	%xmm3, 48(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-72(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm13, %xmm3
	vscatterqps	%xmm3, 52(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-68(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm14, %xmm3
	vscatterqps	%xmm3, 56(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-64(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm15, %xmm3
	vscatterqps	%xmm3, 60(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-60(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm16, %xmm3, %xmm3
	vscatterqps	%xmm3, 64(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-56(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm17, %xmm3, %xmm3
	vscatterqps	%xmm3, 68(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-52(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm31, %xmm3, %xmm3
	vscatterqps	%xmm3, 72(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-48(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm0, %xmm3, %xmm3
	vscatterqps	%xmm3, 76(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-44(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm18, %xmm3, %xmm3
	vscatterqps	%xmm3, 80(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-40(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm19, %xmm3, %xmm3
	vscatterqps	%xmm3, 84(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-36(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm20, %xmm3, %xmm3
	vscatterqps	%xmm3, 88(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-32(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm21, %xmm3, %xmm3
	vscatterqps	%xmm3, 92(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-28(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm22, %xmm3, %xmm3
	vscatterqps	%xmm3, 96(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-24(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm23, %xmm3, %xmm3
	vscatterqps	%xmm3, 100(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-20(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm24, %xmm3, %xmm3
	vscatterqps	%xmm3, 104(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-16(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm25, %xmm3, %xmm3
	vscatterqps	%xmm3, 108(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-12(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm26, %xmm3, %xmm3
	vscatterqps	%xmm3, 112(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-8(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm27, %xmm3, %xmm3
	vscatterqps	%xmm3, 116(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-4(%rcx,%rdx,4), %xmm2, %xmm3
	vmulps	%xmm28, %xmm3, %xmm3
	vscatterqps	%xmm3, 120(%r14,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	(%rcx,%rdx,4), %xmm2, %xmm2
	addq	$4, %rdx
	vmulps	%xmm29, %xmm2, %xmm2
	vscatterqps	%xmm2, 124(%r14,%ymm1) {%k1}
	cmpq	%rdx, %rax
	jne	.LBB72_10
	vmovups	656(%rsp), %zmm16
	vmovaps	288(%rsp), %xmm4
	vmovaps	272(%rsp), %xmm5
	vmovaps	256(%rsp), %xmm6
	vmovaps	240(%rsp), %xmm7
	vmovaps	224(%rsp), %xmm8
	vmovups	432(%rsp), %ymm11
	cmpq	%rax, %r8
	je	.LBB72_14
.LBB72_12:
	vmovss	.LCPI72_6(%rip), %xmm1
	vmovss	.LCPI72_7(%rip), %xmm2
	vmovss	.LCPI72_8(%rip), %xmm3
	vinsertps	$16, %xmm5, %xmm4, %xmm0
	movq	%rax, %rdx
	imulq	%rdi, %rdx
	movq	%r8, %rcx
	subq	%rax, %rcx
	shlq	$7, %rax
	shlq	$2, %rdi
	vinsertps	$32, %xmm6, %xmm0, %xmm0
	leaq	64(%rax,%r14), %rax
	vinsertps	$48, %xmm7, %xmm0, %xmm0
	vinsertf64x4	$1, %ymm11, %zmm0, %zmm0
	leaq	(%r9,%rdx,4), %rdx
	vinsertf32x4	$1, %xmm8, %zmm0, %zmm0
	.p2align	4
.LBB72_13:
	vmovss	(%rdx), %xmm4
	vmovss	4(%rdx), %xmm5
	vmulss	%xmm4, %xmm4, %xmm4
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	8(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	12(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	16(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	20(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	24(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	28(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	32(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	36(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	40(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	44(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	48(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	52(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	56(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	60(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	64(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	68(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	72(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	76(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	80(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	84(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	88(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	92(%rdx), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	96(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	104(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	112(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	120(%rdx), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmulss	%xmm1, %xmm4, %xmm4
	vaddss	%xmm2, %xmm4, %xmm4
	vsqrtss	%xmm4, %xmm4, %xmm4
	vdivss	%xmm4, %xmm3, %xmm4
	vbroadcastss	%xmm4, %zmm4
	vmulps	(%rdx), %zmm4, %zmm5
	vmulps	%zmm0, %zmm5, %zmm5
	vmovups	%zmm5, -64(%rax)
	vmulps	64(%rdx), %zmm4, %zmm4
	addq	%rdi, %rdx
	vmulps	%zmm16, %zmm4, %zmm4
	vmovups	%zmm4, (%rax)
	subq	$-128, %rax
	decq	%rcx
	jne	.LBB72_13
.LBB72_14:
	movq	%r8, %rdi
	shlq	$9, %rdi
	movq	%r8, 464(%rsp)
	vzeroupper
	callq	malloc@PLT
	movq	152(%rsp), %r10
	movq	464(%rsp), %r9
	movq	%rax, %r15
	leaq	(,%rbx,8), %rax
	leaq	4(%r14), %rcx
	xorl	%edx, %edx
	vxorpd	%xmm0, %xmm0, %xmm0
	addq	$448, %r10
	.p2align	4
.LBB72_15:
	movq	%rdx, %rdi
	shlq	$9, %rdi
	xorl	%r8d, %r8d
	vmovupd	%zmm0, (%r15,%rdi)
	vmovupd	%zmm0, 64(%r15,%rdi)
	vmovupd	%zmm0, 128(%r15,%rdi)
	vmovupd	%zmm0, 192(%r15,%rdi)
	vmovupd	%zmm0, 256(%r15,%rdi)
	vmovupd	%zmm0, 320(%r15,%rdi)
	vmovupd	%zmm0, 384(%r15,%rdi)
	vmovupd	%zmm0, 448(%r15,%rdi)
	leaq	(%r15,%rdi), %rsi
	vmovups	(%r15,%rdi), %zmm8
	vmovups	64(%r15,%rdi), %zmm7
	vmovups	128(%r15,%rdi), %zmm6
	vmovups	192(%r15,%rdi), %zmm5
	vmovups	256(%r15,%rdi), %zmm4
	vmovups	320(%r15,%rdi), %zmm3
	vmovups	384(%r15,%rdi), %zmm2
	vmovups	448(%r15,%rdi), %zmm1
	movq	%r10, %rdi
	.p2align	4
.LBB72_16:
	vbroadcastss	-4(%rcx,%r8,4), %zmm9
	vbroadcastss	(%rcx,%r8,4), %zmm13
	addq	$2, %r8
	vmulps	-384(%rdi), %zmm9, %zmm12
	vmulps	-320(%rdi), %zmm9, %zmm11
	vmulps	-448(%rdi), %zmm9, %zmm10
	vaddps	%zmm12, %zmm7, %zmm7
	vaddps	%zmm11, %zmm6, %zmm6
	vmulps	-256(%rdi), %zmm9, %zmm12
	vmulps	-192(%rdi), %zmm9, %zmm11
	vaddps	%zmm10, %zmm8, %zmm8
	vmulps	-448(%rdi,%rbx,4), %zmm13, %zmm10
	vaddps	%zmm12, %zmm5, %zmm5
	vaddps	%zmm11, %zmm4, %zmm4
	vmulps	-128(%rdi), %zmm9, %zmm12
	vmulps	-64(%rdi), %zmm9, %zmm11
	vmulps	(%rdi), %zmm9, %zmm9
	vaddps	%zmm10, %zmm8, %zmm8
	vaddps	%zmm12, %zmm3, %zmm3
	vaddps	%zmm11, %zmm2, %zmm2
	vmulps	-384(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-320(%rdi,%rbx,4), %zmm13, %zmm11
	vaddps	%zmm9, %zmm1, %zmm1
	vmulps	(%rdi,%rbx,4), %zmm13, %zmm9
	vaddps	%zmm12, %zmm7, %zmm7
	vaddps	%zmm11, %zmm6, %zmm6
	vmulps	-256(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-192(%rdi,%rbx,4), %zmm13, %zmm11
	vaddps	%zmm9, %zmm1, %zmm1
	vaddps	%zmm12, %zmm5, %zmm5
	vaddps	%zmm11, %zmm4, %zmm4
	vmulps	-128(%rdi,%rbx,4), %zmm13, %zmm12
	vmulps	-64(%rdi,%rbx,4), %zmm13, %zmm11
	addq	%rax, %rdi
	vaddps	%zmm12, %zmm3, %zmm3
	vaddps	%zmm11, %zmm2, %zmm2
	cmpq	$32, %r8
	jne	.LBB72_16
	incq	%rdx
	subq	$-128, %rcx
	vmovups	%zmm8, (%rsi)
	vmovups	%zmm7, 64(%rsi)
	vmovups	%zmm6, 128(%rsi)
	vmovups	%zmm5, 192(%rsi)
	vmovups	%zmm4, 256(%rsi)
	vmovups	%zmm3, 320(%rsi)
	vmovups	%zmm2, 384(%rsi)
	vmovups	%zmm1, 448(%rsi)
	cmpq	%r9, %rdx
	jne	.LBB72_15
	movq	304(%rsp), %rax
	movq	%r12, %r8
	shrq	$61, %r8
	leaq	(,%r12,4), %rdx
	leaq	28(%r13), %rsi
	xorl	%edi, %edi
	vxorpd	%xmm0, %xmm0, %xmm0
	andl	$1, %r8d
	leaq	(,%rax,4), %rcx
	imulq	$124, %r12, %rax
	leaq	512(%rbp,%rax), %rax
	movq	%rax, 80(%rsp)
	movq	%rcx, 592(%rsp)
	jmp	.LBB72_19
	.p2align	4
.LBB72_24:
	movq	592(%rsp), %rcx
	incq	%rdi
	addq	%rcx, %rsi
	cmpq	464(%rsp), %rdi
	je	.LBB72_25
.LBB72_19:
	movq	%rcx, %rax
	imulq	%rdi, %rax
	movq	%rdi, %r9
	shlq	$7, %r9
	movq	%rdi, %r10
	imulq	304(%rsp), %r10
	leaq	28(%rbp), %rbx
	addq	%r14, %r9
	leaq	(%r13,%rax), %rcx
	cmpq	80(%rsp), %rcx
	leaq	512(%r13,%rax), %r11
	vmovupd	%zmm0, 448(%r13,%rax)
	vmovupd	%zmm0, 384(%r13,%rax)
	vmovupd	%zmm0, 320(%r13,%rax)
	vmovupd	%zmm0, 256(%r13,%rax)
	vmovupd	%zmm0, 192(%r13,%rax)
	vmovupd	%zmm0, 128(%r13,%rax)
	vmovupd	%zmm0, 64(%r13,%rax)
	vmovupd	%zmm0, (%r13,%rax)
	setb	%al
	cmpq	%r11, %rbp
	setb	%r11b
	xorl	%ecx, %ecx
	andb	%al, %r11b
	orb	%r8b, %r11b
	jmp	.LBB72_20
	.p2align	4
.LBB72_31:
	movq	%rcx, %rax
	imulq	%r12, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbp,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbp,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbp,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbp,%rax,4), %zmm1, %zmm5
	vaddps	(%r13,%r10,4), %zmm2, %zmm2
	vaddps	64(%r13,%r10,4), %zmm3, %zmm3
	vaddps	128(%r13,%r10,4), %zmm4, %zmm4
	vaddps	192(%r13,%r10,4), %zmm5, %zmm5
	vmovups	%zmm2, (%r13,%r10,4)
	vmovups	%zmm3, 64(%r13,%r10,4)
	vmovups	%zmm4, 128(%r13,%r10,4)
	vmovups	%zmm5, 192(%r13,%r10,4)
	vmulps	256(%rbp,%rax,4), %zmm1, %zmm2
	vmulps	320(%rbp,%rax,4), %zmm1, %zmm3
	vmulps	384(%rbp,%rax,4), %zmm1, %zmm4
	vmulps	448(%rbp,%rax,4), %zmm1, %zmm1
	vaddps	256(%r13,%r10,4), %zmm2, %zmm2
	vaddps	320(%r13,%r10,4), %zmm3, %zmm3
	vaddps	384(%r13,%r10,4), %zmm4, %zmm4
	vaddps	448(%r13,%r10,4), %zmm1, %zmm1
	vmovups	%zmm2, 256(%r13,%r10,4)
	vmovups	%zmm3, 320(%r13,%r10,4)
	vmovups	%zmm4, 384(%r13,%r10,4)
	vmovups	%zmm1, 448(%r13,%r10,4)
.LBB72_23:
	incq	%rcx
	addq	%rdx, %rbx
	cmpq	$32, %rcx
	je	.LBB72_24
.LBB72_20:
	vmovss	(%r9,%rcx,4), %xmm1
	testb	%r11b, %r11b
	je	.LBB72_31
	xorl	%eax, %eax
	.p2align	4
.LBB72_22:
	vmulss	-28(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rsi,%rax,4)
	vmulss	-24(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rsi,%rax,4)
	vmulss	-20(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rsi,%rax,4)
	vmulss	-16(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rsi,%rax,4)
	vmulss	-12(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rsi,%rax,4)
	vmulss	-8(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rsi,%rax,4)
	vmulss	-4(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rsi,%rax,4)
	vmulss	(%rbx,%rax,4), %xmm1, %xmm2
	vaddss	(%rsi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rsi,%rax,4)
	addq	$8, %rax
	cmpq	$128, %rax
	jne	.LBB72_22
	jmp	.LBB72_23
.LBB72_25:
	xorl	%r12d, %r12d
	vxorpd	%xmm0, %xmm0, %xmm0
	movq	%r15, %rbp
	.p2align	4
.LBB72_26:
	xorl	%ebx, %ebx
	.p2align	4
.LBB72_27:
	vmovups	(%rbp,%rbx,4), %zmm1
	vsubps	%zmm1, %zmm0, %zmm0
	vmovups	%zmm1, 528(%rsp)
	vmovups	%zmm0, 304(%rsp)
	vextractf32x4	$3, %zmm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 160(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	160(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 160(%rsp)
	vmovups	304(%rsp), %zmm0
	vextractf32x4	$2, %zmm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vinsertf128	$1, 160(%rsp), %ymm0, %ymm0
	vmovups	%ymm0, 160(%rsp)
	vmovups	304(%rsp), %zmm0
	vextractf128	$1, %ymm0, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 80(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 80(%rsp)
	vmovups	304(%rsp), %zmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 16(%rsp)
	vmovshdup	304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilpd	$1, 304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vpermilps	$255, 304(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	16(%rsp), %xmm2
	vbroadcastss	.LCPI72_8(%rip), %zmm1
	vinsertps	$48, %xmm0, %xmm2, %xmm0
	vinsertf128	$1, 80(%rsp), %ymm0, %ymm0
	vmovups	528(%rsp), %zmm2
	vinsertf64x4	$1, 160(%rsp), %zmm0, %zmm0
	vaddps	%zmm1, %zmm0, %zmm0
	vdivps	%zmm0, %zmm2, %zmm0
	vmulps	(%r13,%rbx,4), %zmm0, %zmm0
	vmovups	%zmm0, (%r13,%rbx,4)
	addq	$16, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$128, %rbx
	jne	.LBB72_27
	addq	592(%rsp), %r13
	incq	%r12
	addq	$512, %rbp
	cmpq	464(%rsp), %r12
	jne	.LBB72_26
.LBB72_29:
	movq	%r14, %rdi
	vzeroupper
	callq	free@PLT
	movq	%r15, %rdi
	addq	$792, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end72:
	.size	k81, .Lfunc_end72-k81

	.globl	_mlir_ciface_k81
	.p2align	4
	.type	_mlir_ciface_k81,@function
_mlir_ciface_k81:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k81@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end73:
	.size	_mlir_ciface_k81, .Lfunc_end73-_mlir_ciface_k81

	.globl	k83
	.p2align	4
	.type	k83,@function
k83:
	pushq	%r15
	pushq	%r14
	pushq	%rbx
	movq	120(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB74_5
	movq	136(%rsp), %rcx
	movq	80(%rsp), %rdi
	movq	48(%rsp), %r10
	movq	104(%rsp), %rdx
	shlq	$2, %r9
	xorl	%r11d, %r11d
	leaq	(,%rcx,4), %r8
	addq	$124, %r10
	shlq	$2, %rdi
	.p2align	4
.LBB74_2:
	movq	%r8, %rbx
	imulq	%r11, %rbx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r10, %r14
	xorl	%r15d, %r15d
	vmovups	%zmm0, 64(%rdx,%rbx)
	vmovups	%zmm0, (%rdx,%rbx)
	movq	%r11, %rbx
	imulq	%rcx, %rbx
	vmovss	(%rdx,%rbx,4), %xmm0
	vmovss	4(%rdx,%rbx,4), %xmm3
	vmovss	8(%rdx,%rbx,4), %xmm4
	vmovss	12(%rdx,%rbx,4), %xmm5
	vmovss	16(%rdx,%rbx,4), %xmm6
	vmovss	20(%rdx,%rbx,4), %xmm7
	vmovss	24(%rdx,%rbx,4), %xmm8
	vmovss	28(%rdx,%rbx,4), %xmm9
	vmovss	32(%rdx,%rbx,4), %xmm10
	vmovss	36(%rdx,%rbx,4), %xmm11
	vmovss	40(%rdx,%rbx,4), %xmm12
	vmovss	44(%rdx,%rbx,4), %xmm13
	vmovss	48(%rdx,%rbx,4), %xmm14
	vmovss	52(%rdx,%rbx,4), %xmm15
	vmovss	56(%rdx,%rbx,4), %xmm16
	vmovss	60(%rdx,%rbx,4), %xmm17
	vmovss	64(%rdx,%rbx,4), %xmm18
	vmovss	68(%rdx,%rbx,4), %xmm19
	vmovss	72(%rdx,%rbx,4), %xmm20
	vmovss	76(%rdx,%rbx,4), %xmm21
	vmovss	80(%rdx,%rbx,4), %xmm22
	vmovss	84(%rdx,%rbx,4), %xmm23
	vmovss	88(%rdx,%rbx,4), %xmm24
	vmovss	92(%rdx,%rbx,4), %xmm25
	vmovss	96(%rdx,%rbx,4), %xmm26
	vmovss	100(%rdx,%rbx,4), %xmm27
	vmovss	104(%rdx,%rbx,4), %xmm28
	vmovss	108(%rdx,%rbx,4), %xmm29
	vmovss	112(%rdx,%rbx,4), %xmm30
	vmovss	116(%rdx,%rbx,4), %xmm31
	vmovss	124(%rdx,%rbx,4), %xmm1
	vmovss	%xmm0, -8(%rsp)
	vmovss	120(%rdx,%rbx,4), %xmm0
	.p2align	4
.LBB74_3:
	vmovss	%xmm1, -12(%rsp)
	vmovss	(%rsi,%r15,4), %xmm1
	vmovss	%xmm0, -4(%rsp)
	vmovaps	%xmm31, %xmm0
	vmovaps	%xmm30, %xmm31
	vmovaps	%xmm29, %xmm30
	vmovaps	%xmm28, %xmm29
	vmovaps	%xmm27, %xmm28
	vmovaps	%xmm26, %xmm27
	vmovaps	%xmm25, %xmm26
	vmovaps	%xmm24, %xmm25
	vmovaps	%xmm23, %xmm24
	vmovaps	%xmm22, %xmm23
	vmovaps	%xmm21, %xmm22
	vmovaps	%xmm20, %xmm21
	vmovaps	%xmm19, %xmm20
	vmovaps	%xmm18, %xmm19
	vmovaps	%xmm17, %xmm18
	vmovaps	%xmm16, %xmm17
	vmovaps	%xmm15, %xmm16
	vmovaps	%xmm14, %xmm15
	vmovaps	%xmm13, %xmm14
	vmovaps	%xmm12, %xmm13
	vmovaps	%xmm11, %xmm12
	vmovaps	%xmm10, %xmm11
	vmovaps	%xmm9, %xmm10
	vmovaps	%xmm8, %xmm9
	vmovaps	%xmm7, %xmm8
	vmovaps	%xmm6, %xmm7
	vmovaps	%xmm5, %xmm6
	vmovaps	%xmm4, %xmm5
	vmovaps	%xmm3, %xmm4
	vmovss	-8(%rsp), %xmm3
	incq	%r15
	vmulss	-124(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, (%rdx,%rbx,4)
	vmovss	%xmm3, -8(%rsp)
	vmovaps	%xmm4, %xmm3
	vmovaps	%xmm5, %xmm4
	vmovaps	%xmm6, %xmm5
	vmovaps	%xmm7, %xmm6
	vmovaps	%xmm8, %xmm7
	vmovaps	%xmm9, %xmm8
	vmovaps	%xmm10, %xmm9
	vmovaps	%xmm11, %xmm10
	vmovaps	%xmm12, %xmm11
	vmovaps	%xmm13, %xmm12
	vmovaps	%xmm14, %xmm13
	vmovaps	%xmm15, %xmm14
	vmovaps	%xmm16, %xmm15
	vmovaps	%xmm17, %xmm16
	vmovaps	%xmm18, %xmm17
	vmovaps	%xmm19, %xmm18
	vmovaps	%xmm20, %xmm19
	vmovaps	%xmm21, %xmm20
	vmovaps	%xmm22, %xmm21
	vmovaps	%xmm23, %xmm22
	vmovaps	%xmm24, %xmm23
	vmovaps	%xmm25, %xmm24
	vmovaps	%xmm26, %xmm25
	vmovaps	%xmm27, %xmm26
	vmovaps	%xmm28, %xmm27
	vmovaps	%xmm29, %xmm28
	vmovaps	%xmm30, %xmm29
	vmovaps	%xmm31, %xmm30
	vmovaps	%xmm0, %xmm31
	vmovss	-4(%rsp), %xmm0
	vmulss	-120(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm3, %xmm3
	vmovss	%xmm3, 4(%rdx,%rbx,4)
	vmulss	-116(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm4, %xmm4
	vmovss	%xmm4, 8(%rdx,%rbx,4)
	vmulss	-112(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm5, %xmm5
	vmovss	%xmm5, 12(%rdx,%rbx,4)
	vmulss	-108(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm6, %xmm6
	vmovss	%xmm6, 16(%rdx,%rbx,4)
	vmulss	-104(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm7, %xmm7
	vmovss	%xmm7, 20(%rdx,%rbx,4)
	vmulss	-100(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm8, %xmm8
	vmovss	%xmm8, 24(%rdx,%rbx,4)
	vmulss	-96(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm9, %xmm9
	vmovss	%xmm9, 28(%rdx,%rbx,4)
	vmulss	-92(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm10, %xmm10
	vmovss	%xmm10, 32(%rdx,%rbx,4)
	vmulss	-88(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm11, %xmm11
	vmovss	%xmm11, 36(%rdx,%rbx,4)
	vmulss	-84(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm12, %xmm12
	vmovss	%xmm12, 40(%rdx,%rbx,4)
	vmulss	-80(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm13, %xmm13
	vmovss	%xmm13, 44(%rdx,%rbx,4)
	vmulss	-76(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm14, %xmm14
	vmovss	%xmm14, 48(%rdx,%rbx,4)
	vmulss	-72(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm15, %xmm15
	vmovss	%xmm15, 52(%rdx,%rbx,4)
	vmulss	-68(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm16, %xmm16
	vmovss	%xmm16, 56(%rdx,%rbx,4)
	vmulss	-64(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm17, %xmm17
	vmovss	%xmm17, 60(%rdx,%rbx,4)
	vmulss	-60(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm18, %xmm18
	vmovss	%xmm18, 64(%rdx,%rbx,4)
	vmulss	-56(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm19, %xmm19
	vmovss	%xmm19, 68(%rdx,%rbx,4)
	vmulss	-52(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm20, %xmm20
	vmovss	%xmm20, 72(%rdx,%rbx,4)
	vmulss	-48(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm21, %xmm21
	vmovss	%xmm21, 76(%rdx,%rbx,4)
	vmulss	-44(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm22, %xmm22
	vmovss	%xmm22, 80(%rdx,%rbx,4)
	vmulss	-40(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm23, %xmm23
	vmovss	%xmm23, 84(%rdx,%rbx,4)
	vmulss	-36(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm24, %xmm24
	vmovss	%xmm24, 88(%rdx,%rbx,4)
	vmulss	-32(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm25, %xmm25
	vmovss	%xmm25, 92(%rdx,%rbx,4)
	vmulss	-28(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm26, %xmm26
	vmovss	%xmm26, 96(%rdx,%rbx,4)
	vmulss	-24(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm27, %xmm27
	vmovss	%xmm27, 100(%rdx,%rbx,4)
	vmulss	-20(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm28, %xmm28
	vmovss	%xmm28, 104(%rdx,%rbx,4)
	vmulss	-16(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm29, %xmm29
	vmovss	%xmm29, 108(%rdx,%rbx,4)
	vmulss	-12(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm30, %xmm30
	vmovss	%xmm30, 112(%rdx,%rbx,4)
	vmulss	-8(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm31, %xmm31
	vmovss	%xmm31, 116(%rdx,%rbx,4)
	vmulss	-4(%r14), %xmm1, %xmm2
	vaddss	%xmm2, %xmm0, %xmm0
	vmovss	-12(%rsp), %xmm2
	vmovss	%xmm0, 120(%rdx,%rbx,4)
	vmulss	(%r14), %xmm1, %xmm1
	addq	%rdi, %r14
	vaddss	%xmm1, %xmm2, %xmm2
	vmovss	%xmm2, -12(%rsp)
	vmovss	-12(%rsp), %xmm1
	vmovss	%xmm1, 124(%rdx,%rbx,4)
	cmpq	$128, %r15
	jne	.LBB74_3
	incq	%r11
	addq	%r9, %rsi
	cmpq	%rax, %r11
	jne	.LBB74_2
.LBB74_5:
	popq	%rbx
	popq	%r14
	popq	%r15
	vzeroupper
	retq
.Lfunc_end74:
	.size	k83, .Lfunc_end74-k83

	.globl	_mlir_ciface_k83
	.p2align	4
	.type	_mlir_ciface_k83,@function
_mlir_ciface_k83:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k83@PLT
	addq	$120, %rsp
	retq
.Lfunc_end75:
	.size	_mlir_ciface_k83, .Lfunc_end75-_mlir_ciface_k83

	.globl	k84
	.p2align	4
	.type	k84,@function
k84:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB76_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$124, %rsi
	shlq	$2, %r9
	addq	$124, %r8
	shlq	$2, %rdi
	addq	$124, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB76_2:
	vmovss	-124(%rsi), %xmm0
	vaddss	-124(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -124(%rdx)
	vmovss	-120(%rsi), %xmm0
	vaddss	-120(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -120(%rdx)
	vmovss	-116(%rsi), %xmm0
	vaddss	-116(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -116(%rdx)
	vmovss	-112(%rsi), %xmm0
	vaddss	-112(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -112(%rdx)
	vmovss	-108(%rsi), %xmm0
	vaddss	-108(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -108(%rdx)
	vmovss	-104(%rsi), %xmm0
	vaddss	-104(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -104(%rdx)
	vmovss	-100(%rsi), %xmm0
	vaddss	-100(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -100(%rdx)
	vmovss	-96(%rsi), %xmm0
	vaddss	-96(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -96(%rdx)
	vmovss	-92(%rsi), %xmm0
	vaddss	-92(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -92(%rdx)
	vmovss	-88(%rsi), %xmm0
	vaddss	-88(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -88(%rdx)
	vmovss	-84(%rsi), %xmm0
	vaddss	-84(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -84(%rdx)
	vmovss	-80(%rsi), %xmm0
	vaddss	-80(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -80(%rdx)
	vmovss	-76(%rsi), %xmm0
	vaddss	-76(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -76(%rdx)
	vmovss	-72(%rsi), %xmm0
	vaddss	-72(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -72(%rdx)
	vmovss	-68(%rsi), %xmm0
	vaddss	-68(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -68(%rdx)
	vmovss	-64(%rsi), %xmm0
	vaddss	-64(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -64(%rdx)
	vmovss	-60(%rsi), %xmm0
	vaddss	-60(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -60(%rdx)
	vmovss	-56(%rsi), %xmm0
	vaddss	-56(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -56(%rdx)
	vmovss	-52(%rsi), %xmm0
	vaddss	-52(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -52(%rdx)
	vmovss	-48(%rsi), %xmm0
	vaddss	-48(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -48(%rdx)
	vmovss	-44(%rsi), %xmm0
	vaddss	-44(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -44(%rdx)
	vmovss	-40(%rsi), %xmm0
	vaddss	-40(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -40(%rdx)
	vmovss	-36(%rsi), %xmm0
	vaddss	-36(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -36(%rdx)
	vmovss	-32(%rsi), %xmm0
	vaddss	-32(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -32(%rdx)
	vmovss	-28(%rsi), %xmm0
	vaddss	-28(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -28(%rdx)
	vmovss	-24(%rsi), %xmm0
	vaddss	-24(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -24(%rdx)
	vmovss	-20(%rsi), %xmm0
	vaddss	-20(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -20(%rdx)
	vmovss	-16(%rsi), %xmm0
	vaddss	-16(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -16(%rdx)
	vmovss	-12(%rsi), %xmm0
	vaddss	-12(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -12(%rdx)
	vmovss	-8(%rsi), %xmm0
	vaddss	-8(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -8(%rdx)
	vmovss	-4(%rsi), %xmm0
	vaddss	-4(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -4(%rdx)
	vmovss	(%rsi), %xmm0
	addq	%r9, %rsi
	vaddss	(%r8), %xmm0, %xmm0
	addq	%rdi, %r8
	vmovss	%xmm0, (%rdx)
	addq	%rcx, %rdx
	decq	%rax
	jne	.LBB76_2
.LBB76_3:
	retq
.Lfunc_end76:
	.size	k84, .Lfunc_end76-k84

	.globl	_mlir_ciface_k84
	.p2align	4
	.type	_mlir_ciface_k84,@function
_mlir_ciface_k84:
	subq	$120, %rsp
	movq	8(%rsi), %rcx
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rdx), %rdi
	movq	24(%rdx), %r8
	movq	40(%rdx), %rdx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rdx, 104(%rsp)
	movq	%r8, 88(%rsp)
	movq	%rdi, 72(%rsp)
	movq	%rcx, 16(%rsp)
	callq	k84@PLT
	addq	$120, %rsp
	retq
.Lfunc_end77:
	.size	_mlir_ciface_k84, .Lfunc_end77-_mlir_ciface_k84

	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI78_0:
	.quad	16
	.quad	20
	.quad	24
	.quad	28
.LCPI78_10:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI78_1:
	.quad	32
	.quad	36
	.quad	40
	.quad	44
	.quad	48
	.quad	52
	.quad	56
	.quad	60
.LCPI78_2:
	.quad	64
	.quad	68
	.quad	72
	.quad	76
	.quad	80
	.quad	84
	.quad	88
	.quad	92
.LCPI78_3:
	.quad	96
	.quad	100
	.quad	104
	.quad	108
	.quad	112
	.quad	116
	.quad	120
	.quad	124
.LCPI78_4:
	.quad	8
	.quad	9
	.quad	10
	.quad	11
	.quad	12
	.quad	13
	.quad	14
	.quad	15
.LCPI78_5:
	.quad	0
	.quad	1
	.quad	2
	.quad	3
	.quad	4
	.quad	5
	.quad	6
	.quad	7
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI78_6:
	.long	0x3d000000
.LCPI78_7:
	.long	0x3727c5ac
.LCPI78_8:
	.long	0x3f800000
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3, 0x0
.LCPI78_9:
	.quad	16
.LCPI78_11:
	.quad	4
	.text
	.globl	k87
	.p2align	4
	.type	k87,@function
k87:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$728, %rsp
	movq	%r9, 24(%rsp)
	movq	%rsi, 8(%rsp)
	movq	944(%rsp), %rax
	movq	%rax, 16(%rsp)
	movq	928(%rsp), %rbx
	movq	912(%rsp), %r13
	movq	888(%rsp), %rbp
	movq	856(%rsp), %r15
	movq	832(%rsp), %r12
	movq	800(%rsp), %r14
	movq	%rbx, %rdi
	shlq	$7, %rdi
	callq	malloc@PLT
	testq	%rbx, %rbx
	jle	.LBB78_21
	vpbroadcastq	%r12, %zmm0
	vpmullq	.LCPI78_0(%rip), %ymm0, %ymm1
	vpmullq	.LCPI78_1(%rip), %zmm0, %zmm2
	vpmullq	.LCPI78_2(%rip), %zmm0, %zmm9
	vpmullq	.LCPI78_3(%rip), %zmm0, %zmm0
	leaq	(%r12,%r12,2), %rcx
	kxnorw	%k0, %k0, %k1
	kxnorb	%k0, %k0, %k2
	vxorps	%xmm8, %xmm8, %xmm8
	vxorps	%xmm11, %xmm11, %xmm11
	vmovss	(%r14), %xmm4
	vmovss	(%r14,%r12,4), %xmm5
	vmovss	(%r14,%r12,8), %xmm6
	movq	24(%rsp), %r8
	vxorps	%xmm3, %xmm3, %xmm3
	cmpq	$4, %rbx
	vmovss	(%r14,%rcx,4), %xmm7
	setae	%cl
	cmpq	$1, %r8
	sete	%dl
	andb	%cl, %dl
	vgatherqps	(%r14,%ymm1), %xmm8 {%k1}
	vgatherqps	(%r14,%zmm2), %ymm11 {%k2}
	kxnorb	%k0, %k0, %k2
	kxnorb	%k0, %k0, %k1
	vxorps	%xmm1, %xmm1, %xmm1
	vgatherqps	(%r14,%zmm0), %ymm3 {%k2}
	vgatherqps	(%r14,%zmm9), %ymm1 {%k1}
	vinsertf64x4	$1, %ymm3, %zmm1, %zmm16
	cmpb	$1, %dl
	jne	.LBB78_2
	movq	8(%rsp), %r9
	vextractf128	$1, %ymm11, %xmm2
	vextractf32x4	$2, %zmm16, %xmm9
	vextractf32x4	$3, %zmm16, %xmm12
	movabsq	$9223372036854775792, %rdx
	vshufps	$255, %xmm8, %xmm8, %xmm1
	vmovups	%zmm16, 464(%rsp)
	vmovaps	%xmm4, 96(%rsp)
	vmovaps	%xmm5, 80(%rsp)
	vmovaps	%xmm6, 64(%rsp)
	vmovaps	%xmm7, 48(%rsp)
	vmovaps	%xmm8, 32(%rsp)
	vmovups	%ymm11, 176(%rsp)
	vmovaps	%xmm1, 160(%rsp)
	vmovaps	%xmm12, 144(%rsp)
	vmovaps	%xmm9, 128(%rsp)
	cmpq	$16, %rbx
	jae	.LBB78_5
	xorl	%ecx, %ecx
	jmp	.LBB78_9
.LBB78_2:
	movq	8(%rsp), %r9
	xorl	%ecx, %ecx
	jmp	.LBB78_12
.LBB78_5:
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm5, %zmm10
	vbroadcastss	%xmm6, %zmm5
	vmovshdup	%xmm8, %xmm4
	vbroadcastss	%xmm7, %zmm6
	vshufpd	$1, %xmm8, %xmm8, %xmm3
	vbroadcastss	%xmm1, %zmm18
	vmovshdup	%xmm11, %xmm1
	vmovdqa64	.LCPI78_5(%rip), %zmm13
	vpbroadcastq	.LCPI78_9(%rip), %zmm14
	vbroadcastss	%xmm2, %zmm23
	vbroadcastss	%xmm11, %zmm19
	vshufps	$170, %zmm16, %zmm16, %zmm7
	vbroadcastss	%xmm16, %zmm27
	movq	%rbx, %rcx
	andq	%rdx, %rcx
	leaq	124(%r9), %rsi
	xorl	%edi, %edi
	vbroadcastss	%xmm1, %zmm20
	vshufps	$255, %xmm11, %xmm11, %xmm1
	vmovups	%zmm0, 272(%rsp)
	vmovups	%zmm10, 208(%rsp)
	vmovups	%zmm5, 400(%rsp)
	vbroadcastss	%xmm4, %zmm0
	vbroadcastss	%xmm8, %zmm5
	vmovups	%zmm6, 336(%rsp)
	vbroadcastss	%xmm1, %zmm22
	vshufpd	$1, %xmm16, %xmm16, %xmm1
	vshufps	$85, %zmm16, %zmm16, %zmm6
	vbroadcastss	%xmm9, %zmm4
	vshuff64x2	$170, %zmm7, %zmm7, %zmm9
	vshuff64x2	$255, %zmm7, %zmm7, %zmm7
	vbroadcastss	%xmm1, %zmm29
	vextractf32x4	$1, %ymm16, %xmm1
	vshuff64x2	$170, %zmm6, %zmm6, %zmm8
	vshuff64x2	$255, %zmm6, %zmm6, %zmm6
	vmovups	%zmm5, 656(%rsp)
	vmovups	%zmm0, 592(%rsp)
	vbroadcastss	%xmm3, %zmm0
	vbroadcastss	%xmm12, %zmm5
	vmovdqa64	.LCPI78_4(%rip), %zmm12
	vshufpd	$1, %xmm11, %xmm11, %xmm3
	vbroadcastss	%xmm1, %zmm31
	vbroadcastss	%xmm3, %zmm21
	vmovupd	%zmm0, 528(%rsp)
	vshufps	$85, %ymm11, %ymm11, %ymm0
	vmovaps	%xmm2, 112(%rsp)
	vmovshdup	%xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm24
	vshufps	$170, %ymm11, %ymm11, %ymm0
	vbroadcastss	%xmm2, %zmm28
	vshufps	$255, %xmm16, %xmm16, %xmm2
	vshuff64x2	$85, %zmm0, %zmm0, %zmm25
	vshufps	$255, %ymm11, %ymm11, %ymm0
	vshufps	$255, %zmm16, %zmm16, %zmm11
	vbroadcastss	%xmm2, %zmm30
	vshuff64x2	$85, %zmm0, %zmm0, %zmm26
	vshufps	$85, %ymm16, %ymm16, %ymm0
	vshuff64x2	$170, %zmm11, %zmm11, %zmm10
	vshuff64x2	$255, %zmm11, %zmm11, %zmm11
	vshuff64x2	$85, %zmm0, %zmm0, %zmm1
	vshufps	$170, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm2
	vshufps	$255, %ymm16, %ymm16, %ymm0
	vshuff64x2	$85, %zmm0, %zmm0, %zmm3
	.p2align	4
.LBB78_6:
	vmovups	-120(%rsi,%rdi,4), %zmm15
	vmovups	-124(%rsi,%rdi,4), %zmm0
	vmovups	-116(%rsi,%rdi,4), %zmm16
	kxnorb	%k0, %k0, %k1
	vmulps	%zmm0, %zmm0, %zmm17
	vmulps	%zmm15, %zmm15, %zmm15
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm15, %zmm17, %zmm15
	vmovups	-112(%rsi,%rdi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vmovups	(%rsi,%rdi,4), %zmm17
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-108(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-104(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-100(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-96(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-92(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-88(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-84(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-80(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-76(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-72(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-68(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-64(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-60(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-56(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-52(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-48(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-44(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-40(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-36(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-32(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-28(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-24(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-20(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-16(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-12(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-8(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmovups	-4(%rsi,%rdi,4), %zmm16
	vmulps	%zmm16, %zmm16, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	%zmm17, %zmm17, %zmm16
	vaddps	%zmm16, %zmm15, %zmm15
	vmulps	.LCPI78_6(%rip){1to16}, %zmm15, %zmm15
	vbroadcastss	.LCPI78_8(%rip), %zmm16
	vaddps	.LCPI78_7(%rip){1to16}, %zmm15, %zmm15
	vsqrtps	%zmm15, %zmm15
	vdivps	%zmm15, %zmm16, %zmm17
	vpsllq	$7, %zmm13, %zmm16
	vpsllq	$7, %zmm12, %zmm15
	vpaddq	%zmm14, %zmm13, %zmm13
	vpaddq	%zmm14, %zmm12, %zmm12
	vmulps	%zmm0, %zmm17, %zmm0
	vmulps	272(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, (%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, (%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-120(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	208(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 4(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 4(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-116(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	400(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 8(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 8(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-112(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	336(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 12(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 12(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-108(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	656(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 16(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 16(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-104(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	592(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 20(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 20(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-100(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	528(%rsp), %zmm0, %zmm0
	vscatterqps	%ymm0, 24(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 24(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-96(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm18, %zmm0, %zmm0
	vscatterqps	%ymm0, 28(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 28(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-92(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm19, %zmm0, %zmm0
	vscatterqps	%ymm0, 32(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 32(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-88(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm20, %zmm0, %zmm0
	vscatterqps	%ymm0, 36(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 36(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-84(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm21, %zmm0, %zmm0
	vscatterqps	%ymm0, 40(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 40(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-80(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm22, %zmm0, %zmm0
	vscatterqps	%ymm0, 44(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 44(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-76(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm23, %zmm0, %zmm0
	vscatterqps	%ymm0, 48(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 48(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-72(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm24, %zmm0, %zmm0
	vscatterqps	%ymm0, 52(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 52(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-68(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm25, %zmm0, %zmm0
	vscatterqps	%ymm0, 56(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 56(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-64(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm26, %zmm0, %zmm0
	vscatterqps	%ymm0, 60(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 60(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-60(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm27, %zmm0, %zmm0
	vscatterqps	%ymm0, 64(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 64(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-56(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm28, %zmm0, %zmm0
	vscatterqps	%ymm0, 68(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 68(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-52(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm29, %zmm0, %zmm0
	vscatterqps	%ymm0, 72(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 72(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-48(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm30, %zmm0, %zmm0
	vscatterqps	%ymm0, 76(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 76(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-44(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm31, %zmm0, %zmm0
	vscatterqps	%ymm0, 80(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 80(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-40(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm1, %zmm0, %zmm0
	vscatterqps	%ymm0, 84(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 84(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-36(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm2, %zmm0, %zmm0
	vscatterqps	%ymm0, 88(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 88(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-32(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm3, %zmm0, %zmm0
	vscatterqps	%ymm0, 92(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 92(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-28(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm4, %zmm0, %zmm0
	vscatterqps	%ymm0, 96(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 96(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-24(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm8, %zmm0, %zmm0
	vscatterqps	%ymm0, 100(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 100(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-20(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm9, %zmm0, %zmm0
	vscatterqps	%ymm0, 104(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 104(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-16(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm10, %zmm0, %zmm0
	vscatterqps	%ymm0, 108(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 108(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-12(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm5, %zmm0, %zmm0
	vscatterqps	%ymm0, 112(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 112(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-8(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm6, %zmm0, %zmm0
	vscatterqps	%ymm0, 116(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 116(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	-4(%rsi,%rdi,4), %zmm17, %zmm0
	vmulps	%zmm7, %zmm0, %zmm0
	vscatterqps	%ymm0, 120(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 120(%rax,%zmm15) {%k1}
	kxnorb	%k0, %k0, %k1
	vmulps	(%rsi,%rdi,4), %zmm17, %zmm0
	addq	$16, %rdi
	vmulps	%zmm11, %zmm0, %zmm0
	vscatterqps	%ymm0, 124(%rax,%zmm16) {%k1}
	vextractf64x4	$1, %zmm0, %ymm0
	kxnorb	%k0, %k0, %k1
	vscatterqps	%ymm0, 124(%rax,%zmm15) {%k1}
	cmpq	%rdi, %rcx
	jne	.LBB78_6
	vmovups	464(%rsp), %zmm16
	vmovaps	96(%rsp), %xmm4
	vmovaps	80(%rsp), %xmm5
	vmovaps	64(%rsp), %xmm6
	vmovaps	48(%rsp), %xmm7
	vmovaps	32(%rsp), %xmm8
	vmovups	176(%rsp), %ymm11
	vmovaps	112(%rsp), %xmm2
	cmpq	%rcx, %rbx
	je	.LBB78_14
	testb	$12, %bl
	je	.LBB78_12
.LBB78_9:
	vbroadcastss	%xmm4, %xmm0
	vmovaps	%zmm16, %zmm1
	movq	%rcx, %rsi
	addq	$12, %rdx
	vbroadcastss	%xmm2, %xmm12
	vbroadcastss	%xmm1, %xmm16
	vshufps	$85, %xmm11, %xmm11, %xmm9
	vshufps	$170, %xmm11, %xmm11, %xmm10
	vshufps	$85, %xmm2, %xmm2, %xmm13
	vshufps	$170, %xmm2, %xmm2, %xmm14
	vshufps	$255, %xmm2, %xmm2, %xmm15
	vshufps	$85, %xmm1, %xmm1, %xmm17
	vshufps	$170, %xmm1, %xmm1, %xmm31
	movq	%rdx, %rcx
	andq	%rbx, %rcx
	leaq	124(%r9), %rdx
	vmovaps	%xmm0, 272(%rsp)
	vbroadcastss	%xmm5, %xmm0
	vbroadcastss	%xmm8, %xmm5
	vmovaps	%xmm0, 208(%rsp)
	vbroadcastss	%xmm6, %xmm0
	vshufps	$85, %xmm8, %xmm8, %xmm6
	vmovaps	%xmm0, 400(%rsp)
	vbroadcastss	%xmm7, %xmm0
	vshufps	$170, %xmm8, %xmm8, %xmm7
	vbroadcastss	%xmm11, %xmm8
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vmovaps	%xmm0, 336(%rsp)
	vextractf128	$1, %ymm1, %xmm0
	vmovaps	160(%rsp), %xmm4
	vbroadcastss	%xmm0, %xmm18
	vshufps	$85, %xmm0, %xmm0, %xmm19
	vshufps	$170, %xmm0, %xmm0, %xmm20
	vshufps	$255, %xmm0, %xmm0, %xmm21
	vmovaps	128(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm22
	vshufps	$85, %xmm0, %xmm0, %xmm23
	vshufps	$170, %xmm0, %xmm0, %xmm24
	vshufps	$255, %xmm0, %xmm0, %xmm25
	vmovaps	144(%rsp), %xmm0
	vbroadcastss	%xmm0, %xmm26
	vshufps	$85, %xmm0, %xmm0, %xmm27
	vshufps	$170, %xmm0, %xmm0, %xmm28
	vshufps	$255, %xmm0, %xmm0, %xmm29
	vpbroadcastq	%rsi, %ymm0
	vporq	.LCPI78_10(%rip), %ymm0, %ymm30
	vshufps	$255, %xmm1, %xmm1, %xmm0
	.p2align	4
.LBB78_10:
	vmovups	-120(%rdx,%rsi,4), %xmm1
	vmovups	-124(%rdx,%rsi,4), %xmm3
	kxnorw	%k0, %k0, %k1
	vmulps	%xmm3, %xmm3, %xmm2
	vmulps	%xmm1, %xmm1, %xmm1
	vaddps	%xmm1, %xmm2, %xmm1
	vmovups	-116(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-112(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-108(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-104(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-100(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-96(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-92(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-88(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-84(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-80(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-76(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-72(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-68(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-64(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-60(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-56(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-52(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-48(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-44(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-40(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-36(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-32(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-28(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-24(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-20(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-16(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-12(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-8(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	-4(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmovups	(%rdx,%rsi,4), %xmm2
	vmulps	%xmm2, %xmm2, %xmm2
	vaddps	%xmm2, %xmm1, %xmm1
	vmulps	.LCPI78_6(%rip){1to4}, %xmm1, %xmm1
	vbroadcastss	.LCPI78_8(%rip), %xmm2
	vaddps	.LCPI78_7(%rip){1to4}, %xmm1, %xmm1
	vsqrtps	%xmm1, %xmm1
	vdivps	%xmm1, %xmm2, %xmm2
	vpsllq	$7, %ymm30, %ymm1
	vpaddq	.LCPI78_11(%rip){1to4}, %ymm30, %ymm30
	vmulps	%xmm3, %xmm2, %xmm3
	vmulps	272(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, (%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-120(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	208(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 4(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-116(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	400(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 8(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-112(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	336(%rsp), %xmm3, %xmm3
	vscatterqps	%xmm3, 12(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-108(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm5, %xmm3, %xmm3
	vscatterqps	%xmm3, 16(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-104(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm6, %xmm3, %xmm3
	vscatterqps	%xmm3, 20(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-100(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm7, %xmm3, %xmm3
	vscatterqps	%xmm3, 24(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-96(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm4, %xmm3, %xmm3
	vscatterqps	%xmm3, 28(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-92(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm8, %xmm3
	vscatterqps	%xmm3, 32(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-88(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm9, %xmm3
	vscatterqps	%xmm3, 36(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-84(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm10, %xmm3
	vscatterqps	%xmm3, 40(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-80(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm11, %xmm3
	vscatterqps	%xmm3, 44(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-76(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm12, %xmm3
	vscatterqps	%xmm3, 48(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-72(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm13, %xmm3
	vscatterqps	%xmm3, 52(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-68(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm14, %xmm3
	vscatterqps	%xmm3, 56(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-64(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm3, %xmm15, %xmm3
	vscatterqps	%xmm3, 60(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-60(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm16, %xmm3, %xmm3
	vscatterqps	%xmm3, 64(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-56(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm17, %xmm3, %xmm3
	vscatterqps	%xmm3, 68(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-52(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm31, %xmm3, %xmm3
	vscatterqps	%xmm3, 72(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-48(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm0, %xmm3, %xmm3
	vscatterqps	%xmm3, 76(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-44(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm18, %xmm3, %xmm3
	vscatterqps	%xmm3, 80(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-40(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm19, %xmm3, %xmm3
	vscatterqps	%xmm3, 84(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-36(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm20, %xmm3, %xmm3
	vscatterqps	%xmm3, 88(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-32(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm21, %xmm3, %xmm3
	vscatterqps	%xmm3, 92(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-28(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm22, %xmm3, %xmm3
	vscatterqps	%xmm3, 96(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-24(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm23, %xmm3, %xmm3
	vscatterqps	%xmm3, 100(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-20(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm24, %xmm3, %xmm3
	vscatterqps	%xmm3, 104(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-16(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm25, %xmm3, %xmm3
	vscatterqps	%xmm3, 108(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-12(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm26, %xmm3, %xmm3
	vscatterqps	%xmm3, 112(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-8(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm27, %xmm3, %xmm3
	vscatterqps	%xmm3, 116(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	-4(%rdx,%rsi,4), %xmm2, %xmm3
	vmulps	%xmm28, %xmm3, %xmm3
	vscatterqps	%xmm3, 120(%rax,%ymm1) {%k1}
	kxnorw	%k0, %k0, %k1
	vmulps	(%rdx,%rsi,4), %xmm2, %xmm2
	addq	$4, %rsi
	vmulps	%xmm29, %xmm2, %xmm2
	vscatterqps	%xmm2, 124(%rax,%ymm1) {%k1}
	cmpq	%rsi, %rcx
	jne	.LBB78_10
	vmovups	464(%rsp), %zmm16
	vmovaps	96(%rsp), %xmm4
	vmovaps	80(%rsp), %xmm5
	vmovaps	64(%rsp), %xmm6
	vmovaps	48(%rsp), %xmm7
	vmovaps	32(%rsp), %xmm8
	vmovups	176(%rsp), %ymm11
	cmpq	%rcx, %rbx
	je	.LBB78_14
.LBB78_12:
	vmovss	.LCPI78_6(%rip), %xmm1
	vmovss	.LCPI78_7(%rip), %xmm2
	vmovss	.LCPI78_8(%rip), %xmm3
	vinsertps	$16, %xmm5, %xmm4, %xmm0
	movq	%rcx, %rsi
	imulq	%r8, %rsi
	movq	%rbx, %rdx
	subq	%rcx, %rdx
	shlq	$7, %rcx
	shlq	$2, %r8
	vinsertps	$32, %xmm6, %xmm0, %xmm0
	leaq	64(%rcx,%rax), %rcx
	vinsertps	$48, %xmm7, %xmm0, %xmm0
	vinsertf64x4	$1, %ymm11, %zmm0, %zmm0
	leaq	(%r9,%rsi,4), %rsi
	vinsertf32x4	$1, %xmm8, %zmm0, %zmm0
	.p2align	4
.LBB78_13:
	vmovss	(%rsi), %xmm4
	vmovss	4(%rsi), %xmm5
	vmulss	%xmm4, %xmm4, %xmm4
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	8(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	12(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	16(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	20(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	24(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	28(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	32(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	36(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	40(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	44(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	48(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	52(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	56(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	60(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	64(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	68(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	72(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	76(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	80(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	84(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	88(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovss	92(%rsi), %xmm5
	vmulss	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	96(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	104(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	112(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovsd	120(%rsi), %xmm5
	vmulps	%xmm5, %xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmovshdup	%xmm5, %xmm5
	vaddss	%xmm5, %xmm4, %xmm4
	vmulss	%xmm1, %xmm4, %xmm4
	vaddss	%xmm2, %xmm4, %xmm4
	vsqrtss	%xmm4, %xmm4, %xmm4
	vdivss	%xmm4, %xmm3, %xmm4
	vbroadcastss	%xmm4, %zmm4
	vmulps	(%rsi), %zmm4, %zmm5
	vmulps	%zmm0, %zmm5, %zmm5
	vmovups	%zmm5, -64(%rcx)
	vmulps	64(%rsi), %zmm4, %zmm4
	addq	%r8, %rsi
	vmulps	%zmm16, %zmm4, %zmm4
	vmovups	%zmm4, (%rcx)
	subq	$-128, %rcx
	decq	%rdx
	jne	.LBB78_13
.LBB78_14:
	movq	16(%rsp), %rcx
	leaq	(,%rbp,4), %rsi
	xorl	%edi, %edi
	vxorpd	%xmm0, %xmm0, %xmm0
	movq	%r13, %r9
	leaq	(,%rcx,4), %r10
	imulq	$124, %rbp, %rcx
	leaq	200(%r15,%rcx), %rcx
	movq	%rcx, 272(%rsp)
	movq	%rbp, %rcx
	shrq	$61, %rcx
	andl	$1, %ecx
	movq	%rcx, 208(%rsp)
	jmp	.LBB78_15
	.p2align	4
.LBB78_20:
	incq	%rdi
	addq	%r8, %r9
	movq	%r8, %r10
	movq	%rdx, %rbx
	cmpq	%rdx, %rdi
	je	.LBB78_21
.LBB78_15:
	movq	%r10, %rcx
	imulq	%rdi, %rcx
	movq	%r10, %r8
	movq	%rdi, %r10
	shlq	$7, %r10
	movq	%rdi, %r11
	imulq	16(%rsp), %r11
	movq	%rbx, %rdx
	addq	%rax, %r10
	leaq	(%r13,%rcx), %r14
	cmpq	272(%rsp), %r14
	leaq	200(%r13,%rcx), %rbx
	vmovupd	%zmm0, 128(%r13,%rcx)
	vmovupd	%zmm0, 64(%r13,%rcx)
	vmovupd	%zmm0, (%r13,%rcx)
	movq	$0, 192(%r13,%rcx)
	movq	%r15, %r14
	setb	%cl
	cmpq	%rbx, %r15
	setb	%bl
	xorl	%r12d, %r12d
	andb	%cl, %bl
	orb	208(%rsp), %bl
	jmp	.LBB78_16
	.p2align	4
.LBB78_22:
	movq	%r12, %rcx
	imulq	%rbp, %rcx
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r15,%rcx,4), %zmm1, %zmm2
	vaddps	(%r13,%r11,4), %zmm2, %zmm2
	vmovups	%zmm2, (%r13,%r11,4)
	vmulps	64(%r15,%rcx,4), %zmm1, %zmm2
	vaddps	64(%r13,%r11,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%r13,%r11,4)
	vmulps	128(%r15,%rcx,4), %zmm1, %zmm2
	vaddps	128(%r13,%r11,4), %zmm2, %zmm2
	vmovups	%zmm2, 128(%r13,%r11,4)
	vmovsd	192(%r15,%rcx,4), %xmm2
	vmovsd	192(%r13,%r11,4), %xmm3
	vmulps	%xmm2, %xmm1, %xmm1
	vaddps	%xmm1, %xmm3, %xmm1
	vmovlps	%xmm1, 192(%r13,%r11,4)
.LBB78_19:
	incq	%r12
	addq	%rsi, %r14
	cmpq	$32, %r12
	je	.LBB78_20
.LBB78_16:
	vmovss	(%r10,%r12,4), %xmm1
	testb	%bl, %bl
	je	.LBB78_22
	movl	$9, %ecx
	.p2align	4
.LBB78_18:
	vmulss	-36(%r14,%rcx,4), %xmm1, %xmm2
	vaddss	-36(%r9,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r9,%rcx,4)
	vmulss	-32(%r14,%rcx,4), %xmm1, %xmm2
	vaddss	-32(%r9,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r9,%rcx,4)
	vmulss	-28(%r14,%rcx,4), %xmm1, %xmm2
	vaddss	-28(%r9,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r9,%rcx,4)
	vmulss	-24(%r14,%rcx,4), %xmm1, %xmm2
	vaddss	-24(%r9,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r9,%rcx,4)
	vmulss	-20(%r14,%rcx,4), %xmm1, %xmm2
	vaddss	-20(%r9,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r9,%rcx,4)
	vmulss	-16(%r14,%rcx,4), %xmm1, %xmm2
	vaddss	-16(%r9,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r9,%rcx,4)
	vmulss	-12(%r14,%rcx,4), %xmm1, %xmm2
	vaddss	-12(%r9,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r9,%rcx,4)
	vmulss	-8(%r14,%rcx,4), %xmm1, %xmm2
	vaddss	-8(%r9,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r9,%rcx,4)
	vmulss	-4(%r14,%rcx,4), %xmm1, %xmm2
	vaddss	-4(%r9,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r9,%rcx,4)
	vmulss	(%r14,%rcx,4), %xmm1, %xmm2
	vaddss	(%r9,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r9,%rcx,4)
	addq	$10, %rcx
	cmpq	$59, %rcx
	jne	.LBB78_18
	jmp	.LBB78_19
.LBB78_21:
	movq	%rax, %rdi
	addq	$728, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end78:
	.size	k87, .Lfunc_end78-k87

	.globl	_mlir_ciface_k87
	.p2align	4
	.type	_mlir_ciface_k87,@function
_mlir_ciface_k87:
	subq	$184, %rsp
	movq	8(%rdx), %r8
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	8(%rcx), %r10
	movq	24(%rcx), %r11
	movq	40(%rcx), %rcx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rcx, 160(%rsp)
	movq	%r11, 144(%rsp)
	movq	%r10, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k87@PLT
	addq	$184, %rsp
	retq
.Lfunc_end79:
	.size	_mlir_ciface_k87, .Lfunc_end79-_mlir_ciface_k87

	.section	".note.GNU-stack","",@progbits
