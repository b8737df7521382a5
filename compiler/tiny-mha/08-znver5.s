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
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB0_2:
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -188(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	4(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -184(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	8(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -180(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	12(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -176(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	16(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -172(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	20(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -168(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	24(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -164(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	28(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -160(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	32(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -156(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	36(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -152(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	40(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -148(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	44(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -144(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	48(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -140(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	52(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -136(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	56(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -132(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	60(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -128(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	64(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -124(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	68(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -120(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	72(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -116(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	76(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -112(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	80(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -108(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	84(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -104(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	88(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -100(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	92(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -96(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	96(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -92(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	100(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -88(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	104(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -84(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	108(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -80(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	112(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -76(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	116(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -72(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	120(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -68(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	124(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -64(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	128(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -60(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	132(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -56(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	136(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -52(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	140(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -48(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	144(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -44(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	148(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -40(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	152(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -36(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	156(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -32(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	160(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -28(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	164(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -24(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	168(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -20(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	172(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -16(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	176(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -12(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	180(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -8(%rdx)
	movq	(%r8), %r10
	imulq	%r9, %r10
	vmovss	184(%rsi,%r10,4), %xmm0
	vmovss	%xmm0, -4(%rdx)
	movq	(%r8), %r10
	addq	%rdi, %r8
	imulq	%r9, %r10
	vmovss	188(%rsi,%r10,4), %xmm0
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

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI2_0:
	.long	0x42400000
.LCPI2_1:
	.long	0x3727c5ac
.LCPI2_2:
	.long	0x3f800000
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
	subq	$72, %rsp
	movq	%r9, 16(%rsp)
	movq	%rsi, %r14
	movq	344(%rsp), %rax
	movq	%rax, 56(%rsp)
	movq	256(%rsp), %rax
	movq	328(%rsp), %r12
	movq	312(%rsp), %r13
	movq	288(%rsp), %rbp
	movq	%rax, 40(%rsp)
	movq	232(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	144(%rsp), %rax
	movq	200(%rsp), %rbx
	movq	176(%rsp), %r15
	movq	%rax, 8(%rsp)
	movq	%r12, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, 24(%rsp)
	movq	%r12, 64(%rsp)
	testq	%r12, %r12
	jle	.LBB2_19
	movq	16(%rsp), %rcx
	vmovss	.LCPI2_0(%rip), %xmm0
	vmovss	.LCPI2_1(%rip), %xmm1
	vmovss	.LCPI2_2(%rip), %xmm2
	leaq	(,%r15,4), %rsi
	xorl	%edi, %edi
	movq	%r14, %r10
	leaq	(%rsi,%rsi), %r8
	leaq	(,%rcx,4), %rax
	movq	%rax, 32(%rsp)
	movq	%r15, %rax
	shlq	$4, %rax
	movq	24(%rsp), %r9
	leaq	(%rax,%rax,2), %rdx
	movq	%rcx, %rax
	jmp	.LBB2_2
	.p2align	4
.LBB2_5:
	movq	8(%rsp), %r12
	vbroadcastss	%xmm3, %zmm3
	vmulps	(%r14,%r11,4), %zmm3, %zmm4
	movq	24(%rsp), %rcx
	movq	%rdi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rax
	vmulps	(%r12), %zmm4, %zmm4
	vmovups	%zmm4, (%rcx,%rax)
	vmulps	64(%r14,%r11,4), %zmm3, %zmm4
	vmulps	64(%r12), %zmm4, %zmm4
	vmovups	%zmm4, 64(%rcx,%rax)
	vmulps	128(%r14,%r11,4), %zmm3, %zmm3
	vmulps	128(%r12), %zmm3, %zmm3
	vmovups	%zmm3, 128(%rcx,%rax)
.LBB2_6:
	addq	32(%rsp), %r10
	movq	16(%rsp), %rax
	incq	%rdi
	addq	$192, %r9
	cmpq	64(%rsp), %rdi
	je	.LBB2_7
.LBB2_2:
	movq	%rdi, %r11
	imulq	%rax, %r11
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vdivss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r15
	je	.LBB2_5
	movq	8(%rsp), %r12
	movl	$11, %r11d
	.p2align	4
.LBB2_4:
	vmulss	-44(%r10,%r11,4), %xmm3, %xmm4
	leaq	(%r12,%rsi), %rcx
	addq	%rsi, %rcx
	vmulss	(%r12), %xmm4, %xmm4
	vmovss	%xmm4, -44(%r9,%r11,4)
	vmulss	-40(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -40(%r9,%r11,4)
	vmulss	-36(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,8), %xmm4, %xmm4
	addq	%rdx, %r12
	vmovss	%xmm4, -36(%r9,%r11,4)
	vmulss	-32(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -32(%r9,%r11,4)
	vmulss	-28(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,8), %xmm4, %xmm4
	addq	%r8, %rcx
	leaq	(%rcx,%r15,4), %rax
	vmovss	%xmm4, -28(%r9,%r11,4)
	vmulss	-24(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%r9,%r11,4)
	vmulss	-20(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -20(%r9,%r11,4)
	vmulss	-16(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -16(%r9,%r11,4)
	vmulss	-12(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -12(%r9,%r11,4)
	vmulss	-8(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -8(%r9,%r11,4)
	vmulss	-4(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -4(%r9,%r11,4)
	vmulss	(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	vmovss	%xmm4, (%r9,%r11,4)
	addq	$12, %r11
	cmpq	$59, %r11
	jne	.LBB2_4
	jmp	.LBB2_6
.LBB2_7:
	movq	56(%rsp), %rax
	movq	48(%rsp), %rcx
	movq	%r13, %rsi
	leaq	(,%rbp,4), %r8
	xorl	%r10d, %r10d
	movq	%r13, %r14
	leaq	(,%rax,4), %rdx
	imulq	$188, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	576(%rbx,%rax), %rax
	movq	%rax, 8(%rsp)
	leaq	(,%rbp,8), %rax
	subq	40(%rsp), %rsi
	leaq	(%rax,%rax,8), %rdi
	leaq	(%r8,%r8), %rax
	movq	%rsi, 32(%rsp)
	movq	%rdx, 16(%rsp)
	jmp	.LBB2_8
	.p2align	4
.LBB2_18:
	movq	16(%rsp), %rdx
	incq	%r10
	addq	%rdx, %r14
	cmpq	64(%rsp), %r10
	je	.LBB2_19
.LBB2_8:
	movq	%r10, %r15
	imulq	56(%rsp), %r15
	movq	%rdx, %rcx
	imulq	%r10, %rcx
	cmpq	$1, %rbp
	jne	.LBB2_10
	movq	32(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$255, %rdx
	jbe	.LBB2_10
	movq	40(%rsp), %rdx
	vmovups	(%rdx), %zmm0
	vmovups	64(%rdx), %zmm1
	vmovups	128(%rdx), %zmm2
	vmovups	192(%rdx), %zmm3
	vmovups	%zmm0, (%r13,%r15,4)
	vmovups	%zmm1, 64(%r13,%r15,4)
	vmovups	%zmm2, 128(%r13,%r15,4)
	vmovups	%zmm3, 192(%r13,%r15,4)
	vmovups	256(%rdx), %zmm0
	vmovups	320(%rdx), %zmm1
	vmovups	384(%rdx), %zmm2
	vmovups	448(%rdx), %zmm3
	vmovups	%zmm0, 256(%r13,%r15,4)
	vmovups	%zmm1, 320(%r13,%r15,4)
	vmovups	%zmm2, 384(%r13,%r15,4)
	vmovups	%zmm3, 448(%r13,%r15,4)
	vmovups	512(%rdx), %zmm0
	vmovups	%zmm0, 512(%r13,%r15,4)
	jmp	.LBB2_13
	.p2align	4
.LBB2_10:
	movq	40(%rsp), %rsi
	movl	$17, %edx
	.p2align	4
.LBB2_11:
	vmovss	(%rsi), %xmm0
	leaq	(%rsi,%r8), %r11
	addq	%r8, %r11
	vmovss	%xmm0, -68(%r14,%rdx,4)
	vmovss	(%rsi,%rbp,4), %xmm0
	vmovss	%xmm0, -64(%r14,%rdx,4)
	vmovss	(%rsi,%rbp,8), %xmm0
	addq	%rdi, %rsi
	vmovss	%xmm0, -60(%r14,%rdx,4)
	vmovss	(%r11,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r14,%rdx,4)
	vmovss	(%r11,%rbp,8), %xmm0
	addq	%rax, %r11
	leaq	(%r11,%rbp,4), %r12
	vmovss	%xmm0, -52(%r14,%rdx,4)
	vmovss	(%r11,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -44(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -40(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -36(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -32(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -28(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -24(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -20(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -16(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -12(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -8(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -4(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	vmovss	%xmm0, (%r14,%rdx,4)
	addq	$18, %rdx
	cmpq	$161, %rdx
	jne	.LBB2_11
.LBB2_13:
	movq	48(%rsp), %r11
	leaq	(%r13,%rcx), %rdx
	leaq	576(%r13,%rcx), %rsi
	leaq	(%r10,%r10,2), %rcx
	movq	%rbx, %r12
	shlq	$6, %rcx
	addq	24(%rsp), %rcx
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	8(%rsp), %rdx
	setb	%dl
	cmpq	%rsi, %rbx
	setb	%sil
	andb	%dl, %sil
	xorl	%edx, %edx
	orb	%r11b, %sil
	jmp	.LBB2_14
	.p2align	4
.LBB2_20:
	movq	%rdx, %r11
	imulq	48(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	(%r13,%r15,4), %zmm1, %zmm1
	vaddps	64(%r13,%r15,4), %zmm2, %zmm2
	vaddps	128(%r13,%r15,4), %zmm3, %zmm3
	vaddps	192(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, (%r13,%r15,4)
	vmovups	%zmm2, 64(%r13,%r15,4)
	vmovups	%zmm3, 128(%r13,%r15,4)
	vmovups	%zmm4, 192(%r13,%r15,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	384(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	448(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	256(%r13,%r15,4), %zmm1, %zmm1
	vaddps	320(%r13,%r15,4), %zmm2, %zmm2
	vaddps	384(%r13,%r15,4), %zmm3, %zmm3
	vaddps	448(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, 256(%r13,%r15,4)
	vmovups	%zmm2, 320(%r13,%r15,4)
	vmovups	%zmm3, 384(%r13,%r15,4)
	vmovups	%zmm4, 448(%r13,%r15,4)
	vmulps	512(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	512(%r13,%r15,4), %zmm0, %zmm0
	vmovups	%zmm0, 512(%r13,%r15,4)
.LBB2_17:
	incq	%rdx
	addq	%r9, %r12
	cmpq	$48, %rdx
	je	.LBB2_18
.LBB2_14:
	vmovss	(%rcx,%rdx,4), %xmm0
	testb	%sil, %sil
	je	.LBB2_20
	movl	$11, %r11d
	.p2align	4
.LBB2_16:
	vmulss	-44(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r14,%r11,4)
	vmulss	-40(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r14,%r11,4)
	vmulss	-36(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r14,%r11,4)
	vmulss	-32(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r14,%r11,4)
	vmulss	-28(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r14,%r11,4)
	vmulss	-24(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r14,%r11,4)
	vmulss	-20(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r14,%r11,4)
	vmulss	-16(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r14,%r11,4)
	vmulss	-12(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r14,%r11,4)
	vmulss	-8(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r14,%r11,4)
	vmulss	-4(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r14,%r11,4)
	vmulss	(%r12,%r11,4), %xmm0, %xmm1
	vaddss	(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r14,%r11,4)
	addq	$12, %r11
	cmpq	$155, %r11
	jne	.LBB2_16
	jmp	.LBB2_17
.LBB2_19:
	movq	24(%rsp), %rdi
	addq	$72, %rsp
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

	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI4_0:
	.zero	8
	.zero	8
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
.LCPI4_1:
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
	.zero	8
	.zero	8
.LCPI4_2:
	.zero	8
	.zero	8
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
.LCPI4_3:
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
	.zero	8
	.zero	8
.LCPI4_4:
	.zero	8
	.zero	8
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
.LCPI4_5:
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
	.zero	8
	.zero	8
.LCPI4_6:
	.zero	8
	.zero	8
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
.LCPI4_7:
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
	.zero	8
	.zero	8
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI4_8:
	.quad	0
	.quad	4
	.quad	8
	.quad	12
.LCPI4_9:
	.quad	1
	.quad	5
	.quad	9
	.quad	13
.LCPI4_10:
	.quad	2
	.quad	6
	.quad	10
	.quad	14
.LCPI4_11:
	.quad	3
	.quad	7
	.quad	11
	.quad	15
	.text
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
	subq	$248, %rsp
	movq	%r9, (%rsp)
	movq	%rsi, 104(%rsp)
	movq	688(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	656(%rsp), %rax
	movq	672(%rsp), %r13
	movq	%rax, 200(%rsp)
	movq	632(%rsp), %rax
	movq	%rax, 240(%rsp)
	movq	600(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	576(%rsp), %rax
	movq	%rax, 160(%rsp)
	movq	544(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	520(%rsp), %rax
	movq	%rax, 184(%rsp)
	movq	488(%rsp), %rax
	movq	%rax, 176(%rsp)
	movq	464(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	432(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	%r13, %rax
	shlq	$6, %rax
	movq	376(%rsp), %rcx
	movq	408(%rsp), %rbx
	leaq	(%rax,%rax,2), %r15
	movq	%r15, %rdi
	movq	%rcx, 96(%rsp)
	movq	320(%rsp), %rax
	movq	352(%rsp), %r14
	movq	%rax, 88(%rsp)
	callq	malloc@PLT
	movq	%r15, %rdi
	movq	%rax, 16(%rsp)
	callq	malloc@PLT
	movq	%rax, 152(%rsp)
	movq	%r13, 168(%rsp)
	testq	%r13, %r13
	jle	.LBB4_17
	leaq	(,%rbx,4), %rax
	xorl	%r9d, %r9d
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, 128(%rsp)
	movq	%r14, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdx
	leaq	24(%rax,%rax,2), %rax
	movq	%rdx, 80(%rsp)
	movq	%rax, 72(%rsp)
	leaq	(,%r14,4), %rax
	shlq	$7, %r14
	leaq	(%r14,%r14,2), %rdx
	leaq	24(%r14,%r14,2), %rcx
	movq	$-3, %r14
	movq	%rax, 136(%rsp)
	movq	%rbx, %rax
	shlq	$6, %rax
	shlq	$7, %rbx
	leaq	(%rax,%rax,2), %rax
	leaq	(%rbx,%rbx,2), %r10
	movq	%rax, 48(%rsp)
	movq	%rdx, 64(%rsp)
	movq	%rcx, 192(%rsp)
	shlq	$2, (%rsp)
	movl	$3, %eax
	movl	$2, %ecx
	movl	$1, %edx
	movq	16(%rsp), %rbx
	movq	152(%rsp), %r12
	jmp	.LBB4_2
	.p2align	4
.LBB4_16:
	movq	40(%rsp), %rax
	movq	32(%rsp), %rcx
	movq	120(%rsp), %rdx
	movq	112(%rsp), %r14
	movq	168(%rsp), %r13
	incq	%r9
	addq	$192, %r12
	addq	$192, %rbx
	incq	%rax
	incq	%rcx
	incq	%rdx
	incq	%r14
	cmpq	%r13, %r9
	je	.LBB4_17
.LBB4_2:
	movq	%rax, 40(%rsp)
	cmpq	$3, %r9
	movl	$3, %r13d
	movl	$24, %r11d
	movq	(%rsp), %rsi
	cmovbq	%r9, %r13
	movq	104(%rsp), %rdi
	subq	%r13, %rax
	imulq	%rsi, %rax
	addq	%rdi, %rax
	movq	%rax, 8(%rsp)
	movq	%rcx, 32(%rsp)
	movq	%rdx, 120(%rsp)
	subq	%r13, %rcx
	subq	%r13, %rdx
	leal	(,%r13,4), %eax
	xorq	$3, %r13
	leaq	(%r13,%r14), %rbp
	imulq	%rsi, %rcx
	imulq	%rsi, %rdx
	movq	72(%rsp), %r8
	movq	192(%rsp), %r15
	movq	%r14, 112(%rsp)
	shll	$2, %r13d
	imulq	%rsi, %rbp
	subq	%rax, %r11
	xorl	%esi, %esi
	addq	%rdi, %rcx
	addq	%rdi, %rdx
	addq	%rdi, %rbp
	movq	80(%rsp), %rdi
	subq	%rax, %r8
	subq	%rax, %r15
	leaq	(%rdi,%r13), %rax
	movq	%rax, 56(%rsp)
	movq	64(%rsp), %rax
	addq	%r13, %rax
	movq	%rax, 144(%rsp)
	movq	88(%rsp), %rax
	movq	96(%rsp), %rdi
	jmp	.LBB4_3
	.p2align	4
.LBB4_15:
	movq	48(%rsp), %r14
	vaddss	(%rdi,%r10), %xmm3, %xmm3
	vaddss	(%rdi), %xmm1, %xmm1
	addq	136(%rsp), %rax
	vaddss	(%rdi,%r14), %xmm2, %xmm2
	addq	128(%rsp), %rdi
	vmovss	%xmm1, (%r12,%rsi)
	vmulss	%xmm3, %xmm2, %xmm2
	vmovss	%xmm2, (%rbx,%rsi)
	addq	$4, %rsi
	cmpq	$192, %rsi
	je	.LBB4_16
.LBB4_3:
	vmovss	(%rax,%r13), %xmm1
	vmulss	(%rbp,%rsi), %xmm1, %xmm1
	vaddss	%xmm0, %xmm1, %xmm1
	testq	%r9, %r9
	je	.LBB4_7
	vmovss	-8(%rax,%r11), %xmm2
	vmulss	(%rdx,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$1, %r9
	je	.LBB4_7
	vmovss	-4(%rax,%r11), %xmm2
	vmulss	(%rcx,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$2, %r9
	je	.LBB4_7
	movq	8(%rsp), %r14
	vmovss	(%rax,%r11), %xmm2
	vmulss	(%r14,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	.p2align	4
.LBB4_7:
	movq	56(%rsp), %r14
	vmovss	(%rax,%r14), %xmm2
	vmulss	192(%rbp,%rsi), %xmm2, %xmm2
	vaddss	%xmm0, %xmm2, %xmm2
	testq	%r9, %r9
	je	.LBB4_11
	vmovss	-8(%rax,%r8), %xmm3
	vmulss	192(%rdx,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$1, %r9
	je	.LBB4_11
	vmovss	-4(%rax,%r8), %xmm3
	vmulss	192(%rcx,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$2, %r9
	je	.LBB4_11
	movq	8(%rsp), %r14
	vmovss	(%rax,%r8), %xmm3
	vmulss	192(%r14,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	.p2align	4
.LBB4_11:
	movq	144(%rsp), %r14
	vmovss	(%rax,%r14), %xmm3
	vmulss	384(%rbp,%rsi), %xmm3, %xmm3
	vaddss	%xmm0, %xmm3, %xmm3
	testq	%r9, %r9
	je	.LBB4_15
	vmovss	-8(%rax,%r15), %xmm4
	vmulss	384(%rdx,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$1, %r9
	je	.LBB4_15
	vmovss	-4(%rax,%r15), %xmm4
	vmulss	384(%rcx,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$2, %r9
	je	.LBB4_15
	movq	8(%rsp), %r14
	vmovss	(%rax,%r15), %xmm4
	vmulss	384(%r14,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	jmp	.LBB4_15
.LBB4_17:
	movl	$1, %edi
	movl	$1536, %esi
	movl	$1, %ebx
	callq	calloc@PLT
	movl	$1, %edi
	movl	$1536, %esi
	movq	%rax, %r15
	callq	calloc@PLT
	leaq	15(%r13), %rcx
	movq	%rax, %r12
	shrq	$4, %rcx
	movq	%rcx, 104(%rsp)
	movq	160(%rsp), %r8
	je	.LBB4_43
	movq	176(%rsp), %rcx
	movq	%r8, %rax
	shlq	$4, %rax
	vmovapd	.LCPI4_0(%rip), %zmm17
	vmovapd	.LCPI4_1(%rip), %zmm18
	vmovapd	.LCPI4_2(%rip), %zmm19
	vmovapd	.LCPI4_3(%rip), %zmm3
	vmovapd	.LCPI4_4(%rip), %zmm4
	vmovapd	.LCPI4_5(%rip), %zmm5
	vmovapd	.LCPI4_6(%rip), %zmm6
	vmovapd	.LCPI4_7(%rip), %zmm7
	leaq	(,%r8,4), %r11
	leaq	(,%r8,8), %rdx
	xorl	%edi, %edi
	vxorpd	%xmm8, %xmm8, %xmm8
	leaq	(%rax,%rax,2), %r10
	leaq	28(%rcx), %rax
	movq	%rax, 8(%rsp)
	shlq	$2, 184(%rsp)
	movq	16(%rsp), %rcx
	movq	24(%rsp), %rax
	movq	%rcx, %r14
	leaq	12(%rax), %rbp
	addq	$4, %r14
	movl	$16, %eax
	movq	%rcx, (%rsp)
	movq	%r10, 88(%rsp)
	movq	%r11, 80(%rsp)
	movq	%rbp, 72(%rsp)
	movq	%rdx, 64(%rsp)
	jmp	.LBB4_19
	.p2align	4
.LBB4_42:
	movq	112(%rsp), %rdi
	movq	120(%rsp), %rax
	movq	32(%rsp), %rbx
	addq	$3072, (%rsp)
	addq	$3072, %r14
	incq	%rdi
	addq	$16, %rax
	addq	$-16, %rbx
	cmpq	104(%rsp), %rdi
	je	.LBB4_43
.LBB4_19:
	cmpq	%rax, %r13
	movq	%rax, %r9
	movq	%rbx, 32(%rsp)
	movq	%rax, 120(%rsp)
	cmovbq	%r13, %r9
	cmpq	$1, %r8
	jne	.LBB4_20
	movq	24(%rsp), %rax
	movb	$-52, %cl
	kmovd	%ecx, %k1
	vcvtps2pd	(%rax), %zmm9
	vcvtps2pd	8(%rax), %zmm11
	vcvtps2pd	4(%rax), %zmm10
	vcvtps2pd	12(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 192(%r12)
	vmovupd	%zmm16, 128(%r12)
	vmovupd	%zmm15, 64(%r12)
	vmovupd	%zmm14, (%r12)
	vcvtps2pd	32(%rax), %zmm9
	vcvtps2pd	40(%rax), %zmm11
	vcvtps2pd	36(%rax), %zmm10
	vcvtps2pd	44(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 448(%r12)
	vmovupd	%zmm16, 384(%r12)
	vmovupd	%zmm15, 320(%r12)
	vmovupd	%zmm14, 256(%r12)
	vcvtps2pd	64(%rax), %zmm9
	vcvtps2pd	72(%rax), %zmm11
	vcvtps2pd	68(%rax), %zmm10
	vcvtps2pd	76(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 704(%r12)
	vmovupd	%zmm16, 640(%r12)
	vmovupd	%zmm15, 576(%r12)
	vmovupd	%zmm14, 512(%r12)
	vcvtps2pd	96(%rax), %zmm9
	vcvtps2pd	104(%rax), %zmm11
	vcvtps2pd	100(%rax), %zmm10
	vcvtps2pd	108(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 960(%r12)
	vmovupd	%zmm16, 896(%r12)
	vmovupd	%zmm15, 832(%r12)
	vmovupd	%zmm14, 768(%r12)
	vcvtps2pd	128(%rax), %zmm9
	vcvtps2pd	136(%rax), %zmm11
	vcvtps2pd	132(%rax), %zmm10
	vcvtps2pd	140(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1216(%r12)
	vmovupd	%zmm16, 1152(%r12)
	vmovupd	%zmm15, 1088(%r12)
	vmovupd	%zmm14, 1024(%r12)
	vcvtps2pd	160(%rax), %zmm9
	vcvtps2pd	168(%rax), %zmm11
	vcvtps2pd	164(%rax), %zmm10
	vcvtps2pd	172(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r12)
	vmovupd	%zmm16, 1408(%r12)
	vmovupd	%zmm15, 1344(%r12)
	vmovupd	%zmm14, 1280(%r12)
	jmp	.LBB4_23
	.p2align	4
.LBB4_20:
	movq	24(%rsp), %rcx
	movl	$352, %eax
	.p2align	4
.LBB4_21:
	vcvtps2pd	(%rcx), %ymm9
	leaq	(%rcx,%r11), %rdx
	leaq	(%r11,%r11), %rsi
	addq	%r11, %rdx
	addq	%rdx, %rsi
	vmovups	%ymm9, -352(%r12,%rax)
	vcvtps2pd	(%rcx,%r8,4), %ymm9
	vmovups	%ymm9, -320(%r12,%rax)
	vcvtps2pd	(%rcx,%r8,8), %ymm9
	addq	%r10, %rcx
	vmovups	%ymm9, -288(%r12,%rax)
	vcvtps2pd	(%rdx,%r8,4), %ymm9
	vmovups	%ymm9, -256(%r12,%rax)
	vcvtps2pd	(%rdx,%r8,8), %ymm9
	leaq	(%rsi,%r8,4), %rdx
	vmovups	%ymm9, -224(%r12,%rax)
	vcvtps2pd	(%rsi,%r8,4), %ymm9
	vmovups	%ymm9, -192(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -160(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -128(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -96(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -64(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -32(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	vmovupd	%ymm9, (%r12,%rax)
	addq	$384, %rax
	cmpq	$1888, %rax
	jne	.LBB4_21
.LBB4_23:
	movq	%rdi, 112(%rsp)
	shlq	$4, %rdi
	leaq	16(%rdi), %rax
	cmpq	%r13, %rax
	cmovaeq	%r13, %rax
	cmpq	%rax, %rdi
	jge	.LBB4_42
	movq	%r14, 96(%rsp)
	movq	%r9, 40(%rsp)
	movl	$1, %esi
	xorl	%r10d, %r10d
	movq	%rdi, %rcx
	movq	32(%rsp), %rax
	addq	%r9, %rax
	movq	%rax, 128(%rsp)
	movq	(%rsp), %r14
	movq	%rdi, 48(%rsp)
	jmp	.LBB4_25
	.p2align	4
.LBB4_36:
	movq	136(%rsp), %rcx
	movq	56(%rsp), %rsi
	movq	144(%rsp), %r14
	incq	%r10
	incq	%rcx
	incq	%rsi
	addq	$192, %r14
	cmpq	128(%rsp), %rsi
	je	.LBB4_37
.LBB4_25:
	movq	%rsi, 56(%rsp)
	movq	%rcx, %r11
	movq	%rcx, %rax
	shlq	$4, %rax
	movl	%esi, %edi
	andl	$7, %edi
	andq	$-8, %rsi
	xorl	%r8d, %r8d
	subq	48(%rsp), %r11
	movq	%rcx, 136(%rsp)
	leaq	(%rax,%rax,2), %rax
	imulq	208(%rsp), %rcx
	movq	200(%rsp), %rdx
	leaq	(%rdx,%rcx,4), %rbx
	movq	176(%rsp), %rcx
	movq	%r14, 144(%rsp)
	movq	8(%rsp), %rbp
	jmp	.LBB4_26
	.p2align	4
.LBB4_34:
	vcvtss2sd	%xmm9, %xmm9, %xmm9
.LBB4_35:
	movq	%r8, %r9
	imulq	240(%rsp), %r9
	movq	232(%rsp), %r13
	movq	%r8, %rdx
	shlq	$5, %rdx
	addq	$4, %r14
	vmovupd	(%r12,%rdx), %ymm10
	vmovupd	8(%r15,%rdx), %xmm11
	vmovupd	16(%r12,%rdx), %xmm12
	vmovups	(%r13,%r9,4), %xmm13
	movq	%r8, %r13
	imulq	160(%rsp), %r13
	movb	$9, %r9b
	kmovd	%r9d, %k1
	movq	24(%rsp), %r9
	vmovupd	(%r15,%rdx), %ymm14 {%k1} {z}
	vmovups	(%r9,%r13,4), %xmm15
	movq	16(%rsp), %r9
	movq	216(%rsp), %r13
	vpermpd	$236, %ymm14, %ymm14
	vmovsd	%xmm14, %xmm11, %xmm1
	vmovsd	%xmm11, %xmm14, %xmm2
	vmovsldup	%xmm15, %xmm16
	vmovshdup	%xmm15, %xmm15
	vcvtps2pd	%xmm15, %ymm15
	vcvtps2pd	%xmm16, %ymm16
	vmulpd	%ymm15, %ymm10, %ymm15
	vmulpd	%ymm16, %ymm10, %ymm0
	vshufpd	$5, %ymm15, %ymm15, %ymm15
	vaddsubpd	%ymm15, %ymm0, %ymm0
	vunpcklpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm1, %xmm15, %xmm1
	vunpckhpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm2, %xmm15, %xmm2
	vshufps	$232, %xmm13, %xmm13, %xmm15
	vshufps	$237, %xmm13, %xmm13, %xmm13
	vmovupd	%ymm0, (%r12,%rdx)
	leaq	(%r8,%rax), %rdx
	vcvtps2pd	%xmm15, %xmm15
	vcvtps2pd	%xmm13, %xmm13
	vmovss	(%r9,%rdx,4), %xmm0
	movq	%r8, %r9
	imulq	224(%rsp), %r9
	vsubpd	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm12, %xmm10, %xmm2
	vmovsd	%xmm10, %xmm12, %xmm10
	vmulpd	%xmm2, %xmm14, %xmm2
	vmulpd	%xmm11, %xmm10, %xmm10
	vmulpd	%xmm1, %xmm15, %xmm1
	vaddpd	%xmm2, %xmm10, %xmm2
	vmulss	(%r13,%r9,4), %xmm0, %xmm0
	movq	152(%rsp), %r9
	vmulpd	%xmm2, %xmm13, %xmm2
	vsubpd	%xmm2, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm8, %xmm2
	vshufpd	$1, %xmm1, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm1, %xmm9, %xmm1
	vcvtsd2ss	%xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	(%r9,%rdx,4), %xmm0, %xmm0
	movq	184(%rsp), %rdx
	addq	%rdx, %rbp
	addq	%rdx, %rcx
	vmovss	%xmm0, (%rbx,%r8,4)
	incq	%r8
	cmpq	$48, %r8
	je	.LBB4_36
.LBB4_26:
	movabsq	$9223372036854775806, %rdx
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	%rdx, %r11
	ja	.LBB4_35
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	$7, %r10
	jae	.LBB4_29
	xorl	%edx, %edx
	jmp	.LBB4_32
	.p2align	4
.LBB4_29:
	movq	%r14, %r13
	xorl	%edx, %edx
	.p2align	4
.LBB4_30:
	vmovss	-28(%rbp,%rdx,4), %xmm10
	vmovss	-24(%rbp,%rdx,4), %xmm11
	vmulss	(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmulss	-192(%r13), %xmm11, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-20(%rbp,%rdx,4), %xmm10
	vmulss	-384(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-16(%rbp,%rdx,4), %xmm10
	vmulss	-576(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-12(%rbp,%rdx,4), %xmm10
	vmulss	-768(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-8(%rbp,%rdx,4), %xmm10
	vmulss	-960(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-4(%rbp,%rdx,4), %xmm10
	vmulss	-1152(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	(%rbp,%rdx,4), %xmm10
	addq	$8, %rdx
	vmulss	-1344(%r13), %xmm10, %xmm10
	addq	$-1536, %r13
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rdx, %rsi
	jne	.LBB4_30
	testb	$7, 56(%rsp)
	je	.LBB4_34
.LBB4_32:
	leaq	(%rcx,%rdx,4), %r13
	shlq	$6, %rdx
	leaq	(%rdx,%rdx,2), %r9
	movq	%r14, %rdx
	subq	%r9, %rdx
	xorl	%r9d, %r9d
	.p2align	4
.LBB4_33:
	vmovss	(%r13,%r9,4), %xmm10
	incq	%r9
	vmulss	(%rdx), %xmm10, %xmm10
	addq	$-192, %rdx
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%r9, %rdi
	jne	.LBB4_33
	jmp	.LBB4_34
	.p2align	4
.LBB4_37:
	movq	96(%rsp), %r14
	movq	168(%rsp), %r13
	movq	160(%rsp), %r8
	movq	88(%rsp), %r10
	movq	80(%rsp), %r11
	movq	72(%rsp), %rbp
	movq	64(%rsp), %rdx
	movq	40(%rsp), %r9
	movq	48(%rsp), %rbx
	movq	%r14, %rdi
	jmp	.LBB4_38
	.p2align	4
.LBB4_44:
	vmovupd	(%r15), %zmm13
	vmovupd	128(%r15), %zmm15
	vmovupd	64(%r15), %zmm14
	vmovupd	192(%r15), %zmm16
	vbroadcasti64x4	.LCPI4_8(%rip), %zmm9
	movq	%rbx, %rax
	shlq	$6, %rax
	vbroadcasti64x4	.LCPI4_9(%rip), %zmm28
	vbroadcasti64x4	.LCPI4_11(%rip), %zmm26
	vbroadcasti64x4	.LCPI4_10(%rip), %zmm27
	movq	16(%rsp), %rcx
	movb	$-52, %r9b
	leaq	(%rax,%rax,2), %rsi
	movq	24(%rsp), %rax
	kmovd	%r9d, %k1
	movq	40(%rsp), %r9
	vcvtps2pd	(%rcx,%rsi), %zmm0
	vcvtps2pd	(%rax), %zmm1
	vcvtps2pd	4(%rax), %zmm2
	vmovapd	%zmm15, %zmm10
	vmovapd	%zmm13, %zmm11
	vpermt2pd	%zmm16, %zmm9, %zmm10
	vpermt2pd	%zmm14, %zmm9, %zmm11
	vmovapd	%zmm13, %zmm12
	vpermt2pd	%zmm14, %zmm28, %zmm12
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vpermt2pd	%zmm14, %zmm27, %zmm22
	vshuff64x2	$228, %zmm10, %zmm11, %zmm20
	vmovapd	%zmm15, %zmm11
	vpermt2pd	%zmm16, %zmm28, %zmm11
	vshuff64x2	$228, %zmm11, %zmm12, %zmm21
	vmovapd	%zmm15, %zmm12
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm16, %zmm27, %zmm12
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	12(%rax), %zmm21
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vcvtps2pd	8(%rax), %zmm15
	vshuff64x2	$228, %zmm12, %zmm22, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm21, %zmm22, %zmm2
	vmulpd	%zmm15, %zmm22, %zmm16
	vmulpd	%zmm15, %zmm13, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm13, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, (%r15)
	vmovupd	%zmm15, 64(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 128(%r15)
	vmovupd	%zmm20, 192(%r15)
	vcvtps2pd	32(%rcx,%rsi), %zmm0
	vmovupd	256(%r15), %zmm14
	vmovupd	384(%r15), %zmm16
	vmovupd	320(%r15), %zmm13
	vmovupd	448(%r15), %zmm15
	vcvtps2pd	32(%rax), %zmm1
	vcvtps2pd	36(%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm14, %zmm21
	vmovapd	%zmm16, %zmm24
	vmovapd	%zmm14, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermt2pd	%zmm13, %zmm9, %zmm21
	vpermt2pd	%zmm15, %zmm28, %zmm24
	vpermt2pd	%zmm13, %zmm28, %zmm22
	vmovapd	%zmm16, %zmm25
	vmovapd	%zmm14, %zmm23
	vpermt2pd	%zmm15, %zmm26, %zmm16
	vpermt2pd	%zmm13, %zmm26, %zmm14
	vpermt2pd	%zmm13, %zmm27, %zmm23
	vpermt2pd	%zmm15, %zmm27, %zmm25
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm24, %zmm22, %zmm21
	vshuff64x2	$228, %zmm16, %zmm14, %zmm13
	vshuff64x2	$228, %zmm25, %zmm23, %zmm22
	vcvtps2pd	44(%rax), %zmm23
	vmulpd	%zmm1, %zmm20, %zmm16
	vmulpd	%zmm2, %zmm21, %zmm15
	vmulpd	%zmm2, %zmm20, %zmm2
	vmulpd	%zmm1, %zmm21, %zmm1
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	40(%rax), %zmm2
	vsubpd	%zmm15, %zmm16, %zmm14
	vmulpd	%zmm23, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm23, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 256(%r15)
	vmovupd	%zmm15, 320(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 384(%r15)
	vmovupd	%zmm20, 448(%r15)
	vcvtps2pd	64(%rcx,%rsi), %zmm0
	vmovupd	640(%r15), %zmm16
	vmovupd	512(%r15), %zmm14
	vmovupd	576(%r15), %zmm13
	vmovupd	704(%r15), %zmm15
	vcvtps2pd	64(%rax), %zmm1
	vcvtps2pd	68(%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm14, %zmm21
	vmovapd	%zmm16, %zmm23
	vmovapd	%zmm14, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermt2pd	%zmm13, %zmm9, %zmm21
	vpermt2pd	%zmm15, %zmm28, %zmm23
	vpermt2pd	%zmm13, %zmm28, %zmm22
	vmovapd	%zmm16, %zmm24
	vpermt2pd	%zmm15, %zmm26, %zmm16
	vpermt2pd	%zmm15, %zmm27, %zmm24
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm23, %zmm22, %zmm21
	vmovapd	%zmm14, %zmm23
	vpermt2pd	%zmm13, %zmm26, %zmm14
	vpermt2pd	%zmm13, %zmm27, %zmm23
	vmulpd	%zmm2, %zmm21, %zmm15
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm16, %zmm14, %zmm13
	vmulpd	%zmm1, %zmm20, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	76(%rax), %zmm21
	vshuff64x2	$228, %zmm24, %zmm23, %zmm22
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	72(%rax), %zmm2
	vsubpd	%zmm15, %zmm16, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 512(%r15)
	vmovupd	%zmm15, 576(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 640(%r15)
	vmovupd	%zmm20, 704(%r15)
	vcvtps2pd	96(%rcx,%rsi), %zmm0
	vmovupd	768(%r15), %zmm13
	vmovupd	896(%r15), %zmm15
	vmovupd	832(%r15), %zmm14
	vmovupd	960(%r15), %zmm16
	vcvtps2pd	96(%rax), %zmm1
	vcvtps2pd	100(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm13, %zmm21
	vmovapd	%zmm15, %zmm24
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermt2pd	%zmm14, %zmm9, %zmm21
	vpermt2pd	%zmm16, %zmm28, %zmm24
	vpermt2pd	%zmm14, %zmm28, %zmm22
	vmovapd	%zmm15, %zmm25
	vmovapd	%zmm13, %zmm23
	vpermt2pd	%zmm16, %zmm27, %zmm25
	vpermt2pd	%zmm14, %zmm27, %zmm23
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm24, %zmm22, %zmm21
	vshuff64x2	$228, %zmm25, %zmm23, %zmm22
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vmulpd	%zmm2, %zmm20, %zmm2
	vcvtps2pd	108(%rax), %zmm21
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	104(%rax), %zmm2
	vsubpd	%zmm16, %zmm14, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm5, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm7, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm4, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm6, %zmm14
	vpermt2pd	%zmm2, %zmm19, %zmm21
	vpermt2pd	%zmm2, %zmm17, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm3, %zmm20
	vpermt2pd	%zmm1, %zmm18, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 896(%r15)
	vmovupd	%zmm15, 960(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 768(%r15)
	vmovupd	%zmm20, 832(%r15)
	vcvtps2pd	128(%rcx,%rsi), %zmm0
	vmovupd	1152(%r15), %zmm15
	vmovupd	1024(%r15), %zmm13
	vmovupd	1088(%r15), %zmm14
	vmovupd	1216(%r15), %zmm16
	vcvtps2pd	128(%rax), %zmm1
	vcvtps2pd	132(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm13, %zmm21
	vmovapd	%zmm15, %zmm23
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermt2pd	%zmm14, %zmm9, %zmm21
	vpermt2pd	%zmm16, %zmm28, %zmm23
	vpermt2pd	%zmm14, %zmm28, %zmm22
	vmovapd	%zmm15, %zmm24
	vpermt2pd	%zmm16, %zmm27, %zmm24
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm23, %zmm22, %zmm21
	vmovapd	%zmm13, %zmm23
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vpermt2pd	%zmm14, %zmm27, %zmm23
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vmulpd	%zmm2, %zmm20, %zmm2
	vcvtps2pd	140(%rax), %zmm21
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	136(%rax), %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vshuff64x2	$228, %zmm24, %zmm23, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm3, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm18, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm19, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm17, %zmm14
	vpermt2pd	%zmm2, %zmm4, %zmm21
	vpermt2pd	%zmm2, %zmm6, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 1088(%r15)
	vmovupd	%zmm15, 1024(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 1216(%r15)
	vmovupd	%zmm20, 1152(%r15)
	vcvtps2pd	160(%rcx,%rsi), %zmm0
	vmovupd	1408(%r15), %zmm15
	vmovupd	1280(%r15), %zmm13
	vmovupd	1344(%r15), %zmm14
	vmovupd	1472(%r15), %zmm16
	vcvtps2pd	160(%rax), %zmm1
	vcvtps2pd	164(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm15, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermi2pd	%zmm14, %zmm13, %zmm9
	vpermt2pd	%zmm16, %zmm28, %zmm22
	vpermi2pd	%zmm14, %zmm13, %zmm28
	vmovapd	%zmm15, %zmm21
	vpermt2pd	%zmm16, %zmm27, %zmm21
	vpermi2pd	%zmm14, %zmm13, %zmm27
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vshuff64x2	$228, %zmm22, %zmm28, %zmm10
	vshuff64x2	$228, %zmm20, %zmm9, %zmm9
	vshuff64x2	$228, %zmm15, %zmm13, %zmm12
	vshuff64x2	$228, %zmm21, %zmm27, %zmm11
	vmulpd	%zmm1, %zmm9, %zmm15
	vmulpd	%zmm2, %zmm10, %zmm14
	vmulpd	%zmm2, %zmm9, %zmm2
	vcvtps2pd	172(%rax), %zmm9
	vmulpd	%zmm1, %zmm10, %zmm1
	vsubpd	%zmm14, %zmm15, %zmm13
	vcvtps2pd	168(%rax), %zmm15
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm9, %zmm12, %zmm14
	vmulpd	%zmm9, %zmm11, %zmm9
	vmulpd	%zmm15, %zmm11, %zmm10
	vmulpd	%zmm15, %zmm12, %zmm2
	vsubpd	%zmm14, %zmm10, %zmm10
	vaddpd	%zmm2, %zmm9, %zmm2
	vaddpd	%zmm0, %zmm13, %zmm9
	vaddpd	%zmm0, %zmm10, %zmm0
	vmovapd	%zmm9, %zmm12
	vpermt2pd	%zmm1, %zmm3, %zmm12
	vmovapd	%zmm9, %zmm11
	vpermt2pd	%zmm1, %zmm18, %zmm11
	vmovapd	%zmm0, %zmm13
	vpermt2pd	%zmm2, %zmm19, %zmm13
	vmovapd	%zmm0, %zmm10
	vmovapd	%zmm0, %zmm14
	vpermt2pd	%zmm2, %zmm17, %zmm10
	vpermt2pd	%zmm2, %zmm4, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm0
	vmovapd	%zmm13, %zmm12 {%k1}
	vmovapd	%zmm9, %zmm13
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vpermt2pd	%zmm1, %zmm7, %zmm9
	vmovapd	%zmm10, %zmm11 {%k1}
	vmovupd	%zmm12, 1344(%r15)
	vmovupd	%zmm11, 1280(%r15)
	vmovapd	%zmm14, %zmm13 {%k1}
	vmovapd	%zmm0, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r15)
	vmovupd	%zmm13, 1408(%r15)
.LBB4_41:
	incq	%rbx
	addq	$192, %rdi
	cmpq	%r9, %rbx
	je	.LBB4_42
.LBB4_38:
	cmpq	$1, %r8
	je	.LBB4_44
	movq	%rbp, %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB4_40:
	vmovss	-4(%rdi,%rcx), %xmm0
	vmovss	-12(%rax), %xmm1
	vmovss	-8(%rax), %xmm2
	vmovsd	(%r15,%rcx,8), %xmm9
	vmovsd	8(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, (%r15,%rcx,8)
	vmovsd	%xmm1, 8(%r15,%rcx,8)
	vmovss	-4(%rax), %xmm1
	vmovss	(%rax), %xmm2
	vmovsd	16(%r15,%rcx,8), %xmm9
	vmovsd	24(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 16(%r15,%rcx,8)
	vmovss	(%rdi,%rcx), %xmm0
	vmovsd	%xmm1, 24(%r15,%rcx,8)
	vmovss	-12(%rax,%r11), %xmm1
	vmovss	-8(%rax,%r11), %xmm2
	vmovsd	32(%r15,%rcx,8), %xmm9
	vmovsd	40(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, 32(%r15,%rcx,8)
	vmovsd	%xmm1, 40(%r15,%rcx,8)
	vmovss	-4(%rax,%r11), %xmm1
	vmovss	(%rax,%r11), %xmm2
	vmovsd	48(%r15,%rcx,8), %xmm9
	vmovsd	56(%r15,%rcx,8), %xmm10
	addq	%rdx, %rax
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 48(%r15,%rcx,8)
	vmovsd	%xmm1, 56(%r15,%rcx,8)
	addq	$8, %rcx
	cmpq	$192, %rcx
	jne	.LBB4_40
	jmp	.LBB4_41
.LBB4_43:
	movq	16(%rsp), %rdi
	vzeroupper
	callq	free@PLT
	movq	152(%rsp), %rdi
	callq	free@PLT
	movq	%r15, %rdi
	callq	free@PLT
	movq	%r12, %rdi
	addq	$248, %rsp
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
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$424, %rsp
	movq	%r9, %rax
	movq	8(%rdi), %r9
	movq	40(%rdi), %rdi
	movq	%rsi, %r10
	movq	480(%rsp), %rbx
	movq	488(%rsp), %r11
	movq	40(%rcx), %rsi
	movq	8(%rcx), %r15
	movq	8(%r8), %r12
	movq	8(%rdx), %r14
	movq	40(%r8), %r8
	movq	8(%rax), %r13
	movq	%r9, 416(%rsp)
	movq	8(%r10), %r9
	movq	%rdi, 408(%rsp)
	movq	40(%rdx), %rdi
	movq	40(%rax), %rdx
	movq	8(%rbx), %rbp
	movq	40(%r10), %r10
	movq	40(%rbx), %rbx
	movq	8(%r11), %rcx
	movq	24(%r11), %rax
	movq	40(%r11), %r11
	movq	%rsi, 160(%rsp)
	movq	%r13, 240(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r12, 184(%rsp)
	movq	%r15, 128(%rsp)
	movq	%r14, 72(%rsp)
	movq	416(%rsp), %rsi
	movq	%r9, 16(%rsp)
	movq	408(%rsp), %r9
	movq	%r11, 384(%rsp)
	movq	%rax, 368(%rsp)
	movq	%rcx, 352(%rsp)
	movq	%rbx, 328(%rsp)
	movq	%rbp, 296(%rsp)
	movq	%rdx, 272(%rsp)
	movq	%rdi, 104(%rsp)
	movq	%r10, 48(%rsp)
	callq	k13@PLT
	addq	$424, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
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
	subq	$256, %rsp
	cmpq	$0, 456(%rsp)
	movq	%r9, 248(%rsp)
	movq	%rsi, 240(%rsp)
	jle	.LBB6_8
	movq	416(%rsp), %rcx
	movq	360(%rsp), %r13
	movq	328(%rsp), %rdi
	movq	472(%rsp), %r14
	movq	384(%rsp), %r11
	xorl	%ebp, %ebp
	movq	%rcx, %r8
	shlq	$4, %r8
	movq	%rcx, %r9
	shlq	$6, %r9
	leaq	(,%rcx,4), %rax
	imulq	$44, %rcx, %r15
	leaq	(%r8,%r8,2), %rbx
	movq	%r9, 168(%rsp)
	movq	%r8, 224(%rsp)
	leaq	(%rax,%rax,2), %rdx
	leaq	(%rax,%rax,4), %rsi
	leaq	(%rax,%rax,8), %rax
	movq	%rbx, 128(%rsp)
	imulq	$56, %rcx, %rbx
	movq	%r15, 136(%rsp)
	imulq	$52, %rcx, %r15
	movq	%rdx, 232(%rsp)
	leaq	(,%rcx,8), %rdx
	movq	%rsi, 216(%rsp)
	movq	%rax, 184(%rsp)
	movq	%rbx, 112(%rsp)
	leaq	(%r9,%rcx,4), %rbx
	imulq	$76, %rcx, %r9
	leaq	(%rdx,%rdx,2), %rsi
	leaq	(%rdx,%rdx,4), %rax
	leaq	(%rdx,%rdx,8), %r10
	movq	%rcx, %rdx
	shlq	$7, %rdx
	movq	%r15, 120(%rsp)
	imulq	$60, %rcx, %r15
	movq	%rdx, 152(%rsp)
	movq	%rsi, 208(%rsp)
	leaq	(%rcx,%rcx,8), %rsi
	movq	%rbx, 96(%rsp)
	leaq	(%r8,%r8,4), %rbx
	movq	%rax, 176(%rsp)
	imulq	$188, %r13, %rax
	movq	%r10, 160(%rsp)
	movq	440(%rsp), %r10
	movq	%r9, 88(%rsp)
	imulq	$84, %rcx, %r9
	movq	%r15, 104(%rsp)
	leaq	(,%r13,4), %r15
	leaq	(%rsi,%rsi,2), %rsi
	movq	%rbx, 80(%rsp)
	imulq	$88, %rcx, %rbx
	leaq	192(%rdi,%rax), %rax
	movq	%r9, 72(%rsp)
	imulq	$92, %rcx, %r9
	addq	%rcx, %rsi
	movq	%rsi, 200(%rsp)
	movq	%rcx, %rsi
	shlq	$5, %rsi
	movq	%rbx, 64(%rsp)
	movq	%rax, 144(%rsp)
	leaq	(,%r14,4), %rax
	leaq	(%rsi,%rsi,2), %rbx
	movq	%rsi, 192(%rsp)
	movq	%r9, 56(%rsp)
	imulq	$100, %rcx, %r9
	movq	%rbx, 48(%rsp)
	imulq	$104, %rcx, %rbx
	movq	%r9, 40(%rsp)
	imulq	$108, %rcx, %r9
	movq	%rbx, 32(%rsp)
	imulq	$112, %rcx, %rbx
	movq	%r9, 24(%rsp)
	imulq	$116, %rcx, %r9
	movq	%rbx, 16(%rsp)
	imulq	$120, %rcx, %rbx
	movq	%r9, 8(%rsp)
	leaq	(%rdx,%rcx,4), %r9
	movq	%rbx, (%rsp)
	imulq	$124, %rcx, %rbx
	movq	%r9, -8(%rsp)
	leaq	(%rdx,%rcx,8), %r9
	imulq	$140, %rcx, %rdx
	movq	%r9, -24(%rsp)
	leaq	(%r8,%r8,8), %r9
	imulq	$152, %rcx, %r8
	movq	%rbx, -16(%rsp)
	movq	%rdx, -32(%rsp)
	imulq	$148, %rcx, %rdx
	movq	%r9, -40(%rsp)
	movq	%r8, -56(%rsp)
	leaq	(%rsi,%rsi,4), %r8
	imulq	$168, %rcx, %rsi
	movq	%rdx, -48(%rsp)
	imulq	$156, %rcx, %rdx
	movq	%r8, -72(%rsp)
	movq	%rsi, -88(%rsp)
	imulq	$176, %rcx, %rsi
	movq	%rdx, -64(%rsp)
	imulq	$164, %rcx, %rdx
	movq	%rsi, -104(%rsp)
	imulq	$184, %rcx, %rsi
	movq	%rdx, -80(%rsp)
	imulq	$172, %rcx, %rdx
	movq	%rsi, -120(%rsp)
	movq	%r10, %rsi
	movq	%rdx, -96(%rsp)
	imulq	$180, %rcx, %rdx
	movq	%rdx, -112(%rsp)
	imulq	$188, %rcx, %rdx
	movq	%rdx, -128(%rsp)
	jmp	.LBB6_2
	.p2align	4
.LBB6_7:
	incq	%rbp
	addq	%rbx, %rsi
	movq	%rbx, %rax
	cmpq	456(%rsp), %rbp
	je	.LBB6_8
.LBB6_2:
	vmovss	(%r11), %xmm0
	movq	%rbp, %r12
	imulq	472(%rsp), %r12
	movq	232(%rsp), %r8
	movq	%rax, %rbx
	imulq	%rbp, %rax
	movq	%rbp, %r14
	imulq	248(%rsp), %r14
	movq	%r13, %rdx
	shrq	$61, %rdx
	andl	$1, %edx
	leaq	(%r10,%rax), %r9
	cmpq	144(%rsp), %r9
	leaq	192(%r10,%rax), %rax
	leaq	(%r10,%r12,4), %r9
	vmovss	%xmm0, (%r10,%r12,4)
	vmovss	(%r11,%rcx,4), %xmm0
	vmovss	%xmm0, 4(%r10,%r12,4)
	vmovss	(%r11,%rcx,8), %xmm0
	vmovss	%xmm0, 8(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	224(%rsp), %r8
	vmovss	%xmm0, 12(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	216(%rsp), %r8
	vmovss	%xmm0, 16(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	208(%rsp), %r8
	vmovss	%xmm0, 20(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	200(%rsp), %r8
	vmovss	%xmm0, 24(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	192(%rsp), %r8
	vmovss	%xmm0, 28(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	184(%rsp), %r8
	vmovss	%xmm0, 32(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	176(%rsp), %r8
	vmovss	%xmm0, 36(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	136(%rsp), %r8
	vmovss	%xmm0, 40(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	128(%rsp), %r8
	vmovss	%xmm0, 44(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	120(%rsp), %r8
	vmovss	%xmm0, 48(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	112(%rsp), %r8
	vmovss	%xmm0, 52(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	104(%rsp), %r8
	vmovss	%xmm0, 56(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	168(%rsp), %r8
	vmovss	%xmm0, 60(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	96(%rsp), %r8
	vmovss	%xmm0, 64(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	160(%rsp), %r8
	vmovss	%xmm0, 68(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	88(%rsp), %r8
	vmovss	%xmm0, 72(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	80(%rsp), %r8
	vmovss	%xmm0, 76(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	72(%rsp), %r8
	vmovss	%xmm0, 80(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	64(%rsp), %r8
	vmovss	%xmm0, 84(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	56(%rsp), %r8
	vmovss	%xmm0, 88(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	48(%rsp), %r8
	vmovss	%xmm0, 92(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	40(%rsp), %r8
	vmovss	%xmm0, 96(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	32(%rsp), %r8
	vmovss	%xmm0, 100(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	24(%rsp), %r8
	vmovss	%xmm0, 104(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	16(%rsp), %r8
	vmovss	%xmm0, 108(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	8(%rsp), %r8
	vmovss	%xmm0, 112(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	(%rsp), %r8
	vmovss	%xmm0, 116(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-16(%rsp), %r8
	vmovss	%xmm0, 120(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	152(%rsp), %r8
	vmovss	%xmm0, 124(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-8(%rsp), %r8
	vmovss	%xmm0, 128(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-24(%rsp), %r8
	vmovss	%xmm0, 132(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-32(%rsp), %r8
	vmovss	%xmm0, 136(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-40(%rsp), %r8
	vmovss	%xmm0, 140(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-48(%rsp), %r8
	vmovss	%xmm0, 144(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-56(%rsp), %r8
	vmovss	%xmm0, 148(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-64(%rsp), %r8
	vmovss	%xmm0, 152(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-72(%rsp), %r8
	vmovss	%xmm0, 156(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-80(%rsp), %r8
	vmovss	%xmm0, 160(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-88(%rsp), %r8
	vmovss	%xmm0, 164(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-96(%rsp), %r8
	vmovss	%xmm0, 168(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-104(%rsp), %r8
	vmovss	%xmm0, 172(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-112(%rsp), %r8
	vmovss	%xmm0, 176(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-120(%rsp), %r8
	vmovss	%xmm0, 180(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-128(%rsp), %r8
	vmovss	%xmm0, 184(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	240(%rsp), %r8
	leaq	(%r8,%r14,4), %r14
	setb	%r8b
	cmpq	%rax, %rdi
	setb	%al
	andb	%r8b, %al
	orb	%dl, %al
	vmovss	%xmm0, 188(%r10,%r12,4)
	movq	%rdi, %rdx
	xorl	%r12d, %r12d
	jmp	.LBB6_3
	.p2align	4
.LBB6_9:
	movq	%r12, %r8
	imulq	%r13, %r8
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rdi,%r8,4), %zmm0, %zmm1
	vaddps	(%r9), %zmm1, %zmm1
	vmovups	%zmm1, (%r9)
	vmulps	64(%rdi,%r8,4), %zmm0, %zmm1
	vaddps	64(%r9), %zmm1, %zmm1
	vmovups	%zmm1, 64(%r9)
	vmulps	128(%rdi,%r8,4), %zmm0, %zmm0
	vaddps	128(%r9), %zmm0, %zmm0
	vmovups	%zmm0, 128(%r9)
.LBB6_6:
	incq	%r12
	addq	%r15, %rdx
	cmpq	$48, %r12
	je	.LBB6_7
.LBB6_3:
	vmovss	(%r14,%r12,4), %xmm0
	testb	%al, %al
	je	.LBB6_9
	movl	$11, %r8d
	.p2align	4
.LBB6_5:
	vmulss	-44(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-44(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%rsi,%r8,4)
	vmulss	-40(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-40(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%rsi,%r8,4)
	vmulss	-36(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-36(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%rsi,%r8,4)
	vmulss	-32(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-32(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%rsi,%r8,4)
	vmulss	-28(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-28(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%rsi,%r8,4)
	vmulss	-24(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-24(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%rsi,%r8,4)
	vmulss	-20(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-20(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%rsi,%r8,4)
	vmulss	-16(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-16(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%rsi,%r8,4)
	vmulss	-12(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-12(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%rsi,%r8,4)
	vmulss	-8(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-8(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%rsi,%r8,4)
	vmulss	-4(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-4(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%rsi,%r8,4)
	vmulss	(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, (%rsi,%r8,4)
	addq	$12, %r8
	cmpq	$59, %r8
	jne	.LBB6_5
	jmp	.LBB6_6
.LBB6_8:
	addq	$256, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
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
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB8_2:
	vmovss	-188(%rsi), %xmm0
	vaddss	-188(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vaddss	-184(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vaddss	-180(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vaddss	-176(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vaddss	-172(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vaddss	-168(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vaddss	-164(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vaddss	-160(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vaddss	-156(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vaddss	-152(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vaddss	-148(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vaddss	-144(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vaddss	-140(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vaddss	-136(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vaddss	-132(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vaddss	-128(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -128(%rdx)
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

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI10_0:
	.long	0x42400000
.LCPI10_1:
	.long	0x3727c5ac
.LCPI10_2:
	.long	0x3f800000
.LCPI10_3:
	.long	0x3f3504f3
.LCPI10_4:
	.long	0x3f000000
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
	subq	$72, %rsp
	movq	%r9, (%rsp)
	movq	%rsi, %r15
	movq	344(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	288(%rsp), %rax
	movq	328(%rsp), %rbp
	movq	312(%rsp), %r13
	movq	%rax, 48(%rsp)
	movq	200(%rsp), %rax
	movq	256(%rsp), %rbx
	movq	232(%rsp), %r12
	movq	%rax, 56(%rsp)
	movq	144(%rsp), %rax
	movq	176(%rsp), %r14
	movq	%rax, 40(%rsp)
	movq	%rbp, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	movq	%rax, 32(%rsp)
	callq	malloc@PLT
	movq	%rbp, 16(%rsp)
	movq	%rax, 8(%rsp)
	testq	%rbp, %rbp
	jle	.LBB10_22
	movq	(%rsp), %rdi
	vmovss	.LCPI10_0(%rip), %xmm0
	vmovss	.LCPI10_1(%rip), %xmm1
	vmovss	.LCPI10_2(%rip), %xmm4
	movq	%rax, %r8
	leaq	(,%r14,4), %rdx
	xorl	%esi, %esi
	movq	%r15, %r9
	leaq	(,%rdi,4), %rax
	movq	%rax, 64(%rsp)
	movq	%r14, %rax
	shlq	$4, %rax
	leaq	(%rax,%rax,2), %rcx
	movq	%rdi, %rax
	jmp	.LBB10_2
	.p2align	4
.LBB10_23:
	movq	40(%rsp), %r11
	vbroadcastss	%xmm2, %zmm2
	vmulps	(%r15,%r10,4), %zmm2, %zmm3
	movq	8(%rsp), %rdi
	movq	%rsi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rax
	vmulps	(%r11), %zmm3, %zmm3
	vmovups	%zmm3, (%rdi,%rax)
	vmulps	64(%r15,%r10,4), %zmm2, %zmm3
	vmulps	64(%r11), %zmm3, %zmm3
	vmovups	%zmm3, 64(%rdi,%rax)
	vmulps	128(%r15,%r10,4), %zmm2, %zmm2
	vmulps	128(%r11), %zmm2, %zmm2
	vmovups	%zmm2, 128(%rdi,%rax)
.LBB10_5:
	addq	64(%rsp), %r9
	movq	(%rsp), %rax
	incq	%rsi
	addq	$192, %r8
	cmpq	16(%rsp), %rsi
	je	.LBB10_6
.LBB10_2:
	movq	%rsi, %r10
	imulq	%rax, %r10
	vmovss	(%r15,%r10,4), %xmm2
	vmovss	4(%r15,%r10,4), %xmm3
	vmulss	%xmm2, %xmm2, %xmm2
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	8(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	12(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	16(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	20(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	24(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	28(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	32(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	36(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	40(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	44(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	48(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	52(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	56(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	60(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	64(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	68(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	72(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	76(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	80(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	84(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	88(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	92(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	96(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	100(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	104(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	108(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	112(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	116(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	120(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	124(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	128(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	132(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	136(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	140(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	144(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	148(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	152(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	156(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	160(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	164(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	168(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	172(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	176(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	180(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	184(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	188(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vdivss	%xmm0, %xmm2, %xmm2
	vsqrtss	%xmm2, %xmm2, %xmm2
	vaddss	%xmm1, %xmm2, %xmm2
	vdivss	%xmm2, %xmm4, %xmm2
	cmpq	$1, %r14
	je	.LBB10_23
	movq	40(%rsp), %r11
	movl	$11, %r10d
	leaq	(%rdx,%rdx), %rbp
	.p2align	4
.LBB10_4:
	vmulss	-44(%r9,%r10,4), %xmm2, %xmm3
	leaq	(%r11,%rdx), %rdi
	addq	%rdx, %rdi
	vmulss	(%r11), %xmm3, %xmm3
	vmovss	%xmm3, -44(%r8,%r10,4)
	vmulss	-40(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%r11,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -40(%r8,%r10,4)
	vmulss	-36(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%r11,%r14,8), %xmm3, %xmm3
	addq	%rcx, %r11
	vmovss	%xmm3, -36(%r8,%r10,4)
	vmulss	-32(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -32(%r8,%r10,4)
	vmulss	-28(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,8), %xmm3, %xmm3
	addq	%rbp, %rdi
	leaq	(%rdi,%r14,4), %rax
	vmovss	%xmm3, -28(%r8,%r10,4)
	vmulss	-24(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -24(%r8,%r10,4)
	vmulss	-20(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -20(%r8,%r10,4)
	vmulss	-16(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -16(%r8,%r10,4)
	vmulss	-12(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -12(%r8,%r10,4)
	vmulss	-8(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -8(%r8,%r10,4)
	vmulss	-4(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -4(%r8,%r10,4)
	vmulss	(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	vmovss	%xmm3, (%r8,%r10,4)
	addq	$12, %r10
	cmpq	$59, %r10
	jne	.LBB10_4
	jmp	.LBB10_5
.LBB10_6:
	movq	32(%rsp), %rax
	leaq	(%rax,%rax,4), %rdi
	vzeroupper
	callq	malloc@PLT
	movq	56(%rsp), %r9
	movq	8(%rsp), %rdx
	movq	48(%rsp), %rbp
	movq	%rax, %r14
	leaq	(,%r12,4), %rax
	xorl	%ecx, %ecx
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(%rax,%rax,2), %rax
	addq	$256, %r9
	.p2align	4
.LBB10_7:
	leaq	(%rcx,%rcx,4), %rdi
	movq	%r9, %r8
	shlq	$6, %rdi
	vmovups	%zmm0, (%r14,%rdi)
	vmovups	%zmm0, 64(%r14,%rdi)
	vmovups	%zmm0, 128(%r14,%rdi)
	vmovups	%zmm0, 192(%r14,%rdi)
	vmovups	%zmm0, 256(%r14,%rdi)
	leaq	(%r14,%rdi), %rsi
	vmovups	(%r14,%rdi), %zmm5
	vmovups	64(%r14,%rdi), %zmm4
	vmovups	128(%r14,%rdi), %zmm3
	vmovups	192(%r14,%rdi), %zmm2
	vmovups	256(%r14,%rdi), %zmm1
	movl	$2, %edi
	.p2align	4
.LBB10_8:
	vbroadcastss	-8(%rdx,%rdi,4), %zmm6
	vbroadcastss	-4(%rdx,%rdi,4), %zmm11
	vbroadcastss	(%rdx,%rdi,4), %zmm10
	addq	$3, %rdi
	vmulps	-192(%r8), %zmm6, %zmm8
	vmulps	-128(%r8), %zmm6, %zmm9
	vmulps	-256(%r8), %zmm6, %zmm7
	vaddps	%zmm8, %zmm4, %zmm4
	vmulps	-64(%r8), %zmm6, %zmm8
	vaddps	%zmm9, %zmm3, %zmm3
	vmulps	(%r8), %zmm6, %zmm6
	vmulps	-192(%r8,%r12,4), %zmm11, %zmm9
	vaddps	%zmm7, %zmm5, %zmm5
	vmulps	-256(%r8,%r12,4), %zmm11, %zmm7
	vaddps	%zmm8, %zmm2, %zmm2
	vmulps	-128(%r8,%r12,4), %zmm11, %zmm8
	vaddps	%zmm6, %zmm1, %zmm1
	vaddps	%zmm9, %zmm4, %zmm4
	vmulps	-64(%r8,%r12,4), %zmm11, %zmm9
	vmulps	(%r8,%r12,4), %zmm11, %zmm6
	vaddps	%zmm7, %zmm5, %zmm5
	vmulps	-256(%r8,%r12,8), %zmm10, %zmm7
	vaddps	%zmm8, %zmm3, %zmm3
	vmulps	-192(%r8,%r12,8), %zmm10, %zmm8
	vaddps	%zmm9, %zmm2, %zmm2
	vaddps	%zmm6, %zmm1, %zmm1
	vmulps	-128(%r8,%r12,8), %zmm10, %zmm9
	vmulps	(%r8,%r12,8), %zmm10, %zmm6
	vaddps	%zmm7, %zmm5, %zmm5
	vaddps	%zmm8, %zmm4, %zmm4
	vmulps	-64(%r8,%r12,8), %zmm10, %zmm8
	vaddps	%zmm9, %zmm3, %zmm3
	vaddps	%zmm6, %zmm1, %zmm1
	addq	%rax, %r8
	vaddps	%zmm8, %zmm2, %zmm2
	cmpq	$50, %rdi
	jne	.LBB10_8
	incq	%rcx
	addq	$192, %rdx
	vmovups	%zmm5, (%rsi)
	vmovups	%zmm4, 64(%rsi)
	vmovups	%zmm3, 128(%rsi)
	vmovups	%zmm2, 192(%rsi)
	vmovups	%zmm1, 256(%rsi)
	cmpq	16(%rsp), %rcx
	jne	.LBB10_7
	movq	24(%rsp), %rax
	movq	%rbp, %rsi
	shrq	$61, %rsi
	leaq	(,%rbp,4), %rcx
	xorl	%edx, %edx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r13, %rdi
	andl	$1, %esi
	leaq	(,%rax,4), %r15
	imulq	$188, %rbp, %rax
	leaq	320(%rbx,%rax), %rax
	movq	%rax, (%rsp)
	jmp	.LBB10_11
	.p2align	4
.LBB10_16:
	incq	%rdx
	addq	%r15, %rdi
	cmpq	16(%rsp), %rdx
	je	.LBB10_17
.LBB10_11:
	movq	%r15, %rax
	imulq	%rdx, %rax
	leaq	(%rdx,%rdx,2), %r8
	movq	%rdx, %r9
	imulq	24(%rsp), %r9
	shlq	$6, %r8
	addq	8(%rsp), %r8
	leaq	(%r13,%rax), %r10
	cmpq	(%rsp), %r10
	leaq	320(%r13,%rax), %r11
	vmovups	%zmm0, 256(%r13,%rax)
	vmovups	%zmm0, 192(%r13,%rax)
	vmovups	%zmm0, 128(%r13,%rax)
	vmovups	%zmm0, 64(%r13,%rax)
	vmovups	%zmm0, (%r13,%rax)
	setb	%al
	cmpq	%r11, %rbx
	movq	%rbx, %r11
	setb	%r10b
	xorl	%r12d, %r12d
	andb	%al, %r10b
	orb	%sil, %r10b
	jmp	.LBB10_12
	.p2align	4
.LBB10_24:
	movq	%r12, %rax
	imulq	%rbp, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	(%r13,%r9,4), %zmm2, %zmm2
	vaddps	64(%r13,%r9,4), %zmm3, %zmm3
	vaddps	128(%r13,%r9,4), %zmm4, %zmm4
	vaddps	192(%r13,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, (%r13,%r9,4)
	vmovups	%zmm3, 64(%r13,%r9,4)
	vmovups	%zmm4, 128(%r13,%r9,4)
	vmovups	%zmm5, 192(%r13,%r9,4)
	vmulps	256(%rbx,%rax,4), %zmm1, %zmm1
	vaddps	256(%r13,%r9,4), %zmm1, %zmm1
	vmovups	%zmm1, 256(%r13,%r9,4)
.LBB10_15:
	incq	%r12
	addq	%rcx, %r11
	cmpq	$48, %r12
	je	.LBB10_16
.LBB10_12:
	vmovss	(%r8,%r12,4), %xmm1
	testb	%r10b, %r10b
	je	.LBB10_24
	movl	$9, %eax
	.p2align	4
.LBB10_14:
	vmulss	-36(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-36(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%rdi,%rax,4)
	vmulss	-32(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-32(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%rdi,%rax,4)
	vmulss	-28(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rdi,%rax,4)
	vmulss	-24(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rdi,%rax,4)
	vmulss	-20(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rdi,%rax,4)
	vmulss	-16(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rdi,%rax,4)
	vmulss	-12(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rdi,%rax,4)
	vmulss	-8(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rdi,%rax,4)
	vmulss	-4(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rdi,%rax,4)
	vmulss	(%r11,%rax,4), %xmm1, %xmm2
	vaddss	(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rdi,%rax,4)
	addq	$10, %rax
	cmpq	$89, %rax
	jne	.LBB10_14
	jmp	.LBB10_15
.LBB10_17:
	vmovss	.LCPI10_3(%rip), %xmm1
	xorl	%ebx, %ebx
	movq	%r14, %r12
	.p2align	4
.LBB10_18:
	xorl	%ebp, %ebp
	.p2align	4
.LBB10_19:
	vmovss	(%r12,%rbp,4), %xmm2
	vmovss	(%r13,%rbp,4), %xmm0
	vmovss	%xmm2, (%rsp)
	vmovss	%xmm0, 24(%rsp)
	vmulss	%xmm1, %xmm2, %xmm0
	vzeroupper
	callq	erff@PLT
	vmovss	.LCPI10_4(%rip), %xmm1
	vaddss	.LCPI10_2(%rip), %xmm0, %xmm0
	vmulss	(%rsp), %xmm1, %xmm1
	vmulss	%xmm0, %xmm1, %xmm0
	vmulss	24(%rsp), %xmm0, %xmm0
	vmovss	.LCPI10_3(%rip), %xmm1
	vmovss	%xmm0, (%r13,%rbp,4)
	incq	%rbp
	cmpq	$80, %rbp
	jne	.LBB10_19
	incq	%rbx
	addq	$320, %r12
	addq	%r15, %r13
	cmpq	16(%rsp), %rbx
	jne	.LBB10_18
	jmp	.LBB10_21
.LBB10_22:
	movq	32(%rsp), %rax
	leaq	(%rax,%rax,4), %rdi
	callq	malloc@PLT
	movq	%rax, %r14
.LBB10_21:
	movq	8(%rsp), %rdi
	callq	free@PLT
	movq	%r14, %rdi
	addq	$72, %rsp
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
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 144(%rsp)
	movq	%r9, -8(%rsp)
	movq	%rsi, -16(%rsp)
	jle	.LBB12_8
	movq	160(%rsp), %rax
	movq	104(%rsp), %rdi
	movq	128(%rsp), %rdx
	xorl	%r14d, %r14d
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(,%rax,4), %rsi
	movq	72(%rsp), %rax
	imulq	$316, %rdi, %rcx
	movq	%rdi, %r15
	shrq	$61, %r15
	leaq	(,%rdi,4), %rbx
	movq	%rdx, %r12
	andl	$1, %r15d
	leaq	192(%rax,%rcx), %r11
	jmp	.LBB12_2
	.p2align	4
.LBB12_7:
	incq	%r14
	addq	%rsi, %r12
	cmpq	144(%rsp), %r14
	je	.LBB12_8
.LBB12_2:
	movq	%rsi, %rcx
	imulq	%r14, %rcx
	movq	-16(%rsp), %r10
	movq	%r14, %rbp
	imulq	160(%rsp), %rbp
	leaq	192(%rdx,%rcx), %r8
	leaq	(%rdx,%rcx), %r9
	vmovups	%zmm0, 128(%rdx,%rcx)
	vmovups	%zmm0, 64(%rdx,%rcx)
	vmovups	%zmm0, (%rdx,%rcx)
	movq	%r14, %rcx
	imulq	-8(%rsp), %rcx
	cmpq	%r11, %r9
	setb	%r9b
	cmpq	%r8, %rax
	leaq	(%r10,%rcx,4), %r13
	setb	%cl
	movq	%rax, %r10
	xorl	%r8d, %r8d
	andb	%r9b, %cl
	orb	%r15b, %cl
	jmp	.LBB12_3
	.p2align	4
.LBB12_9:
	movq	%r8, %r9
	imulq	%rdi, %r9
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rax,%r9,4), %zmm1, %zmm2
	vaddps	(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rbp,4)
	vmulps	64(%rax,%r9,4), %zmm1, %zmm2
	vaddps	64(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%rdx,%rbp,4)
	vmulps	128(%rax,%r9,4), %zmm1, %zmm1
	vaddps	128(%rdx,%rbp,4), %zmm1, %zmm1
	vmovups	%zmm1, 128(%rdx,%rbp,4)
.LBB12_6:
	incq	%r8
	addq	%rbx, %r10
	cmpq	$80, %r8
	je	.LBB12_7
.LBB12_3:
	vmovss	(%r13,%r8,4), %xmm1
	testb	%cl, %cl
	je	.LBB12_9
	movl	$11, %r9d
	.p2align	4
.LBB12_5:
	vmulss	-44(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-44(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%r12,%r9,4)
	vmulss	-40(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-40(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%r12,%r9,4)
	vmulss	-36(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-36(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r12,%r9,4)
	vmulss	-32(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-32(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r12,%r9,4)
	vmulss	-28(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-28(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r12,%r9,4)
	vmulss	-24(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-24(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r12,%r9,4)
	vmulss	-20(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-20(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r12,%r9,4)
	vmulss	-16(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-16(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r12,%r9,4)
	vmulss	-12(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-12(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r12,%r9,4)
	vmulss	-8(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-8(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r12,%r9,4)
	vmulss	-4(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-4(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r12,%r9,4)
	vmulss	(%r10,%r9,4), %xmm1, %xmm2
	vaddss	(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r12,%r9,4)
	addq	$12, %r9
	cmpq	$59, %r9
	jne	.LBB12_5
	jmp	.LBB12_6
.LBB12_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end12:
	.size	k23, .Lfunc_end12-k23

	.globl	_mlir_ciface_k23
	.p2align	4
	.type	_mlir_ciface_k23,@function
_mlir_ciface_k23:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rdx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB13_8
	movq	8(%rdi), %rax
	movq	40(%rdi), %rcx
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %r9
	movq	8(%rdx), %rdx
	xorl	%r14d, %r14d
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, -16(%rsp)
	imulq	$316, %rsi, %rax
	movq	%rsi, %r15
	shrq	$61, %r15
	movq	%rcx, -24(%rsp)
	leaq	(,%r9,4), %rcx
	leaq	(,%rsi,4), %rbx
	movq	%rdx, %r12
	andl	$1, %r15d
	leaq	192(%rdi,%rax), %rax
	movq	%rax, -32(%rsp)
	jmp	.LBB13_2
	.p2align	4
.LBB13_7:
	incq	%r14
	addq	%r11, %r12
	movq	%r11, %rcx
	cmpq	-8(%rsp), %r14
	je	.LBB13_8
.LBB13_2:
	movq	%rcx, %rax
	imulq	%r14, %rax
	movq	%r14, %rbp
	movq	%rcx, %r11
	imulq	%r9, %rbp
	movq	-16(%rsp), %r10
	leaq	192(%rdx,%rax), %rcx
	leaq	(%rdx,%rax), %r8
	vmovups	%zmm0, 128(%rdx,%rax)
	vmovups	%zmm0, 64(%rdx,%rax)
	vmovups	%zmm0, (%rdx,%rax)
	movq	%r14, %rax
	imulq	-24(%rsp), %rax
	cmpq	-32(%rsp), %r8
	setb	%r8b
	cmpq	%rcx, %rdi
	setb	%cl
	andb	%r8b, %cl
	leaq	(%r10,%rax,4), %r13
	movq	%rdi, %r8
	xorl	%r10d, %r10d
	orb	%r15b, %cl
	jmp	.LBB13_3
	.p2align	4
.LBB13_9:
	movq	%r10, %rax
	imulq	%rsi, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rdi,%rax,4), %zmm1, %zmm2
	vaddps	(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rbp,4)
	vmulps	64(%rdi,%rax,4), %zmm1, %zmm2
	vaddps	64(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%rdx,%rbp,4)
	vmulps	128(%rdi,%rax,4), %zmm1, %zmm1
	vaddps	128(%rdx,%rbp,4), %zmm1, %zmm1
	vmovups	%zmm1, 128(%rdx,%rbp,4)
.LBB13_6:
	incq	%r10
	addq	%rbx, %r8
	cmpq	$80, %r10
	je	.LBB13_7
.LBB13_3:
	vmovss	(%r13,%r10,4), %xmm1
	testb	%cl, %cl
	je	.LBB13_9
	movl	$11, %eax
	.p2align	4
.LBB13_5:
	vmulss	-44(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-44(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%r12,%rax,4)
	vmulss	-40(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-40(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%r12,%rax,4)
	vmulss	-36(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-36(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r12,%rax,4)
	vmulss	-32(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-32(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r12,%rax,4)
	vmulss	-28(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-28(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r12,%rax,4)
	vmulss	-24(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-24(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r12,%rax,4)
	vmulss	-20(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-20(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r12,%rax,4)
	vmulss	-16(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-16(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r12,%rax,4)
	vmulss	-12(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-12(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r12,%rax,4)
	vmulss	-8(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-8(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r12,%rax,4)
	vmulss	-4(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-4(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r12,%rax,4)
	vmulss	(%r8,%rax,4), %xmm1, %xmm2
	vaddss	(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r12,%rax,4)
	addq	$12, %rax
	cmpq	$59, %rax
	jne	.LBB13_5
	jmp	.LBB13_6
.LBB13_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
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
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB14_2:
	vmovss	-188(%rsi), %xmm0
	vaddss	-188(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vaddss	-184(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vaddss	-180(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vaddss	-176(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vaddss	-172(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vaddss	-168(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vaddss	-164(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vaddss	-160(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vaddss	-156(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vaddss	-152(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vaddss	-148(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vaddss	-144(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vaddss	-140(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vaddss	-136(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vaddss	-132(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vaddss	-128(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -128(%rdx)
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

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI16_0:
	.long	0x42400000
.LCPI16_1:
	.long	0x3727c5ac
.LCPI16_2:
	.long	0x3f800000
	.text
	.globl	k28
	.p2align	4
	.type	k28,@function
k28:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, 16(%rsp)
	movq	%rsi, %r14
	movq	344(%rsp), %rax
	movq	%rax, 56(%rsp)
	movq	256(%rsp), %rax
	movq	328(%rsp), %r12
	movq	312(%rsp), %r13
	movq	288(%rsp), %rbp
	movq	%rax, 40(%rsp)
	movq	232(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	144(%rsp), %rax
	movq	200(%rsp), %rbx
	movq	176(%rsp), %r15
	movq	%rax, 8(%rsp)
	movq	%r12, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, 24(%rsp)
	movq	%r12, 64(%rsp)
	testq	%r12, %r12
	jle	.LBB16_19
	movq	16(%rsp), %rcx
	vmovss	.LCPI16_0(%rip), %xmm0
	vmovss	.LCPI16_1(%rip), %xmm1
	vmovss	.LCPI16_2(%rip), %xmm2
	leaq	(,%r15,4), %rsi
	xorl	%edi, %edi
	movq	%r14, %r10
	leaq	(%rsi,%rsi), %r8
	leaq	(,%rcx,4), %rax
	movq	%rax, 32(%rsp)
	movq	%r15, %rax
	shlq	$4, %rax
	movq	24(%rsp), %r9
	leaq	(%rax,%rax,2), %rdx
	movq	%rcx, %rax
	jmp	.LBB16_2
	.p2align	4
.LBB16_5:
	movq	8(%rsp), %r12
	vbroadcastss	%xmm3, %zmm3
	vmulps	(%r14,%r11,4), %zmm3, %zmm4
	movq	24(%rsp), %rcx
	movq	%rdi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rax
	vmulps	(%r12), %zmm4, %zmm4
	vmovups	%zmm4, (%rcx,%rax)
	vmulps	64(%r14,%r11,4), %zmm3, %zmm4
	vmulps	64(%r12), %zmm4, %zmm4
	vmovups	%zmm4, 64(%rcx,%rax)
	vmulps	128(%r14,%r11,4), %zmm3, %zmm3
	vmulps	128(%r12), %zmm3, %zmm3
	vmovups	%zmm3, 128(%rcx,%rax)
.LBB16_6:
	addq	32(%rsp), %r10
	movq	16(%rsp), %rax
	incq	%rdi
	addq	$192, %r9
	cmpq	64(%rsp), %rdi
	je	.LBB16_7
.LBB16_2:
	movq	%rdi, %r11
	imulq	%rax, %r11
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vdivss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r15
	je	.LBB16_5
	movq	8(%rsp), %r12
	movl	$11, %r11d
	.p2align	4
.LBB16_4:
	vmulss	-44(%r10,%r11,4), %xmm3, %xmm4
	leaq	(%r12,%rsi), %rcx
	addq	%rsi, %rcx
	vmulss	(%r12), %xmm4, %xmm4
	vmovss	%xmm4, -44(%r9,%r11,4)
	vmulss	-40(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -40(%r9,%r11,4)
	vmulss	-36(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,8), %xmm4, %xmm4
	addq	%rdx, %r12
	vmovss	%xmm4, -36(%r9,%r11,4)
	vmulss	-32(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -32(%r9,%r11,4)
	vmulss	-28(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,8), %xmm4, %xmm4
	addq	%r8, %rcx
	leaq	(%rcx,%r15,4), %rax
	vmovss	%xmm4, -28(%r9,%r11,4)
	vmulss	-24(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%r9,%r11,4)
	vmulss	-20(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -20(%r9,%r11,4)
	vmulss	-16(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -16(%r9,%r11,4)
	vmulss	-12(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -12(%r9,%r11,4)
	vmulss	-8(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -8(%r9,%r11,4)
	vmulss	-4(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -4(%r9,%r11,4)
	vmulss	(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	vmovss	%xmm4, (%r9,%r11,4)
	addq	$12, %r11
	cmpq	$59, %r11
	jne	.LBB16_4
	jmp	.LBB16_6
.LBB16_7:
	movq	56(%rsp), %rax
	movq	48(%rsp), %rcx
	movq	%r13, %rsi
	leaq	(,%rbp,4), %r8
	xorl	%r10d, %r10d
	movq	%r13, %r14
	leaq	(,%rax,4), %rdx
	imulq	$188, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	576(%rbx,%rax), %rax
	movq	%rax, 8(%rsp)
	leaq	(,%rbp,8), %rax
	subq	40(%rsp), %rsi
	leaq	(%rax,%rax,8), %rdi
	leaq	(%r8,%r8), %rax
	movq	%rsi, 32(%rsp)
	movq	%rdx, 16(%rsp)
	jmp	.LBB16_8
	.p2align	4
.LBB16_18:
	movq	16(%rsp), %rdx
	incq	%r10
	addq	%rdx, %r14
	cmpq	64(%rsp), %r10
	je	.LBB16_19
.LBB16_8:
	movq	%r10, %r15
	imulq	56(%rsp), %r15
	movq	%rdx, %rcx
	imulq	%r10, %rcx
	cmpq	$1, %rbp
	jne	.LBB16_10
	movq	32(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$255, %rdx
	jbe	.LBB16_10
	movq	40(%rsp), %rdx
	vmovups	(%rdx), %zmm0
	vmovups	64(%rdx), %zmm1
	vmovups	128(%rdx), %zmm2
	vmovups	192(%rdx), %zmm3
	vmovups	%zmm0, (%r13,%r15,4)
	vmovups	%zmm1, 64(%r13,%r15,4)
	vmovups	%zmm2, 128(%r13,%r15,4)
	vmovups	%zmm3, 192(%r13,%r15,4)
	vmovups	256(%rdx), %zmm0
	vmovups	320(%rdx), %zmm1
	vmovups	384(%rdx), %zmm2
	vmovups	448(%rdx), %zmm3
	vmovups	%zmm0, 256(%r13,%r15,4)
	vmovups	%zmm1, 320(%r13,%r15,4)
	vmovups	%zmm2, 384(%r13,%r15,4)
	vmovups	%zmm3, 448(%r13,%r15,4)
	vmovups	512(%rdx), %zmm0
	vmovups	%zmm0, 512(%r13,%r15,4)
	jmp	.LBB16_13
	.p2align	4
.LBB16_10:
	movq	40(%rsp), %rsi
	movl	$17, %edx
	.p2align	4
.LBB16_11:
	vmovss	(%rsi), %xmm0
	leaq	(%rsi,%r8), %r11
	addq	%r8, %r11
	vmovss	%xmm0, -68(%r14,%rdx,4)
	vmovss	(%rsi,%rbp,4), %xmm0
	vmovss	%xmm0, -64(%r14,%rdx,4)
	vmovss	(%rsi,%rbp,8), %xmm0
	addq	%rdi, %rsi
	vmovss	%xmm0, -60(%r14,%rdx,4)
	vmovss	(%r11,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r14,%rdx,4)
	vmovss	(%r11,%rbp,8), %xmm0
	addq	%rax, %r11
	leaq	(%r11,%rbp,4), %r12
	vmovss	%xmm0, -52(%r14,%rdx,4)
	vmovss	(%r11,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -44(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -40(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -36(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -32(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -28(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -24(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -20(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -16(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -12(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -8(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -4(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	vmovss	%xmm0, (%r14,%rdx,4)
	addq	$18, %rdx
	cmpq	$161, %rdx
	jne	.LBB16_11
.LBB16_13:
	movq	48(%rsp), %r11
	leaq	(%r13,%rcx), %rdx
	leaq	576(%r13,%rcx), %rsi
	leaq	(%r10,%r10,2), %rcx
	movq	%rbx, %r12
	shlq	$6, %rcx
	addq	24(%rsp), %rcx
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	8(%rsp), %rdx
	setb	%dl
	cmpq	%rsi, %rbx
	setb	%sil
	andb	%dl, %sil
	xorl	%edx, %edx
	orb	%r11b, %sil
	jmp	.LBB16_14
	.p2align	4
.LBB16_20:
	movq	%rdx, %r11
	imulq	48(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	(%r13,%r15,4), %zmm1, %zmm1
	vaddps	64(%r13,%r15,4), %zmm2, %zmm2
	vaddps	128(%r13,%r15,4), %zmm3, %zmm3
	vaddps	192(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, (%r13,%r15,4)
	vmovups	%zmm2, 64(%r13,%r15,4)
	vmovups	%zmm3, 128(%r13,%r15,4)
	vmovups	%zmm4, 192(%r13,%r15,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	384(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	448(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	256(%r13,%r15,4), %zmm1, %zmm1
	vaddps	320(%r13,%r15,4), %zmm2, %zmm2
	vaddps	384(%r13,%r15,4), %zmm3, %zmm3
	vaddps	448(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, 256(%r13,%r15,4)
	vmovups	%zmm2, 320(%r13,%r15,4)
	vmovups	%zmm3, 384(%r13,%r15,4)
	vmovups	%zmm4, 448(%r13,%r15,4)
	vmulps	512(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	512(%r13,%r15,4), %zmm0, %zmm0
	vmovups	%zmm0, 512(%r13,%r15,4)
.LBB16_17:
	incq	%rdx
	addq	%r9, %r12
	cmpq	$48, %rdx
	je	.LBB16_18
.LBB16_14:
	vmovss	(%rcx,%rdx,4), %xmm0
	testb	%sil, %sil
	je	.LBB16_20
	movl	$11, %r11d
	.p2align	4
.LBB16_16:
	vmulss	-44(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r14,%r11,4)
	vmulss	-40(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r14,%r11,4)
	vmulss	-36(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r14,%r11,4)
	vmulss	-32(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r14,%r11,4)
	vmulss	-28(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r14,%r11,4)
	vmulss	-24(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r14,%r11,4)
	vmulss	-20(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r14,%r11,4)
	vmulss	-16(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r14,%r11,4)
	vmulss	-12(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r14,%r11,4)
	vmulss	-8(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r14,%r11,4)
	vmulss	-4(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r14,%r11,4)
	vmulss	(%r12,%r11,4), %xmm0, %xmm1
	vaddss	(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r14,%r11,4)
	addq	$12, %r11
	cmpq	$155, %r11
	jne	.LBB16_16
	jmp	.LBB16_17
.LBB16_19:
	movq	24(%rsp), %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end16:
	.size	k28, .Lfunc_end16-k28

	.globl	_mlir_ciface_k28
	.p2align	4
	.type	_mlir_ciface_k28,@function
_mlir_ciface_k28:
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
	callq	k28@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end17:
	.size	_mlir_ciface_k28, .Lfunc_end17-_mlir_ciface_k28

	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI18_0:
	.zero	8
	.zero	8
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
.LCPI18_1:
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
	.zero	8
	.zero	8
.LCPI18_2:
	.zero	8
	.zero	8
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
.LCPI18_3:
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
	.zero	8
	.zero	8
.LCPI18_4:
	.zero	8
	.zero	8
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
.LCPI18_5:
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
	.zero	8
	.zero	8
.LCPI18_6:
	.zero	8
	.zero	8
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
.LCPI18_7:
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
	.zero	8
	.zero	8
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI18_8:
	.quad	0
	.quad	4
	.quad	8
	.quad	12
.LCPI18_9:
	.quad	1
	.quad	5
	.quad	9
	.quad	13
.LCPI18_10:
	.quad	2
	.quad	6
	.quad	10
	.quad	14
.LCPI18_11:
	.quad	3
	.quad	7
	.quad	11
	.quad	15
	.text
	.globl	k35
	.p2align	4
	.type	k35,@function
k35:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, (%rsp)
	movq	%rsi, 104(%rsp)
	movq	688(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	656(%rsp), %rax
	movq	672(%rsp), %r13
	movq	%rax, 200(%rsp)
	movq	632(%rsp), %rax
	movq	%rax, 240(%rsp)
	movq	600(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	576(%rsp), %rax
	movq	%rax, 160(%rsp)
	movq	544(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	520(%rsp), %rax
	movq	%rax, 184(%rsp)
	movq	488(%rsp), %rax
	movq	%rax, 176(%rsp)
	movq	464(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	432(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	%r13, %rax
	shlq	$6, %rax
	movq	376(%rsp), %rcx
	movq	408(%rsp), %rbx
	leaq	(%rax,%rax,2), %r15
	movq	%r15, %rdi
	movq	%rcx, 96(%rsp)
	movq	320(%rsp), %rax
	movq	352(%rsp), %r14
	movq	%rax, 88(%rsp)
	callq	malloc@PLT
	movq	%r15, %rdi
	movq	%rax, 16(%rsp)
	callq	malloc@PLT
	movq	%rax, 152(%rsp)
	movq	%r13, 168(%rsp)
	testq	%r13, %r13
	jle	.LBB18_17
	leaq	(,%rbx,4), %rax
	xorl	%r9d, %r9d
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, 128(%rsp)
	movq	%r14, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdx
	leaq	24(%rax,%rax,2), %rax
	movq	%rdx, 80(%rsp)
	movq	%rax, 72(%rsp)
	leaq	(,%r14,4), %rax
	shlq	$7, %r14
	leaq	(%r14,%r14,2), %rdx
	leaq	24(%r14,%r14,2), %rcx
	movq	$-3, %r14
	movq	%rax, 136(%rsp)
	movq	%rbx, %rax
	shlq	$6, %rax
	shlq	$7, %rbx
	leaq	(%rax,%rax,2), %rax
	leaq	(%rbx,%rbx,2), %r10
	movq	%rax, 48(%rsp)
	movq	%rdx, 64(%rsp)
	movq	%rcx, 192(%rsp)
	shlq	$2, (%rsp)
	movl	$3, %eax
	movl	$2, %ecx
	movl	$1, %edx
	movq	16(%rsp), %rbx
	movq	152(%rsp), %r12
	jmp	.LBB18_2
	.p2align	4
.LBB18_16:
	movq	40(%rsp), %rax
	movq	32(%rsp), %rcx
	movq	120(%rsp), %rdx
	movq	112(%rsp), %r14
	movq	168(%rsp), %r13
	incq	%r9
	addq	$192, %r12
	addq	$192, %rbx
	incq	%rax
	incq	%rcx
	incq	%rdx
	incq	%r14
	cmpq	%r13, %r9
	je	.LBB18_17
.LBB18_2:
	movq	%rax, 40(%rsp)
	cmpq	$3, %r9
	movl	$3, %r13d
	movl	$24, %r11d
	movq	(%rsp), %rsi
	cmovbq	%r9, %r13
	movq	104(%rsp), %rdi
	subq	%r13, %rax
	imulq	%rsi, %rax
	addq	%rdi, %rax
	movq	%rax, 8(%rsp)
	movq	%rcx, 32(%rsp)
	movq	%rdx, 120(%rsp)
	subq	%r13, %rcx
	subq	%r13, %rdx
	leal	(,%r13,4), %eax
	xorq	$3, %r13
	leaq	(%r13,%r14), %rbp
	imulq	%rsi, %rcx
	imulq	%rsi, %rdx
	movq	72(%rsp), %r8
	movq	192(%rsp), %r15
	movq	%r14, 112(%rsp)
	shll	$2, %r13d
	imulq	%rsi, %rbp
	subq	%rax, %r11
	xorl	%esi, %esi
	addq	%rdi, %rcx
	addq	%rdi, %rdx
	addq	%rdi, %rbp
	movq	80(%rsp), %rdi
	subq	%rax, %r8
	subq	%rax, %r15
	leaq	(%rdi,%r13), %rax
	movq	%rax, 56(%rsp)
	movq	64(%rsp), %rax
	addq	%r13, %rax
	movq	%rax, 144(%rsp)
	movq	88(%rsp), %rax
	movq	96(%rsp), %rdi
	jmp	.LBB18_3
	.p2align	4
.LBB18_15:
	movq	48(%rsp), %r14
	vaddss	(%rdi,%r10), %xmm3, %xmm3
	vaddss	(%rdi), %xmm1, %xmm1
	addq	136(%rsp), %rax
	vaddss	(%rdi,%r14), %xmm2, %xmm2
	addq	128(%rsp), %rdi
	vmovss	%xmm1, (%r12,%rsi)
	vmulss	%xmm3, %xmm2, %xmm2
	vmovss	%xmm2, (%rbx,%rsi)
	addq	$4, %rsi
	cmpq	$192, %rsi
	je	.LBB18_16
.LBB18_3:
	vmovss	(%rax,%r13), %xmm1
	vmulss	(%rbp,%rsi), %xmm1, %xmm1
	vaddss	%xmm0, %xmm1, %xmm1
	testq	%r9, %r9
	je	.LBB18_7
	vmovss	-8(%rax,%r11), %xmm2
	vmulss	(%rdx,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$1, %r9
	je	.LBB18_7
	vmovss	-4(%rax,%r11), %xmm2
	vmulss	(%rcx,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$2, %r9
	je	.LBB18_7
	movq	8(%rsp), %r14
	vmovss	(%rax,%r11), %xmm2
	vmulss	(%r14,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	.p2align	4
.LBB18_7:
	movq	56(%rsp), %r14
	vmovss	(%rax,%r14), %xmm2
	vmulss	192(%rbp,%rsi), %xmm2, %xmm2
	vaddss	%xmm0, %xmm2, %xmm2
	testq	%r9, %r9
	je	.LBB18_11
	vmovss	-8(%rax,%r8), %xmm3
	vmulss	192(%rdx,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$1, %r9
	je	.LBB18_11
	vmovss	-4(%rax,%r8), %xmm3
	vmulss	192(%rcx,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$2, %r9
	je	.LBB18_11
	movq	8(%rsp), %r14
	vmovss	(%rax,%r8), %xmm3
	vmulss	192(%r14,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	.p2align	4
.LBB18_11:
	movq	144(%rsp), %r14
	vmovss	(%rax,%r14), %xmm3
	vmulss	384(%rbp,%rsi), %xmm3, %xmm3
	vaddss	%xmm0, %xmm3, %xmm3
	testq	%r9, %r9
	je	.LBB18_15
	vmovss	-8(%rax,%r15), %xmm4
	vmulss	384(%rdx,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$1, %r9
	je	.LBB18_15
	vmovss	-4(%rax,%r15), %xmm4
	vmulss	384(%rcx,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$2, %r9
	je	.LBB18_15
	movq	8(%rsp), %r14
	vmovss	(%rax,%r15), %xmm4
	vmulss	384(%r14,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	jmp	.LBB18_15
.LBB18_17:
	movl	$1, %edi
	movl	$1536, %esi
	movl	$1, %ebx
	callq	calloc@PLT
	movl	$1, %edi
	movl	$1536, %esi
	movq	%rax, %r15
	callq	calloc@PLT
	leaq	15(%r13), %rcx
	movq	%rax, %r12
	shrq	$4, %rcx
	movq	%rcx, 104(%rsp)
	movq	160(%rsp), %r8
	je	.LBB18_43
	movq	176(%rsp), %rcx
	movq	%r8, %rax
	shlq	$4, %rax
	vmovapd	.LCPI18_0(%rip), %zmm17
	vmovapd	.LCPI18_1(%rip), %zmm18
	vmovapd	.LCPI18_2(%rip), %zmm19
	vmovapd	.LCPI18_3(%rip), %zmm3
	vmovapd	.LCPI18_4(%rip), %zmm4
	vmovapd	.LCPI18_5(%rip), %zmm5
	vmovapd	.LCPI18_6(%rip), %zmm6
	vmovapd	.LCPI18_7(%rip), %zmm7
	leaq	(,%r8,4), %r11
	leaq	(,%r8,8), %rdx
	xorl	%edi, %edi
	vxorpd	%xmm8, %xmm8, %xmm8
	leaq	(%rax,%rax,2), %r10
	leaq	28(%rcx), %rax
	movq	%rax, 8(%rsp)
	shlq	$2, 184(%rsp)
	movq	16(%rsp), %rcx
	movq	24(%rsp), %rax
	movq	%rcx, %r14
	leaq	12(%rax), %rbp
	addq	$4, %r14
	movl	$16, %eax
	movq	%rcx, (%rsp)
	movq	%r10, 88(%rsp)
	movq	%r11, 80(%rsp)
	movq	%rbp, 72(%rsp)
	movq	%rdx, 64(%rsp)
	jmp	.LBB18_19
	.p2align	4
.LBB18_42:
	movq	112(%rsp), %rdi
	movq	120(%rsp), %rax
	movq	32(%rsp), %rbx
	addq	$3072, (%rsp)
	addq	$3072, %r14
	incq	%rdi
	addq	$16, %rax
	addq	$-16, %rbx
	cmpq	104(%rsp), %rdi
	je	.LBB18_43
.LBB18_19:
	cmpq	%rax, %r13
	movq	%rax, %r9
	movq	%rbx, 32(%rsp)
	movq	%rax, 120(%rsp)
	cmovbq	%r13, %r9
	cmpq	$1, %r8
	jne	.LBB18_20
	movq	24(%rsp), %rax
	movb	$-52, %cl
	kmovd	%ecx, %k1
	vcvtps2pd	(%rax), %zmm9
	vcvtps2pd	8(%rax), %zmm11
	vcvtps2pd	4(%rax), %zmm10
	vcvtps2pd	12(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 192(%r12)
	vmovupd	%zmm16, 128(%r12)
	vmovupd	%zmm15, 64(%r12)
	vmovupd	%zmm14, (%r12)
	vcvtps2pd	32(%rax), %zmm9
	vcvtps2pd	40(%rax), %zmm11
	vcvtps2pd	36(%rax), %zmm10
	vcvtps2pd	44(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 448(%r12)
	vmovupd	%zmm16, 384(%r12)
	vmovupd	%zmm15, 320(%r12)
	vmovupd	%zmm14, 256(%r12)
	vcvtps2pd	64(%rax), %zmm9
	vcvtps2pd	72(%rax), %zmm11
	vcvtps2pd	68(%rax), %zmm10
	vcvtps2pd	76(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 704(%r12)
	vmovupd	%zmm16, 640(%r12)
	vmovupd	%zmm15, 576(%r12)
	vmovupd	%zmm14, 512(%r12)
	vcvtps2pd	96(%rax), %zmm9
	vcvtps2pd	104(%rax), %zmm11
	vcvtps2pd	100(%rax), %zmm10
	vcvtps2pd	108(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 960(%r12)
	vmovupd	%zmm16, 896(%r12)
	vmovupd	%zmm15, 832(%r12)
	vmovupd	%zmm14, 768(%r12)
	vcvtps2pd	128(%rax), %zmm9
	vcvtps2pd	136(%rax), %zmm11
	vcvtps2pd	132(%rax), %zmm10
	vcvtps2pd	140(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1216(%r12)
	vmovupd	%zmm16, 1152(%r12)
	vmovupd	%zmm15, 1088(%r12)
	vmovupd	%zmm14, 1024(%r12)
	vcvtps2pd	160(%rax), %zmm9
	vcvtps2pd	168(%rax), %zmm11
	vcvtps2pd	164(%rax), %zmm10
	vcvtps2pd	172(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r12)
	vmovupd	%zmm16, 1408(%r12)
	vmovupd	%zmm15, 1344(%r12)
	vmovupd	%zmm14, 1280(%r12)
	jmp	.LBB18_23
	.p2align	4
.LBB18_20:
	movq	24(%rsp), %rcx
	movl	$352, %eax
	.p2align	4
.LBB18_21:
	vcvtps2pd	(%rcx), %ymm9
	leaq	(%rcx,%r11), %rdx
	leaq	(%r11,%r11), %rsi
	addq	%r11, %rdx
	addq	%rdx, %rsi
	vmovups	%ymm9, -352(%r12,%rax)
	vcvtps2pd	(%rcx,%r8,4), %ymm9
	vmovups	%ymm9, -320(%r12,%rax)
	vcvtps2pd	(%rcx,%r8,8), %ymm9
	addq	%r10, %rcx
	vmovups	%ymm9, -288(%r12,%rax)
	vcvtps2pd	(%rdx,%r8,4), %ymm9
	vmovups	%ymm9, -256(%r12,%rax)
	vcvtps2pd	(%rdx,%r8,8), %ymm9
	leaq	(%rsi,%r8,4), %rdx
	vmovups	%ymm9, -224(%r12,%rax)
	vcvtps2pd	(%rsi,%r8,4), %ymm9
	vmovups	%ymm9, -192(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -160(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -128(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -96(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -64(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -32(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	vmovupd	%ymm9, (%r12,%rax)
	addq	$384, %rax
	cmpq	$1888, %rax
	jne	.LBB18_21
.LBB18_23:
	movq	%rdi, 112(%rsp)
	shlq	$4, %rdi
	leaq	16(%rdi), %rax
	cmpq	%r13, %rax
	cmovaeq	%r13, %rax
	cmpq	%rax, %rdi
	jge	.LBB18_42
	movq	%r14, 96(%rsp)
	movq	%r9, 40(%rsp)
	movl	$1, %esi
	xorl	%r10d, %r10d
	movq	%rdi, %rcx
	movq	32(%rsp), %rax
	addq	%r9, %rax
	movq	%rax, 128(%rsp)
	movq	(%rsp), %r14
	movq	%rdi, 48(%rsp)
	jmp	.LBB18_25
	.p2align	4
.LBB18_36:
	movq	136(%rsp), %rcx
	movq	56(%rsp), %rsi
	movq	144(%rsp), %r14
	incq	%r10
	incq	%rcx
	incq	%rsi
	addq	$192, %r14
	cmpq	128(%rsp), %rsi
	je	.LBB18_37
.LBB18_25:
	movq	%rsi, 56(%rsp)
	movq	%rcx, %r11
	movq	%rcx, %rax
	shlq	$4, %rax
	movl	%esi, %edi
	andl	$7, %edi
	andq	$-8, %rsi
	xorl	%r8d, %r8d
	subq	48(%rsp), %r11
	movq	%rcx, 136(%rsp)
	leaq	(%rax,%rax,2), %rax
	imulq	208(%rsp), %rcx
	movq	200(%rsp), %rdx
	leaq	(%rdx,%rcx,4), %rbx
	movq	176(%rsp), %rcx
	movq	%r14, 144(%rsp)
	movq	8(%rsp), %rbp
	jmp	.LBB18_26
	.p2align	4
.LBB18_34:
	vcvtss2sd	%xmm9, %xmm9, %xmm9
.LBB18_35:
	movq	%r8, %r9
	imulq	240(%rsp), %r9
	movq	232(%rsp), %r13
	movq	%r8, %rdx
	shlq	$5, %rdx
	addq	$4, %r14
	vmovupd	(%r12,%rdx), %ymm10
	vmovupd	8(%r15,%rdx), %xmm11
	vmovupd	16(%r12,%rdx), %xmm12
	vmovups	(%r13,%r9,4), %xmm13
	movq	%r8, %r13
	imulq	160(%rsp), %r13
	movb	$9, %r9b
	kmovd	%r9d, %k1
	movq	24(%rsp), %r9
	vmovupd	(%r15,%rdx), %ymm14 {%k1} {z}
	vmovups	(%r9,%r13,4), %xmm15
	movq	16(%rsp), %r9
	movq	216(%rsp), %r13
	vpermpd	$236, %ymm14, %ymm14
	vmovsd	%xmm14, %xmm11, %xmm1
	vmovsd	%xmm11, %xmm14, %xmm2
	vmovsldup	%xmm15, %xmm16
	vmovshdup	%xmm15, %xmm15
	vcvtps2pd	%xmm15, %ymm15
	vcvtps2pd	%xmm16, %ymm16
	vmulpd	%ymm15, %ymm10, %ymm15
	vmulpd	%ymm16, %ymm10, %ymm0
	vshufpd	$5, %ymm15, %ymm15, %ymm15
	vaddsubpd	%ymm15, %ymm0, %ymm0
	vunpcklpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm1, %xmm15, %xmm1
	vunpckhpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm2, %xmm15, %xmm2
	vshufps	$232, %xmm13, %xmm13, %xmm15
	vshufps	$237, %xmm13, %xmm13, %xmm13
	vmovupd	%ymm0, (%r12,%rdx)
	leaq	(%r8,%rax), %rdx
	vcvtps2pd	%xmm15, %xmm15
	vcvtps2pd	%xmm13, %xmm13
	vmovss	(%r9,%rdx,4), %xmm0
	movq	%r8, %r9
	imulq	224(%rsp), %r9
	vsubpd	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm12, %xmm10, %xmm2
	vmovsd	%xmm10, %xmm12, %xmm10
	vmulpd	%xmm2, %xmm14, %xmm2
	vmulpd	%xmm11, %xmm10, %xmm10
	vmulpd	%xmm1, %xmm15, %xmm1
	vaddpd	%xmm2, %xmm10, %xmm2
	vmulss	(%r13,%r9,4), %xmm0, %xmm0
	movq	152(%rsp), %r9
	vmulpd	%xmm2, %xmm13, %xmm2
	vsubpd	%xmm2, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm8, %xmm2
	vshufpd	$1, %xmm1, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm1, %xmm9, %xmm1
	vcvtsd2ss	%xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	(%r9,%rdx,4), %xmm0, %xmm0
	movq	184(%rsp), %rdx
	addq	%rdx, %rbp
	addq	%rdx, %rcx
	vmovss	%xmm0, (%rbx,%r8,4)
	incq	%r8
	cmpq	$48, %r8
	je	.LBB18_36
.LBB18_26:
	movabsq	$9223372036854775806, %rdx
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	%rdx, %r11
	ja	.LBB18_35
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	$7, %r10
	jae	.LBB18_29
	xorl	%edx, %edx
	jmp	.LBB18_32
	.p2align	4
.LBB18_29:
	movq	%r14, %r13
	xorl	%edx, %edx
	.p2align	4
.LBB18_30:
	vmovss	-28(%rbp,%rdx,4), %xmm10
	vmovss	-24(%rbp,%rdx,4), %xmm11
	vmulss	(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmulss	-192(%r13), %xmm11, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-20(%rbp,%rdx,4), %xmm10
	vmulss	-384(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-16(%rbp,%rdx,4), %xmm10
	vmulss	-576(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-12(%rbp,%rdx,4), %xmm10
	vmulss	-768(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-8(%rbp,%rdx,4), %xmm10
	vmulss	-960(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-4(%rbp,%rdx,4), %xmm10
	vmulss	-1152(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	(%rbp,%rdx,4), %xmm10
	addq	$8, %rdx
	vmulss	-1344(%r13), %xmm10, %xmm10
	addq	$-1536, %r13
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rdx, %rsi
	jne	.LBB18_30
	testb	$7, 56(%rsp)
	je	.LBB18_34
.LBB18_32:
	leaq	(%rcx,%rdx,4), %r13
	shlq	$6, %rdx
	leaq	(%rdx,%rdx,2), %r9
	movq	%r14, %rdx
	subq	%r9, %rdx
	xorl	%r9d, %r9d
	.p2align	4
.LBB18_33:
	vmovss	(%r13,%r9,4), %xmm10
	incq	%r9
	vmulss	(%rdx), %xmm10, %xmm10
	addq	$-192, %rdx
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%r9, %rdi
	jne	.LBB18_33
	jmp	.LBB18_34
	.p2align	4
.LBB18_37:
	movq	96(%rsp), %r14
	movq	168(%rsp), %r13
	movq	160(%rsp), %r8
	movq	88(%rsp), %r10
	movq	80(%rsp), %r11
	movq	72(%rsp), %rbp
	movq	64(%rsp), %rdx
	movq	40(%rsp), %r9
	movq	48(%rsp), %rbx
	movq	%r14, %rdi
	jmp	.LBB18_38
	.p2align	4
.LBB18_44:
	vmovupd	(%r15), %zmm13
	vmovupd	128(%r15), %zmm15
	vmovupd	64(%r15), %zmm14
	vmovupd	192(%r15), %zmm16
	vbroadcasti64x4	.LCPI18_8(%rip), %zmm9
	movq	%rbx, %rax
	shlq	$6, %rax
	vbroadcasti64x4	.LCPI18_9(%rip), %zmm28
	vbroadcasti64x4	.LCPI18_11(%rip), %zmm26
	vbroadcasti64x4	.LCPI18_10(%rip), %zmm27
	movq	16(%rsp), %rcx
	movb	$-52, %r9b
	leaq	(%rax,%rax,2), %rsi
	movq	24(%rsp), %rax
	kmovd	%r9d, %k1
	movq	40(%rsp), %r9
	vcvtps2pd	(%rcx,%rsi), %zmm0
	vcvtps2pd	(%rax), %zmm1
	vcvtps2pd	4(%rax), %zmm2
	vmovapd	%zmm15, %zmm10
	vmovapd	%zmm13, %zmm11
	vpermt2pd	%zmm16, %zmm9, %zmm10
	vpermt2pd	%zmm14, %zmm9, %zmm11
	vmovapd	%zmm13, %zmm12
	vpermt2pd	%zmm14, %zmm28, %zmm12
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vpermt2pd	%zmm14, %zmm27, %zmm22
	vshuff64x2	$228, %zmm10, %zmm11, %zmm20
	vmovapd	%zmm15, %zmm11
	vpermt2pd	%zmm16, %zmm28, %zmm11
	vshuff64x2	$228, %zmm11, %zmm12, %zmm21
	vmovapd	%zmm15, %zmm12
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm16, %zmm27, %zmm12
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	12(%rax), %zmm21
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vcvtps2pd	8(%rax), %zmm15
	vshuff64x2	$228, %zmm12, %zmm22, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm21, %zmm22, %zmm2
	vmulpd	%zmm15, %zmm22, %zmm16
	vmulpd	%zmm15, %zmm13, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm13, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, (%r15)
	vmovupd	%zmm15, 64(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 128(%r15)
	vmovupd	%zmm20, 192(%r15)
	vcvtps2pd	32(%rcx,%rsi), %zmm0
	vmovupd	256(%r15), %zmm14
	vmovupd	384(%r15), %zmm16
	vmovupd	320(%r15), %zmm13
	vmovupd	448(%r15), %zmm15
	vcvtps2pd	32(%rax), %zmm1
	vcvtps2pd	36(%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm14, %zmm21
	vmovapd	%zmm16, %zmm24
	vmovapd	%zmm14, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermt2pd	%zmm13, %zmm9, %zmm21
	vpermt2pd	%zmm15, %zmm28, %zmm24
	vpermt2pd	%zmm13, %zmm28, %zmm22
	vmovapd	%zmm16, %zmm25
	vmovapd	%zmm14, %zmm23
	vpermt2pd	%zmm15, %zmm26, %zmm16
	vpermt2pd	%zmm13, %zmm26, %zmm14
	vpermt2pd	%zmm13, %zmm27, %zmm23
	vpermt2pd	%zmm15, %zmm27, %zmm25
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm24, %zmm22, %zmm21
	vshuff64x2	$228, %zmm16, %zmm14, %zmm13
	vshuff64x2	$228, %zmm25, %zmm23, %zmm22
	vcvtps2pd	44(%rax), %zmm23
	vmulpd	%zmm1, %zmm20, %zmm16
	vmulpd	%zmm2, %zmm21, %zmm15
	vmulpd	%zmm2, %zmm20, %zmm2
	vmulpd	%zmm1, %zmm21, %zmm1
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	40(%rax), %zmm2
	vsubpd	%zmm15, %zmm16, %zmm14
	vmulpd	%zmm23, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm23, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 256(%r15)
	vmovupd	%zmm15, 320(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 384(%r15)
	vmovupd	%zmm20, 448(%r15)
	vcvtps2pd	64(%rcx,%rsi), %zmm0
	vmovupd	640(%r15), %zmm16
	vmovupd	512(%r15), %zmm14
	vmovupd	576(%r15), %zmm13
	vmovupd	704(%r15), %zmm15
	vcvtps2pd	64(%rax), %zmm1
	vcvtps2pd	68(%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm14, %zmm21
	vmovapd	%zmm16, %zmm23
	vmovapd	%zmm14, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermt2pd	%zmm13, %zmm9, %zmm21
	vpermt2pd	%zmm15, %zmm28, %zmm23
	vpermt2pd	%zmm13, %zmm28, %zmm22
	vmovapd	%zmm16, %zmm24
	vpermt2pd	%zmm15, %zmm26, %zmm16
	vpermt2pd	%zmm15, %zmm27, %zmm24
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm23, %zmm22, %zmm21
	vmovapd	%zmm14, %zmm23
	vpermt2pd	%zmm13, %zmm26, %zmm14
	vpermt2pd	%zmm13, %zmm27, %zmm23
	vmulpd	%zmm2, %zmm21, %zmm15
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm16, %zmm14, %zmm13
	vmulpd	%zmm1, %zmm20, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	76(%rax), %zmm21
	vshuff64x2	$228, %zmm24, %zmm23, %zmm22
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	72(%rax), %zmm2
	vsubpd	%zmm15, %zmm16, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 512(%r15)
	vmovupd	%zmm15, 576(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 640(%r15)
	vmovupd	%zmm20, 704(%r15)
	vcvtps2pd	96(%rcx,%rsi), %zmm0
	vmovupd	768(%r15), %zmm13
	vmovupd	896(%r15), %zmm15
	vmovupd	832(%r15), %zmm14
	vmovupd	960(%r15), %zmm16
	vcvtps2pd	96(%rax), %zmm1
	vcvtps2pd	100(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm13, %zmm21
	vmovapd	%zmm15, %zmm24
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermt2pd	%zmm14, %zmm9, %zmm21
	vpermt2pd	%zmm16, %zmm28, %zmm24
	vpermt2pd	%zmm14, %zmm28, %zmm22
	vmovapd	%zmm15, %zmm25
	vmovapd	%zmm13, %zmm23
	vpermt2pd	%zmm16, %zmm27, %zmm25
	vpermt2pd	%zmm14, %zmm27, %zmm23
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm24, %zmm22, %zmm21
	vshuff64x2	$228, %zmm25, %zmm23, %zmm22
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vmulpd	%zmm2, %zmm20, %zmm2
	vcvtps2pd	108(%rax), %zmm21
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	104(%rax), %zmm2
	vsubpd	%zmm16, %zmm14, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm5, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm7, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm4, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm6, %zmm14
	vpermt2pd	%zmm2, %zmm19, %zmm21
	vpermt2pd	%zmm2, %zmm17, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm3, %zmm20
	vpermt2pd	%zmm1, %zmm18, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 896(%r15)
	vmovupd	%zmm15, 960(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 768(%r15)
	vmovupd	%zmm20, 832(%r15)
	vcvtps2pd	128(%rcx,%rsi), %zmm0
	vmovupd	1152(%r15), %zmm15
	vmovupd	1024(%r15), %zmm13
	vmovupd	1088(%r15), %zmm14
	vmovupd	1216(%r15), %zmm16
	vcvtps2pd	128(%rax), %zmm1
	vcvtps2pd	132(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm13, %zmm21
	vmovapd	%zmm15, %zmm23
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermt2pd	%zmm14, %zmm9, %zmm21
	vpermt2pd	%zmm16, %zmm28, %zmm23
	vpermt2pd	%zmm14, %zmm28, %zmm22
	vmovapd	%zmm15, %zmm24
	vpermt2pd	%zmm16, %zmm27, %zmm24
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm23, %zmm22, %zmm21
	vmovapd	%zmm13, %zmm23
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vpermt2pd	%zmm14, %zmm27, %zmm23
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vmulpd	%zmm2, %zmm20, %zmm2
	vcvtps2pd	140(%rax), %zmm21
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	136(%rax), %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vshuff64x2	$228, %zmm24, %zmm23, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm3, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm18, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm19, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm17, %zmm14
	vpermt2pd	%zmm2, %zmm4, %zmm21
	vpermt2pd	%zmm2, %zmm6, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 1088(%r15)
	vmovupd	%zmm15, 1024(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 1216(%r15)
	vmovupd	%zmm20, 1152(%r15)
	vcvtps2pd	160(%rcx,%rsi), %zmm0
	vmovupd	1408(%r15), %zmm15
	vmovupd	1280(%r15), %zmm13
	vmovupd	1344(%r15), %zmm14
	vmovupd	1472(%r15), %zmm16
	vcvtps2pd	160(%rax), %zmm1
	vcvtps2pd	164(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm15, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermi2pd	%zmm14, %zmm13, %zmm9
	vpermt2pd	%zmm16, %zmm28, %zmm22
	vpermi2pd	%zmm14, %zmm13, %zmm28
	vmovapd	%zmm15, %zmm21
	vpermt2pd	%zmm16, %zmm27, %zmm21
	vpermi2pd	%zmm14, %zmm13, %zmm27
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vshuff64x2	$228, %zmm22, %zmm28, %zmm10
	vshuff64x2	$228, %zmm20, %zmm9, %zmm9
	vshuff64x2	$228, %zmm15, %zmm13, %zmm12
	vshuff64x2	$228, %zmm21, %zmm27, %zmm11
	vmulpd	%zmm1, %zmm9, %zmm15
	vmulpd	%zmm2, %zmm10, %zmm14
	vmulpd	%zmm2, %zmm9, %zmm2
	vcvtps2pd	172(%rax), %zmm9
	vmulpd	%zmm1, %zmm10, %zmm1
	vsubpd	%zmm14, %zmm15, %zmm13
	vcvtps2pd	168(%rax), %zmm15
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm9, %zmm12, %zmm14
	vmulpd	%zmm9, %zmm11, %zmm9
	vmulpd	%zmm15, %zmm11, %zmm10
	vmulpd	%zmm15, %zmm12, %zmm2
	vsubpd	%zmm14, %zmm10, %zmm10
	vaddpd	%zmm2, %zmm9, %zmm2
	vaddpd	%zmm0, %zmm13, %zmm9
	vaddpd	%zmm0, %zmm10, %zmm0
	vmovapd	%zmm9, %zmm12
	vpermt2pd	%zmm1, %zmm3, %zmm12
	vmovapd	%zmm9, %zmm11
	vpermt2pd	%zmm1, %zmm18, %zmm11
	vmovapd	%zmm0, %zmm13
	vpermt2pd	%zmm2, %zmm19, %zmm13
	vmovapd	%zmm0, %zmm10
	vmovapd	%zmm0, %zmm14
	vpermt2pd	%zmm2, %zmm17, %zmm10
	vpermt2pd	%zmm2, %zmm4, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm0
	vmovapd	%zmm13, %zmm12 {%k1}
	vmovapd	%zmm9, %zmm13
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vpermt2pd	%zmm1, %zmm7, %zmm9
	vmovapd	%zmm10, %zmm11 {%k1}
	vmovupd	%zmm12, 1344(%r15)
	vmovupd	%zmm11, 1280(%r15)
	vmovapd	%zmm14, %zmm13 {%k1}
	vmovapd	%zmm0, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r15)
	vmovupd	%zmm13, 1408(%r15)
.LBB18_41:
	incq	%rbx
	addq	$192, %rdi
	cmpq	%r9, %rbx
	je	.LBB18_42
.LBB18_38:
	cmpq	$1, %r8
	je	.LBB18_44
	movq	%rbp, %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB18_40:
	vmovss	-4(%rdi,%rcx), %xmm0
	vmovss	-12(%rax), %xmm1
	vmovss	-8(%rax), %xmm2
	vmovsd	(%r15,%rcx,8), %xmm9
	vmovsd	8(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, (%r15,%rcx,8)
	vmovsd	%xmm1, 8(%r15,%rcx,8)
	vmovss	-4(%rax), %xmm1
	vmovss	(%rax), %xmm2
	vmovsd	16(%r15,%rcx,8), %xmm9
	vmovsd	24(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 16(%r15,%rcx,8)
	vmovss	(%rdi,%rcx), %xmm0
	vmovsd	%xmm1, 24(%r15,%rcx,8)
	vmovss	-12(%rax,%r11), %xmm1
	vmovss	-8(%rax,%r11), %xmm2
	vmovsd	32(%r15,%rcx,8), %xmm9
	vmovsd	40(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, 32(%r15,%rcx,8)
	vmovsd	%xmm1, 40(%r15,%rcx,8)
	vmovss	-4(%rax,%r11), %xmm1
	vmovss	(%rax,%r11), %xmm2
	vmovsd	48(%r15,%rcx,8), %xmm9
	vmovsd	56(%r15,%rcx,8), %xmm10
	addq	%rdx, %rax
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 48(%r15,%rcx,8)
	vmovsd	%xmm1, 56(%r15,%rcx,8)
	addq	$8, %rcx
	cmpq	$192, %rcx
	jne	.LBB18_40
	jmp	.LBB18_41
.LBB18_43:
	movq	16(%rsp), %rdi
	vzeroupper
	callq	free@PLT
	movq	152(%rsp), %rdi
	callq	free@PLT
	movq	%r15, %rdi
	callq	free@PLT
	movq	%r12, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end18:
	.size	k35, .Lfunc_end18-k35

	.globl	_mlir_ciface_k35
	.p2align	4
	.type	_mlir_ciface_k35,@function
_mlir_ciface_k35:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$424, %rsp
	movq	%r9, %rax
	movq	8(%rdi), %r9
	movq	40(%rdi), %rdi
	movq	%rsi, %r10
	movq	480(%rsp), %rbx
	movq	488(%rsp), %r11
	movq	40(%rcx), %rsi
	movq	8(%rcx), %r15
	movq	8(%r8), %r12
	movq	8(%rdx), %r14
	movq	40(%r8), %r8
	movq	8(%rax), %r13
	movq	%r9, 416(%rsp)
	movq	8(%r10), %r9
	movq	%rdi, 408(%rsp)
	movq	40(%rdx), %rdi
	movq	40(%rax), %rdx
	movq	8(%rbx), %rbp
	movq	40(%r10), %r10
	movq	40(%rbx), %rbx
	movq	8(%r11), %rcx
	movq	24(%r11), %rax
	movq	40(%r11), %r11
	movq	%rsi, 160(%rsp)
	movq	%r13, 240(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r12, 184(%rsp)
	movq	%r15, 128(%rsp)
	movq	%r14, 72(%rsp)
	movq	416(%rsp), %rsi
	movq	%r9, 16(%rsp)
	movq	408(%rsp), %r9
	movq	%r11, 384(%rsp)
	movq	%rax, 368(%rsp)
	movq	%rcx, 352(%rsp)
	movq	%rbx, 328(%rsp)
	movq	%rbp, 296(%rsp)
	movq	%rdx, 272(%rsp)
	movq	%rdi, 104(%rsp)
	movq	%r10, 48(%rsp)
	callq	k35@PLT
	addq	$424, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
.Lfunc_end19:
	.size	_mlir_ciface_k35, .Lfunc_end19-_mlir_ciface_k35

	.globl	k38
	.p2align	4
	.type	k38,@function
k38:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$256, %rsp
	cmpq	$0, 456(%rsp)
	movq	%r9, 248(%rsp)
	movq	%rsi, 240(%rsp)
	jle	.LBB20_8
	movq	416(%rsp), %rcx
	movq	360(%rsp), %r13
	movq	328(%rsp), %rdi
	movq	472(%rsp), %r14
	movq	384(%rsp), %r11
	xorl	%ebp, %ebp
	movq	%rcx, %r8
	shlq	$4, %r8
	movq	%rcx, %r9
	shlq	$6, %r9
	leaq	(,%rcx,4), %rax
	imulq	$44, %rcx, %r15
	leaq	(%r8,%r8,2), %rbx
	movq	%r9, 168(%rsp)
	movq	%r8, 224(%rsp)
	leaq	(%rax,%rax,2), %rdx
	leaq	(%rax,%rax,4), %rsi
	leaq	(%rax,%rax,8), %rax
	movq	%rbx, 128(%rsp)
	imulq	$56, %rcx, %rbx
	movq	%r15, 136(%rsp)
	imulq	$52, %rcx, %r15
	movq	%rdx, 232(%rsp)
	leaq	(,%rcx,8), %rdx
	movq	%rsi, 216(%rsp)
	movq	%rax, 184(%rsp)
	movq	%rbx, 112(%rsp)
	leaq	(%r9,%rcx,4), %rbx
	imulq	$76, %rcx, %r9
	leaq	(%rdx,%rdx,2), %rsi
	leaq	(%rdx,%rdx,4), %rax
	leaq	(%rdx,%rdx,8), %r10
	movq	%rcx, %rdx
	shlq	$7, %rdx
	movq	%r15, 120(%rsp)
	imulq	$60, %rcx, %r15
	movq	%rdx, 152(%rsp)
	movq	%rsi, 208(%rsp)
	leaq	(%rcx,%rcx,8), %rsi
	movq	%rbx, 96(%rsp)
	leaq	(%r8,%r8,4), %rbx
	movq	%rax, 176(%rsp)
	imulq	$188, %r13, %rax
	movq	%r10, 160(%rsp)
	movq	440(%rsp), %r10
	movq	%r9, 88(%rsp)
	imulq	$84, %rcx, %r9
	movq	%r15, 104(%rsp)
	leaq	(,%r13,4), %r15
	leaq	(%rsi,%rsi,2), %rsi
	movq	%rbx, 80(%rsp)
	imulq	$88, %rcx, %rbx
	leaq	192(%rdi,%rax), %rax
	movq	%r9, 72(%rsp)
	imulq	$92, %rcx, %r9
	addq	%rcx, %rsi
	movq	%rsi, 200(%rsp)
	movq	%rcx, %rsi
	shlq	$5, %rsi
	movq	%rbx, 64(%rsp)
	movq	%rax, 144(%rsp)
	leaq	(,%r14,4), %rax
	leaq	(%rsi,%rsi,2), %rbx
	movq	%rsi, 192(%rsp)
	movq	%r9, 56(%rsp)
	imulq	$100, %rcx, %r9
	movq	%rbx, 48(%rsp)
	imulq	$104, %rcx, %rbx
	movq	%r9, 40(%rsp)
	imulq	$108, %rcx, %r9
	movq	%rbx, 32(%rsp)
	imulq	$112, %rcx, %rbx
	movq	%r9, 24(%rsp)
	imulq	$116, %rcx, %r9
	movq	%rbx, 16(%rsp)
	imulq	$120, %rcx, %rbx
	movq	%r9, 8(%rsp)
	leaq	(%rdx,%rcx,4), %r9
	movq	%rbx, (%rsp)
	imulq	$124, %rcx, %rbx
	movq	%r9, -8(%rsp)
	leaq	(%rdx,%rcx,8), %r9
	imulq	$140, %rcx, %rdx
	movq	%r9, -24(%rsp)
	leaq	(%r8,%r8,8), %r9
	imulq	$152, %rcx, %r8
	movq	%rbx, -16(%rsp)
	movq	%rdx, -32(%rsp)
	imulq	$148, %rcx, %rdx
	movq	%r9, -40(%rsp)
	movq	%r8, -56(%rsp)
	leaq	(%rsi,%rsi,4), %r8
	imulq	$168, %rcx, %rsi
	movq	%rdx, -48(%rsp)
	imulq	$156, %rcx, %rdx
	movq	%r8, -72(%rsp)
	movq	%rsi, -88(%rsp)
	imulq	$176, %rcx, %rsi
	movq	%rdx, -64(%rsp)
	imulq	$164, %rcx, %rdx
	movq	%rsi, -104(%rsp)
	imulq	$184, %rcx, %rsi
	movq	%rdx, -80(%rsp)
	imulq	$172, %rcx, %rdx
	movq	%rsi, -120(%rsp)
	movq	%r10, %rsi
	movq	%rdx, -96(%rsp)
	imulq	$180, %rcx, %rdx
	movq	%rdx, -112(%rsp)
	imulq	$188, %rcx, %rdx
	movq	%rdx, -128(%rsp)
	jmp	.LBB20_2
	.p2align	4
.LBB20_7:
	incq	%rbp
	addq	%rbx, %rsi
	movq	%rbx, %rax
	cmpq	456(%rsp), %rbp
	je	.LBB20_8
.LBB20_2:
	vmovss	(%r11), %xmm0
	movq	%rbp, %r12
	imulq	472(%rsp), %r12
	movq	232(%rsp), %r8
	movq	%rax, %rbx
	imulq	%rbp, %rax
	movq	%rbp, %r14
	imulq	248(%rsp), %r14
	movq	%r13, %rdx
	shrq	$61, %rdx
	andl	$1, %edx
	leaq	(%r10,%rax), %r9
	cmpq	144(%rsp), %r9
	leaq	192(%r10,%rax), %rax
	leaq	(%r10,%r12,4), %r9
	vmovss	%xmm0, (%r10,%r12,4)
	vmovss	(%r11,%rcx,4), %xmm0
	vmovss	%xmm0, 4(%r10,%r12,4)
	vmovss	(%r11,%rcx,8), %xmm0
	vmovss	%xmm0, 8(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	224(%rsp), %r8
	vmovss	%xmm0, 12(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	216(%rsp), %r8
	vmovss	%xmm0, 16(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	208(%rsp), %r8
	vmovss	%xmm0, 20(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	200(%rsp), %r8
	vmovss	%xmm0, 24(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	192(%rsp), %r8
	vmovss	%xmm0, 28(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	184(%rsp), %r8
	vmovss	%xmm0, 32(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	176(%rsp), %r8
	vmovss	%xmm0, 36(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	136(%rsp), %r8
	vmovss	%xmm0, 40(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	128(%rsp), %r8
	vmovss	%xmm0, 44(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	120(%rsp), %r8
	vmovss	%xmm0, 48(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	112(%rsp), %r8
	vmovss	%xmm0, 52(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	104(%rsp), %r8
	vmovss	%xmm0, 56(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	168(%rsp), %r8
	vmovss	%xmm0, 60(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	96(%rsp), %r8
	vmovss	%xmm0, 64(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	160(%rsp), %r8
	vmovss	%xmm0, 68(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	88(%rsp), %r8
	vmovss	%xmm0, 72(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	80(%rsp), %r8
	vmovss	%xmm0, 76(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	72(%rsp), %r8
	vmovss	%xmm0, 80(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	64(%rsp), %r8
	vmovss	%xmm0, 84(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	56(%rsp), %r8
	vmovss	%xmm0, 88(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	48(%rsp), %r8
	vmovss	%xmm0, 92(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	40(%rsp), %r8
	vmovss	%xmm0, 96(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	32(%rsp), %r8
	vmovss	%xmm0, 100(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	24(%rsp), %r8
	vmovss	%xmm0, 104(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	16(%rsp), %r8
	vmovss	%xmm0, 108(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	8(%rsp), %r8
	vmovss	%xmm0, 112(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	(%rsp), %r8
	vmovss	%xmm0, 116(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-16(%rsp), %r8
	vmovss	%xmm0, 120(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	152(%rsp), %r8
	vmovss	%xmm0, 124(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-8(%rsp), %r8
	vmovss	%xmm0, 128(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-24(%rsp), %r8
	vmovss	%xmm0, 132(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-32(%rsp), %r8
	vmovss	%xmm0, 136(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-40(%rsp), %r8
	vmovss	%xmm0, 140(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-48(%rsp), %r8
	vmovss	%xmm0, 144(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-56(%rsp), %r8
	vmovss	%xmm0, 148(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-64(%rsp), %r8
	vmovss	%xmm0, 152(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-72(%rsp), %r8
	vmovss	%xmm0, 156(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-80(%rsp), %r8
	vmovss	%xmm0, 160(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-88(%rsp), %r8
	vmovss	%xmm0, 164(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-96(%rsp), %r8
	vmovss	%xmm0, 168(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-104(%rsp), %r8
	vmovss	%xmm0, 172(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-112(%rsp), %r8
	vmovss	%xmm0, 176(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-120(%rsp), %r8
	vmovss	%xmm0, 180(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-128(%rsp), %r8
	vmovss	%xmm0, 184(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	240(%rsp), %r8
	leaq	(%r8,%r14,4), %r14
	setb	%r8b
	cmpq	%rax, %rdi
	setb	%al
	andb	%r8b, %al
	orb	%dl, %al
	vmovss	%xmm0, 188(%r10,%r12,4)
	movq	%rdi, %rdx
	xorl	%r12d, %r12d
	jmp	.LBB20_3
	.p2align	4
.LBB20_9:
	movq	%r12, %r8
	imulq	%r13, %r8
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rdi,%r8,4), %zmm0, %zmm1
	vaddps	(%r9), %zmm1, %zmm1
	vmovups	%zmm1, (%r9)
	vmulps	64(%rdi,%r8,4), %zmm0, %zmm1
	vaddps	64(%r9), %zmm1, %zmm1
	vmovups	%zmm1, 64(%r9)
	vmulps	128(%rdi,%r8,4), %zmm0, %zmm0
	vaddps	128(%r9), %zmm0, %zmm0
	vmovups	%zmm0, 128(%r9)
.LBB20_6:
	incq	%r12
	addq	%r15, %rdx
	cmpq	$48, %r12
	je	.LBB20_7
.LBB20_3:
	vmovss	(%r14,%r12,4), %xmm0
	testb	%al, %al
	je	.LBB20_9
	movl	$11, %r8d
	.p2align	4
.LBB20_5:
	vmulss	-44(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-44(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%rsi,%r8,4)
	vmulss	-40(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-40(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%rsi,%r8,4)
	vmulss	-36(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-36(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%rsi,%r8,4)
	vmulss	-32(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-32(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%rsi,%r8,4)
	vmulss	-28(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-28(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%rsi,%r8,4)
	vmulss	-24(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-24(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%rsi,%r8,4)
	vmulss	-20(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-20(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%rsi,%r8,4)
	vmulss	-16(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-16(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%rsi,%r8,4)
	vmulss	-12(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-12(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%rsi,%r8,4)
	vmulss	-8(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-8(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%rsi,%r8,4)
	vmulss	-4(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-4(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%rsi,%r8,4)
	vmulss	(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, (%rsi,%r8,4)
	addq	$12, %r8
	cmpq	$59, %r8
	jne	.LBB20_5
	jmp	.LBB20_6
.LBB20_8:
	addq	$256, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end20:
	.size	k38, .Lfunc_end20-k38

	.globl	_mlir_ciface_k38
	.p2align	4
	.type	_mlir_ciface_k38,@function
_mlir_ciface_k38:
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
	callq	k38@PLT
	addq	$184, %rsp
	retq
.Lfunc_end21:
	.size	_mlir_ciface_k38, .Lfunc_end21-_mlir_ciface_k38

	.globl	k39
	.p2align	4
	.type	k39,@function
k39:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB22_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB22_2:
	vmovss	-188(%rsi), %xmm0
	vaddss	-188(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vaddss	-184(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vaddss	-180(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vaddss	-176(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vaddss	-172(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vaddss	-168(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vaddss	-164(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vaddss	-160(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vaddss	-156(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vaddss	-152(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vaddss	-148(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vaddss	-144(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vaddss	-140(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vaddss	-136(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vaddss	-132(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vaddss	-128(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB22_2
.LBB22_3:
	retq
.Lfunc_end22:
	.size	k39, .Lfunc_end22-k39

	.globl	_mlir_ciface_k39
	.p2align	4
	.type	_mlir_ciface_k39,@function
_mlir_ciface_k39:
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
	callq	k39@PLT
	addq	$120, %rsp
	retq
.Lfunc_end23:
	.size	_mlir_ciface_k39, .Lfunc_end23-_mlir_ciface_k39

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI24_0:
	.long	0x42400000
.LCPI24_1:
	.long	0x3727c5ac
.LCPI24_2:
	.long	0x3f800000
.LCPI24_3:
	.long	0x3f3504f3
.LCPI24_4:
	.long	0x3f000000
	.text
	.globl	k43
	.p2align	4
	.type	k43,@function
k43:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, (%rsp)
	movq	%rsi, %r15
	movq	344(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	288(%rsp), %rax
	movq	328(%rsp), %rbp
	movq	312(%rsp), %r13
	movq	%rax, 48(%rsp)
	movq	200(%rsp), %rax
	movq	256(%rsp), %rbx
	movq	232(%rsp), %r12
	movq	%rax, 56(%rsp)
	movq	144(%rsp), %rax
	movq	176(%rsp), %r14
	movq	%rax, 40(%rsp)
	movq	%rbp, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	movq	%rax, 32(%rsp)
	callq	malloc@PLT
	movq	%rbp, 16(%rsp)
	movq	%rax, 8(%rsp)
	testq	%rbp, %rbp
	jle	.LBB24_22
	movq	(%rsp), %rdi
	vmovss	.LCPI24_0(%rip), %xmm0
	vmovss	.LCPI24_1(%rip), %xmm1
	vmovss	.LCPI24_2(%rip), %xmm4
	movq	%rax, %r8
	leaq	(,%r14,4), %rdx
	xorl	%esi, %esi
	movq	%r15, %r9
	leaq	(,%rdi,4), %rax
	movq	%rax, 64(%rsp)
	movq	%r14, %rax
	shlq	$4, %rax
	leaq	(%rax,%rax,2), %rcx
	movq	%rdi, %rax
	jmp	.LBB24_2
	.p2align	4
.LBB24_23:
	movq	40(%rsp), %r11
	vbroadcastss	%xmm2, %zmm2
	vmulps	(%r15,%r10,4), %zmm2, %zmm3
	movq	8(%rsp), %rdi
	movq	%rsi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rax
	vmulps	(%r11), %zmm3, %zmm3
	vmovups	%zmm3, (%rdi,%rax)
	vmulps	64(%r15,%r10,4), %zmm2, %zmm3
	vmulps	64(%r11), %zmm3, %zmm3
	vmovups	%zmm3, 64(%rdi,%rax)
	vmulps	128(%r15,%r10,4), %zmm2, %zmm2
	vmulps	128(%r11), %zmm2, %zmm2
	vmovups	%zmm2, 128(%rdi,%rax)
.LBB24_5:
	addq	64(%rsp), %r9
	movq	(%rsp), %rax
	incq	%rsi
	addq	$192, %r8
	cmpq	16(%rsp), %rsi
	je	.LBB24_6
.LBB24_2:
	movq	%rsi, %r10
	imulq	%rax, %r10
	vmovss	(%r15,%r10,4), %xmm2
	vmovss	4(%r15,%r10,4), %xmm3
	vmulss	%xmm2, %xmm2, %xmm2
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	8(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	12(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	16(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	20(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	24(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	28(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	32(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	36(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	40(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	44(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	48(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	52(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	56(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	60(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	64(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	68(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	72(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	76(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	80(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	84(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	88(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	92(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	96(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	100(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	104(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	108(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	112(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	116(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	120(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	124(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	128(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	132(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	136(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	140(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	144(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	148(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	152(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	156(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	160(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	164(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	168(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	172(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	176(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	180(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	184(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	188(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vdivss	%xmm0, %xmm2, %xmm2
	vsqrtss	%xmm2, %xmm2, %xmm2
	vaddss	%xmm1, %xmm2, %xmm2
	vdivss	%xmm2, %xmm4, %xmm2
	cmpq	$1, %r14
	je	.LBB24_23
	movq	40(%rsp), %r11
	movl	$11, %r10d
	leaq	(%rdx,%rdx), %rbp
	.p2align	4
.LBB24_4:
	vmulss	-44(%r9,%r10,4), %xmm2, %xmm3
	leaq	(%r11,%rdx), %rdi
	addq	%rdx, %rdi
	vmulss	(%r11), %xmm3, %xmm3
	vmovss	%xmm3, -44(%r8,%r10,4)
	vmulss	-40(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%r11,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -40(%r8,%r10,4)
	vmulss	-36(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%r11,%r14,8), %xmm3, %xmm3
	addq	%rcx, %r11
	vmovss	%xmm3, -36(%r8,%r10,4)
	vmulss	-32(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -32(%r8,%r10,4)
	vmulss	-28(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,8), %xmm3, %xmm3
	addq	%rbp, %rdi
	leaq	(%rdi,%r14,4), %rax
	vmovss	%xmm3, -28(%r8,%r10,4)
	vmulss	-24(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -24(%r8,%r10,4)
	vmulss	-20(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -20(%r8,%r10,4)
	vmulss	-16(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -16(%r8,%r10,4)
	vmulss	-12(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -12(%r8,%r10,4)
	vmulss	-8(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -8(%r8,%r10,4)
	vmulss	-4(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -4(%r8,%r10,4)
	vmulss	(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	vmovss	%xmm3, (%r8,%r10,4)
	addq	$12, %r10
	cmpq	$59, %r10
	jne	.LBB24_4
	jmp	.LBB24_5
.LBB24_6:
	movq	32(%rsp), %rax
	leaq	(%rax,%rax,4), %rdi
	vzeroupper
	callq	malloc@PLT
	movq	56(%rsp), %r9
	movq	8(%rsp), %rdx
	movq	48(%rsp), %rbp
	movq	%rax, %r14
	leaq	(,%r12,4), %rax
	xorl	%ecx, %ecx
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(%rax,%rax,2), %rax
	addq	$256, %r9
	.p2align	4
.LBB24_7:
	leaq	(%rcx,%rcx,4), %rdi
	movq	%r9, %r8
	shlq	$6, %rdi
	vmovups	%zmm0, (%r14,%rdi)
	vmovups	%zmm0, 64(%r14,%rdi)
	vmovups	%zmm0, 128(%r14,%rdi)
	vmovups	%zmm0, 192(%r14,%rdi)
	vmovups	%zmm0, 256(%r14,%rdi)
	leaq	(%r14,%rdi), %rsi
	vmovups	(%r14,%rdi), %zmm5
	vmovups	64(%r14,%rdi), %zmm4
	vmovups	128(%r14,%rdi), %zmm3
	vmovups	192(%r14,%rdi), %zmm2
	vmovups	256(%r14,%rdi), %zmm1
	movl	$2, %edi
	.p2align	4
.LBB24_8:
	vbroadcastss	-8(%rdx,%rdi,4), %zmm6
	vbroadcastss	-4(%rdx,%rdi,4), %zmm11
	vbroadcastss	(%rdx,%rdi,4), %zmm10
	addq	$3, %rdi
	vmulps	-192(%r8), %zmm6, %zmm8
	vmulps	-128(%r8), %zmm6, %zmm9
	vmulps	-256(%r8), %zmm6, %zmm7
	vaddps	%zmm8, %zmm4, %zmm4
	vmulps	-64(%r8), %zmm6, %zmm8
	vaddps	%zmm9, %zmm3, %zmm3
	vmulps	(%r8), %zmm6, %zmm6
	vmulps	-192(%r8,%r12,4), %zmm11, %zmm9
	vaddps	%zmm7, %zmm5, %zmm5
	vmulps	-256(%r8,%r12,4), %zmm11, %zmm7
	vaddps	%zmm8, %zmm2, %zmm2
	vmulps	-128(%r8,%r12,4), %zmm11, %zmm8
	vaddps	%zmm6, %zmm1, %zmm1
	vaddps	%zmm9, %zmm4, %zmm4
	vmulps	-64(%r8,%r12,4), %zmm11, %zmm9
	vmulps	(%r8,%r12,4), %zmm11, %zmm6
	vaddps	%zmm7, %zmm5, %zmm5
	vmulps	-256(%r8,%r12,8), %zmm10, %zmm7
	vaddps	%zmm8, %zmm3, %zmm3
	vmulps	-192(%r8,%r12,8), %zmm10, %zmm8
	vaddps	%zmm9, %zmm2, %zmm2
	vaddps	%zmm6, %zmm1, %zmm1
	vmulps	-128(%r8,%r12,8), %zmm10, %zmm9
	vmulps	(%r8,%r12,8), %zmm10, %zmm6
	vaddps	%zmm7, %zmm5, %zmm5
	vaddps	%zmm8, %zmm4, %zmm4
	vmulps	-64(%r8,%r12,8), %zmm10, %zmm8
	vaddps	%zmm9, %zmm3, %zmm3
	vaddps	%zmm6, %zmm1, %zmm1
	addq	%rax, %r8
	vaddps	%zmm8, %zmm2, %zmm2
	cmpq	$50, %rdi
	jne	.LBB24_8
	incq	%rcx
	addq	$192, %rdx
	vmovups	%zmm5, (%rsi)
	vmovups	%zmm4, 64(%rsi)
	vmovups	%zmm3, 128(%rsi)
	vmovups	%zmm2, 192(%rsi)
	vmovups	%zmm1, 256(%rsi)
	cmpq	16(%rsp), %rcx
	jne	.LBB24_7
	movq	24(%rsp), %rax
	movq	%rbp, %rsi
	shrq	$61, %rsi
	leaq	(,%rbp,4), %rcx
	xorl	%edx, %edx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r13, %rdi
	andl	$1, %esi
	leaq	(,%rax,4), %r15
	imulq	$188, %rbp, %rax
	leaq	320(%rbx,%rax), %rax
	movq	%rax, (%rsp)
	jmp	.LBB24_11
	.p2align	4
.LBB24_16:
	incq	%rdx
	addq	%r15, %rdi
	cmpq	16(%rsp), %rdx
	je	.LBB24_17
.LBB24_11:
	movq	%r15, %rax
	imulq	%rdx, %rax
	leaq	(%rdx,%rdx,2), %r8
	movq	%rdx, %r9
	imulq	24(%rsp), %r9
	shlq	$6, %r8
	addq	8(%rsp), %r8
	leaq	(%r13,%rax), %r10
	cmpq	(%rsp), %r10
	leaq	320(%r13,%rax), %r11
	vmovups	%zmm0, 256(%r13,%rax)
	vmovups	%zmm0, 192(%r13,%rax)
	vmovups	%zmm0, 128(%r13,%rax)
	vmovups	%zmm0, 64(%r13,%rax)
	vmovups	%zmm0, (%r13,%rax)
	setb	%al
	cmpq	%r11, %rbx
	movq	%rbx, %r11
	setb	%r10b
	xorl	%r12d, %r12d
	andb	%al, %r10b
	orb	%sil, %r10b
	jmp	.LBB24_12
	.p2align	4
.LBB24_24:
	movq	%r12, %rax
	imulq	%rbp, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	(%r13,%r9,4), %zmm2, %zmm2
	vaddps	64(%r13,%r9,4), %zmm3, %zmm3
	vaddps	128(%r13,%r9,4), %zmm4, %zmm4
	vaddps	192(%r13,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, (%r13,%r9,4)
	vmovups	%zmm3, 64(%r13,%r9,4)
	vmovups	%zmm4, 128(%r13,%r9,4)
	vmovups	%zmm5, 192(%r13,%r9,4)
	vmulps	256(%rbx,%rax,4), %zmm1, %zmm1
	vaddps	256(%r13,%r9,4), %zmm1, %zmm1
	vmovups	%zmm1, 256(%r13,%r9,4)
.LBB24_15:
	incq	%r12
	addq	%rcx, %r11
	cmpq	$48, %r12
	je	.LBB24_16
.LBB24_12:
	vmovss	(%r8,%r12,4), %xmm1
	testb	%r10b, %r10b
	je	.LBB24_24
	movl	$9, %eax
	.p2align	4
.LBB24_14:
	vmulss	-36(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-36(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%rdi,%rax,4)
	vmulss	-32(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-32(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%rdi,%rax,4)
	vmulss	-28(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rdi,%rax,4)
	vmulss	-24(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rdi,%rax,4)
	vmulss	-20(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rdi,%rax,4)
	vmulss	-16(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rdi,%rax,4)
	vmulss	-12(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rdi,%rax,4)
	vmulss	-8(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rdi,%rax,4)
	vmulss	-4(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rdi,%rax,4)
	vmulss	(%r11,%rax,4), %xmm1, %xmm2
	vaddss	(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rdi,%rax,4)
	addq	$10, %rax
	cmpq	$89, %rax
	jne	.LBB24_14
	jmp	.LBB24_15
.LBB24_17:
	vmovss	.LCPI24_3(%rip), %xmm1
	xorl	%ebx, %ebx
	movq	%r14, %r12
	.p2align	4
.LBB24_18:
	xorl	%ebp, %ebp
	.p2align	4
.LBB24_19:
	vmovss	(%r12,%rbp,4), %xmm2
	vmovss	(%r13,%rbp,4), %xmm0
	vmovss	%xmm2, (%rsp)
	vmovss	%xmm0, 24(%rsp)
	vmulss	%xmm1, %xmm2, %xmm0
	vzeroupper
	callq	erff@PLT
	vmovss	.LCPI24_4(%rip), %xmm1
	vaddss	.LCPI24_2(%rip), %xmm0, %xmm0
	vmulss	(%rsp), %xmm1, %xmm1
	vmulss	%xmm0, %xmm1, %xmm0
	vmulss	24(%rsp), %xmm0, %xmm0
	vmovss	.LCPI24_3(%rip), %xmm1
	vmovss	%xmm0, (%r13,%rbp,4)
	incq	%rbp
	cmpq	$80, %rbp
	jne	.LBB24_19
	incq	%rbx
	addq	$320, %r12
	addq	%r15, %r13
	cmpq	16(%rsp), %rbx
	jne	.LBB24_18
	jmp	.LBB24_21
.LBB24_22:
	movq	32(%rsp), %rax
	leaq	(%rax,%rax,4), %rdi
	callq	malloc@PLT
	movq	%rax, %r14
.LBB24_21:
	movq	8(%rsp), %rdi
	callq	free@PLT
	movq	%r14, %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end24:
	.size	k43, .Lfunc_end24-k43

	.globl	_mlir_ciface_k43
	.p2align	4
	.type	_mlir_ciface_k43,@function
_mlir_ciface_k43:
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
	callq	k43@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end25:
	.size	_mlir_ciface_k43, .Lfunc_end25-_mlir_ciface_k43

	.globl	k45
	.p2align	4
	.type	k45,@function
k45:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 144(%rsp)
	movq	%r9, -8(%rsp)
	movq	%rsi, -16(%rsp)
	jle	.LBB26_8
	movq	160(%rsp), %rax
	movq	104(%rsp), %rdi
	movq	128(%rsp), %rdx
	xorl	%r14d, %r14d
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(,%rax,4), %rsi
	movq	72(%rsp), %rax
	imulq	$316, %rdi, %rcx
	movq	%rdi, %r15
	shrq	$61, %r15
	leaq	(,%rdi,4), %rbx
	movq	%rdx, %r12
	andl	$1, %r15d
	leaq	192(%rax,%rcx), %r11
	jmp	.LBB26_2
	.p2align	4
.LBB26_7:
	incq	%r14
	addq	%rsi, %r12
	cmpq	144(%rsp), %r14
	je	.LBB26_8
.LBB26_2:
	movq	%rsi, %rcx
	imulq	%r14, %rcx
	movq	-16(%rsp), %r10
	movq	%r14, %rbp
	imulq	160(%rsp), %rbp
	leaq	192(%rdx,%rcx), %r8
	leaq	(%rdx,%rcx), %r9
	vmovups	%zmm0, 128(%rdx,%rcx)
	vmovups	%zmm0, 64(%rdx,%rcx)
	vmovups	%zmm0, (%rdx,%rcx)
	movq	%r14, %rcx
	imulq	-8(%rsp), %rcx
	cmpq	%r11, %r9
	setb	%r9b
	cmpq	%r8, %rax
	leaq	(%r10,%rcx,4), %r13
	setb	%cl
	movq	%rax, %r10
	xorl	%r8d, %r8d
	andb	%r9b, %cl
	orb	%r15b, %cl
	jmp	.LBB26_3
	.p2align	4
.LBB26_9:
	movq	%r8, %r9
	imulq	%rdi, %r9
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rax,%r9,4), %zmm1, %zmm2
	vaddps	(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rbp,4)
	vmulps	64(%rax,%r9,4), %zmm1, %zmm2
	vaddps	64(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%rdx,%rbp,4)
	vmulps	128(%rax,%r9,4), %zmm1, %zmm1
	vaddps	128(%rdx,%rbp,4), %zmm1, %zmm1
	vmovups	%zmm1, 128(%rdx,%rbp,4)
.LBB26_6:
	incq	%r8
	addq	%rbx, %r10
	cmpq	$80, %r8
	je	.LBB26_7
.LBB26_3:
	vmovss	(%r13,%r8,4), %xmm1
	testb	%cl, %cl
	je	.LBB26_9
	movl	$11, %r9d
	.p2align	4
.LBB26_5:
	vmulss	-44(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-44(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%r12,%r9,4)
	vmulss	-40(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-40(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%r12,%r9,4)
	vmulss	-36(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-36(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r12,%r9,4)
	vmulss	-32(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-32(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r12,%r9,4)
	vmulss	-28(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-28(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r12,%r9,4)
	vmulss	-24(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-24(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r12,%r9,4)
	vmulss	-20(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-20(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r12,%r9,4)
	vmulss	-16(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-16(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r12,%r9,4)
	vmulss	-12(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-12(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r12,%r9,4)
	vmulss	-8(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-8(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r12,%r9,4)
	vmulss	-4(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-4(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r12,%r9,4)
	vmulss	(%r10,%r9,4), %xmm1, %xmm2
	vaddss	(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r12,%r9,4)
	addq	$12, %r9
	cmpq	$59, %r9
	jne	.LBB26_5
	jmp	.LBB26_6
.LBB26_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end26:
	.size	k45, .Lfunc_end26-k45

	.globl	_mlir_ciface_k45
	.p2align	4
	.type	_mlir_ciface_k45,@function
_mlir_ciface_k45:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rdx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB27_8
	movq	8(%rdi), %rax
	movq	40(%rdi), %rcx
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %r9
	movq	8(%rdx), %rdx
	xorl	%r14d, %r14d
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, -16(%rsp)
	imulq	$316, %rsi, %rax
	movq	%rsi, %r15
	shrq	$61, %r15
	movq	%rcx, -24(%rsp)
	leaq	(,%r9,4), %rcx
	leaq	(,%rsi,4), %rbx
	movq	%rdx, %r12
	andl	$1, %r15d
	leaq	192(%rdi,%rax), %rax
	movq	%rax, -32(%rsp)
	jmp	.LBB27_2
	.p2align	4
.LBB27_7:
	incq	%r14
	addq	%r11, %r12
	movq	%r11, %rcx
	cmpq	-8(%rsp), %r14
	je	.LBB27_8
.LBB27_2:
	movq	%rcx, %rax
	imulq	%r14, %rax
	movq	%r14, %rbp
	movq	%rcx, %r11
	imulq	%r9, %rbp
	movq	-16(%rsp), %r10
	leaq	192(%rdx,%rax), %rcx
	leaq	(%rdx,%rax), %r8
	vmovups	%zmm0, 128(%rdx,%rax)
	vmovups	%zmm0, 64(%rdx,%rax)
	vmovups	%zmm0, (%rdx,%rax)
	movq	%r14, %rax
	imulq	-24(%rsp), %rax
	cmpq	-32(%rsp), %r8
	setb	%r8b
	cmpq	%rcx, %rdi
	setb	%cl
	andb	%r8b, %cl
	leaq	(%r10,%rax,4), %r13
	movq	%rdi, %r8
	xorl	%r10d, %r10d
	orb	%r15b, %cl
	jmp	.LBB27_3
	.p2align	4
.LBB27_9:
	movq	%r10, %rax
	imulq	%rsi, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rdi,%rax,4), %zmm1, %zmm2
	vaddps	(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rbp,4)
	vmulps	64(%rdi,%rax,4), %zmm1, %zmm2
	vaddps	64(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%rdx,%rbp,4)
	vmulps	128(%rdi,%rax,4), %zmm1, %zmm1
	vaddps	128(%rdx,%rbp,4), %zmm1, %zmm1
	vmovups	%zmm1, 128(%rdx,%rbp,4)
.LBB27_6:
	incq	%r10
	addq	%rbx, %r8
	cmpq	$80, %r10
	je	.LBB27_7
.LBB27_3:
	vmovss	(%r13,%r10,4), %xmm1
	testb	%cl, %cl
	je	.LBB27_9
	movl	$11, %eax
	.p2align	4
.LBB27_5:
	vmulss	-44(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-44(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%r12,%rax,4)
	vmulss	-40(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-40(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%r12,%rax,4)
	vmulss	-36(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-36(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r12,%rax,4)
	vmulss	-32(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-32(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r12,%rax,4)
	vmulss	-28(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-28(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r12,%rax,4)
	vmulss	-24(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-24(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r12,%rax,4)
	vmulss	-20(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-20(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r12,%rax,4)
	vmulss	-16(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-16(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r12,%rax,4)
	vmulss	-12(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-12(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r12,%rax,4)
	vmulss	-8(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-8(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r12,%rax,4)
	vmulss	-4(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-4(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r12,%rax,4)
	vmulss	(%r8,%rax,4), %xmm1, %xmm2
	vaddss	(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r12,%rax,4)
	addq	$12, %rax
	cmpq	$59, %rax
	jne	.LBB27_5
	jmp	.LBB27_6
.LBB27_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end27:
	.size	_mlir_ciface_k45, .Lfunc_end27-_mlir_ciface_k45

	.globl	k46
	.p2align	4
	.type	k46,@function
k46:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB28_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB28_2:
	vmovss	-188(%rsi), %xmm0
	vaddss	-188(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vaddss	-184(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vaddss	-180(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vaddss	-176(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vaddss	-172(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vaddss	-168(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vaddss	-164(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vaddss	-160(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vaddss	-156(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vaddss	-152(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vaddss	-148(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vaddss	-144(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vaddss	-140(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vaddss	-136(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vaddss	-132(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vaddss	-128(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB28_2
.LBB28_3:
	retq
.Lfunc_end28:
	.size	k46, .Lfunc_end28-k46

	.globl	_mlir_ciface_k46
	.p2align	4
	.type	_mlir_ciface_k46,@function
_mlir_ciface_k46:
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
	callq	k46@PLT
	addq	$120, %rsp
	retq
.Lfunc_end29:
	.size	_mlir_ciface_k46, .Lfunc_end29-_mlir_ciface_k46

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI30_0:
	.long	0x42400000
.LCPI30_1:
	.long	0x3727c5ac
.LCPI30_2:
	.long	0x3f800000
	.text
	.globl	k50
	.p2align	4
	.type	k50,@function
k50:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, 16(%rsp)
	movq	%rsi, %r14
	movq	344(%rsp), %rax
	movq	%rax, 56(%rsp)
	movq	256(%rsp), %rax
	movq	328(%rsp), %r12
	movq	312(%rsp), %r13
	movq	288(%rsp), %rbp
	movq	%rax, 40(%rsp)
	movq	232(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	144(%rsp), %rax
	movq	200(%rsp), %rbx
	movq	176(%rsp), %r15
	movq	%rax, 8(%rsp)
	movq	%r12, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, 24(%rsp)
	movq	%r12, 64(%rsp)
	testq	%r12, %r12
	jle	.LBB30_19
	movq	16(%rsp), %rcx
	vmovss	.LCPI30_0(%rip), %xmm0
	vmovss	.LCPI30_1(%rip), %xmm1
	vmovss	.LCPI30_2(%rip), %xmm2
	leaq	(,%r15,4), %rsi
	xorl	%edi, %edi
	movq	%r14, %r10
	leaq	(%rsi,%rsi), %r8
	leaq	(,%rcx,4), %rax
	movq	%rax, 32(%rsp)
	movq	%r15, %rax
	shlq	$4, %rax
	movq	24(%rsp), %r9
	leaq	(%rax,%rax,2), %rdx
	movq	%rcx, %rax
	jmp	.LBB30_2
	.p2align	4
.LBB30_5:
	movq	8(%rsp), %r12
	vbroadcastss	%xmm3, %zmm3
	vmulps	(%r14,%r11,4), %zmm3, %zmm4
	movq	24(%rsp), %rcx
	movq	%rdi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rax
	vmulps	(%r12), %zmm4, %zmm4
	vmovups	%zmm4, (%rcx,%rax)
	vmulps	64(%r14,%r11,4), %zmm3, %zmm4
	vmulps	64(%r12), %zmm4, %zmm4
	vmovups	%zmm4, 64(%rcx,%rax)
	vmulps	128(%r14,%r11,4), %zmm3, %zmm3
	vmulps	128(%r12), %zmm3, %zmm3
	vmovups	%zmm3, 128(%rcx,%rax)
.LBB30_6:
	addq	32(%rsp), %r10
	movq	16(%rsp), %rax
	incq	%rdi
	addq	$192, %r9
	cmpq	64(%rsp), %rdi
	je	.LBB30_7
.LBB30_2:
	movq	%rdi, %r11
	imulq	%rax, %r11
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vdivss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r15
	je	.LBB30_5
	movq	8(%rsp), %r12
	movl	$11, %r11d
	.p2align	4
.LBB30_4:
	vmulss	-44(%r10,%r11,4), %xmm3, %xmm4
	leaq	(%r12,%rsi), %rcx
	addq	%rsi, %rcx
	vmulss	(%r12), %xmm4, %xmm4
	vmovss	%xmm4, -44(%r9,%r11,4)
	vmulss	-40(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -40(%r9,%r11,4)
	vmulss	-36(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,8), %xmm4, %xmm4
	addq	%rdx, %r12
	vmovss	%xmm4, -36(%r9,%r11,4)
	vmulss	-32(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -32(%r9,%r11,4)
	vmulss	-28(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,8), %xmm4, %xmm4
	addq	%r8, %rcx
	leaq	(%rcx,%r15,4), %rax
	vmovss	%xmm4, -28(%r9,%r11,4)
	vmulss	-24(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%r9,%r11,4)
	vmulss	-20(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -20(%r9,%r11,4)
	vmulss	-16(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -16(%r9,%r11,4)
	vmulss	-12(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -12(%r9,%r11,4)
	vmulss	-8(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -8(%r9,%r11,4)
	vmulss	-4(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -4(%r9,%r11,4)
	vmulss	(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	vmovss	%xmm4, (%r9,%r11,4)
	addq	$12, %r11
	cmpq	$59, %r11
	jne	.LBB30_4
	jmp	.LBB30_6
.LBB30_7:
	movq	56(%rsp), %rax
	movq	48(%rsp), %rcx
	movq	%r13, %rsi
	leaq	(,%rbp,4), %r8
	xorl	%r10d, %r10d
	movq	%r13, %r14
	leaq	(,%rax,4), %rdx
	imulq	$188, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	576(%rbx,%rax), %rax
	movq	%rax, 8(%rsp)
	leaq	(,%rbp,8), %rax
	subq	40(%rsp), %rsi
	leaq	(%rax,%rax,8), %rdi
	leaq	(%r8,%r8), %rax
	movq	%rsi, 32(%rsp)
	movq	%rdx, 16(%rsp)
	jmp	.LBB30_8
	.p2align	4
.LBB30_18:
	movq	16(%rsp), %rdx
	incq	%r10
	addq	%rdx, %r14
	cmpq	64(%rsp), %r10
	je	.LBB30_19
.LBB30_8:
	movq	%r10, %r15
	imulq	56(%rsp), %r15
	movq	%rdx, %rcx
	imulq	%r10, %rcx
	cmpq	$1, %rbp
	jne	.LBB30_10
	movq	32(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$255, %rdx
	jbe	.LBB30_10
	movq	40(%rsp), %rdx
	vmovups	(%rdx), %zmm0
	vmovups	64(%rdx), %zmm1
	vmovups	128(%rdx), %zmm2
	vmovups	192(%rdx), %zmm3
	vmovups	%zmm0, (%r13,%r15,4)
	vmovups	%zmm1, 64(%r13,%r15,4)
	vmovups	%zmm2, 128(%r13,%r15,4)
	vmovups	%zmm3, 192(%r13,%r15,4)
	vmovups	256(%rdx), %zmm0
	vmovups	320(%rdx), %zmm1
	vmovups	384(%rdx), %zmm2
	vmovups	448(%rdx), %zmm3
	vmovups	%zmm0, 256(%r13,%r15,4)
	vmovups	%zmm1, 320(%r13,%r15,4)
	vmovups	%zmm2, 384(%r13,%r15,4)
	vmovups	%zmm3, 448(%r13,%r15,4)
	vmovups	512(%rdx), %zmm0
	vmovups	%zmm0, 512(%r13,%r15,4)
	jmp	.LBB30_13
	.p2align	4
.LBB30_10:
	movq	40(%rsp), %rsi
	movl	$17, %edx
	.p2align	4
.LBB30_11:
	vmovss	(%rsi), %xmm0
	leaq	(%rsi,%r8), %r11
	addq	%r8, %r11
	vmovss	%xmm0, -68(%r14,%rdx,4)
	vmovss	(%rsi,%rbp,4), %xmm0
	vmovss	%xmm0, -64(%r14,%rdx,4)
	vmovss	(%rsi,%rbp,8), %xmm0
	addq	%rdi, %rsi
	vmovss	%xmm0, -60(%r14,%rdx,4)
	vmovss	(%r11,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r14,%rdx,4)
	vmovss	(%r11,%rbp,8), %xmm0
	addq	%rax, %r11
	leaq	(%r11,%rbp,4), %r12
	vmovss	%xmm0, -52(%r14,%rdx,4)
	vmovss	(%r11,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -44(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -40(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -36(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -32(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -28(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -24(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -20(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -16(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -12(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -8(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -4(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	vmovss	%xmm0, (%r14,%rdx,4)
	addq	$18, %rdx
	cmpq	$161, %rdx
	jne	.LBB30_11
.LBB30_13:
	movq	48(%rsp), %r11
	leaq	(%r13,%rcx), %rdx
	leaq	576(%r13,%rcx), %rsi
	leaq	(%r10,%r10,2), %rcx
	movq	%rbx, %r12
	shlq	$6, %rcx
	addq	24(%rsp), %rcx
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	8(%rsp), %rdx
	setb	%dl
	cmpq	%rsi, %rbx
	setb	%sil
	andb	%dl, %sil
	xorl	%edx, %edx
	orb	%r11b, %sil
	jmp	.LBB30_14
	.p2align	4
.LBB30_20:
	movq	%rdx, %r11
	imulq	48(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	(%r13,%r15,4), %zmm1, %zmm1
	vaddps	64(%r13,%r15,4), %zmm2, %zmm2
	vaddps	128(%r13,%r15,4), %zmm3, %zmm3
	vaddps	192(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, (%r13,%r15,4)
	vmovups	%zmm2, 64(%r13,%r15,4)
	vmovups	%zmm3, 128(%r13,%r15,4)
	vmovups	%zmm4, 192(%r13,%r15,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	384(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	448(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	256(%r13,%r15,4), %zmm1, %zmm1
	vaddps	320(%r13,%r15,4), %zmm2, %zmm2
	vaddps	384(%r13,%r15,4), %zmm3, %zmm3
	vaddps	448(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, 256(%r13,%r15,4)
	vmovups	%zmm2, 320(%r13,%r15,4)
	vmovups	%zmm3, 384(%r13,%r15,4)
	vmovups	%zmm4, 448(%r13,%r15,4)
	vmulps	512(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	512(%r13,%r15,4), %zmm0, %zmm0
	vmovups	%zmm0, 512(%r13,%r15,4)
.LBB30_17:
	incq	%rdx
	addq	%r9, %r12
	cmpq	$48, %rdx
	je	.LBB30_18
.LBB30_14:
	vmovss	(%rcx,%rdx,4), %xmm0
	testb	%sil, %sil
	je	.LBB30_20
	movl	$11, %r11d
	.p2align	4
.LBB30_16:
	vmulss	-44(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r14,%r11,4)
	vmulss	-40(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r14,%r11,4)
	vmulss	-36(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r14,%r11,4)
	vmulss	-32(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r14,%r11,4)
	vmulss	-28(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r14,%r11,4)
	vmulss	-24(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r14,%r11,4)
	vmulss	-20(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r14,%r11,4)
	vmulss	-16(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r14,%r11,4)
	vmulss	-12(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r14,%r11,4)
	vmulss	-8(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r14,%r11,4)
	vmulss	-4(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r14,%r11,4)
	vmulss	(%r12,%r11,4), %xmm0, %xmm1
	vaddss	(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r14,%r11,4)
	addq	$12, %r11
	cmpq	$155, %r11
	jne	.LBB30_16
	jmp	.LBB30_17
.LBB30_19:
	movq	24(%rsp), %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end30:
	.size	k50, .Lfunc_end30-k50

	.globl	_mlir_ciface_k50
	.p2align	4
	.type	_mlir_ciface_k50,@function
_mlir_ciface_k50:
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
	callq	k50@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end31:
	.size	_mlir_ciface_k50, .Lfunc_end31-_mlir_ciface_k50

	.globl	k51
	.p2align	4
	.type	k51,@function
k51:
	movq	40(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB32_3
	movq	56(%rsp), %rcx
	movq	24(%rsp), %rdx
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB32_2:
	vmovss	-188(%rsi), %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB32_2
.LBB32_3:
	retq
.Lfunc_end32:
	.size	k51, .Lfunc_end32-k51

	.globl	_mlir_ciface_k51
	.p2align	4
	.type	_mlir_ciface_k51,@function
_mlir_ciface_k51:
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
	callq	k51@PLT
	addq	$72, %rsp
	retq
.Lfunc_end33:
	.size	_mlir_ciface_k51, .Lfunc_end33-_mlir_ciface_k51

	.globl	k52
	.p2align	4
	.type	k52,@function
k52:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB34_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$28, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB34_2:
	vmovss	-28(%r8), %xmm0
	vmovss	-188(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-172(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -188(%rdx)
	vmovss	%xmm0, -172(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-184(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-168(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -184(%rdx)
	vmovss	%xmm0, -168(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-180(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-164(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -180(%rdx)
	vmovss	%xmm0, -164(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-176(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-160(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -176(%rdx)
	vmovss	%xmm0, -160(%rdx)
	vmovss	-28(%r8), %xmm0
	vmovss	-156(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-140(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -156(%rdx)
	vmovss	%xmm0, -140(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-152(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-136(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -152(%rdx)
	vmovss	%xmm0, -136(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-148(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-132(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -148(%rdx)
	vmovss	%xmm0, -132(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-144(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-128(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -144(%rdx)
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB34_2
.LBB34_3:
	retq
.Lfunc_end34:
	.size	k52, .Lfunc_end34-k52

	.globl	_mlir_ciface_k52
	.p2align	4
	.type	_mlir_ciface_k52,@function
_mlir_ciface_k52:
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
	callq	k52@PLT
	addq	$120, %rsp
	retq
.Lfunc_end35:
	.size	_mlir_ciface_k52, .Lfunc_end35-_mlir_ciface_k52

	.globl	k53
	.p2align	4
	.type	k53,@function
k53:
	movq	40(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB36_3
	movq	56(%rsp), %rcx
	movq	24(%rsp), %rdx
	addq	$380, %rsi
	shlq	$2, %r9
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB36_2:
	vmovss	-188(%rsi), %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB36_2
.LBB36_3:
	retq
.Lfunc_end36:
	.size	k53, .Lfunc_end36-k53

	.globl	_mlir_ciface_k53
	.p2align	4
	.type	_mlir_ciface_k53,@function
_mlir_ciface_k53:
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
	callq	k53@PLT
	addq	$72, %rsp
	retq
.Lfunc_end37:
	.size	_mlir_ciface_k53, .Lfunc_end37-_mlir_ciface_k53

	.globl	k54
	.p2align	4
	.type	k54,@function
k54:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB38_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$28, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB38_2:
	vmovss	-28(%r8), %xmm0
	vmovss	-188(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-172(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -188(%rdx)
	vmovss	%xmm0, -172(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-184(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-168(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -184(%rdx)
	vmovss	%xmm0, -168(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-180(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-164(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -180(%rdx)
	vmovss	%xmm0, -164(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-176(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-160(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -176(%rdx)
	vmovss	%xmm0, -160(%rdx)
	vmovss	-28(%r8), %xmm0
	vmovss	-156(%rsi), %xmm2
	vmovss	-12(%r8), %xmm1
	vmovss	-140(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -156(%rdx)
	vmovss	%xmm0, -140(%rdx)
	vmovss	-24(%r8), %xmm0
	vmovss	-152(%rsi), %xmm2
	vmovss	-8(%r8), %xmm1
	vmovss	-136(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -152(%rdx)
	vmovss	%xmm0, -136(%rdx)
	vmovss	-20(%r8), %xmm0
	vmovss	-148(%rsi), %xmm2
	vmovss	-4(%r8), %xmm1
	vmovss	-132(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -148(%rdx)
	vmovss	%xmm0, -132(%rdx)
	vmovss	-16(%r8), %xmm0
	vmovss	-144(%rsi), %xmm2
	vmovss	(%r8), %xmm1
	vmovss	-128(%rsi), %xmm3
	vmulss	%xmm2, %xmm0, %xmm4
	vmulss	%xmm3, %xmm1, %xmm5
	vmulss	%xmm3, %xmm0, %xmm0
	vmulss	%xmm2, %xmm1, %xmm1
	vsubss	%xmm5, %xmm4, %xmm4
	vaddss	%xmm0, %xmm1, %xmm0
	vmovss	%xmm4, -144(%rdx)
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB38_2
.LBB38_3:
	retq
.Lfunc_end38:
	.size	k54, .Lfunc_end38-k54

	.globl	_mlir_ciface_k54
	.p2align	4
	.type	_mlir_ciface_k54,@function
_mlir_ciface_k54:
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
	callq	k54@PLT
	addq	$120, %rsp
	retq
.Lfunc_end39:
	.size	_mlir_ciface_k54, .Lfunc_end39-_mlir_ciface_k54

	.globl	k55
	.p2align	4
	.type	k55,@function
k55:
	movq	40(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB40_3
	movq	56(%rsp), %rcx
	movq	24(%rsp), %rdx
	addq	$572, %rsi
	shlq	$2, %r9
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB40_2:
	vmovss	-188(%rsi), %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB40_2
.LBB40_3:
	retq
.Lfunc_end40:
	.size	k55, .Lfunc_end40-k55

	.globl	_mlir_ciface_k55
	.p2align	4
	.type	_mlir_ciface_k55,@function
_mlir_ciface_k55:
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
	callq	k55@PLT
	addq	$72, %rsp
	retq
.Lfunc_end41:
	.size	_mlir_ciface_k55, .Lfunc_end41-_mlir_ciface_k55

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI42_0:
	.long	0xff61b1e6
.LCPI42_1:
	.long	0x3eb504f3
	.text
	.globl	k56
	.p2align	4
	.type	k56,@function
k56:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$360, %rsp
	movq	%r9, 176(%rsp)
	movq	%rsi, 168(%rsp)
	movq	576(%rsp), %rax
	movq	%rax, 160(%rsp)
	movq	544(%rsp), %rax
	movq	560(%rsp), %rbx
	movq	%rax, 144(%rsp)
	movq	488(%rsp), %rax
	movq	520(%rsp), %r12
	movq	%rax, 88(%rsp)
	movq	432(%rsp), %rax
	movq	464(%rsp), %rbp
	movq	%rax, 80(%rsp)
	movq	%rbx, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, 72(%rsp)
	movq	%rbx, 152(%rsp)
	testq	%rbx, %rbx
	jle	.LBB42_11
	vmovss	.LCPI42_1(%rip), %xmm2
	movq	80(%rsp), %rax
	leaq	(,%r12,8), %rcx
	movl	$1, %r13d
	xorl	%edx, %edx
	addq	$24, %rax
	movq	%rax, 136(%rsp)
	movq	%rcx, 256(%rsp)
	jmp	.LBB42_3
	.p2align	4
.LBB42_2:
	incq	%rdx
	incq	%r13
	cmpq	152(%rsp), %rdx
	je	.LBB42_11
.LBB42_3:
	movq	%r13, %rax
	andq	$-2, %rax
	leaq	(%rdx,%rdx,2), %rsi
	xorl	%r9d, %r9d
	movq	%rax, 264(%rsp)
	movq	%rdx, %rax
	imulq	176(%rsp), %rax
	movq	168(%rsp), %rcx
	shlq	$6, %rsi
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, 200(%rsp)
	movq	%rdx, %rax
	imulq	160(%rsp), %rax
	movq	144(%rsp), %rcx
	addq	72(%rsp), %rsi
	leaq	(%rcx,%rax,4), %rax
	movq	%rax, 192(%rsp)
	movq	88(%rsp), %rdi
	movq	136(%rsp), %rbx
	movq	%r13, 184(%rsp)
	movq	%rdx, 216(%rsp)
	movq	%rsi, 208(%rsp)
	jmp	.LBB42_4
	.p2align	4
.LBB42_5:
	vmovd	.LCPI42_0(%rip), %xmm8
	vxorps	%xmm7, %xmm7, %xmm7
	xorl	%r15d, %r15d
.LBB42_7:
	vmovups	%ymm6, 288(%rsp)
	vmovaps	%xmm7, (%rsp)
	movq	%r15, %rsi
	imulq	%rbp, %rsi
	leaq	2(,%r9,8), %rax
	leaq	4(,%r9,8), %rcx
	leaq	6(,%r9,8), %rdx
	movq	%r9, %rbx
	movq	80(%rsp), %rdi
	leaq	(%rdi,%rsi,4), %rsi
	vmovsd	(%rsi,%r14,4), %xmm0
	vmulps	%xmm0, %xmm1, %xmm0
	vxorps	%xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm1
	vmovshdup	%xmm0, %xmm0
	vaddss	%xmm0, %xmm1, %xmm0
	vmovsd	(%rsi,%rax,4), %xmm1
	vmovd	%xmm8, %eax
	testl	%eax, %eax
	sets	%al
	kmovd	%eax, %k1
	vmulps	%xmm1, %xmm5, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovsd	(%rsi,%rcx,4), %xmm1
	vmulps	%xmm1, %xmm4, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovsd	(%rsi,%rdx,4), %xmm1
	vmulps	%xmm1, %xmm3, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm2, %xmm0, %xmm1
	vmovdqa	%xmm8, %xmm0
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm1, 16(%rsp)
	vmovss	%xmm8, %xmm1, %xmm1 {%k1}
	vmaxss	%xmm0, %xmm1, %xmm0
	vcmpunordss	%xmm1, %xmm1, %k1
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm0, 32(%rsp)
	vsubss	%xmm0, %xmm8, %xmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 48(%rsp)
	vmovaps	16(%rsp), %xmm0
	vsubss	32(%rsp), %xmm0, %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm3
	movq	88(%rsp), %rax
	imulq	%r12, %r15
	vbroadcastss	%xmm0, %ymm2
	movq	%rbx, %r9
	leaq	(%rax,%r15,4), %rax
	vmulps	(%rax,%r14,4), %ymm2, %ymm2
	vbroadcastss	%xmm3, %ymm1
	vmulps	288(%rsp), %ymm1, %ymm1
	vmulss	(%rsp), %xmm3, %xmm3
	vaddps	%ymm1, %ymm2, %ymm6
	vmovss	.LCPI42_1(%rip), %xmm2
	vaddss	%xmm3, %xmm0, %xmm7
.LBB42_8:
	vbroadcastss	%xmm7, %ymm0
	movq	240(%rsp), %rbx
	movq	248(%rsp), %rdi
	movq	208(%rsp), %rsi
	movq	192(%rsp), %rax
	movq	216(%rsp), %rdx
	incq	%r9
	vdivps	%ymm0, %ymm6, %ymm0
	addq	$32, %rbx
	addq	$32, %rdi
	vmovups	%ymm6, (%rsi,%r14,4)
	vmovups	%ymm0, (%rax,%r14,4)
	cmpq	$6, %r9
	je	.LBB42_2
.LBB42_4:
	movq	200(%rsp), %rcx
	movq	%r9, %rax
	shlq	$5, %rax
	leaq	(,%r9,8), %r14
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rdi, 248(%rsp)
	movq	%rbx, 240(%rsp)
	vmovups	%ymm0, (%rsi,%rax)
	vmovups	(%rsi,%rax), %ymm6
	vmovsd	(%rcx,%rax), %xmm1
	vmovsd	8(%rcx,%r14,4), %xmm5
	vmovsd	16(%rcx,%r14,4), %xmm4
	vmovsd	24(%rcx,%r14,4), %xmm3
	testq	%rdx, %rdx
	je	.LBB42_5
	vmovd	.LCPI42_0(%rip), %xmm8
	movq	%r14, 224(%rsp)
	movq	%r12, %r14
	leaq	(,%rbp,8), %r12
	movq	%r9, 232(%rsp)
	vmovaps	%xmm3, 48(%rsp)
	vmovaps	%xmm4, 32(%rsp)
	vmovaps	%xmm1, 112(%rsp)
	vxorps	%xmm7, %xmm7, %xmm7
	movq	%rdi, %r13
	xorl	%r15d, %r15d
	vmovaps	%xmm5, 272(%rsp)
	.p2align	4
.LBB42_10:
	vmovups	%ymm6, 288(%rsp)
	vmovaps	%xmm7, (%rsp)
	vmovsd	-24(%rbx), %xmm0
	vmovsd	-16(%rbx), %xmm1
	vxorps	%xmm4, %xmm4, %xmm4
	vmovsd	-8(%rbx), %xmm2
	vmovsd	(%rbx), %xmm3
	vmovd	%xmm8, %eax
	vmulps	112(%rsp), %xmm0, %xmm0
	testl	%eax, %eax
	sets	%al
	kmovd	%eax, %k1
	vmulps	%xmm1, %xmm5, %xmm1
	vaddss	%xmm4, %xmm0, %xmm4
	vmovshdup	%xmm0, %xmm0
	vaddss	%xmm0, %xmm4, %xmm0
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	32(%rsp), %xmm2, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	48(%rsp), %xmm3, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovss	.LCPI42_1(%rip), %xmm1
	vmulss	%xmm1, %xmm0, %xmm1
	vmovdqa	%xmm8, %xmm0
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm1, 320(%rsp)
	vmovss	%xmm8, %xmm1, %xmm1 {%k1}
	vmaxss	%xmm0, %xmm1, %xmm0
	vcmpunordss	%xmm1, %xmm1, %k1
	vmovss	%xmm1, %xmm0, %xmm0 {%k1}
	vmovaps	%xmm0, 16(%rsp)
	vsubss	%xmm0, %xmm8, %xmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 96(%rsp)
	vmovaps	320(%rsp), %xmm0
	vsubss	16(%rsp), %xmm0, %xmm0
	callq	expf@PLT
	vmovaps	96(%rsp), %xmm3
	vbroadcastss	%xmm0, %ymm2
	vmulps	(%r13), %ymm2, %ymm2
	vxorps	%xmm4, %xmm4, %xmm4
	vbroadcastss	%xmm3, %ymm1
	vmulps	288(%rsp), %ymm1, %ymm1
	vaddps	%ymm1, %ymm2, %ymm1
	vmovsd	-8(%rbx,%rbp,4), %xmm2
	vmovups	%ymm1, 320(%rsp)
	vmulss	(%rsp), %xmm3, %xmm1
	vmovsd	(%rbx,%rbp,4), %xmm3
	vaddss	%xmm1, %xmm0, %xmm0
	vmovsd	-16(%rbx,%rbp,4), %xmm1
	vmovss	%xmm0, 288(%rsp)
	vmovsd	-24(%rbx,%rbp,4), %xmm0
	vmulps	112(%rsp), %xmm0, %xmm0
	vmulps	272(%rsp), %xmm1, %xmm1
	vaddss	%xmm4, %xmm0, %xmm4
	vmovshdup	%xmm0, %xmm0
	vaddss	%xmm0, %xmm4, %xmm0
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	32(%rsp), %xmm2, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulps	48(%rsp), %xmm3, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmovshdup	%xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	.LCPI42_1(%rip), %xmm0, %xmm1
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
	vmulps	(%r13,%r14,4), %ymm2, %ymm2
	vmovdqa	(%rsp), %xmm8
	vmovaps	272(%rsp), %xmm5
	addq	256(%rsp), %r13
	addq	$2, %r15
	addq	%r12, %rbx
	vbroadcastss	%xmm3, %ymm1
	vmulps	320(%rsp), %ymm1, %ymm1
	vaddps	%ymm1, %ymm2, %ymm6
	vmulss	288(%rsp), %xmm3, %xmm2
	vaddss	%xmm2, %xmm0, %xmm7
	cmpq	%r15, 264(%rsp)
	jne	.LBB42_10
	vmovss	.LCPI42_1(%rip), %xmm2
	vmovaps	48(%rsp), %xmm3
	vmovaps	32(%rsp), %xmm4
	vmovaps	112(%rsp), %xmm1
	movq	%r14, %r12
	movq	184(%rsp), %r13
	movq	232(%rsp), %r9
	movq	224(%rsp), %r14
	testb	$1, %r13b
	jne	.LBB42_7
	jmp	.LBB42_8
.LBB42_11:
	movq	72(%rsp), %rdi
	addq	$360, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end42:
	.size	k56, .Lfunc_end42-k56

	.globl	_mlir_ciface_k56
	.p2align	4
	.type	_mlir_ciface_k56,@function
_mlir_ciface_k56:
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
	callq	k56@PLT
	addq	$184, %rsp
	retq
.Lfunc_end43:
	.size	_mlir_ciface_k56, .Lfunc_end43-_mlir_ciface_k56

	.globl	k59
	.p2align	4
	.type	k59,@function
k59:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$256, %rsp
	cmpq	$0, 456(%rsp)
	movq	%r9, 248(%rsp)
	movq	%rsi, 240(%rsp)
	jle	.LBB44_8
	movq	416(%rsp), %rcx
	movq	360(%rsp), %r13
	movq	328(%rsp), %rdi
	movq	472(%rsp), %r14
	movq	384(%rsp), %r11
	xorl	%ebp, %ebp
	movq	%rcx, %r8
	shlq	$4, %r8
	movq	%rcx, %r9
	shlq	$6, %r9
	leaq	(,%rcx,4), %rax
	imulq	$44, %rcx, %r15
	leaq	(%r8,%r8,2), %rbx
	movq	%r9, 168(%rsp)
	movq	%r8, 224(%rsp)
	leaq	(%rax,%rax,2), %rdx
	leaq	(%rax,%rax,4), %rsi
	leaq	(%rax,%rax,8), %rax
	movq	%rbx, 128(%rsp)
	imulq	$56, %rcx, %rbx
	movq	%r15, 136(%rsp)
	imulq	$52, %rcx, %r15
	movq	%rdx, 232(%rsp)
	leaq	(,%rcx,8), %rdx
	movq	%rsi, 216(%rsp)
	movq	%rax, 184(%rsp)
	movq	%rbx, 112(%rsp)
	leaq	(%r9,%rcx,4), %rbx
	imulq	$76, %rcx, %r9
	leaq	(%rdx,%rdx,2), %rsi
	leaq	(%rdx,%rdx,4), %rax
	leaq	(%rdx,%rdx,8), %r10
	movq	%rcx, %rdx
	shlq	$7, %rdx
	movq	%r15, 120(%rsp)
	imulq	$60, %rcx, %r15
	movq	%rdx, 152(%rsp)
	movq	%rsi, 208(%rsp)
	leaq	(%rcx,%rcx,8), %rsi
	movq	%rbx, 96(%rsp)
	leaq	(%r8,%r8,4), %rbx
	movq	%rax, 176(%rsp)
	imulq	$188, %r13, %rax
	movq	%r10, 160(%rsp)
	movq	440(%rsp), %r10
	movq	%r9, 88(%rsp)
	imulq	$84, %rcx, %r9
	movq	%r15, 104(%rsp)
	leaq	(,%r13,4), %r15
	leaq	(%rsi,%rsi,2), %rsi
	movq	%rbx, 80(%rsp)
	imulq	$88, %rcx, %rbx
	leaq	192(%rdi,%rax), %rax
	movq	%r9, 72(%rsp)
	imulq	$92, %rcx, %r9
	addq	%rcx, %rsi
	movq	%rsi, 200(%rsp)
	movq	%rcx, %rsi
	shlq	$5, %rsi
	movq	%rbx, 64(%rsp)
	movq	%rax, 144(%rsp)
	leaq	(,%r14,4), %rax
	leaq	(%rsi,%rsi,2), %rbx
	movq	%rsi, 192(%rsp)
	movq	%r9, 56(%rsp)
	imulq	$100, %rcx, %r9
	movq	%rbx, 48(%rsp)
	imulq	$104, %rcx, %rbx
	movq	%r9, 40(%rsp)
	imulq	$108, %rcx, %r9
	movq	%rbx, 32(%rsp)
	imulq	$112, %rcx, %rbx
	movq	%r9, 24(%rsp)
	imulq	$116, %rcx, %r9
	movq	%rbx, 16(%rsp)
	imulq	$120, %rcx, %rbx
	movq	%r9, 8(%rsp)
	leaq	(%rdx,%rcx,4), %r9
	movq	%rbx, (%rsp)
	imulq	$124, %rcx, %rbx
	movq	%r9, -8(%rsp)
	leaq	(%rdx,%rcx,8), %r9
	imulq	$140, %rcx, %rdx
	movq	%r9, -24(%rsp)
	leaq	(%r8,%r8,8), %r9
	imulq	$152, %rcx, %r8
	movq	%rbx, -16(%rsp)
	movq	%rdx, -32(%rsp)
	imulq	$148, %rcx, %rdx
	movq	%r9, -40(%rsp)
	movq	%r8, -56(%rsp)
	leaq	(%rsi,%rsi,4), %r8
	imulq	$168, %rcx, %rsi
	movq	%rdx, -48(%rsp)
	imulq	$156, %rcx, %rdx
	movq	%r8, -72(%rsp)
	movq	%rsi, -88(%rsp)
	imulq	$176, %rcx, %rsi
	movq	%rdx, -64(%rsp)
	imulq	$164, %rcx, %rdx
	movq	%rsi, -104(%rsp)
	imulq	$184, %rcx, %rsi
	movq	%rdx, -80(%rsp)
	imulq	$172, %rcx, %rdx
	movq	%rsi, -120(%rsp)
	movq	%r10, %rsi
	movq	%rdx, -96(%rsp)
	imulq	$180, %rcx, %rdx
	movq	%rdx, -112(%rsp)
	imulq	$188, %rcx, %rdx
	movq	%rdx, -128(%rsp)
	jmp	.LBB44_2
	.p2align	4
.LBB44_7:
	incq	%rbp
	addq	%rbx, %rsi
	movq	%rbx, %rax
	cmpq	456(%rsp), %rbp
	je	.LBB44_8
.LBB44_2:
	vmovss	(%r11), %xmm0
	movq	%rbp, %r12
	imulq	472(%rsp), %r12
	movq	232(%rsp), %r8
	movq	%rax, %rbx
	imulq	%rbp, %rax
	movq	%rbp, %r14
	imulq	248(%rsp), %r14
	movq	%r13, %rdx
	shrq	$61, %rdx
	andl	$1, %edx
	leaq	(%r10,%rax), %r9
	cmpq	144(%rsp), %r9
	leaq	192(%r10,%rax), %rax
	leaq	(%r10,%r12,4), %r9
	vmovss	%xmm0, (%r10,%r12,4)
	vmovss	(%r11,%rcx,4), %xmm0
	vmovss	%xmm0, 4(%r10,%r12,4)
	vmovss	(%r11,%rcx,8), %xmm0
	vmovss	%xmm0, 8(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	224(%rsp), %r8
	vmovss	%xmm0, 12(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	216(%rsp), %r8
	vmovss	%xmm0, 16(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	208(%rsp), %r8
	vmovss	%xmm0, 20(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	200(%rsp), %r8
	vmovss	%xmm0, 24(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	192(%rsp), %r8
	vmovss	%xmm0, 28(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	184(%rsp), %r8
	vmovss	%xmm0, 32(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	176(%rsp), %r8
	vmovss	%xmm0, 36(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	136(%rsp), %r8
	vmovss	%xmm0, 40(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	128(%rsp), %r8
	vmovss	%xmm0, 44(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	120(%rsp), %r8
	vmovss	%xmm0, 48(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	112(%rsp), %r8
	vmovss	%xmm0, 52(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	104(%rsp), %r8
	vmovss	%xmm0, 56(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	168(%rsp), %r8
	vmovss	%xmm0, 60(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	96(%rsp), %r8
	vmovss	%xmm0, 64(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	160(%rsp), %r8
	vmovss	%xmm0, 68(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	88(%rsp), %r8
	vmovss	%xmm0, 72(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	80(%rsp), %r8
	vmovss	%xmm0, 76(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	72(%rsp), %r8
	vmovss	%xmm0, 80(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	64(%rsp), %r8
	vmovss	%xmm0, 84(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	56(%rsp), %r8
	vmovss	%xmm0, 88(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	48(%rsp), %r8
	vmovss	%xmm0, 92(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	40(%rsp), %r8
	vmovss	%xmm0, 96(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	32(%rsp), %r8
	vmovss	%xmm0, 100(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	24(%rsp), %r8
	vmovss	%xmm0, 104(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	16(%rsp), %r8
	vmovss	%xmm0, 108(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	8(%rsp), %r8
	vmovss	%xmm0, 112(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	(%rsp), %r8
	vmovss	%xmm0, 116(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-16(%rsp), %r8
	vmovss	%xmm0, 120(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	152(%rsp), %r8
	vmovss	%xmm0, 124(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-8(%rsp), %r8
	vmovss	%xmm0, 128(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-24(%rsp), %r8
	vmovss	%xmm0, 132(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-32(%rsp), %r8
	vmovss	%xmm0, 136(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-40(%rsp), %r8
	vmovss	%xmm0, 140(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-48(%rsp), %r8
	vmovss	%xmm0, 144(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-56(%rsp), %r8
	vmovss	%xmm0, 148(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-64(%rsp), %r8
	vmovss	%xmm0, 152(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-72(%rsp), %r8
	vmovss	%xmm0, 156(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-80(%rsp), %r8
	vmovss	%xmm0, 160(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-88(%rsp), %r8
	vmovss	%xmm0, 164(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-96(%rsp), %r8
	vmovss	%xmm0, 168(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-104(%rsp), %r8
	vmovss	%xmm0, 172(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-112(%rsp), %r8
	vmovss	%xmm0, 176(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-120(%rsp), %r8
	vmovss	%xmm0, 180(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-128(%rsp), %r8
	vmovss	%xmm0, 184(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	240(%rsp), %r8
	leaq	(%r8,%r14,4), %r14
	setb	%r8b
	cmpq	%rax, %rdi
	setb	%al
	andb	%r8b, %al
	orb	%dl, %al
	vmovss	%xmm0, 188(%r10,%r12,4)
	movq	%rdi, %rdx
	xorl	%r12d, %r12d
	jmp	.LBB44_3
	.p2align	4
.LBB44_9:
	movq	%r12, %r8
	imulq	%r13, %r8
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rdi,%r8,4), %zmm0, %zmm1
	vaddps	(%r9), %zmm1, %zmm1
	vmovups	%zmm1, (%r9)
	vmulps	64(%rdi,%r8,4), %zmm0, %zmm1
	vaddps	64(%r9), %zmm1, %zmm1
	vmovups	%zmm1, 64(%r9)
	vmulps	128(%rdi,%r8,4), %zmm0, %zmm0
	vaddps	128(%r9), %zmm0, %zmm0
	vmovups	%zmm0, 128(%r9)
.LBB44_6:
	incq	%r12
	addq	%r15, %rdx
	cmpq	$48, %r12
	je	.LBB44_7
.LBB44_3:
	vmovss	(%r14,%r12,4), %xmm0
	testb	%al, %al
	je	.LBB44_9
	movl	$11, %r8d
	.p2align	4
.LBB44_5:
	vmulss	-44(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-44(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%rsi,%r8,4)
	vmulss	-40(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-40(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%rsi,%r8,4)
	vmulss	-36(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-36(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%rsi,%r8,4)
	vmulss	-32(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-32(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%rsi,%r8,4)
	vmulss	-28(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-28(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%rsi,%r8,4)
	vmulss	-24(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-24(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%rsi,%r8,4)
	vmulss	-20(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-20(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%rsi,%r8,4)
	vmulss	-16(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-16(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%rsi,%r8,4)
	vmulss	-12(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-12(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%rsi,%r8,4)
	vmulss	-8(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-8(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%rsi,%r8,4)
	vmulss	-4(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-4(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%rsi,%r8,4)
	vmulss	(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, (%rsi,%r8,4)
	addq	$12, %r8
	cmpq	$59, %r8
	jne	.LBB44_5
	jmp	.LBB44_6
.LBB44_8:
	addq	$256, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end44:
	.size	k59, .Lfunc_end44-k59

	.globl	_mlir_ciface_k59
	.p2align	4
	.type	_mlir_ciface_k59,@function
_mlir_ciface_k59:
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
	callq	k59@PLT
	addq	$184, %rsp
	retq
.Lfunc_end45:
	.size	_mlir_ciface_k59, .Lfunc_end45-_mlir_ciface_k59

	.globl	k60
	.p2align	4
	.type	k60,@function
k60:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB46_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB46_2:
	vmovss	-188(%rsi), %xmm0
	vaddss	-188(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vaddss	-184(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vaddss	-180(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vaddss	-176(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vaddss	-172(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vaddss	-168(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vaddss	-164(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vaddss	-160(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vaddss	-156(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vaddss	-152(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vaddss	-148(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vaddss	-144(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vaddss	-140(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vaddss	-136(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vaddss	-132(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vaddss	-128(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	.size	k60, .Lfunc_end46-k60

	.globl	_mlir_ciface_k60
	.p2align	4
	.type	_mlir_ciface_k60,@function
_mlir_ciface_k60:
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
	callq	k60@PLT
	addq	$120, %rsp
	retq
.Lfunc_end47:
	.size	_mlir_ciface_k60, .Lfunc_end47-_mlir_ciface_k60

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI48_0:
	.long	0x42400000
.LCPI48_1:
	.long	0x3727c5ac
.LCPI48_2:
	.long	0x3f800000
.LCPI48_3:
	.long	0x3f3504f3
.LCPI48_4:
	.long	0x3f000000
	.text
	.globl	k64
	.p2align	4
	.type	k64,@function
k64:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, (%rsp)
	movq	%rsi, %r15
	movq	344(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	288(%rsp), %rax
	movq	328(%rsp), %rbp
	movq	312(%rsp), %r13
	movq	%rax, 48(%rsp)
	movq	200(%rsp), %rax
	movq	256(%rsp), %rbx
	movq	232(%rsp), %r12
	movq	%rax, 56(%rsp)
	movq	144(%rsp), %rax
	movq	176(%rsp), %r14
	movq	%rax, 40(%rsp)
	movq	%rbp, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	movq	%rax, 32(%rsp)
	callq	malloc@PLT
	movq	%rbp, 16(%rsp)
	movq	%rax, 8(%rsp)
	testq	%rbp, %rbp
	jle	.LBB48_22
	movq	(%rsp), %rdi
	vmovss	.LCPI48_0(%rip), %xmm0
	vmovss	.LCPI48_1(%rip), %xmm1
	vmovss	.LCPI48_2(%rip), %xmm4
	movq	%rax, %r8
	leaq	(,%r14,4), %rdx
	xorl	%esi, %esi
	movq	%r15, %r9
	leaq	(,%rdi,4), %rax
	movq	%rax, 64(%rsp)
	movq	%r14, %rax
	shlq	$4, %rax
	leaq	(%rax,%rax,2), %rcx
	movq	%rdi, %rax
	jmp	.LBB48_2
	.p2align	4
.LBB48_23:
	movq	40(%rsp), %r11
	vbroadcastss	%xmm2, %zmm2
	vmulps	(%r15,%r10,4), %zmm2, %zmm3
	movq	8(%rsp), %rdi
	movq	%rsi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rax
	vmulps	(%r11), %zmm3, %zmm3
	vmovups	%zmm3, (%rdi,%rax)
	vmulps	64(%r15,%r10,4), %zmm2, %zmm3
	vmulps	64(%r11), %zmm3, %zmm3
	vmovups	%zmm3, 64(%rdi,%rax)
	vmulps	128(%r15,%r10,4), %zmm2, %zmm2
	vmulps	128(%r11), %zmm2, %zmm2
	vmovups	%zmm2, 128(%rdi,%rax)
.LBB48_5:
	addq	64(%rsp), %r9
	movq	(%rsp), %rax
	incq	%rsi
	addq	$192, %r8
	cmpq	16(%rsp), %rsi
	je	.LBB48_6
.LBB48_2:
	movq	%rsi, %r10
	imulq	%rax, %r10
	vmovss	(%r15,%r10,4), %xmm2
	vmovss	4(%r15,%r10,4), %xmm3
	vmulss	%xmm2, %xmm2, %xmm2
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	8(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	12(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	16(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	20(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	24(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	28(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	32(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	36(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	40(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	44(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	48(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	52(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	56(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	60(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	64(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	68(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	72(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	76(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	80(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	84(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	88(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	92(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	96(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	100(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	104(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	108(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	112(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	116(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	120(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	124(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	128(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	132(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	136(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	140(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	144(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	148(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	152(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	156(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	160(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	164(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	168(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	172(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	176(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	180(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	184(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	188(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vdivss	%xmm0, %xmm2, %xmm2
	vsqrtss	%xmm2, %xmm2, %xmm2
	vaddss	%xmm1, %xmm2, %xmm2
	vdivss	%xmm2, %xmm4, %xmm2
	cmpq	$1, %r14
	je	.LBB48_23
	movq	40(%rsp), %r11
	movl	$11, %r10d
	leaq	(%rdx,%rdx), %rbp
	.p2align	4
.LBB48_4:
	vmulss	-44(%r9,%r10,4), %xmm2, %xmm3
	leaq	(%r11,%rdx), %rdi
	addq	%rdx, %rdi
	vmulss	(%r11), %xmm3, %xmm3
	vmovss	%xmm3, -44(%r8,%r10,4)
	vmulss	-40(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%r11,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -40(%r8,%r10,4)
	vmulss	-36(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%r11,%r14,8), %xmm3, %xmm3
	addq	%rcx, %r11
	vmovss	%xmm3, -36(%r8,%r10,4)
	vmulss	-32(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -32(%r8,%r10,4)
	vmulss	-28(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,8), %xmm3, %xmm3
	addq	%rbp, %rdi
	leaq	(%rdi,%r14,4), %rax
	vmovss	%xmm3, -28(%r8,%r10,4)
	vmulss	-24(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -24(%r8,%r10,4)
	vmulss	-20(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -20(%r8,%r10,4)
	vmulss	-16(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -16(%r8,%r10,4)
	vmulss	-12(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -12(%r8,%r10,4)
	vmulss	-8(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -8(%r8,%r10,4)
	vmulss	-4(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -4(%r8,%r10,4)
	vmulss	(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	vmovss	%xmm3, (%r8,%r10,4)
	addq	$12, %r10
	cmpq	$59, %r10
	jne	.LBB48_4
	jmp	.LBB48_5
.LBB48_6:
	movq	32(%rsp), %rax
	leaq	(%rax,%rax,4), %rdi
	vzeroupper
	callq	malloc@PLT
	movq	56(%rsp), %r9
	movq	8(%rsp), %rdx
	movq	48(%rsp), %rbp
	movq	%rax, %r14
	leaq	(,%r12,4), %rax
	xorl	%ecx, %ecx
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(%rax,%rax,2), %rax
	addq	$256, %r9
	.p2align	4
.LBB48_7:
	leaq	(%rcx,%rcx,4), %rdi
	movq	%r9, %r8
	shlq	$6, %rdi
	vmovups	%zmm0, (%r14,%rdi)
	vmovups	%zmm0, 64(%r14,%rdi)
	vmovups	%zmm0, 128(%r14,%rdi)
	vmovups	%zmm0, 192(%r14,%rdi)
	vmovups	%zmm0, 256(%r14,%rdi)
	leaq	(%r14,%rdi), %rsi
	vmovups	(%r14,%rdi), %zmm5
	vmovups	64(%r14,%rdi), %zmm4
	vmovups	128(%r14,%rdi), %zmm3
	vmovups	192(%r14,%rdi), %zmm2
	vmovups	256(%r14,%rdi), %zmm1
	movl	$2, %edi
	.p2align	4
.LBB48_8:
	vbroadcastss	-8(%rdx,%rdi,4), %zmm6
	vbroadcastss	-4(%rdx,%rdi,4), %zmm11
	vbroadcastss	(%rdx,%rdi,4), %zmm10
	addq	$3, %rdi
	vmulps	-192(%r8), %zmm6, %zmm8
	vmulps	-128(%r8), %zmm6, %zmm9
	vmulps	-256(%r8), %zmm6, %zmm7
	vaddps	%zmm8, %zmm4, %zmm4
	vmulps	-64(%r8), %zmm6, %zmm8
	vaddps	%zmm9, %zmm3, %zmm3
	vmulps	(%r8), %zmm6, %zmm6
	vmulps	-192(%r8,%r12,4), %zmm11, %zmm9
	vaddps	%zmm7, %zmm5, %zmm5
	vmulps	-256(%r8,%r12,4), %zmm11, %zmm7
	vaddps	%zmm8, %zmm2, %zmm2
	vmulps	-128(%r8,%r12,4), %zmm11, %zmm8
	vaddps	%zmm6, %zmm1, %zmm1
	vaddps	%zmm9, %zmm4, %zmm4
	vmulps	-64(%r8,%r12,4), %zmm11, %zmm9
	vmulps	(%r8,%r12,4), %zmm11, %zmm6
	vaddps	%zmm7, %zmm5, %zmm5
	vmulps	-256(%r8,%r12,8), %zmm10, %zmm7
	vaddps	%zmm8, %zmm3, %zmm3
	vmulps	-192(%r8,%r12,8), %zmm10, %zmm8
	vaddps	%zmm9, %zmm2, %zmm2
	vaddps	%zmm6, %zmm1, %zmm1
	vmulps	-128(%r8,%r12,8), %zmm10, %zmm9
	vmulps	(%r8,%r12,8), %zmm10, %zmm6
	vaddps	%zmm7, %zmm5, %zmm5
	vaddps	%zmm8, %zmm4, %zmm4
	vmulps	-64(%r8,%r12,8), %zmm10, %zmm8
	vaddps	%zmm9, %zmm3, %zmm3
	vaddps	%zmm6, %zmm1, %zmm1
	addq	%rax, %r8
	vaddps	%zmm8, %zmm2, %zmm2
	cmpq	$50, %rdi
	jne	.LBB48_8
	incq	%rcx
	addq	$192, %rdx
	vmovups	%zmm5, (%rsi)
	vmovups	%zmm4, 64(%rsi)
	vmovups	%zmm3, 128(%rsi)
	vmovups	%zmm2, 192(%rsi)
	vmovups	%zmm1, 256(%rsi)
	cmpq	16(%rsp), %rcx
	jne	.LBB48_7
	movq	24(%rsp), %rax
	movq	%rbp, %rsi
	shrq	$61, %rsi
	leaq	(,%rbp,4), %rcx
	xorl	%edx, %edx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r13, %rdi
	andl	$1, %esi
	leaq	(,%rax,4), %r15
	imulq	$188, %rbp, %rax
	leaq	320(%rbx,%rax), %rax
	movq	%rax, (%rsp)
	jmp	.LBB48_11
	.p2align	4
.LBB48_16:
	incq	%rdx
	addq	%r15, %rdi
	cmpq	16(%rsp), %rdx
	je	.LBB48_17
.LBB48_11:
	movq	%r15, %rax
	imulq	%rdx, %rax
	leaq	(%rdx,%rdx,2), %r8
	movq	%rdx, %r9
	imulq	24(%rsp), %r9
	shlq	$6, %r8
	addq	8(%rsp), %r8
	leaq	(%r13,%rax), %r10
	cmpq	(%rsp), %r10
	leaq	320(%r13,%rax), %r11
	vmovups	%zmm0, 256(%r13,%rax)
	vmovups	%zmm0, 192(%r13,%rax)
	vmovups	%zmm0, 128(%r13,%rax)
	vmovups	%zmm0, 64(%r13,%rax)
	vmovups	%zmm0, (%r13,%rax)
	setb	%al
	cmpq	%r11, %rbx
	movq	%rbx, %r11
	setb	%r10b
	xorl	%r12d, %r12d
	andb	%al, %r10b
	orb	%sil, %r10b
	jmp	.LBB48_12
	.p2align	4
.LBB48_24:
	movq	%r12, %rax
	imulq	%rbp, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	(%r13,%r9,4), %zmm2, %zmm2
	vaddps	64(%r13,%r9,4), %zmm3, %zmm3
	vaddps	128(%r13,%r9,4), %zmm4, %zmm4
	vaddps	192(%r13,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, (%r13,%r9,4)
	vmovups	%zmm3, 64(%r13,%r9,4)
	vmovups	%zmm4, 128(%r13,%r9,4)
	vmovups	%zmm5, 192(%r13,%r9,4)
	vmulps	256(%rbx,%rax,4), %zmm1, %zmm1
	vaddps	256(%r13,%r9,4), %zmm1, %zmm1
	vmovups	%zmm1, 256(%r13,%r9,4)
.LBB48_15:
	incq	%r12
	addq	%rcx, %r11
	cmpq	$48, %r12
	je	.LBB48_16
.LBB48_12:
	vmovss	(%r8,%r12,4), %xmm1
	testb	%r10b, %r10b
	je	.LBB48_24
	movl	$9, %eax
	.p2align	4
.LBB48_14:
	vmulss	-36(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-36(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%rdi,%rax,4)
	vmulss	-32(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-32(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%rdi,%rax,4)
	vmulss	-28(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rdi,%rax,4)
	vmulss	-24(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rdi,%rax,4)
	vmulss	-20(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rdi,%rax,4)
	vmulss	-16(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rdi,%rax,4)
	vmulss	-12(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rdi,%rax,4)
	vmulss	-8(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rdi,%rax,4)
	vmulss	-4(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rdi,%rax,4)
	vmulss	(%r11,%rax,4), %xmm1, %xmm2
	vaddss	(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rdi,%rax,4)
	addq	$10, %rax
	cmpq	$89, %rax
	jne	.LBB48_14
	jmp	.LBB48_15
.LBB48_17:
	vmovss	.LCPI48_3(%rip), %xmm1
	xorl	%ebx, %ebx
	movq	%r14, %r12
	.p2align	4
.LBB48_18:
	xorl	%ebp, %ebp
	.p2align	4
.LBB48_19:
	vmovss	(%r12,%rbp,4), %xmm2
	vmovss	(%r13,%rbp,4), %xmm0
	vmovss	%xmm2, (%rsp)
	vmovss	%xmm0, 24(%rsp)
	vmulss	%xmm1, %xmm2, %xmm0
	vzeroupper
	callq	erff@PLT
	vmovss	.LCPI48_4(%rip), %xmm1
	vaddss	.LCPI48_2(%rip), %xmm0, %xmm0
	vmulss	(%rsp), %xmm1, %xmm1
	vmulss	%xmm0, %xmm1, %xmm0
	vmulss	24(%rsp), %xmm0, %xmm0
	vmovss	.LCPI48_3(%rip), %xmm1
	vmovss	%xmm0, (%r13,%rbp,4)
	incq	%rbp
	cmpq	$80, %rbp
	jne	.LBB48_19
	incq	%rbx
	addq	$320, %r12
	addq	%r15, %r13
	cmpq	16(%rsp), %rbx
	jne	.LBB48_18
	jmp	.LBB48_21
.LBB48_22:
	movq	32(%rsp), %rax
	leaq	(%rax,%rax,4), %rdi
	callq	malloc@PLT
	movq	%rax, %r14
.LBB48_21:
	movq	8(%rsp), %rdi
	callq	free@PLT
	movq	%r14, %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end48:
	.size	k64, .Lfunc_end48-k64

	.globl	_mlir_ciface_k64
	.p2align	4
	.type	_mlir_ciface_k64,@function
_mlir_ciface_k64:
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
	callq	k64@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end49:
	.size	_mlir_ciface_k64, .Lfunc_end49-_mlir_ciface_k64

	.globl	k66
	.p2align	4
	.type	k66,@function
k66:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 144(%rsp)
	movq	%r9, -8(%rsp)
	movq	%rsi, -16(%rsp)
	jle	.LBB50_8
	movq	160(%rsp), %rax
	movq	104(%rsp), %rdi
	movq	128(%rsp), %rdx
	xorl	%r14d, %r14d
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(,%rax,4), %rsi
	movq	72(%rsp), %rax
	imulq	$316, %rdi, %rcx
	movq	%rdi, %r15
	shrq	$61, %r15
	leaq	(,%rdi,4), %rbx
	movq	%rdx, %r12
	andl	$1, %r15d
	leaq	192(%rax,%rcx), %r11
	jmp	.LBB50_2
	.p2align	4
.LBB50_7:
	incq	%r14
	addq	%rsi, %r12
	cmpq	144(%rsp), %r14
	je	.LBB50_8
.LBB50_2:
	movq	%rsi, %rcx
	imulq	%r14, %rcx
	movq	-16(%rsp), %r10
	movq	%r14, %rbp
	imulq	160(%rsp), %rbp
	leaq	192(%rdx,%rcx), %r8
	leaq	(%rdx,%rcx), %r9
	vmovups	%zmm0, 128(%rdx,%rcx)
	vmovups	%zmm0, 64(%rdx,%rcx)
	vmovups	%zmm0, (%rdx,%rcx)
	movq	%r14, %rcx
	imulq	-8(%rsp), %rcx
	cmpq	%r11, %r9
	setb	%r9b
	cmpq	%r8, %rax
	leaq	(%r10,%rcx,4), %r13
	setb	%cl
	movq	%rax, %r10
	xorl	%r8d, %r8d
	andb	%r9b, %cl
	orb	%r15b, %cl
	jmp	.LBB50_3
	.p2align	4
.LBB50_9:
	movq	%r8, %r9
	imulq	%rdi, %r9
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rax,%r9,4), %zmm1, %zmm2
	vaddps	(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rbp,4)
	vmulps	64(%rax,%r9,4), %zmm1, %zmm2
	vaddps	64(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%rdx,%rbp,4)
	vmulps	128(%rax,%r9,4), %zmm1, %zmm1
	vaddps	128(%rdx,%rbp,4), %zmm1, %zmm1
	vmovups	%zmm1, 128(%rdx,%rbp,4)
.LBB50_6:
	incq	%r8
	addq	%rbx, %r10
	cmpq	$80, %r8
	je	.LBB50_7
.LBB50_3:
	vmovss	(%r13,%r8,4), %xmm1
	testb	%cl, %cl
	je	.LBB50_9
	movl	$11, %r9d
	.p2align	4
.LBB50_5:
	vmulss	-44(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-44(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%r12,%r9,4)
	vmulss	-40(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-40(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%r12,%r9,4)
	vmulss	-36(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-36(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r12,%r9,4)
	vmulss	-32(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-32(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r12,%r9,4)
	vmulss	-28(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-28(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r12,%r9,4)
	vmulss	-24(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-24(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r12,%r9,4)
	vmulss	-20(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-20(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r12,%r9,4)
	vmulss	-16(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-16(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r12,%r9,4)
	vmulss	-12(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-12(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r12,%r9,4)
	vmulss	-8(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-8(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r12,%r9,4)
	vmulss	-4(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-4(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r12,%r9,4)
	vmulss	(%r10,%r9,4), %xmm1, %xmm2
	vaddss	(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r12,%r9,4)
	addq	$12, %r9
	cmpq	$59, %r9
	jne	.LBB50_5
	jmp	.LBB50_6
.LBB50_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end50:
	.size	k66, .Lfunc_end50-k66

	.globl	_mlir_ciface_k66
	.p2align	4
	.type	_mlir_ciface_k66,@function
_mlir_ciface_k66:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rdx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB51_8
	movq	8(%rdi), %rax
	movq	40(%rdi), %rcx
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %r9
	movq	8(%rdx), %rdx
	xorl	%r14d, %r14d
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, -16(%rsp)
	imulq	$316, %rsi, %rax
	movq	%rsi, %r15
	shrq	$61, %r15
	movq	%rcx, -24(%rsp)
	leaq	(,%r9,4), %rcx
	leaq	(,%rsi,4), %rbx
	movq	%rdx, %r12
	andl	$1, %r15d
	leaq	192(%rdi,%rax), %rax
	movq	%rax, -32(%rsp)
	jmp	.LBB51_2
	.p2align	4
.LBB51_7:
	incq	%r14
	addq	%r11, %r12
	movq	%r11, %rcx
	cmpq	-8(%rsp), %r14
	je	.LBB51_8
.LBB51_2:
	movq	%rcx, %rax
	imulq	%r14, %rax
	movq	%r14, %rbp
	movq	%rcx, %r11
	imulq	%r9, %rbp
	movq	-16(%rsp), %r10
	leaq	192(%rdx,%rax), %rcx
	leaq	(%rdx,%rax), %r8
	vmovups	%zmm0, 128(%rdx,%rax)
	vmovups	%zmm0, 64(%rdx,%rax)
	vmovups	%zmm0, (%rdx,%rax)
	movq	%r14, %rax
	imulq	-24(%rsp), %rax
	cmpq	-32(%rsp), %r8
	setb	%r8b
	cmpq	%rcx, %rdi
	setb	%cl
	andb	%r8b, %cl
	leaq	(%r10,%rax,4), %r13
	movq	%rdi, %r8
	xorl	%r10d, %r10d
	orb	%r15b, %cl
	jmp	.LBB51_3
	.p2align	4
.LBB51_9:
	movq	%r10, %rax
	imulq	%rsi, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rdi,%rax,4), %zmm1, %zmm2
	vaddps	(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rbp,4)
	vmulps	64(%rdi,%rax,4), %zmm1, %zmm2
	vaddps	64(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%rdx,%rbp,4)
	vmulps	128(%rdi,%rax,4), %zmm1, %zmm1
	vaddps	128(%rdx,%rbp,4), %zmm1, %zmm1
	vmovups	%zmm1, 128(%rdx,%rbp,4)
.LBB51_6:
	incq	%r10
	addq	%rbx, %r8
	cmpq	$80, %r10
	je	.LBB51_7
.LBB51_3:
	vmovss	(%r13,%r10,4), %xmm1
	testb	%cl, %cl
	je	.LBB51_9
	movl	$11, %eax
	.p2align	4
.LBB51_5:
	vmulss	-44(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-44(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%r12,%rax,4)
	vmulss	-40(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-40(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%r12,%rax,4)
	vmulss	-36(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-36(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r12,%rax,4)
	vmulss	-32(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-32(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r12,%rax,4)
	vmulss	-28(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-28(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r12,%rax,4)
	vmulss	-24(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-24(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r12,%rax,4)
	vmulss	-20(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-20(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r12,%rax,4)
	vmulss	-16(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-16(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r12,%rax,4)
	vmulss	-12(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-12(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r12,%rax,4)
	vmulss	-8(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-8(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r12,%rax,4)
	vmulss	-4(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-4(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r12,%rax,4)
	vmulss	(%r8,%rax,4), %xmm1, %xmm2
	vaddss	(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r12,%rax,4)
	addq	$12, %rax
	cmpq	$59, %rax
	jne	.LBB51_5
	jmp	.LBB51_6
.LBB51_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end51:
	.size	_mlir_ciface_k66, .Lfunc_end51-_mlir_ciface_k66

	.globl	k67
	.p2align	4
	.type	k67,@function
k67:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB52_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB52_2:
	vmovss	-188(%rsi), %xmm0
	vaddss	-188(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vaddss	-184(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vaddss	-180(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vaddss	-176(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vaddss	-172(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vaddss	-168(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vaddss	-164(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vaddss	-160(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vaddss	-156(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vaddss	-152(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vaddss	-148(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vaddss	-144(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vaddss	-140(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vaddss	-136(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vaddss	-132(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vaddss	-128(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	.size	k67, .Lfunc_end52-k67

	.globl	_mlir_ciface_k67
	.p2align	4
	.type	_mlir_ciface_k67,@function
_mlir_ciface_k67:
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
	callq	k67@PLT
	addq	$120, %rsp
	retq
.Lfunc_end53:
	.size	_mlir_ciface_k67, .Lfunc_end53-_mlir_ciface_k67

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI54_0:
	.long	0x42400000
.LCPI54_1:
	.long	0x3727c5ac
.LCPI54_2:
	.long	0x3f800000
	.text
	.globl	k71
	.p2align	4
	.type	k71,@function
k71:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, 16(%rsp)
	movq	%rsi, %r14
	movq	344(%rsp), %rax
	movq	%rax, 56(%rsp)
	movq	256(%rsp), %rax
	movq	328(%rsp), %r12
	movq	312(%rsp), %r13
	movq	288(%rsp), %rbp
	movq	%rax, 40(%rsp)
	movq	232(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	144(%rsp), %rax
	movq	200(%rsp), %rbx
	movq	176(%rsp), %r15
	movq	%rax, 8(%rsp)
	movq	%r12, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, 24(%rsp)
	movq	%r12, 64(%rsp)
	testq	%r12, %r12
	jle	.LBB54_19
	movq	16(%rsp), %rcx
	vmovss	.LCPI54_0(%rip), %xmm0
	vmovss	.LCPI54_1(%rip), %xmm1
	vmovss	.LCPI54_2(%rip), %xmm2
	leaq	(,%r15,4), %rsi
	xorl	%edi, %edi
	movq	%r14, %r10
	leaq	(%rsi,%rsi), %r8
	leaq	(,%rcx,4), %rax
	movq	%rax, 32(%rsp)
	movq	%r15, %rax
	shlq	$4, %rax
	movq	24(%rsp), %r9
	leaq	(%rax,%rax,2), %rdx
	movq	%rcx, %rax
	jmp	.LBB54_2
	.p2align	4
.LBB54_5:
	movq	8(%rsp), %r12
	vbroadcastss	%xmm3, %zmm3
	vmulps	(%r14,%r11,4), %zmm3, %zmm4
	movq	24(%rsp), %rcx
	movq	%rdi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rax
	vmulps	(%r12), %zmm4, %zmm4
	vmovups	%zmm4, (%rcx,%rax)
	vmulps	64(%r14,%r11,4), %zmm3, %zmm4
	vmulps	64(%r12), %zmm4, %zmm4
	vmovups	%zmm4, 64(%rcx,%rax)
	vmulps	128(%r14,%r11,4), %zmm3, %zmm3
	vmulps	128(%r12), %zmm3, %zmm3
	vmovups	%zmm3, 128(%rcx,%rax)
.LBB54_6:
	addq	32(%rsp), %r10
	movq	16(%rsp), %rax
	incq	%rdi
	addq	$192, %r9
	cmpq	64(%rsp), %rdi
	je	.LBB54_7
.LBB54_2:
	movq	%rdi, %r11
	imulq	%rax, %r11
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vdivss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r15
	je	.LBB54_5
	movq	8(%rsp), %r12
	movl	$11, %r11d
	.p2align	4
.LBB54_4:
	vmulss	-44(%r10,%r11,4), %xmm3, %xmm4
	leaq	(%r12,%rsi), %rcx
	addq	%rsi, %rcx
	vmulss	(%r12), %xmm4, %xmm4
	vmovss	%xmm4, -44(%r9,%r11,4)
	vmulss	-40(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -40(%r9,%r11,4)
	vmulss	-36(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,8), %xmm4, %xmm4
	addq	%rdx, %r12
	vmovss	%xmm4, -36(%r9,%r11,4)
	vmulss	-32(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -32(%r9,%r11,4)
	vmulss	-28(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,8), %xmm4, %xmm4
	addq	%r8, %rcx
	leaq	(%rcx,%r15,4), %rax
	vmovss	%xmm4, -28(%r9,%r11,4)
	vmulss	-24(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%r9,%r11,4)
	vmulss	-20(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -20(%r9,%r11,4)
	vmulss	-16(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -16(%r9,%r11,4)
	vmulss	-12(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -12(%r9,%r11,4)
	vmulss	-8(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -8(%r9,%r11,4)
	vmulss	-4(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -4(%r9,%r11,4)
	vmulss	(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	vmovss	%xmm4, (%r9,%r11,4)
	addq	$12, %r11
	cmpq	$59, %r11
	jne	.LBB54_4
	jmp	.LBB54_6
.LBB54_7:
	movq	56(%rsp), %rax
	movq	48(%rsp), %rcx
	movq	%r13, %rsi
	leaq	(,%rbp,4), %r8
	xorl	%r10d, %r10d
	movq	%r13, %r14
	leaq	(,%rax,4), %rdx
	imulq	$188, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	576(%rbx,%rax), %rax
	movq	%rax, 8(%rsp)
	leaq	(,%rbp,8), %rax
	subq	40(%rsp), %rsi
	leaq	(%rax,%rax,8), %rdi
	leaq	(%r8,%r8), %rax
	movq	%rsi, 32(%rsp)
	movq	%rdx, 16(%rsp)
	jmp	.LBB54_8
	.p2align	4
.LBB54_18:
	movq	16(%rsp), %rdx
	incq	%r10
	addq	%rdx, %r14
	cmpq	64(%rsp), %r10
	je	.LBB54_19
.LBB54_8:
	movq	%r10, %r15
	imulq	56(%rsp), %r15
	movq	%rdx, %rcx
	imulq	%r10, %rcx
	cmpq	$1, %rbp
	jne	.LBB54_10
	movq	32(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$255, %rdx
	jbe	.LBB54_10
	movq	40(%rsp), %rdx
	vmovups	(%rdx), %zmm0
	vmovups	64(%rdx), %zmm1
	vmovups	128(%rdx), %zmm2
	vmovups	192(%rdx), %zmm3
	vmovups	%zmm0, (%r13,%r15,4)
	vmovups	%zmm1, 64(%r13,%r15,4)
	vmovups	%zmm2, 128(%r13,%r15,4)
	vmovups	%zmm3, 192(%r13,%r15,4)
	vmovups	256(%rdx), %zmm0
	vmovups	320(%rdx), %zmm1
	vmovups	384(%rdx), %zmm2
	vmovups	448(%rdx), %zmm3
	vmovups	%zmm0, 256(%r13,%r15,4)
	vmovups	%zmm1, 320(%r13,%r15,4)
	vmovups	%zmm2, 384(%r13,%r15,4)
	vmovups	%zmm3, 448(%r13,%r15,4)
	vmovups	512(%rdx), %zmm0
	vmovups	%zmm0, 512(%r13,%r15,4)
	jmp	.LBB54_13
	.p2align	4
.LBB54_10:
	movq	40(%rsp), %rsi
	movl	$17, %edx
	.p2align	4
.LBB54_11:
	vmovss	(%rsi), %xmm0
	leaq	(%rsi,%r8), %r11
	addq	%r8, %r11
	vmovss	%xmm0, -68(%r14,%rdx,4)
	vmovss	(%rsi,%rbp,4), %xmm0
	vmovss	%xmm0, -64(%r14,%rdx,4)
	vmovss	(%rsi,%rbp,8), %xmm0
	addq	%rdi, %rsi
	vmovss	%xmm0, -60(%r14,%rdx,4)
	vmovss	(%r11,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r14,%rdx,4)
	vmovss	(%r11,%rbp,8), %xmm0
	addq	%rax, %r11
	leaq	(%r11,%rbp,4), %r12
	vmovss	%xmm0, -52(%r14,%rdx,4)
	vmovss	(%r11,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -44(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -40(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -36(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -32(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -28(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -24(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -20(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -16(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -12(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -8(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -4(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	vmovss	%xmm0, (%r14,%rdx,4)
	addq	$18, %rdx
	cmpq	$161, %rdx
	jne	.LBB54_11
.LBB54_13:
	movq	48(%rsp), %r11
	leaq	(%r13,%rcx), %rdx
	leaq	576(%r13,%rcx), %rsi
	leaq	(%r10,%r10,2), %rcx
	movq	%rbx, %r12
	shlq	$6, %rcx
	addq	24(%rsp), %rcx
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	8(%rsp), %rdx
	setb	%dl
	cmpq	%rsi, %rbx
	setb	%sil
	andb	%dl, %sil
	xorl	%edx, %edx
	orb	%r11b, %sil
	jmp	.LBB54_14
	.p2align	4
.LBB54_20:
	movq	%rdx, %r11
	imulq	48(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	(%r13,%r15,4), %zmm1, %zmm1
	vaddps	64(%r13,%r15,4), %zmm2, %zmm2
	vaddps	128(%r13,%r15,4), %zmm3, %zmm3
	vaddps	192(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, (%r13,%r15,4)
	vmovups	%zmm2, 64(%r13,%r15,4)
	vmovups	%zmm3, 128(%r13,%r15,4)
	vmovups	%zmm4, 192(%r13,%r15,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	384(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	448(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	256(%r13,%r15,4), %zmm1, %zmm1
	vaddps	320(%r13,%r15,4), %zmm2, %zmm2
	vaddps	384(%r13,%r15,4), %zmm3, %zmm3
	vaddps	448(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, 256(%r13,%r15,4)
	vmovups	%zmm2, 320(%r13,%r15,4)
	vmovups	%zmm3, 384(%r13,%r15,4)
	vmovups	%zmm4, 448(%r13,%r15,4)
	vmulps	512(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	512(%r13,%r15,4), %zmm0, %zmm0
	vmovups	%zmm0, 512(%r13,%r15,4)
.LBB54_17:
	incq	%rdx
	addq	%r9, %r12
	cmpq	$48, %rdx
	je	.LBB54_18
.LBB54_14:
	vmovss	(%rcx,%rdx,4), %xmm0
	testb	%sil, %sil
	je	.LBB54_20
	movl	$11, %r11d
	.p2align	4
.LBB54_16:
	vmulss	-44(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r14,%r11,4)
	vmulss	-40(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r14,%r11,4)
	vmulss	-36(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r14,%r11,4)
	vmulss	-32(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r14,%r11,4)
	vmulss	-28(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r14,%r11,4)
	vmulss	-24(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r14,%r11,4)
	vmulss	-20(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r14,%r11,4)
	vmulss	-16(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r14,%r11,4)
	vmulss	-12(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r14,%r11,4)
	vmulss	-8(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r14,%r11,4)
	vmulss	-4(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r14,%r11,4)
	vmulss	(%r12,%r11,4), %xmm0, %xmm1
	vaddss	(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r14,%r11,4)
	addq	$12, %r11
	cmpq	$155, %r11
	jne	.LBB54_16
	jmp	.LBB54_17
.LBB54_19:
	movq	24(%rsp), %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end54:
	.size	k71, .Lfunc_end54-k71

	.globl	_mlir_ciface_k71
	.p2align	4
	.type	_mlir_ciface_k71,@function
_mlir_ciface_k71:
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
	callq	k71@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end55:
	.size	_mlir_ciface_k71, .Lfunc_end55-_mlir_ciface_k71

	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI56_0:
	.zero	8
	.zero	8
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
.LCPI56_1:
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
	.zero	8
	.zero	8
.LCPI56_2:
	.zero	8
	.zero	8
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
.LCPI56_3:
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
	.zero	8
	.zero	8
.LCPI56_4:
	.zero	8
	.zero	8
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
.LCPI56_5:
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
	.zero	8
	.zero	8
.LCPI56_6:
	.zero	8
	.zero	8
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
.LCPI56_7:
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
	.zero	8
	.zero	8
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI56_8:
	.quad	0
	.quad	4
	.quad	8
	.quad	12
.LCPI56_9:
	.quad	1
	.quad	5
	.quad	9
	.quad	13
.LCPI56_10:
	.quad	2
	.quad	6
	.quad	10
	.quad	14
.LCPI56_11:
	.quad	3
	.quad	7
	.quad	11
	.quad	15
	.text
	.globl	k78
	.p2align	4
	.type	k78,@function
k78:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, (%rsp)
	movq	%rsi, 104(%rsp)
	movq	688(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	656(%rsp), %rax
	movq	672(%rsp), %r13
	movq	%rax, 200(%rsp)
	movq	632(%rsp), %rax
	movq	%rax, 240(%rsp)
	movq	600(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	576(%rsp), %rax
	movq	%rax, 160(%rsp)
	movq	544(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	520(%rsp), %rax
	movq	%rax, 184(%rsp)
	movq	488(%rsp), %rax
	movq	%rax, 176(%rsp)
	movq	464(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	432(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	%r13, %rax
	shlq	$6, %rax
	movq	376(%rsp), %rcx
	movq	408(%rsp), %rbx
	leaq	(%rax,%rax,2), %r15
	movq	%r15, %rdi
	movq	%rcx, 96(%rsp)
	movq	320(%rsp), %rax
	movq	352(%rsp), %r14
	movq	%rax, 88(%rsp)
	callq	malloc@PLT
	movq	%r15, %rdi
	movq	%rax, 16(%rsp)
	callq	malloc@PLT
	movq	%rax, 152(%rsp)
	movq	%r13, 168(%rsp)
	testq	%r13, %r13
	jle	.LBB56_17
	leaq	(,%rbx,4), %rax
	xorl	%r9d, %r9d
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, 128(%rsp)
	movq	%r14, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdx
	leaq	24(%rax,%rax,2), %rax
	movq	%rdx, 80(%rsp)
	movq	%rax, 72(%rsp)
	leaq	(,%r14,4), %rax
	shlq	$7, %r14
	leaq	(%r14,%r14,2), %rdx
	leaq	24(%r14,%r14,2), %rcx
	movq	$-3, %r14
	movq	%rax, 136(%rsp)
	movq	%rbx, %rax
	shlq	$6, %rax
	shlq	$7, %rbx
	leaq	(%rax,%rax,2), %rax
	leaq	(%rbx,%rbx,2), %r10
	movq	%rax, 48(%rsp)
	movq	%rdx, 64(%rsp)
	movq	%rcx, 192(%rsp)
	shlq	$2, (%rsp)
	movl	$3, %eax
	movl	$2, %ecx
	movl	$1, %edx
	movq	16(%rsp), %rbx
	movq	152(%rsp), %r12
	jmp	.LBB56_2
	.p2align	4
.LBB56_16:
	movq	40(%rsp), %rax
	movq	32(%rsp), %rcx
	movq	120(%rsp), %rdx
	movq	112(%rsp), %r14
	movq	168(%rsp), %r13
	incq	%r9
	addq	$192, %r12
	addq	$192, %rbx
	incq	%rax
	incq	%rcx
	incq	%rdx
	incq	%r14
	cmpq	%r13, %r9
	je	.LBB56_17
.LBB56_2:
	movq	%rax, 40(%rsp)
	cmpq	$3, %r9
	movl	$3, %r13d
	movl	$24, %r11d
	movq	(%rsp), %rsi
	cmovbq	%r9, %r13
	movq	104(%rsp), %rdi
	subq	%r13, %rax
	imulq	%rsi, %rax
	addq	%rdi, %rax
	movq	%rax, 8(%rsp)
	movq	%rcx, 32(%rsp)
	movq	%rdx, 120(%rsp)
	subq	%r13, %rcx
	subq	%r13, %rdx
	leal	(,%r13,4), %eax
	xorq	$3, %r13
	leaq	(%r13,%r14), %rbp
	imulq	%rsi, %rcx
	imulq	%rsi, %rdx
	movq	72(%rsp), %r8
	movq	192(%rsp), %r15
	movq	%r14, 112(%rsp)
	shll	$2, %r13d
	imulq	%rsi, %rbp
	subq	%rax, %r11
	xorl	%esi, %esi
	addq	%rdi, %rcx
	addq	%rdi, %rdx
	addq	%rdi, %rbp
	movq	80(%rsp), %rdi
	subq	%rax, %r8
	subq	%rax, %r15
	leaq	(%rdi,%r13), %rax
	movq	%rax, 56(%rsp)
	movq	64(%rsp), %rax
	addq	%r13, %rax
	movq	%rax, 144(%rsp)
	movq	88(%rsp), %rax
	movq	96(%rsp), %rdi
	jmp	.LBB56_3
	.p2align	4
.LBB56_15:
	movq	48(%rsp), %r14
	vaddss	(%rdi,%r10), %xmm3, %xmm3
	vaddss	(%rdi), %xmm1, %xmm1
	addq	136(%rsp), %rax
	vaddss	(%rdi,%r14), %xmm2, %xmm2
	addq	128(%rsp), %rdi
	vmovss	%xmm1, (%r12,%rsi)
	vmulss	%xmm3, %xmm2, %xmm2
	vmovss	%xmm2, (%rbx,%rsi)
	addq	$4, %rsi
	cmpq	$192, %rsi
	je	.LBB56_16
.LBB56_3:
	vmovss	(%rax,%r13), %xmm1
	vmulss	(%rbp,%rsi), %xmm1, %xmm1
	vaddss	%xmm0, %xmm1, %xmm1
	testq	%r9, %r9
	je	.LBB56_7
	vmovss	-8(%rax,%r11), %xmm2
	vmulss	(%rdx,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$1, %r9
	je	.LBB56_7
	vmovss	-4(%rax,%r11), %xmm2
	vmulss	(%rcx,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$2, %r9
	je	.LBB56_7
	movq	8(%rsp), %r14
	vmovss	(%rax,%r11), %xmm2
	vmulss	(%r14,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	.p2align	4
.LBB56_7:
	movq	56(%rsp), %r14
	vmovss	(%rax,%r14), %xmm2
	vmulss	192(%rbp,%rsi), %xmm2, %xmm2
	vaddss	%xmm0, %xmm2, %xmm2
	testq	%r9, %r9
	je	.LBB56_11
	vmovss	-8(%rax,%r8), %xmm3
	vmulss	192(%rdx,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$1, %r9
	je	.LBB56_11
	vmovss	-4(%rax,%r8), %xmm3
	vmulss	192(%rcx,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$2, %r9
	je	.LBB56_11
	movq	8(%rsp), %r14
	vmovss	(%rax,%r8), %xmm3
	vmulss	192(%r14,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	.p2align	4
.LBB56_11:
	movq	144(%rsp), %r14
	vmovss	(%rax,%r14), %xmm3
	vmulss	384(%rbp,%rsi), %xmm3, %xmm3
	vaddss	%xmm0, %xmm3, %xmm3
	testq	%r9, %r9
	je	.LBB56_15
	vmovss	-8(%rax,%r15), %xmm4
	vmulss	384(%rdx,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$1, %r9
	je	.LBB56_15
	vmovss	-4(%rax,%r15), %xmm4
	vmulss	384(%rcx,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$2, %r9
	je	.LBB56_15
	movq	8(%rsp), %r14
	vmovss	(%rax,%r15), %xmm4
	vmulss	384(%r14,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	jmp	.LBB56_15
.LBB56_17:
	movl	$1, %edi
	movl	$1536, %esi
	movl	$1, %ebx
	callq	calloc@PLT
	movl	$1, %edi
	movl	$1536, %esi
	movq	%rax, %r15
	callq	calloc@PLT
	leaq	15(%r13), %rcx
	movq	%rax, %r12
	shrq	$4, %rcx
	movq	%rcx, 104(%rsp)
	movq	160(%rsp), %r8
	je	.LBB56_43
	movq	176(%rsp), %rcx
	movq	%r8, %rax
	shlq	$4, %rax
	vmovapd	.LCPI56_0(%rip), %zmm17
	vmovapd	.LCPI56_1(%rip), %zmm18
	vmovapd	.LCPI56_2(%rip), %zmm19
	vmovapd	.LCPI56_3(%rip), %zmm3
	vmovapd	.LCPI56_4(%rip), %zmm4
	vmovapd	.LCPI56_5(%rip), %zmm5
	vmovapd	.LCPI56_6(%rip), %zmm6
	vmovapd	.LCPI56_7(%rip), %zmm7
	leaq	(,%r8,4), %r11
	leaq	(,%r8,8), %rdx
	xorl	%edi, %edi
	vxorpd	%xmm8, %xmm8, %xmm8
	leaq	(%rax,%rax,2), %r10
	leaq	28(%rcx), %rax
	movq	%rax, 8(%rsp)
	shlq	$2, 184(%rsp)
	movq	16(%rsp), %rcx
	movq	24(%rsp), %rax
	movq	%rcx, %r14
	leaq	12(%rax), %rbp
	addq	$4, %r14
	movl	$16, %eax
	movq	%rcx, (%rsp)
	movq	%r10, 88(%rsp)
	movq	%r11, 80(%rsp)
	movq	%rbp, 72(%rsp)
	movq	%rdx, 64(%rsp)
	jmp	.LBB56_19
	.p2align	4
.LBB56_42:
	movq	112(%rsp), %rdi
	movq	120(%rsp), %rax
	movq	32(%rsp), %rbx
	addq	$3072, (%rsp)
	addq	$3072, %r14
	incq	%rdi
	addq	$16, %rax
	addq	$-16, %rbx
	cmpq	104(%rsp), %rdi
	je	.LBB56_43
.LBB56_19:
	cmpq	%rax, %r13
	movq	%rax, %r9
	movq	%rbx, 32(%rsp)
	movq	%rax, 120(%rsp)
	cmovbq	%r13, %r9
	cmpq	$1, %r8
	jne	.LBB56_20
	movq	24(%rsp), %rax
	movb	$-52, %cl
	kmovd	%ecx, %k1
	vcvtps2pd	(%rax), %zmm9
	vcvtps2pd	8(%rax), %zmm11
	vcvtps2pd	4(%rax), %zmm10
	vcvtps2pd	12(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 192(%r12)
	vmovupd	%zmm16, 128(%r12)
	vmovupd	%zmm15, 64(%r12)
	vmovupd	%zmm14, (%r12)
	vcvtps2pd	32(%rax), %zmm9
	vcvtps2pd	40(%rax), %zmm11
	vcvtps2pd	36(%rax), %zmm10
	vcvtps2pd	44(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 448(%r12)
	vmovupd	%zmm16, 384(%r12)
	vmovupd	%zmm15, 320(%r12)
	vmovupd	%zmm14, 256(%r12)
	vcvtps2pd	64(%rax), %zmm9
	vcvtps2pd	72(%rax), %zmm11
	vcvtps2pd	68(%rax), %zmm10
	vcvtps2pd	76(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 704(%r12)
	vmovupd	%zmm16, 640(%r12)
	vmovupd	%zmm15, 576(%r12)
	vmovupd	%zmm14, 512(%r12)
	vcvtps2pd	96(%rax), %zmm9
	vcvtps2pd	104(%rax), %zmm11
	vcvtps2pd	100(%rax), %zmm10
	vcvtps2pd	108(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 960(%r12)
	vmovupd	%zmm16, 896(%r12)
	vmovupd	%zmm15, 832(%r12)
	vmovupd	%zmm14, 768(%r12)
	vcvtps2pd	128(%rax), %zmm9
	vcvtps2pd	136(%rax), %zmm11
	vcvtps2pd	132(%rax), %zmm10
	vcvtps2pd	140(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1216(%r12)
	vmovupd	%zmm16, 1152(%r12)
	vmovupd	%zmm15, 1088(%r12)
	vmovupd	%zmm14, 1024(%r12)
	vcvtps2pd	160(%rax), %zmm9
	vcvtps2pd	168(%rax), %zmm11
	vcvtps2pd	164(%rax), %zmm10
	vcvtps2pd	172(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r12)
	vmovupd	%zmm16, 1408(%r12)
	vmovupd	%zmm15, 1344(%r12)
	vmovupd	%zmm14, 1280(%r12)
	jmp	.LBB56_23
	.p2align	4
.LBB56_20:
	movq	24(%rsp), %rcx
	movl	$352, %eax
	.p2align	4
.LBB56_21:
	vcvtps2pd	(%rcx), %ymm9
	leaq	(%rcx,%r11), %rdx
	leaq	(%r11,%r11), %rsi
	addq	%r11, %rdx
	addq	%rdx, %rsi
	vmovups	%ymm9, -352(%r12,%rax)
	vcvtps2pd	(%rcx,%r8,4), %ymm9
	vmovups	%ymm9, -320(%r12,%rax)
	vcvtps2pd	(%rcx,%r8,8), %ymm9
	addq	%r10, %rcx
	vmovups	%ymm9, -288(%r12,%rax)
	vcvtps2pd	(%rdx,%r8,4), %ymm9
	vmovups	%ymm9, -256(%r12,%rax)
	vcvtps2pd	(%rdx,%r8,8), %ymm9
	leaq	(%rsi,%r8,4), %rdx
	vmovups	%ymm9, -224(%r12,%rax)
	vcvtps2pd	(%rsi,%r8,4), %ymm9
	vmovups	%ymm9, -192(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -160(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -128(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -96(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -64(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -32(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	vmovupd	%ymm9, (%r12,%rax)
	addq	$384, %rax
	cmpq	$1888, %rax
	jne	.LBB56_21
.LBB56_23:
	movq	%rdi, 112(%rsp)
	shlq	$4, %rdi
	leaq	16(%rdi), %rax
	cmpq	%r13, %rax
	cmovaeq	%r13, %rax
	cmpq	%rax, %rdi
	jge	.LBB56_42
	movq	%r14, 96(%rsp)
	movq	%r9, 40(%rsp)
	movl	$1, %esi
	xorl	%r10d, %r10d
	movq	%rdi, %rcx
	movq	32(%rsp), %rax
	addq	%r9, %rax
	movq	%rax, 128(%rsp)
	movq	(%rsp), %r14
	movq	%rdi, 48(%rsp)
	jmp	.LBB56_25
	.p2align	4
.LBB56_36:
	movq	136(%rsp), %rcx
	movq	56(%rsp), %rsi
	movq	144(%rsp), %r14
	incq	%r10
	incq	%rcx
	incq	%rsi
	addq	$192, %r14
	cmpq	128(%rsp), %rsi
	je	.LBB56_37
.LBB56_25:
	movq	%rsi, 56(%rsp)
	movq	%rcx, %r11
	movq	%rcx, %rax
	shlq	$4, %rax
	movl	%esi, %edi
	andl	$7, %edi
	andq	$-8, %rsi
	xorl	%r8d, %r8d
	subq	48(%rsp), %r11
	movq	%rcx, 136(%rsp)
	leaq	(%rax,%rax,2), %rax
	imulq	208(%rsp), %rcx
	movq	200(%rsp), %rdx
	leaq	(%rdx,%rcx,4), %rbx
	movq	176(%rsp), %rcx
	movq	%r14, 144(%rsp)
	movq	8(%rsp), %rbp
	jmp	.LBB56_26
	.p2align	4
.LBB56_34:
	vcvtss2sd	%xmm9, %xmm9, %xmm9
.LBB56_35:
	movq	%r8, %r9
	imulq	240(%rsp), %r9
	movq	232(%rsp), %r13
	movq	%r8, %rdx
	shlq	$5, %rdx
	addq	$4, %r14
	vmovupd	(%r12,%rdx), %ymm10
	vmovupd	8(%r15,%rdx), %xmm11
	vmovupd	16(%r12,%rdx), %xmm12
	vmovups	(%r13,%r9,4), %xmm13
	movq	%r8, %r13
	imulq	160(%rsp), %r13
	movb	$9, %r9b
	kmovd	%r9d, %k1
	movq	24(%rsp), %r9
	vmovupd	(%r15,%rdx), %ymm14 {%k1} {z}
	vmovups	(%r9,%r13,4), %xmm15
	movq	16(%rsp), %r9
	movq	216(%rsp), %r13
	vpermpd	$236, %ymm14, %ymm14
	vmovsd	%xmm14, %xmm11, %xmm1
	vmovsd	%xmm11, %xmm14, %xmm2
	vmovsldup	%xmm15, %xmm16
	vmovshdup	%xmm15, %xmm15
	vcvtps2pd	%xmm15, %ymm15
	vcvtps2pd	%xmm16, %ymm16
	vmulpd	%ymm15, %ymm10, %ymm15
	vmulpd	%ymm16, %ymm10, %ymm0
	vshufpd	$5, %ymm15, %ymm15, %ymm15
	vaddsubpd	%ymm15, %ymm0, %ymm0
	vunpcklpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm1, %xmm15, %xmm1
	vunpckhpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm2, %xmm15, %xmm2
	vshufps	$232, %xmm13, %xmm13, %xmm15
	vshufps	$237, %xmm13, %xmm13, %xmm13
	vmovupd	%ymm0, (%r12,%rdx)
	leaq	(%r8,%rax), %rdx
	vcvtps2pd	%xmm15, %xmm15
	vcvtps2pd	%xmm13, %xmm13
	vmovss	(%r9,%rdx,4), %xmm0
	movq	%r8, %r9
	imulq	224(%rsp), %r9
	vsubpd	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm12, %xmm10, %xmm2
	vmovsd	%xmm10, %xmm12, %xmm10
	vmulpd	%xmm2, %xmm14, %xmm2
	vmulpd	%xmm11, %xmm10, %xmm10
	vmulpd	%xmm1, %xmm15, %xmm1
	vaddpd	%xmm2, %xmm10, %xmm2
	vmulss	(%r13,%r9,4), %xmm0, %xmm0
	movq	152(%rsp), %r9
	vmulpd	%xmm2, %xmm13, %xmm2
	vsubpd	%xmm2, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm8, %xmm2
	vshufpd	$1, %xmm1, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm1, %xmm9, %xmm1
	vcvtsd2ss	%xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	(%r9,%rdx,4), %xmm0, %xmm0
	movq	184(%rsp), %rdx
	addq	%rdx, %rbp
	addq	%rdx, %rcx
	vmovss	%xmm0, (%rbx,%r8,4)
	incq	%r8
	cmpq	$48, %r8
	je	.LBB56_36
.LBB56_26:
	movabsq	$9223372036854775806, %rdx
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	%rdx, %r11
	ja	.LBB56_35
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	$7, %r10
	jae	.LBB56_29
	xorl	%edx, %edx
	jmp	.LBB56_32
	.p2align	4
.LBB56_29:
	movq	%r14, %r13
	xorl	%edx, %edx
	.p2align	4
.LBB56_30:
	vmovss	-28(%rbp,%rdx,4), %xmm10
	vmovss	-24(%rbp,%rdx,4), %xmm11
	vmulss	(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmulss	-192(%r13), %xmm11, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-20(%rbp,%rdx,4), %xmm10
	vmulss	-384(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-16(%rbp,%rdx,4), %xmm10
	vmulss	-576(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-12(%rbp,%rdx,4), %xmm10
	vmulss	-768(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-8(%rbp,%rdx,4), %xmm10
	vmulss	-960(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-4(%rbp,%rdx,4), %xmm10
	vmulss	-1152(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	(%rbp,%rdx,4), %xmm10
	addq	$8, %rdx
	vmulss	-1344(%r13), %xmm10, %xmm10
	addq	$-1536, %r13
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rdx, %rsi
	jne	.LBB56_30
	testb	$7, 56(%rsp)
	je	.LBB56_34
.LBB56_32:
	leaq	(%rcx,%rdx,4), %r13
	shlq	$6, %rdx
	leaq	(%rdx,%rdx,2), %r9
	movq	%r14, %rdx
	subq	%r9, %rdx
	xorl	%r9d, %r9d
	.p2align	4
.LBB56_33:
	vmovss	(%r13,%r9,4), %xmm10
	incq	%r9
	vmulss	(%rdx), %xmm10, %xmm10
	addq	$-192, %rdx
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%r9, %rdi
	jne	.LBB56_33
	jmp	.LBB56_34
	.p2align	4
.LBB56_37:
	movq	96(%rsp), %r14
	movq	168(%rsp), %r13
	movq	160(%rsp), %r8
	movq	88(%rsp), %r10
	movq	80(%rsp), %r11
	movq	72(%rsp), %rbp
	movq	64(%rsp), %rdx
	movq	40(%rsp), %r9
	movq	48(%rsp), %rbx
	movq	%r14, %rdi
	jmp	.LBB56_38
	.p2align	4
.LBB56_44:
	vmovupd	(%r15), %zmm13
	vmovupd	128(%r15), %zmm15
	vmovupd	64(%r15), %zmm14
	vmovupd	192(%r15), %zmm16
	vbroadcasti64x4	.LCPI56_8(%rip), %zmm9
	movq	%rbx, %rax
	shlq	$6, %rax
	vbroadcasti64x4	.LCPI56_9(%rip), %zmm28
	vbroadcasti64x4	.LCPI56_11(%rip), %zmm26
	vbroadcasti64x4	.LCPI56_10(%rip), %zmm27
	movq	16(%rsp), %rcx
	movb	$-52, %r9b
	leaq	(%rax,%rax,2), %rsi
	movq	24(%rsp), %rax
	kmovd	%r9d, %k1
	movq	40(%rsp), %r9
	vcvtps2pd	(%rcx,%rsi), %zmm0
	vcvtps2pd	(%rax), %zmm1
	vcvtps2pd	4(%rax), %zmm2
	vmovapd	%zmm15, %zmm10
	vmovapd	%zmm13, %zmm11
	vpermt2pd	%zmm16, %zmm9, %zmm10
	vpermt2pd	%zmm14, %zmm9, %zmm11
	vmovapd	%zmm13, %zmm12
	vpermt2pd	%zmm14, %zmm28, %zmm12
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vpermt2pd	%zmm14, %zmm27, %zmm22
	vshuff64x2	$228, %zmm10, %zmm11, %zmm20
	vmovapd	%zmm15, %zmm11
	vpermt2pd	%zmm16, %zmm28, %zmm11
	vshuff64x2	$228, %zmm11, %zmm12, %zmm21
	vmovapd	%zmm15, %zmm12
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm16, %zmm27, %zmm12
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	12(%rax), %zmm21
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vcvtps2pd	8(%rax), %zmm15
	vshuff64x2	$228, %zmm12, %zmm22, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm21, %zmm22, %zmm2
	vmulpd	%zmm15, %zmm22, %zmm16
	vmulpd	%zmm15, %zmm13, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm13, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, (%r15)
	vmovupd	%zmm15, 64(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 128(%r15)
	vmovupd	%zmm20, 192(%r15)
	vcvtps2pd	32(%rcx,%rsi), %zmm0
	vmovupd	256(%r15), %zmm14
	vmovupd	384(%r15), %zmm16
	vmovupd	320(%r15), %zmm13
	vmovupd	448(%r15), %zmm15
	vcvtps2pd	32(%rax), %zmm1
	vcvtps2pd	36(%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm14, %zmm21
	vmovapd	%zmm16, %zmm24
	vmovapd	%zmm14, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermt2pd	%zmm13, %zmm9, %zmm21
	vpermt2pd	%zmm15, %zmm28, %zmm24
	vpermt2pd	%zmm13, %zmm28, %zmm22
	vmovapd	%zmm16, %zmm25
	vmovapd	%zmm14, %zmm23
	vpermt2pd	%zmm15, %zmm26, %zmm16
	vpermt2pd	%zmm13, %zmm26, %zmm14
	vpermt2pd	%zmm13, %zmm27, %zmm23
	vpermt2pd	%zmm15, %zmm27, %zmm25
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm24, %zmm22, %zmm21
	vshuff64x2	$228, %zmm16, %zmm14, %zmm13
	vshuff64x2	$228, %zmm25, %zmm23, %zmm22
	vcvtps2pd	44(%rax), %zmm23
	vmulpd	%zmm1, %zmm20, %zmm16
	vmulpd	%zmm2, %zmm21, %zmm15
	vmulpd	%zmm2, %zmm20, %zmm2
	vmulpd	%zmm1, %zmm21, %zmm1
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	40(%rax), %zmm2
	vsubpd	%zmm15, %zmm16, %zmm14
	vmulpd	%zmm23, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm23, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 256(%r15)
	vmovupd	%zmm15, 320(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 384(%r15)
	vmovupd	%zmm20, 448(%r15)
	vcvtps2pd	64(%rcx,%rsi), %zmm0
	vmovupd	640(%r15), %zmm16
	vmovupd	512(%r15), %zmm14
	vmovupd	576(%r15), %zmm13
	vmovupd	704(%r15), %zmm15
	vcvtps2pd	64(%rax), %zmm1
	vcvtps2pd	68(%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm14, %zmm21
	vmovapd	%zmm16, %zmm23
	vmovapd	%zmm14, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermt2pd	%zmm13, %zmm9, %zmm21
	vpermt2pd	%zmm15, %zmm28, %zmm23
	vpermt2pd	%zmm13, %zmm28, %zmm22
	vmovapd	%zmm16, %zmm24
	vpermt2pd	%zmm15, %zmm26, %zmm16
	vpermt2pd	%zmm15, %zmm27, %zmm24
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm23, %zmm22, %zmm21
	vmovapd	%zmm14, %zmm23
	vpermt2pd	%zmm13, %zmm26, %zmm14
	vpermt2pd	%zmm13, %zmm27, %zmm23
	vmulpd	%zmm2, %zmm21, %zmm15
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm16, %zmm14, %zmm13
	vmulpd	%zmm1, %zmm20, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	76(%rax), %zmm21
	vshuff64x2	$228, %zmm24, %zmm23, %zmm22
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	72(%rax), %zmm2
	vsubpd	%zmm15, %zmm16, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 512(%r15)
	vmovupd	%zmm15, 576(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 640(%r15)
	vmovupd	%zmm20, 704(%r15)
	vcvtps2pd	96(%rcx,%rsi), %zmm0
	vmovupd	768(%r15), %zmm13
	vmovupd	896(%r15), %zmm15
	vmovupd	832(%r15), %zmm14
	vmovupd	960(%r15), %zmm16
	vcvtps2pd	96(%rax), %zmm1
	vcvtps2pd	100(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm13, %zmm21
	vmovapd	%zmm15, %zmm24
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermt2pd	%zmm14, %zmm9, %zmm21
	vpermt2pd	%zmm16, %zmm28, %zmm24
	vpermt2pd	%zmm14, %zmm28, %zmm22
	vmovapd	%zmm15, %zmm25
	vmovapd	%zmm13, %zmm23
	vpermt2pd	%zmm16, %zmm27, %zmm25
	vpermt2pd	%zmm14, %zmm27, %zmm23
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm24, %zmm22, %zmm21
	vshuff64x2	$228, %zmm25, %zmm23, %zmm22
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vmulpd	%zmm2, %zmm20, %zmm2
	vcvtps2pd	108(%rax), %zmm21
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	104(%rax), %zmm2
	vsubpd	%zmm16, %zmm14, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm5, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm7, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm4, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm6, %zmm14
	vpermt2pd	%zmm2, %zmm19, %zmm21
	vpermt2pd	%zmm2, %zmm17, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm3, %zmm20
	vpermt2pd	%zmm1, %zmm18, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 896(%r15)
	vmovupd	%zmm15, 960(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 768(%r15)
	vmovupd	%zmm20, 832(%r15)
	vcvtps2pd	128(%rcx,%rsi), %zmm0
	vmovupd	1152(%r15), %zmm15
	vmovupd	1024(%r15), %zmm13
	vmovupd	1088(%r15), %zmm14
	vmovupd	1216(%r15), %zmm16
	vcvtps2pd	128(%rax), %zmm1
	vcvtps2pd	132(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm13, %zmm21
	vmovapd	%zmm15, %zmm23
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermt2pd	%zmm14, %zmm9, %zmm21
	vpermt2pd	%zmm16, %zmm28, %zmm23
	vpermt2pd	%zmm14, %zmm28, %zmm22
	vmovapd	%zmm15, %zmm24
	vpermt2pd	%zmm16, %zmm27, %zmm24
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm23, %zmm22, %zmm21
	vmovapd	%zmm13, %zmm23
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vpermt2pd	%zmm14, %zmm27, %zmm23
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vmulpd	%zmm2, %zmm20, %zmm2
	vcvtps2pd	140(%rax), %zmm21
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	136(%rax), %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vshuff64x2	$228, %zmm24, %zmm23, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm3, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm18, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm19, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm17, %zmm14
	vpermt2pd	%zmm2, %zmm4, %zmm21
	vpermt2pd	%zmm2, %zmm6, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 1088(%r15)
	vmovupd	%zmm15, 1024(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 1216(%r15)
	vmovupd	%zmm20, 1152(%r15)
	vcvtps2pd	160(%rcx,%rsi), %zmm0
	vmovupd	1408(%r15), %zmm15
	vmovupd	1280(%r15), %zmm13
	vmovupd	1344(%r15), %zmm14
	vmovupd	1472(%r15), %zmm16
	vcvtps2pd	160(%rax), %zmm1
	vcvtps2pd	164(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm15, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermi2pd	%zmm14, %zmm13, %zmm9
	vpermt2pd	%zmm16, %zmm28, %zmm22
	vpermi2pd	%zmm14, %zmm13, %zmm28
	vmovapd	%zmm15, %zmm21
	vpermt2pd	%zmm16, %zmm27, %zmm21
	vpermi2pd	%zmm14, %zmm13, %zmm27
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vshuff64x2	$228, %zmm22, %zmm28, %zmm10
	vshuff64x2	$228, %zmm20, %zmm9, %zmm9
	vshuff64x2	$228, %zmm15, %zmm13, %zmm12
	vshuff64x2	$228, %zmm21, %zmm27, %zmm11
	vmulpd	%zmm1, %zmm9, %zmm15
	vmulpd	%zmm2, %zmm10, %zmm14
	vmulpd	%zmm2, %zmm9, %zmm2
	vcvtps2pd	172(%rax), %zmm9
	vmulpd	%zmm1, %zmm10, %zmm1
	vsubpd	%zmm14, %zmm15, %zmm13
	vcvtps2pd	168(%rax), %zmm15
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm9, %zmm12, %zmm14
	vmulpd	%zmm9, %zmm11, %zmm9
	vmulpd	%zmm15, %zmm11, %zmm10
	vmulpd	%zmm15, %zmm12, %zmm2
	vsubpd	%zmm14, %zmm10, %zmm10
	vaddpd	%zmm2, %zmm9, %zmm2
	vaddpd	%zmm0, %zmm13, %zmm9
	vaddpd	%zmm0, %zmm10, %zmm0
	vmovapd	%zmm9, %zmm12
	vpermt2pd	%zmm1, %zmm3, %zmm12
	vmovapd	%zmm9, %zmm11
	vpermt2pd	%zmm1, %zmm18, %zmm11
	vmovapd	%zmm0, %zmm13
	vpermt2pd	%zmm2, %zmm19, %zmm13
	vmovapd	%zmm0, %zmm10
	vmovapd	%zmm0, %zmm14
	vpermt2pd	%zmm2, %zmm17, %zmm10
	vpermt2pd	%zmm2, %zmm4, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm0
	vmovapd	%zmm13, %zmm12 {%k1}
	vmovapd	%zmm9, %zmm13
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vpermt2pd	%zmm1, %zmm7, %zmm9
	vmovapd	%zmm10, %zmm11 {%k1}
	vmovupd	%zmm12, 1344(%r15)
	vmovupd	%zmm11, 1280(%r15)
	vmovapd	%zmm14, %zmm13 {%k1}
	vmovapd	%zmm0, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r15)
	vmovupd	%zmm13, 1408(%r15)
.LBB56_41:
	incq	%rbx
	addq	$192, %rdi
	cmpq	%r9, %rbx
	je	.LBB56_42
.LBB56_38:
	cmpq	$1, %r8
	je	.LBB56_44
	movq	%rbp, %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB56_40:
	vmovss	-4(%rdi,%rcx), %xmm0
	vmovss	-12(%rax), %xmm1
	vmovss	-8(%rax), %xmm2
	vmovsd	(%r15,%rcx,8), %xmm9
	vmovsd	8(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, (%r15,%rcx,8)
	vmovsd	%xmm1, 8(%r15,%rcx,8)
	vmovss	-4(%rax), %xmm1
	vmovss	(%rax), %xmm2
	vmovsd	16(%r15,%rcx,8), %xmm9
	vmovsd	24(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 16(%r15,%rcx,8)
	vmovss	(%rdi,%rcx), %xmm0
	vmovsd	%xmm1, 24(%r15,%rcx,8)
	vmovss	-12(%rax,%r11), %xmm1
	vmovss	-8(%rax,%r11), %xmm2
	vmovsd	32(%r15,%rcx,8), %xmm9
	vmovsd	40(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, 32(%r15,%rcx,8)
	vmovsd	%xmm1, 40(%r15,%rcx,8)
	vmovss	-4(%rax,%r11), %xmm1
	vmovss	(%rax,%r11), %xmm2
	vmovsd	48(%r15,%rcx,8), %xmm9
	vmovsd	56(%r15,%rcx,8), %xmm10
	addq	%rdx, %rax
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 48(%r15,%rcx,8)
	vmovsd	%xmm1, 56(%r15,%rcx,8)
	addq	$8, %rcx
	cmpq	$192, %rcx
	jne	.LBB56_40
	jmp	.LBB56_41
.LBB56_43:
	movq	16(%rsp), %rdi
	vzeroupper
	callq	free@PLT
	movq	152(%rsp), %rdi
	callq	free@PLT
	movq	%r15, %rdi
	callq	free@PLT
	movq	%r12, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end56:
	.size	k78, .Lfunc_end56-k78

	.globl	_mlir_ciface_k78
	.p2align	4
	.type	_mlir_ciface_k78,@function
_mlir_ciface_k78:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$424, %rsp
	movq	%r9, %rax
	movq	8(%rdi), %r9
	movq	40(%rdi), %rdi
	movq	%rsi, %r10
	movq	480(%rsp), %rbx
	movq	488(%rsp), %r11
	movq	40(%rcx), %rsi
	movq	8(%rcx), %r15
	movq	8(%r8), %r12
	movq	8(%rdx), %r14
	movq	40(%r8), %r8
	movq	8(%rax), %r13
	movq	%r9, 416(%rsp)
	movq	8(%r10), %r9
	movq	%rdi, 408(%rsp)
	movq	40(%rdx), %rdi
	movq	40(%rax), %rdx
	movq	8(%rbx), %rbp
	movq	40(%r10), %r10
	movq	40(%rbx), %rbx
	movq	8(%r11), %rcx
	movq	24(%r11), %rax
	movq	40(%r11), %r11
	movq	%rsi, 160(%rsp)
	movq	%r13, 240(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r12, 184(%rsp)
	movq	%r15, 128(%rsp)
	movq	%r14, 72(%rsp)
	movq	416(%rsp), %rsi
	movq	%r9, 16(%rsp)
	movq	408(%rsp), %r9
	movq	%r11, 384(%rsp)
	movq	%rax, 368(%rsp)
	movq	%rcx, 352(%rsp)
	movq	%rbx, 328(%rsp)
	movq	%rbp, 296(%rsp)
	movq	%rdx, 272(%rsp)
	movq	%rdi, 104(%rsp)
	movq	%r10, 48(%rsp)
	callq	k78@PLT
	addq	$424, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
.Lfunc_end57:
	.size	_mlir_ciface_k78, .Lfunc_end57-_mlir_ciface_k78

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
	subq	$256, %rsp
	cmpq	$0, 456(%rsp)
	movq	%r9, 248(%rsp)
	movq	%rsi, 240(%rsp)
	jle	.LBB58_8
	movq	416(%rsp), %rcx
	movq	360(%rsp), %r13
	movq	328(%rsp), %rdi
	movq	472(%rsp), %r14
	movq	384(%rsp), %r11
	xorl	%ebp, %ebp
	movq	%rcx, %r8
	shlq	$4, %r8
	movq	%rcx, %r9
	shlq	$6, %r9
	leaq	(,%rcx,4), %rax
	imulq	$44, %rcx, %r15
	leaq	(%r8,%r8,2), %rbx
	movq	%r9, 168(%rsp)
	movq	%r8, 224(%rsp)
	leaq	(%rax,%rax,2), %rdx
	leaq	(%rax,%rax,4), %rsi
	leaq	(%rax,%rax,8), %rax
	movq	%rbx, 128(%rsp)
	imulq	$56, %rcx, %rbx
	movq	%r15, 136(%rsp)
	imulq	$52, %rcx, %r15
	movq	%rdx, 232(%rsp)
	leaq	(,%rcx,8), %rdx
	movq	%rsi, 216(%rsp)
	movq	%rax, 184(%rsp)
	movq	%rbx, 112(%rsp)
	leaq	(%r9,%rcx,4), %rbx
	imulq	$76, %rcx, %r9
	leaq	(%rdx,%rdx,2), %rsi
	leaq	(%rdx,%rdx,4), %rax
	leaq	(%rdx,%rdx,8), %r10
	movq	%rcx, %rdx
	shlq	$7, %rdx
	movq	%r15, 120(%rsp)
	imulq	$60, %rcx, %r15
	movq	%rdx, 152(%rsp)
	movq	%rsi, 208(%rsp)
	leaq	(%rcx,%rcx,8), %rsi
	movq	%rbx, 96(%rsp)
	leaq	(%r8,%r8,4), %rbx
	movq	%rax, 176(%rsp)
	imulq	$188, %r13, %rax
	movq	%r10, 160(%rsp)
	movq	440(%rsp), %r10
	movq	%r9, 88(%rsp)
	imulq	$84, %rcx, %r9
	movq	%r15, 104(%rsp)
	leaq	(,%r13,4), %r15
	leaq	(%rsi,%rsi,2), %rsi
	movq	%rbx, 80(%rsp)
	imulq	$88, %rcx, %rbx
	leaq	192(%rdi,%rax), %rax
	movq	%r9, 72(%rsp)
	imulq	$92, %rcx, %r9
	addq	%rcx, %rsi
	movq	%rsi, 200(%rsp)
	movq	%rcx, %rsi
	shlq	$5, %rsi
	movq	%rbx, 64(%rsp)
	movq	%rax, 144(%rsp)
	leaq	(,%r14,4), %rax
	leaq	(%rsi,%rsi,2), %rbx
	movq	%rsi, 192(%rsp)
	movq	%r9, 56(%rsp)
	imulq	$100, %rcx, %r9
	movq	%rbx, 48(%rsp)
	imulq	$104, %rcx, %rbx
	movq	%r9, 40(%rsp)
	imulq	$108, %rcx, %r9
	movq	%rbx, 32(%rsp)
	imulq	$112, %rcx, %rbx
	movq	%r9, 24(%rsp)
	imulq	$116, %rcx, %r9
	movq	%rbx, 16(%rsp)
	imulq	$120, %rcx, %rbx
	movq	%r9, 8(%rsp)
	leaq	(%rdx,%rcx,4), %r9
	movq	%rbx, (%rsp)
	imulq	$124, %rcx, %rbx
	movq	%r9, -8(%rsp)
	leaq	(%rdx,%rcx,8), %r9
	imulq	$140, %rcx, %rdx
	movq	%r9, -24(%rsp)
	leaq	(%r8,%r8,8), %r9
	imulq	$152, %rcx, %r8
	movq	%rbx, -16(%rsp)
	movq	%rdx, -32(%rsp)
	imulq	$148, %rcx, %rdx
	movq	%r9, -40(%rsp)
	movq	%r8, -56(%rsp)
	leaq	(%rsi,%rsi,4), %r8
	imulq	$168, %rcx, %rsi
	movq	%rdx, -48(%rsp)
	imulq	$156, %rcx, %rdx
	movq	%r8, -72(%rsp)
	movq	%rsi, -88(%rsp)
	imulq	$176, %rcx, %rsi
	movq	%rdx, -64(%rsp)
	imulq	$164, %rcx, %rdx
	movq	%rsi, -104(%rsp)
	imulq	$184, %rcx, %rsi
	movq	%rdx, -80(%rsp)
	imulq	$172, %rcx, %rdx
	movq	%rsi, -120(%rsp)
	movq	%r10, %rsi
	movq	%rdx, -96(%rsp)
	imulq	$180, %rcx, %rdx
	movq	%rdx, -112(%rsp)
	imulq	$188, %rcx, %rdx
	movq	%rdx, -128(%rsp)
	jmp	.LBB58_2
	.p2align	4
.LBB58_7:
	incq	%rbp
	addq	%rbx, %rsi
	movq	%rbx, %rax
	cmpq	456(%rsp), %rbp
	je	.LBB58_8
.LBB58_2:
	vmovss	(%r11), %xmm0
	movq	%rbp, %r12
	imulq	472(%rsp), %r12
	movq	232(%rsp), %r8
	movq	%rax, %rbx
	imulq	%rbp, %rax
	movq	%rbp, %r14
	imulq	248(%rsp), %r14
	movq	%r13, %rdx
	shrq	$61, %rdx
	andl	$1, %edx
	leaq	(%r10,%rax), %r9
	cmpq	144(%rsp), %r9
	leaq	192(%r10,%rax), %rax
	leaq	(%r10,%r12,4), %r9
	vmovss	%xmm0, (%r10,%r12,4)
	vmovss	(%r11,%rcx,4), %xmm0
	vmovss	%xmm0, 4(%r10,%r12,4)
	vmovss	(%r11,%rcx,8), %xmm0
	vmovss	%xmm0, 8(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	224(%rsp), %r8
	vmovss	%xmm0, 12(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	216(%rsp), %r8
	vmovss	%xmm0, 16(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	208(%rsp), %r8
	vmovss	%xmm0, 20(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	200(%rsp), %r8
	vmovss	%xmm0, 24(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	192(%rsp), %r8
	vmovss	%xmm0, 28(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	184(%rsp), %r8
	vmovss	%xmm0, 32(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	176(%rsp), %r8
	vmovss	%xmm0, 36(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	136(%rsp), %r8
	vmovss	%xmm0, 40(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	128(%rsp), %r8
	vmovss	%xmm0, 44(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	120(%rsp), %r8
	vmovss	%xmm0, 48(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	112(%rsp), %r8
	vmovss	%xmm0, 52(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	104(%rsp), %r8
	vmovss	%xmm0, 56(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	168(%rsp), %r8
	vmovss	%xmm0, 60(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	96(%rsp), %r8
	vmovss	%xmm0, 64(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	160(%rsp), %r8
	vmovss	%xmm0, 68(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	88(%rsp), %r8
	vmovss	%xmm0, 72(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	80(%rsp), %r8
	vmovss	%xmm0, 76(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	72(%rsp), %r8
	vmovss	%xmm0, 80(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	64(%rsp), %r8
	vmovss	%xmm0, 84(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	56(%rsp), %r8
	vmovss	%xmm0, 88(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	48(%rsp), %r8
	vmovss	%xmm0, 92(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	40(%rsp), %r8
	vmovss	%xmm0, 96(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	32(%rsp), %r8
	vmovss	%xmm0, 100(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	24(%rsp), %r8
	vmovss	%xmm0, 104(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	16(%rsp), %r8
	vmovss	%xmm0, 108(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	8(%rsp), %r8
	vmovss	%xmm0, 112(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	(%rsp), %r8
	vmovss	%xmm0, 116(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-16(%rsp), %r8
	vmovss	%xmm0, 120(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	152(%rsp), %r8
	vmovss	%xmm0, 124(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-8(%rsp), %r8
	vmovss	%xmm0, 128(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-24(%rsp), %r8
	vmovss	%xmm0, 132(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-32(%rsp), %r8
	vmovss	%xmm0, 136(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-40(%rsp), %r8
	vmovss	%xmm0, 140(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-48(%rsp), %r8
	vmovss	%xmm0, 144(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-56(%rsp), %r8
	vmovss	%xmm0, 148(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-64(%rsp), %r8
	vmovss	%xmm0, 152(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-72(%rsp), %r8
	vmovss	%xmm0, 156(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-80(%rsp), %r8
	vmovss	%xmm0, 160(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-88(%rsp), %r8
	vmovss	%xmm0, 164(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-96(%rsp), %r8
	vmovss	%xmm0, 168(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-104(%rsp), %r8
	vmovss	%xmm0, 172(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-112(%rsp), %r8
	vmovss	%xmm0, 176(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-120(%rsp), %r8
	vmovss	%xmm0, 180(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-128(%rsp), %r8
	vmovss	%xmm0, 184(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	240(%rsp), %r8
	leaq	(%r8,%r14,4), %r14
	setb	%r8b
	cmpq	%rax, %rdi
	setb	%al
	andb	%r8b, %al
	orb	%dl, %al
	vmovss	%xmm0, 188(%r10,%r12,4)
	movq	%rdi, %rdx
	xorl	%r12d, %r12d
	jmp	.LBB58_3
	.p2align	4
.LBB58_9:
	movq	%r12, %r8
	imulq	%r13, %r8
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rdi,%r8,4), %zmm0, %zmm1
	vaddps	(%r9), %zmm1, %zmm1
	vmovups	%zmm1, (%r9)
	vmulps	64(%rdi,%r8,4), %zmm0, %zmm1
	vaddps	64(%r9), %zmm1, %zmm1
	vmovups	%zmm1, 64(%r9)
	vmulps	128(%rdi,%r8,4), %zmm0, %zmm0
	vaddps	128(%r9), %zmm0, %zmm0
	vmovups	%zmm0, 128(%r9)
.LBB58_6:
	incq	%r12
	addq	%r15, %rdx
	cmpq	$48, %r12
	je	.LBB58_7
.LBB58_3:
	vmovss	(%r14,%r12,4), %xmm0
	testb	%al, %al
	je	.LBB58_9
	movl	$11, %r8d
	.p2align	4
.LBB58_5:
	vmulss	-44(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-44(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%rsi,%r8,4)
	vmulss	-40(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-40(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%rsi,%r8,4)
	vmulss	-36(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-36(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%rsi,%r8,4)
	vmulss	-32(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-32(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%rsi,%r8,4)
	vmulss	-28(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-28(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%rsi,%r8,4)
	vmulss	-24(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-24(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%rsi,%r8,4)
	vmulss	-20(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-20(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%rsi,%r8,4)
	vmulss	-16(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-16(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%rsi,%r8,4)
	vmulss	-12(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-12(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%rsi,%r8,4)
	vmulss	-8(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-8(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%rsi,%r8,4)
	vmulss	-4(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-4(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%rsi,%r8,4)
	vmulss	(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, (%rsi,%r8,4)
	addq	$12, %r8
	cmpq	$59, %r8
	jne	.LBB58_5
	jmp	.LBB58_6
.LBB58_8:
	addq	$256, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end58:
	.size	k81, .Lfunc_end58-k81

	.globl	_mlir_ciface_k81
	.p2align	4
	.type	_mlir_ciface_k81,@function
_mlir_ciface_k81:
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
	callq	k81@PLT
	addq	$184, %rsp
	retq
.Lfunc_end59:
	.size	_mlir_ciface_k81, .Lfunc_end59-_mlir_ciface_k81

	.globl	k82
	.p2align	4
	.type	k82,@function
k82:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB60_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB60_2:
	vmovss	-188(%rsi), %xmm0
	vaddss	-188(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vaddss	-184(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vaddss	-180(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vaddss	-176(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vaddss	-172(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vaddss	-168(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vaddss	-164(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vaddss	-160(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vaddss	-156(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vaddss	-152(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vaddss	-148(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vaddss	-144(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vaddss	-140(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vaddss	-136(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vaddss	-132(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vaddss	-128(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB60_2
.LBB60_3:
	retq
.Lfunc_end60:
	.size	k82, .Lfunc_end60-k82

	.globl	_mlir_ciface_k82
	.p2align	4
	.type	_mlir_ciface_k82,@function
_mlir_ciface_k82:
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
	callq	k82@PLT
	addq	$120, %rsp
	retq
.Lfunc_end61:
	.size	_mlir_ciface_k82, .Lfunc_end61-_mlir_ciface_k82

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI62_0:
	.long	0x42400000
.LCPI62_1:
	.long	0x3727c5ac
.LCPI62_2:
	.long	0x3f800000
.LCPI62_3:
	.long	0x3f3504f3
.LCPI62_4:
	.long	0x3f000000
	.text
	.globl	k86
	.p2align	4
	.type	k86,@function
k86:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, (%rsp)
	movq	%rsi, %r15
	movq	344(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	288(%rsp), %rax
	movq	328(%rsp), %rbp
	movq	312(%rsp), %r13
	movq	%rax, 48(%rsp)
	movq	200(%rsp), %rax
	movq	256(%rsp), %rbx
	movq	232(%rsp), %r12
	movq	%rax, 56(%rsp)
	movq	144(%rsp), %rax
	movq	176(%rsp), %r14
	movq	%rax, 40(%rsp)
	movq	%rbp, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	movq	%rax, 32(%rsp)
	callq	malloc@PLT
	movq	%rbp, 16(%rsp)
	movq	%rax, 8(%rsp)
	testq	%rbp, %rbp
	jle	.LBB62_22
	movq	(%rsp), %rdi
	vmovss	.LCPI62_0(%rip), %xmm0
	vmovss	.LCPI62_1(%rip), %xmm1
	vmovss	.LCPI62_2(%rip), %xmm4
	movq	%rax, %r8
	leaq	(,%r14,4), %rdx
	xorl	%esi, %esi
	movq	%r15, %r9
	leaq	(,%rdi,4), %rax
	movq	%rax, 64(%rsp)
	movq	%r14, %rax
	shlq	$4, %rax
	leaq	(%rax,%rax,2), %rcx
	movq	%rdi, %rax
	jmp	.LBB62_2
	.p2align	4
.LBB62_23:
	movq	40(%rsp), %r11
	vbroadcastss	%xmm2, %zmm2
	vmulps	(%r15,%r10,4), %zmm2, %zmm3
	movq	8(%rsp), %rdi
	movq	%rsi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rax
	vmulps	(%r11), %zmm3, %zmm3
	vmovups	%zmm3, (%rdi,%rax)
	vmulps	64(%r15,%r10,4), %zmm2, %zmm3
	vmulps	64(%r11), %zmm3, %zmm3
	vmovups	%zmm3, 64(%rdi,%rax)
	vmulps	128(%r15,%r10,4), %zmm2, %zmm2
	vmulps	128(%r11), %zmm2, %zmm2
	vmovups	%zmm2, 128(%rdi,%rax)
.LBB62_5:
	addq	64(%rsp), %r9
	movq	(%rsp), %rax
	incq	%rsi
	addq	$192, %r8
	cmpq	16(%rsp), %rsi
	je	.LBB62_6
.LBB62_2:
	movq	%rsi, %r10
	imulq	%rax, %r10
	vmovss	(%r15,%r10,4), %xmm2
	vmovss	4(%r15,%r10,4), %xmm3
	vmulss	%xmm2, %xmm2, %xmm2
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	8(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	12(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	16(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	20(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	24(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	28(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	32(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	36(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	40(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	44(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	48(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	52(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	56(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	60(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	64(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	68(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	72(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	76(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	80(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	84(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	88(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	92(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	96(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	100(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	104(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	108(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	112(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	116(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	120(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	124(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	128(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	132(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	136(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	140(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	144(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	148(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	152(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	156(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	160(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	164(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	168(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	172(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	176(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	180(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	184(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	188(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vdivss	%xmm0, %xmm2, %xmm2
	vsqrtss	%xmm2, %xmm2, %xmm2
	vaddss	%xmm1, %xmm2, %xmm2
	vdivss	%xmm2, %xmm4, %xmm2
	cmpq	$1, %r14
	je	.LBB62_23
	movq	40(%rsp), %r11
	movl	$11, %r10d
	leaq	(%rdx,%rdx), %rbp
	.p2align	4
.LBB62_4:
	vmulss	-44(%r9,%r10,4), %xmm2, %xmm3
	leaq	(%r11,%rdx), %rdi
	addq	%rdx, %rdi
	vmulss	(%r11), %xmm3, %xmm3
	vmovss	%xmm3, -44(%r8,%r10,4)
	vmulss	-40(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%r11,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -40(%r8,%r10,4)
	vmulss	-36(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%r11,%r14,8), %xmm3, %xmm3
	addq	%rcx, %r11
	vmovss	%xmm3, -36(%r8,%r10,4)
	vmulss	-32(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -32(%r8,%r10,4)
	vmulss	-28(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,8), %xmm3, %xmm3
	addq	%rbp, %rdi
	leaq	(%rdi,%r14,4), %rax
	vmovss	%xmm3, -28(%r8,%r10,4)
	vmulss	-24(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -24(%r8,%r10,4)
	vmulss	-20(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -20(%r8,%r10,4)
	vmulss	-16(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -16(%r8,%r10,4)
	vmulss	-12(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -12(%r8,%r10,4)
	vmulss	-8(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -8(%r8,%r10,4)
	vmulss	-4(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -4(%r8,%r10,4)
	vmulss	(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	vmovss	%xmm3, (%r8,%r10,4)
	addq	$12, %r10
	cmpq	$59, %r10
	jne	.LBB62_4
	jmp	.LBB62_5
.LBB62_6:
	movq	32(%rsp), %rax
	leaq	(%rax,%rax,4), %rdi
	vzeroupper
	callq	malloc@PLT
	movq	56(%rsp), %r9
	movq	8(%rsp), %rdx
	movq	48(%rsp), %rbp
	movq	%rax, %r14
	leaq	(,%r12,4), %rax
	xorl	%ecx, %ecx
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(%rax,%rax,2), %rax
	addq	$256, %r9
	.p2align	4
.LBB62_7:
	leaq	(%rcx,%rcx,4), %rdi
	movq	%r9, %r8
	shlq	$6, %rdi
	vmovups	%zmm0, (%r14,%rdi)
	vmovups	%zmm0, 64(%r14,%rdi)
	vmovups	%zmm0, 128(%r14,%rdi)
	vmovups	%zmm0, 192(%r14,%rdi)
	vmovups	%zmm0, 256(%r14,%rdi)
	leaq	(%r14,%rdi), %rsi
	vmovups	(%r14,%rdi), %zmm5
	vmovups	64(%r14,%rdi), %zmm4
	vmovups	128(%r14,%rdi), %zmm3
	vmovups	192(%r14,%rdi), %zmm2
	vmovups	256(%r14,%rdi), %zmm1
	movl	$2, %edi
	.p2align	4
.LBB62_8:
	vbroadcastss	-8(%rdx,%rdi,4), %zmm6
	vbroadcastss	-4(%rdx,%rdi,4), %zmm11
	vbroadcastss	(%rdx,%rdi,4), %zmm10
	addq	$3, %rdi
	vmulps	-192(%r8), %zmm6, %zmm8
	vmulps	-128(%r8), %zmm6, %zmm9
	vmulps	-256(%r8), %zmm6, %zmm7
	vaddps	%zmm8, %zmm4, %zmm4
	vmulps	-64(%r8), %zmm6, %zmm8
	vaddps	%zmm9, %zmm3, %zmm3
	vmulps	(%r8), %zmm6, %zmm6
	vmulps	-192(%r8,%r12,4), %zmm11, %zmm9
	vaddps	%zmm7, %zmm5, %zmm5
	vmulps	-256(%r8,%r12,4), %zmm11, %zmm7
	vaddps	%zmm8, %zmm2, %zmm2
	vmulps	-128(%r8,%r12,4), %zmm11, %zmm8
	vaddps	%zmm6, %zmm1, %zmm1
	vaddps	%zmm9, %zmm4, %zmm4
	vmulps	-64(%r8,%r12,4), %zmm11, %zmm9
	vmulps	(%r8,%r12,4), %zmm11, %zmm6
	vaddps	%zmm7, %zmm5, %zmm5
	vmulps	-256(%r8,%r12,8), %zmm10, %zmm7
	vaddps	%zmm8, %zmm3, %zmm3
	vmulps	-192(%r8,%r12,8), %zmm10, %zmm8
	vaddps	%zmm9, %zmm2, %zmm2
	vaddps	%zmm6, %zmm1, %zmm1
	vmulps	-128(%r8,%r12,8), %zmm10, %zmm9
	vmulps	(%r8,%r12,8), %zmm10, %zmm6
	vaddps	%zmm7, %zmm5, %zmm5
	vaddps	%zmm8, %zmm4, %zmm4
	vmulps	-64(%r8,%r12,8), %zmm10, %zmm8
	vaddps	%zmm9, %zmm3, %zmm3
	vaddps	%zmm6, %zmm1, %zmm1
	addq	%rax, %r8
	vaddps	%zmm8, %zmm2, %zmm2
	cmpq	$50, %rdi
	jne	.LBB62_8
	incq	%rcx
	addq	$192, %rdx
	vmovups	%zmm5, (%rsi)
	vmovups	%zmm4, 64(%rsi)
	vmovups	%zmm3, 128(%rsi)
	vmovups	%zmm2, 192(%rsi)
	vmovups	%zmm1, 256(%rsi)
	cmpq	16(%rsp), %rcx
	jne	.LBB62_7
	movq	24(%rsp), %rax
	movq	%rbp, %rsi
	shrq	$61, %rsi
	leaq	(,%rbp,4), %rcx
	xorl	%edx, %edx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r13, %rdi
	andl	$1, %esi
	leaq	(,%rax,4), %r15
	imulq	$188, %rbp, %rax
	leaq	320(%rbx,%rax), %rax
	movq	%rax, (%rsp)
	jmp	.LBB62_11
	.p2align	4
.LBB62_16:
	incq	%rdx
	addq	%r15, %rdi
	cmpq	16(%rsp), %rdx
	je	.LBB62_17
.LBB62_11:
	movq	%r15, %rax
	imulq	%rdx, %rax
	leaq	(%rdx,%rdx,2), %r8
	movq	%rdx, %r9
	imulq	24(%rsp), %r9
	shlq	$6, %r8
	addq	8(%rsp), %r8
	leaq	(%r13,%rax), %r10
	cmpq	(%rsp), %r10
	leaq	320(%r13,%rax), %r11
	vmovups	%zmm0, 256(%r13,%rax)
	vmovups	%zmm0, 192(%r13,%rax)
	vmovups	%zmm0, 128(%r13,%rax)
	vmovups	%zmm0, 64(%r13,%rax)
	vmovups	%zmm0, (%r13,%rax)
	setb	%al
	cmpq	%r11, %rbx
	movq	%rbx, %r11
	setb	%r10b
	xorl	%r12d, %r12d
	andb	%al, %r10b
	orb	%sil, %r10b
	jmp	.LBB62_12
	.p2align	4
.LBB62_24:
	movq	%r12, %rax
	imulq	%rbp, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	(%r13,%r9,4), %zmm2, %zmm2
	vaddps	64(%r13,%r9,4), %zmm3, %zmm3
	vaddps	128(%r13,%r9,4), %zmm4, %zmm4
	vaddps	192(%r13,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, (%r13,%r9,4)
	vmovups	%zmm3, 64(%r13,%r9,4)
	vmovups	%zmm4, 128(%r13,%r9,4)
	vmovups	%zmm5, 192(%r13,%r9,4)
	vmulps	256(%rbx,%rax,4), %zmm1, %zmm1
	vaddps	256(%r13,%r9,4), %zmm1, %zmm1
	vmovups	%zmm1, 256(%r13,%r9,4)
.LBB62_15:
	incq	%r12
	addq	%rcx, %r11
	cmpq	$48, %r12
	je	.LBB62_16
.LBB62_12:
	vmovss	(%r8,%r12,4), %xmm1
	testb	%r10b, %r10b
	je	.LBB62_24
	movl	$9, %eax
	.p2align	4
.LBB62_14:
	vmulss	-36(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-36(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%rdi,%rax,4)
	vmulss	-32(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-32(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%rdi,%rax,4)
	vmulss	-28(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rdi,%rax,4)
	vmulss	-24(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rdi,%rax,4)
	vmulss	-20(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rdi,%rax,4)
	vmulss	-16(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rdi,%rax,4)
	vmulss	-12(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rdi,%rax,4)
	vmulss	-8(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rdi,%rax,4)
	vmulss	-4(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rdi,%rax,4)
	vmulss	(%r11,%rax,4), %xmm1, %xmm2
	vaddss	(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rdi,%rax,4)
	addq	$10, %rax
	cmpq	$89, %rax
	jne	.LBB62_14
	jmp	.LBB62_15
.LBB62_17:
	vmovss	.LCPI62_3(%rip), %xmm1
	xorl	%ebx, %ebx
	movq	%r14, %r12
	.p2align	4
.LBB62_18:
	xorl	%ebp, %ebp
	.p2align	4
.LBB62_19:
	vmovss	(%r12,%rbp,4), %xmm2
	vmovss	(%r13,%rbp,4), %xmm0
	vmovss	%xmm2, (%rsp)
	vmovss	%xmm0, 24(%rsp)
	vmulss	%xmm1, %xmm2, %xmm0
	vzeroupper
	callq	erff@PLT
	vmovss	.LCPI62_4(%rip), %xmm1
	vaddss	.LCPI62_2(%rip), %xmm0, %xmm0
	vmulss	(%rsp), %xmm1, %xmm1
	vmulss	%xmm0, %xmm1, %xmm0
	vmulss	24(%rsp), %xmm0, %xmm0
	vmovss	.LCPI62_3(%rip), %xmm1
	vmovss	%xmm0, (%r13,%rbp,4)
	incq	%rbp
	cmpq	$80, %rbp
	jne	.LBB62_19
	incq	%rbx
	addq	$320, %r12
	addq	%r15, %r13
	cmpq	16(%rsp), %rbx
	jne	.LBB62_18
	jmp	.LBB62_21
.LBB62_22:
	movq	32(%rsp), %rax
	leaq	(%rax,%rax,4), %rdi
	callq	malloc@PLT
	movq	%rax, %r14
.LBB62_21:
	movq	8(%rsp), %rdi
	callq	free@PLT
	movq	%r14, %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end62:
	.size	k86, .Lfunc_end62-k86

	.globl	_mlir_ciface_k86
	.p2align	4
	.type	_mlir_ciface_k86,@function
_mlir_ciface_k86:
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
	callq	k86@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end63:
	.size	_mlir_ciface_k86, .Lfunc_end63-_mlir_ciface_k86

	.globl	k88
	.p2align	4
	.type	k88,@function
k88:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 144(%rsp)
	movq	%r9, -8(%rsp)
	movq	%rsi, -16(%rsp)
	jle	.LBB64_8
	movq	160(%rsp), %rax
	movq	104(%rsp), %rdi
	movq	128(%rsp), %rdx
	xorl	%r14d, %r14d
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(,%rax,4), %rsi
	movq	72(%rsp), %rax
	imulq	$316, %rdi, %rcx
	movq	%rdi, %r15
	shrq	$61, %r15
	leaq	(,%rdi,4), %rbx
	movq	%rdx, %r12
	andl	$1, %r15d
	leaq	192(%rax,%rcx), %r11
	jmp	.LBB64_2
	.p2align	4
.LBB64_7:
	incq	%r14
	addq	%rsi, %r12
	cmpq	144(%rsp), %r14
	je	.LBB64_8
.LBB64_2:
	movq	%rsi, %rcx
	imulq	%r14, %rcx
	movq	-16(%rsp), %r10
	movq	%r14, %rbp
	imulq	160(%rsp), %rbp
	leaq	192(%rdx,%rcx), %r8
	leaq	(%rdx,%rcx), %r9
	vmovups	%zmm0, 128(%rdx,%rcx)
	vmovups	%zmm0, 64(%rdx,%rcx)
	vmovups	%zmm0, (%rdx,%rcx)
	movq	%r14, %rcx
	imulq	-8(%rsp), %rcx
	cmpq	%r11, %r9
	setb	%r9b
	cmpq	%r8, %rax
	leaq	(%r10,%rcx,4), %r13
	setb	%cl
	movq	%rax, %r10
	xorl	%r8d, %r8d
	andb	%r9b, %cl
	orb	%r15b, %cl
	jmp	.LBB64_3
	.p2align	4
.LBB64_9:
	movq	%r8, %r9
	imulq	%rdi, %r9
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rax,%r9,4), %zmm1, %zmm2
	vaddps	(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rbp,4)
	vmulps	64(%rax,%r9,4), %zmm1, %zmm2
	vaddps	64(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%rdx,%rbp,4)
	vmulps	128(%rax,%r9,4), %zmm1, %zmm1
	vaddps	128(%rdx,%rbp,4), %zmm1, %zmm1
	vmovups	%zmm1, 128(%rdx,%rbp,4)
.LBB64_6:
	incq	%r8
	addq	%rbx, %r10
	cmpq	$80, %r8
	je	.LBB64_7
.LBB64_3:
	vmovss	(%r13,%r8,4), %xmm1
	testb	%cl, %cl
	je	.LBB64_9
	movl	$11, %r9d
	.p2align	4
.LBB64_5:
	vmulss	-44(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-44(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%r12,%r9,4)
	vmulss	-40(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-40(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%r12,%r9,4)
	vmulss	-36(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-36(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r12,%r9,4)
	vmulss	-32(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-32(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r12,%r9,4)
	vmulss	-28(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-28(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r12,%r9,4)
	vmulss	-24(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-24(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r12,%r9,4)
	vmulss	-20(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-20(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r12,%r9,4)
	vmulss	-16(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-16(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r12,%r9,4)
	vmulss	-12(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-12(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r12,%r9,4)
	vmulss	-8(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-8(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r12,%r9,4)
	vmulss	-4(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-4(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r12,%r9,4)
	vmulss	(%r10,%r9,4), %xmm1, %xmm2
	vaddss	(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r12,%r9,4)
	addq	$12, %r9
	cmpq	$59, %r9
	jne	.LBB64_5
	jmp	.LBB64_6
.LBB64_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end64:
	.size	k88, .Lfunc_end64-k88

	.globl	_mlir_ciface_k88
	.p2align	4
	.type	_mlir_ciface_k88,@function
_mlir_ciface_k88:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rdx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB65_8
	movq	8(%rdi), %rax
	movq	40(%rdi), %rcx
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %r9
	movq	8(%rdx), %rdx
	xorl	%r14d, %r14d
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, -16(%rsp)
	imulq	$316, %rsi, %rax
	movq	%rsi, %r15
	shrq	$61, %r15
	movq	%rcx, -24(%rsp)
	leaq	(,%r9,4), %rcx
	leaq	(,%rsi,4), %rbx
	movq	%rdx, %r12
	andl	$1, %r15d
	leaq	192(%rdi,%rax), %rax
	movq	%rax, -32(%rsp)
	jmp	.LBB65_2
	.p2align	4
.LBB65_7:
	incq	%r14
	addq	%r11, %r12
	movq	%r11, %rcx
	cmpq	-8(%rsp), %r14
	je	.LBB65_8
.LBB65_2:
	movq	%rcx, %rax
	imulq	%r14, %rax
	movq	%r14, %rbp
	movq	%rcx, %r11
	imulq	%r9, %rbp
	movq	-16(%rsp), %r10
	leaq	192(%rdx,%rax), %rcx
	leaq	(%rdx,%rax), %r8
	vmovups	%zmm0, 128(%rdx,%rax)
	vmovups	%zmm0, 64(%rdx,%rax)
	vmovups	%zmm0, (%rdx,%rax)
	movq	%r14, %rax
	imulq	-24(%rsp), %rax
	cmpq	-32(%rsp), %r8
	setb	%r8b
	cmpq	%rcx, %rdi
	setb	%cl
	andb	%r8b, %cl
	leaq	(%r10,%rax,4), %r13
	movq	%rdi, %r8
	xorl	%r10d, %r10d
	orb	%r15b, %cl
	jmp	.LBB65_3
	.p2align	4
.LBB65_9:
	movq	%r10, %rax
	imulq	%rsi, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rdi,%rax,4), %zmm1, %zmm2
	vaddps	(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rbp,4)
	vmulps	64(%rdi,%rax,4), %zmm1, %zmm2
	vaddps	64(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%rdx,%rbp,4)
	vmulps	128(%rdi,%rax,4), %zmm1, %zmm1
	vaddps	128(%rdx,%rbp,4), %zmm1, %zmm1
	vmovups	%zmm1, 128(%rdx,%rbp,4)
.LBB65_6:
	incq	%r10
	addq	%rbx, %r8
	cmpq	$80, %r10
	je	.LBB65_7
.LBB65_3:
	vmovss	(%r13,%r10,4), %xmm1
	testb	%cl, %cl
	je	.LBB65_9
	movl	$11, %eax
	.p2align	4
.LBB65_5:
	vmulss	-44(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-44(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%r12,%rax,4)
	vmulss	-40(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-40(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%r12,%rax,4)
	vmulss	-36(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-36(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r12,%rax,4)
	vmulss	-32(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-32(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r12,%rax,4)
	vmulss	-28(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-28(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r12,%rax,4)
	vmulss	-24(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-24(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r12,%rax,4)
	vmulss	-20(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-20(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r12,%rax,4)
	vmulss	-16(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-16(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r12,%rax,4)
	vmulss	-12(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-12(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r12,%rax,4)
	vmulss	-8(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-8(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r12,%rax,4)
	vmulss	-4(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-4(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r12,%rax,4)
	vmulss	(%r8,%rax,4), %xmm1, %xmm2
	vaddss	(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r12,%rax,4)
	addq	$12, %rax
	cmpq	$59, %rax
	jne	.LBB65_5
	jmp	.LBB65_6
.LBB65_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end65:
	.size	_mlir_ciface_k88, .Lfunc_end65-_mlir_ciface_k88

	.globl	k89
	.p2align	4
	.type	k89,@function
k89:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB66_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB66_2:
	vmovss	-188(%rsi), %xmm0
	vaddss	-188(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vaddss	-184(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vaddss	-180(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vaddss	-176(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vaddss	-172(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vaddss	-168(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vaddss	-164(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vaddss	-160(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vaddss	-156(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vaddss	-152(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vaddss	-148(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vaddss	-144(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vaddss	-140(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vaddss	-136(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vaddss	-132(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vaddss	-128(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB66_2
.LBB66_3:
	retq
.Lfunc_end66:
	.size	k89, .Lfunc_end66-k89

	.globl	_mlir_ciface_k89
	.p2align	4
	.type	_mlir_ciface_k89,@function
_mlir_ciface_k89:
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
	callq	k89@PLT
	addq	$120, %rsp
	retq
.Lfunc_end67:
	.size	_mlir_ciface_k89, .Lfunc_end67-_mlir_ciface_k89

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI68_0:
	.long	0x42400000
.LCPI68_1:
	.long	0x3727c5ac
.LCPI68_2:
	.long	0x3f800000
	.text
	.globl	k93
	.p2align	4
	.type	k93,@function
k93:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, 16(%rsp)
	movq	%rsi, %r14
	movq	344(%rsp), %rax
	movq	%rax, 56(%rsp)
	movq	256(%rsp), %rax
	movq	328(%rsp), %r12
	movq	312(%rsp), %r13
	movq	288(%rsp), %rbp
	movq	%rax, 40(%rsp)
	movq	232(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	144(%rsp), %rax
	movq	200(%rsp), %rbx
	movq	176(%rsp), %r15
	movq	%rax, 8(%rsp)
	movq	%r12, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, 24(%rsp)
	movq	%r12, 64(%rsp)
	testq	%r12, %r12
	jle	.LBB68_19
	movq	16(%rsp), %rcx
	vmovss	.LCPI68_0(%rip), %xmm0
	vmovss	.LCPI68_1(%rip), %xmm1
	vmovss	.LCPI68_2(%rip), %xmm2
	leaq	(,%r15,4), %rsi
	xorl	%edi, %edi
	movq	%r14, %r10
	leaq	(%rsi,%rsi), %r8
	leaq	(,%rcx,4), %rax
	movq	%rax, 32(%rsp)
	movq	%r15, %rax
	shlq	$4, %rax
	movq	24(%rsp), %r9
	leaq	(%rax,%rax,2), %rdx
	movq	%rcx, %rax
	jmp	.LBB68_2
	.p2align	4
.LBB68_5:
	movq	8(%rsp), %r12
	vbroadcastss	%xmm3, %zmm3
	vmulps	(%r14,%r11,4), %zmm3, %zmm4
	movq	24(%rsp), %rcx
	movq	%rdi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rax
	vmulps	(%r12), %zmm4, %zmm4
	vmovups	%zmm4, (%rcx,%rax)
	vmulps	64(%r14,%r11,4), %zmm3, %zmm4
	vmulps	64(%r12), %zmm4, %zmm4
	vmovups	%zmm4, 64(%rcx,%rax)
	vmulps	128(%r14,%r11,4), %zmm3, %zmm3
	vmulps	128(%r12), %zmm3, %zmm3
	vmovups	%zmm3, 128(%rcx,%rax)
.LBB68_6:
	addq	32(%rsp), %r10
	movq	16(%rsp), %rax
	incq	%rdi
	addq	$192, %r9
	cmpq	64(%rsp), %rdi
	je	.LBB68_7
.LBB68_2:
	movq	%rdi, %r11
	imulq	%rax, %r11
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vdivss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r15
	je	.LBB68_5
	movq	8(%rsp), %r12
	movl	$11, %r11d
	.p2align	4
.LBB68_4:
	vmulss	-44(%r10,%r11,4), %xmm3, %xmm4
	leaq	(%r12,%rsi), %rcx
	addq	%rsi, %rcx
	vmulss	(%r12), %xmm4, %xmm4
	vmovss	%xmm4, -44(%r9,%r11,4)
	vmulss	-40(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -40(%r9,%r11,4)
	vmulss	-36(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,8), %xmm4, %xmm4
	addq	%rdx, %r12
	vmovss	%xmm4, -36(%r9,%r11,4)
	vmulss	-32(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -32(%r9,%r11,4)
	vmulss	-28(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,8), %xmm4, %xmm4
	addq	%r8, %rcx
	leaq	(%rcx,%r15,4), %rax
	vmovss	%xmm4, -28(%r9,%r11,4)
	vmulss	-24(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%r9,%r11,4)
	vmulss	-20(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -20(%r9,%r11,4)
	vmulss	-16(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -16(%r9,%r11,4)
	vmulss	-12(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -12(%r9,%r11,4)
	vmulss	-8(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -8(%r9,%r11,4)
	vmulss	-4(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	addq	%rsi, %rax
	vmovss	%xmm4, -4(%r9,%r11,4)
	vmulss	(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rax), %xmm4, %xmm4
	vmovss	%xmm4, (%r9,%r11,4)
	addq	$12, %r11
	cmpq	$59, %r11
	jne	.LBB68_4
	jmp	.LBB68_6
.LBB68_7:
	movq	56(%rsp), %rax
	movq	48(%rsp), %rcx
	movq	%r13, %rsi
	leaq	(,%rbp,4), %r8
	xorl	%r10d, %r10d
	movq	%r13, %r14
	leaq	(,%rax,4), %rdx
	imulq	$188, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	576(%rbx,%rax), %rax
	movq	%rax, 8(%rsp)
	leaq	(,%rbp,8), %rax
	subq	40(%rsp), %rsi
	leaq	(%rax,%rax,8), %rdi
	leaq	(%r8,%r8), %rax
	movq	%rsi, 32(%rsp)
	movq	%rdx, 16(%rsp)
	jmp	.LBB68_8
	.p2align	4
.LBB68_18:
	movq	16(%rsp), %rdx
	incq	%r10
	addq	%rdx, %r14
	cmpq	64(%rsp), %r10
	je	.LBB68_19
.LBB68_8:
	movq	%r10, %r15
	imulq	56(%rsp), %r15
	movq	%rdx, %rcx
	imulq	%r10, %rcx
	cmpq	$1, %rbp
	jne	.LBB68_10
	movq	32(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$255, %rdx
	jbe	.LBB68_10
	movq	40(%rsp), %rdx
	vmovups	(%rdx), %zmm0
	vmovups	64(%rdx), %zmm1
	vmovups	128(%rdx), %zmm2
	vmovups	192(%rdx), %zmm3
	vmovups	%zmm0, (%r13,%r15,4)
	vmovups	%zmm1, 64(%r13,%r15,4)
	vmovups	%zmm2, 128(%r13,%r15,4)
	vmovups	%zmm3, 192(%r13,%r15,4)
	vmovups	256(%rdx), %zmm0
	vmovups	320(%rdx), %zmm1
	vmovups	384(%rdx), %zmm2
	vmovups	448(%rdx), %zmm3
	vmovups	%zmm0, 256(%r13,%r15,4)
	vmovups	%zmm1, 320(%r13,%r15,4)
	vmovups	%zmm2, 384(%r13,%r15,4)
	vmovups	%zmm3, 448(%r13,%r15,4)
	vmovups	512(%rdx), %zmm0
	vmovups	%zmm0, 512(%r13,%r15,4)
	jmp	.LBB68_13
	.p2align	4
.LBB68_10:
	movq	40(%rsp), %rsi
	movl	$17, %edx
	.p2align	4
.LBB68_11:
	vmovss	(%rsi), %xmm0
	leaq	(%rsi,%r8), %r11
	addq	%r8, %r11
	vmovss	%xmm0, -68(%r14,%rdx,4)
	vmovss	(%rsi,%rbp,4), %xmm0
	vmovss	%xmm0, -64(%r14,%rdx,4)
	vmovss	(%rsi,%rbp,8), %xmm0
	addq	%rdi, %rsi
	vmovss	%xmm0, -60(%r14,%rdx,4)
	vmovss	(%r11,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r14,%rdx,4)
	vmovss	(%r11,%rbp,8), %xmm0
	addq	%rax, %r11
	leaq	(%r11,%rbp,4), %r12
	vmovss	%xmm0, -52(%r14,%rdx,4)
	vmovss	(%r11,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -44(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -40(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -36(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -32(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -28(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -24(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -20(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -16(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -12(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -8(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	addq	%r8, %r12
	vmovss	%xmm0, -4(%r14,%rdx,4)
	vmovss	(%r8,%r12), %xmm0
	vmovss	%xmm0, (%r14,%rdx,4)
	addq	$18, %rdx
	cmpq	$161, %rdx
	jne	.LBB68_11
.LBB68_13:
	movq	48(%rsp), %r11
	leaq	(%r13,%rcx), %rdx
	leaq	576(%r13,%rcx), %rsi
	leaq	(%r10,%r10,2), %rcx
	movq	%rbx, %r12
	shlq	$6, %rcx
	addq	24(%rsp), %rcx
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	8(%rsp), %rdx
	setb	%dl
	cmpq	%rsi, %rbx
	setb	%sil
	andb	%dl, %sil
	xorl	%edx, %edx
	orb	%r11b, %sil
	jmp	.LBB68_14
	.p2align	4
.LBB68_20:
	movq	%rdx, %r11
	imulq	48(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	(%r13,%r15,4), %zmm1, %zmm1
	vaddps	64(%r13,%r15,4), %zmm2, %zmm2
	vaddps	128(%r13,%r15,4), %zmm3, %zmm3
	vaddps	192(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, (%r13,%r15,4)
	vmovups	%zmm2, 64(%r13,%r15,4)
	vmovups	%zmm3, 128(%r13,%r15,4)
	vmovups	%zmm4, 192(%r13,%r15,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	384(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	448(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	256(%r13,%r15,4), %zmm1, %zmm1
	vaddps	320(%r13,%r15,4), %zmm2, %zmm2
	vaddps	384(%r13,%r15,4), %zmm3, %zmm3
	vaddps	448(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, 256(%r13,%r15,4)
	vmovups	%zmm2, 320(%r13,%r15,4)
	vmovups	%zmm3, 384(%r13,%r15,4)
	vmovups	%zmm4, 448(%r13,%r15,4)
	vmulps	512(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	512(%r13,%r15,4), %zmm0, %zmm0
	vmovups	%zmm0, 512(%r13,%r15,4)
.LBB68_17:
	incq	%rdx
	addq	%r9, %r12
	cmpq	$48, %rdx
	je	.LBB68_18
.LBB68_14:
	vmovss	(%rcx,%rdx,4), %xmm0
	testb	%sil, %sil
	je	.LBB68_20
	movl	$11, %r11d
	.p2align	4
.LBB68_16:
	vmulss	-44(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r14,%r11,4)
	vmulss	-40(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r14,%r11,4)
	vmulss	-36(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r14,%r11,4)
	vmulss	-32(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r14,%r11,4)
	vmulss	-28(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r14,%r11,4)
	vmulss	-24(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r14,%r11,4)
	vmulss	-20(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r14,%r11,4)
	vmulss	-16(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r14,%r11,4)
	vmulss	-12(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r14,%r11,4)
	vmulss	-8(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r14,%r11,4)
	vmulss	-4(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r14,%r11,4)
	vmulss	(%r12,%r11,4), %xmm0, %xmm1
	vaddss	(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r14,%r11,4)
	addq	$12, %r11
	cmpq	$155, %r11
	jne	.LBB68_16
	jmp	.LBB68_17
.LBB68_19:
	movq	24(%rsp), %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end68:
	.size	k93, .Lfunc_end68-k93

	.globl	_mlir_ciface_k93
	.p2align	4
	.type	_mlir_ciface_k93,@function
_mlir_ciface_k93:
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
	callq	k93@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end69:
	.size	_mlir_ciface_k93, .Lfunc_end69-_mlir_ciface_k93

	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI70_0:
	.zero	8
	.zero	8
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
.LCPI70_1:
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
	.zero	8
	.zero	8
.LCPI70_2:
	.zero	8
	.zero	8
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
.LCPI70_3:
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
	.zero	8
	.zero	8
.LCPI70_4:
	.zero	8
	.zero	8
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
.LCPI70_5:
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
	.zero	8
	.zero	8
.LCPI70_6:
	.zero	8
	.zero	8
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
.LCPI70_7:
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
	.zero	8
	.zero	8
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI70_8:
	.quad	0
	.quad	4
	.quad	8
	.quad	12
.LCPI70_9:
	.quad	1
	.quad	5
	.quad	9
	.quad	13
.LCPI70_10:
	.quad	2
	.quad	6
	.quad	10
	.quad	14
.LCPI70_11:
	.quad	3
	.quad	7
	.quad	11
	.quad	15
	.text
	.globl	k100
	.p2align	4
	.type	k100,@function
k100:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, (%rsp)
	movq	%rsi, 104(%rsp)
	movq	688(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	656(%rsp), %rax
	movq	672(%rsp), %r13
	movq	%rax, 200(%rsp)
	movq	632(%rsp), %rax
	movq	%rax, 240(%rsp)
	movq	600(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	576(%rsp), %rax
	movq	%rax, 160(%rsp)
	movq	544(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	520(%rsp), %rax
	movq	%rax, 184(%rsp)
	movq	488(%rsp), %rax
	movq	%rax, 176(%rsp)
	movq	464(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	432(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	%r13, %rax
	shlq	$6, %rax
	movq	376(%rsp), %rcx
	movq	408(%rsp), %rbx
	leaq	(%rax,%rax,2), %r15
	movq	%r15, %rdi
	movq	%rcx, 96(%rsp)
	movq	320(%rsp), %rax
	movq	352(%rsp), %r14
	movq	%rax, 88(%rsp)
	callq	malloc@PLT
	movq	%r15, %rdi
	movq	%rax, 16(%rsp)
	callq	malloc@PLT
	movq	%rax, 152(%rsp)
	movq	%r13, 168(%rsp)
	testq	%r13, %r13
	jle	.LBB70_17
	leaq	(,%rbx,4), %rax
	xorl	%r9d, %r9d
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, 128(%rsp)
	movq	%r14, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdx
	leaq	24(%rax,%rax,2), %rax
	movq	%rdx, 80(%rsp)
	movq	%rax, 72(%rsp)
	leaq	(,%r14,4), %rax
	shlq	$7, %r14
	leaq	(%r14,%r14,2), %rdx
	leaq	24(%r14,%r14,2), %rcx
	movq	$-3, %r14
	movq	%rax, 136(%rsp)
	movq	%rbx, %rax
	shlq	$6, %rax
	shlq	$7, %rbx
	leaq	(%rax,%rax,2), %rax
	leaq	(%rbx,%rbx,2), %r10
	movq	%rax, 48(%rsp)
	movq	%rdx, 64(%rsp)
	movq	%rcx, 192(%rsp)
	shlq	$2, (%rsp)
	movl	$3, %eax
	movl	$2, %ecx
	movl	$1, %edx
	movq	16(%rsp), %rbx
	movq	152(%rsp), %r12
	jmp	.LBB70_2
	.p2align	4
.LBB70_16:
	movq	40(%rsp), %rax
	movq	32(%rsp), %rcx
	movq	120(%rsp), %rdx
	movq	112(%rsp), %r14
	movq	168(%rsp), %r13
	incq	%r9
	addq	$192, %r12
	addq	$192, %rbx
	incq	%rax
	incq	%rcx
	incq	%rdx
	incq	%r14
	cmpq	%r13, %r9
	je	.LBB70_17
.LBB70_2:
	movq	%rax, 40(%rsp)
	cmpq	$3, %r9
	movl	$3, %r13d
	movl	$24, %r11d
	movq	(%rsp), %rsi
	cmovbq	%r9, %r13
	movq	104(%rsp), %rdi
	subq	%r13, %rax
	imulq	%rsi, %rax
	addq	%rdi, %rax
	movq	%rax, 8(%rsp)
	movq	%rcx, 32(%rsp)
	movq	%rdx, 120(%rsp)
	subq	%r13, %rcx
	subq	%r13, %rdx
	leal	(,%r13,4), %eax
	xorq	$3, %r13
	leaq	(%r13,%r14), %rbp
	imulq	%rsi, %rcx
	imulq	%rsi, %rdx
	movq	72(%rsp), %r8
	movq	192(%rsp), %r15
	movq	%r14, 112(%rsp)
	shll	$2, %r13d
	imulq	%rsi, %rbp
	subq	%rax, %r11
	xorl	%esi, %esi
	addq	%rdi, %rcx
	addq	%rdi, %rdx
	addq	%rdi, %rbp
	movq	80(%rsp), %rdi
	subq	%rax, %r8
	subq	%rax, %r15
	leaq	(%rdi,%r13), %rax
	movq	%rax, 56(%rsp)
	movq	64(%rsp), %rax
	addq	%r13, %rax
	movq	%rax, 144(%rsp)
	movq	88(%rsp), %rax
	movq	96(%rsp), %rdi
	jmp	.LBB70_3
	.p2align	4
.LBB70_15:
	movq	48(%rsp), %r14
	vaddss	(%rdi,%r10), %xmm3, %xmm3
	vaddss	(%rdi), %xmm1, %xmm1
	addq	136(%rsp), %rax
	vaddss	(%rdi,%r14), %xmm2, %xmm2
	addq	128(%rsp), %rdi
	vmovss	%xmm1, (%r12,%rsi)
	vmulss	%xmm3, %xmm2, %xmm2
	vmovss	%xmm2, (%rbx,%rsi)
	addq	$4, %rsi
	cmpq	$192, %rsi
	je	.LBB70_16
.LBB70_3:
	vmovss	(%rax,%r13), %xmm1
	vmulss	(%rbp,%rsi), %xmm1, %xmm1
	vaddss	%xmm0, %xmm1, %xmm1
	testq	%r9, %r9
	je	.LBB70_7
	vmovss	-8(%rax,%r11), %xmm2
	vmulss	(%rdx,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$1, %r9
	je	.LBB70_7
	vmovss	-4(%rax,%r11), %xmm2
	vmulss	(%rcx,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$2, %r9
	je	.LBB70_7
	movq	8(%rsp), %r14
	vmovss	(%rax,%r11), %xmm2
	vmulss	(%r14,%rsi), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
	.p2align	4
.LBB70_7:
	movq	56(%rsp), %r14
	vmovss	(%rax,%r14), %xmm2
	vmulss	192(%rbp,%rsi), %xmm2, %xmm2
	vaddss	%xmm0, %xmm2, %xmm2
	testq	%r9, %r9
	je	.LBB70_11
	vmovss	-8(%rax,%r8), %xmm3
	vmulss	192(%rdx,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$1, %r9
	je	.LBB70_11
	vmovss	-4(%rax,%r8), %xmm3
	vmulss	192(%rcx,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$2, %r9
	je	.LBB70_11
	movq	8(%rsp), %r14
	vmovss	(%rax,%r8), %xmm3
	vmulss	192(%r14,%rsi), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	.p2align	4
.LBB70_11:
	movq	144(%rsp), %r14
	vmovss	(%rax,%r14), %xmm3
	vmulss	384(%rbp,%rsi), %xmm3, %xmm3
	vaddss	%xmm0, %xmm3, %xmm3
	testq	%r9, %r9
	je	.LBB70_15
	vmovss	-8(%rax,%r15), %xmm4
	vmulss	384(%rdx,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$1, %r9
	je	.LBB70_15
	vmovss	-4(%rax,%r15), %xmm4
	vmulss	384(%rcx,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$2, %r9
	je	.LBB70_15
	movq	8(%rsp), %r14
	vmovss	(%rax,%r15), %xmm4
	vmulss	384(%r14,%rsi), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	jmp	.LBB70_15
.LBB70_17:
	movl	$1, %edi
	movl	$1536, %esi
	movl	$1, %ebx
	callq	calloc@PLT
	movl	$1, %edi
	movl	$1536, %esi
	movq	%rax, %r15
	callq	calloc@PLT
	leaq	15(%r13), %rcx
	movq	%rax, %r12
	shrq	$4, %rcx
	movq	%rcx, 104(%rsp)
	movq	160(%rsp), %r8
	je	.LBB70_43
	movq	176(%rsp), %rcx
	movq	%r8, %rax
	shlq	$4, %rax
	vmovapd	.LCPI70_0(%rip), %zmm17
	vmovapd	.LCPI70_1(%rip), %zmm18
	vmovapd	.LCPI70_2(%rip), %zmm19
	vmovapd	.LCPI70_3(%rip), %zmm3
	vmovapd	.LCPI70_4(%rip), %zmm4
	vmovapd	.LCPI70_5(%rip), %zmm5
	vmovapd	.LCPI70_6(%rip), %zmm6
	vmovapd	.LCPI70_7(%rip), %zmm7
	leaq	(,%r8,4), %r11
	leaq	(,%r8,8), %rdx
	xorl	%edi, %edi
	vxorpd	%xmm8, %xmm8, %xmm8
	leaq	(%rax,%rax,2), %r10
	leaq	28(%rcx), %rax
	movq	%rax, 8(%rsp)
	shlq	$2, 184(%rsp)
	movq	16(%rsp), %rcx
	movq	24(%rsp), %rax
	movq	%rcx, %r14
	leaq	12(%rax), %rbp
	addq	$4, %r14
	movl	$16, %eax
	movq	%rcx, (%rsp)
	movq	%r10, 88(%rsp)
	movq	%r11, 80(%rsp)
	movq	%rbp, 72(%rsp)
	movq	%rdx, 64(%rsp)
	jmp	.LBB70_19
	.p2align	4
.LBB70_42:
	movq	112(%rsp), %rdi
	movq	120(%rsp), %rax
	movq	32(%rsp), %rbx
	addq	$3072, (%rsp)
	addq	$3072, %r14
	incq	%rdi
	addq	$16, %rax
	addq	$-16, %rbx
	cmpq	104(%rsp), %rdi
	je	.LBB70_43
.LBB70_19:
	cmpq	%rax, %r13
	movq	%rax, %r9
	movq	%rbx, 32(%rsp)
	movq	%rax, 120(%rsp)
	cmovbq	%r13, %r9
	cmpq	$1, %r8
	jne	.LBB70_20
	movq	24(%rsp), %rax
	movb	$-52, %cl
	kmovd	%ecx, %k1
	vcvtps2pd	(%rax), %zmm9
	vcvtps2pd	8(%rax), %zmm11
	vcvtps2pd	4(%rax), %zmm10
	vcvtps2pd	12(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 192(%r12)
	vmovupd	%zmm16, 128(%r12)
	vmovupd	%zmm15, 64(%r12)
	vmovupd	%zmm14, (%r12)
	vcvtps2pd	32(%rax), %zmm9
	vcvtps2pd	40(%rax), %zmm11
	vcvtps2pd	36(%rax), %zmm10
	vcvtps2pd	44(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 448(%r12)
	vmovupd	%zmm16, 384(%r12)
	vmovupd	%zmm15, 320(%r12)
	vmovupd	%zmm14, 256(%r12)
	vcvtps2pd	64(%rax), %zmm9
	vcvtps2pd	72(%rax), %zmm11
	vcvtps2pd	68(%rax), %zmm10
	vcvtps2pd	76(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 704(%r12)
	vmovupd	%zmm16, 640(%r12)
	vmovupd	%zmm15, 576(%r12)
	vmovupd	%zmm14, 512(%r12)
	vcvtps2pd	96(%rax), %zmm9
	vcvtps2pd	104(%rax), %zmm11
	vcvtps2pd	100(%rax), %zmm10
	vcvtps2pd	108(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 960(%r12)
	vmovupd	%zmm16, 896(%r12)
	vmovupd	%zmm15, 832(%r12)
	vmovupd	%zmm14, 768(%r12)
	vcvtps2pd	128(%rax), %zmm9
	vcvtps2pd	136(%rax), %zmm11
	vcvtps2pd	132(%rax), %zmm10
	vcvtps2pd	140(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1216(%r12)
	vmovupd	%zmm16, 1152(%r12)
	vmovupd	%zmm15, 1088(%r12)
	vmovupd	%zmm14, 1024(%r12)
	vcvtps2pd	160(%rax), %zmm9
	vcvtps2pd	168(%rax), %zmm11
	vcvtps2pd	164(%rax), %zmm10
	vcvtps2pd	172(%rax), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r12)
	vmovupd	%zmm16, 1408(%r12)
	vmovupd	%zmm15, 1344(%r12)
	vmovupd	%zmm14, 1280(%r12)
	jmp	.LBB70_23
	.p2align	4
.LBB70_20:
	movq	24(%rsp), %rcx
	movl	$352, %eax
	.p2align	4
.LBB70_21:
	vcvtps2pd	(%rcx), %ymm9
	leaq	(%rcx,%r11), %rdx
	leaq	(%r11,%r11), %rsi
	addq	%r11, %rdx
	addq	%rdx, %rsi
	vmovups	%ymm9, -352(%r12,%rax)
	vcvtps2pd	(%rcx,%r8,4), %ymm9
	vmovups	%ymm9, -320(%r12,%rax)
	vcvtps2pd	(%rcx,%r8,8), %ymm9
	addq	%r10, %rcx
	vmovups	%ymm9, -288(%r12,%rax)
	vcvtps2pd	(%rdx,%r8,4), %ymm9
	vmovups	%ymm9, -256(%r12,%rax)
	vcvtps2pd	(%rdx,%r8,8), %ymm9
	leaq	(%rsi,%r8,4), %rdx
	vmovups	%ymm9, -224(%r12,%rax)
	vcvtps2pd	(%rsi,%r8,4), %ymm9
	vmovups	%ymm9, -192(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -160(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -128(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -96(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -64(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, -32(%r12,%rax)
	vcvtps2pd	(%r11,%rdx), %ymm9
	vmovupd	%ymm9, (%r12,%rax)
	addq	$384, %rax
	cmpq	$1888, %rax
	jne	.LBB70_21
.LBB70_23:
	movq	%rdi, 112(%rsp)
	shlq	$4, %rdi
	leaq	16(%rdi), %rax
	cmpq	%r13, %rax
	cmovaeq	%r13, %rax
	cmpq	%rax, %rdi
	jge	.LBB70_42
	movq	%r14, 96(%rsp)
	movq	%r9, 40(%rsp)
	movl	$1, %esi
	xorl	%r10d, %r10d
	movq	%rdi, %rcx
	movq	32(%rsp), %rax
	addq	%r9, %rax
	movq	%rax, 128(%rsp)
	movq	(%rsp), %r14
	movq	%rdi, 48(%rsp)
	jmp	.LBB70_25
	.p2align	4
.LBB70_36:
	movq	136(%rsp), %rcx
	movq	56(%rsp), %rsi
	movq	144(%rsp), %r14
	incq	%r10
	incq	%rcx
	incq	%rsi
	addq	$192, %r14
	cmpq	128(%rsp), %rsi
	je	.LBB70_37
.LBB70_25:
	movq	%rsi, 56(%rsp)
	movq	%rcx, %r11
	movq	%rcx, %rax
	shlq	$4, %rax
	movl	%esi, %edi
	andl	$7, %edi
	andq	$-8, %rsi
	xorl	%r8d, %r8d
	subq	48(%rsp), %r11
	movq	%rcx, 136(%rsp)
	leaq	(%rax,%rax,2), %rax
	imulq	208(%rsp), %rcx
	movq	200(%rsp), %rdx
	leaq	(%rdx,%rcx,4), %rbx
	movq	176(%rsp), %rcx
	movq	%r14, 144(%rsp)
	movq	8(%rsp), %rbp
	jmp	.LBB70_26
	.p2align	4
.LBB70_34:
	vcvtss2sd	%xmm9, %xmm9, %xmm9
.LBB70_35:
	movq	%r8, %r9
	imulq	240(%rsp), %r9
	movq	232(%rsp), %r13
	movq	%r8, %rdx
	shlq	$5, %rdx
	addq	$4, %r14
	vmovupd	(%r12,%rdx), %ymm10
	vmovupd	8(%r15,%rdx), %xmm11
	vmovupd	16(%r12,%rdx), %xmm12
	vmovups	(%r13,%r9,4), %xmm13
	movq	%r8, %r13
	imulq	160(%rsp), %r13
	movb	$9, %r9b
	kmovd	%r9d, %k1
	movq	24(%rsp), %r9
	vmovupd	(%r15,%rdx), %ymm14 {%k1} {z}
	vmovups	(%r9,%r13,4), %xmm15
	movq	16(%rsp), %r9
	movq	216(%rsp), %r13
	vpermpd	$236, %ymm14, %ymm14
	vmovsd	%xmm14, %xmm11, %xmm1
	vmovsd	%xmm11, %xmm14, %xmm2
	vmovsldup	%xmm15, %xmm16
	vmovshdup	%xmm15, %xmm15
	vcvtps2pd	%xmm15, %ymm15
	vcvtps2pd	%xmm16, %ymm16
	vmulpd	%ymm15, %ymm10, %ymm15
	vmulpd	%ymm16, %ymm10, %ymm0
	vshufpd	$5, %ymm15, %ymm15, %ymm15
	vaddsubpd	%ymm15, %ymm0, %ymm0
	vunpcklpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm1, %xmm15, %xmm1
	vunpckhpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm2, %xmm15, %xmm2
	vshufps	$232, %xmm13, %xmm13, %xmm15
	vshufps	$237, %xmm13, %xmm13, %xmm13
	vmovupd	%ymm0, (%r12,%rdx)
	leaq	(%r8,%rax), %rdx
	vcvtps2pd	%xmm15, %xmm15
	vcvtps2pd	%xmm13, %xmm13
	vmovss	(%r9,%rdx,4), %xmm0
	movq	%r8, %r9
	imulq	224(%rsp), %r9
	vsubpd	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm12, %xmm10, %xmm2
	vmovsd	%xmm10, %xmm12, %xmm10
	vmulpd	%xmm2, %xmm14, %xmm2
	vmulpd	%xmm11, %xmm10, %xmm10
	vmulpd	%xmm1, %xmm15, %xmm1
	vaddpd	%xmm2, %xmm10, %xmm2
	vmulss	(%r13,%r9,4), %xmm0, %xmm0
	movq	152(%rsp), %r9
	vmulpd	%xmm2, %xmm13, %xmm2
	vsubpd	%xmm2, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm8, %xmm2
	vshufpd	$1, %xmm1, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm1, %xmm9, %xmm1
	vcvtsd2ss	%xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	(%r9,%rdx,4), %xmm0, %xmm0
	movq	184(%rsp), %rdx
	addq	%rdx, %rbp
	addq	%rdx, %rcx
	vmovss	%xmm0, (%rbx,%r8,4)
	incq	%r8
	cmpq	$48, %r8
	je	.LBB70_36
.LBB70_26:
	movabsq	$9223372036854775806, %rdx
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	%rdx, %r11
	ja	.LBB70_35
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	$7, %r10
	jae	.LBB70_29
	xorl	%edx, %edx
	jmp	.LBB70_32
	.p2align	4
.LBB70_29:
	movq	%r14, %r13
	xorl	%edx, %edx
	.p2align	4
.LBB70_30:
	vmovss	-28(%rbp,%rdx,4), %xmm10
	vmovss	-24(%rbp,%rdx,4), %xmm11
	vmulss	(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmulss	-192(%r13), %xmm11, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-20(%rbp,%rdx,4), %xmm10
	vmulss	-384(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-16(%rbp,%rdx,4), %xmm10
	vmulss	-576(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-12(%rbp,%rdx,4), %xmm10
	vmulss	-768(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-8(%rbp,%rdx,4), %xmm10
	vmulss	-960(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-4(%rbp,%rdx,4), %xmm10
	vmulss	-1152(%r13), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	(%rbp,%rdx,4), %xmm10
	addq	$8, %rdx
	vmulss	-1344(%r13), %xmm10, %xmm10
	addq	$-1536, %r13
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rdx, %rsi
	jne	.LBB70_30
	testb	$7, 56(%rsp)
	je	.LBB70_34
.LBB70_32:
	leaq	(%rcx,%rdx,4), %r13
	shlq	$6, %rdx
	leaq	(%rdx,%rdx,2), %r9
	movq	%r14, %rdx
	subq	%r9, %rdx
	xorl	%r9d, %r9d
	.p2align	4
.LBB70_33:
	vmovss	(%r13,%r9,4), %xmm10
	incq	%r9
	vmulss	(%rdx), %xmm10, %xmm10
	addq	$-192, %rdx
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%r9, %rdi
	jne	.LBB70_33
	jmp	.LBB70_34
	.p2align	4
.LBB70_37:
	movq	96(%rsp), %r14
	movq	168(%rsp), %r13
	movq	160(%rsp), %r8
	movq	88(%rsp), %r10
	movq	80(%rsp), %r11
	movq	72(%rsp), %rbp
	movq	64(%rsp), %rdx
	movq	40(%rsp), %r9
	movq	48(%rsp), %rbx
	movq	%r14, %rdi
	jmp	.LBB70_38
	.p2align	4
.LBB70_44:
	vmovupd	(%r15), %zmm13
	vmovupd	128(%r15), %zmm15
	vmovupd	64(%r15), %zmm14
	vmovupd	192(%r15), %zmm16
	vbroadcasti64x4	.LCPI70_8(%rip), %zmm9
	movq	%rbx, %rax
	shlq	$6, %rax
	vbroadcasti64x4	.LCPI70_9(%rip), %zmm28
	vbroadcasti64x4	.LCPI70_11(%rip), %zmm26
	vbroadcasti64x4	.LCPI70_10(%rip), %zmm27
	movq	16(%rsp), %rcx
	movb	$-52, %r9b
	leaq	(%rax,%rax,2), %rsi
	movq	24(%rsp), %rax
	kmovd	%r9d, %k1
	movq	40(%rsp), %r9
	vcvtps2pd	(%rcx,%rsi), %zmm0
	vcvtps2pd	(%rax), %zmm1
	vcvtps2pd	4(%rax), %zmm2
	vmovapd	%zmm15, %zmm10
	vmovapd	%zmm13, %zmm11
	vpermt2pd	%zmm16, %zmm9, %zmm10
	vpermt2pd	%zmm14, %zmm9, %zmm11
	vmovapd	%zmm13, %zmm12
	vpermt2pd	%zmm14, %zmm28, %zmm12
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vpermt2pd	%zmm14, %zmm27, %zmm22
	vshuff64x2	$228, %zmm10, %zmm11, %zmm20
	vmovapd	%zmm15, %zmm11
	vpermt2pd	%zmm16, %zmm28, %zmm11
	vshuff64x2	$228, %zmm11, %zmm12, %zmm21
	vmovapd	%zmm15, %zmm12
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm16, %zmm27, %zmm12
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	12(%rax), %zmm21
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vcvtps2pd	8(%rax), %zmm15
	vshuff64x2	$228, %zmm12, %zmm22, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm21, %zmm22, %zmm2
	vmulpd	%zmm15, %zmm22, %zmm16
	vmulpd	%zmm15, %zmm13, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm13, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, (%r15)
	vmovupd	%zmm15, 64(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 128(%r15)
	vmovupd	%zmm20, 192(%r15)
	vcvtps2pd	32(%rcx,%rsi), %zmm0
	vmovupd	256(%r15), %zmm14
	vmovupd	384(%r15), %zmm16
	vmovupd	320(%r15), %zmm13
	vmovupd	448(%r15), %zmm15
	vcvtps2pd	32(%rax), %zmm1
	vcvtps2pd	36(%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm14, %zmm21
	vmovapd	%zmm16, %zmm24
	vmovapd	%zmm14, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermt2pd	%zmm13, %zmm9, %zmm21
	vpermt2pd	%zmm15, %zmm28, %zmm24
	vpermt2pd	%zmm13, %zmm28, %zmm22
	vmovapd	%zmm16, %zmm25
	vmovapd	%zmm14, %zmm23
	vpermt2pd	%zmm15, %zmm26, %zmm16
	vpermt2pd	%zmm13, %zmm26, %zmm14
	vpermt2pd	%zmm13, %zmm27, %zmm23
	vpermt2pd	%zmm15, %zmm27, %zmm25
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm24, %zmm22, %zmm21
	vshuff64x2	$228, %zmm16, %zmm14, %zmm13
	vshuff64x2	$228, %zmm25, %zmm23, %zmm22
	vcvtps2pd	44(%rax), %zmm23
	vmulpd	%zmm1, %zmm20, %zmm16
	vmulpd	%zmm2, %zmm21, %zmm15
	vmulpd	%zmm2, %zmm20, %zmm2
	vmulpd	%zmm1, %zmm21, %zmm1
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	40(%rax), %zmm2
	vsubpd	%zmm15, %zmm16, %zmm14
	vmulpd	%zmm23, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm23, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 256(%r15)
	vmovupd	%zmm15, 320(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 384(%r15)
	vmovupd	%zmm20, 448(%r15)
	vcvtps2pd	64(%rcx,%rsi), %zmm0
	vmovupd	640(%r15), %zmm16
	vmovupd	512(%r15), %zmm14
	vmovupd	576(%r15), %zmm13
	vmovupd	704(%r15), %zmm15
	vcvtps2pd	64(%rax), %zmm1
	vcvtps2pd	68(%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm14, %zmm21
	vmovapd	%zmm16, %zmm23
	vmovapd	%zmm14, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermt2pd	%zmm13, %zmm9, %zmm21
	vpermt2pd	%zmm15, %zmm28, %zmm23
	vpermt2pd	%zmm13, %zmm28, %zmm22
	vmovapd	%zmm16, %zmm24
	vpermt2pd	%zmm15, %zmm26, %zmm16
	vpermt2pd	%zmm15, %zmm27, %zmm24
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm23, %zmm22, %zmm21
	vmovapd	%zmm14, %zmm23
	vpermt2pd	%zmm13, %zmm26, %zmm14
	vpermt2pd	%zmm13, %zmm27, %zmm23
	vmulpd	%zmm2, %zmm21, %zmm15
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm16, %zmm14, %zmm13
	vmulpd	%zmm1, %zmm20, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	76(%rax), %zmm21
	vshuff64x2	$228, %zmm24, %zmm23, %zmm22
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	72(%rax), %zmm2
	vsubpd	%zmm15, %zmm16, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 512(%r15)
	vmovupd	%zmm15, 576(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 640(%r15)
	vmovupd	%zmm20, 704(%r15)
	vcvtps2pd	96(%rcx,%rsi), %zmm0
	vmovupd	768(%r15), %zmm13
	vmovupd	896(%r15), %zmm15
	vmovupd	832(%r15), %zmm14
	vmovupd	960(%r15), %zmm16
	vcvtps2pd	96(%rax), %zmm1
	vcvtps2pd	100(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm13, %zmm21
	vmovapd	%zmm15, %zmm24
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermt2pd	%zmm14, %zmm9, %zmm21
	vpermt2pd	%zmm16, %zmm28, %zmm24
	vpermt2pd	%zmm14, %zmm28, %zmm22
	vmovapd	%zmm15, %zmm25
	vmovapd	%zmm13, %zmm23
	vpermt2pd	%zmm16, %zmm27, %zmm25
	vpermt2pd	%zmm14, %zmm27, %zmm23
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm24, %zmm22, %zmm21
	vshuff64x2	$228, %zmm25, %zmm23, %zmm22
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vmulpd	%zmm2, %zmm20, %zmm2
	vcvtps2pd	108(%rax), %zmm21
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	104(%rax), %zmm2
	vsubpd	%zmm16, %zmm14, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm5, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm7, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm4, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm6, %zmm14
	vpermt2pd	%zmm2, %zmm19, %zmm21
	vpermt2pd	%zmm2, %zmm17, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm3, %zmm20
	vpermt2pd	%zmm1, %zmm18, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 896(%r15)
	vmovupd	%zmm15, 960(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 768(%r15)
	vmovupd	%zmm20, 832(%r15)
	vcvtps2pd	128(%rcx,%rsi), %zmm0
	vmovupd	1152(%r15), %zmm15
	vmovupd	1024(%r15), %zmm13
	vmovupd	1088(%r15), %zmm14
	vmovupd	1216(%r15), %zmm16
	vcvtps2pd	128(%rax), %zmm1
	vcvtps2pd	132(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm13, %zmm21
	vmovapd	%zmm15, %zmm23
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermt2pd	%zmm14, %zmm9, %zmm21
	vpermt2pd	%zmm16, %zmm28, %zmm23
	vpermt2pd	%zmm14, %zmm28, %zmm22
	vmovapd	%zmm15, %zmm24
	vpermt2pd	%zmm16, %zmm27, %zmm24
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vshuff64x2	$228, %zmm20, %zmm21, %zmm20
	vshuff64x2	$228, %zmm23, %zmm22, %zmm21
	vmovapd	%zmm13, %zmm23
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vpermt2pd	%zmm14, %zmm27, %zmm23
	vmulpd	%zmm1, %zmm20, %zmm14
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vmulpd	%zmm2, %zmm20, %zmm2
	vcvtps2pd	140(%rax), %zmm21
	vaddpd	%zmm1, %zmm2, %zmm1
	vcvtps2pd	136(%rax), %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vshuff64x2	$228, %zmm24, %zmm23, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm2, %zmm22, %zmm16
	vmulpd	%zmm2, %zmm13, %zmm2
	vmulpd	%zmm21, %zmm22, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm2, %zmm13, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm3, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm18, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm19, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm17, %zmm14
	vpermt2pd	%zmm2, %zmm4, %zmm21
	vpermt2pd	%zmm2, %zmm6, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, 1088(%r15)
	vmovupd	%zmm15, 1024(%r15)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 1216(%r15)
	vmovupd	%zmm20, 1152(%r15)
	vcvtps2pd	160(%rcx,%rsi), %zmm0
	vmovupd	1408(%r15), %zmm15
	vmovupd	1280(%r15), %zmm13
	vmovupd	1344(%r15), %zmm14
	vmovupd	1472(%r15), %zmm16
	vcvtps2pd	160(%rax), %zmm1
	vcvtps2pd	164(%rax), %zmm2
	vmovapd	%zmm15, %zmm20
	vmovapd	%zmm15, %zmm22
	vpermt2pd	%zmm16, %zmm9, %zmm20
	vpermi2pd	%zmm14, %zmm13, %zmm9
	vpermt2pd	%zmm16, %zmm28, %zmm22
	vpermi2pd	%zmm14, %zmm13, %zmm28
	vmovapd	%zmm15, %zmm21
	vpermt2pd	%zmm16, %zmm27, %zmm21
	vpermi2pd	%zmm14, %zmm13, %zmm27
	vpermt2pd	%zmm16, %zmm26, %zmm15
	vpermt2pd	%zmm14, %zmm26, %zmm13
	vshuff64x2	$228, %zmm22, %zmm28, %zmm10
	vshuff64x2	$228, %zmm20, %zmm9, %zmm9
	vshuff64x2	$228, %zmm15, %zmm13, %zmm12
	vshuff64x2	$228, %zmm21, %zmm27, %zmm11
	vmulpd	%zmm1, %zmm9, %zmm15
	vmulpd	%zmm2, %zmm10, %zmm14
	vmulpd	%zmm2, %zmm9, %zmm2
	vcvtps2pd	172(%rax), %zmm9
	vmulpd	%zmm1, %zmm10, %zmm1
	vsubpd	%zmm14, %zmm15, %zmm13
	vcvtps2pd	168(%rax), %zmm15
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm9, %zmm12, %zmm14
	vmulpd	%zmm9, %zmm11, %zmm9
	vmulpd	%zmm15, %zmm11, %zmm10
	vmulpd	%zmm15, %zmm12, %zmm2
	vsubpd	%zmm14, %zmm10, %zmm10
	vaddpd	%zmm2, %zmm9, %zmm2
	vaddpd	%zmm0, %zmm13, %zmm9
	vaddpd	%zmm0, %zmm10, %zmm0
	vmovapd	%zmm9, %zmm12
	vpermt2pd	%zmm1, %zmm3, %zmm12
	vmovapd	%zmm9, %zmm11
	vpermt2pd	%zmm1, %zmm18, %zmm11
	vmovapd	%zmm0, %zmm13
	vpermt2pd	%zmm2, %zmm19, %zmm13
	vmovapd	%zmm0, %zmm10
	vmovapd	%zmm0, %zmm14
	vpermt2pd	%zmm2, %zmm17, %zmm10
	vpermt2pd	%zmm2, %zmm4, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm0
	vmovapd	%zmm13, %zmm12 {%k1}
	vmovapd	%zmm9, %zmm13
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vpermt2pd	%zmm1, %zmm7, %zmm9
	vmovapd	%zmm10, %zmm11 {%k1}
	vmovupd	%zmm12, 1344(%r15)
	vmovupd	%zmm11, 1280(%r15)
	vmovapd	%zmm14, %zmm13 {%k1}
	vmovapd	%zmm0, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r15)
	vmovupd	%zmm13, 1408(%r15)
.LBB70_41:
	incq	%rbx
	addq	$192, %rdi
	cmpq	%r9, %rbx
	je	.LBB70_42
.LBB70_38:
	cmpq	$1, %r8
	je	.LBB70_44
	movq	%rbp, %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB70_40:
	vmovss	-4(%rdi,%rcx), %xmm0
	vmovss	-12(%rax), %xmm1
	vmovss	-8(%rax), %xmm2
	vmovsd	(%r15,%rcx,8), %xmm9
	vmovsd	8(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, (%r15,%rcx,8)
	vmovsd	%xmm1, 8(%r15,%rcx,8)
	vmovss	-4(%rax), %xmm1
	vmovss	(%rax), %xmm2
	vmovsd	16(%r15,%rcx,8), %xmm9
	vmovsd	24(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 16(%r15,%rcx,8)
	vmovss	(%rdi,%rcx), %xmm0
	vmovsd	%xmm1, 24(%r15,%rcx,8)
	vmovss	-12(%rax,%r11), %xmm1
	vmovss	-8(%rax,%r11), %xmm2
	vmovsd	32(%r15,%rcx,8), %xmm9
	vmovsd	40(%r15,%rcx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, 32(%r15,%rcx,8)
	vmovsd	%xmm1, 40(%r15,%rcx,8)
	vmovss	-4(%rax,%r11), %xmm1
	vmovss	(%rax,%r11), %xmm2
	vmovsd	48(%r15,%rcx,8), %xmm9
	vmovsd	56(%r15,%rcx,8), %xmm10
	addq	%rdx, %rax
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 48(%r15,%rcx,8)
	vmovsd	%xmm1, 56(%r15,%rcx,8)
	addq	$8, %rcx
	cmpq	$192, %rcx
	jne	.LBB70_40
	jmp	.LBB70_41
.LBB70_43:
	movq	16(%rsp), %rdi
	vzeroupper
	callq	free@PLT
	movq	152(%rsp), %rdi
	callq	free@PLT
	movq	%r15, %rdi
	callq	free@PLT
	movq	%r12, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end70:
	.size	k100, .Lfunc_end70-k100

	.globl	_mlir_ciface_k100
	.p2align	4
	.type	_mlir_ciface_k100,@function
_mlir_ciface_k100:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$424, %rsp
	movq	%r9, %rax
	movq	8(%rdi), %r9
	movq	40(%rdi), %rdi
	movq	%rsi, %r10
	movq	480(%rsp), %rbx
	movq	488(%rsp), %r11
	movq	40(%rcx), %rsi
	movq	8(%rcx), %r15
	movq	8(%r8), %r12
	movq	8(%rdx), %r14
	movq	40(%r8), %r8
	movq	8(%rax), %r13
	movq	%r9, 416(%rsp)
	movq	8(%r10), %r9
	movq	%rdi, 408(%rsp)
	movq	40(%rdx), %rdi
	movq	40(%rax), %rdx
	movq	8(%rbx), %rbp
	movq	40(%r10), %r10
	movq	40(%rbx), %rbx
	movq	8(%r11), %rcx
	movq	24(%r11), %rax
	movq	40(%r11), %r11
	movq	%rsi, 160(%rsp)
	movq	%r13, 240(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r12, 184(%rsp)
	movq	%r15, 128(%rsp)
	movq	%r14, 72(%rsp)
	movq	416(%rsp), %rsi
	movq	%r9, 16(%rsp)
	movq	408(%rsp), %r9
	movq	%r11, 384(%rsp)
	movq	%rax, 368(%rsp)
	movq	%rcx, 352(%rsp)
	movq	%rbx, 328(%rsp)
	movq	%rbp, 296(%rsp)
	movq	%rdx, 272(%rsp)
	movq	%rdi, 104(%rsp)
	movq	%r10, 48(%rsp)
	callq	k100@PLT
	addq	$424, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
.Lfunc_end71:
	.size	_mlir_ciface_k100, .Lfunc_end71-_mlir_ciface_k100

	.globl	k103
	.p2align	4
	.type	k103,@function
k103:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$256, %rsp
	cmpq	$0, 456(%rsp)
	movq	%r9, 248(%rsp)
	movq	%rsi, 240(%rsp)
	jle	.LBB72_8
	movq	416(%rsp), %rcx
	movq	360(%rsp), %r13
	movq	328(%rsp), %rdi
	movq	472(%rsp), %r14
	movq	384(%rsp), %r11
	xorl	%ebp, %ebp
	movq	%rcx, %r8
	shlq	$4, %r8
	movq	%rcx, %r9
	shlq	$6, %r9
	leaq	(,%rcx,4), %rax
	imulq	$44, %rcx, %r15
	leaq	(%r8,%r8,2), %rbx
	movq	%r9, 168(%rsp)
	movq	%r8, 224(%rsp)
	leaq	(%rax,%rax,2), %rdx
	leaq	(%rax,%rax,4), %rsi
	leaq	(%rax,%rax,8), %rax
	movq	%rbx, 128(%rsp)
	imulq	$56, %rcx, %rbx
	movq	%r15, 136(%rsp)
	imulq	$52, %rcx, %r15
	movq	%rdx, 232(%rsp)
	leaq	(,%rcx,8), %rdx
	movq	%rsi, 216(%rsp)
	movq	%rax, 184(%rsp)
	movq	%rbx, 112(%rsp)
	leaq	(%r9,%rcx,4), %rbx
	imulq	$76, %rcx, %r9
	leaq	(%rdx,%rdx,2), %rsi
	leaq	(%rdx,%rdx,4), %rax
	leaq	(%rdx,%rdx,8), %r10
	movq	%rcx, %rdx
	shlq	$7, %rdx
	movq	%r15, 120(%rsp)
	imulq	$60, %rcx, %r15
	movq	%rdx, 152(%rsp)
	movq	%rsi, 208(%rsp)
	leaq	(%rcx,%rcx,8), %rsi
	movq	%rbx, 96(%rsp)
	leaq	(%r8,%r8,4), %rbx
	movq	%rax, 176(%rsp)
	imulq	$188, %r13, %rax
	movq	%r10, 160(%rsp)
	movq	440(%rsp), %r10
	movq	%r9, 88(%rsp)
	imulq	$84, %rcx, %r9
	movq	%r15, 104(%rsp)
	leaq	(,%r13,4), %r15
	leaq	(%rsi,%rsi,2), %rsi
	movq	%rbx, 80(%rsp)
	imulq	$88, %rcx, %rbx
	leaq	192(%rdi,%rax), %rax
	movq	%r9, 72(%rsp)
	imulq	$92, %rcx, %r9
	addq	%rcx, %rsi
	movq	%rsi, 200(%rsp)
	movq	%rcx, %rsi
	shlq	$5, %rsi
	movq	%rbx, 64(%rsp)
	movq	%rax, 144(%rsp)
	leaq	(,%r14,4), %rax
	leaq	(%rsi,%rsi,2), %rbx
	movq	%rsi, 192(%rsp)
	movq	%r9, 56(%rsp)
	imulq	$100, %rcx, %r9
	movq	%rbx, 48(%rsp)
	imulq	$104, %rcx, %rbx
	movq	%r9, 40(%rsp)
	imulq	$108, %rcx, %r9
	movq	%rbx, 32(%rsp)
	imulq	$112, %rcx, %rbx
	movq	%r9, 24(%rsp)
	imulq	$116, %rcx, %r9
	movq	%rbx, 16(%rsp)
	imulq	$120, %rcx, %rbx
	movq	%r9, 8(%rsp)
	leaq	(%rdx,%rcx,4), %r9
	movq	%rbx, (%rsp)
	imulq	$124, %rcx, %rbx
	movq	%r9, -8(%rsp)
	leaq	(%rdx,%rcx,8), %r9
	imulq	$140, %rcx, %rdx
	movq	%r9, -24(%rsp)
	leaq	(%r8,%r8,8), %r9
	imulq	$152, %rcx, %r8
	movq	%rbx, -16(%rsp)
	movq	%rdx, -32(%rsp)
	imulq	$148, %rcx, %rdx
	movq	%r9, -40(%rsp)
	movq	%r8, -56(%rsp)
	leaq	(%rsi,%rsi,4), %r8
	imulq	$168, %rcx, %rsi
	movq	%rdx, -48(%rsp)
	imulq	$156, %rcx, %rdx
	movq	%r8, -72(%rsp)
	movq	%rsi, -88(%rsp)
	imulq	$176, %rcx, %rsi
	movq	%rdx, -64(%rsp)
	imulq	$164, %rcx, %rdx
	movq	%rsi, -104(%rsp)
	imulq	$184, %rcx, %rsi
	movq	%rdx, -80(%rsp)
	imulq	$172, %rcx, %rdx
	movq	%rsi, -120(%rsp)
	movq	%r10, %rsi
	movq	%rdx, -96(%rsp)
	imulq	$180, %rcx, %rdx
	movq	%rdx, -112(%rsp)
	imulq	$188, %rcx, %rdx
	movq	%rdx, -128(%rsp)
	jmp	.LBB72_2
	.p2align	4
.LBB72_7:
	incq	%rbp
	addq	%rbx, %rsi
	movq	%rbx, %rax
	cmpq	456(%rsp), %rbp
	je	.LBB72_8
.LBB72_2:
	vmovss	(%r11), %xmm0
	movq	%rbp, %r12
	imulq	472(%rsp), %r12
	movq	232(%rsp), %r8
	movq	%rax, %rbx
	imulq	%rbp, %rax
	movq	%rbp, %r14
	imulq	248(%rsp), %r14
	movq	%r13, %rdx
	shrq	$61, %rdx
	andl	$1, %edx
	leaq	(%r10,%rax), %r9
	cmpq	144(%rsp), %r9
	leaq	192(%r10,%rax), %rax
	leaq	(%r10,%r12,4), %r9
	vmovss	%xmm0, (%r10,%r12,4)
	vmovss	(%r11,%rcx,4), %xmm0
	vmovss	%xmm0, 4(%r10,%r12,4)
	vmovss	(%r11,%rcx,8), %xmm0
	vmovss	%xmm0, 8(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	224(%rsp), %r8
	vmovss	%xmm0, 12(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	216(%rsp), %r8
	vmovss	%xmm0, 16(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	208(%rsp), %r8
	vmovss	%xmm0, 20(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	200(%rsp), %r8
	vmovss	%xmm0, 24(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	192(%rsp), %r8
	vmovss	%xmm0, 28(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	184(%rsp), %r8
	vmovss	%xmm0, 32(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	176(%rsp), %r8
	vmovss	%xmm0, 36(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	136(%rsp), %r8
	vmovss	%xmm0, 40(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	128(%rsp), %r8
	vmovss	%xmm0, 44(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	120(%rsp), %r8
	vmovss	%xmm0, 48(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	112(%rsp), %r8
	vmovss	%xmm0, 52(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	104(%rsp), %r8
	vmovss	%xmm0, 56(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	168(%rsp), %r8
	vmovss	%xmm0, 60(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	96(%rsp), %r8
	vmovss	%xmm0, 64(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	160(%rsp), %r8
	vmovss	%xmm0, 68(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	88(%rsp), %r8
	vmovss	%xmm0, 72(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	80(%rsp), %r8
	vmovss	%xmm0, 76(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	72(%rsp), %r8
	vmovss	%xmm0, 80(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	64(%rsp), %r8
	vmovss	%xmm0, 84(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	56(%rsp), %r8
	vmovss	%xmm0, 88(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	48(%rsp), %r8
	vmovss	%xmm0, 92(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	40(%rsp), %r8
	vmovss	%xmm0, 96(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	32(%rsp), %r8
	vmovss	%xmm0, 100(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	24(%rsp), %r8
	vmovss	%xmm0, 104(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	16(%rsp), %r8
	vmovss	%xmm0, 108(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	8(%rsp), %r8
	vmovss	%xmm0, 112(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	(%rsp), %r8
	vmovss	%xmm0, 116(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-16(%rsp), %r8
	vmovss	%xmm0, 120(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	152(%rsp), %r8
	vmovss	%xmm0, 124(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-8(%rsp), %r8
	vmovss	%xmm0, 128(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-24(%rsp), %r8
	vmovss	%xmm0, 132(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-32(%rsp), %r8
	vmovss	%xmm0, 136(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-40(%rsp), %r8
	vmovss	%xmm0, 140(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-48(%rsp), %r8
	vmovss	%xmm0, 144(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-56(%rsp), %r8
	vmovss	%xmm0, 148(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-64(%rsp), %r8
	vmovss	%xmm0, 152(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-72(%rsp), %r8
	vmovss	%xmm0, 156(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-80(%rsp), %r8
	vmovss	%xmm0, 160(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-88(%rsp), %r8
	vmovss	%xmm0, 164(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-96(%rsp), %r8
	vmovss	%xmm0, 168(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-104(%rsp), %r8
	vmovss	%xmm0, 172(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-112(%rsp), %r8
	vmovss	%xmm0, 176(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-120(%rsp), %r8
	vmovss	%xmm0, 180(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	-128(%rsp), %r8
	vmovss	%xmm0, 184(%r10,%r12,4)
	vmovss	(%r11,%r8), %xmm0
	movq	240(%rsp), %r8
	leaq	(%r8,%r14,4), %r14
	setb	%r8b
	cmpq	%rax, %rdi
	setb	%al
	andb	%r8b, %al
	orb	%dl, %al
	vmovss	%xmm0, 188(%r10,%r12,4)
	movq	%rdi, %rdx
	xorl	%r12d, %r12d
	jmp	.LBB72_3
	.p2align	4
.LBB72_9:
	movq	%r12, %r8
	imulq	%r13, %r8
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rdi,%r8,4), %zmm0, %zmm1
	vaddps	(%r9), %zmm1, %zmm1
	vmovups	%zmm1, (%r9)
	vmulps	64(%rdi,%r8,4), %zmm0, %zmm1
	vaddps	64(%r9), %zmm1, %zmm1
	vmovups	%zmm1, 64(%r9)
	vmulps	128(%rdi,%r8,4), %zmm0, %zmm0
	vaddps	128(%r9), %zmm0, %zmm0
	vmovups	%zmm0, 128(%r9)
.LBB72_6:
	incq	%r12
	addq	%r15, %rdx
	cmpq	$48, %r12
	je	.LBB72_7
.LBB72_3:
	vmovss	(%r14,%r12,4), %xmm0
	testb	%al, %al
	je	.LBB72_9
	movl	$11, %r8d
	.p2align	4
.LBB72_5:
	vmulss	-44(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-44(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%rsi,%r8,4)
	vmulss	-40(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-40(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%rsi,%r8,4)
	vmulss	-36(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-36(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%rsi,%r8,4)
	vmulss	-32(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-32(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%rsi,%r8,4)
	vmulss	-28(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-28(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%rsi,%r8,4)
	vmulss	-24(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-24(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%rsi,%r8,4)
	vmulss	-20(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-20(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%rsi,%r8,4)
	vmulss	-16(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-16(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%rsi,%r8,4)
	vmulss	-12(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-12(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%rsi,%r8,4)
	vmulss	-8(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-8(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%rsi,%r8,4)
	vmulss	-4(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	-4(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%rsi,%r8,4)
	vmulss	(%rdx,%r8,4), %xmm0, %xmm1
	vaddss	(%rsi,%r8,4), %xmm1, %xmm1
	vmovss	%xmm1, (%rsi,%r8,4)
	addq	$12, %r8
	cmpq	$59, %r8
	jne	.LBB72_5
	jmp	.LBB72_6
.LBB72_8:
	addq	$256, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end72:
	.size	k103, .Lfunc_end72-k103

	.globl	_mlir_ciface_k103
	.p2align	4
	.type	_mlir_ciface_k103,@function
_mlir_ciface_k103:
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
	callq	k103@PLT
	addq	$184, %rsp
	retq
.Lfunc_end73:
	.size	_mlir_ciface_k103, .Lfunc_end73-_mlir_ciface_k103

	.globl	k104
	.p2align	4
	.type	k104,@function
k104:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB74_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB74_2:
	vmovss	-188(%rsi), %xmm0
	vaddss	-188(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vaddss	-184(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vaddss	-180(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vaddss	-176(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vaddss	-172(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vaddss	-168(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vaddss	-164(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vaddss	-160(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vaddss	-156(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vaddss	-152(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vaddss	-148(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vaddss	-144(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vaddss	-140(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vaddss	-136(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vaddss	-132(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vaddss	-128(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB74_2
.LBB74_3:
	retq
.Lfunc_end74:
	.size	k104, .Lfunc_end74-k104

	.globl	_mlir_ciface_k104
	.p2align	4
	.type	_mlir_ciface_k104,@function
_mlir_ciface_k104:
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
	callq	k104@PLT
	addq	$120, %rsp
	retq
.Lfunc_end75:
	.size	_mlir_ciface_k104, .Lfunc_end75-_mlir_ciface_k104

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI76_0:
	.long	0x42400000
.LCPI76_1:
	.long	0x3727c5ac
.LCPI76_2:
	.long	0x3f800000
.LCPI76_3:
	.long	0x3f3504f3
.LCPI76_4:
	.long	0x3f000000
	.text
	.globl	k108
	.p2align	4
	.type	k108,@function
k108:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, (%rsp)
	movq	%rsi, %r15
	movq	344(%rsp), %rax
	movq	%rax, 24(%rsp)
	movq	288(%rsp), %rax
	movq	328(%rsp), %rbp
	movq	312(%rsp), %r13
	movq	%rax, 48(%rsp)
	movq	200(%rsp), %rax
	movq	256(%rsp), %rbx
	movq	232(%rsp), %r12
	movq	%rax, 56(%rsp)
	movq	144(%rsp), %rax
	movq	176(%rsp), %r14
	movq	%rax, 40(%rsp)
	movq	%rbp, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	movq	%rax, 32(%rsp)
	callq	malloc@PLT
	movq	%rbp, 16(%rsp)
	movq	%rax, 8(%rsp)
	testq	%rbp, %rbp
	jle	.LBB76_22
	movq	(%rsp), %rdi
	vmovss	.LCPI76_0(%rip), %xmm0
	vmovss	.LCPI76_1(%rip), %xmm1
	vmovss	.LCPI76_2(%rip), %xmm4
	movq	%rax, %r8
	leaq	(,%r14,4), %rdx
	xorl	%esi, %esi
	movq	%r15, %r9
	leaq	(,%rdi,4), %rax
	movq	%rax, 64(%rsp)
	movq	%r14, %rax
	shlq	$4, %rax
	leaq	(%rax,%rax,2), %rcx
	movq	%rdi, %rax
	jmp	.LBB76_2
	.p2align	4
.LBB76_23:
	movq	40(%rsp), %r11
	vbroadcastss	%xmm2, %zmm2
	vmulps	(%r15,%r10,4), %zmm2, %zmm3
	movq	8(%rsp), %rdi
	movq	%rsi, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rax
	vmulps	(%r11), %zmm3, %zmm3
	vmovups	%zmm3, (%rdi,%rax)
	vmulps	64(%r15,%r10,4), %zmm2, %zmm3
	vmulps	64(%r11), %zmm3, %zmm3
	vmovups	%zmm3, 64(%rdi,%rax)
	vmulps	128(%r15,%r10,4), %zmm2, %zmm2
	vmulps	128(%r11), %zmm2, %zmm2
	vmovups	%zmm2, 128(%rdi,%rax)
.LBB76_5:
	addq	64(%rsp), %r9
	movq	(%rsp), %rax
	incq	%rsi
	addq	$192, %r8
	cmpq	16(%rsp), %rsi
	je	.LBB76_6
.LBB76_2:
	movq	%rsi, %r10
	imulq	%rax, %r10
	vmovss	(%r15,%r10,4), %xmm2
	vmovss	4(%r15,%r10,4), %xmm3
	vmulss	%xmm2, %xmm2, %xmm2
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	8(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	12(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	16(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	20(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	24(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	28(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	32(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	36(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	40(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	44(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	48(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	52(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	56(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	60(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	64(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	68(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	72(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	76(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	80(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	84(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	88(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	92(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	96(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	100(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	104(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	108(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	112(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	116(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	120(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	124(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	128(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	132(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	136(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	140(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	144(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	148(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	152(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	156(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	160(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	164(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	168(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	172(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	176(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	180(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	184(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vmovss	188(%r15,%r10,4), %xmm3
	vmulss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
	vdivss	%xmm0, %xmm2, %xmm2
	vsqrtss	%xmm2, %xmm2, %xmm2
	vaddss	%xmm1, %xmm2, %xmm2
	vdivss	%xmm2, %xmm4, %xmm2
	cmpq	$1, %r14
	je	.LBB76_23
	movq	40(%rsp), %r11
	movl	$11, %r10d
	leaq	(%rdx,%rdx), %rbp
	.p2align	4
.LBB76_4:
	vmulss	-44(%r9,%r10,4), %xmm2, %xmm3
	leaq	(%r11,%rdx), %rdi
	addq	%rdx, %rdi
	vmulss	(%r11), %xmm3, %xmm3
	vmovss	%xmm3, -44(%r8,%r10,4)
	vmulss	-40(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%r11,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -40(%r8,%r10,4)
	vmulss	-36(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%r11,%r14,8), %xmm3, %xmm3
	addq	%rcx, %r11
	vmovss	%xmm3, -36(%r8,%r10,4)
	vmulss	-32(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -32(%r8,%r10,4)
	vmulss	-28(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,8), %xmm3, %xmm3
	addq	%rbp, %rdi
	leaq	(%rdi,%r14,4), %rax
	vmovss	%xmm3, -28(%r8,%r10,4)
	vmulss	-24(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdi,%r14,4), %xmm3, %xmm3
	vmovss	%xmm3, -24(%r8,%r10,4)
	vmulss	-20(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -20(%r8,%r10,4)
	vmulss	-16(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -16(%r8,%r10,4)
	vmulss	-12(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -12(%r8,%r10,4)
	vmulss	-8(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -8(%r8,%r10,4)
	vmulss	-4(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	addq	%rdx, %rax
	vmovss	%xmm3, -4(%r8,%r10,4)
	vmulss	(%r9,%r10,4), %xmm2, %xmm3
	vmulss	(%rdx,%rax), %xmm3, %xmm3
	vmovss	%xmm3, (%r8,%r10,4)
	addq	$12, %r10
	cmpq	$59, %r10
	jne	.LBB76_4
	jmp	.LBB76_5
.LBB76_6:
	movq	32(%rsp), %rax
	leaq	(%rax,%rax,4), %rdi
	vzeroupper
	callq	malloc@PLT
	movq	56(%rsp), %r9
	movq	8(%rsp), %rdx
	movq	48(%rsp), %rbp
	movq	%rax, %r14
	leaq	(,%r12,4), %rax
	xorl	%ecx, %ecx
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(%rax,%rax,2), %rax
	addq	$256, %r9
	.p2align	4
.LBB76_7:
	leaq	(%rcx,%rcx,4), %rdi
	movq	%r9, %r8
	shlq	$6, %rdi
	vmovups	%zmm0, (%r14,%rdi)
	vmovups	%zmm0, 64(%r14,%rdi)
	vmovups	%zmm0, 128(%r14,%rdi)
	vmovups	%zmm0, 192(%r14,%rdi)
	vmovups	%zmm0, 256(%r14,%rdi)
	leaq	(%r14,%rdi), %rsi
	vmovups	(%r14,%rdi), %zmm5
	vmovups	64(%r14,%rdi), %zmm4
	vmovups	128(%r14,%rdi), %zmm3
	vmovups	192(%r14,%rdi), %zmm2
	vmovups	256(%r14,%rdi), %zmm1
	movl	$2, %edi
	.p2align	4
.LBB76_8:
	vbroadcastss	-8(%rdx,%rdi,4), %zmm6
	vbroadcastss	-4(%rdx,%rdi,4), %zmm11
	vbroadcastss	(%rdx,%rdi,4), %zmm10
	addq	$3, %rdi
	vmulps	-192(%r8), %zmm6, %zmm8
	vmulps	-128(%r8), %zmm6, %zmm9
	vmulps	-256(%r8), %zmm6, %zmm7
	vaddps	%zmm8, %zmm4, %zmm4
	vmulps	-64(%r8), %zmm6, %zmm8
	vaddps	%zmm9, %zmm3, %zmm3
	vmulps	(%r8), %zmm6, %zmm6
	vmulps	-192(%r8,%r12,4), %zmm11, %zmm9
	vaddps	%zmm7, %zmm5, %zmm5
	vmulps	-256(%r8,%r12,4), %zmm11, %zmm7
	vaddps	%zmm8, %zmm2, %zmm2
	vmulps	-128(%r8,%r12,4), %zmm11, %zmm8
	vaddps	%zmm6, %zmm1, %zmm1
	vaddps	%zmm9, %zmm4, %zmm4
	vmulps	-64(%r8,%r12,4), %zmm11, %zmm9
	vmulps	(%r8,%r12,4), %zmm11, %zmm6
	vaddps	%zmm7, %zmm5, %zmm5
	vmulps	-256(%r8,%r12,8), %zmm10, %zmm7
	vaddps	%zmm8, %zmm3, %zmm3
	vmulps	-192(%r8,%r12,8), %zmm10, %zmm8
	vaddps	%zmm9, %zmm2, %zmm2
	vaddps	%zmm6, %zmm1, %zmm1
	vmulps	-128(%r8,%r12,8), %zmm10, %zmm9
	vmulps	(%r8,%r12,8), %zmm10, %zmm6
	vaddps	%zmm7, %zmm5, %zmm5
	vaddps	%zmm8, %zmm4, %zmm4
	vmulps	-64(%r8,%r12,8), %zmm10, %zmm8
	vaddps	%zmm9, %zmm3, %zmm3
	vaddps	%zmm6, %zmm1, %zmm1
	addq	%rax, %r8
	vaddps	%zmm8, %zmm2, %zmm2
	cmpq	$50, %rdi
	jne	.LBB76_8
	incq	%rcx
	addq	$192, %rdx
	vmovups	%zmm5, (%rsi)
	vmovups	%zmm4, 64(%rsi)
	vmovups	%zmm3, 128(%rsi)
	vmovups	%zmm2, 192(%rsi)
	vmovups	%zmm1, 256(%rsi)
	cmpq	16(%rsp), %rcx
	jne	.LBB76_7
	movq	24(%rsp), %rax
	movq	%rbp, %rsi
	shrq	$61, %rsi
	leaq	(,%rbp,4), %rcx
	xorl	%edx, %edx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r13, %rdi
	andl	$1, %esi
	leaq	(,%rax,4), %r15
	imulq	$188, %rbp, %rax
	leaq	320(%rbx,%rax), %rax
	movq	%rax, (%rsp)
	jmp	.LBB76_11
	.p2align	4
.LBB76_16:
	incq	%rdx
	addq	%r15, %rdi
	cmpq	16(%rsp), %rdx
	je	.LBB76_17
.LBB76_11:
	movq	%r15, %rax
	imulq	%rdx, %rax
	leaq	(%rdx,%rdx,2), %r8
	movq	%rdx, %r9
	imulq	24(%rsp), %r9
	shlq	$6, %r8
	addq	8(%rsp), %r8
	leaq	(%r13,%rax), %r10
	cmpq	(%rsp), %r10
	leaq	320(%r13,%rax), %r11
	vmovups	%zmm0, 256(%r13,%rax)
	vmovups	%zmm0, 192(%r13,%rax)
	vmovups	%zmm0, 128(%r13,%rax)
	vmovups	%zmm0, 64(%r13,%rax)
	vmovups	%zmm0, (%r13,%rax)
	setb	%al
	cmpq	%r11, %rbx
	movq	%rbx, %r11
	setb	%r10b
	xorl	%r12d, %r12d
	andb	%al, %r10b
	orb	%sil, %r10b
	jmp	.LBB76_12
	.p2align	4
.LBB76_24:
	movq	%r12, %rax
	imulq	%rbp, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	(%r13,%r9,4), %zmm2, %zmm2
	vaddps	64(%r13,%r9,4), %zmm3, %zmm3
	vaddps	128(%r13,%r9,4), %zmm4, %zmm4
	vaddps	192(%r13,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, (%r13,%r9,4)
	vmovups	%zmm3, 64(%r13,%r9,4)
	vmovups	%zmm4, 128(%r13,%r9,4)
	vmovups	%zmm5, 192(%r13,%r9,4)
	vmulps	256(%rbx,%rax,4), %zmm1, %zmm1
	vaddps	256(%r13,%r9,4), %zmm1, %zmm1
	vmovups	%zmm1, 256(%r13,%r9,4)
.LBB76_15:
	incq	%r12
	addq	%rcx, %r11
	cmpq	$48, %r12
	je	.LBB76_16
.LBB76_12:
	vmovss	(%r8,%r12,4), %xmm1
	testb	%r10b, %r10b
	je	.LBB76_24
	movl	$9, %eax
	.p2align	4
.LBB76_14:
	vmulss	-36(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-36(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%rdi,%rax,4)
	vmulss	-32(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-32(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%rdi,%rax,4)
	vmulss	-28(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rdi,%rax,4)
	vmulss	-24(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rdi,%rax,4)
	vmulss	-20(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rdi,%rax,4)
	vmulss	-16(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rdi,%rax,4)
	vmulss	-12(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rdi,%rax,4)
	vmulss	-8(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rdi,%rax,4)
	vmulss	-4(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rdi,%rax,4)
	vmulss	(%r11,%rax,4), %xmm1, %xmm2
	vaddss	(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rdi,%rax,4)
	addq	$10, %rax
	cmpq	$89, %rax
	jne	.LBB76_14
	jmp	.LBB76_15
.LBB76_17:
	vmovss	.LCPI76_3(%rip), %xmm1
	xorl	%ebx, %ebx
	movq	%r14, %r12
	.p2align	4
.LBB76_18:
	xorl	%ebp, %ebp
	.p2align	4
.LBB76_19:
	vmovss	(%r12,%rbp,4), %xmm2
	vmovss	(%r13,%rbp,4), %xmm0
	vmovss	%xmm2, (%rsp)
	vmovss	%xmm0, 24(%rsp)
	vmulss	%xmm1, %xmm2, %xmm0
	vzeroupper
	callq	erff@PLT
	vmovss	.LCPI76_4(%rip), %xmm1
	vaddss	.LCPI76_2(%rip), %xmm0, %xmm0
	vmulss	(%rsp), %xmm1, %xmm1
	vmulss	%xmm0, %xmm1, %xmm0
	vmulss	24(%rsp), %xmm0, %xmm0
	vmovss	.LCPI76_3(%rip), %xmm1
	vmovss	%xmm0, (%r13,%rbp,4)
	incq	%rbp
	cmpq	$80, %rbp
	jne	.LBB76_19
	incq	%rbx
	addq	$320, %r12
	addq	%r15, %r13
	cmpq	16(%rsp), %rbx
	jne	.LBB76_18
	jmp	.LBB76_21
.LBB76_22:
	movq	32(%rsp), %rax
	leaq	(%rax,%rax,4), %rdi
	callq	malloc@PLT
	movq	%rax, %r14
.LBB76_21:
	movq	8(%rsp), %rdi
	callq	free@PLT
	movq	%r14, %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end76:
	.size	k108, .Lfunc_end76-k108

	.globl	_mlir_ciface_k108
	.p2align	4
	.type	_mlir_ciface_k108,@function
_mlir_ciface_k108:
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
	callq	k108@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end77:
	.size	_mlir_ciface_k108, .Lfunc_end77-_mlir_ciface_k108

	.globl	k110
	.p2align	4
	.type	k110,@function
k110:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 144(%rsp)
	movq	%r9, -8(%rsp)
	movq	%rsi, -16(%rsp)
	jle	.LBB78_8
	movq	160(%rsp), %rax
	movq	104(%rsp), %rdi
	movq	128(%rsp), %rdx
	xorl	%r14d, %r14d
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(,%rax,4), %rsi
	movq	72(%rsp), %rax
	imulq	$316, %rdi, %rcx
	movq	%rdi, %r15
	shrq	$61, %r15
	leaq	(,%rdi,4), %rbx
	movq	%rdx, %r12
	andl	$1, %r15d
	leaq	192(%rax,%rcx), %r11
	jmp	.LBB78_2
	.p2align	4
.LBB78_7:
	incq	%r14
	addq	%rsi, %r12
	cmpq	144(%rsp), %r14
	je	.LBB78_8
.LBB78_2:
	movq	%rsi, %rcx
	imulq	%r14, %rcx
	movq	-16(%rsp), %r10
	movq	%r14, %rbp
	imulq	160(%rsp), %rbp
	leaq	192(%rdx,%rcx), %r8
	leaq	(%rdx,%rcx), %r9
	vmovups	%zmm0, 128(%rdx,%rcx)
	vmovups	%zmm0, 64(%rdx,%rcx)
	vmovups	%zmm0, (%rdx,%rcx)
	movq	%r14, %rcx
	imulq	-8(%rsp), %rcx
	cmpq	%r11, %r9
	setb	%r9b
	cmpq	%r8, %rax
	leaq	(%r10,%rcx,4), %r13
	setb	%cl
	movq	%rax, %r10
	xorl	%r8d, %r8d
	andb	%r9b, %cl
	orb	%r15b, %cl
	jmp	.LBB78_3
	.p2align	4
.LBB78_9:
	movq	%r8, %r9
	imulq	%rdi, %r9
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rax,%r9,4), %zmm1, %zmm2
	vaddps	(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rbp,4)
	vmulps	64(%rax,%r9,4), %zmm1, %zmm2
	vaddps	64(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%rdx,%rbp,4)
	vmulps	128(%rax,%r9,4), %zmm1, %zmm1
	vaddps	128(%rdx,%rbp,4), %zmm1, %zmm1
	vmovups	%zmm1, 128(%rdx,%rbp,4)
.LBB78_6:
	incq	%r8
	addq	%rbx, %r10
	cmpq	$80, %r8
	je	.LBB78_7
.LBB78_3:
	vmovss	(%r13,%r8,4), %xmm1
	testb	%cl, %cl
	je	.LBB78_9
	movl	$11, %r9d
	.p2align	4
.LBB78_5:
	vmulss	-44(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-44(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%r12,%r9,4)
	vmulss	-40(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-40(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%r12,%r9,4)
	vmulss	-36(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-36(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r12,%r9,4)
	vmulss	-32(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-32(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r12,%r9,4)
	vmulss	-28(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-28(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r12,%r9,4)
	vmulss	-24(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-24(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r12,%r9,4)
	vmulss	-20(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-20(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r12,%r9,4)
	vmulss	-16(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-16(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r12,%r9,4)
	vmulss	-12(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-12(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r12,%r9,4)
	vmulss	-8(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-8(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r12,%r9,4)
	vmulss	-4(%r10,%r9,4), %xmm1, %xmm2
	vaddss	-4(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r12,%r9,4)
	vmulss	(%r10,%r9,4), %xmm1, %xmm2
	vaddss	(%r12,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r12,%r9,4)
	addq	$12, %r9
	cmpq	$59, %r9
	jne	.LBB78_5
	jmp	.LBB78_6
.LBB78_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end78:
	.size	k110, .Lfunc_end78-k110

	.globl	_mlir_ciface_k110
	.p2align	4
	.type	_mlir_ciface_k110,@function
_mlir_ciface_k110:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rdx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB79_8
	movq	8(%rdi), %rax
	movq	40(%rdi), %rcx
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %r9
	movq	8(%rdx), %rdx
	xorl	%r14d, %r14d
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, -16(%rsp)
	imulq	$316, %rsi, %rax
	movq	%rsi, %r15
	shrq	$61, %r15
	movq	%rcx, -24(%rsp)
	leaq	(,%r9,4), %rcx
	leaq	(,%rsi,4), %rbx
	movq	%rdx, %r12
	andl	$1, %r15d
	leaq	192(%rdi,%rax), %rax
	movq	%rax, -32(%rsp)
	jmp	.LBB79_2
	.p2align	4
.LBB79_7:
	incq	%r14
	addq	%r11, %r12
	movq	%r11, %rcx
	cmpq	-8(%rsp), %r14
	je	.LBB79_8
.LBB79_2:
	movq	%rcx, %rax
	imulq	%r14, %rax
	movq	%r14, %rbp
	movq	%rcx, %r11
	imulq	%r9, %rbp
	movq	-16(%rsp), %r10
	leaq	192(%rdx,%rax), %rcx
	leaq	(%rdx,%rax), %r8
	vmovups	%zmm0, 128(%rdx,%rax)
	vmovups	%zmm0, 64(%rdx,%rax)
	vmovups	%zmm0, (%rdx,%rax)
	movq	%r14, %rax
	imulq	-24(%rsp), %rax
	cmpq	-32(%rsp), %r8
	setb	%r8b
	cmpq	%rcx, %rdi
	setb	%cl
	andb	%r8b, %cl
	leaq	(%r10,%rax,4), %r13
	movq	%rdi, %r8
	xorl	%r10d, %r10d
	orb	%r15b, %cl
	jmp	.LBB79_3
	.p2align	4
.LBB79_9:
	movq	%r10, %rax
	imulq	%rsi, %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rdi,%rax,4), %zmm1, %zmm2
	vaddps	(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rbp,4)
	vmulps	64(%rdi,%rax,4), %zmm1, %zmm2
	vaddps	64(%rdx,%rbp,4), %zmm2, %zmm2
	vmovups	%zmm2, 64(%rdx,%rbp,4)
	vmulps	128(%rdi,%rax,4), %zmm1, %zmm1
	vaddps	128(%rdx,%rbp,4), %zmm1, %zmm1
	vmovups	%zmm1, 128(%rdx,%rbp,4)
.LBB79_6:
	incq	%r10
	addq	%rbx, %r8
	cmpq	$80, %r10
	je	.LBB79_7
.LBB79_3:
	vmovss	(%r13,%r10,4), %xmm1
	testb	%cl, %cl
	je	.LBB79_9
	movl	$11, %eax
	.p2align	4
.LBB79_5:
	vmulss	-44(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-44(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%r12,%rax,4)
	vmulss	-40(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-40(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%r12,%rax,4)
	vmulss	-36(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-36(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%r12,%rax,4)
	vmulss	-32(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-32(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%r12,%rax,4)
	vmulss	-28(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-28(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r12,%rax,4)
	vmulss	-24(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-24(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r12,%rax,4)
	vmulss	-20(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-20(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r12,%rax,4)
	vmulss	-16(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-16(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r12,%rax,4)
	vmulss	-12(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-12(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r12,%rax,4)
	vmulss	-8(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-8(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r12,%rax,4)
	vmulss	-4(%r8,%rax,4), %xmm1, %xmm2
	vaddss	-4(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r12,%rax,4)
	vmulss	(%r8,%rax,4), %xmm1, %xmm2
	vaddss	(%r12,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r12,%rax,4)
	addq	$12, %rax
	cmpq	$59, %rax
	jne	.LBB79_5
	jmp	.LBB79_6
.LBB79_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end79:
	.size	_mlir_ciface_k110, .Lfunc_end79-_mlir_ciface_k110

	.globl	k111
	.p2align	4
	.type	k111,@function
k111:
	movq	96(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB80_3
	movq	112(%rsp), %rcx
	movq	80(%rsp), %rdx
	movq	56(%rsp), %rdi
	movq	24(%rsp), %r8
	addq	$188, %rsi
	shlq	$2, %r9
	addq	$188, %r8
	shlq	$2, %rdi
	addq	$188, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB80_2:
	vmovss	-188(%rsi), %xmm0
	vaddss	-188(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -188(%rdx)
	vmovss	-184(%rsi), %xmm0
	vaddss	-184(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -184(%rdx)
	vmovss	-180(%rsi), %xmm0
	vaddss	-180(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -180(%rdx)
	vmovss	-176(%rsi), %xmm0
	vaddss	-176(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -176(%rdx)
	vmovss	-172(%rsi), %xmm0
	vaddss	-172(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -172(%rdx)
	vmovss	-168(%rsi), %xmm0
	vaddss	-168(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -168(%rdx)
	vmovss	-164(%rsi), %xmm0
	vaddss	-164(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -164(%rdx)
	vmovss	-160(%rsi), %xmm0
	vaddss	-160(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -160(%rdx)
	vmovss	-156(%rsi), %xmm0
	vaddss	-156(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -156(%rdx)
	vmovss	-152(%rsi), %xmm0
	vaddss	-152(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -152(%rdx)
	vmovss	-148(%rsi), %xmm0
	vaddss	-148(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -148(%rdx)
	vmovss	-144(%rsi), %xmm0
	vaddss	-144(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -144(%rdx)
	vmovss	-140(%rsi), %xmm0
	vaddss	-140(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -140(%rdx)
	vmovss	-136(%rsi), %xmm0
	vaddss	-136(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -136(%rdx)
	vmovss	-132(%rsi), %xmm0
	vaddss	-132(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -132(%rdx)
	vmovss	-128(%rsi), %xmm0
	vaddss	-128(%r8), %xmm0, %xmm0
	vmovss	%xmm0, -128(%rdx)
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
	jne	.LBB80_2
.LBB80_3:
	retq
.Lfunc_end80:
	.size	k111, .Lfunc_end80-k111

	.globl	_mlir_ciface_k111
	.p2align	4
	.type	_mlir_ciface_k111,@function
_mlir_ciface_k111:
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
	callq	k111@PLT
	addq	$120, %rsp
	retq
.Lfunc_end81:
	.size	_mlir_ciface_k111, .Lfunc_end81-_mlir_ciface_k111

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI82_0:
	.long	0x42400000
.LCPI82_1:
	.long	0x3727c5ac
.LCPI82_2:
	.long	0x3f800000
	.text
	.globl	k113
	.p2align	4
	.type	k113,@function
k113:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$56, %rsp
	movq	%r9, 8(%rsp)
	movq	%rsi, %r14
	movq	272(%rsp), %rax
	movq	%rax, 32(%rsp)
	movq	256(%rsp), %r12
	movq	128(%rsp), %rax
	movq	240(%rsp), %r13
	movq	216(%rsp), %rbp
	movq	184(%rsp), %r15
	movq	160(%rsp), %rbx
	movq	%rax, 24(%rsp)
	movq	%r12, %rax
	shlq	$6, %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, 16(%rsp)
	movq	%r12, 40(%rsp)
	testq	%r12, %r12
	jle	.LBB82_18
	movq	8(%rsp), %r8
	vmovss	.LCPI82_0(%rip), %xmm0
	vmovss	.LCPI82_1(%rip), %xmm1
	vmovss	.LCPI82_2(%rip), %xmm2
	movq	%rbx, %rcx
	shlq	$4, %rcx
	leaq	(,%rbx,4), %rsi
	xorl	%edi, %edi
	movq	%r14, %r10
	leaq	(%rcx,%rcx,2), %rdx
	leaq	(,%r8,4), %rax
	movq	%r8, %rcx
	movq	%rax, 48(%rsp)
	leaq	(%rsi,%rsi), %rax
	movq	16(%rsp), %r9
	jmp	.LBB82_2
	.p2align	4
.LBB82_5:
	movq	24(%rsp), %r12
	vbroadcastss	%xmm3, %zmm3
	vmulps	(%r14,%r11,4), %zmm3, %zmm4
	movq	16(%rsp), %r8
	movq	%rdi, %rcx
	shlq	$6, %rcx
	leaq	(%rcx,%rcx,2), %rcx
	vmulps	(%r12), %zmm4, %zmm4
	vmovups	%zmm4, (%r8,%rcx)
	vmulps	64(%r14,%r11,4), %zmm3, %zmm4
	vmulps	64(%r12), %zmm4, %zmm4
	vmovups	%zmm4, 64(%r8,%rcx)
	vmulps	128(%r14,%r11,4), %zmm3, %zmm3
	vmulps	128(%r12), %zmm3, %zmm3
	vmovups	%zmm3, 128(%r8,%rcx)
.LBB82_6:
	addq	48(%rsp), %r10
	movq	8(%rsp), %rcx
	incq	%rdi
	addq	$192, %r9
	cmpq	40(%rsp), %rdi
	je	.LBB82_7
.LBB82_2:
	movq	%rdi, %r11
	imulq	%rcx, %r11
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vdivss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %rbx
	je	.LBB82_5
	movq	24(%rsp), %r12
	movl	$11, %r11d
	.p2align	4
.LBB82_4:
	vmulss	-44(%r10,%r11,4), %xmm3, %xmm4
	leaq	(%r12,%rsi), %r8
	addq	%rsi, %r8
	vmulss	(%r12), %xmm4, %xmm4
	vmovss	%xmm4, -44(%r9,%r11,4)
	vmulss	-40(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%rbx,4), %xmm4, %xmm4
	vmovss	%xmm4, -40(%r9,%r11,4)
	vmulss	-36(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r12,%rbx,8), %xmm4, %xmm4
	addq	%rdx, %r12
	vmovss	%xmm4, -36(%r9,%r11,4)
	vmulss	-32(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r8,%rbx,4), %xmm4, %xmm4
	vmovss	%xmm4, -32(%r9,%r11,4)
	vmulss	-28(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r8,%rbx,8), %xmm4, %xmm4
	addq	%rax, %r8
	leaq	(%r8,%rbx,4), %rcx
	vmovss	%xmm4, -28(%r9,%r11,4)
	vmulss	-24(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%r8,%rbx,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%r9,%r11,4)
	vmulss	-20(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rcx), %xmm4, %xmm4
	addq	%rsi, %rcx
	vmovss	%xmm4, -20(%r9,%r11,4)
	vmulss	-16(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rcx), %xmm4, %xmm4
	addq	%rsi, %rcx
	vmovss	%xmm4, -16(%r9,%r11,4)
	vmulss	-12(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rcx), %xmm4, %xmm4
	addq	%rsi, %rcx
	vmovss	%xmm4, -12(%r9,%r11,4)
	vmulss	-8(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rcx), %xmm4, %xmm4
	addq	%rsi, %rcx
	vmovss	%xmm4, -8(%r9,%r11,4)
	vmulss	-4(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rcx), %xmm4, %xmm4
	addq	%rsi, %rcx
	vmovss	%xmm4, -4(%r9,%r11,4)
	vmulss	(%r10,%r11,4), %xmm3, %xmm4
	vmulss	(%rsi,%rcx), %xmm4, %xmm4
	vmovss	%xmm4, (%r9,%r11,4)
	addq	$12, %r11
	cmpq	$59, %r11
	jne	.LBB82_4
	jmp	.LBB82_6
.LBB82_7:
	movq	32(%rsp), %rax
	imulq	$188, %rbp, %rcx
	leaq	(,%rbp,4), %rsi
	xorl	%edi, %edi
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r13, %r8
	leaq	244(%r15,%rcx), %rcx
	leaq	(,%rax,4), %r9
	movq	%rcx, 8(%rsp)
	jmp	.LBB82_8
	.p2align	4
.LBB82_17:
	incq	%rdi
	addq	%rdx, %r8
	movq	%rdx, %r9
	cmpq	40(%rsp), %rdi
	je	.LBB82_18
.LBB82_8:
	btq	$61, %rbp
	movq	%r9, %rcx
	movq	%r9, %rdx
	leaq	(%rdi,%rdi,2), %r9
	movq	%rdi, %r10
	setae	%al
	imulq	%rdi, %rcx
	imulq	32(%rsp), %r10
	shlq	$6, %r9
	addq	16(%rsp), %r9
	leaq	(%r13,%rcx), %r11
	cmpq	8(%rsp), %r11
	leaq	244(%r13,%rcx), %rbx
	vmovups	%zmm0, 180(%r13,%rcx)
	vmovups	%zmm0, 128(%r13,%rcx)
	vmovups	%zmm0, 64(%r13,%rcx)
	vmovups	%zmm0, (%r13,%rcx)
	setae	%cl
	cmpq	%rbx, %r15
	movq	%r15, %rbx
	setae	%r11b
	xorl	%r14d, %r14d
	orb	%cl, %r11b
	andb	%al, %r11b
	jmp	.LBB82_9
	.p2align	4
.LBB82_16:
	incq	%r14
	addq	%rsi, %rbx
	cmpq	$48, %r14
	je	.LBB82_17
.LBB82_9:
	vmovss	(%r9,%r14,4), %xmm1
	testb	%r11b, %r11b
	je	.LBB82_10
	movq	%r14, %rax
	imulq	%rbp, %rax
	vbroadcastss	%xmm1, %ymm2
	movl	$60, %r12d
	vmulps	(%r15,%rax,4), %ymm2, %ymm3
	vmulps	32(%r15,%rax,4), %ymm2, %ymm4
	vaddps	(%r13,%r10,4), %ymm3, %ymm3
	vaddps	32(%r13,%r10,4), %ymm4, %ymm4
	vmovups	%ymm3, (%r13,%r10,4)
	vmovups	%ymm4, 32(%r13,%r10,4)
	vmulps	64(%r15,%rax,4), %ymm2, %ymm3
	vmulps	96(%r15,%rax,4), %ymm2, %ymm4
	vaddps	64(%r13,%r10,4), %ymm3, %ymm3
	vaddps	96(%r13,%r10,4), %ymm4, %ymm4
	vmovups	%ymm3, 64(%r13,%r10,4)
	vmovups	%ymm4, 96(%r13,%r10,4)
	vmulps	128(%r15,%rax,4), %ymm2, %ymm3
	vmulps	160(%r15,%rax,4), %ymm2, %ymm4
	vaddps	128(%r13,%r10,4), %ymm3, %ymm3
	vaddps	160(%r13,%r10,4), %ymm4, %ymm4
	vmovups	%ymm3, 128(%r13,%r10,4)
	vmovups	%ymm4, 160(%r13,%r10,4)
	vmulps	192(%r15,%rax,4), %xmm2, %xmm3
	vaddps	192(%r13,%r10,4), %xmm3, %xmm3
	vmovups	%xmm3, 192(%r13,%r10,4)
	vmulps	208(%r15,%rax,4), %xmm2, %xmm3
	vaddps	208(%r13,%r10,4), %xmm3, %xmm3
	vmovups	%xmm3, 208(%r13,%r10,4)
	vmulps	224(%r15,%rax,4), %xmm2, %xmm2
	vaddps	224(%r13,%r10,4), %xmm2, %xmm2
	vmovups	%xmm2, 224(%r13,%r10,4)
	jmp	.LBB82_12
	.p2align	4
.LBB82_10:
	xorl	%r12d, %r12d
.LBB82_12:
	movl	$5, %ecx
	subl	%r12d, %ecx
	andl	$5, %ecx
	.p2align	4
.LBB82_13:
	vmulss	(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r8,%r12,4)
	incq	%r12
	decq	%rcx
	jne	.LBB82_13
	testb	%r11b, %r11b
	jne	.LBB82_16
	.p2align	4
.LBB82_15:
	vmulss	(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r8,%r12,4)
	vmulss	4(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	4(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 4(%r8,%r12,4)
	vmulss	8(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	8(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 8(%r8,%r12,4)
	vmulss	12(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	12(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 12(%r8,%r12,4)
	vmulss	16(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	16(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 16(%r8,%r12,4)
	vmulss	20(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	20(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 20(%r8,%r12,4)
	vmulss	24(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	24(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 24(%r8,%r12,4)
	vmulss	28(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	28(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 28(%r8,%r12,4)
	addq	$8, %r12
	cmpq	$61, %r12
	jne	.LBB82_15
	jmp	.LBB82_16
.LBB82_18:
	movq	16(%rsp), %rdi
	addq	$56, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end82:
	.size	k113, .Lfunc_end82-k113

	.globl	_mlir_ciface_k113
	.p2align	4
	.type	_mlir_ciface_k113,@function
_mlir_ciface_k113:
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
	callq	k113@PLT
	addq	$184, %rsp
	retq
.Lfunc_end83:
	.size	_mlir_ciface_k113, .Lfunc_end83-_mlir_ciface_k113

	.section	".note.GNU-stack","",@progbits
